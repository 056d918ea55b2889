#include "RulesAnalyzer.h"

namespace wcw::gui {

RulesAnalyzer::RulesAnalyzer(std::shared_ptr<db::ReferenceDb> reference)
    : m_reference(std::move(reference)), m_rules(*m_reference)
{
}

std::unique_ptr<RulesAnalyzer> RulesAnalyzer::open(const QString& referencePath, QString* error)
{
    auto reference = std::make_shared<db::ReferenceDb>(referencePath);
    if (!reference->open(error))
        return nullptr;
    return std::unique_ptr<RulesAnalyzer>(new RulesAnalyzer(std::move(reference)));
}

std::unique_ptr<RulesAnalyzer> RulesAnalyzer::over(std::shared_ptr<db::ReferenceDb> reference)
{
    return std::unique_ptr<RulesAnalyzer>(new RulesAnalyzer(std::move(reference)));
}

ui::EncounterAnalysis RulesAnalyzer::analyze(const Encounter& encounter)
{
    ui::EncounterAnalysis out;
    // review() shares one reading of the note between the checks and the suggestion.
    EncounterReview review = m_rules.review(encounter);
    out.evidence = m_rules.read(encounter.note);
    out.findings = std::move(review.findings);
    out.suggestion = std::move(review.suggestion);
    return out;
}

QList<Finding> RulesAnalyzer::check(const Encounter& encounter)
{
    return m_rules.check(encounter);
}

} // namespace wcw::gui
