#pragma once
// Shared by the interchange tests: reading the checked-in files and comparing encounters field by field.
#include "domain/ImportBatch.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace wcw::test {

inline QString dataPath(const QString& name)
{
    return QStringLiteral(WCW_TEST_DATA_DIR "/interchange/") + name;
}

inline QByteArray readData(const QString& name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

inline QString describe(const QList<ImportProblem>& problems)
{
    QStringList lines;
    for (const ImportProblem& p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

// The fields an interchange round trip must keep.
inline void compareEncounters(const QList<ImportedEncounter>& actual,
                              const QList<ImportedEncounter>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const ImportedEncounter& a = actual.at(i);
        const ImportedEncounter& e = expected.at(i);
        QCOMPARE(a.encounterId, e.encounterId);
        QCOMPARE(a.patientId, e.patientId);
        QCOMPARE(a.dateOfService, e.dateOfService);
        QCOMPARE(settingName(a.setting), settingName(e.setting));
        QCOMPARE(a.provider, e.provider);
        QCOMPARE(a.status, e.status);
        QCOMPARE(a.codes, e.codes);
        QCOMPARE(a.note, e.note);
    }
}

} // namespace wcw::test
