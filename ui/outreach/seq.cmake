# ui/outreach, part 1: sequence editor and enrolment.
find_package(Qt6 REQUIRED COMPONENTS Concurrent) # the preview counts empty placeholders off the UI thread
target_sources(sourcedesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/StepForm.h ${CMAKE_CURRENT_LIST_DIR}/StepForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SequencePreview.h ${CMAKE_CURRENT_LIST_DIR}/SequencePreview.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SequenceEditor.h ${CMAKE_CURRENT_LIST_DIR}/SequenceEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EnrollDialog.h ${CMAKE_CURRENT_LIST_DIR}/EnrollDialog.cpp
)
target_link_libraries(sourcedesk_ui PRIVATE Qt6::Concurrent)
