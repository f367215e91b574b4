#pragma once

#include "Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace sd::csv {

// RFC 4180 output: CRLF line ends, a field quoted when it holds the separator, a quote, a line
// break or leading/trailing spaces (which a reader would otherwise trim). Buffers up to ~1 MiB.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, QChar separator = QChar(u','));

    void writeBom();
    void writeRow(const QStringList &fields);
    // Writes out what is buffered; reports a failed write (disk full, closed device).
    Status flush();

    static QString quoted(const QString &field, QChar separator);

private:
    QIODevice *m_device;
    QChar m_separator;
    QString m_pending;
    bool m_failed = false;
};

} // namespace sd::csv
