#include "panels/query/ProviderQueryDialog.h"

#include "panels/query/ProviderQueryPanel.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace wcw::ui {

ProviderQueryDialog::ProviderQueryDialog(QWidget* parent)
    : QDialog(parent), m_panel(new ProviderQueryPanel(this))
{
    setWindowTitle(tr("Provider query"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Saving is the end of composing: close once the workspace has the query.
    connect(m_panel, &ProviderQueryPanel::saveRequested, this, &QDialog::accept);
    resize(720, 640);
}

} // namespace wcw::ui
