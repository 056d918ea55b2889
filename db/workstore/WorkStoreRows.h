#pragma once
// Small conversions between work-store columns and domain values, shared by the
// SqliteWorkStore implementation files.
#include "domain/Encounter.h"
#include "domain/IcdCode.h"

#include <QStringList>

namespace wcw::db {

// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, an empty one as ''.
inline QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// "yyyy-MM-dd" as the store writes it; cheaper than QDate::fromString in million-row scans.
inline QDate isoDate(QStringView s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return QDate::fromString(s.toString(), Qt::ISODate);
    auto num = [&](qsizetype from, qsizetype n) {
        int v = 0;
        for (qsizetype i = from; i < from + n; ++i)
            v = v * 10 + (s[i].unicode() - u'0');
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2));
}

// encounters.codes_text holds the assigned codes in sequence, comma-separated (dotted).
inline QStringList splitCodes(const QString& codesText)
{
    return codesText.isEmpty() ? QStringList() : codesText.split(QLatin1Char(','));
}

inline Setting settingFromText(const QString& s)
{
    return s == QLatin1String("inpatient") ? Setting::Inpatient : Setting::Outpatient;
}

// Codes as the store keeps them: dotted, upper-case, without blanks or duplicates.
// Returns false and the offending entry in *bad when one does not look like an ICD-10-CM code.
inline bool normalizeCodes(const QStringList& in, QStringList* out, QString* bad)
{
    out->clear();
    for (const QString& raw : in) {
        if (!icd::looksLikeCode(raw)) {
            *bad = raw;
            return false;
        }
        const QString code = icd::dotted(icd::compact(raw));
        if (!out->contains(code))
            out->append(code);
    }
    return true;
}

} // namespace wcw::db
