# Proves that cmake/CoreIncludeCheck.cmake fails on a forbidden include and passes a clean file.
# Run by CTest (tests/CMakeLists.txt):
#   cmake -DRM_CHECK_SCRIPT=<cmake/CoreIncludeCheck.cmake> -DRM_WORK_DIR=<dir> -P <this file>

foreach(var RM_CHECK_SCRIPT RM_WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "core_include_check_test.cmake: ${var} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE "${RM_WORK_DIR}")
file(MAKE_DIRECTORY "${RM_WORK_DIR}")

# Runs the check on `file` and sets `result` and `output`.
function(run_check file result output)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DRM_CHECK_FILES=${file}" -P "${RM_CHECK_SCRIPT}"
        RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(${result} "${code}" PARENT_SCOPE)
    set(${output} "${out}${err}" PARENT_SCOPE)
endfunction()

set(failures)

# Public headers, the C API and Qt's own private headers are all fine.
set(clean "${RM_WORK_DIR}/clean_page.cpp")
file(WRITE "${clean}" [=[
#include "core/session.h"
#include "core/session_types.h"
#include "restartmanager.h"
#include <QtCore/private/qobject_p.h>
// #include "core/private/session_store.h" in a comment is no include
]=])
run_check("${clean}" code out)
if(NOT code EQUAL 0)
    list(APPEND failures "a clean file was rejected (${code}): ${out}")
endif()

# Each of these must fail, and the message must name the file and the header.
set(forbidden
    "#include \"core/private/session_store.h\""
    "  #  include <core/private/sha256.h>"
    "#include \"../core/private/session_engine.h\""
    "#include \"private/process_identity.h\"")
set(index 0)
foreach(line IN LISTS forbidden)
    math(EXPR index "${index} + 1")
    set(file "${RM_WORK_DIR}/forbidden_${index}.cpp")
    file(WRITE "${file}" "#include \"core/session.h\"\n${line}\nint main() { return 0; }\n")
    string(REGEX REPLACE "^.*[<\"]([^>\"]+)[>\"].*$" "\\1" header "${line}")
    run_check("${file}" code out)
    if(code EQUAL 0)
        list(APPEND failures "'${line}' passed the check")
    elseif(NOT out MATCHES "forbidden_${index}\\.cpp" OR NOT out MATCHES "include \"${header}\"")
        list(APPEND failures "'${line}' failed without naming file and header: ${out}")
    endif()
endforeach()

if(failures)
    list(JOIN failures "\n" text)
    message(FATAL_ERROR "${text}")
endif()
message(STATUS "CoreIncludeCheck.cmake rejects all ${index} forbidden includes and passes a "
               "clean file")
