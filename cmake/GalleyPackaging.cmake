# Installs the public headers, the core library with its CMake package (galley::core)
# and GalleyPlugin.cmake, so a third party builds an exporter out of tree with
#   find_package(galley REQUIRED)  +  galley_add_plugin()
include(CMakePackageConfigHelpers)
set(GALLEY_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/galley)

install(EXPORT galleyTargets NAMESPACE galley:: DESTINATION ${GALLEY_CMAKE_INSTALL_DIR}
        COMPONENT development)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/galleyConfig.cmake.in
    ${PROJECT_BINARY_DIR}/galleyConfig.cmake INSTALL_DESTINATION ${GALLEY_CMAKE_INSTALL_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/galleyConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/galleyConfig.cmake ${PROJECT_BINARY_DIR}/galleyConfigVersion.cmake
              ${PROJECT_SOURCE_DIR}/cmake/GalleyPlugin.cmake
        DESTINATION ${GALLEY_CMAKE_INSTALL_DIR} COMPONENT development)
