// ReferenceDb::search: search-as-you-type over the newest release. Code-shaped input is looked
// up directly (exact code, then the codes below it); words go through FTS5 over titles,
// inclusion terms and index paths, and are then ranked the way a coder expects: an index path
// whose main term and subterms hold the words, then titles, then inclusion terms.
#include "domain/IcdCode.h"
#include "reference/ReferenceDbImpl.h"

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
// One-letter tokens ("s" of "Parkinson's", a half-typed "a") are left to the ranking below: as
// prefixes they would match nearly every row.
QString ftsQuery(const Query& q)
{
    QStringList parts;
    for (qsizetype i = 0; i < q.tokens.size(); ++i) {
        if (q.tokens.at(i).size() < 2)
            continue;
        QString part = u'"' + q.tokens.at(i) + u'"';
        if (i + 1 == q.tokens.size() && q.lastIsPrefix)
            part += u'*';
        parts.append(part);
    }
    return parts.join(u' ');
}

// How many of the tokens appear as words (or, for the last, a word prefix) of `text`.
// Runs on every candidate row, so it scans the text instead of splitting it into words.
int tokensIn(const QString& text, const Query& q, QList<bool>* hit = nullptr)
{
    const QString lower = text.toLower();
    auto isWordChar = [&](qsizetype i) {
        return i >= 0 && i < lower.size() && lower.at(i).isLetterOrNumber();
    };
    int n = 0;
    for (qsizetype i = 0; i < q.tokens.size(); ++i) {
        const QString& t = q.tokens.at(i);
        const bool prefix = i + 1 == q.tokens.size() && q.lastIsPrefix;
        bool found = false;
        for (qsizetype at = lower.indexOf(t); at >= 0 && !found; at = lower.indexOf(t, at + 1))
            found = !isWordChar(at - 1) && (prefix || !isWordChar(at + t.size()));
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

// Exact code and the codes below it ("M62.8" -> M62.8, M62.81, M62.82, ...). True when the
// text is code-shaped and names codes.
Result<bool> searchCodes(QSqlDatabase& db, const QString& release, const QString& text, int limit,
                         QHash<QString, Candidate>* best)
{
    static const QRegularExpression codeLike(
        QStringLiteral(R"(^\s*[A-Za-z][0-9][0-9A-Za-z]?(\.?[0-9A-Za-z]{0,4})?\s*$)"));
    // Quotes around a code ("R53.1", R53.1" from a pasted note) are not part of it.
    const QString bare = QString(text).remove(u'"');
    if (!codeLike.match(bare).hasMatch())
        return false;
    const QString c = icd::compact(bare);
    const QString purpose = QStringLiteral("searching the codes of release %1 for \"%2\"").arg(release, text);
    QSqlQuery q(db);
    if (Status s = prepareQuery(q, db,
                                QStringLiteral("SELECT code, depth FROM codes WHERE release_id = :r"
                                               " AND code >= :lo AND code < :hi ORDER BY code LIMIT :n"),
                                purpose);
        !s)
        return s.error();
    q.bindValue(QStringLiteral(":r"), release);
    q.bindValue(QStringLiteral(":lo"), c);
    q.bindValue(QStringLiteral(":hi"), QString(c + u'~')); // '~' sorts after every code character
    q.bindValue(QStringLiteral(":n"), limit + 1);
    if (Status s = execQuery(q, db, purpose); !s)
        return s.error();
    int position = 0;
    bool found = false;
    while (q.next()) {
        const QString code = q.value(0).toString();
        found = true;
        if (code == c)
            offer(best, code, QStringLiteral("code"), 1000);
        else
            offer(best, code, QStringLiteral("code prefix"),
                  900 - 10 * q.value(1).toInt() - 0.001 * position++);
    }
    return found;
}

// Shorter matched text is the more specific match ("Fatigue" before "Fatigue > muscle").
double specificity(const QString& text, const Query& q)
{
    const qsizetype extra = std::max<qsizetype>(0, text.count(u' ') + 1 - q.tokens.size());
    return 20.0 - double(std::min<qsizetype>(20, extra));
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

// One FTS row (an index path, a title or an inclusion term) as a candidate, if all the words are in it.
void offerFtsRow(const QSqlQuery& q, const Query& query, QHash<QString, Candidate>* best)
{
    const QString target = q.value(1).toString();
    QString matched;
    double score = -1;
    double relevance = 0;
    if (q.value(0).toString() == QLatin1String("index")) {
        score = scoreIndexPath(q.value(3).toString(), query, &matched);
        relevance = specificity(q.value(3).toString().section(QStringLiteral(" > "), -1), query);
    } else if (tokensIn(q.value(2).toString(), query) == query.tokens.size()) {
        matched = QStringLiteral("title");
        score = 500;
        relevance = specificity(q.value(2).toString(), query);
    } else if (tokensIn(q.value(3).toString(), query) == query.tokens.size()) {
        matched = QStringLiteral("inclusion term");
        score = 400;
        relevance = specificity(q.value(3).toString(), query) / 2;
    }
    if (score >= 0)
        offer(best, target, matched, score + relevance);
}

// The words through FTS5 (the match text is bound, never spliced into the SQL).
Status searchWords(QSqlDatabase& db, const QString& text, const Query& query, const QString& match, int limit,
                   QHash<QString, Candidate>* best)
{
    const QString purpose = QStringLiteral("searching titles, terms and the index for \"%1\"").arg(text);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // No ORDER BY rank: bm25 over every match of a common word ("fracture", "encounter") costs
    // tens of milliseconds. The candidates come in the order the table was filled (index
    // main terms first) and are ranked here.
    if (Status s = prepareQuery(
            q, db, QStringLiteral("SELECT kind, target, title, terms FROM search_fts WHERE search_fts MATCH :q LIMIT :n"),
            purpose);
        !s)
        return s;
    q.bindValue(QStringLiteral(":q"), match);
    q.bindValue(QStringLiteral(":n"), std::max(250, limit * 12));
    if (Status s = execQuery(q, db, purpose); !s)
        return s;
    while (q.next())
        offerFtsRow(q, query, best);
    return {};
}

template <class T> bool byScore(const T& a, const T& b)
{
    return a.score != b.score ? a.score > b.score : a.code < b.code;
}

// The best candidates as hits, with their titles; cut to `limit`.
Result<QList<SearchHit>> rankedHits(QSqlDatabase& db, const QString& release, const Query& query,
                                    const QHash<QString, Candidate>& best, int limit)
{
    QList<Candidate> ranked = best.values();
    std::sort(ranked.begin(), ranked.end(), byScore<Candidate>);
    // Titles are read for twice the hits asked for: among index subterms of one main term
    // ("Weak > mind" F70, "Weak > muscle" M62.81) the code whose own title also holds the words
    // is the one a coder means, so it moves up before the list is cut.
    if (ranked.size() > 2 * limit)
        ranked.resize(2 * limit);
    const QString purpose = QStringLiteral("reading the titles of search hits in release %1").arg(release);
    QSqlQuery t(db);
    if (Status s = prepareQuery(t, db,
                                QStringLiteral("SELECT title, billable FROM codes WHERE release_id = :r AND code = :c"),
                                purpose);
        !s)
        return s.error();
    QList<SearchHit> out;
    for (const Candidate& c : ranked) {
        t.bindValue(QStringLiteral(":r"), release);
        t.bindValue(QStringLiteral(":c"), c.code);
        if (Status s = execQuery(t, db, purpose); !s)
            return s.error();
        if (!t.next())
            continue;
        const QString title = t.value(0).toString();
        const bool titleToo = !query.tokens.isEmpty() && c.matched.startsWith(QLatin1String("index: ")) &&
                              tokensIn(title, query) == query.tokens.size();
        out.append(SearchHit{icd::dotted(c.code), title, t.value(1).toBool(), c.matched,
                             c.score + (titleToo ? 30 : 0)});
    }
    std::stable_sort(out.begin(), out.end(), byScore<SearchHit>);
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace

Result<QList<SearchHit>> ReferenceDb::searchChecked(const QString& text, int limit) const
{
    if (d->releases.isEmpty() || limit <= 0 || text.trimmed().isEmpty())
        return QList<SearchHit>();
    const QString release = d->releases.last().id;
    QSqlDatabase db = d->database();
    QHash<QString, Candidate> best;
    // Code-shaped input that names codes is answered by the codes alone.
    const Result<bool> codes = searchCodes(db, release, text, limit, &best);
    if (!codes)
        return codes.error();
    const Query query = tokenize(text);
    const QString match = ftsQuery(query);
    if (!*codes && !match.isEmpty()) {
        if (Status s = searchWords(db, text, query, match, limit, &best); !s)
            return s.error();
    }
    return rankedHits(db, release, query, best, limit);
}

QList<SearchHit> ReferenceDb::search(const QString& text, int limit) const
{
    Result<QList<SearchHit>> hits = searchChecked(text, limit);
    if (!hits) {
        d->noteFailure(hits.error());
        return {};
    }
    return std::move(hits).value();
}

} // namespace wcw::db
