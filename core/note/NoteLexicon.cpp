#include "note/NoteLexicon.h"

#include <QFile>
#include <QVarLengthArray>
#include <algorithm>

namespace wcw::note {

namespace {

const char* const kCueTypeNames[CueTypeCount] = {"extent",   "bodypart",  "laterality",     "symmetry",
                                                 "onset",    "duration",  "progression",    "pattern",
                                                 "function", "objective", "exertion-level", "reevaluation", "relation"};

} // namespace

int cueTypeId(QStringView type)
{
    for (int i = 0; i < CueTypeCount; ++i) {
        if (type == QLatin1String(kCueTypeNames[i]))
            return i;
    }
    return -1;
}

QString cueTypeName(int type)
{
    static const QList<QString> names = [] {
        QList<QString> out;
        for (const char* name : kCueTypeNames)
            out.append(QString::fromLatin1(name));
        return out;
    }();
    return type >= 0 && type < CueTypeCount ? names[type] : QString();
}

// The shipped file is part of the program: if it does not load, no note can be read correctly,
// so the process stops with the entry named instead of reading with a partial vocabulary.
const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon = [] {
        const QString path = QStringLiteral(":/note/vocabulary.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("%s: cannot be opened", qPrintable(path));
        Result<Lexicon> loaded = load(file.readAll(), path);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().text()));
        return std::move(loaded).value();
    }();
    return lexicon;
}

Result<Lexicon> Lexicon::load(const QByteArray& json, const QString& source)
{
    Result<QList<Entry>> entries = parseVocabulary(json, source);
    if (!entries)
        return entries.error();
    return Lexicon(entries.value());
}

Lexicon::Lexicon(const QList<Entry>& entries)
{
    m_mask = 4096 - 1; // a power of two, several times the number of distinct words
    m_table.resize(m_mask + 1);
    for (const Entry& e : entries)
        add(e);
    Q_ASSERT(m_words.size() * 3 < m_table.size());
    QList<QList<int>> byFirstWord(m_words.size());
    for (int i = 0; i < m_phrases.size(); ++i)
        byFirstWord[m_phrases[i].ids.first()].append(i);
    m_startsWith.resize(m_words.size());
    for (int w = 0; w < byFirstWord.size(); ++w) {
        QList<int>& list = byFirstWord[w];
        std::stable_sort(list.begin(), list.end(),
                         [this](int a, int b) { return m_phrases[a].ids.size() > m_phrases[b].ids.size(); });
        m_startsWith[w] = {int(m_order.size()), int(m_order.size() + list.size())};
        m_order.append(list);
    }
}

quint32 Lexicon::hashWord(QStringView word)
{
    quint32 h = 2166136261u; // FNV-1a
    for (QChar c : word) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

int Lexicon::wordId(QStringView word) const
{
    for (quint32 slot = hashWord(word) & m_mask;; slot = (slot + 1) & m_mask) {
        const int id = m_table[slot].word;
        if (id < 0)
            return -1;
        const QString& known = m_words[id];
        if (known.size() == word.size() && QStringView(known) == word)
            return id;
    }
}

int Lexicon::addWord(const QString& word)
{
    const int known = wordId(word);
    if (known >= 0)
        return known;
    quint32 slot = hashWord(word) & m_mask;
    while (m_table[slot].word >= 0)
        slot = (slot + 1) & m_mask;
    m_table[slot].word = int(m_words.size());
    m_words.append(word);
    return m_table[slot].word;
}

// Phrases are cut by the same tokenizer as notes, so "post-exertional", "h/o" and "4-/5" mean
// the same thing in a table and in a note.
void Lexicon::add(const Entry& e)
{
    for (const EntryPhrase& alt : e.phrases) {
        Phrase p;
        p.caseSensitive = alt.caseSensitive;
        const NoteText text(alt.text);
        for (int i = 0; i < text.size(); ++i)
            p.words.append((p.caseSensitive ? text.original(i) : text.word(i)).toString());
        if (p.words.isEmpty())
            continue;
        p.key = text.word(0).toString();
        for (int i = 0; i < text.size(); ++i)
            p.ids.append(addWord(text.word(i).toString()));
        p.roles = e.roles;
        p.type = e.type;
        p.value = e.value;
        if (p.roles & CueRole) {
            p.cueType = cueTypeId(p.type);
            Q_ASSERT(p.cueType >= 0);
        }
        m_phrases.append(p);
    }
}

bool Lexicon::matches(const NoteText& text, const int* ids, int at, const Phrase& p) const
{
    const int n = int(p.ids.size());
    if (at + n > text.size())
        return false;
    for (int k = 1; k < n; ++k) { // the first word matched through the index
        if (ids[at + k] != p.ids[k])
            return false;
    }
    if (p.caseSensitive) {
        for (int k = 0; k < n; ++k) {
            if (text.original(at + k) != p.words[k])
                return false;
        }
    }
    return true;
}

Hits Lexicon::match(const NoteText& text) const
{
    Hits hits;
    hits.core.reserve(text.size() / 6 + 4);
    hits.cues.reserve(text.size() / 6 + 4);
    QVarLengthArray<int, 1024> ids(text.size());
    for (int i = 0; i < text.size(); ++i)
        ids[i] = wordId(text.word(i));
    int coreFree = 0; // first token not yet covered by a core hit
    int cueFree = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (i < coreFree && i < cueFree)
            continue;
        if (ids[i] < 0)
            continue;
        const Range range = m_startsWith[ids[i]];
        bool coreDone = i < coreFree;
        bool cueDone = i < cueFree;
        for (int k = range.begin; k < range.end; ++k) {
            const Phrase& p = m_phrases[m_order[k]];
            const bool isCue = (p.roles & CueRole) != 0;
            if ((isCue ? cueDone : coreDone) || !matches(text, ids.constData(), i, p))
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
