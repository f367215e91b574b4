#pragma once

#include "Error.h"

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace sd::csv {

enum class TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16LE,
    Utf16BE,
    Windows1252,
};

// A short, stable name for reports and the CLI ("utf-8", "utf-16le", "windows-1252", ...).
QString encodingName(TextEncoding encoding);

struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;
};

// Looks at the first bytes of a file. `complete` says the sample is the whole file, so a multi-byte
// sequence cut at the end of the sample is an error rather than a sign that more bytes follow.
// Fails with a "not a text file" error for binary data (NUL bytes or many control characters in
// what would be an 8-bit text).
Result<EncodingGuess> detectEncoding(QByteArrayView sample, bool complete);

// Length of the longest prefix of `bytes` that is valid UTF-8 up to a possibly cut last sequence.
// Equal to bytes.size() when the data is valid so far; `cutTail` receives the bytes of a sequence
// that is cut at the end (0..3), which belong to the next chunk.
qsizetype validUtf8Prefix(QByteArrayView bytes, int *cutTail);

// Chunk-wise decoder: a multi-byte sequence split between two reads is decoded once both halves
// are in. Windows-1252 is decoded by table because QStringDecoder only knows it through ICU, and
// whether Qt was built with ICU is up to the distribution.
class TextDecoder
{
public:
    explicit TextDecoder(TextEncoding encoding);

    // Appends the decoded text of `bytes` to `out`.
    void decode(QByteArrayView bytes, QString &out);
    // True once invalid input was seen (UTF-8/16 only; every byte is valid Windows-1252).
    bool hasError() const;
    TextEncoding encoding() const { return m_encoding; }

private:
    TextEncoding m_encoding;
    std::optional<QStringDecoder> m_decoder;
};

} // namespace sd::csv
