#include "SequenceRepository.h"

#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include <QObject>
#include <QSet>
#include <QSqlError>
#include <QTimeZone>

#include <array>
#include <utility>

namespace sd {

namespace {

template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[value, name] : table)
        if (key == QLatin1StringView(name))
            return value;
    return std::nullopt;
}

template<typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

constexpr std::array<std::pair<StepKind, const char *>, 6> kStepKinds{{
    {StepKind::AutoEmail, "autoEmail"},
    {StepKind::ManualEmail, "manualEmail"},
    {StepKind::LinkedinConnect, "linkedinConnect"},
    {StepKind::LinkedinMessage, "linkedinMessage"},
    {StepKind::Call, "call"},
    {StepKind::Task, "task"},
}};
constexpr std::array<std::pair<TimeZoneMode, const char *>, 2> kZoneModes{{
    {TimeZoneMode::Candidate, "candidate"},
    {TimeZoneMode::Recruiter, "recruiter"},
}};
constexpr std::array<std::pair<EnrollmentState, const char *>, 7> kStates{{
    {EnrollmentState::Active, "active"},
    {EnrollmentState::Paused, "paused"},
    {EnrollmentState::Replied, "replied"},
    {EnrollmentState::Bounced, "bounced"},
    {EnrollmentState::Unsubscribed, "unsubscribed"},
    {EnrollmentState::Finished, "finished"},
    {EnrollmentState::Stopped, "stopped"},
}};

constexpr auto kSequenceColumns =
    "id, campaign_id, name, sender_name, time_zone_mode, recruiter_time_zone, created_at, updated_at";
constexpr auto kStepColumns = "id, sequence_id, position, kind, delay_business_days, window_days, "
                              "window_start_minute, window_end_minute, subject, body";

Sequence readSequence(const QSqlQuery &q)
{
    Sequence s;
    s.id = q.value(0).toLongLong();
    s.campaignId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.senderName = q.value(3).toString();
    s.timeZoneMode = timeZoneModeFromKey(q.value(4).toString()).value_or(TimeZoneMode::Candidate);
    s.recruiterTimeZone = q.value(5).toString();
    s.createdAt = sql::fromDb(q.value(6));
    s.updatedAt = sql::fromDb(q.value(7));
    return s;
}

SequenceStep readStep(const QSqlQuery &q)
{
    SequenceStep s;
    s.id = q.value(0).toLongLong();
    s.sequenceId = q.value(1).toLongLong();
    s.position = q.value(2).toInt();
    s.kind = stepKindFromKey(q.value(3).toString()).value_or(StepKind::Task);
    s.delayBusinessDays = q.value(4).toInt();
    s.windowDays = q.value(5).toInt();
    s.windowStartMinute = q.value(6).toInt();
    s.windowEndMinute = q.value(7).toInt();
    s.subject = q.value(8).toString();
    s.body = q.value(9).toString();
    return s;
}

Status validate(const Sequence &s)
{
    if (s.timeZoneMode == TimeZoneMode::Recruiter && !QTimeZone(s.recruiterTimeZone.toUtf8()).isValid())
        return Error(Error::Code::InvalidArgument,
                     QObject::tr("\"%1\" is not a known time zone.").arg(s.recruiterTimeZone),
                     QStringLiteral("recruiterTimeZone"));
    return std::nullopt;
}

Status validate(const SequenceStep &s)
{
    if (s.delayBusinessDays < 0 || s.delayBusinessDays > 365)
        return Error(Error::Code::InvalidArgument, QObject::tr("The delay must be between 0 and 365 business days."),
                     QStringLiteral("delayBusinessDays"));
    if (s.windowDays <= 0 || s.windowDays > 127)
        return Error(Error::Code::InvalidArgument, QObject::tr("Choose at least one day for the send window."),
                     QStringLiteral("windowDays"));
    if (s.windowStartMinute < 0 || s.windowEndMinute > 24 * 60 || s.windowStartMinute >= s.windowEndMinute)
        return Error(Error::Code::InvalidArgument, QObject::tr("The send window must start before it ends."),
                     QStringLiteral("window"));
    return std::nullopt;
}

void bindStep(QSqlQuery &q, const SequenceStep &s)
{
    q.addBindValue(toKey(s.kind));
    q.addBindValue(s.delayBusinessDays);
    q.addBindValue(s.windowDays);
    q.addBindValue(s.windowStartMinute);
    q.addBindValue(s.windowEndMinute);
    q.addBindValue(sql::text(s.subject));
    q.addBindValue(sql::text(s.body));
}

Error sequenceNotFound(qint64 id)
{
    return Error(Error::Code::NotFound, QObject::tr("Sequence %1 does not exist.").arg(id));
}

} // namespace

QString toKey(StepKind kind) { return keyOf(kStepKinds, kind); }
QString toKey(TimeZoneMode mode) { return keyOf(kZoneModes, mode); }
QString toKey(EnrollmentState state) { return keyOf(kStates, state); }
std::optional<StepKind> stepKindFromKey(const QString &key) { return fromKey(kStepKinds, key); }
std::optional<TimeZoneMode> timeZoneModeFromKey(const QString &key) { return fromKey(kZoneModes, key); }
std::optional<EnrollmentState> enrollmentStateFromKey(const QString &key) { return fromKey(kStates, key); }

SequenceRepository::SequenceRepository(const Workspace &workspace) : m_workspace(workspace) {}

Status SequenceRepository::create(Sequence &sequence)
{
    if (Status s = validate(sequence))
        return s;
    const qint64 now = sql::nowMs();
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO sequences(campaign_id, name, sender_name, time_zone_mode, "
                                                  "recruiter_time_zone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                                  "RETURNING id")))
        return s;
    q.addBindValue(sequence.campaignId);
    q.addBindValue(sql::text(sequence.name));
    q.addBindValue(sql::text(sequence.senderName));
    q.addBindValue(toKey(sequence.timeZoneMode));
    q.addBindValue(sql::text(sequence.recruiterTimeZone));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        const QString text = q.lastError().text();
        if (text.contains(QStringLiteral("UNIQUE"), Qt::CaseInsensitive))
            return Error(Error::Code::Duplicate, QObject::tr("This campaign already has a sequence."));
        if (text.contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive))
            return Error(Error::Code::NotFound, QObject::tr("Campaign %1 does not exist.").arg(sequence.campaignId));
        return sql::errorFrom(q, QStringLiteral("creating the sequence"));
    }
    sequence.id = sql::returnedId(q);
    sequence.createdAt = sequence.updatedAt = sql::fromDb(now);
    return std::nullopt;
}

Status SequenceRepository::update(Sequence &sequence)
{
    if (Status s = validate(sequence))
        return s;
    const qint64 now = sql::nowMs();
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE sequences SET name = ?, sender_name = ?, time_zone_mode = ?, "
                                                  "recruiter_time_zone = ?, updated_at = ? WHERE id = ?")))
        return s;
    q.addBindValue(sql::text(sequence.name));
    q.addBindValue(sql::text(sequence.senderName));
    q.addBindValue(toKey(sequence.timeZoneMode));
    q.addBindValue(sql::text(sequence.recruiterTimeZone));
    q.addBindValue(now);
    q.addBindValue(sequence.id);
    if (Status s = sql::exec(q, QStringLiteral("saving the sequence")))
        return s;
    if (q.numRowsAffected() != 1)
        return sequenceNotFound(sequence.id);
    sequence.updatedAt = sql::fromDb(now);
    return std::nullopt;
}

Status SequenceRepository::remove(qint64 id)
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("DELETE FROM sequences WHERE id = ?")))
        return s;
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("deleting the sequence")))
        return s;
    return q.numRowsAffected() == 1 ? Status() : Status(sequenceNotFound(id));
}

Result<Sequence> SequenceRepository::get(qint64 id) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM sequences WHERE id = ?").arg(QLatin1StringView(kSequenceColumns))))
        return *s;
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("reading the sequence")))
        return *s;
    if (!q.next())
        return sequenceNotFound(id);
    return readSequence(q);
}

Result<std::optional<Sequence>> SequenceRepository::forCampaign(qint64 campaignId) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM sequences WHERE campaign_id = ?")
                                       .arg(QLatin1StringView(kSequenceColumns))))
        return *s;
    q.addBindValue(campaignId);
    if (Status s = sql::exec(q, QStringLiteral("reading the campaign's sequence")))
        return *s;
    if (!q.next())
        return std::optional<Sequence>();
    return std::optional<Sequence>(readSequence(q));
}

Status SequenceRepository::addStep(qint64 sequenceId, SequenceStep &step)
{
    if (Status s = validate(step))
        return s;
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (auto seq = get(sequenceId); !seq.ok())
        return seq.error();
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO sequence_steps(sequence_id, position, kind, delay_business_days, "
                                                  "window_days, window_start_minute, window_end_minute, subject, body) "
                                                  "SELECT ?, count(*), ?, ?, ?, ?, ?, ?, ? FROM sequence_steps "
                                                  "WHERE sequence_id = ? RETURNING id")))
        return s;
    q.addBindValue(sequenceId);
    bindStep(q, step);
    q.addBindValue(sequenceId);
    if (Status s = sql::exec(q, QStringLiteral("adding the step")))
        return s;
    const qint64 id = sql::returnedId(q);
    QSqlQuery pos(db);
    pos.prepare(QStringLiteral("SELECT position FROM sequence_steps WHERE id = ?"));
    pos.addBindValue(id);
    if (Status s = sql::exec(pos, QStringLiteral("adding the step")); s || !pos.next())
        return s ? s : Status(Error(Error::Code::Database, QStringLiteral("the new step vanished")));
    const int position = pos.value(0).toInt();
    if (Status s = tx.commit())
        return s;
    step.id = id;
    step.sequenceId = sequenceId;
    step.position = position;
    return std::nullopt;
}

Status SequenceRepository::updateStep(const SequenceStep &step)
{
    if (Status s = validate(step))
        return s;
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE sequence_steps SET kind = ?, delay_business_days = ?, window_days = ?, "
                                                  "window_start_minute = ?, window_end_minute = ?, subject = ?, body = ? "
                                                  "WHERE id = ?")))
        return s;
    bindStep(q, step);
    q.addBindValue(step.id);
    if (Status s = sql::exec(q, QStringLiteral("saving the step")))
        return s;
    if (q.numRowsAffected() != 1)
        return Error(Error::Code::NotFound, QObject::tr("Step %1 does not exist.").arg(step.id));
    return std::nullopt;
}

Status SequenceRepository::removeStep(qint64 stepId)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT sequence_id, position FROM sequence_steps WHERE id = ?"));
    find.addBindValue(stepId);
    if (Status s = sql::exec(find, QStringLiteral("removing the step")))
        return s;
    if (!find.next())
        return Error(Error::Code::NotFound, QObject::tr("Step %1 does not exist.").arg(stepId));
    const qint64 sequenceId = find.value(0).toLongLong();
    const int position = find.value(1).toInt();
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM sequence_steps WHERE id = ?"));
    del.addBindValue(stepId);
    if (Status s = sql::exec(del, QStringLiteral("removing the step")))
        return s;
    // Keep positions dense so current_step and "step N of M" stay meaningful.
    QSqlQuery shift(db);
    shift.prepare(QStringLiteral("UPDATE sequence_steps SET position = position - 1 WHERE sequence_id = ? AND position > ?"));
    shift.addBindValue(sequenceId);
    shift.addBindValue(position);
    if (Status s = sql::exec(shift, QStringLiteral("removing the step")))
        return s;
    return tx.commit();
}

Result<QList<SequenceStep>> SequenceRepository::steps(qint64 sequenceId) const
{
    QSqlQuery q(m_workspace.connection());
    q.setForwardOnly(true);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM sequence_steps WHERE sequence_id = ? ORDER BY position, id")
                                       .arg(QLatin1StringView(kStepColumns))))
        return *s;
    q.addBindValue(sequenceId);
    if (Status s = sql::exec(q, QStringLiteral("reading the steps")))
        return *s;
    QList<SequenceStep> out;
    while (q.next())
        out << readStep(q);
    return out;
}

Status SequenceRepository::reorderSteps(qint64 sequenceId, const QList<qint64> &stepIds)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto current = steps(sequenceId);
    if (!current.ok())
        return current.error();
    QSet<qint64> have, given(stepIds.cbegin(), stepIds.cend());
    for (const SequenceStep &s : current.value())
        have.insert(s.id);
    if (have != given || given.size() != stepIds.size())
        return Error(Error::Code::InvalidArgument,
                     QObject::tr("The new order must list every step of the sequence exactly once."));
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE sequence_steps SET position = ? WHERE id = ?")))
        return s;
    for (qsizetype i = 0; i < stepIds.size(); ++i) {
        q.addBindValue(static_cast<int>(i));
        q.addBindValue(stepIds.at(i));
        if (Status s = sql::exec(q, QStringLiteral("reordering the steps")))
            return s;
    }
    return tx.commit();
}

} // namespace sd
