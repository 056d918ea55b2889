#pragma once
// One visit as the coder sees it: the note, the codes assigned so far (in sequence),
// the patient's earlier visits, and decision-tree answers that override the note.
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace wcw {

enum class Setting { Outpatient, Inpatient };
QString settingName(Setting s); // "outpatient" | "inpatient"

struct PriorVisit
{
    QString encounterId;
    QDate dateOfService;
    QStringList codes; // dotted, as assigned at that visit
    QString note;
};

struct Encounter
{
    QString encounterId;
    QString patientId;
    QDate dateOfService;
    Setting setting = Setting::Outpatient;
    QString note;
    QStringList codes;                // sequence order: first = principal / first-listed
    QList<PriorVisit> history;        // any order in the input; see sortedHistory()
    QMap<QString, QString> answers;   // decision-tree node id -> answer; outranks the note

    QList<PriorVisit> sortedHistory() const; // oldest first
};

} // namespace wcw
