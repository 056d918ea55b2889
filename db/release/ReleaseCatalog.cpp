#include "release/ReleaseCatalog.h"

#include "domain/IcdCode.h"
#include "sqlite/SqlCheck.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace wcw::db {

namespace {

struct Linked
{
    QString id;
    QDate from;
    QString kind;
    bool hasIndex = false;
};

bool fail(QSqlDatabase& db, const QSqlQuery& q, const QString& what, QString* error)
{
    *error = sqlError(db, q, what).text();
    return false;
}

// Prepare and the end of a row loop, checked like exec: false and *error naming the file.
bool prepare(QSqlDatabase& db, QSqlQuery& q, const QString& sql, const QString& what, QString* error)
{
    return q.prepare(sql) || fail(db, q, what, error);
}

bool rowsDone(QSqlDatabase& db, const QSqlQuery& q, const QString& what, QString* error)
{
    return rowsEnded(q, db, what).ok() || fail(db, q, what, error);
}

} // namespace

bool relinkReleases(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT r.id, r.effective_from, r.kind,"
                               " EXISTS (SELECT 1 FROM index_terms i WHERE i.release_id = r.id)"
                               " FROM releases r ORDER BY r.effective_from")))
        return fail(db, q, QStringLiteral("reading releases"), error);
    QList<Linked> all;
    while (q.next())
        all.append(Linked{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                          q.value(2).toString(), q.value(3).toBool()});
    if (!rowsDone(db, q, QStringLiteral("reading releases"), error))
        return false;
    QSqlQuery u(db);
    if (!prepare(
            db, u,
            QStringLiteral("UPDATE releases SET effective_to = :to, notes_from = :notes, index_from = :index"
                           " WHERE id = :id"),
            QStringLiteral("linking releases"), error))
        return false;
    QString lastFull;
    QString lastIndex;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Linked& r = all.at(i);
        if (r.kind != QLatin1String("order-only"))
            lastFull = r.id;
        if (r.hasIndex)
            lastIndex = r.id;
        const QString notes = r.kind == QLatin1String("order-only") ? lastFull : r.id;
        u.bindValue(QStringLiteral(":to"),
                    i + 1 < all.size() ? QVariant(all.at(i + 1).from.addDays(-1).toString(Qt::ISODate))
                                       : QVariant());
        u.bindValue(QStringLiteral(":notes"), notes.isEmpty() ? QVariant() : QVariant(notes));
        u.bindValue(QStringLiteral(":index"), lastIndex.isEmpty() ? QVariant() : QVariant(lastIndex));
        u.bindValue(QStringLiteral(":id"), r.id);
        if (!u.exec())
            return fail(db, u, QStringLiteral("linking release ") + r.id, error);
    }
    return true;
}

namespace {

// What the search table is built from: the newest release and where its notes and index live.
struct SearchSources
{
    QString release;
    QString notesFrom;
    QString indexFrom;
};

// Rows go in the order search should meet them when a common word matches thousands of rows
// (search reads a capped, unordered candidate set): index main terms, then deeper index
// paths, then codes from categories down.
struct SearchRow
{
    QString code, title, terms, kind, target;
    int order = 0;
};

// Inclusion terms of each code, " ; "-joined, from the release that holds the notes.
bool readInclusionTerms(QSqlDatabase& db, const QString& notesFrom, QHash<QString, QString>* inclusion,
                        QString* error)
{
    QSqlQuery q(db);
    if (!prepare(
            db, q,
            QStringLiteral("SELECT owner, text FROM notes WHERE release_id = :r AND kind = 'inclusionTerm'"
                           " ORDER BY owner, seq"),
            QStringLiteral("reading inclusion terms"), error))
        return false;
    q.bindValue(QStringLiteral(":r"), notesFrom);
    if (!q.exec())
        return fail(db, q, QStringLiteral("reading inclusion terms"), error);
    while (q.next()) {
        QString& terms = (*inclusion)[q.value(0).toString()];
        terms += (terms.isEmpty() ? QString() : QStringLiteral(" ; ")) + q.value(1).toString();
    }
    return rowsDone(db, q, QStringLiteral("reading inclusion terms"), error);
}

// One row per code of the release: dotted and compact code, title, inclusion terms.
bool appendCodeRows(QSqlDatabase& db, const QString& release, const QHash<QString, QString>& inclusion,
                    QList<SearchRow>* rows, QSet<QString>* known, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(db, q, QStringLiteral("SELECT code, dotted, title FROM codes WHERE release_id = :r"),
                 QStringLiteral("reading codes for search"), error))
        return false;
    q.bindValue(QStringLiteral(":r"), release);
    if (!q.exec())
        return fail(db, q, QStringLiteral("reading codes for search"), error);
    while (q.next()) {
        const QString code = q.value(0).toString();
        known->insert(code);
        rows->append(SearchRow{QString(q.value(1).toString() + u' ' + code), q.value(2).toString(),
                               inclusion.value(code), QStringLiteral("code"), code, 100 + int(code.size())});
    }
    return rowsDone(db, q, QStringLiteral("reading codes for search"), error);
}

// One row per index path ("Weakness > muscle") that ends in a code of the newest release.
bool appendIndexRows(QSqlDatabase& db, const QString& indexFrom, const QSet<QString>& known,
                     QList<SearchRow>* rows, QString* error)
{
    QSqlQuery q(db);
    if (!prepare(db, q,
                 QStringLiteral("SELECT id, parent_id, title, nemod, code_key, level FROM index_terms"
                                " WHERE release_id = :r ORDER BY id"),
                 QStringLiteral("reading index terms for search"), error))
        return false;
    q.bindValue(QStringLiteral(":r"), indexFrom);
    if (!q.exec())
        return fail(db, q, QStringLiteral("reading index terms for search"), error);
    QHash<int, QString> paths;
    while (q.next()) {
        QString term = q.value(2).toString();
        if (!q.value(3).toString().isEmpty())
            term += u' ' + q.value(3).toString();
        const QString path =
            q.value(1).isNull() ? term : paths.value(q.value(1).toInt()) + QStringLiteral(" > ") + term;
        paths.insert(q.value(0).toInt(), path);
        const QString code = q.value(4).toString();
        if (!code.isEmpty() && known.contains(code))
            rows->append(
                SearchRow{QString(), QString(), path, QStringLiteral("index"), code, q.value(5).toInt()});
    }
    return rowsDone(db, q, QStringLiteral("reading index terms for search"), error);
}

bool insertSearchRows(QSqlDatabase& db, const QList<SearchRow>& rows, QString* error)
{
    QSqlQuery ins(db);
    if (!prepare(db, ins,
                 QStringLiteral("INSERT INTO search_fts (code, title, terms, kind, target)"
                                " VALUES (:code, :title, :terms, :kind, :target)"),
                 QStringLiteral("filling the search table"), error))
        return false;
    for (const SearchRow& row : rows) {
        ins.bindValue(QStringLiteral(":code"), row.code);
        ins.bindValue(QStringLiteral(":title"), row.title);
        ins.bindValue(QStringLiteral(":terms"), row.terms);
        ins.bindValue(QStringLiteral(":kind"), row.kind);
        ins.bindValue(QStringLiteral(":target"), row.target);
        if (!ins.exec())
            return fail(db, ins, QStringLiteral("filling the search table"), error);
    }
    return true;
}

} // namespace

bool rebuildSearchIndex(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM search_fts")))
        return fail(db, q, QStringLiteral("clearing the search table"), error);
    if (!q.exec(QStringLiteral(
            "SELECT id, notes_from, index_from FROM releases ORDER BY effective_from DESC LIMIT 1")))
        return fail(db, q, QStringLiteral("finding the newest release"), error);
    const Result<bool> newest = nextRow(q, db, QStringLiteral("finding the newest release"));
    if (!newest)
        return *error = newest.error().text(), false;
    if (!*newest)
        return true;
    const SearchSources from{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    QHash<QString, QString> inclusion;
    QList<SearchRow> rows;
    QSet<QString> known;
    if (!readInclusionTerms(db, from.notesFrom, &inclusion, error) ||
        !appendCodeRows(db, from.release, inclusion, &rows, &known, error) ||
        !appendIndexRows(db, from.indexFrom, known, &rows, error))
        return false;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SearchRow& a, const SearchRow& b) { return a.order < b.order; });
    return insertSearchRows(db, rows, error);
}

} // namespace wcw::db
