// The Tally GUI: parse the command line, show the main window, run.
#include "app/AppContext.h"
#include "app/AppInfo.h"
#include "settings/AppSettings.h"
#include "common/Theme.h"
#include "common/TranslationLoader.h"
#include "main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    AppInfo::registerApplication();
    QApplication::setApplicationDisplayName(AppInfo::displayName());
    QApplication::setDesktopFileName(AppInfo::applicationId());

    // The language chosen in Settings, else the system's.
    TranslationLoader translations;
    const QString language = AppSettings().language();
    translations.load(language.isEmpty() ? QLocale::system() : QLocale(language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tally, a chat client for LLM APIs"));
    parser.addHelpOption();
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QApplication::translate("main", "Print the version and exit."));
    parser.addOption(versionOption);
    parser.process(app);
    if (parser.isSet(versionOption)) {
        // Same line as tally-cli --version, printed to stdout even for a WIN32 GUI build.
        fprintf(stdout, "%s\n", qUtf8Printable(AppInfo::versionLine()));
        return 0;
    }

    AppContext context;
    Theme::apply(context.settings().theme());
    MainWindow window(context);
    window.setTranslationLoader(&translations);
    window.show();
    return QApplication::exec();
}
