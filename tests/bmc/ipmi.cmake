# SPDX-License-Identifier: GPL-3.0-or-later
# IPMI: the codec (pure), the client without a BMC (dead ports, garbage peers), and the client
# against OpenIPMI's ipmi_sim powering a QEMU VM (e2e, ../e2e/ipmi_sim_e2e.sh).
set(ipmi_test_sources)
# This branch may come without the Redfish client: bmc.cpp's makeClient() names
# makeRedfishClient(), so the tests then link a stand-in that makes none.
get_target_property(bmc_sources crashcart_bmc SOURCES)
if(NOT bmc_sources MATCHES "redfish")
    list(APPEND ipmi_test_sources noredfish.cpp)
endif()
crashcart_test(tst_ipmicodec SOURCES tst_ipmicodec.cpp ${ipmi_test_sources} LIBS crashcart_bmc)
crashcart_test(tst_ipmiclient SOURCES tst_ipmiclient.cpp ${ipmi_test_sources} LIBS crashcart_bmc)
