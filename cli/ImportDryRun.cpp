#include "ImportDryRun.h"

#include "CandidateKeys.h"
#include "CandidateRepository.h"
#include "JsonShapes.h"
#include "Tr.h"
#include "csv/RecordMapper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace sd::cli {

namespace {

QString separatorName(QChar sep)
{
    return sep == u'\t' ? QStringLiteral("tab") : QString(sep);
}

} // namespace

ImportReport dryRunImport(const Workspace &workspace, const QString &path, const ImportOptions &options,
                          const std::function<bool()> &stop)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport r;
    csv::CsvReader::Options ro = options.reader;
    if (ro.sourceName.isEmpty())
        ro.sourceName = QFileInfo(path).fileName();

    // The preview checks the header the same way the import does.
    auto preview = csv::CsvImporter::preview(path, 0, std::nullopt, ro);
    if (!preview.ok()) {
        r.error = preview.error();
        return r;
    }
    QStringList missing;
    csv::ColumnMapping mapping;
    if (options.mapping)
        mapping = options.mapping->appliedTo(preview->headers, &missing);
    else
        mapping = csv::ColumnMapping::detect(preview->headers);
    for (const QString &m : std::as_const(missing))
        r.warnings << Tr::tr("The mapping names the column \"%1\", which this file does not have.").arg(m);
    r.encoding = csv::encodingName(preview->encoding);
    r.separator = separatorName(preview->separator);
    if (!mapping.canIdentifyCandidates()) {
        r.error = Error(Error::Code::InvalidArgument,
                        Tr::tr("No column holds a name or an email address (the columns are: %1).")
                            .arg(preview->headers.join(QStringLiteral(", "))),
                        ro.sourceName);
        return r;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = Error(Error::Code::Io, Tr::tr("The file cannot be opened: %1").arg(file.errorString()),
                        ro.sourceName);
        return r;
    }
    csv::CsvReader reader(&file, ro);
    if (Status s = reader.open()) {
        r.error = *s;
        return r;
    }
    const csv::RecordMapper mapper(mapping);
    const CandidateRepository repo(workspace);
    QHash<QString, qint64> seen; // duplicate key -> first line of the file that has it
    auto addIssue = [&](qint64 line, csv::RowIssue::Kind kind, const QString &reason, qint64 id) {
        if (r.issues.size() < options.maxIssues)
            r.issues << csv::RowIssue{line, kind, reason, id};
        else
            ++r.issuesDropped;
    };

    csv::CsvRecord rec;
    bool header = true;
    while (reader.readRecord(rec)) {
        if (header) {
            header = false;
            continue;
        }
        if (stop && stop()) {
            r.cancelled = true;
            break;
        }
        ++r.rowsRead;
        Candidate c;
        const QString why = mapper.map(rec.fields, c);
        if (!why.isEmpty()) {
            ++r.failed;
            addIssue(rec.line, csv::RowIssue::Kind::Failed, why, 0);
            continue;
        }
        const bool merge = options.policy == DuplicatePolicy::Merge;
        const QStringList keys = keys::forCandidate(CandidateRepository::sanitized(c));
        qint64 earlierLine = 0;
        QString matchedKey;
        for (const QString &k : keys) {
            earlierLine = seen.value(k, 0);
            if (earlierLine > 0) {
                matchedKey = k;
                break;
            }
        }
        if (earlierLine > 0) {
            const QString reason = reasonLabel(keys::reasonOf(matchedKey));
            merge ? ++r.merged : ++r.skipped;
            addIssue(
                rec.line, merge ? csv::RowIssue::Kind::Merged : csv::RowIssue::Kind::Skipped,
                merge ? Tr::tr("Would be merged with line %1 (%2).").arg(earlierLine).arg(reason)
                      : Tr::tr("Would be skipped: duplicate of line %1 (%2).").arg(earlierLine).arg(reason),
                0);
        } else {
            auto match = repo.findDuplicate(c);
            if (!match.ok()) {
                r.error = match.error();
                break;
            }
            if (match.value()) {
                const qint64 id = match.value()->candidateId;
                const QString reason = reasonLabel(match.value()->reason);
                merge ? ++r.merged : ++r.skipped;
                addIssue(
                    rec.line, merge ? csv::RowIssue::Kind::Merged : csv::RowIssue::Kind::Skipped,
                    merge ? Tr::tr("Would be merged into candidate %1 (%2).").arg(id).arg(reason)
                          : Tr::tr("Would be skipped: duplicate of candidate %1 (%2).").arg(id).arg(reason),
                    id);
            } else {
                ++r.inserted;
            }
        }
        for (const QString &k : keys)
            seen.insert(k, seen.value(k, rec.line));
    }
    if (!r.error && !r.cancelled && reader.error())
        r.error = reader.error();
    r.elapsedMs = timer.elapsed();
    return r;
}

} // namespace sd::cli
