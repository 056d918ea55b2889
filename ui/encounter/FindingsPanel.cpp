#include "encounter/FindingsPanel.h"

#include "encounter/EncounterSession.h"
#include "encounter/FindingsModel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace wcw::ui {

FindingsPanel::FindingsPanel(EncounterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new FindingsModel(session, this)),
      m_heading(new QLabel(this)), m_list(new QListView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    m_list->setObjectName(QStringLiteral("findings"));
    m_list->setModel(m_model);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Findings"));
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FindingsPanel::showEvidence);
    connect(m_list, &QListView::clicked, this, &FindingsPanel::showEvidence);
    connect(&session, &EncounterSession::checkingChanged, this, &FindingsPanel::updateHeading);
    connect(&session, &EncounterSession::analysisChanged, this, &FindingsPanel::updateHeading);
    updateHeading();
}

void FindingsPanel::updateHeading()
{
    const int n = m_model->rowCount();
    QString text = n == 0 ? tr("<b>Findings</b>: none") : tr("<b>Findings</b>: %n", nullptr, n);
    if (m_session.analysisPending())
        text += tr(" (checking…)");
    else if (!m_session.analysis().error.isEmpty())
        text += tr(" (checks could not run: %1)").arg(m_session.analysis().error.toHtmlEscaped());
    else if (m_session.analysis().elapsedMs > 0)
        text += tr(" (checked in %1 ms)").arg(m_session.analysis().elapsedMs);
    m_heading->setText(text);
}

void FindingsPanel::showEvidence(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const Finding& f = m_model->finding(index.row());
    if (!f.evidence.isEmpty())
        emit evidenceRequested(f.evidence.first().start, f.evidence.first().end);
}

bool FindingsPanel::applyFix()
{
    int row = m_list->currentIndex().row();
    if (row < 0 || !m_model->fixApplies(row)) {
        row = -1;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->fixApplies(r)) {
                row = r;
                break;
            }
        }
    }
    return row >= 0 && m_session.applyFix(m_model->finding(row));
}

bool FindingsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            applyFix();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wcw::ui
