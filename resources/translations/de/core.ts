<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnalyticsAnalysis</name>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the journey has no stages to measure</source>
        <translation>die Journey hat keine Phasen zum Messen</translation>
    </message>
    <message>
        <source>the mapping names stages the journey does not have: {unknown}</source>
        <translation>die Zuordnung nennt Phasen, die die Journey nicht hat: {unknown}</translation>
    </message>
    <message>
        <source>{dropped} segment or channel values left out (the most frequent are kept)</source>
        <translation>{dropped} Segment- oder Kanalwerte ausgelassen (die häufigsten bleiben)</translation>
    </message>
    <message>
        <source>only the {max_activity_flows} most frequent activity flows are kept</source>
        <translation>nur die {max_activity_flows} häufigsten Aktivitätsflüsse bleiben erhalten</translation>
    </message>
    <message>
        <source>the results cannot be kept ({where}: {msg})</source>
        <translation>die Ergebnisse können nicht gespeichert werden ({where}: {msg})</translation>
    </message>
    <message>
        <source>not a date and time: {text} (use ISO 8601, e.g. 2026-04-01T00:00:00+00:00)</source>
        <translation>kein Datum mit Uhrzeit: {text} (verwenden Sie ISO 8601, z. B. 2026-04-01T00:00:00+00:00)</translation>
    </message>
</context>
<context>
    <name>AnalyticsApi</name>
    <message>
        <source>{note} unless you choose another zone</source>
        <translation>{note}, sofern Sie keine andere Zeitzone wählen</translation>
    </message>
    <message>
        <source>feedback sentiment is scored for English text only; a rating column works in any language</source>
        <translation>die Stimmung im Feedback wird nur für englischen Text bewertet; eine Bewertungsspalte funktioniert in jeder Sprache</translation>
    </message>
    <message>
        <source>the text is read as {encoding}</source>
        <translation>der Text wird als {encoding} gelesen</translation>
    </message>
</context>
<context>
    <name>AnalyticsColumns</name>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>{name} has no column {column} (its columns: {columns})</source>
        <translation>{name} hat keine Spalte {column} (vorhandene Spalten: {columns})</translation>
    </message>
    <message>
        <source>which column holds the {role}: {columns}? choose one with {flag}</source>
        <translation>welche Spalte enthält „{role}“: {columns}? Wählen Sie eine mit {flag}</translation>
    </message>
    <message>
        <source>found no {role} column in {name} (its columns: {columns}); name it with {flag}</source>
        <translation>keine Spalte für „{role}“ in {name} gefunden (vorhandene Spalten: {columns}); geben Sie sie mit {flag} an</translation>
    </message>
    <message>
        <source>one column cannot be both case, activity and time: {columns}</source>
        <translation>eine Spalte kann nicht zugleich Fall, Aktivität und Zeit sein: {columns}</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} und {n} weitere</translation>
    </message>
</context>
<context>
    <name>AnalyticsCommands</name>
    <message>
        <source>observed: suggested from feedback in the event log</source>
        <translation>beobachtet: aus dem Feedback im Ereignisprotokoll vorgeschlagen</translation>
    </message>
    <message>
        <source>Refresh Analytics</source>
        <translation>Analyse aktualisieren</translation>
    </message>
    <message>
        <source>Apply Analytics</source>
        <translation>Analyse anwenden</translation>
    </message>
    <message>
        <source>Remove Analytics</source>
        <translation>Analyse entfernen</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Accept Observed Curve and Quotes</source>
        <translation>Beobachtete Kurve und Zitate übernehmen</translation>
    </message>
</context>
<context>
    <name>AnalyticsEngine</name>
    <message>
        <source>the log needs more memory than the analysis may use ({limit})</source>
        <translation>das Protokoll braucht mehr Speicher, als die Analyse verwenden darf ({limit})</translation>
    </message>
    <message>
        <source>a line is longer than {n} MB (a huge field, or not a CSV file)</source>
        <translation>eine Zeile ist länger als {n} MB (ein riesiges Feld oder keine CSV-Datei)</translation>
    </message>
    <message>
        <source>the log could not be read</source>
        <translation>das Protokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>Zeile {line}: {reason}</translation>
    </message>
    <message>
        <source>line {line} is not valid CSV</source>
        <translation>Zeile {line} ist kein gültiges CSV</translation>
    </message>
</context>
<context>
    <name>AnalyticsLoad</name>
    <message>
        <source>unknown time zone {zone} (use a name like UTC or Europe/Paris)</source>
        <translation>unbekannte Zeitzone {zone} (verwenden Sie einen Namen wie UTC oder Europe/Berlin)</translation>
    </message>
    <message>
        <source>{name} has no column {column} (its columns: {shown})</source>
        <translation>{name} hat keine Spalte {column} (vorhandene Spalten: {shown})</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>{name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} holds no events (only a header)</source>
        <translation>{name} enthält keine Ereignisse (nur eine Kopfzeile)</translation>
    </message>
    <message>
        <source>empty case ids in column {case}</source>
        <translation>leere Fall-IDs in Spalte {case}</translation>
    </message>
    <message>
        <source>empty activities in column {activity}</source>
        <translation>leere Aktivitäten in Spalte {activity}</translation>
    </message>
    <message>
        <source>empty timestamps in column {time}</source>
        <translation>leere Zeitstempel in Spalte {time}</translation>
    </message>
    <message>
        <source>unparseable timestamps in column {time}</source>
        <translation>nicht lesbare Zeitstempel in Spalte {time}</translation>
    </message>
    <message>
        <source>column {column} holds {n} distinct activities (at most {limit}): is it the activity column? choose another with --activity</source>
        <translation>Spalte {column} enthält {n} verschiedene Aktivitäten (höchstens {limit}): Ist das die Aktivitätsspalte? Wählen Sie eine andere mit --activity</translation>
    </message>
    <message>
        <source>activity names over {n} characters in column {column} (is it the activity column? choose another with --activity)</source>
        <translation>Aktivitätsnamen mit mehr als {n} Zeichen in Spalte {column} (ist das die Aktivitätsspalte? Wählen Sie eine andere mit --activity)</translation>
    </message>
    <message>
        <source>{rows} and {last}</source>
        <translation>{rows} und {last}</translation>
    </message>
    <message>
        <source>{what} at row {rows}</source>
        <translation>{what} in Zeile {rows}</translation>
    </message>
    <message>
        <source>{what} at rows {rows}</source>
        <translation>{what} in den Zeilen {rows}</translation>
    </message>
    <message>
        <source>{what} at rows {rows} and {n} more</source>
        <translation>{what} in den Zeilen {rows} und {n} weiteren</translation>
    </message>
</context>
<context>
    <name>AnalyticsSources</name>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a SQLite database (a Waymark project?)</source>
        <translation>eine SQLite-Datenbank (ein Waymark-Projekt?)</translation>
    </message>
    <message>
        <source>a ZIP archive (an Excel workbook?)</source>
        <translation>ein ZIP-Archiv (eine Excel-Arbeitsmappe?)</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>{name} is a folder, not an event log</source>
        <translation>{name} ist ein Ordner, kein Ereignisprotokoll</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty: no events</source>
        <translation>{name} ist leer: keine Ereignisse</translation>
    </message>
    <message>
        <source>{name} is {what}, not an event log (CSV, TSV, Parquet or XES)</source>
        <translation>{name} ist {what}, kein Ereignisprotokoll (CSV, TSV, Parquet oder XES)</translation>
    </message>
    <message>
        <source>{name} is XML or HTML but not an XES event log</source>
        <translation>{name} ist XML oder HTML, aber kein XES-Ereignisprotokoll</translation>
    </message>
    <message>
        <source>{name} is not a text event log (it holds binary data)</source>
        <translation>{name} ist kein Ereignisprotokoll in Textform (die Datei enthält Binärdaten)</translation>
    </message>
    <message>
        <source>{name} has one column: not a CSV or TSV event log (the delimiter must be a comma, semicolon, tab or |)</source>
        <translation>{name} hat nur eine Spalte: kein CSV- oder TSV-Ereignisprotokoll (das Trennzeichen muss Komma, Semikolon, Tabulator oder | sein)</translation>
    </message>
    <message>
        <source>{name}: the header line is longer than {sample_bytes} KiB; is it an event log?</source>
        <translation>{name}: Die Kopfzeile ist länger als {sample_bytes} KiB; ist das ein Ereignisprotokoll?</translation>
    </message>
    <message>
        <source>{name}: the header line cannot be read ({problem})</source>
        <translation>{name}: Die Kopfzeile kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>{name}: column {n} of the header has no name</source>
        <translation>{name}: Spalte {n} der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>{name}: the header names column {column} twice</source>
        <translation>{name}: Die Kopfzeile nennt die Spalte {column} zweimal</translation>
    </message>
</context>
<context>
    <name>AnalyticsTimes</name>
    <message>
        <source>times without a zone are read as {zone}</source>
        <translation>Zeiten ohne Zeitzone werden als {zone} gelesen</translation>
    </message>
</context>
<context>
    <name>AnalyticsXes</name>
    <message>
        <source>{name} declares XML entities or a DTD; refused for safety</source>
        <translation>{name} deklariert XML-Entitäten oder eine DTD; aus Sicherheitsgründen abgelehnt</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML: {problem}</source>
        <translation>{name} ist kein wohlgeformtes XML: {problem}</translation>
    </message>
</context>
<context>
    <name>Atomic</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>could not write {name}: {reason}; the existing file is unchanged</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}; die vorhandene Datei ist unverändert</translation>
    </message>
    <message>
        <source>the file exceeds the largest file this system allows</source>
        <translation>die Datei überschreitet die größte Dateigröße, die dieses System erlaubt</translation>
    </message>
    <message>
        <source>the file exceeds the file-size limit ({limit} bytes; see `ulimit -f`)</source>
        <translation>die Datei überschreitet die Dateigrößengrenze ({limit} Bytes; siehe `ulimit -f`)</translation>
    </message>
</context>
<context>
    <name>CardEvidence</name>
    <message>
        <source>Type a web address (https://…) or a mail address (mailto:…)</source>
        <translation>Eine Webadresse (https://…) oder eine Mailadresse (mailto:…) eingeben</translation>
    </message>
    <message>
        <source>“{url}” is not a link Waymark keeps: use an http://, https:// or mailto: address</source>
        <translation>„{url}“ ist kein Link, den Waymark speichert: eine http://-, https://- oder mailto:-Adresse verwenden</translation>
    </message>
</context>
<context>
    <name>CellTables</name>
    <message>
        <source>no lane &apos;{lane}&apos; in journey &apos;{journey}&apos;</source>
        <translation>keine Ebene &apos;{lane}&apos; in der Journey &apos;{journey}&apos;</translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; is {lane}; cards go in cards or touchpoints lanes</source>
        <translation>die Ebene „{name}“ ist {lane}; Karten gehören in Karten- oder Touchpoint-Ebenen</translation>
    </message>
    <message>
        <source>no stage &apos;{stage}&apos; in journey &apos;{journey}&apos;</source>
        <translation>keine Phase &apos;{stage}&apos; in der Journey &apos;{journey}&apos;</translation>
    </message>
    <message>
        <source>no card &apos;{card}&apos; in journey &apos;{journey}&apos;</source>
        <translation>keine Karte &apos;{card}&apos; in der Journey &apos;{journey}&apos;</translation>
    </message>
    <message>
        <source>a card with id &apos;{id}&apos; exists already in this journey</source>
        <translation>eine Karte mit der ID &apos;{id}&apos; gibt es in dieser Journey bereits</translation>
    </message>
    <message>
        <source>a journey holds at most {n} cards</source>
        <translation>eine Journey enthält höchstens {n} Karten</translation>
    </message>
    <message>
        <source>no such emotion point</source>
        <translation>diesen Emotionspunkt gibt es nicht</translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; is {lane}; emotion points go in an emotion lane</source>
        <translation>die Ebene „{name}“ ist {lane}; Emotionspunkte gehören in eine Emotionsebene</translation>
    </message>
    <message>
        <source>a journey holds at most {n} emotion points</source>
        <translation>eine Journey enthält höchstens {n} Emotionspunkte</translation>
    </message>
    <message>
        <source>no such metric value</source>
        <translation>diesen Kennzahlwert gibt es nicht</translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; is {lane}; metric values go in a metric lane</source>
        <translation>die Ebene „{name}“ ist {lane}; Kennzahlwerte gehören in eine Kennzahlebene</translation>
    </message>
    <message>
        <source>no such blueprint line</source>
        <translation>diese Blueprint-Linie gibt es nicht</translation>
    </message>
    <message>
        <source>there is {line} below that lane already</source>
        <translation>unter dieser Ebene gibt es bereits {line}</translation>
    </message>
    <message>
        <source>a journey holds at most {n} blueprint lines</source>
        <translation>eine Journey enthält höchstens {n} Blueprint-Linien</translation>
    </message>
    <message>
        <source>a blueprint line has nothing to edit</source>
        <translation>an einer Blueprint-Linie gibt es nichts zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not a number: {text}</source>
        <translation>keine Zahl: {text}</translation>
    </message>
    <message>
        <source>the scale must be between {low} and {high}</source>
        <translation>der Maßstab muss zwischen {low} und {high} liegen</translation>
    </message>
    <message>
        <source>Offline customer journey mapping. Opens FILE in a window, or without one the start page (the sample, a template, Open, recent files). Commands: {commands} (see `waymark COMMAND --help`).</source>
        <translation>Customer Journey Mapping offline. Öffnet FILE in einem Fenster, ohne FILE die Startseite (das Beispiel, eine Vorlage, Öffnen, zuletzt verwendete Dateien). Befehle: {commands} (siehe `waymark COMMAND --help`).</translation>
    </message>
    <message>
        <source>open the window, paint it once and exit 0 (a check for CI and packaging)</source>
        <translation>das Fenster öffnen, einmal zeichnen und mit 0 beenden (eine Prüfung für CI und Paketbau)</translation>
    </message>
    <message>
        <source>open FILE without the right to save it</source>
        <translation>FILE ohne das Recht zum Speichern öffnen</translation>
    </message>
    <message>
        <source>with no FILE: open the built-in sample project, not the start page</source>
        <translation>ohne FILE: das eingebaute Beispielprojekt öffnen statt der Startseite</translation>
    </message>
    <message>
        <source>a .waymark project</source>
        <translation>ein .waymark-Projekt</translation>
    </message>
    <message>
        <source>create a project file</source>
        <translation>eine Projektdatei anlegen</translation>
    </message>
    <message>
        <source>start from a template (see `waymark templates`)</source>
        <translation>mit einer Vorlage beginnen (siehe `waymark templates`)</translation>
    </message>
    <message>
        <source>import a FORMAT.md JSON document</source>
        <translation>ein JSON-Dokument nach FORMAT.md importieren</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>FILE ersetzen, falls die Datei existiert</translation>
    </message>
    <message>
        <source>write a project in another format</source>
        <translation>ein Projekt in einem anderen Format schreiben</translation>
    </message>
    <message>
        <source>FORMAT.md v1 JSON</source>
        <translation>JSON nach FORMAT.md v1</translation>
    </message>
    <message>
        <source>a picture of one journey&apos;s board</source>
        <translation>ein Bild des Boards einer Journey</translation>
    </message>
    <message>
        <source>a vector picture of one journey&apos;s board</source>
        <translation>ein Vektorbild des Boards einer Journey</translation>
    </message>
    <message>
        <source>a printable PDF: cover, maps, personas, summary, metrics (default: every journey)</source>
        <translation>ein druckbares PDF: Deckblatt, Maps, Personas, Zusammenfassung, Kennzahlen (Standard: alle Journeys)</translation>
    </message>
    <message>
        <source>a workshop workbook to fill in and import back (default: every journey)</source>
        <translation>eine Workshop-Arbeitsmappe zum Ausfüllen und Zurückimportieren (Standard: alle Journeys)</translation>
    </message>
    <message>
        <source>the journey to picture (default: the first; for --pdf and --xlsx: every journey)</source>
        <translation>die abzubildende Journey (Standard: die erste; bei --pdf und --xlsx: alle Journeys)</translation>
    </message>
    <message>
        <source>--pdf: one poster page per map, or tiles of the paper size (default poster)</source>
        <translation>--pdf: eine Posterseite je Map oder Kacheln im Papierformat (Standard: poster)</translation>
    </message>
    <message>
        <source>--pdf: the paper size (default A4)</source>
        <translation>--pdf: das Papierformat (Standard: A4)</translation>
    </message>
    <message>
        <source>--pdf: the paper orientation (default landscape)</source>
        <translation>--pdf: die Ausrichtung des Papiers (Standard: landscape)</translation>
    </message>
    <message>
        <source>--pdf: a page of what changed since this snapshot (its name or id)</source>
        <translation>--pdf: eine Seite mit den Änderungen seit diesem Snapshot (sein Name oder seine ID)</translation>
    </message>
    <message>
        <source>pixels per board unit for --png, {low} to {high} (default 1, or the largest that fits the pixel limits)</source>
        <translation>Pixel je Board-Einheit für --png, {low} bis {high} (Standard 1 oder der größte Wert innerhalb der Pixelgrenzen)</translation>
    </message>
    <message>
        <source>merge a filled-in workshop workbook back into a project</source>
        <translation>eine ausgefüllte Workshop-Arbeitsmappe zurück in ein Projekt übernehmen</translation>
    </message>
    <message>
        <source>Merge a workshop workbook (from `waymark export --xlsx`, or any workbook with a Cards sheet whose columns include stage, lane and text) into FILE, and print a JSON summary: {summary}. Cards with no row are reported as removed but only removed with --apply-removals.</source>
        <translation>Übernimmt eine Workshop-Arbeitsmappe (aus `waymark export --xlsx` oder jede Arbeitsmappe mit einem Blatt „Cards“, dessen Spalten stage, lane und text enthalten) in FILE und gibt eine JSON-Zusammenfassung aus: {summary}. Karten ohne Zeile werden als entfernt gemeldet, aber nur mit --apply-removals entfernt.</translation>
    </message>
    <message>
        <source>report what would change and change nothing</source>
        <translation>melden, was sich ändern würde, und nichts ändern</translation>
    </message>
    <message>
        <source>also remove the cards of the exported journeys that have no row in the workbook</source>
        <translation>auch die Karten der exportierten Journeys entfernen, die keine Zeile in der Arbeitsmappe haben</translation>
    </message>
    <message>
        <source>print a JSON summary of a project</source>
        <translation>eine JSON-Zusammenfassung eines Projekts ausgeben</translation>
    </message>
    <message>
        <source>run the full integrity and schema check</source>
        <translation>die vollständige Integritäts- und Schemaprüfung ausführen</translation>
    </message>
    <message>
        <source>list the built-in templates: id, a tab, the name</source>
        <translation>die eingebauten Vorlagen auflisten: ID, ein Tabulator, der Name</translation>
    </message>
    <message>
        <source>open a project straight into presentation mode (full screen, stage by stage)</source>
        <translation>ein Projekt direkt im Präsentationsmodus öffnen (Vollbild, Phase für Phase)</translation>
    </message>
    <message>
        <source>paint presentation mode once and exit 0 (a check for CI)</source>
        <translation>den Präsentationsmodus einmal zeichnen und mit 0 beenden (eine Prüfung für CI)</translation>
    </message>
    <message>
        <source>{file} exists already; use --force to replace it</source>
        <translation>{file} existiert bereits; verwenden Sie --force, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>{file} is a folder</source>
        <translation>{file} ist ein Ordner</translation>
    </message>
    <message>
        <source>{file} is open in Waymark ({holder})</source>
        <translation>{file} ist in Waymark geöffnet ({holder})</translation>
    </message>
    <message>
        <source>its folder cannot be written ({reason})</source>
        <translation>der Ordner ist nicht beschreibbar ({reason})</translation>
    </message>
    <message>
        <source>could not create {name}: {reason}</source>
        <translation>{name} konnte nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>the output would overwrite the project itself; choose another name</source>
        <translation>die Ausgabe würde das Projekt selbst überschreiben; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>{name} is from a newer Waymark; fields this version does not know are not exported</source>
        <translation>{name} stammt aus einer neueren Waymark-Version; Felder, die diese Version nicht kennt, werden nicht exportiert</translation>
    </message>
    <message>
        <source>{file}: ok (schema {version}; {journeys}, {personas}, {cards})</source>
        <translation>{file}: in Ordnung (Schema {version}; {journeys}, {personas}, {cards})</translation>
    </message>
    <message>
        <source>{n} journey</source>
        <translation>{n} Journey</translation>
    </message>
    <message>
        <source>{n} journeys</source>
        <translation>{n} Journeys</translation>
    </message>
    <message>
        <source>{n} persona</source>
        <translation>{n} Persona</translation>
    </message>
    <message>
        <source>{n} personas</source>
        <translation>{n} Personas</translation>
    </message>
    <message>
        <source>{n} card</source>
        <translation>{n} Karte</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} Karten</translation>
    </message>
    <message>
        <source>cannot import into {name}: it is open read-only: {reason}</source>
        <translation>Import in {name} nicht möglich: die Datei ist schreibgeschützt geöffnet: {reason}</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>--journey and --scale go with --png or --svg, not --json</source>
        <translation>--journey und --scale gehören zu --png oder --svg, nicht zu --json</translation>
    </message>
    <message>
        <source>--layout, --paper and --orientation go with --pdf</source>
        <translation>--layout, --paper und --orientation gehören zu --pdf</translation>
    </message>
    <message>
        <source>--changes-since goes with --pdf</source>
        <translation>--changes-since gehört zu --pdf</translation>
    </message>
    <message>
        <source>--scale goes with --png, not --pdf</source>
        <translation>--scale gehört zu --png, nicht zu --pdf</translation>
    </message>
    <message>
        <source>--scale goes with --png, not --xlsx</source>
        <translation>--scale gehört zu --png, nicht zu --xlsx</translation>
    </message>
    <message>
        <source>there is not enough memory for this; nothing was changed</source>
        <translation>dafür reicht der Arbeitsspeicher nicht; es wurde nichts geändert</translation>
    </message>
</context>
<context>
    <name>CliAnalytics</name>
    <message>
        <source>the log&apos;s case column (default: detected by name)</source>
        <translation>die Fallspalte des Protokolls (Standard: am Namen erkannt)</translation>
    </message>
    <message>
        <source>the log&apos;s activity column (default: detected by name)</source>
        <translation>die Aktivitätsspalte des Protokolls (Standard: am Namen erkannt)</translation>
    </message>
    <message>
        <source>the log&apos;s time column (default: detected by name)</source>
        <translation>die Zeitspalte des Protokolls (Standard: am Namen erkannt)</translation>
    </message>
    <message>
        <source>the log&apos;s channel column (default: detected by name)</source>
        <translation>die Kanalspalte des Protokolls (Standard: am Namen erkannt)</translation>
    </message>
    <message>
        <source>the log&apos;s segment column (default: detected by name)</source>
        <translation>die Segmentspalte des Protokolls (Standard: am Namen erkannt)</translation>
    </message>
    <message>
        <source>the log&apos;s feedback column (default: detected by name)</source>
        <translation>die Feedbackspalte des Protokolls (Standard: am Namen erkannt)</translation>
    </message>
    <message>
        <source>the log&apos;s rating column (default: detected by name)</source>
        <translation>die Bewertungsspalte des Protokolls (Standard: am Namen erkannt)</translation>
    </message>
    <message>
        <source>measure an event log (CSV, TSV, Parquet, XES) against a journey</source>
        <translation>ein Ereignisprotokoll (CSV, TSV, Parquet, XES) an einer Journey messen</translation>
    </message>
    <message>
        <source>Measure an event log against a journey&apos;s stages and print a JSON report: {report}. Times without a zone are read as --zone (default UTC). Feedback sentiment is scored for English text only.</source>
        <translation>Misst ein Ereignisprotokoll an den Phasen einer Journey und gibt einen JSON-Bericht aus: {report}. Zeiten ohne Zeitzone werden als --zone gelesen (Standard: UTC). Die Stimmung im Feedback wird nur für englischen Text bewertet.</translation>
    </message>
    <message>
        <source>a .waymark project</source>
        <translation>ein .waymark-Projekt</translation>
    </message>
    <message>
        <source>the event log</source>
        <translation>das Ereignisprotokoll</translation>
    </message>
    <message>
        <source>the journey to measure (default: the first)</source>
        <translation>die zu messende Journey (Standard: die erste)</translation>
    </message>
    <message>
        <source>{mapping} (default: saved or suggested)</source>
        <translation>{mapping} (Standard: gespeichert oder vorgeschlagen)</translation>
    </message>
    <message>
        <source>the zone of times without one (default UTC)</source>
        <translation>die Zeitzone für Zeiten ohne Zeitzone (Standard: UTC)</translation>
    </message>
    <message>
        <source>compare cases starting before / from this instant</source>
        <translation>Fälle vergleichen, die vor bzw. ab diesem Zeitpunkt beginnen</translation>
    </message>
    <message>
        <source>store the results in the journey (metric and flow lanes)</source>
        <translation>die Ergebnisse in der Journey speichern (Kennzahl- und Flussebenen)</translation>
    </message>
    <message>
        <source>write the JSON here instead of printing it</source>
        <translation>das JSON hierhin schreiben, statt es auszugeben</translation>
    </message>
    <message>
        <source>the output would overwrite the project or the log; choose another name</source>
        <translation>die Ausgabe würde das Projekt oder das Protokoll überschreiben; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>feedback sentiment is scored for English text only (VADER)</source>
        <translation>die Stimmung im Feedback wird nur für englischen Text bewertet (VADER)</translation>
    </message>
    <message>
        <source>the project has no journey to measure</source>
        <translation>das Projekt hat keine Journey zum Messen</translation>
    </message>
    <message>
        <source>no journey {id} (journeys: {journeys})</source>
        <translation>keine Journey {id} (Journeys: {journeys})</translation>
    </message>
    <message>
        <source>{name} is not a JSON mapping: {problem}</source>
        <translation>{name} ist keine JSON-Zuordnung: {problem}</translation>
    </message>
    <message>
        <source>{name} must be a JSON object {mapping}</source>
        <translation>{name} muss ein JSON-Objekt {mapping} sein</translation>
    </message>
    <message>
        <source>{name} maps to stages the journey does not have: {unknown} (its stages: {stages})</source>
        <translation>{name} ordnet Phasen zu, die die Journey nicht hat: {unknown} (ihre Phasen: {stages})</translation>
    </message>
    <message>
        <source>cannot apply to {name}: it is open read-only: {reason}</source>
        <translation>Anwenden auf {name} nicht möglich: die Datei ist schreibgeschützt geöffnet: {reason}</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
</context>
<context>
    <name>CliDiff</name>
    <message>
        <source>what changed in a journey since a snapshot, as JSON</source>
        <translation>was sich in einer Journey seit einem Snapshot geändert hat, als JSON</translation>
    </message>
    <message>
        <source>Compare a journey with one of its snapshots (--since), another journey of the project (--against-journey) or the same journey in another file (--against-file), and print {shape}.</source>
        <translation>Eine Journey mit einem ihrer Snapshots (--since), einer anderen Journey des Projekts (--against-journey) oder derselben Journey in einer anderen Datei (--against-file) vergleichen und {shape} ausgeben.</translation>
    </message>
    <message>
        <source>a .waymark project</source>
        <translation>ein .waymark-Projekt</translation>
    </message>
    <message>
        <source>the journey (default: the first)</source>
        <translation>die Journey (Standard: die erste)</translation>
    </message>
    <message>
        <source>a snapshot of the journey: its name (the latest) or id</source>
        <translation>ein Snapshot der Journey: sein Name (der neueste) oder seine ID</translation>
    </message>
    <message>
        <source>another journey of the project</source>
        <translation>eine andere Journey des Projekts</translation>
    </message>
    <message>
        <source>another project file (its journey with the same id, else its first)</source>
        <translation>eine andere Projektdatei (ihre Journey mit derselben ID, sonst ihre erste)</translation>
    </message>
    <message>
        <source>write the JSON here and print a one-line summary</source>
        <translation>das JSON hierhin schreiben und eine einzeilige Zusammenfassung ausgeben</translation>
    </message>
    <message>
        <source>the output would overwrite a project; choose another name</source>
        <translation>die Ausgabe würde ein Projekt überschreiben; einen anderen Namen wählen</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed since {other}: {out}</source>
        <translation>{added} hinzugefügt, {changed} geändert, {removed} entfernt seit {other}: {out}</translation>
    </message>
    <message>
        <source>the project has no journey to compare</source>
        <translation>das Projekt hat keine Journey zum Vergleichen</translation>
    </message>
    <message>
        <source>no journey {id} (journeys: {journeys})</source>
        <translation>keine Journey {id} (Journeys: {journeys})</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
</context>
<context>
    <name>CliSnapshots</name>
    <message>
        <source>keep a journey as it is now inside the project file</source>
        <translation>eine Journey so, wie sie jetzt ist, in der Projektdatei aufbewahren</translation>
    </message>
    <message>
        <source>Take a snapshot of a journey (its stages, lanes, cards and values) and save it inside FILE; the window&apos;s History panel lists, restores and opens it. Prints one line.</source>
        <translation>Einen Snapshot einer Journey (Phasen, Ebenen, Karten und Werte) aufnehmen und in FILE speichern; der Verlauf im Fenster listet ihn auf, stellt ihn wieder her und öffnet ihn. Gibt eine Zeile aus.</translation>
    </message>
    <message>
        <source>a .waymark project</source>
        <translation>ein .waymark-Projekt</translation>
    </message>
    <message>
        <source>the journey to keep</source>
        <translation>die aufzubewahrende Journey</translation>
    </message>
    <message>
        <source>the snapshot&apos;s name</source>
        <translation>der Name des Snapshots</translation>
    </message>
    <message>
        <source>a note (optional)</source>
        <translation>eine Notiz (optional)</translation>
    </message>
    <message>
        <source>print a project&apos;s snapshots as JSON</source>
        <translation>die Snapshots eines Projekts als JSON ausgeben</translation>
    </message>
    <message>
        <source>Print the snapshots in FILE, oldest first, as JSON: {shape}.</source>
        <translation>Die Snapshots in FILE, die ältesten zuerst, als JSON ausgeben: {shape}.</translation>
    </message>
    <message>
        <source>only this journey&apos;s snapshots (default: all)</source>
        <translation>nur die Snapshots dieser Journey (Standard: alle)</translation>
    </message>
    <message>
        <source>no journey {id} (journeys: {journeys})</source>
        <translation>keine Journey {id} (Journeys: {journeys})</translation>
    </message>
    <message>
        <source>--name must not be empty</source>
        <translation>--name darf nicht leer sein</translation>
    </message>
    <message>
        <source>cannot take a snapshot in {name}: it is open read-only: {reason}</source>
        <translation>kein Snapshot in {name} möglich: die Datei ist schreibgeschützt geöffnet: {reason}</translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation>sie kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>took snapshot {id} “{name}” of journey {journey} ({n} card)</source>
        <translation>Snapshot {id} „{name}“ der Journey {journey} aufgenommen ({n} Karte)</translation>
    </message>
    <message>
        <source>took snapshot {id} “{name}” of journey {journey} ({n} cards)</source>
        <translation>Snapshot {id} „{name}“ der Journey {journey} aufgenommen ({n} Karten)</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {noun}</source>
        <translation>{noun} bearbeiten</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>{noun} hinzufügen</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>{noun} löschen</translation>
    </message>
    <message>
        <source>Move {noun}</source>
        <translation>{noun} verschieben</translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation>Karte verschieben</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
    <message>
        <source>as-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>to-be</source>
        <translation>Soll</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>beobachtet</translation>
    </message>
    <message>
        <source>The curve is that one already</source>
        <translation>Die Kurve ist bereits diese</translation>
    </message>
    <message>
        <source>{curve} has points at the same stages; delete that curve or those points first</source>
        <translation>{curve} hat Punkte in denselben Phasen; löschen Sie zuerst diese Kurve oder diese Punkte</translation>
    </message>
    <message>
        <source>Reassign {source} to {target}</source>
        <translation>{source} zu {target} umhängen</translation>
    </message>
    <message>
        <source>Delete Curve {curve}</source>
        <translation>Kurve {curve} löschen</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>a text value is not valid UTF-8</source>
        <translation>ein Textwert ist kein gültiges UTF-8</translation>
    </message>
</context>
<context>
    <name>Diff</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Evidenz</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>touchpoint category</source>
        <translation>Touchpoint-Kategorie</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Card “{name}” added</source>
        <translation>Karte „{name}“ hinzugefügt</translation>
    </message>
    <message>
        <source>Card “{name}” moved to lane “{lane}”</source>
        <translation>Karte „{name}“ in Ebene „{lane}“ verschoben</translation>
    </message>
    <message>
        <source>Card “{name}” moved to stage “{stage}”</source>
        <translation>Karte „{name}“ in Phase „{stage}“ verschoben</translation>
    </message>
    <message>
        <source>Card “{name}” votes {old} → {new}</source>
        <translation>Karte „{name}“: Stimmen {old} → {new}</translation>
    </message>
    <message>
        <source>Card “{name}” {field} changed</source>
        <translation>Karte „{name}“: {field} geändert</translation>
    </message>
    <message>
        <source>Card “{name}” removed</source>
        <translation>Karte „{name}“ entfernt</translation>
    </message>
    <message>
        <source>Emotion at “{stage}” added ({score})</source>
        <translation>Emotion in „{stage}“ hinzugefügt ({score})</translation>
    </message>
    <message>
        <source>Emotion at “{stage}” {old} → {new}</source>
        <translation>Emotion in „{stage}“ {old} → {new}</translation>
    </message>
    <message>
        <source>Emotion at “{stage}” note changed</source>
        <translation>Emotion in „{stage}“: Notiz geändert</translation>
    </message>
    <message>
        <source>Emotion at “{stage}” removed ({score})</source>
        <translation>Emotion in „{stage}“ entfernt ({score})</translation>
    </message>
    <message>
        <source>Stage “{name}” added</source>
        <translation>Phase „{name}“ hinzugefügt</translation>
    </message>
    <message>
        <source>Stage “{name}” removed</source>
        <translation>Phase „{name}“ entfernt</translation>
    </message>
    <message>
        <source>Lane “{name}” added</source>
        <translation>Ebene „{name}“ hinzugefügt</translation>
    </message>
    <message>
        <source>Lane “{name}” removed</source>
        <translation>Ebene „{name}“ entfernt</translation>
    </message>
    <message>
        <source>Stage “{name}” moved from {old} to {new}</source>
        <translation>Phase „{name}“ von {old} nach {new} verschoben</translation>
    </message>
    <message>
        <source>Lane “{name}” moved from {old} to {new}</source>
        <translation>Ebene „{name}“ von {old} nach {new} verschoben</translation>
    </message>
    <message>
        <source>Stage “{name}” {field} changed</source>
        <translation>Phase „{name}“: {field} geändert</translation>
    </message>
    <message>
        <source>Lane “{name}” {field} changed</source>
        <translation>Ebene „{name}“: {field} geändert</translation>
    </message>
</context>
<context>
    <name>DiffSources</name>
    <message>
        <source>journey {journey} has no snapshots; take one first</source>
        <translation>Journey {journey} hat keine Snapshots; zuerst einen aufnehmen</translation>
    </message>
    <message>
        <source>no snapshot {name} in journey {journey} (snapshots: {names})</source>
        <translation>kein Snapshot {name} in Journey {journey} (Snapshots: {names})</translation>
    </message>
    <message>
        <source>snapshot “{name}”</source>
        <translation>Snapshot „{name}“</translation>
    </message>
    <message>
        <source>journey “{name}”</source>
        <translation>Journey „{name}“</translation>
    </message>
    <message>
        <source>no file to compare with</source>
        <translation>keine Datei zum Vergleichen</translation>
    </message>
    <message>
        <source>{file} has no journeys</source>
        <translation>{file} enthält keine Journeys</translation>
    </message>
    <message>
        <source>{file} ▸ “{name}”</source>
        <translation>{file} ▸ „{name}“</translation>
    </message>
    <message>
        <source>no journey {id} (journeys: {journeys})</source>
        <translation>keine Journey {id} (Journeys: {journeys})</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>the project is closed</source>
        <translation>das Projekt ist geschlossen</translation>
    </message>
    <message>
        <source>no journey &apos;{id}&apos;</source>
        <translation>keine Journey &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>no persona &apos;{id}&apos;</source>
        <translation>keine Persona &apos;{id}&apos;</translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>text contains a NUL character or an unpaired surrogate</source>
        <translation>der Text enthält ein NUL-Zeichen oder ein einzelnes Surrogat</translation>
    </message>
    <message>
        <source>id contains a control character or an unpaired surrogate</source>
        <translation>die ID enthält ein Steuerzeichen oder ein einzelnes Surrogat</translation>
    </message>
    <message>
        <source>a link is an http, https or mailto address; this is not one: {link}</source>
        <translation>ein Link ist eine http-, https- oder mailto-Adresse; dies ist keine: {link}</translation>
    </message>
    <message>
        <source>a snapshot&apos;s content is larger than Waymark writes</source>
        <translation>der Inhalt eines Snapshots ist größer, als Waymark ihn schreibt</translation>
    </message>
    <message>
        <source>{what} is a PNG image as base64 text; this is not valid base64</source>
        <translation>{what} ist ein PNG-Bild als Base64-Text; dies ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>{what} is a PNG image as base64 text; this is not a PNG</source>
        <translation>{what} ist ein PNG-Bild als Base64-Text; dies ist kein PNG</translation>
    </message>
    <message>
        <source>{what} is {width}×{height} px; at most {side} px a side</source>
        <translation>{what} ist {width}×{height} px groß; höchstens {side} px je Seite</translation>
    </message>
    <message>
        <source>{what} is {size} MiB; at most {limit} MiB</source>
        <translation>{what} ist {size} MiB groß; höchstens {limit} MiB</translation>
    </message>
    <message>
        <source>a photo</source>
        <translation>ein Foto</translation>
    </message>
    <message>
        <source>a card image</source>
        <translation>ein Kartenbild</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>(and {n} more problems)</source>
        <translation>(und {n} weitere Probleme)</translation>
    </message>
    <message>
        <source>(and {n} more problem)</source>
        <translation>(und {n} weiteres Problem)</translation>
    </message>
    <message>
        <source>{path} is already open ({holder})</source>
        <translation>{path} ist bereits geöffnet ({holder})</translation>
    </message>
</context>
<context>
    <name>FileIdentity</name>
    <message>
        <source>it has {n} names (hard links), and saving replaces a file whole, which would part it from its other names</source>
        <translation>sie hat {n} Namen (harte Links), und Speichern ersetzt eine Datei als Ganzes, was sie von ihren anderen Namen trennen würde</translation>
    </message>
    <message>
        <source>could not save {name}: {reason}; use Save As to save a copy under another name</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}; speichern Sie mit „Speichern unter“ eine Kopie unter einem anderen Namen</translation>
    </message>
</context>
<context>
    <name>GridTables</name>
    <message>
        <source>no stage &apos;{id}&apos; in journey &apos;{journey}&apos;</source>
        <translation>keine Phase &apos;{id}&apos; in der Journey &apos;{journey}&apos;</translation>
    </message>
    <message>
        <source>a stage with id &apos;{id}&apos; exists already in this journey</source>
        <translation>eine Phase mit der ID &apos;{id}&apos; gibt es in dieser Journey bereits</translation>
    </message>
    <message>
        <source>a journey holds at most {n} stages</source>
        <translation>eine Journey enthält höchstens {n} Phasen</translation>
    </message>
    <message>
        <source>no lane &apos;{id}&apos; in journey &apos;{journey}&apos;</source>
        <translation>keine Ebene &apos;{id}&apos; in der Journey &apos;{journey}&apos;</translation>
    </message>
    <message>
        <source>a lane with id &apos;{id}&apos; exists already in this journey</source>
        <translation>eine Ebene mit der ID &apos;{id}&apos; gibt es in dieser Journey bereits</translation>
    </message>
    <message>
        <source>a journey holds at most {n} lanes</source>
        <translation>eine Journey enthält höchstens {n} Ebenen</translation>
    </message>
    <message>
        <source>lane &apos;{id}&apos;: </source>
        <translation>Ebene &apos;{id}&apos;: </translation>
    </message>
    <message>
        <source>{lane} has no role</source>
        <translation>{lane} hat keine Rolle</translation>
    </message>
    <message>
        <source>{lane} is not filled from data; only a metric lane is</source>
        <translation>{lane} wird nicht aus Daten gefüllt; das wird nur eine Kennzahlebene</translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; still holds {count} item; {old} becomes {new} only when it is empty</source>
        <translation>die Ebene „{name}“ enthält noch {count} Element; {old} wird erst zu {new}, wenn sie leer ist</translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; still holds {count} items; {old} becomes {new} only when it is empty</source>
        <translation>die Ebene „{name}“ enthält noch {count} Elemente; {old} wird erst zu {new}, wenn sie leer ist</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Phone purchase (sample)</source>
        <translation>Handykauf (Beispiel)</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it on a desktop, or use --smoke to check the installation</source>
        <translation>keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); starten Sie Waymark auf einem Desktop oder prüfen Sie die Installation mit --smoke</translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Waymark project</source>
        <translation>Waymark-Projekt</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON-Dokument</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>Arbeitsmappe</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation>zu viele symbolische Links</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a {noun}</source>
        <translation>{name} ist {kind}; erwartet wurde: {noun}</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name}: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>{name}: not a valid file name</source>
        <translation>{name}: kein gültiger Dateiname</translation>
    </message>
    <message>
        <source>{name} is larger than {size}; Waymark reads at most that for a {noun}</source>
        <translation>{name} ist größer als {size}; mehr liest Waymark für diese Art Datei nicht ({noun})</translation>
    </message>
    <message>
        <source>{n} MiB</source>
        <translation>{n} MiB</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} Bytes</translation>
    </message>
</context>
<context>
    <name>InstanceChannel</name>
    <message>
        <source>{name} is already open in Waymark (process {pid}); that window was brought forward</source>
        <translation>{name} ist bereits in Waymark geöffnet (Prozess {pid}); dieses Fenster wurde in den Vordergrund geholt</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>expected a JSON object at the top, found {type}</source>
        <translation>oben wurde ein JSON-Objekt erwartet, gefunden: {type}</translation>
    </message>
    <message>
        <source>missing; a Waymark document starts with &quot;format&quot;: &quot;{id}&quot;</source>
        <translation>fehlt; ein Waymark-Dokument beginnt mit &quot;format&quot;: &quot;{id}&quot;</translation>
    </message>
    <message>
        <source>{format} is not a format this Waymark reads (it reads {id})</source>
        <translation>{format} ist kein Format, das diese Waymark-Version liest (sie liest {id})</translation>
    </message>
    <message>
        <source>{where}: unknown field ignored</source>
        <translation>{where}: unbekanntes Feld ignoriert</translation>
    </message>
</context>
<context>
    <name>JourneyIo</name>
    <message>
        <source>no journey &apos;{id}&apos;</source>
        <translation>keine Journey &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>the document holds no journey to import</source>
        <translation>das Dokument enthält keine Journey zum Importieren</translation>
    </message>
    <message>
        <source>the document has no journey &apos;{id}&apos; (its journeys: {known})</source>
        <translation>das Dokument hat keine Journey &apos;{id}&apos; (enthaltene Journeys: {known})</translation>
    </message>
    <message>
        <source>the document holds {n} journeys ({known}); name the one to import</source>
        <translation>das Dokument enthält {n} Journeys ({known}); nennen Sie die zu importierende</translation>
    </message>
    <message>
        <source>a project holds at most {n} journeys</source>
        <translation>ein Projekt enthält höchstens {n} Journeys</translation>
    </message>
    <message>
        <source>persona &apos;{id}&apos;: the project has its own version; kept it</source>
        <translation>Persona &apos;{id}&apos;: Das Projekt hat eine eigene Fassung; sie wurde behalten</translation>
    </message>
    <message>
        <source>the journey brings {n} new personas; a project holds at most {limit}</source>
        <translation>die Journey bringt {n} neue Personas mit; ein Projekt enthält höchstens {limit}</translation>
    </message>
    <message>
        <source>journey id &apos;{id}&apos; is taken in this project; imported as &apos;{fresh}&apos;</source>
        <translation>die Journey-ID &apos;{id}&apos; ist in diesem Projekt vergeben; importiert als &apos;{fresh}&apos;</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>the JSON is nested too deeply (Waymark reads at most {n} levels)</source>
        <translation>das JSON ist zu tief verschachtelt (Waymark liest höchstens {n} Ebenen)</translation>
    </message>
    <message>
        <source>the JSON is {size} MiB; Waymark reads at most {limit} MiB</source>
        <translation>das JSON ist {size} MiB groß; Waymark liest höchstens {limit} MiB</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {n} cannot be decoded)</source>
        <translation>kein UTF-8-Text (Byte {n} kann nicht dekodiert werden)</translation>
    </message>
    <message>
        <source>the file is empty; expected a Waymark JSON document</source>
        <translation>die Datei ist leer; erwartet wurde ein Waymark-JSON-Dokument</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} (line {line}, column {column})</source>
        <translation>kein gültiges JSON: {problem} (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation>kein gültiges JSON: {problem}</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears more than once (JSON keeps only the last; Waymark refuses rather than guess)</source>
        <translation>der Schlüssel &quot;{key}&quot; kommt mehrfach vor (JSON behält nur den letzten; Waymark lehnt ab, statt zu raten)</translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears more than once in the top-level object (JSON keeps only the last; Waymark refuses rather than guess)</source>
        <translation>der Schlüssel &quot;{key}&quot; kommt im obersten Objekt mehrfach vor (JSON behält nur den letzten; Waymark lehnt ab, statt zu raten)</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>user template {name} cannot be read: {problem}</source>
        <translation>die Benutzervorlage {name} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>user template {name} has no journey</source>
        <translation>die Benutzervorlage {name} hat keine Journey</translation>
    </message>
    <message>
        <source>no user template &apos;{id}&apos;</source>
        <translation>keine Benutzervorlage &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>no template &apos;{id}&apos; (templates: {known})</source>
        <translation>keine Vorlage &apos;{id}&apos; (Vorlagen: {known})</translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>a template&apos;s name is at most {n} characters</source>
        <translation>der Name einer Vorlage hat höchstens {n} Zeichen</translation>
    </message>
    <message>
        <source>no journey &apos;{id}&apos; to save as a template</source>
        <translation>keine Journey &apos;{id}&apos;, die als Vorlage gespeichert werden könnte</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in template and cannot be deleted</source>
        <translation>&apos;{id}&apos; ist eine eingebaute Vorlage und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>could not delete {name}: {reason}</source>
        <translation>{name} konnte nicht gelöscht werden: {reason}</translation>
    </message>
    <message>
        <source>template &apos;{id}&apos; has no journey</source>
        <translation>die Vorlage &apos;{id}&apos; hat keine Journey</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>by {user} on {host}, process {pid}, since {since}</source>
        <translation>von {user} auf {host}, Prozess {pid}, seit {since}</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Cases reaching the stage</source>
        <translation>Fälle, die die Phase erreichen</translation>
    </message>
    <message>
        <source>Share of all cases</source>
        <translation>Anteil an allen Fällen</translation>
    </message>
    <message>
        <source>Conversion from the previous stage</source>
        <translation>Konversion aus der vorigen Phase</translation>
    </message>
    <message>
        <source>Drop-off (last stage of a case)</source>
        <translation>Abbruch (letzte Phase eines Falls)</translation>
    </message>
    <message>
        <source>Median time to the next stage</source>
        <translation>Median der Zeit bis zur nächsten Phase</translation>
    </message>
    <message>
        <source>Median time in the stage</source>
        <translation>Median der Zeit in der Phase</translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation>Mittlere Bewertung</translation>
    </message>
    <message>
        <source>Feedback sentiment</source>
        <translation>Stimmung im Feedback</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Cases reaching</source>
        <translation>Erreichende Fälle</translation>
    </message>
    <message>
        <source>Share of cases</source>
        <translation>Anteil der Fälle</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Time to next stage</source>
        <translation>Zeit bis zur nächsten Phase</translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation>Zeit in der Phase</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>from {name}{span} · refreshed {refreshed}</source>
        <translation>aus {name}{span} · aktualisiert {refreshed}</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot upgrade a schema-{version} file: no step from version {missing}</source>
        <translation>eine Datei mit Schema {version} kann nicht aktualisiert werden: kein Schritt ab Version {missing}</translation>
    </message>
</context>
<context>
    <name>Ownership</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Researched</source>
        <translation>Recherchiert</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation>eine Datei ist im Weg</translation>
    </message>
    <message>
        <source>Waymark&apos;s data folder {folder} cannot be used ({reason}); crash recovery is off for this session: unsaved edits are kept in a temporary folder that the next start does not look in, so save often</source>
        <translation>Der Datenordner von Waymark {folder} kann nicht verwendet werden ({reason}); die Wiederherstellung nach Abstürzen ist in dieser Sitzung aus: Ungespeicherte Änderungen liegen in einem temporären Ordner, in dem der nächste Start nicht sucht – speichern Sie also oft</translation>
    </message>
    <message>
        <source>Waymark&apos;s resources folder is missing from this installation</source>
        <translation>Der Ressourcenordner von Waymark fehlt in dieser Installation</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>{name} is damaged: its schema text is not valid UTF-8</source>
        <translation>{name} ist beschädigt: der Schematext ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>{name} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty, not a Waymark project</source>
        <translation>{name} ist leer, kein Waymark-Projekt</translation>
    </message>
    <message>
        <source>{name} is not a Waymark project (it is not an SQLite database).</source>
        <translation>{name} ist kein Waymark-Projekt (die Datei ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>It looks like JSON: create a project from it with `waymark new FILE --from-json`.</source>
        <translation>Es sieht nach JSON aus: Legen Sie daraus ein Projekt an mit `waymark new FILE --from-json`.</translation>
    </message>
    <message>
        <source>{name} is truncated: the file ends inside its header</source>
        <translation>{name} ist abgeschnitten: die Datei endet innerhalb ihres Headers</translation>
    </message>
    <message>
        <source>{name} is damaged: its header names an impossible page size</source>
        <translation>{name} ist beschädigt: der Header nennt eine unmögliche Seitengröße</translation>
    </message>
    <message>
        <source>{name} is in SQLite WAL mode, which Waymark never writes; it was changed by another program. Run `sqlite3 {name} &apos;PRAGMA journal_mode=DELETE&apos;` and open it again</source>
        <translation>{name} ist im SQLite-WAL-Modus, den Waymark nie schreibt; die Datei wurde von einem anderen Programm geändert. Führen Sie `sqlite3 {name} &apos;PRAGMA journal_mode=DELETE&apos;` aus und öffnen Sie sie erneut</translation>
    </message>
    <message>
        <source>{name} is damaged: its header is not a valid SQLite header</source>
        <translation>{name} ist beschädigt: der Header ist kein gültiger SQLite-Header</translation>
    </message>
    <message>
        <source>{name} is truncated: it is shorter than its header says</source>
        <translation>{name} ist abgeschnitten: die Datei ist kürzer, als ihr Header angibt</translation>
    </message>
    <message>
        <source>{name} is an SQLite database of another application, not a Waymark project</source>
        <translation>{name} ist eine SQLite-Datenbank einer anderen Anwendung, kein Waymark-Projekt</translation>
    </message>
    <message>
        <source>{name} is damaged: it has no schema version</source>
        <translation>{name} ist beschädigt: die Datei hat keine Schemaversion</translation>
    </message>
    <message>
        <source>{name} is damaged: its schema version ({version}) is not one any Waymark writes</source>
        <translation>{name} ist beschädigt: die Schemaversion ({version}) schreibt keine Waymark-Version</translation>
    </message>
    <message>
        <source>{name} contains a {type} &apos;{object}&apos;, which Waymark never creates</source>
        <translation>{name} enthält ein Objekt vom Typ {type} &apos;{object}&apos;, das Waymark nie anlegt</translation>
    </message>
    <message>
        <source>{name} is damaged: its {type} &apos;{object}&apos; differs from the one Waymark creates</source>
        <translation>{name} ist beschädigt: das Objekt vom Typ {type} &apos;{object}&apos; weicht von dem ab, das Waymark anlegt</translation>
    </message>
    <message>
        <source>{name} contains an unexpected {type} &apos;{object}&apos; that Waymark did not create</source>
        <translation>{name} enthält ein unerwartetes Objekt vom Typ {type} &apos;{object}&apos;, das Waymark nicht angelegt hat</translation>
    </message>
    <message>
        <source>{name} is damaged: its {type} &apos;{object}&apos; is missing</source>
        <translation>{name} ist beschädigt: das Objekt vom Typ {type} &apos;{object}&apos; fehlt</translation>
    </message>
    <message>
        <source>integrity check: {problem}</source>
        <translation>Integritätsprüfung: {problem}</translation>
    </message>
    <message>
        <source>integrity check: {problem} and {n} more problem</source>
        <translation>Integritätsprüfung: {problem} und {n} weiteres Problem</translation>
    </message>
    <message>
        <source>integrity check: {problem} and {n} more problems</source>
        <translation>Integritätsprüfung: {problem} und {n} weitere Probleme</translation>
    </message>
    <message>
        <source>a row in &apos;{table}&apos; refers to a missing row</source>
        <translation>eine Zeile in &apos;{table}&apos; verweist auf eine fehlende Zeile</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem})</source>
        <translation>{name} ist beschädigt ({problem})</translation>
    </message>
    <message>
        <source>{name} is damaged or not a Waymark project ({reason})</source>
        <translation>{name} ist beschädigt oder kein Waymark-Projekt ({reason})</translation>
    </message>
    <message>
        <source>{name} is damaged: SQLite cannot read its schema (it holds bytes that are not text)</source>
        <translation>{name} ist beschädigt: SQLite kann das Schema nicht lesen (es enthält Bytes, die kein Text sind)</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation>{name} kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Waymark (file schema {version}, this version reads up to {supported}) and cannot be read here; update Waymark to open it</source>
        <translation>{name} wurde mit einer neueren Waymark-Version gespeichert (Dateischema {version}, diese Version liest bis {supported}) und kann hier nicht gelesen werden; aktualisieren Sie Waymark, um die Datei zu öffnen</translation>
    </message>
    <message>
        <source>{name} could not be upgraded: {reason}</source>
        <translation>{name} konnte nicht aktualisiert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ProjectTables</name>
    <message>
        <source>a persona with id &apos;{id}&apos; exists already</source>
        <translation>eine Persona mit der ID &apos;{id}&apos; gibt es bereits</translation>
    </message>
    <message>
        <source>a project holds at most {n} personas</source>
        <translation>ein Projekt enthält höchstens {n} Personas</translation>
    </message>
    <message>
        <source>a journey with id &apos;{id}&apos; exists already</source>
        <translation>eine Journey mit der ID &apos;{id}&apos; gibt es bereits</translation>
    </message>
    <message>
        <source>a project holds at most {n} journeys</source>
        <translation>ein Projekt enthält höchstens {n} Journeys</translation>
    </message>
    <message>
        <source>card id &apos;{id}&apos; is used in another journey</source>
        <translation>die Karten-ID &apos;{id}&apos; wird in einer anderen Journey verwendet</translation>
    </message>
</context>
<context>
    <name>Refs</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Emotion Point</source>
        <translation>Emotionspunkt</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Blueprint Line</source>
        <translation>Blueprint-Linie</translation>
    </message>
    <message>
        <source>Voting Session</source>
        <translation>Abstimmungsrunde</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>{place} is not JSON text</source>
        <translation>{place} ist kein JSON-Text</translation>
    </message>
    <message>
        <source>cards[{id}].image is not image data</source>
        <translation>cards[{id}].image sind keine Bilddaten</translation>
    </message>
    <message>
        <source>{place} is not a JSON object</source>
        <translation>{place} ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the project row is missing</source>
        <translation>die Projektzeile fehlt</translation>
    </message>
    <message>
        <source>personas[{id}].photo is not image data</source>
        <translation>personas[{id}].photo sind keine Bilddaten</translation>
    </message>
    <message>
        <source>snapshots[{id}].content is not data</source>
        <translation>snapshots[{id}].content sind keine Daten</translation>
    </message>
    <message>
        <source>rows belong to a missing journey {id}</source>
        <translation>Zeilen gehören zu einer fehlenden Journey {id}</translation>
    </message>
    <message>
        <source>its contents do not match the checksum written when it was saved: it was damaged on disk or changed outside Waymark</source>
        <translation>der Inhalt passt nicht zur beim Speichern geschriebenen Prüfsumme: die Datei wurde auf dem Datenträger beschädigt oder außerhalb von Waymark geändert</translation>
    </message>
    <message>
        <source>the project data is damaged ({problem})</source>
        <translation>die Projektdaten sind beschädigt ({problem})</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>a cards lane</source>
        <translation>eine Kartenebene</translation>
    </message>
    <message>
        <source>a touchpoints lane</source>
        <translation>eine Touchpoint-Ebene</translation>
    </message>
    <message>
        <source>an emotion lane</source>
        <translation>eine Emotionsebene</translation>
    </message>
    <message>
        <source>a metric lane</source>
        <translation>eine Kennzahlebene</translation>
    </message>
    <message>
        <source>a flow lane</source>
        <translation>eine Flussebene</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>emotion points</source>
        <translation>Emotionspunkte</translation>
    </message>
    <message>
        <source>metric values</source>
        <translation>Kennzahlwerte</translation>
    </message>
    <message>
        <source>blueprint lines</source>
        <translation>Blueprint-Linien</translation>
    </message>
    <message>
        <source>voting sessions</source>
        <translation>Abstimmungsrunden</translation>
    </message>
    <message>
        <source>an interaction line</source>
        <translation>eine Interaktionslinie</translation>
    </message>
    <message>
        <source>a visibility line</source>
        <translation>eine Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>an internal line</source>
        <translation>eine interne Linie</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>String should have at most {max_length} characters</source>
        <translation>Der Text darf höchstens {max_length} Zeichen haben</translation>
    </message>
    <message>
        <source>String should have at least {min_length} characters</source>
        <translation>Der Text muss mindestens {min_length} Zeichen haben</translation>
    </message>
    <message>
        <source>should have at most {max_length} items, not {actual_length}</source>
        <translation>darf höchstens {max_length} Einträge haben, nicht {actual_length}</translation>
    </message>
    <message>
        <source>should have at least {min_length} items, not {actual_length}</source>
        <translation>muss mindestens {min_length} Einträge haben, nicht {actual_length}</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Der Wert muss kleiner oder gleich {le} sein</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Der Wert muss größer oder gleich {ge} sein</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>Der Wert muss kleiner als {lt} sein</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>Der Wert muss größer als {gt} sein</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>Erwartet wird {expected}</translation>
    </message>
    <message>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation>Der Text muss dem Muster &apos;{pattern}&apos; entsprechen</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation>Zusätzliche Felder sind nicht erlaubt</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Erwartet wird ein Text</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Erwartet wird eine ganze Zahl, nicht eine Zahl mit Nachkommastellen</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Erwartet wird eine Zahl</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>Erwartet wird eine endliche Zahl</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Erwartet wird true oder false</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Erwartet wird eine Liste</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>Erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>Input should be an object</source>
        <translation>Erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>duplicate card &apos;{value}&apos;</source>
        <translation>doppelte Karte &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>duplicate id &apos;{value}&apos;</source>
        <translation>doppelte ID &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>{count} {what}; Waymark accepts at most {limit}</source>
        <translation>{count} {what}; Waymark akzeptiert höchstens {limit}</translation>
    </message>
    <message>
        <source>no persona &apos;{id}&apos;</source>
        <translation>keine Persona &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>persona &apos;{id}&apos; is listed twice</source>
        <translation>die Persona &apos;{id}&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>{lane} has no role</source>
        <translation>{lane} hat keine Rolle</translation>
    </message>
    <message>
        <source>{lane} is not filled from data</source>
        <translation>{lane} wird nicht aus Daten gefüllt</translation>
    </message>
    <message>
        <source>no lane &apos;{id}&apos;</source>
        <translation>keine Ebene &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>lane &apos;{id}&apos; is {lane}; {belong}</source>
        <translation>die Ebene &apos;{id}&apos; ist {lane}; {belong}</translation>
    </message>
    <message>
        <source>no stage &apos;{id}&apos;</source>
        <translation>keine Phase &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>cards belong in a cards or touchpoints lane</source>
        <translation>Karten gehören in eine Karten- oder Touchpoint-Ebene</translation>
    </message>
    <message>
        <source>emotion points belong in an emotion lane</source>
        <translation>Emotionspunkte gehören in eine Emotionsebene</translation>
    </message>
    <message>
        <source>a second point for the same lane, stage, persona and variant</source>
        <translation>ein zweiter Punkt für dieselbe Ebene, Phase, Persona und Variante</translation>
    </message>
    <message>
        <source>metric values belong in a metric lane</source>
        <translation>Kennzahlwerte gehören in eine Kennzahlebene</translation>
    </message>
    <message>
        <source>a second value for the same lane and stage</source>
        <translation>ein zweiter Wert für dieselbe Ebene und Phase</translation>
    </message>
    <message>
        <source>a second {kind} line below the same lane</source>
        <translation>eine zweite Linie der Art „{kind}“ unter derselben Ebene</translation>
    </message>
    <message>
        <source>no voting session &apos;{id}&apos;</source>
        <translation>keine Abstimmungsrunde &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>is more than the votes per participant</source>
        <translation>ist mehr als die Stimmen je Teilnehmer</translation>
    </message>
    <message>
        <source>no participant &apos;{id}&apos;</source>
        <translation>kein Teilnehmer &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>a second ballot of the same participant on the same card</source>
        <translation>ein zweiter Stimmzettel desselben Teilnehmers für dieselbe Karte</translation>
    </message>
    <message>
        <source>is more than the {n} allowed on one card</source>
        <translation>ist mehr als die {n} erlaubten auf einer Karte</translation>
    </message>
    <message>
        <source>participant &apos;{id}&apos; has {count} votes; at most {limit}</source>
        <translation>der Teilnehmer &apos;{id}&apos; hat {count} Stimmen; höchstens {limit}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{name} is open read-only: its folder cannot be written ({reason}). Use Save As to save a copy elsewhere.</source>
        <translation>{name} ist schreibgeschützt geöffnet: der Ordner ist nicht beschreibbar ({reason}). Speichern Sie mit „Speichern unter“ eine Kopie an einem anderen Ort.</translation>
    </message>
    <message>
        <source>its folder cannot be written ({reason})</source>
        <translation>der Ordner ist nicht beschreibbar ({reason})</translation>
    </message>
    <message>
        <source>the edit could not be recorded ({reason}); nothing was changed</source>
        <translation>die Änderung konnte nicht aufgezeichnet werden ({reason}); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>could not lock a new working copy in Waymark&apos;s data folder</source>
        <translation>eine neue Arbeitskopie im Datenordner von Waymark konnte nicht gesperrt werden</translation>
    </message>
    <message>
        <source>{name} was saved by a newer Waymark (file schema {version}). It is open read-only; Save As keeps a copy in this version&apos;s format.</source>
        <translation>{name} wurde mit einer neueren Waymark-Version gespeichert (Dateischema {version}). Die Datei ist schreibgeschützt geöffnet; „Speichern unter“ speichert eine Kopie im Format dieser Version.</translation>
    </message>
    <message>
        <source>{name} is open read-only: {reason}. Use Save As to save a copy.</source>
        <translation>{name} ist schreibgeschützt geöffnet: {reason}. Speichern Sie mit „Speichern unter“ eine Kopie.</translation>
    </message>
    <message>
        <source>it was saved by a newer Waymark</source>
        <translation>die Datei wurde mit einer neueren Waymark-Version gespeichert</translation>
    </message>
    <message>
        <source>{name} changed while it was being opened; open it again</source>
        <translation>{name} hat sich beim Öffnen geändert; öffnen Sie die Datei erneut</translation>
    </message>
    <message>
        <source>could not open {name}: its working copy in Waymark&apos;s data folder could not be written ({reason})</source>
        <translation>{name} konnte nicht geöffnet werden: die Arbeitskopie im Datenordner von Waymark war nicht beschreibbar ({reason})</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation>{name} ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>could not open {name}: {reason}</source>
        <translation>{name} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>{title} is being recovered in another window</source>
        <translation>{title} wird in einem anderen Fenster wiederhergestellt</translation>
    </message>
    <message>
        <source>Recovered project</source>
        <translation>Wiederhergestelltes Projekt</translation>
    </message>
    <message>
        <source>the working copy of {title} was written by a newer Waymark (schema {version}); update Waymark to recover it</source>
        <translation>die Arbeitskopie von {title} wurde von einer neueren Waymark-Version geschrieben (Schema {version}); aktualisieren Sie Waymark, um sie wiederherzustellen</translation>
    </message>
    <message>
        <source>the working copy of {title} is not a Waymark project</source>
        <translation>die Arbeitskopie von {title} ist kein Waymark-Projekt</translation>
    </message>
    <message>
        <source>The working copy of {title}</source>
        <translation>Die Arbeitskopie von {title}</translation>
    </message>
    <message>
        <source>{name} is open in another window; the recovered copy is read-only here. Use Save As to keep it.</source>
        <translation>{name} ist in einem anderen Fenster geöffnet; die wiederhergestellte Kopie ist hier schreibgeschützt. Behalten Sie sie mit „Speichern unter“.</translation>
    </message>
    <message>
        <source>the working copy of {title} cannot be read ({reason})</source>
        <translation>die Arbeitskopie von {title} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the project is closed</source>
        <translation>das Projekt ist geschlossen</translation>
    </message>
    <message>
        <source>this project has not been saved yet; choose a file name</source>
        <translation>dieses Projekt wurde noch nicht gespeichert; wählen Sie einen Dateinamen</translation>
    </message>
    <message>
        <source>{name} is open read-only: {reason}; save the copy under another name or in another folder</source>
        <translation>{name} ist schreibgeschützt geöffnet: {reason}; speichern Sie die Kopie unter einem anderen Namen oder in einem anderen Ordner</translation>
    </message>
    <message>
        <source>{name} is open read-only; save the copy under another name or in another folder</source>
        <translation>{name} ist schreibgeschützt geöffnet; speichern Sie die Kopie unter einem anderen Namen oder in einem anderen Ordner</translation>
    </message>
    <message>
        <source>could not save {name}: {reason}; nothing was changed</source>
        <translation>{name} konnte nicht gespeichert werden: {reason}; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>{name} was changed by another program since it was opened or last saved here; it was not saved, so that version is unchanged on disk</source>
        <translation>{name} wurde seit dem Öffnen oder letzten Speichern hier von einem anderen Programm geändert; es wurde nicht gespeichert, die Fassung auf dem Datenträger ist also unverändert</translation>
    </message>
    <message>
        <source>could not save: the project is closed; the existing file is unchanged</source>
        <translation>Speichern nicht möglich: das Projekt ist geschlossen; die vorhandene Datei ist unverändert</translation>
    </message>
    <message>
        <source>could not save: {reason}; the existing file is unchanged</source>
        <translation>Speichern nicht möglich: {reason}; die vorhandene Datei ist unverändert</translation>
    </message>
    <message>
        <source>could not save: the written copy is not in rollback-journal mode</source>
        <translation>Speichern nicht möglich: die geschriebene Kopie ist nicht im Rollback-Journal-Modus</translation>
    </message>
    <message>
        <source>could not write {name}: {reason}</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>SessionTables</name>
    <message>
        <source>no voting session &apos;{id}&apos;</source>
        <translation>keine Abstimmungsrunde &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>a voting session with id &apos;{id}&apos; exists already</source>
        <translation>eine Abstimmungsrunde mit der ID &apos;{id}&apos; gibt es bereits</translation>
    </message>
    <message>
        <source>a journey holds at most {n} voting sessions</source>
        <translation>eine Journey enthält höchstens {n} Abstimmungsrunden</translation>
    </message>
</context>
<context>
    <name>SnapshotTables</name>
    <message>
        <source>no snapshot &apos;{id}&apos;</source>
        <translation>kein Snapshot „{id}“</translation>
    </message>
    <message>
        <source>a snapshot with id &apos;{id}&apos; exists already</source>
        <translation>ein Snapshot mit der ID „{id}“ gibt es schon</translation>
    </message>
    <message>
        <source>a journey holds at most {n} snapshots; delete old ones in the History panel</source>
        <translation>eine Journey fasst höchstens {n} Snapshots; alte im Verlauf-Bereich löschen</translation>
    </message>
    <message>
        <source>a snapshot&apos;s content cannot be edited, only its name and note</source>
        <translation>der Inhalt eines Snapshots lässt sich nicht bearbeiten, nur Name und Notiz</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>snapshot &apos;{name}&apos; is damaged ({problem})</source>
        <translation>Snapshot „{name}“ ist beschädigt ({problem})</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>kein Base64</translation>
    </message>
    <message>
        <source>not deflated data</source>
        <translation>keine komprimierten Daten</translation>
    </message>
    <message>
        <source>it inflates to more than {n} MiB</source>
        <translation>er wird entpackt größer als {n} MiB</translation>
    </message>
    <message>
        <source>not a journey</source>
        <translation>keine Journey</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand aufgenommen</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before analytics</source>
        <translation>vor Analysen</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Snapshot {date} {time}</source>
        <translation>Snapshot {date} {time}</translation>
    </message>
    <message>
        <source>no snapshot &apos;{id}&apos; in this journey</source>
        <translation>kein Snapshot &apos;{id}&apos; in dieser Journey</translation>
    </message>
    <message>
        <source>Take Snapshot {name}</source>
        <translation>Snapshot {name} aufnehmen</translation>
    </message>
    <message>
        <source>a snapshot needs a name</source>
        <translation>ein Snapshot braucht einen Namen</translation>
    </message>
    <message>
        <source>Rename Snapshot {name}</source>
        <translation>Snapshot {name} umbenennen</translation>
    </message>
    <message>
        <source>Before import of {name}</source>
        <translation>Vor Import von {name}</translation>
    </message>
    <message>
        <source>Before analytics from {log}</source>
        <translation>Vor Analysen aus {log}</translation>
    </message>
    <message>
        <source>Before restoring {name}</source>
        <translation>Vor Wiederherstellung von {name}</translation>
    </message>
    <message>
        <source>Restore Snapshot {name}</source>
        <translation>Snapshot {name} wiederherstellen</translation>
    </message>
    <message>
        <source>Delete Snapshot {name}</source>
        <translation>Snapshot {name} löschen</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Blank journey</source>
        <translation>Leere Journey</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Phase 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>Phase 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>Phase 3</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Change or leave</source>
        <translation>Wechseln oder kündigen</translation>
    </message>
    <message>
        <source>A customer who wants to change their plan or leave: what triggers it, what the company does, how it ends.</source>
        <translation>Ein Kunde, der seinen Tarif wechseln oder kündigen möchte: was den Anstoß gibt, was das Unternehmen tut, wie es endet.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>A price rise, a bad experience, a life change or a better offer elsewhere makes them reconsider.</source>
        <translation>Eine Preiserhöhung, eine schlechte Erfahrung, eine neue Lebenslage oder ein besseres Angebot anderswo lässt ihn neu überlegen.</translation>
    </message>
    <message>
        <source>Compare alternatives</source>
        <translation>Alternativen vergleichen</translation>
    </message>
    <message>
        <source>They look at other plans, competitors, or doing without.</source>
        <translation>Er sieht sich andere Tarife und Wettbewerber an oder überlegt, ganz darauf zu verzichten.</translation>
    </message>
    <message>
        <source>Ask to change or cancel</source>
        <translation>Wechsel oder Kündigung anfragen</translation>
    </message>
    <message>
        <source>They look for how to change or cancel, and contact the company.</source>
        <translation>Er sucht, wie er wechseln oder kündigen kann, und wendet sich an das Unternehmen.</translation>
    </message>
    <message>
        <source>Retention offer</source>
        <translation>Halteangebot</translation>
    </message>
    <message>
        <source>The company tries to keep them: a better plan, a discount, a fix for the problem.</source>
        <translation>Das Unternehmen versucht, ihn zu halten: ein besserer Tarif, ein Rabatt, eine Lösung für das Problem.</translation>
    </message>
    <message>
        <source>Switch or stay</source>
        <translation>Wechseln oder bleiben</translation>
    </message>
    <message>
        <source>They change plan, stay as they are, or leave; the account is closed or moved.</source>
        <translation>Er wechselt den Tarif, bleibt, wie er ist, oder geht; das Konto wird geschlossen oder übertragen.</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Final bills, data export, returning equipment, and any win-back contact.</source>
        <translation>Schlussrechnungen, Datenexport, Rückgabe von Geräten und etwaige Rückgewinnungsversuche.</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Retained</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Discover, shop, buy</source>
        <translation>Entdecken, stöbern, kaufen</translation>
    </message>
    <message>
        <source>An e-commerce purchase, from discovering a product to receiving it and using it for the first time.</source>
        <translation>Ein Onlinekauf, vom Entdecken eines Produkts bis zur Lieferung und ersten Nutzung.</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <source>The customer notices a need or a product: search, social, an ad, a recommendation.</source>
        <translation>Der Kunde bemerkt einen Bedarf oder ein Produkt: Suche, soziale Medien, eine Anzeige, eine Empfehlung.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Stöbern</translation>
    </message>
    <message>
        <source>They browse, filter, compare products, read reviews and check prices and delivery.</source>
        <translation>Er stöbert, filtert, vergleicht Produkte, liest Bewertungen und prüft Preise und Lieferung.</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>They fill the basket, create an account or check out as a guest, and pay.</source>
        <translation>Er füllt den Warenkorb, legt ein Konto an oder bestellt als Gast und bezahlt.</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>They track the order and receive the delivery, or collect it.</source>
        <translation>Er verfolgt die Bestellung und nimmt die Lieferung an oder holt sie ab.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>They unpack and use the product, and keep it, return it or buy again.</source>
        <translation>Er packt das Produkt aus und nutzt es, behält es, schickt es zurück oder kauft erneut.</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Marketing funnel</source>
        <translation>Marketing-Funnel</translation>
    </message>
    <message>
        <source>From first hearing of the brand to recommending it: where customers come from, why they buy, and what keeps them.</source>
        <translation>Vom ersten Kontakt mit der Marke bis zur Weiterempfehlung: woher Kunden kommen, warum sie kaufen und was sie hält.</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <source>The customer first learns the brand or product exists: an ad, a search result, a friend&apos;s word.</source>
        <translation>Der Kunde erfährt zum ersten Mal von der Marke oder dem Produkt: eine Anzeige, ein Suchergebnis, der Tipp eines Bekannten.</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>They research, compare alternatives and decide whether the offer fits their need and budget.</source>
        <translation>Er recherchiert, vergleicht Alternativen und entscheidet, ob das Angebot zu Bedarf und Budget passt.</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>They choose, check out and pay, online, in a store or with a salesperson.</source>
        <translation>Er wählt aus, bestellt und bezahlt – online, im Geschäft oder bei einem Verkäufer.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>They use the product, get support and decide whether to stay, renew or buy again.</source>
        <translation>Er nutzt das Produkt, erhält Support und entscheidet, ob er bleibt, verlängert oder erneut kauft.</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Happy customers review, share and recommend; unhappy ones warn others.</source>
        <translation>Zufriedene Kunden bewerten, teilen und empfehlen; unzufriedene warnen andere.</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>A new customer&apos;s first days with a product or service: from signing up to using it by habit.</source>
        <translation>Die ersten Tage eines neuen Kunden mit einem Produkt oder Dienst: von der Anmeldung bis zur gewohnten Nutzung.</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The customer creates an account or signs the contract and confirms who they are.</source>
        <translation>Der Kunde legt ein Konto an oder unterschreibt den Vertrag und bestätigt seine Identität.</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>They configure the product, connect devices or accounts and move their data in.</source>
        <translation>Er konfiguriert das Produkt, verbindet Geräte oder Konten und überträgt seine Daten.</translation>
    </message>
    <message>
        <source>First use</source>
        <translation>Erste Nutzung</translation>
    </message>
    <message>
        <source>They try the core task for the first time, with or without guidance.</source>
        <translation>Er probiert die Kernaufgabe zum ersten Mal aus, mit oder ohne Anleitung.</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Nutzen</translation>
    </message>
    <message>
        <source>The moment the product first delivers what they came for.</source>
        <translation>Der Moment, in dem das Produkt zum ersten Mal liefert, wofür er gekommen ist.</translation>
    </message>
    <message>
        <source>Habit</source>
        <translation>Gewohnheit</translation>
    </message>
    <message>
        <source>They come back without prompting and make the product part of their routine.</source>
        <translation>Er kommt ohne Anstoß wieder und macht das Produkt zum Teil seines Alltags.</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>Aufgewendete Zeit</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>How a customer is billed and pays, and what happens when a payment goes wrong.</source>
        <translation>Wie ein Kunde abgerechnet wird und bezahlt, und was passiert, wenn eine Zahlung schiefgeht.</translation>
    </message>
    <message>
        <source>Receive the bill</source>
        <translation>Rechnung erhalten</translation>
    </message>
    <message>
        <source>An invoice, statement or renewal notice arrives by email, mail or in the app.</source>
        <translation>Eine Rechnung, ein Kontoauszug oder eine Verlängerungsmitteilung kommt per E-Mail, Post oder in der App.</translation>
    </message>
    <message>
        <source>Check the charges</source>
        <translation>Beträge prüfen</translation>
    </message>
    <message>
        <source>The customer reads the bill and checks the amounts against what they expected.</source>
        <translation>Der Kunde liest die Rechnung und vergleicht die Beträge mit dem, was er erwartet hat.</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlen</translation>
    </message>
    <message>
        <source>They choose a payment method and pay, or an automatic payment is taken.</source>
        <translation>Er wählt eine Zahlungsart und bezahlt, oder eine automatische Zahlung wird abgebucht.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>They receive a receipt and see the payment reflected in their account.</source>
        <translation>Er erhält eine Quittung und sieht die Zahlung in seinem Konto.</translation>
    </message>
    <message>
        <source>Sort out problems</source>
        <translation>Probleme klären</translation>
    </message>
    <message>
        <source>A failed payment, a wrong charge or a dispute is resolved, or a reminder follows.</source>
        <translation>Eine fehlgeschlagene Zahlung, eine falsche Abbuchung oder ein Widerspruch wird geklärt, oder eine Mahnung folgt.</translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation>Pünktlich bezahlt</translation>
    </message>
    <message>
        <source>Product use</source>
        <translation>Produktnutzung</translation>
    </message>
    <message>
        <source>Everyday life with the product after purchase: the routine, the extras, the problems and the renewal.</source>
        <translation>Der Alltag mit dem Produkt nach dem Kauf: die Routine, die Extras, die Probleme und die Verlängerung.</translation>
    </message>
    <message>
        <source>Everyday use</source>
        <translation>Alltägliche Nutzung</translation>
    </message>
    <message>
        <source>The customer uses the core features for the job they bought the product for.</source>
        <translation>Der Kunde nutzt die Kernfunktionen für die Aufgabe, für die er das Produkt gekauft hat.</translation>
    </message>
    <message>
        <source>Explore features</source>
        <translation>Funktionen erkunden</translation>
    </message>
    <message>
        <source>They discover and try more of what the product can do.</source>
        <translation>Er entdeckt und probiert weitere Möglichkeiten des Produkts aus.</translation>
    </message>
    <message>
        <source>Get stuck</source>
        <translation>Nicht weiterkommen</translation>
    </message>
    <message>
        <source>Something breaks, confuses or is missing, and they look for a way around it.</source>
        <translation>Etwas geht kaputt, verwirrt oder fehlt, und er sucht einen Weg darum herum.</translation>
    </message>
    <message>
        <source>Updates and changes</source>
        <translation>Updates und Änderungen</translation>
    </message>
    <message>
        <source>The product, the plan or the price changes, and they adapt to it.</source>
        <translation>Das Produkt, der Tarif oder der Preis ändert sich, und er passt sich an.</translation>
    </message>
    <message>
        <source>Renew or expand</source>
        <translation>Verlängern oder erweitern</translation>
    </message>
    <message>
        <source>They decide to renew, upgrade, buy more, or let it lapse.</source>
        <translation>Er entscheidet, zu verlängern, aufzurüsten, mehr zu kaufen oder es auslaufen zu lassen.</translation>
    </message>
    <message>
        <source>Active use</source>
        <translation>Aktive Nutzung</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation>Zufriedenheit (CSAT)</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Service Blueprint</translation>
    </message>
    <message>
        <source>What the customer does, the frontstage they meet, and the backstage work and support processes that make it happen.</source>
        <translation>Was der Kunde tut, die Frontstage, der er begegnet, und die Arbeit im Backstage und die Unterstützungsprozesse, die es möglich machen.</translation>
    </message>
    <message>
        <source>Find and book</source>
        <translation>Finden und buchen</translation>
    </message>
    <message>
        <source>The customer finds the service and makes a booking or an order.</source>
        <translation>Der Kunde findet den Dienst und bucht oder bestellt.</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Ankommen</translation>
    </message>
    <message>
        <source>They arrive, or the service starts: check-in, greeting, identification.</source>
        <translation>Er kommt an, oder der Dienst beginnt: Check-in, Begrüßung, Identifizierung.</translation>
    </message>
    <message>
        <source>Receive the service</source>
        <translation>Dienst erhalten</translation>
    </message>
    <message>
        <source>The core service is delivered.</source>
        <translation>Der Kerndienst wird erbracht.</translation>
    </message>
    <message>
        <source>Pay and leave</source>
        <translation>Bezahlen und gehen</translation>
    </message>
    <message>
        <source>They pay, receive a receipt and leave, or the service ends.</source>
        <translation>Er bezahlt, erhält eine Quittung und geht, oder der Dienst endet.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachbetreuung</translation>
    </message>
    <message>
        <source>Feedback, reminders, the next booking, or help after the service.</source>
        <translation>Feedback, Erinnerungen, die nächste Buchung oder Hilfe nach dem Dienst.</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Physische Belege</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>Kundenaktionen</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>Service visit</source>
        <translation>Servicebesuch</translation>
    </message>
    <message>
        <source>A visit to a place of service (clinic, branch, salon, restaurant, garage), before, during and after.</source>
        <translation>Ein Besuch an einem Ort der Dienstleistung (Praxis, Filiale, Salon, Restaurant, Werkstatt), davor, währenddessen und danach.</translation>
    </message>
    <message>
        <source>Pre-arrival</source>
        <translation>Vor der Ankunft</translation>
    </message>
    <message>
        <source>The customer books or plans the visit, gets reminders and travels there.</source>
        <translation>Der Kunde bucht oder plant den Besuch, erhält Erinnerungen und reist an.</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankunft</translation>
    </message>
    <message>
        <source>They find the place, park or walk in, are greeted and check in.</source>
        <translation>Er findet den Ort, parkt oder geht hinein, wird begrüßt und meldet sich an.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>They wait to be seen: how long, where, and how well they are kept informed.</source>
        <translation>Er wartet, bis er an der Reihe ist: wie lange, wo und wie gut er informiert wird.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>The service itself: the people they meet, what is done, what is explained.</source>
        <translation>Die Dienstleistung selbst: die Menschen, denen er begegnet, was getan und was erklärt wird.</translation>
    </message>
    <message>
        <source>Post-service</source>
        <translation>Nach dem Besuch</translation>
    </message>
    <message>
        <source>They pay, leave, receive follow-up and decide whether to come back.</source>
        <translation>Er bezahlt, geht, erhält eine Nachbetreuung und entscheidet, ob er wiederkommt.</translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>A customer with a problem or a question, from noticing it to having it solved for good.</source>
        <translation>Ein Kunde mit einem Problem oder einer Frage, vom Bemerken bis zur dauerhaften Lösung.</translation>
    </message>
    <message>
        <source>Notice a problem</source>
        <translation>Problem bemerken</translation>
    </message>
    <message>
        <source>Something does not work as expected, or the customer has a question.</source>
        <translation>Etwas funktioniert nicht wie erwartet, oder der Kunde hat eine Frage.</translation>
    </message>
    <message>
        <source>Look for help</source>
        <translation>Hilfe suchen</translation>
    </message>
    <message>
        <source>They search the help centre, FAQs, forums or ask someone they know.</source>
        <translation>Er durchsucht das Hilfecenter, FAQs und Foren oder fragt jemanden, den er kennt.</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>Support kontaktieren</translation>
    </message>
    <message>
        <source>They call, chat, email or visit, wait, and explain the problem.</source>
        <translation>Er ruft an, chattet, schreibt eine E-Mail oder kommt vorbei, wartet und schildert das Problem.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Support diagnoses and fixes the problem, or escalates it and keeps them informed.</source>
        <translation>Der Support analysiert und behebt das Problem oder eskaliert es und hält ihn auf dem Laufenden.</translation>
    </message>
    <message>
        <source>They confirm the fix, are asked for feedback, and judge the experience.</source>
        <translation>Er bestätigt die Lösung, wird um Feedback gebeten und beurteilt die Erfahrung.</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>Lösung beim Erstkontakt</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Participant {n}</source>
        <translation>Teilnehmer {n}</translation>
    </message>
    <message>
        <source>a voting session needs at least one participant</source>
        <translation>eine Abstimmungsrunde braucht mindestens einen Teilnehmer</translation>
    </message>
    <message>
        <source>a voting session has at most {n} participants</source>
        <translation>eine Abstimmungsrunde hat höchstens {n} Teilnehmer</translation>
    </message>
    <message>
        <source>votes per participant are from 1 to {n}</source>
        <translation>Stimmen je Teilnehmer: 1 bis {n}</translation>
    </message>
    <message>
        <source>the most votes a participant may put on one card is from 1 to their votes</source>
        <translation>die meisten Stimmen, die ein Teilnehmer auf eine Karte setzen darf, liegen zwischen 1 und seinen Stimmen</translation>
    </message>
    <message>
        <source>choose at least one lane to vote on</source>
        <translation>wählen Sie mindestens eine Ebene für die Abstimmung</translation>
    </message>
    <message>
        <source>Vote {n}</source>
        <translation>Abstimmung {n}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is closed for voting</source>
        <translation>„{name}“ ist für die Abstimmung geschlossen</translation>
    </message>
    <message>
        <source>no participant &apos;{id}&apos; in &quot;{name}&quot;</source>
        <translation>kein Teilnehmer &apos;{id}&apos; in „{name}“</translation>
    </message>
    <message>
        <source>this card&apos;s lane is not part of &quot;{name}&quot;</source>
        <translation>die Ebene dieser Karte gehört nicht zu „{name}“</translation>
    </message>
    <message>
        <source>{name} has no votes left</source>
        <translation>{name} hat keine Stimmen mehr</translation>
    </message>
    <message>
        <source>{name} has put {n} vote on this card, the most allowed</source>
        <translation>{name} hat {n} Stimme auf diese Karte gesetzt, das erlaubte Maximum</translation>
    </message>
    <message>
        <source>{name} has put {n} votes on this card, the most allowed</source>
        <translation>{name} hat {n} Stimmen auf diese Karte gesetzt, das erlaubte Maximum</translation>
    </message>
    <message>
        <source>{name} has no vote on this card</source>
        <translation>{name} hat keine Stimme auf dieser Karte</translation>
    </message>
    <message>
        <source>{name}&apos;s ballot has a negative number of votes</source>
        <translation>der Stimmzettel von {name} hat eine negative Stimmenzahl</translation>
    </message>
    <message>
        <source>{name}&apos;s ballot puts {n} votes on one card; at most {limit}</source>
        <translation>der Stimmzettel von {name} setzt {n} Stimmen auf eine Karte; höchstens {limit}</translation>
    </message>
    <message>
        <source>{name}&apos;s ballot has {n} votes; at most {limit}</source>
        <translation>der Stimmzettel von {name} hat {n} Stimmen; höchstens {limit}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has ended</source>
        <translation>„{name}“ ist beendet</translation>
    </message>
    <message>
        <source>a tally is from 0 to {n}</source>
        <translation>eine Auszählung liegt zwischen 0 und {n}</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is already revealed</source>
        <translation>„{name}“ ist bereits aufgedeckt</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has ended already</source>
        <translation>„{name}“ ist bereits beendet</translation>
    </message>
</context>
<context>
    <name>VotingCommands</name>
    <message>
        <source>Start Voting &quot;{name}&quot;</source>
        <translation>Abstimmung „{name}“ starten</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Abstimmen</translation>
    </message>
    <message>
        <source>Take Back Vote</source>
        <translation>Stimme zurücknehmen</translation>
    </message>
    <message>
        <source>Tally Votes</source>
        <translation>Stimmen auszählen</translation>
    </message>
    <message>
        <source>Next Participant</source>
        <translation>Nächster Teilnehmer</translation>
    </message>
    <message>
        <source>Change Participant</source>
        <translation>Teilnehmer wechseln</translation>
    </message>
    <message>
        <source>Reveal Votes</source>
        <translation>Stimmen aufdecken</translation>
    </message>
    <message>
        <source>End Voting</source>
        <translation>Abstimmung beenden</translation>
    </message>
    <message>
        <source>Show Votes Of Session</source>
        <translation>Stimmen einer Runde zeigen</translation>
    </message>
    <message>
        <source>Delete Voting Session &quot;{name}&quot;</source>
        <translation>Abstimmungsrunde „{name}“ löschen</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>Import {name}</source>
        <translation>Import von {name}</translation>
    </message>
</context>
</TS>
