#include "MainWindow.h"

#include <QLabel>

namespace wcw::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Weakness Coding Workstation"));
    setCentralWidget(new QLabel(tr("wcw"), this));
    resize(1280, 800);
}

} // namespace wcw::ui
