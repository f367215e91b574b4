#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sd {
class Workspace;
}

namespace sd::bench {

// Every member of a campaign, paged in.
QList<qint64> memberIds(const Workspace &ws, qint64 campaignId);

// One client of the team benchmark, run as its own process: opens the workspace, waits for the
// start time, runs `searches` searches (random queries taken from the data) and then moves its
// campaign's members to Contacted in one bulk status change. Prints its timings as one JSON line.
struct ClientOrder
{
    QString location;
    int index = 0;
    qint64 campaignId = 0;
    int searches = 200;
    qint64 startAtMs = 0; // wall clock, so the five start together
};

int runClient(const ClientOrder &order);

} // namespace sd::bench
