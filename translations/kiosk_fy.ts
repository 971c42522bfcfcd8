<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fy_NL">
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="41"/>
        <source>Connecting to {cell}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="43"/>
        <source>No connection with {cell}. The values shown are not current. Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/connection_banner.py" line="45"/>
        <source>Not connected to {cell}.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="284"/>
        <source>Done.</source>
        <translation>Klear.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="284"/>
        <source>Not done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="275"/>
        <source>This module is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="276"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="277"/>
        <source>No attempts left at this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="397"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="412"/>
        <source>No step is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="400"/>
        <source>This step offers no such control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="268"/>
        <source>{seconds} s left for this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="269"/>
        <source>{minutes} min left for this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="271"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="273"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="278"/>
        <source>Time is up.</source>
        <translation>De tiid is om.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="279"/>
        <source>A hint is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabWords</name>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="19"/>
        <source>Taster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="20"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="21"/>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="22"/>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="23"/>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="29"/>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="30"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="31"/>
        <source>Quiz</source>
        <translation>Kwis</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="32"/>
        <source>Observation</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="60"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="61"/>
        <source>Done</source>
        <translation>Klear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="62"/>
        <source>Passed</source>
        <translation type="unfinished">Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="63"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="64"/>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="65"/>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="75"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="76"/>
        <source>Wrong</source>
        <translation type="unfinished">Ferkeard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="77"/>
        <source>Skipped, no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/words.py" line="80"/>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachineStatePanel</name>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="70"/>
        <source>Machine state</source>
        <translation>Masinetastân</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="95"/>
        <source>pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="95"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="97"/>
        <source>closed</source>
        <translation>ticht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="97"/>
        <source>open</source>
        <translation>iepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="99"/>
        <source>none</source>
        <translation>gjin</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="210"/>
        <source>Live cell</source>
        <translation>Sel live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="211"/>
        <source>Lab modules</source>
        <translation>Labmodules</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="106"/>
        <source>Not available</source>
        <translation>Net beskikber</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="111"/>
        <source>(and {count} more)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/module_list.py" line="195"/>
        <source>No lab modules are installed on this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <location filename="../kiosk/ui/labs/keypad.py" line="118"/>
        <source>Delete the last character</source>
        <translation type="unfinished"></translation>
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
    <name>PreparingScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="80"/>
        <source>Preparing the cell for this module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="82"/>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="83"/>
        <source>Stop module</source>
        <translation>Module stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="87"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="87"/>
        <source>Yes, stop</source>
        <translation type="unfinished">Ja, stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="87"/>
        <source>No, go on</source>
        <translation type="unfinished">Nee, gean troch</translation>
    </message>
</context>
<context>
    <name>QualityMark</name>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="78"/>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="79"/>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/quality_mark.py" line="80"/>
        <source>bad</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>ResultScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="128"/>
        <source>Passed</source>
        <translation>Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="129"/>
        <source>Not passed</source>
        <translation>Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="130"/>
        <source>Completed</source>
        <translation>Ôfrûne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="131"/>
        <source>Stopped</source>
        <translation>Stoppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="132"/>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="139"/>
        <source>Score {percent}</source>
        <translation>Skoare {percent}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="141"/>
        <source>{points} of {max} points</source>
        <translation>{points} fan {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="147"/>
        <source>This module is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="150"/>
        <source>This module has no pass mark: finishing it is what counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="153"/>
        <source>Pass mark: {percent} of the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="159"/>
        <source>For the instructor: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="165"/>
        <source>Back to modules</source>
        <translation>Werom nei de modules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="166"/>
        <source>Try again</source>
        <translation>Nochris besykje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="173"/>
        <source>The time for this module ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="175"/>
        <source>Below the pass mark. Look at the steps below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="177"/>
        <source>The cell was not connected, so it could not be prepared. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="179"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="181"/>
        <source>The module was stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="187"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="188"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="189"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="190"/>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="191"/>
        <source>Hints</source>
        <translation>Hints</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="192"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="101"/>
        <source>This module has no safety statements. Tap Begin to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/safety_screen.py" line="110"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation type="unfinished">Noch net yn dyn taal skreaun; hjir yn it {language}.</translation>
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
    <name>SetpointEditor</name>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="123"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/controls_panel.py" line="130"/>
        <source>from {low} to {high}, steps of {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="303"/>
        <source>Image not found: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="339"/>
        <source>Step {n} of {total}</source>
        <translation>Stap {n} fan {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="349"/>
        <source>Not yet written in your language; shown in {language}.</source>
        <translation>Noch net yn dyn taal skreaun; hjir yn it {language}.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="354"/>
        <source>Stop module</source>
        <translation>Module stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="597"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="597"/>
        <source>Yes, stop</source>
        <translation>Ja, stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="597"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>No, go on</source>
        <translation>Nee, gean troch</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="364"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="355"/>
        <source>Skip step (no points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="355"/>
        <source>Skip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="364"/>
        <source>Next</source>
        <translation>Folgjende</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="410"/>
        <source>Time left</source>
        <translation>Tiid oer</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="421"/>
        <source>Time for this step: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="429"/>
        <source>Preparing the cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="429"/>
        <source>The step starts when the cell is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>{points} of {max} points</source>
        <translation>{points} fan {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="438"/>
        <source>Right</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="438"/>
        <source>Passed</source>
        <translation type="unfinished">Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="441"/>
        <source>Done</source>
        <translation>Klear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="444"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="445"/>
        <source>Given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="446"/>
        <source>Wrong</source>
        <translation>Ferkeard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="447"/>
        <source>Not passed</source>
        <translation type="unfinished">Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="450"/>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="454"/>
        <source>Read</source>
        <translation>Lêze</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="454"/>
        <source>Tap Next when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="457"/>
        <source>Answers are judged once the cell&apos;s values are live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="460"/>
        <source>Your answer</source>
        <translation>Dyn antwurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="460"/>
        <source>Waiting for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="457"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="474"/>
        <source>No live values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="474"/>
        <source>The check waits for live values from the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="481"/>
        <source>Waiting</source>
        <translation>Wachtsje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="481"/>
        <source>Do what the step asks: the kiosk checks it on the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="487"/>
        <source>{done} of {target}</source>
        <translation>{done} fan {target}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="490"/>
        <source>Holding: {done} of {target} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="502"/>
        <source>Hint {n}: {text}</source>
        <translation>Hint {n}: {text}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="507"/>
        <source>No more hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="513"/>
        <source>Hint in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="515"/>
        <source>Hint (−{cost})</source>
        <translation>Hint (−{cost})</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="517"/>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="527"/>
        <source>Right: that is what the cell shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="529"/>
        <source>Not close enough, and no tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="531"/>
        <source>Not close enough. Look again. Tries left: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="533"/>
        <source>The cell&apos;s value is not live right now, so your answer was not judged. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="535"/>
        <source>Read the value on the cell and type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="537"/>
        <source>Tries: {n}</source>
        <translation>Besykjen: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="601"/>
        <source>Skip this step? You get no points for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="601"/>
        <source>Skip this step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="602"/>
        <source>Yes, skip</source>
        <translation type="unfinished"></translation>
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
        <translation>nee</translation>
    </message>
</context>
</TS>
