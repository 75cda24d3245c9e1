# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Precompiled Qt headers. Parsing Qt's headers is most of what compiling one of our files costs
# (about 2.5 s of 3.7 s at -O0 on the CI machine), so each library precompiles the Qt headers its
# files include most and the tests share one set. GCC only: a precompiled header there is silently
# skipped when a file is compiled with other macros, while clang refuses the compilation.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(_cvm_pch_default ON)
else()
    set(_cvm_pch_default OFF)
endif()
option(CVM_PRECOMPILED_HEADERS "Precompile the Qt headers (GCC)" ${_cvm_pch_default})

set(CVM_PCH_CORE
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue>
    <QList> <QMap> <QObject> <QPointer> <QString> <QStringList> <QTimer> <QUrl> <QVariant>
    <QCoreApplication> <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest>
    <functional> <memory> <optional> <vector>)
set(CVM_PCH_WIDGETS
    ${CVM_PCH_CORE}
    <QAbstractItemModel> <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QLabel>
    <QLineEdit> <QPushButton> <QSpinBox> <QVBoxLayout> <QHBoxLayout> <QFormLayout> <QWidget>
    <QWizard> <QWizardPage>)
set(CVM_PCH_TEST ${CVM_PCH_CORE} <QSignalSpy> <QTest>)

# A precompiled header built with a macro that a file lacks is skipped for that file; that costs
# speed, not correctness, so it is never an error (CI builds with -Werror).
if(CVM_PRECOMPILED_HEADERS)
    add_compile_options(-Wno-error=invalid-pch)
endif()

# cvm_precompile_headers(<target> <list-variable>)
function(cvm_precompile_headers target list)
    if(CVM_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${${list}})
    endif()
endfunction()

# cvm_reuse_precompiled_headers(<target> <from-target>): the same precompiled headers, built
# once. Macros that <target> defines on top of <from-target>'s do not invalidate them.
function(cvm_reuse_precompiled_headers target from)
    if(CVM_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
