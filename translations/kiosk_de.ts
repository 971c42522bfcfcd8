<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="275"/>
        <source>This module is not available.</source>
        <translation>Dieses Modul ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="276"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation>Dieses Modul braucht eine Anlage, die dieser Kiosk nicht hat.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="277"/>
        <source>No attempts left at this module.</source>
        <translation>Du hast keine Versuche mehr für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="397"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="412"/>
        <source>No step is running.</source>
        <translation>Es läuft kein Schritt.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="400"/>
        <source>This step offers no such control.</source>
        <translation>Diese Bedienung gehört nicht zu diesem Schritt.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="268"/>
        <source>{seconds} s left for this module.</source>
        <translation>Noch {seconds} s für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="269"/>
        <source>{minutes} min left for this module.</source>
        <translation>Noch {minutes} min für dieses Modul.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="271"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>Die Anlage konnte für dieses Modul nicht vorbereitet werden. Frag eine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="273"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>Die Anlage ist nicht verbunden und konnte deshalb nicht vorbereitet werden. Versuche es noch einmal, wenn die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="278"/>
        <source>Time is up.</source>
        <translation>Die Zeit ist um.</translation>
    </message>
    <message>
        <source>The cell could not be prepared: {reason}</source>
        <translation type="vanished">Die Anlage konnte nicht vorbereitet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="279"/>
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
        <location filename="../kiosk/ui/machine_state.py" line="70"/>
        <source>Machine state</source>
        <translation>Maschinenzustand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="95"/>
        <source>pressed</source>
        <translation>gedrückt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="95"/>
        <source>released</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="97"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="97"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="99"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="210"/>
        <source>Live cell</source>
        <translation>Anlage live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="211"/>
        <source>Lab modules</source>
        <translation>Labormodule</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="215"/>
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
    <name>PreparingScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="80"/>
        <source>Preparing the cell for this module…</source>
        <translation>Die Anlage wird für dieses Modul vorbereitet…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="82"/>
        <source>{done} of {total} done</source>
        <translation>{done} von {total} erledigt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="83"/>
        <source>Stop module</source>
        <translation>Modul abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="87"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation>Dieses Modul abbrechen? Es wird als abgebrochen gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="87"/>
        <source>Yes, stop</source>
        <translation>Ja, abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="87"/>
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
    <name>ResultScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="128"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="129"/>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="130"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="131"/>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="132"/>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="139"/>
        <source>Score {percent}</source>
        <translation>Ergebnis {percent}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="141"/>
        <source>{points} of {max} points</source>
        <translation>{points} von {max} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="147"/>
        <source>This module is not scored.</source>
        <translation>Dieses Modul wird nicht bewertet.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="150"/>
        <source>This module has no pass mark: finishing it is what counts.</source>
        <translation>Dieses Modul hat keine Bestehensgrenze: Es zählt, dass du es abschließt.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="153"/>
        <source>Pass mark: {percent} of the points.</source>
        <translation>Bestanden ab {percent} der Punkte.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="159"/>
        <source>For the instructor: {reason}</source>
        <translation>Für die Lehrkraft: {reason}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="165"/>
        <source>Back to modules</source>
        <translation>Zurück zu den Modulen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="166"/>
        <source>Try again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="173"/>
        <source>The time for this module ran out.</source>
        <translation>Die Zeit für dieses Modul ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="175"/>
        <source>Below the pass mark. Look at the steps below and try again.</source>
        <translation>Unter der Bestehensgrenze. Sieh dir die Schritte unten an und versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="177"/>
        <source>The cell was not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>Die Anlage war nicht verbunden und konnte deshalb nicht vorbereitet werden. Versuche es noch einmal, wenn die Verbindung wieder da ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="179"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>Die Anlage konnte für dieses Modul nicht vorbereitet werden. Frag eine Lehrkraft.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="181"/>
        <source>The module was stopped before the end.</source>
        <translation>Das Modul wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="187"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="188"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="189"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="190"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="191"/>
        <source>Hints</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="192"/>
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
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="303"/>
        <source>Image not found: {name}</source>
        <translation>Bild nicht gefunden: {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="339"/>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="349"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation>Noch nicht in deiner Sprache geschrieben; hier auf {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="354"/>
        <source>Stop module</source>
        <translation>Modul abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="597"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation>Dieses Modul abbrechen? Es wird als abgebrochen gespeichert.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="597"/>
        <source>Yes, stop</source>
        <translation>Ja, abbrechen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="597"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>No, go on</source>
        <translation>Nein, weiter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="364"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="355"/>
        <source>Skip step (no points)</source>
        <translation>Schritt überspringen (keine Punkte)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="355"/>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="364"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="410"/>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="421"/>
        <source>Time for this step: {time}</source>
        <translation>Zeit für diesen Schritt: {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="429"/>
        <source>Preparing the cell…</source>
        <translation>Die Anlage wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="429"/>
        <source>The step starts when the cell is ready.</source>
        <translation>Der Schritt beginnt, sobald die Anlage bereit ist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>{points} of {max} points</source>
        <translation>{points} von {max} Punkten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="438"/>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="438"/>
        <source>Passed</source>
        <translation>Geschafft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="441"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="444"/>
        <source>Timed out</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="445"/>
        <source>Given up</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="446"/>
        <source>Wrong</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="447"/>
        <source>Not passed</source>
        <translation>Nicht geschafft</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="450"/>
        <source>Waived</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="454"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="454"/>
        <source>Tap Next when you are ready.</source>
        <translation>Tippe auf Weiter, wenn du so weit bist.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="457"/>
        <source>Answers are judged once the cell&apos;s values are live.</source>
        <translation>Deine Antwort wird bewertet, sobald die Werte der Anlage wieder live sind.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="460"/>
        <source>Your answer</source>
        <translation>Deine Antwort</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="460"/>
        <source>Waiting for your answer.</source>
        <translation>Wartet auf deine Antwort.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="457"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="474"/>
        <source>No live values</source>
        <translation>Keine aktuellen Werte</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="474"/>
        <source>The check waits for live values from the cell.</source>
        <translation>Die Prüfung wartet auf aktuelle Werte der Anlage.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="481"/>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="481"/>
        <source>Do what the step asks: the kiosk checks it on the cell.</source>
        <translation>Tu, was der Schritt verlangt: Der Kiosk prüft es an der Anlage.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="487"/>
        <source>{done} of {target}</source>
        <translation>{done} von {target}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="490"/>
        <source>Holding: {done} of {target} s</source>
        <translation>Halten: {done} von {target} s</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="502"/>
        <source>Hint {n}: {text}</source>
        <translation>Tipp {n}: {text}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="507"/>
        <source>No more hints</source>
        <translation>Keine Tipps mehr</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="513"/>
        <source>Hint in {time}</source>
        <translation>Tipp in {time}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="515"/>
        <source>Hint (−{cost})</source>
        <translation>Tipp (−{cost})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="517"/>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="527"/>
        <source>Right: that is what the cell shows.</source>
        <translation>Richtig: Das zeigt die Anlage an.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="529"/>
        <source>Not close enough, and no tries left.</source>
        <translation>Nicht nah genug, und keine Versuche mehr.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="531"/>
        <source>Not close enough. Look again. Tries left: {n}</source>
        <translation>Nicht nah genug. Schau noch einmal genau hin. Versuche übrig: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="533"/>
        <source>The cell&apos;s value is not live right now, so your answer was not judged. Try again.</source>
        <translation>Der Wert der Anlage ist gerade nicht aktuell, deshalb wurde deine Antwort nicht bewertet. Versuch es noch einmal.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="535"/>
        <source>Read the value on the cell and type it in.</source>
        <translation>Lies den Wert an der Anlage ab und tippe ihn ein.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="537"/>
        <source>Tries: {n}</source>
        <translation>Versuche: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="601"/>
        <source>Skip this step? You get no points for it.</source>
        <translation>Diesen Schritt überspringen? Du bekommst keine Punkte dafür.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="601"/>
        <source>Skip this step?</source>
        <translation>Diesen Schritt überspringen?</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>Yes, skip</source>
        <translation>Ja, überspringen</translation>
    </message>
</context>
<context>
    <name>ValueTile</name>
    <message>
        <location filename="../kiosk/ui/value_tile.py" line="77"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/value_tile.py" line="77"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
</TS>
