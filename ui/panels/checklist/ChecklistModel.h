#pragma once
// The documentation checklist as a two-level tree: one row per item (present or missing),
// with the note spans that document it as children. Rows carry the span so a click can
// show the evidence in the note.
#include "domain/Suggestion.h"

#include <QAbstractItemModel>

namespace wcw::ui {

class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role { ItemIdRole = Qt::UserRole + 1, PresentRole, SpanStartRole, SpanEndRole, IsEvidenceRole };

    explicit ChecklistModel(QObject* parent = nullptr);

    void setChecklist(const Checklist& checklist);
    const Checklist& checklist() const { return m_checklist; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QVariant itemData(const ChecklistItem& item, int role) const;
    QVariant evidenceData(const EvidenceSpan& span, int role) const;

    Checklist m_checklist;
};

} // namespace wcw::ui
