#pragma once
// Two ICD-10-CM codes side by side (title, chapter/block, billable, inclusion terms,
// Excludes1/Excludes2 both ways, code first/use additional, index entries, curated
// guidance). Defaults to R53.1 vs M62.81; any two codes can be typed (search-as-you-type)
// or set by the workspace (the current code and the suggestion). The comparison itself
// comes from a wcw::CodeSearch service; a failed read shows its Error in the view (and
// readFailed()), not as missing codes.
#include "domain/CodeSearch.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace wcw::ui {

class CodeSearchField;

class ComparisonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonPanel(QWidget* parent = nullptr);

    static QString defaultCodeA() { return QStringLiteral("R53.1"); }
    static QString defaultCodeB() { return QStringLiteral("M62.81"); }

    void setSearch(const CodeSearch* search);
    void setDateOfService(const QDate& date);
    QDate dateOfService() const { return m_date; }

    void compare(const QString& a, const QString& b);
    void swap();
    void refresh();

    QString codeA() const;
    QString codeB() const;
    const std::optional<CodeComparison>& comparison() const { return m_comparison; }
    QString shownText() const; // what the coder reads, as plain text

protected:
    void changeEvent(QEvent* event) override; // re-render the table's colours for a new palette

signals:
    void compared(const QString& a, const QString& b);
    void codeLinkActivated(const QString& code); // a code in the table was clicked (e.g. open in the browser)
    void readFailed(const QString& errorText);   // the comparison or a field's search could not be read

private:
    const CodeSearch* m_search = nullptr;
    QDate m_date;
    CodeSearchField* m_fieldA;
    CodeSearchField* m_fieldB;
    QToolButton* m_swap;
    QLabel* m_heading;
    QTextBrowser* m_view;
    std::optional<CodeComparison> m_comparison;
};

} // namespace wcw::ui
