#include "CandidateRepository.h"

#include "CandidateRow.h"
#include "DoNotContact.h"
#include "ImportWriter.h"
#include "SearchIndex.h"
#include "SqlUtil.h"
#include "UndoSnapshot.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sd {

namespace {

constexpr int kKeyLookupChunk = 400; // bound parameters per IN (...) lookup

// Optimistic locking lost: another window, or in a team workspace another member, saved first.
// Their values stay; the recruiter has to see them before deciding again.
Error conflictError()
{
    return Error(Error::Code::Conflict,
                 QCoreApplication::translate("CandidateRepository",
                                             "This candidate was changed by someone else after you opened it. Your "
                                             "changes were not saved: reload the candidate to see the current values, "
                                             "then make your changes again."));
}

QString cleanItem(QString s)
{
    s.replace(u'\n', u' ').replace(u'\r', u' ');
    return s.trimmed();
}

QStringList cleanList(const QStringList &in, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    QStringList out;
    for (const QString &s : in) {
        const QString c = cleanItem(s);
        if (!c.isEmpty() && !out.contains(c, cs))
            out << c;
    }
    return out;
}

QString placeholders(int n)
{
    QString s;
    s.reserve(n * 2);
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

int reasonRank(DuplicateReason r)
{
    switch (r) {
    case DuplicateReason::Email: return 0;
    case DuplicateReason::LinkedIn: return 1;
    case DuplicateReason::NameAndCompany: return 2;
    }
    return 3;
}

// The best match among a candidate's keys: email beats LinkedIn beats name and company.
std::optional<DuplicateMatch> bestMatch(const QStringList &keys, const QHash<QString, qint64> &stored,
                                        const QHash<QString, int> &inBatch, qint64 ignoreId)
{
    std::optional<DuplicateMatch> best;
    for (const QString &k : keys) {
        DuplicateMatch m;
        m.reason = keys::reasonOf(k);
        if (auto it = inBatch.constFind(k); it != inBatch.cend()) {
            m.batchRow = it.value();
        } else if (auto st = stored.constFind(k); st != stored.cend() && st.value() != ignoreId) {
            m.candidateId = st.value();
        } else {
            continue;
        }
        if (!best || reasonRank(m.reason) < reasonRank(best->reason))
            best = m;
    }
    return best;
}

Result<QHash<QString, qint64>> lookupKeys(const QSqlDatabase &db, const QStringList &keysToFind)
{
    QHash<QString, qint64> found;
    for (qsizetype from = 0; from < keysToFind.size(); from += kKeyLookupChunk) {
        const QStringList chunk = keysToFind.mid(from, kKeyLookupChunk);
        QSqlQuery q(db);
        // Oldest record first, so the match for a key is stable.
        if (Status s = sql::prepare(q, QStringLiteral("SELECT key, min(candidate_id) FROM candidate_keys WHERE key IN (%1) "
                                                      "GROUP BY key").arg(placeholders(int(chunk.size())))))
            return *s;
        for (int i = 0; i < chunk.size(); ++i)
            q.bindValue(i, chunk[i]);
        if (Status s = sql::exec(q, QStringLiteral("looking for duplicates")))
            return *s;
        while (q.next())
            found.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return found;
}

// A campaign import: which outcomes' people are on the do-not-contact list, by any email of the
// row or of the record it matched (a skipped row's stored record keeps its own emails). Every
// row's candidate is already in the candidates table here. Nothing is read when the list is empty.
Result<QSet<int>> doNotContactRows(const Workspace &workspace, const QSqlDatabase &db,
                                   const QList<ImportOutcome> &outcomes, const QList<QStringList> &rowEmails)
{
    QSet<int> out;
    QSqlQuery any(db);
    if (!any.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM do_not_contact)")))
        return sql::errorFrom(any, QStringLiteral("checking the do-not-contact list"));
    if (!any.next() || !any.value(0).toBool())
        return out;
    QList<qint64> ids;
    QSet<qint64> seen;
    for (const ImportOutcome &o : outcomes)
        if (!seen.contains(o.candidateId)) {
            seen.insert(o.candidateId);
            ids << o.candidateId;
        }
    QHash<qint64, QStringList> stored;
    for (qsizetype from = 0; from < ids.size(); from += kKeyLookupChunk) {
        const QList<qint64> chunk = ids.mid(from, kKeyLookupChunk);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s = sql::prepare(q, QStringLiteral("SELECT id, emails FROM candidates WHERE id IN (%1)")
                                           .arg(placeholders(int(chunk.size())))))
            return *s;
        for (int i = 0; i < chunk.size(); ++i)
            q.bindValue(i, chunk[i]);
        if (Status s = sql::exec(q, QStringLiteral("checking the do-not-contact list")))
            return *s;
        while (q.next())
            stored.insert(q.value(0).toLongLong(), q.value(1).toString().split(u'\n', Qt::SkipEmptyParts));
    }
    QStringList all;
    for (const QStringList &e : rowEmails)
        all << e;
    for (const QStringList &e : std::as_const(stored))
        all << e;
    auto blocked = DoNotContact(workspace).blockedAmong(all);
    if (!blocked.ok())
        return blocked.error();
    if (blocked->isEmpty())
        return out;
    for (int i = 0; i < outcomes.size(); ++i) {
        const QStringList emails = rowEmails.value(i) + stored.value(outcomes[i].candidateId);
        for (const QString &e : emails)
            if (blocked->contains(e)) {
                out.insert(i);
                break;
            }
    }
    return out;
}

// After a merge rewrote a stored record's keys: who owns the keys it no longer has.
Status refreshDropped(ImportWriter &w, const QStringList &before, const QStringList &after,
                      QHash<QString, qint64> &storedKeys)
{
    for (const QString &k : before) {
        if (after.contains(k))
            continue;
        auto owner = w.lookupKey(k);
        if (!owner.ok())
            return owner.error();
        if (owner->has_value())
            storedKeys.insert(k, **owner);
        else
            storedKeys.remove(k);
    }
    return std::nullopt;
}

class KeyWriter
{
public:
    explicit KeyWriter(const QSqlDatabase &db) : m_insert(db), m_delete(db)
    {
        m_insert.prepare(QStringLiteral("INSERT INTO candidate_keys(key, candidate_id) VALUES (?, ?) "
                                        "ON CONFLICT DO NOTHING"));
        m_delete.prepare(QStringLiteral("DELETE FROM candidate_keys WHERE key = ? AND candidate_id = ?"));
    }
    Status add(const QStringList &keys, qint64 id) { return run(m_insert, keys, id); }
    Status drop(const QStringList &keys, qint64 id) { return run(m_delete, keys, id); }

private:
    static Status run(QSqlQuery &q, const QStringList &keys, qint64 id)
    {
        for (const QString &k : keys) {
            q.bindValue(0, k);
            q.bindValue(1, id);
            if (Status s = sql::exec(q, QStringLiteral("updating duplicate keys")))
                return s;
        }
        return std::nullopt;
    }
    QSqlQuery m_insert;
    QSqlQuery m_delete;
};

Result<Candidate> fetch(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    if (Status s = sql::prepare(q, QStringLiteral("SELECT %1 FROM candidates WHERE id = ?").arg(row::candidateColumns())))
        return *s;
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("reading a candidate")))
        return *s;
    if (!q.next())
        return Error(Error::Code::NotFound, QObject::tr("Candidate %1 does not exist.").arg(id));
    return row::readCandidate(q);
}

// Writes the new values over the stored ones, guarded by the row version, and logs each change.
Status updateInTransaction(const QSqlDatabase &db, const Candidate &stored, Candidate &c, const QString &actor)
{
    const qint64 now = sql::nowMs();
    QSqlQuery q(db);
    QString assignments;
    const QStringList cols = row::writableColumnList().split(QStringLiteral(", "));
    for (const QString &col : cols)
        assignments += col + QStringLiteral(" = ?, ");
    if (Status s = sql::prepare(q, QStringLiteral("UPDATE candidates SET %1 row_version = row_version + 1, updated_at = ? "
                                                  "WHERE id = ? AND row_version = ?").arg(assignments)))
        return s;
    row::bindWritable(q, c, 0);
    q.bindValue(row::WritableColumnCount, now);
    q.bindValue(row::WritableColumnCount + 1, c.id);
    q.bindValue(row::WritableColumnCount + 2, stored.rowVersion);
    if (Status s = sql::exec(q, QStringLiteral("saving a candidate")))
        return s;
    if (q.numRowsAffected() != 1)
        return conflictError();

    const auto before = fieldValues(stored);
    const auto after = fieldValues(c);
    QSqlQuery log(db);
    if (Status s = sql::prepare(log, QStringLiteral("INSERT INTO candidate_field_changes(candidate_id, field, old_value, "
                                                    "new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)")))
        return s;
    QSet<QString> names(before.keyBegin(), before.keyEnd());
    for (auto it = after.keyBegin(); it != after.keyEnd(); ++it)
        names.insert(*it);
    for (const QString &name : std::as_const(names)) {
        const QString oldValue = before.value(name);
        const QString newValue = after.value(name);
        if (oldValue == newValue)
            continue;
        log.bindValue(0, c.id);
        log.bindValue(1, name);
        log.bindValue(2, sql::text(oldValue));
        log.bindValue(3, sql::text(newValue));
        log.bindValue(4, sql::text(actor));
        log.bindValue(5, now);
        if (Status s = sql::exec(log, QStringLiteral("logging a field change")))
            return s;
    }

    if (Status s = SearchIndex(db).replace(stored, c))
        return s;
    const QStringList oldKeys = keys::forCandidate(stored);
    const QStringList newKeys = keys::forCandidate(c);
    if (oldKeys != newKeys) {
        KeyWriter kw(db);
        if (Status s = kw.drop(oldKeys, c.id))
            return s;
        if (Status s = kw.add(newKeys, c.id))
            return s;
    }
    c.rowVersion = stored.rowVersion + 1;
    c.createdAt = stored.createdAt;
    c.updatedAt = sql::fromDb(now);
    return std::nullopt;
}

} // namespace

CandidateRepository::CandidateRepository(const Workspace &workspace) : m_workspace(workspace) {}

Candidate CandidateRepository::sanitized(Candidate c)
{
    c.firstName = cleanItem(c.firstName);
    c.lastName = cleanItem(c.lastName);
    c.emails = cleanList(c.emails, Qt::CaseInsensitive);
    c.phones = cleanList(c.phones);
    c.company = cleanItem(c.company);
    c.title = cleanItem(c.title);
    c.city = cleanItem(c.city);
    c.region = cleanItem(c.region);
    c.countryCode = cleanItem(c.countryCode).toUpper();
    c.linkedinUrl = cleanItem(c.linkedinUrl);
    c.links = cleanList(c.links);
    c.source = cleanItem(c.source);
    c.tags = cleanList(c.tags, Qt::CaseInsensitive);
    c.consentMethod = cleanItem(c.consentMethod);
    return c;
}

Status CandidateRepository::insert(Candidate &candidate, const QString &actor)
{
    Q_UNUSED(actor)
    candidate = sanitized(std::move(candidate));
    QSqlDatabase db = m_workspace.connection();
    std::unique_ptr<ImportWriter> writer; // outlives the transaction, as in importBatch
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto created = ImportWriter::create(db);
    if (!created.ok())
        return created.error();
    writer = std::move(created).value();
    if (Status s = writer->insert(candidate, keys::forCandidate(candidate), sql::nowMs()))
        return s;
    return tx.commit();
}

Result<Candidate> CandidateRepository::get(qint64 id) const
{
    return fetch(m_workspace.connection(), id);
}

Status CandidateRepository::update(Candidate &candidate, const QString &actor)
{
    candidate = sanitized(std::move(candidate));
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto stored = fetch(db, candidate.id);
    if (!stored.ok())
        return stored.error();
    if (candidate.rowVersion != 0 && candidate.rowVersion != stored->rowVersion)
        return conflictError();
    if (Status s = updateInTransaction(db, stored.value(), candidate, actor))
        return s;
    if (DomainEvents *events = m_workspace.events()) {
        const QMap<QString, QString> before = fieldValues(stored.value());
        const QMap<QString, QString> after = fieldValues(candidate);
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (before.value(it.key()) != it.value())
                changed.append(it.key());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!after.contains(it.key()))
                changed.append(it.key());
        if (!changed.isEmpty())
            if (Status s = events->candidateEdited(candidate.id, changed, actor))
                return s;
    }
    return tx.commit();
}

Status CandidateRepository::remove(const QList<qint64> &ids, UndoSnapshot *undo)
{
    QSqlDatabase db = m_workspace.connection();
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    std::optional<UndoSnapshot> snapshot;
    if (undo) {
        auto taken = UndoSnapshot::ofCandidates(db, ids);
        if (!taken.ok())
            return taken.error();
        snapshot = std::move(taken).value();
    }
    KeyWriter kw(db);
    SearchIndex index(db);
    QSqlQuery del(db);
    if (Status s = sql::prepare(del, QStringLiteral("DELETE FROM candidates WHERE id = ?")))
        return s;
    for (qint64 id : ids) {
        auto stored = fetch(db, id);
        if (!stored.ok())
            return stored.error();
        if (Status s = kw.drop(keys::forCandidate(stored.value()), id))
            return s;
        if (Status s = index.drop(stored.value()))
            return s;
        del.bindValue(0, id);
        if (Status s = sql::exec(del, QStringLiteral("deleting a candidate")))
            return s;
    }
    if (Status s = tx.commit())
        return s;
    if (undo)
        *undo = std::move(*snapshot);
    return std::nullopt;
}

Result<std::optional<DuplicateMatch>> CandidateRepository::findDuplicate(const Candidate &candidate,
                                                                        qint64 ignoreId) const
{
    const QStringList ks = keys::forCandidate(sanitized(candidate));
    auto found = lookupKeys(m_workspace.connection(), ks);
    if (!found.ok())
        return found.error();
    return bestMatch(ks, found.value(), {}, ignoreId);
}

Result<QList<ImportOutcome>> CandidateRepository::importBatch(const QList<Candidate> &rows, DuplicatePolicy policy,
                                                              const QString &actor, qint64 campaignId)
{
    QSqlDatabase db = m_workspace.connection();
    // Declared before the transaction, so its prepared statements are freed after a rollback:
    // PostgreSQL refuses even DEALLOCATE inside a failed transaction.
    std::unique_ptr<ImportWriter> writer;
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    auto created = ImportWriter::create(db, rows.size());
    if (!created.ok())
        return created.error();
    writer = std::move(created).value();
    ImportWriter &w = *writer;

    // Every key of the batch is looked up once, up front and in key order. Rows of this batch that
    // own a key are found through inBatch, which is consulted first, so the stored owners stay
    // right while the batch writes: only a merge that drops a stored record's key changes them,
    // and that refreshes the keys it dropped.
    QList<Candidate> clean;
    clean.reserve(rows.size());
    QList<QStringList> rowKeys;
    rowKeys.reserve(rows.size());
    QList<QStringList> rowEmails; // as in the file, before any merge
    rowEmails.reserve(rows.size());
    QStringList allKeys;
    allKeys.reserve(rows.size() * 3);
    for (const Candidate &row : rows) {
        clean << sanitized(row);
        rowKeys << keys::forCandidate(clean.constLast());
        rowEmails << clean.constLast().emails;
        allKeys << rowKeys.constLast();
    }
    QHash<QString, qint64> storedKeys; // key -> stored owner, for the keys of this batch
    if (Status s = w.lookupKeys(std::move(allKeys), storedKeys))
        return *s;

    QHash<QString, int> inBatch; // key -> row index whose record owns it in this batch
    inBatch.reserve(rows.size() * 3);
    QList<ImportOutcome> outcomes;
    QList<qint64> members;
    outcomes.reserve(rows.size());
    const qint64 now = sql::nowMs();

    for (int i = 0; i < clean.size(); ++i) {
        Candidate &c = clean[i];
        const QStringList &ks = rowKeys[i];
        ImportOutcome out;
        out.match = bestMatch(ks, storedKeys, inBatch, 0);
        if (!out.match) {
            if (Status s = w.insertRow(c, ks, now))
                return *s;
            for (const QString &k : ks)
                inBatch.insert(k, i);
            out.kind = ImportOutcome::Kind::Inserted;
            out.candidateId = c.id;
        } else {
            const int owner = out.match->batchRow;
            out.candidateId = owner >= 0 ? clean[owner].id : out.match->candidateId;
            out.match->candidateId = out.candidateId;
            if (policy == DuplicatePolicy::Skip) {
                out.kind = ImportOutcome::Kind::Skipped;
            } else {
                Candidate stored;
                if (owner >= 0) {
                    stored = clean[owner];
                } else {
                    auto fetched = fetch(db, out.candidateId);
                    if (!fetched.ok())
                        return fetched.error();
                    stored = fetched.value();
                }
                Candidate merged = CandidateRepository::merged(stored, c);
                if (fieldValues(merged) != fieldValues(stored)) {
                    // A row of this batch: its index row and keys must be stored before they are replaced.
                    if (owner >= 0) {
                        if (Status s = w.flush())
                            return *s;
                    }
                    if (Status s = updateInTransaction(db, stored, merged, actor))
                        return *s;
                    const QStringList mergedKeys = keys::forCandidate(merged);
                    for (const QString &k : mergedKeys)
                        inBatch.insert(k, owner >= 0 ? owner : i);
                    if (owner < 0) {
                        if (Status s = refreshDropped(w, keys::forCandidate(stored), mergedKeys, storedKeys))
                            return *s;
                    }
                }
                // The merged record now stands for this row too, so later rows find it in the batch.
                if (owner >= 0)
                    clean[owner] = merged;
                else
                    c = merged;
                out.kind = ImportOutcome::Kind::Merged;
            }
        }
        outcomes << out;
    }
    // People on the do-not-contact list are stored (or merged) as candidates but never become
    // members of the campaign: a campaign is who gets contacted.
    if (campaignId > 0) {
        // The do-not-contact check reads the rows' stored emails: the waiting rows go in first.
        if (Status s = w.flush())
            return *s;
        auto blocked = doNotContactRows(m_workspace, db, outcomes, rowEmails);
        if (!blocked.ok())
            return blocked.error();
        for (int i = 0; i < outcomes.size(); ++i) {
            if (blocked->contains(i)) {
                outcomes[i].doNotContact = true;
                continue;
            }
            if (Status s = w.addMember(campaignId, outcomes[i].candidateId, now))
                return *s;
            members.append(outcomes[i].candidateId);
        }
    }
    if (Status s = w.flush())
        return *s;
    // Imported members owe SmartRecruiters what added members do (create "when added", …), in
    // the batch's transaction. People already in the campaign are planned again; the planner
    // does not queue a second create.
    if (DomainEvents *events = m_workspace.events(); events && !members.isEmpty())
        if (Status s = events->membersAdded(campaignId, members, actor))
            return *s;
    if (Status s = tx.commit())
        return *s;
    return outcomes;
}

Candidate CandidateRepository::merged(const Candidate &stored, const Candidate &incoming)
{
    Candidate m = stored;
    auto fill = [](QString &target, const QString &value) {
        if (target.trimmed().isEmpty() && !value.trimmed().isEmpty())
            target = value;
    };
    auto unite = [](QStringList &target, const QStringList &values, Qt::CaseSensitivity cs) {
        for (const QString &v : values) {
            if (!v.isEmpty() && !target.contains(v, cs))
                target << v;
        }
    };
    fill(m.firstName, incoming.firstName);
    fill(m.lastName, incoming.lastName);
    unite(m.emails, incoming.emails, Qt::CaseInsensitive);
    unite(m.phones, incoming.phones, Qt::CaseSensitive);
    fill(m.company, incoming.company);
    fill(m.title, incoming.title);
    fill(m.city, incoming.city);
    fill(m.region, incoming.region);
    fill(m.countryCode, incoming.countryCode);
    fill(m.linkedinUrl, incoming.linkedinUrl);
    unite(m.links, incoming.links, Qt::CaseSensitive);
    fill(m.source, incoming.source);
    unite(m.tags, incoming.tags, Qt::CaseInsensitive);
    for (auto it = incoming.customFields.cbegin(); it != incoming.customFields.cend(); ++it) {
        if (m.customFields.value(it.key()).isEmpty() && !it.value().isEmpty())
            m.customFields.insert(it.key(), it.value());
    }
    if (!incoming.notes.trimmed().isEmpty() && !m.notes.contains(incoming.notes.trimmed()))
        m.notes = m.notes.isEmpty() ? incoming.notes : m.notes + QStringLiteral("\n\n") + incoming.notes;
    if (m.consent == ConsentState::Unknown && incoming.consent != ConsentState::Unknown) {
        m.consent = incoming.consent;
        m.consentDate = incoming.consentDate;
        m.consentMethod = incoming.consentMethod;
    }
    return m;
}

Result<QList<FieldChange>> CandidateRepository::fieldChanges(qint64 candidateId) const
{
    QSqlQuery q(m_workspace.connection());
    if (Status s = sql::prepare(q, QStringLiteral("SELECT field, old_value, new_value, changed_by, changed_at FROM "
                                                  "candidate_field_changes WHERE candidate_id = ? ORDER BY changed_at, id")))
        return *s;
    q.addBindValue(candidateId);
    if (Status s = sql::exec(q, QStringLiteral("reading the change log")))
        return *s;
    QList<FieldChange> out;
    while (q.next()) {
        out << FieldChange{candidateId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), sql::fromDb(q.value(4))};
    }
    return out;
}

} // namespace sd
