#pragma once

#include "dialogs/profilesdialog.h"
#include "spec/launchspec.h"

#include <QMainWindow>

class AccountSession;
class CommandLine;
class InstancesPanel;
class LaunchController;
class ProfileStore;
class QAction;
class QComboBox;
class QLabel;
class SecretStore;

// The instances table with the actions around it: the profile switcher, launches through the
// wizard, the status of every launched instance. The account in use comes from AccountSession;
// the table is a view on LaunchController's InstanceModel.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Builds its own accounts over the OS keychain. `journalDirectory` empty: the journal under
    // QStandardPaths::AppDataLocation.
    explicit MainWindow(QWidget *parent = nullptr, const QString &journalDirectory = {});
    // Works on `profiles` (not owned); `apiFactory` builds CloudApi backends for the profiles;
    // `secrets` keeps passwords of launches awaiting an answer (nullptr: the OS keychain).
    MainWindow(ProfileStore *profiles, ProfilesDialog::ApiFactory apiFactory,
               QWidget *parent = nullptr, const QString &journalDirectory = {},
               SecretStore *secrets = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    AccountSession *session() const { return m_session; }
    LaunchController *launchController() const { return m_controller; }
    InstancesPanel *instancesPanel() const { return m_panel; }

    // --profile and --endpoint: unknown profiles and refused endpoints are shown, not fatal; the
    // app then runs on the built-in Sandbox / the profile's own endpoint.
    void applyCommandLine(const CommandLine &commandLine);
    // Shows problems found at start-up in a banner above the table (added to those shown).
    void showProblems(const QStringList &problems);

    // Opens the wizard filled from a template file; problems with the file are shown, not fatal.
    void openTemplate(const QString &path);

public Q_SLOTS:
    void newLaunch();
    // Submits a launch the wizard has produced.
    void launch(const LaunchSpec &spec);
    void showPreferences();
    void openProfiles();

private:
    void createActions();
    void reloadProfiles();
    void updateSandboxHint();
    void openWizard(const LaunchSpec &initial);
    void showProblem(const QString &title, const QString &text);

    ProfileStore *m_profiles = nullptr;
    ProfilesDialog::ApiFactory m_apiFactory;
    AccountSession *m_session = nullptr;
    LaunchController *m_controller = nullptr;
    InstancesPanel *m_panel = nullptr;
    QLabel *m_trackerStatus = nullptr;
    QLabel *m_accountProblem = nullptr;
    QAction *m_newLaunchAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QLabel *m_sandboxHint = nullptr;
    QLabel *m_problems = nullptr;
    QStringList m_problemList;
};
