// The shape of the source tree, checked on the tree itself (docs/architecture.md draws it):
// which folder may include which, no include cycles, no SQL in ui/, no Widgets in core/ or db/,
// a README per folder, and every source file named in an explicit CMake list.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <functional>
#include <initializer_list>

namespace {

const QString kRoot = QStringLiteral(WCW_SOURCE_DIR);
const QStringList kLibraries{QStringLiteral("core"), QStringLiteral("db"), QStringLiteral("ui"),
                             QStringLiteral("app")};

// What each folder may include besides itself. "core/*" = any core folder. Lower layers first:
// domain <- note <- guidance <- rules; work and interchange sit on domain (work reads progression
// with the note reader, OCG IV.J history); db implements core's interfaces and never reads notes.
const QHash<QString, QStringList>& allowedUses()
{
    struct Row
    {
        const char* unit;
        QList<const char*> uses;
    };
    static const Row rows[] = {
        {"core/domain", {}},
        {"core/note", {"core/domain"}},
        {"core/guidance", {"core/domain", "core/note"}},
        {"core/rules", {"core/domain", "core/note", "core/guidance", "core/work"}},
        {"core/work", {"core/domain", "core/note"}},
        {"core/interchange", {"core/domain"}},
        {"core/demo", {"core/domain", "core/interchange", "core/work"}},
        {"db/sqlite", {"core/domain"}},
        {"db/reference", {"core/domain", "db/sqlite"}},
        {"db/release", {"core/domain", "db/sqlite", "db/reference"}},
        {"db/workstore", {"core/domain", "core/work", "core/demo", "core/interchange", "db/sqlite"}},
        {"ui/common", {"core/domain"}},
        {"ui/reference", {"core/domain", "db/reference", "db/release", "ui/common"}},
        {"ui/services", {"core/*", "db/reference", "ui/common", "ui/reference"}},
        {"ui/panels", {"core/*", "ui/common", "ui/reference"}},
        {"ui/queue", {"core/*", "ui/common", "ui/services"}},
        {"ui/encounter", {"core/*", "ui/common", "ui/reference", "ui/services", "ui/panels"}},
        {"ui/window", {"core/*", "ui/*"}},
        {"app/cli", {"core/*", "db/*"}},
        {"app/gui", {"core/*", "db/*", "ui/*"}},
    };
    static const QHash<QString, QStringList> uses = [] {
        QHash<QString, QStringList> h;
        for (const Row& r : rows) {
            QStringList& list = h[QString::fromLatin1(r.unit)];
            for (const char* u : r.uses)
                list.append(QString::fromLatin1(u));
        }
        return h;
    }();
    return uses;
}

struct SourceFile
{
    QString path;       // relative to the checkout: "core/note/NoteReader.cpp"
    QString unit;       // "core/note"
    QStringList quoted; // #include "..."
    QStringList angled; // #include <...>
};

QString unitOf(const QString& path)
{
    const QStringList parts = path.split(u'/');
    return parts.size() > 2 ? parts[0] + u'/' + parts[1] : parts[0];
}

QList<SourceFile> sourceFiles()
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*([<\"])([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QList<SourceFile> files;
    for (const QString& lib : kLibraries) {
        QDirIterator it(kRoot + u'/' + lib, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            SourceFile s;
            s.path = f.fileName().mid(kRoot.size() + 1);
            s.unit = unitOf(s.path);
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = include.globalMatch(text); m.hasNext();) {
                const auto hit = m.next();
                (hit.captured(1) == u"<" ? s.angled : s.quoted).append(hit.captured(2));
            }
            files.append(s);
        }
    }
    return files;
}

// The file an include names: "x/y.h" is looked up below the includer's own library root first,
// then below core/, db/, ui/ (the include paths the targets export); a bare name is beside it.
QString resolve(const SourceFile& from, const QString& include)
{
    const QString lib = from.path.section(u'/', 0, 0);
    if (!include.contains(u'/')) {
        const QString beside = from.path.section(u'/', 0, -2) + u'/' + include;
        return QFile::exists(kRoot + u'/' + beside) ? beside : QString();
    }
    QStringList roots{lib};
    for (const QString& r : {QStringLiteral("core"), QStringLiteral("db"), QStringLiteral("ui")}) {
        if (r != lib)
            roots.append(r);
    }
    for (const QString& r : roots) {
        if (QFile::exists(kRoot + u'/' + r + u'/' + include))
            return r + u'/' + include;
    }
    return {};
}

// Violations still being removed, each named; the test fails as soon as one is gone (so the list
// only shrinks) or a new one appears. None left: the facts of the reading are core/note/NoteFacts.
const QList<QPair<QString, QString>> kKnownViolations{};
QSet<QPair<QString, QString>> g_violationsSeen;

bool knownViolation(const QString& file, const QString& target)
{
    if (!kKnownViolations.contains({file, target}))
        return false;
    g_violationsSeen.insert({file, target});
    return true;
}

bool allowed(const QString& from, const QString& to)
{
    if (from == to)
        return true;
    for (const QString& a : allowedUses().value(from)) {
        if (a == to || (a.endsWith(u"/*") && to.startsWith(a.chopped(1))))
            return true;
    }
    return false;
}

bool qtHeaderIn(const QString& module, const QString& header)
{
    static const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    const QString name = header.section(u'/', -1);
    return QFile::exists(headers + u'/' + module + u'/' + name);
}

} // namespace

class ArchitectureTest : public QObject
{
    Q_OBJECT
    QList<SourceFile> m_files;

private slots:
    void initTestCase()
    {
        m_files = sourceFiles();
        QVERIFY2(m_files.size() > 100, "the source tree was not found");
        QVERIFY(QFile::exists(QLibraryInfo::path(QLibraryInfo::HeadersPath) + u"/QtWidgets/QWidget"));
    }

    void everyFolderHasARuleAndAReadme()
    {
        QSet<QString> units;
        for (const SourceFile& f : std::as_const(m_files))
            units.insert(f.unit);
        QStringList problems;
        for (const QString& u : std::as_const(units)) {
            if (!allowedUses().contains(u))
                problems << u + u": no dependency rule in tests/architecture";
            if (!QFile::exists(kRoot + u'/' + u + u"/README.md"))
                problems << u + u": no README.md saying what it owns and may use";
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void includesFollowTheLayers()
    {
        QStringList problems;
        for (const SourceFile& f : std::as_const(m_files)) {
            for (const QString& inc : f.quoted) {
                const QString target = resolve(f, inc);
                if (target.isEmpty()) {
                    problems << f.path + u": #include \"" + inc + u"\" names no file of the tree";
                    continue;
                }
                const QString to = unitOf(target);
                if (!allowed(f.unit, to) && !knownViolation(f.path, target))
                    problems << f.path + u" includes " + target + u": " + f.unit + u" may not use " + to;
            }
        }
        for (const auto& v : kKnownViolations) {
            if (!g_violationsSeen.contains(v))
                problems << v.first + u" no longer includes " + v.second +
                                u": remove it from kKnownViolations";
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void noIncludeCycles()
    {
        QHash<QString, QStringList> edges;
        for (const SourceFile& f : std::as_const(m_files)) {
            for (const QString& inc : f.quoted) {
                const QString t = resolve(f, inc);
                if (!t.isEmpty())
                    edges[f.path].append(t);
            }
        }
        // Depth-first search; a grey node met again closes a cycle.
        QHash<QString, int> colour; // 0 white, 1 grey, 2 black
        QStringList stack;
        QString cycle;
        std::function<bool(const QString&)> visit = [&](const QString& n) {
            colour[n] = 1;
            stack.append(n);
            for (const QString& m : edges.value(n)) {
                if (colour.value(m) == 1) {
                    cycle = stack.mid(stack.indexOf(m)).join(u" -> ") + u" -> " + m;
                    return true;
                }
                if (colour.value(m) == 0 && visit(m))
                    return true;
            }
            stack.removeLast();
            colour[n] = 2;
            return false;
        };
        for (auto it = edges.cbegin(); it != edges.cend() && cycle.isEmpty(); ++it) {
            if (colour.value(it.key()) == 0)
                visit(it.key());
        }
        QVERIFY2(cycle.isEmpty(), qPrintable(cycle));
    }

    // core/ is QtCore only, db/ adds QtSql, only ui/ and app/ touch Gui/Widgets; ui/ never issues SQL.
    void qtModulesPerLibrary()
    {
        QStringList problems;
        for (const SourceFile& f : std::as_const(m_files)) {
            const QString lib = f.path.section(u'/', 0, 0);
            for (const QString& h : f.angled) {
                if (!h.startsWith(u'Q'))
                    continue;
                const bool widgets =
                    qtHeaderIn(QStringLiteral("QtWidgets"), h) || qtHeaderIn(QStringLiteral("QtGui"), h);
                const bool sql = qtHeaderIn(QStringLiteral("QtSql"), h);
                if (widgets && (lib == u"core" || lib == u"db"))
                    problems << f.path + u": <" + h + u"> is Gui/Widgets";
                if (sql && (lib == u"core" || lib == u"ui"))
                    problems << f.path + u": <" + h + u"> is SQL";
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every file is named in its library's CMakeLists.txt; none uses a glob.
    void explicitSourceLists()
    {
        QStringList problems;
        QHash<QString, QString> lists;
        for (const QString& lib : kLibraries) {
            QFile f(kRoot + u'/' + lib + u"/CMakeLists.txt");
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            lists[lib] = QString::fromUtf8(f.readAll());
            if (lists[lib].contains(QStringLiteral("GLOB"), Qt::CaseInsensitive))
                problems << lib + u"/CMakeLists.txt uses file(GLOB...)";
        }
        for (const SourceFile& f : std::as_const(m_files)) {
            const QString lib = f.path.section(u'/', 0, 0);
            const QString rel = f.path.mid(lib.size() + 1);
            static const QRegularExpression token(QStringLiteral("[\\s(]%1(\\s|\\))"));
            const QRegularExpression named(token.pattern().arg(QRegularExpression::escape(rel)));
            if (!named.match(lists[lib]).hasMatch())
                problems << f.path + u": not listed in " + lib + u"/CMakeLists.txt";
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The checker itself must catch a violation: a db file reading notes is refused.
    void theRulesRefuseABackEdge()
    {
        QVERIFY(!allowed(QStringLiteral("db/workstore"), QStringLiteral("core/note")));
        QVERIFY(!allowed(QStringLiteral("core/guidance"), QStringLiteral("core/rules")));
        QVERIFY(!allowed(QStringLiteral("core/domain"), QStringLiteral("core/note")));
        QVERIFY(!allowed(QStringLiteral("ui/panels"), QStringLiteral("db/reference")));
        QVERIFY(allowed(QStringLiteral("app/gui"), QStringLiteral("ui/window")));
        SourceFile probe{QStringLiteral("db/workstore/Probe.cpp"), QStringLiteral("db/workstore"), {}, {}};
        QCOMPARE(resolve(probe, QStringLiteral("note/NoteReader.h")),
                 QStringLiteral("core/note/NoteReader.h"));
    }
};

QTEST_GUILESS_MAIN(ArchitectureTest)
#include "test_architecture.moc"
