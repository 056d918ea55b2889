#include "panels/checklist/ChecklistPanel.h"

#include "panels/checklist/ChecklistModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace wcw::ui {

ChecklistPanel::ChecklistPanel(QWidget* parent)
    : QWidget(parent), m_model(new ChecklistModel(this)), m_view(new QTreeView(this)),
      m_score(new QProgressBar(this)), m_missing(new QLabel(this))
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_score->setObjectName(QStringLiteral("checklistScore"));
    m_score->setTextVisible(true);
    m_score->setAlignment(Qt::AlignCenter);
    m_score->setMinimumHeight(22);
    m_score->setAccessibleName(tr("Documentation completeness"));

    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setIconSize(QSize(16, 16));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Stretch);

    m_missing->setObjectName(QStringLiteral("checklistMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_score);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_missing);

    connect(m_view, &QTreeView::activated, this, &ChecklistPanel::activate);
    // Styles that activate on a single click already emit activated() for the click.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        if (!m_view->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_view))
            activate(index);
    });
    setChecklist({});
}

void ChecklistPanel::setChecklist(const Checklist& checklist)
{
    m_model->setChecklist(checklist);
    m_view->expandAll();
    const int total = checklist.total();
    m_score->setRange(0, qMax(total, 1));
    m_score->setValue(checklist.complete());
    m_score->setFormat(total == 0 ? tr("No checklist yet") : tr("%v / %m documented"));

    QStringList missing;
    for (const ChecklistItem& item : checklist.items) {
        if (!item.present)
            missing.append(item.label);
    }
    m_missing->setText(missing.isEmpty()
                           ? (total ? tr("Everything on the checklist is documented.") : QString())
                           : tr("Missing: %1").arg(missing.join(QStringLiteral(", "))));
}

QString ChecklistPanel::scoreText() const
{
    return m_score->text();
}

QString ChecklistPanel::missingText() const
{
    return m_missing->text();
}

void ChecklistPanel::activate(const QModelIndex& index)
{
    const QVariant start = index.data(ChecklistModel::SpanStartRole);
    const QVariant end = index.data(ChecklistModel::SpanEndRole);
    if (start.isValid() && end.isValid())
        emit evidenceActivated(start.toInt(), end.toInt());
}

} // namespace wcw::ui
