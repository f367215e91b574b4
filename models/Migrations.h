#pragma once

#include <QList>
#include <QStringList>

namespace sd {

// One schema step. Steps run in order, each workspace upgrade in one transaction.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

// All migrations, ascending. The last one's version is the schema this build writes.
const QList<Migration> &migrations();
int currentSchemaVersion();

} // namespace sd
