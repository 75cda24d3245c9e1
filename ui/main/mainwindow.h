#pragma once

#include "dialogs/profilesdialog.h"

#include <QMainWindow>

class CommandLine;
class ProfileStore;
class QAction;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

// The instances table with the actions around it. Launches open the wizard; the table is a view
// on the instances the app has launched.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Builds its own accounts (the OS keychain, QSettings, the environment).
    explicit MainWindow(QWidget *parent = nullptr);
    // Works on `profiles` (not owned); `apiFactory` builds CloudApi backends for the profiles.
    MainWindow(ProfileStore *profiles, ProfilesDialog::ApiFactory apiFactory,
               QWidget *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    // --profile and --endpoint: unknown profiles and refused endpoints are shown, not fatal; the
    // app then runs on the built-in Sandbox / the profile's own endpoint.
    void applyCommandLine(const CommandLine &commandLine);
    // Shows problems found at start-up in a banner above the table.
    void showProblems(const QStringList &problems);

    // Opens the wizard filled from a template file; problems with the file are shown, not fatal.
    void openTemplate(const QString &path);

public Q_SLOTS:
    void newLaunch();
    void showPreferences();
    void openProfiles();

private:
    void createActions();
    void reloadProfiles();
    void updateSandboxHint();

    QTableView *m_instancesView = nullptr;
    QAction *m_newLaunchAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    ProfileStore *m_profiles = nullptr;
    ProfilesDialog::ApiFactory m_apiFactory;
    QComboBox *m_profileSwitcher = nullptr;
    QLabel *m_sandboxHint = nullptr;
    QLabel *m_problems = nullptr;
};
