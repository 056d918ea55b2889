#pragma once
// One opened encounter: its stored record, the codes as the coder is editing them (through
// an undo stack), the decision-tree answers, and the latest analysis from the rules.
// Every change goes through the Workbench (persisted in one transaction each); the widgets
// of the workspace only observe this object and call its methods.
#include "services/EncounterAnalyzer.h"
#include "work/WorkStore.h"

#include <QObject>
#include <QUndoStack>

namespace wcw::ui {

class Workbench;

class EncounterSession : public QObject
{
    Q_OBJECT
public:
    EncounterSession(Workbench& workbench, StoredEncounter stored, QObject* parent = nullptr);

    Workbench& workbench() const { return m_workbench; }
    qint64 id() const { return m_stored.id; }
    const StoredEncounter& stored() const { return m_stored; }
    const Encounter& encounter() const { return m_stored.encounter; }
    const QStringList& codes() const { return m_stored.encounter.codes; }
    EncounterStatus status() const { return m_stored.status; }
    QUndoStack* undoStack() { return &m_undo; }

    const EncounterAnalysis& analysis() const { return m_analysis; }
    bool analysisPending() const { return m_pendingGeneration > m_shownGeneration; }

    // Code edits as undoable commands (labels are what Edit > Undo shows).
    void addCode(const QString& code, qsizetype position = -1);
    void removeCode(const QString& code);
    void moveCode(qsizetype from, qsizetype to);
    bool applyFix(const Finding& finding);      // false when the finding has no (longer a) fix
    void acceptCodes(const QStringList& codes); // the decision tree's suggestion, in sequence

    // Called by the undo commands: persists, then re-checks. False when the store refused.
    bool writeCodes(const QStringList& codes);

    // Decision-tree answers outrank the note (contract "answers"); re-checks.
    void setAnswer(const QString& node, const QString& answer);
    void clearAnswer(const QString& node);

    bool claim();
    bool setStatus(EncounterStatus status);
    qint64 sendQuery(const ProviderQuery& query);
    bool recordQueryAnswer(qint64 queryId, const QString& answer); // then re-checks
    // The query to start composing from: the rules' own when a query-needed finding proposed
    // one (*fromRules = true), else a compliant blank template over this note (core/BlankProviderQuery).
    ProviderQuery proposedQuery(bool* fromRules = nullptr) const;
    void runChecks();

signals:
    void codesChanged();
    void statusChanged();
    void analysisChanged();
    void checkingChanged(bool running);

private:
    void pushCodes(const QStringList& after, const QString& label, int mergeId = -1);
    void onAnalysis(qint64 id, int generation, const EncounterAnalysis& analysis);

    Workbench& m_workbench;
    StoredEncounter m_stored;
    QUndoStack m_undo;
    EncounterAnalysis m_analysis;
    int m_pendingGeneration = 0;
    int m_shownGeneration = 0;
};

} // namespace wcw::ui
