// wcw: the Weakness Coding Workstation.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("wcw"));
    QApplication::setApplicationName(QStringLiteral("wcw"));
    wcw::ui::MainWindow window;
    window.show();
    return app.exec();
}
