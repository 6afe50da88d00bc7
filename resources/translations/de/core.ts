<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnalyticsAnalysis</name>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey has no stages to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names stages the journey does not have: {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{dropped} segment or channel values left out (the most frequent are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the {max_activity_flows} most frequent activity flows are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results cannot be kept ({where}: {msg})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date and time: {text} (use ISO 8601, e.g. 2026-04-01T00:00:00+00:00)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsApi</name>
    <message>
        <source>{note} unless you choose another zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback sentiment is scored for English text only; a rating column works in any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is read as {encoding}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsColumns</name>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no column {column} (its columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which column holds the {role}: {columns}? choose one with {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found no {role} column in {name} (its columns: {columns}); name it with {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one column cannot be both case, activity and time: {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsCommands</name>
    <message>
        <source>observed: suggested from feedback in the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Observed Curve and Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsEngine</name>
    <message>
        <source>the log needs more memory than the analysis may use ({limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line is longer than {n} MB (a huge field, or not a CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} is not valid CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsLoad</name>
    <message>
        <source>unknown time zone {zone} (use a name like UTC or Europe/Paris)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no column {column} (its columns: {shown})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} holds no events (only a header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty case ids in column {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty activities in column {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty timestamps in column {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unparseable timestamps in column {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column} holds {n} distinct activities (at most {limit}): is it the activity column? choose another with --activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity names over {n} characters in column {column} (is it the activity column? choose another with --activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} at row {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} at rows {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} at rows {rows} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsSources</name>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite database (a Waymark project?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive (an Excel workbook?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not an event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty: no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {what}, not an event log (CSV, TSV, Parquet or XES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is XML or HTML but not an XES event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text event log (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has one column: not a CSV or TSV event log (the delimiter must be a comma, semicolon, tab or |)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the header line is longer than {sample_bytes} KiB; is it an event log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the header line cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: column {n} of the header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the header names column {column} twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsTimes</name>
    <message>
        <source>times without a zone are read as {zone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsXes</name>
    <message>
        <source>{name} declares XML entities or a DTD; refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not well-formed XML: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Atomic</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {name}: {reason}; the existing file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exceeds the largest file this system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file exceeds the file-size limit ({limit} bytes; see `ulimit -f`)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellTables</name>
    <message>
        <source>no lane &apos;{lane}&apos; in journey &apos;{journey}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; is {lane}; cards go in cards or touchpoints lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage &apos;{stage}&apos; in journey &apos;{journey}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card &apos;{card}&apos; in journey &apos;{journey}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card with id &apos;{id}&apos; exists already in this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey holds at most {n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such emotion point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; is {lane}; emotion points go in an emotion lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey holds at most {n} emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such metric value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; is {lane}; metric values go in a metric lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such blueprint line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is {line} below that lane already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey holds at most {n} blueprint lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blueprint line has nothing to edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>not a number: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale must be between {low} and {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline customer journey mapping. Opens FILE in a window, or without one the start page (the sample, a template, Open, recent files). Commands: {commands} (see `waymark COMMAND --help`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window, paint it once and exit 0 (a check for CI and packaging)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open FILE without the right to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with no FILE: open the built-in sample project, not the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start from a template (see `waymark templates`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a FORMAT.md JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a project in another format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT.md v1 JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a picture of one journey&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector picture of one journey&apos;s board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a printable PDF: cover, maps, personas, summary, metrics (default: every journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workshop workbook to fill in and import back (default: every journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey to picture (default: the first; for --pdf and --xlsx: every journey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf: one poster page per map, or tiles of the paper size (default poster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf: the paper size (default A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf: the paper orientation (default landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels per board unit for --png, {low} to {high} (default 1, or the largest that fits the pixel limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge a filled-in workshop workbook back into a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a workshop workbook (from `waymark export --xlsx`, or any workbook with a Cards sheet whose columns include stage, lane and text) into FILE, and print a JSON summary: {summary}. Cards with no row are reported as removed but only removed with --apply-removals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report what would change and change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also remove the cards of the exported journeys that have no row in the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON summary of a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the full integrity and schema check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the built-in templates: id, a tab, the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a project straight into presentation mode (full screen, stage by stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paint presentation mode once and exit 0 (a check for CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} exists already; use --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is open in Waymark ({holder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would overwrite the project itself; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is from a newer Waymark; fields this version does not know are not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: ok (schema {version}; {journeys}, {personas}, {cards})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import into {name}: it is open read-only: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--journey and --scale go with --png or --svg, not --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layout, --paper and --orientation go with --pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale goes with --png, not --pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale goes with --png, not --xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory for this; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAnalytics</name>
    <message>
        <source>the log&apos;s case column (default: detected by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s activity column (default: detected by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s time column (default: detected by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s channel column (default: detected by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s segment column (default: detected by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s feedback column (default: detected by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s rating column (default: detected by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure an event log (CSV, TSV, Parquet, XES) against a journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure an event log against a journey&apos;s stages and print a JSON report: {report}. Times without a zone are read as --zone (default UTC). Feedback sentiment is scored for English text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey to measure (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mapping} (default: saved or suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone of times without one (default UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare cases starting before / from this instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the results in the journey (metric and flow lanes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the JSON here instead of printing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would overwrite the project or the log; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback sentiment is scored for English text only (VADER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no journey to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journey {id} (journeys: {journeys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a JSON mapping: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a JSON object {mapping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} maps to stages the journey does not have: {unknown} (its stages: {stages})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot apply to {name}: it is open read-only: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>No persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to-be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curve is that one already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{curve} has points at the same stages; delete that curve or those points first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign {source} to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Curve {curve}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>a text value is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>the project is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journey &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entities</name>
    <message>
        <source>text contains a NUL character or an unpaired surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id contains a control character or an unpaired surrogate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo is a PNG image as base64 text; this is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo is a PNG image as base64 text; this is not a PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is {width}×{height} px; at most {side} px a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo is {size} MiB; at most {limit} MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>(and {n} more problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(and {n} more problem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is already open ({holder})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileIdentity</name>
    <message>
        <source>it has {n} names (hard links), and saving replaces a file whole, which would part it from its other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save {name}: {reason}; use Save As to save a copy under another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridTables</name>
    <message>
        <source>no stage &apos;{id}&apos; in journey &apos;{journey}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage with id &apos;{id}&apos; exists already in this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey holds at most {n} stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lane &apos;{id}&apos; in journey &apos;{journey}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lane with id &apos;{id}&apos; exists already in this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey holds at most {n} lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane &apos;{id}&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane} has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane} is not filled from data; only a metric lane is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; still holds {count} item; {old} becomes {new} only when it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane &apos;{name}&apos; still holds {count} items; {old} becomes {new} only when it is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Phone purchase (sample)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it on a desktop, or use --smoke to check the installation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFiles</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {kind}, not a {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not a valid file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is larger than {size}; Waymark reads at most that for a {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <source>expected a JSON object at the top, found {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing; a Waymark document starts with &quot;format&quot;: &quot;{id}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format} is not a format this Waymark reads (it reads {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown field ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyIo</name>
    <message>
        <source>no journey &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds no journey to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no journey &apos;{id}&apos; (its journeys: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document holds {n} journeys ({known}); name the one to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project holds at most {n} journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona &apos;{id}&apos;: the project has its own version; kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journey brings {n} new personas; a project holds at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey id &apos;{id}&apos; is taken in this project; imported as &apos;{fresh}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>the JSON is nested too deeply (Waymark reads at most {n} levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is {size} MiB; Waymark reads at most {limit} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (byte {n} cannot be decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected a Waymark JSON document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {problem} (line {line}, column {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears more than once (JSON keeps only the last; Waymark refuses rather than guess)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;{key}&quot; appears more than once in the top-level object (JSON keeps only the last; Waymark refuses rather than guess)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>user template {name} cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user template {name} has no journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user template &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template &apos;{id}&apos; (templates: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template&apos;s name is at most {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no journey &apos;{id}&apos; to save as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is a built-in template and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not delete {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template &apos;{id}&apos; has no journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>by {user} on {host}, process {pid}, since {since}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>Cases reaching the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion from the previous stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off (last stage of a case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to the next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time in the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases reaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {name}{span} · refreshed {refreshed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>cannot upgrade a schema-{version} file: no step from version {missing}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paths</name>
    <message>
        <source>a part of the path is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waymark&apos;s data folder {folder} cannot be used ({reason}); crash recovery is off for this session: unsaved edits are kept in a temporary folder that the next start does not look in, so save often</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>{name} is damaged: its schema text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty, not a Waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Waymark project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It looks like JSON: create a project from it with `waymark new FILE --from-json`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is truncated: the file ends inside its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its header names an impossible page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in SQLite WAL mode, which Waymark never writes; it was changed by another program. Run `sqlite3 {name} &apos;PRAGMA journal_mode=DELETE&apos;` and open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its header is not a valid SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is truncated: it is shorter than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is an SQLite database of another application, not a Waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its schema version ({version}) is not one any Waymark writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} contains a {type} &apos;{object}&apos;, which Waymark never creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its {type} &apos;{object}&apos; differs from the one Waymark creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} contains an unexpected {type} &apos;{object}&apos; that Waymark did not create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: its {type} &apos;{object}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: {problem} and {n} more problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: {problem} and {n} more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row in &apos;{table}&apos; refers to a missing row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or not a Waymark project ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged: SQLite cannot read its schema (it holds bytes that are not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was saved by a newer Waymark (file schema {version}, this version reads up to {supported}) and cannot be read here; update Waymark to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be upgraded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectTables</name>
    <message>
        <source>a persona with id &apos;{id}&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project holds at most {n} personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey with id &apos;{id}&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project holds at most {n} journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card id &apos;{id}&apos; is used in another journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Refs</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blueprint Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting Session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>the project row is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personas[{id}].photo is not image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows belong to a missing journey {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its contents do not match the checksum written when it was saved: it was damaged on disk or changed outside Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project data is damaged ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>a cards lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a touchpoints lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an emotion lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flow lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blueprint lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voting sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interaction line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visibility line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internal line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate card &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {what}; Waymark accepts at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no persona &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>persona &apos;{id}&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane} has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lane} is not filled from data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lane &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane &apos;{id}&apos; is {lane}; {belong}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stage &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards belong in a cards or touchpoints lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion points belong in an emotion lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second point for the same lane, stage, persona and variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric values belong in a metric lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second value for the same lane and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second {kind} line below the same lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no voting session &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than the votes per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participant &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second ballot of the same participant on the same card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is more than the {n} allowed on one card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant &apos;{id}&apos; has {count} votes; at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{name} is open read-only: its folder cannot be written ({reason}). Use Save As to save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit could not be recorded ({reason}); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not lock a new working copy in Waymark&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was saved by a newer Waymark (file schema {version}). It is open read-only; Save As keeps a copy in this version&apos;s format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open read-only: {reason}. Use Save As to save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was saved by a newer Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} changed while it was being opened; open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open {name}: its working copy in Waymark&apos;s data folder could not be written ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not open {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is being recovered in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working copy of {title} was written by a newer Waymark (schema {version}); update Waymark to recover it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working copy of {title} is not a Waymark project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working copy of {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open in another window; the recovered copy is read-only here. Use Save As to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working copy of {title} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this project has not been saved yet; choose a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open read-only: {reason}; save the copy under another name or in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open read-only; save the copy under another name or in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save {name}: {reason}; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by another program since it was opened or last saved here; it was not saved, so that version is unchanged on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save: the project is closed; the existing file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save: {reason}; the existing file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save: the written copy is not in rollback-journal mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTables</name>
    <message>
        <source>no voting session &apos;{id}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voting session with id &apos;{id}&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journey holds at most {n} voting sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Blank journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer who wants to change their plan or leave: what triggers it, what the company does, how it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price rise, a bad experience, a life change or a better offer elsewhere makes them reconsider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They look at other plans, competitors, or doing without.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask to change or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They look for how to change or cancel, and contact the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company tries to keep them: a better plan, a discount, a fix for the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch or stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They change plan, stay as they are, or leave; the account is closed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final bills, data export, returning equipment, and any win-back contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover, shop, buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-commerce purchase, from discovering a product to receiving it and using it for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer notices a need or a product: search, social, an ad, a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They browse, filter, compare products, read reviews and check prices and delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They fill the basket, create an account or check out as a guest, and pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They track the order and receive the delivery, or collect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They unpack and use the product, and keep it, return it or buy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From first hearing of the brand to recommending it: where customers come from, why they buy, and what keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer first learns the brand or product exists: an ad, a search result, a friend&apos;s word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They research, compare alternatives and decide whether the offer fits their need and budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They choose, check out and pay, online, in a store or with a salesperson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They use the product, get support and decide whether to stay, renew or buy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happy customers review, share and recommend; unhappy ones warn others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new customer&apos;s first days with a product or service: from signing up to using it by habit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer creates an account or signs the contract and confirms who they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They configure the product, connect devices or accounts and move their data in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They try the core task for the first time, with or without guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment the product first delivers what they came for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They come back without prompting and make the product part of their routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a customer is billed and pays, and what happens when a payment goes wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice, statement or renewal notice arrives by email, mail or in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer reads the bill and checks the amounts against what they expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They choose a payment method and pay, or an automatic payment is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They receive a receipt and see the payment reflected in their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort out problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed payment, a wrong charge or a dispute is resolved, or a reminder follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyday life with the product after purchase: the routine, the extras, the problems and the renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyday use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer uses the core features for the job they bought the product for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They discover and try more of what the product can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get stuck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something breaks, confuses or is missing, and they look for a way around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product, the plan or the price changes, and they adapt to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They decide to renew, upgrade, buy more, or let it lapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (CSAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer does, the frontstage they meet, and the backstage work and support processes that make it happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer finds the service and makes a booking or an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They arrive, or the service starts: check-in, greeting, identification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The core service is delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay and leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They pay, receive a receipt and leave, or the service ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback, reminders, the next booking, or help after the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit to a place of service (clinic, branch, salon, restaurant, garage), before, during and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer books or plans the visit, gets reminders and travels there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They find the place, park or walk in, are greeted and check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They wait to be seen: how long, where, and how well they are kept informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service itself: the people they meet, what is done, what is explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They pay, leave, receive follow-up and decide whether to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer with a problem or a question, from noticing it to having it solved for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something does not work as expected, or the customer has a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They search the help centre, FAQs, forums or ask someone they know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They call, chat, email or visit, wait, and explain the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support diagnoses and fixes the problem, or escalates it and keeps them informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They confirm the fix, are asked for feedback, and judge the experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <source>Participant {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voting session needs at least one participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a voting session has at most {n} participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votes per participant are from 1 to {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most votes a participant may put on one card is from 1 to their votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one lane to vote on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is closed for voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participant &apos;{id}&apos; in &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this card&apos;s lane is not part of &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no votes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has put {n} vote on this card, the most allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has put {n} votes on this card, the most allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no vote on this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s ballot has a negative number of votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s ballot puts {n} votes on one card; at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s ballot has {n} votes; at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tally is from 0 to {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is already revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has ended already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingCommands</name>
    <message>
        <source>Start Voting &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Back Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Votes Of Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Voting Session &quot;{name}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
