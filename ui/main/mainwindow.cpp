#include "main/mainwindow.h"

#include "launch/journal.h"
#include "launch/launchcontroller.h"
#include "main/instancespanel.h"
#include "dialogs/preferencesdialog.h"
#include "spec/launchtemplate.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent, const QString &journalDirectory)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CVM Launcher"));
    setObjectName(QStringLiteral("MainWindow"));

    m_controller = new LaunchController(
        journalDirectory.isEmpty() ? Journal::defaultDirectory() : journalDirectory, this);
    m_panel = new InstancesPanel(m_controller, this);
    setCentralWidget(m_panel);

    m_trackerStatus = new QLabel(this);
    m_trackerStatus->setObjectName(QStringLiteral("trackerStatus"));
    m_trackerStatus->hide();
    statusBar()->addPermanentWidget(m_trackerStatus);
    connect(m_controller, &LaunchController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_controller, &LaunchController::trackerError, this, [this](const QString &text) {
        m_trackerStatus->setText(text);
        m_trackerStatus->setVisible(!text.isEmpty());
    });
    connect(m_controller, &LaunchController::journalDamaged, this,
            [this](const QString &text) { showProblem(tr("Damaged launch record"), text); });
    connect(m_controller, &LaunchController::launchRefused, this,
            [this](const QString &text) { showProblem(tr("Nothing was launched"), text); });

    createActions();
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
}

void MainWindow::newLaunch()
{
    openWizard(LaunchSpec{});
}

void MainWindow::launch(const LaunchSpec &spec)
{
    m_controller->launch(spec);
}

void MainWindow::openWizard(const LaunchSpec &initial)
{
    auto *wizard = new LaunchWizard(initial, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] { launch(wizard->spec()); });
    wizard->open();
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
