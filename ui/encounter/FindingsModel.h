#pragma once
// The latest findings of an opened encounter (severity, rule, message, guideline, one-key fix).
#include "domain/Finding.h"

#include <QAbstractListModel>

namespace wcw::ui {

class EncounterSession;

class FindingsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { RuleRole = Qt::UserRole + 1, SeverityRole, HasFixRole };

    explicit FindingsModel(EncounterSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    const Finding& finding(int row) const { return m_findings.at(row); }
    bool fixApplies(int row) const;

private:
    void reload();
    QString text(const Finding& f, bool fixable) const;

    EncounterSession& m_session;
    QList<Finding> m_findings;
};

} // namespace wcw::ui
