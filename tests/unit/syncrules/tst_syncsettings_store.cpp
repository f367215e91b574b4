// SettingsStore on a real workspace: writes, refusals, locks, export and import.
#include "tst_syncsettings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QUuid>

void TestSyncSettings::storeRoundTrip()
{
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    const QString trig = s(key::CreateTrigger);
    QVERIFY(!store.set(Layer::Team, {}, trig, s("onAdd"), s("admin")));
    QVERIFY(!store.set(Layer::User, s("ann"), trig, s("never"), s("ann")));
    QVERIFY(!store.set(Layer::Campaign, s("7"), trig, s("onInterested"), s("ann")));
    QVERIFY(!store.set(Layer::Candidate, s("42"), trig, s("onReply"), s("ann")));
    QVERIFY(!store.set(Layer::Team, {}, s(key::JobStatuses), s("FILLED"), s("admin")));

    const auto check = [&](const QString &user, qint64 campaign, qint64 candidate, const QString &value,
                           Layer from) {
        const Result<ResolvedSettings> r = store.resolve(user, campaign, candidate);
        QVERIFY(r.ok());
        QCOMPARE(r->value(trig).value, value);
        QCOMPARE(r->value(trig).from, from);
        QCOMPARE(r->list(s(key::JobStatuses)), QStringList{s("FILLED")});
    };
    check(s("ann"), 7, 42, s("onReply"), Layer::Candidate);
    check(s("ann"), 7, 0, s("onInterested"), Layer::Campaign);
    check(s("ann"), 8, 43, s("never"), Layer::User);
    check(s("bob"), 0, 0, s("onAdd"), Layer::Team);
    check(QString(), 0, 42, s("onReply"), Layer::Candidate);

    // Changing the team value keeps its lock; unsetting a user value lets the team value through.
    QVERIFY(!store.setLocked(trig, true, s("admin")));
    QVERIFY(!store.set(Layer::Team, {}, trig, s("onInterested"), s("admin")));
    Result<SettingsLayers> layers = store.load(s("ann"), 7, 42);
    QVERIFY(layers.ok());
    QCOMPARE(layers->team.value(trig).value, s("onInterested"));
    QVERIFY(layers->team.value(trig).locked);
    QCOMPARE(store.resolve(s("ann"), 7, 42)->value(trig).value, s("onInterested"));
    QVERIFY(!store.setLocked(trig, false, s("admin")));
    QVERIFY(!store.unset(Layer::Candidate, s("42"), trig));
    QVERIFY(!store.unset(Layer::Campaign, s("7"), trig));
    QCOMPARE(store.resolve(s("ann"), 7, 42)->value(trig).value, s("never"));

    // Someone else's scope is not loaded.
    QVERIFY(store.load(s("bob"), 0, 0)->user.isEmpty());
}

void TestSyncSettings::storeRefuses_data()
{
    QTest::addColumn<Layer>("layer");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // substring
    QTest::newRow("locked by admin") << Layer::User << s("ann") << s(key::CreateTrigger) << s("never")
                                     << s("locked");
    QTest::newRow("locked for a candidate")
        << Layer::Candidate << s("42") << s(key::CreateTrigger) << s("onAdd") << s("locked");
    QTest::newRow("bad value") << Layer::Team << QString() << s(key::TagsEnabled) << s("yes")
                               << s("true or false");
    QTest::newRow("team-only at user")
        << Layer::User << s("ann") << s(key::JobStatuses) << s("OFFER") << s("team admin");
    QTest::newRow("unknown key") << Layer::Team << QString() << s("sync.nope") << s("x")
                                 << s("Unknown setting");
    QTest::newRow("campaign scope not a number")
        << Layer::Campaign << s("abc") << s(key::TagsEnabled) << s("true") << s("positive id");
    QTest::newRow("team with a scope")
        << Layer::Team << s("x") << s(key::TagsEnabled) << s("true") << s("no scope");
    QTest::newRow("user without a name")
        << Layer::User << QString() << s(key::TagsEnabled) << s("true") << s("user name");
    QTest::newRow("default layer") << Layer::Default << QString() << s(key::TagsEnabled) << s("true")
                                   << s("not stored");
}

void TestSyncSettings::storeRefuses()
{
    QFETCH(Layer, layer);
    QFETCH(QString, scope);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, message);
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    QVERIFY(!store.setLocked(s(key::CreateTrigger), true, s("admin")));
    QCOMPARE(rowCount(tw.ws()), 1);

    const Status st = store.set(layer, scope, key, value, s("ann"));
    QVERIFY(st);
    const QString text = st->toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(text.contains(key) && text.contains(layerLabel(layer)), qPrintable(text)); // names key and layer
    QCOMPARE(rowCount(tw.ws()), 1);                                                     // nothing written
}

void TestSyncSettings::lockWithoutTeamValueStoresDefault()
{
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    QVERIFY(!store.setLocked(s(key::NotesOnlySynced), false, s("admin"))); // unlocking nothing writes nothing
    QCOMPARE(rowCount(tw.ws()), 0);
    QVERIFY(!store.setLocked(s(key::NotesOnlySynced), true, s("admin")));
    const StoredValue v = store.load({}, 0, 0)->team.value(s(key::NotesOnlySynced));
    QCOMPARE(v.value, s("true"));
    QVERIFY(v.locked);
    QVERIFY(store.setLocked(s("sync.nope"), true, s("admin")));
}

void TestSyncSettings::unsetKeepsLock()
{
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    QVERIFY(!store.set(Layer::Team, {}, s(key::CreateTrigger), s("never"), s("admin")));
    QVERIFY(!store.setLocked(s(key::CreateTrigger), true, s("admin")));
    QVERIFY(!store.unset(Layer::Team, {}, s(key::CreateTrigger)));
    const StoredValue v = store.load({}, 0, 0)->team.value(s(key::CreateTrigger));
    QCOMPARE(v.value, s("onReply"));
    QVERIFY(v.locked);
    QVERIFY(store.set(Layer::User, s("ann"), s(key::CreateTrigger), s("onAdd"), s("ann")));
}

void TestSyncSettings::importAllOrNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions"); // besides the file name
    const auto file = [](const char *layer, const char *scope, const char *values, int version = 1) {
        return QStringLiteral(
                   R"({"format":"sourcedesk-sync-settings","version":%1,"layer":"%2","scope":"%3","values":{%4}})")
            .arg(version)
            .arg(s(layer), s(scope), s(values))
            .toUtf8();
    };
    const char *good =
        R"("sync.tagsEnabled":{"value":"false"},"sync.createTrigger":{"value":"onAdd","locked":true},)";
    QTest::newRow("unknown key") << file("team", "",
                                         (s(good) + s(R"("sync.nope":{"value":"1"})")).toUtf8().constData())
                                 << s("sync.nope");
    QTest::newRow("bad value")
        << file("team", "", (s(good) + s(R"("sync.stageSync.time":{"value":"5pm"})")).toUtf8().constData())
        << s("sync.stageSync.time");
    QTest::newRow("value not text") << file(
                                           "team", "",
                                           (s(good) + s(R"("sync.source":{"value":3})")).toUtf8().constData())
                                    << s("sync.source");
    QTest::newRow("lock outside team")
        << file("user", "ann", R"("sync.tagsEnabled":{"value":"true","locked":true})")
        << s("sync.tagsEnabled");
    QTest::newRow("team-only key in user file")
        << file("user", "ann", R"("sync.jobStatuses":{"value":"OFFER"})") << s("sync.jobStatuses");
    QTest::newRow("key locked by admin")
        << file("user", "ann", R"("sync.manualUpdates":{"value":"false"})") << s("sync.manualUpdates");
    QTest::newRow("wrong format") << QByteArray(
                                         R"({"format":"other","version":1,"layer":"team","values":{}})")
                                  << s("format");
    QTest::newRow("newer version") << file("team", "", R"("sync.tagsEnabled":{"value":"false"})", 2)
                                   << s("newer");
    QTest::newRow("bad layer") << file("default", "", R"("sync.tagsEnabled":{"value":"false"})")
                               << s("layer");
    QTest::newRow("bad scope") << file("campaign", "x", R"("sync.tagsEnabled":{"value":"false"})")
                               << s("scope");
    QTest::newRow("not json") << QByteArray("{\"format\":") << s("JSON");
}

void TestSyncSettings::importAllOrNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    QVERIFY(!store.set(Layer::Team, {}, s(key::TagsEnabled), s("true"), s("admin")));
    QVERIFY(!store.set(Layer::Team, {}, s(key::ManualUpdates), s("true"), s("admin")));
    QVERIFY(!store.setLocked(s(key::ManualUpdates), true, s("admin")));
    const QByteArray before = store.exportLayer(Layer::Team, {}).value();

    const Status st = store.importLayer(json, s("team-settings.json"), s("admin"));
    QVERIFY(st);
    QCOMPARE(st->where, s("team-settings.json"));
    QVERIFY2(st->toString().contains(mentions), qPrintable(st->toString()));
    QCOMPARE(store.exportLayer(Layer::Team, {}).value(), before); // nothing changed
    QCOMPARE(rowCount(tw.ws()), 2);
}

void TestSyncSettings::exportImportRoundTrip()
{
    test::TempWorkspace a;
    SettingsStore from(a.ws());
    QVERIFY(!from.set(Layer::Team, {}, s(key::NoteTemplate),
                      s("{activity}: {body}\n\u00e9t\u00e9 \"quoted\""), s("admin")));
    QVERIFY(!from.set(Layer::Team, {}, s(key::Source), QString(), s("admin")));
    QVERIFY(!from.set(Layer::Team, {}, s(key::JobStatuses), s("OFFER,FILLED"), s("admin")));
    QVERIFY(!from.setLocked(s(key::CreateTrigger), true, s("admin")));
    QVERIFY(
        !from.set(Layer::Campaign, s("7"), s(key::TagTemplate), s("c - {campaign} - {status}"), s("ann")));
    const Result<QByteArray> team = from.exportLayer(Layer::Team, {});
    const Result<QByteArray> campaign = from.exportLayer(Layer::Campaign, s("7"));
    QVERIFY(team.ok() && campaign.ok());
    const QJsonObject root = QJsonDocument::fromJson(team.value()).object();
    QCOMPARE(root.value(s("format")).toString(), s("sourcedesk-sync-settings"));
    QCOMPARE(root.value(s("version")).toInt(), 1);
    QCOMPARE(root.value(s("layer")).toString(), s("team"));
    QCOMPARE(root.value(s("values")).toObject().size(), 4);
    QVERIFY(root.value(s("values"))
                .toObject()
                .value(s(key::CreateTrigger))
                .toObject()
                .value(s("locked"))
                .toBool());

    test::TempWorkspace b;
    SettingsStore to(b.ws());
    QVERIFY(!to.set(Layer::Team, {}, s(key::TagsEnabled), s("false"), s("admin"))); // not in the file: kept
    QVERIFY(!to.importLayer(team.value(), s("team.json"), s("admin")));
    QVERIFY(!to.importLayer(campaign.value(), s("campaign.json"), s("admin")));
    QCOMPARE(to.exportLayer(Layer::Campaign, s("7")).value(), campaign.value());
    const SettingsLayers got = to.load(s("ann"), 7, 0).value();
    const SettingsLayers want = from.load(s("ann"), 7, 0).value();
    QCOMPARE(got.team.size(), want.team.size() + 1);
    for (auto it = want.team.cbegin(); it != want.team.cend(); ++it) {
        QCOMPARE(got.team.value(it.key()).value, it->value);
        QCOMPARE(got.team.value(it.key()).locked, it->locked);
    }
    QCOMPARE(got.team.value(s(key::TagsEnabled)).value, s("false"));
    QCOMPARE(got.campaign.value(s(key::TagTemplate)).value, s("c - {campaign} - {status}"));
}

// A recruiter on a team workspace (PostgreSQL): the team layer is refused up front with
// PermissionDenied and a clear message; their own layer still works; and the database itself
// refuses the same write with the words SettingsStore maps to that message.
void TestSyncSettings::recruiterCannotWriteTeam()
{
    if (!test::testingPostgres())
        QSKIP("team roles exist on PostgreSQL only (the _pg variant runs this)");
    test::TempWorkspace tw;
    const QString trig = s(key::CreateTrigger);
    QVERIFY(!SettingsStore(tw.ws()).set(Layer::Team, {}, trig, s("onAdd"), s("admin")));
    std::optional<TeamServer> server = TeamServer::parse(tw.path());
    QVERIFY(server);
    const QString login = s("rec_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QString error;
    QVERIFY2(test::superuserExec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'pw-%1'").arg(login),
                                 QStringLiteral("postgres"), &error), qPrintable(error));
    const auto dropRole = qScopeGuard([&] { test::superuserExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login)); });
    QVERIFY2(test::superuserExec(QStringLiteral("GRANT \"%1_recruiter\" TO \"%2\"").arg(server->database, login),
                                 QStringLiteral("postgres"), &error), qPrintable(error));
    server->user = login;
    {
        Workspace::Options options;
        options.password = s("pw-") + login;
        auto opened = Workspace::open(server->location(), options);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
        Workspace &ws = *opened.value();
        QCOMPARE(ws.role(), Workspace::TeamRole::Recruiter);
        SettingsStore store(ws);
        QVERIFY(!store.canWriteTeam());
        for (const Status &refused : {store.set(Layer::Team, {}, trig, s("never"), login),
                                      store.unset(Layer::Team, {}, trig), store.setLocked(trig, true, login),
                                      store.importLayer(R"({"format":"sourcedesk-sync-settings","version":1,
                                          "layer":"team","scope":"","values":{"sync.createTrigger":"never"}})",
                                                        s("team.json"), login)}) {
            QVERIFY(refused);
            QCOMPARE(refused->code, Error::Code::PermissionDenied);
            QVERIFY2(refused->message.contains(s("Only a team admin can change the team settings")),
                     qPrintable(refused->message));
            QVERIFY(refused->message.contains(login));
        }
        QCOMPARE(store.resolve(login)->value(trig).value, s("onAdd"));
        QVERIFY(!store.set(Layer::User, login, trig, s("never"), login));
        QCOMPARE(store.resolve(login)->value(trig).value, s("never"));

        // What the database says when the app's check is bypassed: the text SettingsStore maps.
        QSqlQuery q(ws.connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE sync_settings SET value = 'never' WHERE layer = 1 AND key = '%1'")
                            .arg(trig))
                || q.numRowsAffected() == 0);
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO sync_settings(layer, scope_id, key, value, locked, updated_at, "
                                       "updated_by) VALUES (1, '', 'sync.tagsEnabled', 'false', 0, 0, 'x')")));
        const QString text = q.lastError().text();
        QVERIFY2(text.contains(s("row-level security"), Qt::CaseInsensitive)
                     || text.contains(s("permission denied"), Qt::CaseInsensitive),
                 qPrintable(text));
    }

    // An admin demoted while their app is open: the app still thinks "admin", the database refuses,
    // and the user reads the same words as a recruiter, not PostgreSQL's.
    const QString demoted = s("adm_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QVERIFY(test::superuserExec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'pw-%1'").arg(demoted)));
    const auto dropDemoted =
        qScopeGuard([&] { test::superuserExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(demoted)); });
    QVERIFY(test::superuserExec(QStringLiteral("GRANT \"%1_admin\" TO \"%2\"").arg(server->database, demoted)));
    server->user = demoted;
    Workspace::Options options;
    options.password = s("pw-") + demoted;
    auto opened = Workspace::open(server->location(), options);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    QCOMPARE(opened.value()->role(), Workspace::TeamRole::Admin);
    QVERIFY(test::superuserExec(QStringLiteral("REVOKE \"%1_admin\" FROM \"%2\"").arg(server->database, demoted)));
    QVERIFY(test::superuserExec(QStringLiteral("GRANT \"%1_recruiter\" TO \"%2\"").arg(server->database, demoted)));
    const Status refused = SettingsStore(*opened.value()).set(Layer::Team, {}, trig, s("never"), demoted);
    QVERIFY(refused);
    QCOMPARE(refused->code, Error::Code::PermissionDenied);
    QVERIFY2(refused->message.contains(s("Only a team admin can change the team settings")), qPrintable(refused->message));
    QVERIFY(!refused->message.contains(s("row-level security")));
    opened = Error();
}
