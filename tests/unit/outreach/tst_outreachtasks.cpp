// Manual-step tasks (one per step, the recruiter's list with display fields, finish once) and
// mailboxes (settings without secrets, case-insensitive addresses, the IMAP cursor).
#include "CandidateRepository.h"
#include "MailboxRepository.h"
#include "OutreachStorageSetup.h"
#include "TaskRepository.h"
#include "TempWorkspace.h"

#include <QJsonArray>
#include <QTest>

using namespace sd;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

MailboxRecord mailbox(const QString &address, const QString &owner)
{
    MailboxRecord m;
    m.address = address;
    m.owner = owner;
    m.displayName = QStringLiteral("Ada at Agency");
    m.settings = QJsonObject{{QStringLiteral("smtpHost"), QStringLiteral("smtp.agency.example")},
                             {QStringLiteral("smtpPort"), 587},
                             {QStringLiteral("user"), address}};
    return m;
}

} // namespace

class TestOutreachTasks : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempWorkspace> m_t;
    qint64 m_campaign = 0;
    qint64 m_ada = 0;
    qint64 m_anon = 0;

    OutreachTask task(qint64 candidate, int step, const QDateTime &due, const QString &owner = QStringLiteral("ada"))
    {
        OutreachTask t;
        t.campaignId = m_campaign;
        t.candidateId = candidate;
        t.stepPosition = step;
        t.kind = StepKind::Call;
        t.owner = owner;
        t.title = QStringLiteral("Call");
        t.dueAt = due;
        return t;
    }

private slots:
    void init()
    {
        QVERIFY(outreachstorage::freshCampaign(m_t, m_campaign));
        CandidateRepository candidates(m_t->ws());
        Candidate ada = test::person(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@x.org"));
        ada.phones = {QStringLiteral("+44 1"), QStringLiteral("+44 2")};
        ada.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/ada");
        QVERIFY(!candidates.insert(ada, QStringLiteral("test")));
        m_ada = ada.id;
        Candidate anon = test::person(QString(), QString(), QStringLiteral("anon@x.org"));
        QVERIFY(!candidates.insert(anon, QStringLiteral("test")));
        m_anon = anon.id;
    }

    void oneTaskPerStepWithDisplayFields()
    {
        TaskRepository repo(m_t->ws());
        OutreachTask t = task(m_ada, 1, kT0);
        t.kind = StepKind::LinkedinConnect;
        const qint64 id = repo.create(t).value();
        QVERIFY(id > 0);
        QCOMPARE(t.id, id);
        OutreachTask again = task(m_ada, 1, kT0.addDays(3));
        QCOMPARE(repo.create(again).value(), 0);

        const OutreachTask stored = repo.get(id).value();
        QCOMPARE(stored.kind, StepKind::LinkedinConnect);
        QCOMPARE(stored.state, TaskState::Open);
        QCOMPARE(stored.dueAt, kT0);
        QCOMPARE(stored.candidateName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(stored.phone, QStringLiteral("+44 1"));
        QCOMPARE(stored.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/ada"));
        QCOMPARE(stored.campaignName, QStringLiteral("Rust engineers"));
        QCOMPARE(repo.forStep(m_campaign, m_ada, 1).value()->id, id);
        QVERIFY(!repo.forStep(m_campaign, m_ada, 2).value().has_value());
        QCOMPARE(repo.get(999).error().code, Error::Code::NotFound);

        OutreachTask bad = task(m_ada, 2, QDateTime());
        QCOMPARE(repo.create(bad).error().code, Error::Code::InvalidArgument);
        bad = task(m_ada, 2, kT0, QString());
        QCOMPARE(repo.create(bad).error().code, Error::Code::InvalidArgument);
    }

    void openListsDueTasksOverdueFirst()
    {
        TaskRepository repo(m_t->ws());
        OutreachTask later = task(m_ada, 2, kT0.addDays(1));
        OutreachTask overdue = task(m_anon, 0, kT0.addDays(-2));
        OutreachTask now = task(m_ada, 0, kT0);
        OutreachTask future = task(m_ada, 5, kT0.addDays(30));
        OutreachTask grace = task(m_anon, 1, kT0.addDays(-1), QStringLiteral("grace"));
        for (OutreachTask *t : {&later, &overdue, &now, &future, &grace})
            QVERIFY(repo.create(*t).value() > 0);

        auto ids = [](const QList<OutreachTask> &list) {
            QList<qint64> out;
            for (const OutreachTask &t : list)
                out << t.id;
            return out;
        };
        QCOMPARE(ids(repo.open(QStringLiteral("ada"), kT0.addDays(1), 100).value()),
                 (QList<qint64>{overdue.id, now.id, later.id}));
        QCOMPARE(ids(repo.open(QString(), kT0, 100).value()), (QList<qint64>{overdue.id, grace.id, now.id}));
        QCOMPARE(ids(repo.open(QString(), kT0, 2).value()), (QList<qint64>{overdue.id, grace.id}));
        // No name: the email stands for it.
        QCOMPARE(repo.get(overdue.id).value().candidateName, QStringLiteral("anon@x.org"));
        QCOMPARE(repo.get(overdue.id).value().phone, QString());

        QVERIFY(!repo.finish(now.id, TaskState::Done, QStringLiteral("connected"), QStringLiteral("nice chat"), 0,
                             kT0.addSecs(60)));
        QCOMPARE(ids(repo.open(QStringLiteral("ada"), kT0.addDays(1), 100).value()),
                 (QList<qint64>{overdue.id, later.id}));
    }

    void finishingTwiceIsAConflict()
    {
        TaskRepository repo(m_t->ws());
        OutreachTask t = task(m_ada, 0, kT0);
        QVERIFY(repo.create(t).value() > 0);
        QCOMPARE(repo.finish(t.id, TaskState::Open, {}, {}, 0, kT0)->code, Error::Code::InvalidArgument);
        QVERIFY(!repo.finish(t.id, TaskState::Done, QStringLiteral("no answer"), QString(), 0, kT0.addSecs(5)));
        const OutreachTask done = repo.get(t.id).value();
        QCOMPARE(done.state, TaskState::Done);
        QCOMPARE(done.outcome, QStringLiteral("no answer"));
        QCOMPARE(done.doneAt, kT0.addSecs(5));
        QCOMPARE(done.activityId, 0);
        QCOMPARE(repo.finish(t.id, TaskState::Skipped, {}, {}, 0, kT0)->code, Error::Code::Conflict);
        QCOMPARE(repo.get(t.id).value().state, TaskState::Done);
        QCOMPARE(repo.finish(777, TaskState::Done, {}, {}, 0, kT0)->code, Error::Code::NotFound);
    }

    void skipOpenEndsTheMembersOpenTasks()
    {
        TaskRepository repo(m_t->ws());
        OutreachTask a = task(m_ada, 0, kT0);
        OutreachTask b = task(m_ada, 1, kT0.addDays(2));
        OutreachTask c = task(m_ada, 2, kT0.addDays(4));
        OutreachTask other = task(m_anon, 0, kT0);
        for (OutreachTask *t : {&a, &b, &c, &other})
            QVERIFY(repo.create(*t).value() > 0);
        QVERIFY(!repo.finish(a.id, TaskState::Done, {}, {}, 0, kT0));
        QCOMPARE(repo.skipOpen(m_campaign, m_ada, QStringLiteral("replied")).value(), 2);
        QCOMPARE(repo.get(b.id).value().state, TaskState::Skipped);
        QCOMPARE(repo.get(c.id).value().note, QStringLiteral("replied"));
        QCOMPARE(repo.get(a.id).value().state, TaskState::Done);
        QCOMPARE(repo.get(other.id).value().state, TaskState::Open);
        QCOMPARE(repo.skipOpen(m_campaign, m_ada, QStringLiteral("again")).value(), 0);
    }

    void mailboxesAreFoundCaseInsensitively()
    {
        MailboxRepository repo(m_t->ws());
        MailboxRecord m = mailbox(QStringLiteral("Ada@Agency.example"), QStringLiteral("ada"));
        m.dailyLimit = 150;
        QVERIFY(!repo.save(m));
        const auto got = repo.get(QStringLiteral("ada@agency.EXAMPLE")).value();
        QVERIFY(got.has_value());
        QCOMPARE(got->address, QStringLiteral("Ada@Agency.example"));
        QCOMPARE(got->dailyLimit, 150);
        QCOMPARE(got->hourlyLimit, 40);
        QCOMPARE(got->settings.value(QStringLiteral("smtpPort")).toInt(), 587);
        QVERIFY(got->updatedAt.isValid());
        QCOMPARE(repo.forOwner(QStringLiteral("ada")).value()->address, QStringLiteral("Ada@Agency.example"));
        QVERIFY(!repo.forOwner(QStringLiteral("grace")).value().has_value());

        // Saving under another spelling updates the one mailbox and keeps its cursor.
        QVERIFY(!repo.setCursor(QStringLiteral("ada@agency.example"), 7, 120));
        MailboxRecord again = mailbox(QStringLiteral("ADA@agency.example"), QStringLiteral("ada"));
        again.hourlyLimit = 0;
        QVERIFY(!repo.save(again));
        const QList<MailboxRecord> all = repo.all().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().hourlyLimit, 0);
        QCOMPARE(all.constFirst().uidValidity, 7);
        QCOMPARE(all.constFirst().lastUid, 120);

        QVERIFY(!repo.setPollResult(QStringLiteral("ada@agency.example"), kT0, QStringLiteral("timeout")));
        QCOMPARE(repo.get(QStringLiteral("ada@agency.example")).value()->lastError, QStringLiteral("timeout"));
        QCOMPARE(repo.get(QStringLiteral("ada@agency.example")).value()->polledAt, kT0);
        QCOMPARE(repo.setPollResult(QStringLiteral("nobody@x.org"), kT0, {})->code, Error::Code::NotFound);

        QCOMPARE(repo.save(mailbox(QStringLiteral("not an address"), QStringLiteral("ada")))->code,
                 Error::Code::InvalidArgument);
        QCOMPARE(repo.save(mailbox(QStringLiteral("b@x.org"), QString()))->code, Error::Code::InvalidArgument);
        QVERIFY(!repo.remove(QStringLiteral("ada@AGENCY.example")));
        QVERIFY(repo.all().value().isEmpty());
        QCOMPARE(repo.remove(QStringLiteral("ada@agency.example"))->code, Error::Code::NotFound);
    }

    void secretSettingsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<bool>("refused");
        QTest::newRow("password") << QJsonObject{{QStringLiteral("smtpPassword"), QStringLiteral("hunter2")}} << true;
        QTest::newRow("token") << QJsonObject{{QStringLiteral("oauth_token"), QStringLiteral("ya29")}} << true;
        QTest::newRow("secret") << QJsonObject{{QStringLiteral("Client-Secret"), QStringLiteral("s")}} << true;
        QTest::newRow("nested") << QJsonObject{{QStringLiteral("imap"), QJsonObject{{QStringLiteral("pass_word"), 1}}}}
                                << true;
        QTest::newRow("in array") << QJsonObject{{QStringLiteral("list"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("apiKey"), 1}}}}}
                                  << true;
        QTest::newRow("token url") << QJsonObject{{QStringLiteral("tokenUrl"), QStringLiteral("https://x/token")}}
                                   << false;
        QTest::newRow("plain") << QJsonObject{{QStringLiteral("authMethod"), QStringLiteral("oauth2")}} << false;
    }

    void secretSettingsAreRefused()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(bool, refused);
        MailboxRepository repo(m_t->ws());
        MailboxRecord m = mailbox(QStringLiteral("ada@agency.example"), QStringLiteral("ada"));
        m.settings = settings;
        const Status s = repo.save(m);
        QCOMPARE(s.has_value(), refused);
        if (refused) {
            QCOMPARE(s->code, Error::Code::InvalidArgument);
            QVERIFY(!s->message.contains(QStringLiteral("hunter2")));
            QVERIFY(!repo.get(m.address).value().has_value());
        } else {
            QCOMPARE(repo.get(m.address).value()->settings, settings);
        }
    }

    void aNewUidValidityResetsTheCursor()
    {
        MailboxRepository repo(m_t->ws());
        QVERIFY(!repo.save(mailbox(QStringLiteral("ada@agency.example"), QStringLiteral("ada"))));
        auto cursor = [&] {
            const MailboxRecord m = *repo.get(QStringLiteral("ada@agency.example")).value();
            return qMakePair(m.uidValidity, m.lastUid);
        };
        QCOMPARE(cursor(), qMakePair(qint64(0), qint64(0)));
        QVERIFY(!repo.setCursor(QStringLiteral("ada@agency.example"), 1000, 50));
        QCOMPARE(cursor(), qMakePair(qint64(1000), qint64(50)));
        QVERIFY(!repo.setCursor(QStringLiteral("ada@agency.example"), 1000, 40)); // stale: never backwards
        QCOMPARE(cursor(), qMakePair(qint64(1000), qint64(50)));
        QVERIFY(!repo.setCursor(QStringLiteral("ada@agency.example"), 1000, 60));
        QCOMPARE(cursor(), qMakePair(qint64(1000), qint64(60)));
        QVERIFY(!repo.setCursor(QStringLiteral("ada@agency.example"), 2000, 3)); // renumbered folder
        QCOMPARE(cursor(), qMakePair(qint64(2000), qint64(3)));
        QCOMPARE(repo.setCursor(QStringLiteral("nobody@x.org"), 1, 1)->code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestOutreachTasks)
#include "tst_outreachtasks.moc"
