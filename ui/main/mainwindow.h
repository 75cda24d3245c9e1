// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "dialogs/profilesdialog.h"
#include "spec/launchspec.h"

#include <QMainWindow>

class AccountApis;
class AccountSession;
class CommandLine;
class InstanceActions;
class InstancesPanel;
class DesktopNotificationSender;
class LaunchController;
class LaunchNotifier;
class LaunchWizard;
class MessageBar;
class OfferCache;
class ProfileStore;
class QAction;
class QComboBox;
class QLabel;

// The instances table with the actions around it: the profile switcher, launches through the
// wizard, the status of every launched instance. The account in use comes from AccountSession;
// the table is a view on LaunchController's InstanceModel.
//
// The window builds no service of its own: main.cpp (or a test) builds the keychain, the
// accounts, the transport, the sandbox and the launch controller once and hands them over, so
// that what the app runs on is decided in one place and a test can swap any of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window works on. None is owned: each must outlive the window.
    struct Services
    {
        // The accounts (built-in Sandbox, Environment, the operator's own) and the active one.
        ProfileStore *profiles = nullptr;
        // Builds the CloudApi backend of a profile (CloudApiFactory over one Transport in the
        // app); may return nullptr, which the window shows as the account's problem.
        ProfilesDialog::ApiFactory apiFactory;
        // Journal, Launcher, StatusTracker and InstanceModel, with its SecretStore already set;
        // the window gives it the active account and its launches. The caller calls start().
        LaunchController *controller = nullptr;
    };

    // `services.profiles` and `services.controller` must not be nullptr.
    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    ProfileStore *profiles() const { return m_profiles; }
    AccountSession *session() const { return m_session; }
    // The backends of the accounts that launched the instances in the table.
    AccountApis *accounts() const { return m_accounts; }
    LaunchController *launchController() const { return m_controller; }
    InstancesPanel *instancesPanel() const { return m_panel; }
    // Decides when a launch is worth a desktop notification (the window not active).
    LaunchNotifier *notifier() const { return m_notifier; }
    // Errors of background work (polls, returns), shown above the table until closed.
    MessageBar *messageBar() const { return m_messageBar; }
    // "Sandbox (ap-guangzhou)": the active profile and its region (just the name when it has no
    // region; empty without a profile). Qt adds " — CVM Launcher" where the title is shown.
    static QString titleFor(const QString &profileName, const QString &region);
    // Return, bandwidth, launch again, template, copy and export on the table's selection.
    InstanceActions *instanceActions() const { return m_instanceActions; }

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
    // Help → About: the version, the Qt version, the licence.
    void showAbout();
    // Help → About Qt, opened without a nested event loop (QMessageBox::aboutQt() runs one).
    void showAboutQt();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void reloadProfiles();
    void updateSandboxHint();
    // Opens a wizard on `initial` (window-modal, deleted on close) and returns it.
    LaunchWizard *openWizard(const LaunchSpec &initial);
    void showProblem(const QString &title, const QString &text);
    void updateTitle();

    ProfileStore *m_profiles = nullptr;
    ProfilesDialog::ApiFactory m_apiFactory;
    AccountSession *m_session = nullptr;
    // The live offers (API 3.0) of this session, per (profile, region, zone), for every wizard.
    OfferCache *m_offerCache = nullptr;
    AccountApis *m_accounts = nullptr;
    LaunchController *m_controller = nullptr;
    InstancesPanel *m_panel = nullptr;
    InstanceActions *m_instanceActions = nullptr;
    QLabel *m_trackerStatus = nullptr;
    QLabel *m_accountProblem = nullptr;
    QAction *m_newLaunchAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_profilesAction = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QLabel *m_sandboxHint = nullptr;
    QLabel *m_problems = nullptr;
    MessageBar *m_messageBar = nullptr;
    DesktopNotificationSender *m_notificationSender = nullptr;
    LaunchNotifier *m_notifier = nullptr;
    QStringList m_problemList;
};
