<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fy_NL">
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
        <translation>Tik foar mear  ›</translation>
    </message>
</context>
<context>
    <name>CellsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="248"/>
        <source>Cells</source>
        <translation>Sellen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="257"/>
        <source>Cells and their connections</source>
        <translation>Sellen en harren ferbinings</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="260"/>
        <source>How this kiosk reaches each cell. A secured cell (Basic256Sha256, the one policy the kiosk speaks) is only used once you trust its certificate here.</source>
        <translation>Sa berikt dizze kiosk elke sel. In befeilige sel (Basic256Sha256, de iennige metoade dy&apos;t de kiosk kin) wurdt pas brûkt as do hjir syn sertifikaat fertroust.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="265"/>
        <source>Check this cell</source>
        <translation>Dizze sel kontrolearje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="266"/>
        <source>Trust this certificate</source>
        <translation>Dit sertifikaat fertrouwe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="267"/>
        <source>Stop trusting</source>
        <translation>Net mear fertrouwe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="268"/>
        <source>Yes, trust it</source>
        <translation>Ja, fertrouwe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="269"/>
        <source>Cancel</source>
        <translation>Annulearje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="270"/>
        <source>Change address (takes effect when the kiosk restarts)</source>
        <translation>Adres feroarje (jildt as de kiosk opnij start)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="272"/>
        <source>Save</source>
        <translation>Bewarje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="281"/>
        <source>No security</source>
        <translation>Gjin befeiliging</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="282"/>
        <source>Basic256Sha256 Sign</source>
        <translation>Basic256Sha256 Ûndertekenje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="283"/>
        <source>Basic256Sha256 Sign &amp; Encrypt</source>
        <translation>Basic256Sha256 Ûndertekenje &amp; Fersiferje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="289"/>
        <source>connecting…</source>
        <translation>ferbine…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="290"/>
        <source>connected</source>
        <translation>ferbûn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="291"/>
        <source>no connection, trying again</source>
        <translation>gjin ferbining, wurdt opnij besocht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="292"/>
        <source>not connected</source>
        <translation>net ferbûn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="293"/>
        <source>the cell&apos;s certificate is not trusted yet</source>
        <translation>it sertifikaat fan &apos;e sel wurdt noch net fertroud</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="299"/>
        <source>None</source>
        <translation>Gjin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="316"/>
        <source>Address: the simulated demo cell, inside this kiosk</source>
        <translation>Adres: de simulearre demosel, yn dizze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="318"/>
        <source>Address: %1</source>
        <translation>Adres: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="319"/>
        <source>Connection: %1</source>
        <translation>Ferbining: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="320"/>
        <source>Security: %1</source>
        <translation>Befeiliging: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="330"/>
        <source>nothing</source>
        <translation>neat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="331"/>
        <source>This cell offers: %1</source>
        <translation>Dizze sel biedt: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="336"/>
        <source>The cell shows no certificate.</source>
        <translation>De sel lit gjin sertifikaat sjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="341"/>
        <source>Certificate: %1</source>
        <translation>Sertifikaat: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="342"/>
        <source>Valid until: %1</source>
        <translation>Jildich oant: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="343"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-fingerôfdruk:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="345"/>
        <source>Trusted by this kiosk</source>
        <translation>Fertroud troch dizze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="345"/>
        <source>Not trusted by this kiosk</source>
        <translation>Net fertroud troch dizze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="348"/>
        <source>This certificate has expired.</source>
        <translation>Dit sertifikaat is ferrûn.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="357"/>
        <source>Trust the certificate with fingerprint %1? Only if it matches what the cell&apos;s display shows.</source>
        <translation>It sertifikaat mei fingerôfdruk %1 fertrouwe? Allinne as dy oerienkomt mei wat it skerm fan &apos;e sel sjen lit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="363"/>
        <source>This kiosk&apos;s certificate (install it on a secured cell&apos;s PLC):</source>
        <translation>It sertifikaat fan dizze kiosk (ynstallearje it op &apos;e PLC fan in befeilige sel):</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="367"/>
        <source>File: %1</source>
        <translation>Bestân: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="371"/>
        <source>This kiosk&apos;s certificate could not be made: %1</source>
        <translation>It sertifikaat fan dizze kiosk koe net makke wurde: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="391"/>
        <source>Asking the cell…</source>
        <translation>De sel wurdt frege…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="407"/>
        <source>The cell did not answer: %1</source>
        <translation>De sel joech gjin antwurd: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="445"/>
        <source>Trusted. The kiosk connects with this certificate from its next try.</source>
        <translation>Fertroud. De kiosk ferbynt mei dit sertifikaat fanôf it folgjende besykjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="447"/>
        <source>No longer trusted. The kiosk stops using this cell within a few seconds.</source>
        <translation>Net mear fertroud. Binnen in pear sekonden brûkt de kiosk dizze sel net mear.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="456"/>
        <source>Not done: %1</source>
        <translation>Net dien: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="477"/>
        <source>Not saved:</source>
        <translation>Net bewarre:</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/cells_section.py" line="480"/>
        <source>Saved. It takes effect when the kiosk restarts.</source>
        <translation>Bewarre. It jildt as de kiosk opnij start.</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="41"/>
        <source>Connecting to {cell}…</source>
        <translation>Ferbine mei {cell}…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="43"/>
        <source>No connection with {cell}. The values shown are not current. Reconnecting…</source>
        <translation>Gjin ferbining mei {cell}. De wearden dy&apos;t te sjen binne, binne net aktueel. Opnij ferbine…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="45"/>
        <source>Not connected to {cell}.</source>
        <translation>Net ferbûn mei {cell}.</translation>
    </message>
</context>
<context>
    <name>ControlsPanel</name>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="235"/>
        <source>On</source>
        <translation>Oan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="235"/>
        <source>Off</source>
        <translation>Út</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="248"/>
        <source>What you may do on the cell in this step</source>
        <translation>Dit meist yn dizze stap op &apos;e sel dwaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="284"/>
        <source>Done.</source>
        <translation>Klear.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="284"/>
        <source>Not done: {reason}</source>
        <translation>Net dien: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="250"/>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="260"/>
        <source>Exports</source>
        <translation>Eksportearje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="262"/>
        <source>The files hold trainees&apos; names and results. Keep them on a stick only as long as needed.</source>
        <translation>De bestannen befetsje nammen en resultaten fan dielnimmers. Hâld se allinne sa lang as nedich op in stick.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="264"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="268"/>
        <source>Whose and from when</source>
        <translation>Fan wa en fanôf wannear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="269"/>
        <source>Trainee</source>
        <translation>Dielnimmer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="270"/>
        <source>Since</source>
        <translation>Sûnt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="271"/>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="272"/>
        <source>Where</source>
        <translation>Wêr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="273"/>
        <source>Choose folder…</source>
        <translation>Map kieze…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="274"/>
        <source>Export</source>
        <translation>Eksportearje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="310"/>
        <source>Tick at least one format to export.</source>
        <translation>Finkje op syn minst ien formaat oan om te eksportearjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="318"/>
        <source>Exporting to {folder}…</source>
        <translation>Eksportearje nei {folder}…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="330"/>
        <source>Choose the folder to export to</source>
        <translation>Kies de map om nei te eksportearjen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="348"/>
        <source>Nothing was written to {folder}: no results match the trainee and date chosen.</source>
        <translation>Der is neat nei {folder} skreaun: gjin resultaten passe by de keazen dielnimmer en datum.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="354"/>
        <source>1 file written to {folder}: {names}</source>
        <translation>1 bestân nei {folder} skreaun: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="356"/>
        <source>{count} files written to {folder}: {names}</source>
        <translation>{count} bestannen nei {folder} skreaun: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="360"/>
        <source>Could not write {format} to {folder}: {reason}.</source>
        <translation>{format} koe net nei {folder} skreaun wurde: {reason}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="364"/>
        <source>If the folder is on a USB stick, check that it is still in and has room.</source>
        <translation>As de map op in USB-stick stiet, kontrolearje dan oft dy der noch yn sit en romte hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="366"/>
        <source>Written before that: {names}</source>
        <translation>Dêrfoar skreaun: {names}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="372"/>
        <source>The files may be written, but the export could not be noted in the audit log: {reason}</source>
        <translation>De bestannen binne miskien skreaun, mar de eksport koe net yn it auditlog fêstlein wurde: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="380"/>
        <source>Could not read the trainees: {reason}</source>
        <translation>De dielnimmers koene net lêzen wurde: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="386"/>
        <source>CSV (attempts and skills)</source>
        <translation>CSV (besykjen en feardichheden)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="387"/>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="388"/>
        <source>PDF certificates</source>
        <translation>PDF-sertifikaten</translation>
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
        <translation>en noch {more}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="403"/>
        <source>All trainees</source>
        <translation>Alle dielnimmers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="411"/>
        <source>No folder chosen yet.</source>
        <translation>Noch gjin map keazen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/exports_section.py" line="420"/>
        <source>Records are off on this kiosk (the records file could not be opened): nothing to export.</source>
        <translation>De gegevens steane út op dizze kiosk (it gegevensbestân koe net iepene wurde): neat te eksportearjen.</translation>
    </message>
</context>
<context>
    <name>FaultsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="121"/>
        <source>Faults</source>
        <translation>Steuringen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="127"/>
        <source>Cause a fault for a fault-finding exercise</source>
        <translation>In steuring feroarsaakje foar in oefening steuringsykjen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="131"/>
        <source>Each button adds a cause to the cell; the trainees find it from what the cell shows. Remove the causes, then Reset, to end the exercise.</source>
        <translation>Elke knop foeget in oarsaak ta oan &apos;e sel; de dielnimmers fine dy út wat de sel sjen lit. Helje de oarsaken fuort en set de sel dan werom om de oefening te einigjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="136"/>
        <source>No cell of this site allows faults to be caused from the kiosk.</source>
        <translation>Gjin inkelde sel fan dizze lokaasje lit ta dat steuringen fan &apos;e kiosk út feroarsake wurde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="137"/>
        <source>Cell</source>
        <translation>Sel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="141"/>
        <source>Remove every cause</source>
        <translation>Alle oarsaken fuorthelje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="142"/>
        <source>Reset the cell</source>
        <translation>De sel weromsette</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="147"/>
        <source>Jammed belt</source>
        <translation>Bân sit fêst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="148"/>
        <source>Colour sensor stuck</source>
        <translation>Kleursensor sit fêst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="149"/>
        <source>Pressure drop</source>
        <translation>Drukferlies</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="150"/>
        <source>Heater stuck on</source>
        <translation>Ferwaarming bliuwt oan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="151"/>
        <source>Communication lost</source>
        <translation>Kommunikaasje ferlern</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="152"/>
        <source>Emergency stop</source>
        <translation>Needstop</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="153"/>
        <source>Guard door open</source>
        <translation>Beskermdoar iepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="154"/>
        <source>Pressure low</source>
        <translation>Druk leech</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="160"/>
        <source>the belt blocks; the motor current rises</source>
        <translation>de bân rekket blokkearre; de motorstroom giet omheech</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="161"/>
        <source>every part is read as black and rejected</source>
        <translation>elk stik wurdt as swart lêzen en ôfkard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="162"/>
        <source>the pump line slowly loses pressure</source>
        <translation>de pomplieding ferliest stadichoan druk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="163"/>
        <source>the tank heats up past the limit</source>
        <translation>de tank wurdt waarmer as de grinswearde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="164"/>
        <source>the cell stops sending values</source>
        <translation>de sel stjoert gjin wearden mear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="191"/>
        <source>This cell has no &apos;%1&apos; command.</source>
        <translation>Dizze sel hat gjin kommando &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="196"/>
        <source>Sending…</source>
        <translation>Ferstjoere…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="204"/>
        <source>The cell did not do it: %1</source>
        <translation>De sel hat it net dien: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="208"/>
        <source>Caused: %1.</source>
        <translation>Feroarsake: %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="210"/>
        <source>Every cause removed. Reset the cell to clear the fault it shows.</source>
        <translation>Alle oarsaken binne fuorthelle. Set de sel werom om de steuring dy&apos;t er sjen lit te wiskjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="212"/>
        <source>The cell was reset.</source>
        <translation>De sel is weromset.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="241"/>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="248"/>
        <source>none</source>
        <translation>gjin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="242"/>
        <source>Causes now: %1</source>
        <translation>Oarsaken no: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="244"/>
        <source>Causes now: not known (no live value from the cell)</source>
        <translation>Oarsaken no: net bekend (gjin live wearde fan &apos;e sel)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/faults_section.py" line="249"/>
        <source>Fault the cell shows: %1</source>
        <translation>Steuring dy&apos;t de sel sjen lit: %1</translation>
    </message>
</context>
<context>
    <name>FirstPinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="524"/>
        <source>Choose the instructor PIN</source>
        <translation>Kies de pinkoade fan de dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="528"/>
        <source>Instructors need this PIN to leave the kiosk or change its settings. Type 4 to 8 digits that only instructors know.</source>
        <translation>Dosinten hawwe dizze pinkoade nedich om de kiosk te ferlitten of de ynstellingen te feroarjen. Typ 4 oant 8 sifers dy&apos;t allinne dosinten witte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="533"/>
        <source>Type the same PIN again.</source>
        <translation>Typ deselde pinkoade nochris.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="538"/>
        <source>Saving…</source>
        <translation>Bewarje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="539"/>
        <source>The instructor PIN is saved.</source>
        <translation>De pinkoade fan de dosint is bewarre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="540"/>
        <source>The two PINs were not the same. Start again.</source>
        <translation>De twa pinkoaden wiene net itselde. Begjin opnij.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="542"/>
        <source>An instructor PIN is already set. It can be changed only on the computer itself.</source>
        <translation>Der is al in pinkoade fan de dosint ynsteld. Dy kin allinne op &apos;e kompjûter sels feroare wurde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="544"/>
        <source>The PIN could not be saved. Try again, or check the computer&apos;s disk.</source>
        <translation>De pinkoade koe net bewarre wurde. Besykje it nochris, of kontrolearje de skiif fan &apos;e kompjûter.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="545"/>
        <source>Still busy. Wait a moment and try again.</source>
        <translation>Noch dwaande. Wachtsje even en besykje it nochris.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="91"/>
        <source>A PIN has digits only.</source>
        <translation>In pinkoade hat allinne sifers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="92"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>In pinkoade hat op syn minst 4 sifers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="93"/>
        <source>A PIN has at most 8 digits.</source>
        <translation>In pinkoade hat op syn meast 8 sifers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="94"/>
        <source>All digits are the same (like 0000). That is one of the first PINs anyone tries. Choose another.</source>
        <translation>Alle sifers binne itselde (lykas 0000). Dat is ien fan &apos;e earste pinkoaden dy&apos;t elkenien besiket. Kies in oare.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="98"/>
        <source>The digits run straight up or down (like 1234 or 4321). That is one of the first PINs anyone tries. Choose another.</source>
        <translation>De sifers rinne rjocht op of del (lykas 1234 of 4321). Dat is ien fan &apos;e earste pinkoaden dy&apos;t elkenien besiket. Kies in oare.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="72"/>
        <source>Are you still there?</source>
        <translation>Bist der noch?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="75"/>
        <source>In {seconds} s you are signed out. Your progress is saved.</source>
        <translation>Oer {seconds} s wurdsto ôfmeld. Dyn foarútgong is bewarre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="77"/>
        <source>In {seconds} s the kiosk goes back to the start.</source>
        <translation>Oer {seconds} s giet de kiosk werom nei it begjin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="79"/>
        <source>I&apos;m still here</source>
        <translation>Ik bin der noch</translation>
    </message>
</context>
<context>
    <name>InstructorPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="128"/>
        <source>Instructor</source>
        <translation>Dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="129"/>
        <source>Unlocked. It locks again at the start, or after two minutes untouched.</source>
        <translation>Ûntskoattele. It giet wer op slot by it begjin, of as it twa minuten net oanrekke is.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="132"/>
        <source>Lock and go back</source>
        <translation>Op slot en werom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="133"/>
        <source>Close the kiosk app</source>
        <translation>De kiosk-app slute</translation>
    </message>
</context>
<context>
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="294"/>
        <source>This module is not available.</source>
        <translation>Dizze module is net beskikber.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="295"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation>Dizze module hat in sel nedich dy&apos;t dizze kiosk net hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="296"/>
        <source>No attempts left at this module.</source>
        <translation>Do hast gjin besykjen mear foar dizze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="491"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="506"/>
        <source>No step is running.</source>
        <translation>Der rint gjin stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="494"/>
        <source>This step offers no such control.</source>
        <translation>Dy betsjinning heart net by dizze stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="287"/>
        <source>{seconds} s left for this module.</source>
        <translation>Noch {seconds} s foar dizze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="288"/>
        <source>{minutes} min left for this module.</source>
        <translation>Noch {minutes} min foar dizze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="290"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>De sel koe net klearmakke wurde foar dizze module. Freegje in dosint.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="292"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>De sel is net ferbûn, dus er koe net klearmakke wurde. Besykje it nochris as de ferbining werom is.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="297"/>
        <source>Time is up.</source>
        <translation>De tiid is om.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="298"/>
        <source>A hint is available.</source>
        <translation>Der is in hint.</translation>
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
        <translation>Ynlieding</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="21"/>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="22"/>
        <source>Intermediate</source>
        <translation>Ferdjipping</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="23"/>
        <source>Advanced</source>
        <translation>Avansearre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="29"/>
        <source>Instruction</source>
        <translation>Útlis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="30"/>
        <source>Action</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="31"/>
        <source>Quiz</source>
        <translation>Kwis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="32"/>
        <source>Observation</source>
        <translation>Ôflêze</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="39"/>
        <source>Dutch</source>
        <translation>Nederlânsk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="40"/>
        <source>English</source>
        <translation>Ingelsk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="41"/>
        <source>German</source>
        <translation>Dútsk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="42"/>
        <source>Frisian</source>
        <translation>Frysk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="59"/>
        <source>Not started</source>
        <translation>Net begûn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="60"/>
        <source>In progress</source>
        <translation>Dwaande</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="61"/>
        <source>Done</source>
        <translation>Klear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="62"/>
        <source>Passed</source>
        <translation>Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="63"/>
        <source>Failed</source>
        <translation>Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="64"/>
        <source>Waived</source>
        <translation>Frijsteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="65"/>
        <source>Not reached</source>
        <translation>Net berikt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="75"/>
        <source>Timed out</source>
        <translation>Tiid om</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="76"/>
        <source>Wrong</source>
        <translation>Ferkeard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="77"/>
        <source>Skipped, no points</source>
        <translation>Oerslein, gjin punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="80"/>
        <source>Not finished</source>
        <translation>Net ôfmakke</translation>
    </message>
</context>
<context>
    <name>LrsPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="147"/>
        <source>Saving…</source>
        <translation>Bewarje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="156"/>
        <source>Forwarding is off. Statements already waiting stay queued.</source>
        <translation>Trochstjoeren stiet út. Statements dy&apos;t al wachtsje, bliuwe yn &apos;e wachtrige.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="165"/>
        <source>Saved. New statements go to the LRS from now on.</source>
        <translation>Bewarre. Nije statements geane fan no ôf nei de LRS.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="174"/>
        <source>Not saved: %1</source>
        <translation>Net bewarre: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="193"/>
        <source>Not available: the records file could not be opened.</source>
        <translation>Net beskikber: it gegevensbestân koe net iepene wurde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="195"/>
        <source>No LRS is set up. Statements stay on this kiosk only.</source>
        <translation>Der is gjin LRS ynsteld. Statements bliuwe allinnich op dizze kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="197"/>
        <source>Forwarding is on.</source>
        <translation>Trochstjoeren stiet oan.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="197"/>
        <source>Forwarding is off.</source>
        <translation>Trochstjoeren stiet út.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="198"/>
        <source>Waiting to be sent: %1</source>
        <translation>Wachtet op ferstjoeren: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="201"/>
        <source>Refused by the LRS (kept): %1</source>
        <translation>Wegere troch de LRS (bewarre): %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="203"/>
        <source>Last sent: %1</source>
        <translation>Lêst ferstjoerd: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="205"/>
        <source>Last problem: %1</source>
        <translation>Lêste probleem: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="209"/>
        <source>Learning Record Store (LRS)</source>
        <translation>Learning Record Store (LRS)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="212"/>
        <source>With an LRS, every statement this kiosk records is also sent there (xAPI 1.0.3), in batches, and kept here until the LRS has it.</source>
        <translation>Mei in LRS wurdt elk statement dat dizze kiosk fêstleit ek dêrhinne stjoerd (xAPI 1.0.3), yn batches, en hjir bewarre oant de LRS it hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="216"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="217"/>
        <source>User name</source>
        <translation>Brûkersnamme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="218"/>
        <source>Password</source>
        <translation>Wachtwurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="219"/>
        <source>https://lrs.example.org/xapi</source>
        <translation>https://lrs.example.org/xapi</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="221"/>
        <source>unchanged (leave empty to keep it)</source>
        <translation>net feroare (lit leech om it te hâlden)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="221"/>
        <source>required</source>
        <translation>ferplicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="223"/>
        <source>Save and switch on</source>
        <translation>Bewarje en oansette</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/lrs_panel.py" line="224"/>
        <source>Switch off</source>
        <translation>Útsette</translation>
    </message>
</context>
<context>
    <name>MachineStatePanel</name>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="128"/>
        <source>Machine state</source>
        <translation>Masinetastân</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="161"/>
        <source>pressed</source>
        <translation>yndrukt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="161"/>
        <source>released</source>
        <translation>los</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="163"/>
        <source>closed</source>
        <translation>ticht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="163"/>
        <source>open</source>
        <translation>iepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="165"/>
        <source>none</source>
        <translation>gjin</translation>
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
        <translation>Sel live</translation>
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
        <translation>mei tiidlimyt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="106"/>
        <source>Not available</source>
        <translation>Net beskikber</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="111"/>
        <source>(and {count} more)</source>
        <translation>(en noch {count})</translation>
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
        <translation>Kies in module en wurkje stap foar stap mei de demosel.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="195"/>
        <source>No lab modules are installed on this kiosk.</source>
        <translation>Der steane gjin labmodules op dizze kiosk.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="118"/>
        <source>Delete the last character</source>
        <translation>It lêste teken wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="120"/>
        <source>Clear</source>
        <translation>Wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="121"/>
        <source>Check answer</source>
        <translation>Antwurd kontrolearje</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="263"/>
        <source>Clear</source>
        <translation>Wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="264"/>
        <source>Delete the last digit</source>
        <translation>It lêste sifer wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="265"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="266"/>
        <source>Cancel</source>
        <translation>Annulearje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="436"/>
        <source>Instructor PIN</source>
        <translation>Pinkoade dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="438"/>
        <source>Type the instructor PIN to leave the kiosk.</source>
        <translation>Typ de pinkoade fan de dosint om de kiosk te ferlitten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="440"/>
        <source>Type the instructor PIN to change the settings.</source>
        <translation>Typ de pinkoade fan de dosint om de ynstellingen te feroarjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="442"/>
        <source>Type the instructor PIN.</source>
        <translation>Typ de pinkoade fan de dosint.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="447"/>
        <source>Checking…</source>
        <translation>Kontrolearje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="449"/>
        <source>Wrong PIN. Tries left before the PIN locks: {n}</source>
        <translation>Ferkearde pinkoade. Besykjen oer foardat de pinkoade op slot giet: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="451"/>
        <source>Too many wrong tries. You can try again in {time}.</source>
        <translation>Te folle ferkearde besykjen. Do kinst it oer {time} nochris besykje.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="456"/>
        <source>The PIN cannot be checked, so the kiosk stays locked. Someone with access to this computer can set a new PIN with: kiosk instructor set-pin</source>
        <translation>De pinkoade kin net kontrolearre wurde, dus de kiosk bliuwt op slot. Ien mei tagong ta dizze kompjûter kin in nije pinkoade ynstelle mei: kiosk instructor set-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="460"/>
        <source>No instructor PIN has been set yet.</source>
        <translation>Der is noch gjin pinkoade fan de dosint ynsteld.</translation>
    </message>
</context>
<context>
    <name>PreparingScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="90"/>
        <source>Preparing the cell for this module…</source>
        <translation>De sel wurdt klearmakke foar dizze module…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="92"/>
        <source>{done} of {total} done</source>
        <translation>{done} fan {total} klear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="93"/>
        <source>Stop module</source>
        <translation>Module stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation>Dizze module stopje? It wurdt fêstlein as stoppe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>Yes, stop</source>
        <translation>Ja, stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>No, go on</source>
        <translation>Nee, gean troch</translation>
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
        <translation>De gegevens binne net beskikber op dizze kiosk, dus der is neat op te romjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="165"/>
        <source>Keep the records of attempts for</source>
        <translation>Gegevens fan besykjen bewarje foar</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="166"/>
        <source>Save</source>
        <translation>Bewarje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="169"/>
        <source>A purge removes attempts that ended longer ago than this, and trainees who have no attempts left. The audit log is always kept.</source>
        <translation>By it opromjen wurde besykjen fuorthelle dy&apos;t langer lyn as dit einige binne, en dielnimmers dy&apos;t gjin besykjen mear oer hawwe. It auditlog bliuwt altyd bewarre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="173"/>
        <source>What a purge would remove now</source>
        <translation>Wat opromjen no fuorthelje soe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="174"/>
        <source>Purge now</source>
        <translation>No opromje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="184"/>
        <source>1 month</source>
        <translation>1 moanne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="184"/>
        <source>%1 months</source>
        <translation>%1 moannen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="192"/>
        <source>Counting…</source>
        <translation>Telle…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="196"/>
        <source>Nothing: no attempt ended before %1.</source>
        <translation>Neat: gjin besykjen einige foar %1.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="200"/>
        <source>Attempts that ended before %1: %2</source>
        <translation>Besykjen dy&apos;t foar %1 einige binne: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="203"/>
        <source>Their statements: %1</source>
        <translation>Harren statements: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="204"/>
        <source>Their process samples: %1</source>
        <translation>Harren prosesmjitpunten: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="205"/>
        <source>Their safety acknowledgements: %1</source>
        <translation>Harren feiligensbefêstigings: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="206"/>
        <source>Their waived steps: %1</source>
        <translation>Harren frijstelde stappen: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="207"/>
        <source>Their statements waiting for the LRS: %1</source>
        <translation>Harren statements dy&apos;t op de LRS wachtsje: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="208"/>
        <source>Trainees left without attempts (with their names): %1</source>
        <translation>Dielnimmers sûnder besykjen (mei harren nammen): %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="214"/>
        <source>No purge has run yet.</source>
        <translation>Der is noch net opromme.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="216"/>
        <source>Last purge: %1</source>
        <translation>Lêst opromme: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="220"/>
        <source>Remove these records for good? This cannot be undone.</source>
        <translation>Dizze gegevens foargoed fuorthelje? Dit kin net ûngedien makke wurde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="221"/>
        <source>Purge</source>
        <translation>Opromje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="222"/>
        <source>Cancel</source>
        <translation>Annulearje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="271"/>
        <source>Could not read or change the records: %1</source>
        <translation>De gegevens koene net lêzen of feroare wurde: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="295"/>
        <source>Saved: the records are kept %1.</source>
        <translation>Bewarre: de gegevens wurde %1 bewarre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="306"/>
        <source>Nothing was removed.</source>
        <translation>Der is neat fuorthelle.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/privacy_section.py" line="324"/>
        <source>Purged. Attempts removed: %1. Trainees removed: %2.</source>
        <translation>Opromme. Besykjen fuorthelle: %1. Dielnimmers fuorthelle: %2.</translation>
    </message>
</context>
<context>
    <name>ProgressSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="223"/>
        <source>Progress</source>
        <translation>Foarútgong</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="229"/>
        <source>Progress per trainee and module</source>
        <translation>Foarútgong per dielnimmer en module</translation>
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
        <translation>Lokaasje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="232"/>
        <source>Period</source>
        <translation>Perioade</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="234"/>
        <source>All time</source>
        <translation>Altyd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="235"/>
        <source>Last 7 days</source>
        <translation>Lêste 7 dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="236"/>
        <source>Last 30 days</source>
        <translation>Lêste 30 dagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="237"/>
        <source>Last 12 months</source>
        <translation>Lêste 12 moannen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="242"/>
        <source>✓ passed   ✗ not passed yet   … started, not finished   (best score · attempts · last date)</source>
        <translation>✓ slagge   ✗ noch net slagge   … begûn, net ôfmakke   (bêste skoare · besykjen · lêste datum)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="244"/>
        <source>Back</source>
        <translation>Werom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="245"/>
        <source>Replay</source>
        <translation>Weromsjen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="246"/>
        <source>Waive a step</source>
        <translation>In stap frijstelle</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="247"/>
        <source>Reason (required), e.g. the conveyor was broken</source>
        <translation>Reden (ferplicht), bygelyks: de transportbân wie stikken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="248"/>
        <source>Waive</source>
        <translation>Frijstelle</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="249"/>
        <source>Cancel</source>
        <translation>Annulearje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Started</source>
        <translation>Begûn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Score</source>
        <translation>Skoare</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="251"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="274"/>
        <source>The records are not available on this kiosk.</source>
        <translation>De gegevens binne net beskikber op dizze kiosk.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="292"/>
        <source>Could not read the records: %1</source>
        <translation>De gegevens koene net lêzen wurde: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="297"/>
        <source>All groups</source>
        <translation>Alle groepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="298"/>
        <source>All sites</source>
        <translation>Alle lokaasjes</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="324"/>
        <source>Trainee</source>
        <translation>Dielnimmer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="350"/>
        <source>No trainees match these filters.</source>
        <translation>Gjin dielnimmers passe by dizze filters.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="352"/>
        <source>Tap a cell to see the attempts, replay one or waive a step.</source>
        <translation>Tik op in fakje om de besykjen te sjen, ien werom te sjen of in stap frij te stellen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="406"/>
        <source>passed</source>
        <translation>slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="407"/>
        <source>not passed</source>
        <translation>net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="408"/>
        <source>completed</source>
        <translation>ôfrûne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="409"/>
        <source>stopped</source>
        <translation>stoppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="420"/>
        <source>open</source>
        <translation>iepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="462"/>
        <source>This attempt was made with version %1 of the module; this kiosk has version %2.</source>
        <translation>Dit besykjen is dien mei ferzje %1 fan &apos;e module; dizze kiosk hat ferzje %2.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="478"/>
        <source>Every scored step of this attempt was passed or waived.</source>
        <translation>Elke stap mei punten yn dit besykjen is slagge of frijsteld.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="486"/>
        <source>Step %1: %2</source>
        <translation>Stap %1: %2</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="490"/>
        <source>Pick the step and say why it is waived.</source>
        <translation>Kies de stap en jou oan wêrom&apos;t er frijsteld wurdt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="501"/>
        <source>A waiver needs a reason.</source>
        <translation>In frijstelling hat in reden nedich.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="514"/>
        <source>Step waived. The attempt now counts as passed.</source>
        <translation>Stap frijsteld. It besykjen telt no as slagge.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="516"/>
        <source>Step waived. The result stays the same.</source>
        <translation>Stap frijsteld. It resultaat bliuwt itselde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/progress_section.py" line="535"/>
        <source>Not waived: %1</source>
        <translation>Net frijsteld: %1</translation>
    </message>
</context>
<context>
    <name>QualityMark</name>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="78"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="79"/>
        <source>stale</source>
        <translation>ferâldere</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="80"/>
        <source>bad</source>
        <translation>ûnjildich</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="81"/>
        <source>waiting</source>
        <translation>wachtsje</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="66"/>
        <source>Choose every right answer.</source>
        <translation>Kies alle goede antwurden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="66"/>
        <source>Choose one answer.</source>
        <translation>Kies ien antwurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="67"/>
        <source>Check answer</source>
        <translation>Antwurd kontrolearje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="91"/>
        <source>right answer</source>
        <translation>goed antwurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="93"/>
        <source>wrong</source>
        <translation>ferkeard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="102"/>
        <source>Right!</source>
        <translation>Goed!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/quiz_view.py" line="102"/>
        <source>Not right.</source>
        <translation>Net goed.</translation>
    </message>
</context>
<context>
    <name>RecordsOffPage</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="181"/>
        <source>Lab modules are closed on this kiosk</source>
        <translation>De labmodules binne ticht op dizze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="183"/>
        <source>The training records cannot be used, so no progress could be saved. Ask an instructor.</source>
        <translation>De opliedingsgegevens binne net te brûken, dus dyn foarútgong soe net bewarre wurde. Freegje in dosint.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="185"/>
        <source>For the instructor: {detail}</source>
        <translation>Foar de dosint: {detail}</translation>
    </message>
</context>
<context>
    <name>ReplayScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="613"/>
        <source>Back</source>
        <translation>Werom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>Time</source>
        <translation>Tiid</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>What happened</source>
        <translation>Wat der barde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="619"/>
        <source>hint taken</source>
        <translation>hint brûkt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="620"/>
        <source>right answer</source>
        <translation>goed antwurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="621"/>
        <source>wrong answer or step failed</source>
        <translation>ferkeard antwurd of stap net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="622"/>
        <source>paused</source>
        <translation>ûnderbrutsen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="623"/>
        <source>value not live</source>
        <translation>wearde net live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="624"/>
        <source>end</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="631"/>
        <source>Replay of an attempt</source>
        <translation>Weromsjen op in besykjen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="636"/>
        <source>Loading the attempt…</source>
        <translation>It besykjen wurdt laden…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="638"/>
        <source>This attempt could not be loaded.</source>
        <translation>Dit besykjen koe net laden wurde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="640"/>
        <source>No attempt chosen.</source>
        <translation>Gjin besykjen keazen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="655"/>
        <source>Trainee {code} · {date} · took {duration}</source>
        <translation>Dielnimmer {code} · {date} · duorre {duration}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="666"/>
        <source>Score {percent} ({points} of {max} points)</source>
        <translation>Skoare {percent} ({points} fan {max} punten)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="671"/>
        <source>Not scored</source>
        <translation>Sûnder skoare</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="673"/>
        <source>No process values were recorded for this attempt.</source>
        <translation>By dit besykjen binne gjin proseswearden fêstlein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="677"/>
        <source>on</source>
        <translation>oan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="677"/>
        <source>off</source>
        <translation>út</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="689"/>
        <source>Passed</source>
        <translation>Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="690"/>
        <source>Not passed</source>
        <translation>Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="691"/>
        <source>Completed</source>
        <translation>Ôfrûne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="692"/>
        <source>Stopped</source>
        <translation>Stoppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="693"/>
        <source>Waived</source>
        <translation>Frijsteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="694"/>
        <source>Not finished</source>
        <translation>Net ôfmakke</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="712"/>
        <source>Step shown</source>
        <translation>Stap toand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="739"/>
        <source>Hint {number} taken</source>
        <translation>Hint {number} brûkt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="741"/>
        <source>(costs {percent} of the step&apos;s points)</source>
        <translation>(kostet {percent} fan &apos;e punten fan &apos;e stap)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="748"/>
        <source>Right answer: {answer}</source>
        <translation>Goed antwurd: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="748"/>
        <source>Wrong answer: {answer}</source>
        <translation>Ferkeard antwurd: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="752"/>
        <source>(the cell showed {value})</source>
        <translation>(de sel joech {value} oan)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="758"/>
        <source>Step passed: {points} of {max} points</source>
        <translation>Stap slagge: {points} fan {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="761"/>
        <source>Step passed</source>
        <translation>Stap slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="764"/>
        <source>Step failed: the time ran out</source>
        <translation>Stap net slagge: de tiid wie om</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="765"/>
        <source>Step failed: wrong answer</source>
        <translation>Stap net slagge: ferkeard antwurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="766"/>
        <source>Step failed: skipped</source>
        <translation>Stap net slagge: oerslein</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="767"/>
        <source>Step failed</source>
        <translation>Stap net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="770"/>
        <source>Step waived by an instructor</source>
        <translation>Stap frijsteld troch in dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="773"/>
        <source>Paused for {duration} (the kiosk stopped, or the trainee left), then continued</source>
        <translation>{duration} ûnderbrutsen (de kiosk stoppe, of de dielnimmer gie fuort), dêrnei fierder gien</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="776"/>
        <source>Attempt ended: {outcome}</source>
        <translation>Besykjen einige: {outcome}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="159"/>
        <source>Passed</source>
        <translation>Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="160"/>
        <source>Not passed</source>
        <translation>Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="161"/>
        <source>Completed</source>
        <translation>Ôfrûne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="162"/>
        <source>Stopped</source>
        <translation>Stoppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="163"/>
        <source>Waived</source>
        <translation>Frijsteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="170"/>
        <source>Score {percent}</source>
        <translation>Skoare {percent}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="172"/>
        <source>{points} of {max} points</source>
        <translation>{points} fan {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="178"/>
        <source>This module is not scored.</source>
        <translation>Dizze module krijt gjin skoare.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="181"/>
        <source>This module has no pass mark: finishing it is what counts.</source>
        <translation>Foar dizze module hoechst gjin skoare te heljen: ôfmeitsje is wat telt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="184"/>
        <source>Pass mark: {percent} of the points.</source>
        <translation>Slagge fanôf {percent} fan &apos;e punten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="190"/>
        <source>For the instructor: {reason}</source>
        <translation>Foar de dosint: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="196"/>
        <source>Back to modules</source>
        <translation>Werom nei de modules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="197"/>
        <source>Try again</source>
        <translation>Nochris besykje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="200"/>
        <source>Replay</source>
        <translation>Weromsjen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="206"/>
        <source>The time for this module ran out.</source>
        <translation>De tiid foar dizze module wie om.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="208"/>
        <source>Below the pass mark. Look at the steps below and try again.</source>
        <translation>Te min punten om te slagjen. Besjoch de stappen hjirûnder en besykje it nochris.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="210"/>
        <source>The cell was not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>De sel wie net ferbûn, dus er koe net klearmakke wurde. Besykje it nochris as de ferbining werom is.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="212"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>De sel koe net klearmakke wurde foar dizze module. Freegje in dosint.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="214"/>
        <source>The module was stopped before the end.</source>
        <translation>De module is foar it ein stoppe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="220"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="221"/>
        <source>Kind</source>
        <translation>Soarte</translation>
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
        <translation>Tiid</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="97"/>
        <source>Safety first</source>
        <translation>Feiligens earst</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="99"/>
        <source>Read each statement and tap it to confirm. Then tap Begin.</source>
        <translation>Lês elke útspraak en tik derop om te befêstigjen. Tik dan op Begjinne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="101"/>
        <source>This module has no safety statements. Tap Begin to start.</source>
        <translation>Dizze module hat gjin feiligensútspraken. Tik op Begjinne om te begjinnen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="110"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation>Noch net yn dyn taal skreaun; hjir yn it {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="113"/>
        <source>Back</source>
        <translation>Werom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="114"/>
        <source>Begin</source>
        <translation>Begjinne</translation>
    </message>
</context>
<context>
    <name>SaveIndicator</name>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="46"/>
        <source>✓ Saved</source>
        <translation>✓ Bewarre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="47"/>
        <source>Saving…</source>
        <translation>Bewarje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="48"/>
        <source>⚠ Could not save: trying again</source>
        <translation>⚠ Bewarje mislearre: wurdt opnij besocht</translation>
    </message>
</context>
<context>
    <name>SetpointEditor</name>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="123"/>
        <source>Set</source>
        <translation>Ynstelle</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="130"/>
        <source>from {low} to {high}, steps of {step}</source>
        <translation>fan {low} oant {high}, yn stappen fan {step}</translation>
    </message>
</context>
<context>
    <name>SettingsSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="186"/>
        <source>Settings</source>
        <translation>Ynstellingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="201"/>
        <source>Settings of this kiosk</source>
        <translation>Ynstellingen fan dizze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="202"/>
        <source>Screen</source>
        <translation>Skerm</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="203"/>
        <source>Start language</source>
        <translation>Starttaal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="204"/>
        <source>Text size</source>
        <translation>Tekstgrutte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="205"/>
        <source>High contrast (white and yellow on black)</source>
        <translation>Heech kontrast (wyt en giel op swart)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="206"/>
        <source>Save</source>
        <translation>Bewarje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="207"/>
        <source>Instructor PIN</source>
        <translation>Pinkoade dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="208"/>
        <source>New PIN</source>
        <translation>Nije pinkoade</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="209"/>
        <source>The new PIN again</source>
        <translation>De nije pinkoade nochris</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="210"/>
        <source>Change the PIN</source>
        <translation>Pinkoade feroarje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="211"/>
        <source>Files of this kiosk</source>
        <translation>Bestannen fan dizze kiosk</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="214"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="215"/>
        <source>Site settings</source>
        <translation>Lokaasje-ynstellingen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="216"/>
        <source>Records</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="217"/>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="239"/>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="273"/>
        <source>Saving…</source>
        <translation>Bewarje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="253"/>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="260"/>
        <source>Not saved: %1</source>
        <translation>Net bewarre: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="256"/>
        <source>Saved. It takes effect when the kiosk starts again.</source>
        <translation>Bewarre. It jildt as de kiosk opnij start.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="270"/>
        <source>The two PINs are not the same.</source>
        <translation>De twa pinkoaden binne net itselde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="282"/>
        <source>The new PIN is saved. Use it from now on.</source>
        <translation>De nije pinkoade is bewarre. Brûk him fan no ôf.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/settings_section.py" line="286"/>
        <source>The PIN could not be saved: %1</source>
        <translation>De pinkoade koe net bewarre wurde: %1</translation>
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
        <translation>No live: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="260"/>
        <source>Try it (3 min)</source>
        <translation>Besykje it (3 min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="261"/>
        <source>No sign-in needed</source>
        <translation>Oanmelde is net nedich</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="263"/>
        <source>I&apos;m a trainee: sign in</source>
        <translation>Ik bin dielnimmer: oanmelde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="264"/>
        <source>Instructor</source>
        <translation>Dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="273"/>
        <source>Be the first to try it today!</source>
        <translation>Besykje it hjoed as earste!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="275"/>
        <source>1 visitor tried it today</source>
        <translation>Hjoed hat 1 besiker it besocht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="277"/>
        <source>%1 visitors tried it today</source>
        <translation>Hjoed hawwe %1 besikers it besocht</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="145"/>
        <source>For the instructor: {detail}</source>
        <translation>Foar de dosint: {detail}</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="255"/>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="257"/>
        <source>Sign in</source>
        <translation>Oanmelde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="256"/>
        <source>Type your trainee code or scan your card.</source>
        <translation>Typ dyn dielnimmerskoade of scan dyn kaart.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="258"/>
        <source>Clear</source>
        <translation>Wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="259"/>
        <source>Delete the last character</source>
        <translation>It lêste teken wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="264"/>
        <source>Checking…</source>
        <translation>Kontrolearje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="266"/>
        <source>That code is not known here. Check it, or ask your instructor.</source>
        <translation>Dizze koade is hjir net bekend. Kontrolearje him, of freegje dyn dosint.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="269"/>
        <source>A trainee code has 3 to 20 letters, digits or dashes (-), and does not start or end with a dash.</source>
        <translation>In dielnimmerskoade hat 3 oant 20 letters, sifers of streepkes (-), en begjint of einiget net mei in streepke.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="272"/>
        <source>Signing in does not work right now. Try again, or ask your instructor.</source>
        <translation>Oanmelde slagget no even net. Besykje it nochris, of freegje dyn dosint.</translation>
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
        <translation>Sortearwiksel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="300"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="301"/>
        <source>Rejected</source>
        <translation>Ôfkard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="302"/>
        <source>In</source>
        <translation>Yn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="303"/>
        <source>Not live</source>
        <translation>Net live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="304"/>
        <source>Showing the last known values</source>
        <translation>De lêst bekende wearden wurde toand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="305"/>
        <source>Waiting for the cell…</source>
        <translation>Wachtsje op de sel…</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="304"/>
        <source>Image not found: {name}</source>
        <translation>Ôfbylding net fûn: {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="344"/>
        <source>Step {n} of {total}</source>
        <translation>Stap {n} fan {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="354"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation>Noch net yn dyn taal skreaun; hjir yn it {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="359"/>
        <source>Stop module</source>
        <translation>Module stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation>Dizze module stopje? It wurdt fêstlein as stoppe.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>Yes, stop</source>
        <translation>Ja, stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="607"/>
        <source>No, go on</source>
        <translation>Nee, gean troch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="369"/>
        <source>Finish</source>
        <translation>Ôfslute</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="360"/>
        <source>Skip step (no points)</source>
        <translation>Stap oerslaan (gjin punten)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="360"/>
        <source>Skip step</source>
        <translation>Stap oerslaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="369"/>
        <source>Next</source>
        <translation>Folgjende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="415"/>
        <source>Time left</source>
        <translation>Tiid oer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="426"/>
        <source>Time for this step: {time}</source>
        <translation>Tiid foar dizze stap: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>Preparing the cell…</source>
        <translation>De sel wurdt klearmakke…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>The step starts when the cell is ready.</source>
        <translation>De stap begjint as de sel klear is.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="439"/>
        <source>{points} of {max} points</source>
        <translation>{points} fan {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="443"/>
        <source>Right</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="443"/>
        <source>Passed</source>
        <translation>Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="446"/>
        <source>Done</source>
        <translation>Klear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="449"/>
        <source>Timed out</source>
        <translation>Tiid om</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="450"/>
        <source>Given up</source>
        <translation>Opjûn</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="451"/>
        <source>Wrong</source>
        <translation>Ferkeard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="452"/>
        <source>Not passed</source>
        <translation>Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="455"/>
        <source>Waived</source>
        <translation>Frijsteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="459"/>
        <source>Read</source>
        <translation>Lêze</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="459"/>
        <source>Tap Next when you are ready.</source>
        <translation>Tik op Folgjende as do klear bist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="462"/>
        <source>Answers are judged once the cell&apos;s values are live.</source>
        <translation>Antwurden wurde beoardiele sa gau as de wearden fan &apos;e sel live binne.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="465"/>
        <source>Your answer</source>
        <translation>Dyn antwurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="465"/>
        <source>Waiting for your answer.</source>
        <translation>Wachtsje op dyn antwurd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="462"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="479"/>
        <source>No live values</source>
        <translation>Gjin live wearden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="479"/>
        <source>The check waits for live values from the cell.</source>
        <translation>De kontrôle wachtet op live wearden fan &apos;e sel.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="486"/>
        <source>Waiting</source>
        <translation>Wachtsje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="486"/>
        <source>Do what the step asks: the kiosk checks it on the cell.</source>
        <translation>Doch wat de stap freget: de kiosk kontrolearret it op &apos;e sel.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="492"/>
        <source>{done} of {target}</source>
        <translation>{done} fan {target}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="495"/>
        <source>Holding: {done} of {target} s</source>
        <translation>Hâlde: {done} fan {target} s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="507"/>
        <source>Hint {n}: {text}</source>
        <translation>Hint {n}: {text}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="512"/>
        <source>No more hints</source>
        <translation>Gjin hints mear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="518"/>
        <source>Hint in {time}</source>
        <translation>Hint oer {time}</translation>
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
        <translation>Goed: dat is wat de sel sjen lit.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="534"/>
        <source>Not close enough, and no tries left.</source>
        <translation>Der net ticht genôch by, en gjin besykjen mear oer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="536"/>
        <source>Not close enough. Look again. Tries left: {n}</source>
        <translation>Der net ticht genôch by. Sjoch nochris. Besykjen oer: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="538"/>
        <source>The cell&apos;s value is not live right now, so your answer was not judged. Try again.</source>
        <translation>De wearde fan &apos;e sel is no net live, dus dyn antwurd is net beoardiele. Besykje it nochris.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="540"/>
        <source>Read the value on the cell and type it in.</source>
        <translation>Lês de wearde op &apos;e sel ôf en typ him yn.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="542"/>
        <source>Tries: {n}</source>
        <translation>Besykjen: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="606"/>
        <source>Skip this step? You get no points for it.</source>
        <translation>Dizze stap oerslaan? Do krijst der gjin punten foar.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="606"/>
        <source>Skip this step?</source>
        <translation>Dizze stap oerslaan?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="607"/>
        <source>Yes, skip</source>
        <translation>Ja, oerslaan</translation>
    </message>
</context>
<context>
    <name>TraineePanel</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="171"/>
        <source>Hello {name}</source>
        <translation>Hoi {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="173"/>
        <source>Signed in as {code}</source>
        <translation>Oanmeld as {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="174"/>
        <source>Reading your records…</source>
        <translation>Dyn gegevens wurde laden…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="175"/>
        <source>Sign out</source>
        <translation>Ôfmelde</translation>
    </message>
</context>
<context>
    <name>TraineesSection</name>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="209"/>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="216"/>
        <source>Trainees</source>
        <translation>Dielnimmers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="217"/>
        <source>Search code, name or group</source>
        <translation>Sykje op koade, namme of groep</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <source>Code</source>
        <translation>Koade</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="221"/>
        <source>Name</source>
        <translation>Namme</translation>
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
        <translation>Besykjen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="219"/>
        <source>Last activity</source>
        <translation>Lêste aktiviteit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="223"/>
        <source>no name</source>
        <translation>gjin namme</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="224"/>
        <source>no group</source>
        <translation>gjin groep</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="225"/>
        <source>Save</source>
        <translation>Bewarje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="226"/>
        <source>Print sign-in card</source>
        <translation>Oanmeldkaart printsje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="227"/>
        <source>Erase…</source>
        <translation>Wiskje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="228"/>
        <source>Add a trainee</source>
        <translation>Dielnimmer tafoegje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="229"/>
        <source>Code, e.g. T-1001</source>
        <translation>Koade, bygelyks T-1001</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="230"/>
        <source>Name (optional)</source>
        <translation>Namme (opsjoneel)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="231"/>
        <source>Group (optional)</source>
        <translation>Groep (opsjoneel)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="232"/>
        <source>Add</source>
        <translation>Tafoegje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="286"/>
        <source>Could not read the trainees: {reason}</source>
        <translation>De dielnimmers koene net lêzen wurde: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="309"/>
        <source>Select a trainee in the list to change or erase them.</source>
        <translation>Selektearje in dielnimmer yn &apos;e list om dy te feroarjen of te wiskjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="324"/>
        <source>Type a name for {code}. To remove the name, erase the trainee.</source>
        <translation>Typ in namme foar {code}. Wolsto de namme fuorthelje, wiskje dan de dielnimmer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="332"/>
        <source>Nothing changed for {code}.</source>
        <translation>Neat feroare foar {code}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="345"/>
        <source>{code} was no longer in the list.</source>
        <translation>{code} stie net mear yn &apos;e list.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="347"/>
        <source>Saved the changes for {code}.</source>
        <translation>De wizigings foar {code} binne bewarre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="358"/>
        <source>Choose the folder for the sign-in card</source>
        <translation>Kies de map foar de oanmeldkaart</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="374"/>
        <source>The sign-in card of {code} is in {path}</source>
        <translation>De oanmeldkaart fan {code} stiet yn {path}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="378"/>
        <source>Could not write the sign-in card: {reason}</source>
        <translation>De oanmeldkaart koe net skreaun wurde: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="393"/>
        <source>Erase {name} ({code})? Their name goes, their results stay under a random pseudonym. This cannot be undone.</source>
        <translation>{name} ({code}) wiskje? De namme ferdwynt, de resultaten bliuwe bewarre ûnder in willekeurich pseudonym. Dit kin net ûngedien makke wurde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="398"/>
        <source>Erase {code}? Their results stay under a random pseudonym. This cannot be undone.</source>
        <translation>{code} wiskje? De resultaten bliuwe bewarre ûnder in willekeurich pseudonym. Dit kin net ûngedien makke wurde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="400"/>
        <source>Yes, erase</source>
        <translation>Ja, wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="400"/>
        <source>No, keep</source>
        <translation>Nee, hâlde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="423"/>
        <source>{code} is erased. Their results are kept under {pseudonym}.</source>
        <translation>{code} is wiske. De resultaten binne bewarre ûnder {pseudonym}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="444"/>
        <source>Type the trainee&apos;s code first (for example T-1001).</source>
        <translation>Typ earst de koade fan &apos;e dielnimmer (bygelyks T-1001).</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="446"/>
        <source>{code}: codes starting with {prefix} stand for erased trainees.</source>
        <translation>{code}: koades dy&apos;t mei {prefix} begjinne, steane foar wiske dielnimmers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="451"/>
        <source>{code} is not a trainee code. A trainee code has 3 to 20 letters, digits or dashes (-), and does not start or end with a dash.</source>
        <translation>{code} is gjin dielnimmerskoade. In dielnimmerskoade hat 3 oant 20 letters, sifers of streepkes (-), en begjint of einiget net mei in streepke.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="473"/>
        <source>{code} is already in the list; select it there to change it.</source>
        <translation>{code} stiet al yn &apos;e list; selektearje it dêr om it te feroarjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="481"/>
        <source>Added {code}.</source>
        <translation>{code} tafoege.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="489"/>
        <source>Nothing was saved: {reason}</source>
        <translation>Der is neat bewarre: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="494"/>
        <source>Saving…</source>
        <translation>Bewarje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="519"/>
        <source>1 trainee</source>
        <translation>1 dielnimmer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="521"/>
        <source>{total} trainees</source>
        <translation>{total} dielnimmers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="523"/>
        <source>{shown} of {total} trainees</source>
        <translation>{shown} fan {total} dielnimmers</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor/trainees_section.py" line="535"/>
        <source>Records are off on this kiosk (the records file could not be opened): no trainees to show.</source>
        <translation>De gegevens steane út op dizze kiosk (it gegevensbestân koe net iepene wurde): gjin dielnimmers om sjen te litten.</translation>
    </message>
</context>
<context>
    <name>UnfinishedCard</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="67"/>
        <source>step {n} of {total}</source>
        <translation>stap {n} fan {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="69"/>
        <source>{raw} of {top} points so far</source>
        <translation>{raw} fan {top} punten oant no ta</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="73"/>
        <source>Not finished: {title}, {where}</source>
        <translation>Net ôfmakke: {title}, {where}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="74"/>
        <source>Continue</source>
        <translation>Trochgean</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="75"/>
        <source>Tap again to stop it</source>
        <translation>Tik nochris om te stopjen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="75"/>
        <source>Stop it</source>
        <translation>Stopje</translation>
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
