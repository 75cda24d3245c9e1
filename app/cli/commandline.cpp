#include "cli/commandline.h"

#include "version.h"

#include <QCommandLineParser>
#include <QFileInfo>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Launch pay-by-hour Tencent Cloud CVM instances, or try it all on the built-in "
           "sandbox."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("template"),
                                 tr("A launch template (.json) to open in the wizard."),
                                 QStringLiteral("[template]"));

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.m_outcome = Outcome::Error;
        result.m_text =
            parser.errorText() + u'\n' +
            tr("Run \"%1 --help\" to see the options.").arg(QStringLiteral("cvm-launcher")) + u'\n';
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.m_outcome = Outcome::ShowVersion;
        result.m_text = QStringLiteral(CVM_APPLICATION_NAME " " CVM_VERSION_STRING "\n");
        return result;
    }
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        result.m_outcome = Outcome::ShowHelp;
        // With no application object yet, Qt cannot know the executable's name.
        result.m_text = parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                  QFileInfo(arguments.value(0)).fileName());
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.m_outcome = Outcome::Error;
        result.m_text = tr("Only one template can be opened at a time.") + u'\n';
        return result;
    }
    if (!positional.isEmpty())
        result.m_templatePath = positional.first();
    return result;
}
