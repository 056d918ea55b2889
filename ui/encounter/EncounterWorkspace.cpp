#include "encounter/EncounterWorkspace.h"

#include "encounter/CodesPanel.h"
#include "encounter/EncounterSession.h"
#include "encounter/FindingsPanel.h"
#include "encounter/NoteView.h"
#include "services/Workbench.h"

#include <QDataStream>
#include <QLabel>
#include <QResizeEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wcw::ui {

EncounterWorkspace::EncounterWorkspace(EncounterSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_header(new QLabel(this)), m_note(new NoteView(this)),
      m_codes(new CodesPanel(*session, this)), m_findings(new FindingsPanel(*session, this)),
      m_panels(new QTabWidget(this)), m_columns(new QSplitter(Qt::Horizontal, this)),
      m_middle(new QSplitter(Qt::Vertical, this))
{
    session->setParent(this);
    setObjectName(QStringLiteral("workspace-%1").arg(session->encounter().encounterId));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header->setObjectName(QStringLiteral("encounterHeader"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);

    auto* noteBox = new QWidget(this);
    auto* noteLayout = new QVBoxLayout(noteBox);
    noteLayout->setContentsMargins(0, 0, 0, 0);
    noteLayout->addWidget(
        new QLabel(tr("<b>Provider note</b> (evidence highlighted; hover for details)"), noteBox));
    noteLayout->addWidget(m_note, 1);

    m_middle->addWidget(m_codes);
    m_middle->addWidget(m_findings);
    m_middle->setStretchFactor(0, 2);
    m_middle->setStretchFactor(1, 3);

    m_panels->setObjectName(QStringLiteral("panels"));
    m_panels->setDocumentMode(true);
    for (int p = 0; p < PanelCount; ++p)
        m_panels->addTab(new QWidget(m_panels), QString());

    m_columns->addWidget(noteBox);
    m_columns->addWidget(m_middle);
    m_columns->addWidget(m_panels);
    m_columns->setStretchFactor(0, 4);
    m_columns->setStretchFactor(1, 3);
    m_columns->setStretchFactor(2, 4);
    m_columns->setChildrenCollapsible(false);
    layout->addWidget(m_columns, 1);

    connect(m_panels, &QTabWidget::currentChanged, this, &EncounterWorkspace::buildIfNeeded);
    m_note->setNote(session->encounter().note);
    connect(session, &EncounterSession::analysisChanged, this, &EncounterWorkspace::showEvidence);
    connect(session, &EncounterSession::statusChanged, this, &EncounterWorkspace::updateHeader);
    connect(&session->workbench(), &Workbench::referenceReloaded, this, &EncounterWorkspace::updateHeader);
    connect(m_findings, &FindingsPanel::evidenceRequested, m_note, &NoteView::showSpan);
    updateHeader();
}

QString EncounterWorkspace::tabTitle() const
{
    const StoredEncounter& s = m_session->stored();
    return QStringLiteral("%1 %2").arg(s.encounter.patientId,
                                       s.encounter.dateOfService.toString(Qt::ISODate));
}

void EncounterWorkspace::updateHeader()
{
    const StoredEncounter& s = m_session->stored();
    const Encounter& e = s.encounter;
    const auto item = m_session->workbench().queueItem(s.id);
    const QString patient = item && !item->patientName.isEmpty()
                                ? QStringLiteral("%1 (%2)").arg(item->patientName, e.patientId)
                                : e.patientId;
    m_header->setText(tr("<b>%1</b> · encounter %2 · %3 · %4 · provider %5 · status <b>%6</b> · %7")
                          .arg(patient.toHtmlEscaped(), e.encounterId.toHtmlEscaped(),
                               e.dateOfService.toString(Qt::ISODate), settingName(e.setting),
                               s.provider.isEmpty() ? tr("n/a") : s.provider.toHtmlEscaped(),
                               statusName(s.status),
                               m_session->workbench().releaseLabelOn(e.dateOfService).toHtmlEscaped()));
}

void EncounterWorkspace::showEvidence()
{
    m_note->setEvidence(m_session->analysis().evidence);
}

void EncounterWorkspace::setPanel(Panel panel, QWidget* widget, const QString& title)
{
    QWidget* old = m_panels->widget(panel);
    const bool wasCurrent = m_panels->currentIndex() == panel;
    m_swapping = true;
    m_panels->removeTab(panel);
    delete old;
    m_panels->insertTab(panel, widget, title);
    if (wasCurrent)
        m_panels->setCurrentIndex(panel);
    m_swapping = false;
}

void EncounterWorkspace::setPanelFactory(Panel panel, const QString& title, std::function<QWidget*()> build)
{
    m_factories[panel] = std::move(build);
    m_panels->setTabText(panel, title);
}

void EncounterWorkspace::buildIfNeeded(int panel)
{
    if (m_swapping || panel < 0 || panel >= PanelCount || !m_factories[panel])
        return;
    const std::function<QWidget*()> build = std::move(m_factories[panel]);
    m_factories[panel] = nullptr;
    const QString title = m_panels->tabText(panel);
    setPanel(Panel(panel), build(), title);
}

QWidget* EncounterWorkspace::panel(Panel panel)
{
    buildIfNeeded(panel);
    return m_panels->widget(panel);
}

void EncounterWorkspace::showPanel(Panel panel)
{
    buildIfNeeded(panel);
    m_panels->setCurrentIndex(panel);
    if (QWidget* w = m_panels->currentWidget())
        w->setFocus(Qt::ShortcutFocusReason);
}

void EncounterWorkspace::showPanelAfterPaint(Panel panel)
{
    m_swapping = true; // switching tabs must not build it now
    m_panels->setCurrentIndex(panel);
    m_swapping = false;
    // Panels read the reference (the comparison reads notes and index): while its caches are
    // still being filled after start, build when they are rather than freeze the window meanwhile.
    if (m_session->workbench().isReferenceReady()) {
        QTimer::singleShot(0, this, [this, panel] { buildIfNeeded(panel); });
        return;
    }
    auto* once = new QObject(this);
    connect(&m_session->workbench(), &Workbench::referenceReady, once, [this, panel, once] {
        buildIfNeeded(panel);
        once->deleteLater();
    });
}

void EncounterWorkspace::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // First real width (no saved layout): note 30 %, codes and findings 27 %, panels 43 %, so
    // the comparison table and the visit timeline are not squeezed by a short note.
    if (!m_layoutSet && width() > 0) {
        const int w = m_columns->width() > 0 ? m_columns->width() : width();
        m_columns->setSizes({w * 30 / 100, w * 27 / 100, w - w * 57 / 100});
        m_layoutSet = isVisible(); // a hidden workspace's size is not the one it will be shown at
    }
}

QByteArray EncounterWorkspace::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << m_columns->saveState() << m_middle->saveState();
    return state;
}

void EncounterWorkspace::restoreLayout(const QByteArray& state)
{
    QDataStream in(state);
    QByteArray columns, middle;
    in >> columns >> middle;
    if (in.status() == QDataStream::Ok) {
        m_layoutSet = m_columns->restoreState(columns);
        m_middle->restoreState(middle);
    }
}

} // namespace wcw::ui
