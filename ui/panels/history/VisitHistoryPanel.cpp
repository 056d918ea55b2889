#include "panels/history/VisitHistoryPanel.h"

#include "common/StatusIcons.h"
#include "panels/history/VisitHistoryModel.h"
#include "panels/history/VisitTimelineDelegate.h"

#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace wcw::ui {

VisitHistoryPanel::VisitHistoryPanel(QWidget* parent)
    : QWidget(parent), m_model(new VisitHistoryModel(this)), m_view(new QListView(this)),
      m_heading(new QLabel(this)), m_symptoms(new QLabel(this))
{
    setObjectName(QStringLiteral("visitHistoryPanel"));
    m_view->setObjectName(QStringLiteral("visitTimeline"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new VisitTimelineDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setMouseTracking(true);
    m_view->setAccessibleName(tr("Visit timeline"));

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(QStringLiteral("visitHistoryHeading"));
    m_symptoms->setObjectName(QStringLiteral("carriedSymptoms"));
    m_symptoms->setWordWrap(true);
    m_symptoms->setTextFormat(Qt::RichText);
    m_symptoms->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_symptoms->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_symptoms->setContentsMargins(4, 4, 4, 4);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_symptoms, 0);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex& index) {
        emit visitActivated(index.data(VisitHistoryModel::VisitIdRole).toLongLong(),
                            index.data(VisitHistoryModel::EncounterIdRole).toString());
    });
    setHistory({});
}

void VisitHistoryPanel::setHistory(const VisitHistory& history)
{
    m_model->setHistory(history);
    if (history.visits.isEmpty()) {
        m_heading->setText(tr("No earlier visits for this patient."));
    } else {
        const QString who = history.patientName.isEmpty()
                                ? history.patientId
                                : tr("%1 (%2)").arg(history.patientName, history.patientId);
        const int n = int(history.visits.size());
        m_heading->setText(n == 1 ? tr("%1 \u2014 1 visit").arg(who)
                                  : tr("%1 \u2014 %2 visits").arg(who).arg(n));
        m_view->scrollToBottom(); // the newest visit is the one being coded
    }
    showSymptoms(history);
}

void VisitHistoryPanel::setCurrentEncounterId(const QString& encounterId)
{
    m_model->setCurrentEncounterId(encounterId);
}

void VisitHistoryPanel::showSymptoms(const VisitHistory& history)
{
    if (history.symptoms.isEmpty()) {
        m_symptoms->setText(history.visits.isEmpty() ? QString()
                                                     : tr("<i>No symptom code carried across visits.</i>"));
        return;
    }
    QString html = tr("<b>Symptom codes across visits</b>");
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const CarriedSymptom& s : history.symptoms) {
        const QString colour = (s.stale ? StatusIcons::missingColor() : StatusIcons::presentColor()).name();
        const QString verdict = s.stale ? tr("stale") : tr("re-evaluated");
        const QString span =
            s.firstSeen == s.lastSeen
                ? s.firstSeen.toString(Qt::ISODate)
                : tr("%1 \u2192 %2").arg(s.firstSeen.toString(Qt::ISODate), s.lastSeen.toString(Qt::ISODate));
        QString reason = s.reason;
        if (s.stale && reason.isEmpty())
            reason = tr("Carried forward with no progression or re-evaluation documented (OCG IV.J).");
        html += QStringLiteral("<tr><td valign='top'><b>%1</b></td>"
                               "<td valign='top'><span style='color:%2'><b>%3</b></span></td>"
                               "<td valign='top'>%4</td><td valign='top'>%5</td></tr>")
                    .arg(s.code.toHtmlEscaped(), colour, verdict.toHtmlEscaped(),
                         (s.visits == 1 ? tr("1 visit, %1").arg(span)
                                        : tr("%1 visits, %2").arg(s.visits).arg(span))
                             .toHtmlEscaped(),
                         reason.toHtmlEscaped());
    }
    m_symptoms->setText(html + QStringLiteral("</table>"));
}

QString VisitHistoryPanel::headingText() const
{
    return m_heading->text();
}

QString VisitHistoryPanel::symptomsText() const
{
    return QTextDocumentFragment::fromHtml(m_symptoms->text()).toPlainText();
}

} // namespace wcw::ui
