# SPDX-License-Identifier: GPL-3.0-or-later
# Redfish through Qt Network: a pure JSON codec, a blocking HTTPS helper with certificate
# pinning, and the Client (sessions or HTTP Basic, system discovery, reset, boot override).
set(crashcart_bmc_redfish_sources
    redfishcodec.cpp redfishcodec.h
    redfishhttp.cpp redfishhttp.h
    redfishclient.cpp redfishclient.h)
target_sources(crashcart_bmc PRIVATE ${crashcart_bmc_redfish_sources})
# crashcart_translatable() ran before this list was included: hand lupdate these sources too.
foreach(src IN LISTS crashcart_bmc_redfish_sources)
    if(src MATCHES "\\.(cpp|h)$")
        set_property(GLOBAL APPEND PROPERTY CRASHCART_TR_SOURCES "${CMAKE_CURRENT_SOURCE_DIR}/${src}")
    endif()
endforeach()
