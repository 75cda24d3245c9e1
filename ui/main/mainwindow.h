#pragma once

#include "spec/launchspec.h"

#include <QMainWindow>

class CloudApi;
class InstancesPanel;
class LaunchController;
class QAction;
class QLabel;
class SecretStore;

// The instances table with the actions around it. Launches open the wizard; the table is a view
// on the instances the app has launched (LaunchController's InstanceModel).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `journalDirectory` empty: the journal under QStandardPaths::AppDataLocation.
    explicit MainWindow(QWidget *parent = nullptr, const QString &journalDirectory = {});

    // Opens the wizard filled from a template file; problems with the file are shown, not fatal.
    void openTemplate(const QString &path);

    // The launches and instances behind the table. The account code gives it the keychain and
    // the current account: launchController()->setSecretStore(store) and
    // launchController()->setCloudApi(api, profileId); main() calls start() once.
    LaunchController *launchController() const { return m_controller; }
    InstancesPanel *instancesPanel() const { return m_panel; }

public Q_SLOTS:
    void newLaunch();
    // Submits a launch the wizard has produced.
    void launch(const LaunchSpec &spec);
    void showPreferences();

private:
    void createActions();
    void openWizard(const LaunchSpec &initial);
    void showProblem(const QString &title, const QString &text);

    LaunchController *m_controller = nullptr;
    InstancesPanel *m_panel = nullptr;
    QLabel *m_trackerStatus = nullptr;
    QAction *m_newLaunchAction = nullptr;
    QAction *m_quitAction = nullptr;
};
