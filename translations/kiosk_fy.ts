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
    <name>FirstPinScreen</name>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="505"/>
        <source>Choose the instructor PIN</source>
        <translation>Kies de pinkoade fan de dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="509"/>
        <source>Instructors need this PIN to leave the kiosk or change its settings. Type 4 to 8 digits that only instructors know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="514"/>
        <source>Type the same PIN again.</source>
        <translation>Typ deselde pinkoade nochris.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="519"/>
        <source>Saving…</source>
        <translation>Bewarje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="520"/>
        <source>The instructor PIN is saved.</source>
        <translation>De pinkoade fan de dosint is bewarre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="521"/>
        <source>The two PINs were not the same. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="523"/>
        <source>An instructor PIN is already set. It can be changed only on the computer itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="525"/>
        <source>The PIN could not be saved. Try again, or check the computer&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="526"/>
        <source>Still busy. Wait a moment and try again.</source>
        <translation>Noch dwaande. Wachtsje even en besykje it nochris.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="527"/>
        <source>A PIN has digits only.</source>
        <translation>In pinkoade hat allinne sifers.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="528"/>
        <source>A PIN has at least 4 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="529"/>
        <source>A PIN has at most 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="531"/>
        <source>All digits are the same (like 0000). That is one of the first PINs anyone tries. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="534"/>
        <source>The digits run straight up or down (like 1234 or 4321). That is one of the first PINs anyone tries. Choose another.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../kiosk/ui/idle_overlay.py" line="76"/>
        <source>In {seconds} s you are signed out. Your progress is saved.</source>
        <translation>Oer {seconds} s wurdsto ôfmeld. Dyn foarútgong is bewarre.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="79"/>
        <source>In {seconds} s the kiosk goes back to the start.</source>
        <translation>Oer {seconds} s giet de kiosk werom nei it begjin.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/idle_overlay.py" line="81"/>
        <source>I&apos;m still here</source>
        <translation>Ik bin der noch</translation>
    </message>
</context>
<context>
    <name>InstructorPanel</name>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="41"/>
        <source>Instructor</source>
        <translation>Dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="43"/>
        <source>The kiosk is unlocked. It locks again at the start, or after two minutes untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="45"/>
        <source>Lock and go back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/instructor_panel.py" line="46"/>
        <source>Close the kiosk app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="295"/>
        <source>This module is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="296"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="297"/>
        <source>No attempts left at this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="488"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="503"/>
        <source>No step is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="491"/>
        <source>This step offers no such control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="288"/>
        <source>{seconds} s left for this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="289"/>
        <source>{minutes} min left for this module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="291"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="293"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="298"/>
        <source>Time is up.</source>
        <translation>De tiid is om.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="299"/>
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
        <location filename="../kiosk/ui/machine_state.py" line="121"/>
        <source>Machine state</source>
        <translation>Masinetastân</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="154"/>
        <source>pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="154"/>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="156"/>
        <source>closed</source>
        <translation>ticht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="156"/>
        <source>open</source>
        <translation>iepen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="158"/>
        <source>none</source>
        <translation>gjin</translation>
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
        <translation>Sel live</translation>
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
        <translation type="unfinished">It lêste teken wiskje</translation>
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
        <location filename="../kiosk/ui/pin_screen.py" line="248"/>
        <source>Clear</source>
        <translation>Wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="249"/>
        <source>Delete the last digit</source>
        <translation>It lêste sifer wiskje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="251"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="417"/>
        <source>Instructor PIN</source>
        <translation>Pinkoade dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="419"/>
        <source>Type the instructor PIN to leave the kiosk.</source>
        <translation>Typ de pinkoade fan de dosint om de kiosk te ferlitten.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="421"/>
        <source>Type the instructor PIN to change the settings.</source>
        <translation>Typ de pinkoade fan de dosint om de ynstellingen te feroarjen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="423"/>
        <source>Type the instructor PIN.</source>
        <translation>Typ de pinkoade fan de dosint.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="428"/>
        <source>Checking…</source>
        <translation>Kontrolearje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="430"/>
        <source>Wrong PIN. Tries left before the PIN locks: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="432"/>
        <source>Too many wrong tries. You can try again in {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="437"/>
        <source>The PIN cannot be checked, so the kiosk stays locked. Someone with access to this computer can set a new PIN with: kiosk instructor set-pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/pin_screen.py" line="441"/>
        <source>No instructor PIN has been set yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreparingScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="90"/>
        <source>Preparing the cell for this module…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="92"/>
        <source>{done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="93"/>
        <source>Stop module</source>
        <translation>Module stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>Stop this module? It is recorded as stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
        <source>Yes, stop</source>
        <translation type="unfinished">Ja, stopje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="97"/>
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
    <name>RecordsOffPage</name>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="181"/>
        <source>Lab modules are closed on this kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="183"/>
        <source>The training records cannot be used, so no progress could be saved. Ask an instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/labs_screen.py" line="185"/>
        <source>For the instructor: {detail}</source>
        <translation type="unfinished">Foar de dosint: {detail}</translation>
    </message>
</context>
<context>
    <name>ReplayScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="613"/>
        <source>Back</source>
        <translation type="unfinished">Werom</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>Time</source>
        <translation type="unfinished">Tiid</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>Step</source>
        <translation type="unfinished">Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="619"/>
        <source>hint taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="620"/>
        <source>right answer</source>
        <translation type="unfinished">goed antwurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="621"/>
        <source>wrong answer or step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="622"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="623"/>
        <source>value not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="624"/>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="631"/>
        <source>Replay of an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="636"/>
        <source>Loading the attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="638"/>
        <source>This attempt could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="640"/>
        <source>No attempt chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="655"/>
        <source>Trainee {code} · {date} · took {duration}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="666"/>
        <source>Score {percent} ({points} of {max} points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="671"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="673"/>
        <source>No process values were recorded for this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="677"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="677"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="689"/>
        <source>Passed</source>
        <translation type="unfinished">Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="690"/>
        <source>Not passed</source>
        <translation type="unfinished">Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="691"/>
        <source>Completed</source>
        <translation type="unfinished">Ôfrûne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="692"/>
        <source>Stopped</source>
        <translation type="unfinished">Stoppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="693"/>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="694"/>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="715"/>
        <source>Step shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="742"/>
        <source>Hint {number} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="744"/>
        <source>(costs {percent} of the step&apos;s points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="751"/>
        <source>Right answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="751"/>
        <source>Wrong answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="755"/>
        <source>(the cell showed {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="761"/>
        <source>Step passed: {points} of {max} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="764"/>
        <source>Step passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="767"/>
        <source>Step failed: the time ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="768"/>
        <source>Step failed: wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="769"/>
        <source>Step failed: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="770"/>
        <source>Step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="773"/>
        <source>Step waived by an instructor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="775"/>
        <source>Paused for {duration} (the kiosk stopped, or the trainee left), then continued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="779"/>
        <source>Attempt ended: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="152"/>
        <source>Passed</source>
        <translation>Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="153"/>
        <source>Not passed</source>
        <translation>Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="154"/>
        <source>Completed</source>
        <translation>Ôfrûne</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="155"/>
        <source>Stopped</source>
        <translation>Stoppe</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="156"/>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="163"/>
        <source>Score {percent}</source>
        <translation>Skoare {percent}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="165"/>
        <source>{points} of {max} points</source>
        <translation>{points} fan {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="171"/>
        <source>This module is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="174"/>
        <source>This module has no pass mark: finishing it is what counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="177"/>
        <source>Pass mark: {percent} of the points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="183"/>
        <source>For the instructor: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="189"/>
        <source>Back to modules</source>
        <translation>Werom nei de modules</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="190"/>
        <source>Try again</source>
        <translation>Nochris besykje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="193"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="199"/>
        <source>The time for this module ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="201"/>
        <source>Below the pass mark. Look at the steps below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="203"/>
        <source>The cell was not connected, so it could not be prepared. Try again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="205"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="207"/>
        <source>The module was stopped before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="213"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="214"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/result_screen.py" line="215"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
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
    <name>SaveIndicator</name>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="39"/>
        <source>✓ Saved</source>
        <translation>✓ Bewarre</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="40"/>
        <source>Saving…</source>
        <translation>Bewarje…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="41"/>
        <source>⚠ Could not save: trying again</source>
        <translation>⚠ Bewarje mislearre: wurdt opnij besocht</translation>
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
    <name>ShowcaseScreen</name>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="256"/>
        <source>Smart Industry Hub Noord-Nederland · Demonstration &amp; Skills Lab</source>
        <translation>Smart Industry Hub Noord-Nederland · Demonstration &amp; Skills Lab</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="258"/>
        <source>Live now: %1</source>
        <translation>No live: %1</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="259"/>
        <source>Try it (3 min)</source>
        <translation>Besykje it (3 min)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="260"/>
        <source>No sign-in needed</source>
        <translation>Oanmelde is net nedich</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="262"/>
        <source>I&apos;m a trainee: sign in</source>
        <translation>Ik bin dielnimmer: oanmelde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="263"/>
        <source>Instructor</source>
        <translation>Dosint</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="272"/>
        <source>Be the first to try it today!</source>
        <translation>Besykje it hjoed as earste!</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="274"/>
        <source>1 visitor tried it today</source>
        <translation>Hjoed hat 1 besiker it besocht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/showcase_screen.py" line="276"/>
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
        <location filename="../kiosk/ui/showcase/mimic.py" line="309"/>
        <source>Colour sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="310"/>
        <source>Diverter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="311"/>
        <source>Good</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="312"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="313"/>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="314"/>
        <source>Not live</source>
        <translation>Net live</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="315"/>
        <source>Showing the last known values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/showcase/mimic.py" line="316"/>
        <source>Waiting for the cell…</source>
        <translation>Wachtsje op de sel…</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="304"/>
        <source>Image not found: {name}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="360"/>
        <source>Skip step (no points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="360"/>
        <source>Skip step</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>Preparing the cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="434"/>
        <source>The step starts when the cell is ready.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="446"/>
        <source>Done</source>
        <translation>Klear</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="449"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="450"/>
        <source>Given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="451"/>
        <source>Wrong</source>
        <translation>Ferkeard</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="452"/>
        <source>Not passed</source>
        <translation type="unfinished">Net slagge</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="455"/>
        <source>Waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="459"/>
        <source>Read</source>
        <translation>Lêze</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="459"/>
        <source>Tap Next when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="462"/>
        <source>Answers are judged once the cell&apos;s values are live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="465"/>
        <source>Your answer</source>
        <translation>Dyn antwurd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="465"/>
        <source>Waiting for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="462"/>
        <location filename="../kiosk/ui/labs/step_screen.py" line="479"/>
        <source>No live values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="479"/>
        <source>The check waits for live values from the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="486"/>
        <source>Waiting</source>
        <translation>Wachtsje</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="486"/>
        <source>Do what the step asks: the kiosk checks it on the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="492"/>
        <source>{done} of {target}</source>
        <translation>{done} fan {target}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="495"/>
        <source>Holding: {done} of {target} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="507"/>
        <source>Hint {n}: {text}</source>
        <translation>Hint {n}: {text}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="512"/>
        <source>No more hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="518"/>
        <source>Hint in {time}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="534"/>
        <source>Not close enough, and no tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="536"/>
        <source>Not close enough. Look again. Tries left: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="538"/>
        <source>The cell&apos;s value is not live right now, so your answer was not judged. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="540"/>
        <source>Read the value on the cell and type it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="542"/>
        <source>Tries: {n}</source>
        <translation>Besykjen: {n}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="606"/>
        <source>Skip this step? You get no points for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="606"/>
        <source>Skip this step?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/step_screen.py" line="607"/>
        <source>Yes, skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraineePanel</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="164"/>
        <source>Hello {name}</source>
        <translation>Hoi {name}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="166"/>
        <source>Signed in as {code}</source>
        <translation>Oanmeld as {code}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="167"/>
        <source>Reading your records…</source>
        <translation>Dyn gegevens wurde laden…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="168"/>
        <source>Sign out</source>
        <translation>Ôfmelde</translation>
    </message>
</context>
<context>
    <name>UnfinishedCard</name>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="64"/>
        <source>step {n} of {total}</source>
        <translation>stap {n} fan {total}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="66"/>
        <source>{raw} of {top} points so far</source>
        <translation>{raw} fan {top} punten oant no ta</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="70"/>
        <source>Not finished: {title}, {where}</source>
        <translation>Net ôfmakke: {title}, {where}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="71"/>
        <source>Continue</source>
        <translation>Trochgean</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="72"/>
        <source>Tap again to stop it</source>
        <translation>Tik nochris om te stopjen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/trainee_panel.py" line="72"/>
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
