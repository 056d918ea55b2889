#include "rules/Lexicon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace wcw::rules {
namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out.append(s.toString());
    return out;
}

QRegularExpression compile(const QString& pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    re.optimize(); // JIT: every encounter runs these over its note
    return re;
}

} // namespace

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

bool Lexicon::isStopword(QStringView lowerWord) const
{
    const auto it = std::lower_bound(m_stopwords.cbegin(), m_stopwords.cend(), lowerWord,
                                     [](const QString& a, QStringView b) { return QStringView(a) < b; });
    return it != m_stopwords.cend() && QStringView(*it) == lowerWord;
}

const CauseTerm* Lexicon::cause(const QString& id) const
{
    for (const CauseTerm& c : m_causes) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

Lexicon::Lexicon()
{
    QFile file(QStringLiteral(":/rules/lexicon.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        loadError = QStringLiteral(":/rules/lexicon.json: cannot be opened");
        return;
    }
    QJsonParseError perr;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &perr).object();
    if (perr.error != QJsonParseError::NoError) {
        loadError = QStringLiteral(":/rules/lexicon.json: ") + perr.errorString();
        return;
    }
    QStringList groups;
    for (const QJsonValue& v : root.value(QStringLiteral("mentions")).toArray()) {
        m_kinds.append(v[QStringLiteral("kind")].toString());
        groups.append(u'(' + v[QStringLiteral("pattern")].toString() + u')');
    }
    for (const QJsonValue& v : root.value(QStringLiteral("causes")).toArray()) {
        CauseTerm c;
        c.id = v[QStringLiteral("id")].toString();
        c.codes = strings(v[QStringLiteral("codes")]);
        c.defaultCode = v[QStringLiteral("defaultCode")].toString();
        c.explains = strings(v[QStringLiteral("explains")]);
        c.routine = v[QStringLiteral("routine")].toBool();
        m_causes.append(c);
        m_kinds.append(QStringLiteral("cause:") + c.id);
        groups.append(u'(' + v[QStringLiteral("pattern")].toString() + u')');
    }
    // Every term starts a word: anchoring the alternation on a word boundary lets PCRE skip the
    // positions inside words instead of trying every alternative at each.
    m_mentions = compile(QStringLiteral("\\b(?:") + groups.join(u'|') + u')');
    m_negBefore = CueList(strings(root.value(QStringLiteral("negationBefore"))));
    m_negAfter = CueList(strings(root.value(QStringLiteral("negationAfter"))));
    m_negBreak = CueList(strings(root.value(QStringLiteral("negationBreak"))));
    m_uncBefore = CueList(strings(root.value(QStringLiteral("uncertainBefore"))));
    m_uncAfter = CueList(strings(root.value(QStringLiteral("uncertainAfter"))));
    m_histBefore = CueList(strings(root.value(QStringLiteral("historicalBefore"))));
    m_attribution = compile(root.value(QStringLiteral("attribution")).toString());
    m_progression = compile(root.value(QStringLiteral("progressionWords")).toString());
    for (const QJsonValue& v : root.value(QStringLiteral("supporting")).toArray()) {
        m_supporting.append({v[QStringLiteral("kind")].toString(), v[QStringLiteral("code")].toString(),
                             strings(v[QStringLiteral("covers")]), v[QStringLiteral("why")].toString()});
    }
    const QJsonObject sym = root.value(QStringLiteral("symptomCodes")).toObject();
    for (auto it = sym.begin(); it != sym.end(); ++it)
        m_symptomCodes.insert(it.key(), it.value().toString());
    m_stopwords = strings(root.value(QStringLiteral("noteStopwords")));
    std::sort(m_stopwords.begin(), m_stopwords.end());
    m_stopwords.erase(std::unique(m_stopwords.begin(), m_stopwords.end()), m_stopwords.end());
    if (!m_mentions.isValid())
        loadError = QStringLiteral(":/rules/lexicon.json: mention pattern: ") + m_mentions.errorString();
    else
        m_scanner = MentionScanner(m_mentions);
}

} // namespace wcw::rules
