#pragma once
// The workstation's main window (placeholder until the GUI issue lands).
#include <QMainWindow>

namespace wcw::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace wcw::ui
