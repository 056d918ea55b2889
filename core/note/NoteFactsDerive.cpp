// The named facts of a NoteFacts: what the decision tree's conditions and the rules test.
#include "note/NoteFacts.h"

namespace wcw {
namespace {

Fact factFrom(const QList<const Mention*>& ms, const QString& detail = {})
{
    Fact f;
    f.value = !ms.isEmpty();
    f.detail = detail;
    for (const Mention* m : ms)
        f.evidence.append(m->span);
    return f;
}

QList<const Mention*> current(const QList<const Mention*>& ms, bool allowHistory = false)
{
    QList<const Mention*> out;
    for (const Mention* m : ms) {
        if (!m->uncertain && (allowHistory || !m->historical))
            out.append(m);
    }
    return out;
}

// OCG I.C.6.a (and I.C.9.d for I69): when dominance is not documented, an ambidextrous patient
// is dominant on both sides, a left-sided deficit is non-dominant and a right-sided one dominant.
QString sideDominance(const QString& side, const QString& handedness)
{
    if (side != u"left" && side != u"right")
        return {};
    QString dominance;
    if (handedness == u"ambidextrous")
        dominance = QStringLiteral("dominant");
    else if (handedness == u"left" || handedness == u"right")
        dominance = side == handedness ? QStringLiteral("dominant") : QStringLiteral("nondominant");
    else
        dominance = side == u"left" ? QStringLiteral("nondominant") : QStringLiteral("dominant");
    return side + u'-' + dominance;
}

} // namespace

void NoteFacts::deriveFacts()
{
    for (const QString& family :
         {QStringLiteral("weakness"), QStringLiteral("fatigue"), QStringLiteral("malaise")}) {
        Fact f;
        for (const QString& kind : familyKinds(family)) {
            for (const Mention* m : present(kind))
                f.evidence.append(m->span);
        }
        f.value = !f.evidence.isEmpty();
        m_facts.insert(family + QStringLiteral("-documented"), f);
    }
    // Which symptom the provider puts forward: the first one stated in the assessment, else the first in the
    // note.
    for (bool statementsOnly : {true, false}) {
        for (const Mention& m : m_mentions) {
            if (m.negated || m.uncertain || (statementsOnly && !inStatement(m)) ||
                m.section == NoteSection::Ros)
                continue;
            for (const QString& family :
                 {QStringLiteral("weakness"), QStringLiteral("fatigue"), QStringLiteral("malaise")}) {
                if (familyKinds(family).contains(m.kind) &&
                    !m_facts.contains(QStringLiteral("primary-symptom")))
                    m_facts.insert(QStringLiteral("primary-symptom"), Fact{true, family, {m.span}});
            }
        }
    }
    for (const QString& kind : {QStringLiteral("icu-weakness"), QStringLiteral("functional-quadriplegia"),
                                QStringLiteral("sarcopenia"), QStringLiteral("debility"),
                                QStringLiteral("neoplastic-fatigue"), QStringLiteral("excessive-exertion")})
        m_facts.insert(kind, factFrom(current(present(kind))));
    // Falls are coded as history (Z91.81), so a past fall counts.
    m_facts.insert(QStringLiteral("falls"), factFrom(current(present(QStringLiteral("falls")), true)));
    m_facts.insert(QStringLiteral("unsteady"), factFrom(current(present(QStringLiteral("unsteady")))));

    Fact exertion = factFrom(current(present(QStringLiteral("exertion"))));
    exertion.value = exertion.value && hasCue(QStringLiteral("exertion-level"), QStringLiteral("normal")) &&
                     !is(QStringLiteral("excessive-exertion"));
    m_facts.insert(QStringLiteral("exertion-normal"), exertion);

    // The provider's diagnostic statement decides between R53.1 and M62.81.
    QList<const Mention*> muscle, general;
    for (const Mention* m : current(present(QStringLiteral("muscle-weakness")))) {
        if (inStatement(*m))
            muscle.append(m);
    }
    for (const Mention* m : current(present(QStringLiteral("weakness")))) {
        if (inStatement(*m))
            general.append(m);
    }
    m_facts.insert(QStringLiteral("muscle-weakness-stated"), factFrom(muscle));
    Fact negatedMuscle;
    for (const Mention& m : std::as_const(m_mentions)) {
        if (m.kind == u"muscle-weakness" && m.negated)
            negatedMuscle.evidence.append(m.span);
    }
    negatedMuscle.value = !negatedMuscle.evidence.isEmpty();
    m_facts.insert(QStringLiteral("negated-muscle-weakness"), negatedMuscle);
    m_facts.insert(QStringLiteral("generalized-weakness-stated"), factFrom(general));
    deriveLocation();
    deriveCauses();
}

void NoteFacts::deriveLocation()
{
    QList<const Mention*> reduced, normal;
    QStringList reducedSides;
    for (const Mention* m : present(QStringLiteral("strength-grade"))) {
        if (m->attributes.value(QStringLiteral("grade")).toInt() < 5) {
            reduced.append(m);
            reducedSides.append(m->attributes.value(QStringLiteral("side")));
        } else {
            normal.append(m);
        }
    }
    m_facts.insert(QStringLiteral("reduced-strength"), factFrom(reduced));
    m_facts.insert(QStringLiteral("normal-strength"),
                   factFrom(reduced.isEmpty() ? normal : QList<const Mention*>{}));
    reducedSides.removeDuplicates();
    const QString examSide = reducedSides.size() == 1 ? reducedSides.first() : QString();

    // "not-documented" is said explicitly, but for dominance it is the same as not said.
    const QString handedness =
        m_evidence.handedness == u"not-documented" ? QString() : m_evidence.handedness;
    m_facts.insert(QStringLiteral("handedness"), Fact{!handedness.isEmpty(), handedness, {}});

    const auto facial = current(present(QStringLiteral("facial-weakness")));
    const auto side = current(present(QStringLiteral("hemiparesis")));
    const auto limb = current(present(QStringLiteral("limb-weakness")));
    auto sideOf = [](const QList<const Mention*>& ms) {
        for (const Mention* m : ms) {
            const QString s = m->attributes.value(QStringLiteral("side"));
            if (s == u"left" || s == u"right")
                return s;
        }
        return QString();
    };
    m_facts.insert(QStringLiteral("facial-weakness"), factFrom(facial, sideOf(facial)));
    m_facts.insert(QStringLiteral("one-side-weakness"), factFrom(side, sideOf(side)));
    Fact limbFact = factFrom(limb, sideOf(limb));
    m_facts.insert(QStringLiteral("one-limb-weakness"), limbFact);
    if (!limb.isEmpty())
        m_facts.insert(QStringLiteral("limb"),
                       Fact{true, limb.first()->attributes.value(QStringLiteral("limb")), {}});
    const bool localized = !facial.isEmpty() || !side.isEmpty() || !limb.isEmpty();
    Fact loc = factFrom(facial + side + limb);
    m_facts.insert(QStringLiteral("localized-weakness"), loc);
    QString localSide = !sideOf(side).isEmpty()   ? sideOf(side)
                        : !sideOf(limb).isEmpty() ? sideOf(limb)
                                                  : sideOf(facial);
    if (localSide.isEmpty() && (examSide == u"left" || examSide == u"right"))
        localSide = examSide; // e.g. the coder answered "one limb" for weakness the exam places on one side
    m_facts.insert(QStringLiteral("side-dominance"),
                   Fact{!localSide.isEmpty(), sideDominance(localSide, handedness), {}});

    const auto stroke = present(QStringLiteral("stroke"));
    m_facts.insert(QStringLiteral("after-stroke"),
                   factFrom(!stroke.isEmpty() && localized && strokeIsPast() ? stroke : QList<const Mention*>{}));

    // Conflicts the coder cannot settle (README: the conflict is the finding; query the provider).
    Fact location = factFrom(reduced);
    location.value = !localized && is(QStringLiteral("generalized-weakness-stated")) && !reduced.isEmpty() &&
                     (examSide == u"left" || examSide == u"right");
    if (location.value) {
        location.detail = examSide;
        location.evidence =
            m_facts.value(QStringLiteral("generalized-weakness-stated")).evidence + location.evidence;
    }
    m_facts.insert(QStringLiteral("location-conflict"), location);
    const QString stated = sideOf(side) + sideOf(limb);
    Fact laterality = factFrom(reduced);
    laterality.value =
        !stated.isEmpty() && (examSide == u"left" || examSide == u"right") && !stated.contains(examSide);
    if (laterality.value)
        laterality.evidence = factFrom(side + limb).evidence + laterality.evidence;
    m_facts.insert(QStringLiteral("laterality-conflict"), laterality);
    Fact statementExam = m_facts.value(QStringLiteral("muscle-weakness-stated"));
    statementExam.value = statementExam.value && is(QStringLiteral("normal-strength"));
    if (statementExam.value)
        statementExam.evidence += m_facts.value(QStringLiteral("normal-strength")).evidence;
    m_facts.insert(QStringLiteral("statement-exam-conflict"), statementExam);
    Fact any;
    for (const QString& n : {QStringLiteral("location-conflict"), QStringLiteral("laterality-conflict"),
                             QStringLiteral("statement-exam-conflict")}) {
        if (is(n)) {
            any = m_facts.value(n);
            any.detail = n;
            break;
        }
    }
    m_facts.insert(QStringLiteral("documentation-conflict"), any);
}

// The note places the stroke in the past: an old or residual stroke, one in the history, or a
// deficit written as its sequela ("residual of", "following", "post-stroke").
bool NoteFacts::strokeIsPast() const
{
    for (const Mention& d : m_evidence.diagnoses) {
        if (d.kind == u"stroke" && !d.negated &&
            (d.historical || d.attributes.contains(QStringLiteral("sequela")) ||
             d.attributes.contains(QStringLiteral("residual"))))
            return true;
    }
    for (const CausalLink& link : m_evidence.causes) {
        if ((link.relation == u"sequela" || link.relation == u"temporal") &&
            link.concepts.contains(QStringLiteral("stroke")))
            return true;
    }
    return false;
}

void NoteFacts::deriveCauses()
{
    for (const Mention& m : std::as_const(m_mentions)) {
        if (!m.kind.startsWith(u"cause:") || m.negated || m.uncertain || m.historical ||
            m.section == NoteSection::Ros)
            continue;
        Cause c;
        c.id = m.kind.mid(6);
        c.span = m.span;
        // "weakness 2/2 hypokalemia", "MS-related fatigue": the reader linked a symptom to this cause.
        for (const CausalLink& link : std::as_const(m_evidence.causes)) {
            if (link.relation != u"cause" || !link.concepts.contains(c.id) || link.mention < 0 ||
                link.mention >= m_evidence.mentions.size() || link.cause.start > m.span.start ||
                link.cause.end < m.span.end)
                continue;
            const Mention& effect = m_evidence.mentions.at(link.mention);
            if (effect.negated)
                continue;
            for (const QString& family :
                 {QStringLiteral("weakness"), QStringLiteral("fatigue"), QStringLiteral("malaise")}) {
                if (familyKinds(family).contains(factKindOf(link.mention))) {
                    c.attributed = true;
                    c.attributedFamily = family;
                }
            }
        }
        m_causes.append(c);
    }
    Fact f;
    const QString family = m_facts.value(QStringLiteral("primary-symptom")).detail;
    for (const auto& [id, span] : causesExplaining(family.isEmpty() ? QStringLiteral("weakness") : family)) {
        f.value = true;
        if (f.detail.isEmpty())
            f.detail = id;
        f.evidence.append(span);
    }
    m_facts.insert(QStringLiteral("cause-explains-symptom"), f);
}

} // namespace wcw
