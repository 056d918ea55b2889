#include "queue/QueuePage.h"

#include "queue/QueueModel.h"
#include "queue/QueueProxyModel.h"
#include "services/Workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

namespace wcw::ui {

namespace {
// Status filter choices: "open work" is what a coder wants most of the day.
const QList<QPair<const char*, QList<EncounterStatus>>>& statusChoices()
{
    using S = EncounterStatus;
    static const QList<QPair<const char*, QList<EncounterStatus>>> choices{
        {QT_TRANSLATE_NOOP("QueuePage", "Open work"), {S::New, S::InProgress, S::OnHold, S::QuerySent}},
        {QT_TRANSLATE_NOOP("QueuePage", "All statuses"), {}},
        {QT_TRANSLATE_NOOP("QueuePage", "New"), {S::New}},
        {QT_TRANSLATE_NOOP("QueuePage", "In progress"), {S::InProgress}},
        {QT_TRANSLATE_NOOP("QueuePage", "Query sent"), {S::QuerySent}},
        {QT_TRANSLATE_NOOP("QueuePage", "On hold"), {S::OnHold}},
        {QT_TRANSLATE_NOOP("QueuePage", "Done"), {S::Done}},
    };
    return choices;
}
} // namespace

QueuePage::QueuePage(Workbench& workbench, QWidget* parent)
    : QWidget(parent), m_workbench(workbench), m_model(new QueueModel(workbench, this)),
      m_proxy(new QueueProxyModel(this)), m_table(new QTableView(this)), m_text(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_severity(new QComboBox(this)), m_rule(new QComboBox(this)),
      m_mine(new QCheckBox(tr("Mine and unclaimed"), this)), m_count(new QLabel(this)),
      m_textDelay(new QTimer(this))
{
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(kTextDelayMs);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildFilterBar());
    buildTable();
    layout->addWidget(m_table, 1);
    connectFilters(workbench);
    connectTable();
    applyCriteria();
}

QHBoxLayout* QueuePage::buildFilterBar()
{
    auto* bar = new QHBoxLayout;
    m_text->setObjectName(QStringLiteral("queueSearch"));
    m_text->setPlaceholderText(tr("Filter: patient, encounter, provider or code (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    for (const auto& choice : statusChoices())
        m_status->addItem(tr(choice.first));
    m_severity->addItem(tr("Any findings"), -1);
    m_severity->addItem(tr("Info or worse"), int(Severity::Info));
    m_severity->addItem(tr("Warning or worse"), int(Severity::Warning));
    m_severity->addItem(tr("Errors only"), int(Severity::Error));
    m_rule->addItem(tr("Any rule"), QString());
    m_status->setAccessibleName(tr("Status filter"));
    m_severity->setAccessibleName(tr("Severity filter"));
    m_rule->setAccessibleName(tr("Rule filter"));
    bar->addWidget(m_text, 3);
    bar->addWidget(m_status);
    bar->addWidget(m_severity);
    bar->addWidget(m_rule);
    bar->addWidget(m_mine);
    bar->addWidget(m_count);
    return bar;
}

void QueuePage::buildTable()
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("queue"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QueueModel::DateOfService, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QueueModel::Codes, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->installEventFilter(this);
}

void QueuePage::connectFilters(Workbench& workbench)
{
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &QueuePage::applyCriteria);
    // Enter in the filter box applies at once and moves to the table.
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_textDelay->isActive()) {
            m_textDelay->stop();
            applyCriteria();
        }
        focusTable();
    });
    // Findings arrive row by row from the queue check: new rules become choices as they appear.
    connect(&workbench, &Workbench::queueCheckProgress, this, &QueuePage::fillRules);
    connect(m_status, &QComboBox::currentIndexChanged, this, &QueuePage::applyCriteria);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &QueuePage::applyCriteria);
    connect(m_rule, &QComboBox::currentIndexChanged, this, &QueuePage::applyCriteria);
    connect(m_mine, &QCheckBox::toggled, this, &QueuePage::applyCriteria);
}

// Opening a row, the row count and the column widths follow the filtered table.
void QueuePage::connectTable()
{
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openRequested(index.data(QueueModel::IdRole).toLongLong());
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &QueuePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &QueuePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        fillRules();
        updateCount();
        m_table->resizeColumnsToContents();
        m_table->horizontalHeader()->setSectionResizeMode(QueueModel::Codes, QHeaderView::Stretch);
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
}

void QueuePage::fillRules()
{
    QStringList rules;
    for (const QueueItem& it : m_workbench.queue()) {
        for (const QString& r : it.findingRules) {
            if (!rules.contains(r))
                rules << r;
        }
    }
    rules.sort();
    const QString current = m_rule->currentData().toString();
    QSignalBlocker block(m_rule);
    while (m_rule->count() > 1)
        m_rule->removeItem(1);
    for (const QString& r : rules)
        m_rule->addItem(r, r);
    m_rule->setCurrentIndex(qMax(0, m_rule->findData(current)));
}

void QueuePage::applyCriteria()
{
    m_textDelay->stop(); // whatever was typed is applied now
    QueueCriteria c;
    c.setText(m_text->text());
    c.setStatuses(statusChoices().at(qMax(0, m_status->currentIndex())).second);
    const int severity = m_severity->currentData().toInt();
    c.setMinimumSeverity(severity < 0 ? std::nullopt : std::optional<Severity>(Severity(severity)));
    c.setRule(m_rule->currentData().toString());
    c.setMineOnly(m_mine->isChecked() ? m_workbench.coder().id : QString());
    m_proxy->setCriteria(c);
    updateCount();
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
}

void QueuePage::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

qint64 QueuePage::currentId() const
{
    return m_table->currentIndex().data(QueueModel::IdRole).toLongLong();
}

qint64 QueuePage::neighbour(qint64 id, int delta) const
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return 0;
    const QModelIndex here = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    const int row = (here.isValid() ? here.row() : -1) + delta;
    if (row < 0 || row >= m_proxy->rowCount())
        return 0;
    return m_proxy->index(row, 0).data(QueueModel::IdRole).toLongLong();
}

void QueuePage::select(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    const QModelIndex here = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (here.isValid())
        m_table->setCurrentIndex(here);
}

void QueuePage::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void QueuePage::focusTable()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

bool QueuePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && currentId() > 0) {
            emit openRequested(currentId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wcw::ui
