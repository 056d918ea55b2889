#pragma once
// A note cut into tokens and sentences once, so every later pass (lexicon, negation, attributes)
// works on small integers instead of re-scanning the text. Offsets are QString (UTF-16) offsets
// into the original note, so spans quote the note exactly.
#include "domain/Finding.h"
#include "note/NoteEvidence.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace wcw::note {

enum class TokenKind : quint8 { Word, Number, Punct };

struct Token
{
    int start = 0;
    int end = 0;
    TokenKind kind = TokenKind::Word;
    int sentence = 0;
};

struct Sentence
{
    int first = 0; // token range [first, last)
    int last = 0;
    NoteSection section = NoteSection::Unknown;
};

class NoteText
{
public:
    explicit NoteText(const QString& text);

    const QString& text() const { return m_text; }
    int size() const { return int(m_tokens.size()); }
    const Token& token(int i) const { return m_tokens[i]; }
    // The token in lower case, a view into one lower-cased copy of the note.
    QStringView word(int i) const
    {
        return QStringView(m_lower).mid(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    QStringView original(int i) const
    {
        return QStringView(m_text).mid(m_tokens[i].start, m_tokens[i].end - m_tokens[i].start);
    }
    bool isPunct(int i, QChar c) const
    {
        return m_tokens[i].kind == TokenKind::Punct && m_lower.at(m_tokens[i].start) == c;
    }
    bool isWord(int i) const { return m_tokens[i].kind != TokenKind::Punct; }
    // A strength grade "4/5", "4-/5", "5/5".
    bool isGrade(int i) const;

    const QList<Sentence>& sentences() const { return m_sentences; }
    QList<Sentence>& sentences() { return m_sentences; }
    const Sentence& sentenceOf(int tokenIndex) const { return m_sentences[m_tokens[tokenIndex].sentence]; }
    NoteSection sectionOf(int tokenIndex) const { return sentenceOf(tokenIndex).section; }

    // Span covering tokens [first, last).
    EvidenceSpan span(int first, int last) const;
    // Token range covering the character range [from, to), or {-1,-1}.
    std::pair<int, int> tokensIn(int from, int to) const;

private:
    void tokenize();
    void splitSentences();
    bool breaksSentence(int tokenIndex) const;

    QString m_text;
    QString m_lower;
    std::vector<Token> m_tokens; // appended once per token: std::vector's push_back is the cheapest
    QList<Sentence> m_sentences;
};

} // namespace wcw::note
