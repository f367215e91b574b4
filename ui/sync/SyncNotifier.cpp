#include "SyncNotifier.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QSystemTrayIcon>

namespace sd::ui {

bool SyncNotifyPolicy::attentionChanged(int count)
{
    count = qMax(0, count);
    const bool rose = count > m_attention;
    m_attention = count;
    return rose;
}

bool SyncNotifyPolicy::stageRunWorthNotifying(const stagesync::StageSyncReport &report)
{
    if (!report.ok || report.cancelled)
        return false;
    return !report.updated.isEmpty() || !report.drift.isEmpty() || !report.stageChanges.isEmpty();
}

SyncNotifier::SyncNotifier(QObject *parent, bool useTray)
    : QObject(parent)
{
    setObjectName(QStringLiteral("syncNotifier"));
    if (!useTray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull() && QApplication::style())
        icon = QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
    m_tray->setIcon(icon);
    m_tray->setToolTip(tr("Sourcedesk: SmartRecruiters sync"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit logRequested(m_lastWasAttention); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit logRequested(false);
    });
    m_tray->show();
}

SyncNotifier::~SyncNotifier() = default;

void SyncNotifier::setAttentionCount(int count)
{
    // The first count is what was already there when the window opened: no message for it.
    if (!m_seeded) {
        m_seeded = true;
        m_policy = SyncNotifyPolicy(qMax(0, count));
        return;
    }
    if (m_policy.attentionChanged(count))
        show(tr("SmartRecruiters sync"),
             tr("%n need attention. Click to open the sync log.", nullptr, count), true);
}

void SyncNotifier::stageSyncFinished(const stagesync::StageSyncReport &report)
{
    if (!SyncNotifyPolicy::stageRunWorthNotifying(report))
        return;
    show(tr("Hiring stages synced"),
         tr("%1 members moved, %2 stage drift. Click to open the sync log.")
             .arg(report.updated.size())
             .arg(report.drift.size()),
         false);
}

void SyncNotifier::show(const QString &title, const QString &text, bool attention)
{
    if (!m_tray)
        return;
    m_lastWasAttention = attention;
    m_tray->showMessage(title, text, attention ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    emit notified(title, text);
}

} // namespace sd::ui
