# Warnings and sanitizers for galley's own targets. Third-party headers come in as
# SYSTEM includes, so "no warnings in our code" is checkable with -Werror.
add_library(galley_build_flags INTERFACE)
add_library(galley::build_flags ALIAS galley_build_flags)
target_compile_options(galley_build_flags INTERFACE -Wall -Wextra -Wpedantic)
if(GALLEY_WERROR)
    target_compile_options(galley_build_flags INTERFACE -Werror)
endif()

if(GALLEY_SANITIZE)
    # Host and plugins must share the sanitizer runtime: a sanitized plugin in an
    # unsanitized host aborts at dlopen (cpp-stack.md, pitfall c). So it is global.
    set(_galley_san -fsanitize=address,undefined -fno-omit-frame-pointer
                    -fno-sanitize-recover=undefined)
    add_compile_options(${_galley_san})
    add_link_options(${_galley_san})
endif()
