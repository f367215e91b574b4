#include "PropertyValues.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace sd::sync {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::sync::PropertyValues", text);
}

} // namespace

QJsonValue encodePropertyValue(const QString &type, const QString &text, QString *problem)
{
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (type == QLatin1String("BOOLEAN")) {
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") || lower == QLatin1String("1"))
            return true;
        if (lower == QLatin1String("false") || lower == QLatin1String("no") || lower == QLatin1String("0"))
            return false;
        *problem = tr("\"%1\" is not yes or no.").arg(t);
        return QJsonValue(QJsonValue::Undefined);
    }
    if (type == QLatin1String("NUMBER") || type == QLatin1String("PERCENT")) {
        bool ok = false;
        const double v = QString(t).remove(QLatin1Char('%')).trimmed().toDouble(&ok);
        if (!ok) {
            *problem = tr("\"%1\" is not a number.").arg(t);
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }
    if (type == QLatin1String("CURRENCY")) {
        // "GBP 1200" or "1200 GBP"
        static const QRegularExpression re(QStringLiteral("^(?:([A-Za-z]{3})\\s*([0-9.]+)|([0-9.]+)\\s*([A-Za-z]{3}))$"));
        const QRegularExpressionMatch m = re.match(t);
        if (!m.hasMatch()) {
            *problem = tr("\"%1\" is not an amount with a currency code, like \"EUR 1200\".").arg(t);
            return QJsonValue(QJsonValue::Undefined);
        }
        const QString code = (m.captured(1).isEmpty() ? m.captured(4) : m.captured(1)).toUpper();
        const double amount = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toDouble();
        return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("value"), amount}};
    }
    if (type == QLatin1String("DATE")) {
        QDate d = QDate::fromString(t.left(10), Qt::ISODate);
        if (!d.isValid()) {
            *problem = tr("\"%1\" is not a date (YYYY-MM-DD).").arg(t);
            return QJsonValue(QJsonValue::Undefined);
        }
        return QDateTime(d, QTime(0, 0), Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    }
    if (type == QLatin1String("COUNTRY")) {
        if (t.size() != 2) {
            *problem = tr("\"%1\" is not a two-letter country code.").arg(t);
            return QJsonValue(QJsonValue::Undefined);
        }
        return lower;
    }
    if (type == QLatin1String("REGION"))
        return lower;
    // TEXT, USER (a user id), SINGLE_SELECT (the value id): as they are.
    return t;
}

QString propertyValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: return value.toString();
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.contains(QStringLiteral("code")))
            return o.value(QStringLiteral("code")).toString() + QLatin1Char(' ')
                   + QString::number(o.value(QStringLiteral("value")).toDouble());
        return o.value(QStringLiteral("id")).toString();
    }
    default: return {};
    }
}

} // namespace sd::sync
