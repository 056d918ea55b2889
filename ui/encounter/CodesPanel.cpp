#include "encounter/CodesPanel.h"

#include "encounter/AssignedCodesModel.h"
#include "domain/CodeListEdit.h"
#include "encounter/EncounterSession.h"
#include "domain/IcdCode.h"
#include "services/Workbench.h"
#include "reference/CodeSearchField.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace wcw::ui {

CodesPanel::CodesPanel(EncounterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new AssignedCodesModel(session, this)),
      m_list(new QListView(this)), m_addBox(new CodeSearchField(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Assigned codes</b> (first = first-listed / principal)"), this);
    layout->addWidget(heading);

    m_list->setObjectName(QStringLiteral("assignedCodes"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Assigned codes"));
    layout->addWidget(m_list, 1);

    m_addBox->setObjectName(QStringLiteral("addCode"));
    m_addBox->setPlaceholderText(tr("Add code: a code or words (Ctrl+I), Enter adds"));
    m_addBox->setSearch(session.workbench().codeSearch());
    m_addBox->setAccessibleName(tr("Add code"));
    layout->addWidget(m_addBox);
    connect(m_addBox, &CodeSearchField::codeChosen, this, &CodesPanel::addCode);
    // An empty popup would read as "no such code": the status bar names the failed read.
    connect(m_addBox, &CodeSearchField::readFailed, &session.workbench(), &Workbench::problem);
}

void CodesPanel::addCode(const QString& code)
{
    // A typed code is taken as is: whether it is valid on the date of service is the rules' call.
    if (code.isEmpty() || !icd::looksLikeCode(code))
        return;
    m_session.addCode(code);
    m_addBox->clear();
    const int row = int(codelist::indexOf(m_session.codes(), code));
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void CodesPanel::focusAddBox()
{
    m_addBox->setFocus(Qt::ShortcutFocusReason);
    m_addBox->selectAll();
}

QString CodesPanel::selectedCode() const
{
    return m_list->currentIndex().data(AssignedCodesModel::CodeRole).toString();
}

void CodesPanel::removeSelected()
{
    const int row = m_list->currentIndex().row();
    const QString code = selectedCode();
    if (code.isEmpty())
        return;
    m_session.removeCode(code);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
}

void CodesPanel::moveSelected(int delta)
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    const int to = row + delta;
    if (to < 0 || to >= m_model->rowCount())
        return;
    m_session.moveCode(row, to);
    m_list->setCurrentIndex(m_model->index(to));
}

} // namespace wcw::ui
