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
    <name>FirstPinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="505"/>
        <source>Choose the instructor PIN</source>
        <translation>Wähle die PIN der Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="509"/>
        <source>Instructors need this PIN to leave the kiosk or change its settings. Type 4 to 8 digits that only instructors know.</source>
        <translation>Lehrkräfte brauchen diese PIN, um den Kiosk zu verlassen oder seine Einstellungen zu ändern. Gib 4 bis 8 Ziffern ein, die nur Lehrkräfte kennen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="514"/>
        <source>Type the same PIN again.</source>
        <translation>Gib dieselbe PIN noch einmal ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="519"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="520"/>
        <source>The instructor PIN is saved.</source>
        <translation>Die PIN der Lehrkraft ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="521"/>
        <source>The two PINs were not the same. Start again.</source>
        <translation>Die beiden PINs waren nicht gleich. Fang noch einmal an.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="523"/>
        <source>An instructor PIN is already set. It can be changed only on the computer itself.</source>
        <translation>Es ist bereits eine PIN für die Lehrkraft festgelegt. Sie kann nur am Computer selbst geändert werden.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="525"/>
        <source>The PIN could not be saved. Try again, or check the computer&apos;s disk.</source>
        <translation>Die PIN konnte nicht gespeichert werden. Versuch es noch einmal oder prüfe den Datenträger des Computers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="526"/>
        <source>Still busy. Wait a moment and try again.</source>
        <translation>Noch beschäftigt. Warte einen Moment und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="527"/>
        <source>A PIN has digits only.</source>
        <translation>Eine PIN besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="528"/>
        <source>A PIN has at least 4 digits.</source>
        <translation>Eine PIN hat mindestens 4 Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="529"/>
        <source>A PIN has at most 8 digits.</source>
        <translation>Eine PIN hat höchstens 8 Ziffern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="531"/>
        <source>All digits are the same (like 0000). That is one of the first PINs anyone tries. Choose another.</source>
        <translation>Alle Ziffern sind gleich (wie 0000). Das ist eine der ersten PINs, die jeder ausprobiert. Wähle eine andere.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="534"/>
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
        <location filename="../kiosk/ui/idle_overlay.py" line="76"/>
        <source>In {seconds} s you are signed out. Your progress is saved.</source>
        <translation>In {seconds} s wirst du abgemeldet. Dein Fortschritt ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="79"/>
        <source>In {seconds} s the kiosk goes back to the start.</source>
        <translation>In {seconds} s kehrt der Kiosk zum Startbildschirm zurück.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="81"/>
        <source>I&apos;m still here</source>
        <translation>Ich bin noch da</translation>
    </message>
</context>
<context>
    <name>InstructorPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="41"/>
        <source>Instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="43"/>
        <source>The kiosk is unlocked. It locks again at the start, or after two minutes untouched.</source>
        <translation>Der Kiosk ist entsperrt. Er wird auf dem Startbildschirm wieder gesperrt oder wenn er zwei Minuten lang nicht berührt wird.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="45"/>
        <source>Lock and go back to the start</source>
        <translation>Sperren und zurück zum Startbildschirm</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="46"/>
        <source>Close the kiosk app</source>
        <translation>Kiosk-App schließen</translation>
    </message>
</context>
<context>
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="295"/>
        <source>This module is not available.</source>
        <translation>Dieses Modul ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="296"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation>Dieses Modul braucht eine Anlage, die dieser Kiosk nicht hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="297"/>
        <source>No attempts left at this module.</source>
        <translation>Du hast keine Versuche mehr für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="488"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="503"/>
        <source>No step is running.</source>
        <translation>Es läuft kein Schritt.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="491"/>
        <source>This step offers no such control.</source>
        <translation>Diese Bedienung gehört nicht zu diesem Schritt.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="288"/>
        <source>{seconds} s left for this module.</source>
        <translation>Noch {seconds} s für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="289"/>
        <source>{minutes} min left for this module.</source>
        <translation>Noch {minutes} min für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="291"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>Die Anlage konnte für dieses Modul nicht vorbereitet werden. Frag eine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="293"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>Die Anlage ist nicht verbunden und konnte deshalb nicht vorbereitet werden. Versuche es noch einmal, wenn die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="298"/>
        <source>Time is up.</source>
        <translation>Die Zeit ist um.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="299"/>
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
    <name>MachineStatePanel</name>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="121"/>
        <source>Machine state</source>
        <translation>Maschinenzustand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="154"/>
        <source>pressed</source>
        <translation>gedrückt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="154"/>
        <source>released</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="156"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="156"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="158"/>
        <source>none</source>
        <translation>keine</translation>
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
        <translation>Anlage live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="403"/>
        <source>Lab modules</source>
        <translation>Labormodule</translation>
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
        <location filename="../kiosk/ui/pin_screen.py" line="248"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="249"/>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="251"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="417"/>
        <source>Instructor PIN</source>
        <translation>PIN der Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="419"/>
        <source>Type the instructor PIN to leave the kiosk.</source>
        <translation>Gib die PIN der Lehrkraft ein, um den Kiosk zu verlassen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="421"/>
        <source>Type the instructor PIN to change the settings.</source>
        <translation>Gib die PIN der Lehrkraft ein, um die Einstellungen zu ändern.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="423"/>
        <source>Type the instructor PIN.</source>
        <translation>Gib die PIN der Lehrkraft ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="428"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="430"/>
        <source>Wrong PIN. Tries left before the PIN locks: {n}</source>
        <translation>Falsche PIN. Versuche übrig, bevor die PIN gesperrt wird: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="432"/>
        <source>Too many wrong tries. You can try again in {time}.</source>
        <translation>Zu viele falsche Versuche. Du kannst es in {time} noch einmal versuchen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="437"/>
        <source>The PIN cannot be checked, so the kiosk stays locked. Someone with access to this computer can set a new PIN with: kiosk instructor set-pin</source>
        <translation>Die PIN kann nicht geprüft werden, daher bleibt der Kiosk gesperrt. Jemand mit Zugang zu diesem Computer kann mit folgendem Befehl eine neue PIN festlegen: kiosk instructor set-pin</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="441"/>
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
        <location filename="../kiosk/ui/labs/replay_screen.py" line="715"/>
        <source>Step shown</source>
        <translation>Schritt angezeigt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="742"/>
        <source>Hint {number} taken</source>
        <translation>Tipp {number} genommen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="744"/>
        <source>(costs {percent} of the step&apos;s points)</source>
        <translation>(kostet {percent} der Punkte des Schritts)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="751"/>
        <source>Right answer: {answer}</source>
        <translation>Richtige Antwort: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="751"/>
        <source>Wrong answer: {answer}</source>
        <translation>Falsche Antwort: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="755"/>
        <source>(the cell showed {value})</source>
        <translation>(die Anlage zeigte {value})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="761"/>
        <source>Step passed: {points} of {max} points</source>
        <translation>Schritt bestanden: {points} von {max} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="764"/>
        <source>Step passed</source>
        <translation>Schritt bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="767"/>
        <source>Step failed: the time ran out</source>
        <translation>Schritt nicht bestanden: die Zeit ist abgelaufen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="768"/>
        <source>Step failed: wrong answer</source>
        <translation>Schritt nicht bestanden: falsche Antwort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="769"/>
        <source>Step failed: skipped</source>
        <translation>Schritt nicht bestanden: übersprungen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="770"/>
        <source>Step failed</source>
        <translation>Schritt nicht bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="773"/>
        <source>Step waived by an instructor</source>
        <translation>Schritt von einer Lehrkraft erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="775"/>
        <source>Paused for {duration} (the kiosk stopped, or the trainee left), then continued</source>
        <translation>{duration} unterbrochen (der Kiosk hielt an oder der Teilnehmer ging), dann fortgesetzt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="779"/>
        <source>Attempt ended: {outcome}</source>
        <translation>Versuch beendet: {outcome}</translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="152"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="153"/>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="154"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="155"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="156"/>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="163"/>
        <source>Score {percent}</source>
        <translation>Ergebnis {percent}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="165"/>
        <source>{points} of {max} points</source>
        <translation>{points} von {max} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="171"/>
        <source>This module is not scored.</source>
        <translation>Dieses Modul wird nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="174"/>
        <source>This module has no pass mark: finishing it is what counts.</source>
        <translation>Dieses Modul hat keine Bestehensgrenze: Es zählt, dass du es abschließt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="177"/>
        <source>Pass mark: {percent} of the points.</source>
        <translation>Bestanden ab {percent} der Punkte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="183"/>
        <source>For the instructor: {reason}</source>
        <translation>Für die Lehrkraft: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="189"/>
        <source>Back to modules</source>
        <translation>Zurück zu den Modulen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="190"/>
        <source>Try again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="193"/>
        <source>Replay</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="199"/>
        <source>The time for this module ran out.</source>
        <translation>Die Zeit für dieses Modul ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="201"/>
        <source>Below the pass mark. Look at the steps below and try again.</source>
        <translation>Unter der Bestehensgrenze. Sieh dir die Schritte unten an und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="203"/>
        <source>The cell was not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>Die Anlage war nicht verbunden und konnte deshalb nicht vorbereitet werden. Versuche es noch einmal, wenn die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="205"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>Die Anlage konnte für dieses Modul nicht vorbereitet werden. Frag eine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="207"/>
        <source>The module was stopped before the end.</source>
        <translation>Das Modul wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="213"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="214"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="215"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="216"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="217"/>
        <source>Hints</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="218"/>
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
        <location filename="../kiosk/ui/labs/save_indicator.py" line="39"/>
        <source>✓ Saved</source>
        <translation>✓ Gespeichert</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="40"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="41"/>
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
    <name>ShowcaseScreen</name>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="256"/>
        <source>Smart Industry Hub Noord-Nederland · Demonstration &amp; Skills Lab</source>
        <translation>Smart Industry Hub Noord-Nederland · Demonstration &amp; Skills Lab</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="258"/>
        <source>Live now: %1</source>
        <translation>Jetzt live: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="259"/>
        <source>Try it (3 min)</source>
        <translation>Probier es aus (3 Min.)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="260"/>
        <source>No sign-in needed</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="262"/>
        <source>I&apos;m a trainee: sign in</source>
        <translation>Ich bin Teilnehmer: anmelden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="263"/>
        <source>Instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="272"/>
        <source>Be the first to try it today!</source>
        <translation>Sei heute die erste Person, die es ausprobiert!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="274"/>
        <source>1 visitor tried it today</source>
        <translation>Heute hat es 1 Person ausprobiert</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="276"/>
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
        <location filename="../kiosk/ui/showcase/mimic.py" line="309"/>
        <source>Colour sensor</source>
        <translation>Farbsensor</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="310"/>
        <source>Diverter</source>
        <translation>Sortierweiche</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="311"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="312"/>
        <source>Rejected</source>
        <translation>Ausschuss</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="313"/>
        <source>In</source>
        <translation>Zulauf</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="314"/>
        <source>Not live</source>
        <translation>Nicht live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="315"/>
        <source>Showing the last known values</source>
        <translation>Du siehst die letzten bekannten Werte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="316"/>
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
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="164"/>
        <source>Hello {name}</source>
        <translation>Hallo {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="166"/>
        <source>Signed in as {code}</source>
        <translation>Angemeldet als {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="167"/>
        <source>Reading your records…</source>
        <translation>Deine Daten werden geladen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="168"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>UnfinishedCard</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="64"/>
        <source>step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="66"/>
        <source>{raw} of {top} points so far</source>
        <translation>bisher {raw} von {top} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="70"/>
        <source>Not finished: {title}, {where}</source>
        <translation>Nicht beendet: {title}, {where}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="71"/>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="72"/>
        <source>Tap again to stop it</source>
        <translation>Zum Abbrechen noch einmal tippen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="72"/>
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
