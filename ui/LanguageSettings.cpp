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
// Marks the translators this class installed, so that apply() can take them out again.
const QString kTranslatorName = QStringLiteral("sourcedeskTranslator");
QString g_current; // the UI thread's; set by install()/apply()

QTranslator *newTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    return translator;
}

bool loadInto(QCoreApplication &app, const QString &file)
{
    auto *translator = newTranslator(app);
    if (translator->load(file))
        return QCoreApplication::installTranslator(translator);
    delete translator;
    return false;
}

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
    return apply(app, saved());
}

QString LanguageSettings::current()
{
    return g_current;
}

QString LanguageSettings::apply(QCoreApplication &app, const QString &code)
{
    // The previous language's translators go first, so that no string stays in the old language.
    const auto installed = app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    g_current.clear();
    if (code.isEmpty()) {
        // English needs no translation, except for plural forms ("1 candidate", "2 candidates"), which
        // an English .qm provides when translations/ ships one.
        loadInto(app, QStringLiteral(":/i18n/") + kPrefix + QStringLiteral("en.qm"));
        const QLocale system = QLocale::system();
        QLocale::setDefault(system.language() == QLocale::English ? system : QLocale(QLocale::English));
        return {};
    }
    if (!loadInto(app, QStringLiteral(":/i18n/") + kPrefix + code + QStringLiteral(".qm"))) {
        qWarning("No translation for the language %s; using English", qUtf8Printable(code));
        return apply(app, QString());
    }
    auto *qt = newTranslator(app);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(code));
    g_current = code;
    return code;
}

} // namespace sd::ui
