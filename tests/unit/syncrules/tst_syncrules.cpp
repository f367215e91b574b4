#include "tst_syncrules.h"

void TestSyncRules::createTrigger_data()
{
    QTest::addColumn<CreateTrigger>("trigger");
    QTest::addColumn<MemberStatus>("status");
    QTest::addColumn<bool>("fired");
    // Rows: added, contacted, replied, interested, not interested, bounced, unsubscribed.
    const QList<QPair<CreateTrigger, QList<bool>>> table = {
        {CreateTrigger::OnAdd, {true, true, true, true, true, true, true}},
        {CreateTrigger::OnReply, {false, false, true, true, true, false, false}},
        {CreateTrigger::OnInterested, {false, false, false, true, false, false, false}},
        {CreateTrigger::Never, {false, false, false, false, false, false, false}},
    };
    for (const auto &[trigger, fired] : table) {
        for (int st = 0; st < MemberStatusCount; ++st) {
            const auto status = static_cast<MemberStatus>(st);
            QTest::addRow("%s/%s", qPrintable(toKey(trigger)), qPrintable(sd::toKey(status)))
                << trigger << status << fired.at(st);
        }
    }
}

void TestSyncRules::createTrigger()
{
    QFETCH(CreateTrigger, trigger);
    QFETCH(MemberStatus, status);
    QTEST(createTriggerFired(trigger, status), "fired");
}

void TestSyncRules::decideNoteAllCombinations_data()
{
    QTest::addColumn<bool>("kindOn");
    QTest::addColumn<bool>("linked");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<bool>("fired");
    QTest::addColumn<CreateTrigger>("trigger");
    QTest::addColumn<bool>("onlySynced");
    QTest::addColumn<NoteAction>("expected");
    for (int bits = 0; bits < 32; ++bits) {
        const bool kindOn = bits & 1, linked = bits & 2, matched = bits & 4, fired = bits & 8,
                   onlySynced = bits & 16;
        for (CreateTrigger t : {CreateTrigger::OnAdd, CreateTrigger::OnReply, CreateTrigger::OnInterested,
                                CreateTrigger::Never}) {
            // The rules, as a table: kind off skips; a linked record always gets the note;
            // a merely matching record only when "only synced" is off; otherwise wait for the
            // create, or skip when there will never be one.
            NoteAction expected = NoteAction::Hold;
            if (!kindOn)
                expected = NoteAction::Skip;
            else if (linked || (matched && !onlySynced))
                expected = NoteAction::Write;
            else if (t == CreateTrigger::Never)
                expected = NoteAction::Skip;
            QTest::addRow("kind%d linked%d matched%d fired%d %s onlySynced%d", kindOn, linked, matched, fired,
                          qPrintable(toKey(t)), onlySynced)
                << kindOn << linked << matched << fired << t << onlySynced << expected;
        }
    }
}

void TestSyncRules::decideNoteAllCombinations()
{
    QFETCH(bool, kindOn);
    QFETCH(bool, linked);
    QFETCH(bool, matched);
    QFETCH(bool, fired);
    QFETCH(CreateTrigger, trigger);
    QFETCH(bool, onlySynced);
    QFETCH(NoteAction, expected);
    const ResolvedSettings settings = team({{s(key::NoteKinds), s("email_sent,statusChange")},
                                            {s(key::CreateTrigger), toKey(trigger)},
                                            {s(key::NotesOnlySynced), onlySynced ? s("true") : s("false")}});
    const QString kind = kindOn ? s("statusChange") : sd::toKey(ActivityKind::Call);
    const NoteDecision d = decideNote(settings, kind, linked, matched, fired);
    QCOMPARE(d.action, expected);
    if (d.action != NoteAction::Write)
        QVERIFY(!d.reason.isEmpty()); // a held or skipped note always says why
}

void TestSyncRules::decideNoteReasons_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<bool>("onlySynced");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<bool>("fired");
    QTest::addColumn<NoteAction>("expected");
    QTest::addColumn<QString>("reason");
    QTest::newRow("reply trigger, not yet replied")
        << s("onReply") << true << false << false << NoteAction::Hold << s("when the candidate is created");
    QTest::newRow("only synced: never to a merely matching record")
        << s("onInterested") << true << true << false << NoteAction::Hold << s("same email");
    QTest::newRow("only synced off: to the matching record")
        << s("onInterested") << false << true << false << NoteAction::Write << s("same email");
    QTest::newRow("create queued") << s("onAdd") << true << false << true << NoteAction::Hold
                                   << s("has been created");
    QTest::newRow("never, no match") << s("never") << true << false << false << NoteAction::Skip
                                     << s("not in SmartRecruiters");
    QTest::newRow("never, match, only synced")
        << s("never") << true << true << false << NoteAction::Skip << s("synced");
}

void TestSyncRules::decideNoteReasons()
{
    QFETCH(QString, trigger);
    QFETCH(bool, onlySynced);
    QFETCH(bool, matched);
    QFETCH(bool, fired);
    QFETCH(QString, reason);
    const ResolvedSettings settings = team(
        {{s(key::CreateTrigger), trigger}, {s(key::NotesOnlySynced), onlySynced ? s("true") : s("false")}});
    const NoteDecision d = decideNote(settings, sd::toKey(ActivityKind::EmailReply), false, matched, fired);
    QTEST(d.action, "expected");
    QVERIFY2(d.reason.contains(reason), qPrintable(d.reason));
    // Default note kinds include every activity and status changes.
    QCOMPARE(decideNote(ResolvedSettings(), s("statusChange"), true, false, false).action, NoteAction::Write);
    QCOMPARE(decideNote(ResolvedSettings(), s("noSuchKind"), true, false, false).action, NoteAction::Skip);
}

void TestSyncRules::decideFields_data()
{
    QTest::addColumn<QString>("srField");
    QTest::addColumn<UpdateRule>("rule");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<bool>("send");
    QTest::addColumn<QString>("why");
    const auto A = UpdateRule::Always;
    const auto B = UpdateRule::IfBlank;
    QTest::newRow("create, value") << s("phoneNumber") << B << true << s("+33 6") << QString() << true
                                   << s("New candidate");
    QTest::newRow("create, blank") << s("phoneNumber") << A << true << QString() << QString() << false
                                   << s("Nothing to send");
    QTest::newRow("create, experience")
        << s("experience.title") << A << true << s("CTO") << QString() << true << s("New");
    QTest::newRow("if blank, remote blank") << s("location.city") << B << false << s("Lyon") << QString()
                                            << true << s("SmartRecruiters is blank");
    QTest::newRow("always, remote blank")
        << s("location.city") << A << false << s("Lyon") << s("  ") << true << s("SmartRecruiters is blank");
    QTest::newRow("if blank, remote differs")
        << s("location.city") << B << false << s("Lyon") << s("Paris") << false << s("Only update if blank");
    QTest::newRow("always, remote differs")
        << s("location.city") << A << false << s("Lyon") << s("Paris") << true << s("Always update");
    QTest::newRow("always, equal") << s("location.city") << A << false << s("Lyon") << s("Lyon ") << false
                                   << s("Same value");
    QTest::newRow("if blank, equal") << s("location.city") << B << false << s("Lyon") << s("Lyon") << false
                                     << s("Same value");
    QTest::newRow("always, local blank never clears")
        << s("location.city") << A << false << QString() << s("Paris") << false << s("Nothing to send");
    QTest::newRow("if blank, both blank")
        << s("location.city") << B << false << QString() << QString() << false << s("Nothing to send");
    QTest::newRow("email case and spaces") << s("email") << A << false << s(" Ann@Example.COM")
                                           << s("ann@example.com") << false << s("Same value");
    QTest::newRow("email differs") << s("email") << A << false << s("ann@new.com") << s("ann@example.com")
                                   << true << s("Always update");
    QTest::newRow("url scheme, www, slash")
        << s("web.linkedin") << A << false << s("https://www.LinkedIn.com/in/ann/")
        << s("linkedin.com/in/ann") << false << s("Same value");
    QTest::newRow("url differs") << s("web.linkedin") << A << false << s("linkedin.com/in/ann2")
                                 << s("linkedin.com/in/ann") << true << s("Always update");
    QTest::newRow("phone formatting") << s("phoneNumber") << A << false << s("+33 6 12 34 56 78")
                                      << s("+33612345678") << false << s("Same value");
    QTest::newRow("names are case-sensitive")
        << s("firstName") << A << false << s("Ann") << s("ann") << true << s("Always update");
    QTest::newRow("experience only at creation")
        << s("experience.company") << A << false << s("Acme") << s("Initech") << false
        << s("only when the candidate is created");
    QTest::newRow("property, remote blank")
        << s("property:p1") << B << false << s("42") << QString() << true << s("is blank");
}

void TestSyncRules::decideFields()
{
    QFETCH(QString, srField);
    QFETCH(UpdateRule, rule);
    QFETCH(bool, create);
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(bool, send);
    QFETCH(QString, why);
    FieldMapping m;
    m.rules = {FieldRule{srField, s("custom.x"), rule}};
    const QMap<QString, QString> localValues{{srField, local}};
    const QMap<QString, QString> remoteValues{{srField, remote}};
    const QList<FieldDecision> ds = sd::sync::decideFields(m, localValues, create ? nullptr : &remoteValues);
    QCOMPARE(ds.size(), 1);
    const FieldDecision &d = ds.first();
    QCOMPARE(d.srField, srField);
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.localValue, local.trimmed());
    QCOMPARE(d.send, send);
    QVERIFY2(d.why.contains(why), qPrintable(d.why));
    QCOMPARE(fieldsToSend(ds).contains(srField), send);
}

void TestSyncRules::decideFieldsKeepsMappingOrder()
{
    const FieldMapping m = FieldMapping::defaults();
    const QMap<QString, QString> local{{s("firstName"), s("Ann")}, {s("email"), s("ann@x.io")}};
    const QList<FieldDecision> ds = sd::sync::decideFields(m, local, nullptr);
    QCOMPARE(ds.size(), m.rules.size());
    for (qsizetype i = 0; i < ds.size(); ++i)
        QCOMPARE(ds.at(i).srField, m.rules.at(i).srField);
    QCOMPARE(fieldsToSend(ds), local);
}

void TestSyncRules::missingMandatory_data()
{
    QTest::addColumn<QStringList>("mandatory");
    QTest::addColumn<QString>("local"); // k=v;...
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("labels");
    const QString full = s("firstName=Ann;lastName=Lee;email=ann@x.io");
    QTest::newRow("all there") << QStringList{s("firstName"), s("lastName"), s("email")} << full
                               << QStringList() << QStringList();
    QTest::newRow("admin removed email, still required")
        << QStringList() << s("firstName=Ann;lastName=Lee") << QStringList{s("email")}
        << QStringList{s("Email")};
    QTest::newRow("extra mandatory blank")
        << QStringList{s("phoneNumber"), s("web.linkedin")} << full + s(";web.linkedin=x")
        << QStringList{s("phoneNumber")} << QStringList{s("Phone number")};
    QTest::newRow("whitespace is blank") << QStringList() << s("firstName= ;lastName=Lee;email=a@b.c")
                                         << QStringList{s("firstName")} << QStringList{s("First name")};
    QTest::newRow("property") << QStringList{s("property:p1")} << full << QStringList{s("property:p1")}
                              << QStringList{s("Property p1")};
    QTest::newRow("nothing at all") << QStringList{s("email")} << QString()
                                    << QStringList{s("firstName"), s("lastName"), s("email")}
                                    << QStringList{s("First name"), s("Last name"), s("Email")};
}

void TestSyncRules::missingMandatory()
{
    QFETCH(QStringList, mandatory);
    QFETCH(QString, local);
    QMap<QString, QString> values;
    const QHash<QString, QString> h = kv(local);
    for (auto it = h.cbegin(); it != h.cend(); ++it)
        values.insert(it.key(), it.value());
    QTEST(missingMandatoryFields(mandatory, values), "missing");
    QTEST(sd::sync::missingMandatory(mandatory, values), "labels");
}

void TestSyncRules::tagsAfter_data()
{
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QStringList>("known");
    QTest::addColumn<QStringList>("expected");
    const QString def = s("sourcedesk - {campaign} - {status}");
    const auto L = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *i : items)
            out << s(i);
        return out;
    };
    QTest::newRow("first tag") << def << s("Java") << s("replied") << QStringList() << QStringList()
                               << L({"sourcedesk - Java - replied"});
    QTest::newRow("replaces this campaign's outcome")
        << def << s("Java") << s("interested") << L({"vip", "sourcedesk - Java - replied", "berlin"})
        << QStringList() << L({"vip", "berlin", "sourcedesk - Java - interested"});
    QTest::newRow("keeps other campaigns")
        << def << s("Java") << s("replied")
        << L({"sourcedesk - Go - contacted", "sourcedesk - Java - contacted"}) << QStringList()
        << L({"sourcedesk - Go - contacted", "sourcedesk - Java - replied"});
    QTest::newRow("case-insensitive match")
        << def << s("Java") << s("replied") << L({"SOURCEDESK - java - Contacted"}) << QStringList()
        << L({"sourcedesk - Java - replied"});
    QTest::newRow("same tag stays in place")
        << def << s("Java") << s("replied") << L({"a", "Sourcedesk - JAVA - Replied", "b"}) << QStringList()
        << L({"a", "Sourcedesk - JAVA - Replied", "b"});
    QTest::newRow("duplicates dropped") << def << s("Java") << s("replied") << L({"vip", "VIP", " vip "})
                                        << QStringList() << L({"vip", "sourcedesk - Java - replied"});
    QTest::newRow("regex metacharacters")
        << def << s("C++ (Senior) [Paris] $100.*?") << s("replied")
        << L({"sourcedesk - C++ (Senior) [Paris] $100.*? - contacted",
              "sourcedesk - C++ (Senior) - contacted",
              "sourcedesk - Cxx (Senior) [Paris] $100ab - contacted"})
        << QStringList()
        << L({"sourcedesk - C++ (Senior) - contacted", "sourcedesk - Cxx (Senior) [Paris] $100ab - contacted",
              "sourcedesk - C++ (Senior) [Paris] $100.*? - replied"});
    QTest::newRow("campaign that prefixes another")
        << def << s("Java") << s("replied") << L({"sourcedesk - Java - Senior - contacted"}) << QStringList()
        << L({"sourcedesk - Java - Senior - contacted", "sourcedesk - Java - replied"});
    QTest::newRow("the longer campaign")
        << def << s("Java - Senior") << s("replied")
        << L({"sourcedesk - Java - Senior - contacted", "sourcedesk - Java - contacted"}) << QStringList()
        << L({"sourcedesk - Java - contacted", "sourcedesk - Java - Senior - replied"});
    QTest::newRow("status first") << s("{status} @ {campaign}") << s("Java") << s("replied")
                                  << L({"contacted @ Java", "contacted @ Java @ Berlin"}) << QStringList()
                                  << L({"contacted @ Java @ Berlin", "replied @ Java"});
    QTest::newRow("hellohire style") << s("hellohire - {campaign} - {status}") << s("CSR") << s("yes")
                                     << L({"hellohire - csr - maybe"}) << QStringList()
                                     << L({"hellohire - CSR - yes"});
    QTest::newRow("no status in template") << s("sd-{campaign}") << s("Java") << s("replied")
                                           << L({"SD-java", "x"}) << QStringList() << L({"SD-java", "x"});
    QTest::newRow("known statuses only")
        << def << s("Java") << s("replied")
        << L({"sourcedesk - Java - interested", "sourcedesk - Java - hot lead"})
        << L({"contacted", "interested"})
        << L({"sourcedesk - Java - hot lead", "sourcedesk - Java - replied"});
    QTest::newRow("brace in campaign name")
        << def << s("{status} team") << s("replied") << L({"sourcedesk - {status} team - contacted"})
        << QStringList() << L({"sourcedesk - {status} team - replied"});
}

void TestSyncRules::tagsAfter()
{
    QFETCH(QString, tmpl);
    QFETCH(QString, campaign);
    QFETCH(QString, status);
    QFETCH(QStringList, current);
    QFETCH(QStringList, known);
    QTEST(sd::sync::tagsAfter(tmpl, campaign, status, {}, current, known), "expected");
}

void TestSyncRules::consent_data()
{
    QTest::addColumn<bool>("required");
    QTest::addColumn<ConsentState>("state");
    QTest::addColumn<QString>("tmpl");
    QTest::addColumn<bool>("hold");
    QTest::addColumn<QString>("text");
    const QString t = s("{firstName} agreed on {date} by {method}");
    QTest::newRow("not required, unknown")
        << false << ConsentState::Unknown << QString() << false << QString();
    QTest::newRow("required, granted")
        << true << ConsentState::Granted << t << false << s("Ann agreed on 2024-03-05 by email");
    QTest::newRow("required, unknown") << true << ConsentState::Unknown << QString() << true << QString();
    QTest::newRow("required, refused") << true << ConsentState::Refused << QString() << true << QString();
    QTest::newRow("required, withdrawn")
        << true << ConsentState::Withdrawn << t << true << s("Ann agreed on 2024-03-05 by email");
    QTest::newRow("not required, refused")
        << false << ConsentState::Refused << QString() << false << QString();
}

void TestSyncRules::consent()
{
    QFETCH(bool, required);
    QFETCH(ConsentState, state);
    QFETCH(QString, tmpl);
    QFETCH(bool, hold);
    Candidate c = test::person(s("Ann"), s("Lee"), s("ann@x.io"));
    c.consent = state;
    c.consentDate = QDateTime(QDate(2024, 3, 5), QTime(10, 0), Qt::UTC);
    c.consentMethod = s("email");
    const ResolvedSettings settings =
        team({{s(key::ConsentRequired), required ? s("true") : s("false")}, {s(key::ConsentTemplate), tmpl}});
    const ConsentDecision d = decideConsent(settings, c);
    QCOMPARE(d.hold, hold);
    QTEST(d.consentText, "text");
    QCOMPARE(d.date, QDate(2024, 3, 5));
    if (hold)
        QVERIFY2(!d.reason.isEmpty() && d.reason.contains(label(state)), qPrintable(d.reason));
    else
        QVERIFY(d.reason.isEmpty());
}

void TestSyncRules::jobOffered_data()
{
    QTest::addColumn<QString>("whitelist"); // "-" : the default
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("offered");
    QTest::newRow("default sourcing") << s("-") << s("SOURCING") << true;
    QTest::newRow("default interview") << s("-") << s("INTERVIEW") << true;
    QTest::newRow("default filled") << s("-") << s("FILLED") << false;
    QTest::newRow("default other") << s("-") << s("OTHER") << false;
    QTest::newRow("default lower case") << s("-") << s("sourcing") << true;
    QTest::newRow("custom on hold") << s("ON_HOLD,CREATED") << s("ON_HOLD") << true;
    QTest::newRow("custom sourcing") << s("ON_HOLD,CREATED") << s("SOURCING") << false;
    QTest::newRow("empty whitelist") << QString() << s("SOURCING") << false;
}

void TestSyncRules::jobOffered()
{
    QFETCH(QString, whitelist);
    QFETCH(QString, status);
    const ResolvedSettings settings =
        whitelist == s("-") ? ResolvedSettings() : team({{s(key::JobStatuses), whitelist}});
    QTEST(sd::sync::jobOffered(settings, status), "offered");
}

QTEST_GUILESS_MAIN(TestSyncRules)
