# SPDX-License-Identifier: GPL-2.0-or-later
# The Debian package (cpack -G DEB in a Release build; tools/package deb does this). It holds
# what the install rules put under /usr: the binary, the desktop entry, the AppStream metadata,
# the icons and the licence.
set(LGA_PACKAGE_MAINTAINER "LocalGov Drupal" CACHE STRING
    "The Maintainer field of the Debian package, \"Name <address>\"")

set(CPACK_PACKAGE_NAME localgov-author)
set(CPACK_PACKAGE_VENDOR "LocalGov Drupal")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Write and check council web pages offline")
set(CPACK_PACKAGE_DESCRIPTION
    "LocalGov Author is a desktop editor for the people who write a council's web pages. "
    "Pages are written in Markdown or HTML, offline, with a live preview, an accessibility and "
    "plain English check, British English spelling and page history, and are published to a "
    "LocalGov Drupal site through its review workflow.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${LGA_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# localgov-author_<version>_<arch>.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# dpkg-shlibdeps (dpkg-dev) turns the libraries the binary links into Depends: Qt 6, Qt
# WebEngine, cmark-gfm, gumbo, Hunspell, QtKeychain, SQLite.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What the app loads at run time that shlibdeps cannot see: the SQLite driver for the store,
# the X11/Wayland platform plugins, the SVG plugins for its icon, the WebEngine helper process
# that renders the preview, and the British English dictionary for spelling.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libqt6webenginecore6-bin, hunspell-en-gb")
# QtKeychain keeps sign-in secrets in the desktop's Secret Service.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring")

include(CPack)
