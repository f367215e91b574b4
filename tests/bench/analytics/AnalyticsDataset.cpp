#include "AnalyticsDataset.h"

#include "Migrations.h"
#include "Types.h"
#include "Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <set>
#include <vector>

namespace sd::bench {

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;

constexpr std::array kRecruiters = {"alice", "bob",   "carol", "dave",  "erin", "frank",
                                    "grace", "heidi", "ivan",  "judy",  "mallory", "oscar"};
constexpr std::array kApplicationStatuses = {"NEW",     "IN_REVIEW", "INTERVIEW", "OFFERED",
                                             "HIRED",   "REJECTED",  "WITHDRAWN"};
constexpr std::array kApplicationWeights = {20.0, 25.0, 20.0, 5.0, 5.0, 20.0, 5.0};
constexpr std::array kSubStatuses = {"", "", "Phone screen", "Onsite", "Not a fit", "Salary"};

void complain(const QString &what)
{
    QTextStream(stderr) << what << Qt::endl;
}

// One prepared statement, bound by position (1-based like SQLite).
class Stmt
{
public:
    Stmt(sqlite3 *db, const char *sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            complain(QStringLiteral("prepare failed: %1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(sqlite3_errmsg(db))));
    }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;

    bool valid() const { return m_stmt != nullptr; }
    Stmt &i(int at, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, at, v);
        return *this;
    }
    Stmt &null(int at)
    {
        sqlite3_bind_null(m_stmt, at);
        return *this;
    }
    Stmt &t(int at, const QByteArray &v)
    {
        sqlite3_bind_text(m_stmt, at, v.constData(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            complain(QStringLiteral("insert failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)))));
        return rc == SQLITE_DONE;
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

bool exec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    complain(QStringLiteral("%1: %2").arg(sql, QString::fromUtf8(message)));
    sqlite3_free(message);
    return false;
}

struct Campaign
{
    qint64 id = 0;
    qint64 createdAt = 0;
    QByteArray job; // empty: no SmartRecruiters job
    std::array<int, 3> recruiters{};
};

class Generator
{
public:
    Generator(sqlite3 *db, int candidates, int activities)
        : m_db(db)
        , m_candidates(candidates)
        , m_activitiesWanted(activities)
        , m_candidate(db, "INSERT INTO candidates(id, first_name, last_name, emails, source, created_at, updated_at) "
                          "VALUES (?, ?, ?, ?, 'bench', ?, ?)")
        , m_member(db, "INSERT INTO campaign_members(campaign_id, candidate_id, status, added_at, status_changed_at, "
                       "last_activity_at) VALUES (?, ?, ?, ?, ?, ?)")
        , m_history(db, "INSERT INTO member_status_history(campaign_id, candidate_id, status, changed_at, changed_by) "
                        "VALUES (?, ?, ?, ?, ?)")
        , m_activity(db, "INSERT INTO activities(candidate_id, campaign_id, kind, subject, occurred_at, author) "
                         "VALUES (?, ?, ?, ?, ?, ?)")
        , m_link(db, "INSERT INTO sr_candidate_links(candidate_id, sr_candidate_id, origin, linked_at) VALUES (?, ?, 'created', ?)")
        , m_application(db, "INSERT OR IGNORE INTO sr_applications(candidate_id, sr_job_id, status, sub_status, pulled_at) "
                            "VALUES (?, ?, ?, ?, ?)")
    {}

    bool valid() const
    {
        return m_candidate.valid() && m_member.valid() && m_history.valid() && m_activity.valid() && m_link.valid()
            && m_application.valid();
    }

    bool run()
    {
        m_end = AnalyticsDataset::end().toMSecsSinceEpoch();
        m_start = m_end - 365 * kDay;
        if (!campaigns())
            return false;
        std::vector<double> weights;
        for (int k = 0; k < AnalyticsDataset::Campaigns; ++k)
            weights.push_back(1.0 / std::pow(double(k + 1), 0.7));
        m_pickCampaign = std::discrete_distribution<int>(weights.begin(), weights.end());
        // Follow-ups per contacted member so that about 85% of the activities come from the
        // pipeline; the rest are notes, calls and meetings spread over the year.
        const double perCandidate = 0.85 * double(m_activitiesWanted) / double(std::max(1, m_candidates));
        m_followUps = std::max(0.0, (perCandidate / 1.35 - 1.07) / 0.72);
        QElapsedTimer timer;
        timer.start();
        for (qint64 id = 1; id <= m_candidates; ++id) {
            if (!candidate(id))
                return false;
            // Keep the running total on the line to exactly `activities`.
            const qint64 target = qint64(m_activitiesWanted) * id / m_candidates;
            for (int n = 0; n < 6 && m_activities < target; ++n) {
                if (!filler(id))
                    return false;
            }
            if (id % 100000 == 0)
                QTextStream(stderr) << "  " << id << " candidates, " << m_activities << " activities, "
                                    << timer.elapsed() / 1000 << " s" << Qt::endl;
        }
        std::uniform_int_distribution<qint64> anyone(1, std::max(1, m_candidates));
        while (m_activities < m_activitiesWanted) {
            if (!filler(anyone(m_rng)))
                return false;
        }
        return true;
    }

private:
    bool campaigns()
    {
        Stmt campaign(m_db, "INSERT INTO campaigns(id, name, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
        Stmt job(m_db, "INSERT INTO campaign_sr_jobs(campaign_id, sr_job_id, job_title, linked_at) VALUES (?, ?, ?, ?)");
        std::uniform_int_distribution<qint64> created(m_start, m_start + 270 * kDay);
        for (int k = 0; k < AnalyticsDataset::Campaigns; ++k) {
            Campaign c;
            c.id = k + 1;
            c.createdAt = created(m_rng);
            c.recruiters = {k % 12, (k + 3) % 12, (k + 7) % 12};
            if (k % 2 == 0)
                c.job = QByteArray("JOB-") + QByteArray::number(k + 1);
            if (!campaign.i(1, c.id)
                     .t(2, QByteArray("Campaign ") + QByteArray::number(k + 1))
                     .t(3, kRecruiters[std::size_t(c.recruiters[0])])
                     .i(4, c.createdAt)
                     .i(5, c.createdAt)
                     .run())
                return false;
            if (!c.job.isEmpty() && !job.i(1, c.id).t(2, c.job).t(3, QByteArray("Engineer")).i(4, c.createdAt).run())
                return false;
            m_campaigns.push_back(c);
        }
        return true;
    }

    double uniform() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng); }
    qint64 between(qint64 lo, qint64 hi) { return std::uniform_int_distribution<qint64>(lo, std::max(lo, hi))(m_rng); }

    bool activity(qint64 candidate, qint64 campaign, ActivityKind kind, qint64 at, const char *author)
    {
        if (m_activities >= m_activitiesWanted)
            return true;
        ++m_activities;
        m_activity.i(1, candidate);
        if (campaign > 0)
            m_activity.i(2, campaign);
        else
            m_activity.null(2);
        return m_activity.i(3, int(kind)).t(4, QByteArray()).i(5, at).t(6, QByteArray(author)).run();
    }

    ActivityKind outreachKind()
    {
        const double r = uniform();
        return r < 0.55   ? ActivityKind::EmailSent
             : r < 0.70   ? ActivityKind::LinkedInMessage
             : r < 0.75   ? ActivityKind::LinkedInInMail
             : r < 0.95   ? ActivityKind::ConnectionRequest
                          : ActivityKind::Call;
    }

    bool member(qint64 id, const Campaign &c, std::set<QByteArray> &jobs)
    {
        const qint64 added = between(c.createdAt, m_end - 1);
        const char *recruiter = kRecruiters[std::size_t(c.recruiters[std::size_t(between(0, 2))])];
        struct Change
        {
            MemberStatus status;
            qint64 at;
        };
        std::vector<Change> changes{{MemberStatus::Added, added}};
        qint64 lastActivity = 0;
        auto log = [&](ActivityKind kind, qint64 at, const char *author) {
            lastActivity = std::max(lastActivity, at);
            return activity(id, c.id, kind, at, author);
        };
        const qint64 contacted = added + between(kHour, 4 * kDay);
        if (uniform() < 0.72 && contacted < m_end) {
            changes.push_back({MemberStatus::Contacted, contacted});
            if (!log(outreachKind(), contacted, recruiter))
                return false;
            const int followUps = int(between(0, qint64(std::lround(2.0 * m_followUps))));
            qint64 at = contacted;
            for (int f = 0; f < followUps; ++f) {
                at += between(2 * kDay, 6 * kDay);
                if (at >= m_end)
                    break;
                if (!log(uniform() < 0.8 ? ActivityKind::EmailSent : outreachKind(), at, recruiter))
                    return false;
            }
            const qint64 replied = contacted + qint64(std::exponential_distribution<double>(1.0 / 40.0)(m_rng) * double(kHour));
            const double r = uniform();
            if (r < 0.33 && replied < m_end) {
                changes.push_back({MemberStatus::Replied, replied});
                if (uniform() < 0.9 && !log(ActivityKind::EmailReply, replied, ""))
                    return false;
                const qint64 decided = replied + between(kHour, 5 * kDay);
                const double o = uniform();
                if (decided < m_end && o < 0.40) {
                    changes.push_back({MemberStatus::Interested, decided});
                    if (!log(ActivityKind::Meeting, std::min(decided + between(kDay, 7 * kDay), m_end - 1), recruiter))
                        return false;
                    if (uniform() < 0.5 && !log(ActivityKind::Note, decided, recruiter))
                        return false;
                } else if (decided < m_end && o < 0.75) {
                    changes.push_back({MemberStatus::NotInterested, decided});
                }
            } else if (r < 0.38) {
                changes.push_back({MemberStatus::Bounced, contacted + between(kHour / 60, kHour)});
            } else if (r < 0.41) {
                const qint64 unsubscribed = contacted + between(kDay, 10 * kDay);
                if (unsubscribed < m_end)
                    changes.push_back({MemberStatus::Unsubscribed, unsubscribed});
            }
        }
        for (const Change &ch : changes) {
            if (!m_history.i(1, c.id).i(2, id).i(3, int(ch.status)).i(4, ch.at).t(5, QByteArray(recruiter)).run())
                return false;
        }
        // About 1% were removed from the campaign again: history and activities stay.
        if (uniform() >= 0.01) {
            m_member.i(1, c.id).i(2, id).i(3, int(changes.back().status)).i(4, added).i(5, changes.back().at);
            if (lastActivity > 0)
                m_member.i(6, lastActivity);
            else
                m_member.null(6);
            if (!m_member.run())
                return false;
        }
        if (m_linked && !c.job.isEmpty() && uniform() < 0.8)
            jobs.insert(c.job);
        return true;
    }

    bool candidate(qint64 id)
    {
        const qint64 created = between(m_start - 180 * kDay, m_end - kDay);
        const QByteArray n = QByteArray::number(id);
        if (!m_candidate.i(1, id).t(2, "First" + n).t(3, "Last" + n).t(4, "person" + n + "@example.com").i(5, created).i(6, created).run())
            return false;
        m_linked = uniform() < 0.12;
        const double r = uniform();
        const int memberships = r < 0.70 ? 1 : r < 0.95 ? 2 : 3;
        std::set<int> chosen;
        while (int(chosen.size()) < memberships)
            chosen.insert(m_pickCampaign(m_rng));
        std::set<QByteArray> jobs;
        m_lastCampaign = 0;
        for (int k : chosen) {
            if (!member(id, m_campaigns[std::size_t(k)], jobs))
                return false;
            m_lastCampaign = m_campaigns[std::size_t(k)].id;
        }
        if (!m_linked)
            return true;
        if (!m_link.i(1, id).t(2, "SR-" + n).i(3, between(m_start, m_end - 1)).run())
            return false;
        if (uniform() < 0.1)
            jobs.insert(QByteArray("JOB-") + QByteArray::number(2 * between(0, AnalyticsDataset::Campaigns / 2 - 1) + 1));
        std::discrete_distribution<int> status(kApplicationWeights.begin(), kApplicationWeights.end());
        for (const QByteArray &job : jobs) {
            const char *sub = kSubStatuses[std::size_t(between(0, qint64(kSubStatuses.size()) - 1))];
            if (!m_application.i(1, id).t(2, job).t(3, kApplicationStatuses[std::size_t(status(m_rng))]).t(4, sub).i(5, m_end).run())
                return false;
        }
        return true;
    }

    // Notes, calls, meetings and the odd email, mostly in the candidate's last campaign.
    bool filler(qint64 id)
    {
        const double r = uniform();
        const ActivityKind kind = r < 0.4 ? ActivityKind::Note
                                : r < 0.6 ? ActivityKind::Call
                                : r < 0.8 ? ActivityKind::EmailSent
                                : r < 0.9 ? ActivityKind::Meeting
                                          : ActivityKind::LinkedInMessage;
        const qint64 campaign = uniform() < 0.8 ? m_lastCampaign : 0;
        return activity(id, campaign, kind, between(m_start, m_end - 1), kRecruiters[std::size_t(between(0, 11))]);
    }

    sqlite3 *m_db;
    int m_candidates;
    qint64 m_activitiesWanted;
    qint64 m_activities = 0;
    qint64 m_start = 0;
    qint64 m_end = 0;
    double m_followUps = 0;
    bool m_linked = false;
    qint64 m_lastCampaign = 0;
    std::mt19937_64 m_rng{20261202u};
    std::discrete_distribution<int> m_pickCampaign;
    std::vector<Campaign> m_campaigns;
    Stmt m_candidate;
    Stmt m_member;
    Stmt m_history;
    Stmt m_activity;
    Stmt m_link;
    Stmt m_application;
};

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

} // namespace

int benchCandidates() { return envInt("SOURCEDESK_BENCH_ANALYTICS_CANDIDATES", 1'000'000); }
int benchActivities() { return envInt("SOURCEDESK_BENCH_ANALYTICS_ACTIVITIES", 5'000'000); }

QDateTime AnalyticsDataset::end()
{
    return QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
}

QString AnalyticsDataset::rawPath(const QString &folder, int candidates, int activities)
{
    return QDir(folder).filePath(QStringLiteral("analytics-%1-%2-%3-schema%4.sqlite")
                                     .arg(QLatin1String(Version))
                                     .arg(candidates)
                                     .arg(activities)
                                     .arg(RawSchemaVersion));
}

bool AnalyticsDataset::generate(const QString &path, int candidates, int activities)
{
    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial);
    QElapsedTimer timer;
    timer.start();
    {
        Workspace::Options options;
        options.targetSchemaVersion = RawSchemaVersion;
        auto opened = Workspace::open(partial, options);
        if (!opened.ok()) {
            complain(QStringLiteral("cannot create %1: %2").arg(partial, opened.error().toString()));
            return false;
        }
        opened.value()->releaseThreadConnection();
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(partial.toUtf8().constData(), &db) != SQLITE_OK) {
        complain(QStringLiteral("cannot open %1").arg(partial));
        sqlite3_close(db);
        return false;
    }
    bool ok = exec(db, QStringLiteral("PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; "
                                      "PRAGMA foreign_keys=OFF"));
    // Secondary indexes are dropped for the load and built afterwards, each with one sort.
    QStringList indexes;
    {
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
                           "('candidates', 'campaign_members', 'member_status_history', 'activities')",
                           -1, &q, nullptr);
        QStringList names;
        while (q && sqlite3_step(q) == SQLITE_ROW) {
            names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
            indexes << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
        }
        sqlite3_finalize(q);
        for (const QString &name : names)
            ok = ok && exec(db, QStringLiteral("DROP INDEX %1").arg(name));
    }
    ok = ok && exec(db, QStringLiteral("BEGIN"));
    if (ok) {
        Generator g(db, candidates, activities);
        ok = g.valid() && g.run();
    }
    ok = ok && exec(db, QStringLiteral("COMMIT"));
    QTextStream(stderr) << "  rows written in " << timer.elapsed() / 1000 << " s, building indexes" << Qt::endl;
    for (const QString &sql : std::as_const(indexes))
        ok = ok && exec(db, sql);
    ok = ok && exec(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    sqlite3_close(db);
    if (!ok) {
        removeDatabase(partial);
        return false;
    }
    removeDatabase(path);
    if (!QFile::rename(partial, path)) {
        complain(QStringLiteral("cannot move %1 to %2").arg(partial, path));
        return false;
    }
    QTextStream(stderr) << "generated " << candidates << " candidates and " << activities << " activities in "
                        << timer.elapsed() / 1000 << " s: " << path << Qt::endl;
    return true;
}

QString AnalyticsDataset::upgraded(const QString &folder, int candidates, int activities, qint64 *upgradeMs)
{
    if (upgradeMs)
        *upgradeMs = -1;
    const QString raw = rawPath(folder, candidates, activities);
    QString path = raw;
    path.replace(QStringLiteral("-schema%1.sqlite").arg(RawSchemaVersion),
                 QStringLiteral("-schema%1.sqlite").arg(currentSchemaVersion()));
    if (QFile::exists(path))
        return path;
    if (!QFile::exists(raw) && !generate(raw, candidates, activities))
        return {};
    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial);
    if (!QFile::copy(raw, partial)) {
        complain(QStringLiteral("cannot copy %1").arg(raw));
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    {
        auto opened = Workspace::open(partial);
        if (!opened.ok()) {
            complain(QStringLiteral("cannot upgrade %1: %2").arg(partial, opened.error().toString()));
            return {};
        }
        opened.value()->releaseThreadConnection();
    }
    const qint64 ms = timer.elapsed();
    if (upgradeMs)
        *upgradeMs = ms;
    QTextStream(stderr) << "upgraded to schema " << currentSchemaVersion() << " in " << ms << " ms" << Qt::endl;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    if (!QFile::rename(partial, path)) {
        complain(QStringLiteral("cannot move %1 to %2").arg(partial, path));
        return {};
    }
    return path;
}

} // namespace sd::bench
