# ui/team (connecting): the "Connect to a team workspace" dialog and the off-thread opener the
# launcher, Settings → Workspace and the first-run setup share.
target_sources(sourcedesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TeamOpener.h ${CMAKE_CURRENT_LIST_DIR}/TeamOpener.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TeamConnectDialog.h ${CMAKE_CURRENT_LIST_DIR}/TeamConnectDialog.cpp
)
target_include_directories(sourcedesk_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
