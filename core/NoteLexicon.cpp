#include "NoteLexicon.h"

#include <algorithm>

namespace wcw::note {

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

Lexicon::Lexicon()
{
    const QList<Entry> entries = vocabulary();
    for (const Entry& e : entries)
        add(e);
    // Index only once every phrase is in place: the keys are views into the phrases' words.
    for (int i = 0; i < m_phrases.size(); ++i)
        m_byFirstWord[QStringView(m_phrases[i].key)].append(i);
    for (auto it = m_byFirstWord.begin(); it != m_byFirstWord.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [this](int a, int b) {
            return m_phrases[a].words.size() > m_phrases[b].words.size();
        });
    }
}

// Phrases are cut by the same tokenizer as notes, so "post-exertional", "h/o" and "4-/5" mean
// the same thing in a table and in a note.
void Lexicon::add(const Entry& e)
{
    const QStringList alternatives = QString::fromUtf8(e.phrases).split(u'|', Qt::SkipEmptyParts);
    for (QString alt : alternatives) {
        Phrase p;
        p.caseSensitive = alt.startsWith(u'=');
        if (p.caseSensitive)
            alt.remove(0, 1);
        const NoteText text(alt);
        for (int i = 0; i < text.size(); ++i)
            p.words.append((p.caseSensitive ? text.original(i) : text.word(i)).toString());
        if (p.words.isEmpty())
            continue;
        p.key = text.word(0).toString();
        p.roles = e.roles;
        p.type = QString::fromUtf8(e.type);
        p.value = QString::fromUtf8(e.value);
        m_phrases.append(p);
    }
}

bool Lexicon::matches(const NoteText& text, int at, const Phrase& p) const
{
    const int n = int(p.words.size());
    if (at + n > text.size())
        return false;
    for (int k = 0; k < n; ++k) {
        const QStringView w = p.caseSensitive ? text.original(at + k) : text.word(at + k);
        if (w != p.words[k])
            return false;
    }
    return true;
}

Hits Lexicon::match(const NoteText& text) const
{
    Hits hits;
    hits.core.reserve(text.size() / 6 + 4);
    hits.cues.reserve(text.size() / 6 + 4);
    int coreFree = 0; // first token not yet covered by a core hit
    int cueFree = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (i < coreFree && i < cueFree)
            continue;
        const auto it = m_byFirstWord.constFind(text.word(i));
        if (it == m_byFirstWord.constEnd())
            continue;
        bool coreDone = i < coreFree;
        bool cueDone = i < cueFree;
        for (int index : *it) {
            const Phrase& p = m_phrases[index];
            const bool isCue = (p.roles & CueRole) != 0;
            if ((isCue ? cueDone : coreDone) || !matches(text, i, p))
                continue;
            const Hit h{i, i + int(p.words.size()), &p};
            if (isCue) {
                hits.cues.append(h);
                cueFree = h.last;
                cueDone = true;
            } else {
                hits.core.append(h);
                coreFree = h.last;
                coreDone = true;
            }
            if (coreDone && cueDone)
                break;
        }
    }
    return hits;
}

} // namespace wcw::note
