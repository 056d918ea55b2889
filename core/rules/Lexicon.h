#pragma once
// The words the rules core looks for in notes (resources/rules/lexicon.json), compiled once.
// Data, not code: a trainer can add a synonym or a cause without touching C++.
#include "rules/CueList.h"
#include "rules/MentionScanner.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace wcw::rules {

// A diagnosis that can explain weakness/fatigue (OCG I.B.5: routine manifestations are not coded).
struct CauseTerm
{
    QString id;
    QStringList codes;    // code prefixes that code the cause ("G70.0" covers G70.00/G70.01)
    QString defaultCode;  // what to suggest when no coded visit names a specific code; may be empty
    QStringList explains; // "weakness", "fatigue", "malaise"
    bool routine = false; // routinely associated: a confirmed mention is enough; else attribution needed
};

// A documented condition with its own code (missing-supporting-codes).
struct SupportingTerm
{
    QString kind;       // mention kind
    QString code;       // the code to add
    QStringList covers; // assigned code prefixes that already code it
    QString why;
};

class Lexicon
{
public:
    static const Lexicon& instance(); // loaded from :/rules/lexicon.json on first use

    // One alternation over all mention kinds and causes; group i+1 is kinds().at(i).
    const QRegularExpression& mentionPattern() const { return m_mentions; }
    const QStringList& kinds() const { return m_kinds; } // cause groups are named "cause:<id>"
    // The matches of mentionPattern() in a note, found without trying it at every position.
    QList<PatternMatch> mentionsIn(const QString& note) const { return m_scanner.scan(note); }
    QList<PatternMatch> mentionsIn(const QString& note, TextKind kind) const
    {
        return m_scanner.scan(note, kind);
    }
    const MentionScanner& mentionScanner() const { return m_scanner; }

    const CueList& negationBefore() const { return m_negBefore; }
    const CueList& negationAfter() const { return m_negAfter; }
    const CueList& negationBreak() const { return m_negBreak; }
    const CueList& uncertainBefore() const { return m_uncBefore; }
    const CueList& uncertainAfter() const { return m_uncAfter; }
    const CueList& historicalBefore() const { return m_histBefore; }
    const QRegularExpression& attribution() const { return m_attribution; }
    const QRegularExpression& progressionWords() const { return m_progression; }

    const QList<CauseTerm>& causes() const { return m_causes; }
    const CauseTerm* cause(const QString& id) const;
    const QList<SupportingTerm>& supporting() const { return m_supporting; }
    // "R53.1" -> "weakness"; empty when not a weakness/fatigue/malaise symptom code.
    QString symptomKind(const QString& code) const { return m_symptomCodes.value(code); }
    QStringList symptomCodes() const { return m_symptomCodes.keys(); }
    bool isStopword(QStringView lowerWord) const;

    QString loadError; // empty when the resource was read

private:
    Lexicon();
    QRegularExpression m_mentions, m_attribution, m_progression;
    MentionScanner m_scanner;
    CueList m_negBefore, m_negAfter, m_negBreak, m_uncBefore, m_uncAfter, m_histBefore;
    QStringList m_kinds;
    QList<CauseTerm> m_causes;
    QList<SupportingTerm> m_supporting;
    QHash<QString, QString> m_symptomCodes;
    QStringList m_stopwords; // sorted, for binary search with a view
};

} // namespace wcw::rules
