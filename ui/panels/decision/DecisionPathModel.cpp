#include "panels/decision/DecisionPathModel.h"

namespace wcw::ui {

DecisionPathModel::DecisionPathModel(QObject* parent) : QAbstractListModel(parent) {}

void DecisionPathModel::setPath(const QList<PathStep>& path)
{
    beginResetModel();
    m_path = path;
    endResetModel();
}

void DecisionPathModel::setOptions(const AnswerOptions& options)
{
    beginResetModel();
    m_options = options;
    endResetModel();
}

QList<AnswerOption> DecisionPathModel::optionsAt(int row) const
{
    if (row < 0 || row >= m_path.size())
        return {};
    return m_options.value(m_path.at(row).node);
}

int DecisionPathModel::optionIndexAt(int row) const
{
    const QList<AnswerOption> options = optionsAt(row);
    for (int i = 0; i < options.size(); ++i) {
        if (options.at(i).id == m_path.at(row).answer)
            return i;
    }
    return -1;
}

int DecisionPathModel::rowOfNode(const QString& node) const
{
    for (int i = 0; i < m_path.size(); ++i) {
        if (m_path.at(i).node == node)
            return i;
    }
    return -1;
}

void DecisionPathModel::setCoderAnswer(int row, const QString& answerId)
{
    if (row < 0 || row >= m_path.size())
        return;
    PathStep& step = m_path[row];
    step.answer = answerId;
    step.fromAnswers = true;
    step.evidence = tr("answered by coder");
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

int DecisionPathModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_path.size());
}

QString DecisionPathModel::answerLabel(const PathStep& step) const
{
    for (const AnswerOption& o : m_options.value(step.node)) {
        if (o.id == step.answer)
            return o.label;
    }
    return step.answer;
}

QVariant DecisionPathModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PathStep& step = m_path.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 %2").arg(step.question, answerLabel(step));
    case Qt::AccessibleTextRole:
        return tr("Step %1: %2 Answer: %3. %4")
            .arg(index.row() + 1)
            .arg(step.question, answerLabel(step),
                 step.fromAnswers ? tr("Answered by the coder.") : tr("From the note."));
    case NodeRole:
        return step.node;
    case QuestionRole:
        return step.question;
    case AnswerRole:
        return step.answer;
    case AnswerLabelRole:
        return answerLabel(step);
    case EvidenceRole:
        return step.evidence;
    case GuidelineRole:
        return step.guideline;
    case FromCoderRole:
        return step.fromAnswers;
    case OptionLabelsRole: {
        QStringList labels;
        for (const AnswerOption& o : m_options.value(step.node))
            labels.append(o.label);
        return labels;
    }
    case OptionIndexRole:
        return optionIndexAt(index.row());
    case StepNumberRole:
        return index.row() + 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> DecisionPathModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NodeRole, "node");
    names.insert(QuestionRole, "question");
    names.insert(AnswerRole, "answer");
    names.insert(AnswerLabelRole, "answerLabel");
    names.insert(EvidenceRole, "evidence");
    names.insert(GuidelineRole, "guideline");
    names.insert(FromCoderRole, "fromCoder");
    names.insert(OptionLabelsRole, "optionLabels");
    names.insert(OptionIndexRole, "optionIndex");
    names.insert(StepNumberRole, "stepNumber");
    return names;
}

} // namespace wcw::ui
