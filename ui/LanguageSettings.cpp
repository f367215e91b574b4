#include "LanguageSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sd::ui {

namespace {

const QString kPrefix = QStringLiteral("sourcedesk_");

QString codeOf(const QString &fileName)
{
    QString base = fileName;
    base.chop(3); // ".qm"
    return base.startsWith(kPrefix) ? base.mid(kPrefix.size()) : base;
}

} // namespace

QList<LanguageSettings::Language> LanguageSettings::available()
{
    QList<Language> list;
    list.append({QString(), QStringLiteral("English")});
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = codeOf(file);
        if (code.isEmpty() || code == QLatin1String("en"))
            continue;
        QString name = QLocale(code).nativeLanguageName();
        if (name.isEmpty())
            name = code;
        else
            name[0] = name[0].toUpper();
        list.append({code, name});
    }
    return list;
}

QString LanguageSettings::saved()
{
    return QSettings().value(QLatin1String(SettingsKey)).toString();
}

void LanguageSettings::save(const QString &code)
{
    QSettings().setValue(QLatin1String(SettingsKey), code);
}

QString LanguageSettings::install(QCoreApplication &app)
{
    const QString code = saved();
    if (code.isEmpty()) {
        // English needs no translation, except for plural forms ("1 candidate", "2 candidates"), which
        // an English .qm provides when translations/ ships one.
        auto *english = new QTranslator(&app);
        if (english->load(QStringLiteral(":/i18n/") + kPrefix + QStringLiteral("en.qm")))
            QCoreApplication::installTranslator(english);
        else
            delete english;
        return {};
    }
    auto *own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/") + kPrefix + code + QStringLiteral(".qm"))) {
        delete own;
        qWarning("No translation for the saved language %s; using English", qUtf8Printable(code));
        return {};
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(code));
    return code;
}

} // namespace sd::ui
