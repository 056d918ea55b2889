#pragma once
// The words the note reader knows: mention kinds, diagnoses, NegEx/ConText-style triggers
// (negation, uncertainty, history, pseudo-triggers, scope terminators), cause triggers, and the
// documentation cues behind attributes and the checklist. Phrases are matched on tokens,
// longest first, with one hash lookup per token. The words come from resources/note/vocabulary.json
// (schema in resources/note/README.md), checked when it is loaded, once per process.
#include "domain/Result.h"
#include "note/NoteText.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace wcw::note {

enum Role : quint32 {
    Concept = 1u << 0,          // a mention kind (value = kind)
    Diagnosis = 1u << 1,        // a diagnosis concept (value = concept id)
    NegPre = 1u << 2,           // "denies", "no", "negative for"
    NegPost = 1u << 3,          // "ruled out", "was negative"
    Pseudo = 1u << 4,           // looks like a trigger but is not ("no change", "gram negative")
    UncPre = 1u << 5,           // "possible", "r/o", "concern for"
    UncPost = 1u << 6,          // "?", "is suspected", "vs"
    HistPre = 1u << 7,          // "h/o", "history of"
    HistPost = 1u << 8,         // "resolved"
    Terminator = 1u << 9,       // "but", "however", "except": ends every scope
    HistTerminator = 1u << 10,  // "residual", "now": ends the history scope only
    CauseExplicit = 1u << 11,   // "due to", "2/2", "secondary to"
    CauseTemporal = 1u << 12,   // "following", "after"
    CauseReverse = 1u << 13,    // "related", "induced": the cause stands before ("cancer-related fatigue")
    EtiologyUnknown = 1u << 14, // "etiology unclear"
    Handedness = 1u << 15,      // value "left" | "right" | "not-documented" | "ambidextrous"
    CueRole = 1u << 16,         // a documentation cue (type + value); lives in the cue layer
};
constexpr quint32 TriggerRoles = NegPre | NegPost | Pseudo | UncPre | UncPost | HistPre | HistPost |
                                 Terminator | HistTerminator | CauseExplicit | CauseTemporal | CauseReverse;

// Cue types as small integers, so attribute passes index arrays instead of hashing strings.
enum CueType : int {
    CueExtent,
    CueBodyPart,
    CueLaterality,
    CueSymmetry,
    CueOnset,
    CueDuration,
    CueProgression,
    CuePattern,
    CueFunction,
    CueObjective,
    CueExertionLevel,
    CueAttributeTypes, // types below describe a mention; the ones after do not
    CueReevaluation = CueAttributeTypes,
    CueRelation, // "unrelated": the note says two problems are separate (Excludes1 exception)
    CueTypeCount
};
int cueTypeId(QStringView type); // -1 when unknown
QString cueTypeName(int type);

struct Phrase
{
    QList<QString> words; // lower case tokens, as NoteText cuts them
    QString key;          // the first word in lower case (the index key)
    QList<int> ids;       // the lower-case words as word ids (Lexicon::wordId)
    quint32 roles = 0;
    QString type;  // cue type ("extent", "bodypart", ...); "cause" for diagnoses that explain weakness
    QString value; // mention kind, concept id, trigger value or cue value
    bool caseSensitive = false; // acronyms that are also common words or units ("MG", "MS")
    int cueType = -1;           // CueType of a cue phrase
};

struct Hit
{
    int first = 0; // token range [first, last)
    int last = 0;
    const Phrase* phrase = nullptr;
};

struct Hits
{
    QList<Hit> core; // concepts, diagnoses, triggers: non-overlapping, longest first
    QList<Hit> cues; // documentation cues: non-overlapping among themselves
};

class Lexicon
{
public:
    // The shipped vocabulary; a broken shipped file stops the process with the error (qFatal).
    static const Lexicon& instance();
    Hits match(const NoteText& text) const;

    struct EntryPhrase
    {
        QString text;               // as written in the vocabulary
        bool caseSensitive = false; // {"case": "exact"} in the file
    };
    struct Entry
    {
        quint32 roles = 0;
        QString type;
        QString value;
        QList<EntryPhrase> phrases;
    };

    // A lexicon of checked entries (parseVocabulary), in their order.
    explicit Lexicon(const QList<Entry>& entries);
    // parseVocabulary, then the lexicon; `source` names the file in errors.
    static Result<Lexicon> load(const QByteArray& json, const QString& source);

private:
    void add(const Entry& e);
    bool matches(const NoteText& text, const int* ids, int at, const Phrase& p) const;
    int wordId(QStringView lowerWord) const; // -1: a word no phrase uses
    int addWord(const QString& lowerWord);

    // Every word any phrase uses gets an id, found through an open-addressing table: one lookup per
    // token of every note is the reader's hottest loop, and phrases then compare ids, not strings.
    struct Bucket
    {
        int word = -1; // id; -1 = free slot
    };
    struct Range
    {
        int begin = 0; // into m_order: the phrases starting with a word, longest first
        int end = 0;
    };
    static quint32 hashWord(QStringView word);

    QList<Phrase> m_phrases;
    QList<QString> m_words;    // by id
    QList<Range> m_startsWith; // by word id
    QList<int> m_order;
    QList<Bucket> m_table;
    quint32 m_mask = 0;
};

// Reads and checks a vocabulary file (NoteVocabulary.cpp): the entries in file order, or an error
// naming the section, the entry and the phrase (an unknown key or role, a phrase NoteText does not
// read as written, a duplicate).
Result<QList<Lexicon::Entry>> parseVocabulary(const QByteArray& json, const QString& source);
// The role of each trigger role name of the file ("negation-pre" -> NegPre), 0 when unknown.
quint32 triggerRole(QStringView name);

} // namespace wcw::note
