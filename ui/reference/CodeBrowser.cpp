#include "reference/CodeBrowser.h"

#include "reference/CheckedReads.h"
#include "reference/CodeDetailsHtml.h"
#include "reference/CodeHierarchyModel.h"
#include "reference/CodeSearchField.h"
#include "reference/CodeSearchModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace wcw::ui {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

CodeBrowser::CodeBrowser(QWidget* parent) : QWidget(parent), m_date(QDate::currentDate())
{
    setObjectName(QStringLiteral("codeBrowser"));
    m_columns = new QSplitter(Qt::Horizontal, this);
    m_columns->addWidget(buildLeft());
    m_columns->addWidget(buildRight());
    m_columns->setStretchFactor(0, 1);
    m_columns->setStretchFactor(1, 1);
    m_columns->setChildrenCollapsible(false);
    connect(m_columns, &QSplitter::splitterMoved, this, [this] { m_coderResized = true; });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_columns);
    m_details->setHtml(tr("<p>Search for a code or open the tabular list.</p>"));
}

void CodeBrowser::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Sizes set while the dock was hidden (width 0) squeezed the lists to a sliver: split the
    // real width 45/55 until the coder drags the splitter, so titles in the lists stay readable.
    if (!m_coderResized && event->size().width() > 0) {
        const int width = m_columns->width();
        m_columns->setSizes({width * 45 / 100, width - width * 45 / 100});
    }
}

QWidget* CodeBrowser::buildLeft()
{
    auto* left = new QWidget(this);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("browserSearch"));
    m_search->setPlaceholderText(tr("Search codes, titles, index terms (e.g. weakness muscle)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    m_readError = new QLabel(left);
    m_readError->setObjectName(QStringLiteral("browserReadError"));
    m_readError->setWordWrap(true);
    m_readError->setTextInteractionFlags(Qt::TextSelectableByMouse); // the coder may paste it in a ticket
    m_readError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_readError->hide();

    buildResultsView(left);
    buildTreeView(left);
    auto* split = new QSplitter(Qt::Vertical, left);
    auto* resultsBox = new QWidget(split);
    auto* rv = new QVBoxLayout(resultsBox);
    rv->setContentsMargins(0, 0, 0, 0);
    rv->addWidget(m_search);
    rv->addWidget(m_readError);
    rv->addWidget(m_resultsView);
    auto* treeBox = new QWidget(split);
    auto* tv = new QVBoxLayout(treeBox);
    tv->setContentsMargins(0, 0, 0, 0);
    tv->addWidget(heading(tr("Tabular list"), treeBox));
    tv->addWidget(m_treeView);
    split->addWidget(resultsBox);
    split->addWidget(treeBox);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connectLeft();
    return left;
}

void CodeBrowser::buildResultsView(QWidget* parent)
{
    m_results = new CodeSearchModel(this);
    m_resultsView = new QTreeView(parent);
    m_resultsView->setObjectName(QStringLiteral("browserResults"));
    m_resultsView->setModel(m_results);
    m_resultsView->setRootIsDecorated(false);
    m_resultsView->setUniformRowHeights(true);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->header()->setSectionResizeMode(CodeSearchModel::CodeColumn, QHeaderView::ResizeToContents);
    m_resultsView->header()->setSectionResizeMode(CodeSearchModel::TitleColumn, QHeaderView::Stretch);
    m_resultsView->header()->setSectionResizeMode(CodeSearchModel::BillableColumn,
                                                  QHeaderView::ResizeToContents);
    // What matched can be a long index path: it must not squeeze the titles out of view.
    m_resultsView->header()->setSectionResizeMode(CodeSearchModel::MatchedColumn, QHeaderView::Interactive);
    m_resultsView->header()->resizeSection(CodeSearchModel::MatchedColumn, 130);
    m_resultsView->header()->setStretchLastSection(false);
}

void CodeBrowser::buildTreeView(QWidget* parent)
{
    m_tree = new CodeHierarchyModel(this);
    m_treeView = new QTreeView(parent);
    m_treeView->setObjectName(QStringLiteral("browserTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setSectionResizeMode(CodeHierarchyModel::CodeColumn, QHeaderView::ResizeToContents);
    m_treeView->header()->setStretchLastSection(true);
}

// Typing searches after a pause, Enter at once; a result or a tree row shows its code.
void CodeBrowser::connectLeft()
{
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &CodeBrowser::searchNow);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        if (m_results->rowCount() > 0)
            m_resultsView->setCurrentIndex(m_results->index(0, 0));
    });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showCode(m_results->codeAt(current.row()));
            });
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString code = current.data(CodeHierarchyModel::CodeRole).toString();
                if (!code.isEmpty() && code != m_current)
                    showCode(code);
            });
    connect(m_resultsView, &QTreeView::activated, this,
            [this](const QModelIndex& i) { emit codeChosen(m_results->codeAt(i.row())); });
}

QWidget* CodeBrowser::buildRight()
{
    auto* right = new QWidget(this);
    m_releaseLabel = new QLabel(right);
    m_releaseLabel->setObjectName(QStringLiteral("browserRelease"));
    m_releaseLabel->setWordWrap(true); // a long release name must not widen the pane (and squeeze the lists)
    m_details = new QTextBrowser(right);
    m_details->setObjectName(QStringLiteral("browserDetails"));
    m_details->setOpenLinks(false);
    m_compareWith = new CodeSearchField(right);
    m_compareWith->setObjectName(QStringLiteral("browserCompareWith"));
    m_compareWith->setPlaceholderText(tr("another code"));
    m_compare = new QPushButton(tr("Co&mpare with\u2026"), right);
    m_compare->setObjectName(QStringLiteral("browserCompare"));
    m_use = new QPushButton(tr("&Use code"), right);
    m_use->setObjectName(QStringLiteral("browserUse"));
    m_use->setToolTip(tr("Add the code shown to the encounter"));
    m_compare->setEnabled(false);
    m_use->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_compare);
    bar->addWidget(m_compareWith, 1);
    bar->addStretch(0);
    bar->addWidget(m_use);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_releaseLabel);
    layout->addWidget(m_details, 1);
    layout->addLayout(bar);

    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString link = url.toString();
        if (link.startsWith(QLatin1String("code:")))
            showCode(link.mid(5));
    });
    connect(m_compare, &QPushButton::clicked, this, &CodeBrowser::requestCompare);
    connect(m_compareWith, &CodeSearchField::codeChosen, this, &CodeBrowser::requestCompare);
    connect(m_compareWith, &CodeSearchField::readFailed, this, &CodeBrowser::showReadError);
    connect(m_use, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty())
            emit codeChosen(m_current);
    });
    return right;
}

void CodeBrowser::setServices(const CodeSearch* search, const CodeFacts* facts,
                              const CodeHierarchy* hierarchy)
{
    m_codeSearch = search;
    m_facts = facts;
    m_hierarchy = hierarchy;
    m_compareWith->setSearch(search);
    setDateOfService(m_date);
}

void CodeBrowser::setDateOfService(const QDate& date)
{
    m_date = date;
    m_tree->setHierarchy(m_hierarchy, date);
    std::optional<Release> release = m_facts ? m_facts->releaseOn(date) : std::nullopt;
    m_releaseLabel->setText(release ? tr("Release in force on %1: %2")
                                          .arg(date.toString(Qt::ISODate),
                                               release->label.isEmpty() ? release->id : release->label)
                                    : tr("No imported release covers %1.").arg(date.toString(Qt::ISODate)));
    if (!m_current.isEmpty())
        showCode(m_current);
}

void CodeBrowser::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
    m_compareWith->setDebounceMs(ms);
}

void CodeBrowser::setCompareCandidate(const QString& code)
{
    m_compareWith->setText(code);
}

void CodeBrowser::searchNow()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    if (!m_codeSearch || text.isEmpty()) {
        m_results->setHits({});
        return;
    }
    const Result<QList<SearchHit>> hits = checkedSearch(*m_codeSearch, text, 50);
    m_results->setHits(hits ? hits.value() : QList<SearchHit>{});
    showReadError(hits ? QString() : hits.error().text());
}

bool CodeBrowser::showCode(const QString& code)
{
    const QString wanted = code.trimmed().toUpper();
    Result<std::optional<CodeRecord>> read =
        m_facts ? checkedRecord(*m_facts, wanted, m_date) : Result<std::optional<CodeRecord>>(std::nullopt);
    showReadError(read ? QString() : read.error().text());
    const std::optional<CodeRecord> record = read ? std::move(read).value() : std::nullopt;
    if (!record) {
        m_details->setHtml(read ? CodeDetailsHtml::notFound(wanted, m_date) : readErrorHtml(read.error()));
        m_current.clear();
        m_compare->setEnabled(false);
        m_use->setEnabled(false);
        return false;
    }
    m_current = record->code;
    m_details->setHtml(CodeDetailsHtml::render(*record));
    m_compare->setEnabled(true);
    m_use->setEnabled(record->billable);
    revealInTree(m_current);
    emit codeShown(m_current);
    return true;
}

void CodeBrowser::revealInTree(const QString& code)
{
    if (!m_hierarchy || m_treeView->currentIndex().data(CodeHierarchyModel::CodeRole).toString() == code)
        return;
    const QModelIndex at = m_tree->indexOfPath(m_hierarchy->pathTo(code, m_date));
    if (!at.isValid())
        return;
    for (QModelIndex p = at.parent(); p.isValid(); p = p.parent())
        m_treeView->expand(p);
    m_treeView->setCurrentIndex(at);
    m_treeView->scrollTo(at);
}

void CodeBrowser::requestCompare()
{
    const QString other = m_compareWith->code();
    if (m_current.isEmpty() || other.isEmpty()) {
        m_compareWith->setFocus();
        return;
    }
    emit compareRequested(m_current, other);
}

bool CodeBrowser::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search field moves into the results, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        searchNow();
        if (m_results->rowCount() > 0) {
            m_resultsView->setFocus();
            m_resultsView->setCurrentIndex(m_results->index(0, 0));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodeBrowser::showReadError(const QString& text)
{
    m_readError->setText(text);
    m_readError->setVisible(!text.isEmpty());
}

QString CodeBrowser::readErrorText() const
{
    return m_readError->text();
}

QString CodeBrowser::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace wcw::ui
