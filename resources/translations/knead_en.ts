<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1, %n step(s)</source>
        <translation>
            <numerusform>%1, %n step</numerusform>
            <numerusform>%1, %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 in %n pack(s)</source>
        <extracomment>The end of --validate: &quot;2 errors, 1 warning in 1 pack&quot;</extracomment>
        <translation>
            <numerusform>%1, %2 in %n pack</numerusform>
            <numerusform>%1, %2 in %n packs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message numerus="yes">
        <source>… and %n more problem(s) in this file</source>
        <translation>
            <numerusform>… and %n more problem in this file</numerusform>
            <numerusform>… and %n more problems in this file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must list at least %n item(s)</source>
        <translation>
            <numerusform>must list at least %n item</numerusform>
            <numerusform>must list at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message numerus="yes">
        <source>%n line(s) of your journal could not be read and were skipped (%1). The files were left as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegionSeries</name>
    <message numerus="yes">
        <source>%1: median tension %2 → %3 over the last 30 days, %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: median tension %2 → %3 over the last 90 days, %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: median tension %2 → %3 over the last year, %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: median tension %2 → %3 since %4, %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserRoutines</name>
    <message numerus="yes">
        <source>“%1” was not imported: it has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pack “%1” was not installed: it has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatWorks</name>
    <message numerus="yes">
        <source>%1: rate %n more session(s) to see this.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in your sessions, tension rose by a median %2 %; %3 of %n session(s) dropped by 30 % or more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in your sessions, tension dropped by a median %2 %; %3 of %n session(s) (%4 %) dropped by 30 % or more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your sessions, %1 lowered your %2 tension most: by a median %3 % over %n session(s) that started at tension %4 to %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your sessions, %1 lowered your %2 tension by a median %3 % (%n session(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::BodyMapWidget</name>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::HistoryPage</name>
    <message numerus="yes">
        <source>Current streak: %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rating(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your journal is now kept in %1 (%n file(s) copied). The old files are still in %2: Knead no longer uses them and deletes nothing without you.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::LibraryPage</name>
    <message numerus="yes">
        <source>%n technique(s)</source>
        <translation>
            <numerusform>%n technique</numerusform>
            <numerusform>%n techniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::MainWindow</name>
    <message numerus="yes">
        <source>Some content could not be loaded (%n problem(s)); Knead runs on the rest.</source>
        <translation>
            <numerusform>Some content could not be loaded (%n problem); Knead runs on the rest.</numerusform>
            <numerusform>Some content could not be loaded (%n problems); Knead runs on the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::PreparationPage</name>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %n step</numerusform>
            <numerusform>%1 · %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::ReminderService</name>
    <message numerus="yes">
        <source>You can snooze it %n more time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::RoutineDocument</name>
    <message numerus="yes">
        <source>Duplicate %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::RoutineEditorPage</name>
    <message numerus="yes">
        <source>Kept as a draft, because it has %n problem(s). Fix them (each is shown under its field) to save it to your routines and try it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed the pack “%1” with %n routine(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s) into your routines: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n step(s). Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before it can be tried or saved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total time %1, plus %n untimed step(s) that wait for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::SessionListModel</name>
    <message numerus="yes">
        <source>all %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::SummaryPage</name>
    <message numerus="yes">
        <source>%1 finished, with %n step(s) skipped</source>
        <translation>
            <numerusform>%1 finished, with %n step skipped</numerusform>
            <numerusform>%1 finished, with %n steps skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::TechniquePage</name>
    <message numerus="yes">
        <source>%1, %2 of %n step(s)</source>
        <translation>
            <numerusform>%1, %2 of %n step</numerusform>
            <numerusform>%1, %2 of %n steps</numerusform>
        </translation>
    </message>
</context>
</TS>
