# galley_add_plugin([SOURCES file...] [LINK_LIBRARIES target...] [INCLUDE_DIRECTORIES dir...])
#
# Makes one exporter plugin from the current folder, the way OpenImageIO's
# add_oiio_plugin and GDAL's add_gdal_driver do: the folder name is the format id,
# the target and file are galley_<id> (a MODULE, no "lib" prefix), sources default
# to every *.cpp in the folder. Works the same in the galley tree and out of it
# (after find_package(galley)).
#
# In the galley tree the plugin lands in <build>/<libdir>/galley/plugins, mirroring
# the install tree, and is added to the GALLEY_PLUGINS global property that the
# conformance and golden tests read.
function(galley_add_plugin)
    cmake_parse_arguments(ARG "" "ID" "SOURCES;LINK_LIBRARIES;INCLUDE_DIRECTORIES" ${ARGN})
    if(ARG_ID)
        set(id ${ARG_ID})
    else()
        get_filename_component(id ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    endif()
    if(NOT id MATCHES "^[a-z][a-z0-9_]*$")
        message(FATAL_ERROR "galley plugin id '${id}' must match [a-z][a-z0-9_]*")
    endif()
    if(NOT ARG_SOURCES)
        file(GLOB ARG_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
    endif()
    set(target galley_${id})
    add_library(${target} MODULE ${ARG_SOURCES})
    target_link_libraries(${target} PRIVATE galley::core ${ARG_LINK_LIBRARIES})
    if(TARGET galley::build_flags)
        target_link_libraries(${target} PRIVATE galley::build_flags)
    endif()
    target_include_directories(${target} PRIVATE ${ARG_INCLUDE_DIRECTORIES})
    target_compile_definitions(${target} PRIVATE GALLEY_PLUGIN_ID="${id}")
    # A missing symbol fails the link, not a later dlopen (cpp-stack.md, pitfall e).
    target_link_options(${target} PRIVATE LINKER:--no-undefined)
    if(NOT DEFINED GALLEY_PLUGIN_INSTALL_DIR)
        include(GNUInstallDirs)
        set(GALLEY_PLUGIN_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/galley/plugins)
    endif()
    file(RELATIVE_PATH rpath_to_lib /${GALLEY_PLUGIN_INSTALL_DIR} /${CMAKE_INSTALL_LIBDIR})
    set_target_properties(${target} PROPERTIES
        PREFIX ""
        OUTPUT_NAME ${target}
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        BUILD_RPATH_USE_ORIGIN OFF
        INSTALL_RPATH "$ORIGIN/${rpath_to_lib}")
    if(DEFINED GALLEY_PLUGIN_OUTPUT_DIR)
        set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${GALLEY_PLUGIN_OUTPUT_DIR})
    endif()
    install(TARGETS ${target} LIBRARY DESTINATION ${GALLEY_PLUGIN_INSTALL_DIR} COMPONENT plugins)
    set_property(GLOBAL APPEND PROPERTY GALLEY_PLUGINS ${id})
endfunction()
