#include "services/Workbench.h"

#include "reference/CheckedReads.h"
#include "services/WorkbenchWorker.h"
#include "work/QueueCriteria.h"

#include <QElapsedTimer>
#include <QSet>

namespace wcw::ui {

Workbench::Workbench(WorkbenchSetup setup, QObject* parent) : QObject(parent), m_setup(std::move(setup))
{
    qRegisterMetaType<wcw::QueueItem>();
    qRegisterMetaType<wcw::ui::EncounterAnalysis>();
    pickCoder();
    m_referenceReady = !m_setup.warmReference; // nothing to warm: ready at once
    m_worker = new WorkbenchWorker(m_setup.openBackroom, this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("wcw-worker"));
    m_thread.start();
}

Workbench::~Workbench()
{
    m_thread.quit();
    m_thread.wait();
}

void Workbench::pickCoder()
{
    // No login screen yet: the configured coder, else the first coder the store knows.
    const QList<User> users = m_setup.store ? m_setup.store->users() : QList<User>{};
    for (const User& u : users) {
        if (m_setup.coderId.isEmpty() ? u.role == Role::Coder : u.id == m_setup.coderId) {
            m_coder = u;
            return;
        }
    }
    m_coder.id =
        m_setup.coderId.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("coder")) : m_setup.coderId;
    m_coder.name = m_coder.id;
}

std::optional<Release> Workbench::releaseOn(QDate dateOfService) const
{
    return m_setup.facts ? m_setup.facts->releaseOn(dateOfService) : std::nullopt;
}

QString Workbench::releaseLabelOn(QDate dateOfService) const
{
    const auto release = releaseOn(dateOfService);
    return release ? release->label : tr("no release in force");
}

std::optional<CodeRecord> Workbench::record(const QString& code, QDate dateOfService) const
{
    if (!m_setup.facts)
        return std::nullopt;
    Result<std::optional<CodeRecord>> read = checkedRecord(*m_setup.facts, code, dateOfService);
    if (!read) {
        reportRead(read.error());
        return std::nullopt;
    }
    return std::move(read).value();
}

QString Workbench::titleOf(const QString& code, QDate dateOfService) const
{
    const auto rec = record(code, dateOfService);
    return rec ? rec->title : QString();
}

QList<SearchHit> Workbench::search(const QString& text, int limit) const
{
    if (!m_setup.search)
        return {};
    Result<QList<SearchHit>> read = checkedSearch(*m_setup.search, text, limit);
    if (!read) {
        reportRead(read.error());
        return {};
    }
    return std::move(read).value();
}

std::optional<CodeComparison> Workbench::compare(const QString& a, const QString& b,
                                                 QDate dateOfService) const
{
    if (!m_setup.search)
        return std::nullopt;
    Result<std::optional<CodeComparison>> read = checkedCompare(*m_setup.search, a, b, dateOfService);
    if (!read) {
        reportRead(read.error());
        return std::nullopt;
    }
    return std::move(read).value();
}

void Workbench::reportRead(const Error& error) const
{
    if (error.text() == m_lastReadProblem)
        return;
    m_lastReadProblem = error.text();
    // The readers are const (they answer questions); the signal only tells the window.
    emit const_cast<Workbench*>(this)->problem(
        tr("Reading the reference database failed: %1").arg(error.text()));
}

void Workbench::loadQueue()
{
    QueueFilter filter; // every day and coder: the queue view narrows it with QueueCriteria
    filter.limit = 5000;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_worker->loadQueue(filter, [this, timer](QList<QueueItem> items, QString error) {
        m_queue = std::move(items);
        m_rowOf.clear();
        for (qsizetype i = 0; i < m_queue.size(); ++i)
            m_rowOf.insert(m_queue.at(i).id, i);
        emit queueLoaded(timer->elapsed(), error);
        if (!error.isEmpty())
            emit problem(error);
        if (!m_referenceReady)
            warmReference(); // before the queue check: the coder's first open matters most
        if (error.isEmpty() && m_setup.checkQueue)
            checkQueue();
    });
}

void Workbench::checkQueue()
{
    // Open work first (what the coder filters by severity today), then the rest; queue order within.
    QList<qint64> ids;
    for (const QueueItem& it : std::as_const(m_queue)) {
        if (it.status != EncounterStatus::Done)
            ids << it.id;
    }
    for (const QueueItem& it : std::as_const(m_queue)) {
        if (it.status == EncounterStatus::Done)
            ids << it.id;
    }
    const int generation = ++m_queueCheckGeneration;
    m_queueCheckDone = 0;
    m_queueCheckTotal = int(ids.size());
    emit queueCheckProgress(0, m_queueCheckTotal);
    m_worker->checkQueue(generation, ids,
                         [this](int gen, QList<WorkbenchWorker::CheckedItem> checked, int done, int total) {
                             if (gen != m_queueCheckGeneration)
                                 return; // a reload started a newer check
                             for (const WorkbenchWorker::CheckedItem& item : std::as_const(checked))
                                 showFindings(item.id, item.findings); // saved by the worker already
                             m_queueCheckDone = done;
                             m_queueCheckTotal = total;
                             emit queueCheckProgress(done, total);
                         });
}

void Workbench::warmReference()
{
    if (!m_setup.warmReference)
        return;
    // One date per release in use: the queue's dates of service, and today (the code browser's).
    QList<QDate> dates;
    QSet<QString> seen;
    QList<QDate> wanted{QDate::currentDate()};
    for (const QueueItem& it : std::as_const(m_queue))
        wanted << it.dateOfService;
    for (const QDate& date : std::as_const(wanted)) {
        const auto release = releaseOn(date);
        if (release && !seen.contains(release->id)) {
            seen.insert(release->id);
            dates << date;
        }
    }
    m_referenceReady = false;
    m_worker->run([this, warm = m_setup.warmReference, dates] {
        warm(dates);
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_referenceReady = true;
                emit referenceReady();
            },
            Qt::QueuedConnection);
    });
}

QList<Release> Workbench::releases() const
{
    return m_setup.reference.releases ? m_setup.reference.releases() : QList<Release>{};
}

bool Workbench::reloadReference()
{
    QString error;
    bool reloaded = true;
    // The worker reads the same reference (warm-up, rules): re-read it there, between two of its
    // tasks, while this thread waits, so neither reads the release list while it changes.
    if (m_setup.reference.reload)
        m_worker->runAndWait([this, &error, &reloaded] { reloaded = m_setup.reference.reload(&error); });
    if (!reloaded) {
        emit problem(tr("Re-reading the reference database failed: %1").arg(error));
        return false;
    }
    m_worker->reopen(); // the rules engine keeps answers of its own: a new one over the new release
    emit referenceReloaded();
    warmReference();
    checkQueue();
    return true;
}

std::optional<QueueItem> Workbench::queueItem(qint64 id) const
{
    const auto row = m_rowOf.find(id);
    if (row == m_rowOf.end())
        return std::nullopt;
    return m_queue.at(*row);
}

void Workbench::updateItem(qint64 id, const std::function<void(QueueItem&)>& change)
{
    const auto row = m_rowOf.find(id);
    if (row == m_rowOf.end())
        return;
    change(m_queue[*row]);
    emit queueItemChanged(m_queue.at(*row));
}

bool Workbench::report(bool ok, const QString& what)
{
    if (!ok)
        emit problem(tr("%1 failed: %2").arg(what, m_setup.store->lastError()));
    return ok;
}

std::optional<StoredEncounter> Workbench::encounter(qint64 id) const
{
    return m_setup.store->encounter(id);
}

ClaimResult Workbench::claim(qint64 id)
{
    const ClaimResult result = m_setup.store->claim(id, m_coder.id);
    switch (result) {
    case ClaimResult::Claimed:
    case ClaimResult::AlreadyYours:
        updateItem(id, [this](QueueItem& it) {
            it.claimedBy = m_coder.id;
            if (it.status == EncounterStatus::New)
                it.status = EncounterStatus::InProgress;
        });
        break;
    case ClaimResult::TakenByOther:
        emit problem(tr("Encounter is claimed by another coder"));
        break;
    case ClaimResult::NotFound:
    case ClaimResult::Failed:
        report(false, tr("Claim"));
        break;
    }
    return result;
}

bool Workbench::setStatus(qint64 id, EncounterStatus status)
{
    if (!report(m_setup.store->setStatus(id, status, m_coder.id), tr("Status change")))
        return false;
    updateItem(id, [status](QueueItem& it) { it.status = status; });
    return true;
}

bool Workbench::setCodes(qint64 id, const QStringList& codes)
{
    if (!report(m_setup.store->setCodes(id, codes, m_coder.id), tr("Saving codes")))
        return false;
    updateItem(id, [&codes](QueueItem& it) { it.codes = codes; });
    return true;
}

qint64 Workbench::sendQuery(qint64 id, const ProviderQuery& query)
{
    const qint64 queryId = m_setup.store->saveQuery(id, query, m_coder.id);
    if (!report(queryId > 0, tr("Saving the provider query")))
        return 0;
    setStatus(id, EncounterStatus::QuerySent);
    return queryId;
}

bool Workbench::recordQueryAnswer(qint64 queryId, const QString& answer)
{
    return report(m_setup.store->answerQuery(queryId, answer, m_coder.id), tr("Recording the answer"));
}

QList<StoredQuery> Workbench::queries(qint64 id) const
{
    return m_setup.store->queries(id);
}

VisitHistory Workbench::visitHistory(const QString& patientId) const
{
    return m_setup.store->visitHistory(patientId);
}

void Workbench::requestAnalysis(qint64 id, int generation, const Encounter& encounter)
{
    m_worker->requestAnalysis(id, generation, encounter,
                              [this](qint64 key, int gen, EncounterAnalysis analysis) {
                                  if (analysis.error.isEmpty())
                                      storeFindings(key, analysis.findings);
                                  emit analysisReady(key, gen, analysis);
                              });
}

void Workbench::storeFindings(qint64 id, const QList<Finding>& findings)
{
    if (id <= 0)
        return;
    report(m_setup.store->saveFindings(id, findings), tr("Saving findings"));
    showFindings(id, findings);
}

void Workbench::showFindings(qint64 id, const QList<Finding>& findings)
{
    updateItem(id, [&findings](QueueItem& it) {
        it.findingCount = int(findings.size());
        it.worstSeverity.reset();
        it.findingRules.clear();
        for (const Finding& f : findings) {
            if (severityRank(f.severity) > severityRank(it.worstSeverity))
                it.worstSeverity = f.severity;
            if (!it.findingRules.contains(f.rule))
                it.findingRules << f.rule;
        }
    });
}

} // namespace wcw::ui
