# SPDX-License-Identifier: GPL-3.0-or-later
# Installs as the package does (prefix /usr) into a staging folder: some files go to /etc and
# /lib whatever the prefix, so DESTDIR keeps them out of the real system.
set(stage "${BUILD_DIR}/install-check")
file(REMOVE_RECURSE "${stage}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${stage} ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f usr/bin/crashcart usr/bin/crashcart-cli usr/share/applications/${APP_ID}.desktop
          usr/share/metainfo/${APP_ID}.metainfo.xml usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
          usr/share/man/man1/crashcart.1.gz usr/share/man/man1/crashcart-cli.1.gz
          usr/share/bash-completion/completions/crashcart-cli lib/systemd/system/crashcart-serve.service
          usr/lib/sysusers.d/crashcart.conf etc/default/crashcart-serve
          usr/share/doc/crashcart/copyright usr/share/doc/crashcart/changelog.gz)
    if(NOT EXISTS "${stage}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
file(REMOVE_RECURSE "${stage}")
message(STATUS "install layout ok")
