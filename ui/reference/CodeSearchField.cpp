#include "reference/CodeSearchField.h"

#include "reference/CheckedReads.h"
#include "reference/CodeSearchModel.h"

#include <QCompleter>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace wcw::ui {

CodeSearchField::CodeSearchField(QWidget* parent)
    : QLineEdit(parent), m_model(new CodeSearchModel(this)), m_completer(new QCompleter(this)),
      m_debounce(new QTimer(this))
{
    setPlaceholderText(tr("Code or words, e.g. M62.81 or \"muscle weakness\""));
    setClearButtonEnabled(true);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);

    // The hits are already ranked by the search service: show them as they come.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionColumn(CodeSearchModel::CodeColumn);
    auto* popup = new QTreeView;
    popup->setRootIsDecorated(false);
    popup->setHeaderHidden(true);
    popup->setUniformRowHeights(true);
    popup->setMinimumWidth(520);
    m_completer->setPopup(popup);
    popup->header()->setStretchLastSection(false);
    popup->setColumnHidden(CodeSearchModel::MatchedColumn, true);
    popup->setColumnHidden(CodeSearchModel::BillableColumn, true);
    popup->header()->setSectionResizeMode(CodeSearchModel::CodeColumn, QHeaderView::ResizeToContents);
    popup->header()->setSectionResizeMode(CodeSearchModel::TitleColumn, QHeaderView::Stretch);
    setCompleter(m_completer);

    connect(this, &QLineEdit::textEdited, this, &CodeSearchField::onEdited);
    connect(m_debounce, &QTimer::timeout, this, &CodeSearchField::searchNow);
    connect(this, &QLineEdit::returnPressed, this, &CodeSearchField::onReturn);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& code) {
                m_debounce->stop();
                emitChosen(code.trimmed().toUpper());
            });
}

void CodeSearchField::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void CodeSearchField::onEdited()
{
    m_lastChosen.clear();
    m_debounce->start();
}

void CodeSearchField::searchNow()
{
    m_debounce->stop();
    const QString text = this->text().trimmed();
    if (!m_search || text.isEmpty()) {
        m_model->setHits({});
        return;
    }
    const Result<QList<SearchHit>> hits = checkedSearch(*m_search, text, m_limit);
    if (!hits) {
        m_model->setHits({});
        m_readError = hits.error().text();
        setToolTip(m_readError);
        emit readFailed(m_readError);
        return;
    }
    if (!m_readError.isEmpty()) {
        m_readError.clear();
        setToolTip(QString());
    }
    m_model->setHits(hits.value());
    if (hasFocus() && m_model->rowCount() > 0)
        m_completer->complete();
}

void CodeSearchField::onReturn()
{
    // Enter with the popup closed takes the text as typed (a coder who knows the code).
    if (m_completer->popup()->isVisible())
        return;
    m_debounce->stop();
    if (!code().isEmpty())
        emitChosen(code());
}

void CodeSearchField::emitChosen(const QString& code)
{
    if (code == m_lastChosen)
        return;
    m_lastChosen = code;
    emit codeChosen(code);
}

} // namespace wcw::ui
