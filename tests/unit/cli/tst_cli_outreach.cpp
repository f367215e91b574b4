// sourcedesk-cli mailbox | sequence | outreach queue | dnc | tasks without a mail server: argument
// errors, the sequence round trip, the contact guard on enroll, the do-not-contact list, tasks,
// where the mailbox secret goes, and the send queue decisions. `outreach run` against real
// servers is tested with the mail test servers elsewhere.
#include "CliHarness.h"

#include "ActivityRepository.h"
#include "MailboxConfig.h"
#include "MemorySecretStore.h"
#include "OutreachQueue.h"
#include "SequenceRepository.h"
#include "TaskRepository.h"
#include "Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using clitest::args;
using clitest::expectError;
using clitest::s;

namespace {

const char *const kSecret = "Tr0ub4dor-and-3";

} // namespace

class TestCliOutreach : public QObject
{
    Q_OBJECT

private:
    sd::connection::MemorySecretStore m_store;

    // Campaign "Backend" (id 1) with jane (1) and bob (2).
    void prepare(CliHarness &h)
    {
        h.environment().secretStore = &m_store; // never the real keychain
        h.addCampaignWithPeople(s("Backend"), {s("jane"), s("bob")}, {s("--company"), s("Acme")});
    }

    static QByteArray workspaceBytes(const CliHarness &h)
    {
        QByteArray all;
        for (const QString &suffix : {s(""), s("-wal"), s("-shm"), s("-journal")})
            all += CliHarness::readFile(h.workspace() + suffix);
        return all;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void argumentErrorsNameTheOption()
    {
        CliHarness h;
        prepare(h);
        expectError(h.run(args({"sequence", "add-step", "Backend", "--kind", "fax"})), 2, {s("--kind"), s("autoEmail")});
        expectError(h.run(args({"sequence", "add-step", "Backend", "--kind", "call", "--from", "25:00"})), 2,
                    {s("--from"), s("HH:MM")});
        expectError(h.run(args({"sequence", "add-step", "Backend", "--kind", "call", "--from", "14:00", "--to", "09:00"})),
                    2, {s("--to")});
        expectError(h.run(args({"sequence", "add-step", "Backend", "--kind", "call", "--days", "mon,funday"})), 2,
                    {s("--days"), s("funday")});
        expectError(h.run(args({"sequence", "add-step", "Backend", "--kind", "autoEmail", "--subject", "Hi"})), 2,
                    {s("--body-file")});
        expectError(h.run(args({"sequence", "create", "Backend", "--time-zone", "Mars/Olympus"})), 2,
                    {s("--time-zone"), s("Mars/Olympus")});
        expectError(h.run(args({"sequence", "show", "Nope"})), 3, {s("Nope")});
        expectError(h.run(args({"mailbox", "set", "--name", "Ana"})), 2, {s("--address")});
        expectError(h.run(args({"mailbox", "set", "--address", "ana@agency.example", "--name", "Ana", "--smtp-port",
                                "99999"})),
                    2, {s("--smtp-port")});
        // "other" has no servers: validate() names the host, as the option that sets it.
        expectError(h.run(args({"mailbox", "set", "--address", "ana@agency.example", "--name", "Ana"})), 2,
                    {s("--smtp-host")});
        expectError(h.run(args({"mailbox", "set", "--address", "ana@agency.example", "--name", "Ana", "--smtp-host",
                                "smtp.agency.example", "--imap-host", "imap.agency.example", "--smtp-security", "none"})),
                    2, {s("--smtp-security")});
        expectError(h.run(args({"outreach", "queue", "--state", "lost"})), 2, {s("--state"), s("uncertain")});
        expectError(h.run(args({"outreach", "run", "--watch", "1"})), 2, {s("--watch")});
        expectError(h.run(args({"tasks", "done", "x"})), 2, {s("ID")});
        expectError(h.run(args({"dnc", "add"})), 2, {s("--email")});
        expectError(h.run(args({"mailbox", "frobnicate"})), 2, {s("frobnicate")});
    }

    void secretsAreNeverArguments()
    {
        CliHarness h;
        prepare(h);
        const QStringList base = args({"mailbox", "set", "--address", "ana@agency.example", "--name", "Ana",
                                       "--smtp-host", "smtp.agency.example", "--imap-host", "imap.agency.example"});
        for (const QStringList &extra : {QStringList{s("--secret"), s(kSecret)}, QStringList{s("--password"), s(kSecret)},
                                         QStringList{s("--secret=") + s(kSecret)},
                                         QStringList{s("--secret-stdin"), s(kSecret)},
                                         QStringList{s("--secret-env"), s(kSecret)}}) {
            const CliRun r = h.run(base + extra);
            QVERIFY2(r.exitCode == 2, qPrintable(r.dump()));
            QVERIFY2(!r.err.contains(s(kSecret)) && !r.out.contains(s(kSecret)), qPrintable(r.dump()));
        }
        QVERIFY(!m_store.contains(sd::outreach::secretKey(s("ana@agency.example"))));
        QVERIFY(!workspaceBytes(h).contains(kSecret));
    }

    void mailboxSetStoresTheSecretOnlyInTheKeychain()
    {
        CliHarness h;
        prepare(h);
        h.environment().readStdin = [] { return QByteArray(kSecret) + "\n"; };
        CliRun r = h.run(args({"--json", "mailbox", "set", "--address", "Ana@Agency.example", "--name", "Ana Ruiz",
                               "--smtp-host", "smtp.agency.example", "--smtp-port", "465", "--smtp-security", "tls",
                               "--imap-host", "imap.agency.example", "--daily-limit", "50", "--secret-stdin"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QJsonObject mailbox = r.json().value(s("mailbox")).toObject();
        QCOMPARE(mailbox.value(s("address")).toString(), s("ana@agency.example"));
        QCOMPARE(mailbox.value(s("owner")).toString(), s("tester"));
        QCOMPARE(mailbox.value(s("dailyLimit")).toInt(), 50);
        QCOMPARE(mailbox.value(s("settings")).toObject().value(s("smtpPort")).toInt(), 465);
        QVERIFY(r.json().value(s("secretStored")).toBool());
        QCOMPARE(m_store.value(sd::outreach::secretKey(s("ana@agency.example"))), s(kSecret));
        QVERIFY(!r.out.contains(s(kSecret)) && !r.err.contains(s(kSecret)));
        QVERIFY2(!workspaceBytes(h).contains(kSecret), "the secret is in the workspace file");

        // A later set keeps the servers; show reports the secret as stored without printing it.
        r = h.run(args({"mailbox", "set", "--address", "ana@agency.example", "--hourly-limit", "5"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"--json", "mailbox", "show"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("secret")).toString(), s("stored"));
        QCOMPARE(r.json().value(s("mailbox")).toObject().value(s("hourlyLimit")).toInt(), 5);
        QCOMPARE(r.json().value(s("mailbox")).toObject().value(s("settings")).toObject().value(s("smtpHost")).toString(),
                 s("smtp.agency.example"));
        QVERIFY(!r.out.contains(s(kSecret)));

        // Another user cannot take the address.
        h.environment().userName = s("someone");
        r = h.run(args({"mailbox", "set", "--address", "ana@agency.example", "--name", "X", "--smtp-host", "a.example",
                        "--imap-host", "b.example"}));
        QVERIFY2(r.exitCode == 6 && r.err.contains(s("--address")), qPrintable(r.dump()));
        h.environment().userName = s("tester");

        // remove takes the secret out of the keychain too.
        r = h.run(args({"mailbox", "remove"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(!m_store.contains(sd::outreach::secretKey(s("ana@agency.example"))));
        expectError(h.run(args({"mailbox", "show"})), 3, {s("mailbox set")});
    }

    void mailboxSecretFromEnvironment()
    {
        CliHarness h;
        prepare(h);
        h.environment().variable = [](const QString &name) {
            return name == s("ANA_MAIL_TOKEN") ? s(kSecret) : QString();
        };
        CliRun r = h.run(args({"mailbox", "set", "--address", "ana@gmail.com", "--name", "Ana", "--provider", "gmail",
                               "--secret-env", "ANA_MAIL_TOKEN"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(m_store.value(sd::outreach::secretKey(s("ana@gmail.com"))), s(kSecret));
        expectError(h.run(args({"mailbox", "set", "--address", "ana@gmail.com", "--secret-env", "UNSET_VAR"})), 2,
                    {s("--secret-env"), s("UNSET_VAR")});
        // The keychain refuses: exit 7, and the secret is not printed.
        m_store.setFailure(sd::connection::SecretStore::Status::Denied, s("Access denied."));
        r = h.run(args({"mailbox", "set", "--address", "ana@gmail.com", "--secret-env", "ANA_MAIL_TOKEN"}));
        m_store.setFailure(sd::connection::SecretStore::Status::Ok);
        expectError(r, 7, {s("Access denied.")});
        QVERIFY(!r.err.contains(s(kSecret)));
        QVERIFY(!workspaceBytes(h).contains(kSecret));
    }

    void mailboxTestExitCodes()
    {
        CliHarness h;
        prepare(h);
        // A loopback port nobody listens on: the sign-in fails at once with "cannot be reached".
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        CliRun r = h.run(QStringList{s("mailbox"), s("set"), s("--address"), s("ana@agency.example"), s("--name"), s("Ana"),
                                     s("--smtp-host"), s("127.0.0.1"), s("--smtp-port"), QString::number(port),
                                     s("--smtp-security"), s("tls"), s("--imap-host"), s("127.0.0.1"), s("--imap-port"),
                                     QString::number(port), s("--imap-security"), s("tls")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        expectError(h.run(args({"mailbox", "test"})), 7, {s("keychain")});
        h.environment().variable = [](const QString &name) { return name == s("PW") ? s(kSecret) : QString(); };
        r = h.run(args({"--json", "mailbox", "test", "--secret-env", "PW"}));
        QVERIFY2(r.exitCode == 10, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("smtp")).toObject().value(s("kind")).toString(), s("connect"));
        QCOMPARE(r.json().value(s("imap")).toObject().value(s("kind")).toString(), s("connect"));
        QCOMPARE(r.errorJson().value(s("exitCode")).toInt(), 10);
        QVERIFY(!r.out.contains(s(kSecret)) && !r.err.contains(s(kSecret)));
    }

    void sequenceRoundTrip()
    {
        CliHarness h;
        prepare(h);
        CliRun r = h.run(args({"sequence", "create", "Backend", "--sender-name", "Ana", "--time-zone", "Europe/Paris"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QString body = h.writeFile(s("body.txt"), "Hi {first_name},\n\nAre you open to {company} roles?\n{sender_name}");
        r = h.run(QStringList{s("sequence"), s("add-step"), s("Backend"), s("--kind"), s("autoEmail"), s("--subject"),
                              s("Hello {first_name}"), s("--body-file"), body});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"sequence", "add-step", "Backend", "--kind", "call", "--delay", "3", "--days", "mon,Wednesday",
                        "--from", "10:00", "--to", "12:30", "--subject", "Call {first_name}"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"sequence", "add-step", "Backend", "--kind", "LINKEDINMESSAGE"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));

        r = h.run(args({"--json", "sequence", "show", "Backend"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("sequence")).toObject().value(s("senderName")).toString(), s("Ana"));
        QCOMPARE(r.json().value(s("sequence")).toObject().value(s("timeZone")).toString(), s("Europe/Paris"));
        QJsonArray steps = r.json().value(s("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).toObject().value(s("kind")).toString(), s("autoEmail"));
        QCOMPARE(steps.at(0).toObject().value(s("delayBusinessDays")).toInt(), 0);
        QVERIFY(steps.at(0).toObject().value(s("body")).toString().startsWith(s("Hi {first_name},")));
        const QJsonObject call = steps.at(1).toObject();
        QCOMPARE(call.value(s("kind")).toString(), s("call"));
        QCOMPARE(call.value(s("delayBusinessDays")).toInt(), 3);
        QCOMPARE(call.value(s("days")).toArray(), (QJsonArray{s("mon"), s("wed")}));
        QCOMPARE(call.value(s("from")).toString(), s("10:00"));
        QCOMPARE(call.value(s("to")).toString(), s("12:30"));
        QCOMPARE(steps.at(2).toObject().value(s("kind")).toString(), s("linkedinMessage"));
        QCOMPARE(steps.at(2).toObject().value(s("delayBusinessDays")).toInt(), 2); // the default after step 1

        // Preview renders for jane; nothing is missing.
        r = h.run(args({"--json", "sequence", "preview", "Backend", "1"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QJsonObject first = r.json().value(s("steps")).toArray().at(0).toObject();
        QCOMPARE(first.value(s("subject")).toString(), s("Hello jane"));
        QVERIFY(first.value(s("body")).toString().contains(s("Acme roles?\nAna")));

        expectError(h.run(args({"sequence", "remove-step", "Backend", "7"})), 3, {s("POSITION")});
        r = h.run(args({"sequence", "remove-step", "Backend", "1"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"--json", "sequence", "show", "Backend"}));
        steps = r.json().value(s("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(s("kind")).toString(), s("call"));
        QCOMPARE(steps.at(0).toObject().value(s("position")).toInt(), 1);
    }

    void previewNamesMissingPlaceholders()
    {
        CliHarness h;
        prepare(h);
        const QString body = h.writeFile(s("body.txt"), "About {job_title} at {company}");
        CliRun r = h.run(QStringList{s("sequence"), s("add-step"), s("Backend"), s("--kind"), s("autoEmail"),
                                     s("--subject"), s("Hi"), s("--body-file"), body});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"--json", "sequence", "preview", "Backend", "2"}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("missing")).toArray(), QJsonArray{s("{job_title}")});
    }

    void enrollRefusesDoNotContactAndNeedsYesForWarnings()
    {
        CliHarness h;
        prepare(h);
        CliRun r = h.run(args({"sequence", "add-step", "Backend", "--kind", "call"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"dnc", "add", "--email", "JANE@example.com", "--reason", "asked us"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));

        // bob was called yesterday: a warning that needs --yes; jane is refused whatever happens.
        r = h.run(QStringList{s("log-activity"), s("2"), s("--kind"), s("call"), s("--at"),
                              QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"sequence", "enroll", "Backend", "--all"}));
        expectError(r, 6, {s("--yes")});
        QVERIFY2(r.out.contains(s("contacted recently")) && r.out.contains(s("do-not-contact")), qPrintable(r.dump()));
        {
            auto ws = sd::Workspace::open(h.workspace());
            QVERIFY(ws.ok());
            sd::SequenceRepository seq(*ws.value());
            QVERIFY(!seq.enrollment(1, 1)->has_value());
            QVERIFY(!seq.enrollment(1, 2)->has_value());
        }
        // --recent-days 0 switches that check off: bob goes in without --yes, jane stays out.
        r = h.run(args({"--json", "sequence", "enroll", "Backend", "1", "2", "--recent-days", "0"}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("enrolled")).toInt(), 1);
        QCOMPARE(r.json().value(s("refused")).toArray(), QJsonArray{1});
        r = h.run(args({"sequence", "unenroll", "Backend", "2"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));

        r = h.run(args({"--json", "sequence", "enroll", "Backend", "--all", "--yes"}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("enrolled")).toInt(), 1);
        QCOMPARE(r.json().value(s("refused")).toArray(), QJsonArray{1});
        auto ws = sd::Workspace::open(h.workspace());
        QVERIFY(ws.ok());
        sd::SequenceRepository seq(*ws.value());
        QVERIFY(!seq.enrollment(1, 1)->has_value());
        QVERIFY(seq.enrollment(1, 2)->has_value());

        // Only jane, who is refused: nothing enrolled, a conflict.
        expectError(h.run(args({"sequence", "enroll", "Backend", "1"})), 6, {s("1")});
        expectError(h.run(args({"sequence", "enroll", "Backend", "99"})), 3, {s("add-to-campaign")});
        expectError(h.run(args({"sequence", "enroll", "Backend"})), 2, {s("--all")});
    }

    void doNotContactList()
    {
        CliHarness h;
        prepare(h);
        CliRun r = h.run(args({"--json", "dnc", "add", "--domain", "@Example.ORG", "--reason", "client"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const qint64 id = r.json().value(s("entry")).toObject().value(s("id")).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(r.json().value(s("entry")).toObject().value(s("value")).toString(), s("example.org"));
        expectError(h.run(args({"dnc", "add", "--domain", "example.org"})), 6, {s("--domain")});
        expectError(h.run(args({"dnc", "add", "--email", "not-an-email"})), 2, {s("--email")});
        expectError(h.run(args({"dnc", "add", "--email", "a@b.example", "--domain", "b.example"})), 2, {});
        r = h.run(args({"dnc", "add", "--email", "x@y.example"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));

        r = h.run(args({"--json", "dnc", "list"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QJsonArray entries = r.json().value(s("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(s("kind")).toString(), s("email")); // emails first
        QCOMPARE(entries.at(1).toObject().value(s("addedBy")).toString(), s("tester"));

        r = h.run(QStringList{s("dnc"), s("remove"), QString::number(id)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        expectError(h.run(QStringList{s("dnc"), s("remove"), QString::number(id)}), 3, {s("ID")});
        r = h.run(args({"--json", "dnc", "list"}));
        QCOMPARE(r.json().value(s("entries")).toArray().size(), 1);
    }

    void tasksDoneLogsTheActivity()
    {
        CliHarness h;
        prepare(h);
        CliRun r = h.run(args({"sequence", "add-step", "Backend", "--kind", "call"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"sequence", "add-step", "Backend", "--kind", "task", "--subject", "Send the brochure"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        qint64 taskId = 0;
        qint64 otherId = 0;
        {
            auto ws = sd::Workspace::open(h.workspace());
            QVERIFY(ws.ok());
            sd::SequenceRepository seq(*ws.value());
            auto enrolled = seq.enroll(1, {1}, QDateTime::currentDateTimeUtc());
            QVERIFY(enrolled.ok());
            sd::TaskRepository tasks(*ws.value());
            sd::OutreachTask t;
            t.campaignId = 1;
            t.candidateId = 1;
            t.stepPosition = 0;
            t.kind = sd::StepKind::Call;
            t.owner = s("tester");
            t.title = s("Call jane");
            t.dueAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
            auto id = tasks.create(t);
            QVERIFY(id.ok() && *id > 0);
            taskId = *id;
            sd::OutreachTask other = t;
            other.candidateId = 2;
            other.owner = s("someone");
            other.title = s("Call bob");
            auto id2 = tasks.create(other);
            QVERIFY(id2.ok() && *id2 > 0);
            otherId = *id2;
        }
        r = h.run(args({"--json", "tasks"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QJsonArray listed = r.json().value(s("tasks")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.at(0).toObject().value(s("id")).toInteger(), taskId);
        r = h.run(args({"--json", "tasks", "list", "--all-owners"}));
        QCOMPARE(r.json().value(s("tasks")).toArray().size(), 2);

        expectError(h.run(QStringList{s("tasks"), s("done"), QString::number(taskId), s("--outcome"), s("sent")}), 2,
                    {s("--outcome"), s("voicemail")});
        r = h.run(QStringList{s("--json"), s("tasks"), s("done"), QString::number(taskId), s("--outcome"), s("Connected"),
                              s("--note"), s("Wants a remote role")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY(r.json().value(s("task")).toObject().value(s("activityId")).toInteger() > 0);
        expectError(h.run(QStringList{s("tasks"), s("done"), QString::number(taskId)}), 6, {});
        expectError(h.run(args({"tasks", "done", "999"})), 3, {s("ID")});

        r = h.run(args({"--json", "candidates", "show", "1"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        bool logged = false;
        for (const QJsonValue &a : r.json().value(s("activities")).toArray()) {
            const QJsonObject o = a.toObject();
            if (o.value(s("kind")).toString() == s("call") && o.value(s("body")).toString().contains(s("Wants a remote role")))
                logged = true;
        }
        QVERIFY2(logged, qPrintable(r.out));
        {
            auto ws = sd::Workspace::open(h.workspace());
            auto e = sd::SequenceRepository(*ws.value()).enrollment(1, 1);
            QVERIFY(e.ok() && e->has_value());
            QCOMPARE((*e)->currentStep, 1); // moved on to the task step
        }

        // skip logs nothing.
        r = h.run(QStringList{s("tasks"), s("skip"), QString::number(otherId)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"--json", "candidates", "show", "2"}));
        for (const QJsonValue &a : r.json().value(s("activities")).toArray())
            QVERIFY(a.toObject().value(s("kind")).toString() != s("call"));
    }

    void outreachQueueListingAndDecisions()
    {
        CliHarness h;
        prepare(h);
        qint64 queuedId = 0, failedId = 0, uncertainId = 0;
        {
            auto ws = sd::Workspace::open(h.workspace());
            QVERIFY(ws.ok());
            sd::OutreachQueue queue(*ws.value());
            for (int step = 0; step < 3; ++step) {
                sd::QueuedEmail e;
                e.campaignId = 1;
                e.candidateId = 1;
                e.stepPosition = step;
                e.mailbox = s("ana@agency.example");
                e.toAddress = s("jane@example.com");
                e.subject = s("Step %1").arg(step + 1);
                e.body = s("Hello");
                e.messageId = s("m%1@agency.example").arg(step);
                e.notBefore = QDateTime::currentDateTimeUtc();
                auto id = queue.enqueue(e);
                QVERIFY2(id.ok() && *id > 0, id.ok() ? "duplicate" : qPrintable(id.error().toString()));
                (step == 0 ? failedId : step == 1 ? uncertainId : queuedId) = *id;
            }
            // Only a claimed ("sending") email fails or turns uncertain; claims go oldest first.
            for (qint64 expected : {failedId, uncertainId}) {
                auto claimed = queue.claimNext(s("ana@agency.example"), QDateTime::currentDateTimeUtc().addSecs(60));
                QVERIFY(claimed.ok() && claimed->has_value());
                QCOMPARE((*claimed)->id, expected);
            }
            QVERIFY(!queue.markFailed(failedId, s("550 mailbox unavailable")));
            QVERIFY(!queue.markUncertain(uncertainId, s("connection lost after DATA")));
        }
        CliRun r = h.run(args({"--json", "outreach", "queue"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QJsonArray emails = r.json().value(s("emails")).toArray();
        QCOMPARE(emails.size(), 3);
        QCOMPARE(emails.at(0).toObject().value(s("id")).toInteger(), queuedId); // newest first
        r = h.run(args({"--json", "outreach", "queue", "--state", "failed,uncertain", "--limit", "1"}));
        QCOMPARE(r.json().value(s("emails")).toArray().size(), 1);
        r = h.run(args({"--json", "outreach", "queue", "--state", "failed"}));
        emails = r.json().value(s("emails")).toArray();
        QCOMPARE(emails.size(), 1);
        QCOMPARE(emails.at(0).toObject().value(s("lastError")).toString(), s("550 mailbox unavailable"));
        r = h.run(args({"outreach", "queue"}));
        QVERIFY2(r.exitCode == 0 && r.out.contains(s("jane@example.com")), qPrintable(r.dump()));

        expectError(h.run(QStringList{s("outreach"), s("resend"), QString::number(queuedId)}), 6, {s("queued")});
        expectError(h.run(args({"outreach", "give-up", "999"})), 3, {s("ID")});
        r = h.run(QStringList{s("--json"), s("outreach"), s("resend"), QString::number(failedId)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("email")).toObject().value(s("state")).toString(), s("queued"));
        r = h.run(QStringList{s("--json"), s("outreach"), s("give-up"), QString::number(uncertainId)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("email")).toObject().value(s("state")).toString(), s("cancelled"));
        r = h.run(args({"--json", "outreach", "queue", "--state", "queued"}));
        QCOMPARE(r.json().value(s("emails")).toArray().size(), 2);
    }

    void outreachRunWithoutMailboxesDoesARound()
    {
        CliHarness h;
        prepare(h);
        // No mailbox: nothing to read or send, and no server is contacted. One JSON object per round.
        CliRun r = h.run(args({"--json", "outreach", "run", "--once"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QCOMPARE(r.json().value(s("round")).toInt(), 1);
        QCOMPARE(r.json().value(s("sent")).toInt(), 0);
        QVERIFY(r.json().value(s("mailboxes")).toArray().isEmpty());
        // --secret-env applies to your own mailbox, which does not exist.
        h.environment().variable = [](const QString &) { return s("x"); };
        expectError(h.run(args({"outreach", "run", "--secret-env", "X"})), 3, {s("mailbox set")});

        // A mailbox without a secret: no server is tried, the round reports it and the exit is 1.
        r = h.run(args({"mailbox", "set", "--address", "ana@agency.example", "--name", "Ana", "--smtp-host",
                        "smtp.agency.example", "--imap-host", "imap.agency.example"}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        r = h.run(args({"--json", "outreach", "run"}));
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        const QJsonArray rounds = r.json().value(s("mailboxes")).toArray();
        QCOMPARE(rounds.size(), 1);
        QVERIFY(rounds.at(0).toObject().value(s("error")).toString().contains(s("ana@agency.example")));
        QCOMPARE(r.json().value(s("errors")).toInt(), 1);
        QCOMPARE(r.errorJson().value(s("code")).toString(), s("mailbox"));
    }

    void helpListsTheOutreachCommands()
    {
        CliHarness h;
        const CliRun r = h.runRaw(args({"--help"}));
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"mailbox set", "sequence enroll", "outreach run", "dnc add", "tasks done"})
            QVERIFY2(r.out.contains(s(word)), word);
        for (const char *group : {"mailbox", "sequence", "outreach", "dnc", "tasks"}) {
            const CliRun g = h.runRaw(QStringList{s(group), s("--help")});
            QVERIFY2(g.exitCode == 0 && g.out.startsWith(s("Usage: sourcedesk-cli ")), qPrintable(g.dump()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliOutreach)
#include "tst_cli_outreach.moc"
