#include "guidance/DecisionTree.h"

#include "note/NoteFacts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace wcw {

const DecisionTree& DecisionTree::standard()
{
    static const DecisionTree tree = [] {
        DecisionTree t;
        QFile f(QStringLiteral(":/rules/decision-tree.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly))
            t.loadError = QStringLiteral(":/rules/decision-tree.json: cannot be opened");
        else if (!t.load(f.readAll(), &error))
            t.loadError = QStringLiteral(":/rules/decision-tree.json: ") + error;
        return t;
    }();
    return tree;
}

const TreeNode* DecisionTree::node(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_nodes.at(*it);
}

bool DecisionTree::load(const QByteArray& json, QString* error)
{
    QJsonParseError perr;
    const QJsonObject root = QJsonDocument::fromJson(json, &perr).object();
    if (perr.error != QJsonParseError::NoError) {
        *error = QStringLiteral("offset %1: %2").arg(perr.offset).arg(perr.errorString());
        return false;
    }
    m_start = root.value(QStringLiteral("start")).toString();
    m_tables = root.value(QStringLiteral("tables")).toObject();
    m_nodes.clear();
    m_index.clear();
    for (const QJsonValue& nv : root.value(QStringLiteral("nodes")).toArray()) {
        TreeNode n;
        n.id = nv[QStringLiteral("id")].toString();
        n.question = nv[QStringLiteral("question")].toString();
        n.guideline = nv[QStringLiteral("guideline")].toString();
        for (const QJsonValue& av : nv[QStringLiteral("answers")].toArray()) {
            const QJsonObject when = av[QStringLiteral("when")].toObject();
            const QJsonObject outcome = av[QStringLiteral("outcome")].toObject();
            n.answers.append({av[QStringLiteral("id")].toString(), av[QStringLiteral("label")].toString(),
                              when, av[QStringLiteral("next")].toString(), outcome,
                              TreeCondition::fromJson(when), TreeOutcome::fromJson(outcome)});
        }
        if (n.id.isEmpty() || n.question.isEmpty() || n.guideline.isEmpty() || n.answers.isEmpty()) {
            *error = QStringLiteral("node \"%1\": needs id, question, guideline and answers").arg(n.id);
            return false;
        }
        if (m_index.contains(n.id)) {
            *error = QStringLiteral("node \"%1\": defined twice").arg(n.id);
            return false;
        }
        m_index.insert(n.id, int(m_nodes.size()));
        m_nodes.append(n);
    }
    if (!m_index.contains(m_start)) {
        *error = QStringLiteral("start node \"%1\" does not exist").arg(m_start);
        return false;
    }
    for (const TreeNode& n : std::as_const(m_nodes)) {
        for (const TreeAnswer& a : n.answers) {
            const bool hasNext = !a.next.isEmpty();
            if (hasNext == !a.outcome.isEmpty()) {
                *error = QStringLiteral("node \"%1\" answer \"%2\": needs exactly one of next or outcome")
                             .arg(n.id, a.id);
                return false;
            }
            if (hasNext && !m_index.contains(a.next)) {
                *error = QStringLiteral("node \"%1\" answer \"%2\": next node \"%3\" does not exist")
                             .arg(n.id, a.id, a.next);
                return false;
            }
        }
        if (!n.answers.last().when.isEmpty()) {
            *error =
                QStringLiteral("node \"%1\": the last answer must be the fallback (no \"when\")").arg(n.id);
            return false;
        }
    }
    return true;
}

// The same look-ups and conversions the walk made on every encounter: a missing or mistyped field
// reads as empty / false, as QJsonValue::toString() / toBool() / toArray() give it.
TreeOutcome TreeOutcome::fromJson(const QJsonObject& o)
{
    TreeOutcome out;
    out.id = o.value(QStringLiteral("id")).toString();
    out.noSymptomCode = o.value(QStringLiteral("noSymptomCode")).toBool();
    out.query = o.value(QStringLiteral("query")).toString();
    for (const QJsonValue& cv : o.value(QStringLiteral("codes")).toArray())
        out.codes.append({cv[QStringLiteral("code")].toString(), cv[QStringLiteral("reason")].toString()});
    return out;
}

// {"fact":"x"} | {"fact":"x","is":"detail"} | {"all":[..]} | {"any":[..]} | {"not":{..}}
TreeCondition TreeCondition::fromJson(const QJsonObject& when)
{
    TreeCondition c;
    const auto partsOf = [&c](const QJsonValue& list) {
        for (const QJsonValue& v : list.toArray())
            c.parts.append(fromJson(v.toObject()));
    };
    if (when.contains(QStringLiteral("all"))) {
        c.kind = Kind::All;
        partsOf(when.value(QStringLiteral("all")));
    } else if (when.contains(QStringLiteral("any"))) {
        c.kind = Kind::Any;
        partsOf(when.value(QStringLiteral("any")));
    } else if (when.contains(QStringLiteral("not"))) {
        c.kind = Kind::Not;
        c.parts.append(fromJson(when.value(QStringLiteral("not")).toObject()));
    } else {
        c.fact = when.value(QStringLiteral("fact")).toString();
        c.hasIs = when.contains(QStringLiteral("is"));
        c.is = when.value(QStringLiteral("is")).toString();
    }
    return c;
}

bool DecisionTree::holds(const TreeCondition& cond, const NoteFacts& chart,
                         QStringList* factsUsed) const
{
    switch (cond.kind) {
    case TreeCondition::Kind::All:
        for (const TreeCondition& c : cond.parts) {
            if (!holds(c, chart, factsUsed))
                return false;
        }
        return true;
    case TreeCondition::Kind::Any:
        for (const TreeCondition& c : cond.parts) {
            if (holds(c, chart, factsUsed))
                return true;
        }
        return false;
    case TreeCondition::Kind::Not:
        return !holds(cond.parts.first(), chart, nullptr);
    case TreeCondition::Kind::Fact:
        break;
    }
    const auto it = chart.facts().constFind(cond.fact);
    const bool found = it != chart.facts().constEnd();
    const bool ok = cond.hasIs ? (found ? it->detail : QString()) == cond.is : found && it->value;
    if (ok && factsUsed)
        factsUsed->append(cond.fact);
    return ok;
}

// "I69.35{sequela-side}": the table maps a fact's detail ("left-nondominant") to the code's character.
QString DecisionTree::expand(const QString& codeTemplate, const NoteFacts& chart) const
{
    static const QRegularExpression slot(QStringLiteral("\\{([a-z-]+)\\}"));
    if (!codeTemplate.contains(u'{'))
        return codeTemplate; // no slot to fill (most codes)
    QString out = codeTemplate;
    auto m = slot.match(out);
    while (m.hasMatch()) {
        const QJsonObject table = m_tables.value(m.captured(1)).toObject();
        const QString detail = chart.fact(table.value(QStringLiteral("fact")).toString()).detail;
        const QJsonObject values = table.value(QStringLiteral("values")).toObject();
        const QString ch = values.contains(detail) ? values.value(detail).toString()
                                                   : table.value(QStringLiteral("default")).toString();
        out.replace(m.capturedStart(0), m.capturedLength(0), ch);
        m = slot.match(out);
    }
    return out;
}

void DecisionTree::finish(const TreeAnswer& answer, const NoteFacts& chart, const CodeFacts& facts,
                          QDate date, TreeWalk* walk) const
{
    const TreeOutcome& o = answer.result;
    walk->outcome = o.id;
    walk->noSymptomCode = o.noSymptomCode;
    walk->queryTopic = o.query;
    const auto release = facts.releaseOn(date);
    for (const TreeOutcome::Code& c : o.codes) {
        const QString code = expand(c.code, chart);
        SuggestedCode sc{
            code, walk->codes.isEmpty() ? QStringLiteral("primary") : QStringLiteral("additional"), c.reason};
        // Every code the tree ends on must be billable in the release for the date of service.
        if (facts.validityOn(code, date) != CodeValidity::Billable) {
            walk->problems.append(QStringLiteral("%1 is not a billable code in %2 for %3")
                                      .arg(code,
                                           release ? release->label : QStringLiteral("any imported release"),
                                           date.toString(Qt::ISODate)));
            continue;
        }
        walk->codes.append(sc);
    }
}

TreeWalk DecisionTree::walk(const NoteFacts& chart, const QMap<QString, QString>& overrides,
                            const CodeFacts& facts, QDate dateOfService) const
{
    TreeWalk w;
    QSet<QString> seen;
    const TreeNode* n = node(m_start);
    while (n && !seen.contains(n->id)) {
        seen.insert(n->id);
        const TreeAnswer* chosen = nullptr;
        PathStep step{n->id, n->question, {}, {}, n->guideline, false};
        const QString forced = overrides.value(n->id);
        for (const TreeAnswer& a : n->answers) {
            if (!forced.isEmpty() && a.id == forced) {
                chosen = &a;
                step.fromAnswers = true;
                step.evidence = QStringLiteral("answered by coder");
                break;
            }
        }
        for (const TreeAnswer& a : n->answers) {
            if (chosen)
                break;
            QStringList used;
            if (a.when.isEmpty() || holds(a.condition, chart, &used)) {
                chosen = &a;
                for (const QString& f : std::as_const(used)) {
                    const auto ev = chart.fact(f).evidence;
                    if (!ev.isEmpty()) {
                        step.evidence = chart.clauseOf(ev.first()).quote;
                        break;
                    }
                }
            }
        }
        step.answer = chosen->id;
        w.path.append(step);
        if (chosen->next.isEmpty()) {
            finish(*chosen, chart, facts, dateOfService, &w);
            return w;
        }
        n = node(chosen->next);
    }
    return w;
}

} // namespace wcw
