# ui/outreach, part 2: mailbox, do-not-contact, tasks and replies.
target_sources(sourcedesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MailboxPage.h ${CMAKE_CURRENT_LIST_DIR}/MailboxPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DoNotContactPage.h ${CMAKE_CURRENT_LIST_DIR}/DoNotContactPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TasksView.h ${CMAKE_CURRENT_LIST_DIR}/TasksView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RepliesView.h ${CMAKE_CURRENT_LIST_DIR}/RepliesView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OutreachDocks.h ${CMAKE_CURRENT_LIST_DIR}/OutreachDocks.cpp
)
# The mailbox page tests SMTP and IMAP with the mail library's clients.
if(TARGET sourcedesk_mail)
    target_link_libraries(sourcedesk_ui PUBLIC sourcedesk_mail)
else()
    target_include_directories(sourcedesk_ui PUBLIC ${PROJECT_SOURCE_DIR}/services/mail)
endif()
find_package(Qt6 REQUIRED COMPONENTS Concurrent)
target_link_libraries(sourcedesk_ui PRIVATE Qt6::Concurrent)
