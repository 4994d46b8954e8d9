<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AudioBackend</name>
    <message>
        <source>No audio output was found, so Knead runs silently: no chime and no voice. The countdown, the step text and the prompts on screen work as usual.</source>
        <translation>Es wurde keine Audioausgabe gefunden, daher läuft Knead ohne Ton: kein Signalton und keine Sprachansage. Countdown, Schritttext und Hinweise auf dem Bildschirm funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>Sound could not be played, so Knead continues without the chime.</source>
        <translation>Der Ton konnte nicht abgespielt werden; Knead läuft ohne Signalton weiter.</translation>
    </message>
    <message>
        <source>No speech engine is installed, so steps will not be read aloud; the chime still sounds.</source>
        <translation>Es ist keine Sprachausgabe installiert, daher werden die Schritte nicht vorgelesen; der Signalton ertönt weiterhin.</translation>
    </message>
    <message>
        <source>The voice could not speak (%1), so Knead continues without it.</source>
        <translation>Die Sprachansage ist fehlgeschlagen (%1); Knead läuft ohne sie weiter.</translation>
    </message>
    <message>
        <source>The speech engine could not start, so steps will not be read aloud.</source>
        <translation>Die Sprachausgabe konnte nicht gestartet werden, daher werden die Schritte nicht vorgelesen.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Wait for break reminders in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Techniques (%1)</source>
        <translation>Techniken (%1)</translation>
    </message>
    <message>
        <source>Routines (%1)</source>
        <translation>Abläufe (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n step(s)</source>
        <translation>
            <numerusform>%1, %n Schritt</numerusform>
            <numerusform>%1, %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Regions (%1)</source>
        <translation>Körperbereiche (%1)</translation>
    </message>
    <message>
        <source>Checked on top of: %1</source>
        <translation>Geprüft auf Basis von: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 in %n pack(s)</source>
        <extracomment>The end of --validate: &quot;2 errors, 1 warning in 1 pack&quot;</extracomment>
        <translation>
            <numerusform>%1, %2 in %n Paket</numerusform>
            <numerusform>%1, %2 in %n Paketen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Also load the content pack in DIR (may be given more than once).</source>
        <translation>Zusätzlich das Inhaltspaket in DIR laden (kann mehrfach angegeben werden).</translation>
    </message>
    <message>
        <source>Print what the loaded packs hold and exit: everything, or only techniques, routines or regions (the ids a pack can use), named as an argument.</source>
        <translation>Ausgeben, was die geladenen Pakete enthalten, und beenden: alles oder, mit dem Argument techniques, routines oder regions, nur die Techniken, Abläufe oder Körperbereiche (die IDs, die ein Paket verwenden kann).</translation>
    </message>
    <message>
        <source>Output format of --list: text or json.</source>
        <translation>Ausgabeformat von --list: text oder json.</translation>
    </message>
    <message>
        <source>Check the content packs named as arguments, on top of the bundled pack and your installed packs, print every problem as file:line:column: severity: field: message (field is - when the problem is not in one field), and exit: 0 when there is no error, 1 when there is any, 2 on a usage error.</source>
        <translation>Die als Argumente angegebenen Inhaltspakete zusätzlich zum mitgelieferten Paket und Ihren installierten Paketen prüfen, jedes Problem als Datei:Zeile:Spalte: Schweregrad: Feld: Meldung ausgeben (Feld ist -, wenn das Problem nicht in einem einzelnen Feld liegt) und beenden: 0, wenn kein Fehler vorliegt, 1 bei mindestens einem Fehler, 2 bei einem Aufruffehler.</translation>
    </message>
    <message>
        <source>Open the preparation page of ROUTINE_ID.</source>
        <translation>Die Vorbereitungsseite von ROUTINE_ID öffnen.</translation>
    </message>
    <message>
        <source>Content packs to check with --validate.</source>
        <translation>Mit --validate zu prüfende Inhaltspakete.</translation>
    </message>
    <message>
        <source>With --list: techniques, routines or regions.</source>
        <translation>Mit --list: techniques, routines oder regions.</translation>
    </message>
    <message>
        <source>--format must be text or json, not &quot;%1&quot;.</source>
        <translation>--format muss text oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format only applies to --list.</source>
        <translation>--format gilt nur für --list.</translation>
    </message>
    <message>
        <source>--validate needs at least one content folder, e.g. knead --validate my-pack</source>
        <translation>--validate benötigt mindestens einen Inhaltsordner, z. B. knead --validate my-pack</translation>
    </message>
    <message>
        <source>--validate: &quot;%1&quot; is not a folder. A pack is a folder holding pack.json.</source>
        <translation>--validate: „%1“ ist kein Ordner. Ein Paket ist ein Ordner, der pack.json enthält.</translation>
    </message>
    <message>
        <source>--list takes at most one of techniques, routines or regions.</source>
        <translation>--list akzeptiert höchstens eines von techniques, routines oder regions.</translation>
    </message>
    <message>
        <source>--list can show techniques, routines or regions, not &quot;%1&quot;.</source>
        <translation>--list kann techniques, routines oder regions anzeigen, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Folders are only taken by --validate; use --content-dir DIR to load a pack.</source>
        <translation>Unerwartetes Argument „%1“. Ordner werden nur von --validate angenommen; verwenden Sie --content-dir DIR, um ein Paket zu laden.</translation>
    </message>
    <message>
        <source>--start needs a routine id.</source>
        <translation>--start benötigt eine Ablauf-ID.</translation>
    </message>
    <message>
        <source>Usage: knead [options] [DIR...|WHAT]</source>
        <translation>Aufruf: knead [Optionen] [DIR...|WHAT]</translation>
    </message>
    <message>
        <source>Start without a window and wait for reminders (what starting at login uses). When Knead is already running, it is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only one of --list, --validate, --start and --background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knead guides you through self-massage routines, step by step.

Your own content packs, one folder each, go in %1 ($XDG_DATA_HOME/Knead/packs, by default ~/.local/share/Knead/packs); the routines you make in Knead are the pack my-routines there. content/FORMAT.md describes the format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>small circles</source>
        <translation>kleine Kreise</translation>
    </message>
    <message>
        <source>long strokes</source>
        <translation>lange Streichbewegungen</translation>
    </message>
    <message>
        <source>press and hold</source>
        <translation>drücken und halten</translation>
    </message>
    <message>
        <source>light pressure</source>
        <translation>leichter Druck</translation>
    </message>
    <message>
        <source>medium pressure</source>
        <translation>mittlerer Druck</translation>
    </message>
    <message>
        <source>firm pressure</source>
        <translation>fester Druck</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>light</source>
        <comment>pressure range</comment>
        <extracomment>As in &quot;light to firm pressure&quot;.</extracomment>
        <translation>leicht</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>pressure range</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>firm</source>
        <comment>pressure range</comment>
        <translation>fest</translation>
    </message>
    <message>
        <source>%1 to %2 pressure</source>
        <translation>Druck: %1 bis %2</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>%1 (a number with a decimal point)</source>
        <translation>%1 (eine Zahl mit Dezimalpunkt)</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>Text %1</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) in this file</source>
        <translation>
            <numerusform>… und %n weiteres Problem in dieser Datei</numerusform>
            <numerusform>… und %n weitere Probleme in dieser Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an object {…}, got %1</source>
        <translation>Objekt {…} erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown field %1 is ignored.</source>
        <translation>unbekanntes Feld %1 wird ignoriert.</translation>
    </message>
    <message>
        <source>missing required field %1</source>
        <translation>erforderliches Feld %1 fehlt</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>Zahl von %1 bis %2 erwartet, gefunden: %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected text in double quotes, got %1</source>
        <translation>Text in doppelten Anführungszeichen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed here (%3 too many)</source>
        <translation>ist %1 Zeichen lang; hier sind höchstens %2 erlaubt (%3 zu viel)</translation>
    </message>
    <message>
        <source>contains a NUL character (U+0000)</source>
        <translation>enthält ein NUL-Zeichen (U+0000)</translation>
    </message>
    <message>
        <source>contains the control character U+%1; only descriptions may hold line breaks (\n)</source>
        <translation>enthält das Steuerzeichen U+%1; nur Beschreibungen dürfen Zeilenumbrüche (\n) enthalten</translation>
    </message>
    <message>
        <source>expected an id (lowercase-kebab text such as &quot;neck-release&quot;), got %1</source>
        <translation>ID erwartet (Kleinbuchstaben mit Bindestrichen, z. B. &quot;neck-release&quot;), gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid id: use lowercase letters, digits and single hyphens, starting with a letter, at most 64 characters</source>
        <translation>%1 ist keine gültige ID: verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche, mit einem Buchstaben am Anfang, höchstens 64 Zeichen</translation>
    </message>
    <message>
        <source>expected %1 from %2 to %3 (a whole number, no decimal point), got %4</source>
        <translation>%1 von %2 bis %3 erwartet (eine ganze Zahl, ohne Dezimalpunkt), gefunden: %4</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>einen der Werte %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a list […], got %1</source>
        <translation>Liste […] erwartet, gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <source>must list at least %n item(s)</source>
        <translation>
            <numerusform>muss mindestens %n Eintrag enthalten</numerusform>
            <numerusform>muss mindestens %n Einträge enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>lists %1 items; at most %2 are allowed</source>
        <translation>enthält %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>front, back or both</source>
        <translation>front, back oder both</translation>
    </message>
    <message>
        <source>left, right, both or none</source>
        <translation>left, right, both oder none</translation>
    </message>
    <message>
        <source>light, medium or firm</source>
        <translation>light, medium oder firm</translation>
    </message>
    <message>
        <source>circles, strokes or hold</source>
        <translation>circles, strokes oder hold</translation>
    </message>
    <message>
        <source>no technique has the id %1 (or it has errors).</source>
        <translation>keine Technik hat die ID %1 (oder sie ist fehlerhaft).</translation>
    </message>
    <message>
        <source>no region has the id %1 (or it has errors).</source>
        <translation>kein Körperbereich hat die ID %1 (oder er ist fehlerhaft).</translation>
    </message>
    <message>
        <source>region %1 is not drawn on the %2 figure</source>
        <translation>Körperbereich %1 ist auf der Figur %2 nicht eingezeichnet</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>expected a list of 1 to %1 items (text, or {&quot;text&quot;, &quot;regions&quot;}), got %2</source>
        <translation>Liste mit 1 bis %1 Einträgen erwartet (Text oder {&quot;text&quot;, &quot;regions&quot;}), gefunden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>must list one to three pressure levels (%1)</source>
        <translation>muss eine bis drei Druckstufen enthalten (%1)</translation>
    </message>
    <message>
        <source>%1 is not a known tool; it is shown as written.</source>
        <translation>%1 ist kein bekanntes Hilfsmittel; es wird so angezeigt, wie es geschrieben ist.</translation>
    </message>
    <message>
        <source>id %1 does not match the file name %2; name the file %3.json</source>
        <translation>ID %1 passt nicht zum Dateinamen %2; nennen Sie die Datei %3.json</translation>
    </message>
    <message>
        <source>expected an https:// address, got %1</source>
        <translation>https://-Adresse erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a list of 1 to %1 sources {&quot;title&quot;, &quot;publisher&quot;, &quot;url&quot;}, got %2</source>
        <translation>Liste mit 1 bis %1 Quellen {&quot;title&quot;, &quot;publisher&quot;, &quot;url&quot;} erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a list of up to 32 points [x, y], got %1</source>
        <translation>Liste mit bis zu 32 Punkten [x, y] erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a point [x, y] with both numbers from 0 to 1, got %1</source>
        <translation>Punkt [x, y] mit zwei Zahlen von 0 bis 1 erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a stroke needs at least two points to glide between</source>
        <translation>eine Streichbewegung braucht mindestens zwei Punkte, zwischen denen sie verläuft</translation>
    </message>
    <message>
        <source>front or back</source>
        <translation>front oder back</translation>
    </message>
    <message>
        <source>expected one of front or back, got &quot;both&quot;</source>
        <translation>front oder back erwartet, gefunden: &quot;both&quot;</translation>
    </message>
    <message>
        <source>expected a list of up to %1 cues {&quot;at&quot;, &quot;say&quot;}, got %2</source>
        <translation>Liste mit bis zu %1 Ansagen {&quot;at&quot;, &quot;say&quot;} erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>an untimed step cannot have cues; give it a duration</source>
        <translation>ein Schritt ohne Zeitvorgabe kann keine Ansagen haben; geben Sie ihm eine Dauer</translation>
    </message>
    <message>
        <source>whole seconds into the step</source>
        <translation>ganze Sekunden ab Beginn des Schritts</translation>
    </message>
    <message>
        <source>another cue is already at second %1</source>
        <translation>bei Sekunde %1 gibt es bereits eine andere Ansage</translation>
    </message>
    <message>
        <source>expected whole seconds from 1 to 3600 (a plain number, no units) or &quot;untimed&quot;, got %1</source>
        <translation>ganze Sekunden von 1 bis 3600 (eine einfache Zahl, ohne Einheit) oder &quot;untimed&quot; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>whole seconds</source>
        <translation>ganze Sekunden</translation>
    </message>
    <message>
        <source>a motion is drawn on a region: give the step a &quot;region&quot;</source>
        <translation>eine Bewegung wird auf einem Körperbereich gezeichnet: geben Sie dem Schritt eine &quot;region&quot;</translation>
    </message>
    <message>
        <source>whole seconds of rest</source>
        <translation>ganze Sekunden Ruhepause</translation>
    </message>
    <message>
        <source>cannot be checked outside a pack</source>
        <translation>kann außerhalb eines Pakets nicht geprüft werden</translation>
    </message>
    <message>
        <source>image %1 %2</source>
        <translation>Bild %1: %2</translation>
    </message>
    <message>
        <source>region %1 is not one of the regions of technique %2 (%3)</source>
        <translation>Körperbereich %1 gehört nicht zu den Körperbereichen der Technik %2 (%3)</translation>
    </message>
    <message>
        <source>pressure %1 is outside the range of technique %2 (%3)</source>
        <translation>Druck %1 liegt außerhalb des Bereichs der Technik %2 (%3)</translation>
    </message>
    <message>
        <source>expected a list of 1 to %1 steps, got %2</source>
        <translation>Liste mit 1 bis %1 Schritten erwartet, gefunden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>region %1 is worked by this step but missing from the routine&apos;s &quot;regions&quot;</source>
        <translation>Körperbereich %1 wird in diesem Schritt behandelt, fehlt aber in &quot;regions&quot; des Ablaufs</translation>
    </message>
    <message>
        <source>cannot load this pack: %1</source>
        <translation>dieses Paket kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>a format version</source>
        <translation>eine Formatversion</translation>
    </message>
    <message>
        <source>this pack needs format version %1; this Knead reads version 1</source>
        <translation>dieses Paket benötigt Formatversion %1; diese Version von Knead liest Version 1</translation>
    </message>
    <message>
        <source>expected a language tag such as &quot;en&quot; or &quot;en-GB&quot;, got %1</source>
        <translation>Sprachkennung wie &quot;en&quot; oder &quot;en-GB&quot; erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>pack id %1 is already used by the pack at %2; this pack is not loaded. Give it an id of its own</source>
        <translation>Paket-ID %1 wird bereits vom Paket unter %2 verwendet; dieses Paket wird nicht geladen. Geben Sie ihm eine eigene ID</translation>
    </message>
    <message>
        <source>expected a list of up to 1000 regions, got %1</source>
        <translation>Liste mit bis zu 1000 Körperbereichen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not a shape of the body map; use one of %2</source>
        <translation>%1 ist keine Form der Körperkarte; verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>the shape %1 is not drawn on the %2 figure</source>
        <translation>die Form %1 ist auf der Figur %2 nicht eingezeichnet</translation>
    </message>
    <message>
        <source>region %1 is listed twice in this file</source>
        <translation>Körperbereich %1 ist in dieser Datei doppelt aufgeführt</translation>
    </message>
    <message>
        <source>replaces the region of the same id from pack %1</source>
        <translation>ersetzt den Körperbereich mit derselben ID aus Paket %1</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>this pack has no region %1 to translate</source>
        <translation>dieses Paket hat keinen Körperbereich %1 zum Übersetzen</translation>
    </message>
    <message>
        <source>this pack has no item %1 to translate; the file name is the item&apos;s id</source>
        <translation>dieses Paket hat keinen Eintrag %1 zum Übersetzen; der Dateiname ist die ID des Eintrags</translation>
    </message>
    <message>
        <source>no %1 translation of %2; the original is shown</source>
        <translation>keine Übersetzung (%1) von %2; das Original wird angezeigt</translation>
    </message>
    <message>
        <source>not translated; the original is shown</source>
        <translation>nicht übersetzt; das Original wird angezeigt</translation>
    </message>
    <message>
        <source>has %1 entries where the original has %2; the original is shown</source>
        <translation>hat %1 Einträge, das Original hat %2; das Original wird angezeigt</translation>
    </message>
    <message>
        <source>has %1 where the original has %2 steps; the original steps are shown</source>
        <translation>hat %1, das Original hat %2 Schritte; die Schritte des Originals werden angezeigt</translation>
    </message>
    <message>
        <source>replaces the technique of the same id from pack %1</source>
        <translation>ersetzt die Technik mit derselben ID aus Paket %1</translation>
    </message>
    <message>
        <source>replaces the routine of the same id from pack %1</source>
        <translation>ersetzt den Ablauf mit derselben ID aus Paket %1</translation>
    </message>
    <message>
        <source>write %1 as a plain number, without quotes or a unit: %2 instead of %3 (from %4 to %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the seconds as a plain number, without quotes or a unit: &quot;duration&quot;: %1 instead of %2 (whole seconds from 1 to 3600, or &quot;untimed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Knead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid time of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an invalid deletion mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid start or end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no valid outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has invalid counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has the field &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has invalid tension ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an invalid region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many instances of Knead are writing the journal at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation type="unfinished">die Datei ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>it is not a Knead journal of format %1</source>
        <translation type="unfinished">die Datei ist kein Knead-Tagebuch im Format %1</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last line of your journal file %1 was cut off, probably because Knead stopped while writing it; that line was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of your journal could not be read and were skipped (%1). The files were left as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These journal files could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of your journal is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old journal %1 could not be read (%2) and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old journal could not be read (%1), so it could not be carried over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old journal could not be carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old journal was carried over, but %1 could not be renamed; it will be read again at the next start, which is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>This session could not be saved to your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be deleted from your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; your journal stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be copied to %1 (%2); it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDirectory</name>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation>Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>folder cannot be resolved</source>
        <translation>Ordner kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>is a broken symbolic link</source>
        <translation>ist ein defekter symbolischer Link</translation>
    </message>
    <message>
        <source>leads outside the pack (through a symbolic link) to %1</source>
        <translation>führt (über einen symbolischen Link) aus dem Paket heraus nach %1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>was replaced by a symbolic link while Knead read the pack</source>
        <translation>wurde durch einen symbolischen Link ersetzt, während Knead das Paket las</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation>enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>contains a backslash; write paths with &quot;/&quot;</source>
        <translation>enthält einen Backslash; schreiben Sie Pfade mit &quot;/&quot;</translation>
    </message>
    <message>
        <source>is an absolute path; write it relative to the pack folder</source>
        <translation>ist ein absoluter Pfad; geben Sie ihn relativ zum Paketordner an</translation>
    </message>
    <message>
        <source>is a URL; only files inside the pack can be used</source>
        <translation>ist eine URL; nur Dateien innerhalb des Pakets können verwendet werden</translation>
    </message>
    <message>
        <source>contains &quot;..&quot;; files must stay inside the pack</source>
        <translation>enthält &quot;..&quot;; Dateien müssen innerhalb des Pakets bleiben</translation>
    </message>
    <message>
        <source>is not a clean path (empty or &quot;.&quot; parts)</source>
        <translation>ist kein sauberer Pfad (leere oder &quot;.&quot;-Bestandteile)</translation>
    </message>
    <message>
        <source>the image file is empty</source>
        <translation>die Bilddatei ist leer</translation>
    </message>
    <message>
        <source>the file is not a PNG image</source>
        <translation>die Datei ist kein PNG-Bild</translation>
    </message>
    <message>
        <source>the PNG is %1×%2 pixels; images may be at most %3 pixels on each side</source>
        <translation>das PNG ist %1×%2 Pixel groß; Bilder dürfen auf jeder Seite höchstens %3 Pixel haben</translation>
    </message>
    <message>
        <source>the SVG is not valid UTF-8 text</source>
        <translation>das SVG ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>the file is not an SVG image</source>
        <translation>die Datei ist kein SVG-Bild</translation>
    </message>
    <message>
        <source>the SVG declares entities, which are not allowed</source>
        <translation>das SVG deklariert Entitäten, was nicht erlaubt ist</translation>
    </message>
    <message>
        <source>the SVG refers to &quot;%1&quot;; only #fragments and data:image URIs are allowed</source>
        <translation>das SVG verweist auf &quot;%1&quot;; erlaubt sind nur #Fragmente und data:image-URIs</translation>
    </message>
    <message>
        <source>the SVG refers to &quot;%1&quot;; only #fragments are allowed in url()</source>
        <translation>das SVG verweist auf &quot;%1&quot;; in url() sind nur #Fragmente erlaubt</translation>
    </message>
    <message>
        <source>must be an .svg or .png file</source>
        <translation>muss eine .svg- oder .png-Datei sein</translation>
    </message>
</context>
<context>
    <name>RegionSeries</name>
    <message>
        <source>%1: no ratings over the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ratings over the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ratings over the last year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ratings yet.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <name>ReminderStatus</name>
    <message>
        <source>a session is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a full-screen window is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder tomorrow at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed: the reminder comes again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed: the reminder comes again tomorrow at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed: the reminder comes again on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped for today. Next reminder at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped for today. Next reminder tomorrow at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped for today. Next reminder on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders paused until %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on, but none can come: choose at least one weekday (and, for fixed times, one time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder postponed: %1. It comes when that ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped for today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>die Datei ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>it is not an interrupted session of format %1</source>
        <translation>die Datei ist keine unterbrochene Sitzung im Format %1</translation>
    </message>
    <message>
        <source>a field is missing or invalid</source>
        <translation>ein Feld fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>unknown phase</source>
        <translation>unbekannte Phase</translation>
    </message>
    <message>
        <source>unknown step status</source>
        <translation>unbekannter Schrittstatus</translation>
    </message>
    <message>
        <source>invalid times</source>
        <translation>ungültige Zeiten</translation>
    </message>
    <message>
        <source>invalid tension ratings</source>
        <translation>ungültige Verspannungswerte</translation>
    </message>
    <message>
        <source>The session&apos;s position could not be saved: %1</source>
        <translation>Der Stand der Sitzung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The interrupted session could not be read (%1), so it cannot be resumed.</source>
        <translation>Die unterbrochene Sitzung konnte nicht gelesen werden (%1) und kann daher nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be read, so the defaults are used.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden, daher werden die Standardwerte verwendet.</translation>
    </message>
    <message>
        <source>Your settings could not be read (%1), so the defaults are used.</source>
        <translation>Ihre Einstellungen konnten nicht gelesen werden (%1), daher werden die Standardwerte verwendet.</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the file is saved as UTF-16 (or another wide encoding); save it as UTF-8</source>
        <translation>die Datei ist als UTF-16 (oder in einer anderen Mehrbyte-Kodierung) gespeichert; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>these characters are not UTF-8 (the file may be saved as Latin-1 or Windows-1252); save the file as UTF-8</source>
        <translation>diese Zeichen sind kein UTF-8 (die Datei ist womöglich als Latin-1 oder Windows-1252 gespeichert); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>curly quotes (“ ” or ‘ ’) are not JSON quotes; use straight double quotes &quot; (word processors and some editors change them)</source>
        <translation>typografische Anführungszeichen (“ ” oder ‘ ’) sind keine JSON-Anführungszeichen; verwenden Sie gerade doppelte Anführungszeichen &quot; (Textverarbeitungen und manche Editoren ersetzen sie)</translation>
    </message>
    <message>
        <source>JSON does not allow comments; remove this comment</source>
        <translation>JSON erlaubt keine Kommentare; entfernen Sie diesen Kommentar</translation>
    </message>
    <message>
        <source>single quotes are not JSON quotes; write text in straight double quotes &quot;…&quot;</source>
        <translation>einfache Anführungszeichen sind keine JSON-Anführungszeichen; schreiben Sie Text in geraden doppelten Anführungszeichen &quot;…&quot;</translation>
    </message>
    <message>
        <source>this text is not closed: a closing quote &quot; is missing before the end of the line</source>
        <translation>dieser Text ist nicht abgeschlossen: vor dem Zeilenende fehlt ein schließendes Anführungszeichen &quot;</translation>
    </message>
    <message>
        <source>text may not contain tabs or other control characters; write \t for a tab or \n for a new line</source>
        <translation>Text darf keine Tabulatoren oder andere Steuerzeichen enthalten; schreiben Sie \t für einen Tabulator oder \n für einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>this text has a backslash \ that does not start a valid escape; write \\ for a backslash</source>
        <translation>dieser Text enthält einen Backslash \, der keine gültige Escape-Sequenz einleitet; schreiben Sie \\ für einen Backslash</translation>
    </message>
    <message>
        <source>the file ends inside text: a closing quote &quot; is missing</source>
        <translation>die Datei endet innerhalb eines Textes: ein schließendes Anführungszeichen &quot; fehlt</translation>
    </message>
    <message>
        <source>this { is never closed: a } is missing at the end</source>
        <translation>diese Klammer { wird nie geschlossen: am Ende fehlt eine }</translation>
    </message>
    <message>
        <source>this [ is never closed: a ] is missing at the end</source>
        <translation>diese Klammer [ wird nie geschlossen: am Ende fehlt eine ]</translation>
    </message>
    <message>
        <source>the file ends too early</source>
        <translation>die Datei endet zu früh</translation>
    </message>
    <message>
        <source>the number %1 is too large</source>
        <translation>die Zahl %1 ist zu groß</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON object; a file holds one object {…}, remove the rest</source>
        <translation>unerwarteter Text nach dem Ende des JSON-Objekts; eine Datei enthält genau ein Objekt {…}, entfernen Sie den Rest</translation>
    </message>
    <message>
        <source>remove the comma after the last item (line %1): JSON does not allow a comma before %2</source>
        <translation>entfernen Sie das Komma nach dem letzten Eintrag (Zeile %1): JSON erlaubt kein Komma vor %2</translation>
    </message>
    <message>
        <source>a quote inside the text ends it early; write \&quot; for a quote inside text</source>
        <translation>ein Anführungszeichen im Text beendet ihn vorzeitig; schreiben Sie \&quot; für ein Anführungszeichen innerhalb von Text</translation>
    </message>
    <message>
        <source>a comma is missing after this item, before line %1</source>
        <translation>nach diesem Eintrag fehlt ein Komma, vor Zeile %1</translation>
    </message>
    <message>
        <source>%1 is not a number; write whole seconds as a plain number without units, e.g. 90</source>
        <translation>%1 ist keine Zahl; schreiben Sie ganze Sekunden als einfache Zahl ohne Einheit, z. B. 90</translation>
    </message>
    <message>
        <source>%1 is not a JSON value; put text in double quotes, or use true, false or null</source>
        <translation>%1 ist kein JSON-Wert; setzen Sie Text in doppelte Anführungszeichen oder verwenden Sie true, false oder null</translation>
    </message>
    <message>
        <source>unexpected %1 here; check the line above for a missing key, value or quote</source>
        <translation>unerwartetes %1 an dieser Stelle; prüfen Sie die Zeile darüber auf einen fehlenden Schlüssel, Wert oder ein fehlendes Anführungszeichen</translation>
    </message>
    <message>
        <source>unexpected %1: a value is missing before it, or the brackets do not match</source>
        <translation>unerwartetes %1: davor fehlt ein Wert, oder die Klammern passen nicht zusammen</translation>
    </message>
    <message>
        <source>unexpected character %1 here</source>
        <translation>unerwartetes Zeichen %1 an dieser Stelle</translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation>Binärwerte sind kein JSON</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this object; keep only one</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in diesem Objekt zweimal vor; behalten Sie nur einen</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep</source>
        <translation>Listen und Objekte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>das ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the file is empty; it should hold one JSON object {…}</source>
        <translation>die Datei ist leer; sie sollte ein JSON-Objekt {…} enthalten</translation>
    </message>
</context>
<context>
    <name>UserDataFile</name>
    <message>
        <source>The unreadable file was kept as %1.</source>
        <translation>Die unlesbare Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Your data folder %1 cannot be written, so sessions will not be saved to your journal. Knead still works; check the folder&apos;s permissions and free space.</source>
        <translation>In Ihren Datenordner %1 kann nicht geschrieben werden, daher werden Sitzungen nicht in Ihrem Tagebuch gespeichert. Knead funktioniert trotzdem; prüfen Sie die Zugriffsrechte des Ordners und den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>UserRoutines</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished">Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a folder; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an export of your routines; choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a pack with the id “%2”, not Knead&apos;s own routines. Move it elsewhere and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines made in Knead&apos;s routine editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used as a file name for a routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine “%1” of your own to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB; it is not a routine file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: it has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A routine with the id “%1” is already installed, so this one was imported as “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Knead pack: it has no pack.json with an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack with the id “%1” is already installed. Remove it first, or give this pack an id of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pack “%1” was not installed: it has %n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not saved in your routines yet; save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no routines of your own to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder other than Knead&apos;s own pack folder.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>To compare routines, rate at least %1 sessions of two or more routines, before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines could not be compared like with like yet: no two of them have %1 rated sessions that started at a similar tension (within %2 points). Sessions that start tenser tend to drop more whatever you do, so comparing them would not be fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared over sessions that started at tension %1 to %2: in your sessions, %3 lowered it most (median %4 %, %5 sessions), then %6 (median %7 %, %8 sessions).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>These numbers describe your own sessions, nothing more. They show how your ratings changed during a routine, not whether the routine treats anything: tension also eases with rest, warmth or time, ratings vary from day to day, and a few sessions are easily swayed by chance. A drop of 30 % or more is the change commonly taken as meaningful on a 0–10 scale (Farrar et al., Pain 2001; Dworkin et al., J Pain 2008, IMMPACT). For pain that persists or worsens, see a professional.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::AppShell</name>
    <message>
        <source>Knead is running; --help, --version, --list and --validate run on their own only when it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no routine has the id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knead keeps running for your reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window leaves Knead waiting in the background, so that reminders can reach you. To quit, open Knead and choose Knead, Quit, or turn reminders off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for a short break. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders – Knead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::AudioCues</name>
    <message>
        <source>Sound and voice are not available (%1), so Knead runs silently. The countdown, the step text and the prompts on screen work as usual.</source>
        <translation>Ton und Sprachansage sind nicht verfügbar (%1), daher läuft Knead ohne Ton. Countdown, Schritttext und Hinweise auf dem Bildschirm funktionieren wie gewohnt.</translation>
    </message>
</context>
<context>
    <name>knead::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>knead::BodyMapWidget</name>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Choose where it hurts. Arrow keys move between regions, Enter or Space selects, Control adds to the selection.</source>
        <translation>Wählen Sie aus, wo es wehtut. Mit den Pfeiltasten wechseln Sie zwischen den Körperbereichen, Eingabe- oder Leertaste wählt aus, mit Strg erweitern Sie die Auswahl.</translation>
    </message>
    <message>
        <source>Move between regions</source>
        <translation>Zwischen Körperbereichen wechseln</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Select a region</source>
        <translation>Körperbereich auswählen</translation>
    </message>
    <message>
        <source>Enter, Space</source>
        <translation>Eingabetaste, Leertaste</translation>
    </message>
    <message>
        <source>Add a region to the selection</source>
        <translation>Körperbereich zur Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Enter, Ctrl+Space</source>
        <translation>Strg+Eingabetaste, Strg+Leertaste</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Ablauf</numerusform>
            <numerusform>%n Abläufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::CountdownRing</name>
    <message>
        <source>Time left %1</source>
        <translation>Verbleibende Zeit: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>knead::HistoryPage</name>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal as a CSV file, one row per rating, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region shown in the tension chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time span of the tension chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder for your journal, for example a folder synced between your computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the deletion (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Each session you finish or stop appears here, with your tension ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session; it can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>No ratings yet. Rate your tension before or after a session, and the chart shows how it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your tension before and after your sessions: once a routine has %1 rated sessions, what it did for you shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is kept in %1. Each computer writes a file of its own there, so the folder can be synced between your computers (for example with Syncthing or Nextcloud) without conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rating(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for your journal</source>
        <translation type="unfinished"></translation>
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
    <name>knead::HomePage</name>
    <message>
        <source>Where do you feel tension?</source>
        <translation>Wo spüren Sie Verspannungen?</translation>
    </message>
    <message>
        <source>Pick a region on the body, or several with Ctrl. The number on a region is how many routines work it; hatched areas are not regions.</source>
        <translation>Wählen Sie einen Körperbereich aus, oder mehrere mit Strg. Die Zahl auf einem Bereich gibt an, wie viele Abläufe ihn behandeln; schraffierte Flächen sind keine Körperbereiche.</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Browse the library of techniques and routines</source>
        <translation>Die Bibliothek der Techniken und Abläufe durchsuchen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>No routine works on this region yet. Try a neighbouring region, or browse the library.</source>
        <translation>Für diesen Körperbereich gibt es noch keinen Ablauf. Versuchen Sie einen benachbarten Bereich, oder durchsuchen Sie die Bibliothek.</translation>
    </message>
    <message>
        <source>Quick start: %1, %2</source>
        <translation>Schnellstart: %1, %2</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>All routines</source>
        <translation>Alle Abläufe</translation>
    </message>
    <message>
        <source>Routines for %1</source>
        <translation>Abläufe für %1</translation>
    </message>
    <message>
        <source>Your tension in %1 over the last sessions: %2 (out of 10)</source>
        <translation>Ihre Verspannung im Bereich %1 in den letzten Sitzungen: %2 (von 10)</translation>
    </message>
</context>
<context>
    <name>knead::LibraryDelegate</name>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>also called “%1”</source>
        <translation>auch „%1“ genannt</translation>
    </message>
    <message>
        <source>In its description: %1</source>
        <translation>In der Beschreibung: %1</translation>
    </message>
</context>
<context>
    <name>knead::LibraryModel</name>
    <message>
        <source>%1, technique, %2 pressure, favourite. %3</source>
        <translation>%1, Technik, Druck: %2, Favorit. %3</translation>
    </message>
    <message>
        <source>%1, technique, %2 pressure. %3</source>
        <translation>%1, Technik, Druck: %2. %3</translation>
    </message>
    <message>
        <source>%1, routine of %2, %3 pressure, favourite. %4</source>
        <translation>%1, Ablauf, Dauer %2, Druck: %3, Favorit. %4</translation>
    </message>
    <message>
        <source>%1, routine of %2, %3 pressure. %4</source>
        <translation>%1, Ablauf, Dauer %2, Druck: %3. %4</translation>
    </message>
</context>
<context>
    <name>knead::LibraryPage</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>&quot;5 techniques and 3 routines&quot;</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Search techniques and routines</source>
        <translation>Techniken und Abläufe durchsuchen</translation>
    </message>
    <message>
        <source>Matches update as you type. Down arrow moves into the results; Enter opens the selected one.</source>
        <translation>Die Treffer werden während der Eingabe aktualisiert. Mit Pfeil nach unten gelangen Sie zu den Ergebnissen; die Eingabetaste öffnet das ausgewählte.</translation>
    </message>
    <message>
        <source>Show techniques, routines or both</source>
        <translation>Techniken, Abläufe oder beides anzeigen</translation>
    </message>
    <message>
        <source>Filter by body region</source>
        <translation>Nach Körperbereich filtern</translation>
    </message>
    <message>
        <source>Filter by pressure</source>
        <translation>Nach Druck filtern</translation>
    </message>
    <message>
        <source>Filter routines by length</source>
        <translation>Abläufe nach Dauer filtern</translation>
    </message>
    <message>
        <source>Filter by tool</source>
        <translation>Nach Hilfsmittel filtern</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>Nur Favoriten anzeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Techniques and routines</source>
        <translation>Techniken und Abläufe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>All body regions</source>
        <translation>Alle Körperbereiche</translation>
    </message>
    <message>
        <source>Any pressure</source>
        <translation>Beliebiger Druck</translation>
    </message>
    <message>
        <source>Light pressure</source>
        <translation>Leichter Druck</translation>
    </message>
    <message>
        <source>Medium pressure</source>
        <translation>Mittlerer Druck</translation>
    </message>
    <message>
        <source>Firm pressure</source>
        <translation>Fester Druck</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Beliebige Dauer</translation>
    </message>
    <message>
        <source>Up to 5 minutes</source>
        <translation>Bis 5 Minuten</translation>
    </message>
    <message>
        <source>5 to 15 minutes</source>
        <translation>5 bis 15 Minuten</translation>
    </message>
    <message>
        <source>Over 15 minutes</source>
        <translation>Über 15 Minuten</translation>
    </message>
    <message>
        <source>Any tool</source>
        <translation>Beliebiges Hilfsmittel</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>No technique or routine matches “%1” with the filters you chose.</source>
        <translation>Mit den gewählten Filtern passt keine Technik und kein Ablauf zu „%1“.</translation>
    </message>
    <message>
        <source>No technique or routine matches “%1”.</source>
        <translation>Keine Technik und kein Ablauf passt zu „%1“.</translation>
    </message>
    <message>
        <source>You have no favourites yet. Mark a technique or routine with its star, or press Ctrl+D.</source>
        <translation>Sie haben noch keine Favoriten. Markieren Sie eine Technik oder einen Ablauf mit dem Stern, oder drücken Sie Strg+D.</translation>
    </message>
    <message>
        <source>No technique or routine matches the filters you chose.</source>
        <translation>Keine Technik und kein Ablauf passt zu den gewählten Filtern.</translation>
    </message>
    <message>
        <source>Every word has to match; try fewer words.</source>
        <translation>Jedes Wort muss passen; versuchen Sie es mit weniger Wörtern.</translation>
    </message>
    <message>
        <source>Try another word or spelling.</source>
        <translation>Versuchen Sie ein anderes Wort oder eine andere Schreibweise.</translation>
    </message>
    <message>
        <source>Clearing the filters searches everything.</source>
        <translation>Wenn Sie die Filter zurücksetzen, wird alles durchsucht.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>Vom Suchfeld zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Pfeil nach unten, Pfeil nach oben</translation>
    </message>
    <message>
        <source>Open the result</source>
        <translation>Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message numerus="yes">
        <source>%n technique(s)</source>
        <translation>
            <numerusform>%n Technik</numerusform>
            <numerusform>%n Techniken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Ablauf</numerusform>
            <numerusform>%n Abläufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate into your routines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::MainWindow</name>
    <message>
        <source>Knead</source>
        <translation>Knead</translation>
    </message>
    <message>
        <source>&amp;Knead</source>
        <translation>&amp;Knead</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>B&amp;ibliothek</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>Wo sind meine &amp;Daten?</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Glance mode</source>
        <translation>&amp;Blickmodus</translation>
    </message>
    <message>
        <source>Full screen with a huge countdown, readable from across the room</source>
        <translation>Vollbild mit riesigem Countdown, auch quer durch den Raum lesbar</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Voice guidance</source>
        <translation>&amp;Sprachansage</translation>
    </message>
    <message>
        <source>&amp;Chime at each step</source>
        <translation>Signal&amp;ton bei jedem Schritt</translation>
    </message>
    <message>
        <source>&amp;Ticks in the last 3 seconds</source>
        <translation>T&amp;icken in den letzten 3 Sekunden</translation>
    </message>
    <message>
        <source>V&amp;olume</source>
        <translation>&amp;Lautstärke</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Get-ready countdown</source>
        <translation>&amp;Vorlauf</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie im &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Content problems…</source>
        <translation>&amp;Inhaltsprobleme …</translation>
    </message>
    <message>
        <source>&amp;About Knead</source>
        <translation>Ü&amp;ber Knead</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Some content could not be loaded (%n problem(s)); Knead runs on the rest.</source>
        <translation>
            <numerusform>Einige Inhalte konnten nicht geladen werden (%n Problem); Knead arbeitet mit den übrigen.</numerusform>
            <numerusform>Einige Inhalte konnten nicht geladen werden (%n Probleme); Knead arbeitet mit den übrigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details …</translation>
    </message>
    <message>
        <source>“%1” is at step %2 of %3.</source>
        <translation>„%1“ ist bei Schritt %2 von %3.</translation>
    </message>
    <message>
        <source>A session is in progress</source>
        <translation>Eine Sitzung läuft</translation>
    </message>
    <message>
        <source>&amp;Keep the session</source>
        <translation>Sitzung &amp;beibehalten</translation>
    </message>
    <message>
        <source>Start “%1” and end the session in progress?</source>
        <translation>„%1“ starten und die laufende Sitzung beenden?</translation>
    </message>
    <message>
        <source>&amp;End it and start</source>
        <translation>Beenden und &amp;starten</translation>
    </message>
    <message>
        <source>Your session “%1” was interrupted at step %2 of %3. Resume where you left off?</source>
        <translation>Ihre Sitzung „%1“ wurde bei Schritt %2 von %3 unterbrochen. Dort fortsetzen, wo Sie aufgehört haben?</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>D&amp;iscard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Content problems</source>
        <translation>Inhaltsprobleme</translation>
    </message>
    <message>
        <source>Knead skipped the items below and runs on the rest. Each line names the file, line and field.</source>
        <translation>Knead hat die folgenden Einträge übersprungen und arbeitet mit den übrigen. Jede Zeile nennt Datei, Zeile und Feld.</translation>
    </message>
    <message>
        <source>No problems: all content loaded.</source>
        <translation>Keine Probleme: Alle Inhalte wurden geladen.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Technique page</source>
        <translation>Technikseite</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten gespeichert sind</translation>
    </message>
    <message>
        <source>About Knead</source>
        <translation>Über Knead</translation>
    </message>
    <message>
        <source>Knead %1

Guided self-massage routines for tension in the head, neck, back and legs.

Knead gives general guidance, not medical advice. Stop if anything hurts sharply, and see a professional for pain that persists or worsens.

MIT License.</source>
        <translation>Knead %1

Angeleitete Selbstmassage-Abläufe bei Verspannungen in Kopf, Nacken, Rücken und Beinen.

Knead gibt allgemeine Anleitungen, keinen medizinischen Rat. Hören Sie auf, wenn etwas stechend schmerzt, und wenden Sie sich bei anhaltenden oder zunehmenden Schmerzen an Fachleute.

MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Quit Knead during a session?</source>
        <translation>Knead während einer Sitzung beenden?</translation>
    </message>
    <message>
        <source>Deleted “%1” from your routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try “%1” and end the session in progress?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End it and try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Knead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is kept in
%5
(one file per computer; choose another folder in Preferences → Journal)

Any interrupted session is kept in
%1

Your settings are kept in
%2

Your own content packs go in the folder below, one folder each; the routines you make in Knead are the pack my-routines there. Knead finds it under XDG_DATA_HOME when that is set.
%3

Routines that still have problems wait as drafts in
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::MotionGuideWidget</name>
    <message>
        <source>Motion guide</source>
        <translation>Bewegungsanleitung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Which view of the body the guide shows.</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>seen from behind</source>
        <translation>von hinten gesehen</translation>
    </message>
    <message>
        <source>seen from the front</source>
        <translation>von vorne gesehen</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the person&apos;s right, on the front view</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the person&apos;s left, on the back view</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>L</source>
        <comment>the person&apos;s left, on the front view</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the person&apos;s right, on the back view</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>&quot;small circles: Head and scalp&quot; (the motion, then the region&apos;s name as written)</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>knead::PlayerPage</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A button&apos;s tooltip: what it does, and its key.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Angeleitete Sitzung</translation>
    </message>
    <message>
        <source>Space pauses and resumes, Left goes back, Right skips, Escape stops.</source>
        <translation>Leertaste pausiert und setzt fort, Pfeil links geht zurück, Pfeil rechts überspringt, Esc beendet.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Continue to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Start / Pause</source>
        <translation>Starten / Pausieren</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Machen Sie sich bereit</translation>
    </message>
    <message>
        <source>First: %1</source>
        <translation>Zuerst: %1</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <source>Let your hands rest. Breathe.</source>
        <translation>Lassen Sie die Hände ruhen. Atmen Sie.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Sitzung abgeschlossen</translation>
    </message>
    <message>
        <source>When you&apos;re ready</source>
        <translation>Wenn Sie bereit sind</translation>
    </message>
    <message>
        <source>Next: %1 (%2)</source>
        <translation>Als Nächstes: %1 (%2)</translation>
    </message>
    <message>
        <source>when ready</source>
        <translation>wenn bereit</translation>
    </message>
    <message>
        <source>Next: the end</source>
        <translation>Als Nächstes: das Ende</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
</context>
<context>
    <name>knead::PracticeCalendar</name>
    <message>
        <source>Practice calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practice in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You practised on %1 of the last %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::PreparationPage</name>
    <message>
        <source>&amp;Start session</source>
        <translation>Sitzung &amp;starten</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %n Schritt</numerusform>
            <numerusform>%1 · %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Was Sie brauchen</translation>
    </message>
    <message>
        <source>No tools needed: your hands are enough.</source>
        <translation>Keine Hilfsmittel nötig: Ihre Hände genügen.</translation>
    </message>
    <message>
        <source>Have these at hand: %1.</source>
        <translation>Legen Sie Folgendes bereit: %1.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Stop, and get help, if:</source>
        <translation>Hören Sie auf und holen Sie sich Hilfe, wenn:</translation>
    </message>
    <message>
        <source>Do not do it, or ask first, if:</source>
        <translation>Nicht anwenden oder vorher Rat einholen, wenn:</translation>
    </message>
    <message>
        <source>How tense is it now? (optional)</source>
        <translation>Wie stark ist die Verspannung jetzt? (optional)</translation>
    </message>
    <message>
        <source>0 is none, 10 the worst you can imagine. Your ratings before and after are kept in your journal.</source>
        <translation>0 bedeutet keine, 10 die schlimmste, die Sie sich vorstellen können. Ihre Bewertungen vorher und nachher werden in Ihrem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>when ready</source>
        <translation>wenn bereit</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <extracomment>A line of the step list: number, title, length (&quot;0:30&quot; or &quot;when ready&quot;).</extracomment>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate this routine into your own, to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your own copy of this routine to change; the original stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::ReminderScheduler</name>
    <message>
        <source>The computer was asleep (or its clock changed), so reminders count again from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock was changed at %1; reminders follow the new time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone changed to %1; reminders follow the local time there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::ReminderService</name>
    <message>
        <source>Time for a short break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes %2. Start it when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand up, stretch, and let your shoulders drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You can snooze it %n more time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No snoozes left: start it, or skip today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Knead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me to take a short massage break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every few minutes during working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes &amp;between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count starts again after each reminder and each session. An end before the start runs past midnight; the same time at both ends is the whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;fixed times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine a reminder offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions for the best short routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How reminders reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Knead when I &amp;log in, waiting in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knead no longer starts at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best short routine for the regions I pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>Each reminder is a desktop notification with Start, Snooze 10 min (three times at most) and Skip today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reminder is a desktop notification; click it to open Knead. This desktop&apos;s notifications show no buttons, so snooze and pause are in the tray menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each reminder is a desktop notification; click it to open Knead. This desktop&apos;s notifications show no buttons: start the routine from Knead&apos;s window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tray icon&apos;s tooltip says when the next reminder comes, or why one waits; its menu starts a routine, snoozes, or pauses reminders for an hour or until tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so Knead has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With reminders on, closing the window keeps Knead running in the background; quit from the Knead menu or the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With reminders on, closing the window keeps Knead running in the background; to quit, open Knead (from the menu of applications, or a reminder) and choose Knead, Quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is neither a notification service nor a tray here, so reminders appear in Knead&apos;s window: keep it open (minimised is fine). Closing it quits Knead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder waits while a session runs, while Do Not Disturb is on, while the screen is locked and while a full-screen window (a video, a presentation, a shared screen) is active, and comes when that ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Wayland Knead cannot see other windows, so it cannot tell when one is full screen: turn on Do Not Disturb for meetings and videos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-screen windows cannot be seen on this display, so only Do Not Disturb holds reminders for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::ReminderToggle</name>
    <message>
        <source>Re&amp;mind me to take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::ReminderTray</name>
    <message>
        <source>&amp;Start a routine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Knead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Knead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knead: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::RoutineDocument</name>
    <message>
        <source>Edit the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the safety note from the red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Move a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the step&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the motion guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked with step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then %1 rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished">%1, %2 {1.?}</translation>
    </message>
    <message>
        <source>no title yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untimed, continues when you are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3. %4.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Move steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of your routines or drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: new, import, export, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, import, export, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this routine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all your routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try this routine now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name, e.g. Evening neck and shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence: what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regions the routine works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation type="unfinished">Körperbereiche</translation>
    </message>
    <message>
        <source>Before you start, one item a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start (one item a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in from the red flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the safety note from the red flags of the techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished">Schritte</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected step; Delete removes the selected steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step after the selected one (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected steps (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected steps (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected steps (Delete); Ctrl+Z brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a technique; Enter picks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches update as you type. Down arrow moves through them; Enter picks one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished">Technik</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation type="unfinished">Techniken</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short: shown large and read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction (read aloud at the start of the step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed step; when off, the step waits until you continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after the step, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides, one after the other (adds a mirrored left step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the two sides, to edit each alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation type="unfinished">Druck</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools for this step; none checked uses the technique&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools (none checked: the technique&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motion guide</source>
        <translation type="unfinished">Bewegungsanleitung</translation>
    </message>
    <message>
        <source>No motion guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per circle, stroke or hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As other routines do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the motion guide other routines use with this technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cues, one a line: the second, then what to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken cues (one a line: the second, then what to say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: 30 Breathe out and let your shoulders drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (my copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your own copy of “%1”. The original stays as it is; save to keep the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a draft, kept aside from your routines since %1. Fix its problems and save it to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your new routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save them, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has problems, so for now it can only be kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” in your routines; it is in the library and on the home page.</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Fix the problems and save the routine before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” as a pack anyone can import or check with knead --validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported all your routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all your routines into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this routine into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n step(s). Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A new routine, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine, with unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your routine, saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft, with unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft, kept aside until its problems are fixed</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total time %1, plus %n untimed step(s) that wait for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Total time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine as it is now, saved or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems first: a routine with problems cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as a draft until its problems are fixed (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to your routines (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the red flags of the techniques you use, for the regions you work on. Edit it to write your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own note. The preparation page also lists the techniques&apos; red flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet: add one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished">Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2 pressure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technique has the id “%1”: pick one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique: %1. Type to find another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked with step %1, the %2: an edit here changes both, mirrored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No region (a still step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None checked: the technique&apos;s own, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not used: start it with the second, e.g. 30 Breathe out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines of your own yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::RoutineListModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>The meta line of a routine: its length, its pressure, and what to have at hand.</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>no tools needed</source>
        <translation>keine Hilfsmittel nötig</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>knead::RoutineSuggestion</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::SegmentedProgress</name>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt des Ablaufs</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
</context>
<context>
    <name>knead::SessionBar</name>
    <message>
        <source>&amp;Return to session</source>
        <translation>&amp;Zurück zur Sitzung</translation>
    </message>
    <message>
        <source>Session paused: %1, step %2 of %3.</source>
        <translation>Sitzung pausiert: %1, Schritt %2 von %3.</translation>
    </message>
    <message>
        <source>Session running: %1, step %2 of %3.</source>
        <translation>Sitzung läuft: %1, Schritt %2 von %3.</translation>
    </message>
</context>
<context>
    <name>knead::SessionEngine</name>
    <message>
        <source>Halfway through the routine.</source>
        <translation>Die Hälfte des Ablaufs ist geschafft.</translation>
    </message>
    <message>
        <source>Get ready. First: %1.</source>
        <translation>Machen Sie sich bereit. Zuerst: %1.</translation>
    </message>
    <message>
        <source>Switch sides.</source>
        <translation>Seite wechseln.</translation>
    </message>
    <message>
        <source>Rest.</source>
        <translation>Ruhepause.</translation>
    </message>
    <message>
        <source>Session complete.</source>
        <translation>Sitzung abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>knead::SessionListModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>all %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::SummaryPage</name>
    <message>
        <source>How tense is it now? (optional)</source>
        <translation>Wie stark ist die Verspannung jetzt? (optional)</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Repeat this routine</source>
        <translation>Diesen Ablauf wiederholen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done, back to the start page</source>
        <translation>Fertig, zurück zur Startseite</translation>
    </message>
    <message>
        <source>Re&amp;sume session</source>
        <translation>&amp;Sitzung fortsetzen</translation>
    </message>
    <message>
        <source>Resume the stopped session where you left off</source>
        <translation>Die beendete Sitzung dort fortsetzen, wo Sie aufgehört haben</translation>
    </message>
    <message>
        <source>Stopped: %1, after %2 of %3 steps</source>
        <translation>Beendet: %1, nach %2 von %3 Schritten</translation>
    </message>
    <message>
        <source>Well done: %1 complete</source>
        <translation>Gut gemacht: %1 abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%1 finished, with %n step(s) skipped</source>
        <translation>
            <numerusform>%1 abgeschlossen, %n Schritt übersprungen</numerusform>
            <numerusform>%1 abgeschlossen, %n Schritte übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: you reached the end, but skipped most steps</source>
        <translation>%1: Sie haben das Ende erreicht, aber die meisten Schritte übersprungen</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Erledigte Schritte: %1 von %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>%1, recent sessions: %2</source>
        <translation>%1, letzte Sitzungen: %2</translation>
    </message>
    <message>
        <source>Your sessions are kept in your journal. History (Ctrl+H) shows how your tension changed and what works for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your history: streaks, tension chart and what works for you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::TechniquePage</name>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Zu Favoriten hinzufügen oder aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>Technique description</source>
        <translation>Technikbeschreibung</translation>
    </message>
    <message>
        <source>Choose a technique in the library to read about it here.</source>
        <translation>Wählen Sie in der Bibliothek eine Technik aus, um hier mehr darüber zu lesen.</translation>
    </message>
    <message>
        <source>Also called %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>A fact about a technique: &quot;Pressure: light, medium&quot;.</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>How it helps</source>
        <translation>Wie es hilft</translation>
    </message>
    <message>
        <source>How to do it yourself</source>
        <translation>So wenden Sie es selbst an</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Vorsichtshinweise</translation>
    </message>
    <message>
        <source>When to stop or see a professional</source>
        <translation>Wann Sie aufhören oder sich an Fachleute wenden sollten</translation>
    </message>
    <message>
        <source>Routines that use it</source>
        <translation>Abläufe mit dieser Technik</translation>
    </message>
    <message>
        <source>%1, every step</source>
        <translation>%1, in jedem Schritt</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 of %n step(s)</source>
        <translation>
            <numerusform>%1, %2 von %n Schritt</numerusform>
            <numerusform>%1, %2 von %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Addresses open in your web browser; right-click one to copy it.</source>
        <translation>Adressen öffnen sich in Ihrem Webbrowser; zum Kopieren mit der rechten Maustaste darauf klicken.</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>The routine that uses %1 the most; %2</source>
        <translation>Der Ablauf, der %1 am häufigsten verwendet; %2</translation>
    </message>
    <message>
        <source>Start %1 (%2)</source>
        <translation>%1 starten (%2)</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Favourite; press to remove from favourites</source>
        <translation>Favorit; drücken, um aus den Favoriten zu entfernen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>knead::TensionChart</name>
    <message>
        <source>Tension chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median of the last 7 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ratings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>knead::TensionRating</name>
    <message>
        <source>%1 (before: %2)</source>
        <translation>%1 (vorher: %2)</translation>
    </message>
    <message>
        <source>%1, %2 of 10</source>
        <translation>%1, %2 von 10</translation>
    </message>
    <message>
        <source>0: no tension</source>
        <translation>0: keine Verspannung</translation>
    </message>
    <message>
        <source>10: the worst you can imagine</source>
        <translation>10: die schlimmste, die Sie sich vorstellen können</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Knead is already running, but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are off, so there is nothing to wait for in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
