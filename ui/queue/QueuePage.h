#pragma once
// The daily queue: a filter bar (text, status, severity, rule, mine only) over a sortable table.
// Enter opens the selected encounter; claim / done / hold are the main window's actions.
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace wcw::ui {

class QueueModel;
class QueueProxyModel;
class Workbench;

class QueuePage : public QWidget
{
    Q_OBJECT
public:
    explicit QueuePage(Workbench& workbench, QWidget* parent = nullptr);

    qint64 currentId() const; // 0 when nothing is selected
    // Id of the row `delta` rows away from `id` in the current sort/filter order (0 at the ends).
    qint64 neighbour(qint64 id, int delta) const;
    void select(qint64 id);
    void focusSearch();
    void focusTable();

    QTableView* table() const { return m_table; }
    QueueModel* model() const { return m_model; }
    QueueProxyModel* proxy() const { return m_proxy; }
    QLineEdit* searchBox() const { return m_text; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* severityBox() const { return m_severity; }
    QComboBox* ruleBox() const { return m_rule; }
    // Typing in the filter box applies after a short pause (kTextDelayMs), so a long queue is
    // not re-filtered on every key; the other filters apply at once.
    static constexpr int kTextDelayMs = 150;

signals:
    void openRequested(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QHBoxLayout* buildFilterBar();
    void buildTable();
    void connectFilters(Workbench& workbench);
    void connectTable();
    void applyCriteria();
    void updateCount();
    void fillRules();

    Workbench& m_workbench;
    QueueModel* m_model;
    QueueProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_text;
    QComboBox* m_status;
    QComboBox* m_severity;
    QComboBox* m_rule;
    QCheckBox* m_mine;
    QLabel* m_count;
    QTimer* m_textDelay;
};

} // namespace wcw::ui
