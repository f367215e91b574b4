#include "csv/CsvExporter.h"

#include "Workspace.h"
#include "csv/CsvWriter.h"

#include <QSaveFile>
#include <QSet>

namespace sd::csv {

namespace {

const QString kJoin = QStringLiteral("; ");

QString isoOrEmpty(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

CsvExporter::CsvExporter(std::shared_ptr<Workspace> workspace) : CsvExporter(std::move(workspace), Options{}) {}

CsvExporter::CsvExporter(std::shared_ptr<Workspace> workspace, Options options)
    : m_workspace(std::move(workspace)), m_options(std::move(options))
{
    if (m_options.pageSize < 1)
        m_options.pageSize = 1000;
}

// Header names are fixed English keys, not tr(): a file exported in one language must import in
// another, and the importer's aliases know these names.
QStringList CsvExporter::candidateHeaders()
{
    return {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Emails"),
            QStringLiteral("Phones"), QStringLiteral("Company"), QStringLiteral("Title"),
            QStringLiteral("City"), QStringLiteral("Region"), QStringLiteral("Country"),
            QStringLiteral("LinkedIn URL"), QStringLiteral("Links"), QStringLiteral("Source"),
            QStringLiteral("Tags"), QStringLiteral("Notes"), QStringLiteral("Consent"),
            QStringLiteral("Consent Date"), QStringLiteral("Consent Method")};
}

QStringList CsvExporter::candidateFields(const Candidate &c, const QStringList &customFields)
{
    QStringList f{c.firstName, c.lastName, c.emails.join(kJoin), c.phones.join(kJoin), c.company, c.title, c.city,
                  c.region, c.countryCode, c.linkedinUrl, c.links.join(kJoin), c.source, c.tags.join(kJoin), c.notes,
                  c.consent == ConsentState::Unknown ? QString() : toKey(c.consent), isoOrEmpty(c.consentDate),
                  c.consentMethod};
    for (const QString &name : customFields)
        f << c.customFields.value(name);
    return f;
}

Status CsvExporter::forEachCandidate(const CandidateQuery &query, const RowSink &sink)
{
    CandidateRepository repo(*m_workspace);
    PageCursor cursor;
    for (;;) {
        auto page = repo.page(query, cursor, m_options.pageSize);
        if (!page.ok())
            return page.error();
        for (const Candidate &c : page.value()) {
            if (Status s = sink(c, nullptr))
                return s;
        }
        if (page->size() < m_options.pageSize)
            return std::nullopt;
        cursor = CandidateRepository::cursorAfter(page->constLast(), query);
    }
}

Status CsvExporter::forEachMember(const MemberQuery &query, const RowSink &sink)
{
    CampaignRepository repo(*m_workspace);
    QVariantList after;
    for (;;) {
        auto page = repo.members(query, after, m_options.pageSize);
        if (!page.ok())
            return page.error();
        for (const CampaignMember &m : page.value()) {
            if (Status s = sink(m.candidate, &m))
                return s;
        }
        if (page->size() < m_options.pageSize)
            return std::nullopt;
        after = CampaignRepository::cursorAfter(page->constLast());
    }
}

Result<qint64> CsvExporter::write(QIODevice *out, bool campaign, const std::function<Status(const RowSink &)> &forEach)
{
    QStringList custom;
    if (m_options.customFields) {
        custom = *m_options.customFields;
    } else {
        // The header comes first, so the custom field names are gathered in a read-only pass.
        QSet<QString> names;
        if (Status s = forEach([&names](const Candidate &c, const CampaignMember *) {
                for (auto it = c.customFields.keyBegin(); it != c.customFields.keyEnd(); ++it)
                    names.insert(*it);
                return Status{};
            }))
            return *s;
        custom = QStringList(names.cbegin(), names.cend());
        custom.sort(Qt::CaseInsensitive);
    }

    CsvWriter writer(out, m_options.separator);
    if (m_options.bom)
        writer.writeBom();
    QStringList header = candidateHeaders();
    for (const QString &name : std::as_const(custom))
        header << QStringLiteral("Custom: ") + name;
    if (campaign) {
        header << QStringLiteral("Campaign Status") << QStringLiteral("Status Changed") << QStringLiteral("Added")
               << QStringLiteral("Last Activity");
    }
    writer.writeRow(header);

    qint64 rows = 0;
    Status s = forEach([&](const Candidate &c, const CampaignMember *m) -> Status {
        QStringList fields = candidateFields(c, custom);
        if (m) {
            fields << toKey(m->status) << isoOrEmpty(m->statusChangedAt) << isoOrEmpty(m->addedAt)
                   << isoOrEmpty(m->lastActivityAt);
        }
        writer.writeRow(fields);
        ++rows;
        if (rows % m_options.pageSize == 0) {
            if (Status w = writer.flush())
                return w;
            if (m_options.progress && !m_options.progress(rows))
                return Error(Error::Code::Cancelled, tr("The export was cancelled."));
        }
        return std::nullopt;
    });
    if (s)
        return *s;
    if (Status w = writer.flush())
        return *w;
    if (m_options.progress)
        m_options.progress(rows);
    return rows;
}

Result<qint64> CsvExporter::exportCandidates(const CandidateQuery &query, QIODevice *out)
{
    return write(out, false, [&](const RowSink &sink) { return forEachCandidate(query, sink); });
}

Result<qint64> CsvExporter::exportCampaign(const MemberQuery &query, QIODevice *out)
{
    return write(out, true, [&](const RowSink &sink) { return forEachMember(query, sink); });
}

Result<qint64> CsvExporter::toFile(const QString &path, const std::function<Result<qint64>(QIODevice *)> &run)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Code::Io, tr("The file cannot be written: %1").arg(file.errorString()), path);
    auto result = run(&file);
    if (!result.ok()) {
        file.cancelWriting();
        Error e = result.error();
        if (e.where.isEmpty())
            e.where = path;
        return e;
    }
    if (!file.commit())
        return Error(Error::Code::Io, tr("The file cannot be written: %1").arg(file.errorString()), path);
    return result;
}

Result<qint64> CsvExporter::exportCandidatesToFile(const CandidateQuery &query, const QString &path)
{
    return toFile(path, [&](QIODevice *out) { return exportCandidates(query, out); });
}

Result<qint64> CsvExporter::exportCampaignToFile(const MemberQuery &query, const QString &path)
{
    return toFile(path, [&](QIODevice *out) { return exportCampaign(query, out); });
}

} // namespace sd::csv
