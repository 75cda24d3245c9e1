// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

// The floor for the start-up benchmark: the least a Qt Widgets program does to show a main
// window on this machine, built with the same compiler, flags and Qt as cvm-launcher.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Startup floor"));
    window.setCentralWidget(new QLabel(QStringLiteral("floor"), &window));
    window.resize(1000, 600);
    window.show();
    return app.exec();
}
