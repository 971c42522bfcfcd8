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
    <name>FirstPinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="505"/>
        <source>Choose the instructor PIN</source>
        <translation>Kies de pincode van de docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="509"/>
        <source>Instructors need this PIN to leave the kiosk or change its settings. Type 4 to 8 digits that only instructors know.</source>
        <translation>Docenten hebben deze pincode nodig om de kiosk te verlaten of de instellingen te wijzigen. Typ 4 tot 8 cijfers die alleen docenten kennen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="514"/>
        <source>Type the same PIN again.</source>
        <translation>Typ dezelfde pincode nog een keer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="519"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="520"/>
        <source>The instructor PIN is saved.</source>
        <translation>De pincode van de docent is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="521"/>
        <source>The two PINs were not the same. Start again.</source>
        <translation>De twee pincodes waren niet gelijk. Begin opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="523"/>
        <source>An instructor PIN is already set. It can be changed only on the computer itself.</source>
        <translation>Er is al een pincode voor de docent ingesteld. Die kan alleen op de computer zelf worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="525"/>
        <source>The PIN could not be saved. Try again, or check the computer&apos;s disk.</source>
        <translation>De pincode kon niet worden opgeslagen. Probeer het opnieuw of controleer de schijf van de computer.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="526"/>
        <source>Still busy. Wait a moment and try again.</source>
        <translation>Nog bezig. Wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="527"/>
        <source>A PIN has digits only.</source>
        <translation>Een pincode bestaat alleen uit cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="528"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>Een pincode heeft minstens 4 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="529"/>
        <source>A PIN has at most 8 digits.</source>
        <translation>Een pincode heeft hoogstens 8 cijfers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="531"/>
        <source>All digits are the same (like 0000). That is one of the first PINs anyone tries. Choose another.</source>
        <translation>Alle cijfers zijn gelijk (zoals 0000). Dat is een van de eerste pincodes die iedereen probeert. Kies een andere.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="534"/>
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
        <location filename="../kiosk/ui/idle_overlay.py" line="76"/>
        <source>In {seconds} s you are signed out. Your progress is saved.</source>
        <translation>Over {seconds} s word je afgemeld. Je voortgang is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="79"/>
        <source>In {seconds} s the kiosk goes back to the start.</source>
        <translation>Over {seconds} s gaat de kiosk terug naar het startscherm.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="81"/>
        <source>I&apos;m still here</source>
        <translation>Ik ben er nog</translation>
    </message>
</context>
<context>
    <name>InstructorPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="41"/>
        <source>Instructor</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="43"/>
        <source>The kiosk is unlocked. It locks again at the start, or after two minutes untouched.</source>
        <translation>De kiosk is ontgrendeld. Hij wordt weer vergrendeld op het startscherm, of als hij twee minuten niet is aangeraakt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="45"/>
        <source>Lock and go back to the start</source>
        <translation>Vergrendelen en terug naar het startscherm</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="46"/>
        <source>Close the kiosk app</source>
        <translation>Kioskapp afsluiten</translation>
    </message>
</context>
<context>
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="295"/>
        <source>This module is not available.</source>
        <translation>Deze module is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="296"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation>Deze module hoort bij een cel die deze kiosk niet heeft.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="297"/>
        <source>No attempts left at this module.</source>
        <translation>Je hebt geen pogingen meer voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="488"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="503"/>
        <source>No step is running.</source>
        <translation>Er loopt geen stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="491"/>
        <source>This step offers no such control.</source>
        <translation>Die bediening hoort niet bij deze stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="288"/>
        <source>{seconds} s left for this module.</source>
        <translation>Nog {seconds} s voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="289"/>
        <source>{minutes} min left for this module.</source>
        <translation>Nog {minutes} min voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="291"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>De cel kon niet worden klaargezet voor deze module. Vraag een docent om hulp.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="293"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>De cel is niet verbonden, dus hij kon niet worden klaargezet. Probeer het opnieuw als de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="298"/>
        <source>Time is up.</source>
        <translation>De tijd is om.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="299"/>
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
    <name>MachineStatePanel</name>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="121"/>
        <source>Machine state</source>
        <translation>Machinetoestand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="154"/>
        <source>pressed</source>
        <translation>ingedrukt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="154"/>
        <source>released</source>
        <translation>vrij</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="156"/>
        <source>closed</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="156"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="158"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="401"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="402"/>
        <source>Live cell</source>
        <translation>Live cel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="403"/>
        <source>Lab modules</source>
        <translation>Labmodules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="415"/>
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
        <location filename="../kiosk/ui/pin_screen.py" line="248"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="249"/>
        <source>Delete the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="251"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="417"/>
        <source>Instructor PIN</source>
        <translation>Pincode docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="419"/>
        <source>Type the instructor PIN to leave the kiosk.</source>
        <translation>Typ de pincode van de docent om de kiosk te verlaten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="421"/>
        <source>Type the instructor PIN to change the settings.</source>
        <translation>Typ de pincode van de docent om de instellingen te wijzigen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="423"/>
        <source>Type the instructor PIN.</source>
        <translation>Typ de pincode van de docent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="428"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="430"/>
        <source>Wrong PIN. Tries left before the PIN locks: {n}</source>
        <translation>Verkeerde pincode. Pogingen over voordat de pincode blokkeert: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="432"/>
        <source>Too many wrong tries. You can try again in {time}.</source>
        <translation>Te veel verkeerde pogingen. Je kunt het over {time} opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="437"/>
        <source>The PIN cannot be checked, so the kiosk stays locked. Someone with access to this computer can set a new PIN with: kiosk instructor set-pin</source>
        <translation>De pincode kan niet worden gecontroleerd, dus de kiosk blijft vergrendeld. Iemand met toegang tot deze computer kan een nieuwe pincode instellen met: kiosk instructor set-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="441"/>
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
        <location filename="../kiosk/ui/labs/replay_screen.py" line="715"/>
        <source>Step shown</source>
        <translation>Stap getoond</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="742"/>
        <source>Hint {number} taken</source>
        <translation>Hint {number} genomen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="744"/>
        <source>(costs {percent} of the step&apos;s points)</source>
        <translation>(kost {percent} van de punten van de stap)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="751"/>
        <source>Right answer: {answer}</source>
        <translation>Goed antwoord: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="751"/>
        <source>Wrong answer: {answer}</source>
        <translation>Fout antwoord: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="755"/>
        <source>(the cell showed {value})</source>
        <translation>(de cel gaf {value} aan)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="761"/>
        <source>Step passed: {points} of {max} points</source>
        <translation>Stap gehaald: {points} van {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="764"/>
        <source>Step passed</source>
        <translation>Stap gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="767"/>
        <source>Step failed: the time ran out</source>
        <translation>Stap niet gehaald: de tijd was op</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="768"/>
        <source>Step failed: wrong answer</source>
        <translation>Stap niet gehaald: fout antwoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="769"/>
        <source>Step failed: skipped</source>
        <translation>Stap niet gehaald: overgeslagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="770"/>
        <source>Step failed</source>
        <translation>Stap niet gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="773"/>
        <source>Step waived by an instructor</source>
        <translation>Stap vrijgesteld door een docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="775"/>
        <source>Paused for {duration} (the kiosk stopped, or the trainee left), then continued</source>
        <translation>{duration} onderbroken (de kiosk stopte, of de deelnemer ging weg), daarna verder gegaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="779"/>
        <source>Attempt ended: {outcome}</source>
        <translation>Poging beëindigd: {outcome}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="152"/>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="153"/>
        <source>Not passed</source>
        <translation>Niet geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="154"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="155"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="156"/>
        <source>Waived</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="163"/>
        <source>Score {percent}</source>
        <translation>Score {percent}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="165"/>
        <source>{points} of {max} points</source>
        <translation>{points} van {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="171"/>
        <source>This module is not scored.</source>
        <translation>Deze module krijgt geen score.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="174"/>
        <source>This module has no pass mark: finishing it is what counts.</source>
        <translation>Voor deze module hoef je geen score te halen: afronden is wat telt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="177"/>
        <source>Pass mark: {percent} of the points.</source>
        <translation>Geslaagd vanaf {percent} van de punten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="183"/>
        <source>For the instructor: {reason}</source>
        <translation>Voor de docent: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="189"/>
        <source>Back to modules</source>
        <translation>Terug naar modules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="190"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="193"/>
        <source>Replay</source>
        <translation>Terugkijken</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="199"/>
        <source>The time for this module ran out.</source>
        <translation>De tijd voor deze module was op.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="201"/>
        <source>Below the pass mark. Look at the steps below and try again.</source>
        <translation>Te weinig punten om te slagen. Bekijk de stappen hieronder en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="203"/>
        <source>The cell was not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>De cel was niet verbonden, dus hij kon niet worden klaargezet. Probeer het opnieuw als de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="205"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>De cel kon niet worden klaargezet voor deze module. Vraag een docent om hulp.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="207"/>
        <source>The module was stopped before the end.</source>
        <translation>De module is gestopt voor het einde.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="213"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="214"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="215"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="216"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="217"/>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="218"/>
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
        <location filename="../kiosk/ui/labs/save_indicator.py" line="39"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="40"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="41"/>
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
    <name>ShowcaseScreen</name>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="256"/>
        <source>Smart Industry Hub Noord-Nederland · Demonstration &amp; Skills Lab</source>
        <translation>Smart Industry Hub Noord-Nederland · Demonstration &amp; Skills Lab</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="258"/>
        <source>Live now: %1</source>
        <translation>Nu live: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="259"/>
        <source>Try it (3 min)</source>
        <translation>Probeer het (3 min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="260"/>
        <source>No sign-in needed</source>
        <translation>Aanmelden is niet nodig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="262"/>
        <source>I&apos;m a trainee: sign in</source>
        <translation>Ik ben deelnemer: aanmelden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="263"/>
        <source>Instructor</source>
        <translation>Docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="272"/>
        <source>Be the first to try it today!</source>
        <translation>Probeer het vandaag als eerste!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="274"/>
        <source>1 visitor tried it today</source>
        <translation>Vandaag probeerde 1 bezoeker het</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="276"/>
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
        <location filename="../kiosk/ui/showcase/mimic.py" line="309"/>
        <source>Colour sensor</source>
        <translation>Kleursensor</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="310"/>
        <source>Diverter</source>
        <translation>Sorteerwissel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="311"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="312"/>
        <source>Rejected</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="313"/>
        <source>In</source>
        <translation>Invoer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="314"/>
        <source>Not live</source>
        <translation>Niet live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="315"/>
        <source>Showing the last known values</source>
        <translation>Je ziet de laatst bekende waarden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="316"/>
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
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="164"/>
        <source>Hello {name}</source>
        <translation>Hallo {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="166"/>
        <source>Signed in as {code}</source>
        <translation>Aangemeld als {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="167"/>
        <source>Reading your records…</source>
        <translation>Je gegevens worden geladen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="168"/>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
</context>
<context>
    <name>UnfinishedCard</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="64"/>
        <source>step {n} of {total}</source>
        <translation>stap {n} van {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="66"/>
        <source>{raw} of {top} points so far</source>
        <translation>{raw} van {top} punten tot nu toe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="70"/>
        <source>Not finished: {title}, {where}</source>
        <translation>Niet afgemaakt: {title}, {where}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="71"/>
        <source>Continue</source>
        <translation>Verdergaan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="72"/>
        <source>Tap again to stop it</source>
        <translation>Tik nog een keer om te stoppen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="72"/>
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
