# SPDX-License-Identifier: MIT
# CPack pre-build script (cmake/Packaging.cmake): strips the staged binaries the way Debian's
# dh_strip does, so that lintian finds no debug symbols and no .comment or .note sections
# (CPACK_STRIP_FILES runs a bare `strip`, which keeps them).
file(GLOB_RECURSE knead_elf_files LIST_DIRECTORIES false
  "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin/*" "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/lib/*")
if(NOT knead_elf_files)
  message(FATAL_ERROR "DebianStrip: no binaries under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(file IN LISTS knead_elf_files)
  if(file MATCHES "/usr/bin/")
    set(mode --strip-all)
  else()
    set(mode --strip-unneeded) # shared objects keep the symbols they export
  endif()
  execute_process(COMMAND ${CPACK_KNEAD_STRIP} ${mode} --remove-section=.comment --remove-section=.note "${file}"
                  COMMAND_ERROR_IS_FATAL ANY)
endforeach()
