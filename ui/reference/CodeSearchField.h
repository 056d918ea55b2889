#pragma once
// A code entry field with search-as-you-type: typing asks a wcw::CodeSearch service
// (debounced, so fast typists do not queue a search per key) and offers the hits in a
// popup. Picking a hit or pressing Enter emits codeChosen(). A failed read of the reference
// shows as the field's tooltip and readFailed(), so the page can put it where the coder looks.
#include "domain/CodeSearch.h"

#include <QLineEdit>

class QCompleter;
class QTimer;

namespace wcw::ui {

class CodeSearchModel;

class CodeSearchField : public QLineEdit
{
    Q_OBJECT
public:
    explicit CodeSearchField(QWidget* parent = nullptr);

    void setSearch(const CodeSearch* search) { m_search = search; }
    void setDebounceMs(int ms);
    void setResultLimit(int limit) { m_limit = limit; }

    // Runs the pending search at once (tests, and Enter before the debounce fired).
    void searchNow();
    CodeSearchModel* hitsModel() const { return m_model; }
    QString code() const { return text().trimmed().toUpper(); }
    // The Error's text of the last search when it failed; empty after one that worked.
    QString readError() const { return m_readError; }

signals:
    void codeChosen(const QString& code);
    void readFailed(const QString& errorText);

private:
    void onEdited();
    void onReturn();

    const CodeSearch* m_search = nullptr;
    CodeSearchModel* m_model;
    QCompleter* m_completer;
    QTimer* m_debounce;
    int m_limit = 15;
    void emitChosen(const QString& code);

    QString m_readError;
    QString m_lastChosen; // Enter in the popup may also reach the field: emit once per choice
};

} // namespace wcw::ui
