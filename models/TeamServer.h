#pragma once

#include <QString>

#include <optional>

namespace sd {

// Where a team workspace lives: a PostgreSQL database. Written as a location string the app keeps
// wherever it keeps a workspace file path ("postgresql://alice@db.example.com:5432/recruiting?sslmode=require"),
// so "open workspace", --workspace and the recent list work the same for both kinds. The password
// is never part of it: it comes from the keychain (or libpq's own ~/.pgpass / PGPASSWORD).
struct TeamServer
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    // libpq's sslmode: disable, allow, prefer, require, verify-ca, verify-full.
    QString sslMode = QStringLiteral("prefer");

    static bool isLocation(const QString &location);
    // Parses a location; on failure returns nullopt and says what is wrong in *error.
    static std::optional<TeamServer> parse(const QString &location, QString *error = nullptr);
    static bool isValidSslMode(const QString &mode);
    // The location as it may be shown or logged: a password someone typed into it is replaced by
    // "***" (parse() refuses such a location, but its error must not repeat the password).
    static QString withoutPassword(const QString &location);

    QString location() const;
    // What the window title and lists show: "recruiting on db.example.com".
    QString displayName() const;
    // The keychain entry for this login's password (one per user, host, port and database).
    QString keychainKey() const;
    // libpq's connect options for QPSQL (sslmode, timeouts, application name).
    QString connectOptions() const;

    bool operator==(const TeamServer &) const = default;
};

} // namespace sd
