#include "panels/comparison/ComparisonPanel.h"

#include "panels/comparison/ComparisonHtml.h"
#include "reference/CheckedReads.h"
#include "reference/CodeSearchField.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace wcw::ui {

ComparisonPanel::ComparisonPanel(QWidget* parent)
    : QWidget(parent), m_date(QDate::currentDate()), m_fieldA(new CodeSearchField(this)),
      m_fieldB(new CodeSearchField(this)), m_swap(new QToolButton(this)), m_heading(new QLabel(this)),
      m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("comparisonPanel"));
    m_fieldA->setObjectName(QStringLiteral("codeA"));
    m_fieldB->setObjectName(QStringLiteral("codeB"));
    m_fieldA->setText(defaultCodeA());
    m_fieldB->setText(defaultCodeB());
    m_fieldA->setAccessibleName(tr("First code"));
    m_fieldB->setAccessibleName(tr("Second code"));

    m_swap->setObjectName(QStringLiteral("swap"));
    m_swap->setText(tr("\u21c4 &Swap"));
    m_swap->setToolTip(tr("Swap the two codes (Alt+S)"));
    m_swap->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* compareButton = new QPushButton(tr("&Compare"), this);
    compareButton->setObjectName(QStringLiteral("compare"));
    auto* reset = new QToolButton(this);
    reset->setText(tr("R53.1 vs M62.81"));
    reset->setToolTip(tr("Back to the key pair: weakness (R53.1) vs muscle weakness (M62.81)"));

    m_view->setObjectName(QStringLiteral("comparisonView"));
    m_view->setOpenLinks(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_heading->setObjectName(QStringLiteral("comparisonHeading"));
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_fieldA, 1);
    bar->addWidget(m_swap);
    bar->addWidget(m_fieldB, 1);
    bar->addWidget(compareButton);
    bar->addWidget(reset);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);

    connect(m_swap, &QToolButton::clicked, this, &ComparisonPanel::swap);
    connect(compareButton, &QPushButton::clicked, this, &ComparisonPanel::refresh);
    connect(reset, &QToolButton::clicked, this, [this] { compare(defaultCodeA(), defaultCodeB()); });
    connect(m_fieldA, &CodeSearchField::codeChosen, this, &ComparisonPanel::refresh);
    connect(m_fieldB, &CodeSearchField::codeChosen, this, &ComparisonPanel::refresh);
    connect(m_fieldA, &CodeSearchField::readFailed, this, &ComparisonPanel::readFailed);
    connect(m_fieldB, &CodeSearchField::readFailed, this, &ComparisonPanel::readFailed);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString link = url.toString();
        if (link.startsWith(QLatin1String("code:")))
            emit codeLinkActivated(link.mid(5));
    });
    refresh();
}

void ComparisonPanel::setSearch(const CodeSearch* search)
{
    m_search = search;
    m_fieldA->setSearch(search);
    m_fieldB->setSearch(search);
    refresh();
}

void ComparisonPanel::setDateOfService(const QDate& date)
{
    m_date = date;
    refresh();
}

QString ComparisonPanel::codeA() const
{
    return m_fieldA->code();
}

QString ComparisonPanel::codeB() const
{
    return m_fieldB->code();
}

void ComparisonPanel::compare(const QString& a, const QString& b)
{
    m_fieldA->setText(a.trimmed().toUpper());
    m_fieldB->setText(b.trimmed().toUpper());
    refresh();
}

void ComparisonPanel::swap()
{
    compare(codeB(), codeA());
}

void ComparisonPanel::refresh()
{
    const QString a = codeA();
    const QString b = codeB();
    m_heading->setText(tr("%1 vs %2 \u2014 as of %3").arg(a, b, m_date.toString(Qt::ISODate)));
    m_comparison.reset();
    if (!m_search) {
        m_view->setHtml(tr("<p>No reference database is open.</p>"));
        return;
    }
    if (a.isEmpty() || b.isEmpty()) {
        m_view->setHtml(tr("<p>Type two codes to compare.</p>"));
        return;
    }
    Result<std::optional<CodeComparison>> read = checkedCompare(*m_search, a, b, m_date);
    if (!read) {
        // A broken database is not "the codes are missing": say what failed and where.
        m_view->setHtml(readErrorHtml(read.error()));
        emit readFailed(read.error().text());
        return;
    }
    m_comparison = std::move(read).value();
    if (!m_comparison) {
        m_view->setHtml(ComparisonHtml::renderMissing(a, b, m_date));
        return;
    }
    const Release& r = m_comparison->a.release;
    if (r.isValid())
        m_heading->setText(tr("%1 vs %2 \u2014 as of %3, %4")
                               .arg(a, b, m_date.toString(Qt::ISODate), r.label.isEmpty() ? r.id : r.label));
    m_view->setHtml(ComparisonHtml::render(*m_comparison, palette()));
    emit compared(a, b);
}

void ComparisonPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_comparison)
        m_view->setHtml(ComparisonHtml::render(*m_comparison, palette()));
}

QString ComparisonPanel::shownText() const
{
    return m_heading->text() + QLatin1Char('\n') + m_view->toPlainText();
}

} // namespace wcw::ui
