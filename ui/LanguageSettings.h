#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace sd::ui {

// The UI language: English (the source strings) plus every translation compiled into ":/i18n/"
// (sourcedesk_<locale>.qm). The choice lives in QSettings "ui/language" and applies on the next start.
class LanguageSettings
{
public:
    struct Language
    {
        QString code; // "" for English (no translation), else e.g. "de" or "pt_BR"
        QString name; // in its own language, e.g. "Deutsch"
    };

    static QList<Language> available();
    static QString saved();
    static void save(const QString &code);
    // Loads the saved language's translators (Sourcedesk's and Qt's own) into the application.
    // Returns the code that was applied ("" for English or when the file is missing).
    static QString install(QCoreApplication &app);

    static constexpr auto SettingsKey = "ui/language";
};

} // namespace sd::ui
