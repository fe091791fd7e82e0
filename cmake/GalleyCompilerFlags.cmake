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

if(GALLEY_FUZZ)
    # libFuzzer needs clang. Core, plugins and targets are all instrumented for coverage
    # (fuzzer-no-link) and checked by ASan + UBSan; only the fuzz targets link libFuzzer
    # itself (-fsanitize=fuzzer, in fuzz/). clang links a static sanitizer runtime into
    # executables only, which leaves libgalley.so and the plugins with undefined __asan_*
    # symbols (and --no-undefined fails them), so the runtime is the shared one, found
    # through an rpath: host and plugins then share it, as GALLEY_SANITIZE requires too.
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "GALLEY_FUZZ needs clang++ (the `fuzz` preset sets it)")
    endif()
    set(_galley_fuzz_san -fsanitize=address,undefined -fno-sanitize-recover=undefined
                         -shared-libsan)
    add_compile_options(-fsanitize=fuzzer-no-link ${_galley_fuzz_san} -fno-omit-frame-pointer)
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libclang_rt.asan-x86_64.so
                    OUTPUT_VARIABLE _galley_asan_runtime OUTPUT_STRIP_TRAILING_WHITESPACE)
    get_filename_component(_galley_asan_runtime_dir ${_galley_asan_runtime} DIRECTORY)
    add_link_options(${_galley_fuzz_san} LINKER:-rpath,${_galley_asan_runtime_dir})
endif()

if(GALLEY_TSAN)
    # ThreadSanitizer, for the render()-on-many-threads tests (the `tsan` preset). It
    # cannot be combined with ASan, hence its own tree.
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
endif()
