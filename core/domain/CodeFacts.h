#pragma once
// What the rules core may ask of the reference database. core/ defines the question,
// db/ (ReferenceDb) answers it from SQLite; tests may answer it from memory.
#include "domain/Release.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace wcw {

// A tabular note: inclusionTerm, includes, excludes1, excludes2, codeFirst,
// useAdditionalCode, codeAlso, notes, sevenChrNote.
struct CodeNote
{
    QString kind;
    QString text;
    // Codes the note refers to, dotted; "M62.8-" is kept as "M62.8" (covers its subtree).
    QStringList codes;
    // Empty when declared on the code itself; else the category/chapter code that declares it.
    QString inheritedFrom;
};

// One path in the Alphabetic Index that leads to a code.
struct IndexEntry
{
    // Main term first, then subterms: {"Weak, weakening, weakness (generalized)", "muscle"}.
    QStringList terms;
    QString code; // dotted
    QString see;  // "see"/"see also" target, if any
};

enum class CodeValidity {
    Billable, // a leaf, valid for submission
    Header,   // exists, but is a category/subcategory header
    Absent,   // not in the release
};

struct CodeRecord
{
    QString code;  // dotted
    QString title; // long title from the release
    bool billable = false;
    Release release; // the release that answered
    // The release the notes and index entries come from (differs for order-only releases).
    QString notesReleaseId;
    // The release the index entries come from (a release without an index borrows one).
    QString indexReleaseId;
    QString chapter;       // "18 Symptoms, signs and abnormal clinical and laboratory findings, ..."
    QString block;         // "R50-R69 General symptoms and signs"
    QStringList parents;   // dotted, nearest first: M62.81 -> {"M62.8", "M62"}
    QList<CodeNote> notes; // own notes first, then inherited (nearest ancestor first)
    QList<IndexEntry> index;
};

class CodeFacts
{
public:
    virtual ~CodeFacts() = default;

    // The release in force on a date of service; nullopt when no imported release covers it.
    virtual std::optional<Release> releaseOn(QDate dateOfService) const = 0;
    // Validity of a code in the release in force on that date.
    virtual CodeValidity validityOn(QStringView code, QDate dateOfService) const = 0;
    // True when the code is billable in at least one imported release (tells a typo from a date problem).
    virtual bool billableInAnyRelease(QStringView code) const = 0;
    // Everything about a code as of a date of service; nullopt when absent from that release.
    virtual std::optional<CodeRecord> record(QStringView code, QDate dateOfService) const = 0;
    // Does an Excludes1 note of `code` (its own or inherited) cover `other` (exactly, or as a subtree
    // "M62.8-")? One direction only; callers check both.
    virtual bool excludes1(QStringView code, QStringView other, QDate dateOfService) const = 0;
    // The billable codes below a header in the release in force on that date, found by trying each
    // next character (0-9, A-Z) for `depth` levels: "M62.8" -> "M62.81", ..., "M62.830", ...
    // The default asks validityOn for every candidate (CodeFacts.cpp); a memoizing CodeFacts may
    // keep the answer, which depends only on the header, the release and the depth.
    virtual QStringList billableDescendants(QStringView header, QDate dateOfService, int depth) const;
};

} // namespace wcw
