#pragma once

#include <QList>
#include <QStringList>

namespace sd {

// One schema step. Steps run in order, each workspace upgrade in one transaction. The statements
// are SQLite's; on PostgreSQL they run translated (sql::toPostgres), minus the SQLite-only ones
// (FTS5, SQLite triggers), followed by `postgres`, PostgreSQL's own equivalent of those.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
    QStringList postgres = {};
};

// All migrations, ascending. The last one's version is the schema this build writes.
const QList<Migration> &migrations();
int currentSchemaVersion();

} // namespace sd
