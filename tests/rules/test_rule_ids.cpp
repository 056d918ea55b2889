// The rule ids: one table (core/rules/RuleId) that matches the contract's "Rule ids (fixed)"
// list name for name and in order, and every rule of the engine takes its id from it.
#include "rules/Rule.h"
#include "rules/RuleFactories.h"
#include "rules/RuleId.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace wcw::rules;

namespace {

// The ids listed under "## Rule ids (fixed)" in ../shared/docs/contract.md.
QStringList contractRuleIds(QString* error)
{
    QFile f(QStringLiteral(WCW_SHARED_DIR "/docs/contract.md"));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.fileName() + QStringLiteral(": ") + f.errorString();
        return {};
    }
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype at = text.indexOf(QStringLiteral("## Rule ids"));
    if (at < 0) {
        *error = f.fileName() + QStringLiteral(": no \"## Rule ids\" section");
        return {};
    }
    QStringList ids;
    static const QRegularExpression line(QStringLiteral("^([a-z0-9]+(?:-[a-z0-9]+)*)\\s{2,}\\S"),
                                         QRegularExpression::MultilineOption);
    const QString section = text.mid(at).section(QStringLiteral("\n## "), 0, 0);
    for (auto m = line.globalMatch(section); m.hasNext();)
        ids.append(m.next().captured(1));
    return ids;
}

} // namespace

class TestRuleIds : public QObject
{
    Q_OBJECT
private slots:
    void tableMatchesTheContract()
    {
        QString error;
        const QStringList contract = contractRuleIds(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(contract.size(), 14);
        QStringList table;
        for (RuleId id : allRuleIds())
            table.append(ruleName(id));
        QCOMPARE(table, contract);
    }

    void namesRoundTrip()
    {
        for (RuleId id : allRuleIds())
            QCOMPARE(ruleFromName(ruleName(id)), std::optional<RuleId>(id));
        QVERIFY(!ruleFromName(u"r53.1-vs-m62.81").has_value());
        QVERIFY(!ruleFromName(u"").has_value());
    }

    // Every rule the engine runs has an id of the table, and each id has exactly one rule.
    void everyRuleTakesItsIdFromTheTable()
    {
        QSet<QString> seen;
        for (const auto& rule : allRules()) {
            QVERIFY2(ruleFromName(rule->id()).has_value(), qPrintable(rule->id()));
            QVERIFY2(!seen.contains(rule->id()), qPrintable(rule->id() + QStringLiteral(" twice")));
            seen.insert(rule->id());
        }
        QCOMPARE(seen.size(), allRuleIds().size());
    }
};

QTEST_GUILESS_MAIN(TestRuleIds)
#include "test_rule_ids.moc"
