#include "main/mainwindow.h"

#include "dialogs/preferencesdialog.h"
#include "cli/commandline.h"
#include "credentials/credentialstore.h"
#include "credentials/keychainsecretstore.h"
#include "credentials/profilestore.h"
#include "spec/launchtemplate.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QBoxLayout>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace {

ProfileStore *ownAccounts(QObject *owner)
{
    auto *keychain = new KeychainSecretStore(owner);
    auto *credentials = new CredentialStore(keychain, owner);
    return new ProfileStore(credentials, QProcessEnvironment::systemEnvironment(), owner);
}

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

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(nullptr, {}, parent)
{}

MainWindow::MainWindow(ProfileStore *profiles, ProfilesDialog::ApiFactory apiFactory,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles ? profiles : ownAccounts(this))
    , m_apiFactory(std::move(apiFactory))
{
    setWindowTitle(tr("CVM Launcher"));
    setObjectName(QStringLiteral("MainWindow"));

    m_instancesView = new QTableView(this);
    m_instancesView->setObjectName(QStringLiteral("instancesView"));
    m_instancesView->setAccessibleName(tr("Launched instances"));
    m_instancesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_instancesView->horizontalHeader()->setStretchLastSection(true);
    auto *model = new QStandardItemModel(0, 0, this);
    m_instancesView->setModel(model);
    m_sandboxHint = banner(QStringLiteral("sandboxHint"), this);
    m_sandboxHint->setText(tr("You are on the built-in sandbox: nothing is created for real. Add "
                              "your Tencent Cloud account with Profiles… in the toolbar."));
    m_problems = banner(QStringLiteral("problemsBanner"), this);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_problems);
    layout->addWidget(m_sandboxHint);
    layout->addWidget(m_instancesView, 1);
    setCentralWidget(central);

    createActions();
    reloadProfiles();
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_profiles, &ProfileStore::activeChanged, this, &MainWindow::reloadProfiles);
    statusBar()->showMessage(tr("Ready"));
    resize(1000, 600);
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

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_newLaunchAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    auto *preferencesAction = new QAction(tr("&Preferences…"), this);
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    menuBar()->addMenu(tr("&Settings"))->addAction(preferencesAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newLaunchAction);
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

    m_profilesAction =
        new QAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("P&rofiles…"), this);
    m_profilesAction->setObjectName(QStringLiteral("profilesAction"));
    m_profilesAction->setStatusTip(tr("Add, edit or delete accounts and their keys"));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::openProfiles);
    toolBar->addAction(m_profilesAction);
    fileMenu->insertAction(m_quitAction, m_profilesAction);
}

void MainWindow::reloadProfiles()
{
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
        statusBar()->showMessage(tr("For this run, requests go to %1 (--endpoint).")
                                     .arg(commandLine.endpoint().toString()));
    }
    showProblems(problems);
}

void MainWindow::showProblems(const QStringList &problems)
{
    m_problems->setText(tr("Problem: %1").arg(problems.join(u'\n')));
    m_problems->setVisible(!problems.isEmpty());
}

void MainWindow::newLaunch()
{
    auto *wizard = new LaunchWizard(LaunchSpec{}, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
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
        QMessageBox::warning(this, tr("Cannot open template"), loaded.error);
        return;
    }
    if (!loaded.notice.isEmpty())
        statusBar()->showMessage(loaded.notice);
    auto *wizard = new LaunchWizard(loaded.spec, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}
