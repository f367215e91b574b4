#pragma once

#include <QObject>
#include <QSet>

#include <memory>

namespace sd {
class Workspace;
class ChangeFeedThread;
} // namespace sd

namespace sd::ui {

class ChangeNotifier;

// On a team workspace, teammates' committed changes (ChangeFeed, LISTEN/NOTIFY) become the same
// ChangeNotifier signals the window's own edits raise, so every view reloads without a restart.
class TeamChangeRelay : public QObject
{
    Q_OBJECT

public:
    // Nothing is installed for a local workspace.
    static TeamChangeRelay *install(const std::shared_ptr<Workspace> &workspace, ChangeNotifier *notifier,
                                    QObject *parent);

    // Which notifier signals a set of changed tables raises (public for tests).
    void relay(const QSet<QString> &tables);

signals:
    // For the status bar: listening to teammates, or why not.
    void listening(bool ok, const QString &error);

private:
    TeamChangeRelay(const std::shared_ptr<Workspace> &workspace, ChangeNotifier *notifier, QObject *parent);

    ChangeNotifier *m_notifier;
    ChangeFeedThread *m_feed;
};

} // namespace sd::ui
