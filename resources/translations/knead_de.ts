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
        <translation>Im Hintergrund auf Pausenerinnerungen warten</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
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
        <translation>Ohne Fenster starten und auf Erinnerungen warten (so startet Knead bei der Anmeldung). Läuft Knead bereits, bleibt es unverändert.</translation>
    </message>
    <message>
        <source>Use only one of --list, --validate, --start and --background.</source>
        <translation>Verwenden Sie nur eine der Optionen --list, --validate, --start und --background.</translation>
    </message>
    <message>
        <source>Knead guides you through self-massage routines, step by step.

Your own content packs, one folder each, go in %1 ($XDG_DATA_HOME/Knead/packs, by default ~/.local/share/Knead/packs); the routines you make in Knead are the pack my-routines there. content/FORMAT.md describes the format.</source>
        <translation>Knead führt Sie Schritt für Schritt durch Abläufe zur Selbstmassage.

Ihre eigenen Inhaltspakete, jedes in einem eigenen Ordner, gehören nach %1 ($XDG_DATA_HOME/Knead/packs, standardmäßig ~/.local/share/Knead/packs); die Abläufe, die Sie in Knead erstellen, bilden dort das Paket my-routines. Das Format ist in content/FORMAT.md beschrieben.</translation>
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
    <message>
        <source>fingertips</source>
        <translation>Fingerkuppen</translation>
    </message>
    <message>
        <source>thumbs</source>
        <translation>Daumen</translation>
    </message>
    <message>
        <source>palms</source>
        <translation>Handflächen</translation>
    </message>
    <message>
        <source>knuckles</source>
        <translation>Fingerknöchel</translation>
    </message>
    <message>
        <source>loose fists</source>
        <translation>locker geballte Fäuste</translation>
    </message>
    <message>
        <source>forearm</source>
        <translation>Unterarm</translation>
    </message>
    <message>
        <source>massage ball</source>
        <translation>Massageball</translation>
    </message>
    <message>
        <source>tennis ball</source>
        <translation>Tennisball</translation>
    </message>
    <message>
        <source>peanut ball</source>
        <translation>Duoball</translation>
    </message>
    <message>
        <source>foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <source>handheld massager</source>
        <translation>Handmassagegerät</translation>
    </message>
    <message>
        <source>massage stick</source>
        <translation>Massagestab</translation>
    </message>
    <message>
        <source>scalp massager</source>
        <translation>Kopfmassagegerät</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>floor mat</source>
        <translation>Bodenmatte</translation>
    </message>
    <message>
        <source>cushion</source>
        <translation>Kissen</translation>
    </message>
    <message>
        <source>towel</source>
        <translation>Handtuch</translation>
    </message>
    <message>
        <source>heat pack</source>
        <translation>Wärmekissen</translation>
    </message>
    <message>
        <source>cold pack</source>
        <translation>Kühlpack</translation>
    </message>
    <message>
        <source>oil</source>
        <translation>Öl</translation>
    </message>
    <message>
        <source>comb</source>
        <translation>Kamm</translation>
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
        <translation>schreiben Sie %1 als einfache Zahl, ohne Anführungszeichen oder Einheit: %2 statt %3 (von %4 bis %5)</translation>
    </message>
    <message>
        <source>write the seconds as a plain number, without quotes or a unit: &quot;duration&quot;: %1 instead of %2 (whole seconds from 1 to 3600, or &quot;untimed&quot;)</source>
        <translation>schreiben Sie die Sekunden als einfache Zahl, ohne Anführungszeichen oder Einheit: &quot;duration&quot;: %1 statt %2 (ganze Sekunden von 1 bis 3600 oder &quot;untimed&quot;)</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>it is not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>it is not a journal entry</source>
        <translation>kein Tagebucheintrag</translation>
    </message>
    <message>
        <source>it was written by a newer version of Knead</source>
        <translation>von einer neueren Version von Knead geschrieben</translation>
    </message>
    <message>
        <source>it has no valid id</source>
        <translation>keine gültige ID</translation>
    </message>
    <message>
        <source>it has no valid time of change</source>
        <translation>kein gültiger Änderungszeitpunkt</translation>
    </message>
    <message>
        <source>it has an invalid deletion mark</source>
        <translation>ungültige Löschmarkierung</translation>
    </message>
    <message>
        <source>it has no routine</source>
        <translation>kein Ablauf angegeben</translation>
    </message>
    <message>
        <source>it has no valid start or end time</source>
        <translation>keine gültige Start- oder Endzeit</translation>
    </message>
    <message>
        <source>it has no valid outcome</source>
        <translation>kein gültiges Ergebnis</translation>
    </message>
    <message>
        <source>it has invalid counts</source>
        <translation>ungültige Anzahlen</translation>
    </message>
    <message>
        <source>it has no regions</source>
        <translation>keine Körperbereiche</translation>
    </message>
    <message>
        <source>it has the field &quot;%1&quot; twice</source>
        <translation>das Feld &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>it has invalid tension ratings</source>
        <translation>ungültige Verspannungswerte</translation>
    </message>
    <message>
        <source>it has an invalid region</source>
        <translation>ungültiger Körperbereich</translation>
    </message>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>too many instances of Knead are writing the journal at once</source>
        <translation>zu viele Knead-Instanzen schreiben gleichzeitig in das Tagebuch</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>it is not a Knead journal of format %1</source>
        <translation>kein Knead-Tagebuch im Format %1</translation>
    </message>
    <message>
        <source>entry %1 is not an object</source>
        <translation>Eintrag %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>it is too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>The last line of your journal file %1 was cut off, probably because Knead stopped while writing it; that line was skipped.</source>
        <translation>Die letzte Zeile Ihrer Tagebuchdatei %1 ist abgeschnitten, vermutlich weil Knead beim Schreiben beendet wurde; diese Zeile wurde übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of your journal could not be read and were skipped (%1). The files were left as they are.</source>
        <translation>
            <numerusform>%n Zeile Ihres Tagebuchs konnte nicht gelesen werden und wurde übersprungen (%1). Die Dateien wurden nicht verändert.</numerusform>
            <numerusform>%n Zeilen Ihres Tagebuchs konnten nicht gelesen werden und wurden übersprungen (%1). Die Dateien wurden nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>These journal files could not be read: %1.</source>
        <translation>Diese Tagebuchdateien konnten nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The rest of your journal is loaded.</source>
        <translation>Der Rest Ihres Tagebuchs wurde geladen.</translation>
    </message>
    <message>
        <source>Your old journal %1 could not be read (%2) and could not be moved aside.</source>
        <translation>Ihr altes Tagebuch %1 konnte nicht gelesen (%2) und auch nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Your old journal could not be read (%1), so it could not be carried over.</source>
        <translation>Ihr altes Tagebuch konnte nicht gelesen werden (%1) und daher nicht übernommen werden.</translation>
    </message>
    <message>
        <source>Your old journal could not be carried over</source>
        <translation>Ihr altes Tagebuch konnte nicht übernommen werden</translation>
    </message>
    <message>
        <source>Your old journal was carried over, but %1 could not be renamed; it will be read again at the next start, which is harmless.</source>
        <translation>Ihr altes Tagebuch wurde übernommen, aber %1 konnte nicht umbenannt werden; es wird beim nächsten Start erneut gelesen, was unschädlich ist.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This session could not be saved to your journal</source>
        <translation>Diese Sitzung konnte nicht in Ihrem Tagebuch gespeichert werden</translation>
    </message>
    <message>
        <source>The session could not be deleted from your journal</source>
        <translation>Die Sitzung konnte nicht aus Ihrem Tagebuch gelöscht werden</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; your journal stays where it is.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden; Ihr Tagebuch bleibt, wo es ist.</translation>
    </message>
    <message>
        <source>Your journal could not be copied to %1 (%2); it stays where it is.</source>
        <translation>Ihr Tagebuch konnte nicht nach %1 kopiert werden (%2); es bleibt, wo es ist.</translation>
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
        <translation>%1: keine Bewertungen in den letzten 30 Tagen.</translation>
    </message>
    <message>
        <source>%1: no ratings over the last 90 days.</source>
        <translation>%1: keine Bewertungen in den letzten 90 Tagen.</translation>
    </message>
    <message>
        <source>%1: no ratings over the last year.</source>
        <translation>%1: keine Bewertungen im letzten Jahr.</translation>
    </message>
    <message>
        <source>%1: no ratings yet.</source>
        <translation>%1: noch keine Bewertungen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: median tension %2 → %3 over the last 30 days, %n session(s)</source>
        <translation>
            <numerusform>%1: Verspannung im Median %2 → %3 in den letzten 30 Tagen, %n Sitzung</numerusform>
            <numerusform>%1: Verspannung im Median %2 → %3 in den letzten 30 Tagen, %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: median tension %2 → %3 over the last 90 days, %n session(s)</source>
        <translation>
            <numerusform>%1: Verspannung im Median %2 → %3 in den letzten 90 Tagen, %n Sitzung</numerusform>
            <numerusform>%1: Verspannung im Median %2 → %3 in den letzten 90 Tagen, %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: median tension %2 → %3 over the last year, %n session(s)</source>
        <translation>
            <numerusform>%1: Verspannung im Median %2 → %3 im letzten Jahr, %n Sitzung</numerusform>
            <numerusform>%1: Verspannung im Median %2 → %3 im letzten Jahr, %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: median tension %2 → %3 since %4, %n session(s)</source>
        <translation>
            <numerusform>%1: Verspannung im Median %2 → %3 seit %4, %n Sitzung</numerusform>
            <numerusform>%1: Verspannung im Median %2 → %3 seit %4, %n Sitzungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <source>a session is running</source>
        <translation>eine Sitzung läuft</translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation>„Nicht stören“ ist eingeschaltet</translation>
    </message>
    <message>
        <source>a full-screen window is active</source>
        <translation>ein Vollbildfenster ist aktiv</translation>
    </message>
    <message>
        <source>the screen is locked</source>
        <translation>der Bildschirm ist gesperrt</translation>
    </message>
    <message>
        <source>Next reminder at %1.</source>
        <translation>Nächste Erinnerung um %1.</translation>
    </message>
    <message>
        <source>Next reminder tomorrow at %1.</source>
        <translation>Nächste Erinnerung morgen um %1.</translation>
    </message>
    <message>
        <source>Next reminder on %1 at %2.</source>
        <translation>Nächste Erinnerung am %1 um %2.</translation>
    </message>
    <message>
        <source>Snoozed: the reminder comes again at %1.</source>
        <translation>Später erinnern: Die Erinnerung kommt um %1 wieder.</translation>
    </message>
    <message>
        <source>Snoozed: the reminder comes again tomorrow at %1.</source>
        <translation>Später erinnern: Die Erinnerung kommt morgen um %1 wieder.</translation>
    </message>
    <message>
        <source>Snoozed: the reminder comes again on %1 at %2.</source>
        <translation>Später erinnern: Die Erinnerung kommt am %1 um %2 wieder.</translation>
    </message>
    <message>
        <source>Skipped for today. Next reminder at %1.</source>
        <translation>Für heute ausgelassen. Nächste Erinnerung um %1.</translation>
    </message>
    <message>
        <source>Skipped for today. Next reminder tomorrow at %1.</source>
        <translation>Für heute ausgelassen. Nächste Erinnerung morgen um %1.</translation>
    </message>
    <message>
        <source>Skipped for today. Next reminder on %1 at %2.</source>
        <translation>Für heute ausgelassen. Nächste Erinnerung am %1 um %2.</translation>
    </message>
    <message>
        <source>Reminders paused until %1.</source>
        <translation>Erinnerungen sind bis %1 pausiert.</translation>
    </message>
    <message>
        <source>Reminders paused until tomorrow at %1.</source>
        <translation>Erinnerungen sind bis morgen um %1 pausiert.</translation>
    </message>
    <message>
        <source>Reminders paused until %1 at %2.</source>
        <translation>Erinnerungen sind bis %1 um %2 pausiert.</translation>
    </message>
    <message>
        <source>Reminders are off.</source>
        <translation>Erinnerungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>Reminders are on, but none can come: choose at least one weekday (and, for fixed times, one time).</source>
        <translation>Erinnerungen sind eingeschaltet, können aber nie kommen: Wählen Sie mindestens einen Wochentag (und bei festen Zeiten eine Uhrzeit).</translation>
    </message>
    <message>
        <source>Reminder postponed: %1. It comes when that ends.</source>
        <translation>Erinnerung wartet: %1. Sie kommt, sobald das vorbei ist.</translation>
    </message>
    <message>
        <source>Skipped for today.</source>
        <translation>Für heute ausgelassen.</translation>
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
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 already exists and is not a folder; choose another place.</source>
        <translation>%1 existiert bereits und ist kein Ordner; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an export of your routines; choose another place.</source>
        <translation>%1 existiert bereits und ist kein Export Ihrer Abläufe; wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>%1 holds a pack with the id “%2”, not Knead&apos;s own routines. Move it elsewhere and save again.</source>
        <translation>%1 enthält ein Paket mit der ID „%2“, nicht die eigenen Abläufe von Knead. Verschieben Sie es an einen anderen Ort und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>My routines</source>
        <translation>Meine Abläufe</translation>
    </message>
    <message>
        <source>Routines made in Knead&apos;s routine editor.</source>
        <translation>Im Ablauf-Editor von Knead erstellte Abläufe.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a file name for a routine.</source>
        <translation>„%1“ kann nicht als Dateiname für einen Ablauf verwendet werden.</translation>
    </message>
    <message>
        <source>There is no routine “%1” of your own to delete.</source>
        <translation>Es gibt keinen eigenen Ablauf „%1“, der gelöscht werden könnte.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB; it is not a routine file.</source>
        <translation>„%1“ ist größer als %2 MiB; das ist keine Ablaufdatei.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” was not imported: it has %n problem(s).</source>
        <translation>
            <numerusform>„%1“ wurde nicht importiert: Die Datei hat %n Problem.</numerusform>
            <numerusform>„%1“ wurde nicht importiert: Die Datei hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>A routine with the id “%1” is already installed, so this one was imported as “%2”.</source>
        <translation>Ein Ablauf mit der ID „%1“ ist bereits installiert, daher wurde dieser als „%2“ importiert.</translation>
    </message>
    <message>
        <source>%1 is not a Knead pack: it has no pack.json with an id.</source>
        <translation>%1 ist kein Knead-Paket: Es enthält keine pack.json mit einer ID.</translation>
    </message>
    <message>
        <source>%1 holds no routines.</source>
        <translation>%1 enthält keine Abläufe.</translation>
    </message>
    <message>
        <source>A pack with the id “%1” is already installed. Remove it first, or give this pack an id of its own.</source>
        <translation>Ein Paket mit der ID „%1“ ist bereits installiert. Entfernen Sie es zuerst, oder geben Sie diesem Paket eine eigene ID.</translation>
    </message>
    <message numerus="yes">
        <source>The pack “%1” was not installed: it has %n problem(s).</source>
        <translation>
            <numerusform>Das Paket „%1“ wurde nicht installiert: Es hat %n Problem.</numerusform>
            <numerusform>Das Paket „%1“ wurde nicht installiert: Es hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not saved in your routines yet; save it first.</source>
        <translation>„%1“ ist noch nicht in Ihren Abläufen gespeichert; speichern Sie den Ablauf zuerst.</translation>
    </message>
    <message>
        <source>You have no routines of your own to export yet.</source>
        <translation>Sie haben noch keine eigenen Abläufe, die Sie exportieren könnten.</translation>
    </message>
    <message>
        <source>Choose a folder other than Knead&apos;s own pack folder.</source>
        <translation>Wählen Sie einen anderen Ordner als den Paketordner von Knead.</translation>
    </message>
</context>
<context>
    <name>WhatWorks</name>
    <message numerus="yes">
        <source>%1: rate %n more session(s) to see this.</source>
        <translation>
            <numerusform>%1: Bewerten Sie noch %n weitere Sitzung, um dies zu sehen.</numerusform>
            <numerusform>%1: Bewerten Sie noch %n weitere Sitzungen, um dies zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in your sessions, tension rose by a median %2 %; %3 of %n session(s) dropped by 30 % or more.</source>
        <translation>
            <numerusform>%1: In Ihren Sitzungen stieg die Verspannung im Median um %2 %; in %3 von %n Sitzung sank sie um 30 % oder mehr.</numerusform>
            <numerusform>%1: In Ihren Sitzungen stieg die Verspannung im Median um %2 %; in %3 von %n Sitzungen sank sie um 30 % oder mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: in your sessions, tension dropped by a median %2 %; %3 of %n session(s) (%4 %) dropped by 30 % or more.</source>
        <translation>
            <numerusform>%1: In Ihren Sitzungen sank die Verspannung im Median um %2 %; in %3 von %n Sitzung (%4 %) sank sie um 30 % oder mehr.</numerusform>
            <numerusform>%1: In Ihren Sitzungen sank die Verspannung im Median um %2 %; in %3 von %n Sitzungen (%4 %) sank sie um 30 % oder mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>To compare routines, rate at least %1 sessions of two or more routines, before and after.</source>
        <translation>Um Abläufe zu vergleichen, bewerten Sie mindestens %1 Sitzungen von zwei oder mehr Abläufen, jeweils vorher und nachher.</translation>
    </message>
    <message>
        <source>Your routines could not be compared like with like yet: no two of them have %1 rated sessions that started at a similar tension (within %2 points). Sessions that start tenser tend to drop more whatever you do, so comparing them would not be fair.</source>
        <translation>Ihre Abläufe lassen sich noch nicht fair vergleichen: Keine zwei davon haben je %1 bewertete Sitzungen, die mit einer ähnlichen Verspannung begannen (höchstens %2 Punkte Unterschied). Bei Sitzungen, die mit stärkerer Verspannung beginnen, sinkt sie meist stärker, ganz gleich, was Sie tun; ein Vergleich wäre daher nicht fair.</translation>
    </message>
    <message>
        <source>Compared over sessions that started at tension %1 to %2: in your sessions, %3 lowered it most (median %4 %, %5 sessions), then %6 (median %7 %, %8 sessions).</source>
        <translation>Verglichen über Sitzungen, die mit einer Verspannung von %1 bis %2 begannen: In Ihren Sitzungen senkte %3 sie am stärksten (Median %4 %, %5 Sitzungen), danach %6 (Median %7 %, %8 Sitzungen).</translation>
    </message>
    <message numerus="yes">
        <source>In your sessions, %1 lowered your %2 tension most: by a median %3 % over %n session(s) that started at tension %4 to %5.</source>
        <translation>
            <numerusform>In Ihren Sitzungen senkte %1 Ihre Verspannung im Bereich %2 am stärksten: im Median um %3 % über %n Sitzung, die mit einer Verspannung von %4 bis %5 begann.</numerusform>
            <numerusform>In Ihren Sitzungen senkte %1 Ihre Verspannung im Bereich %2 am stärksten: im Median um %3 % über %n Sitzungen, die mit einer Verspannung von %4 bis %5 begannen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your sessions, %1 lowered your %2 tension by a median %3 % (%n session(s)).</source>
        <translation>
            <numerusform>In Ihren Sitzungen senkte %1 Ihre Verspannung im Bereich %2 im Median um %3 % (%n Sitzung).</numerusform>
            <numerusform>In Ihren Sitzungen senkte %1 Ihre Verspannung im Bereich %2 im Median um %3 % (%n Sitzungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>These numbers describe your own sessions, nothing more. They show how your ratings changed during a routine, not whether the routine treats anything: tension also eases with rest, warmth or time, ratings vary from day to day, and a few sessions are easily swayed by chance. A drop of 30 % or more is the change commonly taken as meaningful on a 0–10 scale (Farrar et al., Pain 2001; Dworkin et al., J Pain 2008, IMMPACT). For pain that persists or worsens, see a professional.</source>
        <translation>Diese Zahlen beschreiben Ihre eigenen Sitzungen, nicht mehr. Sie zeigen, wie sich Ihre Bewertungen während eines Ablaufs verändert haben, nicht, ob der Ablauf etwas behandelt: Verspannungen lassen auch durch Ruhe, Wärme oder mit der Zeit nach, Bewertungen schwanken von Tag zu Tag, und wenige Sitzungen werden leicht vom Zufall beeinflusst. Ein Rückgang um 30 % oder mehr gilt auf einer Skala von 0 bis 10 allgemein als bedeutsame Veränderung (Farrar et al., Pain 2001; Dworkin et al., J Pain 2008, IMMPACT). Bei Schmerzen, die anhalten oder schlimmer werden, wenden Sie sich an Fachleute.</translation>
    </message>
</context>
<context>
    <name>knead::AppShell</name>
    <message>
        <source>Knead is running; --help, --version, --list and --validate run on their own only when it is not.</source>
        <translation>Knead läuft bereits; --help, --version, --list und --validate funktionieren eigenständig nur, wenn Knead nicht läuft.</translation>
    </message>
    <message>
        <source>no routine has the id &quot;%1&quot;.</source>
        <translation>kein Ablauf hat die ID „%1“.</translation>
    </message>
    <message>
        <source>Knead keeps running for your reminders</source>
        <translation>Knead läuft für Ihre Erinnerungen weiter</translation>
    </message>
    <message>
        <source>Closing the window leaves Knead waiting in the background, so that reminders can reach you. To quit, open Knead and choose Knead, Quit, or turn reminders off.</source>
        <translation>Wenn Sie das Fenster schließen, wartet Knead im Hintergrund, damit Erinnerungen Sie erreichen können. Zum Beenden öffnen Sie Knead und wählen „Knead“ → „Beenden“, oder Sie schalten die Erinnerungen aus.</translation>
    </message>
    <message>
        <source>Time for a short break. %1</source>
        <translation>Zeit für eine kurze Pause. %1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation>Später &amp;erinnern (10 Min.)</translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation>&amp;Heute auslassen</translation>
    </message>
</context>
<context>
    <name>knead::AudioCues</name>
    <message>
        <source>Sound and voice are not available (%1), so Knead runs silently. The countdown, the step text and the prompts on screen work as usual.</source>
        <translation>Ton und Sprachansage sind nicht verfügbar (%1), daher läuft Knead ohne Ton. Countdown, Schritttext und Hinweise auf dem Bildschirm funktionieren wie gewohnt.</translation>
    </message>
    <message>
        <source>Fingertips on your temples. Small, slow circles.</source>
        <translation>Fingerkuppen an die Schläfen. Kleine, langsame Kreise.</translation>
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
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>Als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export the journal as a CSV file, one row per rating, for a spreadsheet</source>
        <translation>Das Tagebuch als CSV-Datei exportieren, eine Zeile pro Bewertung, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Tension over time</source>
        <translation>Verspannung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Region shown in the tension chart</source>
        <translation>Im Verspannungsdiagramm gezeigter Körperbereich</translation>
    </message>
    <message>
        <source>Time span of the tension chart</source>
        <translation>Zeitraum des Verspannungsdiagramms</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>What works for you</source>
        <translation>Was Ihnen hilft</translation>
    </message>
    <message>
        <source>Journal folder</source>
        <translation>Tagebuchordner</translation>
    </message>
    <message>
        <source>C&amp;hange folder…</source>
        <translation>Ordner we&amp;chseln …</translation>
    </message>
    <message>
        <source>Choose another folder for your journal, for example a folder synced between your computers</source>
        <translation>Einen anderen Ordner für Ihr Tagebuch wählen, zum Beispiel einen Ordner, der zwischen Ihren Computern synchronisiert wird</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the deletion (Ctrl+Z)</source>
        <translation>Löschen rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sitzungen, neueste zuerst</translation>
    </message>
    <message>
        <source>No sessions yet. Each session you finish or stop appears here, with your tension ratings.</source>
        <translation>Noch keine Sitzungen. Jede Sitzung, die Sie abschließen oder beenden, erscheint hier mit Ihren Verspannungswerten.</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected session; it can be undone</source>
        <translation>Die ausgewählte Sitzung löschen; das lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Sitzungen.</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s).</source>
        <translation>
            <numerusform>Aktuelle Serie: %n Tag.</numerusform>
            <numerusform>Aktuelle Serie: %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s).</source>
        <translation>
            <numerusform>Längste Serie: %n Tag.</numerusform>
            <numerusform>Längste Serie: %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings yet. Rate your tension before or after a session, and the chart shows how it changes.</source>
        <translation>Noch keine Bewertungen. Bewerten Sie Ihre Verspannung vor oder nach einer Sitzung, dann zeigt das Diagramm, wie sie sich verändert.</translation>
    </message>
    <message>
        <source>Rate your tension before and after your sessions: once a routine has %1 rated sessions, what it did for you shows here.</source>
        <translation>Bewerten Sie Ihre Verspannung vor und nach Ihren Sitzungen: Sobald ein Ablauf %1 bewertete Sitzungen hat, sehen Sie hier, was er Ihnen gebracht hat.</translation>
    </message>
    <message>
        <source>Your journal is kept in %1. Each computer writes a file of its own there, so the folder can be synced between your computers (for example with Syncthing or Nextcloud) without conflicts.</source>
        <translation>Ihr Tagebuch wird in %1 gespeichert. Jeder Computer schreibt dort eine eigene Datei, daher kann der Ordner ohne Konflikte zwischen Ihren Computern synchronisiert werden (zum Beispiel mit Syncthing oder Nextcloud).</translation>
    </message>
    <message>
        <source>Deleted “%1” of %2.</source>
        <translation>„%1“ vom %2 gelöscht.</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The journal could not be exported: %1</source>
        <translation>Das Tagebuch konnte nicht exportiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rating(s) to %1.</source>
        <translation>
            <numerusform>%n Bewertung nach %1 exportiert.</numerusform>
            <numerusform>%n Bewertungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a folder for your journal</source>
        <translation>Ordner für Ihr Tagebuch wählen</translation>
    </message>
    <message numerus="yes">
        <source>Your journal is now kept in %1 (%n file(s) copied). The old files are still in %2: Knead no longer uses them and deletes nothing without you.</source>
        <translation>
            <numerusform>Ihr Tagebuch wird jetzt in %1 gespeichert (%n Datei kopiert). Die alten Dateien liegen weiterhin in %2: Knead verwendet sie nicht mehr und löscht nichts ohne Ihr Zutun.</numerusform>
            <numerusform>Ihr Tagebuch wird jetzt in %1 gespeichert (%n Dateien kopiert). Die alten Dateien liegen weiterhin in %2: Knead verwendet sie nicht mehr und löscht nichts ohne Ihr Zutun.</numerusform>
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
    <name>knead::JournalFolderPage</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Your journal is kept in %1, one file per computer. A folder that a sync tool shares (Syncthing, Nextcloud) brings the sessions of all your computers together.</source>
        <translation>Ihr Tagebuch liegt in %1, eine Datei pro Computer. Ein Ordner, den ein Synchronisationsprogramm teilt (Syncthing, Nextcloud), führt die Sitzungen all Ihrer Computer zusammen.</translation>
    </message>
    <message>
        <source>&amp;Change folder…</source>
        <translation>Ordner &amp;wechseln …</translation>
    </message>
    <message>
        <source>Change the journal folder</source>
        <translation>Tagebuchordner wechseln</translation>
    </message>
</context>
<context>
    <name>knead::LanguagePage</name>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>As the desktop (%1)</source>
        <translation>Wie die Arbeitsumgebung (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Knead shows the new language, app and content, the next time it starts.</source>
        <translation>Knead zeigt die neue Sprache – Programm und Inhalte – beim nächsten Start.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
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
        <translation>Ablauf bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate into your routines</source>
        <translation>In Ihre Abläufe duplizieren</translation>
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
        <translation>„%1“ wurde aus Ihren Abläufen gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Try “%1” and end the session in progress?</source>
        <translation>„%1“ ausprobieren und die laufende Sitzung beenden?</translation>
    </message>
    <message>
        <source>&amp;End it and try</source>
        <translation>Beenden und &amp;ausprobieren</translation>
    </message>
    <message>
        <source>&amp;New routine</source>
        <translation>&amp;Neuer Ablauf</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Journal folder…</source>
        <translation>Tage&amp;buchordner …</translation>
    </message>
    <message>
        <source>%1 – Knead</source>
        <translation>%1 – Knead</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Ablauf-Editor</translation>
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
        <translation>Ihr Tagebuch wird gespeichert in
%5
(eine Datei pro Computer; einen anderen Ordner wählen Sie unter „Knead einrichten“ → Tagebuch)

Eine unterbrochene Sitzung wird gespeichert in
%1

Ihre Einstellungen werden gespeichert in
%2

Ihre eigenen Inhaltspakete gehören in den folgenden Ordner, jedes in einen eigenen Unterordner; die Abläufe, die Sie in Knead erstellen, bilden dort das Paket my-routines. Ist XDG_DATA_HOME gesetzt, sucht Knead den Ordner dort.
%3

Abläufe, die noch Probleme haben, warten als Entwürfe in
%4</translation>
    </message>
    <message>
        <source>&amp;Open the pack folder</source>
        <translation>&amp;Paketordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Knead &amp;einrichten …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Sprache und Darstellung</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Sound and voice…</source>
        <translation>&amp;Ton und Stimme …</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
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
    <message>
        <source>Listen</source>
        <translation>Zuhören</translation>
    </message>
</context>
<context>
    <name>knead::PracticeCalendar</name>
    <message>
        <source>Practice calendar</source>
        <translation>Übungskalender</translation>
    </message>
    <message>
        <source>No practice in the last %1 days.</source>
        <translation>In den letzten %1 Tagen nicht geübt.</translation>
    </message>
    <message>
        <source>You practised on %1 of the last %2 days.</source>
        <translation>Sie haben an %1 der letzten %2 Tage geübt.</translation>
    </message>
</context>
<context>
    <name>knead::PreferencesDialog</name>
    <message>
        <source>Preferences – Knead</source>
        <translation>Knead einrichten</translation>
    </message>
    <message>
        <source>Preferences pages</source>
        <translation>Einstellungsseiten</translation>
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
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this routine</source>
        <translation>Diesen Ablauf bearbeiten</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate this routine into your own, to change it</source>
        <translation>Diesen Ablauf in Ihre eigenen duplizieren, um ihn zu ändern</translation>
    </message>
    <message>
        <source>Make your own copy of this routine to change; the original stays as it is</source>
        <translation>Eine eigene Kopie dieses Ablaufs zum Ändern anlegen; das Original bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>knead::ReminderScheduler</name>
    <message>
        <source>The computer was asleep (or its clock changed), so reminders count again from %1.</source>
        <translation>Der Computer war im Ruhezustand (oder seine Uhr wurde umgestellt), daher zählen die Erinnerungen ab %1 neu.</translation>
    </message>
    <message>
        <source>The clock was changed at %1; reminders follow the new time.</source>
        <translation>Die Uhr wurde um %1 umgestellt; die Erinnerungen richten sich nach der neuen Zeit.</translation>
    </message>
    <message>
        <source>The time zone changed to %1; reminders follow the local time there.</source>
        <translation>Die Zeitzone wurde auf %1 geändert; die Erinnerungen richten sich nach der dortigen Ortszeit.</translation>
    </message>
</context>
<context>
    <name>knead::ReminderService</name>
    <message>
        <source>Time for a short break</source>
        <translation>Zeit für eine kurze Pause</translation>
    </message>
    <message>
        <source>“%1” takes %2. Start it when you are ready.</source>
        <translation>„%1“ dauert %2. Starten Sie den Ablauf, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Stand up, stretch, and let your shoulders drop.</source>
        <translation>Stehen Sie auf, strecken Sie sich und lassen Sie die Schultern sinken.</translation>
    </message>
    <message numerus="yes">
        <source>You can snooze it %n more time(s).</source>
        <translation>
            <numerusform>Sie können sich noch %n-mal später erinnern lassen.</numerusform>
            <numerusform>Sie können sich noch %n-mal später erinnern lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No snoozes left: start it, or skip today.</source>
        <translation>Später erinnern ist nicht mehr möglich: Starten Sie den Ablauf, oder lassen Sie ihn heute aus.</translation>
    </message>
    <message>
        <source>Open Knead</source>
        <translation>Knead öffnen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Snooze 10 min</source>
        <translation>Später erinnern (10 Min.)</translation>
    </message>
    <message>
        <source>Skip today</source>
        <translation>Heute auslassen</translation>
    </message>
</context>
<context>
    <name>knead::ReminderSettings</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Remind me to take a short massage break</source>
        <translation>An eine kurze Massagepause &amp;erinnern</translation>
    </message>
    <message>
        <source>Reminders on</source>
        <translation>Erinnerungen eingeschaltet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Every few minutes during working hours</source>
        <translation>&amp;Alle paar Minuten während der Arbeitszeit</translation>
    </message>
    <message>
        <source>Minutes &amp;between reminders</source>
        <translation>Minuten &amp;zwischen Erinnerungen</translation>
    </message>
    <message>
        <source>Minutes between reminders</source>
        <translation>Minuten zwischen Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Working hours from</source>
        <translation>Arbeitszeit &amp;von</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Beginn der Arbeitszeit</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Ende der Arbeitszeit</translation>
    </message>
    <message>
        <source>The count starts again after each reminder and each session. An end before the start runs past midnight; the same time at both ends is the whole day.</source>
        <translation>Die Zählung beginnt nach jeder Erinnerung und jeder Sitzung neu. Liegt das Ende vor dem Beginn, reicht die Arbeitszeit über Mitternacht; dieselbe Uhrzeit für Beginn und Ende bedeutet den ganzen Tag.</translation>
    </message>
    <message>
        <source>At &amp;fixed times</source>
        <translation>Zu &amp;festen Zeiten</translation>
    </message>
    <message>
        <source>Reminder times</source>
        <translation>Erinnerungszeiten</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Hinzuzufügende Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add this reminder time</source>
        <translation>Diese Erinnerungszeit hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>E&amp;ntfernen</translation>
    </message>
    <message>
        <source>Remove the selected reminder time</source>
        <translation>Die ausgewählte Erinnerungszeit entfernen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Which routine</source>
        <translation>Welcher Ablauf</translation>
    </message>
    <message>
        <source>Routine a reminder offers</source>
        <translation>Ablauf, den eine Erinnerung anbietet</translation>
    </message>
    <message>
        <source>Regions for the best short routine</source>
        <translation>Körperbereiche für den besten kurzen Ablauf</translation>
    </message>
    <message>
        <source>How reminders reach you</source>
        <translation>Wie Erinnerungen Sie erreichen</translation>
    </message>
    <message>
        <source>Start Knead when I &amp;log in, waiting in the background</source>
        <translation>Knead bei der Anme&amp;ldung starten und im Hintergrund warten lassen</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Geschrieben: %1</translation>
    </message>
    <message>
        <source>Knead no longer starts at login.</source>
        <translation>Knead startet nicht mehr bei der Anmeldung.</translation>
    </message>
    <message>
        <source>The best short routine for the regions I pick</source>
        <translation>Der beste kurze Ablauf für die von mir gewählten Körperbereiche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Each reminder is a desktop notification with Start, Snooze 10 min (three times at most) and Skip today.</source>
        <translation>Jede Erinnerung ist eine Desktop-Benachrichtigung mit „Starten“, „Später erinnern (10 Min.)“ (höchstens dreimal) und „Heute auslassen“.</translation>
    </message>
    <message>
        <source>Each reminder is a desktop notification; click it to open Knead. This desktop&apos;s notifications show no buttons, so snooze and pause are in the tray menu.</source>
        <translation>Jede Erinnerung ist eine Desktop-Benachrichtigung; klicken Sie darauf, um Knead zu öffnen. Die Benachrichtigungen dieser Arbeitsumgebung zeigen keine Knöpfe, daher finden Sie „Später erinnern“ und das Pausieren der Erinnerungen im Menü der Systemablage.</translation>
    </message>
    <message>
        <source>Each reminder is a desktop notification; click it to open Knead. This desktop&apos;s notifications show no buttons: start the routine from Knead&apos;s window.</source>
        <translation>Jede Erinnerung ist eine Desktop-Benachrichtigung; klicken Sie darauf, um Knead zu öffnen. Die Benachrichtigungen dieser Arbeitsumgebung zeigen keine Knöpfe: Starten Sie den Ablauf im Fenster von Knead.</translation>
    </message>
    <message>
        <source>The tray icon&apos;s tooltip says when the next reminder comes, or why one waits; its menu starts a routine, snoozes, or pauses reminders for an hour or until tomorrow.</source>
        <translation>Der Tooltip des Symbols in der Systemablage zeigt, wann die nächste Erinnerung kommt oder warum eine wartet; über sein Menü starten Sie einen Ablauf, lassen sich später erinnern oder pausieren die Erinnerungen für eine Stunde oder bis morgen.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so Knead has none.</source>
        <translation>Diese Arbeitsumgebung zeigt keine Symbole in der Systemablage an, daher hat Knead keines.</translation>
    </message>
    <message>
        <source>With reminders on, closing the window keeps Knead running in the background; quit from the Knead menu or the tray.</source>
        <translation>Bei eingeschalteten Erinnerungen läuft Knead nach dem Schließen des Fensters im Hintergrund weiter; beenden Sie es über das Menü „Knead“ oder die Systemablage.</translation>
    </message>
    <message>
        <source>With reminders on, closing the window keeps Knead running in the background; to quit, open Knead (from the menu of applications, or a reminder) and choose Knead, Quit.</source>
        <translation>Bei eingeschalteten Erinnerungen läuft Knead nach dem Schließen des Fensters im Hintergrund weiter; zum Beenden öffnen Sie Knead (über das Anwendungsmenü oder eine Erinnerung) und wählen „Knead“ → „Beenden“.</translation>
    </message>
    <message>
        <source>There is neither a notification service nor a tray here, so reminders appear in Knead&apos;s window: keep it open (minimised is fine). Closing it quits Knead.</source>
        <translation>Hier gibt es weder einen Benachrichtigungsdienst noch eine Systemablage, daher erscheinen Erinnerungen im Fenster von Knead: Lassen Sie es geöffnet (minimiert genügt). Wenn Sie es schließen, wird Knead beendet.</translation>
    </message>
    <message>
        <source>A reminder waits while a session runs, while Do Not Disturb is on, while the screen is locked and while a full-screen window (a video, a presentation, a shared screen) is active, and comes when that ends.</source>
        <translation>Eine Erinnerung wartet, solange eine Sitzung läuft, „Nicht stören“ eingeschaltet ist, der Bildschirm gesperrt ist oder ein Vollbildfenster (ein Video, eine Präsentation, eine Bildschirmfreigabe) aktiv ist, und kommt, sobald das vorbei ist.</translation>
    </message>
    <message>
        <source>On Wayland Knead cannot see other windows, so it cannot tell when one is full screen: turn on Do Not Disturb for meetings and videos.</source>
        <translation>Unter Wayland kann Knead andere Fenster nicht sehen und daher nicht erkennen, ob eines im Vollbild ist: Schalten Sie bei Besprechungen und Videos „Nicht stören“ ein.</translation>
    </message>
    <message>
        <source>Full-screen windows cannot be seen on this display, so only Do Not Disturb holds reminders for them.</source>
        <translation>Vollbildfenster sind auf dieser Anzeige nicht erkennbar, daher hält nur „Nicht stören“ Erinnerungen für sie zurück.</translation>
    </message>
</context>
<context>
    <name>knead::ReminderToggle</name>
    <message>
        <source>Re&amp;mind me to take a break</source>
        <translation>An eine &amp;Pause erinnern</translation>
    </message>
    <message>
        <source>Break reminders</source>
        <translation>Pausenerinnerungen</translation>
    </message>
    <message>
        <source>Reminder settings…</source>
        <translation>Erinnerungseinstellungen …</translation>
    </message>
    <message>
        <source>Reminder settings</source>
        <translation>Erinnerungseinstellungen</translation>
    </message>
</context>
<context>
    <name>knead::ReminderTray</name>
    <message>
        <source>&amp;Start a routine now</source>
        <translation>Jetzt einen Ablauf s&amp;tarten</translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation>Später &amp;erinnern (10 Min.)</translation>
    </message>
    <message>
        <source>&amp;Pause reminders for 1 hour</source>
        <translation>Erinnerungen 1 Stunde &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause reminders until &amp;tomorrow</source>
        <translation>Erinnerungen bis &amp;morgen pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume reminders</source>
        <translation>Erinnerungen &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Open Knead</source>
        <translation>&amp;Knead öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit Knead</source>
        <translation>Knead &amp;beenden</translation>
    </message>
    <message>
        <source>Knead: %1</source>
        <translation>Knead: %1</translation>
    </message>
</context>
<context>
    <name>knead::RoutineDocument</name>
    <message>
        <source>Edit the name</source>
        <translation>Namen bearbeiten</translation>
    </message>
    <message>
        <source>Edit the summary</source>
        <translation>Kurzbeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the safety note</source>
        <translation>Sicherheitshinweis bearbeiten</translation>
    </message>
    <message>
        <source>Change the regions</source>
        <translation>Körperbereiche ändern</translation>
    </message>
    <message>
        <source>Edit the preparation</source>
        <translation>Vorbereitung bearbeiten</translation>
    </message>
    <message>
        <source>Fill in the safety note from the red flags</source>
        <translation>Sicherheitshinweis aus den Warnzeichen ausfüllen</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n step(s)</source>
        <translation>
            <numerusform>%n Schritt duplizieren</numerusform>
            <numerusform>%n Schritte duplizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>%n Schritt löschen</numerusform>
            <numerusform>%n Schritte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Edit the step&apos;s title</source>
        <translation>Titel des Schritts bearbeiten</translation>
    </message>
    <message>
        <source>Edit the instruction</source>
        <translation>Anleitung bearbeiten</translation>
    </message>
    <message>
        <source>Change the duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <source>Change the technique</source>
        <translation>Technik ändern</translation>
    </message>
    <message>
        <source>Change the region</source>
        <translation>Körperbereich ändern</translation>
    </message>
    <message>
        <source>Change the side</source>
        <translation>Seite ändern</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left side: %1</source>
        <translation>Linke Seite: %1</translation>
    </message>
    <message>
        <source>Right side: %1</source>
        <translation>Rechte Seite: %1</translation>
    </message>
    <message>
        <source>Unlink the sides</source>
        <translation>Verknüpfung der Seiten lösen</translation>
    </message>
    <message>
        <source>Change the pressure</source>
        <translation>Druck ändern</translation>
    </message>
    <message>
        <source>Change the tools</source>
        <translation>Hilfsmittel ändern</translation>
    </message>
    <message>
        <source>Change the rest</source>
        <translation>Ruhepause ändern</translation>
    </message>
    <message>
        <source>Change the motion guide</source>
        <translation>Bewegungsanleitung ändern</translation>
    </message>
    <message>
        <source>Edit the cues</source>
        <translation>Ansagen bearbeiten</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(noch ohne Titel)</translation>
    </message>
    <message>
        <source>untimed</source>
        <translation>ohne Zeitvorgabe</translation>
    </message>
    <message>
        <source>linked with step %1</source>
        <translation>verknüpft mit Schritt %1</translation>
    </message>
    <message>
        <source>then %1 rest</source>
        <translation>danach %1 Ruhepause</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>no title yet</source>
        <translation>noch ohne Titel</translation>
    </message>
    <message>
        <source>untimed, continues when you are ready</source>
        <translation>ohne Zeitvorgabe, geht weiter, wenn Sie bereit sind</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3. %4.</source>
        <translation>Schritt %1 von %2: %3. %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n Problem: %1</numerusform>
            <numerusform>%n Probleme: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>knead::RoutineEditorPage</name>
    <message>
        <source>Move steps</source>
        <translation>Schritte verschieben</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Z)</source>
        <translation>%1 (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+Shift+Z)</source>
        <translation>%1 (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Ihre Abläufe</translation>
    </message>
    <message>
        <source>Open one of your routines or drafts</source>
        <translation>Einen Ihrer Abläufe oder Entwürfe öffnen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More: new, import, export, delete</source>
        <translation>Mehr: Neu, Importieren, Exportieren, Löschen</translation>
    </message>
    <message>
        <source>New, import, export, delete</source>
        <translation>Neu, Importieren, Exportieren, Löschen</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>Duplicate this routine</source>
        <translation>Diesen Ablauf duplizieren</translation>
    </message>
    <message>
        <source>Import a routine file…</source>
        <translation>Ablaufdatei importieren …</translation>
    </message>
    <message>
        <source>Import a pack folder…</source>
        <translation>Paketordner importieren …</translation>
    </message>
    <message>
        <source>Export this routine…</source>
        <translation>Diesen Ablauf exportieren …</translation>
    </message>
    <message>
        <source>Export all your routines…</source>
        <translation>Alle Ihre Abläufe exportieren …</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Diesen Ablauf löschen</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <source>Try this routine now</source>
        <translation>Diesen Ablauf jetzt ausprobieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The routine</source>
        <translation>Der Ablauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A short name, e.g. Evening neck and shoulders</source>
        <translation>Ein kurzer Name, z. B. Nacken und Schultern am Abend</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <source>One sentence: what it is for</source>
        <translation>Ein Satz: wofür der Ablauf gedacht ist</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Beschreibung (optional)</translation>
    </message>
    <message>
        <source>Body regions the routine works on</source>
        <translation>Körperbereiche, die der Ablauf behandelt</translation>
    </message>
    <message>
        <source>Body regions</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>Before you start, one item a line</source>
        <translation>Bevor Sie beginnen, ein Punkt pro Zeile</translation>
    </message>
    <message>
        <source>Before you start (one item a line)</source>
        <translation>Bevor Sie beginnen (ein Punkt pro Zeile)</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Fill in from the red flags</source>
        <translation>Aus den Warnzeichen ausfüllen</translation>
    </message>
    <message>
        <source>Fill in the safety note from the red flags of the techniques</source>
        <translation>Den Sicherheitshinweis aus den Warnzeichen der Techniken ausfüllen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the selected step; Delete removes the selected steps.</source>
        <translation>Alt+Pfeil nach oben und Alt+Pfeil nach unten verschieben den ausgewählten Schritt; Entf entfernt die ausgewählten Schritte.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Add a step after this one</source>
        <translation>Einen Schritt nach diesem hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a step after the selected one (Insert)</source>
        <translation>Einen Schritt nach dem ausgewählten hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Duplicate the selected steps (Ctrl+D)</source>
        <translation>Die ausgewählten Schritte duplizieren (Strg+D)</translation>
    </message>
    <message>
        <source>Delete the selected steps (Delete)</source>
        <translation>Die ausgewählten Schritte löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete the selected steps (Delete); Ctrl+Z brings them back</source>
        <translation>Die ausgewählten Schritte löschen (Entf); Strg+Z stellt sie wieder her</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Den Schritt nach oben verschieben (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up in the list)</source>
        <translation>Den Schritt nach oben verschieben (Alt+Pfeil nach oben in der Liste)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Den Schritt nach unten verschieben (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down in the list)</source>
        <translation>Den Schritt nach unten verschieben (Alt+Pfeil nach unten in der Liste)</translation>
    </message>
    <message>
        <source>Find a technique</source>
        <translation>Technik suchen</translation>
    </message>
    <message>
        <source>Type to find a technique; Enter picks it</source>
        <translation>Tippen Sie, um eine Technik zu suchen; die Eingabetaste wählt sie aus</translation>
    </message>
    <message>
        <source>Matches update as you type. Down arrow moves through them; Enter picks one.</source>
        <translation>Die Treffer werden während der Eingabe aktualisiert. Mit Pfeil nach unten gehen Sie sie durch; die Eingabetaste wählt einen aus.</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titel des Schritts</translation>
    </message>
    <message>
        <source>Short: shown large and read aloud</source>
        <translation>Kurz: wird groß angezeigt und vorgelesen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Instruction (read aloud at the start of the step)</source>
        <translation>Anleitung (wird zu Beginn des Schritts vorgelesen)</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Mit Zeitvorgabe</translation>
    </message>
    <message>
        <source>Timed step; when off, the step waits until you continue</source>
        <translation>Schritt mit Zeitvorgabe; wenn ausgeschaltet, wartet der Schritt, bis Sie fortfahren</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>Dauer in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rest after the step, in seconds</source>
        <translation>Ruhepause nach dem Schritt, in Sekunden</translation>
    </message>
    <message>
        <source>No rest</source>
        <translation>Keine Ruhepause</translation>
    </message>
    <message>
        <source>Rest after</source>
        <translation>Ruhepause danach</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Keine Seite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both sides at once</source>
        <translation>Beide Seiten gleichzeitig</translation>
    </message>
    <message>
        <source>Both sides, one after the other (adds a mirrored left step)</source>
        <translation>Beide Seiten nacheinander (fügt einen gespiegelten Schritt für links hinzu)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Unlink the two sides, to edit each alone</source>
        <translation>Die Verknüpfung der beiden Seiten lösen, um jede einzeln zu bearbeiten</translation>
    </message>
    <message>
        <source>Body region</source>
        <translation>Körperbereich</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Körperbereich</translation>
    </message>
    <message>
        <source>Tools for this step; none checked uses the technique&apos;s</source>
        <translation>Hilfsmittel für diesen Schritt; ist keines angekreuzt, gelten die der Technik</translation>
    </message>
    <message>
        <source>Tools (none checked: the technique&apos;s own)</source>
        <translation>Hilfsmittel (keines angekreuzt: die der Technik)</translation>
    </message>
    <message>
        <source>Motion guide</source>
        <translation>Bewegungsanleitung</translation>
    </message>
    <message>
        <source>No motion guide</source>
        <translation>Keine Bewegungsanleitung</translation>
    </message>
    <message>
        <source>Seconds per circle, stroke or hold</source>
        <translation>Sekunden pro Kreis, Streichbewegung oder Halten</translation>
    </message>
    <message>
        <source>As other routines do it</source>
        <translation>Wie in anderen Abläufen</translation>
    </message>
    <message>
        <source>Use the motion guide other routines use with this technique</source>
        <translation>Die Bewegungsanleitung verwenden, die andere Abläufe für diese Technik nutzen</translation>
    </message>
    <message>
        <source>Cues, one a line: the second, then what to say</source>
        <translation>Ansagen, eine pro Zeile: die Sekunde, dann der Text</translation>
    </message>
    <message>
        <source>Spoken cues (one a line: the second, then what to say)</source>
        <translation>Gesprochene Ansagen (eine pro Zeile: die Sekunde, dann der Text)</translation>
    </message>
    <message>
        <source>For example: 30 Breathe out and let your shoulders drop.</source>
        <translation>Zum Beispiel: 30 Atmen Sie aus und lassen Sie die Schultern sinken.</translation>
    </message>
    <message>
        <source> (my copy)</source>
        <translation> (meine Kopie)</translation>
    </message>
    <message>
        <source>This is your own copy of “%1”. The original stays as it is; save to keep the copy.</source>
        <translation>Dies ist Ihre eigene Kopie von „%1“. Das Original bleibt unverändert; speichern Sie, um die Kopie zu behalten.</translation>
    </message>
    <message>
        <source>This is a draft, kept aside from your routines since %1. Fix its problems and save it to use it.</source>
        <translation>Dies ist ein Entwurf, der seit %1 getrennt von Ihren Abläufen aufbewahrt wird. Beheben Sie seine Probleme und speichern Sie ihn, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>your new routine</source>
        <translation>Ihr neuer Ablauf</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to “%1”?</source>
        <translation>Ihre Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>If you don&apos;t save them, they are lost.</source>
        <translation>Wenn Sie sie nicht speichern, gehen sie verloren.</translation>
    </message>
    <message>
        <source>It has problems, so for now it can only be kept as a draft.</source>
        <translation>Der Ablauf hat Probleme und kann daher vorerst nur als Entwurf aufbewahrt werden.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved “%1” in your routines; it is in the library and on the home page.</source>
        <translation>„%1“ wurde in Ihren Abläufen gespeichert; er steht in der Bibliothek und auf der Startseite.</translation>
    </message>
    <message numerus="yes">
        <source>Kept as a draft, because it has %n problem(s). Fix them (each is shown under its field) to save it to your routines and try it.</source>
        <translation>
            <numerusform>Als Entwurf aufbewahrt, weil der Ablauf %n Problem hat. Beheben Sie es (es wird unter seinem Feld angezeigt), um ihn in Ihren Abläufen zu speichern und auszuprobieren.</numerusform>
            <numerusform>Als Entwurf aufbewahrt, weil der Ablauf %n Probleme hat. Beheben Sie sie (jedes wird unter seinem Feld angezeigt), um ihn in Ihren Abläufen zu speichern und auszuprobieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Installed the pack “%1” with %n routine(s).</source>
        <translation>
            <numerusform>Das Paket „%1“ mit %n Ablauf wurde installiert.</numerusform>
            <numerusform>Das Paket „%1“ mit %n Abläufen wurde installiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n routine(s) into your routines: %1.</source>
        <translation>
            <numerusform>%n Ablauf in Ihre Abläufe importiert: %1.</numerusform>
            <numerusform>%n Abläufe in Ihre Abläufe importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the problems and save the routine before exporting it.</source>
        <translation>Beheben Sie die Probleme und speichern Sie den Ablauf, bevor Sie ihn exportieren.</translation>
    </message>
    <message>
        <source>Exported “%1” as a pack anyone can import or check with knead --validate.</source>
        <translation>„%1“ wurde als Paket exportiert, das jeder importieren oder mit knead --validate prüfen kann.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported all your routines.</source>
        <translation>Alle Ihre Abläufe wurden exportiert.</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Ablaufdatei importieren</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Ablaufdateien (*.json)</translation>
    </message>
    <message>
        <source>Import a pack folder</source>
        <translation>Paketordner importieren</translation>
    </message>
    <message>
        <source>Export all your routines into…</source>
        <translation>Alle Ihre Abläufe exportieren nach …</translation>
    </message>
    <message>
        <source>Export this routine into…</source>
        <translation>Diesen Ablauf exportieren nach …</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n step(s). Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n Schritt gelöscht. Strg+Z stellt ihn wieder her.</numerusform>
            <numerusform>%n Schritte gelöscht. Strg+Z stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new routine, not saved yet</source>
        <translation>Ein neuer Ablauf, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your copy, not saved yet</source>
        <translation>Ihre Kopie, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Your routine, with unsaved changes</source>
        <translation>Ihr Ablauf, mit ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>Your routine, saved</source>
        <translation>Ihr Ablauf, gespeichert</translation>
    </message>
    <message>
        <source>A draft, with unsaved changes</source>
        <translation>Ein Entwurf, mit ungespeicherten Änderungen</translation>
    </message>
    <message>
        <source>A draft, kept aside until its problems are fixed</source>
        <translation>Ein Entwurf, aufbewahrt, bis seine Probleme behoben sind</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1</source>
        <translation>
            <numerusform>%n Schritt, %1</numerusform>
            <numerusform>%n Schritte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before it can be tried or saved</source>
        <translation>
            <numerusform>%n Problem muss behoben werden, bevor der Ablauf ausprobiert oder gespeichert werden kann</numerusform>
            <numerusform>%n Probleme müssen behoben werden, bevor der Ablauf ausprobiert oder gespeichert werden kann</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total time %1, plus %n untimed step(s) that wait for you</source>
        <translation>
            <numerusform>Gesamtdauer %1, dazu %n Schritt ohne Zeitvorgabe, der auf Sie wartet</numerusform>
            <numerusform>Gesamtdauer %1, dazu %n Schritte ohne Zeitvorgabe, die auf Sie warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Total time %1</source>
        <translation>Gesamtdauer %1</translation>
    </message>
    <message>
        <source>Start the routine as it is now, saved or not</source>
        <translation>Den Ablauf im aktuellen Zustand starten, ob gespeichert oder nicht</translation>
    </message>
    <message>
        <source>Fix the problems first: a routine with problems cannot be started</source>
        <translation>Beheben Sie zuerst die Probleme: Ein Ablauf mit Problemen kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Save as a draft</source>
        <translation>Als Entwurf speichern</translation>
    </message>
    <message>
        <source>Save to your routines</source>
        <translation>In Ihren Abläufen speichern</translation>
    </message>
    <message>
        <source>Keep it as a draft until its problems are fixed (Ctrl+S)</source>
        <translation>Als Entwurf aufbewahren, bis seine Probleme behoben sind (Strg+S)</translation>
    </message>
    <message>
        <source>Save to your routines (Ctrl+S)</source>
        <translation>In Ihren Abläufen speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Filled in from the red flags of the techniques you use, for the regions you work on. Edit it to write your own.</source>
        <translation>Ausgefüllt aus den Warnzeichen der verwendeten Techniken, für die behandelten Körperbereiche. Bearbeiten Sie ihn, um einen eigenen zu schreiben.</translation>
    </message>
    <message>
        <source>Your own note. The preparation page also lists the techniques&apos; red flags.</source>
        <translation>Ihr eigener Hinweis. Die Vorbereitungsseite führt zusätzlich die Warnzeichen der Techniken auf.</translation>
    </message>
    <message>
        <source>No steps yet: add one</source>
        <translation>Noch keine Schritte: Fügen Sie einen hinzu</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>Kein Schritt ausgewählt</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2 pressure)</source>
        <translation>%1 (Druck: %2)</translation>
    </message>
    <message>
        <source>No technique has the id “%1”: pick one below.</source>
        <translation>Keine Technik hat die ID „%1“: Wählen Sie unten eine aus.</translation>
    </message>
    <message>
        <source>Technique: %1. Type to find another</source>
        <translation>Technik: %1. Tippen Sie, um eine andere zu suchen</translation>
    </message>
    <message>
        <source>Linked with step %1, the %2: an edit here changes both, mirrored.</source>
        <translation>Verknüpft mit Schritt %1 (%2): Eine Änderung hier gilt gespiegelt für beide.</translation>
    </message>
    <message>
        <source>No region (a still step)</source>
        <translation>Kein Körperbereich (Schritt ohne Bewegung)</translation>
    </message>
    <message>
        <source>None checked: the technique&apos;s own, %1</source>
        <translation>Keines angekreuzt: die der Technik, %1</translation>
    </message>
    <message>
        <source>Line %1 is not used: start it with the second, e.g. 30 Breathe out.</source>
        <translation>Zeile %1 wird nicht verwendet: Beginnen Sie sie mit der Sekunde, z. B. 30 Atmen Sie aus.</translation>
    </message>
    <message>
        <source>Draft: %1</source>
        <translation>Entwurf: %1</translation>
    </message>
    <message>
        <source>No routines of your own yet</source>
        <translation>Noch keine eigenen Abläufe</translation>
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
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
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
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 before</source>
        <translation>%1 %2 vorher</translation>
    </message>
    <message>
        <source>%1 %2 after</source>
        <translation>%1 %2 nachher</translation>
    </message>
    <message numerus="yes">
        <source>all %n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>alle %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>finished, %1 of %2 steps done</source>
        <translation>abgeschlossen, %1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 steps</source>
        <translation>beendet nach %1 von %2 Schritten</translation>
    </message>
</context>
<context>
    <name>knead::SoundSettings</name>
    <message>
        <source>Sound and voice</source>
        <translation>Ton und Stimme</translation>
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
        <source>At the start of a step, say</source>
        <translation>Zu Beginn eines Schritts ansagen</translation>
    </message>
    <message>
        <source>The whole instruction</source>
        <translation>Die ganze Anleitung</translation>
    </message>
    <message>
        <source>The title only</source>
        <translation>Nur den Titel</translation>
    </message>
    <message>
        <source>Nothing (chime only)</source>
        <translation>Nichts (nur Signalton)</translation>
    </message>
    <message>
        <source>At the start of a &amp;step, say:</source>
        <translation>Zu Beginn eines Sch&amp;ritts ansagen:</translation>
    </message>
    <message>
        <source>Speech engine</source>
        <translation>Sprachausgabe</translation>
    </message>
    <message>
        <source>Speech &amp;engine:</source>
        <translation>Sprach&amp;ausgabe:</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>V&amp;oice:</source>
        <translation>Sti&amp;mme:</translation>
    </message>
    <message>
        <source>Speed of the voice</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Spee&amp;d:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Volume of the voice</source>
        <translation>Lautstärke der Stimme</translation>
    </message>
    <message>
        <source>Voice vo&amp;lume:</source>
        <translation>&amp;Lautstärke der Stimme:</translation>
    </message>
    <message>
        <source>Volume of the chime and ticks</source>
        <translation>Lautstärke von Signalton und Ticken</translation>
    </message>
    <message>
        <source>C&amp;hime volume:</source>
        <translation>Lautstärke des Si&amp;gnaltons:</translation>
    </message>
    <message>
        <source>While the voice reads a step, the countdown waits and shows “Listen”; the step&apos;s time starts when the words end.</source>
        <translation>Während die Stimme einen Schritt vorliest, wartet der Countdown und zeigt „Zuhören“; die Zeit des Schritts beginnt, wenn die Ansage endet.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Probehören</translation>
    </message>
    <message>
        <source>Preview the chime and the voice</source>
        <translation>Signalton und Stimme probehören</translation>
    </message>
    <message>
        <source>Automatic (the first that speaks the routine&apos;s language)</source>
        <translation>Automatisch (die erste, die die Sprache des Ablaufs spricht)</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default of %1</source>
        <translation>Standard von %1</translation>
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
        <translation>Ihre Sitzungen werden in Ihrem Tagebuch gespeichert. Der Verlauf (Strg+H) zeigt, wie sich Ihre Verspannung verändert hat und was Ihnen hilft.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Open your history: streaks, tension chart and what works for you</source>
        <translation>Ihren Verlauf öffnen: Serien, Verspannungsdiagramm und was Ihnen hilft</translation>
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
        <translation>Verspannungsdiagramm</translation>
    </message>
    <message>
        <source>Tension chart: %1</source>
        <translation>Verspannungsdiagramm: %1</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>median of the last 7 sessions</source>
        <translation>Median der letzten 7 Sitzungen</translation>
    </message>
    <message>
        <source>No ratings in this period.</source>
        <translation>Keine Bewertungen in diesem Zeitraum.</translation>
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
        <translation>Knead läuft bereits, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>Reminders are off, so there is nothing to wait for in the background.</source>
        <translation>Erinnerungen sind ausgeschaltet, daher gibt es im Hintergrund nichts zu warten.</translation>
    </message>
</context>
</TS>
