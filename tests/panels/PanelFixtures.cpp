#include "PanelFixtures.h"

namespace wcw::test {

namespace {

EvidenceSpan span(const QString& note, const QString& quote)
{
    const int at = int(note.indexOf(quote));
    Q_ASSERT(at >= 0);
    return EvidenceSpan{quote, at, at + int(quote.size())};
}

ChecklistItem item(const char* id, const char* label, QList<EvidenceSpan> evidence = {})
{
    return ChecklistItem{QString::fromUtf8(id), QString::fromUtf8(label), !evidence.isEmpty(), evidence};
}

} // namespace

QString sampleNote()
{
    return QStringLiteral(
        "CC: generalized weakness for 3 weeks, worsening. Difficulty climbing stairs and two falls. "
        "Exam: strength 4/5 in proximal muscles bilaterally, symmetric. Not tired; no malaise. "
        "Assessment: generalized muscle weakness, cause under evaluation; CK ordered.");
}

Checklist sampleChecklist()
{
    const QString n = sampleNote();
    Checklist c;
    c.items = {
        item("location", "Location of the weakness", {span(n, QStringLiteral("proximal muscles"))}),
        item("generalized", "Generalized or localized",
             {span(n, QStringLiteral("generalized weakness")), span(n, QStringLiteral("bilaterally"))}),
        item("body-parts", "Body parts affected"),
        item("symmetry", "Symmetry", {span(n, QStringLiteral("symmetric"))}),
        item("onset", "Onset"),
        item("duration", "Duration", {span(n, QStringLiteral("for 3 weeks"))}),
        item("progression", "Progression", {span(n, QStringLiteral("worsening"))}),
        item("pattern", "Fluctuation or pattern"),
        item("function", "Functional impact (ADLs, falls, mobility)",
             {span(n, QStringLiteral("Difficulty climbing stairs")), span(n, QStringLiteral("two falls"))}),
        item("objective", "Objective findings (strength grades)", {span(n, QStringLiteral("strength 4/5"))}),
        item("distinction", "Distinguished from fatigue and malaise"),
        item("cause", "Cause suspected, confirmed or ruled out"),
    };
    return c;
}

Suggestion sampleSuggestion()
{
    Suggestion s;
    s.path = {
        PathStep{QStringLiteral("confirmed-cause"),
                 QStringLiteral("Does a confirmed diagnosis explain the weakness?"), QStringLiteral("no"),
                 QStringLiteral("cause under evaluation"), QStringLiteral("OCG I.B.5, I.C.18.b"), false},
        PathStep{QStringLiteral("kind"), QStringLiteral("Is it weakness, fatigue or malaise?"),
                 QStringLiteral("weakness"), QStringLiteral("generalized weakness"),
                 QStringLiteral("OCG I.C.18.a"), false},
        PathStep{QStringLiteral("location"), QStringLiteral("Is the weakness generalized or localized?"),
                 QStringLiteral("generalized"), QStringLiteral("answered by coder"),
                 QStringLiteral("Tabular R53.1 Excludes1; Index: Weakness"), true},
        PathStep{QStringLiteral("muscle"), QStringLiteral("Are there objective muscle findings?"),
                 QStringLiteral("yes"), QStringLiteral("strength 4/5 in proximal muscles"),
                 QStringLiteral("Index: Weakness, muscle \u2192 M62.81"), false},
    };
    s.codes = {
        SuggestedCode{QStringLiteral("M62.81"), QStringLiteral("primary"),
                      QStringLiteral("Objective generalized muscle weakness (4/5); R53.1 Excludes1 muscle "
                                     "weakness (M62.8-)")},
        SuggestedCode{QStringLiteral("Z91.81"), QStringLiteral("additional"),
                      QStringLiteral("History of falling documented (two falls)")}};
    s.checklist = sampleChecklist();
    return s;
}

VisitHistory sampleHistory()
{
    VisitHistory h;
    h.patientId = QStringLiteral("P100");
    h.patientName = QStringLiteral("Test Patient");
    h.visits = {
        VisitSummary{1, QStringLiteral("E0901"), QDate(2025, 11, 3), {QStringLiteral("R53.1")}, true, false},
        VisitSummary{2,
                     QStringLiteral("E0950"),
                     QDate(2025, 12, 15),
                     {QStringLiteral("R53.1"), QStringLiteral("E11.9")},
                     false,
                     false},
        VisitSummary{3,
                     QStringLiteral("E0990"),
                     QDate(2026, 1, 10),
                     {QStringLiteral("R53.1"), QStringLiteral("E11.9")},
                     false,
                     false},
        VisitSummary{4,
                     QStringLiteral("E1001"),
                     QDate(2026, 3, 2),
                     {QStringLiteral("M62.81"), QStringLiteral("E11.9")},
                     true,
                     false},
    };
    h.symptoms = {
        CarriedSymptom{QStringLiteral("R53.1"), QDate(2025, 11, 3), QDate(2026, 1, 10), 3, true,
                       QStringLiteral("R53.1 carried over 3 visits in 68 days with no progression or "
                                      "re-evaluation documented (OCG IV.J): an audit risk.")},
        CarriedSymptom{QStringLiteral("M62.81"), QDate(2026, 3, 2), QDate(2026, 3, 2), 1, false, QString()}};
    return h;
}

ProviderQuery sampleQuery()
{
    ProviderQuery q;
    q.topic = QStringLiteral("Weakness: generalized or muscle weakness");
    q.question =
        QStringLiteral("Based on your clinical judgment, can the weakness documented be further specified?");
    q.indicators = {QStringLiteral("\u201cgeneralized weakness for 3 weeks\u201d (CC)"),
                    QStringLiteral("\u201cstrength 4/5 in proximal muscles\u201d (Exam)")};
    q.options = {QStringLiteral("Generalized muscle weakness"),
                 QStringLiteral("Generalized weakness (asthenia)"), QStringLiteral("Other (please specify)"),
                 QStringLiteral("Unable to determine")};
    return q;
}

} // namespace wcw::test
