# What `cmake --install` installs, in three components that are the three Debian packages of
# scripts/build-packages.sh:
#   Library      librestartmanager0     lib/<multiarch>/librestartmanager.so.0
#   Development  librestartmanager-dev  the headers (include/restartmanager/), the .so link,
#                                       restartmanager.pc and the CMake package RestartManager
#   Tools        restartmanager         the programs, in libexec/restartmanager/ (each finds its
#                                       helpers beside itself), with links in bin/ to those a
#                                       user starts
# Everything is relative to the prefix given at install time: `cmake --install build --prefix P`
# and an extracted .deb both work where they are.
include(CMakePackageConfigHelpers)

set(RM_INSTALL_PROGRAM_DIR "${CMAKE_INSTALL_LIBEXECDIR}/restartmanager")
set(RM_INSTALL_CMAKE_DIR "${RM_INSTALL_LIBDIR}/cmake/RestartManager")

# The shared library, and its .so link for the linker.
install(TARGETS restartmanager EXPORT RestartManagerTargets
    LIBRARY DESTINATION ${RM_INSTALL_LIBDIR}
        COMPONENT Library
        NAMELINK_COMPONENT Development)

# The public C headers, in a folder of their own: windows.h and winerror.h are stand-ins that
# must not shadow anything in /usr/include. The .pc file and the CMake target add it to the
# include path, so that ported code keeps writing #include <restartmanager.h>.
install(FILES
        ${PROJECT_SOURCE_DIR}/core/include/restartmanager.h
        ${PROJECT_SOURCE_DIR}/core/include/RestartManager.h
        ${PROJECT_SOURCE_DIR}/core/include/restartmanager_linux.h
        ${PROJECT_SOURCE_DIR}/core/include/rm_wintypes.h
        ${PROJECT_SOURCE_DIR}/core/include/winerror.h
        ${PROJECT_SOURCE_DIR}/core/include/windows.h
        ${PROJECT_SOURCE_DIR}/core/include/Windows.h
    DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/restartmanager
    COMPONENT Development)

# find_package(RestartManager) and the target RestartManager::RestartManager.
install(EXPORT RestartManagerTargets
    NAMESPACE RestartManager::
    DESTINATION ${RM_INSTALL_CMAKE_DIR}
    COMPONENT Development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/RestartManagerConfig.cmake.in
    ${PROJECT_BINARY_DIR}/RestartManagerConfig.cmake
    INSTALL_DESTINATION ${RM_INSTALL_CMAKE_DIR}
    NO_SET_AND_CHECK_MACRO)
# The SONAME is .so.0: any 0.x keeps the ABI.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/RestartManagerConfigVersion.cmake
    VERSION ${PROJECT_VERSION}
    COMPATIBILITY SameMajorVersion)
install(FILES
        ${PROJECT_BINARY_DIR}/RestartManagerConfig.cmake
        ${PROJECT_BINARY_DIR}/RestartManagerConfigVersion.cmake
    DESTINATION ${RM_INSTALL_CMAKE_DIR}
    COMPONENT Development)

# restartmanager.pc, written at install time: its prefix is the one given to cmake --install.
configure_file(${PROJECT_SOURCE_DIR}/cmake/InstallPkgConfig.cmake.in
    ${PROJECT_BINARY_DIR}/InstallPkgConfig.cmake @ONLY)
install(SCRIPT ${PROJECT_BINARY_DIR}/InstallPkgConfig.cmake COMPONENT Development)

# The programs. rm-setup-builder comes with the setup-file builder when that is built.
set(rm_installed_programs rmctl rm-secondary-installer rm-polite-close)
set(rm_programs_on_path rmctl)
foreach(program IN ITEMS restartmanager-setup rm-setup-builder)
    if(TARGET ${program})
        list(APPEND rm_installed_programs ${program})
        list(APPEND rm_programs_on_path ${program})
    endif()
endforeach()
install(TARGETS ${rm_installed_programs}
    RUNTIME DESTINATION ${RM_INSTALL_PROGRAM_DIR}
    COMPONENT Tools)
# bin/NAME -> ../libexec/restartmanager/NAME: a program finds its helpers (rm-secondary-installer,
# rm-polite-close) through /proc/self/exe, which is the link's target.
foreach(program IN LISTS rm_programs_on_path)
    file(RELATIVE_PATH link_target "${CMAKE_INSTALL_FULL_BINDIR}"
         "${CMAKE_INSTALL_FULL_LIBEXECDIR}/restartmanager/${program}")
    install(CODE "
        set(rm_link \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/${program}\")
        message(STATUS \"Installing: \${rm_link} -> ${link_target}\")
        file(MAKE_DIRECTORY \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        file(CREATE_LINK \"${link_target}\" \"\${rm_link}\" SYMBOLIC)
        list(APPEND CMAKE_INSTALL_MANIFEST_FILES \"\${rm_link}\")"
        COMPONENT Tools)
endforeach()

# Everything the components above install, for scripts/build-packages.sh:
# `cmake --build build --target install_targets`.
add_custom_target(install_targets)
add_dependencies(install_targets restartmanager ${rm_installed_programs})
