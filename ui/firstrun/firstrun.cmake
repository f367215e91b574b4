# ui/firstrun: the first-run setup wizard (workspace, SmartRecruiters connection, sync choices,
# a first CSV import, summary). Shown once per user and workspace; Settings can run it again.
target_sources(sourcedesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FirstRunWizard.h ${CMAKE_CURRENT_LIST_DIR}/FirstRunWizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FirstRunPages.h ${CMAKE_CURRENT_LIST_DIR}/FirstRunPages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FirstRunConnectPage.h ${CMAKE_CURRENT_LIST_DIR}/FirstRunConnectPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FirstRunSyncPage.h ${CMAKE_CURRENT_LIST_DIR}/FirstRunSyncPage.cpp
)
target_include_directories(sourcedesk_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
