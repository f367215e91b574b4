#include "Actor.h"

#include <QSettings>

namespace sd::ui {

QString currentActor()
{
    const QString configured = QSettings().value(QStringLiteral("ui/userName")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("sourcedesk") : user;
}

} // namespace sd::ui
