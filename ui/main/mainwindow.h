#pragma once

#include <QMainWindow>

class QAction;
class QStandardItemModel;
class QTableView;

// The instances table with the actions around it. Launches open the wizard; the table is a view
// on the instances the app has launched.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens the wizard filled from a template file; problems with the file are shown, not fatal.
    void openTemplate(const QString &path);

public Q_SLOTS:
    void newLaunch();
    void showPreferences();

private:
    void createActions();

    QTableView *m_instancesView = nullptr;
    QAction *m_newLaunchAction = nullptr;
    QAction *m_quitAction = nullptr;
};
