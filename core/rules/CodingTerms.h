#pragma once
// What the rules know about codes, as data (resources/rules/coding-terms.json): which codes code a
// cause of weakness, which documented conditions have a code of their own, which codes are the
// weakness/fatigue/malaise symptom codes, and the words of code titles that say nothing. No word
// of a note is read here: reading the note is core/note's job (NoteReader, NoteFacts).
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wcw::rules {

// The codes of a cause the note reader knows (NoteFacts::causeExplanations has what it explains).
struct CauseTerm
{
    QString id;          // the NoteEvidence diagnosis concept id
    QStringList codes;   // code prefixes that code the cause ("G70.0" covers G70.00/G70.01)
    QString defaultCode; // what to suggest when no coded visit names a specific code; may be empty
};

// A documented condition with its own code (missing-supporting-codes).
struct SupportingTerm
{
    QString kind;       // NoteFacts mention kind
    QString code;       // the code to add
    QStringList covers; // assigned code prefixes that already code it
    QString why;
};

class CodingTerms
{
public:
    static const CodingTerms& instance(); // loaded from :/rules/coding-terms.json on first use

    const QList<CauseTerm>& causes() const { return m_causes; }
    const CauseTerm* cause(const QString& id) const;
    const QList<SupportingTerm>& supporting() const { return m_supporting; }
    // "R53.1" -> "weakness"; empty when not a weakness/fatigue/malaise symptom code.
    QString symptomKind(const QString& code) const { return m_symptomCodes.value(code); }
    QStringList symptomCodes() const { return m_symptomCodes.keys(); }
    // Words of a code title or Tabular note that say nothing about the condition ("unspecified").
    bool isStopword(QStringView lowerWord) const;

    QString loadError; // empty when the resource was read

private:
    CodingTerms();
    QList<CauseTerm> m_causes;
    QList<SupportingTerm> m_supporting;
    QHash<QString, QString> m_symptomCodes;
    QStringList m_stopwords; // sorted, for binary search with a view
};

} // namespace wcw::rules
