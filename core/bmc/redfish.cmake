# SPDX-License-Identifier: GPL-3.0-or-later
# Redfish through Qt Network: a pure JSON codec, a blocking HTTPS helper with certificate
# pinning, and the Client (sessions or HTTP Basic, system discovery, reset, boot override).
set(crashcart_bmc_redfish_sources
    redfishcodec.cpp redfishcodec.h
    redfishhttp.cpp redfishhttp.h
    redfishclient.cpp redfishclient.h)
target_sources(crashcart_bmc PRIVATE ${crashcart_bmc_redfish_sources})
