# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Fails when a source file of cvmcore (app/) includes a Qt Widgets or Qt Gui header.
file(GLOB_RECURSE sources "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.cpp")
set(offenders "")
foreach(file IN LISTS sources)
    file(STRINGS "${file}" hits REGEX "#[ \t]*include[ \t]*<(QtWidgets/|QtGui/|QWidget|QApplication|QGuiApplication|QPixmap|QIcon|QImage|QColor|QFont)")
    if(hits)
        list(APPEND offenders "${file}: ${hits}")
    endif()
endforeach()
if(offenders)
    string(REPLACE ";" "\n" offenders "${offenders}")
    message(FATAL_ERROR "cvmcore includes Gui/Widgets headers:\n${offenders}")
endif()
message(STATUS "cvmcore includes no Gui/Widgets headers")
