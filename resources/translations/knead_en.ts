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
