#include "SyncStatusWidget.h"

#include "Theme.h"
#include "Named.h"
#include "Outbox.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace sd::ui {

namespace {

// Errors below 200 are the transport's (no connection, DNS, TLS, timeout, proxy); cancelling is
// ours and says nothing about the network.
bool isNetworkFailure(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error != QNetworkReply::OperationCanceledError && error < 200;
}

} // namespace

SyncStatusWidget::SyncStatusWidget(const Workspace &workspace, SyncHub *hub, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_hub(hub)
    , m_label(named(new QLabel(this), QStringLiteral("syncStatusLabel"), tr("SmartRecruiters sync")))
    , m_progress(named(new QProgressBar(this), QStringLiteral("syncStatusProgress"),
                       tr("SmartRecruiters sync progress")))
    , m_cancel(named(new QPushButton(tr("Cancel"), this), QStringLiteral("syncStatusCancel"),
                     tr("Stop sending to SmartRecruiters")))
    , m_attention(named(new QPushButton(this), QStringLiteral("syncStatusAttention"),
                        tr("SmartRecruiters jobs that need attention")))
    , m_connection(named(new QToolButton(this), QStringLiteral("syncStatusConnection"),
                         tr("SmartRecruiters connection")))
    , m_attentionTimer(new QTimer(this))
{
    named(this, QStringLiteral("syncStatus"), tr("SmartRecruiters sync status"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel->setToolTip(tr("Stop after the jobs in flight; the rest wait in the sync log."));
    m_attention->setFlat(true);
    theme::setTone(m_attention, theme::Tone::Problem);
    m_attention->setToolTip(tr("Open the sync log on the jobs SmartRecruiters refused"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_connection->setAutoRaise(true);
    m_connection->setToolTip(tr("Open the sync log (Ctrl+Shift+Y)"));
    layout->addWidget(m_connection);
    layout->addWidget(m_attention);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &SyncStatusWidget::cancel);
    connect(m_attention, &QPushButton::clicked, this, &SyncStatusWidget::attentionRequested);
    connect(m_connection, &QToolButton::clicked, this, &SyncStatusWidget::logRequested);
    m_attentionTimer->setSingleShot(true);
    m_attentionTimer->setInterval(300);
    connect(m_attentionTimer, &QTimer::timeout, this, &SyncStatusWidget::updateAttention);
    if (m_hub) {
        connect(m_hub, &SyncHub::engineCreated, this, &SyncStatusWidget::attachEngine);
        connect(m_hub, &SyncHub::outboxChanged, m_attentionTimer, qOverload<>(&QTimer::start));
        connect(m_hub, &SyncHub::connectionChanged, this, [this] {
            m_offline = false;
            watchClient();
            updateConnection();
        });
        watchClient();
        if (m_hub->engine())
            attachEngine(m_hub->engine());
    }
    m_label->hide();
    m_progress->hide();
    m_cancel->hide();
    updateAttention();
    updateConnection();
}

SyncStatusWidget::Connection SyncStatusWidget::connectionFor(bool connected, bool lastRequestNetworkFailed)
{
    if (!connected)
        return Connection::NotConnected;
    return lastRequestNetworkFailed ? Connection::Offline : Connection::Connected;
}

QString SyncStatusWidget::connectionLabel(Connection state)
{
    switch (state) {
    case Connection::Connected:
        return tr("SmartRecruiters: connected");
    case Connection::Offline:
        return tr("SmartRecruiters: offline");
    case Connection::NotConnected:
        break;
    }
    return tr("SmartRecruiters: not connected");
}

SyncStatusWidget::Connection SyncStatusWidget::connectionState() const
{
    return connectionFor(m_hub && m_hub->isConnected(), m_offline);
}

QString SyncStatusWidget::connectionText() const
{
    return m_connection->text();
}

void SyncStatusWidget::watchClient()
{
    QNetworkAccessManager *network = (m_hub && m_hub->client()) ? m_hub->client()->network() : nullptr;
    if (network == m_watched)
        return;
    if (m_watched)
        m_watched->disconnect(this);
    m_watched = network;
    if (network)
        connect(network, &QNetworkAccessManager::finished, this,
                [this](QNetworkReply *reply) { noteRequest(isNetworkFailure(reply->error())); });
}

void SyncStatusWidget::noteRequest(bool networkFailed)
{
    if (m_offline == networkFailed)
        return;
    m_offline = networkFailed;
    updateConnection();
}

void SyncStatusWidget::updateConnection()
{
    const Connection state = connectionState();
    m_connection->setText(connectionLabel(state));
    m_connection->setAccessibleDescription(m_connection->text());
    theme::setTone(m_connection, state == Connection::Offline ? theme::Tone::Problem : theme::Tone::Normal);
}

void SyncStatusWidget::attachEngine(sync::SyncEngine *engine)
{
    connect(engine, &sync::SyncEngine::progress, this, &SyncStatusWidget::showProgress);
    connect(engine, &sync::SyncEngine::idle, this, &SyncStatusWidget::finished);
    connect(engine, &sync::SyncEngine::problem, this, &SyncStatusWidget::message);
}

void SyncStatusWidget::showProgress(int done, int total)
{
    if (total <= 0 || done >= total) {
        finished();
        return;
    }
    m_sending = true;
    m_label->setText(tr("Sending to SmartRecruiters %1/%2").arg(done).arg(total));
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_label->show();
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
}

void SyncStatusWidget::finished()
{
    const bool wasSending = m_sending;
    m_sending = false;
    m_label->hide();
    m_progress->hide();
    m_cancel->hide();
    if (wasSending)
        emit message(tr("SmartRecruiters is up to date with what was queued."));
    updateAttention();
}

void SyncStatusWidget::cancel()
{
    if (m_hub && m_hub->engine())
        m_hub->engine()->cancel();
    m_sending = false;
    m_label->hide();
    m_progress->hide();
    m_cancel->hide();
    emit message(
        tr("Stopped sending to SmartRecruiters; the rest waits in the sync log (Ctrl+Shift+Y) and goes "
           "with the next change."));
    updateAttention();
}

void SyncStatusWidget::updateAttention()
{
    const Result<sync::OutboxCounts> counts = sync::Outbox(m_workspace).counts();
    const int attention = counts.ok() ? counts->needsAttention : 0;
    m_attention->setText(tr("%n need attention", nullptr, attention));
    m_attention->setVisible(attention > 0);
    emit attentionCounted(attention);
}

QString SyncStatusWidget::text() const
{
    return m_label->isVisibleTo(this) ? m_label->text() : QString();
}

} // namespace sd::ui
