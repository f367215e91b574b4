#include "OutreachTemplate.h"

#include <QTest>

using namespace sd;
using namespace sd::outreach;

namespace {

Candidate ada()
{
    Candidate c;
    c.firstName = QStringLiteral("Ada");
    c.lastName = QStringLiteral("Lovelace");
    c.company = QStringLiteral("Analytical Engines");
    c.title = QStringLiteral("Engineer");
    c.customFields.insert(QStringLiteral("Notice period"), QStringLiteral("3 months"));
    c.customFields.insert(QStringLiteral("Blank"), QStringLiteral("  "));
    return c;
}

} // namespace

class TestOutreachTemplate : public QObject
{
    Q_OBJECT

private slots:
    void render_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Hello");
        QTest::newRow("names") << QStringLiteral("Hi {first_name} {last_name}") << QStringLiteral("Hi Ada Lovelace");
        QTest::newRow("company and title") << QStringLiteral("{job_title} at {company}")
                                           << QStringLiteral("Engineer at Analytical Engines");
        QTest::newRow("sender") << QStringLiteral("-- {sender_name}") << QStringLiteral("-- Grace");
        QTest::newRow("custom") << QStringLiteral("{custom.Notice period}") << QStringLiteral("3 months");
        QTest::newRow("custom any case") << QStringLiteral("{custom.notice PERIOD}") << QStringLiteral("3 months");
        QTest::newRow("missing custom") << QStringLiteral("[{custom.Salary}]") << QStringLiteral("[]");
        QTest::newRow("unknown kept") << QStringLiteral("{nickname}!") << QStringLiteral("{nickname}!");
        QTest::newRow("escaped braces") << QStringLiteral("{{first_name}}") << QStringLiteral("{first_name}");
        QTest::newRow("unclosed") << QStringLiteral("a { b") << QStringLiteral("a { b");
        QTest::newRow("spaces inside") << QStringLiteral("{ first_name }") << QStringLiteral("Ada");
        QTest::newRow("value not rescanned") << QStringLiteral("{sender_name}") << QStringLiteral("Grace");
    }

    void render()
    {
        QFETCH(QString, tmpl);
        QTEST(renderTemplate(tmpl, ada(), QStringLiteral("Grace")), "expected");
    }

    void valuesAreNotRescanned()
    {
        Candidate c = ada();
        c.firstName = QStringLiteral("{last_name}");
        QCOMPARE(renderTemplate(QStringLiteral("{first_name}"), c, {}), QStringLiteral("{last_name}"));
    }

    void missing_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QStringList>("expected");
        const QString grace = QStringLiteral("Grace");
        QTest::newRow("complete") << QStringLiteral("Hi {first_name}, {company} / {sender_name}") << grace << QStringList();
        QTest::newRow("no sender") << QStringLiteral("-- {sender_name}") << QString() << QStringList{QStringLiteral("{sender_name}")};
        QTest::newRow("blank sender") << QStringLiteral("-- {sender_name}") << QStringLiteral("   ")
                                      << QStringList{QStringLiteral("{sender_name}")};
        QTest::newRow("unknown") << QStringLiteral("{nickname} {first_name}") << grace << QStringList{QStringLiteral("{nickname}")};
        QTest::newRow("missing custom") << QStringLiteral("{custom.Salary}") << grace << QStringList{QStringLiteral("{custom.Salary}")};
        QTest::newRow("blank custom") << QStringLiteral("{custom.Blank}") << grace << QStringList{QStringLiteral("{custom.Blank}")};
        QTest::newRow("once, in order") << QStringLiteral("{x} {y} {x}") << grace
                                        << QStringList{QStringLiteral("{x}"), QStringLiteral("{y}")};
        QTest::newRow("escaped is not a placeholder") << QStringLiteral("{{x}}") << grace << QStringList();
    }

    void missing()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, sender);
        QTEST(missingPlaceholders(tmpl, ada(), sender), "expected");
    }

    void emptyCandidateFieldRefusesSend()
    {
        Candidate c = ada();
        c.company.clear();
        const QString tmpl = QStringLiteral("Hi {first_name} at {company}");
        QCOMPARE(missingPlaceholders(tmpl, c, {}), QStringList{QStringLiteral("{company}")});
        const Status s = checkComplete(tmpl, c, {});
        QVERIFY(s.has_value());
        QCOMPARE(s->code, Error::Code::InvalidArgument);
        QVERIFY(s->message.contains(QStringLiteral("{company}")));
        QVERIFY(!checkComplete(tmpl, ada(), {}).has_value());
    }
};

QTEST_GUILESS_MAIN(TestOutreachTemplate)
#include "tst_outreachtemplate.moc"
