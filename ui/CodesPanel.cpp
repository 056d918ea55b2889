#include "CodesPanel.h"

#include "AssignedCodesModel.h"
#include "CodeSearchModel.h"
#include "EncounterSession.h"
#include "IcdCode.h"
#include "Workbench.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace wcw::ui {

CodesPanel::CodesPanel(EncounterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new AssignedCodesModel(session, this)),
      m_hits(new CodeSearchModel(this)), m_list(new QListView(this)), m_addBox(new QLineEdit(this)),
      m_completer(new QCompleter(m_hits, this))
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
    m_addBox->setPlaceholderText(tr("Add code: type a code or words (Ctrl+I), Enter adds"));
    m_addBox->setClearButtonEnabled(true);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(CodeSearchModel::CodeRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->setWidget(m_addBox);
    layout->addWidget(m_addBox);

    connect(m_addBox, &QLineEdit::textEdited, this, &CodesPanel::searchFor);
    connect(m_addBox, &QLineEdit::returnPressed, this, &CodesPanel::addTyped);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { addCode(index.data(CodeSearchModel::CodeRole).toString()); });
}

void CodesPanel::searchFor(const QString& text)
{
    if (text.trimmed().size() < 2) {
        m_hits->setHits({});
        m_completer->popup()->hide();
        return;
    }
    m_hits->setHits(m_session.workbench().search(text.trimmed(), 20));
    if (m_hits->rowCount() > 0)
        m_completer->complete();
    else
        m_completer->popup()->hide();
}

void CodesPanel::addTyped()
{
    // Enter with the popup closed: a typed code is taken as is (validity is the rules' call),
    // words take the best hit.
    const QString text = m_addBox->text().trimmed();
    if (icd::looksLikeCode(text))
        addCode(text);
    else if (!m_hits->hits().isEmpty())
        addCode(m_hits->hits().first().code);
}

void CodesPanel::addCode(const QString& code)
{
    if (code.isEmpty())
        return;
    m_session.addCode(code);
    m_addBox->clear();
    m_hits->setHits({});
    const int row = int(m_session.codes().indexOf(icd::dotted(code)));
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
