#pragma once

#include "Context.h"

#include <QStringList>
#include <QTextStream>

namespace sd::cli {

// sourcedesk-cli: parses the global options, dispatches to a command and returns the exit code.
// Output goes to the given streams so tests capture exactly what a user sees.
class CliApp
{
public:
    CliApp(QTextStream &out, QTextStream &err, Environment env = Environment::fromSystem());

    // `arguments` as from QCoreApplication::arguments(): the first one is the program.
    int run(const QStringList &arguments);

    static QString helpText();
    static QStringList commandNames();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    Environment m_env;
};

} // namespace sd::cli
