# ui/team (transfer): moving a local workspace to a team server and copying a team workspace to a
# local file (services/workspace/WorkspaceTransfer on a worker thread).
target_sources(sourcedesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TransferDialog.h ${CMAKE_CURRENT_LIST_DIR}/TransferDialog.cpp
)
