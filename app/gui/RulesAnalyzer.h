#pragma once
// The rules core behind the workstation's EncounterAnalyzer seam: a RulesEngine over a
// reference database, used on the worker thread.
#include "services/EncounterAnalyzer.h"
#include "reference/ReferenceDb.h"
#include "rules/RulesEngine.h"

#include <memory>

namespace wcw::gui {

class RulesAnalyzer : public ui::EncounterAnalyzer
{
public:
    // Null and *error (naming the file) when the reference database cannot be opened.
    static std::unique_ptr<RulesAnalyzer> open(const QString& referencePath, QString* error);
    // Over a reference database the GUI thread uses too: ReferenceDb keeps one connection per
    // thread and guards its caches, so its code tables and notes are read once for both.
    static std::unique_ptr<RulesAnalyzer> over(std::shared_ptr<db::ReferenceDb> reference);

    ui::EncounterAnalysis analyze(const Encounter& encounter) override;
    QList<Finding> check(const Encounter& encounter) override;

private:
    explicit RulesAnalyzer(std::shared_ptr<db::ReferenceDb> reference);

    std::shared_ptr<db::ReferenceDb> m_reference;
    RulesEngine m_rules;
};

} // namespace wcw::gui
