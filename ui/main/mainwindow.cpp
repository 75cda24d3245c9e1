// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "main/mainwindow.h"

#include "cli/commandline.h"
#include "credentials/accountapis.h"
#include "credentials/accountsession.h"
#include "credentials/profilestore.h"
#include "dialogs/preferencesdialog.h"
#include "launch/launchcontroller.h"
#include "launch/launchnotifier.h"
#include "main/desktopnotificationsender.h"
#include "main/instanceactions.h"
#include "main/instancespanel.h"
#include "offer/offercache.h"
#include "spec/launchtemplate.h"
#include "version.h"
#include "widgets/messagebar.h"
#include "wizard/lastlaunch.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>

namespace {

QLabel *banner(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setMargin(8);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(services.profiles)
    , m_apiFactory(services.apiFactory)
    , m_controller(services.controller)
{
    Q_ASSERT(m_profiles && m_controller);
    setObjectName(QStringLiteral("MainWindow"));

    m_panel = new InstancesPanel(m_controller, this);
    m_instanceActions = new InstanceActions(m_controller, m_panel->view(), this);
    connect(m_instanceActions, &InstanceActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_instanceActions, &InstanceActions::launchAgainRequested, this,
            &MainWindow::openWizard);

    m_sandboxHint = banner(QStringLiteral("sandboxHint"), this);
    m_sandboxHint->setText(tr("You are on the built-in sandbox: nothing is created for real. Add "
                              "your Tencent Cloud account with Profiles… in the toolbar."));
    m_problems = banner(QStringLiteral("problemsBanner"), this);
    m_accountProblem = banner(QStringLiteral("accountProblem"), this);
    m_messageBar = new MessageBar(this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_problems);
    layout->addWidget(m_accountProblem);
    layout->addWidget(m_sandboxHint);
    layout->addWidget(m_panel, 1);
    setCentralWidget(central);

    m_trackerStatus = new QLabel(this);
    m_trackerStatus->setObjectName(QStringLiteral("trackerStatus"));
    m_trackerStatus->hide();
    statusBar()->addPermanentWidget(m_trackerStatus);
    connect(m_controller, &LaunchController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_controller, &LaunchController::trackerError, this, [this](const QString &text) {
        // Where it is noticed: the rows say "status not refreshed", the bar says why.
        if (text.isEmpty())
            m_messageBar->clearMessage(m_trackerStatus->text());
        else if (text != m_trackerStatus->text())
            m_messageBar->showMessage(text);
        m_trackerStatus->setText(text);
        m_trackerStatus->setVisible(!text.isEmpty());
    });
    connect(m_controller, &LaunchController::backgroundError, m_messageBar,
            &MessageBar::showMessage);

    // A launch that settles while the operator looks elsewhere is told on the desktop.
    m_notificationSender = new DesktopNotificationSender(QString(), this);
    m_notifier = new LaunchNotifier(m_controller->launches(), m_notificationSender, this);
    m_notifier->setWindowActive(isActiveWindow());
    connect(m_controller, &LaunchController::journalDamaged, this,
            [this](const QString &text) { showProblem(tr("Damaged launch record"), text); });
    connect(m_controller, &LaunchController::launchRefused, this,
            [this](const QString &text) { showProblem(tr("Nothing was launched"), text); });

    createActions();
    reloadProfiles();
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_profiles, &ProfileStore::activeChanged, this, &MainWindow::reloadProfiles);
    updateTitle();

    // Every instance is polled and returned through the account that launched it: the other
    // accounts' backends come from here, whatever profile is active.
    m_accounts = new AccountApis(m_profiles, m_apiFactory, this);
    m_controller->setAccounts(m_accounts);
    // One backend for the active profile, handed to the launcher (new launches, open batches of
    // that profile), the tracker (its instances) and every wizard opened later.
    m_session = new AccountSession(m_profiles, m_apiFactory, this);
    m_offerCache = new OfferCache(this);
    auto useApi = [this](CloudApi *api, const QString &profileId) {
        const auto profile = m_profiles->profile(profileId);
        m_controller->setCloudApi(api, profileId, profile ? profile->region : QString());
    };
    // A rebuilt backend may be other keys, i.e. another account: its offers are asked again.
    connect(m_session, &AccountSession::apiChanged, m_offerCache,
            [this](CloudApi *, const QString &profileId) {
                m_offerCache->invalidateProfile(profileId);
            });
    connect(m_session, &AccountSession::apiChanged, this, useApi);
    connect(m_session, &AccountSession::problemChanged, this, [this](const QString &problem) {
        m_accountProblem->setText(problem);
        m_accountProblem->setVisible(!problem.isEmpty());
    });
    useApi(m_session->api(), m_session->profileId());
    m_accountProblem->setText(m_session->problem());
    m_accountProblem->setVisible(!m_session->problem().isEmpty());

    statusBar()->showMessage(tr("Ready"));
    resize(1100, 640);
}

MainWindow::~MainWindow()
{
    // The controller outlives the window. The backends go first, while the window is whole and
    // no longer listening: their calls in flight end as cancelled, and what the controller says
    // about that must not reach a window half torn down.
    disconnect(m_controller, nullptr, this, nullptr);
    m_controller->setAccounts(nullptr);
    delete m_session;
    delete m_accounts;
}

void MainWindow::createActions()
{
    m_newLaunchAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New launch…"), this);
    m_newLaunchAction->setObjectName(QStringLiteral("newLaunchAction"));
    m_newLaunchAction->setShortcut(QKeySequence::New);
    m_newLaunchAction->setStatusTip(tr("Describe and launch new instances"));
    connect(m_newLaunchAction, &QAction::triggered, this, &MainWindow::newLaunch);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_profilesAction =
        new QAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("P&rofiles…"), this);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setStatusTip(tr("Add, edit or delete accounts and their keys"));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfiles);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newLaunchAction);
    fileMenu->addAction(m_profilesAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    auto *preferencesAction = new QAction(tr("&Preferences…"), this);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_panel->showAllAccountsAction());
    viewMenu->addAction(m_panel->hideFinishedAction());
    viewMenu->addAction(m_panel->showArchivedAction());
    viewMenu->addSeparator();
    viewMenu->addAction(m_panel->archiveAction());
    m_instanceActions->addTo(menuBar()->addMenu(tr("&Instance")));
    menuBar()->addMenu(tr("&Settings"))->addAction(preferencesAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    auto *aboutAction =
        helpMenu->addAction(tr("&About CVM Launcher"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    auto *aboutQtAction = helpMenu->addAction(tr("About &Qt"), this, &MainWindow::showAboutQt);
    aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newLaunchAction);
    toolBar->addAction(m_instanceActions->launchAgainAction());
    toolBar->addAction(m_instanceActions->bandwidthAction());
    toolBar->addAction(m_instanceActions->returnAction());
    toolBar->addSeparator();

    auto *profileLabel = new QLabel(tr("&Profile:"), toolBar);
    m_profileSwitcher = new QComboBox(toolBar);
    m_profileSwitcher->setObjectName(QStringLiteral("profileSwitcher"));
    m_profileSwitcher->setAccessibleName(tr("Active profile"));
    m_profileSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profileSwitcher);
    toolBar->addWidget(profileLabel);
    toolBar->addWidget(m_profileSwitcher);
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int index) {
        m_profiles->setActive(m_profileSwitcher->itemData(index).toString());
    });
    toolBar->addAction(m_profilesAction);
}

void MainWindow::reloadProfiles()
{
    updateTitle();
    const QSignalBlocker blocker(m_profileSwitcher);
    m_profileSwitcher->clear();
    const QString activeId = m_profiles->active().id;
    for (const Profile &p : m_profiles->profiles()) {
        m_profileSwitcher->addItem(p.name, p.id);
        if (p.id == activeId)
            m_profileSwitcher->setCurrentIndex(m_profileSwitcher->count() - 1);
    }
    updateSandboxHint();
}

QString MainWindow::titleFor(const QString &profileName, const QString &region)
{
    // Qt adds the application's display name (" — CVM Launcher") to the title the window
    // manager shows, as desktops expect of a window that shows one thing of an application.
    if (profileName.isEmpty() || region.isEmpty())
        return profileName;
    return tr("%1 (%2)", "window title: profile (region)").arg(profileName, region);
}

void MainWindow::updateTitle()
{
    const Profile active = m_profiles->active();
    setWindowTitle(titleFor(active.name, active.region));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && m_notifier)
        m_notifier->setWindowActive(isActiveWindow());
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setWindowTitle(tr("About CVM Launcher"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("CVM Launcher %1").arg(QStringLiteral(CVM_VERSION_STRING)));
    box->setInformativeText(
        tr("Creates pay-by-hour Tencent Cloud CVM instances and follows them until they run.\n\n"
           "Built with Qt %1, running on Qt %2.\n"
           "Licensed under the Apache License 2.0 (Apache-2.0).")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showAboutQt()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutQtBox"));
    box->setWindowTitle(tr("About Qt"));
    box->setTextFormat(Qt::PlainText);
    box->setText(tr("This program uses Qt version %1.").arg(QString::fromLatin1(qVersion())));
    box->setInformativeText(
        tr("Qt is a C++ toolkit for cross-platform application development, available under "
           "the GNU LGPL version 3 and under commercial licences. See qt.io for more."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateSandboxHint()
{
    m_sandboxHint->setVisible(m_profiles->active().kind == Profile::Kind::Sandbox &&
                              !m_profiles->hasOwnProfiles());
}

void MainWindow::openProfiles()
{
    auto *dialog = new ProfilesDialog(m_profiles, m_apiFactory, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applyCommandLine(const CommandLine &commandLine)
{
    QStringList problems = commandLine.problems();
    if (!commandLine.profileName().isEmpty()) {
        if (const auto chosen = m_profiles->find(commandLine.profileName())) {
            m_profiles->setActive(chosen->id);
        } else {
            m_profiles->setActive(Profile::sandboxId());
            problems << tr("There is no profile named “%1”, so CVM Launcher started on the "
                           "built-in Sandbox. Choose a profile in the toolbar, or add one with "
                           "Profiles… in the toolbar.")
                            .arg(commandLine.profileName());
        }
    }
    if (!commandLine.endpoint().isEmpty()) {
        m_profiles->setEndpointOverride(commandLine.endpoint());
        m_session->refresh();
        statusBar()->showMessage(tr("For this run, requests go to %1 (--endpoint).")
                                     .arg(commandLine.endpoint().toString()));
    }
    showProblems(problems);
}

void MainWindow::showProblems(const QStringList &problems)
{
    m_problemList << problems;
    m_problems->setText(tr("Problem: %1").arg(m_problemList.join(u'\n')));
    m_problems->setVisible(!m_problemList.isEmpty());
}

void MainWindow::newLaunch()
{
    // Reopens with the previous launch's choices (never its password), and says so.
    LaunchWizard *wizard = openWizard(LastLaunch::load());
    if (LastLaunch::exists())
        wizard->markReopened();
}

void MainWindow::launch(const LaunchSpec &spec)
{
    m_controller->launch(spec);
}

LaunchWizard *MainWindow::openWizard(const LaunchSpec &initial)
{
    auto *wizard = new LaunchWizard(initial, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard's pickers follow the account: switching profiles while it is open re-points it.
    wizard->setOfferCache(m_offerCache);
    wizard->setCloudApi(m_session->api(), m_session->profileId());
    connect(
        m_session, &AccountSession::apiChanged, wizard,
        [wizard](CloudApi *api, const QString &profileId) { wizard->setCloudApi(api, profileId); });
    // The price the operator saw goes with the launch: the table's running cost comes from it.
    connect(wizard, &LaunchWizard::launchRequested, this, [this, wizard](const LaunchSpec &spec) {
        m_controller->launch(spec, wizard->pricePerInstanceHour());
    });
    wizard->open();
    return wizard;
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    // open(), not exec(): the event loop (and the launches in flight) keep running.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openTemplate(const QString &path)
{
    const LaunchTemplate::LoadResult loaded = LaunchTemplate::loadFile(path);
    if (!loaded.ok()) {
        showProblem(tr("Cannot open template"), loaded.error);
        return;
    }
    if (!loaded.notice.isEmpty())
        statusBar()->showMessage(loaded.notice);
    openWizard(loaded.spec);
}
