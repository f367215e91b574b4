#include "StageRules.h"

#include <QCoreApplication>

namespace sd::stagesync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::stagesync::StageRules", text);
}

} // namespace

QString driftKindKey(DriftKind kind)
{
    switch (kind) {
    case DriftKind::None: return QStringLiteral("none");
    case DriftKind::UnknownStage: return QStringLiteral("unknownStage");
    case DriftKind::Unmapped: return QStringLiteral("unmapped");
    case DriftKind::Flagged: return QStringLiteral("flagged");
    case DriftKind::Ambiguous: return QStringLiteral("ambiguous");
    case DriftKind::LocalDiffers: return QStringLiteral("localDiffers");
    case DriftKind::ApplicationGone: return QStringLiteral("applicationGone");
    }
    return QStringLiteral("none");
}

QString driftText(DriftKind kind)
{
    switch (kind) {
    case DriftKind::None: return {};
    case DriftKind::UnknownStage: return tr("The stage is not in the SmartRecruiters stage list; refresh the stages.");
    case DriftKind::Unmapped: return tr("The stage is not mapped to a pipeline status.");
    case DriftKind::Flagged: return tr("The stage was renamed or removed in SmartRecruiters; review its mapping.");
    case DriftKind::Ambiguous:
        return tr("The sub-status exists in several hiring processes with different mappings.");
    case DriftKind::LocalDiffers:
        return tr("The status was changed in Sourcedesk after the last SmartRecruiters change.");
    case DriftKind::ApplicationGone: return tr("The application is no longer in SmartRecruiters.");
    }
    return {};
}

StageMatch matchStage(const QList<Stage> &stages, const QString &status, const QString &subStatus)
{
    StageMatch m;
    QList<const Stage *> found;
    for (const Stage &s : stages) {
        if (s.status == status && s.subStatus == subStatus)
            found.append(&s);
    }
    for (const Stage *s : found)
        m.stageIds.append(s->id);
    if (found.isEmpty()) {
        m.drift = DriftKind::UnknownStage;
        return m;
    }
    // Any candidate that is flagged or unmapped makes the answer uncertain: report, never pick.
    for (const Stage *s : found) {
        if (!s->flag.isEmpty()) {
            m.drift = DriftKind::Flagged;
            return m;
        }
    }
    for (const Stage *s : found) {
        if (!s->mapping) {
            m.drift = DriftKind::Unmapped;
            return m;
        }
    }
    for (const Stage *s : found) {
        if (*s->mapping != *found.first()->mapping) {
            m.drift = DriftKind::Ambiguous;
            return m;
        }
    }
    m.status = found.first()->mapping;
    return m;
}

Decision decide(const StageMatch &match, const std::optional<RemoteStage> &previous, const RemoteStage &now,
                MemberStatus local)
{
    if (match.drift != DriftKind::None || !match.status)
        return {Action::Drift, match.drift == DriftKind::None ? DriftKind::Unmapped : match.drift};
    if (*match.status == local)
        return {};
    if (!previous || !(*previous == now))
        return {Action::Apply, DriftKind::None};
    return {Action::Drift, DriftKind::LocalDiffers};
}

QDateTime parseSrDate(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace sd::stagesync
