#pragma once
// The decision-tree path of a wcw::Suggestion as a list model: one row per step with its
// question, chosen answer, evidence, guideline and whether the coder answered it, plus the
// answers the tree allows at that node (so a view can offer the others).
#include "domain/Suggestion.h"

#include <QAbstractListModel>
#include <QHash>

namespace wcw::ui {

// One answer a decision-tree node allows ("generalized" / "Generalized").
struct AnswerOption
{
    QString id;
    QString label;
};
using AnswerOptions = QHash<QString, QList<AnswerOption>>; // node id -> allowed answers, in tree order

class DecisionPathModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NodeRole = Qt::UserRole + 1,
        QuestionRole,
        AnswerRole,      // answer id
        AnswerLabelRole, // as the tree words it
        EvidenceRole,
        GuidelineRole,
        FromCoderRole,    // bool: the coder's answer overrode the note
        OptionLabelsRole, // QStringList
        OptionIndexRole,  // int, -1 when the answer is not among the known options
        StepNumberRole,
    };

    explicit DecisionPathModel(QObject* parent = nullptr);

    void setPath(const QList<PathStep>& path);
    void setOptions(const AnswerOptions& options);
    const QList<PathStep>& path() const { return m_path; }
    QList<AnswerOption> optionsAt(int row) const;
    int optionIndexAt(int row) const;
    int rowOfNode(const QString& node) const;
    // Records the coder's answer for a step (shown at once, before the tree is re-run).
    void setCoderAnswer(int row, const QString& answerId);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString answerLabel(const PathStep& step) const;

    QList<PathStep> m_path;
    AnswerOptions m_options;
};

} // namespace wcw::ui
