<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnalyticsLauncher</name>
    <message>
        <source>Analyse Event Log</source>
        <translation>Ereignisprotokoll analysieren</translation>
    </message>
    <message>
        <source>Show a journey on the board first.</source>
        <translation>Zeigen Sie zuerst eine Journey auf dem Board an.</translation>
    </message>
    <message>
        <source>{title} is open read-only; analytics cannot be changed.</source>
        <translation>{title} ist schreibgeschützt geöffnet; die Analyse kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>{journey} has no analytics yet. Use Analytics ▸ Analyse Event Log… first.</source>
        <translation>{journey} hat noch keine Analyse. Verwenden Sie zuerst „Analyse ▸ Ereignisprotokoll analysieren…“.</translation>
    </message>
    <message>
        <source>An event log is being read; wait for it or cancel it first.</source>
        <translation>Ein Ereignisprotokoll wird gerade gelesen; warten Sie darauf oder brechen Sie es zuerst ab.</translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed.</source>
        <translation>{reason}
Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen …</translation>
    </message>
    <message>
        <source>The journey was deleted meanwhile; nothing was changed.</source>
        <translation>Die Journey wurde inzwischen gelöscht; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Counting the activities…</source>
        <translation>Aktivitäten werden gezählt …</translation>
    </message>
    <message>
        <source>Analysing {file}…</source>
        <translation>{file} wird analysiert …</translation>
    </message>
    <message>
        <source>Apply adds the metric lanes and the flow lane and keeps the results in the project (one undo step).</source>
        <translation>„Anwenden“ fügt die Kennzahl-Ebenen und die Fluss-Ebene hinzu und speichert die Ergebnisse im Projekt (ein Rückgängig-Schritt).</translation>
    </message>
    <message>
        <source>The analytics were not applied: {reason}
Nothing was changed.</source>
        <translation>Die Analyse wurde nicht angewendet: {reason}
Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Analytics applied: {summary}</source>
        <translation>Analyse angewendet: {summary}</translation>
    </message>
    <message>
        <source>The log {path} is not there any more; the stored results are kept.</source>
        <translation>Das Protokoll {path} ist nicht mehr vorhanden; die gespeicherten Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Refresh Analytics</source>
        <translation>Analyse aktualisieren</translation>
    </message>
    <message>
        <source>The log {file} has not changed since it was analysed.</source>
        <translation>Das Protokoll {file} hat sich seit der Analyse nicht geändert.</translation>
    </message>
    <message>
        <source>Edit Activity Mapping</source>
        <translation>Aktivitätszuordnung bearbeiten</translation>
    </message>
    <message>
        <source>Suggest Observed Curve and Quotes</source>
        <translation>Beobachtete Kurve und Zitate vorschlagen</translation>
    </message>
    <message>
        <source>The analysed log has no feedback text or rating per stage. Choose a feedback or rating column in Analyse Event Log… to suggest an observed curve.</source>
        <translation>Das analysierte Protokoll enthält keinen Feedbacktext und keine Bewertung pro Phase. Wählen Sie unter „Ereignisprotokoll analysieren…“ eine Feedback- oder Bewertungsspalte, um eine beobachtete Kurve vorzuschlagen.</translation>
    </message>
    <message>
        <source>Nothing was checked; nothing was changed.</source>
        <translation>Nichts ausgewählt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Not added: {reason}
Nothing was changed.</source>
        <translation>Nicht hinzugefügt: {reason}
Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Observed curve ({n} stage)</source>
        <translation>Beobachtete Kurve ({n} Phase)</translation>
    </message>
    <message>
        <source>Observed curve ({n} stages)</source>
        <translation>Beobachtete Kurve ({n} Phasen)</translation>
    </message>
    <message>
        <source>{curve} and {n} quote added</source>
        <translation>{curve} und {n} Zitat hinzugefügt</translation>
    </message>
    <message>
        <source>{curve} and {n} quotes added</source>
        <translation>{curve} und {n} Zitate hinzugefügt</translation>
    </message>
    <message>
        <source>Remove Analytics</source>
        <translation>Analyse entfernen</translation>
    </message>
    <message>
        <source>The analytics were not removed: {reason}
Nothing was changed.</source>
        <translation>Die Analyse wurde nicht entfernt: {reason}
Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Analytics removed from {journey} (Edit ▸ Undo brings them back)</source>
        <translation>Analyse aus {journey} entfernt (Bearbeiten ▸ Rückgängig stellt sie wieder her)</translation>
    </message>
</context>
<context>
    <name>AnalyticsMenu</name>
    <message>
        <source>&amp;Analytics</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>Analyse Event &amp;Log…</source>
        <translation>Ereignisprotokoll &amp;analysieren…</translation>
    </message>
    <message>
        <source>Measure the journey on the board against an event log (CSV, TSV, Parquet or XES)</source>
        <translation>Die Journey auf dem Board an einem Ereignisprotokoll messen (CSV, TSV, Parquet oder XES)</translation>
    </message>
    <message>
        <source>&amp;Refresh Analytics</source>
        <translation>Analyse a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Analyse the saved log again with the saved columns and mapping, if it changed</source>
        <translation>Das gespeicherte Protokoll mit den gespeicherten Spalten und der Zuordnung erneut analysieren, falls es sich geändert hat</translation>
    </message>
    <message>
        <source>Edit Activity &amp;Mapping…</source>
        <translation>Aktivitätszu&amp;ordnung bearbeiten…</translation>
    </message>
    <message>
        <source>Change which stage each activity of the log counts toward, and analyse again</source>
        <translation>Festlegen, zu welcher Phase jede Aktivität des Protokolls zählt, und erneut analysieren</translation>
    </message>
    <message>
        <source>Suggest &amp;Observed Curve and Quotes…</source>
        <translation>Beobachtete Kurve und &amp;Zitate vorschlagen…</translation>
    </message>
    <message>
        <source>An observed emotion curve and Quote cards from the log&apos;s feedback and ratings</source>
        <translation>Eine beobachtete Emotionskurve und Zitatkarten aus Feedback und Bewertungen des Protokolls</translation>
    </message>
    <message>
        <source>Show Analytics &amp;Panel</source>
        <translation>Analyse&amp;bereich anzeigen</translation>
    </message>
    <message>
        <source>The funnel and the tables</source>
        <translation>Der Funnel und die Tabellen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Analytics</source>
        <translation>Analyse ent&amp;fernen</translation>
    </message>
    <message>
        <source>Forget the journey&apos;s results and delete the lanes they filled (one undo step)</source>
        <translation>Die Ergebnisse der Journey verwerfen und die damit gefüllten Ebenen löschen (ein Rückgängig-Schritt)</translation>
    </message>
</context>
<context>
    <name>AnalyticsPanel</name>
    <message>
        <source>Analyse an event log to measure this journey</source>
        <translation>Analysieren Sie ein Ereignisprotokoll, um diese Journey zu messen</translation>
    </message>
    <message>
        <source>↩ backward</source>
        <translation>↩ rückwärts</translation>
    </message>
    <message>
        <source>nobody reaches it</source>
        <translation>niemand erreicht sie</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} Std.</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} Tg.</translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation>{points} Pkt.</translation>
    </message>
    <message>
        <source>Analyse Event Log…</source>
        <translation>Ereignisprotokoll analysieren…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation>Konv.</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Median → next</source>
        <translation>Median → nächste</translation>
    </message>
    <message>
        <source>p90 → next</source>
        <translation>p90 → nächste</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Aufteilungen</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <source>Cases starting before the chosen date against those from it on</source>
        <translation>Fälle, die vor dem gewählten Datum beginnen, im Vergleich zu denen ab diesem Datum</translation>
    </message>
    <message>
        <source>Stage-to-stage flows; ↩ marks those running back against the map&apos;s order</source>
        <translation>Flüsse von Phase zu Phase; ↩ markiert die, die gegen die Reihenfolge der Map zurücklaufen</translation>
    </message>
    <message>
        <source>No journey on the board</source>
        <translation>Keine Journey auf dem Board</translation>
    </message>
    <message>
        <source>Flows ({n} ↩)</source>
        <translation>Flüsse ({n} ↩)</translation>
    </message>
    <message>
        <source>Unmapped ({n})</source>
        <translation>Nicht zugeordnet ({n})</translation>
    </message>
    <message>
        <source>Before {day}</source>
        <translation>Vor {day}</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Ab {day}</translation>
    </message>
</context>
<context>
    <name>AnalyticsSummary</name>
    <message>
        <source>Jan</source>
        <translation>Jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>März</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez.</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day}. {month}</translation>
    </message>
    <message>
        <source>{n} event</source>
        <translation>{n} Ereignis</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} Ereignisse</translation>
    </message>
    <message>
        <source>{n} case</source>
        <translation>{n} Fall</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} Fälle</translation>
    </message>
    <message>
        <source>; {n} activity unmapped</source>
        <translation>; {n} Aktivität nicht zugeordnet</translation>
    </message>
    <message>
        <source>; {n} activities unmapped</source>
        <translation>; {n} Aktivitäten nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>BallotExportDialog</name>
    <message>
        <source>Export Ballot Workbooks</source>
        <translation>Stimmzettel-Arbeitsmappen exportieren</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; ({date})</source>
        <translation>„{name}“ ({date})</translation>
    </message>
    <message>
        <source>One workbook per &amp;participant</source>
        <translation>Eine Arbeitsmappe pro &amp;Person</translation>
    </message>
    <message>
        <source>A &amp;blank ballot, with a Name cell to type in</source>
        <translation>Ein &amp;leerer Stimmzettel mit einer Namenszelle zum Ausfüllen</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation>Ab&amp;stimmung:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>No voting session of this journey is open.</source>
        <translation>Diese Journey hat keine offene Abstimmung.</translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation>{names} und {n} weitere</translation>
    </message>
    <message>
        <source>Each has {votes} vote, at most {most} per card.</source>
        <translation>Jede Person hat {votes} Stimme, höchstens {most} pro Karte.</translation>
    </message>
    <message>
        <source>Each has {votes} votes, at most {most} per card.</source>
        <translation>Jede Person hat {votes} Stimmen, höchstens {most} pro Karte.</translation>
    </message>
    <message>
        <source>{count} participants ({names}). {each} Each workbook is named &quot;Ballot - &lt;name&gt;.xlsx&quot;.</source>
        <translation>{count} Teilnehmende ({names}). {each} Jede Arbeitsmappe heißt „Ballot - &lt;Name&gt;.xlsx“.</translation>
    </message>
    <message>
        <source>Folder for the ballots</source>
        <translation>Ordner für die Stimmzettel</translation>
    </message>
    <message>
        <source>Choose the participants&apos; workbooks, a blank one, or both.</source>
        <translation>Wählen Sie die Arbeitsmappen der Teilnehmenden, eine leere oder beides.</translation>
    </message>
    <message>
        <source>Replace ballots?</source>
        <translation>Stimmzettel ersetzen?</translation>
    </message>
    <message>
        <source>{count} of these files are in {folder} already ({files}). Replace them?</source>
        <translation>{count} dieser Dateien liegen bereits in {folder} ({files}). Ersetzen?</translation>
    </message>
    <message>
        <source>Writing the ballots…</source>
        <translation>Stimmzettel werden geschrieben …</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben …</translation>
    </message>
    <message>
        <source>Wrote {n} ballot workbook to {folder}.</source>
        <translation>{n} Stimmzettel-Arbeitsmappe nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {n} ballot workbooks to {folder}.</source>
        <translation>{n} Stimmzettel-Arbeitsmappen nach {folder} geschrieben.</translation>
    </message>
    <message>
        <source>The ballots were not all written: {reason}</source>
        <translation>Nicht alle Stimmzettel wurden geschrieben: {reason}</translation>
    </message>
</context>
<context>
    <name>BallotImport</name>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Ballots</source>
        <translation>Stimmzettel importieren</translation>
    </message>
    <message>
        <source>Reading the ballots…</source>
        <translation>Stimmzettel werden gelesen …</translation>
    </message>
    <message>
        <source>Ballots not imported</source>
        <translation>Stimmzettel nicht importiert</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import {n} Ballot</source>
        <translation>{n} Stimmzettel importieren</translation>
    </message>
    <message>
        <source>Import {n} Ballots</source>
        <translation>{n} Stimmzettel importieren</translation>
    </message>
    <message>
        <source>The ballots were not imported: {reason}

Nothing was changed.</source>
        <translation>Die Stimmzettel wurden nicht importiert: {reason}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{title} is open read-only; ballots cannot be imported.</source>
        <translation>{title} ist schreibgeschützt geöffnet; Stimmzettel können nicht importiert werden.</translation>
    </message>
    <message>
        <source>Imported {n} ballot</source>
        <translation>{n} Stimmzettel importiert</translation>
    </message>
    <message>
        <source>Imported {n} ballots</source>
        <translation>{n} Stimmzettel importiert</translation>
    </message>
</context>
<context>
    <name>BallotMenu</name>
    <message>
        <source>Export Ballot Workbooks</source>
        <translation>Stimmzettel-Arbeitsmappen exportieren</translation>
    </message>
    <message>
        <source>No voting session of this journey is open. Start one with Workshop ▸ Start Voting…; ballots are for a session still taking votes.</source>
        <translation>Diese Journey hat keine offene Abstimmung. Starten Sie eine mit Workshop ▸ Abstimmung starten…; Stimmzettel gibt es nur für Abstimmungen, die noch Stimmen annehmen.</translation>
    </message>
</context>
<context>
    <name>BallotPreviewA11y</name>
    <message>
        <source>Ballot workbooks</source>
        <translation>Stimmzettel-Arbeitsmappen</translation>
    </message>
</context>
<context>
    <name>BallotPreviewDialog</name>
    <message>
        <source>Workbook</source>
        <translation>Arbeitsmappe</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Import Ballots</source>
        <translation>Stimmzettel importieren</translation>
    </message>
    <message>
        <source>None of these workbooks is a ballot of a voting session in this project.</source>
        <translation>Keine dieser Arbeitsmappen ist ein Stimmzettel einer Abstimmung in diesem Projekt.</translation>
    </message>
    <message>
        <source>Into &quot;{session}&quot;: {good} of {count} ballot can be imported.</source>
        <translation>In „{session}“: {good} von {count} Stimmzettel kann importiert werden.</translation>
    </message>
    <message>
        <source>Into &quot;{session}&quot;: {good} of {count} ballots can be imported.</source>
        <translation>In „{session}“: {good} von {count} Stimmzetteln können importiert werden.</translation>
    </message>
    <message>
        <source>Each replaces that participant&apos;s votes in the session.</source>
        <translation>Jeder Stimmzettel ersetzt die Stimmen der jeweiligen Person in der Abstimmung.</translation>
    </message>
    <message>
        <source>The workbooks with a problem are left out.</source>
        <translation>Arbeitsmappen mit einem Problem werden ausgelassen.</translation>
    </message>
    <message>
        <source>&amp;Import {n} Ballot</source>
        <translation>{n} Stimmzettel &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Import {n} Ballots</source>
        <translation>{n} Stimmzettel &amp;importieren</translation>
    </message>
</context>
<context>
    <name>BallotWorker</name>
    <message>
        <source>Unexpected error ({kind}: {reason}). Please report it.</source>
        <translation>Unerwarteter Fehler ({kind}: {reason}). Bitte melden Sie ihn.</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Type a card and Enter · p: pain point, o: opportunity, or a lane&apos;s first letters and a colon</source>
        <translation>Karte eingeben, Enter · p: Pain Point, o: Chance, oder Ebenenanfang und Doppelpunkt</translation>
    </message>
    <message>
        <source>Fix the last card and Enter (Down: leave it)</source>
        <translation>Letzte Karte korrigieren und Enter (Pfeil runter: so lassen)</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>The lane of the next card (or type its prefix: p: …, o: …, tou: …)</source>
        <translation>Die Ebene der nächsten Karte (oder ihr Präfix eingeben: p: …, o: …, tou: …)</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Cards go to the cell cursor&apos;s stage</source>
        <translation>Karten landen in der Phase des Zellcursors</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation>Erfassen:</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>Card not added: {reason}</source>
        <translation>Karte nicht hinzugefügt: {reason}</translation>
    </message>
</context>
<context>
    <name>ColumnsA11y</name>
    <message>
        <source>The log&apos;s first rows</source>
        <translation>Die ersten Zeilen des Protokolls</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Case id</source>
        <translation>&amp;Fall-ID</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>&amp;Timestamp</source>
        <translation>&amp;Zeitstempel</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>Se&amp;gment or persona</source>
        <translation>&amp;Segment oder Persona</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>W&amp;ert</translation>
    </message>
    <message>
        <source>&amp;Feedback text</source>
        <translation>Feedback&amp;text</translation>
    </message>
    <message>
        <source>&amp;Rating (CSAT 1–5, NPS 0–10)</source>
        <translation>&amp;Bewertung (CSAT 1–5, NPS 0–10)</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>segment or persona</source>
        <translation>Segment oder Persona</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>feedback text</source>
        <translation>Feedbacktext</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Event logs (*.csv *.tsv *.txt *.parquet *.xes);;CSV or TSV (*.csv *.tsv *.txt);;Parquet (*.parquet);;XES (*.xes);;All files (*)</source>
        <translation>Ereignisprotokolle (*.csv *.tsv *.txt *.parquet *.xes);;CSV oder TSV (*.csv *.tsv *.txt);;Parquet (*.parquet);;XES (*.xes);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Analyse Event Log</source>
        <translation>Ereignisprotokoll analysieren</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>Spalten von {file}</translation>
    </message>
    <message>
        <source>{kind} · {n} columns · the first rows:</source>
        <translation>{kind} · {n} Spalten · die ersten Zeilen:</translation>
    </message>
    <message>
        <source>{role} *:</source>
        <translation>{role} *:</translation>
    </message>
    <message>
        <source>{role}:</source>
        <translation>{role}:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Times &amp;without a zone:</source>
        <translation>Zeiten &amp;ohne Zone:</translation>
    </message>
    <message>
        <source>optional: a date, e.g. 2026-05-01</source>
        <translation>optional: ein Datum, z. B. 2026-05-01</translation>
    </message>
    <message>
        <source>Compare the cases that started before this date with those from it on</source>
        <translation>Die Fälle, die vor diesem Datum begannen, mit denen ab diesem Datum vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;before / from:</source>
        <translation>&amp;Vergleichen vor / ab:</translation>
    </message>
    <message>
        <source>Times with an offset keep it; times without one are read in the zone chosen here.</source>
        <translation>Zeiten mit Zeitversatz behalten ihn; Zeiten ohne werden in der hier gewählten Zone gelesen.</translation>
    </message>
    <message>
        <source>* required.</source>
        <translation>* erforderlich.</translation>
    </message>
    <message>
        <source>* required. Feedback text is scored in English only (VADER); a rating works in any language.</source>
        <translation>* erforderlich. Feedbacktext wird nur auf Englisch bewertet (VADER); eine Bewertungsspalte funktioniert in jeder Sprache.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Choose the {roles} column.</source>
        <translation>Wählen Sie die Spalte für {roles}.</translation>
    </message>
    <message>
        <source>Choose the {roles} columns.</source>
        <translation>Wählen Sie die Spalten für {roles}.</translation>
    </message>
    <message>
        <source>The column {name} is chosen for two roles.</source>
        <translation>Die Spalte {name} ist für zwei Rollen gewählt.</translation>
    </message>
    <message>
        <source>{text} is not a date (e.g. 2026-05-01 or 2026-05-01T09:00).</source>
        <translation>{text} ist kein Datum (z. B. 2026-05-01 oder 2026-05-01T09:00).</translation>
    </message>
    <message>
        <source>{text} is not a time zone (e.g. UTC, Europe/Berlin).</source>
        <translation>{text} ist keine Zeitzone (z. B. UTC, Europe/Berlin).</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>nobody reaches it</source>
        <translation>niemand erreicht sie</translation>
    </message>
    <message>
        <source>conv. {percent}</source>
        <translation>Konv. {percent}</translation>
    </message>
</context>
<context>
    <name>LogTask</name>
    <message>
        <source>The log could not be read.</source>
        <translation>Das Protokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {reason}). Please report it.</source>
        <translation>Unerwarteter Fehler ({kind}: {reason}). Bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>MappingA11y</name>
    <message>
        <source>Activities and their stages</source>
        <translation>Aktivitäten und ihre Phasen</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Touchpoint card</source>
        <translation>Touchpoint-Karte</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Activities → stages of {journey}</source>
        <translation>Aktivitäten → Phasen von {journey}</translation>
    </message>
    <message>
        <source>Each activity of the log counts toward the stage chosen here; leave an activity “(not mapped)” to keep it out of the stage measures.</source>
        <translation>Jede Aktivität des Protokolls zählt zu der hier gewählten Phase; lassen Sie eine Aktivität auf „(nicht zugeordnet)“, um sie aus den Kennzahlen der Phasen herauszuhalten.</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Analysieren</translation>
    </message>
    <message>
        <source>All {n} activities are mapped.</source>
        <translation>Alle {n} Aktivitäten sind zugeordnet.</translation>
    </message>
    <message>
        <source>{n} activity not mapped ({events} of {total} events).</source>
        <translation>{n} Aktivität nicht zugeordnet ({events} von {total} Ereignissen).</translation>
    </message>
    <message>
        <source>{n} activities not mapped ({events} of {total} events).</source>
        <translation>{n} Aktivitäten nicht zugeordnet ({events} von {total} Ereignissen).</translation>
    </message>
</context>
<context>
    <name>ObservedA11y</name>
    <message>
        <source>Observed emotion points</source>
        <translation>Beobachtete Emotionspunkte</translation>
    </message>
    <message>
        <source>Quotes to add as cards</source>
        <translation>Zitate, die als Karten hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>ObservedDialog</name>
    <message>
        <source>(no persona)</source>
        <translation>(keine Persona)</translation>
    </message>
    <message>
        <source>Observed curve and quotes for {journey}</source>
        <translation>Beobachtete Kurve und Zitate für {journey}</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Suggested observed scores (−2 … +2):</source>
        <translation>Vorgeschlagene beobachtete Werte (−2 … +2):</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Quotes to add as Quote cards (evidence “observed”):</source>
        <translation>Zitate, die als Zitatkarten hinzugefügt werden (Beleg „beobachtet“):</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Scores come from the rating column when the log has one, else from the feedback text (English only). Accept adds them as one step; Edit ▸ Undo takes it back.</source>
        <translation>Die Werte stammen aus der Bewertungsspalte, wenn das Protokoll eine hat, sonst aus dem Feedbacktext (nur Englisch). „Übernehmen“ fügt sie in einem Schritt hinzu; Bearbeiten ▸ Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Übernehmen</translation>
    </message>
</context>
<context>
    <name>PresentLaunch</name>
    <message>
        <source>Present the journey full screen, stage by stage (Esc leaves)</source>
        <translation>Die Journey im Vollbild präsentieren, Phase für Phase (Esc beendet)</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Presenter Vie&amp;w</source>
        <translation>&amp;Moderationsansicht</translation>
    </message>
    <message>
        <source>The facilitator&apos;s window: stages, timer, notes and the next stage (on the laptop with two screens)</source>
        <translation>Das Fenster der Moderation: Phasen, Timer, Notizen und die nächste Phase (bei zwei Bildschirmen auf dem Laptop)</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter View — Waymark</source>
        <translation>Moderationsansicht — Waymark</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation>(keine Beschreibung)</translation>
    </message>
    <message>
        <source>— the last stage —</source>
        <translation>— die letzte Phase —</translation>
    </message>
    <message>
        <source>Next: {stage}</source>
        <translation>Als Nächstes: {stage}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>PresenterViewA11y</name>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
</context>
<context>
    <name>StartVotingA11y</name>
    <message>
        <source>Participants&apos; names, one per line</source>
        <translation>Namen der Teilnehmenden, einer pro Zeile</translation>
    </message>
    <message>
        <source>Number of anonymous participants</source>
        <translation>Anzahl anonymer Teilnehmender</translation>
    </message>
</context>
<context>
    <name>StartVotingDialog</name>
    <message>
        <source>Top pain points</source>
        <translation>Wichtigste Pain Points</translation>
    </message>
    <message>
        <source>Start Voting</source>
        <translation>Abstimmung starten</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The lanes whose cards can be voted on (Space ticks the current one)</source>
        <translation>Die Ebenen, über deren Karten abgestimmt werden kann (Leertaste hakt die aktuelle an)</translation>
    </message>
    <message>
        <source>&amp;Lanes voted on</source>
        <translation>&amp;Ebenen zur Abstimmung</translation>
    </message>
    <message>
        <source>&amp;Votes per participant</source>
        <translation>&amp;Stimmen pro Person</translation>
    </message>
    <message>
        <source>The most dots one participant may put on one card</source>
        <translation>Die höchste Zahl an Punkten, die eine Person auf eine Karte setzen darf</translation>
    </message>
    <message>
        <source>Most per &amp;card</source>
        <translation>Höchstens pro &amp;Karte</translation>
    </message>
    <message>
        <source>Na&amp;mes, one per line</source>
        <translation>Na&amp;men, einer pro Zeile</translation>
    </message>
    <message>
        <source>An&amp;onymous:</source>
        <translation>An&amp;onym:</translation>
    </message>
    <message>
        <source> participants</source>
        <translation> Teilnehmende</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Hidden until the reveal</source>
        <translation>Verborgen bis zur Aufdeckung</translation>
    </message>
    <message>
        <source>Live: everyone sees the dots</source>
        <translation>Live: alle sehen die Punkte</translation>
    </message>
    <message>
        <source>Hidden dots keep early votes from steering later voters</source>
        <translation>Verborgene Punkte verhindern, dass frühe Stimmen spätere beeinflussen</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>Er&amp;gebnisse</translation>
    </message>
</context>
<context>
    <name>TimerDialog</name>
    <message>
        <source>Not a time: minutes (5), minutes and seconds (5:30) or units (90s, 2m, 1h 30m)</source>
        <translation>Keine Zeitangabe: Minuten (5), Minuten und Sekunden (5:30) oder Einheiten (90s, 2m, 1h 30m)</translation>
    </message>
    <message>
        <source>Minutes (5), minutes and seconds (5:30) or units (90s, 2m, 1h 30m)</source>
        <translation>Minuten (5), Minuten und Sekunden (5:30) oder Einheiten (90s, 2m, 1h 30m)</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Timer starten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Count down from:</source>
        <translation>Herunterzählen von:</translation>
    </message>
    <message>
        <source>Counts down from {time}</source>
        <translation>Zählt von {time} herunter</translation>
    </message>
</context>
<context>
    <name>TimerMenu</name>
    <message>
        <source>Start the timer, or pause and resume it (T while presenting)</source>
        <translation>Den Timer starten oder pausieren und fortsetzen (T beim Präsentieren)</translation>
    </message>
    <message>
        <source>Start or Pause the Timer While Presenting</source>
        <translation>Timer beim Präsentieren starten oder pausieren</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <source>Count down {n} min</source>
        <translation>{n} Min. herunterzählen</translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation>&amp;Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Count down a time you type (5, 5:30, 90s)</source>
        <translation>Eine eingegebene Zeit herunterzählen (5, 5:30, 90s)</translation>
    </message>
    <message>
        <source>&amp;Start Timer</source>
        <translation>Timer &amp;starten</translation>
    </message>
    <message>
        <source>+&amp;1 min</source>
        <translation>+&amp;1 Min.</translation>
    </message>
    <message>
        <source>Add a minute to the running timer</source>
        <translation>Dem laufenden Timer eine Minute hinzufügen</translation>
    </message>
    <message>
        <source>+&amp;5 min</source>
        <translation>+&amp;5 Min.</translation>
    </message>
    <message>
        <source>Add five minutes to the running timer</source>
        <translation>Dem laufenden Timer fünf Minuten hinzufügen</translation>
    </message>
    <message>
        <source>St&amp;op Timer</source>
        <translation>Timer st&amp;oppen</translation>
    </message>
    <message>
        <source>Stop the timer and hide it</source>
        <translation>Den Timer stoppen und ausblenden</translation>
    </message>
    <message>
        <source>Sound at &amp;Zero</source>
        <translation>Ton bei &amp;Null</translation>
    </message>
    <message>
        <source>Ring the system bell when the timer ends</source>
        <translation>Den Systemton abspielen, wenn der Timer abläuft</translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation>Timer &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume Timer</source>
        <translation>Timer &amp;fortsetzen</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Workshop timer: click to pause or resume; right-click for +1 min, +5 min and Stop</source>
        <translation>Workshop-Timer: Klicken zum Pausieren oder Fortsetzen; Rechtsklick für +1 Min., +5 Min. und Stoppen</translation>
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
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Workshop-Timer</translation>
    </message>
</context>
<context>
    <name>VotingBanner</name>
    <message>
        <source>Next Participant</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Pass the laptop on (N)</source>
        <translation>Den Laptop weitergeben (N)</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Auszählen</translation>
    </message>
    <message>
        <source>Type counts of paper dots: select a card, type a number, Enter</source>
        <translation>Papierpunkte eintragen: Karte auswählen, Zahl eingeben, Enter</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Show every dot and the totals, and rank the cards</source>
        <translation>Alle Punkte und Summen zeigen und die Karten ordnen</translation>
    </message>
    <message>
        <source>End Voting</source>
        <translation>Abstimmung beenden</translation>
    </message>
    <message>
        <source>Close the session; the totals stay on the cards</source>
        <translation>Die Abstimmung schließen; die Summen bleiben auf den Karten</translation>
    </message>
    <message>
        <source>Leave voting mode (Esc); the session stays open</source>
        <translation>Abstimmungsmodus verlassen (Esc); die Abstimmung bleibt offen</translation>
    </message>
</context>
<context>
    <name>VotingMenu</name>
    <message>
        <source>Cards&apos; Own Counts</source>
        <translation>Eigene Zählung der Karten</translation>
    </message>
    <message>
        <source>Open a journey to vote on its cards</source>
        <translation>Öffnen Sie eine Journey, um über ihre Karten abzustimmen</translation>
    </message>
    <message>
        <source>Delete Voting Session</source>
        <translation>Abstimmung löschen</translation>
    </message>
    <message>
        <source>Session to delete:</source>
        <translation>Zu löschende Abstimmung:</translation>
    </message>
    <message>
        <source>Start &amp;Voting…</source>
        <translation>Abstimmung &amp;starten…</translation>
    </message>
    <message>
        <source>Set up a dot-voting round on this journey&apos;s cards</source>
        <translation>Eine Punktabstimmung über die Karten dieser Journey einrichten</translation>
    </message>
    <message>
        <source>Res&amp;ume Voting</source>
        <translation>Abstimmung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Go back to voting on the session the cards show</source>
        <translation>Zur Abstimmung zurückkehren, die die Karten zeigen</translation>
    </message>
    <message>
        <source>&amp;Next Participant</source>
        <translation>&amp;Nächste Person</translation>
    </message>
    <message>
        <source>Pass the laptop on (N)</source>
        <translation>Den Laptop weitergeben (N)</translation>
    </message>
    <message>
        <source>&amp;Tally Paper Dots</source>
        <translation>Papierpunkte &amp;zählen</translation>
    </message>
    <message>
        <source>Select a card, type its count, Enter</source>
        <translation>Karte auswählen, Anzahl eingeben, Enter</translation>
    </message>
    <message>
        <source>&amp;Reveal Results</source>
        <translation>&amp;Ergebnisse aufdecken</translation>
    </message>
    <message>
        <source>Show every dot and total; rank the cards</source>
        <translation>Alle Punkte und Summen zeigen; die Karten ordnen</translation>
    </message>
    <message>
        <source>&amp;End Voting</source>
        <translation>Abstimmung &amp;beenden</translation>
    </message>
    <message>
        <source>Close the session; its totals stay on the cards</source>
        <translation>Die Abstimmung schließen; ihre Summen bleiben auf den Karten</translation>
    </message>
    <message>
        <source>Show Votes &amp;Of</source>
        <translation>&amp;Angezeigte Stimmen</translation>
    </message>
    <message>
        <source>&amp;Delete Voting Session…</source>
        <translation>Abstimmung &amp;löschen…</translation>
    </message>
</context>
<context>
    <name>VotingMode</name>
    <message>
        <source>Click a card to vote · right-click or Backspace takes a dot back · N: next participant · Esc: leave</source>
        <translation>Klick auf Karte: Stimme · Rechtsklick/Rücktaste: Punkt zurück · N: nächste Person · Esc: beenden</translation>
    </message>
    <message>
        <source>“{session}”: every dot and total is shown, ranked in Voting Results</source>
        <translation>„{session}“: alle Punkte und Summen sichtbar, Rangfolge in „Abstimmungsergebnisse“</translation>
    </message>
    <message>
        <source>Tally: select a card, type its count of paper dots, Enter</source>
        <translation>Auszählen: Karte auswählen, Anzahl der Papierpunkte eingeben, Enter</translation>
    </message>
    <message>
        <source>Tally set to {count}; select another card and type its count</source>
        <translation>Zählung: {count}; nächste Karte auswählen und Anzahl eingeben</translation>
    </message>
    <message>
        <source>Type this card&apos;s count of paper dots, then Enter</source>
        <translation>Anzahl der Papierpunkte dieser Karte eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Tally: {typed}▏  (Enter sets it, Esc clears)</source>
        <translation>Zählung: {typed}▏  (Enter übernimmt, Esc löscht)</translation>
    </message>
    <message>
        <source>Tally: {typed}▏</source>
        <translation>Zählung: {typed}▏</translation>
    </message>
    <message>
        <source>{left} of {total} vote left</source>
        <translation>{left} von {total} Stimme übrig</translation>
    </message>
    <message>
        <source>{left} of {total} votes left</source>
        <translation>{left} von {total} Stimmen übrig</translation>
    </message>
    <message>
        <source>Results revealed</source>
        <translation>Ergebnisse aufgedeckt</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Card · stage · voters</source>
        <translation>Karte · Phase · Abstimmende</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>{n} on paper</source>
        <translation>{n} auf Papier</translation>
    </message>
    <message>
        <source>No voting session is shown (Workshop ▸ Show Votes Of).</source>
        <translation>Keine Abstimmung wird angezeigt (Workshop ▸ Angezeigte Stimmen).</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} teilnehmende Person</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} Teilnehmende</translation>
    </message>
    <message>
        <source>“{session}”, {date}, {people}: results are hidden until the reveal.</source>
        <translation>„{session}“, {date}, {people}: Die Ergebnisse sind bis zur Aufdeckung verborgen.</translation>
    </message>
    <message>
        <source>“{session}”, {date}, {people}</source>
        <translation>„{session}“, {date}, {people}</translation>
    </message>
</context>
<context>
    <name>VotingResultsA11y</name>
    <message>
        <source>Voting results</source>
        <translation>Abstimmungsergebnisse</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <source>Wor&amp;kshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>Export &amp;Ballot Workbooks…</source>
        <translation>Stimmzettel e&amp;xportieren…</translation>
    </message>
    <message>
        <source>A workbook per participant of an open voting session, to vote offline</source>
        <translation>Eine Arbeitsmappe pro Person einer offenen Abstimmung, um offline abzustimmen</translation>
    </message>
    <message>
        <source>&amp;Import Ballots…</source>
        <translation>Stimmzettel &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring filled-in ballot workbooks into their voting session</source>
        <translation>Ausgefüllte Stimmzettel-Arbeitsmappen in ihre Abstimmung übernehmen</translation>
    </message>
    <message>
        <source>Type cards into the current stage from one line (p: pain point, o: opportunity…)</source>
        <translation>Karten in einer Zeile in die aktuelle Phase eingeben (p: Pain Point, o: Chance …)</translation>
    </message>
    <message>
        <source>&amp;Capture Bar</source>
        <translation>E&amp;rfassungsleiste</translation>
    </message>
</context>
</TS>
