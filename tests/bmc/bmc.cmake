# SPDX-License-Identifier: GPL-3.0-or-later
# The credential store needs a Secret Service on the session bus (packaging/dev.sh test starts
# one, tests/keyring-session.sh); its second run has none on purpose.
crashcart_test(tst_credentialstore SOURCES tst_credentialstore.cpp LIBS crashcart_bmc)
add_test(NAME tst_credentialstore_nokeychain COMMAND tst_credentialstore)
set_tests_properties(tst_credentialstore_nokeychain PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CRASHCART_EXPECT_NO_KEYCHAIN=1;DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/crashcart-no-bus")
