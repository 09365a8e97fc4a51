# SPDX-License-Identifier: GPL-2.0-or-later
# What a Linux install adds beside the binary: the desktop entry, the AppStream metadata, the
# icon in the hicolor theme and the licence. Included from app/CMakeLists.txt, so the rules
# belong to the app's directory. Everything else the app needs at run time (the preview shell,
# axe-core, the seed pages, the translations) is embedded in the binary as Qt resources.
include(GNUInstallDirs)

set(LGA_LINUX_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)
set(LGA_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/localgov-author.svg)

install(FILES ${LGA_LINUX_DIR}/org.localgovdrupal.Author.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${LGA_LINUX_DIR}/org.localgovdrupal.Author.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${LGA_ICON_SVG}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/localgov-author
    RENAME copyright)

# Fixed sizes for docks and menus that do not scale SVG, rendered from the one SVG at build time
# (rsvg-convert, Debian's librsvg2-bin), so no PNG is kept in the repository.
find_program(LGA_RSVG_CONVERT rsvg-convert)
if(LGA_RSVG_CONVERT)
    set(lga_icon_pngs)
    foreach(size 16 32 48 64 128 256)
        set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/localgov-author.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}
            COMMAND ${LGA_RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${LGA_ICON_SVG}
            DEPENDS ${LGA_ICON_SVG}
            COMMENT "Rendering the ${size}px icon"
            VERBATIM)
        list(APPEND lga_icon_pngs ${png})
        install(FILES ${png}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(localgov-author-icons ALL DEPENDS ${lga_icon_pngs})
else()
    message(STATUS "rsvg-convert not found (librsvg2-bin): only the scalable icon is installed")
endif()
