#pragma once

#include <QList>
#include <QString>

class QCoreApplication;

namespace sd::ui {

// The UI language: English (the source strings) plus every translation compiled into ":/i18n/"
// (sourcedesk_<locale>.qm). The choice lives in QSettings "ui/language". apply() switches a running
// app: Qt then sends every widget a LanguageChange event (the launcher rebuilds the window on it).
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
    // Replaces the translators installed before with those of `code` ("" English) and makes its
    // locale the default one, so dates, numbers and plural forms follow. Returns the code applied.
    static QString apply(QCoreApplication &app, const QString &code);
    // The code in effect after the last install()/apply().
    static QString current();

    static constexpr auto SettingsKey = "ui/language";
};

} // namespace sd::ui
