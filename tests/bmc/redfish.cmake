# SPDX-License-Identifier: GPL-3.0-or-later
# Redfish: the JSON codec alone; the client against an in-process fake Redfish service (HTTP and
# HTTPS, self-signed certificates in data/tls); end to end against sushy-tools and a QEMU domain.
crashcart_test(tst_redfishcodec SOURCES tst_redfishcodec.cpp LIBS crashcart_bmc)
# The codec on answers shaped like iDRAC's, iLO's, XClarity's and Supermicro's (data/redfish).
crashcart_test(tst_redfishvendors SOURCES tst_redfishvendors.cpp LIBS crashcart_bmc)
crashcart_test(tst_redfishclient SOURCES tst_redfishclient.cpp fakeredfishserver.cpp fakeredfishserver.h
    LIBS crashcart_bmc Qt6::Network)

# One client call per run (password on stdin), for the e2e script.
qt_add_executable(redfish_probe redfish_probe.cpp)
target_link_libraries(redfish_probe PRIVATE crashcart_options crashcart_bmc)
# sushy-tools (from ../shared/third_party, next to this repository) with libvirt and one QEMU domain:
# an unknown certificate, accepting it, power and both boot modes, a changed certificate.
add_test(NAME e2e_bmc_redfish_sushy COMMAND bash "${PROJECT_SOURCE_DIR}/tests/e2e/redfish_e2e.sh"
    $<TARGET_FILE:redfish_probe>)
set_tests_properties(e2e_bmc_redfish_sushy PROPERTIES LABELS "e2e;bmc" SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE)
