#pragma once
// Checked-in expectations of the FHIR R4 (4.0.1) rules the export relies on, written from the
// R4 resource definitions: cardinalities (1..1 / 1..*), required value sets, reference targets,
// id and dateTime formats, and ele-1 (no empty elements). It is deliberately small: it checks
// what wcw writes, not all of FHIR. The npm validators (see fhir-validator/) check the rest when
// they are installed.
#include <QJsonObject>
#include <QStringList>

namespace wcw::test {

// Returns one line per violation: "/entry/3/resource/subject: Condition.subject is 1..1".
QStringList checkR4Bundle(const QJsonObject& bundle);

} // namespace wcw::test
