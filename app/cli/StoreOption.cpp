#include "StoreOption.h"

#include "domain/DataPaths.h"

namespace wcw::cli {

std::unique_ptr<SqliteWorkStore> openStore(Args& args)
{
    const QString path = paths::workStore(args.option(QStringLiteral("store")));
    QString error;
    auto store = SqliteWorkStore::open(path, &error);
    if (!store)
        fail(BadInput, error);
    return store;
}

qint64 encounterKeyOrFail(const SqliteWorkStore& store, const QString& encounterId)
{
    const qint64 key = store.encounterKey(encounterId);
    if (key == 0)
        fail(NotFound, QStringLiteral("%1: no encounter \"%2\"").arg(store.path(), encounterId));
    return key;
}

bool intOption(Args& args, const QString& name, int* value, int min)
{
    const QString text = args.option(name);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min) {
        fail(BadInput,
             QStringLiteral("--%1 must be a whole number >= %2, not \"%3\"").arg(name).arg(min).arg(text));
        return false;
    }
    *value = v;
    return true;
}

} // namespace wcw::cli
