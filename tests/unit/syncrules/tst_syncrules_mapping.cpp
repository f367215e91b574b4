// Templates, the field mapping and the values it produces.
#include "tst_syncrules.h"

void TestSyncRules::renderTemplate_data()
{
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<QString>("values");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("unknown");
    QTest::newRow("plain") << s("{a} and {b}") << s("a=1;b=2") << s("1 and 2") << QStringList();
    QTest::newRow("escaped") << s("{{a}}") << s("a=1") << s("{a}") << QStringList();
    QTest::newRow("escaped around value") << s("{{{a}}}") << s("a=1") << s("{1}") << QStringList();
    QTest::newRow("unknown kept") << s("Hi {x}!") << s("a=1") << s("Hi {x}!") << QStringList{s("x")};
    QTest::newRow("unknown once each")
        << s("{x}{x}{y}") << QString() << s("{x}{x}{y}") << QStringList{s("x"), s("y")};
    QTest::newRow("value not re-expanded") << s("{a}") << s("a={b};b=2") << s("{b}") << QStringList();
    QTest::newRow("lone braces") << s("{ } {") << QString() << s("{ } {") << QStringList{s(" ")};
    QTest::newRow("custom with space")
        << s("{custom.Notice period}") << s("custom.Notice period=1 month") << s("1 month") << QStringList();
    QTest::newRow("empty value") << s("[{a}]") << s("a=") << s("[]") << QStringList();
    QTest::newRow("multi-line") << s("{a}\n{b}") << s("a=1;b=2") << s("1\n2") << QStringList();
    QTest::newRow("empty") << QString() << s("a=1") << QString() << QStringList();
}

void TestSyncRules::renderTemplate()
{
    QFETCH(QString, tmpl);
    QFETCH(QString, values);
    QStringList unknown;
    QTEST(sd::sync::renderTemplate(tmpl, kv(values), &unknown), "expected");
    QTEST(unknown, "unknown");
}

void TestSyncRules::templateSyntax_data()
{
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << s("{a} {b} {a}") << QStringList{s("a"), s("b")} << true;
    QTest::newRow("escapes") << s("{{a}} }}") << QStringList() << true;
    QTest::newRow("unclosed") << s("{a} {b") << QStringList{s("a")} << false;
    QTest::newRow("stray close") << s("a} {b}") << QStringList{s("b")} << false;
}

void TestSyncRules::templateSyntax()
{
    QFETCH(QString, tmpl);
    QFETCH(bool, ok);
    QString error;
    QTEST(templatePlaceholders(tmpl, &error), "names");
    QVERIFY2(error.isEmpty() == ok, qPrintable(error));
}

void TestSyncRules::candidatePlaceholders()
{
    Candidate c = test::person(s("Ann"), s("Lee"), s("ann@x.io"), s("Acme"));
    c.emails << s("other@x.io");
    c.phones = {s("+33 6"), s("+1 5")};
    c.countryCode = s("FR");
    c.linkedinUrl = s("https://linkedin.com/in/ann");
    c.customFields.insert(s("Notice period"), s("1 month"));
    const QHash<QString, QString> p = sd::sync::candidatePlaceholders(c);
    QCOMPARE(p.value(s("fullName")), s("Ann Lee"));
    QCOMPARE(p.value(s("email")), s("ann@x.io"));
    QCOMPARE(p.value(s("phone")), s("+33 6"));
    QCOMPARE(p.value(s("company")), s("Acme"));
    QCOMPARE(p.value(s("country")), s("FR"));
    QCOMPARE(p.value(s("linkedin")), s("https://linkedin.com/in/ann"));
    QCOMPARE(p.value(s("custom.Notice period")), s("1 month"));
    for (const QString &name : candidatePlaceholderNames())
        QVERIFY2(p.contains(name), qPrintable(name));
}

void TestSyncRules::mappingJsonRoundTrip()
{
    FieldMapping m = FieldMapping::defaults();
    m.rules << FieldRule{s("property:p-1"), s("custom.Salary"), UpdateRule::Always}
            << FieldRule{s("location.country"), s("{custom.Country name} \u2014 \"{city}\""),
                         UpdateRule::IfBlank};
    const Result<FieldMapping> back = FieldMapping::fromJson(m.toJson());
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(back->rules.size(), m.rules.size());
    for (qsizetype i = 0; i < m.rules.size(); ++i) {
        QCOMPARE(back->rules.at(i).srField, m.rules.at(i).srField);
        QCOMPARE(back->rules.at(i).source, m.rules.at(i).source);
        QCOMPARE(back->rules.at(i).rule, m.rules.at(i).rule);
    }
    QCOMPARE(back->toJson(), m.toJson());
    QVERIFY(back->rule(s("email")) && back->rule(s("email"))->source == s("emails"));
    QCOMPARE(back->rule(s("experience.company"))->rule, UpdateRule::Always);
    QVERIFY(!back->rule(s("web.twitter")));
    // A missing rule means "only if blank": the cautious choice.
    QCOMPARE(FieldMapping::fromJson(s(R"([{"srField":"email","source":"emails"}])"))->rules.first().rule,
             UpdateRule::IfBlank);
}

void TestSyncRules::mappingJsonErrors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << s("[{") << s("offset");
    QTest::newRow("not an array") << s(R"({"srField":"email"})") << s("array");
    QTest::newRow("entry not object") << s(R"([{"srField":"email","source":"emails"}, 3])") << s("entry 2");
    QTest::newRow("no srField") << s(R"([{"source":"emails"}])") << s("entry 1");
    QTest::newRow("unknown srField") << s(R"([{"srField":"web.myspace","source":"links"}])")
                                     << s("entry 1 (web.myspace)");
    QTest::newRow("twice")
        << s(R"([{"srField":"email","source":"emails"},{"srField":"email","source":"emails"}])")
        << s("entry 2 (email)");
    QTest::newRow("no source") << s(R"([{"srField":"email","source":" "}])") << s("source");
    QTest::newRow("bad rule") << s(R"([{"srField":"email","source":"emails","rule":"sometimes"}])")
                              << s("sometimes");
}

void TestSyncRules::mappingJsonErrors()
{
    QFETCH(QString, json);
    QFETCH(QString, mentions);
    const Result<FieldMapping> m = FieldMapping::fromJson(json);
    QVERIFY(!m.ok());
    QVERIFY2(m.error().toString().contains(mentions), qPrintable(m.error().toString()));
}

void TestSyncRules::mappingProblems_data()
{
    QTest::addColumn<QString>("srField");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("problem"); // substring, "" for none
    QTest::newRow("name onto number") << s("property:num") << s("firstName") << s("a number");
    QTest::newRow("custom onto number") << s("property:num") << s("custom.Salary") << QString();
    QTest::newRow("title onto date") << s("property:day") << s("title") << s("a date");
    QTest::newRow("consent date onto date") << s("property:day") << s("consentDate") << QString();
    QTest::newRow("city onto boolean") << s("property:flag") << s("city") << s("yes or no");
    QTest::newRow("text onto text property") << s("property:txt") << s("company") << QString();
    QTest::newRow("company onto linkedin") << s("web.linkedin") << s("company") << s("a web address");
    QTest::newRow("links onto website") << s("web.website") << s("links") << QString();
    QTest::newRow("url template") << s("web.website") << s("https://github.com/{custom.GitHub}") << QString();
    QTest::newRow("text template onto url") << s("web.website") << s("{company}") << s("a web address");
    QTest::newRow("template onto number") << s("property:num") << s("{title}") << s("a number");
    QTest::newRow("template ok") << s("experience.title") << s("{title} at {company}") << QString();
    QTest::newRow("template with context") << s("experience.title") << s("{title} ({campaign})") << QString();
    QTest::newRow("template unknown placeholder")
        << s("experience.title") << s("{jobTitle}") << s("{jobTitle}");
    QTest::newRow("template unclosed") << s("experience.title") << s("{title") << s("never closed");
    QTest::newRow("phones onto email") << s("email") << s("phones") << s("an email address");
    QTest::newRow("city onto country code") << s("location.countryCode") << s("city") << s("country code");
    QTest::newRow("country code") << s("location.countryCode") << s("countryCode") << QString();
    QTest::newRow("unknown Sourcedesk field") << s("experience.title") << s("shoeSize") << s("shoeSize");
    QTest::newRow("unknown SR field") << s("web.myspace") << s("links") << s("not a SmartRecruiters");
    QTest::newRow("unknown property") << s("property:ghost") << s("custom.x") << s("ghost");
    QTest::newRow("user property") << s("property:owner") << s("company") << s("user");
    QTest::newRow("region property from free text") << s("property:reg") << s("region") << s("region code");
}

void TestSyncRules::mappingProblems()
{
    QFETCH(QString, srField);
    QFETCH(QString, source);
    QFETCH(QString, problem);
    const QHash<QString, QString> props = {{s("num"), s("NUMBER")},   {s("day"), s("DATE")},
                                           {s("flag"), s("BOOLEAN")}, {s("txt"), s("TEXT")},
                                           {s("owner"), s("USER")},   {s("reg"), s("REGION")}};
    FieldMapping m = FieldMapping::defaults();
    QCOMPARE(sd::sync::mappingProblems(m, props), QStringList()); // the defaults are clean
    m.rules.removeIf([&](const FieldRule &r) { return r.srField == srField; });
    m.rules << FieldRule{srField, source, UpdateRule::IfBlank};
    const QStringList problems = sd::sync::mappingProblems(m, props);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    } else {
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().startsWith(srField) && problems.first().contains(problem),
                 qPrintable(problems.first()));
    }
    // A second rule for the same field is reported too.
    m.rules << m.rules.first();
    QCOMPARE(sd::sync::mappingProblems(m, props).size(), problems.size() + 1);
}

void TestSyncRules::localSrValues_data()
{
    QTest::addColumn<QString>("srField");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("primary email") << s("email") << s("emails") << s("ann@x.io");
    QTest::newRow("first phone") << s("phoneNumber") << s("phones") << s("+33 6");
    QTest::newRow("first link") << s("web.website") << s("links") << s("https://ann.dev");
    QTest::newRow("custom") << s("property:p") << s("custom.Salary") << s("50000");
    QTest::newRow("missing custom") << s("property:q") << s("custom.Nope") << QString();
    QTest::newRow("blank field") << s("location.region") << s("region") << QString();
    QTest::newRow("template") << s("experience.title") << s("{title} at {company}") << s("CTO at Acme");
    QTest::newRow("template with context")
        << s("experience.title") << s("{title} ({campaign})") << s("CTO (Java)");
    QTest::newRow("template missing context blank")
        << s("experience.title") << s("{title} {job}") << s("CTO");
    QTest::newRow("template all blank") << s("experience.title") << s("{region} / {job}") << QString();
    QTest::newRow("tags") << s("property:t") << s("tags") << s("a, b");
}

void TestSyncRules::localSrValues()
{
    QFETCH(QString, srField);
    QFETCH(QString, source);
    Candidate c = test::person(s("Ann"), s("Lee"), s("ann@x.io"), s("Acme"));
    c.emails << s("second@x.io");
    c.phones = {s("+33 6"), s("+1 5")};
    c.links = {s("https://ann.dev"), s("https://github.com/ann")};
    c.title = s("CTO");
    c.tags = {s("a"), s("b")};
    c.customFields.insert(s("Salary"), s("50000"));
    FieldMapping m;
    m.rules = {FieldRule{s("firstName"), s("firstName"), UpdateRule::IfBlank},
               FieldRule{srField, source, UpdateRule::IfBlank}};
    const QMap<QString, QString> v = sd::sync::localSrValues(m, c, {{s("campaign"), s("Java")}});
    QCOMPARE(v.size(), 2);
    QCOMPARE(v.value(s("firstName")), s("Ann"));
    QVERIFY(v.contains(srField)); // blank values are included
    QTEST(v.value(srField), "expected");
}

void TestSyncRules::valueProblems_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("blank fits all") << s("number") << QString() << true;
    QTest::newRow("email") << s("email") << s("a@b.co") << true;
    QTest::newRow("email no domain") << s("email") << s("a@b") << false;
    QTest::newRow("url") << s("url") << s("linkedin.com/in/ann") << true;
    QTest::newRow("url words") << s("url") << s("Acme Corp") << false;
    QTest::newRow("phone") << s("phone") << s("+33 (0)6 12-34") << true;
    QTest::newRow("phone letters") << s("phone") << s("call me") << false;
    QTest::newRow("country") << s("country") << s("fr") << true;
    QTest::newRow("country name") << s("country") << s("France") << false;
    QTest::newRow("region") << s("region") << s("us-wa") << true;
    QTest::newRow("date") << s("date") << s("2015-11-17T23:00:00.000Z") << true;
    QTest::newRow("date words") << s("date") << s("next week") << false;
    QTest::newRow("number") << s("number") << s("42.5") << true;
    QTest::newRow("number words") << s("number") << s("50k") << false;
    QTest::newRow("boolean") << s("boolean") << s("Yes") << true;
    QTest::newRow("boolean words") << s("boolean") << s("maybe") << false;
}

void TestSyncRules::valueProblems()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const QString problem = valueProblem(type, value);
    QVERIFY2(problem.isEmpty() == ok, qPrintable(problem));
}
