#include "Workspace.h"

#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlUtil.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

namespace {
Q_LOGGING_CATEGORY(lcWorkspace, "sourcedesk.workspace")
}

namespace sd {

namespace {

constexpr auto kSchemaKey = "schema_version";

// SQLite reports a non-database file only when the first statement runs; turn its words into ours.
Error classifyOpenError(const QString &path, const QString &driverText)
{
    const QString lower = driverText.toLower();
    if (lower.contains(QStringLiteral("not a database")) || lower.contains(QStringLiteral("malformed"))
        || lower.contains(QStringLiteral("corrupt"))) {
        return Error(Error::Code::Corrupt,
                     QObject::tr("The workspace file is damaged or is not a Sourcedesk workspace (%1). "
                                 "Nothing was changed; open another workspace or restore a backup.")
                         .arg(driverText),
                     path);
    }
    if (lower.contains(QStringLiteral("readonly")) || lower.contains(QStringLiteral("read-only"))) {
        return Error(Error::Code::Io,
                     QObject::tr("The workspace is read-only; check the file's permissions."), path);
    }
    return Error(Error::Code::Io, QObject::tr("Cannot open the workspace: %1").arg(driverText), path);
}

} // namespace

Workspace::Workspace(QString path, bool readOnly)
    : m_path(std::move(path))
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_readOnly(readOnly)
{
}

Workspace::~Workspace()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Workspace::dataFolder()
{
    // Not AppDataLocation: with organisation and application both "Sourcedesk" that doubles the
    // folder name, and the GUI and the CLI must agree whatever names their mains set.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Sourcedesk"));
}

QString Workspace::defaultPath()
{
    return QDir(dataFolder()).filePath(QStringLiteral("workspace.sqlite"));
}

Result<std::shared_ptr<Workspace>> Workspace::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return Error(Error::Code::InvalidArgument, QObject::tr("No workspace path was given."));
    if (TeamServer::isLocation(path))
        return openTeam(path, options);

    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Error(Error::Code::InvalidArgument, QObject::tr("This is a folder, not a workspace file."), path);
    const bool existed = info.exists();
    if (existed && !info.isReadable())
        return Error(Error::Code::Io, QObject::tr("The workspace file cannot be read; check its permissions."), path);
    if (!existed) {
        if (options.readOnly)
            return Error(Error::Code::NotFound, QObject::tr("The workspace file does not exist."), path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error(Error::Code::Io, QObject::tr("Cannot create the folder for the workspace."),
                         info.absolutePath());
    }
    const bool readOnly = options.readOnly || (existed && !info.isWritable());

    std::shared_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), readOnly));
    ws->m_created = !existed;
    const int target = options.targetSchemaVersion > 0 ? options.targetSchemaVersion : currentSchemaVersion();
    if (Status s = ws->prepareSchema(target)) {
        ws.reset();
        // Never leave an empty file behind for a workspace we failed to create.
        if (!existed)
            QFile::remove(info.absoluteFilePath());
        return *s;
    }
    return ws;
}

QString Workspace::displayName() const
{
    return m_team ? m_team->displayName() : QFileInfo(m_path).fileName();
}

QString Workspace::threadConnectionName() const
{
    return QStringLiteral("sd:%1:%2").arg(m_id).arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

Result<QSqlDatabase> Workspace::openConnection(const QString &name) const
{
    return m_team ? openPostgresConnection(name) : openSqliteConnection(name);
}

Result<QSqlDatabase> Workspace::openSqliteConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    QString opts = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        opts += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(opts);
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.insert(name);
    }
    if (!db.open())
        return classifyOpenError(m_path, db.lastError().text());

    QSqlQuery q(db);
    // The first statement is the first read of the file: a damaged or foreign file fails here.
    if (!q.exec(QStringLiteral("PRAGMA schema_version")))
        return classifyOpenError(m_path, q.lastError().text());
    if (!m_readOnly) {
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
            return classifyOpenError(m_path, q.lastError().text());
        const QString mode = q.value(0).toString().toLower();
        if (mode != QStringLiteral("wal")) {
            return Error(Error::Code::Unsupported,
                         QObject::tr("The workspace's folder does not support write-ahead logging (journal "
                                     "mode is '%1'); keep workspaces on a local disk.")
                             .arg(mode),
                         m_path);
        }
    }
    for (const char *pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY",
                               "PRAGMA cache_size=-16000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return classifyOpenError(m_path, q.lastError().text());
    }
    return db;
}

QSqlDatabase Workspace::connection() const
{
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name)) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                return db;
        }
    }
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
    auto db = openConnection(name);
    if (!db.ok()) {
        qCWarning(lcWorkspace) << "cannot open a connection:" << db.error().toString();
        return QSqlDatabase::database(name, false);
    }
    return db.value();
}

void Workspace::releaseThreadConnection() const
{
    const QString name = threadConnectionName();
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<int> Workspace::readSchemaVersion(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    const bool pg = sql::isPostgres(db);
    const QString hasInfoSql = pg ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                                   "AND tablename = 'schema_info'")
                                  : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_info'");
    if (!q.exec(hasInfoSql) || !q.next())
        return classifyOpenError(m_path, q.lastError().text());
    if (q.value(0).toInt() > 0) {
        q.prepare(QStringLiteral("SELECT value FROM schema_info WHERE key = ?"));
        q.addBindValue(QString::fromLatin1(kSchemaKey));
        if (!q.exec() || !q.next())
            return Error(Error::Code::Corrupt, QObject::tr("The workspace has no schema version; it is damaged."), m_path);
        return q.value(0).toInt();
    }
    const QString anyTableSql = pg ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
                                   : QStringLiteral("SELECT count(*) FROM sqlite_master");
    if (!q.exec(anyTableSql) || !q.next())
        return classifyOpenError(m_path, q.lastError().text());
    if (q.value(0).toInt() > 0) {
        return Error(Error::Code::Corrupt,
                     pg ? QObject::tr("This database holds tables that are not a Sourcedesk workspace; it was left "
                                      "unchanged. Use an empty database for a new team workspace.")
                        : QObject::tr("This SQLite file is not a Sourcedesk workspace; it was left unchanged."),
                     m_path);
    }
    return 0;
}

Status Workspace::prepareSchema(int targetVersion)
{
    auto opened = openConnection(threadConnectionName());
    if (!opened.ok())
        return opened.error();
    QSqlDatabase db = opened.value();
    const sql::Dialect dialect = sql::dialectOf(db);

    auto stored = readSchemaVersion(db);
    if (!stored.ok())
        return stored.error();
    int version = stored.value();
    if (m_team)
        m_created = version == 0;
    if (version > currentSchemaVersion()) {
        return Error(Error::Code::TooNew,
                     QObject::tr("This workspace was written by a newer version of Sourcedesk (schema %1; this "
                                 "version reads up to %2). Update Sourcedesk to open it; the file was not changed.")
                         .arg(version)
                         .arg(currentSchemaVersion()),
                     m_path);
    }
    if (m_team) {
        if (Status s = detectRole(db))
            return s;
    }
    if (version >= targetVersion) {
        m_schemaVersion = version;
        return std::nullopt;
    }
    if (m_readOnly) {
        return Error(Error::Code::Io,
                     QObject::tr("The workspace needs an upgrade (schema %1 to %2) but it is read-only.")
                         .arg(version)
                         .arg(targetVersion),
                     m_path);
    }

    // All pending migrations in one transaction: an upgrade either happens whole or not at all.
    sql::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (dialect == sql::Dialect::Postgres) {
        // Two members starting a new version at once: one upgrades, the other waits and finds it done.
        if (Status s = sql::execDirect(db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('sourcedesk.migrate'))")))
            return s;
        auto again = readSchemaVersion(db);
        if (!again.ok())
            return again.error();
        version = again.value();
        if (version >= targetVersion) {
            m_schemaVersion = version;
            return tx.commit();
        }
        if (Status s = sql::execDirect(db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS citext"))) {
            return Error(Error::Code::PermissionDenied,
                         QObject::tr("The team workspace needs the citext extension, and this login may not add it "
                                     "(%1). Ask the database's owner to run: CREATE EXTENSION citext;")
                             .arg(s->message),
                         m_path);
        }
    }
    for (const Migration &m : migrations()) {
        if (m.version <= version || m.version > targetVersion)
            continue;
        for (const QString &stmt : sql::migrationStatements(dialect, m.statements, m.postgres)) {
            QSqlQuery step(db);
            if (!step.exec(stmt)) {
                const QString why = step.lastError().text();
                if (m_team && why.contains(QLatin1String("permission denied"), Qt::CaseInsensitive)) {
                    return Error(Error::Code::PermissionDenied,
                                 QObject::tr("The team workspace needs an upgrade to schema %1, which only the "
                                             "database's owner may run. Ask whoever set up the team workspace to open "
                                             "it with this version of Sourcedesk first.")
                                     .arg(m.version),
                                 m_path);
                }
                return Error(Error::Code::Database,
                             QObject::tr("Upgrading the workspace to schema %1 failed: %2").arg(m.version).arg(why),
                             m_path);
            }
        }
        qCInfo(lcWorkspace) << "migrated to schema" << m.version << m.description;
    }
    QSqlQuery set(db);
    set.prepare(QStringLiteral("INSERT INTO schema_info(key, value) VALUES (?, ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    set.bindValue(0, QString::fromLatin1(kSchemaKey));
    set.bindValue(1, QString::number(targetVersion));
    if (!set.exec())
        return sql::errorFrom(set, QStringLiteral("recording the schema version"));
    set.bindValue(0, QStringLiteral("written_by"));
    set.bindValue(1, QStringLiteral(SOURCEDESK_VERSION));
    if (!set.exec())
        return sql::errorFrom(set, QStringLiteral("recording the application version"));
    if (Status s = tx.commit())
        return s;
    m_schemaVersion = targetVersion;
    return std::nullopt;
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status Workspace::setSetting(const QString &key, const QString &value) const
{
    QSqlQuery q(connection());
    if (Status s = sql::prepare(q, QStringLiteral("INSERT INTO workspace_settings(key, value, updated_at) VALUES (?, ?, ?) "
                                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                                  "updated_at = excluded.updated_at")))
        return s;
    q.addBindValue(key);
    q.addBindValue(sql::text(value));
    q.addBindValue(sql::nowMs());
    return sql::exec(q, QStringLiteral("saving a workspace setting"));
}

} // namespace sd
