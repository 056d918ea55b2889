#pragma once
// Browse the reference: search-as-you-type (debounced) with code, title, billable and what
// matched; the tabular list as a tree (filled as it is expanded); a code's full record with
// inherited notes marked and its index entries; "Compare with…" (compareRequested) and
// "Use code" (codeChosen) for the workspace. Reads only through CodeSearch, CodeFacts and
// CodeHierarchy services; a failed read of the reference is shown above the results (and in
// the details when it was the record), never as an empty list.
#include "domain/CodeFacts.h"
#include "domain/CodeHierarchy.h"
#include "domain/CodeSearch.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeView;

namespace wcw::ui {

class CodeHierarchyModel;
class CodeSearchField;
class CodeSearchModel;

class CodeBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit CodeBrowser(QWidget* parent = nullptr);

    void setServices(const CodeSearch* search, const CodeFacts* facts, const CodeHierarchy* hierarchy);
    void setDateOfService(const QDate& date);
    void setDebounceMs(int ms);
    // The code offered in "Compare with…" (e.g. the workspace's current code).
    void setCompareCandidate(const QString& code);

    bool showCode(const QString& code); // false when not in the release in force
    QString currentCode() const { return m_current; }
    void searchNow();

    QLineEdit* searchField() const { return m_search; }
    QTreeView* resultsView() const { return m_resultsView; }
    QTreeView* treeView() const { return m_treeView; }
    CodeSearchModel* resultsModel() const { return m_results; }
    CodeHierarchyModel* treeModel() const { return m_tree; }
    QString detailsText() const;
    // The Error's text of the last failed read (search or record); empty when the last worked.
    QString readErrorText() const;

signals:
    void codeShown(const QString& code);
    void codeChosen(const QString& code);
    void compareRequested(const QString& a, const QString& b);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* buildLeft();
    void buildResultsView(QWidget* parent);
    void buildTreeView(QWidget* parent);
    void connectLeft();
    QWidget* buildRight();
    void revealInTree(const QString& code);
    void requestCompare();
    void showReadError(const QString& text); // empty hides it

    const CodeSearch* m_codeSearch = nullptr;
    const CodeFacts* m_facts = nullptr;
    const CodeHierarchy* m_hierarchy = nullptr;
    QDate m_date;
    QString m_current;
    QSplitter* m_columns = nullptr;
    bool m_coderResized = false; // once the coder drags the splitter, their split stays
    QLineEdit* m_search = nullptr;
    QTimer* m_debounce = nullptr;
    CodeSearchModel* m_results = nullptr;
    QTreeView* m_resultsView = nullptr;
    QLabel* m_readError = nullptr;
    CodeHierarchyModel* m_tree = nullptr;
    QTreeView* m_treeView = nullptr;
    QLabel* m_releaseLabel = nullptr;
    QTextBrowser* m_details = nullptr;
    CodeSearchField* m_compareWith = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_use = nullptr;
};

} // namespace wcw::ui
