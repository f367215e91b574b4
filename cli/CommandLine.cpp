#include "CommandLine.h"

#include "Context.h"
#include "Tr.h"

#include <QRegularExpression>

namespace sd::cli {

CommandLine::CommandLine(Context &context, QString command, QString synopsis, QString description)
    : m_context(context)
    , m_command(std::move(command))
    , m_synopsis(std::move(synopsis))
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help.")));
    addOption(QCommandLineOption(QStringLiteral("json"),
                                 Tr::tr("Machine-readable JSON on stdout (and errors on stderr).")));
    addOption(QCommandLineOption(QStringLiteral("workspace"), Tr::tr("The workspace file to use."),
                                 Tr::tr("PATH")));
}

void CommandLine::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
    const QStringList names = option.names();
    QString longest;
    for (const QString &n : names) {
        if (n.size() > longest.size())
            longest = n;
    }
    m_optionNames << (longest.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + longest;
}

void CommandLine::addPositional(const QString &name, const QString &description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionalNames << name;
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    // Qt puts the full path of the executable in the first line; show the command instead.
    const qsizetype eol = text.indexOf(u'\n');
    const QString usageLine = Tr::tr("Usage: sourcedesk-cli %1 [options]%2")
                                  .arg(m_command, m_synopsis.isEmpty() ? QString() : u' ' + m_synopsis);
    return usageLine + (eol >= 0 ? text.mid(eol) : QString());
}

CliError CommandLine::usage(const QString &message, const QString &where) const
{
    return usageError(message + u' ' + Tr::tr("See 'sourcedesk-cli %1 --help'.").arg(m_command), where);
}

std::optional<int> CommandLine::parse(const QStringList &args, qsizetype minPositional,
                                      qsizetype maxPositional)
{
    // Know --json before anything is reported, even when the rest does not parse.
    if (args.contains(QStringLiteral("--json")))
        m_context.output().setJson(true);
    if (!m_parser.parse(QStringList{QStringLiteral("sourcedesk-cli")} + args)) {
        return m_context.fail(usageError(
            m_parser.errorText() + u' ' +
            Tr::tr("Options of '%1': %2.").arg(m_command, m_optionNames.join(QStringLiteral(", "))) + u' ' +
            Tr::tr("See 'sourcedesk-cli %1 --help'.").arg(m_command)));
    }
    if (m_parser.isSet(QStringLiteral("json")))
        m_context.output().setJson(true);
    if (m_parser.isSet(QStringLiteral("workspace"))) {
        const QString path = m_parser.value(QStringLiteral("workspace")).trimmed();
        if (path.isEmpty())
            return m_context.fail(
                usage(Tr::tr("--workspace needs a file path."), QStringLiteral("--workspace")));
        m_context.setWorkspaceOverride(path);
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_context.output().out() << helpText();
        m_context.output().out().flush();
        return ExitOk;
    }
    m_positional = m_parser.positionalArguments();
    if (m_positional.size() < minPositional) {
        const QString missing = m_positionalNames.value(m_positional.size(), m_positionalNames.value(0));
        return m_context.fail(usage(Tr::tr("'%1' needs the argument %2.").arg(m_command, missing), missing));
    }
    if (maxPositional >= 0 && m_positional.size() > maxPositional) {
        const QString extra = m_positional.at(maxPositional);
        return m_context.fail(
            usage(Tr::tr("Unexpected argument '%1' for '%2'.").arg(extra, m_command), extra));
    }
    return std::nullopt;
}

Expected<int> CommandLine::intOption(const QString &name, int fallback, int min, int max) const
{
    if (!m_parser.isSet(name))
        return fallback;
    const QString text = m_parser.value(name).trimmed();
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max) {
        return usage(Tr::tr("--%1 must be a whole number from %2 to %3, not '%4'.")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(text),
                     QStringLiteral("--") + name);
    }
    return v;
}

Expected<QString> CommandLine::choiceOption(const QString &name, const QStringList &choices,
                                            const QString &fallback) const
{
    if (!m_parser.isSet(name))
        return fallback;
    const QString v = m_parser.value(name).trimmed().toLower();
    if (!choices.contains(v)) {
        return usage(Tr::tr("--%1 must be one of %2, not '%3'.")
                         .arg(name, choices.join(QStringLiteral(", ")), m_parser.value(name)),
                     QStringLiteral("--") + name);
    }
    return v;
}

QString takeSubcommand(QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QStringLiteral("--"))
            break;
        if (a == QStringLiteral("--workspace")) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            return args.takeAt(i);
    }
    return {};
}

bool wantsHelp(const QStringList &args)
{
    return args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
}

Expected<qint64> parseId(const QString &text, const QString &argument)
{
    bool ok = false;
    const QString t = text.trimmed();
    const qint64 id = t.startsWith(u'#') ? t.mid(1).toLongLong(&ok) : t.toLongLong(&ok);
    if (!ok || id <= 0) {
        return usageError(Tr::tr("%1 must be a candidate id (a positive whole number such as 42), not '%2'.")
                              .arg(argument, text),
                          argument);
    }
    return id;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

Expected<QList<qint64>> parseIds(const QStringList &texts, const QString &argument)
{
    QList<qint64> ids;
    for (const QString &t : texts) {
        // "12,13 14" is accepted as well as separate arguments.
        const QStringList parts = t.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            return parseId(t, argument).error();
        for (const QString &p : parts) {
            auto id = parseId(p, argument);
            if (!id.ok())
                return id.error();
            if (!ids.contains(*id))
                ids << *id;
        }
    }
    return ids;
}

Expected<QDateTime> parseDateTime(const QString &text, const QString &argument)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (d.isValid())
            dt = d.startOfDay();
    }
    if (!dt.isValid()) {
        return usageError(
            Tr::tr("%1 must be an ISO 8601 date or time such as 2024-05-01, 2024-05-01T14:30 or "
                   "2024-05-01T14:30:00Z, not '%2'.")
                .arg(argument, text),
            argument);
    }
    return dt;
}

} // namespace sd::cli
