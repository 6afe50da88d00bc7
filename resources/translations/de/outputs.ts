<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnalyticsText</name>
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
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Median to next</source>
        <translation>Median bis zur nächsten</translation>
    </message>
    <message>
        <source>p90 to next</source>
        <translation>p90 bis zur nächsten</translation>
    </message>
    <message>
        <source>Median in stage</source>
        <translation>Median in der Phase</translation>
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
        <source>against the map&apos;s order</source>
        <translation>gegen die Reihenfolge der Map</translation>
    </message>
    <message>
        <source>nobody reaches this stage</source>
        <translation>niemand erreicht diese Phase</translation>
    </message>
    <message>
        <source>Cases per stage by segment</source>
        <translation>Fälle je Phase nach Segment</translation>
    </message>
    <message>
        <source>Events per stage by channel</source>
        <translation>Ereignisse je Phase nach Kanal</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{h} h {min} min</source>
        <translation>{h} h {min} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <source>skips {n} stages</source>
        <translation>überspringt {n} Phasen</translation>
    </message>
    <message>
        <source>skips {n} stage</source>
        <translation>überspringt {n} Phase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Times without a zone</source>
        <translation>Zeiten ohne Zeitzone</translation>
    </message>
    <message>
        <source>read as {zone}</source>
        <translation>gelesen als {zone}</translation>
    </message>
    <message>
        <source>Mapped activities</source>
        <translation>Zugeordnete Aktivitäten</translation>
    </message>
    <message>
        <source>Unmapped activities</source>
        <translation>Nicht zugeordnete Aktivitäten</translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation>{n} Ereignisse</translation>
    </message>
    <message>
        <source>{n} event</source>
        <translation>{n} Ereignis</translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation>{n} Fälle</translation>
    </message>
    <message>
        <source>{n} case</source>
        <translation>{n} Fall</translation>
    </message>
</context>
<context>
    <name>BallotImport</name>
    <message>
        <source>Reading {name}</source>
        <translation>{name} wird gelesen</translation>
    </message>
    <message>
        <source>{file} needs more memory than is available to read it</source>
        <translation>{file} braucht zum Lesen mehr Arbeitsspeicher als verfügbar ist</translation>
    </message>
    <message>
        <source>a ballot for a voting session that is not in this project (or was deleted)</source>
        <translation>ein Stimmzettel für eine Abstimmung, die nicht in diesem Projekt ist (oder gelöscht wurde)</translation>
    </message>
    <message>
        <source>a ballot for &quot;{name}&quot;, not for &quot;{name2}&quot;: import it on its own</source>
        <translation>ein Stimmzettel für „{name}“, nicht für „{name2}“: importieren Sie ihn einzeln</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>{name}&apos;s ballot is also in {value}: import one of them</source>
        <translation>Der Stimmzettel von {name} ist auch in {value}: importieren Sie nur einen davon</translation>
    </message>
    <message>
        <source>… and more problems after {address}: was this ballot filled in by hand?</source>
        <translation>… und weitere Probleme nach {address}: wurde dieser Stimmzettel von Hand ausgefüllt?</translation>
    </message>
    <message>
        <source>{address}: {value} is not a number of votes</source>
        <translation>{address}: {value} ist keine Anzahl von Stimmen</translation>
    </message>
    <message>
        <source>{address}: a vote for a card that is no longer on the map</source>
        <translation>{address}: eine Stimme für eine Karte, die nicht mehr auf der Map ist</translation>
    </message>
    <message>
        <source>{address}: a vote on a row without its card id (the hidden column A)</source>
        <translation>{address}: eine Stimme in einer Zeile ohne Karten-ID (die ausgeblendete Spalte A)</translation>
    </message>
    <message>
        <source>{address}: this card is not part of &quot;{name}&quot;</source>
        <translation>{address}: diese Karte gehört nicht zu „{name}“</translation>
    </message>
    <message>
        <source>{address}: {n} votes on one card; at most {most} per card</source>
        <translation>{address}: {n} Stimmen auf einer Karte; höchstens {most} je Karte</translation>
    </message>
    <message>
        <source>a ballot for a participant who is not in &quot;{name}&quot;</source>
        <translation>ein Stimmzettel für eine Person, die nicht an „{name}“ teilnimmt</translation>
    </message>
    <message>
        <source>a blank ballot with no name: type who filled it in beside {label}</source>
        <translation>ein leerer Stimmzettel ohne Namen: tragen Sie neben {label} ein, wer ihn ausgefüllt hat</translation>
    </message>
    <message>
        <source>no participant named &quot;{typed}&quot; in &quot;{name}&quot;</source>
        <translation>keine teilnehmende Person namens „{typed}“ in „{name}“</translation>
    </message>
    <message>
        <source>{name} is not a Waymark ballot (it has no &quot;{BALLOT_SHEET}&quot; and hidden &quot;{INFO_SHEET}&quot; sheet; export ballots with Workshop ▸ Export Ballot Workbooks…)</source>
        <translation>{name} ist kein Waymark-Stimmzettel (es fehlen das Blatt „{BALLOT_SHEET}“ und das ausgeblendete Blatt „{INFO_SHEET}“; exportieren Sie Stimmzettel mit Workshop ▸ Stimmzettel-Arbeitsmappen exportieren…)</translation>
    </message>
    <message>
        <source>{name} is not a ballot this Waymark reads (format {found}, not {FORMAT_ID})</source>
        <translation>{name} ist kein Stimmzettel, den dieses Waymark lesen kann (Format {found}, nicht {FORMAT_ID})</translation>
    </message>
    <message>
        <source>{name}: its hidden sheet does not say which voting session it is for</source>
        <translation>{name}: das ausgeblendete Blatt sagt nicht, für welche Abstimmung er ist</translation>
    </message>
    <message>
        <source>{name}: the &quot;{sheet}&quot; sheet has no header row with id and votes in its first {HEADER_SEARCH_ROWS} rows (were rows deleted?)</source>
        <translation>{name}: das Blatt „{sheet}“ hat in seinen ersten {HEADER_SEARCH_ROWS} Zeilen keine Kopfzeile mit id und Stimmen (wurden Zeilen gelöscht?)</translation>
    </message>
    <message>
        <source>{name}: the &quot;{sheet}&quot; sheet has no header row with id and votes</source>
        <translation>{name}: das Blatt „{sheet}“ hat keine Kopfzeile mit id und Stimmen</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>no journey with id {id} in this project (ids: {ids})</source>
        <translation>keine Journey mit der ID {id} in diesem Projekt (IDs: {ids})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the {what} export was cancelled; no file was written</source>
        <translation>Der Export ({what}) wurde abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>ExportVotes</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>aufgedeckt</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>{votes} votes each, at most {most} per card</source>
        <translation>je {votes} Stimmen, höchstens {most} je Karte</translation>
    </message>
    <message>
        <source>{votes} vote each, at most {most} per card</source>
        <translation>je {votes} Stimme, höchstens {most} je Karte</translation>
    </message>
    <message>
        <source>{n} anonymous participants</source>
        <translation>{n} anonyme Teilnehmende</translation>
    </message>
    <message>
        <source>{n} anonymous participant</source>
        <translation>{n} anonyme teilnehmende Person</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} Teilnehmende</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} teilnehmende Person</translation>
    </message>
</context>
<context>
    <name>PdfActions</name>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Opportunities taken up, open first, each state by due date.</source>
        <translation>Aufgegriffene Chancen, offene zuerst, jeder Stand nach Fälligkeit.</translation>
    </message>
    <message>
        <source>{date} overdue</source>
        <translation>{date} überfällig</translation>
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
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>PdfAnalytics</name>
    <message>
        <source>{share} of all</source>
        <translation>{share} aller</translation>
    </message>
    <message>
        <source>conv. {share}</source>
        <translation>Konv. {share}</translation>
    </message>
    <message>
        <source>Analytics — {journey}</source>
        <translation>Analyse — {journey}</translation>
    </message>
    <message>
        <source>Stages nobody reaches</source>
        <translation>Phasen, die niemand erreicht</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>▼ {share} leave</source>
        <translation>▼ {share} verlassen</translation>
    </message>
    <message>
        <source>cases reaching the stage</source>
        <translation>Fälle, die die Phase erreichen</translation>
    </message>
    <message>
        <source>of them, cases whose journey ends there</source>
        <translation>davon Fälle, deren Journey dort endet</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Stage flows (the {top} biggest of {n})</source>
        <translation>Flüsse zwischen Phasen (die {top} größten von {n})</translation>
    </message>
    <message>
        <source>Stage flows</source>
        <translation>Flüsse zwischen Phasen</translation>
    </message>
    <message>
        <source>No case moves from one stage to another.</source>
        <translation>Kein Fall wechselt von einer Phase in eine andere.</translation>
    </message>
    <message>
        <source>Cases moving from stage to stage; ↩ runs against the map&apos;s order.</source>
        <translation>Fälle, die von Phase zu Phase wechseln; ↩ läuft gegen die Reihenfolge der Map.</translation>
    </message>
    <message>
        <source>Unmapped activities ({n})</source>
        <translation>Nicht zugeordnete Aktivitäten ({n})</translation>
    </message>
    <message>
        <source>Events in the log mapped to no stage, not counted above.</source>
        <translation>Ereignisse im Protokoll, die keiner Phase zugeordnet sind; oben nicht gezählt.</translation>
    </message>
    <message>
        <source>and {n} more (all in the workbook&apos;s Analytics sheet)</source>
        <translation>und {n} weitere (alle im Analyse-Blatt der Arbeitsmappe)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>and {n} more values in the workbook</source>
        <translation>und {n} weitere Werte in der Arbeitsmappe</translation>
    </message>
    <message>
        <source>Before and after {date}</source>
        <translation>Vor und nach {date}</translation>
    </message>
    <message>
        <source>Cases that started before {date} → those that started from then on.</source>
        <translation>Fälle, die vor {date} begannen → Fälle, die ab dann begannen.</translation>
    </message>
</context>
<context>
    <name>PdfAnalyticsMap</name>
    <message>
        <source>Analyse an event log to see flows (Analytics ▸ Analyse Event Log…)</source>
        <translation>Analysieren Sie ein Ereignisprotokoll, um Flüsse zu sehen (Analyse ▸ Ereignisprotokoll analysieren…)</translation>
    </message>
    <message>
        <source>The event log shows no flows between this map&apos;s stages</source>
        <translation>Das Ereignisprotokoll zeigt keine Flüsse zwischen den Phasen dieser Map</translation>
    </message>
    <message>
        <source>nobody reaches this stage</source>
        <translation>niemand erreicht diese Phase</translation>
    </message>
    <message>
        <source>from data</source>
        <translation>aus Daten</translation>
    </message>
    <message>
        <source>↷ forward</source>
        <translation>↷ vorwärts</translation>
    </message>
    <message>
        <source>↶ back, against the map&apos;s order</source>
        <translation>↶ zurück, gegen die Reihenfolge der Map</translation>
    </message>
    <message>
        <source>{n} reached · the end</source>
        <translation>{n} erreicht · das Ende</translation>
    </message>
    <message>
        <source>{n} reached · {share} leave</source>
        <translation>{n} erreicht · {share} verlassen</translation>
    </message>
    <message>
        <source>no analysis stored</source>
        <translation>keine Analyse gespeichert</translation>
    </message>
</context>
<context>
    <name>PdfAppendix</name>
    <message>
        <source>Appendix: full text of shortened cards</source>
        <translation>Anhang: voller Text gekürzter Karten</translation>
    </message>
</context>
<context>
    <name>PdfChanges</name>
    <message>
        <source>Changes since “{name}”</source>
        <translation>Änderungen seit „{name}“</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{journey} · snapshot taken {date}</source>
        <translation>{journey} · Snapshot aufgenommen am {date}</translation>
    </message>
    <message>
        <source>{taken} by {author}</source>
        <translation>{taken} von {author}</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>{added} hinzugefügt, {changed} geändert, {removed} entfernt</translation>
    </message>
    <message>
        <source>Nothing changed since this snapshot.</source>
        <translation>Seit diesem Snapshot hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Stages and lanes</source>
        <translation>Phasen und Ebenen</translation>
    </message>
    <message>
        <source>{stage} (removed)</source>
        <translation>{stage} (entfernt)</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>no snapshot {name} to list changes since (snapshots: {names})</source>
        <translation>kein Snapshot {name}, seit dem Änderungen aufgelistet werden könnten (Snapshots: {names})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>PdfCover</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… und {n} weitere</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Exported {date}</source>
        <translation>Exportiert am {date}</translation>
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
        <source>Review by {date}</source>
        <translation>Überprüfen bis {date}</translation>
    </message>
    <message>
        <source>{review} (overdue)</source>
        <translation>{review} (überfällig)</translation>
    </message>
    <message>
        <source>Last reviewed {date}</source>
        <translation>Zuletzt überprüft {date}</translation>
    </message>
    <message>
        <source>{n} stages</source>
        <translation>{n} Phasen</translation>
    </message>
    <message>
        <source>{n} stage</source>
        <translation>{n} Phase</translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation>{n} Karten</translation>
    </message>
    <message>
        <source>{n} card</source>
        <translation>{n} Karte</translation>
    </message>
    <message>
        <source>{stages}, {cards}</source>
        <translation>{stages}, {cards}</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <source>unknown paper {paper}; choose one of {papers}</source>
        <translation>unbekanntes Papierformat {paper}; wählen Sie eines von {papers}</translation>
    </message>
    <message>
        <source>unknown orientation {orientation}; choose landscape or portrait</source>
        <translation>unbekannte Ausrichtung {orientation}; wählen Sie landscape (Querformat) oder portrait (Hochformat)</translation>
    </message>
    <message>
        <source>page {n}</source>
        <translation>Seite {n}</translation>
    </message>
    <message>
        <source>unknown layout {layout}; choose poster or tiled</source>
        <translation>unbekanntes Layout {layout}; wählen Sie poster oder tiled</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Customer journey map: {journeys}</source>
        <translation>Customer Journey Map: {journeys}</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Titelseite</translation>
    </message>
    <message>
        <source>Laying out {journey}</source>
        <translation>{journey} wird angeordnet</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Drawing {journey} {tile}</source>
        <translation>{journey} {tile} wird gezeichnet</translation>
    </message>
    <message>
        <source>Drew the map of {journey}</source>
        <translation>Map von {journey} gezeichnet</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Personas of {journey}</source>
        <translation>Personas von {journey}</translation>
    </message>
    <message>
        <source>Pain points and opportunities</source>
        <translation>Pain Points und Chancen</translation>
    </message>
    <message>
        <source>Summary of {journey}</source>
        <translation>Zusammenfassung von {journey}</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Metrics of {journey}</source>
        <translation>Kennzahlen von {journey}</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Analytics of {journey}</source>
        <translation>Analyse von {journey}</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>could not build the PDF: {reason}</source>
        <translation>Das PDF konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>could not build the PDF {name}: {reason}</source>
        <translation>Das PDF {name} konnte nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <source>cannot load the bundled fonts in {folder}: {reason}</source>
        <translation>Die mitgelieferten Schriften in {folder} können nicht geladen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PdfEvidence</name>
    <message>
        <source>Appendix: evidence on cards</source>
        <translation>Anhang: Belege auf Karten</translation>
    </message>
    <message>
        <source>(a card without text)</source>
        <translation>(eine Karte ohne Text)</translation>
    </message>
    <message>
        <source>{stage} · {lane}</source>
        <translation>{stage} · {lane}</translation>
    </message>
</context>
<context>
    <name>PdfMap</name>
    <message>
        <source>target {value}</source>
        <translation>Ziel {value}</translation>
    </message>
    <message>
        <source>Tile {tile}</source>
        <translation>Kachel {tile}</translation>
    </message>
</context>
<context>
    <name>PdfMetrics</name>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>This journey has no metric lanes.</source>
        <translation>Diese Journey hat keine Kennzahl-Ebenen.</translation>
    </message>
    <message>
        <source>no analysis stored</source>
        <translation>keine Analyse gespeichert</translation>
    </message>
    <message>
        <source>From data: {measure}, {source}</source>
        <translation>Aus Daten: {measure}, {source}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>PdfPersona</name>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
</context>
<context>
    <name>PdfSummary</name>
    <message>
        <source>Pain points</source>
        <translation>Pain Points</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>{title} ({n}; votes hidden)</source>
        <translation>{title} ({n}; Stimmen verborgen)</translation>
    </message>
    <message>
        <source>{title} ranked by votes ({n})</source>
        <translation>{title} nach Stimmen geordnet ({n})</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>kein Beleg</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} Stimmen</translation>
    </message>
    <message>
        <source>{n} vote</source>
        <translation>{n} Stimme</translation>
    </message>
    <message>
        <source>stage: {stage}</source>
        <translation>Phase: {stage}</translation>
    </message>
</context>
<context>
    <name>PdfVotes</name>
    <message>
        <source>Votes: {session}</source>
        <translation>Stimmen: {session}</translation>
    </message>
    <message>
        <source>Results hidden: the session is still open and its results have not been revealed.</source>
        <translation>Ergebnisse verborgen: Die Abstimmung ist noch offen und ihre Ergebnisse wurden nicht aufgedeckt.</translation>
    </message>
    <message>
        <source>No votes were cast.</source>
        <translation>Es wurden keine Stimmen abgegeben.</translation>
    </message>
    <message>
        <source>{n} votes</source>
        <translation>{n} Stimmen</translation>
    </message>
    <message>
        <source>{n} vote</source>
        <translation>{n} Stimme</translation>
    </message>
    <message>
        <source>stage: {stage}</source>
        <translation>Phase: {stage}</translation>
    </message>
    <message>
        <source>lane: {lane}</source>
        <translation>Ebene: {lane}</translation>
    </message>
    <message>
        <source>voters: {voters}</source>
        <translation>abgestimmt: {voters}</translation>
    </message>
    <message>
        <source>{n} counted on paper</source>
        <translation>{n} auf Papier gezählt</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>How to use</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Emotionen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Votes - </source>
        <translation>Stimmen - </translation>
    </message>
    <message>
        <source>Analytics - </source>
        <translation>Analyse - </translation>
    </message>
    <message>
        <source>Voting session</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>Journey analytics</source>
        <translation>Journey-Analyse</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>color</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>Variante</translation>
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
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
    <message>
        <source>Ballot</source>
        <translation>Stimmzettel</translation>
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
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
</context>
<context>
    <name>WorkbookImport</name>
    <message>
        <source>the import cannot be applied: {exc}</source>
        <translation>Der Import kann nicht angewendet werden: {exc}</translation>
    </message>
    <message>
        <source>the import cannot be applied: no journey {missing} (was it deleted?)</source>
        <translation>Der Import kann nicht angewendet werden: keine Journey {missing} (wurde sie gelöscht?)</translation>
    </message>
    <message>
        <source>the import cannot be applied: card id &apos;{id}&apos; is taken</source>
        <translation>Der Import kann nicht angewendet werden: die Karten-ID „{id}“ ist vergeben</translation>
    </message>
    <message>
        <source>the import cannot be applied: card &apos;{id}&apos; is gone</source>
        <translation>Der Import kann nicht angewendet werden: die Karte „{id}“ gibt es nicht mehr</translation>
    </message>
    <message>
        <source>{name} cannot be read ({value})</source>
        <translation>{name} kann nicht gelesen werden ({value})</translation>
    </message>
    <message>
        <source>{name} is larger than {size}, the most Waymark imports as a workbook</source>
        <translation>{name} ist größer als {size}, das Höchstmaß, das Waymark als Arbeitsmappe importiert</translation>
    </message>
    <message>
        <source>open it in a spreadsheet app and save it as .xlsx, then import that</source>
        <translation>öffnen Sie sie in einer Tabellenkalkulation, speichern Sie sie als .xlsx und importieren Sie diese</translation>
    </message>
    <message>
        <source>a Word document (.docx)</source>
        <translation>ein Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (.pptx)</source>
        <translation>eine PowerPoint-Präsentation (.pptx)</translation>
    </message>
    <message>
        <source>a Visio drawing (.vsdx)</source>
        <translation>eine Visio-Zeichnung (.vsdx)</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} is an old-style .xls or a password-protected workbook; save it as an unprotected Excel workbook (.xlsx) and import that</source>
        <translation>{name} ist eine alte .xls-Datei oder eine kennwortgeschützte Arbeitsmappe; speichern Sie sie als ungeschützte Excel-Arbeitsmappe (.xlsx) und importieren Sie diese</translation>
    </message>
    <message>
        <source>{name} is a damaged workbook ({exc})</source>
        <translation>{name} ist eine beschädigte Arbeitsmappe ({exc})</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet (.ods); save it as .xlsx (File &gt; Save As… &gt; Excel 2007-365) and import that</source>
        <translation>{name} ist eine OpenDocument-Tabelle (.ods); speichern Sie sie als .xlsx (Datei &gt; Speichern unter… &gt; Excel 2007-365) und importieren Sie diese</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument file ({kind}), not a workbook</source>
        <translation>{name} ist eine OpenDocument-Datei ({kind}), keine Arbeitsmappe</translation>
    </message>
    <message>
        <source>{name} is {what}, not an Excel workbook</source>
        <translation>{name} ist {what}, keine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>{name} is damaged: it starts like a workbook (a zip archive) but is not a complete one (was it cut short?)</source>
        <translation>{name} ist beschädigt: sie beginnt wie eine Arbeitsmappe (ein ZIP-Archiv), ist aber nicht vollständig (wurde sie abgeschnitten?)</translation>
    </message>
    <message>
        <source>{name} is not a zip archive but XML or HTML text, not an Excel workbook (.xlsx); {advice}</source>
        <translation>{name} ist kein ZIP-Archiv, sondern XML- oder HTML-Text, keine Excel-Arbeitsmappe (.xlsx); {advice}</translation>
    </message>
    <message>
        <source>{name} is not a zip archive but text (it looks like CSV/text), not an Excel workbook; {advice}</source>
        <translation>{name} ist kein ZIP-Archiv, sondern Text (sieht aus wie CSV/Text), keine Excel-Arbeitsmappe; {advice}</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx): it is not a zip archive</source>
        <translation>{name} ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>{name} holds {count} files; a workbook Waymark imports holds at most {MAX_WORKBOOK_ENTRIES} (is it a zip bomb?)</source>
        <translation>{name} enthält {count} Dateien; eine Arbeitsmappe, die Waymark importiert, enthält höchstens {MAX_WORKBOOK_ENTRIES} (ist es eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not an Excel workbook (it has no [Content_Types].xml)</source>
        <translation>{name} ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (es fehlt [Content_Types].xml)</translation>
    </message>
    <message>
        <source>{name} is encrypted; save it without a password and import that</source>
        <translation>{name} ist verschlüsselt; speichern Sie sie ohne Kennwort und importieren Sie diese</translation>
    </message>
    <message>
        <source>{name}: {filename} unpacks to {size}; Waymark reads at most {size2} per part (is it a zip bomb?)</source>
        <translation>{name}: {filename} entpackt sich zu {size}; Waymark liest höchstens {size2} je Teil (ist es eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>{name}: {filename} is compressed {ratio} to 1; Waymark refuses ratios over {MAX_WORKBOOK_RATIO} to 1 (is it a zip bomb?)</source>
        <translation>{name}: {filename} ist {ratio} zu 1 komprimiert; Waymark lehnt Verhältnisse über {MAX_WORKBOOK_RATIO} zu 1 ab (ist es eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {size}; Waymark refuses it (is it a zip bomb?)</source>
        <translation>{name} entpackt sich zu mehr als {size}; Waymark lehnt sie ab (ist es eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <source>{name}: {filename} declares a DTD or XML entities, which a workbook never needs (an entity bomb or an external-entity reference); it is refused</source>
        <translation>{name}: {filename} deklariert eine DTD oder XML-Entitäten, die eine Arbeitsmappe nie braucht (eine Entitäten-Bombe oder ein Verweis auf eine externe Entität); sie wird abgelehnt</translation>
    </message>
    <message>
        <source>{name}: {filename} has no root element in its first {value} KiB</source>
        <translation>{name}: {filename} hat in den ersten {value} KiB kein Wurzelelement</translation>
    </message>
    <message>
        <source>{name}: {filename} is not well-formed XML ({exc})</source>
        <translation>{name}: {filename} ist kein wohlgeformtes XML ({exc})</translation>
    </message>
    <message>
        <source>a channel has at most {most} characters</source>
        <translation>ein Kanal hat höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a {what} ({value2})</source>
        <translation>„{value}“ ist kein gültiger Wert für {what} ({value2})</translation>
    </message>
    <message>
        <source>votes are a whole number</source>
        <translation>Stimmen sind eine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a number of votes</source>
        <translation>„{text}“ ist keine Anzahl von Stimmen</translation>
    </message>
    <message>
        <source>votes are from 0 to {most}</source>
        <translation>Stimmen liegen zwischen 0 und {most}</translation>
    </message>
    <message>
        <source>a tag has at most {most} characters</source>
        <translation>ein Tag hat höchstens {most} Zeichen</translation>
    </message>
    <message>
        <source>a card has at most {most} tags</source>
        <translation>eine Karte hat höchstens {most} Tags</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a colour like #F2C94C</source>
        <translation>„{text}“ ist keine Farbe wie #F2C94C</translation>
    </message>
    <message>
        <source>a score is a number</source>
        <translation>eine Bewertung ist eine Zahl</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a score from {min} to {max}</source>
        <translation>„{text}“ ist keine Bewertung von {min} bis {max}</translation>
    </message>
    <message>
        <source>{value} is outside the scores {min} to {max}</source>
        <translation>{value} liegt außerhalb der Bewertungen {min} bis {max}</translation>
    </message>
    <message>
        <source>the sheet &quot;{sheet}&quot;</source>
        <translation>das Blatt „{sheet}“</translation>
    </message>
    <message>
        <source>{name}: {what}</source>
        <translation>{name}: {what}</translation>
    </message>
    <message>
        <source>row {row_number} of {label} holds more than {limit} {what}; Waymark reads at most {limit} {what} a row</source>
        <translation>Zeile {row_number} von {label} enthält mehr als {limit} {what}; Waymark liest höchstens {limit} {what} je Zeile</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} {what}; Waymark imports workbooks of at most {limit} {what} (counted at {label})</source>
        <translation>{name} enthält mehr als {limit} {what}; Waymark importiert Arbeitsmappen mit höchstens {limit} {what} (gezählt bei {label})</translation>
    </message>
    <message>
        <source>XML elements</source>
        <translation>XML-Elemente</translation>
    </message>
    <message>
        <source>{label} nests XML elements more than {MAX_WORKBOOK_XML_DEPTH} deep; a workbook never needs that many</source>
        <translation>{label} verschachtelt XML-Elemente tiefer als {MAX_WORKBOOK_XML_DEPTH} Ebenen; eine Arbeitsmappe braucht nie so viele</translation>
    </message>
    <message>
        <source>shared string {shared} in {label} holds more than {MAX_WORKBOOK_ROW_ELEMENTS} XML elements</source>
        <translation>die gemeinsame Zeichenfolge {shared} in {label} enthält mehr als {MAX_WORKBOOK_ROW_ELEMENTS} XML-Elemente</translation>
    </message>
    <message>
        <source>shared strings</source>
        <translation>gemeinsame Zeichenfolgen</translation>
    </message>
    <message>
        <source>{label} takes the workbook to more than {MAX_WORKBOOK_STRUCTURE} XML elements outside sheet rows and shared strings (styles, names, links…); Waymark reads at most that many</source>
        <translation>{label} bringt die Arbeitsmappe auf mehr als {MAX_WORKBOOK_STRUCTURE} XML-Elemente außerhalb von Blattzeilen und gemeinsamen Zeichenfolgen (Formate, Namen, Verknüpfungen…); Waymark liest höchstens so viele</translation>
    </message>
    <message>
        <source>{label} has more than {MAX_WORKBOOK_ROWS} rows; Waymark imports at most {MAX_WORKBOOK_ROWS} rows a sheet</source>
        <translation>{label} hat mehr als {MAX_WORKBOOK_ROWS} Zeilen; Waymark importiert höchstens {MAX_WORKBOOK_ROWS} Zeilen je Blatt</translation>
    </message>
    <message>
        <source>cells</source>
        <translation>Zellen</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <source>{name}: its shared strings hold more than {MAX_WORKBOOK_SHARED_TEXT} characters; Waymark imports workbooks of at most that much shared text</source>
        <translation>{name}: ihre gemeinsamen Zeichenfolgen enthalten mehr als {MAX_WORKBOOK_SHARED_TEXT} Zeichen; Waymark importiert Arbeitsmappen mit höchstens so viel gemeinsamem Text</translation>
    </message>
    <message>
        <source>{label} takes the text outside sheet rows and shared strings to more than {MAX_WORKBOOK_STRUCTURE_TEXT} characters; Waymark reads at most that much</source>
        <translation>{label} bringt den Text außerhalb von Blattzeilen und gemeinsamen Zeichenfolgen auf mehr als {MAX_WORKBOOK_STRUCTURE_TEXT} Zeichen; Waymark liest höchstens so viel</translation>
    </message>
    <message>
        <source>{part} declares a DTD or XML entities, which a workbook never needs (an entity bomb or an external-entity reference); it is refused</source>
        <translation>{part} deklariert eine DTD oder XML-Entitäten, die eine Arbeitsmappe nie braucht (eine Entitäten-Bombe oder ein Verweis auf eine externe Entität); sie wird abgelehnt</translation>
    </message>
    <message>
        <source>{part} holds one XML token (a name, an attribute value or a comment) of over {MAX_WORKBOOK_TOKEN} bytes; Waymark refuses it</source>
        <translation>{part} enthält ein XML-Token (einen Namen, einen Attributwert oder einen Kommentar) von über {MAX_WORKBOOK_TOKEN} Bytes; Waymark lehnt es ab</translation>
    </message>
    <message>
        <source>no journey named &quot;{name}&quot;</source>
        <translation>keine Journey namens „{name}“</translation>
    </message>
    <message>
        <source>no persona named &quot;{name}&quot;</source>
        <translation>keine Persona namens „{name}“</translation>
    </message>
    <message>
        <source>no stage named &quot;{name}&quot; in &quot;{journey}&quot;</source>
        <translation>keine Phase namens „{name}“ in „{journey}“</translation>
    </message>
    <message>
        <source>no lane named &quot;{name}&quot; in &quot;{journey}&quot;</source>
        <translation>keine Ebene namens „{name}“ in „{journey}“</translation>
    </message>
    <message>
        <source>no emotion lane named &quot;{name}&quot; in &quot;{journey}&quot;</source>
        <translation>keine Emotions-Ebene namens „{name}“ in „{journey}“</translation>
    </message>
    <message>
        <source>{n} journeys are named &quot;{name}&quot;; rename one so the name says which</source>
        <translation>{n} Journeys heißen „{name}“; benennen Sie eine um, damit der Name eindeutig ist</translation>
    </message>
    <message>
        <source>{n} personas are named &quot;{name}&quot;; rename one so the name says which</source>
        <translation>{n} Personas heißen „{name}“; benennen Sie eine um, damit der Name eindeutig ist</translation>
    </message>
    <message>
        <source>{n} stages are named &quot;{name}&quot; in &quot;{journey}&quot;; rename one so the name says which</source>
        <translation>{n} Phasen heißen „{name}“ in „{journey}“; benennen Sie eine um, damit der Name eindeutig ist</translation>
    </message>
    <message>
        <source>{n} lanes are named &quot;{name}&quot; in &quot;{journey}&quot;; rename one so the name says which</source>
        <translation>{n} Ebenen heißen „{name}“ in „{journey}“; benennen Sie eine um, damit der Name eindeutig ist</translation>
    </message>
    <message>
        <source>{n} emotion lanes are named &quot;{name}&quot; in &quot;{journey}&quot;; rename one so the name says which</source>
        <translation>{n} Emotions-Ebenen heißen „{name}“ in „{journey}“; benennen Sie eine um, damit der Name eindeutig ist</translation>
    </message>
    <message>
        <source>the lane &quot;{name}&quot; is an emotion lane and holds no cards; the row is skipped</source>
        <translation>die Ebene „{name}“ ist eine Emotions-Ebene und enthält keine Karten; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>the lane &quot;{name}&quot; is a metric lane and holds no cards; the row is skipped</source>
        <translation>die Ebene „{name}“ ist eine Kennzahl-Ebene und enthält keine Karten; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>the lane &quot;{name}&quot; is a flow lane and holds no cards; the row is skipped</source>
        <translation>die Ebene „{name}“ ist eine Fluss-Ebene und enthält keine Karten; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>the workbook was exported from another project: its rows are matched by journey, stage and lane names, and nothing is removed</source>
        <translation>die Arbeitsmappe wurde aus einem anderen Projekt exportiert: ihre Zeilen werden über die Namen von Journey, Phase und Ebene zugeordnet, und nichts wird entfernt</translation>
    </message>
    <message>
        <source>{count} journey(s) the workbook was exported from are no longer in this project; their rows are matched by name</source>
        <translation>{count} Journey(s), aus denen die Arbeitsmappe exportiert wurde, sind nicht mehr in diesem Projekt; ihre Zeilen werden über den Namen zugeordnet</translation>
    </message>
    <message>
        <source>no journey named &quot;{name}&quot; in this project</source>
        <translation>keine Journey namens „{name}“ in diesem Projekt</translation>
    </message>
    <message>
        <source>the cell holds {length} characters, more than a workbook cell can ({most}); the row is skipped</source>
        <translation>die Zelle enthält {length} Zeichen, mehr als eine Zelle fassen kann ({most}); die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>this card belongs to the journey &quot;{name}&quot;; moving cards between journeys is not imported</source>
        <translation>diese Karte gehört zur Journey „{name}“; das Verschieben von Karten zwischen Journeys wird nicht importiert</translation>
    </message>
    <message>
        <source>{message}; the row is skipped</source>
        <translation>{message}; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>no stage given; the row is skipped</source>
        <translation>keine Phase angegeben; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>no lane given; the row is skipped</source>
        <translation>keine Ebene angegeben; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>{exc}; the card keeps its {key}</source>
        <translation>{exc}; die Karte behält ihren Wert für {key}</translation>
    </message>
    <message>
        <source>{exc}; the new card has none</source>
        <translation>{exc}; die neue Karte erhält keinen Wert</translation>
    </message>
    <message>
        <source>the row has no card text; it is skipped</source>
        <translation>die Zeile hat keinen Kartentext; sie wird übersprungen</translation>
    </message>
    <message>
        <source>{value}; the row is skipped</source>
        <translation>{value}; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>New card &quot;{text}&quot; in {stage} · {lane}</source>
        <translation>Neue Karte „{text}“ in {stage} · {lane}</translation>
    </message>
    <message>
        <source>{value}; the card is unchanged</source>
        <translation>{value}; die Karte bleibt unverändert</translation>
    </message>
    <message>
        <source>Card &quot;{text}&quot; in {stage} · {lane}</source>
        <translation>Karte „{text}“ in {stage} · {lane}</translation>
    </message>
    <message>
        <source>Card &quot;{text}&quot; in {stage} · {lane} has no row</source>
        <translation>Karte „{text}“ in {stage} · {lane} hat keine Zeile</translation>
    </message>
    <message>
        <source>{message}; its curves are skipped</source>
        <translation>{message}; ihre Kurven werden übersprungen</translation>
    </message>
    <message>
        <source>{message}; the scores in this column are skipped</source>
        <translation>{message}; die Bewertungen in dieser Spalte werden übersprungen</translation>
    </message>
    <message>
        <source>the variant is &quot;as-is&quot; or &quot;to-be&quot;; the row is skipped</source>
        <translation>die Variante ist „Ist“ oder „Soll“ (auch „as-is“ oder „to-be“); die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>this curve has a row already above; the row is skipped</source>
        <translation>diese Kurve hat weiter oben schon eine Zeile; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <source>{exc}; the score is unchanged</source>
        <translation>{exc}; die Bewertung bleibt unverändert</translation>
    </message>
    <message>
        <source>Score of {curve} at {stage}</source>
        <translation>Bewertung von {curve} in {stage}</translation>
    </message>
    <message>
        <source>{name} is not a workbook Waymark can read ({exc})</source>
        <translation>{name} ist keine Arbeitsmappe, die Waymark lesen kann ({exc})</translation>
    </message>
    <message>
        <source>{name} needs more memory than is available to read it</source>
        <translation>{name} braucht zum Lesen mehr Arbeitsspeicher als verfügbar ist</translation>
    </message>
    <message>
        <source>{name}: the sheet &quot;{sheet}&quot; has more than {MAX_WORKBOOK_ROWS} rows; Waymark imports at most {MAX_WORKBOOK_ROWS} rows a sheet</source>
        <translation>{name}: das Blatt „{sheet}“ hat mehr als {MAX_WORKBOOK_ROWS} Zeilen; Waymark importiert höchstens {MAX_WORKBOOK_ROWS} Zeilen je Blatt</translation>
    </message>
    <message>
        <source>{name}: {sheet}!{col}{n} is beyond column {cap}; Waymark reads at most {cap2} columns a sheet</source>
        <translation>{name}: {sheet}!{col}{n} liegt hinter Spalte {cap}; Waymark liest höchstens {cap2} Spalten je Blatt</translation>
    </message>
    <message>
        <source>no sheet has a header row with the columns stage, lane and text in its first {rows} rows (looked at {sheets})</source>
        <translation>kein Blatt hat in seinen ersten {rows} Zeilen eine Kopfzeile mit den Spalten Phase, Ebene und Text (durchsucht: {sheets})</translation>
    </message>
    <message>
        <source>&quot;{sheet}&quot; sheet with blocks headed persona, variant, lane and the stage names, under the journey&apos;s name</source>
        <translation>Blatt „{sheet}“ mit Blöcken unter dem Namen der Journey, deren Kopfzeile Persona, Variante, Ebene und die Phasennamen enthält</translation>
    </message>
    <message>
        <source>{name}: {cards_expected}, and there is no {emotions_expected}; nothing was imported (also accepted: phase or step for stage, swimlane for lane, card, content or note for text)</source>
        <translation>{name}: {cards_expected}, und es gibt kein {emotions_expected}; nichts wurde importiert (ebenfalls akzeptiert: phase oder step für stage, swimlane für lane, card, content oder note für text)</translation>
    </message>
    <message>
        <source>{problem}; no card rows were read, and no card is removed</source>
        <translation>{problem}; es wurden keine Kartenzeilen gelesen, und keine Karte wird entfernt</translation>
    </message>
    <message>
        <source>no block on this sheet has the header persona, variant, lane in columns A to C; no scores were read</source>
        <translation>kein Block auf diesem Blatt hat die Kopfzeile Persona, Variante, Ebene in den Spalten A bis C; es wurden keine Bewertungen gelesen</translation>
    </message>
    <message>
        <source>no sheets</source>
        <translation>keine Blätter</translation>
    </message>
    <message>
        <source>; and {n} more sheets</source>
        <translation>; und {n} weitere Blätter</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;, whose first row reads {cells}</source>
        <translation>„{title}“, dessen erste Zeile {cells} lautet</translation>
    </message>
    <message>
        <source>&quot;{title}&quot;, whose first {rows} rows are empty</source>
        <translation>„{title}“, dessen erste {rows} Zeilen leer sind</translation>
    </message>
    <message>
        <source>an owner or a due date needs an action state (open, in progress or done); the card keeps its action</source>
        <translation>Verantwortliche oder ein Fälligkeitsdatum brauchen einen Maßnahmenstand (offen, in Arbeit oder erledigt); die Karte behält ihre Maßnahme</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an action state (open, in progress or done); the card keeps its action</source>
        <translation>„{value}“ ist kein Maßnahmenstand (offen, in Arbeit oder erledigt); die Karte behält ihre Maßnahme</translation>
    </message>
    <message>
        <source>only cards of an opportunities lane become actions, and &quot;{lane}&quot; is not one; the card is no action</source>
        <translation>nur Karten einer Chancen-Ebene werden Maßnahmen, und „{lane}“ ist keine; die Karte ist keine Maßnahme</translation>
    </message>
    <message>
        <source>an owner has at most {most} characters; the card keeps its action</source>
        <translation>Verantwortliche haben höchstens {most} Zeichen; die Karte behält ihre Maßnahme</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date like 2026-03-01; the card keeps its action</source>
        <translation>„{value}“ ist kein Datum wie 2026-03-01; die Karte behält ihre Maßnahme</translation>
    </message>
</context>
<context>
    <name>XlsxAnalytics</name>
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
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>Drop-off share</source>
        <translation>Abbruchanteil</translation>
    </message>
    <message>
        <source>Median to next (h)</source>
        <translation>Median bis zur nächsten (h)</translation>
    </message>
    <message>
        <source>p90 to next (h)</source>
        <translation>p90 bis zur nächsten (h)</translation>
    </message>
    <message>
        <source>Median in stage (h)</source>
        <translation>Median in der Phase (h)</translation>
    </message>
    <message>
        <source>p90 in stage (h)</source>
        <translation>p90 in der Phase (h)</translation>
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
        <source>Note</source>
        <translation>Hinweis</translation>
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
        <source>Starts a case</source>
        <translation>Beginnt einen Fall</translation>
    </message>
    <message>
        <source>Ends a case</source>
        <translation>Beendet einen Fall</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Median time (h)</source>
        <translation>Median-Zeit (h)</translation>
    </message>
    <message>
        <source>Reached before</source>
        <translation>Erreicht vorher</translation>
    </message>
    <message>
        <source>Reached after</source>
        <translation>Erreicht nachher</translation>
    </message>
    <message>
        <source>Conversion before</source>
        <translation>Konversion vorher</translation>
    </message>
    <message>
        <source>Conversion after</source>
        <translation>Konversion nachher</translation>
    </message>
    <message>
        <source>Median to next before (h)</source>
        <translation>Median bis zur nächsten vorher (h)</translation>
    </message>
    <message>
        <source>Median to next after (h)</source>
        <translation>Median bis zur nächsten nachher (h)</translation>
    </message>
    <message>
        <source>Stages (in the map&apos;s order)</source>
        <translation>Phasen (in der Reihenfolge der Map)</translation>
    </message>
    <message>
        <source>Stage flows (cases moving from one stage to another)</source>
        <translation>Flüsse zwischen Phasen (Fälle, die von einer Phase in eine andere wechseln)</translation>
    </message>
    <message>
        <source>No case moves from one stage to another.</source>
        <translation>Kein Fall wechselt von einer Phase in eine andere.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Activity flows (one directly follows the other in a case)</source>
        <translation>Aktivitätsflüsse (eine folgt in einem Fall direkt auf die andere)</translation>
    </message>
    <message>
        <source>Unmapped activities (in the log, mapped to no stage)</source>
        <translation>Nicht zugeordnete Aktivitäten (im Protokoll, keiner Phase zugeordnet)</translation>
    </message>
    <message>
        <source>Before and after {date} (cases by the time they started)</source>
        <translation>Vor und nach {date} (Fälle nach ihrem Beginn)</translation>
    </message>
</context>
<context>
    <name>XlsxBallot</name>
    <message>
        <source>Ballot: {session}</source>
        <translation>Stimmzettel: {session}</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Votes used</source>
        <translation>Vergebene Stimmen</translation>
    </message>
    <message>
        <source>of {votes}</source>
        <translation>von {votes}</translation>
    </message>
    <message>
        <source>A whole number from 0 to {most}: at most {most} votes per card.</source>
        <translation>Eine ganze Zahl von 0 bis {most}: höchstens {most} Stimmen je Karte.</translation>
    </message>
    <message>
        <source>A whole number from 0 to {most}: at most {most} vote per card.</source>
        <translation>Eine ganze Zahl von 0 bis {most}: höchstens {most} Stimme je Karte.</translation>
    </message>
    <message>
        <source>0 to {most}</source>
        <translation>0 bis {most}</translation>
    </message>
    <message>
        <source>Type your name beside {label}. </source>
        <translation>Tragen Sie Ihren Namen neben {label} ein. </translation>
    </message>
    <message>
        <source>You have {votes} votes, at most {most} per card: type a number in the Votes column beside the cards you choose, leave the others empty, save and send the workbook back.</source>
        <translation>Sie haben {votes} Stimmen, höchstens {most} je Karte: Tragen Sie neben den gewählten Karten eine Zahl in die Spalte Stimmen ein, lassen Sie die anderen leer, speichern Sie die Arbeitsmappe und schicken Sie sie zurück.</translation>
    </message>
    <message>
        <source>You have {votes} vote, at most {most} per card: type a number in the Votes column beside the cards you choose, leave the others empty, save and send the workbook back.</source>
        <translation>Sie haben {votes} Stimme, höchstens {most} je Karte: Tragen Sie neben der gewählten Karte eine Zahl in die Spalte Stimmen ein, lassen Sie die anderen leer, speichern Sie die Arbeitsmappe und schicken Sie sie zurück.</translation>
    </message>
    <message>
        <source>that voting session is no longer in the project</source>
        <translation>diese Abstimmung ist nicht mehr im Projekt</translation>
    </message>
    <message>
        <source>&quot;{session}&quot; is closed for voting; ballots are for an open session</source>
        <translation>„{session}“ ist für Stimmen geschlossen; Stimmzettel gibt es nur für eine offene Abstimmung</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ist kein Ordner</translation>
    </message>
    <message>
        <source>ballot</source>
        <translation>Stimmzettel</translation>
    </message>
</context>
<context>
    <name>XlsxCards</name>
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
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Not a known journey</source>
        <translation>Keine bekannte Journey</translation>
    </message>
    <message>
        <source>Not a known stage</source>
        <translation>Keine bekannte Phase</translation>
    </message>
    <message>
        <source>Not a known lane</source>
        <translation>Keine bekannte Ebene</translation>
    </message>
    <message>
        <source>Not a known channel</source>
        <translation>Kein bekannter Kanal</translation>
    </message>
    <message>
        <source>Not a known touchpoint</source>
        <translation>Kein bekannter Touchpoint</translation>
    </message>
    <message>
        <source>Not a known kind of evidence</source>
        <translation>Keine bekannte Art von Beleg</translation>
    </message>
    <message>
        <source>Choose a journey from the list.</source>
        <translation>Wählen Sie eine Journey aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a stage from the list.</source>
        <translation>Wählen Sie eine Phase aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a lane from the list.</source>
        <translation>Wählen Sie eine Ebene aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a channel from the list.</source>
        <translation>Wählen Sie einen Kanal aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a touchpoint from the list.</source>
        <translation>Wählen Sie einen Touchpoint aus der Liste.</translation>
    </message>
    <message>
        <source>Choose the evidence from the list.</source>
        <translation>Wählen Sie den Beleg aus der Liste.</translation>
    </message>
    <message>
        <source>This channel is not one of the suggested ones; keep it anyway?</source>
        <translation>Dieser Kanal gehört nicht zu den vorgeschlagenen; trotzdem behalten?</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Votes are a whole number from 0 to {most}.</source>
        <translation>Stimmen sind eine ganze Zahl von 0 bis {most}.</translation>
    </message>
    <message>
        <source>Not a known action state</source>
        <translation>Kein bekannter Maßnahmenstand</translation>
    </message>
    <message>
        <source>An action is open, in progress or done; leave the cell empty for no action.</source>
        <translation>Eine Maßnahme ist offen, in Arbeit oder erledigt; die Zelle leer lassen für keine Maßnahme.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Open, in progress or done; empty: the card is no action.</source>
        <translation>Offen, in Arbeit oder erledigt; leer: Die Karte ist keine Maßnahme.</translation>
    </message>
</context>
<context>
    <name>XlsxEmotions</name>
    <message>
        <source>Emotion score</source>
        <translation>Emotionsbewertung</translation>
    </message>
    <message>
        <source>A score is a number from {min} (very negative) to {max} (very positive). Leave the cell empty for no score.</source>
        <translation>Eine Bewertung ist eine Zahl von {min} (sehr negativ) bis {max} (sehr positiv). Lassen Sie die Zelle leer, wenn es keine Bewertung gibt.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>{min} (very negative) … {max} (very positive)</source>
        <translation>{min} (sehr negativ) … {max} (sehr positiv)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>Arbeitsmappe</translation>
    </message>
    <message>
        <source>Map of {journey}</source>
        <translation>Map von {journey}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Wird gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>could not build the workbook {name}: {reason}</source>
        <translation>Die Arbeitsmappe {name} konnte nicht erstellt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>XlsxGuide</name>
    <message>
        <source>This workbook is a copy of a customer journey map. Fill it in, save it, and send it back to the facilitator, who imports it into Waymark.</source>
        <translation>Diese Arbeitsmappe ist eine Kopie einer Customer Journey Map. Füllen Sie sie aus, speichern Sie sie und schicken Sie sie an die Moderation zurück, die sie in Waymark importiert.</translation>
    </message>
    <message>
        <source>1. Edit cards on the &quot;Cards&quot; sheet: change the text, channel, touchpoint, evidence or tags (tags are separated by commas).</source>
        <translation>1. Bearbeiten Sie Karten auf dem Blatt „Karten“: Ändern Sie Text, Kanal, Touchpoint, Beleg oder Tags (Tags werden durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>2. Add a card: type a new row at the bottom of the Cards table. Pick its stage and lane from the drop-downs; leave the first (hidden) id column empty.</source>
        <translation>2. Karte hinzufügen: Schreiben Sie eine neue Zeile unten in die Tabelle „Karten“. Wählen Sie Phase und Ebene aus den Auswahllisten; lassen Sie die erste (ausgeblendete) Spalte id leer.</translation>
    </message>
    <message>
        <source>3. Remove a card: delete its whole row.</source>
        <translation>3. Karte entfernen: Löschen Sie ihre ganze Zeile.</translation>
    </message>
    <message>
        <source>4. Score emotions on the &quot;Emotions&quot; sheet: a number from {min} (very negative) to {max} (very positive) for each stage; leave a cell empty for no score. The chart under each table follows your scores.</source>
        <translation>4. Bewerten Sie Emotionen auf dem Blatt „Emotionen“: eine Zahl von {min} (sehr negativ) bis {max} (sehr positiv) für jede Phase; lassen Sie eine Zelle leer, wenn es keine Bewertung gibt. Das Diagramm unter jeder Tabelle folgt Ihren Bewertungen.</translation>
    </message>
    <message>
        <source>5. Tally votes in the &quot;votes&quot; column of the Cards sheet (a whole number, 0 or more).</source>
        <translation>5. Zählen Sie Stimmen in der Spalte „Stimmen“ des Blatts „Karten“ (eine ganze Zahl, 0 oder mehr).</translation>
    </message>
    <message>
        <source>6. Do not change or unhide the id column, and do not rename sheets or the column headers: they let Waymark match your edits to the map.</source>
        <translation>6. Ändern Sie die Spalte id nicht, blenden Sie sie nicht ein und benennen Sie weder Blätter noch Spaltenköpfe um: Damit ordnet Waymark Ihre Änderungen der Map zu.</translation>
    </message>
    <message>
        <source>7. The sheets named after journeys show the map for reading and printing, each &quot;Votes - &quot; sheet the results of a voting session, and each &quot;Analytics - &quot; sheet what an event log showed (numbers from data, refreshed in Waymark); edits there are not imported.</source>
        <translation>7. Die nach Journeys benannten Blätter zeigen die Map zum Lesen und Drucken, jedes Blatt „Stimmen - “ die Ergebnisse einer Abstimmung und jedes Blatt „Analyse - “, was ein Ereignisprotokoll gezeigt hat (Zahlen aus Daten, in Waymark aktualisiert); Änderungen dort werden nicht importiert.</translation>
    </message>
    <message>
        <source>8. Save the workbook as .xlsx (Excel or LibreOffice) and send it back.</source>
        <translation>8. Speichern Sie die Arbeitsmappe als .xlsx (Excel oder LibreOffice) und schicken Sie sie zurück.</translation>
    </message>
    <message>
        <source>Actions: an opportunity card can be an action. Its &quot;action&quot; cell says open, in progress or done, with the &quot;owner&quot; and the &quot;due&quot; date beside it; empty the action cell to stop tracking it.</source>
        <translation>Maßnahmen: Eine Chancen-Karte kann eine Maßnahme sein. Ihre Zelle „Maßnahme“ sagt offen, in Arbeit oder erledigt, daneben stehen „Verantwortlich“ und das Datum „Fällig“; die Zelle „Maßnahme“ leeren, um sie nicht mehr zu verfolgen.</translation>
    </message>
    <message>
        <source>{journey}: {ownership}</source>
        <translation>{journey}: {ownership}</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>Status {status}</translation>
    </message>
    <message>
        <source>owner {owner}</source>
        <translation>verantwortlich {owner}</translation>
    </message>
    <message>
        <source>review by {date}</source>
        <translation>überprüfen bis {date}</translation>
    </message>
    <message>
        <source>{review} (overdue)</source>
        <translation>{review} (überfällig)</translation>
    </message>
    <message>
        <source>last reviewed {date}</source>
        <translation>zuletzt überprüft {date}</translation>
    </message>
    <message>
        <source>How to use this workbook — {project}</source>
        <translation>So verwenden Sie diese Arbeitsmappe — {project}</translation>
    </message>
    <message>
        <source>Journeys in this workbook</source>
        <translation>Journeys in dieser Arbeitsmappe</translation>
    </message>
</context>
<context>
    <name>XlsxMap</name>
    <message>
        <source>no analysis stored</source>
        <translation>keine Analyse gespeichert</translation>
    </message>
    <message>
        <source>{lane} (from data)
{source}</source>
        <translation>{lane} (aus Daten)
{source}</translation>
    </message>
    <message>
        <source>Analyse an event log to see flows</source>
        <translation>Analysieren Sie ein Ereignisprotokoll, um Flüsse zu sehen</translation>
    </message>
    <message>
        <source>{count} case</source>
        <translation>{count} Fall</translation>
    </message>
    <message>
        <source>{count} cases</source>
        <translation>{count} Fälle</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>Ziel {value}</translation>
    </message>
</context>
<context>
    <name>XlsxVotes</name>
    <message>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>Strichliste</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>, results hidden</source>
        <translation>, Ergebnisse verborgen</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Results hidden: the session is still open and not revealed.</source>
        <translation>Ergebnisse verborgen: Die Abstimmung ist noch offen und nicht aufgedeckt.</translation>
    </message>
    <message>
        <source>{cell} (card {id})</source>
        <translation>{cell} (Karte {id})</translation>
    </message>
</context>
</TS>
