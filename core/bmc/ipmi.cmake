# SPDX-License-Identifier: GPL-3.0-or-later
# IPMI 2.0 over LAN (RMCP+) through FreeIPMI's C library: a pure codec for the chassis
# commands' bytes, one session wrapper around libfreeipmi, and the Client on top.
set(ipmi_sources
    ipmicodec.cpp ipmicodec.h
    ipmisession.cpp ipmisession.h
    ipmiclient.cpp ipmiclient.h)
target_sources(crashcart_bmc PRIVATE ${ipmi_sources})
