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

# pkg-config, for builds that do not use CMake. Relocatable: the prefix is found from
# the .pc file's own place, so the same file serves /usr, /usr/local and a staging tree.
file(RELATIVE_PATH _galley_pc_to_prefix /${CMAKE_INSTALL_LIBDIR}/pkgconfig /)
configure_file(${PROJECT_SOURCE_DIR}/cmake/galley.pc.in ${PROJECT_BINARY_DIR}/galley.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/galley.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig
        COMPONENT development)

# What a user reads and checks against: the JSON Schemas and the docs.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schemas/ DESTINATION ${CMAKE_INSTALL_DATADIR}/galley/schemas
        COMPONENT runtime)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/article-format.md
              ${PROJECT_SOURCE_DIR}/docs/cli.md ${PROJECT_SOURCE_DIR}/docs/plugins.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT runtime)

# A Debian package (cpack -G DEB in the build tree, or `make deb`): library, command,
# plugins, headers, CMake and pkg-config files, man page, completion, schemas, docs.
# Library dependencies are computed by dpkg-shlibdeps from the binaries themselves; the
# data packages the plugins read at run time (fonts, hyphenation patterns) and libssl3,
# whose libcrypto libgalley opens only when a SHA-256 is asked for (not linked, so not
# seen), cannot be found that way and are listed in GALLEY_RUNTIME_DATA_PACKAGES.
set(GALLEY_RUNTIME_DATA_PACKAGES
    fonts-liberation2 fonts-dejavu-core fonts-dejavu-extra fonts-wqy-zenhei fonts-noto-core fonts-noto-cjk fonts-symbola
    hyphen-en-us hyphen-ru libssl3
    CACHE STRING "Debian packages of data the plugins read at run time (fonts, patterns)")
list(JOIN GALLEY_RUNTIME_DATA_PACKAGES ", " _galley_data_depends)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME galley)
set(CPACK_PACKAGE_VENDOR "galley developers")
set(CPACK_PACKAGE_CONTACT "galley developers <galley@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "news articles in YAML to PDF, EPUB 3, XHTML, NewsML-G2 and JSON")
set(CPACK_PACKAGE_DESCRIPTION
    "galley turns a news article written in YAML into a print-ready PDF, an EPUB 3 \
publication, a standalone XHTML page, NewsML-G2 and JSON, one plugin per format. \
It ships the galley command, libgalley with its headers, CMake and pkg-config files \
for third-party plugins, a man page and bash completion.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The plugins link libgalley from this same package: dpkg-shlibdeps resolves it there.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS
    ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR})
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_galley_data_depends}")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "epubcheck, qpdf, poppler-utils")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/;/build.*/;/out/")
include(CPack)
