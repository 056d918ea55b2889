#pragma once
// Test tables spell lists as plain literals; the project builds with QT_NO_CAST_FROM_ASCII, so
// they go through this one conversion.
#include <QStringList>
#include <initializer_list>

namespace wcw::test {

inline QStringList L(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* s : items)
        list.append(QString::fromUtf8(s));
    return list;
}

} // namespace wcw::test
