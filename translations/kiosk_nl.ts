<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../kiosk/ui/showcase/cards.py" line="242"/>
        <source>Tap for more  ›</source>
        <translation>Tik voor meer  ›</translation>
    </message>
</context>
<context>
    <name>CellsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="248"/>
        <source>Cells</source>
        <translation>Cellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="257"/>
        <source>Cells and their connections</source>
        <translation>Cellen en hun verbindingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="260"/>
        <source>How this kiosk reaches each cell. A secured cell (Basic256Sha256, the one policy the kiosk speaks) is only used once you trust its certificate here.</source>
        <translation>Zo bereikt deze kiosk elke cel. Een beveiligde cel (Basic256Sha256, het enige beveiligingsbeleid dat de kiosk kent) wordt pas gebruikt als je het certificaat hier vertrouwt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="265"/>
        <source>Check this cell</source>
        <translation>Deze cel controleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="266"/>
        <source>Trust this certificate</source>
        <translation>Dit certificaat vertrouwen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="267"/>
        <source>Stop trusting</source>
        <translation>Niet meer vertrouwen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="268"/>
        <source>Yes, trust it</source>
        <translation>Ja, vertrouwen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="269"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="270"/>
        <source>Change address (takes effect when the kiosk restarts)</source>
        <translation>Adres wijzigen (geldt na herstart van de kiosk)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="272"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="281"/>
        <source>No security</source>
        <translation>Geen beveiliging</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="282"/>
        <source>Basic256Sha256 Sign</source>
        <translation>Basic256Sha256 ondertekenen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="283"/>
        <source>Basic256Sha256 Sign &amp; Encrypt</source>
        <translation>Basic256Sha256 ondertekenen en versleutelen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="289"/>
        <source>connecting…</source>
        <translation>verbinden…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="290"/>
        <source>connected</source>
        <translation>verbonden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="291"/>
        <source>no connection, trying again</source>
        <translation>geen verbinding, opnieuw verbinden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="292"/>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="293"/>
        <source>the cell&apos;s certificate is not trusted yet</source>
        <translation>het certificaat van de cel wordt nog niet vertrouwd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="299"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="316"/>
        <source>Address: the simulated demo cell, inside this kiosk</source>
        <translation>Adres: de gesimuleerde democel, in deze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="318"/>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="319"/>
        <source>Connection: %1</source>
        <translation>Verbinding: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="320"/>
        <source>Security: %1</source>
        <translation>Beveiliging: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="330"/>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="331"/>
        <source>This cell offers: %1</source>
        <translation>Deze cel biedt: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="336"/>
        <source>The cell shows no certificate.</source>
        <translation>De cel toont geen certificaat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="341"/>
        <source>Certificate: %1</source>
        <translation>Certificaat: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="342"/>
        <source>Valid until: %1</source>
        <translation>Geldig tot: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="343"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="345"/>
        <source>Trusted by this kiosk</source>
        <translation>Vertrouwd door deze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="345"/>
        <source>Not trusted by this kiosk</source>
        <translation>Niet vertrouwd door deze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="348"/>
        <source>This certificate has expired.</source>
        <translation>Dit certificaat is verlopen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="357"/>
        <source>Trust the certificate with fingerprint %1? Only if it matches what the cell&apos;s display shows.</source>
        <translation>Het certificaat met vingerafdruk %1 vertrouwen? Alleen als die overeenkomt met wat het scherm van de cel toont.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="363"/>
        <source>This kiosk&apos;s certificate (install it on a secured cell&apos;s PLC):</source>
        <translation>Het certificaat van deze kiosk (installeer het op de PLC van een beveiligde cel):</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="367"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="371"/>
        <source>This kiosk&apos;s certificate could not be made: %1</source>
        <translation>Het certificaat van deze kiosk kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="391"/>
        <source>Asking the cell…</source>
        <translation>De cel wordt bevraagd…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="407"/>
        <source>The cell did not answer: %1</source>
        <translation>De cel gaf geen antwoord: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="445"/>
        <source>Trusted. The kiosk connects with this certificate from its next try.</source>
        <translation>Vertrouwd. De kiosk verbindt vanaf de volgende verbindingspoging met dit certificaat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="447"/>
        <source>No longer trusted. The kiosk stops using this cell within a few seconds.</source>
        <translation>Niet meer vertrouwd. Binnen enkele seconden gebruikt de kiosk deze cel niet meer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="456"/>
        <source>Not done: %1</source>
        <translation>Niet gelukt: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="477"/>
        <source>Not saved:</source>
        <translation>Niet opgeslagen:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="480"/>
        <source>Saved. It takes effect when the kiosk restarts.</source>
        <translation>Opgeslagen. Dit geldt na een herstart van de kiosk.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="41"/>
        <source>Connecting to {cell}…</source>
        <translation>Verbinden met {cell}…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="43"/>
        <source>No connection with {cell}. The values shown are not current. Reconnecting…</source>
        <translation>Geen verbinding met {cell}. De getoonde waarden zijn niet actueel. Opnieuw verbinden…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="45"/>
        <source>Not connected to {cell}.</source>
        <translation>Niet verbonden met {cell}.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="235"/>
        <source>On</source>
        <translation>Aan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="235"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="248"/>
        <source>What you may do on the cell in this step</source>
        <translation>Dit mag je in deze stap op de cel doen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="284"/>
        <source>Done.</source>
        <translation>Gelukt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="284"/>
        <source>Not done: {reason}</source>
        <translation>Niet gelukt: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="250"/>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="260"/>
        <source>Exports</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="262"/>
        <source>The files hold trainees&apos; names and results. Keep them on a stick only as long as needed.</source>
        <translation>De bestanden bevatten namen en resultaten van deelnemers. Bewaar ze niet langer op een USB-stick dan nodig is.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="264"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="268"/>
        <source>Whose and from when</source>
        <translation>Van wie en vanaf wanneer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="269"/>
        <source>Trainee</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="270"/>
        <source>Since</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="271"/>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="272"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="273"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="274"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="310"/>
        <source>Tick at least one format to export.</source>
        <translation>Vink minstens één formaat aan om te exporteren.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="318"/>
        <source>Exporting to {folder}…</source>
        <translation>Exporteren naar {folder}…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="330"/>
        <source>Choose the folder to export to</source>
        <translation>Kies de map voor de export</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="348"/>
        <source>Nothing was written to {folder}: no results match the trainee and date chosen.</source>
        <translation>Er is niets in {folder} opgeslagen: geen resultaten passen bij de gekozen deelnemer en datum.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="354"/>
        <source>1 file written to {folder}: {names}</source>
        <translation>1 bestand opgeslagen in {folder}: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="356"/>
        <source>{count} files written to {folder}: {names}</source>
        <translation>{count} bestanden opgeslagen in {folder}: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="360"/>
        <source>Could not write {format} to {folder}: {reason}.</source>
        <translation>Kon {format} niet opslaan in {folder}: {reason}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="364"/>
        <source>If the folder is on a USB stick, check that it is still in and has room.</source>
        <translation>Staat de map op een USB-stick, controleer dan of die er nog in zit en genoeg ruimte heeft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="366"/>
        <source>Written before that: {names}</source>
        <translation>Daarvoor al opgeslagen: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="372"/>
        <source>The files may be written, but the export could not be noted in the audit log: {reason}</source>
        <translation>De bestanden zijn misschien opgeslagen, maar de export kon niet in het auditlog worden vastgelegd: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="380"/>
        <source>Could not read the trainees: {reason}</source>
        <translation>De deelnemers konden niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="386"/>
        <source>CSV (attempts and skills)</source>
        <translation>CSV (pogingen en vaardigheden)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="387"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="388"/>
        <source>PDF certificates</source>
        <translation>PDF-certificaten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="389"/>
        <source>xAPI statements</source>
        <translation>xAPI-statements</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="390"/>
        <source>Open Badges</source>
        <translation>Open Badges</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="396"/>
        <source>and {more} more</source>
        <translation>en nog {more}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="403"/>
        <source>All trainees</source>
        <translation>Alle deelnemers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="411"/>
        <source>No folder chosen yet.</source>
        <translation>Nog geen map gekozen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="420"/>
        <source>Records are off on this kiosk (the records file could not be opened): nothing to export.</source>
        <translation>Gegevensopslag staat uit op deze kiosk (het gegevensbestand kon niet worden geopend): er valt niets te exporteren.</translation>
    </message>
</context>
<context>
    <name>FaultsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="121"/>
        <source>Faults</source>
        <translation>Storingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="127"/>
        <source>Cause a fault for a fault-finding exercise</source>
        <translation>Een storing veroorzaken voor een storingszoekoefening</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="131"/>
        <source>Each button adds a cause to the cell; the trainees find it from what the cell shows. Remove the causes, then Reset, to end the exercise.</source>
        <translation>Elke knop voegt een oorzaak toe aan de cel; de deelnemers vinden die aan de hand van wat de cel laat zien. Verwijder de oorzaken en reset daarna de cel om de oefening te beëindigen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="136"/>
        <source>No cell of this site allows faults to be caused from the kiosk.</source>
        <translation>Geen enkele cel op deze locatie laat toe dat de kiosk storingen veroorzaakt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="137"/>
        <source>Cell</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="141"/>
        <source>Remove every cause</source>
        <translation>Alle oorzaken verwijderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="142"/>
        <source>Reset the cell</source>
        <translation>Cel resetten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="147"/>
        <source>Jammed belt</source>
        <translation>Band vastgelopen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="148"/>
        <source>Colour sensor stuck</source>
        <translation>Kleursensor blijft hangen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="149"/>
        <source>Pressure drop</source>
        <translation>Drukverlies</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="150"/>
        <source>Heater stuck on</source>
        <translation>Verwarming blijft aan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="151"/>
        <source>Communication lost</source>
        <translation>Communicatie verbroken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="152"/>
        <source>Emergency stop</source>
        <translation>Noodstop</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="153"/>
        <source>Guard door open</source>
        <translation>Veiligheidsdeur open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="154"/>
        <source>Pressure low</source>
        <translation>Druk te laag</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="160"/>
        <source>the belt blocks; the motor current rises</source>
        <translation>de band loopt vast; de motorstroom stijgt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="161"/>
        <source>every part is read as black and rejected</source>
        <translation>elk onderdeel wordt als zwart gelezen en afgekeurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="162"/>
        <source>the pump line slowly loses pressure</source>
        <translation>de pompleiding verliest langzaam druk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="163"/>
        <source>the tank heats up past the limit</source>
        <translation>de tank warmt op tot boven de grenswaarde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="164"/>
        <source>the cell stops sending values</source>
        <translation>de cel stuurt geen waarden meer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="191"/>
        <source>This cell has no &apos;%1&apos; command.</source>
        <translation>Deze cel kent het commando &apos;%1&apos; niet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="196"/>
        <source>Sending…</source>
        <translation>Versturen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="204"/>
        <source>The cell did not do it: %1</source>
        <translation>De cel voerde het niet uit: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="208"/>
        <source>Caused: %1.</source>
        <translation>Veroorzaakt: %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="210"/>
        <source>Every cause removed. Reset the cell to clear the fault it shows.</source>
        <translation>Alle oorzaken verwijderd. Reset de cel om de storing te wissen die hij toont.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="212"/>
        <source>The cell was reset.</source>
        <translation>De cel is gereset.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="241"/>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="248"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="242"/>
        <source>Causes now: %1</source>
        <translation>Huidige oorzaken: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="244"/>
        <source>Causes now: not known (no live value from the cell)</source>
        <translation>Huidige oorzaken: onbekend (geen actuele waarde van de cel)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="249"/>
        <source>Fault the cell shows: %1</source>
        <translation>Storing die de cel toont: %1</translation>
    </message>
</context>
<context>
    <name>FirstPinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="524"/>
        <source>Choose the instructor PIN</source>
        <translation>Kies de pincode van de docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="528"/>
        <source>Instructors need this PIN to leave the kiosk or change its settings. Type 4 to 8 digits that only instructors know.</source>
        <translation>Docenten hebben deze pincode nodig om de kiosk te verlaten of de instellingen te wijzigen. Typ 4 tot 8 cijfers die alleen docenten kennen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="533"/>
        <source>Type the same PIN again.</source>
        <translation>Typ dezelfde pincode nog een keer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="538"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="539"/>
        <source>The instructor PIN is saved.</source>
        <translation>De pincode van de docent is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="540"/>
        <source>The two PINs were not the same. Start again.</source>
        <translation>De twee pincodes waren niet gelijk. Begin opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="542"/>
        <source>An instructor PIN is already set. It can be changed only on the computer itself.</source>
        <translation>Er is al een pincode voor de docent ingesteld. Die kan alleen op de computer zelf worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="544"/>
        <source>The PIN could not be saved. Try again, or check the computer&apos;s disk.</source>
        <translation>De pincode kon niet worden opgeslagen. Probeer het opnieuw of controleer de schijf van de computer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="545"/>
        <source>Still busy. Wait a moment and try again.</source>
        <translation>Nog bezig. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="91"/>
        <source>A PIN has digits only.</source>
        <translation>Een pincode bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="92"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>Een pincode heeft minstens 4 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="93"/>
        <source>A PIN has at most 8 digits.</source>
        <translation>Een pincode heeft hoogstens 8 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="94"/>
        <source>All digits are the same (like 0000). That is one of the first PINs anyone tries. Choose another.</source>
        <translation>Alle cijfers zijn gelijk (zoals 0000). Dat is een van de eerste pincodes die iedereen probeert. Kies een andere.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="98"/>
        <source>The digits run straight up or down (like 1234 or 4321). That is one of the first PINs anyone tries. Choose another.</source>
        <translation>De cijfers lopen recht op of af (zoals 1234 of 4321). Dat is een van de eerste pincodes die iedereen probeert. Kies een andere.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="72"/>
        <source>Are you still there?</source>
        <translation>Ben je er nog?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="75"/>
        <source>In {seconds} s you are signed out. Your progress is saved.</source>
        <translation>Over {seconds} s word je afgemeld. Je voortgang is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="77"/>
        <source>In {seconds} s the kiosk goes back to the start.</source>
        <translation>Over {seconds} s gaat de kiosk terug naar het startscherm.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="79"/>
        <source>I&apos;m still here</source>
        <translation>Ik ben er nog</translation>
    </message>
</context>
<context>
    <name>InstructorPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="128"/>
        <source>Instructor</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="129"/>
        <source>Unlocked. It locks again at the start, or after two minutes untouched.</source>
        <translation>Ontgrendeld. Wordt weer vergrendeld op het startscherm, of na twee minuten zonder aanraking.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="132"/>
        <source>Lock and go back</source>
        <translation>Vergrendelen en terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="133"/>
        <source>Close the kiosk app</source>
        <translation>Kioskapp afsluiten</translation>
    </message>
</context>
<context>
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="294"/>
        <source>This module is not available.</source>
        <translation>Deze module is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="295"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation>Deze module hoort bij een cel die deze kiosk niet heeft.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="296"/>
        <source>No attempts left at this module.</source>
        <translation>Je hebt geen pogingen meer voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="491"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="506"/>
        <source>No step is running.</source>
        <translation>Er loopt geen stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="494"/>
        <source>This step offers no such control.</source>
        <translation>Die bediening hoort niet bij deze stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="287"/>
        <source>{seconds} s left for this module.</source>
        <translation>Nog {seconds} s voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="288"/>
        <source>{minutes} min left for this module.</source>
        <translation>Nog {minutes} min voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="290"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>De cel kon niet worden klaargezet voor deze module. Vraag een docent om hulp.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="292"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>De cel is niet verbonden, dus hij kon niet worden klaargezet. Probeer het opnieuw als de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="297"/>
        <source>Time is up.</source>
        <translation>De tijd is om.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="298"/>
        <source>A hint is available.</source>
        <translation>Er is een hint.</translation>
    </message>
</context>
<context>
    <name>LabWords</name>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="19"/>
        <source>Taster</source>
        <translation>Kennismaking</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="20"/>
        <source>Introduction</source>
        <translation>Introductie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="21"/>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="22"/>
        <source>Intermediate</source>
        <translation>Verdieping</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="23"/>
        <source>Advanced</source>
        <translation>Gevorderd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="29"/>
        <source>Instruction</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="30"/>
        <source>Action</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="31"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="32"/>
        <source>Observation</source>
        <translation>Aflezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="39"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="40"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="41"/>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="42"/>
        <source>Frisian</source>
        <translation>Fries</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="59"/>
        <source>Not started</source>
        <translation>Niet begonnen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="60"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="61"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="62"/>
        <source>Passed</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="63"/>
        <source>Failed</source>
        <translation>Niet gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="64"/>
        <source>Waived</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="65"/>
        <source>Not reached</source>
        <translation>Niet bereikt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="75"/>
        <source>Timed out</source>
        <translation>Tijd om</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="76"/>
        <source>Wrong</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="77"/>
        <source>Skipped, no points</source>
        <translation>Overgeslagen, geen punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="80"/>
        <source>Not finished</source>
        <translation>Niet afgemaakt</translation>
    </message>
</context>
<context>
    <name>LrsPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="147"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="156"/>
        <source>Forwarding is off. Statements already waiting stay queued.</source>
        <translation>Doorsturen staat uit. Statements die al wachten, blijven in de wachtrij.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="165"/>
        <source>Saved. New statements go to the LRS from now on.</source>
        <translation>Opgeslagen. Nieuwe statements gaan vanaf nu naar de LRS.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="174"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="193"/>
        <source>Not available: the records file could not be opened.</source>
        <translation>Niet beschikbaar: het gegevensbestand kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="195"/>
        <source>No LRS is set up. Statements stay on this kiosk only.</source>
        <translation>Er is geen LRS ingesteld. Statements blijven alleen op deze kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="197"/>
        <source>Forwarding is on.</source>
        <translation>Doorsturen staat aan.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="197"/>
        <source>Forwarding is off.</source>
        <translation>Doorsturen staat uit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="198"/>
        <source>Waiting to be sent: %1</source>
        <translation>Wacht op verzending: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="201"/>
        <source>Refused by the LRS (kept): %1</source>
        <translation>Geweigerd door de LRS (bewaard): %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="203"/>
        <source>Last sent: %1</source>
        <translation>Laatst verzonden: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="205"/>
        <source>Last problem: %1</source>
        <translation>Laatste probleem: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="209"/>
        <source>Learning Record Store (LRS)</source>
        <translation>Learning Record Store (LRS)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="212"/>
        <source>With an LRS, every statement this kiosk records is also sent there (xAPI 1.0.3), in batches, and kept here until the LRS has it.</source>
        <translation>Met een LRS wordt elk statement dat deze kiosk vastlegt ook daarheen gestuurd (xAPI 1.0.3), in batches, en hier bewaard tot de LRS het heeft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="216"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="217"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="218"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="219"/>
        <source>https://lrs.example.org/xapi</source>
        <translation>https://lrs.example.org/xapi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="221"/>
        <source>unchanged (leave empty to keep it)</source>
        <translation>ongewijzigd (laat leeg om het te houden)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="221"/>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="223"/>
        <source>Save and switch on</source>
        <translation>Opslaan en aanzetten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="224"/>
        <source>Switch off</source>
        <translation>Uitzetten</translation>
    </message>
</context>
<context>
    <name>MachineStatePanel</name>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="128"/>
        <source>Machine state</source>
        <translation>Machinetoestand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="161"/>
        <source>pressed</source>
        <translation>ingedrukt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="161"/>
        <source>released</source>
        <translation>vrij</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="163"/>
        <source>closed</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="163"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="165"/>
        <source>none</source>
        <translation>geen</translation>
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
        <translation>Live cel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="412"/>
        <source>Lab modules</source>
        <translation>Labmodules</translation>
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
        <translation>met tijdslimiet</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="106"/>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="111"/>
        <source>(and {count} more)</source>
        <translation>(en nog {count})</translation>
    </message>
</context>
<context>
    <name>ModuleList</name>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="193"/>
        <source>Lab modules</source>
        <translation>Labmodules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="194"/>
        <source>Choose a module to work on the demo cell step by step.</source>
        <translation>Kies een module en werk stap voor stap met de democel.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="195"/>
        <source>No lab modules are installed on this kiosk.</source>
        <translation>Er staan geen labmodules op deze kiosk.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="118"/>
        <source>Delete the last character</source>
        <translation>Laatste teken wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="120"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="121"/>
        <source>Check answer</source>
        <translation>Antwoord controleren</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="263"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="264"/>
        <source>Delete the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="265"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="266"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="436"/>
        <source>Instructor PIN</source>
        <translation>Pincode docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="438"/>
        <source>Type the instructor PIN to leave the kiosk.</source>
        <translation>Typ de pincode van de docent om de kiosk te verlaten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="440"/>
        <source>Type the instructor PIN to change the settings.</source>
        <translation>Typ de pincode van de docent om de instellingen te wijzigen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="442"/>
        <source>Type the instructor PIN.</source>
        <translation>Typ de pincode van de docent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="447"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="449"/>
        <source>Wrong PIN. Tries left before the PIN locks: {n}</source>
        <translation>Verkeerde pincode. Pogingen over voordat de pincode blokkeert: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="451"/>
        <source>Too many wrong tries. You can try again in {time}.</source>
        <translation>Te veel verkeerde pogingen. Je kunt het over {time} opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="456"/>
        <source>The PIN cannot be checked, so the kiosk stays locked. Someone with access to this computer can set a new PIN with: kiosk instructor set-pin</source>
        <translation>De pincode kan niet worden gecontroleerd, dus de kiosk blijft vergrendeld. Iemand met toegang tot deze computer kan een nieuwe pincode instellen met: kiosk instructor set-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="460"/>
        <source>No instructor PIN has been set yet.</source>
        <translation>Er is nog geen pincode voor de docent ingesteld.</translation>
    </message>
</context>
<context>
    <name>PreparingScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="90"/>
        <source>Preparing the cell for this module…</source>
        <translation>De cel wordt klaargezet voor deze module…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="92"/>
        <source>{done} of {total} done</source>
        <translation>{done} van {total} klaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="93"/>
        <source>Stop module</source>
        <translation>Module stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation>Deze module stoppen? Hij wordt opgeslagen als gestopt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>Yes, stop</source>
        <translation>Ja, stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>No, go on</source>
        <translation>Nee, ga door</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="153"/>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="163"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="164"/>
        <source>The records are not available on this kiosk, so there is nothing to purge.</source>
        <translation>De gegevens zijn niet beschikbaar op deze kiosk, dus er valt niets op te schonen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="165"/>
        <source>Keep the records of attempts for</source>
        <translation>Gegevens van pogingen bewaren gedurende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="166"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="169"/>
        <source>A purge removes attempts that ended longer ago than this, and trainees who have no attempts left. The audit log is always kept.</source>
        <translation>Opschonen verwijdert pogingen die langer geleden dan deze termijn zijn geëindigd, en deelnemers die geen pogingen meer hebben. Het auditlog blijft altijd bewaard.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="173"/>
        <source>What a purge would remove now</source>
        <translation>Wat opschonen nu zou verwijderen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="174"/>
        <source>Purge now</source>
        <translation>Nu opschonen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="184"/>
        <source>1 month</source>
        <translation>1 maand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="184"/>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="192"/>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="196"/>
        <source>Nothing: no attempt ended before %1.</source>
        <translation>Niets: er is geen poging vóór %1 geëindigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="200"/>
        <source>Attempts that ended before %1: %2</source>
        <translation>Pogingen die vóór %1 zijn geëindigd: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="203"/>
        <source>Their statements: %1</source>
        <translation>Hun statements: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="204"/>
        <source>Their process samples: %1</source>
        <translation>Hun proceswaarden: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="205"/>
        <source>Their safety acknowledgements: %1</source>
        <translation>Hun veiligheidsbevestigingen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="206"/>
        <source>Their waived steps: %1</source>
        <translation>Hun vrijgestelde stappen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="207"/>
        <source>Their statements waiting for the LRS: %1</source>
        <translation>Hun statements die op de LRS wachten: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="208"/>
        <source>Trainees left without attempts (with their names): %1</source>
        <translation>Deelnemers die zonder pogingen overblijven (met hun namen): %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="214"/>
        <source>No purge has run yet.</source>
        <translation>Er is nog niet opgeschoond.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="216"/>
        <source>Last purge: %1</source>
        <translation>Laatst opgeschoond: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="220"/>
        <source>Remove these records for good? This cannot be undone.</source>
        <translation>Deze gegevens definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="221"/>
        <source>Purge</source>
        <translation>Opschonen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="222"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="271"/>
        <source>Could not read or change the records: %1</source>
        <translation>De gegevens konden niet worden gelezen of gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="295"/>
        <source>Saved: the records are kept %1.</source>
        <translation>Opgeslagen: de gegevens worden %1 bewaard.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="306"/>
        <source>Nothing was removed.</source>
        <translation>Er is niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="324"/>
        <source>Purged. Attempts removed: %1. Trainees removed: %2.</source>
        <translation>Opgeschoond. Verwijderde pogingen: %1. Verwijderde deelnemers: %2.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="223"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="229"/>
        <source>Progress per trainee and module</source>
        <translation>Voortgang per deelnemer en module</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="230"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="231"/>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="232"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="234"/>
        <source>All time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="235"/>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="236"/>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="237"/>
        <source>Last 12 months</source>
        <translation>Afgelopen 12 maanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="242"/>
        <source>✓ passed   ✗ not passed yet   … started, not finished   (best score · attempts · last date)</source>
        <translation>✓ geslaagd   ✗ nog niet geslaagd   … begonnen, niet afgemaakt   (beste score · pogingen · laatste datum)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="244"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="245"/>
        <source>Replay</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="246"/>
        <source>Waive a step</source>
        <translation>Stap vrijstellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="247"/>
        <source>Reason (required), e.g. the conveyor was broken</source>
        <translation>Reden (verplicht), bijv. de transportband was kapot</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="248"/>
        <source>Waive</source>
        <translation>Vrijstellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="249"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="274"/>
        <source>The records are not available on this kiosk.</source>
        <translation>De gegevens zijn niet beschikbaar op deze kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="292"/>
        <source>Could not read the records: %1</source>
        <translation>De gegevens konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="297"/>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="298"/>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="324"/>
        <source>Trainee</source>
        <translation>Deelnemer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="350"/>
        <source>No trainees match these filters.</source>
        <translation>Geen deelnemers die aan deze filters voldoen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="352"/>
        <source>Tap a cell to see the attempts, replay one or waive a step.</source>
        <translation>Tik op een vakje om de pogingen te zien, er een terug te kijken of een stap vrij te stellen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="406"/>
        <source>passed</source>
        <translation>geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="407"/>
        <source>not passed</source>
        <translation>niet geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="408"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="409"/>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="420"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="462"/>
        <source>This attempt was made with version %1 of the module; this kiosk has version %2.</source>
        <translation>Deze poging is gedaan met versie %1 van de module; deze kiosk heeft versie %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="478"/>
        <source>Every scored step of this attempt was passed or waived.</source>
        <translation>Elke stap met score in deze poging is gehaald of vrijgesteld.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="486"/>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="490"/>
        <source>Pick the step and say why it is waived.</source>
        <translation>Kies de stap en geef aan waarom die wordt vrijgesteld.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="501"/>
        <source>A waiver needs a reason.</source>
        <translation>Een vrijstelling heeft een reden nodig.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="514"/>
        <source>Step waived. The attempt now counts as passed.</source>
        <translation>Stap vrijgesteld. De poging telt nu als geslaagd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="516"/>
        <source>Step waived. The result stays the same.</source>
        <translation>Stap vrijgesteld. Het resultaat blijft hetzelfde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="535"/>
        <source>Not waived: %1</source>
        <translation>Niet vrijgesteld: %1</translation>
    </message>
</context>
<context>
    <name>QualityMark</name>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="78"/>
        <source>live</source>
        <translation>actueel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="79"/>
        <source>stale</source>
        <translation>verouderd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="80"/>
        <source>bad</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="81"/>
        <source>waiting</source>
        <translation>wachten</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="66"/>
        <source>Choose every right answer.</source>
        <translation>Kies alle goede antwoorden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="66"/>
        <source>Choose one answer.</source>
        <translation>Kies één antwoord.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="67"/>
        <source>Check answer</source>
        <translation>Antwoord controleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="91"/>
        <source>right answer</source>
        <translation>goed antwoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="93"/>
        <source>wrong</source>
        <translation>fout</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="102"/>
        <source>Right!</source>
        <translation>Goed!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="102"/>
        <source>Not right.</source>
        <translation>Niet goed.</translation>
    </message>
</context>
<context>
    <name>RecordsOffPage</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="181"/>
        <source>Lab modules are closed on this kiosk</source>
        <translation>Labmodules zijn gesloten op deze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="183"/>
        <source>The training records cannot be used, so no progress could be saved. Ask an instructor.</source>
        <translation>De opleidingsgegevens zijn niet te gebruiken, dus je voortgang zou niet worden opgeslagen. Vraag een docent om hulp.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="185"/>
        <source>For the instructor: {detail}</source>
        <translation>Voor de docent: {detail}</translation>
    </message>
</context>
<context>
    <name>ReplayScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="613"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="619"/>
        <source>hint taken</source>
        <translation>hint genomen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="620"/>
        <source>right answer</source>
        <translation>goed antwoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="621"/>
        <source>wrong answer or step failed</source>
        <translation>fout antwoord of stap niet gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="622"/>
        <source>paused</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="623"/>
        <source>value not live</source>
        <translation>waarde niet actueel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="624"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="631"/>
        <source>Replay of an attempt</source>
        <translation>Terugblik op een poging</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="636"/>
        <source>Loading the attempt…</source>
        <translation>De poging wordt geladen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="638"/>
        <source>This attempt could not be loaded.</source>
        <translation>Deze poging kon niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="640"/>
        <source>No attempt chosen.</source>
        <translation>Geen poging gekozen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="655"/>
        <source>Trainee {code} · {date} · took {duration}</source>
        <translation>Deelnemer {code} · {date} · duurde {duration}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="666"/>
        <source>Score {percent} ({points} of {max} points)</source>
        <translation>Score {percent} ({points} van {max} punten)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="671"/>
        <source>Not scored</source>
        <translation>Zonder score</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="673"/>
        <source>No process values were recorded for this attempt.</source>
        <translation>Bij deze poging zijn geen proceswaarden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="677"/>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="677"/>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="689"/>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="690"/>
        <source>Not passed</source>
        <translation>Niet geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="691"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="692"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="693"/>
        <source>Waived</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="694"/>
        <source>Not finished</source>
        <translation>Niet afgemaakt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="712"/>
        <source>Step shown</source>
        <translation>Stap getoond</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="739"/>
        <source>Hint {number} taken</source>
        <translation>Hint {number} genomen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="741"/>
        <source>(costs {percent} of the step&apos;s points)</source>
        <translation>(kost {percent} van de punten van de stap)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="748"/>
        <source>Right answer: {answer}</source>
        <translation>Goed antwoord: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="748"/>
        <source>Wrong answer: {answer}</source>
        <translation>Fout antwoord: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="752"/>
        <source>(the cell showed {value})</source>
        <translation>(de cel gaf {value} aan)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="758"/>
        <source>Step passed: {points} of {max} points</source>
        <translation>Stap gehaald: {points} van {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="761"/>
        <source>Step passed</source>
        <translation>Stap gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="764"/>
        <source>Step failed: the time ran out</source>
        <translation>Stap niet gehaald: de tijd was op</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="765"/>
        <source>Step failed: wrong answer</source>
        <translation>Stap niet gehaald: fout antwoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="766"/>
        <source>Step failed: skipped</source>
        <translation>Stap niet gehaald: overgeslagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="767"/>
        <source>Step failed</source>
        <translation>Stap niet gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="770"/>
        <source>Step waived by an instructor</source>
        <translation>Stap vrijgesteld door een docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="773"/>
        <source>Paused for {duration} (the kiosk stopped, or the trainee left), then continued</source>
        <translation>{duration} onderbroken (de kiosk stopte, of de deelnemer ging weg), daarna verder gegaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="776"/>
        <source>Attempt ended: {outcome}</source>
        <translation>Poging beëindigd: {outcome}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="159"/>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="160"/>
        <source>Not passed</source>
        <translation>Niet geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="161"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="162"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="163"/>
        <source>Waived</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="170"/>
        <source>Score {percent}</source>
        <translation>Score {percent}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="172"/>
        <source>{points} of {max} points</source>
        <translation>{points} van {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="178"/>
        <source>This module is not scored.</source>
        <translation>Deze module krijgt geen score.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="181"/>
        <source>This module has no pass mark: finishing it is what counts.</source>
        <translation>Voor deze module hoef je geen score te halen: afronden is wat telt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="184"/>
        <source>Pass mark: {percent} of the points.</source>
        <translation>Geslaagd vanaf {percent} van de punten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="190"/>
        <source>For the instructor: {reason}</source>
        <translation>Voor de docent: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="196"/>
        <source>Back to modules</source>
        <translation>Terug naar modules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="197"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="200"/>
        <source>Replay</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="206"/>
        <source>The time for this module ran out.</source>
        <translation>De tijd voor deze module was op.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="208"/>
        <source>Below the pass mark. Look at the steps below and try again.</source>
        <translation>Te weinig punten om te slagen. Bekijk de stappen hieronder en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="210"/>
        <source>The cell was not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>De cel was niet verbonden, dus hij kon niet worden klaargezet. Probeer het opnieuw als de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="212"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>De cel kon niet worden klaargezet voor deze module. Vraag een docent om hulp.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="214"/>
        <source>The module was stopped before the end.</source>
        <translation>De module is gestopt voor het einde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="220"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="221"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="222"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="223"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="224"/>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="225"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="97"/>
        <source>Safety first</source>
        <translation>Veiligheid eerst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="99"/>
        <source>Read each statement and tap it to confirm. Then tap Begin.</source>
        <translation>Lees elke regel en tik erop om hem te bevestigen. Tik daarna op Beginnen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="101"/>
        <source>This module has no safety statements. Tap Begin to start.</source>
        <translation>Deze module heeft geen veiligheidsregels. Tik op Beginnen om te starten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="110"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation>Nog niet in jouw taal geschreven; hier in het {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="113"/>
        <source>Back</source>
        <translation>Terug</translation>
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
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="47"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="48"/>
        <source>⚠ Could not save: trying again</source>
        <translation>⚠ Opslaan mislukt: we proberen het opnieuw</translation>
    </message>
</context>
<context>
    <name>SetpointEditor</name>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="123"/>
        <source>Set</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="130"/>
        <source>from {low} to {high}, steps of {step}</source>
        <translation>van {low} tot {high}, in stappen van {step}</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="186"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="201"/>
        <source>Settings of this kiosk</source>
        <translation>Instellingen van deze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="202"/>
        <source>Screen</source>
        <translation>Scherm</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="203"/>
        <source>Start language</source>
        <translation>Starttaal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="204"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="205"/>
        <source>High contrast (white and yellow on black)</source>
        <translation>Hoog contrast (wit en geel op zwart)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="206"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="207"/>
        <source>Instructor PIN</source>
        <translation>Pincode docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="208"/>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="209"/>
        <source>The new PIN again</source>
        <translation>Nieuwe pincode nog een keer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="210"/>
        <source>Change the PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="211"/>
        <source>Files of this kiosk</source>
        <translation>Bestanden van deze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="214"/>
        <source>Data folder</source>
        <translation>Datamap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="215"/>
        <source>Site settings</source>
        <translation>Locatie-instellingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="216"/>
        <source>Records</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="217"/>
        <source>Logs</source>
        <translation>Logboeken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="239"/>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="273"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="253"/>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="260"/>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="256"/>
        <source>Saved. It takes effect when the kiosk starts again.</source>
        <translation>Opgeslagen. Dit geldt vanaf de volgende start van de kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="270"/>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="282"/>
        <source>The new PIN is saved. Use it from now on.</source>
        <translation>De nieuwe pincode is opgeslagen. Gebruik hem vanaf nu.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="286"/>
        <source>The PIN could not be saved: %1</source>
        <translation>De pincode kon niet worden opgeslagen: %1</translation>
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
        <translation>Nu live: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="260"/>
        <source>Try it (3 min)</source>
        <translation>Probeer het (3 min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="261"/>
        <source>No sign-in needed</source>
        <translation>Aanmelden is niet nodig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="263"/>
        <source>I&apos;m a trainee: sign in</source>
        <translation>Ik ben deelnemer: aanmelden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="264"/>
        <source>Instructor</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="273"/>
        <source>Be the first to try it today!</source>
        <translation>Probeer het vandaag als eerste!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="275"/>
        <source>1 visitor tried it today</source>
        <translation>Vandaag probeerde 1 bezoeker het</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="277"/>
        <source>%1 visitors tried it today</source>
        <translation>Vandaag probeerden %1 bezoekers het</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="145"/>
        <source>For the instructor: {detail}</source>
        <translation>Voor de docent: {detail}</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="255"/>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="257"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="256"/>
        <source>Type your trainee code or scan your card.</source>
        <translation>Typ je deelnemerscode of scan je kaart.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="258"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="259"/>
        <source>Delete the last character</source>
        <translation>Laatste teken wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="264"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="266"/>
        <source>That code is not known here. Check it, or ask your instructor.</source>
        <translation>Deze code is hier niet bekend. Controleer hem, of vraag je docent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="269"/>
        <source>A trainee code has 3 to 20 letters, digits or dashes (-), and does not start or end with a dash.</source>
        <translation>Een deelnemerscode heeft 3 tot 20 letters, cijfers of streepjes (-), en begint of eindigt niet met een streepje.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="272"/>
        <source>Signing in does not work right now. Try again, or ask your instructor.</source>
        <translation>Aanmelden lukt nu even niet. Probeer het opnieuw, of vraag je docent.</translation>
    </message>
</context>
<context>
    <name>SortingLineMimic</name>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="298"/>
        <source>Colour sensor</source>
        <translation>Kleursensor</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="299"/>
        <source>Diverter</source>
        <translation>Sorteerwissel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="300"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="301"/>
        <source>Rejected</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="302"/>
        <source>In</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="303"/>
        <source>Not live</source>
        <translation>Niet live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="304"/>
        <source>Showing the last known values</source>
        <translation>Je ziet de laatst bekende waarden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="305"/>
        <source>Waiting for the cell…</source>
        <translation>Wachten op de cel…</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="304"/>
        <source>Image not found: {name}</source>
        <translation>Afbeelding niet gevonden: {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="344"/>
        <source>Step {n} of {total}</source>
        <translation>Stap {n} van {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="354"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation>Nog niet in jouw taal geschreven; hier in het {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="359"/>
        <source>Stop module</source>
        <translation>Module stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation>Deze module stoppen? Hij wordt opgeslagen als gestopt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>Yes, stop</source>
        <translation>Ja, stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="607"/>
        <source>No, go on</source>
        <translation>Nee, ga door</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="369"/>
        <source>Finish</source>
        <translation>Afronden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="360"/>
        <source>Skip step (no points)</source>
        <translation>Stap overslaan (geen punten)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="360"/>
        <source>Skip step</source>
        <translation>Stap overslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="369"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="415"/>
        <source>Time left</source>
        <translation>Tijd over</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="426"/>
        <source>Time for this step: {time}</source>
        <translation>Tijd voor deze stap: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>Preparing the cell…</source>
        <translation>De cel wordt klaargezet…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>The step starts when the cell is ready.</source>
        <translation>De stap begint zodra de cel klaar is.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="439"/>
        <source>{points} of {max} points</source>
        <translation>{points} van {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="443"/>
        <source>Right</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="443"/>
        <source>Passed</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="446"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="449"/>
        <source>Timed out</source>
        <translation>Tijd om</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="450"/>
        <source>Given up</source>
        <translation>Opgegeven</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="451"/>
        <source>Wrong</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="452"/>
        <source>Not passed</source>
        <translation>Niet gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="455"/>
        <source>Waived</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="459"/>
        <source>Read</source>
        <translation>Lezen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="459"/>
        <source>Tap Next when you are ready.</source>
        <translation>Tik op Volgende als je klaar bent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="462"/>
        <source>Answers are judged once the cell&apos;s values are live.</source>
        <translation>Je antwoord wordt beoordeeld zodra de waarden van de cel weer live zijn.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="465"/>
        <source>Your answer</source>
        <translation>Jouw antwoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="465"/>
        <source>Waiting for your answer.</source>
        <translation>Wacht op je antwoord.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="462"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="479"/>
        <source>No live values</source>
        <translation>Geen actuele waarden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="479"/>
        <source>The check waits for live values from the cell.</source>
        <translation>De controle wacht op actuele waarden van de cel.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="486"/>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="486"/>
        <source>Do what the step asks: the kiosk checks it on the cell.</source>
        <translation>Doe wat de stap vraagt: de kiosk controleert het op de cel.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="492"/>
        <source>{done} of {target}</source>
        <translation>{done} van {target}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="495"/>
        <source>Holding: {done} of {target} s</source>
        <translation>Vasthouden: {done} van {target} s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="507"/>
        <source>Hint {n}: {text}</source>
        <translation>Hint {n}: {text}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="512"/>
        <source>No more hints</source>
        <translation>Geen hints meer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="518"/>
        <source>Hint in {time}</source>
        <translation>Hint over {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="520"/>
        <source>Hint (−{cost})</source>
        <translation>Hint (−{cost})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="522"/>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="532"/>
        <source>Right: that is what the cell shows.</source>
        <translation>Goed: dat geeft de cel aan.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="534"/>
        <source>Not close enough, and no tries left.</source>
        <translation>Niet dichtbij genoeg, en je pogingen zijn op.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="536"/>
        <source>Not close enough. Look again. Tries left: {n}</source>
        <translation>Niet dichtbij genoeg. Kijk nog eens goed. Pogingen over: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="538"/>
        <source>The cell&apos;s value is not live right now, so your answer was not judged. Try again.</source>
        <translation>De waarde van de cel is nu niet actueel, dus je antwoord is niet beoordeeld. Probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="540"/>
        <source>Read the value on the cell and type it in.</source>
        <translation>Lees de waarde af op de cel en typ hem in.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="542"/>
        <source>Tries: {n}</source>
        <translation>Pogingen: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="606"/>
        <source>Skip this step? You get no points for it.</source>
        <translation>Deze stap overslaan? Je krijgt er geen punten voor.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="606"/>
        <source>Skip this step?</source>
        <translation>Deze stap overslaan?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="607"/>
        <source>Yes, skip</source>
        <translation>Ja, overslaan</translation>
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
        <translation>Aangemeld als {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="174"/>
        <source>Reading your records…</source>
        <translation>Je gegevens worden geladen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="175"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
</context>
<context>
    <name>TraineesSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="209"/>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="216"/>
        <source>Trainees</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="217"/>
        <source>Search code, name or group</source>
        <translation>Zoek op code, naam of groep</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="222"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="223"/>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="224"/>
        <source>no group</source>
        <translation>geen groep</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="225"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="226"/>
        <source>Print sign-in card</source>
        <translation>Aanmeldkaart afdrukken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="227"/>
        <source>Erase…</source>
        <translation>Wissen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="228"/>
        <source>Add a trainee</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="229"/>
        <source>Code, e.g. T-1001</source>
        <translation>Code, bijv. T-1001</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="230"/>
        <source>Name (optional)</source>
        <translation>Naam (optioneel)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="231"/>
        <source>Group (optional)</source>
        <translation>Groep (optioneel)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="232"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="286"/>
        <source>Could not read the trainees: {reason}</source>
        <translation>De deelnemers konden niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="309"/>
        <source>Select a trainee in the list to change or erase them.</source>
        <translation>Selecteer een deelnemer in de lijst om die te wijzigen of te wissen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="324"/>
        <source>Type a name for {code}. To remove the name, erase the trainee.</source>
        <translation>Typ een naam voor {code}. Wis de deelnemer om de naam te verwijderen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="332"/>
        <source>Nothing changed for {code}.</source>
        <translation>Niets gewijzigd voor {code}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="345"/>
        <source>{code} was no longer in the list.</source>
        <translation>{code} stond niet meer in de lijst.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="347"/>
        <source>Saved the changes for {code}.</source>
        <translation>Wijzigingen voor {code} opgeslagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="358"/>
        <source>Choose the folder for the sign-in card</source>
        <translation>Kies de map voor de aanmeldkaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="374"/>
        <source>The sign-in card of {code} is in {path}</source>
        <translation>De aanmeldkaart van {code} staat in {path}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="378"/>
        <source>Could not write the sign-in card: {reason}</source>
        <translation>De aanmeldkaart kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="393"/>
        <source>Erase {name} ({code})? Their name goes, their results stay under a random pseudonym. This cannot be undone.</source>
        <translation>{name} ({code}) wissen? De naam verdwijnt, de resultaten blijven bewaard onder een willekeurig pseudoniem. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="398"/>
        <source>Erase {code}? Their results stay under a random pseudonym. This cannot be undone.</source>
        <translation>{code} wissen? De resultaten blijven bewaard onder een willekeurig pseudoniem. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="400"/>
        <source>Yes, erase</source>
        <translation>Ja, wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="400"/>
        <source>No, keep</source>
        <translation>Nee, bewaren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="423"/>
        <source>{code} is erased. Their results are kept under {pseudonym}.</source>
        <translation>{code} is gewist. De resultaten blijven bewaard onder {pseudonym}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="444"/>
        <source>Type the trainee&apos;s code first (for example T-1001).</source>
        <translation>Typ eerst de code van de deelnemer (bijvoorbeeld T-1001).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="446"/>
        <source>{code}: codes starting with {prefix} stand for erased trainees.</source>
        <translation>{code}: codes die met {prefix} beginnen, staan voor gewiste deelnemers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="451"/>
        <source>{code} is not a trainee code. A trainee code has 3 to 20 letters, digits or dashes (-), and does not start or end with a dash.</source>
        <translation>{code} is geen deelnemerscode. Een deelnemerscode heeft 3 tot 20 letters, cijfers of streepjes (-), en begint of eindigt niet met een streepje.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="473"/>
        <source>{code} is already in the list; select it there to change it.</source>
        <translation>{code} staat al in de lijst; selecteer de code daar om iets te wijzigen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="481"/>
        <source>Added {code}.</source>
        <translation>{code} toegevoegd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="489"/>
        <source>Nothing was saved: {reason}</source>
        <translation>Er is niets opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="494"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="519"/>
        <source>1 trainee</source>
        <translation>1 deelnemer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="521"/>
        <source>{total} trainees</source>
        <translation>{total} deelnemers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="523"/>
        <source>{shown} of {total} trainees</source>
        <translation>{shown} van {total} deelnemers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="535"/>
        <source>Records are off on this kiosk (the records file could not be opened): no trainees to show.</source>
        <translation>Gegevensopslag staat uit op deze kiosk (het gegevensbestand kon niet worden geopend): er zijn geen deelnemers om te tonen.</translation>
    </message>
</context>
<context>
    <name>UnfinishedCard</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="67"/>
        <source>step {n} of {total}</source>
        <translation>stap {n} van {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="69"/>
        <source>{raw} of {top} points so far</source>
        <translation>{raw} van {top} punten tot nu toe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="73"/>
        <source>Not finished: {title}, {where}</source>
        <translation>Niet afgemaakt: {title}, {where}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="74"/>
        <source>Continue</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="75"/>
        <source>Tap again to stop it</source>
        <translation>Tik nog een keer om te stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="75"/>
        <source>Stop it</source>
        <translation>Stoppen</translation>
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
        <translation>nee</translation>
    </message>
</context>
</TS>
