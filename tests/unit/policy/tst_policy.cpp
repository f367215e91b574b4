// The company policy: a good file, each kind of malformed file (line and column, or the JSON path),
// ignored as a whole, a lock beating the team and user layers, an unlocked value above the team,
// allowed sign-in methods, hosts and client id, and `sourcedesk-cli policy show`.
#include "tst_policy.h"
#include "CliApp.h"
#include "CompanyPolicy.h"
#include "ConnectionSettings.h"
#include "PolicyParser.h"
#include "SettingsStore.h"
#include "SyncSettings.h"
#include "TempWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace sd;
using namespace sd::sync;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const char *kGood = R"({
  "version": 1,
  "setBy": "IT department",
  "settings": {
    "sync.createTrigger": {"value": "onAdd", "locked": true},
    "sync.tagsEnabled": {"value": false},
    "sync.jobStatuses": ["SOURCING", "OFFER"],
    "sync.noteTemplate": "{activity}: {body}"
  },
  "smartrecruiters": {
    "apiHost": {"value": "https://api.eu.example.com", "locked": true},
    "authHost": "https://www.eu.example.com",
    "clientId": {"value": "company-app", "locked": true}
  },
  "allowedAuthMethods": ["oauth"]
})";

} // namespace

void TestPolicy::writePolicy(const QByteArray &json)
{
    const QString path = m_dir.filePath(QStringLiteral("policy.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    qputenv("SOURCEDESK_POLICY_FILE", path.toUtf8());
    reloadCompanyPolicy();
}

void TestPolicy::init()
{
    // Never the machine's own /etc/sourcedesk/policy.json: a file that does not exist.
    qputenv("SOURCEDESK_POLICY_FILE", m_dir.filePath(QStringLiteral("absent.json")).toUtf8());
    reloadCompanyPolicy();
}

void TestPolicy::cleanup()
{
    QFile::remove(m_dir.filePath(QStringLiteral("policy.json")));
    init();
}

void TestPolicy::goodFile()
{
    const Result<policy::Policy> p = policy::parsePolicy(kGood, s("policy.json"), &validatePolicySetting);
    QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
    QCOMPARE(p->setBy, s("IT department"));
    QCOMPARE(p->settings.value(s("sync.createTrigger")).value, s("onAdd"));
    QVERIFY(p->settings.value(s("sync.createTrigger")).locked);
    QCOMPARE(p->settings.value(s("sync.tagsEnabled")).value, s("false"));
    QVERIFY(!p->settings.value(s("sync.tagsEnabled")).locked);
    QCOMPARE(p->settings.value(s("sync.jobStatuses")).value, s("SOURCING,OFFER"));
    QCOMPARE(p->settings.value(s("sync.noteTemplate")).value, s("{activity}: {body}"));
    QCOMPARE(p->apiHost->value, s("https://api.eu.example.com"));
    QVERIFY(p->apiHost->locked);
    QVERIFY(!p->authHost->locked);
    QCOMPARE(p->clientId->value, s("company-app"));
    QCOMPARE(p->allowedAuthMethods, QStringList{s("oauth")});
    QVERIFY(p->allowsAuthMethod(s("oauth")));
    QVERIFY(!p->allowsAuthMethod(s("api_key")));
    QCOMPARE(p->lockedText(), s("Locked by IT department (company policy)"));

    writePolicy(kGood);
    const policy::PolicyStatus st = companyPolicy();
    QVERIFY(st.present);
    QVERIFY(st.policy);
    QVERIFY(!st.error);
    QVERIFY(st.summary().contains(s("IT department")));
}

void TestPolicy::badJsonReportsLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where"); // line:column, where Qt's parser stopped (columns count characters)
    QTest::newRow("missing comma") << QByteArray("{\n  \"version\": 1\n  \"setBy\": \"IT\"\n}") << s("3:4");
    QTest::newRow("unterminated string") << QByteArray("{\n  \"setBy\": \"IT\n}") << s("3:2");
    QTest::newRow("trailing garbage") << QByteArray("{\"version\": 1}\n\n  x") << s("3:3");
    QTest::newRow("not utf-8 counted") << QByteArray("{\"setBy\": \"Zoë\", ]") << s("1:19");
}

void TestPolicy::badJsonReportsLineAndColumn()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const Result<policy::Policy> p = policy::parsePolicy(json, s("policy.json"), &validatePolicySetting);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, Error::Code::Corrupt);
    QCOMPARE(p.error().where, s("policy.json:") + where);
    QVERIFY(p.error().message.contains(s("not valid JSON")));
}

void TestPolicy::malformedReportsJsonPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message"); // substring
    QTest::newRow("not an object") << QByteArray("[1]") << s("$") << s("JSON object");
    QTest::newRow("unknown top key") << QByteArray(R"({"version":1,"colour":"red"})") << s("$.colour")
                                     << s("unknown key");
    QTest::newRow("no version") << QByteArray(R"({"setBy":"IT"})") << s("$.version") << s("format version");
    QTest::newRow("newer version") << QByteArray(R"({"version":2})") << s("$.version") << s("newer");
    QTest::newRow("setBy wrong type")
        << QByteArray(R"({"version":1,"setBy":3})") << s("$.setBy") << s("string");
    QTest::newRow("settings wrong type")
        << QByteArray(R"({"version":1,"settings":[]})") << s("$.settings") << s("object");
    QTest::newRow("unknown setting") << QByteArray(R"({"version":1,"settings":{"sync.nope":"x"}})")
                                     << s("$.settings[\"sync.nope\"]") << s("Unknown setting");
    QTest::newRow("wrong value type")
        << QByteArray(R"({"version":1,"settings":{"sync.tagsEnabled":{"value":3}}})")
        << s("$.settings[\"sync.tagsEnabled\"].value") << s("wrong type");
    QTest::newRow("invalid value")
        << QByteArray(
               R"({"version":1,"settings":{"sync.createTrigger":{"value":"sometimes","locked":true}}})")
        << s("$.settings[\"sync.createTrigger\"].value") << s("must be one of");
    QTest::newRow("locked not bool")
        << QByteArray(R"({"version":1,"settings":{"sync.createTrigger":{"value":"onAdd","locked":"yes"}}})")
        << s("$.settings[\"sync.createTrigger\"].locked") << s("true or false");
    QTest::newRow("unknown entry key")
        << QByteArray(R"({"version":1,"settings":{"sync.createTrigger":{"value":"onAdd","lock":true}}})")
        << s("$.settings[\"sync.createTrigger\"].lock") << s("unknown key");
    QTest::newRow("plain http host")
        << QByteArray(R"({"version":1,"smartrecruiters":{"apiHost":"http://api.example.com"}})")
        << s("$.smartrecruiters.apiHost") << s("https");
    QTest::newRow("host not a url")
        << QByteArray(R"({"version":1,"smartrecruiters":{"authHost":{"value":"not a url","locked":true}}})")
        << s("$.smartrecruiters.authHost.value") << s("web address");
    QTest::newRow("unknown sr key") << QByteArray(R"({"version":1,"smartrecruiters":{"secret":"x"}})")
                                    << s("$.smartrecruiters.secret") << s("unknown key");
    QTest::newRow("client id spaces") << QByteArray(R"({"version":1,"smartrecruiters":{"clientId":"a b"}})")
                                      << s("$.smartrecruiters.clientId") << s("client id");
    QTest::newRow("unknown method") << QByteArray(
                                           R"({"version":1,"allowedAuthMethods":["oauth","password"]})")
                                    << s("$.allowedAuthMethods[1]") << s("one of");
    QTest::newRow("empty methods") << QByteArray(R"({"version":1,"allowedAuthMethods":[]})")
                                   << s("$.allowedAuthMethods") << s("non-empty");
}

void TestPolicy::malformedReportsJsonPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const Result<policy::Policy> p = policy::parsePolicy(json, s("policy.json"), &validatePolicySetting);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().where, s("policy.json: ") + path);
    QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
}

void TestPolicy::malformedFileIsIgnoredAsAWhole()
{
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    const QString trig = s(key::CreateTrigger);
    QVERIFY(!store.set(Layer::Team, {}, trig, s("never"), s("admin")));
    // The first setting is fine and locked; the second is bad: nothing of the file applies.
    writePolicy(R"({"version":1,"setBy":"IT","settings":{
        "sync.createTrigger":{"value":"onAdd","locked":true},
        "sync.tagsEnabled":"maybe"}})");
    const policy::PolicyStatus st = companyPolicy();
    QVERIFY(st.present);
    QVERIFY(!st.policy);
    QVERIFY(st.error);
    QVERIFY(st.summary().contains(s("ignored as a whole")));
    QVERIFY(st.summary().contains(s("$.settings[\"sync.tagsEnabled\"]")));
    const Result<ResolvedSettings> r = store.resolve(s("ann"));
    QVERIFY(r.ok());
    QCOMPARE(r->value(trig).value, s("never"));
    QVERIFY(!r->value(trig).locked);
    QVERIFY(!r->value(trig).fromPolicy);
    QVERIFY(!store.set(Layer::User, s("ann"), trig, s("onReply"), s("ann")));
}

void TestPolicy::lockBeatsTeamAndUser()
{
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    const QString trig = s(key::CreateTrigger);
    QVERIFY(!store.set(Layer::Team, {}, trig, s("never"), s("admin")));
    QVERIFY(!store.setLocked(trig, true, s("admin")));
    QVERIFY(!store.set(Layer::User, s("bob"), s(key::TagsEnabled), s("true"), s("bob")));
    writePolicy(kGood);

    const Result<ResolvedSettings> r = store.resolve(s("ann"), 7, 42);
    QVERIFY(r.ok());
    const ResolvedValue v = r->value(trig);
    QCOMPARE(v.value, s("onAdd"));
    QVERIFY(v.locked);
    QVERIFY(v.fromPolicy);
    QCOMPARE(lockedByText(v), s("Locked by IT department (company policy)"));

    // Nobody may change it: the team admin, a user, a campaign, a candidate; nor lift the lock.
    for (const auto &[layer, scope] :
         {std::pair{Layer::Team, QString()}, std::pair{Layer::User, s("ann")},
          std::pair{Layer::Campaign, s("7")}, std::pair{Layer::Candidate, s("42")}}) {
        const Status refused = store.set(layer, scope, trig, s("onReply"), s("ann"));
        QVERIFY(refused);
        QVERIFY2(refused->message.contains(s("Locked by IT department (company policy)")),
                 qPrintable(refused->message));
    }
    QVERIFY(store.setLocked(trig, false, s("admin")));
    QCOMPARE(store.resolve(s("ann"))->value(trig).value, s("onAdd"));
}

void TestPolicy::unlockedValueSitsAboveTeam()
{
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    const QString tags = s(key::TagsEnabled);
    QVERIFY(!store.set(Layer::Team, {}, tags, s("true"), s("admin")));
    writePolicy(kGood); // sync.tagsEnabled: false, not locked
    Result<ResolvedSettings> r = store.resolve(s("ann"));
    QCOMPARE(r->value(tags).value, s("false"));
    QVERIFY(r->value(tags).fromPolicy);
    QVERIFY(!r->value(tags).locked);
    QCOMPARE(sourceText(r->value(tags)), s("Set by IT department (company policy)"));
    // The team's value would never apply: refused, saying why.
    const Status team = store.set(Layer::Team, {}, tags, s("true"), s("admin"));
    QVERIFY(team);
    QVERIFY(team->message.contains(s("company policy")));
    // A user may still choose.
    QVERIFY(!store.set(Layer::User, s("ann"), tags, s("true"), s("ann")));
    r = store.resolve(s("ann"));
    QCOMPARE(r->value(tags).value, s("true"));
    QCOMPARE(r->value(tags).from, Layer::User);
}

void TestPolicy::importRespectsPolicyLocks()
{
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    writePolicy(kGood);
    const QByteArray file = R"({"format":"sourcedesk-sync-settings","version":1,"layer":"team","scope":"",
        "values":{"sync.manualUpdates":{"value":"false"},"sync.createTrigger":{"value":"never"}}})";
    const Status s1 = store.importLayer(file, s("team.json"), s("admin"));
    QVERIFY(s1);
    QVERIFY2(s1->message.contains(s("company policy")), qPrintable(s1->message));
    // All or nothing: the valid key was not written either.
    QVERIFY(!store.load(QString(), 0, 0)->team.contains(s(key::ManualUpdates)));
}

void TestPolicy::teamLockNamesTheAdmin()
{
    test::TempWorkspace tw;
    SettingsStore store(tw.ws());
    const QString manual = s(key::ManualUpdates);
    QVERIFY(!store.set(Layer::Team, {}, manual, s("false"), s("Dana Admin")));
    QVERIFY(!store.setLocked(manual, true, s("Dana Admin")));
    const ResolvedValue v = store.resolve(s("ann"))->value(manual);
    QVERIFY(v.locked);
    QVERIFY(!v.fromPolicy);
    QCOMPARE(lockedByText(v), s("Locked by the team admin Dana Admin"));
    const Status refused = store.set(Layer::User, s("ann"), manual, s("true"), s("ann"));
    QVERIFY(refused);
    QVERIFY(refused->message.contains(s("Dana Admin")));
}

void TestPolicy::allowedAuthMethods()
{
    test::TempWorkspace tw;
    writePolicy(kGood);
    const integration::ConnectionPolicy policy = integration::ConnectionPolicy::current();
    QVERIFY(policy.allows(integration::AuthMethod::OAuth));
    QVERIFY(!policy.allows(integration::AuthMethod::ApiKey));
    QVERIFY(policy.refusal(integration::AuthMethod::ApiKey).contains(s("API keys are not allowed")));
    QVERIFY(policy.refusal(integration::AuthMethod::ApiKey).contains(s("IT department")));

    integration::ConnectionSettings settings = integration::ConnectionSettings::load(tw.ws());
    settings.method = integration::AuthMethod::ApiKey;
    QString error;
    QVERIFY(!settings.save(tw.ws(), &error));
    QVERIFY2(error.contains(s("API keys are not allowed")), qPrintable(error));
    // A stored API-key method is not chosen while the policy forbids it.
    QVERIFY(!tw.ws().setSetting(s("sr.method"), s("api_key")));
    QCOMPARE(integration::ConnectionSettings::load(tw.ws()).method, integration::AuthMethod::OAuth);
}

void TestPolicy::hostsAndClientId()
{
    test::TempWorkspace tw;
    // The workspace says otherwise; the locked policy values win, the unlocked one only fills a gap.
    QVERIFY(!tw.ws().setSetting(s("sr.apiUrl"), s("https://api.smartrecruiters.com")));
    QVERIFY(!tw.ws().setSetting(s("sr.webUrl"), s("https://www.smartrecruiters.com")));
    QVERIFY(!tw.ws().setSetting(s("sr.clientId"), s("someone-elses-app")));
    writePolicy(kGood);
    integration::ConnectionSettings settings = integration::ConnectionSettings::load(tw.ws());
    QCOMPARE(settings.hosts.api, QUrl(s("https://api.eu.example.com")));
    QCOMPARE(settings.hosts.web,
             QUrl(s("https://www.smartrecruiters.com"))); // unlocked: the stored one stays
    QCOMPARE(settings.clientId, s("company-app"));
    QVERIFY(settings.problem().isEmpty());
    QVERIFY(settings.save(tw.ws()));

    settings.hosts.api = QUrl(s("https://api.smartrecruiters.com"));
    QVERIFY(settings.problem().contains(s("Locked by IT department (company policy)")));
    settings.hosts.api = QUrl(s("https://api.eu.example.com"));
    settings.clientId = s("another-app");
    QString error;
    QVERIFY(!settings.save(tw.ws(), &error));
    QVERIFY(error.contains(s("client id")));

    // Without stored hosts the unlocked sign-in address comes from the policy.
    test::TempWorkspace fresh;
    QCOMPARE(integration::ConnectionSettings::load(fresh.ws()).hosts.web,
             QUrl(s("https://www.eu.example.com")));
}

namespace {

int runCli(const QStringList &args, QString *out, QString *err)
{
    QTextStream o(out);
    QTextStream e(err);
    sd::cli::Environment env;
    env.userName = QStringLiteral("tester");
    sd::cli::CliApp app(o, e, env);
    const int rc = app.run(QStringList{QStringLiteral("sourcedesk-cli")} + args);
    o.flush();
    e.flush();
    return rc;
}

} // namespace

void TestPolicy::cliPolicyShow()
{
    QString out, err;
    QCOMPARE(runCli({s("policy"), s("show")}, &out, &err), 0);
    QVERIFY2(out.contains(s("No company policy")), qPrintable(out + err));

    writePolicy(kGood);
    out.clear();
    QCOMPARE(runCli({s("policy"), s("show")}, &out, &err), 0);
    QVERIFY(out.contains(s("IT department")));
    QVERIFY(out.contains(s("sync.createTrigger")));
    QVERIFY(out.contains(s("https://api.eu.example.com")));

    out.clear();
    QCOMPARE(runCli({s("--json"), s("policy"), s("show")}, &out, &err), 0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o.value(s("setBy")).toString(), s("IT department"));
    QCOMPARE(o.value(s("allowedAuthMethods")).toArray().size(), 1);
}

void TestPolicy::cliSettingsRespectPolicy()
{
    test::TempWorkspace tw;
    const QString path = tw.path();
    tw.close();
    writePolicy(kGood);
    QString out, err;
    QCOMPARE(runCli({s("--workspace"), path, s("settings"), s("set"), s("sync.createTrigger"), s("never"),
                     s("--team")},
                    &out, &err),
             6);
    QVERIFY2(err.contains(s("Locked by IT department (company policy)")), qPrintable(err));
    out.clear();
    err.clear();
    QCOMPARE(runCli({s("--workspace"), path, s("settings"), s("show"), s("sync.createTrigger")}, &out, &err),
             0);
    QVERIFY2(out.contains(s("policy")) && out.contains(s("onAdd")), qPrintable(out));
    QVERIFY(out.contains(s("Locked by IT department (company policy)")));
}

void TestPolicy::cliPolicyShowMalformed()
{
    writePolicy("{\n  \"version\": 1,\n  \"setBy\": \"IT\"\n  \"settings\": {}\n}");
    QString out, err;
    const int rc = runCli({s("policy"), s("show")}, &out, &err);
    QCOMPARE(rc, 5);
    QVERIFY2(err.contains(s("policy.json:4:4")), qPrintable(err));
    QVERIFY(err.contains(s("ignored as a whole")));
}

QTEST_GUILESS_MAIN(TestPolicy)
