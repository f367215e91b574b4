#pragma once

#include "CliError.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace sd::cli {

class Context;

// The arguments of one command: its own QCommandLineParser plus the options every command accepts
// (--json, --workspace, --help), so `sourcedesk-cli campaigns list --json` works as well as
// `sourcedesk-cli --json campaigns list`. Errors name the argument and the accepted values.
class CommandLine
{
public:
    // `command` as typed ("campaigns create"), `synopsis` the positional part ("NAME").
    CommandLine(Context &context, QString command, QString synopsis, QString description);

    void addOption(const QCommandLineOption &option);
    void addPositional(const QString &name, const QString &description);

    // nullopt: run the command. Otherwise the exit code: 0 after --help, 2 after a reported error.
    std::optional<int> parse(const QStringList &args, qsizetype minPositional, qsizetype maxPositional);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList values(const QString &name) const { return m_parser.values(name); }
    const QStringList &positional() const { return m_positional; }
    QString helpText() const;
    QString command() const { return m_command; }

    // A usage error that ends with a pointer to this command's help.
    CliError usage(const QString &message, const QString &where = {}) const;
    // The value of an integer option, or `fallback` when it is not given.
    Expected<int> intOption(const QString &name, int fallback, int min, int max) const;
    // The value of an option that must be one of `choices`.
    Expected<QString> choiceOption(const QString &name, const QStringList &choices,
                                   const QString &fallback) const;

private:
    Context &m_context;
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QStringList m_optionNames;
    QStringList m_positionalNames;
    QStringList m_positional;
};

// Removes and returns the first word that is not an option (`campaigns --json list` -> "list"),
// skipping the value of --workspace. Empty when there is none.
QString takeSubcommand(QStringList &args);
bool wantsHelp(const QStringList &args);

// Candidate and campaign ids: positive whole numbers.
Expected<qint64> parseId(const QString &text, const QString &argument);
Expected<QList<qint64>> parseIds(const QStringList &texts, const QString &argument);
// "3, 17, 42" for messages.
QString idList(const QList<qint64> &ids);
// ISO 8601: "2024-05-01", "2024-05-01T14:30", "2024-05-01T14:30:00Z", "...+02:00". Without a zone the
// time is local.
Expected<QDateTime> parseDateTime(const QString &text, const QString &argument);

} // namespace sd::cli
