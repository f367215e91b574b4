# macOS disk image (issue 8): Sourcedesk.app with Qt deployed into the bundle by macdeployqt, an
# Info.plist from the project version, the hardened runtime entitlements Qt WebEngine needs, and
# a signing (and notarisation) hook; CPack's DragNDrop generator makes the .dmg. Included by
# packaging/CMakeLists.txt under if(APPLE), BEFORE include(CPack); packaging/ is added after
# app/, so the sourcedesk target exists here. Nothing here runs on Linux.
#
#   cmake --preset ci && cmake --build --preset ci --target package   -> Sourcedesk-<version>-macOS.dmg
#
# Signing: SOURCEDESK_SIGN_IDENTITY ("Developer ID Application: ...") in cpack's environment signs
# the bundle; SOURCEDESK_NOTARY_PROFILE (a `xcrun notarytool store-credentials` profile) also
# notarises and staples the .dmg. Without them the .dmg is unsigned (packaging/sign/sign-macos.sh).
if(NOT TARGET sourcedesk)
    return()
endif()

set(_sd_mac ${CMAKE_CURRENT_LIST_DIR}/macos)

# --- Icon ---------------------------------------------------------------------------------------
# No .icns is committed: it is rendered from resources/icons/sourcedesk.svg at configure time with
# rsvg-convert (brew install librsvg) and iconutil (Xcode). Without rsvg-convert the bundle keeps
# the generic application icon; nothing else depends on it.
set(SOURCEDESK_BUNDLE_ICON "")
find_program(SOURCEDESK_RSVG_CONVERT rsvg-convert)
find_program(SOURCEDESK_ICONUTIL iconutil)
if(SOURCEDESK_RSVG_CONVERT AND SOURCEDESK_ICONUTIL)
    set(_sd_iconset ${CMAKE_CURRENT_BINARY_DIR}/sourcedesk.iconset)
    set(_sd_icns ${CMAKE_CURRENT_BINARY_DIR}/sourcedesk.icns)
    file(MAKE_DIRECTORY ${_sd_iconset})
    set(_sd_icon_ok TRUE)
    foreach(_sd_size 16 32 128 256 512)
        math(EXPR _sd_size2 "${_sd_size} * 2")
        foreach(_sd_pair "${_sd_size};icon_${_sd_size}x${_sd_size}.png"
                         "${_sd_size2};icon_${_sd_size}x${_sd_size}@2x.png")
            list(GET _sd_pair 0 _sd_px)
            list(GET _sd_pair 1 _sd_png)
            execute_process(
                COMMAND ${SOURCEDESK_RSVG_CONVERT} -w ${_sd_px} -h ${_sd_px}
                        -o ${_sd_iconset}/${_sd_png} ${PROJECT_SOURCE_DIR}/resources/icons/sourcedesk.svg
                RESULT_VARIABLE _sd_result)
            if(NOT _sd_result EQUAL 0)
                set(_sd_icon_ok FALSE)
            endif()
        endforeach()
    endforeach()
    if(_sd_icon_ok)
        execute_process(COMMAND ${SOURCEDESK_ICONUTIL} -c icns -o ${_sd_icns} ${_sd_iconset}
                        RESULT_VARIABLE _sd_result)
    endif()
    if(_sd_icon_ok AND _sd_result EQUAL 0)
        set(SOURCEDESK_BUNDLE_ICON sourcedesk.icns)
        set_source_files_properties(${_sd_icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(sourcedesk PRIVATE ${_sd_icns})
    else()
        message(WARNING "packaging: could not render sourcedesk.icns; the bundle has no icon")
    endif()
else()
    message(STATUS "packaging: rsvg-convert or iconutil not found; the bundle has no icon")
endif()

# --- The bundle ------------------------------------------------------------------------------------
# "Sourcedesk.app" (the executable inside is Contents/MacOS/Sourcedesk); tests and the deploy
# script use $<TARGET_FILE:sourcedesk>, so the name does not matter to them.
set(SOURCEDESK_BUNDLE_ID "io.sourcedesk.Sourcedesk")
set(SOURCEDESK_MACOS_MINIMUM "11.0") # Qt 6.4 supports macOS 11 and newer
configure_file(${_sd_mac}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
set_target_properties(sourcedesk PROPERTIES
    OUTPUT_NAME Sourcedesk
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist)
if(TARGET sourcedesk-cli)
    # The command line tool is installed as bin/sourcedesk-cli beside the bundle in the .dmg and
    # finds Qt in the bundle's Frameworks, where macdeployqt puts it. Known limit: its links to
    # Homebrew's GMime and libcurl stay absolute (macdeployqt rewrites only the bundle), so the
    # CLI from the .dmg needs those Homebrew formulae; the app itself is self-contained.
    set_property(TARGET sourcedesk-cli APPEND PROPERTY INSTALL_RPATH
        "@executable_path/../Sourcedesk.app/Contents/Frameworks")
endif()

# --- Runtime: macdeployqt -----------------------------------------------------------------------
# Qt 6.4's signature (FILENAME_VARIABLE); Qt 6.5 renamed it OUTPUT_SCRIPT but still accepts this.
# macdeployqt copies Qt (QtWebEngineCore.framework with its helper app) and every non-system
# library the bundle links (QtKeychain, GMime and GLib, libcurl from Homebrew) into the bundle.
qt_generate_deploy_app_script(TARGET sourcedesk
    FILENAME_VARIABLE _sd_deploy_script
    NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${_sd_deploy_script})

# --- The disk image --------------------------------------------------------------------------------
set(CPACK_GENERATOR "DragNDrop") # as packaging/CMakeLists.txt sets it; repeated so this file reads whole
set(CPACK_PACKAGE_FILE_NAME "Sourcedesk-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "Sourcedesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
# DragNDrop adds the /Applications link by itself, so the bundle is installed by dragging it
# across. A background is optional: set CPACK_DMG_BACKGROUND_IMAGE to a PNG to add one.

# --- Signing hooks ----------------------------------------------------------------------------------
# Before packaging: sign the staged bundle (inside out, hardened runtime, entitlements); after:
# sign, notarise and staple the .dmg.
set(CPACK_SOURCEDESK_SIGN_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/sign/sign-macos.sh)
set(CPACK_SOURCEDESK_ENTITLEMENTS ${_sd_mac}/entitlements.plist)
set(CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/sign/SignStaged.cmake)
set(CPACK_POST_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/sign/SignPackages.cmake)
