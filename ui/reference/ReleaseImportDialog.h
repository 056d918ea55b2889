#pragma once
// Imports an ICD-10-CM release: pick the tabular/index/order files, or CDC's zip or a
// folder; the import runs on a worker thread (QThread) with a progress bar and Cancel, so
// the window never freezes. Lists the releases in the database and which one is in force
// for a date of service. Files are picked through ui/FileDialog (tests answer in advance).
#include "domain/Release.h"
#include "reference/ReleaseImportRunner.h"

#include <QDialog>
#include <atomic>

class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;

namespace wcw::ui {

class ReleaseImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReleaseImportDialog(QWidget* parent = nullptr);
    ~ReleaseImportDialog() override;

    void setRunner(ReleaseImportRunner runner) { m_runner = std::move(runner); }
    void setReleases(const QList<Release>& releases); // oldest first, as ReferenceDb::releases()
    void setDateOfService(const QDate& date);
    void setRequest(const ReleaseImportRequest& request);
    ReleaseImportRequest request() const;

    bool startImport(); // false (with the reason shown) when nothing to import or already running
    void cancelImport();
    bool isRunning() const { return m_thread != nullptr; }
    QString statusText() const;
    QString inForceText() const;
    QTableWidget* releasesTable() const { return m_releases; }

    void reject() override; // Esc / Close while importing cancels first

signals:
    void
    importFinished(const wcw::ui::ReleaseImportResult& result); // re-open the reference, then setReleases()

private:
    QWidget* buildSources();
    QWidget* buildReleases();
    void browseFile(QLineEdit* target, const QString& caption, const QString& filter);
    void onProgress(const QString& stage, qint64 done, qint64 total);
    void onFinished();
    void showInForce();
    void setRunning(bool running);

    ReleaseImportRunner m_runner;
    QList<Release> m_releaseList;
    QRadioButton* m_byFiles = nullptr;
    QRadioButton* m_byPath = nullptr;
    QLineEdit* m_tabular = nullptr;
    QLineEdit* m_index = nullptr;
    QLineEdit* m_order = nullptr;
    QLineEdit* m_path = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QTableWidget* m_releases = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_inForce = nullptr;

    QThread* m_thread = nullptr;
    std::atomic_bool m_cancelRequested{false};
    ReleaseImportResult m_result;
};

} // namespace wcw::ui

Q_DECLARE_METATYPE(wcw::ui::ReleaseImportResult)
