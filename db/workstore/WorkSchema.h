#pragma once
// The "work" schema, one MigrationStep per version. Never edit a released step: add one.
//  v1  patients, encounters, assigned codes, findings, provider queries, users, settings and
//      the append-only audit trail (triggers refuse UPDATE/DELETE).
//  v2  claims that expire: encounters.claimed_at, the claim_expiry_minutes setting and the
//      queue indexes (status/day, claimant).
//  v3  visit history at scale: per-visit codes_text and progression flag (computed once when
//      a visit is stored, so the stale scan never parses notes), patient/date index,
//      stale-scan threshold settings, non-ICD-10-CM codings kept from imports.
#include "sqlite/SchemaMigrator.h"

namespace wcw::db {

QList<MigrationStep> workSchemaSteps();
// Version-by-version access for the migration tests (build an old file, then migrate it).
QList<MigrationStep> workSchemaStepsUpTo(int version);
inline const QString kWorkSchemaName = QStringLiteral("work");

} // namespace wcw::db
