#include "reference/ReleaseImportDialog.h"

#include "common/FileDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <algorithm>

namespace wcw::ui {

ReleaseImportDialog::ReleaseImportDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("ICD-10-CM releases"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("No import running"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("startImport"));
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSources());
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buildReleases(), 1);
    layout->addWidget(buttons);

    connect(m_import, &QPushButton::clicked, this, &ReleaseImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ReleaseImportDialog::cancelImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReleaseImportDialog::reject);
    setRunning(false);
    resize(760, 620);
}

ReleaseImportDialog::~ReleaseImportDialog()
{
    // Never leave a worker writing to the database behind a destroyed dialog.
    if (m_thread) {
        m_cancelRequested = true;
        m_thread->wait();
    }
}

QWidget* ReleaseImportDialog::buildSources()
{
    auto* box = new QGroupBox(tr("Import a release"), this);
    m_byPath = new QRadioButton(tr("CDC &zip archive or folder"), box);
    m_byFiles = new QRadioButton(tr("&Separate files"), box);
    m_byPath->setChecked(true);
    m_path = new QLineEdit(box);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_tabular = new QLineEdit(box);
    m_tabular->setObjectName(QStringLiteral("importTabular"));
    m_index = new QLineEdit(box);
    m_index->setObjectName(QStringLiteral("importIndex"));
    m_order = new QLineEdit(box);
    m_order->setObjectName(QStringLiteral("importOrder"));
    m_path->setPlaceholderText(tr("icd10cm-table-index-2026.zip or a folder with the XML files"));
    m_tabular->setPlaceholderText(tr("icd10cm_tabular_YYYY.xml"));
    m_index->setPlaceholderText(tr("icd10cm_index_YYYY.xml (optional)"));
    m_order->setPlaceholderText(tr("icd10cm-order-YYYY.txt (optional)"));

    auto* grid = new QGridLayout(box);
    auto* zip = new QPushButton(tr("Zip\u2026"), box);
    auto* folder = new QPushButton(tr("Folder\u2026"), box);
    grid->addWidget(m_byPath, 0, 0, 1, 4);
    grid->addWidget(m_path, 1, 1);
    grid->addWidget(zip, 1, 2);
    grid->addWidget(folder, 1, 3);
    grid->addWidget(m_byFiles, 2, 0, 1, 4);
    const QList<QPair<QString, QLineEdit*>> files = {
        {tr("Tabular XML"), m_tabular}, {tr("Index XML"), m_index}, {tr("Order file"), m_order}};
    int row = 3;
    for (const auto& [label, edit] : files) {
        grid->addWidget(new QLabel(label, box), row, 0);
        grid->addWidget(edit, row, 1);
        auto* browse = new QPushButton(tr("Browse\u2026"), box);
        grid->addWidget(browse, row, 2, 1, 2);
        const QString filter = edit == m_order ? tr("Order files (*.txt)") : tr("XML files (*.xml)");
        connect(browse, &QPushButton::clicked, this, [this, edit, label, filter] {
            m_byFiles->setChecked(true);
            browseFile(edit, label, filter);
        });
        ++row;
    }
    grid->setColumnMinimumWidth(0, 110);
    grid->setColumnStretch(1, 1);

    connect(zip, &QPushButton::clicked, this, [this] {
        m_byPath->setChecked(true);
        browseFile(m_path, tr("CDC release archive"), tr("Zip archives (*.zip)"));
    });
    connect(folder, &QPushButton::clicked, this, [this] {
        m_byPath->setChecked(true);
        const QString dir = FileDialog::existingDirectory(this, tr("Folder with the release files"));
        if (!dir.isEmpty())
            m_path->setText(dir);
    });
    return box;
}

QWidget* ReleaseImportDialog::buildReleases()
{
    auto* box = new QGroupBox(tr("Releases in the database"), this);
    m_releases = new QTableWidget(0, 4, box);
    m_releases->setObjectName(QStringLiteral("releaseTable"));
    m_releases->setHorizontalHeaderLabels({tr("Release"), tr("Kind"), tr("In force from"), tr("Until")});
    m_releases->verticalHeader()->hide();
    m_releases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_releases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_releases->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_releases->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_date = new QDateEdit(QDate::currentDate(), box);
    m_date->setObjectName(QStringLiteral("inForceDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_inForce = new QLabel(box);
    m_inForce->setObjectName(QStringLiteral("inForce"));
    m_inForce->setWordWrap(true);

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(new QLabel(tr("In force on"), box));
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_inForce, 1);
    auto* v = new QVBoxLayout(box);
    v->addWidget(m_releases, 1);
    v->addLayout(dateRow);
    connect(m_date, &QDateEdit::dateChanged, this, &ReleaseImportDialog::showInForce);
    return box;
}

void ReleaseImportDialog::browseFile(QLineEdit* target, const QString& caption, const QString& filter)
{
    const QString file = FileDialog::openFileName(this, caption, target->text(), filter);
    if (!file.isEmpty())
        target->setText(file);
}

void ReleaseImportDialog::setReleases(const QList<Release>& releases)
{
    m_releaseList = releases;
    m_releases->setRowCount(int(releases.size()));
    for (int row = 0; row < releases.size(); ++row) {
        const Release& r = releases.at(row);
        const QStringList cells = {r.label.isEmpty() ? r.id : r.label, releaseKindName(r.kind),
                                   r.effectiveFrom.toString(Qt::ISODate),
                                   r.effectiveTo.isNull() ? tr("still in force")
                                                          : r.effectiveTo.toString(Qt::ISODate)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, r.id);
            m_releases->setItem(row, c, item);
        }
    }
    showInForce();
}

void ReleaseImportDialog::setDateOfService(const QDate& date)
{
    m_date->setDate(date);
    showInForce();
}

void ReleaseImportDialog::showInForce()
{
    const QDate date = m_date->date();
    m_releases->clearSelection();
    for (int row = 0; row < m_releaseList.size(); ++row) {
        const Release& r = m_releaseList.at(row);
        if (r.governs(date)) {
            m_releases->selectRow(row);
            QString text = tr("%1 (%2)").arg(r.label.isEmpty() ? r.id : r.label, releaseKindName(r.kind));
            if (r.kind == ReleaseKind::OrderOnly && !r.notesFromId.isEmpty())
                text += tr("; notes and index from %1").arg(r.notesFromId);
            m_inForce->setText(text);
            return;
        }
    }
    m_inForce->setText(tr("No imported release covers %1.").arg(date.toString(Qt::ISODate)));
}

void ReleaseImportDialog::setRequest(const ReleaseImportRequest& request)
{
    m_tabular->setText(request.tabular);
    m_index->setText(request.index);
    m_order->setText(request.order);
    m_path->setText(request.archiveOrFolder);
    (request.archiveOrFolder.isEmpty() ? m_byFiles : m_byPath)->setChecked(true);
}

ReleaseImportRequest ReleaseImportDialog::request() const
{
    ReleaseImportRequest r;
    if (m_byPath->isChecked()) {
        r.archiveOrFolder = m_path->text().trimmed();
    } else {
        r.tabular = m_tabular->text().trimmed();
        r.index = m_index->text().trimmed();
        r.order = m_order->text().trimmed();
    }
    return r;
}

bool ReleaseImportDialog::startImport()
{
    if (m_thread)
        return false;
    const ReleaseImportRequest r = request();
    if (r.archiveOrFolder.isEmpty() && r.tabular.isEmpty() && r.order.isEmpty()) {
        m_status->setText(tr("Choose a zip archive, a folder, or at least the tabular or order file."));
        return false;
    }
    if (!m_runner) {
        m_status->setText(tr("No reference database is open."));
        return false;
    }
    m_cancelRequested = false;
    m_result = {};
    db::ImportControl control;
    control.cancel = &m_cancelRequested;
    // Called on the worker: hand the figures to the GUI thread.
    control.progress = [this](const QString& stage, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, stage, done, total] { onProgress(stage, done, total); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, r, control] { m_result = m_runner(r, control); });
    m_thread->setObjectName(QStringLiteral("release-import"));
    connect(m_thread, &QThread::finished, this, &ReleaseImportDialog::onFinished);
    setRunning(true);
    m_status->setText(tr("Importing\u2026"));
    m_progress->setRange(0, 0);
    m_thread->start();
    return true;
}

void ReleaseImportDialog::cancelImport()
{
    if (!m_thread)
        return;
    m_cancelRequested = true;
    m_status->setText(tr("Cancelling\u2026"));
}

void ReleaseImportDialog::onProgress(const QString& stage, qint64 done, qint64 total)
{
    if (!m_thread)
        return;
    // Byte offsets can exceed int: show per-mille.
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(tr("%1: %p%").arg(stage));
    if (!m_cancelRequested)
        m_status->setText(tr("Importing (%1)\u2026").arg(stage));
}

void ReleaseImportDialog::onFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(m_result.ok ? 1 : 0);
    m_progress->setFormat(m_result.ok ? tr("done") : m_result.cancelled ? tr("cancelled") : tr("failed"));
    m_status->setText(m_result.message);
    emit importFinished(m_result);
}

void ReleaseImportDialog::setRunning(bool running)
{
    m_import->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_byFiles->setEnabled(!running);
    m_byPath->setEnabled(!running);
}

void ReleaseImportDialog::reject()
{
    if (m_thread) {
        cancelImport();
        return; // closes when the worker has stopped and the coder presses Close again
    }
    QDialog::reject();
}

QString ReleaseImportDialog::statusText() const
{
    return m_status->text();
}

QString ReleaseImportDialog::inForceText() const
{
    return m_inForce->text();
}

} // namespace wcw::ui
