#include "common/FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace wcw::ui {

namespace {

std::optional<QStringList>& nextNames()
{
    static std::optional<QStringList> names;
    return names;
}

int& answered()
{
    static int n = 0;
    return n;
}

// Takes the stand-in answer, if a test set one.
std::optional<QStringList> takeNext()
{
    std::optional<QStringList> next = nextNames();
    nextNames().reset();
    if (next)
        ++answered();
    return next;
}

QString first(const QStringList& names)
{
    return names.isEmpty() ? QString() : names.first();
}

} // namespace

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter)
{
    if (auto next = takeNext())
        return first(*next);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& caption, const QString& dir,
                                      const QString& filter)
{
    if (auto next = takeNext())
        return *next;
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& dir,
                                 const QString& filter)
{
    if (auto next = takeNext())
        return first(*next);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption, const QString& dir)
{
    if (auto next = takeNext())
        return first(*next);
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    nextNames() = QStringList{fileName};
}

void FileDialog::setNextFileNames(const QStringList& fileNames)
{
    nextNames() = fileNames;
}

void FileDialog::setNextDirectory(const QString& dir)
{
    nextNames() = QStringList{dir};
}

int FileDialog::answeredCount()
{
    return answered();
}

} // namespace wcw::ui
