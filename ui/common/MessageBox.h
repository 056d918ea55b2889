#pragma once
// Every question the workstation asks goes through here, so tests can answer in advance
// instead of blocking on a modal dialog (after KeePassXC's MessageBox::setNextAnswer).
#include <QMessageBox>

namespace wcw::ui {

class MessageBox
{
public:
    // Yes/No question; returns true for Yes.
    static bool confirm(QWidget* parent, const QString& title, const QString& text);
    static void inform(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next dialog returns this button at once without showing. NoButton = ask for real.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // Tests: how many dialogs were answered by a stand-in answer so far.
    static int answeredCount();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace wcw::ui
