#include "csv/CsvImporter.h"

#include "Workspace.h"
#include "csv/RecordMapper.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace sd::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::csv::CsvImporter", text);
}

QString reasonText(DuplicateReason r)
{
    switch (r) {
    case DuplicateReason::Email: return tr("same email address");
    case DuplicateReason::LinkedIn: return tr("same LinkedIn profile");
    case DuplicateReason::NameAndCompany: return tr("same name at the same company");
    }
    return {};
}

// A file without a header row starts with a candidate; importing it would turn Jane's email
// address into a column name and lose her.
QString headerProblem(const QStringList &headers)
{
    bool anyText = false;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString t = headers[i].trimmed();
        anyText = anyText || !t.isEmpty();
        if (RecordMapper::looksLikeEmail(t) || t.startsWith(QLatin1StringView("http://"), Qt::CaseInsensitive)
            || t.startsWith(QLatin1StringView("https://"), Qt::CaseInsensitive)
            || t.startsWith(QLatin1StringView("www."), Qt::CaseInsensitive))
            return tr("The file has no header row: the first row holds data (\"%1\" in column %2), not column "
                      "names. Add a first row with column names such as First Name, Last Name, Email.")
                .arg(t).arg(i + 1);
    }
    if (!anyText)
        return tr("The file has no header row: the first row has no column names.");
    return {};
}

// Opens the file and reads its header row; shared by the preview and the import.
Status openWithHeader(QFile &file, CsvReader &reader, QStringList &headers, const QString &name)
{
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("The file cannot be opened: %1").arg(file.errorString()), name);
    if (Status s = reader.open())
        return s;
    CsvRecord header;
    if (!reader.readRecord(header)) {
        if (reader.error())
            return reader.error();
        return Error(Error::Code::InvalidArgument, tr("The file has no header row: it contains only blank lines."), name);
    }
    if (const QString problem = headerProblem(header.fields); !problem.isEmpty())
        return Error(Error::Code::InvalidArgument, problem, name + tr(", line %1").arg(header.line));
    headers = header.fields;
    return std::nullopt;
}

CsvReader::Options withName(CsvReader::Options o, const QString &path)
{
    if (o.sourceName.isEmpty())
        o.sourceName = QFileInfo(path).fileName();
    return o;
}

QString separatorName(QChar sep)
{
    return sep == u'\t' ? QStringLiteral("tab") : QString(sep);
}

} // namespace

CsvImporter::CsvImporter(std::shared_ptr<Workspace> workspace, QString filePath, Options options, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_filePath(std::move(filePath)), m_options(std::move(options))
{
    if (m_options.batchSize < 1)
        m_options.batchSize = 1;
    // The change log needs an author for merged fields; an empty one is refused by the store.
    if (m_options.actor.isEmpty())
        m_options.actor = QStringLiteral("csv-import");
}

CsvImporter::~CsvImporter()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread.data();
    }
}

Result<CsvPreview> CsvImporter::preview(const QString &filePath, int maxRows, const std::optional<ColumnMapping> &mapping,
                                        const CsvReader::Options &readerOptions)
{
    const CsvReader::Options ro = withName(readerOptions, filePath);
    QFile file(filePath);
    CsvReader reader(&file, ro);
    CsvPreview p;
    if (Status s = openWithHeader(file, reader, p.headers, ro.sourceName))
        return *s;
    p.encoding = reader.encoding();
    p.separator = reader.separator();
    p.bytesTotal = reader.bytesTotal();
    p.mapping = mapping ? mapping->appliedTo(p.headers) : ColumnMapping::detect(p.headers);
    const RecordMapper mapper(p.mapping);
    CsvRecord rec;
    while (p.rows.size() < maxRows && reader.readRecord(rec)) {
        Candidate c;
        p.rowErrors << mapper.map(rec.fields, c);
        p.candidates << (p.rowErrors.constLast().isEmpty() ? c : Candidate{});
        p.rows << rec;
    }
    // A damaged line further down is the import's business; one within the preview is shown now.
    if (reader.error() && p.rows.size() < maxRows)
        return *reader.error();
    return p;
}

void CsvImporter::notify(std::function<void()> emitter)
{
    if (m_async)
        QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
    else
        emitter();
}

void CsvImporter::start()
{
    if (m_started)
        return;
    m_started = true;
    m_async = true;
    m_running = true;
    const std::shared_ptr<Workspace> workspace = m_workspace;
    m_thread = QThread::create([this, workspace] {
        ImportReport report;
        {
            // The worker's database connection must not outlive the thread.
            ThreadConnectionGuard guard(*workspace);
            report = work();
        }
        QMetaObject::invokeMethod(this, [this, report] {
            m_running = false;
            Q_EMIT finished(report);
        }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("csv-import"));
    m_thread->start();
}

ImportReport CsvImporter::run()
{
    if (m_started) {
        ImportReport r;
        r.error = Error(Error::Code::InvalidArgument, tr("This import has already been started."));
        return r;
    }
    m_started = true;
    m_running = true;
    ImportReport report = work();
    m_running = false;
    Q_EMIT finished(report);
    return report;
}

ImportReport CsvImporter::work()
{
    QElapsedTimer timer;
    timer.start();
    ImportReport r;
    const CsvReader::Options ro = withName(m_options.reader, m_filePath);
    QFile file(m_filePath);
    CsvReader reader(&file, ro);
    QStringList headers;
    if (Status s = openWithHeader(file, reader, headers, ro.sourceName)) {
        r.error = *s;
        r.elapsedMs = timer.elapsed();
        return r;
    }
    r.encoding = encodingName(reader.encoding());
    r.separator = separatorName(reader.separator());

    QStringList missing;
    const ColumnMapping mapping = m_options.mapping ? m_options.mapping->appliedTo(headers, &missing)
                                                    : ColumnMapping::detect(headers);
    for (const QString &m : std::as_const(missing))
        r.warnings << tr("The mapping names the column \"%1\", which this file does not have.").arg(m);
    if (!mapping.canIdentifyCandidates()) {
        r.error = Error(Error::Code::InvalidArgument,
                        tr("No column holds a name or an email address (the columns are: %1). Map at least a name "
                           "or an email column.").arg(headers.join(QStringLiteral(", "))),
                        ro.sourceName);
        r.elapsedMs = timer.elapsed();
        return r;
    }

    const RecordMapper mapper(mapping);
    CandidateRepository repo(*m_workspace);
    const int batchSize = m_options.batchSize;
    QList<Candidate> batch;
    QList<qint64> lines;
    batch.reserve(batchSize);
    lines.reserve(batchSize);

    auto addIssue = [&](qint64 line, RowIssue::Kind kind, const QString &reason, qint64 id) {
        if (r.issues.size() < m_options.maxIssues)
            r.issues << RowIssue{line, kind, reason, id};
        else
            ++r.issuesDropped;
    };

    // Writes the pending rows as one transaction: all of them or, on an error, none.
    auto flush = [&]() -> bool {
        if (batch.isEmpty())
            return true;
        if (m_cancel.load(std::memory_order_relaxed)) {
            r.cancelled = true;
            return false;
        }
        auto outcomes = repo.importBatch(batch, m_options.policy, m_options.actor, m_options.campaignId);
        if (!outcomes.ok()) {
            r.error = Error(outcomes.error().code,
                            tr("The rows from line %1 to line %2 could not be saved, so none of them was stored (%3). "
                               "The %4 rows before line %1 are stored; importing the file again skips them as "
                               "duplicates.")
                                .arg(lines.constFirst()).arg(lines.constLast()).arg(outcomes.error().toString())
                                .arg(r.stored()),
                            ro.sourceName);
            return false;
        }
        const QList<ImportOutcome> &list = outcomes.value();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const ImportOutcome &o = list[i];
            if (o.doNotContact) {
                ++r.doNotContact;
                addIssue(lines.value(i), RowIssue::Kind::NotAdded,
                         tr("Not added to the campaign: on the do-not-contact list."), o.candidateId);
            }
            if (o.kind == ImportOutcome::Kind::Inserted) {
                ++r.inserted;
                continue;
            }
            const bool merged = o.kind == ImportOutcome::Kind::Merged;
            merged ? ++r.merged : ++r.skipped;
            QString why;
            if (o.match && o.match->batchRow >= 0) {
                const qint64 otherLine = lines.value(o.match->batchRow);
                why = merged ? tr("Merged with line %1 (%2).").arg(otherLine).arg(reasonText(o.match->reason))
                             : tr("Skipped: duplicate of line %1 (%2).").arg(otherLine).arg(reasonText(o.match->reason));
            } else {
                const QString reason = o.match ? reasonText(o.match->reason) : QString();
                why = merged ? tr("Merged into candidate %1 (%2).").arg(o.candidateId).arg(reason)
                             : tr("Skipped: duplicate of candidate %1 (%2).").arg(o.candidateId).arg(reason);
            }
            addIssue(lines.value(i), merged ? RowIssue::Kind::Merged : RowIssue::Kind::Skipped, why, o.candidateId);
        }
        batch.clear();
        lines.clear();
        const qint64 rows = r.rowsRead;
        const qint64 done = reader.bytesRead();
        const qint64 total = reader.bytesTotal();
        notify([this, rows, done, total] { Q_EMIT progress(rows, done, total); });
        if (m_options.afterBatch)
            m_options.afterBatch(r.stored());
        return true;
    };

    CsvRecord rec;
    bool stopped = false;
    while (!stopped && reader.readRecord(rec)) {
        if (m_cancel.load(std::memory_order_relaxed)) {
            r.cancelled = true;
            stopped = true;
            break;
        }
        ++r.rowsRead;
        Candidate c;
        const QString why = mapper.map(rec.fields, c);
        if (!why.isEmpty()) {
            ++r.failed;
            addIssue(rec.line, RowIssue::Kind::Failed, why, 0);
            if (r.failed <= m_options.maxIssues) {
                const qint64 line = rec.line;
                notify([this, line, why] { Q_EMIT rowFailed(line, why); });
            }
            continue;
        }
        if (c.source.isEmpty())
            c.source = m_options.defaultSource;
        batch << std::move(c);
        lines << rec.line;
        if (batch.size() >= batchSize)
            stopped = !flush();
    }
    // Rows read before a damaged spot are whole rows: store them, then report where reading stopped.
    if (!stopped) {
        stopped = !flush();
        if (!r.error && reader.error())
            r.error = reader.error();
    }
    if (!stopped) {
        const qint64 rowsDone = r.rowsRead;
        const qint64 done = reader.bytesRead();
        const qint64 total = reader.bytesTotal();
        notify([this, rowsDone, done, total] { Q_EMIT progress(rowsDone, done, total); });
    }
    r.elapsedMs = timer.elapsed();
    return r;
}

} // namespace sd::csv
