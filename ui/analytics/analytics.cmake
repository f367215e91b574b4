# ui/analytics: the Analytics page (Qt Charts over models/Analytics).
find_package(Qt6 REQUIRED COMPONENTS Concurrent) # the queries run off the UI thread; Qt6::Charts is linked in ui/CMakeLists.txt
target_sources(sourcedesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AnalyticsResults.h ${CMAKE_CURRENT_LIST_DIR}/AnalyticsResults.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AnalyticsCharts.h ${CMAKE_CURRENT_LIST_DIR}/AnalyticsCharts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartPanel.h ${CMAKE_CURRENT_LIST_DIR}/ChartPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AnalyticsView.h ${CMAKE_CURRENT_LIST_DIR}/AnalyticsView.cpp
)
target_include_directories(sourcedesk_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(sourcedesk_ui PRIVATE Qt6::Concurrent)
