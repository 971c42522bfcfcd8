<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BigNumber</name>
    <message>
        <location filename="../kiosk/ui/showcase/cards.py" line="74"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/cards.py" line="74"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../kiosk/ui/showcase/cards.py" line="242"/>
        <source>Tap for more  ›</source>
        <translation>Tipp für mehr  ›</translation>
    </message>
</context>
<context>
    <name>CellsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="248"/>
        <source>Cells</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="257"/>
        <source>Cells and their connections</source>
        <translation>Anlagen und ihre Verbindungen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="260"/>
        <source>How this kiosk reaches each cell. A secured cell (Basic256Sha256, the one policy the kiosk speaks) is only used once you trust its certificate here.</source>
        <translation>So erreicht dieser Kiosk jede Anlage. Eine gesicherte Anlage (Basic256Sha256, die einzige Richtlinie, die der Kiosk beherrscht) wird erst genutzt, wenn du hier ihrem Zertifikat vertraust.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="265"/>
        <source>Check this cell</source>
        <translation>Diese Anlage prüfen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="266"/>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="267"/>
        <source>Stop trusting</source>
        <translation>Nicht mehr vertrauen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="268"/>
        <source>Yes, trust it</source>
        <translation>Ja, vertrauen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="269"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="270"/>
        <source>Change address (takes effect when the kiosk restarts)</source>
        <translation>Adresse ändern (gilt nach dem Neustart des Kiosks)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="272"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="281"/>
        <source>No security</source>
        <translation>Keine Sicherheit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="282"/>
        <source>Basic256Sha256 Sign</source>
        <translation>Basic256Sha256 Signieren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="283"/>
        <source>Basic256Sha256 Sign &amp; Encrypt</source>
        <translation>Basic256Sha256 Signieren &amp; Verschlüsseln</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="289"/>
        <source>connecting…</source>
        <translation>verbindet…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="290"/>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="291"/>
        <source>no connection, trying again</source>
        <translation>keine Verbindung, neuer Versuch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="292"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="293"/>
        <source>the cell&apos;s certificate is not trusted yet</source>
        <translation>dem Zertifikat der Anlage wird noch nicht vertraut</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="299"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="316"/>
        <source>Address: the simulated demo cell, inside this kiosk</source>
        <translation>Adresse: die simulierte Demo-Anlage in diesem Kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="318"/>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="319"/>
        <source>Connection: %1</source>
        <translation>Verbindung: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="320"/>
        <source>Security: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="330"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="331"/>
        <source>This cell offers: %1</source>
        <translation>Diese Anlage bietet: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="336"/>
        <source>The cell shows no certificate.</source>
        <translation>Die Anlage zeigt kein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="341"/>
        <source>Certificate: %1</source>
        <translation>Zertifikat: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="342"/>
        <source>Valid until: %1</source>
        <translation>Gültig bis: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="343"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="345"/>
        <source>Trusted by this kiosk</source>
        <translation>Dieser Kiosk vertraut ihm</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="345"/>
        <source>Not trusted by this kiosk</source>
        <translation>Dieser Kiosk vertraut ihm nicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="348"/>
        <source>This certificate has expired.</source>
        <translation>Dieses Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="357"/>
        <source>Trust the certificate with fingerprint %1? Only if it matches what the cell&apos;s display shows.</source>
        <translation>Dem Zertifikat mit dem Fingerabdruck %1 vertrauen? Nur wenn er mit der Anzeige der Anlage übereinstimmt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="363"/>
        <source>This kiosk&apos;s certificate (install it on a secured cell&apos;s PLC):</source>
        <translation>Das Zertifikat dieses Kiosks (installiere es auf der SPS einer gesicherten Anlage):</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="367"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="371"/>
        <source>This kiosk&apos;s certificate could not be made: %1</source>
        <translation>Das Zertifikat dieses Kiosks konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="391"/>
        <source>Asking the cell…</source>
        <translation>Anlage wird abgefragt…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="407"/>
        <source>The cell did not answer: %1</source>
        <translation>Die Anlage hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="445"/>
        <source>Trusted. The kiosk connects with this certificate from its next try.</source>
        <translation>Vertraut. Der Kiosk verbindet sich ab dem nächsten Versuch mit diesem Zertifikat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="447"/>
        <source>No longer trusted. The kiosk stops using this cell within a few seconds.</source>
        <translation>Nicht mehr vertraut. Der Kiosk nutzt diese Anlage in wenigen Sekunden nicht mehr.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="456"/>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="477"/>
        <source>Not saved:</source>
        <translation>Nicht gespeichert:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="480"/>
        <source>Saved. It takes effect when the kiosk restarts.</source>
        <translation>Gespeichert. Die Änderung gilt nach dem Neustart des Kiosks.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="41"/>
        <source>Connecting to {cell}…</source>
        <translation>Verbindung mit {cell} wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="43"/>
        <source>No connection with {cell}. The values shown are not current. Reconnecting…</source>
        <translation>Keine Verbindung mit {cell}. Die angezeigten Werte sind nicht aktuell. Neuer Verbindungsversuch…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="45"/>
        <source>Not connected to {cell}.</source>
        <translation>Nicht mit {cell} verbunden.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="235"/>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="235"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="248"/>
        <source>What you may do on the cell in this step</source>
        <translation>Das darfst du in diesem Schritt an der Anlage tun</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="284"/>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="284"/>
        <source>Not done: {reason}</source>
        <translation>Nicht ausgeführt: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="250"/>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="260"/>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="262"/>
        <source>The files hold trainees&apos; names and results. Keep them on a stick only as long as needed.</source>
        <translation>Die Dateien enthalten Namen und Ergebnisse von Teilnehmenden. Bewahre sie nur so lange wie nötig auf einem USB-Stick auf.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="264"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="268"/>
        <source>Whose and from when</source>
        <translation>Von wem und ab wann</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="269"/>
        <source>Trainee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="270"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="271"/>
        <source>All dates</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="272"/>
        <source>Where</source>
        <translation>Wohin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="273"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="274"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="310"/>
        <source>Tick at least one format to export.</source>
        <translation>Kreuze mindestens ein Format zum Exportieren an.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="318"/>
        <source>Exporting to {folder}…</source>
        <translation>Export nach {folder}…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="330"/>
        <source>Choose the folder to export to</source>
        <translation>Wähle den Ordner für den Export</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="348"/>
        <source>Nothing was written to {folder}: no results match the trainee and date chosen.</source>
        <translation>In {folder} wurde nichts geschrieben: Keine Ergebnisse passen zum gewählten Teilnehmer und Datum.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="354"/>
        <source>1 file written to {folder}: {names}</source>
        <translation>1 Datei in {folder} geschrieben: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="356"/>
        <source>{count} files written to {folder}: {names}</source>
        <translation>{count} Dateien in {folder} geschrieben: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="360"/>
        <source>Could not write {format} to {folder}: {reason}.</source>
        <translation>{format} konnte nicht in {folder} geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="364"/>
        <source>If the folder is on a USB stick, check that it is still in and has room.</source>
        <translation>Wenn der Ordner auf einem USB-Stick liegt, prüfe, ob er noch steckt und genug Platz hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="366"/>
        <source>Written before that: {names}</source>
        <translation>Davor geschrieben: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="372"/>
        <source>The files may be written, but the export could not be noted in the audit log: {reason}</source>
        <translation>Die Dateien wurden möglicherweise geschrieben, aber der Export konnte nicht im Prüfprotokoll vermerkt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="380"/>
        <source>Could not read the trainees: {reason}</source>
        <translation>Die Teilnehmenden konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="386"/>
        <source>CSV (attempts and skills)</source>
        <translation>CSV (Versuche und Kompetenzen)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="387"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="388"/>
        <source>PDF certificates</source>
        <translation>PDF-Zertifikate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="389"/>
        <source>xAPI statements</source>
        <translation>xAPI-Statements</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="390"/>
        <source>Open Badges</source>
        <translation>Open Badges</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="396"/>
        <source>and {more} more</source>
        <translation>und {more} weitere</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="403"/>
        <source>All trainees</source>
        <translation>Alle Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="411"/>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="420"/>
        <source>Records are off on this kiosk (the records file could not be opened): nothing to export.</source>
        <translation>Die Ausbildungsdaten sind auf diesem Kiosk nicht verfügbar (die Datendatei konnte nicht geöffnet werden): Es gibt nichts zu exportieren.</translation>
    </message>
</context>
<context>
    <name>FaultsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="121"/>
        <source>Faults</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="127"/>
        <source>Cause a fault for a fault-finding exercise</source>
        <translation>Eine Störung für eine Übung zur Fehlersuche auslösen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="131"/>
        <source>Each button adds a cause to the cell; the trainees find it from what the cell shows. Remove the causes, then Reset, to end the exercise.</source>
        <translation>Jede Schaltfläche fügt der Anlage eine Ursache hinzu; die Teilnehmenden finden sie anhand dessen, was die Anlage anzeigt. Entferne die Ursachen und setze dann die Anlage zurück, um die Übung zu beenden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="136"/>
        <source>No cell of this site allows faults to be caused from the kiosk.</source>
        <translation>Keine Anlage dieses Standorts erlaubt es, Störungen vom Kiosk aus auszulösen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="137"/>
        <source>Cell</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="141"/>
        <source>Remove every cause</source>
        <translation>Alle Ursachen entfernen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="142"/>
        <source>Reset the cell</source>
        <translation>Anlage zurücksetzen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="147"/>
        <source>Jammed belt</source>
        <translation>Band blockiert</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="148"/>
        <source>Colour sensor stuck</source>
        <translation>Farbsensor hängt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="149"/>
        <source>Pressure drop</source>
        <translation>Druckabfall</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="150"/>
        <source>Heater stuck on</source>
        <translation>Heizung bleibt an</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="151"/>
        <source>Communication lost</source>
        <translation>Kommunikation unterbrochen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="152"/>
        <source>Emergency stop</source>
        <translation>Not-Halt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="153"/>
        <source>Guard door open</source>
        <translation>Schutztür offen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="154"/>
        <source>Pressure low</source>
        <translation>Druck zu niedrig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="160"/>
        <source>the belt blocks; the motor current rises</source>
        <translation>das Band blockiert; der Motorstrom steigt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="161"/>
        <source>every part is read as black and rejected</source>
        <translation>jedes Teil wird als schwarz erkannt und aussortiert</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="162"/>
        <source>the pump line slowly loses pressure</source>
        <translation>die Pumpenleitung verliert langsam Druck</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="163"/>
        <source>the tank heats up past the limit</source>
        <translation>der Tank heizt sich über den Grenzwert auf</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="164"/>
        <source>the cell stops sending values</source>
        <translation>die Anlage sendet keine Werte mehr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="191"/>
        <source>This cell has no &apos;%1&apos; command.</source>
        <translation>Diese Anlage hat keinen Befehl „%1“.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="196"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="204"/>
        <source>The cell did not do it: %1</source>
        <translation>Die Anlage hat es nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="208"/>
        <source>Caused: %1.</source>
        <translation>Ausgelöst: %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="210"/>
        <source>Every cause removed. Reset the cell to clear the fault it shows.</source>
        <translation>Alle Ursachen entfernt. Setze die Anlage zurück, um die angezeigte Störung zu löschen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="212"/>
        <source>The cell was reset.</source>
        <translation>Die Anlage wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="241"/>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="248"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="242"/>
        <source>Causes now: %1</source>
        <translation>Aktive Ursachen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="244"/>
        <source>Causes now: not known (no live value from the cell)</source>
        <translation>Aktive Ursachen: unbekannt (kein aktueller Wert von der Anlage)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="249"/>
        <source>Fault the cell shows: %1</source>
        <translation>Angezeigte Störung der Anlage: %1</translation>
    </message>
</context>
<context>
    <name>FirstPinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="524"/>
        <source>Choose the instructor PIN</source>
        <translation>Wähle die PIN der Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="528"/>
        <source>Instructors need this PIN to leave the kiosk or change its settings. Type 4 to 8 digits that only instructors know.</source>
        <translation>Lehrkräfte brauchen diese PIN, um den Kiosk zu verlassen oder seine Einstellungen zu ändern. Gib 4 bis 8 Ziffern ein, die nur Lehrkräfte kennen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="533"/>
        <source>Type the same PIN again.</source>
        <translation>Gib dieselbe PIN noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="538"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="539"/>
        <source>The instructor PIN is saved.</source>
        <translation>Die PIN der Lehrkraft ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="540"/>
        <source>The two PINs were not the same. Start again.</source>
        <translation>Die beiden PINs waren nicht gleich. Fang noch einmal an.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="542"/>
        <source>An instructor PIN is already set. It can be changed only on the computer itself.</source>
        <translation>Es ist bereits eine PIN für die Lehrkraft festgelegt. Sie kann nur am Computer selbst geändert werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="544"/>
        <source>The PIN could not be saved. Try again, or check the computer&apos;s disk.</source>
        <translation>Die PIN konnte nicht gespeichert werden. Versuch es noch einmal oder prüfe den Datenträger des Computers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="545"/>
        <source>Still busy. Wait a moment and try again.</source>
        <translation>Noch beschäftigt. Warte einen Moment und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="91"/>
        <source>A PIN has digits only.</source>
        <translation>Eine PIN besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="92"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>Eine PIN hat mindestens 4 Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="93"/>
        <source>A PIN has at most 8 digits.</source>
        <translation>Eine PIN hat höchstens 8 Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="94"/>
        <source>All digits are the same (like 0000). That is one of the first PINs anyone tries. Choose another.</source>
        <translation>Alle Ziffern sind gleich (wie 0000). Das ist eine der ersten PINs, die jeder ausprobiert. Wähle eine andere.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="98"/>
        <source>The digits run straight up or down (like 1234 or 4321). That is one of the first PINs anyone tries. Choose another.</source>
        <translation>Die Ziffern laufen gerade auf- oder abwärts (wie 1234 oder 4321). Das ist eine der ersten PINs, die jeder ausprobiert. Wähle eine andere.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="72"/>
        <source>Are you still there?</source>
        <translation>Bist du noch da?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="75"/>
        <source>In {seconds} s you are signed out. Your progress is saved.</source>
        <translation>In {seconds} s wirst du abgemeldet. Dein Fortschritt ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="77"/>
        <source>In {seconds} s the kiosk goes back to the start.</source>
        <translation>In {seconds} s kehrt der Kiosk zum Startbildschirm zurück.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="79"/>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
</context>
<context>
    <name>InstructorPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="128"/>
        <source>Instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="129"/>
        <source>Unlocked. It locks again at the start, or after two minutes untouched.</source>
        <translation>Entsperrt. Er sperrt sich auf dem Startbildschirm wieder oder nach zwei Minuten ohne Berührung.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="132"/>
        <source>Lock and go back</source>
        <translation>Sperren und zurück</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="133"/>
        <source>Close the kiosk app</source>
        <translation>Kiosk-App schließen</translation>
    </message>
</context>
<context>
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="294"/>
        <source>This module is not available.</source>
        <translation>Dieses Modul ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="295"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation>Dieses Modul braucht eine Anlage, die dieser Kiosk nicht hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="296"/>
        <source>No attempts left at this module.</source>
        <translation>Du hast keine Versuche mehr für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="491"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="506"/>
        <source>No step is running.</source>
        <translation>Es läuft kein Schritt.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="494"/>
        <source>This step offers no such control.</source>
        <translation>Diese Bedienung gehört nicht zu diesem Schritt.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="287"/>
        <source>{seconds} s left for this module.</source>
        <translation>Noch {seconds} s für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="288"/>
        <source>{minutes} min left for this module.</source>
        <translation>Noch {minutes} min für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="290"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>Die Anlage konnte für dieses Modul nicht vorbereitet werden. Frag eine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="292"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>Die Anlage ist nicht verbunden und konnte deshalb nicht vorbereitet werden. Versuche es noch einmal, wenn die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="297"/>
        <source>Time is up.</source>
        <translation>Die Zeit ist um.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="298"/>
        <source>A hint is available.</source>
        <translation>Ein Tipp ist da.</translation>
    </message>
</context>
<context>
    <name>LabWords</name>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="19"/>
        <source>Taster</source>
        <translation>Schnupperkurs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="20"/>
        <source>Introduction</source>
        <translation>Einführung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="21"/>
        <source>Basic</source>
        <translation>Grundlagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="22"/>
        <source>Intermediate</source>
        <translation>Vertiefung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="23"/>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="29"/>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="30"/>
        <source>Action</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="31"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="32"/>
        <source>Observation</source>
        <translation>Ablesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="39"/>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="40"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="41"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="42"/>
        <source>Frisian</source>
        <translation>Friesisch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="59"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="60"/>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="61"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="62"/>
        <source>Passed</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="63"/>
        <source>Failed</source>
        <translation>Nicht geschafft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="64"/>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="65"/>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="75"/>
        <source>Timed out</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="76"/>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="77"/>
        <source>Skipped, no points</source>
        <translation>Übersprungen, keine Punkte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="80"/>
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
    </message>
</context>
<context>
    <name>LrsPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="147"/>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="156"/>
        <source>Forwarding is off. Statements already waiting stay queued.</source>
        <translation>Weiterleitung ist aus. Wartende Statements bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="165"/>
        <source>Saved. New statements go to the LRS from now on.</source>
        <translation>Gespeichert. Neue Statements gehen ab jetzt an den LRS.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="174"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="193"/>
        <source>Not available: the records file could not be opened.</source>
        <translation>Nicht verfügbar: Die Datei mit den Ausbildungsdaten ließ sich nicht öffnen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="195"/>
        <source>No LRS is set up. Statements stay on this kiosk only.</source>
        <translation>Kein LRS eingerichtet. Statements bleiben nur an diesem Kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="197"/>
        <source>Forwarding is on.</source>
        <translation>Weiterleitung ist an.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="197"/>
        <source>Forwarding is off.</source>
        <translation>Weiterleitung ist aus.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="198"/>
        <source>Waiting to be sent: %1</source>
        <translation>Warten auf Versand: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="201"/>
        <source>Refused by the LRS (kept): %1</source>
        <translation>Vom LRS abgelehnt (aufbewahrt): %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="203"/>
        <source>Last sent: %1</source>
        <translation>Zuletzt gesendet: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="205"/>
        <source>Last problem: %1</source>
        <translation>Letztes Problem: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="209"/>
        <source>Learning Record Store (LRS)</source>
        <translation>Learning Record Store (LRS)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="212"/>
        <source>With an LRS, every statement this kiosk records is also sent there (xAPI 1.0.3), in batches, and kept here until the LRS has it.</source>
        <translation>Mit einem LRS wird jedes Statement, das dieser Kiosk aufzeichnet, auch dorthin gesendet (xAPI 1.0.3), in Paketen, und hier aufbewahrt, bis der LRS es hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="216"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="217"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="218"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="219"/>
        <source>https://lrs.example.org/xapi</source>
        <translation>https://lrs.example.org/xapi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="221"/>
        <source>unchanged (leave empty to keep it)</source>
        <translation>unverändert (leer lassen, um es zu behalten)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="221"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="223"/>
        <source>Save and switch on</source>
        <translation>Speichern und einschalten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="224"/>
        <source>Switch off</source>
        <translation>Ausschalten</translation>
    </message>
</context>
<context>
    <name>MachineStatePanel</name>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="128"/>
        <source>Machine state</source>
        <translation>Maschinenzustand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="161"/>
        <source>pressed</source>
        <translation>gedrückt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="161"/>
        <source>released</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="163"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="163"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="165"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="410"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="411"/>
        <source>Live cell</source>
        <translation>Anlage live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="412"/>
        <source>Lab modules</source>
        <translation>Labormodule</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="424"/>
        <source>Skills Lab Kiosk</source>
        <translation>Skills Lab Kiosk</translation>
    </message>
</context>
<context>
    <name>ModuleCard</name>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="101"/>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="103"/>
        <source>time limit</source>
        <translation>mit Zeitlimit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="106"/>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="111"/>
        <source>(and {count} more)</source>
        <translation>(und {count} weitere)</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="193"/>
        <source>Lab modules</source>
        <translation>Labormodule</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="194"/>
        <source>Choose a module to work on the demo cell step by step.</source>
        <translation>Wähl ein Modul und arbeite Schritt für Schritt an der Demo-Anlage.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="195"/>
        <source>No lab modules are installed on this kiosk.</source>
        <translation>Auf diesem Kiosk sind keine Labormodule installiert.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="118"/>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="120"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="121"/>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="263"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="264"/>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="265"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="266"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="436"/>
        <source>Instructor PIN</source>
        <translation>PIN der Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="438"/>
        <source>Type the instructor PIN to leave the kiosk.</source>
        <translation>Gib die PIN der Lehrkraft ein, um den Kiosk zu verlassen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="440"/>
        <source>Type the instructor PIN to change the settings.</source>
        <translation>Gib die PIN der Lehrkraft ein, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="442"/>
        <source>Type the instructor PIN.</source>
        <translation>Gib die PIN der Lehrkraft ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="447"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="449"/>
        <source>Wrong PIN. Tries left before the PIN locks: {n}</source>
        <translation>Falsche PIN. Versuche übrig, bevor die PIN gesperrt wird: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="451"/>
        <source>Too many wrong tries. You can try again in {time}.</source>
        <translation>Zu viele falsche Versuche. Du kannst es in {time} noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="456"/>
        <source>The PIN cannot be checked, so the kiosk stays locked. Someone with access to this computer can set a new PIN with: kiosk instructor set-pin</source>
        <translation>Die PIN kann nicht geprüft werden, daher bleibt der Kiosk gesperrt. Jemand mit Zugang zu diesem Computer kann mit folgendem Befehl eine neue PIN festlegen: kiosk instructor set-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="460"/>
        <source>No instructor PIN has been set yet.</source>
        <translation>Es wurde noch keine PIN für die Lehrkraft festgelegt.</translation>
    </message>
</context>
<context>
    <name>PreparingScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="90"/>
        <source>Preparing the cell for this module…</source>
        <translation>Die Anlage wird für dieses Modul vorbereitet…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="92"/>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="93"/>
        <source>Stop module</source>
        <translation>Modul abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation>Dieses Modul abbrechen? Es wird als abgebrochen gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>Yes, stop</source>
        <translation>Ja, abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>No, go on</source>
        <translation>Nein, weiter</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="153"/>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="163"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="164"/>
        <source>The records are not available on this kiosk, so there is nothing to purge.</source>
        <translation>Die Ausbildungsdaten sind auf diesem Kiosk nicht verfügbar, daher gibt es nichts zu bereinigen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="165"/>
        <source>Keep the records of attempts for</source>
        <translation>Versuchsdaten aufbewahren für</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="166"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="169"/>
        <source>A purge removes attempts that ended longer ago than this, and trainees who have no attempts left. The audit log is always kept.</source>
        <translation>Eine Bereinigung entfernt Versuche, die länger als diese Frist zurückliegen, und Teilnehmende ohne verbleibende Versuche. Das Prüfprotokoll bleibt immer erhalten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="173"/>
        <source>What a purge would remove now</source>
        <translation>Was eine Bereinigung jetzt entfernen würde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="174"/>
        <source>Purge now</source>
        <translation>Jetzt bereinigen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="184"/>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="184"/>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="192"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="196"/>
        <source>Nothing: no attempt ended before %1.</source>
        <translation>Nichts: Kein Versuch endete vor dem %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="200"/>
        <source>Attempts that ended before %1: %2</source>
        <translation>Versuche, die vor dem %1 endeten: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="203"/>
        <source>Their statements: %1</source>
        <translation>Zugehörige Statements: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="204"/>
        <source>Their process samples: %1</source>
        <translation>Zugehörige Prozesswerte: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="205"/>
        <source>Their safety acknowledgements: %1</source>
        <translation>Zugehörige Sicherheitsbestätigungen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="206"/>
        <source>Their waived steps: %1</source>
        <translation>Zugehörige erlassene Schritte: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="207"/>
        <source>Their statements waiting for the LRS: %1</source>
        <translation>Zugehörige Statements, die auf den LRS warten: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="208"/>
        <source>Trainees left without attempts (with their names): %1</source>
        <translation>Teilnehmende ohne verbleibende Versuche (mit ihren Namen): %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="214"/>
        <source>No purge has run yet.</source>
        <translation>Noch keine Bereinigung durchgeführt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="216"/>
        <source>Last purge: %1</source>
        <translation>Letzte Bereinigung: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="220"/>
        <source>Remove these records for good? This cannot be undone.</source>
        <translation>Diese Daten endgültig entfernen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="221"/>
        <source>Purge</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="222"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="271"/>
        <source>Could not read or change the records: %1</source>
        <translation>Die Daten konnten nicht gelesen oder geändert werden: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="295"/>
        <source>Saved: the records are kept %1.</source>
        <translation>Gespeichert: Die Daten werden %1 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="306"/>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="324"/>
        <source>Purged. Attempts removed: %1. Trainees removed: %2.</source>
        <translation>Bereinigt. Entfernte Versuche: %1. Entfernte Teilnehmende: %2.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="223"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="229"/>
        <source>Progress per trainee and module</source>
        <translation>Fortschritt pro Teilnehmer und Modul</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="230"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="231"/>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="232"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="234"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="235"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="236"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="237"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="242"/>
        <source>✓ passed   ✗ not passed yet   … started, not finished   (best score · attempts · last date)</source>
        <translation>✓ bestanden   ✗ noch nicht bestanden   … begonnen, nicht beendet   (beste Punktzahl · Versuche · letztes Datum)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="244"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="245"/>
        <source>Replay</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="246"/>
        <source>Waive a step</source>
        <translation>Schritt erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="247"/>
        <source>Reason (required), e.g. the conveyor was broken</source>
        <translation>Grund (Pflicht), z. B. das Förderband war defekt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="248"/>
        <source>Waive</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="249"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="274"/>
        <source>The records are not available on this kiosk.</source>
        <translation>Die Ausbildungsdaten sind auf diesem Kiosk nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="292"/>
        <source>Could not read the records: %1</source>
        <translation>Die Daten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="297"/>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="298"/>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="324"/>
        <source>Trainee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="350"/>
        <source>No trainees match these filters.</source>
        <translation>Keine Teilnehmenden passen zu diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="352"/>
        <source>Tap a cell to see the attempts, replay one or waive a step.</source>
        <translation>Tippe auf ein Feld, um die Versuche zu sehen, einen Rückblick zu öffnen oder einen Schritt zu erlassen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="406"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="407"/>
        <source>not passed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="408"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="409"/>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="420"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="462"/>
        <source>This attempt was made with version %1 of the module; this kiosk has version %2.</source>
        <translation>Dieser Versuch wurde mit Version %1 des Moduls gemacht; dieser Kiosk hat Version %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="478"/>
        <source>Every scored step of this attempt was passed or waived.</source>
        <translation>Jeder bewertete Schritt dieses Versuchs wurde bestanden oder erlassen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="486"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="490"/>
        <source>Pick the step and say why it is waived.</source>
        <translation>Wähle den Schritt und gib an, warum er erlassen wird.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="501"/>
        <source>A waiver needs a reason.</source>
        <translation>Zum Erlassen ist ein Grund nötig.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="514"/>
        <source>Step waived. The attempt now counts as passed.</source>
        <translation>Schritt erlassen. Der Versuch gilt jetzt als bestanden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="516"/>
        <source>Step waived. The result stays the same.</source>
        <translation>Schritt erlassen. Das Ergebnis bleibt gleich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="535"/>
        <source>Not waived: %1</source>
        <translation>Nicht erlassen: %1</translation>
    </message>
</context>
<context>
    <name>QualityMark</name>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="78"/>
        <source>live</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="79"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="80"/>
        <source>bad</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="81"/>
        <source>waiting</source>
        <translation>warten</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="66"/>
        <source>Choose every right answer.</source>
        <translation>Wähl alle richtigen Antworten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="66"/>
        <source>Choose one answer.</source>
        <translation>Wähl eine Antwort.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="67"/>
        <source>Check answer</source>
        <translation>Antwort prüfen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="91"/>
        <source>right answer</source>
        <translation>richtige Antwort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="93"/>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="102"/>
        <source>Right!</source>
        <translation>Richtig!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="102"/>
        <source>Not right.</source>
        <translation>Nicht richtig.</translation>
    </message>
</context>
<context>
    <name>RecordsOffPage</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="181"/>
        <source>Lab modules are closed on this kiosk</source>
        <translation>Labormodule sind auf diesem Kiosk geschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="183"/>
        <source>The training records cannot be used, so no progress could be saved. Ask an instructor.</source>
        <translation>Die Ausbildungsdaten können nicht genutzt werden, deshalb würde kein Fortschritt gespeichert. Frag eine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="185"/>
        <source>For the instructor: {detail}</source>
        <translation>Für die Lehrkraft: {detail}</translation>
    </message>
</context>
<context>
    <name>ReplayScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="613"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="619"/>
        <source>hint taken</source>
        <translation>Tipp genommen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="620"/>
        <source>right answer</source>
        <translation>richtige Antwort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="621"/>
        <source>wrong answer or step failed</source>
        <translation>falsche Antwort oder Schritt nicht bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="622"/>
        <source>paused</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="623"/>
        <source>value not live</source>
        <translation>Wert nicht aktuell</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="624"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="631"/>
        <source>Replay of an attempt</source>
        <translation>Rückblick auf einen Versuch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="636"/>
        <source>Loading the attempt…</source>
        <translation>Der Versuch wird geladen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="638"/>
        <source>This attempt could not be loaded.</source>
        <translation>Dieser Versuch konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="640"/>
        <source>No attempt chosen.</source>
        <translation>Kein Versuch gewählt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="655"/>
        <source>Trainee {code} · {date} · took {duration}</source>
        <translation>Teilnehmer {code} · {date} · Dauer {duration}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="666"/>
        <source>Score {percent} ({points} of {max} points)</source>
        <translation>Ergebnis {percent} ({points} von {max} Punkten)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="671"/>
        <source>Not scored</source>
        <translation>Ohne Bewertung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="673"/>
        <source>No process values were recorded for this attempt.</source>
        <translation>Für diesen Versuch wurden keine Prozesswerte aufgezeichnet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="677"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="677"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="689"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="690"/>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="691"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="692"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="693"/>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="694"/>
        <source>Not finished</source>
        <translation>Nicht beendet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="712"/>
        <source>Step shown</source>
        <translation>Schritt angezeigt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="739"/>
        <source>Hint {number} taken</source>
        <translation>Tipp {number} genommen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="741"/>
        <source>(costs {percent} of the step&apos;s points)</source>
        <translation>(kostet {percent} der Punkte des Schritts)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="748"/>
        <source>Right answer: {answer}</source>
        <translation>Richtige Antwort: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="748"/>
        <source>Wrong answer: {answer}</source>
        <translation>Falsche Antwort: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="752"/>
        <source>(the cell showed {value})</source>
        <translation>(die Anlage zeigte {value})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="758"/>
        <source>Step passed: {points} of {max} points</source>
        <translation>Schritt bestanden: {points} von {max} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="761"/>
        <source>Step passed</source>
        <translation>Schritt bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="764"/>
        <source>Step failed: the time ran out</source>
        <translation>Schritt nicht bestanden: die Zeit ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="765"/>
        <source>Step failed: wrong answer</source>
        <translation>Schritt nicht bestanden: falsche Antwort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="766"/>
        <source>Step failed: skipped</source>
        <translation>Schritt nicht bestanden: übersprungen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="767"/>
        <source>Step failed</source>
        <translation>Schritt nicht bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="770"/>
        <source>Step waived by an instructor</source>
        <translation>Schritt von einer Lehrkraft erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="773"/>
        <source>Paused for {duration} (the kiosk stopped, or the trainee left), then continued</source>
        <translation>{duration} unterbrochen (der Kiosk hielt an oder der Teilnehmer ging), dann fortgesetzt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="776"/>
        <source>Attempt ended: {outcome}</source>
        <translation>Versuch beendet: {outcome}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="159"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="160"/>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="161"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="162"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="163"/>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="170"/>
        <source>Score {percent}</source>
        <translation>Ergebnis {percent}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="172"/>
        <source>{points} of {max} points</source>
        <translation>{points} von {max} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="178"/>
        <source>This module is not scored.</source>
        <translation>Dieses Modul wird nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="181"/>
        <source>This module has no pass mark: finishing it is what counts.</source>
        <translation>Dieses Modul hat keine Bestehensgrenze: Es zählt, dass du es abschließt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="184"/>
        <source>Pass mark: {percent} of the points.</source>
        <translation>Bestanden ab {percent} der Punkte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="190"/>
        <source>For the instructor: {reason}</source>
        <translation>Für die Lehrkraft: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="196"/>
        <source>Back to modules</source>
        <translation>Zurück zu den Modulen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="197"/>
        <source>Try again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="200"/>
        <source>Replay</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="206"/>
        <source>The time for this module ran out.</source>
        <translation>Die Zeit für dieses Modul ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="208"/>
        <source>Below the pass mark. Look at the steps below and try again.</source>
        <translation>Unter der Bestehensgrenze. Sieh dir die Schritte unten an und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="210"/>
        <source>The cell was not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>Die Anlage war nicht verbunden und konnte deshalb nicht vorbereitet werden. Versuche es noch einmal, wenn die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="212"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>Die Anlage konnte für dieses Modul nicht vorbereitet werden. Frag eine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="214"/>
        <source>The module was stopped before the end.</source>
        <translation>Das Modul wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="220"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="221"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="223"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="224"/>
        <source>Hints</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="225"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="97"/>
        <source>Safety first</source>
        <translation>Sicherheit zuerst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="99"/>
        <source>Read each statement and tap it to confirm. Then tap Begin.</source>
        <translation>Lies jede Regel und tippe sie zur Bestätigung an. Tippe dann auf Beginnen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="101"/>
        <source>This module has no safety statements. Tap Begin to start.</source>
        <translation>Dieses Modul hat keine Sicherheitsregeln. Tippe auf Beginnen, um zu starten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="110"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation>Noch nicht in deiner Sprache geschrieben; hier auf {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="113"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="114"/>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="46"/>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="47"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="48"/>
        <source>⚠ Could not save: trying again</source>
        <translation>⚠ Speichern fehlgeschlagen: neuer Versuch läuft</translation>
    </message>
</context>
<context>
    <name>SetpointEditor</name>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="123"/>
        <source>Set</source>
        <translation>Einstellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="130"/>
        <source>from {low} to {high}, steps of {step}</source>
        <translation>von {low} bis {high}, in Schritten von {step}</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="186"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="201"/>
        <source>Settings of this kiosk</source>
        <translation>Einstellungen dieses Kiosks</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="202"/>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="203"/>
        <source>Start language</source>
        <translation>Startsprache</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="204"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="205"/>
        <source>High contrast (white and yellow on black)</source>
        <translation>Hoher Kontrast (Weiß und Gelb auf Schwarz)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="206"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="207"/>
        <source>Instructor PIN</source>
        <translation>PIN der Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="208"/>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="209"/>
        <source>The new PIN again</source>
        <translation>Die neue PIN noch einmal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="210"/>
        <source>Change the PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="211"/>
        <source>Files of this kiosk</source>
        <translation>Dateien dieses Kiosks</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="214"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="215"/>
        <source>Site settings</source>
        <translation>Standorteinstellungen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="216"/>
        <source>Records</source>
        <translation>Ausbildungsdaten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="217"/>
        <source>Logs</source>
        <translation>Logdateien</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="239"/>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="273"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="253"/>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="260"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="256"/>
        <source>Saved. It takes effect when the kiosk starts again.</source>
        <translation>Gespeichert. Die Änderung gilt, wenn der Kiosk neu startet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="270"/>
        <source>The two PINs are not the same.</source>
        <translation>Die beiden PINs sind nicht gleich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="282"/>
        <source>The new PIN is saved. Use it from now on.</source>
        <translation>Die neue PIN ist gespeichert. Verwende ab jetzt diese.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="286"/>
        <source>The PIN could not be saved: %1</source>
        <translation>Die PIN konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ShowcaseScreen</name>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="257"/>
        <source>Smart Industry Hub Noord-Nederland · Demonstration &amp; Skills Lab</source>
        <translation>Smart Industry Hub Noord-Nederland · Demonstration &amp; Skills Lab</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="259"/>
        <source>Live now: %1</source>
        <translation>Jetzt live: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="260"/>
        <source>Try it (3 min)</source>
        <translation>Probier es aus (3 Min.)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="261"/>
        <source>No sign-in needed</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="263"/>
        <source>I&apos;m a trainee: sign in</source>
        <translation>Ich bin Teilnehmer: anmelden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="264"/>
        <source>Instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="273"/>
        <source>Be the first to try it today!</source>
        <translation>Sei heute die erste Person, die es ausprobiert!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="275"/>
        <source>1 visitor tried it today</source>
        <translation>Heute hat es 1 Person ausprobiert</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="277"/>
        <source>%1 visitors tried it today</source>
        <translation>Heute haben es %1 Personen ausprobiert</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="145"/>
        <source>For the instructor: {detail}</source>
        <translation>Für die Lehrkraft: {detail}</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="255"/>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="257"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="256"/>
        <source>Type your trainee code or scan your card.</source>
        <translation>Gib deinen Teilnehmercode ein oder scanne deine Karte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="258"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="259"/>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="264"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="266"/>
        <source>That code is not known here. Check it, or ask your instructor.</source>
        <translation>Dieser Code ist hier nicht bekannt. Prüfe ihn oder frag deine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="269"/>
        <source>A trainee code has 3 to 20 letters, digits or dashes (-), and does not start or end with a dash.</source>
        <translation>Ein Teilnehmercode hat 3 bis 20 Buchstaben, Ziffern oder Bindestriche (-) und beginnt oder endet nicht mit einem Bindestrich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="272"/>
        <source>Signing in does not work right now. Try again, or ask your instructor.</source>
        <translation>Die Anmeldung funktioniert gerade nicht. Versuche es noch einmal oder frag deine Lehrkraft.</translation>
    </message>
</context>
<context>
    <name>SortingLineMimic</name>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="298"/>
        <source>Colour sensor</source>
        <translation>Farbsensor</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="299"/>
        <source>Diverter</source>
        <translation>Sortierweiche</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="300"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="301"/>
        <source>Rejected</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="302"/>
        <source>In</source>
        <translation>Zulauf</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="303"/>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="304"/>
        <source>Showing the last known values</source>
        <translation>Du siehst die letzten bekannten Werte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="305"/>
        <source>Waiting for the cell…</source>
        <translation>Warte auf die Anlage…</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="304"/>
        <source>Image not found: {name}</source>
        <translation>Bild nicht gefunden: {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="344"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="354"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation>Noch nicht in deiner Sprache geschrieben; hier auf {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="359"/>
        <source>Stop module</source>
        <translation>Modul abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation>Dieses Modul abbrechen? Es wird als abgebrochen gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>Yes, stop</source>
        <translation>Ja, abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="607"/>
        <source>No, go on</source>
        <translation>Nein, weiter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="369"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="360"/>
        <source>Skip step (no points)</source>
        <translation>Schritt überspringen (keine Punkte)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="360"/>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="369"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="415"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="426"/>
        <source>Time for this step: {time}</source>
        <translation>Zeit für diesen Schritt: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>Preparing the cell…</source>
        <translation>Die Anlage wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>The step starts when the cell is ready.</source>
        <translation>Der Schritt beginnt, sobald die Anlage bereit ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="439"/>
        <source>{points} of {max} points</source>
        <translation>{points} von {max} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="443"/>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="443"/>
        <source>Passed</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="446"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="449"/>
        <source>Timed out</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="450"/>
        <source>Given up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="451"/>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="452"/>
        <source>Not passed</source>
        <translation>Nicht geschafft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="455"/>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="459"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="459"/>
        <source>Tap Next when you are ready.</source>
        <translation>Tippe auf Weiter, wenn du so weit bist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="462"/>
        <source>Answers are judged once the cell&apos;s values are live.</source>
        <translation>Deine Antwort wird bewertet, sobald die Werte der Anlage wieder live sind.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="465"/>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="465"/>
        <source>Waiting for your answer.</source>
        <translation>Wartet auf deine Antwort.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="462"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="479"/>
        <source>No live values</source>
        <translation>Keine aktuellen Werte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="479"/>
        <source>The check waits for live values from the cell.</source>
        <translation>Die Prüfung wartet auf aktuelle Werte der Anlage.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="486"/>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="486"/>
        <source>Do what the step asks: the kiosk checks it on the cell.</source>
        <translation>Tu, was der Schritt verlangt: Der Kiosk prüft es an der Anlage.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="492"/>
        <source>{done} of {target}</source>
        <translation>{done} von {target}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="495"/>
        <source>Holding: {done} of {target} s</source>
        <translation>Halten: {done} von {target} s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="507"/>
        <source>Hint {n}: {text}</source>
        <translation>Tipp {n}: {text}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="512"/>
        <source>No more hints</source>
        <translation>Keine Tipps mehr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="518"/>
        <source>Hint in {time}</source>
        <translation>Tipp in {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="520"/>
        <source>Hint (−{cost})</source>
        <translation>Tipp (−{cost})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="522"/>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="532"/>
        <source>Right: that is what the cell shows.</source>
        <translation>Richtig: Das zeigt die Anlage an.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="534"/>
        <source>Not close enough, and no tries left.</source>
        <translation>Nicht nah genug, und keine Versuche mehr.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="536"/>
        <source>Not close enough. Look again. Tries left: {n}</source>
        <translation>Nicht nah genug. Schau noch einmal genau hin. Versuche übrig: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="538"/>
        <source>The cell&apos;s value is not live right now, so your answer was not judged. Try again.</source>
        <translation>Der Wert der Anlage ist gerade nicht aktuell, deshalb wurde deine Antwort nicht bewertet. Versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="540"/>
        <source>Read the value on the cell and type it in.</source>
        <translation>Lies den Wert an der Anlage ab und tippe ihn ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="542"/>
        <source>Tries: {n}</source>
        <translation>Versuche: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="606"/>
        <source>Skip this step? You get no points for it.</source>
        <translation>Diesen Schritt überspringen? Du bekommst keine Punkte dafür.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="606"/>
        <source>Skip this step?</source>
        <translation>Diesen Schritt überspringen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="607"/>
        <source>Yes, skip</source>
        <translation>Ja, überspringen</translation>
    </message>
</context>
<context>
    <name>TraineePanel</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="171"/>
        <source>Hello {name}</source>
        <translation>Hallo {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="173"/>
        <source>Signed in as {code}</source>
        <translation>Angemeldet als {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="174"/>
        <source>Reading your records…</source>
        <translation>Deine Daten werden geladen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="175"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>TraineesSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="209"/>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="216"/>
        <source>Trainees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="217"/>
        <source>Search code, name or group</source>
        <translation>Code, Name oder Gruppe suchen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="221"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="222"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="223"/>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="224"/>
        <source>no group</source>
        <translation>keine Gruppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="225"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="226"/>
        <source>Print sign-in card</source>
        <translation>Anmeldekarte drucken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="227"/>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="228"/>
        <source>Add a trainee</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="229"/>
        <source>Code, e.g. T-1001</source>
        <translation>Code, z. B. T-1001</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="230"/>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="231"/>
        <source>Group (optional)</source>
        <translation>Gruppe (optional)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="232"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="286"/>
        <source>Could not read the trainees: {reason}</source>
        <translation>Die Teilnehmenden konnten nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="309"/>
        <source>Select a trainee in the list to change or erase them.</source>
        <translation>Wähle in der Liste einen Teilnehmer aus, um ihn zu ändern oder zu löschen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="324"/>
        <source>Type a name for {code}. To remove the name, erase the trainee.</source>
        <translation>Gib einen Namen für {code} ein. Um den Namen zu entfernen, lösche den Teilnehmer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="332"/>
        <source>Nothing changed for {code}.</source>
        <translation>Für {code} hat sich nichts geändert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="345"/>
        <source>{code} was no longer in the list.</source>
        <translation>{code} war nicht mehr in der Liste.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="347"/>
        <source>Saved the changes for {code}.</source>
        <translation>Änderungen für {code} gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="358"/>
        <source>Choose the folder for the sign-in card</source>
        <translation>Wähle den Ordner für die Anmeldekarte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="374"/>
        <source>The sign-in card of {code} is in {path}</source>
        <translation>Die Anmeldekarte von {code} liegt in {path}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="378"/>
        <source>Could not write the sign-in card: {reason}</source>
        <translation>Die Anmeldekarte konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="393"/>
        <source>Erase {name} ({code})? Their name goes, their results stay under a random pseudonym. This cannot be undone.</source>
        <translation>{name} ({code}) löschen? Der Name wird entfernt, die Ergebnisse bleiben unter einem zufälligen Pseudonym erhalten. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="398"/>
        <source>Erase {code}? Their results stay under a random pseudonym. This cannot be undone.</source>
        <translation>{code} löschen? Die Ergebnisse bleiben unter einem zufälligen Pseudonym erhalten. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="400"/>
        <source>Yes, erase</source>
        <translation>Ja, löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="400"/>
        <source>No, keep</source>
        <translation>Nein, behalten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="423"/>
        <source>{code} is erased. Their results are kept under {pseudonym}.</source>
        <translation>{code} ist gelöscht. Die Ergebnisse bleiben unter {pseudonym} erhalten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="444"/>
        <source>Type the trainee&apos;s code first (for example T-1001).</source>
        <translation>Gib zuerst den Teilnehmercode ein (zum Beispiel T-1001).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="446"/>
        <source>{code}: codes starting with {prefix} stand for erased trainees.</source>
        <translation>{code}: Codes, die mit {prefix} beginnen, stehen für gelöschte Teilnehmer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="451"/>
        <source>{code} is not a trainee code. A trainee code has 3 to 20 letters, digits or dashes (-), and does not start or end with a dash.</source>
        <translation>{code} ist kein Teilnehmercode. Ein Teilnehmercode hat 3 bis 20 Buchstaben, Ziffern oder Bindestriche (-) und beginnt oder endet nicht mit einem Bindestrich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="473"/>
        <source>{code} is already in the list; select it there to change it.</source>
        <translation>{code} ist schon in der Liste; wähle ihn dort aus, um ihn zu ändern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="481"/>
        <source>Added {code}.</source>
        <translation>{code} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="489"/>
        <source>Nothing was saved: {reason}</source>
        <translation>Es wurde nichts gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="494"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="519"/>
        <source>1 trainee</source>
        <translation>1 Teilnehmer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="521"/>
        <source>{total} trainees</source>
        <translation>{total} Teilnehmende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="523"/>
        <source>{shown} of {total} trainees</source>
        <translation>{shown} von {total} Teilnehmenden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="535"/>
        <source>Records are off on this kiosk (the records file could not be opened): no trainees to show.</source>
        <translation>Die Ausbildungsdaten sind auf diesem Kiosk nicht verfügbar (die Datendatei konnte nicht geöffnet werden): Es gibt keine Teilnehmenden anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>UnfinishedCard</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="67"/>
        <source>step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="69"/>
        <source>{raw} of {top} points so far</source>
        <translation>bisher {raw} von {top} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="73"/>
        <source>Not finished: {title}, {where}</source>
        <translation>Nicht beendet: {title}, {where}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="74"/>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="75"/>
        <source>Tap again to stop it</source>
        <translation>Zum Abbrechen noch einmal tippen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="75"/>
        <source>Stop it</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ValueTile</name>
    <message>
        <location filename="../kiosk/ui/value_tile.py" line="124"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/value_tile.py" line="124"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
</TS>
