#pragma once
// Opening a team workspace without freezing the window: Workspace::open talks to the server and
// blocks up to the connect timeout, so it runs on a thread of its own and the answer comes back
// through the event loop. Also the hand-off between the connect dialog (which already holds the
// open workspace) and WorkspaceLauncher (which switches the window to it by location).
#include "Error.h"

#include <QString>

#include <functional>
#include <memory>

class QObject;

namespace sd {
class Workspace;
}

namespace sd::ui::team {

using Opened = Result<std::shared_ptr<Workspace>>;

// Opens `location` with `password` (empty: libpq's PGPASSWORD or ~/.pgpass) off the calling thread;
// `done` runs once on `context`'s thread, and not at all when `context` is gone by then.
void openAsync(const QString &location, const QString &password, QObject *context,
               std::function<void(const Opened &)> done);

// The connect (or transfer) dialog leaves the workspace it opened here before asking for a switch
// to its location; the launcher takes it instead of connecting (and asking for the password) again.
void handOff(std::shared_ptr<Workspace> workspace);
std::shared_ptr<Workspace> takeHandedOff(const QString &location);

// "Admin" or "Recruiter": the signed-in user's role in a team workspace, for the status bar and Settings.
QString roleText(const Workspace &workspace);

} // namespace sd::ui::team
