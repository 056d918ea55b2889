#pragma once
// The weakness storylines the demo generator draws patients from: for each visit, the note
// and the codes a coder assigned, clean or with one of the article's common errors
// (../shared/docs/domain.md). Internal to DemoGenerator.
#include "domain/Encounter.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace wcw::demo {

struct VisitText
{
    QString note;
    QStringList codes;
    Setting setting = Setting::Outpatient;
};

struct StoryContext
{
    int visit = 0;      // 0-based
    int visits = 1;     // total
    bool wrong = false; // this patient's coder made the storyline's typical error
    int age = 70;
    QRandomGenerator* rng = nullptr;
};

QStringList storylineNames();
// The note and codes of one visit of `storyline`.
VisitText storyVisit(const QString& storyline, const StoryContext& ctx);

} // namespace wcw::demo
