// Header aliases of the exports recruiters bring, the row-to-candidate rules, and mapping files.
#include "csv/ColumnMapping.h"
#include "csv/RecordMapper.h"

#include <QTest>
#include <QTimeZone>

using namespace sd;
using namespace sd::csv;

namespace {

QStringList split(const char *csv)
{
    return QString::fromUtf8(csv).split(u',');
}

FieldTarget targetOf(const ColumnMapping &m, const QString &header)
{
    for (const ColumnRule &r : m.columns()) {
        if (r.header == header)
            return r.target;
    }
    return FieldTarget::Ignore;
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkedInRecruiterExport()
    {
        const auto m = ColumnMapping::detect(split("First Name,Last Name,Headline,Location,Current Title,Current Company,"
                                                   "Email,Phone,Public Profile URL,Profile URL,Notes,Tags"));
        QCOMPARE(targetOf(m, QStringLiteral("First Name")), FieldTarget::FirstName);
        QCOMPARE(targetOf(m, QStringLiteral("Last Name")), FieldTarget::LastName);
        QCOMPARE(targetOf(m, QStringLiteral("Current Title")), FieldTarget::Title);
        QCOMPARE(targetOf(m, QStringLiteral("Headline")), FieldTarget::Custom); // a title column exists
        QCOMPARE(targetOf(m, QStringLiteral("Current Company")), FieldTarget::Company);
        QCOMPARE(targetOf(m, QStringLiteral("Location")), FieldTarget::Location);
        QCOMPARE(targetOf(m, QStringLiteral("Email")), FieldTarget::Email);
        QCOMPARE(targetOf(m, QStringLiteral("Phone")), FieldTarget::Phone);
        QCOMPARE(targetOf(m, QStringLiteral("Public Profile URL")), FieldTarget::LinkedIn);
        QCOMPARE(targetOf(m, QStringLiteral("Profile URL")), FieldTarget::Link); // the second LinkedIn link is kept
        QCOMPARE(targetOf(m, QStringLiteral("Tags")), FieldTarget::Tags);
    }

    void linkedInHeadlineStandsInForAMissingTitle()
    {
        const auto m = ColumnMapping::detect(split("First Name,Last Name,Headline,Profile URL"));
        QCOMPARE(targetOf(m, QStringLiteral("Headline")), FieldTarget::Title);
        QCOMPARE(targetOf(m, QStringLiteral("Profile URL")), FieldTarget::LinkedIn);
    }

    void sourceWhaleStyleExport()
    {
        const auto m = ColumnMapping::detect(split("first_name,last_name,email,linkedin,company_name,job_title,phone_number,"
                                                   "city,country,tags,favourite_colour"));
        QCOMPARE(targetOf(m, QStringLiteral("first_name")), FieldTarget::FirstName);
        QCOMPARE(targetOf(m, QStringLiteral("last_name")), FieldTarget::LastName);
        QCOMPARE(targetOf(m, QStringLiteral("email")), FieldTarget::Email);
        QCOMPARE(targetOf(m, QStringLiteral("linkedin")), FieldTarget::LinkedIn);
        QCOMPARE(targetOf(m, QStringLiteral("company_name")), FieldTarget::Company);
        QCOMPARE(targetOf(m, QStringLiteral("job_title")), FieldTarget::Title);
        QCOMPARE(targetOf(m, QStringLiteral("phone_number")), FieldTarget::Phone);
        QCOMPARE(targetOf(m, QStringLiteral("city")), FieldTarget::City);
        QCOMPARE(targetOf(m, QStringLiteral("country")), FieldTarget::CountryCode);
        QCOMPARE(targetOf(m, QStringLiteral("favourite_colour")), FieldTarget::Custom);
    }

    void googleContactsExport()
    {
        const auto m = ColumnMapping::detect(split(
            "Name,Given Name,Additional Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,"
            "Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title,Address 1 - City,"
            "Address 1 - Region,Address 1 - Country,Website 1 - Value,Notes,Group Membership"));
        QCOMPARE(targetOf(m, QStringLiteral("Name")), FieldTarget::FullName);
        QCOMPARE(targetOf(m, QStringLiteral("Given Name")), FieldTarget::FirstName);
        QCOMPARE(targetOf(m, QStringLiteral("Additional Name")), FieldTarget::Ignore);
        QCOMPARE(targetOf(m, QStringLiteral("Family Name")), FieldTarget::LastName);
        QCOMPARE(targetOf(m, QStringLiteral("E-mail 1 - Type")), FieldTarget::Ignore);
        QCOMPARE(targetOf(m, QStringLiteral("E-mail 1 - Value")), FieldTarget::Email);
        QCOMPARE(targetOf(m, QStringLiteral("E-mail 2 - Value")), FieldTarget::Email);
        QCOMPARE(targetOf(m, QStringLiteral("Phone 1 - Value")), FieldTarget::Phone);
        QCOMPARE(targetOf(m, QStringLiteral("Organization 1 - Name")), FieldTarget::Company);
        QCOMPARE(targetOf(m, QStringLiteral("Organization 1 - Title")), FieldTarget::Title);
        QCOMPARE(targetOf(m, QStringLiteral("Address 1 - City")), FieldTarget::City);
        QCOMPARE(targetOf(m, QStringLiteral("Address 1 - Region")), FieldTarget::Region);
        QCOMPARE(targetOf(m, QStringLiteral("Address 1 - Country")), FieldTarget::CountryCode);
        QCOMPARE(targetOf(m, QStringLiteral("Website 1 - Value")), FieldTarget::Link);
        QCOMPARE(targetOf(m, QStringLiteral("Notes")), FieldTarget::Notes);
        QCOMPARE(targetOf(m, QStringLiteral("Group Membership")), FieldTarget::Tags);
    }

    void matchingIgnoresCaseSpacingAndPunctuation()
    {
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("  FIRST-NAME ")), FieldTarget::FirstName);
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("e_mail")), FieldTarget::Email);
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("LinkedIn Profile URL")), FieldTarget::LinkedIn);
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("GDPR consent")), FieldTarget::ConsentState);
        QString name;
        QCOMPARE(ColumnMapping::guessTarget(QStringLiteral("Custom: Notice period"), &name), FieldTarget::Custom);
        QCOMPARE(name, QStringLiteral("Notice period"));
    }

    void googleRowBecomesOneCandidate()
    {
        const QStringList headers = split("Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Address 1 - Country,"
                                          "Group Membership,Hobby");
        const RecordMapper mapper(ColumnMapping::detect(headers));
        Candidate c;
        const QString why = mapper.map({QStringLiteral("Jane Q. Doe"), QStringLiteral("jane@work.com ::: Jane <jane@home.org>"),
                                        QStringLiteral("+1 555 0100 ::: +1 555 0101"), QStringLiteral("Acme"),
                                        QStringLiteral("Germany"), QStringLiteral("* myContacts ::: Engineers"),
                                        QStringLiteral("chess")},
                                       c);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(c.firstName, QStringLiteral("Jane Q."));
        QCOMPARE(c.lastName, QStringLiteral("Doe"));
        QCOMPARE(c.emails, (QStringList{QStringLiteral("jane@work.com"), QStringLiteral("jane@home.org")}));
        QCOMPARE(c.phones.size(), 2);
        QCOMPARE(c.countryCode, QStringLiteral("DE"));
        QCOMPARE(c.tags, (QStringList{QStringLiteral("myContacts"), QStringLiteral("Engineers")}));
        QCOMPARE(c.customFields.value(QStringLiteral("Hobby")), QStringLiteral("chess"));
    }

    void locationColumnIsSplit()
    {
        Candidate c;
        RecordMapper::splitLocation(QStringLiteral("London, England, United Kingdom"), c, nullptr);
        QCOMPARE(c.city, QStringLiteral("London"));
        QCOMPARE(c.region, QStringLiteral("England"));
        QCOMPARE(c.countryCode, QStringLiteral("GB"));
        Candidate d;
        RecordMapper::splitLocation(QStringLiteral("Austin, TX"), d, nullptr);
        QCOMPARE(d.city, QStringLiteral("Austin"));
        QCOMPARE(d.region, QStringLiteral("TX"));
        QVERIFY(d.countryCode.isEmpty());
        Candidate e;
        RecordMapper::splitLocation(QStringLiteral("Deutschland"), e, nullptr);
        QCOMPARE(e.countryCode, QStringLiteral("DE"));
        QVERIFY(e.city.isEmpty());
    }

    void badRowsSayWhy_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no name, no email") << QStringList{QString(), QString(), QString(), QStringLiteral("Acme"), QString(), QString()}
                                           << QStringLiteral("The row has no name and no email address.");
        QTest::newRow("invalid email") << QStringList{QStringLiteral("Jane"), QString(), QStringLiteral("jane(at)acme"), QString(), QString(), QString()}
                                       << QStringLiteral("\"jane(at)acme\" in column \"Email\" is not a valid email address.");
        QTest::newRow("consent") << QStringList{QStringLiteral("Jane"), QString(), QString(), QString(), QStringLiteral("maybe"), QString()}
                                 << QStringLiteral("The consent value \"maybe\" in column \"GDPR Consent\" is not understood; use granted, refused, withdrawn or unknown.");
        QTest::newRow("ambiguous date") << QStringList{QStringLiteral("Jane"), QString(), QString(), QString(), QStringLiteral("yes"), QStringLiteral("03/04/2024")}
                                        << QStringLiteral("The date \"03/04/2024\" in column \"Consent Date\" is not understood; use YYYY-MM-DD.");
        QTest::newRow("too many values") << QStringList{QStringLiteral("Jane"), QString(), QString(), QString(), QString(), QString(), QStringLiteral("extra")}
                                         << QStringLiteral("The row has 7 values but the header has 6 columns; a value containing the separator is probably missing its quotes.");
    }
    void badRowsSayWhy()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, reason);
        const RecordMapper mapper(ColumnMapping::detect(split("First Name,Last Name,Email,Company,GDPR Consent,Consent Date")));
        Candidate c;
        QCOMPARE(mapper.map(fields, c), reason);
    }

    void consentValuesAreRead()
    {
        const RecordMapper mapper(ColumnMapping::detect(split("Email,Consent,Consent Date,Consent Method")));
        Candidate c;
        QCOMPARE(mapper.map({QStringLiteral("a@b.de"), QStringLiteral("Opt-in"), QStringLiteral("2024-03-18"),
                             QStringLiteral("web form")}, c), QString());
        QCOMPARE(c.consent, ConsentState::Granted);
        QCOMPARE(c.consentDate, QDateTime(QDate(2024, 3, 18), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(c.consentMethod, QStringLiteral("web form"));
        QCOMPARE(mapper.map({QStringLiteral("a@b.de"), QStringLiteral("withdrawn"), QStringLiteral("25/12/2023"), QString()}, c), QString());
        QCOMPARE(c.consent, ConsentState::Withdrawn);
        QCOMPARE(c.consentDate.date(), QDate(2023, 12, 25));
    }

    void jsonRoundTrip()
    {
        ColumnMapping m = ColumnMapping::detect(split("First Name,Surname,Mail,Hobby,Internal ID"));
        m.setTarget(3, FieldTarget::Custom, QStringLiteral("Interests"));
        m.setTarget(4, FieldTarget::Ignore);
        m.setUnmapped(ColumnMapping::Unmapped::Ignore);
        auto back = ColumnMapping::fromJson(m.toJsonBytes(), QStringLiteral("mapping.json"));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QCOMPARE(back->unmapped(), ColumnMapping::Unmapped::Ignore);
        QCOMPARE(back->columnCount(), m.columnCount());
        for (qsizetype i = 0; i < m.columnCount(); ++i) {
            QCOMPARE(back->columns()[i].header, m.columns()[i].header);
            QCOMPARE(back->columns()[i].target, m.columns()[i].target);
            QCOMPARE(back->columns()[i].customName, m.columns()[i].customName);
        }
        // Applied to a later export with the columns in another order and one new column.
        QStringList missing;
        const ColumnMapping applied = back->appliedTo(split("MAIL,Hobby,first name,Extra"), &missing);
        QCOMPARE(applied.columns()[0].target, FieldTarget::Email);
        QCOMPARE(applied.columns()[1].customName, QStringLiteral("Interests"));
        QCOMPARE(applied.columns()[2].target, FieldTarget::FirstName);
        QCOMPARE(applied.columns()[3].target, FieldTarget::Ignore); // unmapped: ignore
        QCOMPARE(missing, (QStringList{QStringLiteral("Surname"), QStringLiteral("Internal ID")}));
    }

    void badMappingFileSaysWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\n  \"columns\": [\n    {\"header\": \"A\" \"field\": \"email\"}\n]}")
                                  << QStringLiteral("m.json, line 3, column 21") << QStringLiteral("This is not valid JSON");
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("m.json") << QStringLiteral("JSON object");
        QTest::newRow("columns missing") << QByteArray("{\"version\": 1}") << QStringLiteral("m.json, columns")
                                         << QStringLiteral("\"columns\" must be a list");
        QTest::newRow("unknown field") << QByteArray(R"({"columns": [{"header": "A", "field": "email"}, {"header": "B", "field": "fristName"}]})")
                                       << QStringLiteral("m.json, columns[1].field") << QStringLiteral("Unknown field \"fristName\". Known fields: ignore, custom, firstName");
        QTest::newRow("empty header") << QByteArray(R"({"columns": [{"header": " ", "field": "email"}]})")
                                      << QStringLiteral("m.json, columns[0].header") << QStringLiteral("missing or empty");
        QTest::newRow("mapped twice") << QByteArray(R"({"columns": [{"header": "Email", "field": "email"}, {"header": "E-mail", "field": "notes"}]})")
                                      << QStringLiteral("m.json, columns[1].header") << QStringLiteral("mapped twice");
        QTest::newRow("version") << QByteArray(R"({"version": 7, "columns": []})") << QStringLiteral("m.json, version")
                                 << QStringLiteral("version 7 is not supported");
        QTest::newRow("unmapped") << QByteArray(R"({"unmapped": "drop", "columns": []})") << QStringLiteral("m.json, unmapped")
                                  << QStringLiteral("\"detect\", \"custom\" or \"ignore\"");
    }
    void badMappingFileSaysWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const auto m = ColumnMapping::fromJson(json, QStringLiteral("m.json"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().where, where);
        QVERIFY2(m.error().message.contains(message), qPrintable(m.error().message));
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "TestColumnMapping.moc"
