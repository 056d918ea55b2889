#pragma once
// The rules core behind the workstation's EncounterAnalyzer seam: its own reference
// database connection (it runs on the worker thread) and a RulesEngine over it.
#include "EncounterAnalyzer.h"
#include "ReferenceDb.h"
#include "RulesEngine.h"

#include <memory>

namespace wcw::gui {

class RulesAnalyzer : public ui::EncounterAnalyzer
{
public:
    // Null and *error (naming the file) when the reference database cannot be opened.
    static std::unique_ptr<RulesAnalyzer> open(const QString& referencePath, QString* error);

    ui::EncounterAnalysis analyze(const Encounter& encounter) override;
    QList<Finding> check(const Encounter& encounter) override;

private:
    explicit RulesAnalyzer(std::unique_ptr<db::ReferenceDb> reference);

    std::unique_ptr<db::ReferenceDb> m_reference;
    RulesEngine m_rules;
};

} // namespace wcw::gui
