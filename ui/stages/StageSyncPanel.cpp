#include "StageSyncPanel.h"

#include "HelpTexts.h"
#include "Named.h"
#include "SettingsStore.h"
#include "StageSyncStore.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sd::ui {

namespace {

QString yesNo(bool value)
{
    return value ? StageSyncPanel::tr("yes") : StageSyncPanel::tr("no");
}

} // namespace

StageSyncPanel::StageSyncPanel(const Workspace &workspace, stagesync::StageSyncScheduler *scheduler, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_scheduler(scheduler)
    , m_settings(named(new QLabel(this), QStringLiteral("stageSyncSettings"), tr("Stage sync settings")))
    , m_next(named(new QLabel(this), QStringLiteral("stageSyncNext"), tr("Next stage sync")))
    , m_syncNow(named(new QPushButton(tr("S&ync stages now"), this), QStringLiteral("stageSyncNow"),
                      tr("Sync the hiring stages from SmartRecruiters now")))
    , m_cancel(named(new QPushButton(tr("Cancel"), this), QStringLiteral("stageSyncCancel"),
                     tr("Cancel the stage sync")))
    , m_progress(named(new QProgressBar(this), QStringLiteral("stageSyncProgress"), tr("Stage sync progress")))
    , m_lastRun(named(new QLabel(this), QStringLiteral("stageSyncLastRun"), tr("Last stage sync")))
    , m_drift(named(new QListWidget(this), QStringLiteral("stageSyncDrift"), tr("Stage drift")))
{
    named(this, QStringLiteral("stageSyncPanel"), tr("Stage sync"));
    auto *box = named(new QGroupBox(tr("Stage sync"), this), QStringLiteral("stageSyncBox"), tr("Stage sync"));
    m_settings->setWordWrap(true);
    m_settings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *hint = named(new QLabel(tr("These settings are edited with the other sync settings on Settings → "
                                     "SmartRecruiters sync (team defaults)."),
                                  box),
                       QStringLiteral("stageSyncSettingsHint"), tr("Where to edit the stage sync settings"));
    hint->setWordWrap(true);
    m_lastRun->setWordWrap(true);
    m_lastRun->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_syncNow->setToolTip(tr("Sync stages now (%1)").arg(m_syncNow->shortcut().toString(QKeySequence::NativeText)));
    m_progress->setTextVisible(true);
    m_drift->setToolTip(tr("Applications whose SmartRecruiters stage could not be applied, and members out of step"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_syncNow);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_settings);
    layout->addWidget(hint);
    layout->addWidget(m_next);
    layout->addLayout(buttons);
    layout->addWidget(m_lastRun);
    layout->addWidget(m_drift, 1);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(box);

    connect(m_syncNow, &QPushButton::clicked, this, &StageSyncPanel::syncNow);
    if (m_scheduler) {
        connect(m_cancel, &QPushButton::clicked, m_scheduler, &stagesync::StageSyncScheduler::cancel);
        connect(m_scheduler, &stagesync::StageSyncScheduler::stateChanged, this, &StageSyncPanel::updateState);
        connect(m_scheduler, &stagesync::StageSyncScheduler::started, this, [this] {
            m_progress->setRange(0, 0);
            m_lastRun->setText(tr("Syncing the stages…"));
            updateState();
        });
        connect(m_scheduler, &stagesync::StageSyncScheduler::progress, this, [this](int done, int total) {
            m_progress->setRange(0, qMax(total, 1));
            m_progress->setValue(done);
        });
        connect(m_scheduler, &stagesync::StageSyncScheduler::finished, this,
                [this](const stagesync::StageSyncReport &report) {
                    showReport(report);
                    updateState();
                    emit runFinished();
                });
        connect(m_scheduler, &stagesync::StageSyncScheduler::scanned, this, &StageSyncPanel::showScan);
        connect(m_scheduler, &stagesync::StageSyncScheduler::problem, this, [this](const QString &message) {
            if (!m_scheduler->isRunning())
                m_lastRun->setText(message);
        });
    }
    refresh();
    HelpTexts::apply(this);
}

QString StageSyncPanel::lastRunText() const
{
    return m_lastRun->text();
}

QString StageSyncPanel::settingsText() const
{
    return m_settings->text();
}

void StageSyncPanel::refresh()
{
    const Result<sync::ResolvedSettings> resolved = sync::SettingsStore(m_workspace).resolve(QString());
    if (!resolved.ok()) {
        m_settings->setText(tr("The stage sync settings could not be read: %1").arg(resolved.error().toString()));
    } else {
        const sync::ResolvedSettings &s = resolved.value();
        using namespace sync;
        const QDate since = s.date(QLatin1StringView(key::StageSyncSince));
        const QStringList lines = {
            tr("Synchronize hiring stages: %1").arg(yesNo(s.flag(QLatin1StringView(key::StageSyncEnabled)))),
            tr("Daily at %1 (%2)")
                .arg(QLocale().toString(s.time(QLatin1StringView(key::StageSyncTime)), QLocale::ShortFormat),
                     s.text(QLatin1StringView(key::StageSyncTimeZone))),
            tr("Since: %1").arg(since.isValid() ? QLocale().toString(since, QLocale::ShortFormat) : tr("not set")),
            tr("Only applications made after stage sync was turned on: %1")
                .arg(yesNo(s.flag(QLatin1StringView(key::StageSyncOnlyNewApplications)))),
            tr("Push pipeline changes back to SmartRecruiters: %1")
                .arg(yesNo(s.flag(QLatin1StringView(key::StageSyncPushBack)))),
        };
        m_settings->setText(lines.join(u'\n'));
    }
    if (m_scheduler && m_scheduler->lastReport())
        showReport(*m_scheduler->lastReport());
    else
        showStoredSummary();
    updateState();
}

void StageSyncPanel::syncNow()
{
    if (!m_scheduler) {
        m_lastRun->setText(tr("The stage sync is not available in this window."));
        return;
    }
    m_scheduler->runNow(); // problems arrive through problem()
    updateState();
}

void StageSyncPanel::updateState()
{
    const bool running = m_scheduler && m_scheduler->isRunning();
    m_syncNow->setEnabled(m_scheduler && !running);
    m_cancel->setVisible(running);
    m_progress->setVisible(running);
    if (!m_scheduler) {
        m_next->setText(tr("Scheduled runs are off in this window."));
    } else if (!m_scheduler->isEnabled()) {
        m_next->setText(tr("Stage sync is turned off."));
    } else if (running) {
        m_next->setText(tr("Running now."));
    } else if (m_scheduler->nextRunAt().isValid()) {
        m_next->setText(tr("Next run: %1").arg(QLocale().toString(m_scheduler->nextRunAt().toLocalTime(),
                                                                   QLocale::ShortFormat)));
    } else {
        m_next->clear();
    }
}

void StageSyncPanel::showStoredSummary()
{
    const Result<QJsonObject> summary = stagesync::StageSyncStore(m_workspace).lastSummary();
    if (!summary.ok()) {
        m_lastRun->setText(tr("The last stage sync could not be read: %1").arg(summary.error().toString()));
        return;
    }
    const QJsonObject &o = summary.value();
    if (o.isEmpty()) {
        m_lastRun->setText(tr("The stages have not been synced yet."));
        return;
    }
    QString text = o.value(QStringLiteral("ok")).toBool()
                       ? tr("Last run: %1 applications read, %2 members moved, %3 stage drift.")
                             .arg(o.value(QStringLiteral("applications")).toInt())
                             .arg(o.value(QStringLiteral("updated")).toInt())
                             .arg(o.value(QStringLiteral("drift")).toInt())
                       : tr("The last run did not finish.");
    const QJsonArray errors = o.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty())
        text += u' ' + errors.first().toString();
    m_lastRun->setText(text);
}

void StageSyncPanel::showReport(const stagesync::StageSyncReport &report)
{
    const QString when = QLocale().toString(report.finishedAt.toLocalTime(), QLocale::ShortFormat);
    QString text;
    if (report.cancelled)
        text = tr("Last run (%1) was cancelled.").arg(when);
    else if (!report.ok)
        text = tr("Last run (%1) failed: %2").arg(when, report.errors.join(u' '));
    else
        text = tr("Last run (%1): %2 applications read, %3 members moved, %4 stage drift, %5 new stages.")
                   .arg(when)
                   .arg(report.applications)
                   .arg(report.updated.size())
                   .arg(report.drift.size())
                   .arg(report.stageChanges.added.size());
    m_lastRun->setText(text);
    m_drift->clear();
    for (const stagesync::DriftItem &d : report.drift) {
        const QString stage = d.remoteSubStatus.isEmpty()
                                  ? stagesync::statusDisplayName(d.remoteStatus)
                                  : tr("%1 › %2").arg(stagesync::statusDisplayName(d.remoteStatus), d.remoteSubStatus);
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(stage, d.why), m_drift);
        item->setToolTip(tr("SmartRecruiters candidate %1, job %2").arg(d.srCandidateId, d.srJobId));
    }
}

void StageSyncPanel::showScan(int outOfStep)
{
    if (!m_scheduler)
        return;
    for (const sync::OutOfStep &o : m_scheduler->outOfStep()) {
        if (o.kind == sync::OutOfStep::Kind::StageDrift)
            new QListWidgetItem(tr("%1: %2").arg(o.candidateName, o.what), m_drift);
    }
    m_lastRun->setText(m_lastRun->text() + u' '
                       + tr("Out of step with SmartRecruiters after the run: %1 (see the reconciliation view).")
                             .arg(outOfStep));
}

} // namespace sd::ui
