// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// drill-child: the app's launch path (LaunchController over CloudApiFactory and NetworkTransport,
// the real keychain for passwords) in a process of its own, for the SIGKILL drill (tst_killdrill,
// through killdrill.h). A KillSwitchCloudApi between the launcher and the backend SIGKILLs the
// process at the point the arguments name; with "none" the test may kill it from outside.
//
//   drill-child ENDPOINT JOURNAL_DIR launch COUNT key|password at-call|at-answer|none N
//   drill-child ENDPOINT JOURNAL_DIR resume
//
// Once no launch is open any more it prints "ids <id,...>" (from the journal's records) and
// "rows <n>" (the table), then exits 0. Exit 1: the launch was refused; 3: it took too long.
#include "api/cloudapifactory.h"
#include "api/networktransport.h"
#include "credentials/keychainsecretstore.h"
#include "killswitchcloudapi.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "sandbox/sandboxservice.h"
#include "specbuilder.h"

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
    std::fputs("usage: drill-child ENDPOINT JOURNAL_DIR launch COUNT key|password "
               "at-call|at-answer|none N\n"
               "       drill-child ENDPOINT JOURNAL_DIR resume\n",
               stderr);
    return 2;
}

bool anyOpen(const LaunchController &app)
{
    const QList<LaunchRecord> records = app.launcher()->records();
    return std::any_of(records.begin(), records.end(),
                       [](const LaunchRecord &record) { return record.isOpen(); });
}

void reportAndExit(const LaunchController &app)
{
    QStringList ids;
    for (const LaunchRecord &record : app.launcher()->records())
        ids += record.instanceIds();
    QTextStream out(stdout);
    out << "ids " << ids.join(u',') << '\n' << "rows " << app.model()->rowCount() << '\n';
    out.flush();
    QCoreApplication::exit(0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("drill-child"));
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    if (args.size() < 4)
        return usage();
    const bool launching = args.at(3) == QLatin1String("launch");
    if (launching ? args.size() != 8 : (args.at(3) != QLatin1String("resume") || args.size() != 4))
        return usage();

    KillSwitchCloudApi::Point point = KillSwitchCloudApi::Point::None;
    if (launching) {
        if (args.at(6) == QLatin1String("at-call"))
            point = KillSwitchCloudApi::Point::AtCall;
        else if (args.at(6) == QLatin1String("at-answer"))
            point = KillSwitchCloudApi::Point::AtAnswer;
        else if (args.at(6) != QLatin1String("none"))
            return usage();
    }

    ApiConfig config;
    config.version = ApiConfig::Version::V2;
    config.region = QStringLiteral("ap-guangzhou");
    config.endpoint = QUrl(args.at(1));
    config.secretId = SandboxService::DefaultSecretId;
    config.secretKey = SandboxService::DefaultSecretKey;
    NetworkTransport transport;
    std::unique_ptr<CloudApi> backend(CloudApiFactory::create(config, &transport));
    if (!backend)
        return usage();
    KillSwitchCloudApi api(backend.get(), point, launching ? args.at(7).toInt() : 0);
    KeychainSecretStore keychain;

    LaunchController app(args.at(2));
    app.setSecretStore(&keychain);
    QObject::connect(app.launcher(), &Launcher::launchFinished, &app, [&app] {
        if (!anyOpen(app))
            reportAndExit(app);
    });
    QObject::connect(&app, &LaunchController::launchRefused, &app, [](const QString &why) {
        QTextStream(stderr) << why << '\n';
        QCoreApplication::exit(1);
    });
    QTimer::singleShot(GiveUpMs, &app, [] { QCoreApplication::exit(3); });

    app.start();
    app.setCloudApi(&api, QStringLiteral("kill-drill"));
    if (launching) {
        SpecBuilder spec;
        spec.dataDisk(2, 50)
            .bandwidth(1)
            .count(args.at(4).toInt())
            .name(QStringLiteral("kill drill"));
        if (args.at(5) == QLatin1String("password"))
            spec.password(QStringLiteral("Drill-Crash9"));
        else
            spec.key(QStringLiteral("skey-5kfo2sqr"));
        if (app.launch(spec).isEmpty())
            return 1;
    } else if (!anyOpen(app)) {
        QTimer::singleShot(0, &app, [&app] { reportAndExit(app); });
    }
    return qapp.exec();
}
