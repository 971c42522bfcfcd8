<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="41" />
        <source>Connecting to {cell}…</source>
        <translation>Verbindung mit {cell} wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="43" />
        <source>No connection with {cell}. The values shown are not current. Reconnecting…</source>
        <translation>Keine Verbindung mit {cell}. Die angezeigten Werte sind nicht aktuell. Neuer Verbindungsversuch…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="45" />
        <source>Not connected to {cell}.</source>
        <translation>Nicht mit {cell} verbunden.</translation>
    </message>
</context>
<context>
    <name>MachineStatePanel</name>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="67" />
        <source>Machine state</source>
        <translation>Maschinenzustand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="92" />
        <source>pressed</source>
        <translation>gedrückt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="92" />
        <source>released</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="94" />
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="94" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="96" />
        <source>none</source>
        <translation>keine</translation>
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
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="79" />
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="80" />
        <source>bad</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="81" />
        <source>waiting</source>
        <translation>warten</translation>
    </message>
</context>
<context>
    <name>ValueTile</name>
    <message>
        <location filename="../kiosk/ui/value_tile.py" line="76" />
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/value_tile.py" line="76" />
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
</TS>