#include "OutputFormatter.h"

#include <QJsonDocument>

#include <algorithm>

namespace sd::cli {

namespace {

constexpr qsizetype kMaxCellWidth = 40;

QString cut(const QString &cell, qsizetype width)
{
    if (cell.size() <= width)
        return cell;
    return cell.left(width - 1) + QChar(0x2026);
}

} // namespace

OutputFormatter::OutputFormatter(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

void OutputFormatter::printJson(const QJsonObject &document)
{
    m_out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void OutputFormatter::print(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void OutputFormatter::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    const qsizetype columns = headers.size();
    QList<qsizetype> widths(columns, 0);
    QList<QStringList> cells;
    cells.reserve(rows.size() + 1);
    cells << headers;
    for (const QStringList &row : rows) {
        QStringList cleaned;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString value = oneLine(c < row.size() ? row.at(c) : QString());
            // The last column may run long: nothing follows it.
            cleaned << (c + 1 < columns ? cut(value, kMaxCellWidth) : value);
        }
        cells << cleaned;
    }
    for (const QStringList &row : std::as_const(cells)) {
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    for (const QStringList &row : std::as_const(cells)) {
        QString line;
        for (qsizetype c = 0; c < columns; ++c) {
            if (c + 1 < columns)
                line += row.at(c).leftJustified(widths[c] + 2);
            else
                line += row.at(c);
        }
        m_out << line.trimmed() << '\n';
    }
    m_out.flush();
}

void OutputFormatter::printFields(const QList<std::pair<QString, QString>> &fields, int indent)
{
    qsizetype width = 0;
    for (const auto &[label, value] : fields) {
        if (!value.isEmpty())
            width = std::max(width, label.size() + 1);
    }
    const QString pad(indent, u' ');
    const QString continuation(indent + int(width) + 2, u' ');
    for (const auto &[label, value] : fields) {
        if (value.isEmpty())
            continue;
        QString text = value;
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        text.replace(u'\n', u'\n' + continuation);
        m_out << pad << (label + u':').leftJustified(width + 2) << text << '\n';
    }
    m_out.flush();
}

void OutputFormatter::printError(const CliError &error)
{
    finishProgress();
    if (m_json) {
        QJsonObject e{{QStringLiteral("code"), error.code},
                      {QStringLiteral("exitCode"), error.exitCode},
                      {QStringLiteral("message"), error.message}};
        e.insert(QStringLiteral("where"), error.where.isEmpty() ? QJsonValue() : QJsonValue(error.where));
        m_err << QString::fromUtf8(
                     QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Compact))
              << '\n';
    } else {
        // "where: message", unless the message already names the place (an argument, an id).
        const bool named = error.where.isEmpty() || error.message.contains(error.where, Qt::CaseInsensitive);
        const QString text = named ? error.message : error.where + QStringLiteral(": ") + error.message;
        m_err << QStringLiteral("sourcedesk-cli: error: ") << oneLine(text) << '\n';
    }
    m_err.flush();
}

void OutputFormatter::printWarning(const QString &message)
{
    finishProgress();
    if (m_json) {
        const QJsonObject w{{QStringLiteral("warning"), QJsonObject{{QStringLiteral("message"), message}}}};
        m_err << QString::fromUtf8(QJsonDocument(w).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        m_err << QStringLiteral("sourcedesk-cli: warning: ") << oneLine(message) << '\n';
    }
    m_err.flush();
}

void OutputFormatter::progress(const QString &line, bool terminal)
{
    if (!terminal) {
        m_err << line << '\n';
        m_err.flush();
        return;
    }
    // Carriage return and clear-to-end-of-line: the line rewrites itself.
    m_err << '\r' << line << QStringLiteral("\x1b[K");
    m_err.flush();
    m_progressOpen = true;
}

void OutputFormatter::finishProgress()
{
    if (!m_progressOpen)
        return;
    m_err << '\n';
    m_err.flush();
    m_progressOpen = false;
}

QString OutputFormatter::localTime(const QDateTime &dt)
{
    return dt.isValid() ? dt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString OutputFormatter::oneLine(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
    return text;
}

} // namespace sd::cli
