#include "PanelTestSupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QWidget>
#include <algorithm>

namespace wcw::test {

QString screenshotDir()
{
    const QString dir = QStringLiteral(WCW_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    return dir;
}

QString saveScreenshot(QWidget* widget, const QString& name, int width, int height)
{
    widget->resize(width, height);
    widget->show();
    QCoreApplication::processEvents();
    const QString dir = QStringLiteral(WCW_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

QString saveDarkScreenshot(QWidget* widget, const QString& name, int width, int height)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Mid, QColor(90, 90, 96));
    dark.setColor(QPalette::Highlight, QColor(64, 128, 200));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(120, 170, 255));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    const QString path = saveScreenshot(widget, name + QStringLiteral("-dark"), width, height);
    QApplication::setPalette(before);
    return path;
}

} // namespace wcw::test

namespace wcw::test {
namespace {

// Ink: the share of pixels of `area` that differ from its most common colour. A blank or
// single-colour region has none; a line of text has a few percent.
double inkIn(const QImage& image, const QRect& area)
{
    const QRect r = area.intersected(image.rect());
    if (r.isEmpty())
        return 0;
    QHash<QRgb, int> counts;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y)];
    }
    int most = 0;
    for (int c : std::as_const(counts))
        most = std::max(most, c);
    const int total = r.width() * r.height();
    return double(total - most) / total;
}

struct Shown
{
    QString text;
    QRect area; // in the root widget's coordinates
};

void itemTexts(const QAbstractItemView* view, const QWidget* root, const QModelIndex& parent, int depth,
               QList<Shown>* out)
{
    const QAbstractItemModel* model = view->model();
    if (!model || depth > 3)
        return;
    const QRect visible = view->viewport()->rect();
    for (int row = 0; row < std::min(model->rowCount(parent), 200); ++row) {
        for (int col = 0; col < model->columnCount(parent); ++col) {
            const QModelIndex i = model->index(row, col, parent);
            const QRect cell = view->visualRect(i).intersected(visible);
            if (!cell.isEmpty()) {
                out->append({model->data(i, Qt::DisplayRole).toString(),
                             QRect(view->viewport()->mapTo(root, cell.topLeft()), cell.size())});
            }
            if (col == 0)
                itemTexts(view, root, i, depth + 1, out);
        }
    }
}

// Every text a visible widget below `root` shows, with where it shows it.
QList<Shown> shownTexts(QWidget* root)
{
    QList<Shown> out;
    const auto areaOf = [root](const QWidget* w) { return QRect(w->mapTo(root, QPoint(0, 0)), w->size()); };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root) || w->width() <= 0 || w->height() <= 0)
            continue;
        if (auto* l = qobject_cast<QLabel*>(w))
            out.append({QTextDocumentFragment::fromHtml(l->text()).toPlainText(), areaOf(w)});
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            out.append({b->text(), areaOf(w)});
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            out.append({e->text().isEmpty() ? e->placeholderText() : e->text(), areaOf(w)});
        else if (auto* t = qobject_cast<QTextEdit*>(w))
            out.append({t->toPlainText(), areaOf(t->viewport())});
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            out.append({p->toPlainText(), areaOf(p->viewport())});
        else if (auto* c = qobject_cast<QComboBox*>(w))
            out.append({c->currentText(), areaOf(w)});
        else if (auto* g = qobject_cast<QGroupBox*>(w))
            out.append({g->title(), QRect(areaOf(w).topLeft(), QSize(w->width(), 24))});
        else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append({tabs->tabText(i),
                            QRect(tabs->mapTo(root, tabs->tabRect(i).topLeft()), tabs->tabRect(i).size())});
        }
        if (auto* v = qobject_cast<QAbstractItemView*>(w))
            itemTexts(v, root, v->rootIndex(), 0, &out);
    }
    return out;
}

} // namespace

QString screenshotProblems(QWidget* widget, const QString& name, const QStringList& mustShow, int width,
                           int height, bool dark)
{
    const QString path =
        dark ? saveDarkScreenshot(widget, name, width, height) : saveScreenshot(widget, name, width, height);
    if (path.isEmpty())
        return name + QStringLiteral(": the screenshot could not be written");
    const QImage image(path);
    QStringList problems;
    if (image.isNull() || inkIn(image, image.rect()) < 0.01)
        problems << path + QStringLiteral(": the picture is blank");
    const QList<Shown> shown = shownTexts(widget);
    for (const QString& text : mustShow) {
        bool found = false, inked = false;
        for (const Shown& s : shown) {
            if (!s.text.contains(text))
                continue;
            found = true;
            if (inkIn(image, s.area) > 0.002) {
                inked = true;
                break;
            }
        }
        if (!found)
            problems << path + QStringLiteral(": no visible widget shows \"%1\"").arg(text);
        else if (!inked)
            problems << path + QStringLiteral(": \"%1\" is in a widget whose part of the picture is blank")
                                   .arg(text);
    }
    return problems.join(u'\n');
}

} // namespace wcw::test
