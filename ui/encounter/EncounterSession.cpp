#include "encounter/EncounterSession.h"

#include "guidance/BlankProviderQuery.h"
#include "encounter/CodeEditCommand.h"
#include "domain/CodeListEdit.h"
#include "domain/IcdCode.h"
#include "services/Workbench.h"

namespace wcw::ui {

EncounterSession::EncounterSession(Workbench& workbench, StoredEncounter stored, QObject* parent)
    : QObject(parent), m_workbench(workbench), m_stored(std::move(stored))
{
    // Show what was last computed at once; a fresh check follows.
    m_analysis.findings = m_stored.findings;
    connect(&m_workbench, &Workbench::analysisReady, this, &EncounterSession::onAnalysis);
    // A new release may change what is valid on this date of service: check again.
    connect(&m_workbench, &Workbench::referenceReloaded, this, &EncounterSession::runChecks);
}

void EncounterSession::pushCodes(const QStringList& after, const QString& label, int mergeId)
{
    if (after == codes())
        return;
    m_undo.push(new CodeEditCommand(*this, codes(), after, label, mergeId));
}

void EncounterSession::addCode(const QString& code, qsizetype position)
{
    pushCodes(codelist::added(codes(), code, position), tr("Add %1").arg(icd::dotted(code)));
}

void EncounterSession::removeCode(const QString& code)
{
    pushCodes(codelist::removed(codes(), code), tr("Remove %1").arg(icd::dotted(code)));
}

void EncounterSession::moveCode(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= codes().size())
        return;
    pushCodes(codelist::moved(codes(), from, to), tr("Move %1").arg(codes().at(from)),
              CodeEditCommand::MoveCode);
}

bool EncounterSession::applyFix(const Finding& finding)
{
    if (!finding.fix || !codelist::fixApplies(codes(), *finding.fix))
        return false;
    const CodeFix& fix = *finding.fix;
    const QString label = fix.label.isEmpty() ? tr("Fix %1").arg(finding.rule) : fix.label;
    pushCodes(codelist::withFix(codes(), fix), label);
    return true;
}

void EncounterSession::acceptCodes(const QStringList& suggested)
{
    QStringList list;
    for (const QString& code : suggested)
        list = codelist::added(list, code);
    pushCodes(list, tr("Accept suggested codes"));
}

bool EncounterSession::writeCodes(const QStringList& newCodes)
{
    if (m_stored.status == EncounterStatus::New)
        claim(); // editing a chart is working on it
    if (!m_workbench.setCodes(id(), newCodes))
        return false;
    m_stored.encounter.codes = newCodes;
    emit codesChanged();
    runChecks();
    return true;
}

void EncounterSession::setAnswer(const QString& node, const QString& answer)
{
    if (m_stored.encounter.answers.value(node) == answer)
        return;
    m_stored.encounter.answers.insert(node, answer);
    runChecks();
}

void EncounterSession::clearAnswer(const QString& node)
{
    if (m_stored.encounter.answers.remove(node) > 0)
        runChecks();
}

bool EncounterSession::claim()
{
    const ClaimResult result = m_workbench.claim(id());
    if (result != ClaimResult::Claimed && result != ClaimResult::AlreadyYours)
        return false;
    m_stored.claimedBy = m_workbench.coder().id;
    if (m_stored.status == EncounterStatus::New)
        m_stored.status = EncounterStatus::InProgress;
    emit statusChanged();
    return true;
}

bool EncounterSession::setStatus(EncounterStatus status)
{
    if (!m_workbench.setStatus(id(), status))
        return false;
    m_stored.status = status;
    emit statusChanged();
    return true;
}

qint64 EncounterSession::sendQuery(const ProviderQuery& query)
{
    const qint64 queryId = m_workbench.sendQuery(id(), query);
    if (queryId > 0) {
        m_stored.status = EncounterStatus::QuerySent;
        emit statusChanged();
    }
    return queryId;
}

bool EncounterSession::recordQueryAnswer(qint64 queryId, const QString& answer)
{
    if (!m_workbench.recordQueryAnswer(queryId, answer))
        return false;
    runChecks();
    return true;
}

ProviderQuery EncounterSession::proposedQuery(bool* fromRules) const
{
    const QList<ProviderQuery>& queries = m_analysis.suggestion.queries;
    if (fromRules)
        *fromRules = !queries.isEmpty();
    return queries.isEmpty() ? blankProviderQuery(m_stored.encounter.note) : queries.first();
}

void EncounterSession::runChecks()
{
    ++m_pendingGeneration;
    emit checkingChanged(true);
    m_workbench.requestAnalysis(id(), m_pendingGeneration, m_stored.encounter);
}

void EncounterSession::onAnalysis(qint64 encounterId, int generation, const EncounterAnalysis& analysis)
{
    // Results of an older edit that arrive late are ignored: a newer check is on its way.
    if (encounterId != id() || generation <= m_shownGeneration)
        return;
    m_shownGeneration = generation;
    m_analysis = analysis;
    emit analysisChanged();
    if (!analysisPending())
        emit checkingChanged(false);
}

} // namespace wcw::ui
