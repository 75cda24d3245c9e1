// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// drill-child: the app's launch path (LaunchController over CloudApiFactory and NetworkTransport,
// the real keychain for passwords) in a process of its own, for the SIGKILL drill (tst_killdrill,
// through killdrill.h). A KillSwitchCloudApi between the launcher and the backend SIGKILLs the
// process at the point the arguments name; with "none" the test may kill it from outside. The
// profile speaks API 2.0 (RunInstancesHour) or API 3.0 (RunInstances), as the first argument says.
//
//   drill-child v2|v3 ENDPOINT JOURNAL_DIR launch COUNT key|password at-call|at-answer|none N
//   drill-child v2|v3 ENDPOINT JOURNAL_DIR resume
//
// Once no launch is open any more it prints "ids <id,...>" (from the journal's records), "rows
// <n>" (the table) and "gap <ms>" (the longest its event loop went without running a 50 ms
// timer), then exits 0. Exit 1: the launch was refused; 3: it took too long.
#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "credentials/keychainsecretstore.h"
#include "drillprotocol.h"
#include "eventloopticker.h"
#include "killswitchcloudapi.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

constexpr int GiveUpMs = 60000;

int usage()
{
    std::fputs("usage: drill-child v2|v3 ENDPOINT JOURNAL_DIR launch COUNT key|password "
               "at-call|at-answer|none N\n"
               "       drill-child v2|v3 ENDPOINT JOURNAL_DIR resume\n",
               stderr);
    return 2;
}

bool anyOpen(const LaunchController &app)
{
    const QList<LaunchRecord> records = app.launcher()->records();
    return std::any_of(records.begin(), records.end(),
                       [](const LaunchRecord &record) { return record.isOpen(); });
}

void reportAndExit(const LaunchController &app, const EventLoopTicker &ticker)
{
    QStringList ids;
    for (const LaunchRecord &record : app.launcher()->records())
        ids += record.instanceIds();
    QTextStream out(stdout);
    out << "ids " << ids.join(u',') << '\n'
        << "rows " << app.model()->rowCount() << '\n'
        << "gap " << ticker.longestGapMs() << '\n';
    out.flush();
    QCoreApplication::exit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("drill-child"));
    QCoreApplication qapp(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5)
        return usage();
    const auto version = DrillProtocol::fromName(args.at(1));
    const bool launching = args.at(4) == QLatin1String("launch");
    if (!version || (launching ? args.size() != 9
                               : (args.at(4) != QLatin1String("resume") || args.size() != 5)))
        return usage();

    KillSwitchCloudApi::Point point = KillSwitchCloudApi::Point::None;
    if (launching) {
        if (args.at(7) == QLatin1String("at-call"))
            point = KillSwitchCloudApi::Point::AtCall;
        else if (args.at(7) == QLatin1String("at-answer"))
            point = KillSwitchCloudApi::Point::AtAnswer;
        else if (args.at(7) != QLatin1String("none"))
            return usage();
    }

    const ApiConfig config = DrillProtocol::config(*version, QUrl(args.at(2)));
    NetworkTransport transport;
    std::unique_ptr<CloudApi> backend(CloudApiFactory::create(config, &transport));
    if (!backend)
        return usage();
    KillSwitchCloudApi api(backend.get(), point, launching ? args.at(8).toInt() : 0);
    KeychainSecretStore keychain;
    EventLoopTicker ticker;

    LaunchController app(args.at(3));
    app.setSecretStore(&keychain);
    QObject::connect(app.launcher(), &Launcher::launchFinished, &app, [&app, &ticker] {
        if (!anyOpen(app))
            reportAndExit(app, ticker);
    });
    QObject::connect(&app, &LaunchController::launchRefused, &app, [](const QString &why) {
        QTextStream(stderr) << why << '\n';
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(GiveUpMs, &app, [] { QCoreApplication::exit(3); });

    app.start();
    app.setCloudApi(&api, QStringLiteral("kill-drill"), config.region);
    if (launching) {
        SpecBuilder spec = DrillProtocol::spec(*version);
        spec.count(args.at(5).toInt()).name(QStringLiteral("kill drill"));
        if (args.at(6) == QLatin1String("password"))
            spec.password(QStringLiteral("Drill-Crash9"));
        else
            spec.key(QStringLiteral("skey-5kfo2sqr"));
        if (app.launch(spec).isEmpty())
            return 1;
    } else if (!anyOpen(app)) {
        QTimer::singleShot(0, &app, [&app, &ticker] { reportAndExit(app, ticker); });
    }
    return QCoreApplication::exec();
}
