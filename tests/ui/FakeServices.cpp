#include "FakeServices.h"

#include "domain/CodeListEdit.h"
#include "domain/IcdCode.h"
#include "work/QueueCriteria.h"

#include <QRegularExpression>

namespace wcw::test {

namespace {
StoredEncounter stored(qint64 id, const char* enc, const char* patient, const char* date, const char* note,
                       QStringList codes, EncounterStatus status = EncounterStatus::New)
{
    StoredEncounter s;
    s.id = id;
    s.encounter.encounterId = QString::fromLatin1(enc);
    s.encounter.patientId = QString::fromLatin1(patient);
    s.encounter.dateOfService = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    s.encounter.note = QString::fromLatin1(note);
    s.encounter.codes = codes;
    s.provider = QStringLiteral("Dr. Test");
    s.status = status;
    return s;
}
} // namespace

std::shared_ptr<FakeQueueState> sampleQueue()
{
    auto state = std::make_shared<FakeQueueState>();
    state->users = {{QStringLiteral("lead"), QStringLiteral("Lee Lead"), Role::Auditor},
                    {QStringLiteral("jdoe"), QStringLiteral("Jane Doe"), Role::Coder}};
    const QList<StoredEncounter> list{
        stored(1, "E1", "P1", "2026-03-02",
               "CC: weakness.\nExam: proximal muscle weakness 4/5 bilaterally. Denies fatigue.\nA/P: muscle "
               "weakness.",
               {QStringLiteral("R53.1"), QStringLiteral("E11.9")}),
        stored(2, "E2", "P2", "2026-03-03", "Tired all the time. Fatigue for 3 weeks.",
               {QStringLiteral("R53.83")}),
        stored(3, "E3", "P3", "2026-03-04", "Generalized weakness, no focal deficit.",
               {QStringLiteral("R53.1")}),
        stored(4, "E4", "P4", "2026-03-01", "Follow-up, done.", {QStringLiteral("I10")},
               EncounterStatus::Done),
    };
    for (const StoredEncounter& s : list) {
        state->encounters.insert(s.id, s);
        QueueItem it;
        it.id = s.id;
        it.encounterId = s.encounter.encounterId;
        it.patientId = s.encounter.patientId;
        it.patientName = QStringLiteral("Patient %1").arg(s.id);
        it.dateOfService = s.encounter.dateOfService;
        it.status = s.status;
        it.codes = s.encounter.codes;
        it.provider = s.provider;
        state->items << it;
    }
    return state;
}

bool FakeStore::refused()
{
    m_error = m_state->refuseWrites ? QStringLiteral("store is read-only (test)") : QString();
    return m_state->refuseWrites;
}

QList<User> FakeStore::users() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->users;
}

QList<QueueItem> FakeStore::queue(const QueueFilter& filter) const
{
    QMutexLocker lock(&m_state->mutex);
    QList<QueueItem> out;
    for (QueueItem it : m_state->items) {
        const StoredEncounter& s = m_state->encounters.value(it.id);
        it.status = s.status;
        it.codes = s.encounter.codes;
        it.claimedBy = s.claimedBy;
        // As the real store: the columns come from the findings last saved.
        it.findingCount = int(s.findings.size());
        for (const Finding& f : s.findings) {
            if (severityRank(f.severity) > severityRank(it.worstSeverity))
                it.worstSeverity = f.severity;
            if (!it.findingRules.contains(f.rule))
                it.findingRules << f.rule;
        }
        if (filter.statuses.isEmpty() || filter.statuses.contains(it.status))
            out << it;
    }
    return out;
}

std::optional<StoredEncounter> FakeStore::encounter(qint64 id) const
{
    QMutexLocker lock(&m_state->mutex);
    if (!m_state->encounters.contains(id))
        return std::nullopt;
    return m_state->encounters.value(id);
}

ClaimResult FakeStore::claim(qint64 id, const QString& userId)
{
    QMutexLocker lock(&m_state->mutex);
    if (!m_state->encounters.contains(id))
        return ClaimResult::NotFound;
    StoredEncounter& s = m_state->encounters[id];
    if (!s.claimedBy.isEmpty() && s.claimedBy != userId)
        return ClaimResult::TakenByOther;
    const bool mine = s.claimedBy == userId;
    s.claimedBy = userId;
    if (s.status == EncounterStatus::New)
        s.status = EncounterStatus::InProgress;
    return mine ? ClaimResult::AlreadyYours : ClaimResult::Claimed;
}

bool FakeStore::releaseClaim(qint64 id, const QString&)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->encounters[id].claimedBy.clear();
    return true;
}

bool FakeStore::setCodes(qint64 id, const QStringList& codes, const QString&)
{
    QMutexLocker lock(&m_state->mutex);
    ++m_state->setCodesCalls;
    if (refused())
        return false;
    m_state->encounters[id].encounter.codes = codes;
    return true;
}

bool FakeStore::setStatus(qint64 id, EncounterStatus status, const QString&)
{
    QMutexLocker lock(&m_state->mutex);
    if (refused())
        return false;
    m_state->encounters[id].status = status;
    return true;
}

bool FakeStore::saveFindings(qint64 id, const QList<Finding>& findings)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->encounters[id].findings = findings;
    return true;
}

qint64 FakeStore::saveQuery(qint64 id, const ProviderQuery& query, const QString& userId)
{
    QMutexLocker lock(&m_state->mutex);
    if (refused())
        return 0;
    StoredQuery q;
    q.id = m_state->queries.size() + 1;
    q.encounterId = id;
    q.query = query;
    q.author = userId;
    q.sentAt = QDateTime::currentDateTimeUtc();
    m_state->queries << q;
    return q.id;
}

bool FakeStore::answerQuery(qint64 queryId, const QString& answer, const QString&)
{
    QMutexLocker lock(&m_state->mutex);
    for (StoredQuery& q : m_state->queries) {
        if (q.id == queryId) {
            q.answer = answer;
            q.answeredAt = QDateTime::currentDateTimeUtc();
            return true;
        }
    }
    return false;
}

QList<StoredQuery> FakeStore::queries(qint64 encounterId) const
{
    QMutexLocker lock(&m_state->mutex);
    QList<StoredQuery> out;
    for (const StoredQuery& q : m_state->queries) {
        if (q.encounterId == encounterId)
            out << q;
    }
    return out;
}

VisitHistory FakeStore::visitHistory(const QString& patientId) const
{
    QMutexLocker lock(&m_state->mutex);
    VisitHistory h;
    h.patientId = patientId;
    for (const StoredEncounter& s : m_state->encounters) {
        if (s.encounter.patientId == patientId)
            h.visits << VisitSummary{
                s.id, s.encounter.encounterId, s.encounter.dateOfService, s.encounter.codes, false, false};
    }
    return h;
}

ui::EncounterAnalysis FakeAnalyzer::analyze(const Encounter& e)
{
    ui::EncounterAnalysis out;
    static const QRegularExpression words(QStringLiteral("(denies |no )?(muscle weakness|weakness|fatigue)"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (auto m = words.globalMatch(e.note); m.hasNext();) {
        const auto match = m.next();
        Mention mention;
        mention.kind = match.captured(2).toLower() == u"fatigue" ? QStringLiteral("fatigue")
                                                                 : QStringLiteral("weakness");
        mention.span = {match.captured(2), int(match.capturedStart(2)), int(match.capturedEnd(2))};
        mention.negated = !match.captured(1).isEmpty();
        out.evidence.mentions << mention;
    }
    const int muscle = int(e.note.indexOf(QStringLiteral("muscle weakness")));
    if (muscle >= 0 && codelist::indexOf(e.codes, u"R53.1") >= 0) {
        Finding f;
        f.rule = QStringLiteral("r531-vs-m6281");
        f.severity = Severity::Error;
        f.codes = {QStringLiteral("R53.1")};
        f.message = QStringLiteral("Muscle weakness is documented: R53.1 excludes it (test)");
        f.guideline = QStringLiteral("Tabular R53.1 Excludes1");
        f.evidence << EvidenceSpan{QStringLiteral("muscle weakness"), muscle, muscle + 15};
        f.fix = CodeFix{CodeFix::Kind::Replace, QStringLiteral("R53.1"), QStringLiteral("M62.81"),
                        QStringLiteral("Replace R53.1 by M62.81")};
        out.findings << f;
    }
    if (e.codes.isEmpty()) {
        Finding f;
        f.rule = QStringLiteral("query-needed");
        f.severity = Severity::Warning;
        f.message = QStringLiteral("No code assigned (test)");
        out.findings << f;
    }
    out.suggestion.checklist.items << ChecklistItem{
        QStringLiteral("location"), QStringLiteral("Location"), muscle >= 0, {}};
    // A two-step walk over node ids of the shipped tree, so the panel offers the real answers.
    const QString cause = e.answers.value(QStringLiteral("cause"), QStringLiteral("not-explained"));
    out.suggestion.path << PathStep{QStringLiteral("conflict"),
                                    QStringLiteral("Conflict?"),
                                    e.answers.value(QStringLiteral("conflict"), QStringLiteral("consistent")),
                                    QStringLiteral("note"),
                                    QStringLiteral("OCG III.B"),
                                    e.answers.contains(QStringLiteral("conflict"))};
    out.suggestion.path << PathStep{QStringLiteral("cause"),
                                    QStringLiteral("Cause confirmed?"),
                                    cause,
                                    QStringLiteral("note"),
                                    QStringLiteral("OCG I.B.5"),
                                    e.answers.contains(QStringLiteral("cause"))};
    if (cause != u"explained" && muscle >= 0)
        out.suggestion.codes << SuggestedCode{QStringLiteral("M62.81"), QStringLiteral("primary"),
                                              QStringLiteral("test")};
    for (const QString& c : e.codes) {
        if (c != u"R53.1" && c != u"M62.81")
            out.suggestion.codes << SuggestedCode{c, QStringLiteral("additional"), QStringLiteral("kept")};
    }
    if (e.note.contains(QStringLiteral("no focal deficit"))) {
        Finding f;
        f.rule = QStringLiteral("query-needed");
        f.severity = Severity::Warning;
        f.message = QStringLiteral("Ambiguous (test)");
        out.findings << f;
        out.suggestion.queries << ProviderQuery{QStringLiteral("weakness-type"),
                                                QStringLiteral("Which best describes the weakness?"),
                                                {QStringLiteral("Generalized weakness, no focal deficit.")},
                                                {QStringLiteral("Muscle weakness"),
                                                 QStringLiteral("Other (please specify)"),
                                                 QStringLiteral("Unable to determine")}};
    }
    return out;
}

ui::WorkbenchSetup fakeSetup(std::shared_ptr<FakeQueueState> state)
{
    auto reference = std::make_shared<MemoryReference>(MemoryReference::workstationSet());
    ui::WorkbenchSetup setup;
    setup.store = std::make_shared<FakeStore>(state);
    setup.facts = reference;
    setup.search = reference;
    setup.coderId = QStringLiteral("jdoe");
    setup.openBackroom = [state] {
        ui::BackroomServices services;
        services.store = std::make_unique<FakeStore>(state);
        services.analyzer = std::make_unique<FakeAnalyzer>();
        return services;
    };
    return setup;
}

} // namespace wcw::test
