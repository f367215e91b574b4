#pragma once

#include <QStringList>

namespace sd {

// Team-workspace schema steps. Each is PostgreSQL-only where SQLite has nothing to do (a local
// workspace has one user and one process), so the same version numbers run on both.

// v8: team roles. The "<database>_admin" and "<database>_recruiter" group roles, their grants and
// the row-level security that keeps team settings, field mappings and the job status whitelist
// admin-only (TeamRolesSchema.cpp).
QStringList teamRolesSqlite();
QStringList teamRolesPostgres();

// v9: the change feed. Triggers that NOTIFY teammates' apps of committed changes (ChangeFeedSchema.cpp).
QStringList changeFeedSqlite();
QStringList changeFeedPostgres();

// v10: outbox leases. Which app instance claimed a job and until when, so several members' apps
// share one outbox and a job is sent by exactly one of them (OutboxLeaseSchema.cpp).
QStringList outboxLeaseSqlite();
QStringList outboxLeasePostgres();

} // namespace sd
