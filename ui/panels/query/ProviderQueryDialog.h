#pragma once
// A ProviderQueryPanel in its own window, for composing a query outside the workspace tab
// (e.g. from the findings panel's "query-needed" finding). Non-modal by default.
#include <QDialog>

namespace wcw::ui {

class ProviderQueryPanel;

class ProviderQueryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProviderQueryDialog(QWidget* parent = nullptr);
    ProviderQueryPanel* panel() const { return m_panel; }

private:
    ProviderQueryPanel* m_panel;
};

} // namespace wcw::ui
