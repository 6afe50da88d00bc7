<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BoardActions</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete {n} Items</source>
        <translation>{n} Elemente löschen</translation>
    </message>
    <message>
        <source>Paste cards into a cell of a cards or touchpoints lane</source>
        <translation>Karten nur in eine Zelle einer Karten- oder Touchpoint-Ebene einfügen</translation>
    </message>
    <message>
        <source>Paste Card</source>
        <translation>Karte einfügen</translation>
    </message>
    <message>
        <source>Paste {n} Cards</source>
        <translation>{n} Karten einfügen</translation>
    </message>
    <message>
        <source>Duplicate Card</source>
        <translation>Karte duplizieren</translation>
    </message>
    <message>
        <source>Duplicate {n} Cards</source>
        <translation>{n} Karten duplizieren</translation>
    </message>
</context>
<context>
    <name>BoardAnalysedLane</name>
    <message>
        <source>from data</source>
        <translation>aus Daten</translation>
    </message>
    <message>
        <source>no analysis stored (Analytics ▸ Analyse Event Log…)</source>
        <translation>keine Analyse gespeichert (Analyse ▸ Ereignisprotokoll analysieren…)</translation>
    </message>
    <message>
        <source>{name} — filled from the event log
{source}
{cases} cases, {events} events</source>
        <translation>{name} – aus dem Ereignisprotokoll gefüllt
{source}
{cases} Fälle, {events} Ereignisse</translation>
    </message>
</context>
<context>
    <name>BoardContextMenu</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pale Blue</source>
        <translation>Hellblau</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>Mint</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>Lavendel</translation>
    </message>
    <message>
        <source>Lilac</source>
        <translation>Flieder</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Creme</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>&amp;New Card</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Lane Default</source>
        <translation>Standard der Ebene</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Bele&amp;g</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Set Card Colour</source>
        <translation>Kartenfarbe festlegen</translation>
    </message>
    <message>
        <source>Set Colour of {n} Cards</source>
        <translation>Farbe von {n} Karten festlegen</translation>
    </message>
    <message>
        <source>Set Card Evidence</source>
        <translation>Beleg der Karte festlegen</translation>
    </message>
    <message>
        <source>Set Evidence of {n} Cards</source>
        <translation>Beleg von {n} Karten festlegen</translation>
    </message>
    <message>
        <source>Insert Stage &amp;Before</source>
        <translation>Phase &amp;vor dieser einfügen</translation>
    </message>
    <message>
        <source>Insert Stage &amp;After</source>
        <translation>Phase &amp;nach dieser einfügen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete Stage</source>
        <translation>Phase &amp;löschen</translation>
    </message>
    <message>
        <source>Insert Lane &amp;Above</source>
        <translation>Ebene &amp;oberhalb einfügen</translation>
    </message>
    <message>
        <source>Insert Lane &amp;Below</source>
        <translation>Ebene u&amp;nterhalb einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete Lane</source>
        <translation>Ebene &amp;löschen</translation>
    </message>
    <message>
        <source>Make &amp;Action</source>
        <translation>Zur &amp;Maßnahme machen</translation>
    </message>
    <message>
        <source>Make Action</source>
        <translation>Zur Maßnahme machen</translation>
    </message>
    <message>
        <source>Remove &amp;Action</source>
        <translation>&amp;Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
</context>
<context>
    <name>BoardCurveLegend</name>
    <message>
        <source> (empty)</source>
        <translation> (leer)</translation>
    </message>
</context>
<context>
    <name>BoardCurveMenu</name>
    <message>
        <source>New points go to</source>
        <translation>Neue Punkte gehen an</translation>
    </message>
    <message>
        <source>Add curve</source>
        <translation>Kurve hinzufügen</translation>
    </message>
    <message>
        <source>Reassign {name} to</source>
        <translation>{name} neu zuordnen zu</translation>
    </message>
    <message>
        <source> (has points at the same stages)</source>
        <translation> (hat Punkte in denselben Phasen)</translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation>{name} einblenden</translation>
    </message>
    <message>
        <source>Hide {name}</source>
        <translation>{name} ausblenden</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>An emotion point goes in an emotion lane, not in &apos;{lane}&apos;</source>
        <translation>Ein Emotionspunkt gehört in eine Emotions-Ebene, nicht in „{lane}“</translation>
    </message>
    <message>
        <source>That stage has a point on this curve already; drag it instead</source>
        <translation>Diese Phase hat auf dieser Kurve bereits einen Punkt; ziehen Sie stattdessen diesen</translation>
    </message>
</context>
<context>
    <name>BoardDropoff</name>
    <message>
        <source>nobody reaches this stage</source>
        <translation>niemand erreicht diese Phase</translation>
    </message>
    <message>
        <source>{stage} — from the event log</source>
        <translation>{stage} – aus dem Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Nobody of the {cases} cases reaches this stage</source>
        <translation>Keiner der {cases} Fälle erreicht diese Phase</translation>
    </message>
    <message>
        <source>Reached: {reached} cases ({share} of all {cases})</source>
        <translation>Erreicht: {reached} Fälle ({share} von allen {cases})</translation>
    </message>
    <message>
        <source>Conversion from the previous stage: {share}</source>
        <translation>Konversion aus der vorigen Phase: {share}</translation>
    </message>
    <message>
        <source>{cases} cases end here, at the map&apos;s last stage ({share} of those reaching it)</source>
        <translation>{cases} Fälle enden hier, in der letzten Phase der Map ({share} derer, die sie erreichen)</translation>
    </message>
    <message>
        <source>Drop-off: {cases} cases end here ({share} of those reaching it)</source>
        <translation>Abbruch: {cases} Fälle enden hier ({share} derer, die sie erreichen)</translation>
    </message>
    <message>
        <source> (p90 {time})</source>
        <translation> (p90 {time})</translation>
    </message>
    <message>
        <source>Median to the next stage: {time}{p90}</source>
        <translation>Median bis zur nächsten Phase: {time}{p90}</translation>
    </message>
    <message>
        <source>Median in the stage: {time}</source>
        <translation>Median in der Phase: {time}</translation>
    </message>
    <message>
        <source>{reached} reached · the end</source>
        <translation>{reached} erreicht · das Ende</translation>
    </message>
    <message>
        <source>{reached} reached · {share} leave</source>
        <translation>{reached} erreicht · {share} Abbruch</translation>
    </message>
</context>
<context>
    <name>BoardFlowLane</name>
    <message>
        <source>Analyse an event log to see flows (Analytics ▸ Analyse Event Log…)</source>
        <translation>Analysieren Sie ein Ereignisprotokoll, um Flüsse zu sehen (Analyse ▸ Ereignisprotokoll analysieren…)</translation>
    </message>
    <message>
        <source>The event log shows no flows between this map&apos;s stages</source>
        <translation>Das Ereignisprotokoll zeigt keine Flüsse zwischen den Phasen dieser Map</translation>
    </message>
    <message>
        <source>{source} → {target}: {count} cases</source>
        <translation>{source} → {target}: {count} Fälle</translation>
    </message>
    <message>
        <source> (back, against the map&apos;s order)</source>
        <translation> (zurück, gegen die Reihenfolge der Map)</translation>
    </message>
    <message>
        <source>↶ back</source>
        <translation>↶ zurück</translation>
    </message>
    <message>
        <source>   ({count} smaller flows not drawn)</source>
        <translation>   ({count} kleinere Flüsse nicht gezeichnet)</translation>
    </message>
    <message>
        <source>↷ forward</source>
        <translation>↷ vorwärts</translation>
    </message>
</context>
<context>
    <name>BoardHeaders</name>
    <message>
        <source>Curves ▾</source>
        <translation>Kurven ▾</translation>
    </message>
</context>
<context>
    <name>BoardImage</name>
    <message>
        <source>the project</source>
        <translation>das Projekt</translation>
    </message>
    <message>
        <source>scaled to {scale} to stay within {limit}</source>
        <translation>auf {scale} skaliert, um innerhalb von {limit} zu bleiben</translation>
    </message>
    <message>
        <source>{file}: an image is saved as .png or .svg</source>
        <translation>{file}: Ein Bild wird als .png oder .svg gespeichert</translation>
    </message>
    <message>
        <source>the scale must be between {low} and {high} (got {scale})</source>
        <translation>Die Skalierung muss zwischen {low} und {high} liegen (erhalten: {scale})</translation>
    </message>
    <message>
        <source>{count} pixels a side</source>
        <translation>{count} Pixeln je Seite</translation>
    </message>
    <message>
        <source>{count} pixels</source>
        <translation>{count} Pixeln</translation>
    </message>
    <message>
        <source>use a scale of at most {scale}</source>
        <translation>Verwenden Sie eine Skalierung von höchstens {scale}</translation>
    </message>
    <message>
        <source>this journey is too large for a PNG</source>
        <translation>diese Journey ist zu groß für ein PNG</translation>
    </message>
    <message>
        <source>the PNG would be {width} × {height} pixels, over the limit of {side} pixels a side and {millions} million pixels in all; {hint}, or export SVG</source>
        <translation>Das PNG wäre {width} × {height} Pixel groß, über der Grenze von {side} Pixeln je Seite und {millions} Millionen Pixeln insgesamt; {hint} oder exportieren Sie SVG</translation>
    </message>
    <message>
        <source>not enough memory for a {width} × {height} pixel image</source>
        <translation>nicht genug Speicher für ein Bild mit {width} × {height} Pixeln</translation>
    </message>
    <message>
        <source>could not encode {file} as PNG</source>
        <translation>{file} konnte nicht als PNG codiert werden</translation>
    </message>
    <message>
        <source>A customer journey map made with Waymark</source>
        <translation>Eine Customer Journey Map, erstellt mit Waymark</translation>
    </message>
    <message>
        <source>could not start drawing {file}</source>
        <translation>{file} konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>{title} has no journey to export</source>
        <translation>{title} enthält keine Journey zum Exportieren</translation>
    </message>
    <message>
        <source>no journey &apos;{journey}&apos; in {title} (its journeys: {known})</source>
        <translation>keine Journey „{journey}“ in {title} (enthaltene Journeys: {known})</translation>
    </message>
</context>
<context>
    <name>BoardImageDrop</name>
    <message>
        <source>Drop the image on a card to add it to the card</source>
        <translation>Bild auf einer Karte ablegen, um es der Karte hinzuzufügen</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Bild hinzufügen</translation>
    </message>
</context>
<context>
    <name>BoardInserts</name>
    <message>
        <source>Cards Lane</source>
        <translation>Karten-Ebene</translation>
    </message>
    <message>
        <source>Touchpoints Lane</source>
        <translation>Touchpoint-Ebene</translation>
    </message>
    <message>
        <source>Emotion Lane</source>
        <translation>Emotions-Ebene</translation>
    </message>
    <message>
        <source>Metric Lane</source>
        <translation>Kennzahlen-Ebene</translation>
    </message>
    <message>
        <source>Flow Lane</source>
        <translation>Fluss-Ebene</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Ebene</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flüsse</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
</context>
<context>
    <name>BoardKeys</name>
    <message>
        <source>arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>Tippen</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Leertaste+Ziehen</translation>
    </message>
    <message>
        <source>middle-drag</source>
        <translation>Ziehen mit mittlerer Maustaste</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>Scrollen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>In-place editor</source>
        <translation>Direkte Bearbeitung</translation>
    </message>
    <message>
        <source>While presenting</source>
        <translation>Während der Präsentation</translation>
    </message>
    <message>
        <source>move the cell cursor between cells</source>
        <translation>den Zellcursor zwischen Zellen bewegen</translation>
    </message>
    <message>
        <source>start a new card in the cell cursor&apos;s cell</source>
        <translation>eine neue Karte in der Zelle des Zellcursors beginnen</translation>
    </message>
    <message>
        <source>on a cell with nothing selected: start a new card</source>
        <translation>auf einer Zelle ohne Auswahl: eine neue Karte beginnen</translation>
    </message>
    <message>
        <source>edit the selected card or header</source>
        <translation>die ausgewählte Karte oder Überschrift bearbeiten</translation>
    </message>
    <message>
        <source>the context menu of the selection or the cell</source>
        <translation>das Kontextmenü der Auswahl oder der Zelle</translation>
    </message>
    <message>
        <source>next / previous card</source>
        <translation>nächste / vorige Karte</translation>
    </message>
    <message>
        <source>leave the board for the next / previous panel</source>
        <translation>das Board zum nächsten / vorherigen Bereich verlassen</translation>
    </message>
    <message>
        <source>delete the selection</source>
        <translation>die Auswahl löschen</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>verschieben</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>zoomen</translation>
    </message>
    <message>
        <source>commit the edit</source>
        <translation>die Bearbeitung übernehmen</translation>
    </message>
    <message>
        <source>add a line</source>
        <translation>eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>commit and start the next new card in the same cell</source>
        <translation>übernehmen und die nächste neue Karte in derselben Zelle beginnen</translation>
    </message>
    <message>
        <source>cancel the edit</source>
        <translation>die Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>the next stage (a presenter&apos;s clicker)</source>
        <translation>die nächste Phase (Presenter)</translation>
    </message>
    <message>
        <source>the previous stage</source>
        <translation>die vorige Phase</translation>
    </message>
    <message>
        <source>the first / last stage</source>
        <translation>die erste / letzte Phase</translation>
    </message>
    <message>
        <source>the whole journey; O again, or Enter on a clicked stage, steps back in</source>
        <translation>die ganze Journey; erneut O oder Eingabe auf einer angeklickten Phase zoomt wieder hinein</translation>
    </message>
    <message>
        <source>a black screen; any key or click brings the board back</source>
        <translation>ein schwarzer Bildschirm; jede Taste oder ein Klick holt das Board zurück</translation>
    </message>
</context>
<context>
    <name>BoardMetric</name>
    <message>
        <source>target {value}</source>
        <translation>Ziel {value}</translation>
    </message>
</context>
<context>
    <name>BoardModelWords</name>
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
        <translation>Mediane Zeit bis zur nächsten Phase</translation>
    </message>
    <message>
        <source>Median time in the stage</source>
        <translation>Mediane Zeit in der Phase</translation>
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
</context>
<context>
    <name>BoardNewCard</name>
    <message>
        <source>New cards go in a cards or touchpoints lane</source>
        <translation>Neue Karten gehören in eine Karten- oder Touchpoint-Ebene</translation>
    </message>
</context>
<context>
    <name>BoardPalette</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Actions lane</source>
        <translation>Ebene Aktionen</translation>
    </message>
    <message>
        <source>Thoughts lane</source>
        <translation>Ebene Gedanken</translation>
    </message>
    <message>
        <source>Quotes lane</source>
        <translation>Ebene Zitate</translation>
    </message>
    <message>
        <source>Touchpoints lane</source>
        <translation>Ebene Touchpoints</translation>
    </message>
    <message>
        <source>Emotion lane</source>
        <translation>Ebene Emotionskurve</translation>
    </message>
    <message>
        <source>Pain points lane</source>
        <translation>Ebene Pain Points</translation>
    </message>
    <message>
        <source>Opportunities lane</source>
        <translation>Ebene Chancen</translation>
    </message>
    <message>
        <source>Backstage lane</source>
        <translation>Ebene Backstage</translation>
    </message>
    <message>
        <source>Metric lane</source>
        <translation>Ebene Kennzahl</translation>
    </message>
    <message>
        <source>Flow lane</source>
        <translation>Ebene Flüsse</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>Emotionspunkt</translation>
    </message>
    <message>
        <source>Drop it on a cell of the board</source>
        <translation>Legen Sie es auf einer Zelle des Boards ab</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>A touchpoint goes in a touchpoints lane, not in &apos;{lane}&apos;</source>
        <translation>Ein Touchpoint gehört in eine Touchpoint-Ebene, nicht in „{lane}“</translation>
    </message>
    <message>
        <source>A card goes in a cards or touchpoints lane, not in &apos;{lane}&apos;</source>
        <translation>Eine Karte gehört in eine Karten- oder Touchpoint-Ebene, nicht in „{lane}“</translation>
    </message>
    <message>
        <source>New touchpoint</source>
        <translation>Neuer Touchpoint</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Neue Karte</translation>
    </message>
</context>
<context>
    <name>BoardScene</name>
    <message>
        <source>Move {n} Cards</source>
        <translation>{n} Karten verschieben</translation>
    </message>
    <message>
        <source>Resize Stage</source>
        <translation>Phasenbreite ändern</translation>
    </message>
</context>
<context>
    <name>BoardSpeech</name>
    <message>
        <source>Journey board</source>
        <translation>Journey-Board</translation>
    </message>
    <message>
        <source>Arrow keys move between cells, Tab between cards; Enter or typing adds a card, F2 edits, Menu opens actions</source>
        <translation>Pfeiltasten wechseln die Zelle, Tab die Karte; Eingabe oder Tippen fügt eine Karte hinzu, F2 bearbeitet, die Menütaste öffnet Aktionen</translation>
    </message>
    <message>
        <source>Stage {stage}, lane {lane}</source>
        <translation>Phase {stage}, Ebene {lane}</translation>
    </message>
    <message>
        <source>{place}, empty</source>
        <translation>{place}, leer</translation>
    </message>
    <message>
        <source>{place}, 1 card</source>
        <translation>{place}, 1 Karte</translation>
    </message>
    <message>
        <source>{place}, {count} cards</source>
        <translation>{place}, {count} Karten</translation>
    </message>
    <message>
        <source>{place}, card {n} of {count}</source>
        <translation>{place}, Karte {n} von {count}</translation>
    </message>
    <message>
        <source>{place}; {evidence}</source>
        <translation>{place}; {evidence}</translation>
    </message>
    <message>
        <source>Empty card</source>
        <translation>Leere Karte</translation>
    </message>
    <message>
        <source>Stage {name}</source>
        <translation>Phase {name}</translation>
    </message>
    <message>
        <source>Lane {name}</source>
        <translation>Ebene {name}</translation>
    </message>
    <message>
        <source>Emotion {score}</source>
        <translation>Emotion {score}</translation>
    </message>
    <message>
        <source>{emotion}: {note}</source>
        <translation>{emotion}: {note}</translation>
    </message>
    <message>
        <source>Value {value}</source>
        <translation>Wert {value}</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>{count} items selected</source>
        <translation>{count} Elemente ausgewählt</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Rename Stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Ebene umbenennen</translation>
    </message>
</context>
<context>
    <name>CardEvidence</name>
    <message>
        <source>View the image</source>
        <translation>Bild ansehen</translation>
    </message>
    <message>
        <source>Card image</source>
        <translation>Kartenbild</translation>
    </message>
    <message>
        <source>No image: add one, paste a screenshot or drop a file here</source>
        <translation>Kein Bild: eines hinzufügen, einen Screenshot einfügen oder eine Datei hier ablegen</translation>
    </message>
    <message>
        <source>Add Image…</source>
        <translation>Bild hinzufügen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Paste Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Use the image on the clipboard</source>
        <translation>Das Bild aus der Zwischenablage verwenden</translation>
    </message>
    <message>
        <source>Remove Image</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Card image, {width}×{height} px</source>
        <translation>Kartenbild, {width}×{height} px</translation>
    </message>
    <message>
        <source>Add Image</source>
        <translation>Bild hinzufügen</translation>
    </message>
    <message>
        <source>Choose an Image</source>
        <translation>Bild auswählen</translation>
    </message>
    <message>
        <source>The clipboard holds no image</source>
        <translation>Die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a link in the browser</source>
        <translation>Doppelklick oder Eingabe öffnet einen Link im Browser</translation>
    </message>
    <message>
        <source>Add Link…</source>
        <translation>Link hinzufügen…</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Link entfernen</translation>
    </message>
    <message>
        <source>Add Link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Web or mail address (https://…, mailto:…):</source>
        <translation>Web- oder Mailadresse (https://…, mailto:…):</translation>
    </message>
    <message>
        <source>The card already has this link</source>
        <translation>Die Karte hat diesen Link schon</translation>
    </message>
    <message>
        <source>A card holds at most {n} links</source>
        <translation>Eine Karte hat höchstens {n} Links</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the comment to the card</source>
        <translation>Strg+Eingabe fügt den Kommentar der Karte hinzu</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Enter adds it)</source>
        <translation>Kommentar schreiben… (Strg+Eingabe fügt ihn hinzu)</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Comment by {author}, {date}: {text}</source>
        <translation>Kommentar von {author}, {date}: {text}</translation>
    </message>
    <message>
        <source>A card holds at most {n} comments</source>
        <translation>Eine Karte hat höchstens {n} Kommentare</translation>
    </message>
    <message>
        <source>The comment cannot be added: {why}</source>
        <translation>Der Kommentar kann nicht hinzugefügt werden: {why}</translation>
    </message>
    <message>
        <source>Delete Comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <source>Only its author can delete a comment</source>
        <translation>Nur sein Autor kann einen Kommentar löschen</translation>
    </message>
    <message>
        <source>Copy Text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
</context>
<context>
    <name>EvidenceBadges</name>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 Link</translation>
    </message>
    <message>
        <source>{n} links</source>
        <translation>{n} Links</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <source>{n} comments</source>
        <translation>{n} Kommentare</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Card Image</source>
        <translation>Kartenbild</translation>
    </message>
    <message>
        <source>Card image, {width}×{height} px</source>
        <translation>Kartenbild, {width}×{height} px</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Select a card, stage, lane or point to edit it</source>
        <translation>Wählen Sie eine Karte, Phase, Ebene oder einen Punkt aus, um sie zu bearbeiten</translation>
    </message>
    <message>
        <source>{n} items selected</source>
        <translation>{n} Elemente ausgewählt</translation>
    </message>
    <message>
        <source>Select a single item to edit its properties</source>
        <translation>Wählen Sie ein einzelnes Element aus, um seine Eigenschaften zu bearbeiten</translation>
    </message>
    <message>
        <source>Drawn after its lane</source>
        <translation>Wird nach seiner Ebene gezeichnet</translation>
    </message>
    <message>
        <source>A blueprint line has nothing to edit</source>
        <translation>Eine Blueprint-Linie hat nichts zu bearbeiten</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>Emotionspunkt</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>{kind} lane</source>
        <translation>Ebene: {kind}</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Stage {number} of {count}</source>
        <translation>Phase {number} von {count}</translation>
    </message>
    <message>
        <source>Metric value</source>
        <translation>Kennzahlwert</translation>
    </message>
    <message>
        <source>emotion point</source>
        <translation>Emotionspunkt</translation>
    </message>
    <message>
        <source>metric value</source>
        <translation>Kennzahlwert</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
</context>
<context>
    <name>InspectorA11y</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Light blue</source>
        <translation>Hellblau</translation>
    </message>
    <message>
        <source>Pale blue</source>
        <translation>Blassblau</translation>
    </message>
    <message>
        <source>Salmon</source>
        <translation>Lachs</translation>
    </message>
    <message>
        <source>Mint</source>
        <translation>Mint</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>Lavendel</translation>
    </message>
    <message>
        <source>Pale lavender</source>
        <translation>Blasslavendel</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Creme</translation>
    </message>
    <message>
        <source>Light green</source>
        <translation>Hellgrün</translation>
    </message>
    <message>
        <source>The text of the selected card</source>
        <translation>Der Text der ausgewählten Karte</translation>
    </message>
    <message>
        <source>Choose any colour for the card</source>
        <translation>Eine beliebige Farbe für die Karte wählen</translation>
    </message>
    <message>
        <source>Use the lane&apos;s colour for the card</source>
        <translation>Die Farbe der Ebene für die Karte verwenden</translation>
    </message>
    <message>
        <source>The channel of the touchpoint</source>
        <translation>Der Kanal des Touchpoints</translation>
    </message>
    <message>
        <source>Peripheral, external or internal touchpoint</source>
        <translation>Peripherer, externer oder interner Touchpoint</translation>
    </message>
    <message>
        <source>Where the card&apos;s content comes from</source>
        <translation>Woher der Inhalt der Karte stammt</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>The card&apos;s own count of votes</source>
        <translation>Die eigene Stimmenzahl der Karte</translation>
    </message>
    <message>
        <source>From −2 (very negative) to +2 (very positive)</source>
        <translation>Von −2 (sehr negativ) bis +2 (sehr positiv)</translation>
    </message>
    <message>
        <source>Why the customer feels this way</source>
        <translation>Warum sich der Kunde so fühlt</translation>
    </message>
    <message>
        <source>The name of the lane</source>
        <translation>Der Name der Ebene</translation>
    </message>
    <message>
        <source>What the lane holds: cards, touchpoints, an emotion curve…</source>
        <translation>Was die Ebene enthält: Karten, Touchpoints, eine Emotionskurve…</translation>
    </message>
    <message>
        <source>The role of a cards lane, which sets its colour</source>
        <translation>Die Rolle einer Kartenebene; sie bestimmt ihre Farbe</translation>
    </message>
    <message>
        <source>The unit of a metric lane&apos;s values</source>
        <translation>Die Einheit der Werte einer Kennzahlenebene</translation>
    </message>
    <message>
        <source>The name of the stage</source>
        <translation>Der Name der Phase</translation>
    </message>
    <message>
        <source>What happens in this stage</source>
        <translation>Was in dieser Phase geschieht</translation>
    </message>
    <message>
        <source>The stage&apos;s width on the board</source>
        <translation>Die Breite der Phase auf dem Board</translation>
    </message>
    <message>
        <source>The measured value in this stage</source>
        <translation>Der gemessene Wert in dieser Phase</translation>
    </message>
    <message>
        <source>The value aimed for in this stage</source>
        <translation>Der angestrebte Wert in dieser Phase</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Card colour</source>
        <translation>Kartenfarbe</translation>
    </message>
    <message>
        <source>Colour {name}</source>
        <translation>Farbe {name}</translation>
    </message>
</context>
<context>
    <name>InspectorAction</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Make this opportunity an action with an owner, a due date and a state.</source>
        <translation>Diese Chance zu einer Maßnahme mit Verantwortlichen, Fälligkeitsdatum und Stand machen.</translation>
    </message>
    <message>
        <source>Make Action</source>
        <translation>Zur Maßnahme machen</translation>
    </message>
    <message>
        <source>Track this opportunity as an action</source>
        <translation>Diese Chance als Maßnahme verfolgen</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
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
    <message>
        <source>Remove Action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>The card stays; its owner, due date and state go</source>
        <translation>Die Karte bleibt; Verantwortliche, Fälligkeitsdatum und Stand werden entfernt</translation>
    </message>
    <message>
        <source>Overdue: was due on {date}</source>
        <translation>Überfällig: war am {date} fällig</translation>
    </message>
</context>
<context>
    <name>InspectorPages</name>
    <message>
        <source>The card&apos;s own count of votes (dots counted by hand, or from a workbook)</source>
        <translation>Die eigene Stimmenzahl der Karte (Punkte von Hand gezählt oder aus einer Arbeitsmappe)</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message>
        <source>What happens, is thought or said</source>
        <translation>Was geschieht, gedacht oder gesagt wird</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>No channel</source>
        <translation>Kein Kanal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Who owns the touchpoint: peripheral, external (customer-facing) or internal</source>
        <translation>Wem der Touchpoint gehört: peripher, extern (kundenseitig) oder intern</translation>
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
        <source>tag, another tag</source>
        <translation>Tag, weiterer Tag</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>hidden until the reveal</source>
        <translation>verborgen bis zur Auflösung</translation>
    </message>
    <message>
        <source>The total of the voting session &quot;{session}&quot; (read-only). Workshop ▸ Show Votes Of ▸ Cards&apos; Own Counts shows and edits the card&apos;s own count.</source>
        <translation>Die Summe der Abstimmung „{session}“ (schreibgeschützt). Workshop ▸ Stimmen anzeigen von ▸ Eigene Zählung der Karten zeigt und bearbeitet die eigene Zählung der Karte.</translation>
    </message>
    <message>
        <source>Choose any colour</source>
        <translation>Beliebige Farbe wählen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Use the lane&apos;s colour</source>
        <translation>Die Farbe der Ebene verwenden</translation>
    </message>
    <message>
        <source>Lane colour</source>
        <translation>Farbe der Ebene</translation>
    </message>
    <message>
        <source>From −2 (very negative) to +2 (very positive)</source>
        <translation>Von −2 (sehr negativ) bis +2 (sehr positiv)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why the customer feels this way</source>
        <translation>Warum der Kunde so empfindet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>e.g. %, /5, €</source>
        <translation>z. B. %, /5, €</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>{measure}, from the event log: Refresh Analytics replaces its values</source>
        <translation>{measure}, aus dem Ereignisprotokoll: Analyse aktualisieren ersetzt die Werte</translation>
    </message>
    <message>
        <source>What this stage is about</source>
        <translation>Worum es in dieser Phase geht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
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
    <name>Palette</name>
    <message>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <source>A new column: drop it between two stages</source>
        <translation>Eine neue Spalte: zwischen zwei Phasen ablegen</translation>
    </message>
    <message>
        <source>A sticky note: drop it in a cell of a cards lane</source>
        <translation>Eine Haftnotiz: in einer Zelle einer Karten-Ebene ablegen</translation>
    </message>
    <message>
        <source>A touchpoint: drop it in a cell of the touchpoints lane</source>
        <translation>Ein Touchpoint: in einer Zelle der Touchpoint-Ebene ablegen</translation>
    </message>
    <message>
        <source>A point on the emotion curve: drop it at the height of the feeling</source>
        <translation>Ein Punkt auf der Emotionskurve: auf der Höhe des Gefühls ablegen</translation>
    </message>
    <message>
        <source>A row with an emotion curve: drop it between two lanes</source>
        <translation>Eine Zeile mit einer Emotionskurve: zwischen zwei Ebenen ablegen</translation>
    </message>
    <message>
        <source>A row of numbers per stage (conversion, CSAT…): drop it between two lanes</source>
        <translation>Eine Zeile mit Zahlen je Phase (Konversion, CSAT…): zwischen zwei Ebenen ablegen</translation>
    </message>
    <message>
        <source>A row of touchpoints (channel and category): drop it between two lanes</source>
        <translation>Eine Zeile mit Touchpoints (Kanal und Kategorie): zwischen zwei Ebenen ablegen</translation>
    </message>
    <message>
        <source>A row that draws the analysed flows between stages (Analytics ▸ Analyse Event Log…)</source>
        <translation>Eine Zeile, die die analysierten Flüsse zwischen Phasen zeichnet (Analyse ▸ Ereignisprotokoll analysieren…)</translation>
    </message>
    <message>
        <source>{entry}: drop it between two lanes</source>
        <translation>{entry}: zwischen zwei Ebenen ablegen</translation>
    </message>
    <message>
        <source>Drag onto the board</source>
        <translation>Auf das Board ziehen</translation>
    </message>
</context>
<context>
    <name>PaletteA11y</name>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Enter or Space adds the entry at the board&apos;s cell cursor; drag it to place it</source>
        <translation>Eingabe oder Leertaste fügt den Eintrag am Zellcursor des Boards ein; zum Platzieren ziehen</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinie</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Linie der internen Interaktion</translation>
    </message>
    <message>
        <source>Peripheral</source>
        <translation>Peripher</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotionskurve</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Flows between stages</source>
        <translation>Flüsse zwischen Phasen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
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
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Unterstützungsprozesse</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
</context>
</TS>
