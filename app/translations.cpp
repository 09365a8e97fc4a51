// SPDX-License-Identifier: GPL-2.0-or-later
#include "translations.h"

#include <core/settingsresolver.h>
#include <core/version.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lga::app {

namespace {

bool isShipped(const QString &language)
{
    return language == QLatin1StringView(kEnglish) || language == QLatin1StringView(kWelsh);
}

// lupdate files a tr() call in a free helper function under the enclosing namespace
// ("lga::sync"), while the helper passes its class's context ("lga::sync::SiteClient") at run
// time. So a message not found under its own context is looked up under the enclosing
// namespaces as well.
class AppTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        QByteArray scope(context);
        QString result = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
        for (qsizetype cut = scope.lastIndexOf("::"); result.isNull() && cut > 0;
             cut = scope.lastIndexOf("::")) {
            scope.truncate(cut);
            result = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
        }
        return result;
    }
};

} // namespace

QString chooseLanguage(const QString &setting, const QStringList &systemLanguages)
{
    if (isShipped(setting))
        return setting;
    for (const QString &name : systemLanguages) {
        const QLocale::Language language = QLocale(name).language();
        if (language == QLocale::Welsh)
            return QLatin1StringView(kWelsh);
        if (language == QLocale::English)
            return QLatin1StringView(kEnglish);
    }
    return QLatin1StringView(kEnglish);
}

QString languageSetting()
{
    // SettingsResolver reads the user's settings under the application's names, which the
    // app sets later on; translations load first, so the same names are set here.
    if (QCoreApplication::organizationName().isEmpty()) {
        QCoreApplication::setOrganizationName(QLatin1StringView(core::kSettingsOrganization));
        QCoreApplication::setApplicationName(QLatin1StringView(core::kSettingsApplication));
    }
    return core::SettingsResolver().interfaceLanguage();
}

bool installTranslations(const QString &language, const QString &directory)
{
    QCoreApplication *app = QCoreApplication::instance();
    const QLocale locale(language);

    // Qt's own strings (standard buttons, the file dialog). Debian ships none for Welsh, so
    // this loads nothing there, but a Windows build with qtbase_cy.qm would use it.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new AppTranslator(app);
    const bool loaded =
        own->load(QStringLiteral("localgov-author_") + language, directory) && !own->isEmpty();
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Dates and numbers follow the interface language; a system locale in that language (say
    // English as written in Ireland) is kept for its own conventions.
    if (QLocale::system().language() != locale.language())
        QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(app))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    return loaded;
}

void installTranslations()
{
    installTranslations(chooseLanguage(languageSetting(), QLocale::system().uiLanguages()),
                        QStringLiteral(":/i18n"));
}

} // namespace lga::app
