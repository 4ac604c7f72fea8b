# SPDX-License-Identifier: GPL-3.0-or-later
# IPMI: the codec (pure), the client without a BMC (dead ports, garbage peers), and the client
# against OpenIPMI's ipmi_sim powering a QEMU VM (e2e, ../e2e/ipmi_sim_e2e.sh).
crashcart_test(tst_ipmicodec SOURCES tst_ipmicodec.cpp LIBS crashcart_bmc)
crashcart_test(tst_ipmiclient SOURCES tst_ipmiclient.cpp LIBS crashcart_bmc)

# e2e: ipmi_sim + QEMU on loopback, started and stopped (by PID) by the script; 77 without them.
qt_add_executable(e2e_ipmi_sim e2e_ipmi_sim.cpp)
target_link_libraries(e2e_ipmi_sim PRIVATE crashcart_options Qt6::Test crashcart_bmc)
add_test(NAME e2e_ipmi_sim COMMAND bash "${PROJECT_SOURCE_DIR}/tests/e2e/ipmi_sim_e2e.sh" $<TARGET_FILE:e2e_ipmi_sim>)
set_tests_properties(e2e_ipmi_sim PROPERTIES ENVIRONMENT "LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE="
    LABELS "e2e;ipmi" SKIP_RETURN_CODE 77 TIMEOUT 300 RUN_SERIAL TRUE)
