# ui/help: the help texts of the settings pages (tooltips and What's This), the getting started
# guide and the Help menu's actions (guide, What's This, log folder).
target_sources(sourcedesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HelpTexts.h ${CMAKE_CURRENT_LIST_DIR}/HelpTexts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuideDialog.h ${CMAKE_CURRENT_LIST_DIR}/GuideDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HelpMenu.h ${CMAKE_CURRENT_LIST_DIR}/HelpMenu.cpp
)
target_include_directories(sourcedesk_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
