#include "work/Progression.h"

#include "note/NoteNegation.h"
#include "note/NoteSections.h"

namespace wcw {

// Reads the same cues as the note reader (resources/note/vocabulary.json), in context: a negated cue
// ("no new tests", "not worse"), an uncertain one ("will consider neuro referral") or a stable one
// ("no change", "unchanged", "continue current") documents nothing new. Test names count as
// re-evaluation wherever they appear outside a templated ROS ("TSH nl, CK nl", "New labs: ESR 62").
//
// Only what that needs is built: the tokens with their sections, the lexicon hits and the context
// scanner. The lexicon's cue hits are exactly the cues NoteReader::read() lists apart from computed
// durations, which are never progression or tests, in the same note order; so reading the hits
// directly gives the same answers and spans without building every cue of the note.
ProgressionEvidence readProgression(const QString& note)
{
    note::NoteText text(note);
    QList<EvidenceSpan> headers;
    note::assignSections(text, &headers);
    const note::Hits hits = note::Lexicon::instance().match(text);
    const note::ContextScanner scanner(text, hits.core);
    ProgressionEvidence ev;
    for (const note::Hit& h : hits.cues) {
        const int type = h.phrase->cueType;
        const bool change = type == note::CueProgression && h.phrase->value != u"stable";
        const bool tests =
            type == note::CueReevaluation || (type == note::CueObjective && h.phrase->value == u"tests");
        if ((!change && !tests) || text.sectionOf(h.first) == NoteSection::Ros)
            continue;
        const note::Context context = scanner.at(h.first, h.last);
        if (context.negated || context.uncertain || context.historical)
            continue;
        (change ? ev.progression : ev.reevaluation) = true;
        ev.spans.append(text.span(h.first, h.last));
    }
    return ev;
}

} // namespace wcw
