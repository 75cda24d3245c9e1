// drill-child: the app's launch path in a process of its own, for tst_killdrill. It runs the real
// LaunchController (Journal, Launcher, StatusTracker, InstanceModel) over V2CloudApi and
// NetworkTransport against a sandbox URL, and SIGKILLs itself at the point its argument names.
// The kill switch lives here, in a Transport that wraps the product's: the product has no hook.
//
//   drill-child ENDPOINT JOURNAL_DIR launch COUNT before-request|after-answer|none
//   drill-child ENDPOINT JOURNAL_DIR resume
//
// "resume" is the restart: it reads the journal, lets the launcher resend what is open and
// prints "ids <id,...>" and "rows <n>" once no launch is open, then exits 0.
#include "api/networktransport.h"
#include "api/v2/v2cloudapi.h"
#include "launch/instancemodel.h"
#include "launch/launchcontroller.h"
#include "launch/launcher.h"
#include "sandbox/sandboxservice.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

class KillSwitchTransport : public Transport
{
public:
    enum class Point { None, BeforeRequest, AfterAnswer };

    KillSwitchTransport(Point point, Transport *inner)
        : m_point(point)
        , m_inner(inner)
    {}

    TransportReply *send(const TransportRequest &request) override
    {
        const bool launch = request.action == QLatin1String("RunInstancesHour");
        if (launch && m_point == Point::BeforeRequest)
            std::raise(SIGKILL); // the journal says "sent"; the request never left
        TransportReply *reply = m_inner->send(request);
        if (launch && m_point == Point::AfterAnswer) {
            // Connected before the backend's own connection, so it runs first: the answer has
            // arrived, the launcher (and its journal) has not seen it.
            connect(reply, &TransportReply::finished, reply, [reply] {
                if (reply->httpStatus() == 200)
                    std::raise(SIGKILL);
            });
        }
        return reply;
    }

private:
    Point m_point;
    Transport *m_inner;
};

int usage()
{
    std::fputs("usage: drill-child ENDPOINT JOURNAL_DIR launch COUNT "
               "before-request|after-answer|none\n"
               "       drill-child ENDPOINT JOURNAL_DIR resume\n",
               stderr);
    return 2;
}

void report(const LaunchController &app)
{
    QStringList ids;
    for (const LaunchRecord &record : app.launcher()->records())
        ids += record.instanceIds();
    QTextStream out(stdout);
    out << "ids " << ids.join(u',') << '\n' << "rows " << app.model()->rowCount() << '\n';
    out.flush();
}

bool anyOpen(const LaunchController &app)
{
    for (const LaunchRecord &record : app.launcher()->records()) {
        if (record.isOpen())
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication qapp(argc, argv);
    const QStringList args = qapp.arguments();
    if (args.size() < 4)
        return usage();
    const QString mode = args.at(3);
    KillSwitchTransport::Point point = KillSwitchTransport::Point::None;
    int count = 0;
    if (mode == QLatin1String("launch")) {
        if (args.size() != 6)
            return usage();
        count = args.at(4).toInt();
        if (args.at(5) == QLatin1String("before-request"))
            point = KillSwitchTransport::Point::BeforeRequest;
        else if (args.at(5) == QLatin1String("after-answer"))
            point = KillSwitchTransport::Point::AfterAnswer;
        else if (args.at(5) != QLatin1String("none"))
            return usage();
    } else if (mode != QLatin1String("resume") || args.size() != 4) {
        return usage();
    }

    NetworkTransport network;
    KillSwitchTransport transport(point, &network);
    ApiConfig config;
    config.endpoint = QUrl(args.at(1));
    config.secretId = SandboxService::DefaultSecretId;
    config.secretKey = SandboxService::DefaultSecretKey;
    V2CloudApi api(config, &transport);
    api.setTimeoutMs(20000);

    LaunchController app(args.at(2));
    QObject::connect(app.launcher(), &Launcher::launchFinished, &app, [&app] {
        if (!anyOpen(app)) {
            report(app);
            QCoreApplication::exit(0);
        }
    });
    QObject::connect(app.launcher(), &Launcher::launchRefused, &app, [](const QString &why) {
        QTextStream(stderr) << why << '\n';
        QCoreApplication::exit(1);
    });
    app.start();
    app.setCloudApi(&api, QStringLiteral("drill"));
    if (mode == QLatin1String("launch")) {
        LaunchSpec spec;
        spec.region = QStringLiteral("ap-guangzhou");
        spec.zoneId = 100003;
        spec.cpu = 1;
        spec.mem = 2;
        spec.imageId = QStringLiteral("img-31tjrtph");
        spec.imageType = LaunchSpec::PublicImage;
        spec.storageType = 2;
        spec.storageSize = 50;
        spec.bandwidth = 1;
        spec.goodsNum = count;
        spec.keyId = QStringLiteral("skey-5kfo2sqr");
        spec.instanceName = QStringLiteral("kill drill");
        if (app.launch(spec).isEmpty())
            return 1;
    } else if (!anyOpen(app)) {
        QTimer::singleShot(0, &app, [&app] {
            report(app);
            QCoreApplication::exit(0);
        });
    }
    return qapp.exec();
}
