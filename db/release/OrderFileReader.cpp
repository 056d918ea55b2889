#include "release/OrderFileReader.h"

#include "domain/IcdCode.h"

namespace wcw::db {

OrderFileReader::OrderFileReader(QString fileName, const ImportControl& control)
    : m_fileName(std::move(fileName)), m_control(control)
{
}

bool OrderFileReader::read(const QByteArray& bytes, QList<OrderRow>* out)
{
    qsizetype start = 0;
    int lineNo = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNo;
        QByteArrayView line(bytes.constData() + start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty() && !parseLine(line, lineNo, out))
            return false;
        start = end + 1;
        if (lineNo % 8192 == 0) {
            if (m_control.cancelled()) {
                m_error = QStringLiteral("%1:%2:1: import cancelled").arg(m_fileName).arg(lineNo);
                return false;
            }
            m_control.report(QStringLiteral("order"), start, bytes.size());
        }
    }
    if (out->isEmpty()) {
        m_error = QStringLiteral("%1:1:1: empty file; not an ICD-10-CM order file").arg(m_fileName);
        return false;
    }
    m_control.report(QStringLiteral("order"), bytes.size(), bytes.size());
    return true;
}

bool OrderFileReader::parseLine(QByteArrayView line, int lineNo, QList<OrderRow>* out)
{
    auto fail = [&](int column, const QString& what) {
        m_error = QStringLiteral("%1:%2:%3: %4").arg(m_fileName).arg(lineNo).arg(column).arg(what);
        return false;
    };
    if (line.size() < 17)
        return fail(int(line.size()) + 1,
                    QStringLiteral("line too short for the order file's fixed columns"));
    for (int i = 0; i < 5; ++i) {
        if (line[i] < '0' || line[i] > '9')
            return fail(i + 1,
                        QStringLiteral("expected a 5-digit order number; not an ICD-10-CM order file"));
    }
    const QString code = QString::fromLatin1(line.sliced(6, 7)).trimmed();
    if (!icd::looksLikeCode(code) || code.contains(u'.'))
        return fail(7, QStringLiteral("\"%1\" is not an ICD-10-CM code").arg(code));
    const char flag = line[14];
    if (flag != '0' && flag != '1')
        return fail(15, QStringLiteral("billable flag must be 0 or 1, got '%1'").arg(QLatin1Char(flag)));
    OrderRow row;
    row.code = code;
    row.billable = flag == '1';
    row.shortTitle =
        QString::fromLatin1(line.sliced(16, std::min<qsizetype>(60, line.size() - 16))).trimmed();
    row.longTitle = line.size() > 77 ? QString::fromLatin1(line.sliced(77)).trimmed() : row.shortTitle;
    if (row.shortTitle.isEmpty())
        return fail(17, QStringLiteral("missing title"));
    out->append(row);
    return true;
}

} // namespace wcw::db
