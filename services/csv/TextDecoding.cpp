#include "csv/TextDecoding.h"

#include <QCoreApplication>

#include <array>

namespace sd::csv {

namespace {

// Bytes 0x80..0x9F of Windows-1252; the five undefined bytes map to the C1 controls, as browsers do.
constexpr std::array<char16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::csv::TextDecoding", text);
}

Error notText(const QString &why)
{
    return Error(Error::Code::InvalidArgument,
                 tr("This is not a text/CSV file (%1). Export the data as CSV and try again.").arg(why));
}

// UTF-16 without a BOM shows itself by NUL high bytes in ASCII text: every other byte is zero.
std::optional<TextEncoding> utf16ByNulPattern(QByteArrayView sample)
{
    const qsizetype pairs = qMin<qsizetype>(sample.size(), 8192) / 2;
    if (pairs < 2)
        return std::nullopt;
    qsizetype evenZero = 0;
    qsizetype oddZero = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZero += sample[2 * i] == 0;
        oddZero += sample[2 * i + 1] == 0;
    }
    if (oddZero * 10 >= pairs * 4 && evenZero * 20 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZero * 10 >= pairs * 4 && oddZero * 20 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf8Bom: return QStringLiteral("utf-8-bom");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

qsizetype validUtf8Prefix(QByteArrayView bytes, int *cutTail)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    *cutTail = 0;
    while (i < n) {
        // ASCII runs are the common case: test eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n) {
                *cutTail = int(n - i);
                return i;
            }
            const unsigned char cc = s[i + k];
            if (k == 1 ? (cc < lo || cc > hi) : (cc < 0x80 || cc > 0xBF))
                return i;
        }
        i += len;
    }
    return n;
}

Result<EncodingGuess> detectEncoding(QByteArrayView sample, bool complete)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return EncodingGuess{TextEncoding::Utf8Bom, 3};
    if (sample.startsWith("\xFF\xFE"))
        return EncodingGuess{TextEncoding::Utf16LE, 2};
    if (sample.startsWith("\xFE\xFF"))
        return EncodingGuess{TextEncoding::Utf16BE, 2};
    if (auto utf16 = utf16ByNulPattern(sample))
        return EncodingGuess{*utf16, 0};

    // An 8-bit text has no NUL bytes and few control characters; archives, images and
    // spreadsheets saved as .xlsx have plenty of both.
    const QByteArrayView head = sample.first(qMin<qsizetype>(sample.size(), 65536));
    qsizetype controls = 0;
    for (const char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return notText(tr("it contains NUL bytes"));
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++controls;
    }
    if (controls * 20 > head.size())
        return notText(tr("%1 of its first %2 bytes are control characters").arg(controls).arg(head.size()));

    int cut = 0;
    const qsizetype valid = validUtf8Prefix(sample, &cut);
    if (valid == sample.size() || (!complete && valid + cut == sample.size()))
        return EncodingGuess{TextEncoding::Utf8, 0};
    return EncodingGuess{TextEncoding::Windows1252, 0};
}

TextDecoder::TextDecoder(TextEncoding encoding) : m_encoding(encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: m_decoder.emplace(QStringConverter::Utf8); break;
    case TextEncoding::Utf16LE: m_decoder.emplace(QStringConverter::Utf16LE); break;
    case TextEncoding::Utf16BE: m_decoder.emplace(QStringConverter::Utf16BE); break;
    case TextEncoding::Windows1252: break;
    }
}

void TextDecoder::decode(QByteArrayView bytes, QString &out)
{
    if (m_decoder) {
        out += m_decoder->decode(bytes);
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + bytes.size());
    QChar *dst = out.data() + start;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        *dst++ = (c >= 0x80 && c <= 0x9F) ? QChar(kCp1252High[c - 0x80]) : QChar(char16_t(c));
    }
}

bool TextDecoder::hasError() const
{
    return m_decoder && m_decoder->hasError();
}

} // namespace sd::csv
