#include "window/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wcw::ui {

QList<QStringList> ShortcutsDialog::rows(const QMenuBar* menus)
{
    QList<QStringList> out;
    for (QAction* menuAction : menus->actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        const QString menuName = menuAction->text().remove(u'&');
        for (QAction* a : menu->actions()) {
            QStringList keys;
            for (const QKeySequence& k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            if (!keys.isEmpty())
                out << QStringList{menuName, a->text().remove(u'&'), keys.join(QStringLiteral(", "))};
        }
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    auto* layout = new QVBoxLayout(this);
    auto* tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("shortcuts"));
    tree->setHeaderLabels({tr("Menu"), tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    for (const QStringList& row : rows(menus))
        tree->addTopLevelItem(new QTreeWidgetItem(row));
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(tree);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 620);
}

} // namespace wcw::ui
