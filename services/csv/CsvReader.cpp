#include "csv/CsvReader.h"

#include <QCoreApplication>

#include <array>

namespace sd::csv {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr qint64 kScanChunkBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::csv::CsvReader", text);
}

// Counts the line breaks (LF, CRLF, lone CR) in d[from, to) and moves lineStart past the last one.
void countBreaks(const char16_t *d, qsizetype from, qsizetype to, qint64 &line, qsizetype &lineStart)
{
    for (qsizetype i = from; i < to; ++i) {
        if (d[i] == u'\n') {
            ++line;
            lineStart = i + 1;
        } else if (d[i] == u'\r') {
            if (i + 1 < to && d[i + 1] == u'\n')
                ++i;
            ++line;
            lineStart = i + 1;
        }
    }
}

// Where an unquoted field (or the tail after a closing quote) ends: the separator or a line break.
qsizetype fieldEnd(const char16_t *d, qsizetype p, qsizetype n, char16_t sep)
{
    while (p < n) {
        const char16_t c = d[p];
        if (c == sep || c == u'\n' || c == u'\r')
            break;
        ++p;
    }
    return p;
}

} // namespace

CsvReader::CsvReader(QIODevice *device) : CsvReader(device, Options{}) {}

CsvReader::CsvReader(QIODevice *device, Options options) : m_device(device), m_options(std::move(options))
{
    if (!m_options.separator.isNull())
        m_separator = m_options.separator;
}

QString CsvReader::where(qint64 line, qint64 column) const
{
    QString at = column > 0 ? tr("line %1, column %2").arg(line).arg(column) : tr("line %1").arg(line);
    return m_options.sourceName.isEmpty() ? at : m_options.sourceName + QStringLiteral(", ") + at;
}

void CsvReader::fail(const QString &message, qint64 line, qint64 column)
{
    if (!m_error)
        m_error = Error(Error::Code::InvalidArgument, message, where(line, column));
}

Status CsvReader::open()
{
    if (!m_device || !m_device->isReadable())
        return Error(Error::Code::Io, tr("The file cannot be read."), m_options.sourceName);
    m_bytesTotal = m_device->isSequential() ? -1 : m_device->size() - m_device->pos();
    const QByteArray head = m_device->read(kChunkBytes);
    m_bytesRead = head.size();
    m_eof = m_device->isSequential() ? head.size() < kChunkBytes && m_device->atEnd() : m_device->atEnd();
    if (head.isEmpty())
        return Error(Error::Code::InvalidArgument, tr("The file is empty."), m_options.sourceName);

    EncodingGuess guess;
    if (m_options.encoding) {
        guess.encoding = *m_options.encoding;
    } else {
        auto detected = detectEncoding(head, m_eof);
        if (!detected.ok()) {
            Error e = detected.error();
            e.where = m_options.sourceName;
            return e;
        }
        guess = detected.value();
        if (guess.encoding == TextEncoding::Utf8 && !m_eof && m_options.scanWholeFile && !m_device->isSequential()) {
            if (Status s = scanForInvalidUtf8())
                return s;
            if (m_encoding == TextEncoding::Windows1252)
                guess.encoding = TextEncoding::Windows1252;
        }
    }
    m_encoding = guess.encoding;
    m_decoder.emplace(m_encoding);
    m_decoder->decode(head, m_text);

    if (m_text.isEmpty() && m_eof)
        return Error(Error::Code::InvalidArgument, tr("The file is empty."), m_options.sourceName);
    if (const qsizetype nul = m_text.indexOf(QChar(0)); nul >= 0) {
        qint64 line = 1;
        qsizetype lineStart = 0;
        countBreaks(reinterpret_cast<const char16_t *>(m_text.constData()), 0, nul, line, lineStart);
        return Error(Error::Code::InvalidArgument,
                     tr("This is not a text/CSV file (it contains a NUL character). Export the data as CSV and try again."),
                     where(line, nul - lineStart + 1));
    }
    if (m_options.separator.isNull())
        m_separator = detectSeparator(QStringView(m_text).first(qMin<qsizetype>(m_text.size(), 65536)), m_eof);
    m_opened = true;
    return std::nullopt;
}

// Reads ahead to the end of the file looking for bytes that are not UTF-8, then goes back.
// Only the verdict is kept, so this costs one fast pass and no memory.
Status CsvReader::scanForInvalidUtf8()
{
    const qint64 resume = m_device->pos();
    // Re-read the head's last bytes: a character may span the end of the head.
    int cut = 0;
    if (!m_device->seek(resume - qMin<qint64>(resume, 3)))
        return Error(Error::Code::Io, tr("The file cannot be read: %1").arg(m_device->errorString()), m_options.sourceName);
    QByteArray carry = m_device->read(qMin<qint64>(resume, 3));
    // Drop leading continuation bytes so the carry starts at a character boundary or at ASCII.
    while (!carry.isEmpty() && (static_cast<unsigned char>(carry.front()) & 0xC0) == 0x80)
        carry.remove(0, 1);
    bool invalid = false;
    for (;;) {
        const QByteArray more = m_device->read(kScanChunkBytes);
        const QByteArray chunk = carry + more;
        if (more.isEmpty()) {
            invalid = validUtf8Prefix(chunk, &cut) != chunk.size() || cut != 0;
            break;
        }
        const qsizetype valid = validUtf8Prefix(chunk, &cut);
        if (valid + cut != chunk.size()) {
            invalid = true;
            break;
        }
        carry = chunk.right(cut);
    }
    if (!m_device->seek(resume))
        return Error(Error::Code::Io, tr("The file cannot be read: %1").arg(m_device->errorString()), m_options.sourceName);
    if (invalid)
        m_encoding = TextEncoding::Windows1252;
    return std::nullopt;
}

bool CsvReader::fill()
{
    if (m_eof || m_error)
        return false;
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    // Read at least as much as is buffered, so a record spanning many chunks is re-parsed only
    // O(log n) times.
    const qint64 want = qMax<qint64>(kChunkBytes, qint64(m_text.size()) * 2);
    const QByteArray bytes = m_device->read(want);
    if (bytes.isEmpty()) {
        m_eof = true;
        return true;
    }
    m_bytesRead += bytes.size();
    const qsizetype before = m_text.size();
    m_decoder->decode(bytes, m_text);
    if (m_decoder->hasError()) {
        fail(tr("The file is not valid %1 text. Save it as UTF-8 and try again.").arg(encodingName(m_encoding)), m_line, 0);
        return false;
    }
    if (const qsizetype nul = m_text.indexOf(QChar(0), before); nul >= 0) {
        qint64 line = m_line;
        qsizetype lineStart = m_pos;
        countBreaks(reinterpret_cast<const char16_t *>(m_text.constData()), m_pos, nul, line, lineStart);
        fail(tr("This is not a text/CSV file: it contains binary data (a NUL character)."), line, nul - lineStart + 1);
        return false;
    }
    return true;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (!m_opened || m_error)
        return false;
    for (;;) {
        if (m_pos >= m_text.size()) {
            if (m_eof)
                return false;
            if (!fill())
                return false;
            continue;
        }
        switch (parseRecord(record)) {
        case Parse::Record:
            if (record.fields.size() == 1 && record.fields.constFirst().trimmed().isEmpty())
                continue; // blank line
            return true;
        case Parse::NeedMore:
            if (!fill() && m_error)
                return false;
            continue;
        case Parse::Failed:
            return false;
        }
    }
}

CsvReader::Parse CsvReader::parseRecord(CsvRecord &record)
{
    const auto *d = reinterpret_cast<const char16_t *>(m_text.constData());
    const qsizetype n = m_text.size();
    const char16_t sep = m_separator.unicode();
    const qsizetype maxField = m_options.maxFieldChars;
    qsizetype p = m_pos;
    qint64 line = m_line;
    qsizetype lineStart = p;
    const qsizetype expected = record.fields.size();
    record.fields.clear();
    record.fields.reserve(expected);
    record.line = line;

    // Asking for more text is only allowed while the buffered part of the record is within limits;
    // past them the answer is an error, not more memory.
    auto needMore = [&](qsizetype fieldStart, qint64 fieldLine, qsizetype fieldColumn, bool quoted) {
        if (n - fieldStart > maxField) {
            fail(quoted ? tr("The quoted field that starts here is longer than %L1 characters; a closing quote is "
                             "probably missing.").arg(maxField)
                        : tr("A field is longer than %L1 characters.").arg(maxField),
                 fieldLine, fieldColumn);
            return Parse::Failed;
        }
        return Parse::NeedMore;
    };

    for (;;) {
        const qsizetype fieldStart = p;
        const qint64 fieldLine = line;
        const qsizetype fieldColumn = p - lineStart + 1;
        if (record.fields.size() >= m_options.maxColumns) {
            fail(tr("Line %1 has more than %L2 columns; this is not a candidate list Sourcedesk can import.")
                     .arg(record.line).arg(m_options.maxColumns),
                 fieldLine, fieldColumn);
            return Parse::Failed;
        }
        if (p < n && d[p] == u'"') {
            QString value;
            qsizetype seg = p + 1;
            for (;;) {
                const qsizetype close = QStringView(d + seg, n - seg).indexOf(u'"');
                if (close < 0) {
                    if (!m_eof)
                        return needMore(fieldStart, fieldLine, fieldColumn, true);
                    fail(tr("Unterminated quote: the quoted field that starts here never ends."), fieldLine, fieldColumn);
                    return Parse::Failed;
                }
                const qsizetype at = seg + close;
                countBreaks(d, seg, at, line, lineStart);
                if (at + 1 >= n && !m_eof)
                    return needMore(fieldStart, fieldLine, fieldColumn, true);
                if (at + 1 < n && d[at + 1] == u'"') {
                    value.append(QStringView(d + seg, at + 1 - seg)); // a doubled quote is one quote
                    seg = at + 2;
                    continue;
                }
                if (value.isEmpty())
                    value = QString(reinterpret_cast<const QChar *>(d + seg), at - seg); // the usual case: one copy
                else
                    value.append(QStringView(d + seg, at - seg));
                p = at + 1;
                break;
            }
            // Text between the closing quote and the separator is kept, as spreadsheets do.
            const qsizetype e = fieldEnd(d, p, n, sep);
            if (e >= n && !m_eof)
                return needMore(fieldStart, fieldLine, fieldColumn, true);
            if (e > p)
                value.append(QStringView(d + p, e - p));
            p = e;
            if (value.size() > maxField) {
                fail(tr("A field is longer than %L1 characters.").arg(maxField), fieldLine, fieldColumn);
                return Parse::Failed;
            }
            record.fields.append(std::move(value));
        } else {
            const qsizetype e = fieldEnd(d, p, n, sep);
            if (e >= n && !m_eof)
                return needMore(fieldStart, fieldLine, fieldColumn, false);
            if (e - p > maxField) {
                fail(tr("A field is longer than %L1 characters.").arg(maxField), fieldLine, fieldColumn);
                return Parse::Failed;
            }
            record.fields.append(QString(reinterpret_cast<const QChar *>(d + p), e - p));
            p = e;
        }
        if (p >= n)
            break; // end of file ends the record
        if (d[p] == sep) {
            ++p;
            if (p >= n) {
                if (!m_eof)
                    return Parse::NeedMore;
                record.fields.append(QString()); // "a,b," at the very end: the last field is empty
                break;
            }
            continue;
        }
        if (d[p] == u'\r') {
            if (p + 1 >= n && !m_eof)
                return Parse::NeedMore; // CR LF may be split between two chunks
            ++p;
            if (p < n && d[p] == u'\n')
                ++p;
        } else {
            ++p;
        }
        ++line;
        break;
    }
    m_pos = p;
    m_line = line;
    return Parse::Record;
}

QChar CsvReader::detectSeparator(QStringView text, bool complete)
{
    constexpr std::array<char16_t, 3> candidates = {u',', u';', u'\t'};
    constexpr int kRecords = 30;
    QList<std::array<int, 3>> counts;
    std::array<int, 3> current{};
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < kRecords; ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            any = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (any)
                counts << current;
            current = {};
            any = false;
            continue;
        }
        any = true;
        for (std::size_t k = 0; k < candidates.size(); ++k)
            current[k] += c == candidates[k];
    }
    if (any && (complete || counts.isEmpty()))
        counts << current;
    if (counts.isEmpty())
        return QChar(u',');

    QChar best(u',');
    qint64 bestScore = -1;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const int inHeader = counts.constFirst()[k];
        if (inHeader == 0)
            continue;
        int same = 0;
        for (qsizetype r = 1; r < counts.size(); ++r)
            same += counts[r][k] == inHeader;
        // Consistency first (in tenths, so one ragged row does not decide), then the count.
        const qint64 tenths = counts.size() > 1 ? (qint64(same) * 10) / (counts.size() - 1) : 10;
        const qint64 score = tenths * 1'000'000 + inHeader;
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidates[k]);
        }
    }
    return best;
}

} // namespace sd::csv
