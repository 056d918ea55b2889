#pragma once
// Reference databases for tests in any area.
//
//   const wcw::test::ReferenceFixture ref = wcw::test::fullReferenceDb();
//   QVERIFY2(ref.ok(), qPrintable(ref.skipReason)); // ../shared is in every checkout and in CI
//   wcw::db::ReferenceDb db(ref.path); QString e; QVERIFY2(db.open(&e), qPrintable(e));
//
// The full database holds the four releases of ../shared/icd10cm (FY2017, Jan-2021 update,
// FY2023, FY2026 order-only). It is built once per build directory (about a minute) and reused
// by later runs and by concurrent ctest processes (a lock file serialises the build); it is
// rebuilt when the release files or the wcw_db library change. Open it read-mostly: do not
// import into it.
#include <QString>

namespace wcw::test {

struct ReferenceFixture
{
    QString path;       // empty when unavailable
    QString skipReason; // why it is unavailable (a test failure: ../shared is always there)
    bool ok() const { return !path.isEmpty(); }
};

// $WCW_ICD10CM_DIR, else ../shared/icd10cm beside the checkout; empty when neither exists.
QString icd10cmDir();
// The folder of one release ("2022-10-01"), or empty with *skipReason when absent.
QString releaseDir(const QString& release, QString* skipReason = nullptr);

// All four shared releases, built once and reused.
ReferenceFixture fullReferenceDb();
// A new database at dir/name holding only the hand-written starter set.
ReferenceFixture starterReferenceDb(const QString& dir,
                                    const QString& name = QStringLiteral("starter.sqlite"));

} // namespace wcw::test
