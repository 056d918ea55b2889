// The data sets of the test areas (see MemoryReference.h). Hand-written test data.
#include "MemoryReference.h"

namespace wcw::test {
namespace {

CodeNote tabularNote(const char* kind, const char* text, QStringList codes = {}, const char* from = "")
{
    return CodeNote{QString::fromUtf8(kind), QString::fromUtf8(text), codes, QString::fromUtf8(from)};
}

Release fy2026()
{
    Release r;
    r.id = QStringLiteral("test-2025-10-01");
    r.label = QStringLiteral("Test release FY2026");
    r.effectiveFrom = QDate(2025, 10, 1);
    r.notesFromId = r.id;
    return r;
}

} // namespace

QList<Release> MemoryReference::weaknessReleases()
{
    return {{QStringLiteral("2024-10-01"), QStringLiteral("test FY2025"), QDate(2024, 10, 1),
             QDate(2025, 9, 30), ReleaseKind::Full, QStringLiteral("2024-10-01")},
            {QStringLiteral("2025-10-01"), QStringLiteral("test FY2026"), QDate(2025, 10, 1), QDate(),
             ReleaseKind::Full, QStringLiteral("2025-10-01")}};
}

MemoryReference MemoryReference::weaknessSet()
{
    MemoryReference f(weaknessReleases());
    f.code(QStringLiteral("R53"), QStringLiteral("Malaise and fatigue"), "HH")
        .code(QStringLiteral("R53.0"), QStringLiteral("Neoplastic (malignant) related fatigue"))
        .note(QStringLiteral("R53.0"), QStringLiteral("codeFirst"), QStringLiteral("associated neoplasm"))
        .code(QStringLiteral("R53.1"), QStringLiteral("Weakness"))
        .note(QStringLiteral("R53.1"), QStringLiteral("excludes1"),
              QStringLiteral("muscle weakness (generalized) (M62.81)"), {QStringLiteral("M62.81")})
        .code(QStringLiteral("R53.2"), QStringLiteral("Functional quadriplegia"))
        .code(QStringLiteral("R53.8"), QStringLiteral("Other malaise and fatigue"), "HH")
        .code(QStringLiteral("R53.81"), QStringLiteral("Other malaise"))
        .code(QStringLiteral("R53.83"), QStringLiteral("Other fatigue"))
        .code(QStringLiteral("R54"), QStringLiteral("Age-related physical debility"))
        .code(QStringLiteral("M62.81"), QStringLiteral("Muscle weakness (generalized)"))
        .note(QStringLiteral("M62.81"), QStringLiteral("excludes1"),
              QStringLiteral("muscle weakness in sarcopenia (M62.84)"), {QStringLiteral("M62.84")})
        .code(QStringLiteral("M62.84"), QStringLiteral("Sarcopenia"))
        .code(QStringLiteral("R29.810"), QStringLiteral("Facial weakness"))
        .code(QStringLiteral("I69.392"), QStringLiteral("Facial weakness following cerebral infarction"))
        .code(QStringLiteral("G72.81"), QStringLiteral("Critical illness myopathy"))
        .code(QStringLiteral("Z71.1"),
              QStringLiteral("Person with feared health complaint in whom no diagnosis is made"))
        .code(QStringLiteral("Z91.81"), QStringLiteral("History of falling"))
        .code(QStringLiteral("E87.6"), QStringLiteral("Hypokalemia"))
        .code(QStringLiteral("I10"), QStringLiteral("Essential (primary) hypertension"))
        .code(QStringLiteral("C18.7"), QStringLiteral("Malignant neoplasm of sigmoid colon"))
        .chapter(QStringLiteral("C18.7"), QStringLiteral("2 Neoplasms"))
        .code(QStringLiteral("G35"), QStringLiteral("Multiple sclerosis"), "BH")
        .code(QStringLiteral("G35.A"), QStringLiteral("Relapsing-remitting multiple sclerosis"), "-B")
        .code(QStringLiteral("G35.D"), QStringLiteral("Multiple sclerosis, unspecified"), "-B");
    for (const QString& side : {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                QStringLiteral("3"), QStringLiteral("4")}) {
        f.code(QStringLiteral("G81.9") + side, QStringLiteral("Hemiplegia, unspecified"));
        f.code(QStringLiteral("G83.1") + side, QStringLiteral("Monoplegia of lower limb"));
        f.code(QStringLiteral("G83.2") + side, QStringLiteral("Monoplegia of upper limb"));
    }
    for (const QString& side : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                QStringLiteral("4"), QStringLiteral("9")}) {
        f.code(QStringLiteral("I69.35") + side,
               QStringLiteral("Hemiplegia and hemiparesis following cerebral infarction"));
        f.code(QStringLiteral("I69.33") + side,
               QStringLiteral("Monoplegia of upper limb following cerebral infarction"));
        f.code(QStringLiteral("I69.34") + side,
               QStringLiteral("Monoplegia of lower limb following cerebral infarction"));
    }
    return f;
}

MemoryReference MemoryReference::panelSet()
{
    MemoryReference f({fy2026()});
    f.answerAnyDate();
    const QString symptoms = QStringLiteral("18 Symptoms, signs and abnormal findings (test)");
    const QString musculo = QStringLiteral("13 Diseases of the musculoskeletal system (test)");

    CodeRecord r531;
    r531.code = QStringLiteral("R53.1");
    r531.title = QStringLiteral("Weakness");
    r531.billable = true;
    r531.chapter = symptoms;
    r531.block = QStringLiteral("R50-R69 General symptoms and signs");
    r531.parents = {QStringLiteral("R53")};
    r531.notes = {tabularNote("inclusionTerm", "Asthenia NOS"),
                  tabularNote("excludes1", "age-related weakness (R54)", {QStringLiteral("R54")}),
                  tabularNote("excludes1", "muscle weakness (M62.8-)", {QStringLiteral("M62.8")}),
                  tabularNote("excludes1", "sarcopenia (M62.84)", {QStringLiteral("M62.84")}),
                  tabularNote("codeFirst", "any associated underlying condition (test note)", {}, "R53")};
    r531.index = {IndexEntry{{QStringLiteral("Weak, weakening, weakness (generalized)")}, r531.code, {}},
                  IndexEntry{{QStringLiteral("Asthenia, asthenic")}, r531.code, {}}};

    CodeRecord m6281;
    m6281.code = QStringLiteral("M62.81");
    m6281.title = QStringLiteral("Muscle weakness (generalized)");
    m6281.billable = true;
    m6281.chapter = musculo;
    m6281.block = QStringLiteral("M60-M63 Disorders of muscles");
    m6281.parents = {QStringLiteral("M62.8"), QStringLiteral("M62")};
    m6281.notes = {
        tabularNote("excludes1", "muscle weakness in sarcopenia (M62.84)", {QStringLiteral("M62.84")}),
        tabularNote("excludes2", "test excludes2 note inherited (M60-M63 block)", {}, "M62")};
    m6281.index = {
        IndexEntry{{QStringLiteral("Weak, weakening, weakness (generalized)"), QStringLiteral("muscle")},
                   m6281.code,
                   {}}};

    CodeRecord r5383;
    r5383.code = QStringLiteral("R53.83");
    r5383.title = QStringLiteral("Other fatigue");
    r5383.billable = true;
    r5383.chapter = symptoms;
    r5383.block = r531.block;
    r5383.parents = {QStringLiteral("R53.8"), QStringLiteral("R53")};
    r5383.index = {IndexEntry{{QStringLiteral("Fatigue")}, r5383.code, {}}};

    CodeRecord m628;
    m628.code = QStringLiteral("M62.8");
    m628.title = QStringLiteral("Other specified disorders of muscle");
    m628.billable = false;
    m628.chapter = musculo;
    m628.block = m6281.block;
    m628.parents = {QStringLiteral("M62")};

    for (CodeRecord* r : {&r531, &m6281, &r5383, &m628}) {
        r->release = fy2026();
        r->notesReleaseId = r->release.id;
        f.record(*r);
    }
    PairGuidance g;
    g.title = QStringLiteral("R53.1 or M62.81? (test guidance)");
    g.sections = {
        {QStringLiteral("When to use R53.1"), QStringLiteral("General weakness, no muscle findings.")},
        {QStringLiteral("When to use M62.81"), QStringLiteral("Objective muscle weakness, e.g. 4/5.")}};
    g.citations = {QStringLiteral("OCG I.A.12.a"), QStringLiteral("OCG I.C.18.b")};
    f.guidance(QStringLiteral("R53.1"), QStringLiteral("M62.81"), g);
    return f;
}

MemoryReference MemoryReference::workstationSet()
{
    Release release;
    release.id = QStringLiteral("test");
    release.label = QStringLiteral("Test release");
    release.effectiveFrom = QDate(2025, 10, 1);
    release.kind = ReleaseKind::Starter;
    release.notesFromId = release.id;
    MemoryReference f({release});
    f.answerAnyDate();
    f.code(QStringLiteral("R53.1"), QStringLiteral("Weakness"), "B")
        .note(QStringLiteral("R53.1"), QStringLiteral("excludes1"),
              QStringLiteral("muscle weakness (M62.8-)"), {QStringLiteral("M62.81")})
        .code(QStringLiteral("M62.81"), QStringLiteral("Muscle weakness (generalized)"), "B")
        .code(QStringLiteral("R53.83"), QStringLiteral("Other fatigue"), "B")
        .code(QStringLiteral("R53.81"), QStringLiteral("Other malaise"), "B")
        .code(QStringLiteral("R54"), QStringLiteral("Age-related physical debility"), "B")
        .code(QStringLiteral("E11.9"), QStringLiteral("Type 2 diabetes mellitus without complications"), "B")
        .code(QStringLiteral("I10"), QStringLiteral("Essential (primary) hypertension"), "B");
    return f;
}

} // namespace wcw::test
