#pragma once

#include "Error.h"

namespace sd {
class Workspace;
}

namespace sd::sample {

// The small, clearly marked sample campaign offered on a workspace's first start. Every record it
// creates carries the sample flag, so "Remove sample data" takes exactly those and nothing else.

// True once the offer was answered (accepted or declined) for this workspace.
bool wasOffered(const Workspace &workspace);
Status markOffered(const Workspace &workspace);

// Creates the sample campaign with a dozen candidates, statuses and activities; returns its id.
Result<qint64> create(const Workspace &workspace, const QString &actor);
bool exists(const Workspace &workspace);
Status remove(const Workspace &workspace);

} // namespace sd::sample
