#include "rules/CodingTerms.h"

#include "note/NoteFacts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace wcw::rules {
namespace {

const QString kPath = QStringLiteral(":/rules/coding-terms.json");

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out.append(s.toString());
    return out;
}

} // namespace

const CodingTerms& CodingTerms::instance()
{
    static const CodingTerms terms;
    return terms;
}

bool CodingTerms::isStopword(QStringView lowerWord) const
{
    const auto it = std::lower_bound(m_stopwords.cbegin(), m_stopwords.cend(), lowerWord,
                                     [](const QString& a, QStringView b) { return QStringView(a) < b; });
    return it != m_stopwords.cend() && QStringView(*it) == lowerWord;
}

const CauseTerm* CodingTerms::cause(const QString& id) const
{
    for (const CauseTerm& c : m_causes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

CodingTerms::CodingTerms()
{
    QFile file(kPath);
    if (!file.open(QIODevice::ReadOnly)) {
        loadError = kPath + QStringLiteral(": cannot be opened");
        return;
    }
    QJsonParseError perr;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &perr).object();
    if (perr.error != QJsonParseError::NoError) {
        loadError = kPath + QStringLiteral(": ") + perr.errorString();
        return;
    }
    for (const QJsonValue& v : root.value(QStringLiteral("causes")).toArray()) {
        CauseTerm c{v[QStringLiteral("id")].toString(), strings(v[QStringLiteral("codes")]),
                    v[QStringLiteral("defaultCode")].toString()};
        // A cause the reader does not weigh could never be found in a note: a typo, said at load.
        if (!causeExplanation(c.id) && loadError.isEmpty())
            loadError = kPath + QStringLiteral(": cause \"%1\" is not a cause the note reader weighs").arg(c.id);
        m_causes.append(c);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("supporting")).toArray()) {
        m_supporting.append({v[QStringLiteral("kind")].toString(), v[QStringLiteral("code")].toString(),
                             strings(v[QStringLiteral("covers")]), v[QStringLiteral("why")].toString()});
    }
    const QJsonObject sym = root.value(QStringLiteral("symptomCodes")).toObject();
    for (auto it = sym.begin(); it != sym.end(); ++it)
        m_symptomCodes.insert(it.key(), it.value().toString());
    m_stopwords = strings(root.value(QStringLiteral("titleStopwords")));
    std::sort(m_stopwords.begin(), m_stopwords.end());
    m_stopwords.erase(std::unique(m_stopwords.begin(), m_stopwords.end()), m_stopwords.end());
}

} // namespace wcw::rules
