# sourcedesk_add_test(<name> LABEL <unit|integration|gui|postgres|bench> SOURCES ... LIBS ... [TIMEOUT s])
# One Qt Test executable per class or feature, registered with CTest and labelled.
function(sourcedesk_add_test name)
    cmake_parse_arguments(T "" "LABEL;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    if(NOT T_LABEL)
        message(FATAL_ERROR "sourcedesk_add_test(${name}): LABEL is required")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test sourcedesk_flags ${T_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    # QtTest's watchdog kills a test function after 5 minutes; benchmarks that build big data sets
    # get the same limit as their CTest timeout.
    math(EXPR _watchdog_ms "${T_TIMEOUT} * 1000")
    list(APPEND T_ENV "QTEST_FUNCTION_TIMEOUT=${_watchdog_ms}")
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=sourcedesk.*.debug=false;${T_ENV}")
endfunction()

# sourcedesk_add_postgres_variant(<test> ...): the same executables again, each against a new
# database on the throw-away PostgreSQL server of scripts/with-postgres.sh (TempWorkspace reads
# SOURCEDESK_TEST_BACKEND), registered as <test>_pg and labelled postgres.
function(sourcedesk_add_postgres_variant)
    foreach(name ${ARGN})
        add_test(NAME ${name}_pg COMMAND ${name})
        get_test_property(${name} ENVIRONMENT _env)
        get_test_property(${name} TIMEOUT _timeout)
        set_tests_properties(${name}_pg PROPERTIES
            LABELS "postgres"
            TIMEOUT ${_timeout}
            ENVIRONMENT "${_env};SOURCEDESK_TEST_BACKEND=postgres")
    endforeach()
endfunction()
