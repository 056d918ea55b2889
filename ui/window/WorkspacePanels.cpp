#include "window/WorkspacePanels.h"

#include "guidance/ComparisonChoice.h"
#include "guidance/DecisionTree.h"
#include "encounter/EncounterSession.h"
#include "encounter/EncounterWorkspace.h"
#include "encounter/NoteView.h"
#include "services/Workbench.h"
#include "panels/checklist/ChecklistPanel.h"
#include "reference/CodeBrowser.h"
#include "panels/comparison/ComparisonPanel.h"
#include "panels/decision/DecisionTreePanel.h"
#include "panels/query/ProviderQueryPanel.h"
#include "panels/history/VisitHistoryPanel.h"

#include <QLabel>
#include <QTabWidget>

namespace wcw::ui {

namespace {

QWidget* buildComparison(EncounterWorkspace& w)
{
    auto* panel = new ComparisonPanel(w.panels());
    panel->setObjectName(QStringLiteral("comparisonPanel"));
    EncounterSession& session = w.session();
    panel->setSearch(session.workbench().codeSearch());
    panel->setDateOfService(session.encounter().dateOfService);
    // Follow the encounter (fix proposed, suggestion) until the coder picks a pair by hand.
    auto autoPair = std::make_shared<QPair<QString, QString>>();
    auto follow = [panel, &session, autoPair] {
        const bool coderChose = !autoPair->first.isEmpty() &&
                                (panel->codeA() != autoPair->first || panel->codeB() != autoPair->second);
        if (coderChose)
            return;
        const EncounterAnalysis& a = session.analysis();
        *autoPair = comparisonPair(session.codes(), a.findings, a.suggestion);
        if (panel->codeA() != autoPair->first || panel->codeB() != autoPair->second || !panel->comparison())
            panel->compare(autoPair->first, autoPair->second);
    };
    QObject::connect(&session, &EncounterSession::analysisChanged, panel, follow);
    // A release import changes what the same pair reads: ask again.
    QObject::connect(&session.workbench(), &Workbench::referenceReloaded, panel,
                     [panel] { panel->compare(panel->codeA(), panel->codeB()); });
    // The view shows a failed read inline; the status bar says it too, for a panel out of sight.
    QObject::connect(panel, &ComparisonPanel::readFailed, &session.workbench(), &Workbench::problem);
    follow();
    return panel;
}

QWidget* buildVisitHistory(EncounterWorkspace& w, const std::function<void(qint64)>& openVisit)
{
    auto* panel = new VisitHistoryPanel(w.panels());
    panel->setObjectName(QStringLiteral("visitHistoryPanel"));
    EncounterSession& session = w.session();
    // Built (and read) when first shown: opening an encounter stays fast.
    panel->setHistory(session.workbench().visitHistory(session.encounter().patientId));
    panel->setCurrentEncounterId(session.encounter().encounterId);
    QObject::connect(panel, &VisitHistoryPanel::visitActivated, panel,
                     [openVisit](qint64 visitId, const QString&) { openVisit(visitId); });
    return panel;
}

QueryContext queryContext(EncounterSession& session)
{
    const StoredEncounter& s = session.stored();
    QueryContext c;
    c.encounterId = s.encounter.encounterId;
    c.patientId = s.encounter.patientId;
    if (const auto item = session.workbench().queueItem(s.id))
        c.patientName = item->patientName;
    c.dateOfService = s.encounter.dateOfService;
    c.provider = s.provider;
    c.author = session.workbench().coder().name;
    return c;
}

QWidget* buildProviderQuery(EncounterWorkspace& w)
{
    auto* panel = new ProviderQueryPanel(w.panels());
    panel->setObjectName(QStringLiteral("providerQueryPanel"));
    EncounterSession& session = w.session();
    panel->setContext(queryContext(session));
    panel->setStoredQueries(session.workbench().queries(session.id()));
    // The rules' query is offered once; after that the coder's edits are theirs
    // (Compose provider query fills it again on purpose).
    auto offered = std::make_shared<bool>(false);
    auto offer = [panel, &session, offered] {
        const QList<ProviderQuery>& queries = session.analysis().suggestion.queries;
        if (!*offered && !queries.isEmpty()) {
            *offered = true;
            panel->setQuery(queries.first());
        }
    };
    QObject::connect(&session, &EncounterSession::analysisChanged, panel, offer);
    offer();
    QObject::connect(panel, &ProviderQueryPanel::saveRequested, &session,
                     [panel, &session](const ProviderQuery& q) {
                         if (session.sendQuery(q) > 0)
                             panel->setStoredQueries(session.workbench().queries(session.id()));
                     });
    QObject::connect(panel, &ProviderQueryPanel::answerRecorded, &session,
                     [panel, &session](qint64 queryId, const QString& answer) {
                         if (session.recordQueryAnswer(queryId, answer))
                             panel->setStoredQueries(session.workbench().queries(session.id()));
                     });
    return panel;
}

// The answers each node allows, as the shipped tree words them (so the panel can offer them).
AnswerOptions treeAnswerOptions()
{
    AnswerOptions options;
    for (const TreeNode& node : DecisionTree::standard().nodes()) {
        QList<AnswerOption>& list = options[node.id];
        for (const TreeAnswer& answer : node.answers)
            list << AnswerOption{answer.id, answer.label};
    }
    return options;
}

QWidget* buildDecisionTree(EncounterWorkspace& w, const std::function<void()>& composeQuery)
{
    auto* panel = new DecisionTreePanel(w.panels());
    panel->setObjectName(QStringLiteral("decisionTreePanel"));
    EncounterSession& session = w.session();
    static const AnswerOptions options = treeAnswerOptions();
    panel->setAnswerOptions(options);
    QObject::connect(&session, &EncounterSession::analysisChanged, panel,
                     [panel, &session] { panel->setSuggestion(session.analysis().suggestion); });
    QObject::connect(panel, &DecisionTreePanel::answerChanged, &session, &EncounterSession::setAnswer);
    QObject::connect(panel, &DecisionTreePanel::acceptRequested, &session, &EncounterSession::acceptCodes);
    QObject::connect(panel, &DecisionTreePanel::queryRequested, panel, composeQuery);
    panel->setSuggestion(session.analysis().suggestion);
    return panel;
}

QWidget* buildChecklist(EncounterWorkspace& w)
{
    auto* panel = new ChecklistPanel(w.panels());
    panel->setObjectName(QStringLiteral("checklistPanel"));
    EncounterSession& session = w.session();
    QObject::connect(&session, &EncounterSession::analysisChanged, panel,
                     [panel, &session] { panel->setChecklist(session.analysis().suggestion.checklist); });
    QObject::connect(panel, &ChecklistPanel::evidenceActivated, w.note(), &NoteView::showSpan);
    panel->setChecklist(session.analysis().suggestion.checklist);
    return panel;
}
} // namespace

void embedPanels(EncounterWorkspace& workspace, const PanelActions& actions)
{
    using P = EncounterWorkspace;
    EncounterWorkspace* w = &workspace;
    workspace.setPanelFactory(P::DecisionTree, QObject::tr("Decision tree"),
                              [w, actions] { return buildDecisionTree(*w, actions.composeQuery); });
    workspace.setPanelFactory(P::Comparison, QObject::tr("Comparison"), [w] { return buildComparison(*w); });
    workspace.setPanelFactory(P::Checklist, QObject::tr("Checklist"), [w] { return buildChecklist(*w); });
    workspace.setPanelFactory(P::VisitHistory, QObject::tr("Visit history"),
                              [w, actions] { return buildVisitHistory(*w, actions.openEncounter); });
    workspace.setPanelFactory(P::ProviderQuery, QObject::tr("Provider query"),
                              [w] { return buildProviderQuery(*w); });
    workspace.showPanelAfterPaint(P::Comparison);
}

bool composeQuery(EncounterWorkspace& workspace)
{
    auto* panel = qobject_cast<ProviderQueryPanel*>(workspace.panel(EncounterWorkspace::ProviderQuery));
    if (!panel)
        return false;
    bool fromRules = false;
    panel->setQuery(workspace.session().proposedQuery(&fromRules));
    workspace.showPanel(EncounterWorkspace::ProviderQuery);
    return fromRules;
}

QWidget* createCodeBrowser(Workbench& workbench, QWidget* parent)
{
    auto* browser = new CodeBrowser(parent);
    browser->setObjectName(QStringLiteral("codeBrowser"));
    browser->setServices(workbench.codeSearch(), workbench.facts(), workbench.hierarchy());
    browser->setDateOfService(QDate::currentDate());
    return browser;
}

} // namespace wcw::ui
