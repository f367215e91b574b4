#pragma once

#include "CandidateRepository.h"
#include "SqlDialect.h"
#include "Types.h"
#include "Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

namespace sd::test {

// The tables the fixture fills; every one must hold rows in the source, so a comparison that
// passes has compared something.
inline QStringList filledTables()
{
    return {QStringLiteral("activities"), QStringLiteral("activity_daily"), QStringLiteral("campaign_members"),
            QStringLiteral("campaign_sr_jobs"), QStringLiteral("campaigns"), QStringLiteral("candidate_attachments"),
            QStringLiteral("candidate_field_changes"), QStringLiteral("candidate_field_sources"),
            QStringLiteral("candidate_keys"), QStringLiteral("candidates"), QStringLiteral("do_not_contact"),
            QStringLiteral("enrollments"), QStringLiteral("mailboxes"), QStringLiteral("member_milestones"),
            QStringLiteral("member_status_history"), QStringLiteral("outreach_emails"),
            QStringLiteral("outreach_tasks"), QStringLiteral("sequence_steps"), QStringLiteral("sequences"),
            QStringLiteral("sr_applications"), QStringLiteral("sr_candidate_links"), QStringLiteral("sr_outbox"),
            QStringLiteral("sr_review_queue"), QStringLiteral("sr_stages"), QStringLiteral("sync_runs"),
            QStringLiteral("sync_settings"), QStringLiteral("workspace_settings")};
}

inline bool execAll(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &s : statements) {
        QSqlQuery q(db);
        if (!q.exec(s)) {
            qWarning("fixture statement failed: %s\n  %s", qPrintable(q.lastError().text()), qPrintable(s));
            return false;
        }
    }
    return true;
}

// A local workspace with something in every table: unicode, quotes, backslashes, line breaks,
// empty and NULL values, binary attachments (NUL bytes, all 256 byte values, an empty one).
inline bool fillWorkspace(Workspace &ws)
{
    CandidateRepository candidates(ws);
    QList<Candidate> people;
    auto add = [&](Candidate c) {
        if (Status s = candidates.insert(c, QStringLiteral("zoë")))
            qWarning("insert failed: %s", qPrintable(s->toString()));
        people << c;
        return c.id;
    };
    Candidate a;
    a.firstName = QStringLiteral("Zoë");
    a.lastName = QStringLiteral("Ångström-Łukasiewicz");
    a.emails = {QStringLiteral("zoe@example.com"), QStringLiteral("z.a@example.org")};
    a.phones = {QStringLiteral("+33 1 23 45 67 89")};
    a.company = QStringLiteral("Café Ünïcode 王");
    a.title = QStringLiteral("Ingénieure 🚀");
    a.city = QStringLiteral("Zürich");
    a.countryCode = QStringLiteral("CH");
    a.tags = {QStringLiteral("rust"), QStringLiteral("c++")};
    a.customFields = {{QStringLiteral("note"), QStringLiteral("a \"quoted\" value")}};
    a.notes = QStringLiteral("line one\nline two\ttabbed\\backslash 'single'");
    a.consent = ConsentState::Granted;
    a.consentDate = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
    const qint64 zoe = add(a);
    Candidate b; // almost everything empty
    b.firstName = QStringLiteral("X");
    const qint64 empty = add(b);
    Candidate c;
    c.firstName = QStringLiteral("Seán");
    c.lastName = QStringLiteral("O'Brien");
    c.emails = {QStringLiteral("sean@obrien.ie")};
    c.company = QStringLiteral("Back\\slash & Co");
    c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/sean-obrien");
    const qint64 sean = add(c);
    if (zoe <= 0 || empty <= 0 || sean <= 0)
        return false;
    if (ws.setSetting(QStringLiteral("team.name"), QStringLiteral("Équipe ☃")))
        return false;

    const QString z = QString::number(zoe), e = QString::number(empty), s = QString::number(sean);
    QByteArray all(256, 0);
    for (int i = 0; i < 256; ++i)
        all[i] = char(i);
    const QString blob = QString::fromLatin1(all.toHex());
    return execAll(ws.connection(), {
        QStringLiteral("INSERT INTO campaigns(id, name, description, owner, archived, created_at, updated_at, is_sample) "
                       "VALUES (7, 'Backend Zürich', 'Rôle \"senior\"', 'zoë', 0, 1700000000000, 1700000000001, 0), "
                       "(9, 'archived one', '', '', 1, 1600000000000, 1600000000000, 1)"),
        QStringLiteral("INSERT INTO campaign_members(campaign_id, candidate_id, status, added_at, status_changed_at, "
                       "last_activity_at) VALUES (7, %1, 2, 1700000001000, 1700000002000, 1700000003000), "
                       "(7, %2, 0, 1700000001000, 1700000001000, NULL), (9, %3, 3, 1600000001000, 1600000002000, NULL)")
            .arg(z, e, s),
        QStringLiteral("INSERT INTO member_status_history(campaign_id, candidate_id, status, changed_at, changed_by) "
                       "VALUES (7, %1, 1, 1700000001500, 'zoë'), (7, %1, 2, 1700000002000, 'sync'), "
                       "(9, %2, 3, 1600000002000, '')").arg(z, s),
        QStringLiteral("INSERT INTO activities(candidate_id, campaign_id, kind, subject, body, occurred_at, author) "
                       "VALUES (%1, 7, 0, 'Hello 👋', 'Body\nwith lines', 1700000001600, 'zoë'), "
                       "(%1, 7, 1, 'Re: Hello', '', 1700000003000, 'zoë'), (%2, NULL, 7, '', 'a note', 1700000004000, '')")
            .arg(z, e),
        QStringLiteral("INSERT INTO candidate_field_changes(candidate_id, field, old_value, new_value, changed_by, "
                       "changed_at) VALUES (%1, 'title', '', 'Ingénieure 🚀', 'zoë', 1700000000500)").arg(z),
        QStringLiteral("INSERT INTO sync_settings(layer, scope_id, key, value, locked, updated_at, updated_by) "
                       "VALUES (1, '', 'sync.create.trigger', 'interested', 1, 1, 'admin'), "
                       "(3, '7', 'sync.tags', '[\"a\",\"b\"]', 0, 2, '')"),
        QStringLiteral("INSERT INTO sr_candidate_links(candidate_id, sr_candidate_id, origin, linked_at, remote_tags) "
                       "VALUES (%1, 'sr-123', 'created', 1700000005000, 'x\ny')").arg(z),
        QStringLiteral("INSERT INTO campaign_sr_jobs(campaign_id, sr_job_id, job_title, linked_at, linked_by) "
                       "VALUES (7, 'job-1', 'Backend Engineer', 1700000000000, 'zoë')"),
        QStringLiteral("INSERT INTO sr_outbox(candidate_id, campaign_id, kind, priority, payload, state, attempts, "
                       "not_before, correlation_id, error_code, error_message, user_action, result, created_by, "
                       "created_at, updated_at, done_at) VALUES "
                       "(%1, 7, 'create', 0, '{\"a\":\"é\"}', 2, 1, 0, 'corr-1', '', '', '', '{}', 'zoë', 1, 2, 3), "
                       "(%1, NULL, 'note', 1, '{}', 4, 5, 99, 'corr-2', 'HTTP_400', 'refused: \"bad\"', 'fix it', '', "
                       "'', 4, 5, NULL)").arg(z),
        QStringLiteral("INSERT INTO sr_review_queue(candidate_id, sr_candidate_id, evidence, created_at, resolved_at, "
                       "resolution) VALUES (%1, 'sr-999', '{\"email\":true}', 10, NULL, '')").arg(s),
        QStringLiteral("INSERT INTO candidate_field_sources(candidate_id, field, source, at) "
                       "VALUES (%1, 'title', 'manual', 11), (%1, 'company', 'import', 12)").arg(z),
        QStringLiteral("INSERT INTO candidate_attachments(candidate_id, file_name, content_type, kind, data, "
                       "sr_attachment_id, added_at, added_by) VALUES "
                       "(%1, 'cv-zoë.pdf', 'application/pdf', 'RESUME', X'%2', 'att-1', 13, 'zoë'), "
                       "(%1, 'empty.bin', 'application/octet-stream', 'OTHER', X'', '', 14, ''), "
                       "(%3, 'nul.bin', 'application/octet-stream', 'OTHER', X'00000100ff', '', 15, '')")
            .arg(z, blob, s),
        QStringLiteral("INSERT INTO sr_stages(stage_id, process_id, process_name, status, sub_status, label, "
                       "member_status, flagged, seen_at) VALUES ('st-1', 'p-1', 'Hiring', 'IN_REVIEW', '', "
                       "'In review', 2, '', 16), ('st-2', 'p-1', 'Hiring', 'OFFERED', 'x', 'Offered', NULL, 'gone', 17)"),
        QStringLiteral("INSERT INTO sr_applications(candidate_id, sr_job_id, status, sub_status, remote_updated_on, "
                       "pulled_at) VALUES (%1, 'job-1', 'IN_REVIEW', '', '2024-01-01T00:00:00Z', 18)").arg(z),
        QStringLiteral("INSERT INTO sync_runs(kind, started_at, finished_at, ok, summary) VALUES "
                       "('stages', 19, 20, 1, 'ok'), ('reconcile', 21, NULL, 0, '')"),
        QStringLiteral("INSERT INTO sequences(id, campaign_id, name, sender_name, time_zone_mode, recruiter_time_zone, "
                       "created_at, updated_at) VALUES (3, 7, 'Séquence', 'Zoë', 'recruiter', 'Europe/Zurich', 22, 23)"),
        QStringLiteral("INSERT INTO sequence_steps(sequence_id, position, kind, delay_business_days, window_days, "
                       "window_start_minute, window_end_minute, subject, body) VALUES "
                       "(3, 0, 'autoEmail', 0, 31, 540, 1020, 'Hi {{firstName}}', 'Body ✉'), "
                       "(3, 1, 'call', 2, 127, 0, 1439, '', '')"),
        QStringLiteral("INSERT INTO enrollments(campaign_id, candidate_id, current_step, state, next_due_at, "
                       "enrolled_at, stopped_reason) VALUES (7, %1, 1, 'active', 24, 25, ''), "
                       "(7, %2, 0, 'stopped', NULL, 26, 'left')").arg(z, e),
        QStringLiteral("INSERT INTO do_not_contact(kind, value, reason, added_by, added_at) VALUES "
                       "('email', 'no@example.com', 'asked', 'zoë', 27), ('domain', 'competitor.example', '', '', 28)"),
        QStringLiteral("INSERT INTO mailboxes(address, owner, display_name, settings, daily_limit, hourly_limit, "
                       "min_spacing_seconds, uid_validity, last_uid, polled_at, last_error, updated_at) VALUES "
                       "('Zoe@Example.com', 'zoë', 'Zoë Å', '{\"smtp\":\"smtp.example.com\"}', 200, 40, 60, 4242, 77, "
                       "29, '', 30)"),
        QStringLiteral("INSERT INTO outreach_emails(campaign_id, candidate_id, step_position, mailbox, to_address, "
                       "subject, body, message_id, in_reply_to, refs, state, attempts, last_error, not_before, "
                       "queued_at, sent_at) VALUES (7, %1, 0, 'Zoe@Example.com', 'zoe@example.com', 'Hi Zoë', "
                       "'Body ✉', '<m1@example.com>', '', '', 'sent', 1, '', 31, 32, 33)").arg(z),
        QStringLiteral("INSERT INTO outreach_tasks(campaign_id, candidate_id, step_position, kind, owner, title, "
                       "due_at, state, outcome, note, done_at, activity_id) VALUES "
                       "(7, %1, 1, 'call', 'zoë', 'Call Zoë', 34, 'open', '', '', NULL, NULL)").arg(z),
    });
}

// One row as text, the same for both backends: a value's kind does not depend on the driver
// (an integer is digits, a blob is hex, NULL is NULL), so a difference is a difference in data.
inline QString canonicalRow(const QSqlQuery &q, int columns)
{
    QStringList parts;
    for (int i = 0; i < columns; ++i) {
        if (q.isNull(i)) {
            parts << QStringLiteral("NULL");
            continue;
        }
        const QVariant v = q.value(i);
        if (v.typeId() == QMetaType::QByteArray)
            parts << QStringLiteral("x'%1'").arg(QString::fromLatin1(v.toByteArray().toHex()));
        else
            parts << QLatin1Char('[') + v.toString() + QLatin1Char(']');
    }
    return parts.join(QLatin1Char('|'));
}

inline QStringList tableColumns(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (sql::isPostgres(db)) {
        q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                 "current_schema() AND table_name = ? ORDER BY column_name"));
    } else {
        q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY name"));
    }
    q.addBindValue(table);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Every row of `table`, sorted as text (the backends sort text differently).
inline QStringList tableRows(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns << QLatin1Char('"') + c + QLatin1Char('"');
    if (!q.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quotedColumns.join(QStringLiteral(", ")), table)))
        qWarning("reading %s: %s", qPrintable(table), qPrintable(q.lastError().text()));
    QStringList rows;
    while (q.next())
        rows << canonicalRow(q, int(columns.size()));
    rows.sort();
    return rows;
}

} // namespace sd::test
