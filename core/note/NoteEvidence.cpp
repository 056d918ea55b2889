#include "note/NoteEvidence.h"

#include <algorithm>

namespace wcw {

QString noteSectionId(NoteSection s)
{
    switch (s) {
    case NoteSection::ChiefComplaint:
        return QStringLiteral("cc");
    case NoteSection::Hpi:
        return QStringLiteral("hpi");
    case NoteSection::Ros:
        return QStringLiteral("ros");
    case NoteSection::Exam:
        return QStringLiteral("exam");
    case NoteSection::Assessment:
        return QStringLiteral("assessment");
    case NoteSection::Plan:
        return QStringLiteral("plan");
    case NoteSection::History:
        return QStringLiteral("history");
    case NoteSection::Addendum:
        return QStringLiteral("addendum");
    case NoteSection::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int sectionWeight(NoteSection s)
{
    switch (s) {
    case NoteSection::Assessment:
    case NoteSection::Addendum:
        return 5;
    case NoteSection::Plan:
        return 4;
    case NoteSection::ChiefComplaint:
    case NoteSection::Hpi:
    case NoteSection::Unknown:
        return 3;
    case NoteSection::Exam:
        return 2;
    case NoteSection::History:
        return 1;
    case NoteSection::Ros:
        return 0;
    }
    return 0;
}

bool NoteEvidence::isWeaknessFamily(const QString& kind)
{
    static const QStringList family = {
        QStringLiteral("weakness"),     QStringLiteral("muscle-weakness"),
        QStringLiteral("fatigue"),      QStringLiteral("malaise"),
        QStringLiteral("debility"),     QStringLiteral("frailty"),
        QStringLiteral("sarcopenia"),   QStringLiteral("facial-droop"),
        QStringLiteral("hemiparesis"),  QStringLiteral("monoparesis"),
        QStringLiteral("icu-weakness"), QStringLiteral("functional-quadriplegia"),
        QStringLiteral("immobility")};
    return family.contains(kind);
}

QList<const Mention*> NoteEvidence::ranked(const QString& kind) const
{
    QList<const Mention*> out;
    for (const Mention& m : mentions) {
        if (m.kind == kind)
            out.append(&m);
    }
    std::stable_sort(out.begin(), out.end(), [](const Mention* a, const Mention* b) {
        if (a->affirmed() != b->affirmed())
            return a->affirmed();
        return sectionWeight(a->section) > sectionWeight(b->section);
    });
    return out;
}

bool NoteEvidence::hasAffirmed(const QString& kind) const
{
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const Mention& m) { return m.kind == kind && m.affirmed(); });
}

const Mention* NoteEvidence::assessed(const QString& kind) const
{
    for (const Mention& m : mentions) {
        if (m.kind == kind && m.affirmed() && m.inAssessment())
            return &m;
    }
    return nullptr;
}

const Mention* NoteEvidence::diagnosis(const QString& conceptId) const
{
    const Mention* best = nullptr;
    for (const Mention& d : diagnoses) {
        if (d.kind != conceptId)
            continue;
        const auto score = [](const Mention* m) {
            return (m->affirmed() ? 10 : 0) + sectionWeight(m->section);
        };
        if (!best || score(&d) > score(best))
            best = &d;
    }
    return best;
}

bool NoteEvidence::strokeHistory() const
{
    return std::any_of(diagnoses.begin(), diagnoses.end(),
                       [](const Mention& d) { return d.kind == u"stroke" && !d.negated && !d.uncertain; });
}

QList<CausalLink> NoteEvidence::causesOf(int mentionIndex) const
{
    QList<CausalLink> out;
    for (const CausalLink& c : causes) {
        if (c.mention == mentionIndex)
            out.append(c);
    }
    return out;
}

} // namespace wcw
