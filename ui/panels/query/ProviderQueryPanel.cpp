#include "panels/query/ProviderQueryPanel.h"

#include "common/FileDialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wcw::ui {

namespace {

QStringList linesOf(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

bool isClosingOption(const QString& text)
{
    return text == ProviderQueryPanel::otherOption() || text == ProviderQueryPanel::unableOption();
}

} // namespace

ProviderQueryPanel::ProviderQueryPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("providerQueryPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildEditor(), 3);
    layout->addWidget(buildSent(), 1);
    setQuery({});
}

QWidget* ProviderQueryPanel::buildEditor()
{
    auto* box = new QGroupBox(tr("Compose query"), this);
    QFormLayout* form = buildFields(box);
    QHBoxLayout* actions = buildActions(box);
    auto* v = new QVBoxLayout(box);
    v->addLayout(form);
    v->addStretch(1); // spare height goes below the form, not into its rows
    v->addLayout(actions);
    return box;
}

// Topic, indicators, question and the options with their add/remove buttons, then the hint.
QFormLayout* ProviderQueryPanel::buildFields(QWidget* box)
{
    m_topic = new QLineEdit(box);
    m_topic->setObjectName(QStringLiteral("queryTopic"));
    m_indicators = new QPlainTextEdit(box);
    m_indicators->setObjectName(QStringLiteral("queryIndicators"));
    m_indicators->setPlaceholderText(tr("One clinical indicator per line, quoted from the record"));
    m_indicators->setTabChangesFocus(true);
    m_indicators->setMaximumHeight(m_indicators->fontMetrics().lineSpacing() * 6 + 12);
    m_question = new QPlainTextEdit(box);
    m_question->setObjectName(QStringLiteral("queryQuestion"));
    m_question->setTabChangesFocus(true);
    m_question->setMaximumHeight(m_question->fontMetrics().lineSpacing() * 4 + 12);
    m_options = new QListWidget(box);
    m_options->setObjectName(QStringLiteral("queryOptions"));
    m_options->setMaximumHeight(m_options->fontMetrics().lineSpacing() * 7 + 12);

    auto* add = new QPushButton(tr("Add option"), box);
    auto* remove = new QPushButton(tr("Remove option"), box);
    auto* optionButtons = new QVBoxLayout;
    optionButtons->addWidget(add);
    optionButtons->addWidget(remove);
    optionButtons->addStretch(1);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_options, 1);
    optionsRow->addLayout(optionButtons);
    connect(add, &QPushButton::clicked, this, &ProviderQueryPanel::addOption);
    connect(remove, &QPushButton::clicked, this, &ProviderQueryPanel::removeOption);

    auto* form = new QFormLayout;
    form->addRow(tr("&Topic"), m_topic);
    form->addRow(tr("Clinical &indicators"), m_indicators);
    form->addRow(tr("&Question"), m_question);
    auto* optionsLabel = new QLabel(tr("&Options"), box);
    optionsLabel->setBuddy(m_options);
    form->addRow(optionsLabel, optionsRow);
    auto* hint =
        new QLabel(tr("A compliant query quotes the record, offers reasonable options with \u201cOther\u201d "
                      "and \u201cUnable to determine\u201d, and does not lead toward an answer."),
                   box);
    hint->setWordWrap(true);
    QFont hintFont = hint->font();
    hintFont.setItalic(true);
    hint->setFont(hintFont);
    form->addRow(QString(), hint);
    return form;
}

// The status line, then Copy, Export PDF and Save (the default button).
QHBoxLayout* ProviderQueryPanel::buildActions(QWidget* box)
{
    auto* save = new QPushButton(tr("&Save with encounter"), box);
    save->setObjectName(QStringLiteral("saveQuery"));
    save->setDefault(true);
    auto* copy = new QPushButton(tr("&Copy"), box);
    copy->setObjectName(QStringLiteral("copyQuery"));
    auto* pdf = new QPushButton(tr("Export &PDF…"), box);
    pdf->setObjectName(QStringLiteral("exportQueryPdf"));
    m_status = new QLabel(box);
    m_status->setObjectName(QStringLiteral("queryStatus"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(copy);
    actions->addWidget(pdf);
    actions->addWidget(save);

    connect(save, &QPushButton::clicked, this, &ProviderQueryPanel::save);
    connect(copy, &QPushButton::clicked, this, &ProviderQueryPanel::copyToClipboard);
    connect(pdf, &QPushButton::clicked, this, &ProviderQueryPanel::exportPdf);
    return actions;
}

QWidget* ProviderQueryPanel::buildSent()
{
    auto* box = new QGroupBox(tr("Sent queries"), this);
    m_sent = new QTreeWidget(box);
    m_sent->setObjectName(QStringLiteral("sentQueries"));
    m_sent->setRootIsDecorated(false);
    m_sent->setHeaderLabels({tr("Sent"), tr("Topic"), tr("Answer")});
    m_sent->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sent->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_sent->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_answer = new QComboBox(box);
    m_answer->setObjectName(QStringLiteral("queryAnswer"));
    m_otherText = new QLineEdit(box);
    m_otherText->setObjectName(QStringLiteral("queryAnswerOther"));
    m_otherText->setPlaceholderText(tr("The provider's words, for \u201cOther\u201d"));
    m_record = new QPushButton(tr("&Record answer"), box);
    m_record->setObjectName(QStringLiteral("recordAnswer"));

    auto* answerRow = new QHBoxLayout;
    answerRow->addWidget(new QLabel(tr("Provider's answer:"), box));
    answerRow->addWidget(m_answer, 1);
    answerRow->addWidget(m_otherText, 1);
    answerRow->addWidget(m_record);
    auto* v = new QVBoxLayout(box);
    v->addWidget(m_sent, 1);
    v->addLayout(answerRow);

    connect(m_sent, &QTreeWidget::currentItemChanged, this, &ProviderQueryPanel::showAnswerChoices);
    connect(m_answer, &QComboBox::currentTextChanged, this,
            [this](const QString& text) { m_otherText->setEnabled(text == otherOption()); });
    connect(m_record, &QPushButton::clicked, this, &ProviderQueryPanel::recordAnswer);
    return box;
}

void ProviderQueryPanel::setQuery(const ProviderQuery& query)
{
    m_topic->setText(query.topic);
    m_indicators->setPlainText(query.indicators.join(QLatin1Char('\n')));
    m_question->setPlainText(query.question);
    m_options->clear();
    for (const QString& option : query.options) {
        auto* item = new QListWidgetItem(option, m_options);
        if (!isClosingOption(option))
            item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    ensureClosingOptions();
    setStatus(QString());
}

void ProviderQueryPanel::ensureClosingOptions()
{
    // AHIMA/ACDIS compliant queries always let the provider answer outside the listed options.
    for (const QString& closing : {otherOption(), unableOption()}) {
        if (m_options->findItems(closing, Qt::MatchExactly).isEmpty())
            new QListWidgetItem(closing, m_options);
    }
    // Keep them last, in that order.
    for (const QString& closing : {otherOption(), unableOption()}) {
        QListWidgetItem* item = m_options->findItems(closing, Qt::MatchExactly).first();
        m_options->addItem(m_options->takeItem(m_options->row(item)));
    }
}

ProviderQuery ProviderQueryPanel::query() const
{
    ProviderQuery q;
    q.topic = m_topic->text().trimmed();
    q.indicators = linesOf(m_indicators);
    q.question = m_question->toPlainText().trimmed();
    for (int i = 0; i < m_options->count(); ++i) {
        const QString text = m_options->item(i)->text().trimmed();
        if (!text.isEmpty())
            q.options.append(text);
    }
    return q;
}

void ProviderQueryPanel::addOption()
{
    auto* item = new QListWidgetItem(tr("New option"));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_options->insertItem(qMax(0, m_options->count() - 2), item);
    m_options->setCurrentItem(item);
    m_options->editItem(item);
}

void ProviderQueryPanel::removeOption()
{
    QListWidgetItem* item = m_options->currentItem();
    if (!item || isClosingOption(item->text()))
        return;
    delete item;
}

void ProviderQueryPanel::save()
{
    const ProviderQuery q = query();
    if (q.question.isEmpty() || q.indicators.isEmpty()) {
        setStatus(tr("A query needs a question and at least one clinical indicator."));
        return;
    }
    emit saveRequested(q);
    setStatus(tr("Saved with the encounter."));
}

bool ProviderQueryPanel::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(ProviderQueryDocument::plainText(query(), m_context));
    setStatus(tr("Copied to the clipboard."));
    return true;
}

bool ProviderQueryPanel::exportPdf()
{
    const QString suggested = m_context.encounterId.isEmpty()
                                  ? QStringLiteral("provider-query.pdf")
                                  : QStringLiteral("query-%1.pdf").arg(m_context.encounterId);
    const QString path =
        FileDialog::saveFileName(this, tr("Export query as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!ProviderQueryDocument::writePdf(query(), m_context, path, &error)) {
        setStatus(error);
        return false;
    }
    setStatus(tr("Exported to %1.").arg(path));
    emit pdfExported(path);
    return true;
}

void ProviderQueryPanel::setStoredQueries(const QList<StoredQuery>& queries)
{
    m_stored = queries;
    m_sent->clear();
    for (const StoredQuery& q : queries) {
        auto* item = new QTreeWidgetItem(m_sent);
        item->setText(0, q.sentAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, q.query.topic);
        item->setText(2, q.answer.isEmpty() ? tr("awaiting answer") : q.answer);
        item->setData(0, Qt::UserRole, q.id);
    }
    if (m_sent->topLevelItemCount() > 0)
        m_sent->setCurrentItem(m_sent->topLevelItem(m_sent->topLevelItemCount() - 1));
    showAnswerChoices();
}

void ProviderQueryPanel::showAnswerChoices()
{
    m_answer->clear();
    QTreeWidgetItem* item = m_sent->currentItem();
    const int row = item ? m_sent->indexOfTopLevelItem(item) : -1;
    const bool open = row >= 0 && m_stored.at(row).answer.isEmpty();
    if (row >= 0)
        m_answer->addItems(m_stored.at(row).query.options);
    m_answer->setEnabled(open);
    m_otherText->setEnabled(open && m_answer->currentText() == otherOption());
    m_record->setEnabled(open);
}

void ProviderQueryPanel::recordAnswer()
{
    QTreeWidgetItem* item = m_sent->currentItem();
    if (!item)
        return;
    QString answer = m_answer->currentText();
    if (answer == otherOption()) {
        if (m_otherText->text().trimmed().isEmpty()) {
            setStatus(tr("Type the provider's answer for \u201cOther\u201d."));
            return;
        }
        answer = tr("Other: %1").arg(m_otherText->text().trimmed());
    }
    emit answerRecorded(item->data(0, Qt::UserRole).toLongLong(), answer);
    setStatus(tr("Answer recorded; the checks run again."));
}

void ProviderQueryPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString ProviderQueryPanel::statusText() const
{
    return m_status->text();
}

} // namespace wcw::ui
