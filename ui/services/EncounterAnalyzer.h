#pragma once
// What the workstation asks of the rules core for one encounter: the note's evidence, the
// findings and the suggestion. A seam so the GUI's worker thread can own its own rules engine
// (over its own reference-database connection) and tests can answer from memory.
#include "domain/Encounter.h"
#include "domain/Finding.h"
#include "note/NoteEvidence.h"
#include "domain/Suggestion.h"
#include "work/WorkStore.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace wcw::ui {

struct EncounterAnalysis
{
    NoteEvidence evidence;
    QList<Finding> findings;
    Suggestion suggestion;
    qint64 elapsedMs = 0; // how long the rules took, shown in the status bar
    QString error;        // non-empty when the rules could not run (then nothing else is filled)
};

class EncounterAnalyzer
{
public:
    virtual ~EncounterAnalyzer() = default;
    virtual EncounterAnalysis analyze(const Encounter& encounter) = 0;
    // Only the findings (the queue's columns): analyzers may skip the evidence and suggestion.
    virtual QList<Finding> check(const Encounter& encounter) { return analyze(encounter).findings; }
};

// Services the worker thread opens for itself (Qt SQL connections never cross threads).
struct BackroomServices
{
    std::unique_ptr<WorkStore> store;
    std::unique_ptr<EncounterAnalyzer> analyzer;
    QString error; // non-empty when opening failed; names the file
};

using BackroomOpener = std::function<BackroomServices()>;

} // namespace wcw::ui
