#pragma once
// A patient's visits in date order for the visit-history timeline: codes per visit, whether
// progression or re-evaluation was documented, and which codes were carried forward stale.
#include "work/WorkStore.h"

#include <QAbstractListModel>

namespace wcw::ui {

class VisitHistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        VisitIdRole = Qt::UserRole + 1,
        EncounterIdRole,
        DateRole,              // QDate
        CodesRole,             // QStringList, in sequence
        StaleCodesRole,        // QStringList: codes of this visit in a stale carried run
        ProgressionRole,       // bool
        DefinitiveDxRole,      // bool
        CurrentRole,           // bool: the encounter being coded
        DaysSincePreviousRole, // int, -1 for the first visit
    };

    explicit VisitHistoryModel(QObject* parent = nullptr);

    void setHistory(const VisitHistory& history);
    void setCurrentEncounterId(const QString& encounterId);
    const VisitHistory& history() const { return m_history; }
    QStringList staleCodesAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    VisitHistory m_history;
    QString m_current;
};

} // namespace wcw::ui
