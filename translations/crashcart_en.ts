<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>Crashcart::Netboot::Tftp::Transfer</name>
    <message numerus="yes">
        <source>the client stopped answering (%n retransmission(s))</source>
        <translation>
            <numerusform>the client stopped answering (%n retransmission)</numerusform>
            <numerusform>the client stopped answering (%n retransmissions)</numerusform>
        </translation>
    </message>
</context>
</TS>
