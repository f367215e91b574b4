# One INTERFACE target carries the flags every Sourcedesk target shares.
add_library(sourcedesk_flags INTERFACE)
add_library(Sourcedesk::Flags ALIAS sourcedesk_flags)

target_compile_features(sourcedesk_flags INTERFACE cxx_std_20)
target_compile_definitions(sourcedesk_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SOURCEDESK_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sourcedesk_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Wunused -Woverloaded-virtual -Wimplicit-fallthrough
        -Wformat=2 -Wmissing-declarations)
    if(SOURCEDESK_WERROR)
        target_compile_options(sourcedesk_flags INTERFACE -Werror)
    endif()
    if(SOURCEDESK_SANITIZE)
        target_compile_options(sourcedesk_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(sourcedesk_flags INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(sourcedesk_flags INTERFACE /W4 /permissive- /utf-8)
    if(SOURCEDESK_WERROR)
        target_compile_options(sourcedesk_flags INTERFACE /WX)
    endif()
endif()
