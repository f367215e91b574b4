// The CSV reader against the files recruiters actually get: quoting, encodings, separators,
// line endings, and the malformed cases that must end in a clear error with a line number.
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QStringEncoder>
#include <QTest>

using namespace sd;
using namespace sd::csv;

namespace {

struct Parsed
{
    Status openError;
    std::optional<Error> error;
    QList<CsvRecord> records;
    QChar separator;
    TextEncoding encoding = TextEncoding::Utf8;
};

Parsed parse(const QByteArray &bytes, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    Parsed p;
    p.openError = reader.open();
    if (p.openError)
        return p;
    CsvRecord r;
    while (reader.readRecord(r))
        p.records << r;
    p.error = reader.error();
    p.separator = reader.separator();
    p.encoding = reader.encoding();
    return p;
}

QByteArray encoded(const QString &text, QStringConverter::Encoding enc, bool bom)
{
    QStringEncoder encoder(enc, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedNewlinesKeepLineNumbers()
    {
        const auto p = parse("name,notes\r\n\"Jane\",\"first line\nsecond line\"\r\nBob,plain\r\n");
        QVERIFY(!p.openError && !p.error);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records[1].fields, (QStringList{QStringLiteral("Jane"), QStringLiteral("first line\nsecond line")}));
        QCOMPARE(p.records[1].line, 2);
        QCOMPARE(p.records[2].line, 4); // the quoted line break counts as a physical line
    }

    void doubledQuotes()
    {
        const auto p = parse("a,b,c\n1,\"She said \"\"hi\"\"\",\"\"\"\"\n");
        QVERIFY(!p.error);
        QCOMPARE(p.records[1].fields, (QStringList{QStringLiteral("1"), QStringLiteral("She said \"hi\""), QStringLiteral("\"")}));
    }

    void emptyFieldsAndTrailingSeparator()
    {
        const auto p = parse("a,b,c\n,,\nx,,\n");
        QCOMPARE(p.records[1].fields, QStringList(3, QString()));
        QCOMPARE(p.records[2].fields, (QStringList{QStringLiteral("x"), QString(), QString()}));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        const QString text = QStringLiteral("First Name,Last Name\nZoë,Müller-Łukasz\n");
        QTest::newRow("utf-8") << text.toUtf8() << int(TextEncoding::Utf8);
        QTest::newRow("utf-8 bom") << encoded(text, QStringConverter::Utf8, true) << int(TextEncoding::Utf8Bom);
        QTest::newRow("utf-16le bom") << encoded(text, QStringConverter::Utf16LE, true) << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16be bom") << encoded(text, QStringConverter::Utf16BE, true) << int(TextEncoding::Utf16BE);
        QTest::newRow("utf-16le no bom") << encoded(text, QStringConverter::Utf16LE, false) << int(TextEncoding::Utf16LE);
        QTest::newRow("utf-16be no bom") << encoded(text, QStringConverter::Utf16BE, false) << int(TextEncoding::Utf16BE);
    }
    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        const auto p = parse(bytes);
        QVERIFY2(!p.openError && !p.error, qPrintable(p.openError ? p.openError->toString() : QString()));
        QCOMPARE(int(p.encoding), encoding);
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.records[0].fields.first(), QStringLiteral("First Name")); // no BOM left in the first header
        QCOMPARE(p.records[1].fields, (QStringList{QStringLiteral("Zoë"), QStringLiteral("Müller-Łukasz")}));
    }

    void windows1252()
    {
        // Excel on Windows: "René", "Škoda", "€" and curly quotes in 1252 bytes.
        const auto p = parse(QByteArray("name,company,note\nRen\xE9,\x8Akoda,\x80 5k \x93ok\x94\n"));
        QVERIFY(!p.openError && !p.error);
        QCOMPARE(p.encoding, TextEncoding::Windows1252);
        QCOMPARE(p.records[1].fields,
                 (QStringList{QStringLiteral("René"), QStringLiteral("Škoda"), QStringLiteral("€ 5k “ok”")}));
    }

    void windows1252AccentFarIntoTheFile()
    {
        // The first accented letter comes after the part used to guess: the whole-file check catches it.
        QByteArray bytes("name,city\n");
        for (int i = 0; i < 40000; ++i)
            bytes += "Plain Name,Plain City\n";
        bytes += "Andr\xE9,K\xF6ln\n";
        const auto p = parse(bytes);
        QVERIFY(!p.openError && !p.error);
        QCOMPARE(p.encoding, TextEncoding::Windows1252);
        QCOMPARE(p.records.constLast().fields, (QStringList{QStringLiteral("André"), QStringLiteral("Köln")}));
    }

    void separators_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("separator");
        QTest::newRow("comma") << QByteArray("first,last,notes\nJane,Doe,\"a; b\"\nJo,Ray,x\n") << QStringLiteral(",");
        QTest::newRow("semicolon") << QByteArray("first;last;notes\nJane;Doe;Berlin, DE\nJo;Ray;x, y, z\n") << QStringLiteral(";");
        QTest::newRow("tab") << QByteArray("first\tlast\tnotes\nJane\tDoe\ta, b; c\nJo\tRay\tx\n") << QStringLiteral("\t");
    }
    void separators()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, separator);
        const auto p = parse(bytes);
        QVERIFY(!p.error);
        QCOMPARE(QString(p.separator), separator);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records[1].fields.size(), 3);
        QCOMPARE(p.records[1].fields[1], QStringLiteral("Doe"));
    }

    void mixedLineEndings()
    {
        const auto p = parse("h1,h2\r\na,b\nc,d\re,f\r\n\r\ng,h");
        QVERIFY(!p.error);
        QCOMPARE(p.records.size(), 5);
        const QList<qint64> lines{1, 2, 3, 4, 6}; // line 5 is blank and skipped
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(p.records[i].line, lines[i]);
        QCOMPARE(p.records[4].fields, (QStringList{QStringLiteral("g"), QStringLiteral("h")}));
    }

    void unterminatedQuoteNamesTheLineWhereItOpened()
    {
        const auto p = parse("name,notes\nJane,ok\nBob,\"never closed\nMax,fine\nEve,fine\n");
        QVERIFY(p.error);
        QVERIFY2(p.error->message.contains(QStringLiteral("Unterminated quote")), qPrintable(p.error->toString()));
        QCOMPARE(p.error->where, QStringLiteral("line 3, column 5"));
        QCOMPARE(p.records.size(), 2); // the rows before it were read
    }

    void emptyFile()
    {
        for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
            const auto p = parse(bytes);
            QVERIFY(p.openError);
            QCOMPARE(p.openError->message, QStringLiteral("The file is empty."));
        }
    }

    void oneMegabyteFieldImports()
    {
        const QString big(1'000'000, u'x');
        const auto p = parse("name,notes\nJane,\"" + big.toUtf8() + "\"\nBob," + big.toUtf8() + "\n");
        QVERIFY(!p.openError && !p.error);
        QCOMPARE(p.records.size(), 3);
        QCOMPARE(p.records[1].fields[1].size(), 1'000'000);
        QCOMPARE(p.records[2].fields[1].size(), 1'000'000);
    }

    void fieldOverTheLimitIsAClearError()
    {
        CsvReader::Options o;
        o.maxFieldChars = 100'000;
        const auto p = parse("name,notes\nJane,\"" + QByteArray(300'000, 'x') + "\"\n", o);
        QVERIFY(p.error);
        QVERIFY2(p.error->message.contains(QStringLiteral("longer than 100,000 characters")), qPrintable(p.error->message));
        QCOMPARE(p.error->where, QStringLiteral("line 2, column 6"));
    }

    void tenThousandColumnsIsAClearErrorNotAHang()
    {
        QByteArray header;
        for (int i = 0; i < 10000; ++i)
            header += (i ? "," : "") + QByteArray("col") + QByteArray::number(i);
        QElapsedTimer t;
        t.start();
        const auto p = parse(header + "\n" + QByteArray(10000, ',') + "\n");
        QVERIFY(p.error);
        QVERIFY2(p.error->message.contains(QStringLiteral("more than 1,000 columns")), qPrintable(p.error->message));
        QVERIFY(p.error->where.startsWith(QStringLiteral("line 1")));
        QVERIFY(t.elapsed() < 2000);
    }

    void binaryJunkIsNotText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        png += QByteArray(200, '\0');
        QTest::newRow("png") << png;
        QByteArray zip("PK\x03\x04\x14\0\x06\0", 8);
        zip += QByteArray(100, '\x01');
        QTest::newRow("zip/xlsx") << zip;
        QByteArray controls;
        for (int i = 0; i < 2000; ++i)
            controls += char(1 + (i * 7) % 8) + QByteArray("ab");
        QTest::newRow("control characters") << controls;
    }
    void binaryJunkIsNotText()
    {
        QFETCH(QByteArray, bytes);
        const auto p = parse(bytes);
        QVERIFY(p.openError);
        QVERIFY2(p.openError->message.contains(QStringLiteral("not a text/CSV file")), qPrintable(p.openError->message));
    }

    void nulFarIntoTheFileIsReportedWithItsLine()
    {
        QByteArray bytes("name,city\n");
        for (int i = 0; i < 30000; ++i)
            bytes += "Plain Name,Plain City\n";
        bytes += QByteArray("Bad\0Row,x\n", 10);
        const auto p = parse(bytes);
        QVERIFY(p.error);
        QVERIFY(p.error->message.contains(QStringLiteral("not a text/CSV file")));
        QCOMPARE(p.error->where, QStringLiteral("line 30002, column 4"));
    }

    // Every record shape, written with the writer and read back, across many chunk boundaries.
    void roundTripAcrossChunks_data()
    {
        QTest::addColumn<QString>("separator");
        QTest::newRow("comma") << QStringLiteral(",");
        QTest::newRow("semicolon") << QStringLiteral(";");
        QTest::newRow("tab") << QStringLiteral("\t");
    }
    void roundTripAcrossChunks()
    {
        QFETCH(QString, separator);
        const QChar sep = separator.front();
        const QStringList samples{QStringLiteral("plain"), QString(), QStringLiteral("with, comma"),
                                  QStringLiteral("semi; colon"), QStringLiteral("tab\there"),
                                  QStringLiteral("quote \" inside"), QStringLiteral("line\r\nbreak"),
                                  QStringLiteral("cr\ronly"), QStringLiteral(" padded "), QStringLiteral("Zoë 東京")};
        QList<QStringList> rows{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}};
        for (int i = 0; i < 20000; ++i)
            rows << QStringList{samples[i % samples.size()], samples[(i * 7 + 3) % samples.size()], QString::number(i)};
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(&out, sep);
        for (const QStringList &r : std::as_const(rows))
            writer.writeRow(r);
        QVERIFY(!writer.flush());
        const auto p = parse(out.data());
        QVERIFY(!p.openError && !p.error);
        QCOMPARE(p.separator, sep);
        QCOMPARE(p.records.size(), rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(p.records[i].fields, rows[i]);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
