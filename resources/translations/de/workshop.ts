<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnalyticsLauncher</name>
    <message>
        <source>Analyse Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a journey on the board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is open read-only; analytics cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{journey} has no analytics yet. Use Analytics ▸ Analyse Event Log… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event log is being read; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey was deleted meanwhile; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the activities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply adds the metric lanes and the flow lane and keeps the results in the project (one undo step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics were not applied: {reason}
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics applied: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log {path} is not there any more; the stored results are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log {file} has not changed since it was analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Activity Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest Observed Curve and Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysed log has no feedback text or rating per stage. Choose a feedback or rating column in Analyse Event Log… to suggest an observed curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was checked; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {reason}
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed curve ({n} stage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed curve ({n} stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{curve} and {n} quote added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{curve} and {n} quotes added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analytics were not removed: {reason}
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics removed from {journey} (Edit ▸ Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsMenu</name>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse Event &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the journey on the board against an event log (CSV, TSV, Parquet or XES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the saved log again with the saved columns and mapping, if it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Activity &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change which stage each activity of the log counts toward, and analyse again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest &amp;Observed Curve and Quotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An observed emotion curve and Quote cards from the log&apos;s feedback and ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Analytics &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The funnel and the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the journey&apos;s results and delete the lanes they filled (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsPanel</name>
    <message>
        <source>Analyse an event log to measure this journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↩ backward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse Event Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median → next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90 → next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases starting before the chosen date against those from it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage-to-stage flows; ↩ marks those running back against the map&apos;s order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey on the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows ({n} ↩)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalyticsSummary</name>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} activity unmapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {n} activities unmapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotExportDialog</name>
    <message>
        <source>Export Ballot Workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One workbook per &amp;participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;blank ballot, with a Name cell to type in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voting session of this journey is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each has {votes} vote, at most {most} per card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each has {votes} votes, at most {most} per card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} participants ({names}). {each} Each workbook is named &quot;Ballot - &lt;name&gt;.xlsx&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the participants&apos; workbooks, a blank one, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace ballots?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of these files are in {folder} already ({files}). Replace them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {n} ballot workbook to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {n} ballot workbooks to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballots were not all written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotImport</name>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ballots not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {n} Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {n} Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ballots were not imported: {reason}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} is open read-only; ballots cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {n} ballots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotMenu</name>
    <message>
        <source>Export Ballot Workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voting session of this journey is open. Start one with Workshop ▸ Start Voting…; ballots are for a session still taking votes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotPreviewDialog</name>
    <message>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Ballots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these workbooks is a ballot of a voting session in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &quot;{session}&quot;: {good} of {count} ballot can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &quot;{session}&quot;: {good} of {count} ballots can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each replaces that participant&apos;s votes in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbooks with a problem are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {n} Ballot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import {n} Ballots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BallotWorker</name>
    <message>
        <source>Unexpected error ({kind}: {reason}). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Type a card and Enter · p: pain point, o: opportunity, or a lane&apos;s first letters and a colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the last card and Enter (Down: leave it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane of the next card (or type its prefix: p: …, o: …, tou: …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards go to the cell cursor&apos;s stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not added: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment or persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating (CSAT 1–5, NPS 0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment or persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event logs (*.csv *.tsv *.txt *.parquet *.xes);;CSV or TSV (*.csv *.tsv *.txt);;Parquet (*.parquet);;XES (*.xes);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse Event Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {n} columns · the first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times &amp;without a zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a date, e.g. 2026-05-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the cases that started before this date with those from it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;before / from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times with an offset keep it; times without one are read in the zone chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required. Feedback text is scored in English only (VADER); a rating works in any language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {roles} column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the {roles} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column {name} is chosen for two roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a date (e.g. 2026-05-01 or 2026-05-01T09:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a time zone (e.g. UTC, Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>nobody reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conv. {percent}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTask</name>
    <message>
        <source>The log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error ({kind}: {reason}). Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities → stages of {journey}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each activity of the log counts toward the stage chosen here; leave an activity “(not mapped)” to keep it out of the stage measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {n} activities are mapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} activity not mapped ({events} of {total} events).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} activities not mapped ({events} of {total} events).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObservedDialog</name>
    <message>
        <source>(no persona)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed curve and quotes for {journey}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested observed scores (−2 … +2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes to add as Quote cards (evidence “observed”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores come from the rating column when the log has one, else from the feedback text (English only). Accept adds them as one step; Edit ▸ Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentLaunch</name>
    <message>
        <source>Present the journey full screen, stage by stage (Esc leaves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenter Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The facilitator&apos;s window: stages, timer, notes and the next stage (on the laptop with two screens)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter View — Waymark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— the last stage —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartVotingDialog</name>
    <message>
        <source>Top pain points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lanes whose cards can be voted on (Space ticks the current one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes voted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Votes per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most dots one participant may put on one card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most per &amp;card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;mes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An&amp;onymous:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until the reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live: everyone sees the dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden dots keep early votes from steering later voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerDialog</name>
    <message>
        <source>Minutes (5), minutes and seconds (5:30) or units (90s, 2m, 1h 30m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count down from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts down from {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a time: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerMenu</name>
    <message>
        <source>Start the timer, or pause and resume it (T while presenting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or Pause the Timer While Presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count down {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count down a time you type (5, 5:30, 90s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+&amp;1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a minute to the running timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+&amp;5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add five minutes to the running timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the timer and hide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound at &amp;Zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring the system bell when the timer ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>Workshop timer: click to pause or resume; right-click for +1 min, +5 min and Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingBanner</name>
    <message>
        <source>Next Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the laptop on (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type counts of paper dots: select a card, type a number, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every dot and the totals, and rank the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session; the totals stay on the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave voting mode (Esc); the session stays open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingMenu</name>
    <message>
        <source>Cards&apos; Own Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a journey to vote on its cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Voting Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session to delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Voting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a dot-voting round on this journey&apos;s cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to voting on the session the cards show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass the laptop on (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tally Paper Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card, type its count, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every dot and total; rank the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End Voting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session; its totals stay on the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Votes &amp;Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Voting Session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingMode</name>
    <message>
        <source>Click a card to vote · right-click or Backspace takes a dot back · N: next participant · Esc: leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{session}”: every dot and total is shown, ranked in Voting Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally: select a card, type its count of paper dots, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally set to {count}; select another card and type its count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this card&apos;s count of paper dots, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally: {typed}▏  (Enter sets it, Esc clears)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally: {typed}▏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {total} vote left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {total} votes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results revealed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card · stage · voters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voting session is shown (Workshop ▸ Show Votes Of).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{session}”, {date}, {people}: results are hidden until the reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{session}”, {date}, {people}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <source>Wor&amp;kshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Ballot Workbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbook per participant of an open voting session, to vote offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Ballots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring filled-in ballot workbooks into their voting session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type cards into the current stage from one line (p: pain point, o: opportunity…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture Bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
