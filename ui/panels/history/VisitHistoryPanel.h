#pragma once
// The patient's visits as a timeline (date, codes, whether progression was documented)
// from a wcw::VisitHistory, with symptom codes carried forward without re-evaluation marked
// stale and explained (OCG IV.J; an audit risk). Activating a visit emits visitActivated().
#include "work/WorkStore.h"

#include <QWidget>

class QLabel;
class QListView;

namespace wcw::ui {

class VisitHistoryModel;

class VisitHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VisitHistoryPanel(QWidget* parent = nullptr);

    void setHistory(const VisitHistory& history);
    void setCurrentEncounterId(const QString& encounterId);

    VisitHistoryModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QString headingText() const;
    QString symptomsText() const; // the carried-symptom explanations as plain text

signals:
    void visitActivated(qint64 visitId, const QString& encounterId);

private:
    void showSymptoms(const VisitHistory& history);

    VisitHistoryModel* m_model;
    QListView* m_view;
    QLabel* m_heading;
    QLabel* m_symptoms;
};

} // namespace wcw::ui
