#include "tst_syncsettings.h"

void TestSyncSettings::layerKeys_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<QString>("key");
    QTest::newRow("default") << Layer::Default << s("default");
    QTest::newRow("team") << Layer::Team << s("team");
    QTest::newRow("user") << Layer::User << s("user");
    QTest::newRow("campaign") << Layer::Campaign << s("campaign");
    QTest::newRow("candidate") << Layer::Candidate << s("candidate");
}

void TestSyncSettings::layerKeys()
{
    QFETCH(Layer, layer);
    QFETCH(QString, key);
    QCOMPARE(layerKey(layer), key);
    Layer back = Layer::Default;
    QVERIFY(layerFromKey(key, &back));
    QCOMPARE(back, layer);
    QVERIFY(!layerLabel(layer).isEmpty());
    QVERIFY(!layerFromKey(key.toUpper(), &back));
}

void TestSyncSettings::catalogDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedDefault"); // "*" : not compared here
    QTest::addColumn<QString>("type");
    QTest::newRow("manualUpdates") << s(key::ManualUpdates) << s("true") << s("bool");
    QTest::newRow("createTrigger") << s(key::CreateTrigger) << s("onReply") << s("choice");
    QTest::newRow("notesOnlySynced") << s(key::NotesOnlySynced) << s("true") << s("bool");
    QTest::newRow("displayedFields") << s(key::DisplayedFields)
                                     << s("firstName,lastName,email,phoneNumber,location.city,web.linkedin,"
                                          "experience.title,experience.company")
                                     << s("list");
    QTest::newRow("mandatoryFields") << s(key::MandatoryFields) << s("firstName,lastName,email") << s("list");
    QTest::newRow("fieldMapping") << s(key::FieldMapping) << FieldMapping::defaults().toJson() << s("json");
    QTest::newRow("filterableFields") << s(key::FilterableFields) << s("tags,status,job") << s("list");
    QTest::newRow("noteKinds")
        << s(key::NoteKinds)
        << s("email_sent,email_reply,linkedin_message,linkedin_inmail,connection_request,"
             "call,meeting,note,statusChange")
        << s("list");
    QTest::newRow("noteTemplate") << s(key::NoteTemplate)
                                  << s("{activity} \u2014 {campaign}\n{subject}\n{body}\n({author}, {date})")
                                  << s("text");
    QTest::newRow("noteVisibility") << s(key::NoteVisibility) << s("openNote") << s("choice");
    QTest::newRow("noteUsers") << s(key::NoteUsers) << QString() << s("list");
    QTest::newRow("jobStatuses") << s(key::JobStatuses) << s("SOURCING,INTERVIEW,OFFER") << s("list");
    QTest::newRow("source") << s(key::Source) << QString() << s("text");
    QTest::newRow("tagTemplate") << s(key::TagTemplate) << s("sourcedesk - {campaign} - {status}")
                                 << s("text");
    QTest::newRow("tagsEnabled") << s(key::TagsEnabled) << s("true") << s("bool");
    QTest::newRow("consentRequired") << s(key::ConsentRequired) << s("false") << s("bool");
    QTest::newRow("consentTemplate") << s(key::ConsentTemplate) << QString() << s("text");
    QTest::newRow("uploadAttachments") << s(key::UploadAttachments) << s("true") << s("bool");
    QTest::newRow("stage enabled") << s(key::StageSyncEnabled) << s("false") << s("bool");
    QTest::newRow("stage time") << s(key::StageSyncTime) << s("17:00") << s("time");
    QTest::newRow("stage tz") << s(key::StageSyncTimeZone) << s("Europe/Paris") << s("text");
    QTest::newRow("stage since") << s(key::StageSyncSince) << QString() << s("date");
    QTest::newRow("stage only new") << s(key::StageSyncOnlyNewApplications) << s("true") << s("bool");
    QTest::newRow("stage push back") << s(key::StageSyncPushBack) << s("false") << s("bool");
}

void TestSyncSettings::catalogDefaults()
{
    QFETCH(QString, key);
    QFETCH(QString, expectedDefault);
    QFETCH(QString, type);
    const SettingDef *d = findSetting(key);
    QVERIFY2(d, qPrintable(key));
    QCOMPARE(d->type, type);
    QCOMPARE(d->defaultValue, expectedDefault);
    QCOMPARE(validateValue(key, d->defaultValue), QString()); // every default is valid
    QVERIFY(d->label && settingLabel(key) != key);
    QCOMPARE(ResolvedSettings().text(key), expectedDefault);
    QCOMPARE(settingCatalog().size(), 24); // one row per setting above
}

void TestSyncSettings::resolve_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("team");
    QTest::addColumn<bool>("teamLocked");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Layer>("from");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<int>("problems");

    const QString trig = s(key::CreateTrigger);
    QTest::newRow("nothing stored") << trig << kUnset << false << kUnset << kUnset << kUnset << s("onReply")
                                    << Layer::Default << false << 0;
    QTest::newRow("team") << trig << s("onAdd") << false << kUnset << kUnset << kUnset << s("onAdd")
                          << Layer::Team << false << 0;
    QTest::newRow("user over team") << trig << s("onAdd") << false << s("never") << kUnset << kUnset
                                    << s("never") << Layer::User << false << 0;
    QTest::newRow("campaign over user") << trig << s("onAdd") << false << s("never") << s("onInterested")
                                        << kUnset << s("onInterested") << Layer::Campaign << false << 0;
    QTest::newRow("candidate over all") << trig << s("onAdd") << false << s("never") << s("onInterested")
                                        << s("onReply") << s("onReply") << Layer::Candidate << false << 0;
    QTest::newRow("candidate over default") << trig << kUnset << false << kUnset << kUnset << s("never")
                                            << s("never") << Layer::Candidate << false << 0;
    QTest::newRow("team lock beats every layer")
        << trig << s("onAdd") << true << s("never") << s("onInterested") << s("onReply") << s("onAdd")
        << Layer::Team << true << 0;
    QTest::newRow("locked damaged team value locks the default")
        << trig << s("sometimes") << true << s("never") << kUnset << kUnset << s("onReply") << Layer::Default
        << true << 1;
    QTest::newRow("team-only key at user ignored")
        << s(key::JobStatuses) << kUnset << false << s("FILLED") << kUnset << kUnset
        << s("SOURCING,INTERVIEW,OFFER") << Layer::Default << false << 1;
    QTest::newRow("team-only key: team wins over ignored campaign")
        << s(key::JobStatuses) << s("OFFER") << false << kUnset << s("FILLED") << kUnset << s("OFFER")
        << Layer::Team << false << 1;
    QTest::newRow("tag template: candidate ignored, campaign used")
        << s(key::TagTemplate) << s("t - {campaign}") << false << kUnset << s("c - {campaign} - {status}")
        << s("x - {status}") << s("c - {campaign} - {status}") << Layer::Campaign << false << 1;
    QTest::newRow("filterable: user yes, campaign no")
        << s(key::FilterableFields) << s("tags") << false << s("job") << s("status") << kUnset << s("job")
        << Layer::User << false << 1;
    QTest::newRow("damaged user falls to team")
        << s(key::NotesOnlySynced) << s("false") << false << s("maybe") << kUnset << kUnset << s("false")
        << Layer::Team << false << 1;
    QTest::newRow("damaged candidate falls to campaign")
        << s(key::NotesOnlySynced) << kUnset << false << kUnset << s("false") << s("TRUE") << s("false")
        << Layer::Campaign << false << 1;
    QTest::newRow("damaged team falls to default")
        << s(key::StageSyncTime) << s("25:00") << false << kUnset << kUnset << kUnset << s("17:00")
        << Layer::Default << false << 1;
    QTest::newRow("empty campaign source overrides team")
        << s(key::Source) << s("REFERRALS//5ab3") << false << kUnset << QString() << kUnset << QString()
        << Layer::Campaign << false << 0;
    QTest::newRow("lock flag below team means nothing")
        << s(key::UploadAttachments) << s("true") << false << s("false") << kUnset << kUnset << s("false")
        << Layer::User << false << 0;
    QTest::newRow("unlocked team value overridden")
        << s(key::TagsEnabled) << s("true") << false << kUnset << kUnset << s("false") << s("false")
        << Layer::Candidate << false << 0;
}

void TestSyncSettings::resolve()
{
    QFETCH(QString, key);
    QFETCH(QString, team);
    QFETCH(bool, teamLocked);
    QFETCH(QString, user);
    QFETCH(QString, campaign);
    QFETCH(QString, candidate);
    SettingsLayers layers;
    put(layers.team, key, team, teamLocked);
    put(layers.user, key, user, true); // a lock below Team must not count
    put(layers.campaign, key, campaign);
    put(layers.candidate, key, candidate);

    const ResolvedSettings r = ResolvedSettings::resolve(layers);
    const ResolvedValue v = r.value(key);
    QTEST(v.value, "expected");
    QTEST(v.from, "from");
    QTEST(v.locked, "locked");
    QTEST(int(r.problems().size()), "problems");
}

void TestSyncSettings::problemsNameWhereAndWhat()
{
    SettingsLayers layers;
    layers.user.insert(s(key::CreateTrigger), {s("sometimes")});
    layers.campaign.insert(s("sync.fromTheFuture"), {s("x")});
    layers.candidate.insert(s(key::DisplayedFields), {s("firstName")});
    const QStringList problems = ResolvedSettings::resolve(layers).problems();
    QCOMPARE(problems.size(), 3);
    const QString all = problems.join(u'\n');
    QVERIFY2(all.contains(layerLabel(Layer::User) + s(": ") + s(key::CreateTrigger)), qPrintable(all));
    QVERIFY(all.contains(s("sometimes")));
    QVERIFY(all.contains(layerLabel(Layer::Campaign) + s(": ")) && all.contains(s("sync.fromTheFuture")));
    QVERIFY(all.contains(layerLabel(Layer::Candidate) + s(": ") + s(key::DisplayedFields)));
}

void TestSyncSettings::mandatoryAlwaysIncludesSrRequired()
{
    SettingsLayers layers;
    layers.team.insert(s(key::MandatoryFields), {s("phoneNumber,email")});
    const QStringList list = ResolvedSettings::resolve(layers).list(s(key::MandatoryFields));
    QCOMPARE(list, (QStringList{s("firstName"), s("lastName"), s("phoneNumber"), s("email")}));
    layers.team.insert(s(key::MandatoryFields), {QString()});
    QCOMPARE(ResolvedSettings::resolve(layers).list(s(key::MandatoryFields)),
             (QStringList{s("firstName"), s("lastName"), s("email")}));
}

void TestSyncSettings::canSetReasons_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<QString>("why"); // substring
    QTest::newRow("unknown key") << s("sync.nope") << Layer::Team << false << false << s("Unknown setting");
    QTest::newRow("default layer") << s(key::CreateTrigger) << Layer::Default << false << false
                                   << s("built-in");
    QTest::newRow("team, team-only key")
        << s(key::DisplayedFields) << Layer::Team << false << true << QString();
    QTest::newRow("user, team-only key")
        << s(key::DisplayedFields) << Layer::User << false << false << s("team admin");
    QTest::newRow("campaign, filterable")
        << s(key::FilterableFields) << Layer::Campaign << false << false << s("This campaign");
    QTest::newRow("user, tag template")
        << s(key::TagTemplate) << Layer::User << false << false << s("team admin");
    QTest::newRow("campaign, tag template")
        << s(key::TagTemplate) << Layer::Campaign << false << true << QString();
    QTest::newRow("candidate, trigger")
        << s(key::CreateTrigger) << Layer::Candidate << false << true << QString();
    QTest::newRow("candidate, trigger locked")
        << s(key::CreateTrigger) << Layer::Candidate << true << false << s("locked");
    QTest::newRow("user, locked") << s(key::ManualUpdates) << Layer::User << true << false << s("locked");
    QTest::newRow("team, locked") << s(key::CreateTrigger) << Layer::Team << true << true << QString();
}

void TestSyncSettings::canSetReasons()
{
    QFETCH(QString, key);
    QFETCH(Layer, layer);
    QFETCH(bool, locked);
    QFETCH(bool, expected);
    QFETCH(QString, why);
    SettingsLayers layers;
    if (findSetting(key))
        layers.team.insert(key, {findSetting(key)->defaultValue, locked});
    QString reason = s("stale");
    QCOMPARE(canSet(layers, key, layer, &reason), expected);
    if (expected)
        QVERIFY(reason.isEmpty());
    else
        QVERIFY2(reason.contains(why) && reason.contains(key), qPrintable(reason));
}

void TestSyncSettings::validate_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    const auto row = [](const char *name, const char *k, const QString &value, bool ok) {
        QTest::newRow(name) << s(k) << value << ok;
    };
    row("bool true", key::ManualUpdates, s("true"), true);
    row("bool false", key::TagsEnabled, s("false"), true);
    row("bool yes", key::ManualUpdates, s("yes"), false);
    row("bool TRUE", key::ManualUpdates, s("TRUE"), false);
    row("bool empty", key::ManualUpdates, QString(), false);
    row("choice onAdd", key::CreateTrigger, s("onAdd"), true);
    row("choice never", key::CreateTrigger, s("never"), true);
    row("choice wrong case", key::CreateTrigger, s("OnAdd"), false);
    row("choice empty", key::CreateTrigger, QString(), false);
    row("visibility hiringTeam", key::NoteVisibility, s("hiringTeam"), true);
    row("visibility everyone", key::NoteVisibility, s("everyone"), false);
    row("fields with property", key::DisplayedFields, s("firstName, web.linkedin,property:abc-123"), true);
    row("fields unknown", key::DisplayedFields, s("firstName,shoeSize"), false);
    row("fields empty property id", key::DisplayedFields, s("property:"), false);
    row("list empty", key::DisplayedFields, QString(), true);
    row("mandatory phone", key::MandatoryFields, s("phoneNumber"), true);
    row("job statuses", key::JobStatuses, s("SOURCING, OFFER"), true);
    row("job status OTHER", key::JobStatuses, s("OTHER"), false);
    row("note kinds", key::NoteKinds, s("email_sent,statusChange"), true);
    row("note kind unknown", key::NoteKinds, s("email"), false);
    row("note users", key::NoteUsers, s("5a1b,77c2"), true);
    row("note user with space", key::NoteUsers, s("5a1b,77 c2"), false);
    row("filterable property", key::FilterableFields, s("tags,property:x"), true);
    row("filterable unknown", key::FilterableFields, s("shoeSize"), false);
    row("mapping default", key::FieldMapping, FieldMapping::defaults().toJson(), true);
    row("mapping broken json", key::FieldMapping, s("["), false);
    row("mapping not array", key::FieldMapping, s("{}"), false);
    row("mapping unknown field", key::FieldMapping, s(R"([{"srField":"shoe","source":"firstName"}])"), false);
    row("note template default", key::NoteTemplate, findSetting(s(key::NoteTemplate))->defaultValue, true);
    row("note template unknown placeholder", key::NoteTemplate, s("{activity} {nope}"), false);
    row("note template unclosed", key::NoteTemplate, s("{activity"), false);
    row("note template stray brace", key::NoteTemplate, s("activity}"), false);
    row("note template escaped", key::NoteTemplate, s("{{x}} {body} {custom.Notice period}"), true);
    row("note template empty", key::NoteTemplate, QString(), false);
    row("tag template", key::TagTemplate, s("x - {campaign} - {status}"), true);
    row("tag template with activity", key::TagTemplate, s("{activity}"), false);
    row("consent template empty", key::ConsentTemplate, QString(), true);
    row("consent template", key::ConsentTemplate, s("Consent on {date} by {method} ({firstName})"), true);
    row("source empty", key::Source, QString(), true);
    row("source no subtype", key::Source, s("REFERRALS//5ab3"), true);
    row("source full", key::Source, s("A/B/C"), true);
    row("source two parts", key::Source, s("REFERRALS/5ab3"), false);
    row("source no id", key::Source, s("A/B/"), false);
    row("source space", key::Source, s("a b/c/d"), false);
    row("tz Paris", key::StageSyncTimeZone, s("Europe/Paris"), true);
    row("tz New York", key::StageSyncTimeZone, s("America/New_York"), true);
    row("tz unknown", key::StageSyncTimeZone, s("Mars/Olympus"), false);
    row("tz empty", key::StageSyncTimeZone, QString(), false);
    row("time 17:00", key::StageSyncTime, s("17:00"), true);
    row("time 07:05", key::StageSyncTime, s("07:05"), true);
    row("time 7:05", key::StageSyncTime, s("7:05"), false);
    row("time 24:00", key::StageSyncTime, s("24:00"), false);
    row("time 17:60", key::StageSyncTime, s("17:60"), false);
    row("date empty", key::StageSyncSince, QString(), true);
    row("date leap", key::StageSyncSince, s("2024-02-29"), true);
    row("date not leap", key::StageSyncSince, s("2023-02-29"), false);
    row("date other format", key::StageSyncSince, s("29/02/2024"), false);
    row("unknown key", "sync.nope", s("true"), false);
}

void TestSyncSettings::validate()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    const QString message = validateValue(key, value);
    QVERIFY2(message.isEmpty() == ok, qPrintable(message));
    if (!ok)
        QVERIFY2(message.contains(key), qPrintable(message)); // the message names the setting
}

QTEST_GUILESS_MAIN(TestSyncSettings)
