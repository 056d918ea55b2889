#pragma once
// Every file the workstation asks the user to pick goes through here, so tests can answer
// in advance instead of blocking on a native dialog (after KeePassXC's FileDialog).
#include <QString>
#include <QStringList>

class QWidget;

namespace wcw::ui {

class FileDialog
{
public:
    static QString openFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                const QString& filter = {});
    static QStringList openFileNames(QWidget* parent, const QString& caption, const QString& dir = {},
                                     const QString& filter = {});
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& dir = {},
                                const QString& filter = {});
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir = {});

    // Tests: the next dialog returns these at once without showing (an empty string = Cancel).
    static void setNextFileName(const QString& fileName);
    static void setNextFileNames(const QStringList& fileNames);
    static void setNextDirectory(const QString& dir);
    static int answeredCount(); // how many dialogs a stand-in answer replaced so far
};

} // namespace wcw::ui
