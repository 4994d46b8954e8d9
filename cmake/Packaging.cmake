# SPDX-License-Identifier: MIT
# The Debian package: what only a package build makes (the man page from `knead --help`, the
# copyright file, the changelog, lintian overrides) and CPack's DEB settings. Only with
# KNEAD_PACKAGE (the `package` preset, which scripts/package.sh builds), so that everyday
# builds need no help2man and never make a package. The .desktop file, metainfo, icons and
# shell completion install in every build (resources/CMakeLists.txt).
option(KNEAD_PACKAGE "Make the man page and Debian files, and configure CPack for a .deb" OFF)
if(NOT KNEAD_PACKAGE)
  return()
endif()

find_program(KNEAD_HELP2MAN help2man REQUIRED)
find_program(KNEAD_GZIP gzip REQUIRED)
find_program(KNEAD_DPKG_PARSECHANGELOG dpkg-parsechangelog REQUIRED)
find_program(KNEAD_DPKG dpkg REQUIRED)

# The Debian changelog is the one source of the package's version, maintainer and date.
set(knead_changelog ${PROJECT_SOURCE_DIR}/packaging/debian/changelog)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${knead_changelog})
foreach(field Version Maintainer Timestamp)
  execute_process(COMMAND ${KNEAD_DPKG_PARSECHANGELOG} -l ${knead_changelog} -S ${field}
                  OUTPUT_VARIABLE knead_changelog_${field} OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
endforeach()
if(NOT knead_changelog_Version STREQUAL PROJECT_VERSION)
  message(FATAL_ERROR "packaging/debian/changelog is at ${knead_changelog_Version}, the project at ${PROJECT_VERSION}: "
                      "add a changelog entry (and a <release> in resources/${KNEAD_APP_ID}.metainfo.xml)")
endif()

set(knead_docdir ${CMAKE_INSTALL_DATADIR}/doc/knead)
set(knead_package_files)

# knead(1), written by help2man from the built binary's --help and --version plus
# resources/man/knead.h2m; dated by the changelog so that rebuilds give the same page.
set(knead_man_include ${PROJECT_SOURCE_DIR}/resources/man/knead.h2m)
add_custom_command(OUTPUT knead.1.gz
  COMMAND ${CMAKE_COMMAND} -E env SOURCE_DATE_EPOCH=${knead_changelog_Timestamp} LC_ALL=C.UTF-8
          ${KNEAD_HELP2MAN} --no-info --no-discard-stderr --section=1 --name=${PROJECT_DESCRIPTION}
          --include=${knead_man_include} --output=knead.1 $<TARGET_FILE:knead>
  COMMAND ${KNEAD_GZIP} -9nf knead.1
  DEPENDS knead ${knead_man_include}
  COMMENT "Writing the man page knead(1) from knead --help"
  VERBATIM)
list(APPEND knead_package_files knead.1.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/knead.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Debian's documentation files: the changelog compressed as policy asks (gzip -9n, no name
# or time stamp, so that rebuilds are byte-identical), the machine-readable copyright file.
add_custom_command(OUTPUT changelog.gz
  COMMAND ${CMAKE_COMMAND} -E copy ${knead_changelog} changelog
  COMMAND ${KNEAD_GZIP} -9nf changelog
  DEPENDS ${knead_changelog}
  VERBATIM)
list(APPEND knead_package_files changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz ${PROJECT_SOURCE_DIR}/packaging/debian/copyright DESTINATION ${knead_docdir})
# No lintian overrides: lintian finds nothing at any level (scripts/package.sh). One that is
# ever needed goes, with its reason, in packaging/debian/lintian-overrides, installed as
# ${CMAKE_INSTALL_DATADIR}/lintian/overrides/knead.

add_custom_target(knead_package_files ALL DEPENDS ${knead_package_files})

# CPack: one .deb, knead_<version>_<arch>.deb in the build folder.
execute_process(COMMAND ${KNEAD_DPKG} --print-architecture OUTPUT_VARIABLE knead_deb_arch OUTPUT_STRIP_TRAILING_WHITESPACE
                COMMAND_ERROR_IS_FATAL ANY)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME knead)
set(CPACK_PACKAGE_VERSION ${knead_changelog_Version})
set(CPACK_PACKAGE_VENDOR "The Knead developers")
set(CPACK_PACKAGE_CONTACT ${knead_changelog_Maintainer})
set(CPACK_PACKAGE_HOMEPAGE_URL https://github.com/knead/knead)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "guided self-massage routines with a precise timer")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [[
Knead guides you through self-massage routines for tension in the head,
neck, shoulders, back and legs. Point at where it hurts on a body map, read
what each technique is and when not to use it, and follow a timed session
step by step: a large countdown, what to do now and next, the movement drawn
on the body, and a chime and a voice for every step, so your hands stay on
your body and your eyes can stay closed.

Before and after a session you can rate your tension; Knead keeps a journal
and shows the trend per region. Techniques and routines are plain JSON
content packs: a bundled pack is built in, and your own packs load beside it.

Knead gives general guidance, not medical advice.]])
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE ${knead_deb_arch})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${knead_changelog_Maintainer})
# Debian's sections: "utils" holds system and file utilities; a guide for self-massage is
# none of those, nor "education" (course and teaching software) or "x11" (X itself):
# "misc" is the section for applications that fit no other.
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries both binaries link come from dpkg-shlibdeps. Named here is what Knead loads at
# run time, which no linker sees: the flite voice (a Qt TextToSpeech plugin); Qt
# Multimedia, whose built-in PulseAudio back end plays the chime and the voice (Qt 6.4
# loads no media plugin for QSoundEffect or speech, so no GStreamer or FFmpeg package is
# needed; both back-end plugins ship inside libqt6multimedia6 in bookworm anyway); Qt SVG,
# whose renderer draws Knead's action icons and step images; and a font, since Qt draws nothing
# without one. libqt6multimedia6 and libqt6svg6 are named although dpkg-shlibdeps lists them
# too today, so that the run-time need does not hang on what the binaries happen to link.
# tests/package/install-test.sh checks that Knead, in a root holding only these
# dependencies, loads the run-time ones.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-speech-flite-plugin, libqt6multimedia6, libqt6svg6, fonts-dejavu-core")
# More voices and languages through speech-dispatcher, as the issue asks. Note that the
# knead_audio module takes flite whenever it is installed (src/audio/AudioBackendModule.cpp),
# so these are heard only once Knead lets the person choose the engine.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng, qt6-translations-l10n")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Stripped as dh_strip does (cmake/DebianStrip.cmake), not by CPACK_STRIP_FILES.
find_program(KNEAD_STRIP NAMES ${CMAKE_STRIP} strip REQUIRED)
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/DebianStrip.cmake)
set(CPACK_KNEAD_STRIP ${KNEAD_STRIP}) # CPack hands its scripts only CPACK_ variables
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
