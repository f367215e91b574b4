// Undo of deletes and of bulk status changes (models/UndoSnapshot, models/StatusUndo): the database
// after undo equals, row by row, the database before the action, and every table that refers to a
// candidate is covered (a new one fails here until it is).
#include "CampaignRepository.h"
#include "CandidateRepository.h"
#include "DomainEvents.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "StatusUndo.h"
#include "TempWorkspace.h"
#include "UndoSnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace sd;

namespace {

using Dump = QMap<QString, QStringList>;

QSqlDatabase db(test::TempWorkspace &t)
{
    return t.ws().connection();
}

bool run(const QSqlDatabase &db, const QString &sqlText, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    bool ok = q.prepare(sqlText);
    for (int i = 0; ok && i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    ok = ok && q.exec();
    if (!ok)
        qWarning("%s: %s", qPrintable(sqlText), qPrintable(q.lastError().text()));
    return ok;
}

// A table a later migration might add, in the words the migrations use (SQLite's), translated the
// way the migrations are for a team workspace. Not prepared: PostgreSQL prepares no DDL.
bool createTable(const QSqlDatabase &db, const QString &ddl)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql::isPostgres(db) ? sql::toPostgres(ddl) : ddl);
    if (!ok)
        qWarning("%s: %s", qPrintable(ddl), qPrintable(q.lastError().text()));
    return ok;
}

qint64 scalar(const QSqlDatabase &db, const QString &sqlText, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sqlText);
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString cell(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("blob:") + QString::fromLatin1(v.toByteArray().toHex());
    return QString::fromLatin1(v.typeName()) + u':' + v.toString();
}

// Every row of every ordinary table (SQLite's full-text index aside: its segments differ after a
// delete and re-insert; the index is checked by searching), as sorted text. PostgreSQL's search
// table is compared like any other: one document a candidate, written again on undo.
Dump dump(const QSqlDatabase &db, const QStringList &skip = {})
{
    Dump out;
    for (const QString &table : sql::tableNames(db)) {
        if (skip.contains(table))
            continue;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << cell(q.value(i));
            rows << cells.join(QStringLiteral(" | "));
        }
        rows.sort();
        out.insert(table, rows);
    }
    return out;
}

void compareDumps(const Dump &before, const Dump &after)
{
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("table %1 differs").arg(it.key())));
}

qint64 addCampaign(test::TempWorkspace &t, const QString &name)
{
    Campaign c;
    c.name = name;
    return CampaignRepository(t.ws()).create(c) ? -1 : c.id;
}

qint64 addPerson(test::TempWorkspace &t, const QString &first, const QString &last)
{
    Candidate c =
        test::person(first, last, first.toLower() + QStringLiteral("@example.org"), QStringLiteral("Acme"));
    c.tags << QStringLiteral("rust");
    return CandidateRepository(t.ws()).insert(c, QStringLiteral("me")) ? -1 : c.id;
}

// One row in every table that refers to the candidate (through a member where that is the link).
bool seedEverything(const QSqlDatabase &db, qint64 campaign, qint64 id, int n)
{
    const QString sr = QStringLiteral("sr-%1").arg(id);
    const QString corr = QStringLiteral("corr-%1").arg(id);
    const QString msg = QStringLiteral("<m%1@example.org>").arg(id);
    const QByteArray blob("\x00\x01\xffPDF", 6);
    return run(db,
               QStringLiteral("INSERT INTO candidate_field_changes(candidate_id, field, old_value, "
                              "new_value, changed_by, "
                              "changed_at) VALUES (?, 'title', 'a', 'b', 'me', ?)"),
               {id, 1000 + n}) &&
           run(db,
               QStringLiteral(
                   "INSERT INTO activities(candidate_id, campaign_id, kind, subject, occurred_at, author) "
                   "VALUES (?, ?, 1, 'hello', ?, 'me')"),
               {id, campaign, 2000 + n}) &&
           run(db,
               QStringLiteral(
                   "INSERT INTO sr_candidate_links(candidate_id, sr_candidate_id, origin, linked_at) "
                   "VALUES (?, ?, 'created', 5)"),
               {id, sr}) &&
           run(db,
               QStringLiteral(
                   "INSERT INTO sr_outbox(candidate_id, campaign_id, kind, payload, state, correlation_id, "
                   "created_at, updated_at) VALUES (?, ?, 'addNote', '{\"a\":1}', 3, ?, 6, 7)"),
               {id, campaign, corr}) &&
           run(db,
               QStringLiteral(
                   "INSERT INTO sr_review_queue(candidate_id, sr_candidate_id, evidence, created_at) "
                   "VALUES (?, ?, 'same email', 8)"),
               {id, sr + QStringLiteral("-other")}) &&
           run(db,
               QStringLiteral("INSERT INTO candidate_field_sources(candidate_id, field, source, at) "
                              "VALUES (?, 'email', 'import', 9)"),
               {id}) &&
           run(db,
               QStringLiteral("INSERT INTO candidate_attachments(candidate_id, file_name, data, added_at) "
                              "VALUES (?, 'cv.pdf', ?, 10)"),
               {id, blob}) &&
           run(db,
               QStringLiteral("INSERT INTO sr_applications(candidate_id, sr_job_id, status, pulled_at) "
                              "VALUES (?, 'job-1', 'IN_REVIEW', 11)"),
               {id}) &&
           run(db,
               QStringLiteral("INSERT INTO enrollments(campaign_id, candidate_id, current_step, next_due_at, "
                              "enrolled_at) "
                              "VALUES (?, ?, 1, 12, 13)"),
               {campaign, id}) &&
           run(db,
               QStringLiteral(
                   "INSERT INTO outreach_emails(campaign_id, candidate_id, step_position, mailbox, "
                   "to_address, "
                   "subject, body, message_id, state, not_before, queued_at) "
                   "VALUES (?, ?, 0, 'me@example.org', 'x@example.org', 's', 'b', ?, 'sent', 14, 15)"),
               {campaign, id, msg}) &&
           run(db,
               QStringLiteral("INSERT INTO outreach_tasks(campaign_id, candidate_id, step_position, kind, "
                              "owner, due_at) "
                              "VALUES (?, ?, 1, 'call', 'me', 16)"),
               {campaign, id}) &&
           run(db,
               QStringLiteral("INSERT INTO sync_settings(layer, scope_id, key, value, updated_at) "
                              "VALUES (4, ?, 'syncAs', 'x', 17)"),
               {QString::number(id)});
}

class RecordingEvents : public DomainEvents
{
public:
    QList<std::pair<QList<qint64>, MemberStatus>> statusChanges;
    Status membersAdded(qint64, const QList<qint64> &, const QString &) override { return std::nullopt; }
    Status statusChanged(qint64, const QList<qint64> &ids, MemberStatus status, const QString &) override
    {
        statusChanges.append({ids, status});
        return std::nullopt;
    }
    Status activityLogged(const Activity &, std::optional<MemberStatus>, const QString &) override
    {
        return std::nullopt;
    }
    Status candidateEdited(qint64, const QStringList &, const QString &) override { return std::nullopt; }
};

} // namespace

class TestUndoSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void everyReferenceToCandidatesIsCovered()
    {
        test::TempWorkspace t;
        auto missing = UndoSnapshot::uncovered(db(t));
        QVERIFY(missing.ok());
        QVERIFY2(missing->isEmpty(), qPrintable(missing->join(u'\n')));
        // The walk goes through members to their enrollments, and parents come first.
        const QStringList cascade = UndoSnapshot::cascadeTables(db(t), QStringLiteral("candidates")).value();
        QCOMPARE(cascade.constFirst(), QStringLiteral("candidates"));
        QVERIFY(cascade.contains(QStringLiteral("candidate_keys")));
        QVERIFY(cascade.indexOf(QStringLiteral("enrollments")) >
                cascade.indexOf(QStringLiteral("campaign_members")));
        QCOMPARE(UndoSnapshot::cascadeTables(db(t), QStringLiteral("campaign_members")).value(),
                 (QStringList{QStringLiteral("campaign_members"), QStringLiteral("enrollments")}));
    }

    void aNewTableIsCoveredOrReported()
    {
        test::TempWorkspace t;
        // A later migration's table with a cascading key: found by the walk, no code needed.
        QVERIFY(createTable(db(t), QStringLiteral("CREATE TABLE future_scores(id INTEGER PRIMARY KEY, candidate_id "
                                                  "INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE, "
                                                  "score INTEGER)")));
        QVERIFY(UndoSnapshot::uncovered(db(t))->isEmpty());
        // One without a foreign key, and one that sets null: both reported.
        QVERIFY(createTable(db(t),
                            QStringLiteral("CREATE TABLE future_loose(id INTEGER PRIMARY KEY, candidate_id INTEGER)")));
        QVERIFY(createTable(db(t), QStringLiteral("CREATE TABLE future_soft(id INTEGER PRIMARY KEY, owner INTEGER "
                                                  "REFERENCES candidates(id) ON DELETE SET NULL)")));
        const QStringList missing = UndoSnapshot::uncovered(db(t)).value();
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing.at(0).startsWith(QStringLiteral("future_loose.candidate_id")));
        QVERIFY(missing.at(1).startsWith(QStringLiteral("future_soft(owner)")));

        const qint64 id = addPerson(t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        QVERIFY(run(db(t), QStringLiteral("INSERT INTO future_scores(candidate_id, score) VALUES (?, 42)"),
                    {id}));
        UndoSnapshot undo;
        QVERIFY(!CandidateRepository(t.ws()).remove({id}, &undo));
        QCOMPARE(scalar(db(t), QStringLiteral("SELECT count(*) FROM future_scores")), 0);
        QVERIFY(!undo.restore(t.ws()));
        QCOMPARE(
            scalar(db(t), QStringLiteral("SELECT score FROM future_scores WHERE candidate_id = ?"), {id}),
            42);
    }

    void deleteThenUndoIsExact()
    {
        test::TempWorkspace t;
        const qint64 c1 = addCampaign(t, QStringLiteral("Backend"));
        const qint64 c2 = addCampaign(t, QStringLiteral("Frontend"));
        const qint64 a = addPerson(t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 b = addPerson(t, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        const qint64 keep = addPerson(t, QStringLiteral("Alan"), QStringLiteral("Turing"));
        CampaignRepository campaigns(t.ws());
        QCOMPARE(campaigns.addMembers(c1, {a, b, keep}, QStringLiteral("me")).value(), 3);
        QCOMPARE(campaigns.addMembers(c2, {a}, QStringLiteral("me")).value(), 1);
        QCOMPARE(campaigns.setStatus(c1, {a, b}, MemberStatus::Replied, QStringLiteral("me")).value(), 2);
        int n = 0;
        for (qint64 id : {a, b, keep})
            QVERIFY(seedEverything(db(t), c1, id, n++));

        const Dump before = dump(db(t));
        UndoSnapshot undo;
        QVERIFY(!CandidateRepository(t.ws()).remove({a, b}, &undo));
        QCOMPARE(undo.rootCount(), 2);
        // Every table the delete reaches held a row of theirs: the test seeds them all, so a new
        // table referring to candidates fails here until it is seeded (and so checked) too.
        const QStringList cascade = UndoSnapshot::cascadeTables(db(t), QStringLiteral("candidates")).value();
        for (const QString &table : cascade) {
            const auto it = std::find_if(undo.tables().cbegin(), undo.tables().cend(),
                                         [&](const UndoSnapshot::Table &s) { return s.name == table; });
            QVERIFY2(
                it != undo.tables().cend() && !it->rows.isEmpty(),
                qPrintable(
                    QStringLiteral("no row of %1 in the snapshot: seed one in seedEverything()").arg(table)));
        }
        QCOMPARE(scalar(db(t), QStringLiteral("SELECT count(*) FROM candidates")), 1);
        QVERIFY(dump(db(t)) != before);
        QVERIFY(CandidateRepository(t.ws()).search(QStringLiteral("lovelace"), 10)->isEmpty());

        QVERIFY(!undo.restore(t.ws()));
        compareDumps(before, dump(db(t)));
        if (QTest::currentTestFailed())
            return;
        // The full-text index has them again.
        QCOMPARE(CandidateRepository(t.ws()).search(QStringLiteral("lovelace"), 10)->size(), 1);
        QCOMPARE(CandidateRepository(t.ws()).search(QStringLiteral("grace"), 10)->constFirst().id, b);
        // And their duplicate keys: the same person is recognised again.
        auto dup = CandidateRepository(t.ws()).findDuplicate(
            test::person(QStringLiteral("Ada"), QStringLiteral("L"), QStringLiteral("ada@example.org")));
        QVERIFY(dup.ok() && dup.value());
        QCOMPARE(dup.value()->candidateId, a);
    }

    void inFlightWorkComesBackToBeVerified()
    {
        test::TempWorkspace t;
        const qint64 c = addCampaign(t, QStringLiteral("Backend"));
        const qint64 a = addPerson(t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        QCOMPARE(CampaignRepository(t.ws()).addMembers(c, {a}, QStringLiteral("me")).value(), 1);
        QVERIFY(run(
            db(t),
            QStringLiteral(
                "INSERT INTO sr_outbox(candidate_id, kind, priority, payload, state, attempts, "
                "correlation_id, created_at, updated_at, claimed_by, lease_until) "
                "VALUES (?, 'create', 0, '{}', 1, 1, 'c1', 1, 1, 'app-1', 4102444800000)"),
            {a}));
        QVERIFY(run(db(t),
                    QStringLiteral(
                        "INSERT INTO outreach_emails(campaign_id, candidate_id, step_position, mailbox, "
                        "to_address, subject, body, message_id, state, not_before, queued_at) VALUES "
                        "(?, ?, 0, 'me@example.org', 'a@example.org', 's', 'b', '<x@y>', 'sending', 1, 1)"),
                    {c, a}));
        UndoSnapshot undo;
        QVERIFY(!CandidateRepository(t.ws()).remove({a}, &undo));
        QVERIFY(!undo.restore(t.ws()));
        QSqlQuery q(db(t));
        QVERIFY(q.exec(QStringLiteral("SELECT state, payload, attempts, lease_until FROM sr_outbox")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // pending, to be checked in SmartRecruiters before a resend
        QCOMPARE(QJsonDocument::fromJson(q.value(1).toByteArray())
                     .object()
                     .value(QStringLiteral("verify"))
                     .toBool(),
                 true);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toLongLong(), 0); // no app's lease: any instance may send it, after the check
        QVERIFY(q.exec(QStringLiteral("SELECT state FROM outreach_emails")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("uncertain"));
    }

    void removeMembersThenUndoIsExact()
    {
        test::TempWorkspace t;
        const qint64 c = addCampaign(t, QStringLiteral("Backend"));
        const qint64 a = addPerson(t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 b = addPerson(t, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        const qint64 keep = addPerson(t, QStringLiteral("Alan"), QStringLiteral("Turing"));
        CampaignRepository campaigns(t.ws());
        QCOMPARE(campaigns.addMembers(c, {a, b, keep}, QStringLiteral("me")).value(), 3);
        QCOMPARE(campaigns.setStatus(c, {b}, MemberStatus::Interested, QStringLiteral("me")).value(), 1);
        for (qint64 id : {a, b, keep})
            QVERIFY(run(db(t),
                        QStringLiteral(
                            "INSERT INTO enrollments(campaign_id, candidate_id, current_step, enrolled_at) "
                            "VALUES (?, ?, 2, 3)"),
                        {c, id}));
        // The campaign's updated_at moves with every change of its members, undo included.
        const Dump before = dump(db(t), {QStringLiteral("campaigns")});
        UndoSnapshot undo;
        QCOMPARE(campaigns.removeMembers(c, {a, b}, &undo).value(), 2);
        QCOMPARE(undo.rootCount(), 2);
        QCOMPARE(campaigns.memberCount({c, std::nullopt}).value(), 1);
        QCOMPARE(scalar(db(t), QStringLiteral("SELECT count(*) FROM enrollments")), 1);
        QVERIFY(!undo.restore(t.ws()));
        compareDumps(before, dump(db(t), {QStringLiteral("campaigns")}));
    }

    void undoThatWouldCollideChangesNothing()
    {
        test::TempWorkspace t;
        const qint64 c = addCampaign(t, QStringLiteral("Backend"));
        const qint64 a = addPerson(t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 b = addPerson(t, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        CampaignRepository campaigns(t.ws());
        QCOMPARE(campaigns.addMembers(c, {a, b}, QStringLiteral("me")).value(), 2);
        UndoSnapshot undo;
        QCOMPARE(campaigns.removeMembers(c, {a, b}, &undo).value(), 2);
        QCOMPARE(campaigns.addMembers(c, {b}, QStringLiteral("me")).value(), 1); // added again meanwhile
        const Dump before = dump(db(t));
        const Status s = undo.restore(t.ws());
        QVERIFY(s);
        QCOMPARE(s->code, Error::Code::Conflict);
        compareDumps(before, dump(db(t))); // not even Ada came back: all or nothing

        // The campaign was deleted since: nothing to come back into.
        UndoSnapshot gone;
        QCOMPARE(campaigns.removeMembers(c, {b}, &gone).value(), 1);
        QVERIFY(!campaigns.remove(c));
        const Status s2 = gone.restore(t.ws());
        QVERIFY(s2);
        QCOMPARE(s2->code, Error::Code::Conflict);
        QCOMPARE(scalar(db(t), QStringLiteral("SELECT count(*) FROM campaign_members")), 0);
    }

    void statusChangeUndoGoesThroughTheNormalPath()
    {
        test::TempWorkspace t;
        auto events = std::make_shared<RecordingEvents>();
        const qint64 c = addCampaign(t, QStringLiteral("Backend"));
        const qint64 a = addPerson(t, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        const qint64 b = addPerson(t, QStringLiteral("Grace"), QStringLiteral("Hopper"));
        const qint64 d = addPerson(t, QStringLiteral("Alan"), QStringLiteral("Turing"));
        CampaignRepository campaigns(t.ws());
        QCOMPARE(campaigns.addMembers(c, {a, b, d}, QStringLiteral("me")).value(), 3);
        QCOMPARE(campaigns.setStatus(c, {b}, MemberStatus::Replied, QStringLiteral("me")).value(), 1);
        QVERIFY(run(db(t),
                    QStringLiteral("UPDATE campaign_members SET status_changed_at = 1000 + candidate_id")));
        QVERIFY(run(db(t),
                    QStringLiteral(
                        "INSERT INTO sr_outbox(candidate_id, campaign_id, kind, correlation_id, created_at, "
                        "updated_at) VALUES (?, ?, 'create', 'old', 1, 1)"),
                    {a, c}));
        t.ws().setEvents(events);

        StatusUndo undo;
        QCOMPARE(
            campaigns.setStatus(c, {a, b, d}, MemberStatus::Interested, QStringLiteral("me"), &undo).value(),
            3);
        QCOMPARE(undo.previous.size(), 3);
        // What the planner would have queued for the change: for Ada a create and a status note,
        // nothing tried yet; for Grace a tag job already tried and a status note; and for Ada a
        // note of an activity, which is not the change's.
        auto queue = [&](qint64 id, const QString &kind, int attempts, const QString &corr,
                         const QString &payload) {
            return run(db(t),
                       QStringLiteral("INSERT INTO sr_outbox(candidate_id, campaign_id, kind, payload, "
                                      "attempts, correlation_id, "
                                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 2, 2)"),
                       {id, c, kind, payload, attempts, corr});
        };
        const QString statusNote = QStringLiteral("{\"kind\":\"statusChange\",\"content\":\"x\"}");
        QVERIFY(queue(a, QStringLiteral("create"), 0, QStringLiteral("new-create"), QStringLiteral("{}")));
        QVERIFY(queue(a, QStringLiteral("addNote"), 0, QStringLiteral("a-status-note"), statusNote));
        QVERIFY(queue(a, QStringLiteral("addNote"), 0, QStringLiteral("note"),
                      QStringLiteral("{\"kind\":\"emailSent\"}")));
        QVERIFY(queue(b, QStringLiteral("setTags"), 1, QStringLiteral("tried-tags"), QStringLiteral("{}")));
        QVERIFY(queue(b, QStringLiteral("addNote"), 0, QStringLiteral("b-status-note"), statusNote));
        // Alan moves on before the undo: left as he is.
        QCOMPARE(campaigns.setStatus(c, {d}, MemberStatus::NotInterested, QStringLiteral("me")).value(), 1);
        events->statusChanges.clear();

        auto outcome = undoStatusChange(t.ws(), undo, QStringLiteral("me"));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->reverted, 2);
        QCOMPARE(outcome->skipped, 1);
        QCOMPARE(outcome->withdrawnJobs, 2);
        QCOMPARE(campaigns.member(c, a).value()->status, MemberStatus::Added);
        QCOMPARE(campaigns.member(c, b).value()->status, MemberStatus::Replied);
        QCOMPARE(campaigns.member(c, d).value()->status, MemberStatus::NotInterested);
        QCOMPARE(campaigns.member(c, a).value()->statusChangedAt.toMSecsSinceEpoch(), 1000 + a);
        QCOMPARE(campaigns.member(c, b).value()->statusChangedAt.toMSecsSinceEpoch(), 1000 + b);
        // The listener heard the way back, one change per previous status.
        QCOMPARE(events->statusChanges.size(), 2);
        QCOMPARE(events->statusChanges.at(0).second, MemberStatus::Added);
        QCOMPARE(events->statusChanges.at(0).first, QList<qint64>{a});
        QCOMPARE(events->statusChanges.at(1).second, MemberStatus::Replied);
        auto stateOf = [&](const QString &corr) {
            return scalar(db(t), QStringLiteral("SELECT state FROM sr_outbox WHERE correlation_id = ?"),
                          {corr});
        };
        // Ada: nothing of the change went out, so none of it will.
        QCOMPARE(stateOf(QStringLiteral("new-create")), 5);
        QCOMPARE(stateOf(QStringLiteral("a-status-note")), 5);
        QCOMPARE(stateOf(QStringLiteral("old")), 0);  // queued before the change: stays
        QCOMPARE(stateOf(QStringLiteral("note")), 0); // an activity's note: stays
        // Grace: something went, so all of it stays and the way back follows it.
        QCOMPARE(stateOf(QStringLiteral("tried-tags")), 0);
        QCOMPARE(stateOf(QStringLiteral("b-status-note")), 0);
        // History keeps both changes: the way there and the way back.
        const auto history = campaigns.statusHistory(c, a).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.constLast().status, MemberStatus::Added);
    }
};

QTEST_GUILESS_MAIN(TestUndoSnapshot)
#include "tst_undosnapshot.moc"
