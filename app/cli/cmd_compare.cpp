// wcw-cli compare CODE_A CODE_B [--date YYYY-MM-DD] [--json] [--db PATH]: two codes side by
// side, Excludes notes both ways (direct or inherited), and curated guidance when there is some.
#include "domain/IcdCode.h"
#include "ReferenceCli.h"

#include <QJsonArray>

namespace wcw::cli {
namespace {

QJsonArray linksJson(const QList<ExclusionLink>& links)
{
    QJsonArray out;
    for (const ExclusionLink& l : links) {
        out.append(QJsonObject{{QStringLiteral("kind"), l.kind},
                               {QStringLiteral("text"), l.noteText},
                               {QStringLiteral("inherited_from"),
                                l.inheritedFrom.isEmpty() ? QJsonValue() : QJsonValue(l.inheritedFrom)}});
    }
    return out;
}

QStringList linksText(const QString& from, const QString& to, const QList<ExclusionLink>& links)
{
    QStringList lines;
    if (links.isEmpty())
        lines << QStringLiteral("%1 does not exclude %2").arg(from, to);
    for (const ExclusionLink& l : links)
        lines << QStringLiteral("%1 %2 %3: \"%4\"%5")
                     .arg(from, l.kind, to, l.noteText,
                          l.inheritedFrom.isEmpty()
                              ? QString()
                              : QStringLiteral(" (inherited from %1)").arg(l.inheritedFrom));
    return lines;
}

QJsonObject comparisonJson(const CodeComparison& c)
{
    QJsonObject out{{QStringLiteral("a"), recordJson(c.a)},
                    {QStringLiteral("b"), recordJson(c.b)},
                    {QStringLiteral("a_excludes_b"), linksJson(c.aExcludesB)},
                    {QStringLiteral("b_excludes_a"), linksJson(c.bExcludesA)},
                    {QStringLiteral("same_chapter"), c.a.chapter == c.b.chapter},
                    {QStringLiteral("same_block"), c.a.block == c.b.block}};
    if (c.guidance) {
        QJsonArray sections;
        for (const auto& [heading, text] : c.guidance->sections)
            sections.append(
                QJsonObject{{QStringLiteral("heading"), heading}, {QStringLiteral("text"), text}});
        out.insert(
            QStringLiteral("guidance"),
            QJsonObject{{QStringLiteral("title"), c.guidance->title},
                        {QStringLiteral("sections"), sections},
                        {QStringLiteral("citations"), QJsonArray::fromStringList(c.guidance->citations)}});
    }
    return out;
}

int runCompare(Args& args)
{
    const QString dbPath = args.option(QStringLiteral("db"));
    const bool json = args.flag(QStringLiteral("json"));
    QString error;
    const std::optional<QDate> asked = dateOption(args, &error);
    if (error.isEmpty())
        error = args.problem();
    if (!error.isEmpty())
        return fail(BadInput, error);
    const QStringList pos = args.positionals();
    if (pos.size() != 2)
        return fail(BadInput, QStringLiteral("usage: compare CODE_A CODE_B [--date YYYY-MM-DD] [--json]"));
    for (const QString& code : pos) {
        if (!icd::looksLikeCode(code))
            return fail(BadInput, QStringLiteral("\"%1\" is not an ICD-10-CM code").arg(code));
    }
    auto ref = openReference(dbPath);
    if (!ref)
        return BadInput;
    const QDate date = answerDate(*ref, asked);
    const Result<std::optional<CodeComparison>> read = ref->compareChecked(pos.at(0), pos.at(1), date);
    if (!read)
        return fail(BadInput, read.error().text()); // the database is broken, not the codes
    const std::optional<CodeComparison>& c = read.value();
    if (!c) {
        const QString missing =
            ref->validityOn(pos.at(0), date) == CodeValidity::Absent ? pos.at(0) : pos.at(1);
        return fail(NotFound, QStringLiteral("%1 is not in the release in force on %2")
                                  .arg(icd::dotted(missing), date.toString(Qt::ISODate)));
    }
    if (json) {
        outJson(comparisonJson(*c));
        return Ok;
    }
    QStringList lines{recordText(c->a), QString(), recordText(c->b), QString()};
    lines << linksText(c->a.code, c->b.code, c->aExcludesB) << linksText(c->b.code, c->a.code, c->bExcludesA);
    if (c->guidance) {
        lines << QString() << c->guidance->title;
        for (const auto& [heading, text] : c->guidance->sections)
            lines << QStringLiteral("  %1: %2").arg(heading, text);
        lines << QStringLiteral("  Sources: %1").arg(c->guidance->citations.join(QStringLiteral("; ")));
    }
    out(lines.join(u'\n'));
    return Ok;
}

} // namespace
} // namespace wcw::cli

WCW_CLI_COMMAND("compare", "compare CODE_A CODE_B [--date YYYY-MM-DD] [--json] [--db PATH]",
                wcw::cli::runCompare);
