# The core's public surface: ui/, app/ and the core's public headers may include only the core's
# public headers (core/*.h and core/include/*.h); core/private/ is for the core and its tests.
#
# In a configure run (include()d by the top CMakeLists.txt):
#   rm_check_core_includes(DIRECTORIES ui app PUBLIC_HEADERS_OF rm_core)
# reads the source lists of every target of those folders (and their subfolders) and the public
# headers among rm_core's sources, and stops the configuration with FATAL_ERROR naming each file
# and header that breaks the rule. It also adds a build step that checks the same files again
# whenever one of them changes, so that an edit without a reconfigure is caught too.
#
# As a script (the build step above, and tests/cmake/core_include_check_test.cmake):
#   cmake -DRM_CHECK_FILES="a.cpp;b.h" -P cmake/CoreIncludeCheck.cmake
#   cmake -DRM_CHECK_LIST_FILE=files.txt -P cmake/CoreIncludeCheck.cmake   (one path a line)
# exits with an error when one of the files includes a private header.

# A forbidden include: core/private/... from anywhere, or private/... relative to a core header.
set(RM_PRIVATE_CORE_INCLUDE_REGEX "(^|/)core/private/|^(\\./)?private/")

# Sets `out` to "file: #include <header>" for every forbidden include of the files.
function(rm_find_private_core_includes out)
    set(violations)
    foreach(file IN LISTS ARGN)
        if(NOT EXISTS "${file}")
            list(APPEND violations "${file}: file not found")
            continue()
        endif()
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS lines)
            if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
                set(header "${CMAKE_MATCH_1}")
                if(header MATCHES "${RM_PRIVATE_CORE_INCLUDE_REGEX}")
                    list(APPEND violations "${file}: #include \"${header}\"")
                endif()
            endif()
        endforeach()
    endforeach()
    set(${out} "${violations}" PARENT_SCOPE)
endfunction()

function(rm_fail_on_private_core_includes)
    rm_find_private_core_includes(violations ${ARGN})
    if(violations)
        list(JOIN violations "\n  " listed)
        message(FATAL_ERROR
            "A private header of the core is included where only its public headers may be:\n"
            "  ${listed}\n"
            "ui/, app/ and the core's public headers may include only core/*.h and "
            "core/include/*.h; core/private/ is for core/ and tests/. Use the public API "
            "(core/session.h, core/session_types.h, ...) or make the header public on purpose.")
    endif()
endfunction()

# The C++ files of a target's source list, as absolute paths; generated files are left out.
function(_rm_target_source_files target out)
    set(files)
    get_target_property(type ${target} TYPE)
    if(NOT type MATCHES "^(EXECUTABLE|STATIC_LIBRARY|SHARED_LIBRARY|MODULE_LIBRARY|OBJECT_LIBRARY)$")
        set(${out} "" PARENT_SCOPE)
        return()
    endif()
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    if(NOT sources)
        set(sources)
    endif()
    foreach(source IN LISTS sources)
        if(source MATCHES "\\$<" OR NOT source MATCHES "\\.(c|cc|cpp|cxx|h|hh|hpp|hxx)$")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${source_dir}" NORMALIZE
            OUTPUT_VARIABLE path)
        cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${path}" NORMALIZE generated)
        if(NOT generated)
            list(APPEND files "${path}")
        endif()
    endforeach()
    set(${out} "${files}" PARENT_SCOPE)
endfunction()

function(_rm_directory_targets dir out)
    get_property(targets DIRECTORY "${dir}" PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY "${dir}" PROPERTY SUBDIRECTORIES)
    foreach(subdir IN LISTS subdirs)
        _rm_directory_targets("${subdir}" more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} "${targets}" PARENT_SCOPE)
endfunction()

function(rm_check_core_includes)
    cmake_parse_arguments(PARSE_ARGV 0 arg "" "PUBLIC_HEADERS_OF" "DIRECTORIES")
    set(files)
    set(checked_targets)
    set(checked_dirs)
    get_property(added DIRECTORY "${PROJECT_SOURCE_DIR}" PROPERTY SUBDIRECTORIES)
    foreach(name IN LISTS arg_DIRECTORIES)
        cmake_path(ABSOLUTE_PATH name BASE_DIRECTORY "${PROJECT_SOURCE_DIR}" NORMALIZE
            OUTPUT_VARIABLE dir)
        # A folder the configuration left out (RM_BUILD_GUI=OFF) has no targets to check.
        if(NOT dir IN_LIST added)
            continue()
        endif()
        list(APPEND checked_dirs "${name}/")
        _rm_directory_targets("${dir}" targets)
        foreach(target IN LISTS targets)
            _rm_target_source_files(${target} target_files)
            if(target_files)
                list(APPEND checked_targets ${target})
                list(APPEND files ${target_files})
            endif()
        endforeach()
    endforeach()
    if(arg_PUBLIC_HEADERS_OF)
        _rm_target_source_files(${arg_PUBLIC_HEADERS_OF} core_files)
        get_target_property(core_dir ${arg_PUBLIC_HEADERS_OF} SOURCE_DIR)
        foreach(file IN LISTS core_files)
            cmake_path(IS_PREFIX core_dir "${file}" NORMALIZE in_core)
            if(file MATCHES "\\.h$" AND in_core AND NOT file MATCHES "/core/private/")
                list(APPEND files "${file}")
            endif()
        endforeach()
    endif()
    list(REMOVE_DUPLICATES files)
    rm_fail_on_private_core_includes(${files})
    list(LENGTH files file_count)
    list(LENGTH checked_targets target_count)
    list(JOIN checked_dirs ", " dirs)
    message(STATUS "Core public surface: the ${file_count} files of ${target_count} targets in "
                   "${dirs} and the core's public headers include no private header")

    # The same check at build time, rerun whenever one of the files changes.
    set(list_file "${PROJECT_BINARY_DIR}/core_include_check/files.txt")
    set(stamp "${PROJECT_BINARY_DIR}/core_include_check/checked.stamp")
    list(JOIN files "\n" content)
    file(CONFIGURE OUTPUT "${list_file}" CONTENT "${content}\n" @ONLY)
    add_custom_command(OUTPUT "${stamp}"
        COMMAND "${CMAKE_COMMAND}" -DRM_CHECK_LIST_FILE=${list_file}
                -P "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
        COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
        DEPENDS ${files} "${list_file}" "${CMAKE_CURRENT_FUNCTION_LIST_FILE}"
        COMMENT "Checking that ui/, app/ and the core's public headers include no private header"
        VERBATIM)
    add_custom_target(check_core_includes ALL DEPENDS "${stamp}")
endfunction()

if(CMAKE_SCRIPT_MODE_FILE AND CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    set(files ${RM_CHECK_FILES})
    if(DEFINED RM_CHECK_LIST_FILE)
        file(STRINGS "${RM_CHECK_LIST_FILE}" listed)
        list(APPEND files ${listed})
    endif()
    if(NOT files)
        message(FATAL_ERROR "CoreIncludeCheck.cmake: give RM_CHECK_FILES or RM_CHECK_LIST_FILE")
    endif()
    rm_fail_on_private_core_includes(${files})
endif()
