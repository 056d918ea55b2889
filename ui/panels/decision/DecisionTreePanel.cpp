#include "panels/decision/DecisionTreePanel.h"

#include "panels/decision/DecisionStepDelegate.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace wcw::ui {

DecisionTreePanel::DecisionTreePanel(QWidget* parent)
    : QWidget(parent), m_model(new DecisionPathModel(this)), m_view(new QListView(this)),
      m_codes(new QLabel(this)), m_accept(new QPushButton(tr("&Accept suggestion"), this)),
      m_query(new QPushButton(tr("Compose &query…"), this))
{
    setObjectName(QStringLiteral("decisionTreePanel"));
    m_view->setObjectName(QStringLiteral("decisionPath"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new DecisionStepDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSpacing(2);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->installEventFilter(this);
    m_view->setAccessibleName(tr("Decision path"));

    auto* heading = new QLabel(tr("Suggested codes"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* pathHeading = new QLabel(tr("Decision path"), this);
    pathHeading->setFont(bold);
    auto* keys =
        new QLabel(tr("\u2191 \u2193 step   \u00b7   \u2190 \u2192 or 1\u20139 change the answer   \u00b7   "
                      "Enter accept the suggestion"),
                   this);
    keys->setObjectName(QStringLiteral("decisionKeys"));
    QPalette muted = keys->palette();
    const QColor text = muted.color(QPalette::WindowText);
    const QColor window = muted.color(QPalette::Window);
    muted.setColor(QPalette::WindowText, QColor::fromRgbF(text.redF() * 0.6 + window.redF() * 0.4,
                                                          text.greenF() * 0.6 + window.greenF() * 0.4,
                                                          text.blueF() * 0.6 + window.blueF() * 0.4));
    keys->setPalette(muted);
    m_codes->setObjectName(QStringLiteral("suggestedCodes"));
    m_codes->setWordWrap(true);
    m_codes->setTextFormat(Qt::RichText);
    m_codes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codes->setContentsMargins(4, 2, 4, 2);
    m_accept->setObjectName(QStringLiteral("acceptSuggestion"));
    m_accept->setToolTip(tr("Replace the assigned codes by the suggested ones (Enter in the path)"));
    m_query->setObjectName(QStringLiteral("composeQuery"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_query);
    buttons->addWidget(m_accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pathHeading);
    layout->addWidget(m_view, 1);
    layout->addWidget(keys);
    layout->addSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_codes);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &DecisionTreePanel::accept);
    connect(m_query, &QPushButton::clicked, this, &DecisionTreePanel::queryRequested);
    showCodes();
}

void DecisionTreePanel::setAnswerOptions(const AnswerOptions& options)
{
    const int row = currentStep();
    m_model->setOptions(options);
    setCurrentStep(row);
}

void DecisionTreePanel::setSuggestion(const Suggestion& suggestion)
{
    // Keep the coder on the same question across re-runs of the tree.
    const QString node = m_model->index(currentStep()).data(DecisionPathModel::NodeRole).toString();
    m_suggestion = suggestion;
    m_model->setPath(suggestion.path);
    const int row = m_model->rowOfNode(node);
    setCurrentStep(row >= 0 ? row : 0);
    showCodes();
}

int DecisionTreePanel::currentStep() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void DecisionTreePanel::setCurrentStep(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row));
}

bool DecisionTreePanel::chooseAnswer(int row, int optionIndex)
{
    const QList<AnswerOption> options = m_model->optionsAt(row);
    if (optionIndex < 0 || optionIndex >= options.size() || optionIndex == m_model->optionIndexAt(row))
        return false;
    const QString node = m_model->path().at(row).node;
    m_model->setCoderAnswer(row, options.at(optionIndex).id);
    emit answerChanged(node, options.at(optionIndex).id);
    return true;
}

bool DecisionTreePanel::stepAnswer(int delta)
{
    const int row = currentStep();
    const int count = int(m_model->optionsAt(row).size());
    if (count < 2)
        return false;
    const int at = m_model->optionIndexAt(row);
    const int next = at < 0 ? (delta > 0 ? 0 : count - 1) : (at + delta + count) % count;
    return chooseAnswer(row, next);
}

bool DecisionTreePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Left:
        stepAnswer(-1);
        return true;
    case Qt::Key_Right:
        stepAnswer(+1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        accept();
        return true;
    default:
        break;
    }
    if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9 && key->modifiers() == Qt::NoModifier) {
        chooseAnswer(currentStep(), key->key() - Qt::Key_1);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DecisionTreePanel::accept()
{
    if (m_suggestion.codes.isEmpty())
        return;
    QStringList codes;
    for (const SuggestedCode& c : m_suggestion.codes)
        codes.append(c.code);
    emit acceptRequested(codes);
}

void DecisionTreePanel::showCodes()
{
    const bool haveCodes = !m_suggestion.codes.isEmpty();
    m_accept->setEnabled(haveCodes);
    m_query->setVisible(!m_suggestion.queries.isEmpty());
    if (!haveCodes) {
        m_codes->setText(m_suggestion.queries.isEmpty()
                             ? tr("<i>No suggestion yet.</i>")
                             : tr("<i>The documentation cannot support a code yet: query the provider.</i>"));
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    int n = 0;
    for (const SuggestedCode& c : m_suggestion.codes) {
        const QString role = c.role == QLatin1String("primary") ? tr("first-listed") : tr("additional");
        html += QStringLiteral("<tr><td valign='top'>%1.</td><td valign='top'><b>%2</b></td>"
                               "<td valign='top'><i>%3</i></td><td valign='top'>%4</td></tr>")
                    .arg(++n)
                    .arg(c.code.toHtmlEscaped(), role.toHtmlEscaped(), c.reason.toHtmlEscaped());
    }
    m_codes->setText(html + QStringLiteral("</table>"));
}

QString DecisionTreePanel::suggestionText() const
{
    return QTextDocumentFragment::fromHtml(m_codes->text()).toPlainText();
}

} // namespace wcw::ui
