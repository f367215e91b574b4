#pragma once

#include "Error.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd::csv {

// One line of the import report a recruiter reads: what happened to which line of the file.
struct RowIssue
{
    // NotAdded: stored as a candidate, but not added to the campaign (on the do-not-contact list).
    enum class Kind { Failed, Skipped, Merged, NotAdded };
    qint64 line = 0;
    Kind kind = Kind::Failed;
    QString reason;
    qint64 candidateId = 0; // the stored candidate a skipped or merged row matched
};

struct ImportReport
{
    qint64 rowsRead = 0; // data rows, header and blank lines not counted
    qint64 inserted = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 doNotContact = 0; // stored, but not added to the campaign: on the do-not-contact list
    bool cancelled = false;
    // Set when the import stopped early (a damaged file past the header, a database error).
    // Everything counted above is stored; nothing of an interrupted batch is.
    std::optional<Error> error;
    QList<RowIssue> issues; // in file order, capped; issuesDropped counts the rest
    qint64 issuesDropped = 0;
    QStringList warnings; // e.g. columns a saved mapping names that the file does not have
    QString encoding;
    QString separator;
    qint64 elapsedMs = 0;

    bool ok() const { return !error && !cancelled; }
    qint64 stored() const { return inserted + merged; }
};

} // namespace sd::csv

Q_DECLARE_METATYPE(sd::csv::ImportReport)
