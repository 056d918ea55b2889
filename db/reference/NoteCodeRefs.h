#pragma once
// The codes a tabular note points to. "muscle weakness (M62.8-)" -> M62.8 and its subtree;
// "(J00-J22)" -> the range J00..J22; "(R54)" -> R54; "S06.1- to S06.6-" -> a range of subtrees.
#include <QList>
#include <QString>

namespace wcw::db {

struct NoteCodeRef
{
    QString from; // compact
    QString to;   // compact; == from for a single code
    bool subtree = false;

    bool isRange() const { return from != to; }
    // Does the reference cover `code` (compact)? headerRef: the referenced code is a
    // category/subcategory in the release, so a bare "(F33)" covers the category's codes too.
    bool covers(const QString& code, bool headerRef) const;
    bool operator==(const NoteCodeRef&) const = default;
};

QList<NoteCodeRef> parseNoteCodeRefs(const QString& text);

} // namespace wcw::db
