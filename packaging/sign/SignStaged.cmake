# CPACK_PRE_BUILD_SCRIPTS: run by cpack after it installed the project into its staging directory
# and before it builds the package, so what goes into the package is signed. The platform's hook
# (CPACK_SOURCEDESK_SIGN_SCRIPT, set in packaging/Windows.cmake or MacOS.cmake) decides whether
# there is anything to sign with; without a certificate it says so and succeeds.
if(NOT CPACK_SOURCEDESK_SIGN_SCRIPT)
    return()
endif()
if(CPACK_SOURCEDESK_SIGN_SCRIPT MATCHES "\\.ps1$")
    find_program(_sd_pwsh NAMES pwsh powershell REQUIRED)
    execute_process(
        COMMAND ${_sd_pwsh} -NoProfile -ExecutionPolicy Bypass -File ${CPACK_SOURCEDESK_SIGN_SCRIPT}
                -Path ${CPACK_TEMPORARY_INSTALL_DIRECTORY}
        RESULT_VARIABLE _sd_result)
else()
    execute_process(
        COMMAND ${CPACK_SOURCEDESK_SIGN_SCRIPT} stage ${CPACK_TEMPORARY_INSTALL_DIRECTORY}
                ${CPACK_SOURCEDESK_ENTITLEMENTS}
        RESULT_VARIABLE _sd_result)
endif()
if(NOT _sd_result EQUAL 0)
    message(FATAL_ERROR "signing the staged files failed (${_sd_result}): see the output above")
endif()
