// ReferenceDb::search: search-as-you-type over the newest release. Code-shaped input is looked
// up directly (exact code, then the codes below it); words go through FTS5 over titles,
// inclusion terms and index paths, and are then ranked the way a coder expects: an index path
// whose main term and subterms hold the words, then titles, then inclusion terms.
#include "IcdCode.h"
#include "ReferenceDbImpl.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace wcw::db {

namespace {

struct Query
{
    QStringList tokens; // lower case
    bool lastIsPrefix = true;
};

Query tokenize(const QString& text)
{
    Query q;
    QString word;
    for (QChar ch : text) {
        if (ch.isLetterOrNumber()) {
            word.append(ch.toLower());
        } else if (!word.isEmpty()) {
            q.tokens.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        q.tokens.append(word);
    q.lastIsPrefix = !text.isEmpty() && text.back().isLetterOrNumber();
    return q;
}

// FTS5 query text: every token quoted (so user input is never FTS syntax), the last one a prefix.
QString ftsQuery(const Query& q)
{
    QStringList parts;
    for (qsizetype i = 0; i < q.tokens.size(); ++i) {
        QString part = u'"' + q.tokens.at(i) + u'"';
        if (i + 1 == q.tokens.size() && q.lastIsPrefix)
            part += u'*';
        parts.append(part);
    }
    return parts.join(u' ');
}

// How many of the tokens appear as words (or, for the last, a word prefix) of `text`.
int tokensIn(const QString& text, const Query& q, QList<bool>* hit = nullptr)
{
    QStringList words;
    QString word;
    for (QChar ch : text) {
        if (ch.isLetterOrNumber()) {
            word.append(ch.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    int n = 0;
    for (qsizetype i = 0; i < q.tokens.size(); ++i) {
        const QString& t = q.tokens.at(i);
        const bool prefix = i + 1 == q.tokens.size() && q.lastIsPrefix;
        const bool found = std::any_of(words.cbegin(), words.cend(),
                                       [&](const QString& w) { return prefix ? w.startsWith(t) : w == t; });
        if (found) {
            ++n;
            if (hit)
                (*hit)[i] = true;
        }
    }
    return n;
}

struct Candidate
{
    QString code; // compact
    QString matched;
    double score = 0;
};

void offer(QHash<QString, Candidate>* best, const QString& code, const QString& matched, double score)
{
    auto it = best->find(code);
    if (it == best->end())
        best->insert(code, Candidate{code, matched, score});
    else if (score > it->score)
        *it = Candidate{code, matched, score};
}

// Exact code and the codes below it ("M62.8" -> M62.8, M62.81, M62.82, ...).
void searchCodes(QSqlDatabase& db, const QString& release, const QString& text, int limit,
                 QHash<QString, Candidate>* best)
{
    static const QRegularExpression codeLike(
        QStringLiteral(R"(^\s*[A-Za-z][0-9][0-9A-Za-z]?(\.?[0-9A-Za-z]{0,4})?\s*$)"));
    if (!codeLike.match(text).hasMatch())
        return;
    const QString c = icd::compact(text);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT code, depth FROM codes WHERE release_id = :r AND code >= :lo AND code < :hi"
                       " ORDER BY code LIMIT :n"));
    q.bindValue(QStringLiteral(":r"), release);
    q.bindValue(QStringLiteral(":lo"), c);
    q.bindValue(QStringLiteral(":hi"), QString(c + u'~')); // '~' sorts after every code character
    q.bindValue(QStringLiteral(":n"), limit + 1);
    if (!q.exec())
        return;
    int position = 0;
    while (q.next()) {
        const QString code = q.value(0).toString();
        if (code == c)
            offer(best, code, QStringLiteral("code"), 1000);
        else
            offer(best, code, QStringLiteral("code prefix"),
                  900 - 10 * q.value(1).toInt() - 0.001 * position++);
    }
}

double scoreIndexPath(const QString& path, const Query& q, QString* matched)
{
    const QStringList levels = path.split(QStringLiteral(" > "));
    QList<bool> inMain(q.tokens.size(), false);
    QList<bool> anywhere(q.tokens.size(), false);
    tokensIn(levels.first(), q, &inMain);
    const int all = tokensIn(path, q, &anywhere);
    if (all < q.tokens.size())
        return -1;
    const bool mainHit = std::any_of(inMain.cbegin(), inMain.cend(), [](bool b) { return b; });
    if (!mainHit)
        return -1; // words only in subterms ("muscle" under "Weak") rank as the main term's code does
    *matched = QStringLiteral("index: ") + levels.join(QStringLiteral(" > "));
    const bool mainFirst = inMain.first();
    return 650 + (mainFirst ? 20 : 0) - 5 * (levels.size() - 1);
}

} // namespace

QList<SearchHit> ReferenceDb::search(const QString& text, int limit) const
{
    QList<SearchHit> out;
    if (d->releases.isEmpty() || limit <= 0 || text.trimmed().isEmpty())
        return out;
    const QString release = d->releases.last().id;
    QSqlDatabase db = d->database();
    QHash<QString, Candidate> best;
    searchCodes(db, release, text, limit, &best);

    const Query query = tokenize(text);
    if (!query.tokens.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT kind, target, title, terms, bm25(search_fts, 0.0, 4.0, 2.0) AS r"
                                 " FROM search_fts WHERE search_fts MATCH :q ORDER BY r LIMIT :n"));
        q.bindValue(QStringLiteral(":q"), ftsQuery(query));
        q.bindValue(QStringLiteral(":n"), std::max(200, limit * 10));
        if (q.exec()) {
            while (q.next()) {
                const QString target = q.value(1).toString();
                const double relevance = std::min(20.0, -q.value(4).toDouble());
                QString matched;
                double score = -1;
                if (q.value(0).toString() == QLatin1String("index")) {
                    score = scoreIndexPath(q.value(3).toString(), query, &matched);
                } else if (tokensIn(q.value(2).toString(), query) == query.tokens.size()) {
                    matched = QStringLiteral("title");
                    score = 500;
                } else {
                    matched = QStringLiteral("inclusion term");
                    score = 400;
                }
                if (score >= 0)
                    offer(&best, target, matched, score + relevance);
            }
        }
    }

    QList<Candidate> ranked = best.values();
    std::sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : a.code < b.code;
    });
    if (ranked.size() > limit)
        ranked.resize(limit);
    QSqlQuery t(db);
    t.prepare(QStringLiteral("SELECT title, billable FROM codes WHERE release_id = :r AND code = :c"));
    for (const Candidate& c : ranked) {
        t.bindValue(QStringLiteral(":r"), release);
        t.bindValue(QStringLiteral(":c"), c.code);
        if (!t.exec() || !t.next())
            continue;
        out.append(
            SearchHit{icd::dotted(c.code), t.value(0).toString(), t.value(1).toBool(), c.matched, c.score});
    }
    return out;
}

} // namespace wcw::db
