#include "WorkspacePanels.h"

#include "EncounterWorkspace.h"

#include <QLabel>
#include <QTabWidget>

namespace wcw::ui {

namespace {
// Until the panel widgets land: an honest label, never invented content.
QWidget* pending(const QString& what, QWidget* parent)
{
    auto* label = new QLabel(QObject::tr("%1: arriving with the panels work").arg(what), parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}
} // namespace

void embedPanels(EncounterWorkspace& workspace, QWidget* /*dialogParent*/)
{
    QWidget* host = workspace.panels();
    workspace.setPanel(EncounterWorkspace::DecisionTree, pending(QObject::tr("Decision tree"), host),
                       QObject::tr("Decision tree"));
    workspace.setPanel(EncounterWorkspace::Comparison, pending(QObject::tr("Comparison"), host),
                       QObject::tr("Comparison"));
    workspace.setPanel(EncounterWorkspace::Checklist, pending(QObject::tr("Checklist"), host),
                       QObject::tr("Checklist"));
    workspace.setPanel(EncounterWorkspace::VisitHistory, pending(QObject::tr("Visit history"), host),
                       QObject::tr("Visit history"));
    workspace.setPanel(EncounterWorkspace::ProviderQuery, pending(QObject::tr("Provider query"), host),
                       QObject::tr("Provider query"));
}

QWidget* createCodeBrowser(Workbench& /*workbench*/, QWidget* parent)
{
    return pending(QObject::tr("Code browser"), parent);
}

} // namespace wcw::ui
