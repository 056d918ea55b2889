#include "interchange/CsvRecords.h"

namespace wcw::csv {
namespace {

// Walks the text once; keeps the line and column so errors can point at the spot.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    int line() const { return m_line; }
    int column() const { return m_column; }

    QList<Record> records()
    {
        QList<Record> out;
        while (!atEnd()) {
            if (atLineEnd()) { // blank line
                takeLineEnd();
                continue;
            }
            out.append(record());
        }
        return out;
    }

private:
    QChar peek(qsizetype ahead = 0) const
    {
        const qsizetype i = m_pos + ahead;
        return i < m_text.size() ? m_text.at(i) : QChar();
    }
    bool atLineEnd() const { return peek() == u'\n' || (peek() == u'\r' && peek(1) == u'\n'); }
    void advance()
    {
        if (m_text.at(m_pos) == u'\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
    void takeLineEnd()
    {
        if (peek() == u'\r')
            advance();
        if (peek() == u'\n')
            advance();
    }
    void skipRestOfLine()
    {
        while (!atEnd() && peek() != u'\n')
            advance();
        if (!atEnd())
            advance();
    }
    Record failed(int startLine, int line, int column, const QString& reason, bool resync)
    {
        if (resync)
            skipRestOfLine();
        Record r;
        r.line = startLine;
        r.errorColumn = column;
        // A quoted field may span lines: name the line of the fault when it is not the start.
        r.error = line == startLine ? reason : QStringLiteral("line %1: %2").arg(line).arg(reason);
        return r;
    }

    Record record()
    {
        const int startLine = m_line;
        QStringList fields;
        for (;;) {
            QString field;
            if (peek() == u'"') {
                const int openLine = m_line, openColumn = m_column;
                advance();
                for (;;) {
                    if (atEnd()) {
                        Record r = failed(
                            startLine, openLine, openColumn,
                            QStringLiteral("quoted field %1 opened here never closes (a quote is missing)")
                                .arg(fields.size() + 1),
                            false);
                        r.line = startLine;
                        return r;
                    }
                    const QChar c = peek();
                    advance();
                    if (c != u'"') {
                        field.append(c);
                    } else if (peek() == u'"') {
                        field.append(u'"');
                        advance();
                    } else {
                        break;
                    }
                }
                if (!atEnd() && peek() != u',' && !atLineEnd())
                    return failed(startLine, m_line, m_column,
                                  QStringLiteral("text after the closing quote of field %1 (a quote inside a "
                                                 "quoted field must be doubled)")
                                      .arg(fields.size() + 1),
                                  true);
            } else {
                while (!atEnd() && peek() != u',' && !atLineEnd()) {
                    if (peek() == u'"')
                        return failed(startLine, m_line, m_column,
                                      QStringLiteral("quote inside unquoted field %1 (quote the whole field "
                                                     "and double the quote)")
                                          .arg(fields.size() + 1),
                                      true);
                    field.append(peek());
                    advance();
                }
            }
            fields.append(field);
            if (peek() == u',') {
                advance();
                continue;
            }
            takeLineEnd();
            Record r;
            r.line = startLine;
            r.fields = fields;
            return r;
        }
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace

QList<Record> splitRecords(QStringView text)
{
    return Scanner(text).records();
}

QString quoteField(const QString& field)
{
    const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
                             field.contains(u'\r') ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace wcw::csv
