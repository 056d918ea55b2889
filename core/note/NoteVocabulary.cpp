// Reads the vocabulary file (resources/note/vocabulary.json, schema in resources/note/README.md)
// into Lexicon entries, and refuses a file the reader would read differently from what it says:
// an unknown key or role is a typo that would silently drop words, and a phrase NoteText cannot
// cut into the words as written would never match.
#include "note/NoteLexicon.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <vector>

namespace wcw::note {

namespace {

struct RoleName
{
    quint32 role;
    const char* name;
};
// The trigger roles a "triggers" entry may name (NegEx/ConText terms; see the README).
const RoleName kTriggerRoleNames[] = {
    {NegPre, "negation-pre"},
    {NegPost, "negation-post"},
    {Pseudo, "pseudo"},
    {UncPre, "uncertainty-pre"},
    {UncPost, "uncertainty-post"},
    {HistPre, "history-pre"},
    {HistPost, "history-post"},
    {Terminator, "terminator"},
    {HistTerminator, "history-terminator"},
    {CauseExplicit, "cause-explicit"},
    {CauseTemporal, "cause-temporal"},
    {CauseReverse, "cause-reverse"},
    {EtiologyUnknown, "etiology-unknown"},
    {Handedness, "handedness"},
};

enum class Section { Mentions, Diagnoses, Triggers, Cues };
struct SectionInfo
{
    Section section;
    const char* name;
    QStringList keys; // the keys an entry of the section may have
};
QStringList latin(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names)
        out.append(QLatin1String(n));
    return out;
}
const QList<SectionInfo>& sections()
{
    static const QList<SectionInfo> list = {
        {Section::Mentions, "mentions", latin({"kind", "note", "phrases"})},
        {Section::Diagnoses, "diagnoses", latin({"id", "type", "note", "phrases"})},
        {Section::Triggers, "triggers", latin({"roles", "value", "note", "phrases"})},
        {Section::Cues, "cues", latin({"type", "value", "note", "phrases"})},
    };
    return list;
}
const QStringList kTopKeys = latin({"schema", "note", "mentions", "diagnoses", "triggers", "cues"});

QString quoted(const QString& s)
{
    return u'"' + s + u'"';
}

QString unknownKey(const QJsonObject& object, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

bool isWhiteSpace(QChar c)
{
    return c.isSpace();
}

// Why `text` is not a phrase the reader can match as written, or empty. NoteText skips quote
// marks and a doubled dash, and turns a hyphen between two word characters into a word break;
// every other character must end up inside a token, or the phrase says more than is matched.
QString phraseProblem(const QString& text, bool caseSensitive)
{
    if (text.isEmpty())
        return QStringLiteral("empty phrase");
    if (isWhiteSpace(text.front()) || isWhiteSpace(text.back()))
        return QStringLiteral("leading or trailing space");
    for (int i = 0; i < text.size(); ++i) {
        if (isWhiteSpace(text[i]) && (text[i] != u' ' || (i > 0 && text[i - 1] == u' ')))
            return QStringLiteral("white space other than single spaces between words");
    }
    const bool lower = text == text.toLower();
    if (!caseSensitive && !lower)
        return QStringLiteral("upper case in a phrase not marked {\"case\": \"exact\"}");
    if (caseSensitive && lower)
        return QStringLiteral("marked {\"case\": \"exact\"} but has no upper case");
    const NoteText cut(text);
    std::vector<bool> covered(text.size(), false);
    for (int t = 0; t < cut.size(); ++t) {
        for (int i = cut.token(t).start; i < cut.token(t).end; ++i)
            covered[i] = true;
    }
    for (int i = 0; i < text.size(); ++i) {
        const bool wordHyphen = text[i] == u'-' && i > 0 && i + 1 < text.size() &&
                                text[i - 1].isLetterOrNumber() && text[i + 1].isLetterOrNumber();
        if (!covered[i] && text[i] != u' ' && !wordHyphen)
            return QStringLiteral("character '%1' (position %2) is not part of any token NoteText reads")
                .arg(text[i])
                .arg(i + 1);
    }
    return {};
}

class Reader
{
public:
    explicit Reader(const QString& source) : m_source(source) {}
    Result<QList<Lexicon::Entry>> read(const QByteArray& json);

private:
    Status readSection(const SectionInfo& info, const QJsonValue& value);
    Status readEntry(const SectionInfo& info, const QJsonObject& object, const QString& label);
    Status readHead(const SectionInfo& info, const QJsonObject& object, const QString& label,
                    Lexicon::Entry& entry) const;
    Status readRoles(const QJsonValue& value, const QString& label, quint32& roles) const;
    Status readPhrases(const QJsonValue& value, const QString& label, Lexicon::Entry& entry);
    Status readPhrase(const QJsonValue& value, const QString& label, Lexicon::EntryPhrase& phrase) const;
    Error fail(const QString& what) const { return Error{what, m_source}; }
    Status requireString(const QJsonObject& object, const char* key, const QString& label,
                         QString& out) const;

    QString m_source;
    QList<Lexicon::Entry> m_entries;
    QHash<QString, QString> m_seen; // roles/type/value/case/phrase -> the entry that has it
};

Result<QList<Lexicon::Entry>> Reader::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            QStringLiteral("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("the top level is not an object"));
    const QJsonObject top = doc.object();
    const QString unknown = unknownKey(top, kTopKeys);
    if (!unknown.isEmpty())
        return fail(QStringLiteral("unknown top-level key %1 (known: %2)")
                        .arg(quoted(unknown), kTopKeys.join(u", ")));
    if (top.value(u"schema") != QJsonValue(1))
        return fail(QStringLiteral("\"schema\" must be 1"));
    for (const SectionInfo& info : sections()) {
        if (Status s = readSection(info, top.value(QLatin1String(info.name))); !s)
            return s.error();
    }
    return m_entries;
}

Status Reader::readSection(const SectionInfo& info, const QJsonValue& value)
{
    if (value.isUndefined())
        return {}; // a section may be left out (a test vocabulary of a few words)
    if (!value.isArray())
        return fail(QStringLiteral("%1 is not an array").arg(quoted(QLatin1String(info.name))));
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString label = QStringLiteral("%1[%2]").arg(QLatin1String(info.name)).arg(i);
        if (!array[i].isObject())
            return fail(label + QStringLiteral(": not an object"));
        if (Status s = readEntry(info, array[i].toObject(), label); !s)
            return s;
    }
    return {};
}

Status Reader::readEntry(const SectionInfo& info, const QJsonObject& object, const QString& label)
{
    Lexicon::Entry entry;
    if (Status s = readHead(info, object, label, entry); !s)
        return s;
    // The label grows by what names the entry, so every later error says which one it is.
    QString named = label;
    if (info.section == Section::Triggers) {
        QStringList roleNames;
        for (const QJsonValue& r : object.value(u"roles").toArray())
            roleNames.append(r.toString());
        named += QStringLiteral(" (roles %1%2)")
                     .arg(roleNames.join(u'+'),
                          entry.value.isEmpty() ? QString() : u", value " + quoted(entry.value));
    } else if (info.section == Section::Cues) {
        named += QStringLiteral(" (type %1, value %2)").arg(entry.type, quoted(entry.value));
    } else {
        named += QStringLiteral(" (%1 %2)")
                     .arg(QLatin1String(info.section == Section::Mentions ? "kind" : "id"), entry.value);
    }
    if (Status s = readPhrases(object.value(u"phrases"), named, entry); !s)
        return s;
    m_entries.append(entry);
    return {};
}

Status Reader::requireString(const QJsonObject& object, const char* key, const QString& label,
                             QString& out) const
{
    const QJsonValue v = object.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        return fail(
            QStringLiteral("%1: %2 must be a non-empty string").arg(label, quoted(QLatin1String(key))));
    out = v.toString();
    return {};
}

// Roles, type and value of one entry, by section.
Status Reader::readHead(const SectionInfo& info, const QJsonObject& object, const QString& label,
                        Lexicon::Entry& entry) const
{
    const QString unknown = unknownKey(object, info.keys);
    if (!unknown.isEmpty())
        return fail(QStringLiteral("%1: unknown key %2 (known: %3)")
                        .arg(label, quoted(unknown), info.keys.join(u", ")));
    if (object.contains(u"note") && !object.value(u"note").isString())
        return fail(label + QStringLiteral(": \"note\" must be a string"));
    Status s;
    switch (info.section) {
    case Section::Mentions:
        entry.roles = Concept;
        return requireString(object, "kind", label, entry.value);
    case Section::Diagnoses:
        entry.roles = Diagnosis;
        if (s = requireString(object, "id", label, entry.value); !s)
            return s;
        if (object.value(u"type") != QJsonValue(QStringLiteral("cause")) &&
            object.value(u"type") != QJsonValue(QStringLiteral("dx")))
            return fail(
                QStringLiteral("%1 (id %2): \"type\" must be \"cause\" or \"dx\"").arg(label, entry.value));
        entry.type = object.value(u"type").toString();
        return {};
    case Section::Triggers:
        if (object.contains(u"value") && !object.value(u"value").isString())
            return fail(label + QStringLiteral(": \"value\" must be a string"));
        entry.value = object.value(u"value").toString();
        return readRoles(object.value(u"roles"), label, entry.roles);
    case Section::Cues:
        entry.roles = CueRole;
        if (s = requireString(object, "type", label, entry.type); !s)
            return s;
        if (cueTypeId(entry.type) < 0) {
            QStringList names;
            for (int t = 0; t < CueTypeCount; ++t)
                names.append(cueTypeName(t));
            return fail(QStringLiteral("%1: unknown cue type %2 (known: %3)")
                            .arg(label, quoted(entry.type), names.join(u", ")));
        }
        return requireString(object, "value", label, entry.value);
    }
    return {};
}

Status Reader::readRoles(const QJsonValue& value, const QString& label, quint32& roles) const
{
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(label + QStringLiteral(": \"roles\" must be a non-empty array of role names"));
    for (const QJsonValue& r : value.toArray()) {
        const quint32 role = triggerRole(r.toString());
        if (role == 0) {
            QStringList names;
            for (const RoleName& n : kTriggerRoleNames)
                names.append(QLatin1String(n.name));
            return fail(QStringLiteral("%1: unknown role %2 (known: %3)")
                            .arg(label,
                                 quoted(r.isString() ? r.toString() : QStringLiteral("(not a string)")),
                                 names.join(u", ")));
        }
        if (roles & role)
            return fail(QStringLiteral("%1: role %2 given twice").arg(label, quoted(r.toString())));
        roles |= role;
    }
    return {};
}

Status Reader::readPhrases(const QJsonValue& value, const QString& label, Lexicon::Entry& entry)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(label + QStringLiteral(": \"phrases\" must be a non-empty array"));
    const QJsonArray array = value.toArray();
    QSet<QString> inEntry;
    for (int i = 0; i < array.size(); ++i) {
        Lexicon::EntryPhrase phrase;
        const QString at = QStringLiteral("%1, phrase %2").arg(label).arg(i + 1);
        if (Status s = readPhrase(array[i], at, phrase); !s)
            return s;
        const QString where = QStringLiteral("%1 %2").arg(at, quoted(phrase.text));
        const QString key = QString::number(phrase.caseSensitive) + u'|' + phrase.text;
        if (inEntry.contains(key))
            return fail(where + QStringLiteral(": duplicate phrase in the entry"));
        inEntry.insert(key);
        const QString everywhere =
            QStringLiteral("%1|%2|%3|").arg(entry.roles).arg(entry.type, entry.value) + key;
        if (const auto seen = m_seen.constFind(everywhere); seen != m_seen.constEnd())
            return fail(where + QStringLiteral(": duplicate of the same phrase in ") + *seen);
        m_seen.insert(everywhere, label);
        entry.phrases.append(phrase);
    }
    return {};
}

Status Reader::readPhrase(const QJsonValue& value, const QString& at, Lexicon::EntryPhrase& phrase) const
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        static const QStringList keys = latin({"phrase", "case"});
        const QString unknown = unknownKey(object, keys);
        if (!unknown.isEmpty())
            return fail(QStringLiteral("%1: unknown key %2 (known: phrase, case)").arg(at, quoted(unknown)));
        if (object.value(u"case") != QJsonValue(QStringLiteral("exact")))
            return fail(at +
                        QStringLiteral(": \"case\" must be \"exact\" (leave the object out for any case)"));
        if (!object.value(u"phrase").isString())
            return fail(at + QStringLiteral(": \"phrase\" must be a string"));
        phrase.text = object.value(u"phrase").toString();
        phrase.caseSensitive = true;
    } else if (value.isString()) {
        phrase.text = value.toString();
    } else {
        return fail(at + QStringLiteral(": a phrase is a string or {\"phrase\": ..., \"case\": \"exact\"}"));
    }
    const QString problem = phraseProblem(phrase.text, phrase.caseSensitive);
    if (!problem.isEmpty())
        return fail(QStringLiteral("%1 %2: %3").arg(at, quoted(phrase.text), problem));
    return {};
}

} // namespace

quint32 triggerRole(QStringView name)
{
    for (const RoleName& n : kTriggerRoleNames) {
        if (name == QLatin1String(n.name))
            return n.role;
    }
    return 0;
}

Result<QList<Lexicon::Entry>> parseVocabulary(const QByteArray& json, const QString& source)
{
    return Reader(source).read(json);
}

} // namespace wcw::note
