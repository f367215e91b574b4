#include "csv/CsvWriter.h"

#include <QCoreApplication>

namespace sd::csv {

namespace {
constexpr qsizetype kFlushChars = 512 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device, QChar separator) : m_device(device), m_separator(separator) {}

QString CsvWriter::quoted(const QString &field, QChar separator)
{
    bool needs = !field.isEmpty() && (field.front().isSpace() || field.back().isSpace());
    for (const QChar ch : field) {
        if (needs)
            break;
        needs = ch == separator || ch == u'"' || ch == u'\n' || ch == u'\r';
    }
    if (!needs)
        return field;
    QString out;
    out.reserve(field.size() + 2);
    out += u'"';
    for (const QChar ch : field) {
        if (ch == u'"')
            out += u'"';
        out += ch;
    }
    out += u'"';
    return out;
}

void CsvWriter::writeBom()
{
    m_pending += QChar(0xFEFF);
}

void CsvWriter::writeRow(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_pending += m_separator;
        m_pending += quoted(fields[i], m_separator);
    }
    m_pending += QStringLiteral("\r\n");
    if (m_pending.size() >= kFlushChars)
        flush();
}

Status CsvWriter::flush()
{
    if (!m_pending.isEmpty() && !m_failed) {
        const QByteArray bytes = m_pending.toUtf8();
        m_pending.clear();
        if (m_device->write(bytes) != bytes.size())
            m_failed = true;
    }
    if (m_failed)
        return Error(Error::Code::Io, QCoreApplication::translate("sd::csv::CsvWriter", "Writing the CSV file failed: %1")
                                          .arg(m_device->errorString()));
    return std::nullopt;
}

} // namespace sd::csv
