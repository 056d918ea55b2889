#pragma once
// Composes a provider query from a wcw::ProviderQuery (topic, clinical indicators, question,
// options) and keeps the ones already sent with their answers. Every field is editable; the
// compliant closing options "Other (please specify)" and "Unable to determine" always stay.
// Save emits saveRequested() (the workspace stores it and sets "query sent"); Copy puts the
// text on the clipboard; Export writes a PDF; a provider's answer is recorded later with
// answerRecorded(). File dialogs go through ui/FileDialog, so tests never block.
#include "panels/query/ProviderQueryDocument.h"
#include "work/WorkStore.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace wcw::ui {

class ProviderQueryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderQueryPanel(QWidget* parent = nullptr);

    static QString otherOption() { return QStringLiteral("Other (please specify)"); }
    static QString unableOption() { return QStringLiteral("Unable to determine"); }

    void setQuery(const ProviderQuery& query);
    void setContext(const QueryContext& context) { m_context = context; }
    void setStoredQueries(const QList<StoredQuery>& queries);
    ProviderQuery query() const; // as edited now

    bool copyToClipboard();
    bool exportPdf(); // asks for the file name; false when cancelled or not written
    QString statusText() const;

signals:
    void saveRequested(const wcw::ProviderQuery& query);
    void answerRecorded(qint64 queryId, const QString& answer);
    void pdfExported(const QString& path);

private:
    QWidget* buildEditor();
    QFormLayout* buildFields(QWidget* box);
    QHBoxLayout* buildActions(QWidget* box);
    QWidget* buildSent();
    void addOption();
    void removeOption();
    void ensureClosingOptions();
    void save();
    void showAnswerChoices();
    void recordAnswer();
    void setStatus(const QString& text);

    QueryContext m_context;
    QList<StoredQuery> m_stored;
    QLineEdit* m_topic = nullptr;
    QPlainTextEdit* m_indicators = nullptr;
    QPlainTextEdit* m_question = nullptr;
    QListWidget* m_options = nullptr;
    QLabel* m_status = nullptr;
    QTreeWidget* m_sent = nullptr;
    QComboBox* m_answer = nullptr;
    QLineEdit* m_otherText = nullptr;
    QPushButton* m_record = nullptr;
};

} // namespace wcw::ui
