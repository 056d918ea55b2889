#pragma once
// The guided decision tree for the open encounter: the path the rules walked, one step
// per card (question, answer, evidence, guideline, note or coder), ending on the suggested
// codes with the reason for each. Every answer can be changed from the keyboard: Up/Down
// move between steps, Left/Right or 1-9 pick another answer (emits answerChanged so the
// workspace re-runs suggest with Encounter::answers), Enter accepts the suggestion.
#include "panels/decision/DecisionPathModel.h"
#include "domain/Suggestion.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace wcw::ui {

class DecisionTreePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionTreePanel(QWidget* parent = nullptr);

    // Allowed answers per node, from the decision-tree resource. Without them the answers
    // are shown but cannot be cycled.
    void setAnswerOptions(const AnswerOptions& options);
    void setSuggestion(const Suggestion& suggestion);
    const Suggestion& suggestion() const { return m_suggestion; }

    DecisionPathModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    int currentStep() const;
    void setCurrentStep(int row);
    QString suggestionText() const; // the "suggested codes" section as plain text

    // Picks option `optionIndex` for the step at `row` (what Left/Right/number keys do).
    bool chooseAnswer(int row, int optionIndex);

signals:
    void answerChanged(const QString& nodeId, const QString& answerId);
    void acceptRequested(const QStringList& codes); // in sequence: first = first-listed
    void queryRequested();                          // no code supportable: compose a provider query

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool stepAnswer(int delta);
    void accept();
    void showCodes();

    Suggestion m_suggestion;
    DecisionPathModel* m_model;
    QListView* m_view;
    QLabel* m_codes;
    QPushButton* m_accept;
    QPushButton* m_query;
};

} // namespace wcw::ui
