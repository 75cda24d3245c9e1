# SPDX-FileCopyrightText: 2026 The CVM Launcher authors
# SPDX-License-Identifier: Apache-2.0
# Fails when a translation catalogue does not cover the sources as they are now: lupdate runs
# over the sources into a scratch copy of TS_FILE (the file in the source tree is never touched),
# then every entry still marked unfinished is listed. Strings added to the code but not yet to
# the .ts come out unfinished in the copy, so they fail the check too.
#
#   cmake -DLUPDATE=... -DTS_FILE=... -DSOURCES_LIST=... -DWORK_DIR=... [-DOPTIONS=-pluralonly]
#         -P check_translations.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var LUPDATE TS_FILE SOURCES_LIST WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_translations.cmake needs -D${var}=...")
    endif()
endforeach()
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "${TS_FILE} does not exist: run `cmake --build <build> --target "
                        "update_translations` to create it, then translate it")
endif()

get_filename_component(ts_name "${TS_FILE}" NAME)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(scratch "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${scratch}")
separate_arguments(options UNIX_COMMAND "${OPTIONS}")
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none ${options} "@${SOURCES_LIST}" -ts "${scratch}"
    RESULT_VARIABLE lupdate_result
    ERROR_VARIABLE lupdate_errors)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result}):\n${lupdate_errors}")
endif()

file(READ "${scratch}" ts)
# Walk the <message> elements with string(FIND): a CMake list would split the text on ';' and
# keep brackets together, both of which occur in messages.
set(unfinished "")
set(count 0)
while(TRUE)
    string(FIND "${ts}" "<message" start)
    if(start EQUAL -1)
        break()
    endif()
    string(SUBSTRING "${ts}" ${start} -1 ts)
    string(FIND "${ts}" "</message>" end)
    if(end EQUAL -1)
        message(FATAL_ERROR "${ts_name}: a <message> element is not closed")
    endif()
    string(SUBSTRING "${ts}" 0 ${end} message)
    math(EXPR end "${end} + 10")
    string(SUBSTRING "${ts}" ${end} -1 ts)
    if(message MATCHES "<translation[^>]*type=\"unfinished\"")
        string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
        string(APPEND unfinished "  ${CMAKE_MATCH_1}\n")
        math(EXPR count "${count} + 1")
    endif()
endwhile()

if(count GREATER 0)
    message(FATAL_ERROR
        "${ts_name}: ${count} string(s) have no finished translation:\n${unfinished}"
        "Run `cmake --build <build> --target update_translations`, translate the entries in "
        "Qt Linguist (or edit the .ts and remove type=\"unfinished\"), and commit the .ts file.")
endif()
message(STATUS "${ts_name}: every string is translated")
