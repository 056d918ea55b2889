#include "common/MessageBox.h"

namespace wcw::ui {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
int g_answered = 0;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    g_nextAnswer = button;
}

int MessageBox::answeredCount()
{
    return g_answered;
}

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        ++g_answered;
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

bool MessageBox::confirm(QWidget* parent, const QString& title, const QString& text)
{
    return ask(QMessageBox::Question, parent, title, text, QMessageBox::Yes | QMessageBox::No,
               QMessageBox::No) == QMessageBox::Yes;
}

void MessageBox::inform(QWidget* parent, const QString& title, const QString& text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace wcw::ui
