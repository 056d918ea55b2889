#pragma once
// The encounter's assigned codes in sequence (row 0 = principal / first-listed), with the
// title from the release in force on the date of service.
#include <QAbstractListModel>
#include <QHash>

namespace wcw::ui {

class EncounterSession;

class AssignedCodesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1, TitleRole };

    explicit AssignedCodesModel(EncounterSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString title(const QString& code) const;

    EncounterSession& m_session;
    QStringList m_codes;
    mutable QHash<QString, QString> m_titles;
};

} // namespace wcw::ui
