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
