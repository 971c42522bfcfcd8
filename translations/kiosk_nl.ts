<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
    <name>LabRunnerModel</name>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="287"/>
        <source>This module is not available.</source>
        <translation>Deze module is niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="288"/>
        <source>This module needs a cell this kiosk does not have.</source>
        <translation>Deze module hoort bij een cel die deze kiosk niet heeft.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="289"/>
        <source>No attempts left at this module.</source>
        <translation>Je hebt geen pogingen meer voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="459"/>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="474"/>
        <source>No step is running.</source>
        <translation>Er loopt geen stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="462"/>
        <source>This step offers no such control.</source>
        <translation>Die bediening hoort niet bij deze stap.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="280"/>
        <source>{seconds} s left for this module.</source>
        <translation>Nog {seconds} s voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="281"/>
        <source>{minutes} min left for this module.</source>
        <translation>Nog {minutes} min voor deze module.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="283"/>
        <source>The cell could not be prepared for this module. Ask an instructor.</source>
        <translation>De cel kon niet worden klaargezet voor deze module. Vraag een docent om hulp.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="285"/>
        <source>The cell is not connected, so it could not be prepared. Try again when it is back.</source>
        <translation>De cel is niet verbonden, dus hij kon niet worden klaargezet. Probeer het opnieuw als de verbinding terug is.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="290"/>
        <source>Time is up.</source>
        <translation>De tijd is om.</translation>
    </message>
    <message>
        <location filename="../kiosk/viewmodels/lab_runner.py" line="291"/>
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
        <location filename="../kiosk/ui/machine_state.py" line="70"/>
        <source>Machine state</source>
        <translation>Machinetoestand</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="95"/>
        <source>pressed</source>
        <translation>ingedrukt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="95"/>
        <source>released</source>
        <translation>vrij</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="97"/>
        <source>closed</source>
        <translation>dicht</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="97"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/machine_state.py" line="99"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../kiosk/ui/main_window.py" line="210"/>
        <source>Live cell</source>
        <translation>Live cel</translation>
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
        <location filename="../kiosk/ui/labs/replay_screen.py" line="604"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="605"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="605"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="605"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="610"/>
        <source>hint taken</source>
        <translation>hint genomen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="611"/>
        <source>right answer</source>
        <translation>goed antwoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="612"/>
        <source>wrong answer or step failed</source>
        <translation>fout antwoord of stap niet gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="613"/>
        <source>kiosk was off</source>
        <translation>kiosk stond uit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="614"/>
        <source>value not live</source>
        <translation>waarde niet actueel</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="615"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="622"/>
        <source>Replay of an attempt</source>
        <translation>Terugblik op een poging</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="627"/>
        <source>Loading the attempt…</source>
        <translation>De poging wordt geladen…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="629"/>
        <source>This attempt could not be loaded.</source>
        <translation>Deze poging kon niet worden geladen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="631"/>
        <source>No attempt chosen.</source>
        <translation>Geen poging gekozen.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="646"/>
        <source>Trainee {code} · {date} · took {duration}</source>
        <translation>Deelnemer {code} · {date} · duurde {duration}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="657"/>
        <source>Score {percent} ({points} of {max} points)</source>
        <translation>Score {percent} ({points} van {max} punten)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="662"/>
        <source>Not scored</source>
        <translation>Zonder score</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="664"/>
        <source>No process values were recorded for this attempt.</source>
        <translation>Bij deze poging zijn geen proceswaarden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="668"/>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="668"/>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="680"/>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="681"/>
        <source>Not passed</source>
        <translation>Niet geslaagd</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="682"/>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="683"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="684"/>
        <source>Waived</source>
        <translation>Vrijgesteld</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="685"/>
        <source>Not finished</source>
        <translation>Niet afgemaakt</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="706"/>
        <source>Step shown</source>
        <translation>Stap getoond</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="733"/>
        <source>Hint {number} taken</source>
        <translation>Hint {number} genomen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="735"/>
        <source>(costs {percent} of the step&apos;s points)</source>
        <translation>(kost {percent} van de punten van de stap)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="742"/>
        <source>Right answer: {answer}</source>
        <translation>Goed antwoord: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="742"/>
        <source>Wrong answer: {answer}</source>
        <translation>Fout antwoord: {answer}</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="746"/>
        <source>(the cell showed {value})</source>
        <translation>(de cel gaf {value} aan)</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="752"/>
        <source>Step passed: {points} of {max} points</source>
        <translation>Stap gehaald: {points} van {max} punten</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="755"/>
        <source>Step passed</source>
        <translation>Stap gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="758"/>
        <source>Step failed: the time ran out</source>
        <translation>Stap niet gehaald: de tijd was op</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="759"/>
        <source>Step failed: wrong answer</source>
        <translation>Stap niet gehaald: fout antwoord</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="760"/>
        <source>Step failed: skipped</source>
        <translation>Stap niet gehaald: overgeslagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="761"/>
        <source>Step failed</source>
        <translation>Stap niet gehaald</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="764"/>
        <source>Step waived by an instructor</source>
        <translation>Stap vrijgesteld door een docent</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="766"/>
        <source>The kiosk was off for {duration}; the attempt went on</source>
        <translation>De kiosk stond {duration} uit; de poging ging verder</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/replay_screen.py" line="770"/>
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
        <location filename="../kiosk/ui/labs/save_indicator.py" line="33"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="34"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/save_indicator.py" line="35"/>
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
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="254"/>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="256"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="255"/>
        <source>Type your trainee code or scan your card.</source>
        <translation>Typ je deelnemerscode of scan je kaart.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="257"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="258"/>
        <source>Delete the last character</source>
        <translation>Laatste teken wissen</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="263"/>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="265"/>
        <source>That code is not known here. Check it, or ask your instructor.</source>
        <translation>Deze code is hier niet bekend. Controleer hem, of vraag je docent.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="268"/>
        <source>A trainee code has 3 to 20 letters, digits or dashes (-), and does not start or end with a dash.</source>
        <translation>Een deelnemerscode heeft 3 tot 20 letters, cijfers of streepjes (-), en begint of eindigt niet met een streepje.</translation>
    </message>
    <message>
        <location filename="../kiosk/ui/labs/sign_in_screen.py" line="271"/>
        <source>Signing in does not work right now. Try again, or ask your instructor.</source>
        <translation>Aanmelden lukt nu even niet. Probeer het opnieuw, of vraag je docent.</translation>
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
