# Undo of destructive local actions: the toast and the controller holding the last undoable action
# (models/UndoSnapshot, models/StatusUndo do the data side).
target_sources(sourcedesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Toast.h ${CMAKE_CURRENT_LIST_DIR}/Toast.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UndoController.h ${CMAKE_CURRENT_LIST_DIR}/UndoController.cpp
)
target_include_directories(sourcedesk_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
