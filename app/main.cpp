#include "cli/commandline.h"
#include "i18n/languagepreference.h"
#include "i18n/translations.h"
#include "main/appicon.h"
#include "main/mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // One reverse-DNS id names the settings file, the data directory and the desktop entry.
    QCoreApplication::setApplicationName(QStringLiteral(CVM_APPLICATION_ID));
    QCoreApplication::setApplicationVersion(QStringLiteral(CVM_VERSION_STRING));
    QCoreApplication::setOrganizationDomain(QStringLiteral(CVM_ORGANIZATION_DOMAIN));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Answer --help and --version before QApplication exists: they must work without a display.
    const CommandLine commandLine = CommandLine::parse(arguments);
    switch (commandLine.outcome()) {
    case CommandLine::Outcome::ShowVersion:
    case CommandLine::Outcome::ShowHelp:
        QTextStream(stdout) << commandLine.text();
        return 0;
    case CommandLine::Outcome::Error:
        QTextStream(stderr) << commandLine.text();
        return 2;
    case CommandLine::Outcome::Run:
        break;
    }

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral(CVM_APPLICATION_NAME));
    QGuiApplication::setDesktopFileName(QStringLiteral(CVM_APPLICATION_ID));
    QApplication::setWindowIcon(AppIcon::icon());
    // Before the first widget exists: widgets translate their texts when they are built.
    Translations::install(&app, LanguagePreference::resolve(LanguagePreference::read(QSettings()),
                                                            QLocale::system()));

    MainWindow window;
    window.show();
    if (!commandLine.templatePath().isEmpty())
        window.openTemplate(commandLine.templatePath());
    return app.exec();
}
