# SPDX-License-Identifier: GPL-3.0-or-later
# Redfish: the JSON codec alone; the client against an in-process fake Redfish service (HTTP and
# HTTPS, self-signed certificates in data/tls); end to end against sushy-tools and a QEMU domain.
crashcart_test(tst_redfishcodec SOURCES tst_redfishcodec.cpp LIBS crashcart_bmc)
crashcart_test(tst_redfishclient SOURCES tst_redfishclient.cpp fakeredfishserver.cpp fakeredfishserver.h
    LIBS crashcart_bmc Qt6::Network)
