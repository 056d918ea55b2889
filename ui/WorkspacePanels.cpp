#include "WorkspacePanels.h"

#include "ComparisonChoice.h"
#include "EncounterSession.h"
#include "EncounterWorkspace.h"
#include "NoteView.h"
#include "Workbench.h"
#include "panels/ChecklistPanel.h"
#include "panels/ComparisonPanel.h"
#include "panels/DecisionTreePanel.h"

#include <QLabel>
#include <QTabWidget>

namespace wcw::ui {

namespace {
// Until a panel widget lands: an honest label, never invented content.
QWidget* pending(const QString& what, QWidget* parent)
{
    auto* label = new QLabel(QObject::tr("%1: arriving with the panels work").arg(what), parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

void embedComparison(EncounterWorkspace& w)
{
    auto* panel = new ComparisonPanel(w.panels());
    panel->setObjectName(QStringLiteral("comparisonPanel"));
    EncounterSession& session = w.session();
    panel->setSearch(session.workbench().codeSearch());
    panel->setDateOfService(session.encounter().dateOfService);
    w.setPanel(EncounterWorkspace::Comparison, panel, QObject::tr("Comparison"));
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
    follow();
}

void embedDecisionTree(EncounterWorkspace& w, const std::function<void()>& composeQuery)
{
    auto* panel = new DecisionTreePanel(w.panels());
    panel->setObjectName(QStringLiteral("decisionTreePanel"));
    EncounterSession& session = w.session();
    w.setPanel(EncounterWorkspace::DecisionTree, panel, QObject::tr("Decision tree"));
    QObject::connect(&session, &EncounterSession::analysisChanged, panel,
                     [panel, &session] { panel->setSuggestion(session.analysis().suggestion); });
    QObject::connect(panel, &DecisionTreePanel::answerChanged, &session, &EncounterSession::setAnswer);
    QObject::connect(panel, &DecisionTreePanel::acceptRequested, &session, &EncounterSession::acceptCodes);
    QObject::connect(panel, &DecisionTreePanel::queryRequested, panel, composeQuery);
    panel->setSuggestion(session.analysis().suggestion);
}

void embedChecklist(EncounterWorkspace& w)
{
    auto* panel = new ChecklistPanel(w.panels());
    panel->setObjectName(QStringLiteral("checklistPanel"));
    EncounterSession& session = w.session();
    w.setPanel(EncounterWorkspace::Checklist, panel, QObject::tr("Checklist"));
    QObject::connect(&session, &EncounterSession::analysisChanged, panel,
                     [panel, &session] { panel->setChecklist(session.analysis().suggestion.checklist); });
    QObject::connect(panel, &ChecklistPanel::evidenceActivated, w.note(), &NoteView::showSpan);
    panel->setChecklist(session.analysis().suggestion.checklist);
}
} // namespace

void embedPanels(EncounterWorkspace& workspace, const std::function<void()>& composeQuery)
{
    QWidget* host = workspace.panels();
    embedDecisionTree(workspace, composeQuery);
    embedComparison(workspace);
    embedChecklist(workspace);
    workspace.setPanel(EncounterWorkspace::VisitHistory, pending(QObject::tr("Visit history"), host),
                       QObject::tr("Visit history"));
    workspace.setPanel(EncounterWorkspace::ProviderQuery, pending(QObject::tr("Provider query"), host),
                       QObject::tr("Provider query"));
    workspace.panels()->setCurrentIndex(EncounterWorkspace::Comparison);
}

QWidget* createCodeBrowser(Workbench& /*workbench*/, QWidget* parent)
{
    return pending(QObject::tr("Code browser"), parent);
}

} // namespace wcw::ui
