# Windows installer (issue 8): an MSI built by CPack's WIX generator (WiX Toolset 3), with the Qt
# runtime deployed next to sourcedesk.exe by windeployqt, a version resource, Start-menu and
# desktop shortcuts, and a signing hook. Included by packaging/CMakeLists.txt under if(WIN32),
# BEFORE include(CPack) (CPack reads the CPACK_* variables when it is included); packaging/ is
# added after app/, so the sourcedesk target exists here. Nothing here runs on Linux.
#
#   cmake --preset ci && cmake --build --preset ci --target package   -> Sourcedesk-<version>-win64.msi
#
# Signing: set SOURCEDESK_SIGN_CERT (a .pfx) and SOURCEDESK_SIGN_PASSWORD in the environment of
# cpack; without them the MSI is built unsigned (packaging/sign/sign-windows.ps1).
if(NOT TARGET sourcedesk)
    return()
endif()

set(_sd_win ${CMAKE_CURRENT_LIST_DIR}/windows)

# --- Version resource (Explorer → Properties → Details) -------------------------------------------
# One version for everything: project(Sourcedesk VERSION ...) in the root CMakeLists.txt.
set(SOURCEDESK_RC_ICON "")
set(_sd_ico ${_sd_win}/sourcedesk.ico)
if(NOT EXISTS ${_sd_ico})
    # No .ico is committed: it is rendered from resources/icons/sourcedesk.svg at configure time
    # when ImageMagick is installed (CI: choco install imagemagick). Without it the executable
    # and the MSI keep Windows' default icon; nothing else depends on the icon.
    find_program(SOURCEDESK_MAGICK magick)
    if(SOURCEDESK_MAGICK)
        set(_sd_ico ${CMAKE_CURRENT_BINARY_DIR}/sourcedesk.ico)
        execute_process(
            COMMAND ${SOURCEDESK_MAGICK} -background none -density 384
                    ${PROJECT_SOURCE_DIR}/resources/icons/sourcedesk.svg
                    -define icon:auto-resize=256,128,64,48,32,16 ${_sd_ico}
            RESULT_VARIABLE _sd_magick_result)
        if(NOT _sd_magick_result EQUAL 0)
            message(WARNING "packaging: ImageMagick could not render sourcedesk.ico; no icon")
            set(_sd_ico "")
        endif()
    else()
        message(STATUS "packaging: ImageMagick (magick) not found; the installer has no icon")
        set(_sd_ico "")
    endif()
endif()
if(_sd_ico)
    string(REPLACE "\\" "/" _sd_ico "${_sd_ico}")
    set(SOURCEDESK_RC_ICON "IDI_ICON1 ICON \"${_sd_ico}\"")
    set(CPACK_WIX_PRODUCT_ICON ${_sd_ico})
endif()

configure_file(${_sd_win}/sourcedesk.rc.in ${CMAKE_CURRENT_BINARY_DIR}/sourcedesk.rc @ONLY)
target_sources(sourcedesk PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/sourcedesk.rc)

# --- Runtime: Qt (windeployqt) and the other DLLs ---------------------------------------------------
# Qt 6.4's signature (FILENAME_VARIABLE); Qt 6.5 renamed it OUTPUT_SCRIPT but still accepts this.
qt_generate_deploy_app_script(TARGET sourcedesk
    FILENAME_VARIABLE _sd_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_sd_deploy_script})

# windeployqt copies Qt (with QtWebEngineProcess.exe and its resources) but not QtKeychain, GMime
# (and GLib), libcurl or SQLite: copy what both executables load from the prefixes they were found
# in (CMAKE_PREFIX_PATH, e.g. vcpkg's installed/x64-windows), leaving Windows' own DLLs. Qt DLLs
# found again this way are the same files windeployqt copies.
set(_sd_dll_dirs "")
foreach(_sd_prefix IN LISTS CMAKE_PREFIX_PATH)
    string(REPLACE "\\" "/" _sd_prefix "${_sd_prefix}")
    string(APPEND _sd_dll_dirs " \"${_sd_prefix}/bin\"")
endforeach()
set(_sd_exes "\"$<TARGET_FILE:sourcedesk>\"")
if(TARGET sourcedesk-cli)
    string(APPEND _sd_exes " \"$<TARGET_FILE:sourcedesk-cli>\"")
endif()
install(CODE "
    file(GET_RUNTIME_DEPENDENCIES
        EXECUTABLES ${_sd_exes}
        DIRECTORIES ${_sd_dll_dirs}
        RESOLVED_DEPENDENCIES_VAR _sd_resolved
        UNRESOLVED_DEPENDENCIES_VAR _sd_unresolved
        PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\"
        POST_EXCLUDE_REGEXES \"[Ss]ystem32\" \"[Ss]ys[Ww][Oo][Ww]64\")
    foreach(_dll IN LISTS _sd_resolved)
        file(INSTALL \"\${_dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    endforeach()
    foreach(_dll IN LISTS _sd_unresolved)
        message(STATUS \"packaging: not found, not shipped: \${_dll}\")
    endforeach()
")
include(InstallRequiredSystemLibraries) # the MSVC runtime, next to the executables

# --- The MSI -------------------------------------------------------------------------------------
set(CPACK_GENERATOR "WIX;ZIP") # as packaging/CMakeLists.txt sets it; repeated so this file reads whole
set(CPACK_PACKAGE_FILE_NAME "Sourcedesk-${PROJECT_VERSION}-win64")
# The upgrade code identifies "Sourcedesk" to Windows Installer across versions, so a new MSI
# replaces the old one instead of installing beside it. It must NEVER change.
set(CPACK_WIX_UPGRADE_GUID "F7992DC9-6924-45F5-9EFF-2663C7AE33F7")
set(CPACK_WIX_LICENSE_RTF ${_sd_win}/license.rtf)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Sourcedesk")
# Start-menu shortcut "Sourcedesk" to bin/sourcedesk.exe, and the same on the desktop.
set(CPACK_PACKAGE_EXECUTABLES "sourcedesk" "Sourcedesk")
set(CPACK_CREATE_DESKTOP_LINKS "sourcedesk")

# perMachine (Program Files, needs elevation) by default; perUser installs into the user's
# profile without administrator rights. CPACK_WIX_INSTALL_SCOPE is read by newer CPack only (the
# CPack of CMake 3.25 has no such variable, ignores it and builds WiX's scope-less MSI: Program
# Files, elevated install); the CI's Windows runner has a current CMake.
set(SOURCEDESK_WIX_INSTALL_SCOPE "perMachine" CACHE STRING "MSI install scope: perMachine or perUser")
set_property(CACHE SOURCEDESK_WIX_INSTALL_SCOPE PROPERTY STRINGS perMachine perUser)
set(CPACK_WIX_INSTALL_SCOPE ${SOURCEDESK_WIX_INSTALL_SCOPE})

# --- Signing hooks ----------------------------------------------------------------------------------
# Before packaging: sign the staged .exe and .dll files; after: sign the MSI itself.
set(CPACK_SOURCEDESK_SIGN_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/sign/sign-windows.ps1)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/sign/SignStaged.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/sign/SignPackages.cmake)
