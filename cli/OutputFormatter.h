#pragma once

#include "CliError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <utility>

namespace sd::cli {

// Everything the CLI prints goes through here: data on `out` (human text or one JSON document per
// line with --json), errors, warnings and progress on `err`.
class OutputFormatter
{
public:
    OutputFormatter(QTextStream &out, QTextStream &err);

    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    void printJson(const QJsonObject &document);
    void print(const QString &line = {});
    // Columns padded to their widest cell; long cells are cut with an ellipsis so rows stay one line.
    void printTable(const QStringList &headers, const QList<QStringList> &rows);
    // "Label:  value" pairs with the values aligned; empty values are left out.
    void printFields(const QList<std::pair<QString, QString>> &fields, int indent = 2);

    // One line "sourcedesk-cli: error: where: message", or {"error": {...}} with --json.
    void printError(const CliError &error);
    void printWarning(const QString &message);
    // On a terminal a progress line overwrites itself (finishProgress() ends it); elsewhere each
    // progress report is a line of its own.
    void progress(const QString &line, bool terminal);
    void finishProgress();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Text output shows local time to the minute; JSON carries UTC ISO 8601 with milliseconds.
    static QString localTime(const QDateTime &dt);
    static QString oneLine(QString text);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_progressOpen = false;
};

} // namespace sd::cli
