#pragma once
// Help > Keyboard shortcuts: every action of the main window that has a shortcut, by menu.
#include <QDialog>

class QMenuBar;

namespace wcw::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);
    // (menu, action, keys) rows, also used by tests and docs.
    static QList<QStringList> rows(const QMenuBar* menus);
};

} // namespace wcw::ui
