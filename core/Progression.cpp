#include "Progression.h"

#include "NoteReadState.h"

namespace wcw {

// Reads the same cues as the note reader (core/NoteVocabulary.cpp), in context: a negated cue
// ("no new tests", "not worse"), an uncertain one ("will consider neuro referral") or a stable one
// ("no change", "unchanged", "continue current") documents nothing new. Test names count as
// re-evaluation wherever they appear outside a templated ROS ("TSH nl, CK nl", "New labs: ESR 62").
ProgressionEvidence readProgression(const QString& note)
{
    note::ReadState s(note);
    note::collectCues(s);
    ProgressionEvidence ev;
    for (int k = 0; k < s.evidence.cues.size(); ++k) {
        const Cue& c = s.evidence.cues[k];
        const bool change = c.type == u"progression" && c.value != u"stable";
        const bool tests = c.type == u"reevaluation" || (c.type == u"objective" && c.value == u"tests");
        if ((!change && !tests) || c.section == NoteSection::Ros)
            continue;
        const note::TokenRange t = s.cues[k].tokens;
        const note::Context context = s.scanner.at(t.first, t.last);
        if (context.negated || context.uncertain || context.historical)
            continue;
        (change ? ev.progression : ev.reevaluation) = true;
        ev.spans.append(c.span);
    }
    return ev;
}

} // namespace wcw
