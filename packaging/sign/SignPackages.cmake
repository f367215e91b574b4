# CPACK_POST_BUILD_SCRIPTS: run by cpack after it built the packages (CPACK_PACKAGE_FILES) to sign
# them (and, on macOS, notarise the .dmg). CPACK_SOURCEDESK_SIGN_SCRIPT is the platform's hook:
# sign-windows.ps1, sign-macos.sh or sign-linux.sh; each succeeds with a message when no
# certificate or key is configured.
if(NOT CPACK_SOURCEDESK_SIGN_SCRIPT OR NOT CPACK_PACKAGE_FILES)
    return()
endif()
if(CPACK_SOURCEDESK_SIGN_SCRIPT MATCHES "\\.ps1$")
    find_program(_sd_pwsh NAMES pwsh powershell REQUIRED)
    foreach(_sd_file IN LISTS CPACK_PACKAGE_FILES)
        execute_process(
            COMMAND ${_sd_pwsh} -NoProfile -ExecutionPolicy Bypass -File ${CPACK_SOURCEDESK_SIGN_SCRIPT}
                    -Path ${_sd_file}
            RESULT_VARIABLE _sd_result)
        if(NOT _sd_result EQUAL 0)
            message(FATAL_ERROR "signing ${_sd_file} failed (${_sd_result}): see the output above")
        endif()
    endforeach()
else()
    execute_process(COMMAND ${CPACK_SOURCEDESK_SIGN_SCRIPT} package ${CPACK_PACKAGE_FILES}
                    RESULT_VARIABLE _sd_result)
    if(NOT _sd_result EQUAL 0)
        message(FATAL_ERROR "signing the packages failed (${_sd_result}): see the output above")
    endif()
endif()
# cpack signs the packages where it built them (_CPack_Packages/...) and then copies only the
# packages to CPACK_OUTPUT_FILE_PREFIX: detached signatures (FILE.asc) are copied there here.
foreach(_sd_file IN LISTS CPACK_PACKAGE_FILES)
    if(EXISTS "${_sd_file}.asc" AND CPACK_OUTPUT_FILE_PREFIX)
        file(COPY "${_sd_file}.asc" DESTINATION "${CPACK_OUTPUT_FILE_PREFIX}")
    endif()
endforeach()
