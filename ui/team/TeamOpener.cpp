#include "TeamOpener.h"

#include "Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QThread>

#include <optional>

namespace sd::ui::team {

namespace {

// One entry per location at most; only the UI thread touches it.
QHash<QString, std::shared_ptr<Workspace>> &handedOff()
{
    static QHash<QString, std::shared_ptr<Workspace>> workspaces;
    return workspaces;
}

} // namespace

void openAsync(const QString &location, const QString &password, QObject *context,
               std::function<void(const Opened &)> done)
{
    auto answer = std::make_shared<std::optional<Opened>>();
    QThread *thread = QThread::create([location, password, answer] {
        Workspace::Options options;
        options.password = password;
        Opened opened = Workspace::open(location, options);
        // The connection this thread opened for the migrations dies with the thread; the UI
        // thread opens its own on first use.
        if (opened.ok())
            opened.value()->releaseThreadConnection();
        *answer = std::move(opened);
    });
    thread->setObjectName(QStringLiteral("team-connect"));
    // Queued to `context`: the answer is dropped when the dialog or window that asked has gone.
    QObject::connect(thread, &QThread::finished, context, [answer, done = std::move(done)] {
        if (*answer)
            done(**answer);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void handOff(std::shared_ptr<Workspace> workspace)
{
    if (workspace)
        handedOff().insert(workspace->path(), std::move(workspace));
}

std::shared_ptr<Workspace> takeHandedOff(const QString &location)
{
    return handedOff().take(location);
}

QString roleText(const Workspace &workspace)
{
    return workspace.role() == Workspace::TeamRole::Admin
               ? QCoreApplication::translate("sd::ui::team", "Admin")
               : QCoreApplication::translate("sd::ui::team", "Recruiter");
}

} // namespace sd::ui::team
