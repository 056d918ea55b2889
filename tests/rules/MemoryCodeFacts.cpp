#include "MemoryCodeFacts.h"

namespace wcw::test {

MemoryCodeFacts::MemoryCodeFacts()
{
    m_releases.append({QStringLiteral("2024-10-01"), QStringLiteral("test FY2025"), QDate(2024, 10, 1),
                       QDate(2025, 9, 30), ReleaseKind::Full, QStringLiteral("2024-10-01")});
    m_releases.append({QStringLiteral("2025-10-01"), QStringLiteral("test FY2026"), QDate(2025, 10, 1),
                       QDate(), ReleaseKind::Full, QStringLiteral("2025-10-01")});
}

MemoryCodeFacts& MemoryCodeFacts::code(const QString& code, const QString& title, const char* states)
{
    Entry& e = m_codes[code];
    e.title = title;
    e.states = QString::fromLatin1(states);
    return *this;
}

MemoryCodeFacts& MemoryCodeFacts::note(const QString& code, const QString& kind, const QString& text,
                                       const QStringList& codes)
{
    m_codes[code].notes.append({kind, text, codes, {}});
    return *this;
}

MemoryCodeFacts& MemoryCodeFacts::chapter(const QString& code, const QString& chapter)
{
    m_codes[code].chapter = chapter;
    return *this;
}

int MemoryCodeFacts::releaseIndex(QDate d) const
{
    for (qsizetype i = 0; i < m_releases.size(); ++i) {
        if (m_releases.at(i).governs(d))
            return int(i);
    }
    return -1;
}

std::optional<Release> MemoryCodeFacts::releaseOn(QDate d) const
{
    const int i = releaseIndex(d);
    return i < 0 ? std::nullopt : std::optional<Release>(m_releases.at(i));
}

CodeValidity MemoryCodeFacts::validityOn(QStringView code, QDate d) const
{
    const int i = releaseIndex(d);
    const auto it = m_codes.constFind(code.toString());
    if (i < 0 || it == m_codes.constEnd() || it->states.size() <= i)
        return CodeValidity::Absent;
    const QChar s = it->states.at(i);
    return s == u'B' ? CodeValidity::Billable : s == u'H' ? CodeValidity::Header : CodeValidity::Absent;
}

bool MemoryCodeFacts::billableInAnyRelease(QStringView code) const
{
    const auto it = m_codes.constFind(code.toString());
    return it != m_codes.constEnd() && it->states.contains(u'B');
}

std::optional<CodeRecord> MemoryCodeFacts::record(QStringView code, QDate d) const
{
    if (validityOn(code, d) == CodeValidity::Absent)
        return std::nullopt;
    const Entry& e = m_codes.value(code.toString());
    CodeRecord r;
    r.code = code.toString();
    r.title = e.title;
    r.billable = validityOn(code, d) == CodeValidity::Billable;
    r.release = *releaseOn(d);
    r.chapter = e.chapter;
    r.notes = e.notes;
    return r;
}

bool MemoryCodeFacts::excludes1(QStringView code, QStringView other, QDate) const
{
    for (const CodeNote& n : m_codes.value(code.toString()).notes) {
        if (n.kind != u"excludes1")
            continue;
        for (const QString& c : n.codes) {
            if (other.startsWith(c))
                return true;
        }
    }
    return false;
}

MemoryCodeFacts MemoryCodeFacts::weaknessSet()
{
    MemoryCodeFacts f;
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

} // namespace wcw::test
