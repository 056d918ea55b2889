#include "note/NoteSections.h"

#include <QHash>

namespace wcw::note {

namespace {

struct Header
{
    QList<QString> words;
    NoteSection section;
    bool lineStartOnly; // single letters ("S:", "A:") only count at the start of a line
    bool oneLine;       // a label for its own line only ("Referral dx: ..."): the next line goes back
};

struct HeaderTable
{
    QList<Header> headers;
    QHash<QStringView, QList<int>> byFirstWord; // views into headers' words
};

// Headers as providers and templates write them. "Referral dx" and "Discharge dx" are diagnostic
// statements and read as the assessment.
const HeaderTable& headerTable()
{
    static const HeaderTable table = [] {
        const struct
        {
            NoteSection section;
            const char* phrases;
        } rows[] = {
            {NoteSection::ChiefComplaint, "cc|chief complaint|reason for visit|reason for referral"},
            {NoteSection::Hpi, "hpi|history of present illness|s|subjective|interval history|interval hx"},
            {NoteSection::Ros, "ros|review of systems"},
            {NoteSection::Exam,
             "exam|pe|physical exam|physical examination|o|objective|mmt|neuro exam|examination|vitals"},
            {NoteSection::Assessment,
             "a|assessment|imp|impression|dx|diagnosis|diagnoses|discharge dx|discharge diagnosis|"
             "discharge diagnoses|final diagnosis|final diagnoses|a/p|a & p|a&p|assessment and plan|"
             "assessment/plan|assessment & plan|impression and plan|impression/plan"},
            {NoteSection::Plan, "p|plan|recommendations|disposition"},
            {NoteSection::History, "pmh|past medical history|medical history|history|hx|pmhx|psh|past "
                                   "surgical history|fh|family history|"
                                   "sh|social history|past history"},
            {NoteSection::Addendum, "addendum|late entry"},
            // The referring provider's diagnosis, on its own line at the top of a therapy note.
            {NoteSection::Assessment, "referral dx|referral diagnosis|referring dx|reason for referral dx"},
        };
        HeaderTable t;
        for (const auto& row : rows) {
            for (const QString& phrase : QString::fromUtf8(row.phrases).split(u'|')) {
                const NoteText text(phrase);
                Header h{{},
                         row.section,
                         text.size() == 1 && text.word(0).size() == 1,
                         phrase.startsWith(u"referr") || phrase.startsWith(u"reason for referral dx")};
                for (int i = 0; i < text.size(); ++i)
                    h.words.append(text.word(i).toString());
                t.headers.append(h);
            }
        }
        // Index once the list is complete: the keys are views into the words.
        for (int i = 0; i < t.headers.size(); ++i)
            t.byFirstWord[QStringView(t.headers[i].words.first())].append(i);
        return t;
    }();
    return table;
}

bool atLineStart(const NoteText& text, int token)
{
    return token == 0 || text.isPunct(token - 1, u'\n');
}

// Length in tokens of the header at token (the colon included), or 0.
int headerAt(const NoteText& text, int token, NoteSection* section, bool* oneLine)
{
    const HeaderTable& table = headerTable();
    const auto it = table.byFirstWord.constFind(text.word(token));
    if (it == table.byFirstWord.constEnd())
        return 0;
    int best = 0;
    for (int index : *it) {
        const Header& h = table.headers[index];
        const int n = int(h.words.size());
        if (token + n >= text.size() || !text.isPunct(token + n, u':'))
            continue;
        if (h.lineStartOnly && !atLineStart(text, token))
            continue;
        bool same = true;
        for (int k = 1; k < n && same; ++k)
            same = text.word(token + k) == h.words[k];
        if (same && n + 1 > best) {
            best = n + 1;
            *section = h.section;
            *oneLine = h.oneLine;
        }
    }
    return best;
}

} // namespace

void assignSections(NoteText& text, QList<EvidenceSpan>* headers)
{
    NoteSection current = NoteSection::Unknown;
    NoteSection afterLine = NoteSection::Unknown; // where a one-line label returns to
    bool inLabelLine = false;
    for (Sentence& s : text.sentences()) {
        int first = s.first;
        // List markers ("1.", "-") before a header do not hide it.
        while (first < s.last && text.token(first).kind == TokenKind::Punct && !text.isPunct(first, u'\n'))
            ++first;
        if (first < s.last && text.isWord(first)) {
            NoteSection found = current;
            bool oneLine = false;
            const int n = headerAt(text, first, &found, &oneLine);
            if (n > 0) {
                if (oneLine && !inLabelLine)
                    afterLine = current;
                inLabelLine = oneLine;
                current = found;
                if (headers)
                    headers->append(text.span(first, first + n));
            }
        }
        s.section = current;
        if (inLabelLine && s.last > s.first && text.isPunct(s.last - 1, u'\n')) {
            current = afterLine;
            inLabelLine = false;
        }
    }
}

} // namespace wcw::note
