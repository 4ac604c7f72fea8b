<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Crashcart::App::BmcLoginDialog</name>
    <message numerus="yes">
        <source>The BMC user and password of %n host(s): %1.
Kept in the system keychain only, never in the inventory, a file or a command line.</source>
        <translation>
            <numerusform>The BMC user and password of %n host: %1.
Kept in the system keychain only, never in the inventory, a file or a command line.</numerusform>
            <numerusform>The BMC user and password of %n hosts: %1.
Kept in the system keychain only, never in the inventory, a file or a command line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %n host(s)</source>
        <translation>
            <numerusform>Edit %n host</numerusform>
            <numerusform>Edit %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::EventLogPanel</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::HostsView</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)</source>
        <translation>
            <numerusform>%1 of %n host</numerusform>
            <numerusform>%1 of %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s) from the inventory?</source>
        <translation>
            <numerusform>Delete %n host from the inventory?</numerusform>
            <numerusform>Delete %n hosts from the inventory?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n host(s)</source>
        <translation>
            <numerusform>Deleted %n host</numerusform>
            <numerusform>Deleted %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n host(s)</source>
        <translation>
            <numerusform>Changed %n host</numerusform>
            <numerusform>Changed %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n host(s)</source>
        <translation>
            <numerusform>Imported %n host</numerusform>
            <numerusform>Imported %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n host(s) to %1</source>
        <translation>
            <numerusform>Exported %n host to %1</numerusform>
            <numerusform>Exported %n hosts to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>Delete %n host</numerusform>
            <numerusform>Delete %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) disarmed: they boot their disks</source>
        <translation>
            <numerusform>%n host disarmed: they boot their disks</numerusform>
            <numerusform>%n hosts disarmed: they boot their disks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) armed: their next network boot installs them</source>
        <translation>
            <numerusform>%n host armed: their next network boot installs them</numerusform>
            <numerusform>%n hosts armed: their next network boot installs them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut the power of %n host(s) now? What runs on them is lost.</source>
        <translation>
            <numerusform>Cut the power of %n host now? What runs on it is lost.</numerusform>
            <numerusform>Cut the power of %n hosts now? What runs on them is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Power-cycle %n host(s) now? What runs on them is lost.</source>
        <translation>
            <numerusform>Power-cycle %n host now? What runs on it is lost.</numerusform>
            <numerusform>Power-cycle %n hosts now? What runs on them is lost.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>BMC login of %n host(s) stored in the system keychain</source>
        <translation>
            <numerusform>BMC login of %n host stored in the system keychain</numerusform>
            <numerusform>BMC logins of %n hosts stored in the system keychain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) armed; their BMCs are told to boot them from the network</source>
        <translation>
            <numerusform>%n host armed; its BMC is told to boot it from the network</numerusform>
            <numerusform>%n hosts armed; their BMCs are told to boot them from the network</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ImportDialog</name>
    <message numerus="yes">
        <source>%n host(s) will be imported.</source>
        <translation>
            <numerusform>%n host will be imported.</numerusform>
            <numerusform>%n hosts will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported; the Rejected tab says why for each line.</source>
        <translation>
            <numerusform>%n row cannot be imported; the Rejected tab says why for each line.</numerusform>
            <numerusform>%n rows cannot be imported; the Rejected tab says why for each line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n host(s)</source>
        <translation>
            <numerusform>Import %n host</numerusform>
            <numerusform>Import %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::InitrdView</name>
    <message numerus="yes">
        <source>%n item(s) added to /%1 (pending)</source>
        <translation>
            <numerusform>%n item added to /%1 (pending)</numerusform>
            <numerusform>%n items added to /%1 (pending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added (pending)</source>
        <translation>
            <numerusform>%n item added (pending)</numerusform>
            <numerusform>%n items added (pending)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard %n pending change(s)?</source>
        <translation>
            <numerusform>Discard %n pending change?</numerusform>
            <numerusform>Discard %n pending changes?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The image has %n unsaved change(s).</source>
        <translation>
            <numerusform>%1 The image has %n unsaved change.</numerusform>
            <numerusform>%1 The image has %n unsaved changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n entries</source>
        <translation>
            <numerusform>Opened %1: %n entry</numerusform>
            <numerusform>Opened %1: %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::InstallDialog</name>
    <message numerus="yes">
        <source>Checking %n host(s): profiles, kickstarts, BMCs and servers…</source>
        <translation>
            <numerusform>Checking %n host: profiles, kickstarts, BMCs and servers…</numerusform>
            <numerusform>Checking %n hosts: profiles, kickstarts, BMCs and servers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s) can be installed.</source>
        <translation>
            <numerusform>The %n host can be installed.</numerusform>
            <numerusform>All %n hosts can be installed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) can be installed; the blocked ones are left as they are.</source>
        <translation>
            <numerusform>%1 of %n host can be installed; the blocked ones are left as they are.</numerusform>
            <numerusform>%1 of %n hosts can be installed; the blocked ones are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I &amp;understand that this erases the disks of %n host(s): %1</source>
        <translation>
            <numerusform>I &amp;understand that this erases the disks of %n host: %1</numerusform>
            <numerusform>I &amp;understand that this erases the disks of %n hosts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Install %n Host(s)</source>
        <translation>
            <numerusform>&amp;Install %n Host</numerusform>
            <numerusform>&amp;Install %n Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::KickstartCompleter</name>
    <message numerus="yes">
        <source>command with %n option(s)</source>
        <translation>
            <numerusform>command with %n option</numerusform>
            <numerusform>command with %n options</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::KickstartView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::PreflightPanel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::PreviewPane</name>
    <message numerus="yes">
        <source>%n line(s), </source>
        <translation>
            <numerusform>%n line, </numerusform>
            <numerusform>%n lines, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in all</source>
        <translation>
            <numerusform>%n finding in all</numerusform>
            <numerusform>%n findings in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ProfilesDialog</name>
    <message numerus="yes">
        <source>%n host(s) use it. They keep its name and boot their disks until a profile of that name exists again.</source>
        <translation>
            <numerusform>%n host use it. They keep its name and boot their disks until a profile of that name exists again.</numerusform>
            <numerusform>%n hosts use it. They keep its name and boot their disks until a profile of that name exists again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::SaveDialog</name>
    <message numerus="yes">
        <source>The original bytes stay exactly as they are; %n change(s) go into a new compressed segment appended after them, which the kernel unpacks over the original at boot.</source>
        <translation>
            <numerusform>The original bytes stay exactly as they are; %n change go into a new compressed segment appended after them, which the kernel unpacks over the original at boot.</numerusform>
            <numerusform>The original bytes stay exactly as they are; %n changes go into a new compressed segment appended after them, which the kernel unpacks over the original at boot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every segment is rewritten with %n change(s) applied. Early uncompressed segments (microcode, firmware) are copied as they are; ownership and device nodes are kept.</source>
        <translation>
            <numerusform>Every segment is rewritten with %n change applied. Early uncompressed segments (microcode, firmware) are copied as they are; ownership and device nodes are kept.</numerusform>
            <numerusform>Every segment is rewritten with %n changes applied. Early uncompressed segments (microcode, firmware) are copied as they are; ownership and device nodes are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::App::ServersView</name>
    <message numerus="yes">
        <source>%n transfer(s) are still running. Stop the servers and quit?</source>
        <translation>
            <numerusform>%n transfer are still running. Stop the servers and quit?</numerusform>
            <numerusform>%n transfers are still running. Stop the servers and quit?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Bmc::Client</name>
    <message numerus="yes">
        <source>a response of %n byte(s), too short for a completion code</source>
        <translation>
            <numerusform>a response of %n byte, too short for a completion code</numerusform>
            <numerusform>a response of %n bytes, too short for a completion code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a chassis status of %n byte(s) (expected at least 3): %1</source>
        <translation>
            <numerusform>a chassis status of %n byte (expected at least 3): %1</numerusform>
            <numerusform>a chassis status of %n bytes (expected at least 3): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>boot flags of %n byte(s) (expected 5): %1</source>
        <translation>
            <numerusform>boot flags of %n byte (expected 5): %1</numerusform>
            <numerusform>boot flags of %n bytes (expected 5): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a boot options answer of %n byte(s): %1</source>
        <translation>
            <numerusform>a boot options answer of %n byte: %1</numerusform>
            <numerusform>a boot options answer of %n bytes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Bmc::CredentialStore</name>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) (is it locked and asking for its password?)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second (is it locked and asking for its password?)</numerusform>
            <numerusform>the keychain did not answer within %n seconds (is it locked and asking for its password?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Bmc</name>
    <message numerus="yes">
        <source>BMC login of %n host(s) stored in the system keychain</source>
        <translation>
            <numerusform>BMC login of %n host stored in the system keychain</numerusform>
            <numerusform>BMC logins of %n hosts stored in the system keychain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) blocked: nothing was started (fix them, or --skip-blocked to install the others)</source>
        <translation>
            <numerusform>%n host blocked: nothing was started (fix it, or --skip-blocked to install the others)</numerusform>
            <numerusform>%n hosts blocked: nothing was started (fix them, or --skip-blocked to install the others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This erases the disks of %n host(s): %1. Go on?</source>
        <translation>
            <numerusform>This erases the disks of %n host: %1. Go on?</numerusform>
            <numerusform>This erases the disks of %n hosts: %1. Go on?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) armed</source>
        <translation>
            <numerusform>%n host armed</numerusform>
            <numerusform>%n hosts armed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Db</name>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Hosts</name>
    <message numerus="yes">
        <source>%1: %n host(s) would be imported, </source>
        <translation>
            <numerusform>%1: %n host would be imported, </numerusform>
            <numerusform>%1: %n hosts would be imported, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected (dry run: nothing written)</source>
        <translation>
            <numerusform>%n row rejected (dry run: nothing written)</numerusform>
            <numerusform>%n rows rejected (dry run: nothing written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n host(s) imported, </source>
        <translation>
            <numerusform>%1: %n host imported, </numerusform>
            <numerusform>%1: %n hosts imported, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) exported to %1</source>
        <translation>
            <numerusform>%n host exported to %1</numerusform>
            <numerusform>%n hosts exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) armed: their next network boot installs</source>
        <translation>
            <numerusform>%n host armed: their next network boot installs</numerusform>
            <numerusform>%n hosts armed: their next network boot installs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) disarmed: they boot their disks</source>
        <translation>
            <numerusform>%n host disarmed: they boot their disks</numerusform>
            <numerusform>%n hosts disarmed: they boot their disks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Cli::Install</name>
    <message numerus="yes">
        <source>%n install(s) cancelled: the hosts boot their disks</source>
        <translation>
            <numerusform>%n install cancelled: the host boots its disk</numerusform>
            <numerusform>%n installs cancelled: the hosts boot their disks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Deploy::Plan</name>
    <message numerus="yes">
        <source>%1: %n more error(s)</source>
        <translation>
            <numerusform>%1: %n more error</numerusform>
            <numerusform>%1: %n more errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more warning(s)</source>
        <translation>
            <numerusform>%1: %n more warning</numerusform>
            <numerusform>%1: %n more warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Install::InstallTracker</name>
    <message numerus="yes">
        <source>The body is larger than %n byte(s)</source>
        <translation>
            <numerusform>The body is larger than %n byte</numerusform>
            <numerusform>The body is larger than %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::HostRepository</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) have no profile, so there is nothing to install: %1. Give them a profile first; no host was armed.</source>
        <translation>
            <numerusform>%n host have no profile, so there is nothing to install: %1. Give them a profile first; no host was armed.</numerusform>
            <numerusform>%n hosts have no profile, so there is nothing to install: %1. Give them a profile first; no host was armed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Inventory::InventoryCopy</name>
    <message numerus="yes">
        <source>%1 already holds an inventory (%2 has %n row(s)): copy only into an empty database</source>
        <translation>
            <numerusform>%1 already holds an inventory (%2 has %n row): copy only into an empty database</numerusform>
            <numerusform>%1 already holds an inventory (%2 has %n rows): copy only into an empty database</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Kickstart::Linter</name>
    <message numerus="yes">
        <source>&apos;%1&apos; needs %n argument(s)</source>
        <translation>
            <numerusform>&apos;%1&apos; needs %n argument</numerusform>
            <numerusform>&apos;%1&apos; needs %n arguments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Tftp::Packet</name>
    <message numerus="yes">
        <source>%n byte(s) is too short</source>
        <translation>
            <numerusform>%n byte is too short</numerusform>
            <numerusform>%n bytes is too short</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Tftp::Server</name>
    <message numerus="yes">
        <source>the last %n block(s) never acknowledged: the client went quiet once it had them, or lost them</source>
        <translation>
            <numerusform>the last block never acknowledged: the client went quiet once it had it, or lost it</numerusform>
            <numerusform>the last %n blocks never acknowledged: the client went quiet once it had them, or lost them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Netboot::Tftp::Transfer</name>
    <message numerus="yes">
        <source>the client stopped answering (%n retransmission(s))</source>
        <translation>
            <numerusform>the client stopped answering (%n retransmission)</numerusform>
            <numerusform>the client stopped answering (%n retransmissions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crashcart::Preseed::Checker</name>
    <message numerus="yes">
        <source>a preseed line has an owner, a question and a type (then a value): this one has %n field(s)</source>
        <translation>
            <numerusform>a preseed line has an owner, a question and a type (then a value): this one has %n field</numerusform>
            <numerusform>a preseed line has an owner, a question and a type (then a value): this one has %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) not shown</source>
        <translation>
            <numerusform>%n more finding not shown</numerusform>
            <numerusform>%n more findings not shown</numerusform>
        </translation>
    </message>
</context>
</TS>
