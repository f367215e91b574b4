#include "StageCatalog.h"

#include "SqlUtil.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sd::stagesync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::stagesync::StageCatalog", text);
}

struct StatusName
{
    const char *status;
    const char *english;
};

// English names double as translation sources (and as the stored label of main stages).
constexpr StatusName kStatusNames[] = {
    {"LEAD", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "Lead")},
    {"NEW", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "New")},
    {"IN_REVIEW", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "In review")},
    {"INTERVIEW", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "Interview")},
    {"OFFERED", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "Offered")},
    {"HIRED", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "Hired")},
    {"REJECTED", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "Rejected")},
    {"WITHDRAWN", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "Withdrawn")},
    {"TRANSFERRED", QT_TRANSLATE_NOOP("sd::stagesync::StageCatalog", "Transferred")},
};

const char *englishName(const QString &status)
{
    for (const StatusName &n : kStatusNames) {
        if (status == QLatin1String(n.status))
            return n.english;
    }
    return nullptr;
}

const QString kGone = QStringLiteral("no longer in SmartRecruiters");
const QString kRenamedPrefix = QStringLiteral("renamed from \"");

QString settingKey(MemberStatus status)
{
    return QStringLiteral("stagesync.preferred.") + toKey(status);
}

// Main statuses first (pipeline order), then each process's stages by status and label.
bool stageLess(const Stage &a, const Stage &b)
{
    if (a.isSubStatus() != b.isSubStatus())
        return !a.isSubStatus();
    if (a.processName != b.processName)
        return a.processName.localeAwareCompare(b.processName) < 0;
    if (a.processId != b.processId)
        return a.processId < b.processId;
    const qsizetype ia = srStatuses().indexOf(a.status);
    const qsizetype ib = srStatuses().indexOf(b.status);
    if (ia != ib)
        return ia < ib;
    return a.subStatus.localeAwareCompare(b.subStatus) < 0;
}

Stage readStage(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toString();
    s.processId = q.value(1).toString();
    s.processName = q.value(2).toString();
    s.status = q.value(3).toString();
    s.subStatus = q.value(4).toString();
    s.label = q.value(5).toString();
    if (!q.value(6).isNull()) {
        const int v = q.value(6).toInt();
        if (v >= 0 && v < MemberStatusCount)
            s.mapping = static_cast<MemberStatus>(v);
    }
    s.flag = q.value(7).toString();
    s.seenAt = sql::fromDb(q.value(8));
    return s;
}

} // namespace

const QStringList &srStatuses()
{
    static const QStringList all = {QStringLiteral("LEAD"),      QStringLiteral("NEW"),      QStringLiteral("IN_REVIEW"),
                                    QStringLiteral("INTERVIEW"), QStringLiteral("OFFERED"),  QStringLiteral("HIRED"),
                                    QStringLiteral("REJECTED"),  QStringLiteral("WITHDRAWN"), QStringLiteral("TRANSFERRED")};
    return all;
}

bool statusHasSubStatuses(const QString &status)
{
    return status == u"IN_REVIEW" || status == u"INTERVIEW" || status == u"OFFERED";
}

QString statusDisplayName(const QString &status)
{
    const char *english = englishName(status);
    return english ? tr(english) : status;
}

QString stageIdFor(const QString &processId, const QString &status, const QString &subStatus)
{
    if (subStatus.isEmpty())
        return status;
    return processId + u'|' + status + u'|' + subStatus;
}

bool Stage::isGone() const
{
    return flag == kGone;
}

bool Stage::isRenamed() const
{
    return flag.startsWith(kRenamedPrefix);
}

QString Stage::displayName() const
{
    if (!isSubStatus())
        return statusDisplayName(status);
    return processName + QStringLiteral(" › ") + statusDisplayName(status) + QStringLiteral(" › ") + subStatus;
}

QString Stage::flagText() const
{
    if (flag.isEmpty())
        return {};
    if (isGone())
        return tr("no longer in SmartRecruiters");
    static const QRegularExpression re(QStringLiteral("^renamed from \"(.*)\" to \"(.*)\"$"));
    const QRegularExpressionMatch m = re.match(flag);
    if (m.hasMatch())
        return tr("renamed from “%1” to “%2”").arg(m.captured(1), m.captured(2));
    return flag;
}

QString flagGone()
{
    return kGone;
}

QString flagRenamed(const QString &from, const QString &to)
{
    return kRenamedPrefix + from + QStringLiteral("\" to \"") + to + u'"';
}

QString renamedTo(const QString &flag)
{
    // Greedy first group: the split is at the last `" to "`, so a name may contain quotes.
    static const QRegularExpression re(QStringLiteral("^renamed from \"(.*)\" to \"(.*)\"$"));
    const QRegularExpressionMatch m = re.match(flag);
    return m.hasMatch() ? m.captured(2) : QString();
}

QList<Stage> stagesFromProcesses(const QList<sr::HiringProcess> &processes)
{
    QList<Stage> out;
    for (const QString &status : srStatuses()) {
        Stage s;
        s.id = stageIdFor({}, status, {});
        s.status = status;
        s.label = QString::fromLatin1(englishName(status));
        out.append(s);
    }
    QSet<QString> seen;
    for (const sr::HiringProcess &p : processes) {
        for (const QString &status : srStatuses()) {
            if (!statusHasSubStatuses(status))
                continue;
            for (const QString &sub : p.subStatuses.value(status)) {
                const QString label = sub.trimmed();
                const QString id = stageIdFor(p.id, status, label);
                if (label.isEmpty() || seen.contains(id))
                    continue;
                seen.insert(id);
                Stage s;
                s.id = id;
                s.processId = p.id;
                s.processName = p.name;
                s.status = status;
                s.subStatus = label;
                s.label = label;
                out.append(s);
            }
        }
    }
    return out;
}

bool RefreshChanges::isEmpty() const
{
    return added.isEmpty() && renamed.isEmpty() && gone.isEmpty() && returned.isEmpty() && removed.isEmpty();
}

QList<Stage> mergeStages(const QList<Stage> &stored, const QList<Stage> &remote, const QDateTime &now,
                         RefreshChanges *changes)
{
    RefreshChanges c;
    QHash<QString, const Stage *> remoteById;
    for (const Stage &r : remote)
        remoteById.insert(r.id, &r);
    QSet<QString> storedIds;
    QList<Stage> out;
    for (const Stage &s : stored) {
        storedIds.insert(s.id);
        const Stage *r = remoteById.value(s.id);
        if (!r) {
            if (!s.mapping) {
                c.removed.append(s.id);
                continue;
            }
            Stage kept = s;
            if (!kept.isGone()) {
                kept.flag = flagGone();
                c.gone.append(s.id);
            }
            out.append(kept);
            continue;
        }
        Stage merged = s;
        merged.seenAt = now;
        merged.label = r->label;
        if (merged.isGone()) {
            merged.flag.clear(); // the very same id is back: the mapping is exactly valid again
            c.returned.append(s.id);
        }
        if (r->processName != s.processName) {
            if (!s.mapping) {
                merged.processName = r->processName; // nothing to protect
            } else if (renamedTo(merged.flag) != r->processName) {
                // processName stays what the user mapped against; the flag says what it is now.
                merged.flag = flagRenamed(s.processName, r->processName);
                c.renamed.append(s.id);
            }
        } else if (merged.isRenamed()) {
            merged.flag.clear(); // renamed back to what the user knows
        }
        out.append(merged);
    }
    for (const Stage &r : remote) {
        if (storedIds.contains(r.id))
            continue;
        Stage added = r;
        added.seenAt = now;
        added.mapping.reset();
        added.flag.clear();
        out.append(added);
        c.added.append(r.id);
    }
    std::sort(out.begin(), out.end(), stageLess);
    if (changes)
        *changes = c;
    return out;
}

MemberStatus suggestedStatusFor(const QString &srStatus)
{
    if (srStatus == u"IN_REVIEW")
        return MemberStatus::Replied;
    if (srStatus == u"INTERVIEW" || srStatus == u"OFFERED" || srStatus == u"HIRED")
        return MemberStatus::Interested;
    if (srStatus == u"REJECTED" || srStatus == u"WITHDRAWN")
        return MemberStatus::NotInterested;
    return MemberStatus::Added; // LEAD, NEW, TRANSFERRED
}

QHash<QString, MemberStatus> suggestedMapping(const QList<Stage> &stages)
{
    QHash<QString, MemberStatus> out;
    for (const Stage &s : stages) {
        if (!s.isGone())
            out.insert(s.id, suggestedStatusFor(s.status));
    }
    return out;
}

QHash<MemberStatus, QString> suggestedPreferred()
{
    return {{MemberStatus::Added, QStringLiteral("NEW")},
            {MemberStatus::Replied, QStringLiteral("IN_REVIEW")},
            {MemberStatus::Interested, QStringLiteral("INTERVIEW")},
            {MemberStatus::NotInterested, QStringLiteral("REJECTED")}};
}

StageCatalog::StageCatalog(const Workspace &workspace) : m_workspace(workspace) {}

Result<QList<Stage>> StageCatalog::stages() const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT stage_id, process_id, process_name, status, sub_status, label, "
                                                  "member_status, flagged, seen_at FROM sr_stages")))
        return *s;
    if (Status s = sql::exec(q, QStringLiteral("reading the SmartRecruiters stages")))
        return *s;
    QList<Stage> out;
    while (q.next())
        out.append(readStage(q));
    std::sort(out.begin(), out.end(), stageLess);
    return out;
}

Result<QHash<QString, MemberStatus>> StageCatalog::mapping() const
{
    auto all = stages();
    if (!all)
        return all.error();
    QHash<QString, MemberStatus> out;
    for (const Stage &s : all.value()) {
        if (s.mapping)
            out.insert(s.id, *s.mapping);
    }
    return out;
}

Result<RefreshChanges> StageCatalog::refresh(const QList<sr::HiringProcess> &processes)
{
    auto stored = stages();
    if (!stored)
        return stored.error();
    RefreshChanges changes;
    const QList<Stage> merged = mergeStages(stored.value(), stagesFromProcesses(processes),
                                            QDateTime::currentDateTimeUtc(), &changes);
    if (m_workspace.isTeam() && !m_workspace.canEditTeamSettings()) {
        // On a team workspace the catalogue and its mapping are the admins' (the database refuses
        // a recruiter's write to sr_stages). The sync goes on with the stored catalogue: a stage
        // it does not know shows up as drift, and the changes are reported for an admin to apply.
        if (!changes.isEmpty())
            qInfo("sourcedesk: SmartRecruiters stages changed; a team admin has to refresh the stage catalogue");
        return changes;
    }
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    // A few dozen rows: rewriting the table is simpler than diffing statements, and atomic.
    if (Status s = sql::execDirect(db, QStringLiteral("DELETE FROM sr_stages")))
        return *s;
    QSqlQuery ins(db);
    if (Status s = sql::prepare(ins, QStringLiteral("INSERT INTO sr_stages(stage_id, process_id, process_name, status, "
                                                    "sub_status, label, member_status, flagged, seen_at) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return *s;
    for (const Stage &st : merged) {
        ins.bindValue(0, st.id);
        ins.bindValue(1, sql::text(st.processId));
        ins.bindValue(2, sql::text(st.processName));
        ins.bindValue(3, st.status);
        ins.bindValue(4, sql::text(st.subStatus));
        ins.bindValue(5, sql::text(st.label));
        ins.bindValue(6, st.mapping ? QVariant(static_cast<int>(*st.mapping)) : QVariant(QMetaType::fromType<int>()));
        ins.bindValue(7, sql::text(st.flag));
        ins.bindValue(8, st.seenAt.isValid() ? st.seenAt.toMSecsSinceEpoch() : sql::nowMs());
        if (Status s = sql::exec(ins, QStringLiteral("saving a SmartRecruiters stage")))
            return *s;
    }
    if (Status s = tx.commit())
        return *s;
    return changes;
}

Status StageCatalog::setMapping(const QHash<QString, MemberStatus> &mapping)
{
    auto all = stages();
    if (!all)
        return all.error();
    QSet<QString> known;
    QStringList unmapped;
    for (const Stage &s : all.value()) {
        known.insert(s.id);
        if (!s.isGone() && !mapping.contains(s.id))
            unmapped.append(s.displayName());
    }
    QStringList unknown;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty()) {
        unknown.sort();
        return Error(Error::Code::InvalidArgument,
                     tr("These stages are not in the SmartRecruiters catalogue (refresh the stages first): %1")
                         .arg(unknown.join(QStringLiteral(", "))));
    }
    if (!unmapped.isEmpty()) {
        return Error(Error::Code::InvalidArgument,
                     tr("Map every SmartRecruiters stage to a pipeline status before saving. Not mapped: %1")
                         .arg(unmapped.join(QStringLiteral(", "))));
    }
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery upd(db);
    if (Status s = sql::prepare(upd, QStringLiteral("UPDATE sr_stages SET member_status = ? WHERE stage_id = ?")))
        return s;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        upd.bindValue(0, static_cast<int>(it.value()));
        upd.bindValue(1, it.key());
        if (Status s = sql::exec(upd, QStringLiteral("saving the stage mapping")))
            return s;
    }
    return tx.commit();
}

Status StageCatalog::clearFlag(const QString &stageId)
{
    QSqlDatabase db = m_workspace.connection();
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT flagged FROM sr_stages WHERE stage_id = ?")))
        return s;
    q.addBindValue(stageId);
    if (Status s = sql::exec(q, QStringLiteral("reading a stage flag")))
        return s;
    if (!q.next())
        return Error(Error::Code::NotFound, tr("No SmartRecruiters stage %1.").arg(stageId));
    const QString flag = q.value(0).toString();
    const QString newName = renamedTo(flag);
    QSqlQuery upd(db);
    if (flag == kGone) {
        // Acknowledging a removal drops the stage: kept, it would only be flagged again.
        if (Status s = sql::prepare(upd, QStringLiteral("DELETE FROM sr_stages WHERE stage_id = ?")))
            return s;
    } else if (!newName.isEmpty()) {
        // Accepting a rename adopts the new name, so the next refresh does not flag it again.
        if (Status s = sql::prepare(upd, QStringLiteral("UPDATE sr_stages SET flagged = '', process_name = ? WHERE stage_id = ?")))
            return s;
        upd.addBindValue(newName);
    } else if (Status s = sql::prepare(upd, QStringLiteral("UPDATE sr_stages SET flagged = '' WHERE stage_id = ?"))) {
        return s;
    }
    upd.addBindValue(stageId);
    return sql::exec(upd, QStringLiteral("clearing a stage flag"));
}

Status StageCatalog::setPreferredStage(MemberStatus status, const QString &stageId)
{
    if (!stageId.isEmpty()) {
        auto all = stages();
        if (!all)
            return all.error();
        const bool exists = std::any_of(all.value().cbegin(), all.value().cend(),
                                        [&](const Stage &s) { return s.id == stageId; });
        if (!exists)
            return Error(Error::Code::NotFound, tr("No SmartRecruiters stage %1.").arg(stageId));
    }
    return m_workspace.setSetting(settingKey(status), stageId);
}

QHash<MemberStatus, QString> StageCatalog::preferredStages() const
{
    QHash<MemberStatus, QString> out;
    for (int i = 0; i < MemberStatusCount; ++i) {
        const auto status = static_cast<MemberStatus>(i);
        const QString id = m_workspace.setting(settingKey(status));
        if (!id.isEmpty())
            out.insert(status, id);
    }
    return out;
}

} // namespace sd::stagesync
