#pragma once

#include "Error.h"
#include "csv/TextDecoding.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::csv {

struct CsvRecord
{
    qint64 line = 0; // physical line (1-based) where the record starts
    QStringList fields;
};

// Streaming RFC 4180 reader. Reads the device in chunks and never holds more than the record being
// parsed plus one chunk, so a file of any size streams; the limits turn hostile input (a missing
// closing quote, a 10,000-column line) into a clear error instead of unbounded memory.
// Lenient where real exports are sloppy: mixed CR/LF/CRLF, blank lines (skipped), a stray quote
// inside an unquoted field, text after a closing quote.
class CsvReader
{
public:
    struct Options
    {
        // A 1 MB notes field is legitimate; beyond this it is almost surely a missing closing quote.
        qsizetype maxFieldChars = 4 * 1024 * 1024;
        int maxColumns = 1000;
        QChar separator;                      // null: detect among ',', ';' and tab
        std::optional<TextEncoding> encoding; // empty: detect
        // Checks the whole file for invalid UTF-8 before reading, so a Windows-1252 file whose first
        // accented letter is in row 50,000 is still read as Windows-1252. Needs a seekable device.
        bool scanWholeFile = true;
        QString sourceName; // shown in errors, e.g. the file name
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, Options options);

    // Detects encoding and separator. Fails for an empty file or binary data.
    Status open();
    // The next non-blank record. False at the end or on an error (see error()).
    bool readRecord(CsvRecord &record);
    const std::optional<Error> &error() const { return m_error; }
    bool atEnd() const { return !m_error && m_eof && m_pos >= m_text.size(); }

    TextEncoding encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 bytesTotal() const { return m_bytesTotal; }

    // Guesses the separator from the first records of decoded text: the candidate that appears in
    // the first record and the same number of times (outside quotes) in most of the following ones.
    static QChar detectSeparator(QStringView text, bool complete);

private:
    enum class Parse { Record, NeedMore, Failed };

    Parse parseRecord(CsvRecord &record);
    bool fill();
    Status scanForInvalidUtf8();
    void fail(const QString &message, qint64 line, qint64 column);
    QString where(qint64 line, qint64 column) const;

    QIODevice *m_device;
    Options m_options;
    std::optional<TextDecoder> m_decoder;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_separator{u','};
    QString m_text;     // decoded, not yet consumed text starts at m_pos
    qsizetype m_pos = 0;
    qint64 m_line = 1;  // physical line at m_pos
    bool m_eof = false;
    bool m_opened = false;
    qint64 m_bytesRead = 0;
    qint64 m_bytesTotal = -1;
    std::optional<Error> m_error;
};

} // namespace sd::csv
