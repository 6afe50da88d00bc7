<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ChangesPanel</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>The previous change (Shift+F8)</source>
        <translation>Die vorherige Änderung (Umschalt+F8)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>The next change (F8)</source>
        <translation>Die nächste Änderung (F8)</translation>
    </message>
    <message>
        <source>End Compare</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Leave compare mode (Esc)</source>
        <translation>Den Vergleich verlassen (Esc)</translation>
    </message>
    <message>
        <source>Not comparing.</source>
        <translation>Kein Vergleich aktiv.</translation>
    </message>
    <message>
        <source>No changes since {other}.</source>
        <translation>Keine Änderungen seit {other}.</translation>
    </message>
    <message>
        <source>1 change since {other}</source>
        <translation>1 Änderung seit {other}</translation>
    </message>
    <message>
        <source>{n} changes since {other}</source>
        <translation>{n} Änderungen seit {other}</translation>
    </message>
</context>
<context>
    <name>CompareChooser</name>
    <message>
        <source>Compare “{journey}”</source>
        <translation>„{journey}“ vergleichen</translation>
    </message>
    <message>
        <source>Compare this journey with:</source>
        <translation>Diese Journey vergleichen mit:</translation>
    </message>
    <message>
        <source>Versions to compare with</source>
        <translation>Fassungen zum Vergleichen</translation>
    </message>
    <message>
        <source>Snapshots of this journey</source>
        <translation>Snapshots dieser Journey</translation>
    </message>
    <message>
        <source>{name} — {date}, {n} card</source>
        <translation>{name} — {date}, {n} Karte</translation>
    </message>
    <message>
        <source>{name} — {date}, {n} cards</source>
        <translation>{name} — {date}, {n} Karten</translation>
    </message>
    <message>
        <source>No snapshots yet (Journey ▸ Take Snapshot…)</source>
        <translation>Noch keine Snapshots (Journey ▸ Snapshot aufnehmen…)</translation>
    </message>
    <message>
        <source>Other journeys of this project</source>
        <translation>Andere Journeys dieses Projekts</translation>
    </message>
    <message>
        <source>Another project</source>
        <translation>Ein anderes Projekt</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare with Another File</source>
        <translation>Mit anderer Datei vergleichen</translation>
    </message>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation>Waymark-Projekte (*.waymark)</translation>
    </message>
</context>
<context>
    <name>CompareItems</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Removed: {text}</source>
        <translation>Entfernt: {text}</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
</context>
<context>
    <name>CompareMenu</name>
    <message>
        <source>Com&amp;pare…</source>
        <translation>Ve&amp;rgleichen…</translation>
    </message>
    <message>
        <source>Show what changed since a snapshot, or against another journey or file</source>
        <translation>Zeigen, was sich seit einem Snapshot oder gegenüber einer anderen Journey oder Datei geändert hat</translation>
    </message>
    <message>
        <source>Next C&amp;hange</source>
        <translation>Nä&amp;chste Änderung</translation>
    </message>
    <message>
        <source>Previous Chan&amp;ge</source>
        <translation>Vorherige Änderun&amp;g</translation>
    </message>
    <message>
        <source>End &amp;Compare</source>
        <translation>Vergleich &amp;beenden</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <source>Open a journey to compare it</source>
        <translation>Eine Journey öffnen, um sie zu vergleichen</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Comparing with {other}: {added} added, {changed} changed, {removed} removed</source>
        <translation>Vergleich mit {other}: {added} hinzugefügt, {changed} geändert, {removed} entfernt</translation>
    </message>
    <message>
        <source>Compare ended</source>
        <translation>Vergleich beendet</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>CompareOverlay</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New since the other version</source>
        <translation>Neu seit der anderen Fassung</translation>
    </message>
    <message>
        <source>Was: {old}</source>
        <translation>Vorher: {old}</translation>
    </message>
    <message>
        <source>Was in {place}</source>
        <translation>Vorher in {place}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>Dashed: the scores in {other}</source>
        <translation>Gestrichelt: die Werte in {other}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Untick for no date</source>
        <translation>Abwählen für kein Datum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Set today&apos;s date</source>
        <translation>Das heutige Datum setzen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export file</source>
        <translation>Datei exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Wählen Sie, wo die Datei gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The file was not exported: {message}</source>
        <translation>Die Datei wurde nicht exportiert: {message}</translation>
    </message>
    <message>
        <source>A file export is still running. Stop it and close?</source>
        <translation>Ein Dateiexport läuft noch. Abbrechen und schließen?</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>That journey no longer exists; choose another.</source>
        <translation>Diese Journey gibt es nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>{name} wird exportiert …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>{name} wurde exportiert.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export running</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wählen Sie, wo das PDF gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The PDF was not exported: {message}</source>
        <translation>Das PDF wurde nicht exportiert: {message}</translation>
    </message>
    <message>
        <source>A PDF export is still running. Stop it and close?</source>
        <translation>Ein PDF-Export läuft noch. Abbrechen und schließen?</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Workbook</source>
        <translation>Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Choose where to save the workbook.</source>
        <translation>Wählen Sie, wo die Arbeitsmappe gespeichert werden soll.</translation>
    </message>
    <message>
        <source>The workbook was not exported: {message}</source>
        <translation>Die Arbeitsmappe wurde nicht exportiert: {message}</translation>
    </message>
    <message>
        <source>A workbook export is still running. Stop it and close?</source>
        <translation>Ein Export der Arbeitsmappe läuft noch. Abbrechen und schließen?</translation>
    </message>
    <message>
        <source>&amp;Open Workbook</source>
        <translation>Arbeitsmappe ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>ExportLauncher</name>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>There is no journey to export.</source>
        <translation>Es gibt keine Journey zum Exportieren.</translation>
    </message>
    <message>
        <source>Image not exported</source>
        <translation>Bild nicht exportiert</translation>
    </message>
    <message>
        <source>Exported {name} ({width} × {height}){note}</source>
        <translation>{name} exportiert ({width} × {height}){note}</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>{path} exportiert</translation>
    </message>
</context>
<context>
    <name>ExportWorker</name>
    <message>
        <source>the exporter wrote no file</source>
        <translation>der Export hat keine Datei geschrieben</translation>
    </message>
    <message>
        <source>Cannot write {name}: {error}</source>
        <translation>{name} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). Please report it with the project that caused it.</source>
        <translation>Unerwarteter Fehler ({kind}: {error}). Bitte melden Sie ihn zusammen mit dem Projekt, bei dem er auftrat.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Waymark projects (*.waymark)</source>
        <translation>Waymark-Projekte (*.waymark)</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{error}

Your changes are still safe in Waymark&apos;s working copy.</source>
        <translation>{error}

Ihre Änderungen sind weiterhin sicher in der Arbeitskopie von Waymark.</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} gespeichert</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Auf gespeicherte Version zurücksetzen</translation>
    </message>
    <message>
        <source>Discard your unsaved changes to {name} and reload it from disk?

This cannot be undone.</source>
        <translation>Die nicht gespeicherten Änderungen an {name} verwerfen und die Datei neu laden?

Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>{error}

Your changes are kept.</source>
        <translation>{error}

Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Reopened read-only: {error}</source>
        <translation>Schreibgeschützt wieder geöffnet: {error}</translation>
    </message>
    <message>
        <source>Reverted to the saved {name}</source>
        <translation>Auf die gespeicherte Version von {name} zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>FileQuestions</name>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or last saved it here.</source>
        <translation>{name} wurde von einem anderen Programm geändert, seit Sie die Datei hier geöffnet oder zuletzt gespeichert haben.</translation>
    </message>
    <message>
        <source>Overwrite replaces that version with yours. Save As keeps both. Reload shows that version and discards your unsaved changes.</source>
        <translation>„Überschreiben“ ersetzt jene Version durch Ihre. „Speichern unter“ behält beide. „Neu laden“ zeigt jene Version und verwirft Ihre nicht gespeicherten Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in cards, stages, lanes, emotion notes and metrics</source>
        <translation>In Karten, Phasen, Ebenen, Emotionsnotizen und Kennzahlen suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>{position} of {count}</source>
        <translation>{position} von {count}</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>{n} card</source>
        <translation>{n} Karte</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} Karten</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>No snapshots of this journey yet. Take one with Journey ▸ Take Snapshot…; one is also taken before a workbook import and before analytics are applied.</source>
        <translation>Noch keine Snapshots dieser Journey. Mit Journey ▸ Snapshot aufnehmen… einen aufnehmen; vor einem Arbeitsmappen-Import und vor dem Anwenden von Analysen wird ebenfalls einer aufgenommen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>Schreibgeschützt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Replace the journey by this snapshot (a snapshot of it is taken first)</source>
        <translation>Die Journey durch diesen Snapshot ersetzen (vorher wird ein Snapshot von ihr aufgenommen)</translation>
    </message>
    <message>
        <source>Show the snapshot on a second, read-only board below the map</source>
        <translation>Den Snapshot auf einem zweiten, schreibgeschützten Board unter der Map zeigen</translation>
    </message>
    <message>
        <source>&amp;Take…</source>
        <translation>&amp;Aufnehmen…</translation>
    </message>
    <message>
        <source>Take a snapshot of the journey as it is now</source>
        <translation>Einen Snapshot der Journey aufnehmen, wie sie jetzt ist</translation>
    </message>
    <message>
        <source>No journey</source>
        <translation>Keine Journey</translation>
    </message>
    <message>
        <source>{journey}: {n} snapshot</source>
        <translation>{journey}: {n} Snapshot</translation>
    </message>
    <message>
        <source>{journey}: {n} snapshots</source>
        <translation>{journey}: {n} Snapshots</translation>
    </message>
    <message>
        <source>Restored “{name}”; the map before it is kept as a snapshot too</source>
        <translation>„{name}“ wiederhergestellt; die Map davor ist ebenfalls als Snapshot aufbewahrt</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Added cards</source>
        <translation>Neue Karten</translation>
    </message>
    <message>
        <source>Added cards: each is a new card</source>
        <translation>Neue Karten: jeweils eine neue Karte</translation>
    </message>
    <message>
        <source>Changed cards</source>
        <translation>Geänderte Karten</translation>
    </message>
    <message>
        <source>Changed cards: each is a changed card</source>
        <translation>Geänderte Karten: jeweils eine geänderte Karte</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Scores: each is an emotion score set or cleared</source>
        <translation>Bewertungen: jeweils eine gesetzte oder gelöschte Emotionsbewertung</translation>
    </message>
    <message>
        <source>Removed — cards with no row in the workbook</source>
        <translation>Entfernt – Karten ohne Zeile in der Arbeitsmappe</translation>
    </message>
    <message>
        <source>Removed — cards with no row in the workbook: each is a card with no row in the workbook; ticked, it is deleted</source>
        <translation>Entfernt – Karten ohne Zeile in der Arbeitsmappe: jeweils eine Karte ohne Zeile in der Arbeitsmappe; angehakt wird sie gelöscht</translation>
    </message>
    <message>
        <source>Cell: {cell}</source>
        <translation>Zelle: {cell}</translation>
    </message>
    <message>
        <source>No row in the workbook</source>
        <translation>Keine Zeile in der Arbeitsmappe</translation>
    </message>
    <message>
        <source>{n} change</source>
        <translation>{n} Änderung</translation>
    </message>
    <message>
        <source>{n} changes</source>
        <translation>{n} Änderungen</translation>
    </message>
    <message>
        <source>Import Workbook — {name}</source>
        <translation>Arbeitsmappe importieren – {name}</translation>
    </message>
    <message>
        <source>Journeys in the workbook: {names}</source>
        <translation>Journeys in der Arbeitsmappe: {names}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>{n} problem</source>
        <translation>{n} Problem</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} Probleme</translation>
    </message>
    <message>
        <source>&lt;b&gt;{problems}&lt;/b&gt; — cells the import could not use (hover over one for the whole message):</source>
        <translation>&lt;b&gt;{problems}&lt;/b&gt; – Zellen, die der Import nicht verwenden konnte (für die ganze Meldung mit der Maus darauf zeigen):</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} und {count} weitere</translation>
    </message>
    <message>
        <source>&lt;b&gt;{workbook}&lt;/b&gt; would make {changes} to {journeys}. Untick any you do not want; the import is one step you can undo.</source>
        <translation>&lt;b&gt;{workbook}&lt;/b&gt; würde {changes} an {journeys} vornehmen. Entfernen Sie den Haken bei allem, was Sie nicht möchten; der Import ist ein Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{workbook}&lt;/b&gt; would make {changes}. Untick any you do not want; the import is one step you can undo.</source>
        <translation>&lt;b&gt;{workbook}&lt;/b&gt; würde {changes} vornehmen. Entfernen Sie den Haken bei allem, was Sie nicht möchten; der Import ist ein Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <source>{n} card has no row in the workbook; they are kept unless you tick them under &lt;i&gt;Removed&lt;/i&gt;.</source>
        <translation>{n} Karte hat keine Zeile in der Arbeitsmappe; sie bleibt erhalten, wenn Sie sie nicht unter &lt;i&gt;Entfernt&lt;/i&gt; anhaken.</translation>
    </message>
    <message>
        <source>{n} cards have no row in the workbook; they are kept unless you tick them under &lt;i&gt;Removed&lt;/i&gt;.</source>
        <translation>{n} Karten haben keine Zeile in der Arbeitsmappe; sie bleiben erhalten, wenn Sie sie nicht unter &lt;i&gt;Entfernt&lt;/i&gt; anhaken.</translation>
    </message>
    <message>
        <source>&amp;Import {n} change</source>
        <translation>{n} Änderung &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import {n} changes</source>
        <translation>{n} Änderungen &amp;importieren</translation>
    </message>
</context>
<context>
    <name>ImportPreviewA11y</name>
    <message>
        <source>What the import changes</source>
        <translation>Was der Import ändert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>JourneyList</name>
    <message>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
</context>
<context>
    <name>JourneyOwnership</name>
    <message>
        <source>Ownership — {name}</source>
        <translation>Zuständigkeit — {name}</translation>
    </message>
    <message>
        <source>a person or a team</source>
        <translation>eine Person oder ein Team</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfen bis</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt überprüft</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Review by:</source>
        <translation>Überprüfen &amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Last reviewed:</source>
        <translation>&amp;Zuletzt überprüft:</translation>
    </message>
    <message>
        <source>The journey list marks a journey whose review-by date has passed, unless it is retired. The PDF cover and the workbook show these fields.</source>
        <translation>Die Journey-Liste markiert eine Journey, deren Überprüfungsdatum verstrichen ist, außer sie ist ausgemustert. Das PDF-Deckblatt und die Arbeitsmappe zeigen diese Felder.</translation>
    </message>
    <message>
        <source>Edit Journey Ownership</source>
        <translation>Zuständigkeit der Journey bearbeiten</translation>
    </message>
    <message>
        <source>Mark Journey Reviewed</source>
        <translation>Journey als überprüft markieren</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Waymark journey (*.json);;All files (*)</source>
        <translation>Waymark-Journey (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import journey</source>
        <translation>Journey importieren</translation>
    </message>
    <message>
        <source>Journey not imported</source>
        <translation>Journey nicht importiert</translation>
    </message>
    <message>
        <source>{name} cannot be imported:

{error}</source>
        <translation>{name} kann nicht importiert werden:

{error}</translation>
    </message>
    <message>
        <source>Import Journey</source>
        <translation>Journey importieren</translation>
    </message>
    <message>
        <source>; {n} persona added</source>
        <translation>; {n} Persona hinzugefügt</translation>
    </message>
    <message>
        <source>; {n} personas added</source>
        <translation>; {n} Personas hinzugefügt</translation>
    </message>
    <message>
        <source>; and {count} more</source>
        <translation>; und {count} weitere</translation>
    </message>
    <message>
        <source>Imported “{name}” from {file}</source>
        <translation>„{name}“ aus {file} importiert</translation>
    </message>
    <message>
        <source>Export journey</source>
        <translation>Journey exportieren</translation>
    </message>
    <message>
        <source>Journey not exported</source>
        <translation>Journey nicht exportiert</translation>
    </message>
    <message>
        <source>Exported “{name}” to {file}</source>
        <translation>„{name}“ nach {file} exportiert</translation>
    </message>
    <message>
        <source>Save journey as template</source>
        <translation>Journey als Vorlage speichern</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the template “{name}”; it is offered in New Journey from Template…</source>
        <translation>Die Vorlage „{name}“ wurde gespeichert; sie steht unter „Neue Journey aus Vorlage …“ zur Auswahl.</translation>
    </message>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
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
        <source>{n} emotion point</source>
        <translation>{n} Emotionspunkt</translation>
    </message>
    <message>
        <source>{n} emotion points</source>
        <translation>{n} Emotionspunkte</translation>
    </message>
    <message>
        <source>{n} metric value</source>
        <translation>{n} Kennzahlwert</translation>
    </message>
    <message>
        <source>{n} metric values</source>
        <translation>{n} Kennzahlwerte</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>Verantwortlich: {owner}</translation>
    </message>
    <message>
        <source>Review was due on {date}</source>
        <translation>Überprüfung war am {date} fällig</translation>
    </message>
    <message>
        <source>Review by {date}</source>
        <translation>Überprüfen bis {date}</translation>
    </message>
    <message>
        <source>Last reviewed {date}</source>
        <translation>Zuletzt überprüft {date}</translation>
    </message>
    <message>
        <source>&amp;New Journey</source>
        <translation>&amp;Neue Journey</translation>
    </message>
    <message>
        <source>Add an empty journey to the project</source>
        <translation>Dem Projekt eine leere Journey hinzufügen</translation>
    </message>
    <message>
        <source>New Journey from &amp;Template…</source>
        <translation>Neue Journey aus &amp;Vorlage …</translation>
    </message>
    <message>
        <source>Add a journey made from a template</source>
        <translation>Eine Journey aus einer Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Journey</source>
        <translation>Journey &amp;duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected journey (Ctrl+D in the list)</source>
        <translation>Die ausgewählte Journey kopieren (Strg+D in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Rename Journey</source>
        <translation>Journey &amp;umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2 in the list)</source>
        <translation>Die ausgewählte Journey umbenennen (F2 in der Liste)</translation>
    </message>
    <message>
        <source>&amp;Delete Journey</source>
        <translation>Journey &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete in the list)</source>
        <translation>Die ausgewählte Journey löschen (Entf in der Liste)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected journey up</source>
        <translation>Die ausgewählte Journey nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>Move the selected journey down</source>
        <translation>Die ausgewählte Journey nach unten verschieben</translation>
    </message>
    <message>
        <source>Told &amp;For…</source>
        <translation>Personas &amp;zuordnen …</translation>
    </message>
    <message>
        <source>Choose the personas this journey is told for</source>
        <translation>Die Personas wählen, für die diese Journey erzählt wird</translation>
    </message>
    <message>
        <source>&amp;Ownership…</source>
        <translation>Zuständig&amp;keit…</translation>
    </message>
    <message>
        <source>Owner, status and review dates of the selected journey</source>
        <translation>Verantwortliche, Status und Überprüfungsdaten der ausgewählten Journey</translation>
    </message>
    <message>
        <source>Mark Re&amp;viewed Today</source>
        <translation>Heute als überprüft &amp;markieren</translation>
    </message>
    <message>
        <source>Set the selected journey&apos;s last-reviewed date to today</source>
        <translation>Das Datum der letzten Überprüfung der ausgewählten Journey auf heute setzen</translation>
    </message>
    <message>
        <source>&amp;Import Journey…</source>
        <translation>Journey &amp;importieren …</translation>
    </message>
    <message>
        <source>Add a journey from a Waymark JSON file</source>
        <translation>Eine Journey aus einer Waymark-JSON-Datei hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export Journey…</source>
        <translation>Journey e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the selected journey as Waymark JSON</source>
        <translation>Die ausgewählte Journey als Waymark-JSON speichern</translation>
    </message>
    <message>
        <source>Save Journey as Te&amp;mplate…</source>
        <translation>Journey als Vorlage &amp;speichern …</translation>
    </message>
    <message>
        <source>Keep the selected journey as a template of your own</source>
        <translation>Die ausgewählte Journey als eigene Vorlage behalten</translation>
    </message>
    <message>
        <source>More journey actions</source>
        <translation>Weitere Journey-Aktionen</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>keine Persona</translation>
    </message>
    <message>
        <source>Told for: {names}</source>
        <translation>Personas: {names}</translation>
    </message>
    <message>
        <source>Edit not made</source>
        <translation>Änderung nicht ausgeführt</translation>
    </message>
    <message>
        <source>{title} not done</source>
        <translation>{title} nicht ausgeführt</translation>
    </message>
    <message>
        <source>New Journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>The template library is not available in this build.</source>
        <translation>Die Vorlagenbibliothek ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Template not used</source>
        <translation>Vorlage nicht verwendet</translation>
    </message>
    <message>
        <source>New Journey from Template</source>
        <translation>Neue Journey aus Vorlage</translation>
    </message>
    <message>
        <source>Duplicate Journey</source>
        <translation>Journey duplizieren</translation>
    </message>
    <message>
        <source>Rename Journey</source>
        <translation>Journey umbenennen</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {content}?

You can undo this with Edit ▸ Undo.</source>
        <translation>Die Journey „{name}“ löschen? Sie enthält {content}.

Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Told for</source>
        <translation>Personas zuordnen</translation>
    </message>
    <message>
        <source>This project has no personas yet. Add one with Personas ▸ New Persona… first.</source>
        <translation>Dieses Projekt hat noch keine Personas. Fügen Sie zuerst eine mit Personas ▸ Neue Persona … hinzu.</translation>
    </message>
    <message>
        <source>Change Journey Personas</source>
        <translation>Personas der Journey ändern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Voting Results</source>
        <translation>Abstimmungsergebnisse</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Edit not recorded</source>
        <translation>Änderung nicht übernommen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Zoom (Ctrl+wheel, Ctrl+= and Ctrl+-)</source>
        <translation>Zoom (Strg+Mausrad, Strg+= und Strg+-)</translation>
    </message>
    <message>
        <source>{title}[*] (read-only) — Waymark</source>
        <translation>{title}[*] (schreibgeschützt) – Waymark</translation>
    </message>
    <message>
        <source>{title}[*] — Waymark</source>
        <translation>{title}[*] – Waymark</translation>
    </message>
    <message>
        <source>No journey</source>
        <translation>Keine Journey</translation>
    </message>
    <message>
        <source>{n} stage</source>
        <translation>{n} Phase</translation>
    </message>
    <message>
        <source>{n} stages</source>
        <translation>{n} Phasen</translation>
    </message>
    <message>
        <source>{n} lane</source>
        <translation>{n} Ebene</translation>
    </message>
    <message>
        <source>{n} lanes</source>
        <translation>{n} Ebenen</translation>
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
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>About Waymark</source>
        <translation>Über Waymark</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offline customer journey mapping.&lt;/p&gt;&lt;p&gt;Projects are single SQLite files; every change is kept safe as you work.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Customer Journey Maps, offline.&lt;/p&gt;&lt;p&gt;Projekte sind einzelne SQLite-Dateien; jede Änderung wird beim Arbeiten sicher aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {name} before closing?</source>
        <translation>Die Änderungen an {name} vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>PdfExportDialog</name>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>One large page per journey holding the whole map; the paper sets its shape.</source>
        <translation>Eine große Seite pro Journey mit der ganzen Map; das Papier bestimmt ihre Form.</translation>
    </message>
    <message>
        <source>Tiled</source>
        <translation>Gekachelt</translation>
    </message>
    <message>
        <source>The map split over pages of the chosen paper, with grid labels and crop marks.</source>
        <translation>Die Map auf Seiten des gewählten Papiers verteilt, mit Rasterbeschriftung und Schnittmarken.</translation>
    </message>
    <message>
        <source>&amp;Analytics page after each analysed journey</source>
        <translation>&amp;Analyseseite nach jeder analysierten Journey</translation>
    </message>
    <message>
        <source>Analytics page (no journey chosen here has analytics)</source>
        <translation>Analyseseite (keine der gewählten Journeys hat eine Analyse)</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>Aus&amp;richtung:</translation>
    </message>
    <message>
        <source>Rank &amp;votes by:</source>
        <translation>Rangfolge der &amp;Stimmen:</translation>
    </message>
    <message>
        <source>Add a page listing what changed in each journey since this snapshot</source>
        <translation>Eine Seite mit den Änderungen jeder Journey seit diesem Snapshot hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;hanges since:</source>
        <translation>Änderun&amp;gen seit:</translation>
    </message>
    <message>
        <source>No changes page</source>
        <translation>Keine Änderungsseite</translation>
    </message>
    <message>
        <source>What the board shows (&quot;{session}&quot;)</source>
        <translation>Was das Board zeigt („{session}“)</translation>
    </message>
    <message>
        <source>What the board shows</source>
        <translation>Was das Board zeigt</translation>
    </message>
    <message>
        <source>The cards&apos; own vote counts</source>
        <translation>Die Stimmen der Karten selbst</translation>
    </message>
</context>
<context>
    <name>PersonaEditor</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>What they want to achieve</source>
        <translation>Was sie erreichen will</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>What they need from us</source>
        <translation>Was sie von uns braucht</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>What gets in their way</source>
        <translation>Was ihr im Weg steht</translation>
    </message>
    <message>
        <source>Persona — {name}</source>
        <translation>Persona – {name}</translation>
    </message>
    <message>
        <source>New Persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>Choose Photo…</source>
        <translation>Foto wählen …</translation>
    </message>
    <message>
        <source>An image file; it is stored in the project, scaled to at most {side} px</source>
        <translation>Eine Bilddatei; sie wird im Projekt gespeichert, auf höchstens {side} px verkleinert</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>The colour of this persona&apos;s emotion curve and avatar</source>
        <translation>Die Farbe der Emotionskurve und des Avatars dieser Persona</translation>
    </message>
    <message>
        <source>e.g. Anna Berg</source>
        <translation>z. B. Anna Berg</translation>
    </message>
    <message>
        <source>e.g. First-time smartphone buyer</source>
        <translation>z. B. kauft zum ersten Mal ein Smartphone</translation>
    </message>
    <message>
        <source>Something they said, in their own words</source>
        <translation>Etwas, das sie gesagt hat, in ihren eigenen Worten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Used for the persona&apos;s emotion curve and avatar.</source>
        <translation>Für die Emotionskurve und den Avatar der Persona.</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <source>{hint}.
One per line.</source>
        <translation>{hint}.
Eins pro Zeile.</translation>
    </message>
    <message>
        <source>One item per line; blank lines are ignored.</source>
        <translation>Ein Eintrag pro Zeile; leere Zeilen werden ignoriert.</translation>
    </message>
    <message>
        <source>Create Persona</source>
        <translation>Persona anlegen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Persona Colour</source>
        <translation>Farbe der Persona</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <source>A persona needs a name.</source>
        <translation>Eine Persona braucht einen Namen.</translation>
    </message>
    <message>
        <source>persona &apos;{name}&apos;</source>
        <translation>Persona „{name}“</translation>
    </message>
    <message>
        <source>Add Persona “{name}”</source>
        <translation>Persona „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit Persona “{name}”</source>
        <translation>Persona „{name}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>PersonaGallery</name>
    <message>
        <source>“{name}”</source>
        <translation>„{name}“</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>{count} weitere</translation>
    </message>
    <message>
        <source>{names} and {last}</source>
        <translation>{names} und {last}</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No personas yet.
A persona is the customer a journey is told for: click New Persona to add one.</source>
        <translation>Noch keine Personas.
Eine Persona ist die Kundin oder der Kunde, für die eine Journey erzählt wird: Klicken Sie auf „Neue Persona …“, um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>New Persona…</source>
        <translation>Neue Persona …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Edit Persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>Delete Persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Appears in {journeys}</source>
        <translation>Kommt vor in {journeys}</translation>
    </message>
    <message>
        <source>Not in any journey yet</source>
        <translation>Noch in keiner Journey</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ansehen …</translation>
    </message>
    <message>
        <source>Delete Persona “{name}”</source>
        <translation>Persona „{name}“ löschen</translation>
    </message>
    <message>
        <source>“{name}” could not be deleted: {error}</source>
        <translation>„{name}“ konnte nicht gelöscht werden: {error}</translation>
    </message>
    <message>
        <source>the journey {names}</source>
        <translation>der Journey {names}</translation>
    </message>
    <message>
        <source>{count} journeys: {names}</source>
        <translation>{count} Journeys: {names}</translation>
    </message>
    <message>
        <source> and has {n} emotion point there</source>
        <translation> und hat dort {n} Emotionspunkt</translation>
    </message>
    <message>
        <source> and has {n} emotion points there</source>
        <translation> und hat dort {n} Emotionspunkte</translation>
    </message>
    <message>
        <source>“{name}” appears in {where}{has}.</source>
        <translation>„{name}“ kommt vor in {where}{has}.</translation>
    </message>
    <message>
        <source>Deleting the persona removes it from that journey and deletes its emotion points. Undo brings everything back.</source>
        <translation>Beim Löschen wird die Persona aus dieser Journey entfernt und ihre Emotionspunkte werden gelöscht. „Rückgängig“ stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Deleting the persona removes it from that journey. Undo brings everything back.</source>
        <translation>Beim Löschen wird die Persona aus dieser Journey entfernt. „Rückgängig“ stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Deleting the persona removes it from them and deletes its emotion points. Undo brings everything back.</source>
        <translation>Beim Löschen wird die Persona aus diesen Journeys entfernt und ihre Emotionspunkte werden gelöscht. „Rückgängig“ stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Deleting the persona removes it from them. Undo brings everything back.</source>
        <translation>Beim Löschen wird die Persona aus diesen Journeys entfernt. „Rückgängig“ stellt alles wieder her.</translation>
    </message>
</context>
<context>
    <name>PersonaGalleryA11y</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>Photos</name>
    <message>
        <source>Images ({patterns});;All files (*)</source>
        <translation>Bilder ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name} is not an image Waymark can read ({why})</source>
        <translation>{name} ist kein Bild, das Waymark lesen kann ({why})</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>{name} is {size} MiB; Waymark imports photos of at most {limit} MiB</source>
        <translation>{name} ist {size} MiB groß; Waymark importiert Fotos von höchstens {limit} MiB</translation>
    </message>
    <message>
        <source>{name} is {width}×{height} px; Waymark imports photos of at most {limit} px a side</source>
        <translation>{name} ist {width}×{height} px groß; Waymark importiert Fotos mit höchstens {limit} px Seitenlänge</translation>
    </message>
    <message>
        <source>the data is damaged or in an unknown format</source>
        <translation>die Daten sind beschädigt oder in einem unbekannten Format</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>das Bild</translation>
    </message>
    <message>
        <source>{name} could not be converted to PNG</source>
        <translation>{name} konnte nicht in PNG umgewandelt werden</translation>
    </message>
    <message>
        <source>{name} is still {size} MiB as a {side} px PNG; a photo may take at most {limit} MiB</source>
        <translation>{name} ist als PNG mit {side} px noch {size} MiB groß; ein Foto darf höchstens {limit} MiB belegen</translation>
    </message>
</context>
<context>
    <name>ProjectProperties</name>
    <message>
        <source>Project Properties</source>
        <translation>Projekteigenschaften</translation>
    </message>
    <message>
        <source>a person, a team or an organisation</source>
        <translation>eine Person, ein Team oder eine Organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Author or organisation:</source>
        <translation>&amp;Autor oder Organisation:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The name titles the PDF cover and metadata, the workbook and exported file names.</source>
        <translation>Der Name steht auf dem PDF-Deckblatt und in seinen Metadaten, in der Arbeitsmappe und in exportierten Dateinamen.</translation>
    </message>
    <message>
        <source>A project needs a name.</source>
        <translation>Ein Projekt braucht einen Namen.</translation>
    </message>
    <message>
        <source>Edit Project Properties</source>
        <translation>Projekteigenschaften bearbeiten</translation>
    </message>
</context>
<context>
    <name>RecoveryA11y</name>
    <message>
        <source>Unsaved work</source>
        <translation>Nicht gespeicherte Arbeit</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Nicht gespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <source>Waymark closed unexpectedly while these projects had unsaved changes.
Every change you saw on screen was kept. Recover them?</source>
        <translation>Waymark wurde unerwartet beendet, während diese Projekte nicht gespeicherte Änderungen hatten.
Jede Änderung, die Sie auf dem Bildschirm gesehen haben, wurde aufbewahrt. Wiederherstellen?</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nie gespeichert</translation>
    </message>
    <message>
        <source>last change {when} · {where}</source>
        <translation>letzte Änderung {when} · {where}</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>ShortcutsA11y</name>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter: type an action or a key</source>
        <translation>Filtern: Aktion oder Taste eingeben</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SnapshotView</name>
    <message>
        <source>a snapshot is read-only; restore it to edit it</source>
        <translation>ein Snapshot ist schreibgeschützt; zum Bearbeiten wiederherstellen</translation>
    </message>
    <message>
        <source>it is a snapshot</source>
        <translation>es ist ein Snapshot</translation>
    </message>
    <message>
        <source>{name} — snapshot, read-only</source>
        <translation>{name} — Snapshot, schreibgeschützt</translation>
    </message>
    <message>
        <source>Read-only: restore the snapshot to edit it.</source>
        <translation>Schreibgeschützt: zum Bearbeiten den Snapshot wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Zoom so the whole snapshot fits</source>
        <translation>So zoomen, dass der ganze Snapshot hineinpasst</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the journey on the map by this snapshot</source>
        <translation>Die Journey auf der Map durch diesen Snapshot ersetzen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Phone purchase (sample)</source>
        <translation>Handykauf (Beispiel)</translation>
    </message>
    <message>
        <source>Customer journey maps, offline. Every change is kept safe as you work.</source>
        <translation>Customer Journey Maps, offline. Jede Änderung wird beim Arbeiten sicher aufbewahrt.</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>&amp;Beispielprojekt öffnen</translation>
    </message>
    <message>
        <source>A phone purchase, with two personas</source>
        <translation>Ein Handykauf, mit zwei Personas</translation>
    </message>
    <message>
        <source>New from &amp;template…</source>
        <translation>Neu aus &amp;Vorlage …</translation>
    </message>
    <message>
        <source>Start from a blank map or a ready-made journey</source>
        <translation>Mit einer leeren Map oder einer fertigen Journey beginnen</translation>
    </message>
    <message>
        <source>&amp;Open a project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>A .waymark file on this computer</source>
        <translation>Eine .waymark-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>No recent projects yet. Projects you open or save appear here.</source>
        <translation>Noch keine zuletzt geöffneten Projekte. Projekte, die Sie öffnen oder speichern, erscheinen hier.</translation>
    </message>
    <message>
        <source>Waymark {version} · F1 in a project lists every key</source>
        <translation>Waymark {version} · F1 zeigt in einem Projekt alle Tasten</translation>
    </message>
    <message>
        <source>Create project</source>
        <translation>Projekt anlegen</translation>
    </message>
    <message>
        <source>Cannot use the template</source>
        <translation>Vorlage kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
</context>
<context>
    <name>StartPageA11y</name>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
</context>
<context>
    <name>TakeSnapshot</name>
    <message>
        <source>Take Snapshot</source>
        <translation>Snapshot aufnehmen</translation>
    </message>
    <message>
        <source>Rename Snapshot</source>
        <translation>Snapshot umbenennen</translation>
    </message>
    <message>
        <source>what this version is, or why it was kept</source>
        <translation>was diese Fassung ist oder warum sie aufbewahrt wird</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(niemand angegeben)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Keeps the journey “{journey}” as it is now inside the project file. The History panel restores or opens it later.</source>
        <translation>Bewahrt die Journey „{journey}“ so, wie sie jetzt ist, in der Projektdatei auf. Der Verlauf stellt sie später wieder her oder öffnet sie.</translation>
    </message>
    <message>
        <source>Renames the snapshot; what it keeps of the journey stays as it was.</source>
        <translation>Benennt den Snapshot um; was er von der Journey festhält, bleibt, wie es war.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Choose a journey first: a snapshot keeps one journey.</source>
        <translation>Zuerst eine Journey wählen: ein Snapshot bewahrt eine Journey auf.</translation>
    </message>
    <message>
        <source>Snapshot “{name}” taken</source>
        <translation>Snapshot „{name}“ aufgenommen</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>flows from data</source>
        <translation>Flüsse aus Daten</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>internal interaction</source>
        <translation>interne Interaktion</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Vorlage wählen</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Vorlage verwenden</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Eigene Vorlagen</translation>
    </message>
    <message>
        <source>Save a journey as a template
and it appears here.</source>
        <translation>Als Vorlage gespeicherte
Journeys erscheinen hier.</translation>
    </message>
    <message>
        <source>Your template</source>
        <translation>Eigene Vorlage</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Mitgelieferte Vorlage</translation>
    </message>
    <message>
        <source>This template cannot be shown.
{error}</source>
        <translation>Diese Vorlage kann nicht angezeigt werden.
{error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>(below {lane})</source>
        <translation>(unter {lane})</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>example cards to start from</source>
        <translation>Beispielkarten als Ausgangspunkt</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>TemplatePickerA11y</name>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
</context>
<context>
    <name>ToldForA11y</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>ToldForDialog</name>
    <message>
        <source>Told For — {name}</source>
        <translation>Personas zuordnen – {name}</translation>
    </message>
    <message>
        <source>Personas this journey is told for:</source>
        <translation>Personas, für die diese Journey erzählt wird:</translation>
    </message>
</context>
<context>
    <name>ToolbarA11y</name>
    <message>
        <source>Shortcut: {keys}</source>
        <translation>Tastenkürzel: {keys}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>Add a stage after the cell cursor&apos;s stage and name it</source>
        <translation>Nach der Phase des Zellcursors eine Phase hinzufügen und benennen</translation>
    </message>
    <message>
        <source>Add a cards lane below the cell cursor&apos;s lane and name it</source>
        <translation>Unter der Ebene des Zellcursors eine Kartenebene hinzufügen und benennen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Projec&amp;t Properties…</source>
        <translation>Projekt&amp;eigenschaften …</translation>
    </message>
    <message>
        <source>The project&apos;s name, author or organisation, and description</source>
        <translation>Name, Autor oder Organisation und Beschreibung des Projekts</translation>
    </message>
    <message>
        <source>&amp;Export Image…</source>
        <translation>Bild e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the current journey&apos;s board as a PNG or SVG picture</source>
        <translation>Das Board der aktuellen Journey als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren …</translation>
    </message>
    <message>
        <source>Save the journeys as a PDF to print, share or pin on a wall</source>
        <translation>Die Journeys als PDF speichern – zum Drucken, Teilen oder Aufhängen</translation>
    </message>
    <message>
        <source>Export &amp;Workbook…</source>
        <translation>&amp;Arbeitsmappe exportieren …</translation>
    </message>
    <message>
        <source>Save the journeys as an Excel workbook for a workshop</source>
        <translation>Die Journeys als Excel-Arbeitsmappe für einen Workshop speichern</translation>
    </message>
    <message>
        <source>&amp;Import Workbook…</source>
        <translation>Arbeitsmappe &amp;importieren …</translation>
    </message>
    <message>
        <source>Bring the cards and scores edited in a workshop workbook back in</source>
        <translation>Die in einer Workshop-Arbeitsmappe bearbeiteten Karten und Bewertungen zurückholen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächstes suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;An Fenster anpassen</translation>
    </message>
    <message>
        <source>Zoom so the whole journey fits in the window</source>
        <translation>So zoomen, dass die ganze Journey ins Fenster passt</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Journey</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>&amp;Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Ta&amp;ke Snapshot…</source>
        <translation>Snapshot &amp;aufnehmen…</translation>
    </message>
    <message>
        <source>Keep the journey as it is now inside the project; the History panel lists it</source>
        <translation>Die Journey so, wie sie jetzt ist, im Projekt aufbewahren; der Verlauf listet sie auf</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Manage Personas…</source>
        <translation>&amp;Personas verwalten …</translation>
    </message>
    <message>
        <source>Show the project&apos;s personas as cards; edit, add and delete them</source>
        <translation>Die Personas des Projekts als Karten zeigen; bearbeiten, hinzufügen und löschen</translation>
    </message>
    <message>
        <source>&amp;New Persona…</source>
        <translation>&amp;Neue Persona …</translation>
    </message>
    <message>
        <source>Add a persona to the project</source>
        <translation>Dem Projekt eine Persona hinzufügen</translation>
    </message>
    <message>
        <source>Wor&amp;kshop</source>
        <translation>Wor&amp;kshop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Waymark</source>
        <translation>&amp;Über Waymark</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <source>Project already open</source>
        <translation>Projekt ist bereits geöffnet</translation>
    </message>
    <message>
        <source>{name} is already open ({holder}).

Open it read-only?</source>
        <translation>{name} ist bereits geöffnet ({holder}).

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>WorkbookExportDialog</name>
    <message>
        <source>&amp;All journeys ({count})</source>
        <translation>&amp;Alle Journeys ({count})</translation>
    </message>
    <message>
        <source>The &amp;current journey: {name}</source>
        <translation>Die a&amp;ktuelle Journey: {name}</translation>
    </message>
    <message>
        <source>The &amp;current journey</source>
        <translation>Die a&amp;ktuelle Journey</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Journeys:</translation>
    </message>
    <message>
        <source>Workbook not exported</source>
        <translation>Arbeitsmappe nicht exportiert</translation>
    </message>
    <message>
        <source>The workbook was not exported:

{message}</source>
        <translation>Die Arbeitsmappe wurde nicht exportiert:

{message}</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>Import Workbook</source>
        <translation>Arbeitsmappe importieren</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {error}). Please report it with the workbook that caused it.</source>
        <translation>Unerwarteter Fehler ({kind}: {error}). Bitte melden Sie ihn zusammen mit der Arbeitsmappe, bei der er auftrat.</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Workbook not imported</source>
        <translation>Arbeitsmappe nicht importiert</translation>
    </message>
    <message>
        <source>{name} was not imported:

{message}

Nothing was changed.</source>
        <translation>{name} wurde nicht importiert:

{message}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} matches the project: there is nothing to import.</source>
        <translation>{name} stimmt mit dem Projekt überein: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>There is nothing to import from {name}.</source>
        <translation>Aus {name} gibt es nichts zu importieren.</translation>
    </message>
    <message>
        <source>These sheets or cells could not be read:</source>
        <translation>Diese Blätter oder Zellen konnten nicht gelesen werden:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>{name} was not imported: {error}

Nothing was changed.</source>
        <translation>{name} wurde nicht importiert: {error}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{name} is open read-only; a workbook cannot be imported into it.</source>
        <translation>{name} ist schreibgeschützt geöffnet; eine Arbeitsmappe kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported {count} change from {name}</source>
        <translation>{count} Änderung aus {name} importiert</translation>
    </message>
    <message>
        <source>Imported {count} changes from {name}</source>
        <translation>{count} Änderungen aus {name} importiert</translation>
    </message>
</context>
</TS>
