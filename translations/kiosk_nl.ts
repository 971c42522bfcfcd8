<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="41" />
        <source>Connecting to {cell}…</source>
        <translation>Verbinden met {cell}…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="43" />
        <source>No connection with {cell}. The values shown are not current. Reconnecting…</source>
        <translation>Geen verbinding met {cell}. De getoonde waarden zijn niet actueel. Opnieuw verbinden…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="45" />
        <source>Not connected to {cell}.</source>
        <translation>Niet verbonden met {cell}.</translation>
    </message>
</context>
<context>
    <name>MachineStatePanel</name>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="67" />
        <source>Machine state</source>
        <translation>Machinetoestand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="92" />
        <source>pressed</source>
        <translation>ingedrukt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="92" />
        <source>released</source>
        <translation>vrij</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="94" />
        <source>closed</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="94" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="96" />
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="117" />
        <source>Skills Lab Kiosk</source>
        <translation>Skills Lab Kiosk</translation>
    </message>
</context>
<context>
    <name>QualityMark</name>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="78" />
        <source>live</source>
        <translation>actueel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="79" />
        <source>stale</source>
        <translation>verouderd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="80" />
        <source>bad</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="81" />
        <source>waiting</source>
        <translation>wachten</translation>
    </message>
</context>
<context>
    <name>ValueTile</name>
    <message>
        <location filename="../kiosk/ui/value_tile.py" line="76" />
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/value_tile.py" line="76" />
        <source>off</source>
        <translation>uit</translation>
    </message>
</context>
</TS>