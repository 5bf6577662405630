# Installation (Debian's layout under CMAKE_INSTALL_PREFIX) and the .deb (CPack).
# Generated from the built CLI, so they never drift from it: the man page adphoto-cli(1)
# (`adphoto-cli help --man`) and the bash completion (`adphoto-cli help --bash-completion`).
# The GUI's PNG icons are rendered from resources/icons/adphoto.svg at build time.
include(GNUInstallDirs)

set(ADPHOTO_APP_ID "org.adphoto.adphoto" CACHE STRING "Reverse-DNS AppStream component id")
set(ADPHOTO_MAINTAINER "adphoto maintainers <adphoto@lists.adphoto.org>" CACHE STRING "Maintainer of the .deb")
# Runtime pieces loaded as plugins or data, which dpkg-shlibdeps cannot see (CONTRACT.md).
set(ADPHOTO_DEB_RUNTIME_DEPENDS
    libqt6sql6-sqlite libsasl2-modules-gssapi-mit opencv-data qt6-translations-l10n qt6-image-formats-plugins)
if(ADPHOTO_BUILD_GUI)
    # The GUI's icons are SVG: Qt's SVG icon engine plugin.
    list(APPEND ADPHOTO_DEB_RUNTIME_DEPENDS libqt6svg6)
endif()

find_program(ADPHOTO_GZIP gzip REQUIRED)
set(adphoto_generated ${PROJECT_BINARY_DIR}/generated)
file(MAKE_DIRECTORY ${adphoto_generated})

add_custom_command(
    OUTPUT ${adphoto_generated}/adphoto-cli.1 ${adphoto_generated}/adphoto-cli.1.gz
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:adphoto-cli> "-DARGS=help --man"
            -DOUTPUT=${adphoto_generated}/adphoto-cli.1 -DGZIP=${ADPHOTO_GZIP} -P ${CMAKE_CURRENT_LIST_DIR}/RunToFile.cmake
    DEPENDS adphoto-cli ${CMAKE_CURRENT_LIST_DIR}/RunToFile.cmake
    COMMENT "Generating the man page adphoto-cli(1) from the CLI's help"
    VERBATIM)
add_custom_command(
    OUTPUT ${adphoto_generated}/adphoto-cli.bash
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:adphoto-cli> "-DARGS=help --bash-completion"
            -DOUTPUT=${adphoto_generated}/adphoto-cli.bash -P ${CMAKE_CURRENT_LIST_DIR}/RunToFile.cmake
    DEPENDS adphoto-cli ${CMAKE_CURRENT_LIST_DIR}/RunToFile.cmake
    COMMENT "Generating the bash completion of adphoto-cli"
    VERBATIM)
set(adphoto_doc_outputs ${adphoto_generated}/adphoto-cli.1.gz ${adphoto_generated}/adphoto-cli.bash)

# Debian wants compressed changelogs and man pages, without time stamps.
foreach(doc changelog:${PROJECT_SOURCE_DIR}/docs/changelog adphoto.1:${PROJECT_SOURCE_DIR}/docs/adphoto.1)
    string(REPLACE ":" ";" doc "${doc}")
    list(GET doc 0 name)
    list(GET doc 1 source)
    add_custom_command(
        OUTPUT ${adphoto_generated}/${name}.gz
        COMMAND ${CMAKE_COMMAND} -DPROGRAM=cat -DARGS=${source} -DOUTPUT=${adphoto_generated}/${name}
                -DGZIP=${ADPHOTO_GZIP} -P ${CMAKE_CURRENT_LIST_DIR}/RunToFile.cmake
        DEPENDS ${source} ${CMAKE_CURRENT_LIST_DIR}/RunToFile.cmake
        VERBATIM)
    list(APPEND adphoto_doc_outputs ${adphoto_generated}/${name}.gz)
endforeach()

set(adphoto_icon_sizes 16 22 24 32 48 64 128 256 512)
if(ADPHOTO_BUILD_GUI)
    find_program(ADPHOTO_RSVG_CONVERT rsvg-convert)
    if(ADPHOTO_RSVG_CONVERT)
        foreach(size IN LISTS adphoto_icon_sizes)
            set(png ${adphoto_generated}/icons/${size}x${size}/adphoto.png)
            add_custom_command(
                OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${adphoto_generated}/icons/${size}x${size}
                COMMAND ${ADPHOTO_RSVG_CONVERT} --width ${size} --height ${size} --keep-aspect-ratio
                        --output ${png} ${PROJECT_SOURCE_DIR}/resources/icons/adphoto.svg
                DEPENDS ${PROJECT_SOURCE_DIR}/resources/icons/adphoto.svg
                VERBATIM)
            list(APPEND adphoto_doc_outputs ${png})
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
    else()
        message(WARNING "rsvg-convert (librsvg2-bin) not found: no PNG icons are installed, only the SVG one")
    endif()
endif()
add_custom_target(adphoto_install_files ALL DEPENDS ${adphoto_doc_outputs})

install(FILES ${adphoto_generated}/adphoto-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${adphoto_generated}/adphoto-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME adphoto-cli)
install(FILES ${adphoto_generated}/changelog.gz ${PROJECT_SOURCE_DIR}/docs/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/adphoto)
if(ADPHOTO_BUILD_GUI)
    install(FILES ${adphoto_generated}/adphoto.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/adphoto.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/adphoto.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/${ADPHOTO_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

# The .deb: `cpack --config CPackConfig.cmake` in the build tree (scripts/check-package.sh checks it).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME adphoto)
set(CPACK_PACKAGE_VENDOR adphoto)
set(CPACK_PACKAGE_CONTACT "${ADPHOTO_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "put employees' photos into Active Directory")
# CPack puts the summary on the Description line and indents these lines (an empty one
# becomes " ."): no synopsis here, no leading spaces.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "adphoto sets the thumbnailPhoto attribute of Active Directory users from a
Linux workstation: one by one or in bulk from a folder or a CSV file, with
face-centred cropping, a reviewable plan, a journal that backs up every
replaced photo, audit, undo, and a Group Policy package that puts the photos
onto Windows account pictures. It binds with Kerberos (SASL GSSAPI) or a
password over TLS.

This package holds the desktop application (adphoto) and its command-line
twin (adphoto-cli).")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
list(JOIN ADPHOTO_DEB_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "krb5-user, bash-completion")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/;/node_modules/")
include(CPack)
