#include "main/mainwindow.h"

#include "dialogs/preferencesdialog.h"
#include "spec/launchtemplate.h"
#include "wizard/lastlaunch.h"
#include "wizard/launchwizard.h"

#include <QAction>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
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
    setCentralWidget(m_instancesView);

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
    // Reopens with the previous launch's choices (never its password).
    auto *wizard = new LaunchWizard(LastLaunch::load(), this);
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
