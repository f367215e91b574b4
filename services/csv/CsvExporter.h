#pragma once

#include "CampaignRepository.h"
#include "CandidateRepository.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace sd {
class Workspace;
}

namespace sd::csv {

// Writes candidates to CSV page by page (never the whole list in memory): all of them, a search
// result, or a campaign's members with their pipeline status. The columns are the ones the
// importer recognises, with multi-value fields joined by "; " and custom fields as "Custom: <name>",
// so exporting and importing again gives the same candidates.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    struct Options
    {
        bool bom = true; // Excel needs it to read UTF-8
        QChar separator{u','};
        int pageSize = 1000;
        // Custom field columns; when empty they are collected from the exported rows first, which
        // costs a second read of the selection.
        std::optional<QStringList> customFields;
        // Called after each page with the rows written; return false to stop (the export fails
        // with Cancelled and, through exportToFile, leaves no file behind).
        std::function<bool(qint64)> progress;
    };

    explicit CsvExporter(std::shared_ptr<Workspace> workspace);
    CsvExporter(std::shared_ptr<Workspace> workspace, Options options);

    // The number of rows written.
    Result<qint64> exportCandidates(const CandidateQuery &query, QIODevice *out);
    Result<qint64> exportCampaign(const MemberQuery &query, QIODevice *out);
    // Writes through a temporary file that replaces `path` only when the export is complete.
    Result<qint64> exportCandidatesToFile(const CandidateQuery &query, const QString &path);
    Result<qint64> exportCampaignToFile(const MemberQuery &query, const QString &path);

    static QStringList candidateHeaders();
    static QStringList candidateFields(const Candidate &c, const QStringList &customFields);

private:
    using RowSink = std::function<Status(const Candidate &, const CampaignMember *)>;
    // Pages through the selection, calling `sink` for each row; stops at the first error.
    Status forEachCandidate(const CandidateQuery &query, const RowSink &sink);
    Status forEachMember(const MemberQuery &query, const RowSink &sink);
    Result<qint64> write(QIODevice *out, bool campaign,
                         const std::function<Status(const RowSink &)> &forEach);
    Result<qint64> toFile(const QString &path, const std::function<Result<qint64>(QIODevice *)> &run);

    std::shared_ptr<Workspace> m_workspace;
    Options m_options;
};

} // namespace sd::csv
