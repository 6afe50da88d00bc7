"""Reading event logs: formats, encodings and delimiters detected; bad input refused in one line
that names the problem (and nothing else happens)."""

from __future__ import annotations

import os

import duckdb
import pytest

from app.analytics.api import AnalysisRequest, LogError, Role, analyse, preview_log
from app.analytics.columns import resolve_columns
from app.models.entities import LogColumns, LogFormat

COLS = LogColumns(case="case", activity="activity", time="time")
STAGES = (("look", "Look"), ("buy", "Buy"))
MAP = {"Viewed": "look", "Paid": "buy"}
ROWS = [
    ("1", "Viewed", "2026-03-01T09:00:00Z"),
    ("1", "Paid", "2026-03-01T10:00:00Z"),
    ("2", "Viewed", "2026-03-02T09:00:00Z"),
]


def text_log(delimiter: str = ",", rows=ROWS, header=("case", "activity", "time")) -> str:
    return "\n".join(delimiter.join(r) for r in [header, *rows]) + "\n"


def measured(path, columns: LogColumns = COLS):
    return analyse(AnalysisRequest(path=path, columns=columns, stages=STAGES, mapping=MAP)).analytics


def assert_basic(analytics) -> None:
    assert (analytics.events, analytics.cases) == (3, 2)
    assert [m.reached for m in analytics.stages] == [2, 1]


def one_line_error(path, columns: LogColumns = COLS) -> str:
    with pytest.raises(LogError) as info:
        preview_log(path)
        measured(path, columns)
    message = str(info.value)
    assert "\n" not in message and message
    return message


@pytest.mark.parametrize(
    ("delimiter", "fmt", "suffix"),
    [(",", LogFormat.CSV, "csv"), ("\t", LogFormat.TSV, "tsv"), (";", LogFormat.CSV, "csv")],
)
def test_delimiters_are_detected(tmp_path, delimiter, fmt, suffix):
    path = tmp_path / f"log.{suffix}"
    path.write_text(text_log(delimiter), encoding="utf-8")
    preview = preview_log(path)
    assert (preview.format, preview.delimiter) == (fmt, delimiter)
    assert preview.detected == {Role.CASE: "case", Role.ACTIVITY: "activity", Role.TIME: "time"}
    assert preview.rows[0] == ROWS[0]
    assert_basic(measured(path))


def test_quoted_fields_hold_delimiters_quotes_and_newlines(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        'case,activity,time,feedback\n1,Viewed,2026-03-01T09:00:00Z,"nice, ""really""\nsecond line"\n'
        '1,Paid,2026-03-01T10:00:00Z,\n2,Viewed,2026-03-02T09:00:00Z,"a;b\tc"\n',
        encoding="utf-8",
    )
    preview = preview_log(path)
    assert preview.rows[0][3] == 'nice, "really"\nsecond line'
    assert preview.rows[2][3] == "a;b\tc"
    assert_basic(measured(path))


@pytest.mark.parametrize(
    ("encoding", "data_encoding"), [("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("latin-1", "latin-1")]
)
def test_encodings_bom_utf16_latin1(tmp_path, encoding, data_encoding):
    path = tmp_path / "log.csv"
    rows = [
        ("1", "Viewed", "2026-03-01T09:00:00Z"),
        ("1", "Paid", "2026-03-01T10:00:00Z"),
        ("2", "Viewed", "2026-03-02T09:00:00Z"),
    ]
    body = text_log(rows=rows, header=("case", "activity", "time", "note")).replace("Z\n", "Z,café\n")
    body = body.replace("time\n", "time,note\n").replace("case,activity,time,note,note", "case,activity,time,note")
    path.write_bytes(body.encode(encoding))
    preview = preview_log(path)
    assert preview.encoding == data_encoding
    assert preview.columns == ("case", "activity", "time", "note")
    assert preview.rows[0][3] == "café"
    assert_basic(measured(path))


def test_parquet(tmp_path):
    csv_path, path = tmp_path / "log.csv", tmp_path / "log.parquet"
    csv_path.write_text(text_log(), encoding="utf-8")
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT \"case\", activity, CAST(time AS TIMESTAMP) AS time FROM read_csv('{csv_path}')) "
        f"TO '{path}' (FORMAT parquet)"
    )
    con.close()
    preview = preview_log(path)
    assert preview.format == LogFormat.PARQUET
    assert preview.columns == ("case", "activity", "time")
    got = measured(path)
    assert_basic(got)
    assert got.start == "2026-03-01T09:00:00+00:00"


XES = """<?xml version="1.0" encoding="UTF-8"?>
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
  <trace><string key="concept:name" value="1"/>
    <event><string key="concept:name" value="Viewed"/><date key="time:timestamp" value="2026-03-01T09:00:00.000+00:00"/>
      <string key="org:resource" value="web"/></event>
    <event><string key="concept:name" value="Paid"/><date key="time:timestamp" value="2026-03-01T12:00:00.000+02:00"/></event>
  </trace>
  <trace><string key="concept:name" value="2"/>
    <event><string key="concept:name" value="Viewed"/><date key="time:timestamp" value="2026-03-02T09:00:00.000Z"/></event>
  </trace>
</log>
"""


def test_xes_streams_into_a_table(tmp_path):
    path = tmp_path / "log.xes"
    path.write_text(XES, encoding="utf-8")
    preview = preview_log(path)
    assert preview.format == LogFormat.XES
    assert preview.columns[:3] == ("case:concept:name", "concept:name", "time:timestamp")
    assert preview.detected[Role.CASE] == "case:concept:name"
    assert preview.detected[Role.ACTIVITY] == "concept:name"
    assert preview.detected[Role.TIME] == "time:timestamp"
    cols = resolve_columns(preview.columns, {}, path.name)
    got = measured(path, cols)
    assert_basic(got)
    flows = {(f.source, f.target): f.median_s for f in got.activities.flows}
    assert flows == {("Viewed", "Paid"): 3600.0}  # 12:00+02:00 is 10:00 UTC


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE log [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>
<log xes.version="1.0"><trace><string key="concept:name" value="&c;"/></trace></log>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE log [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<log xes.version="1.0"><trace><string key="concept:name" value="&x;"/></trace></log>
"""


@pytest.mark.parametrize("body", [BILLION_LAUGHS, EXTERNAL], ids=["billion-laughs", "external-entity"])
def test_hostile_xes_is_refused(tmp_path, body):
    path = tmp_path / "evil.xes"
    path.write_text(body, encoding="utf-8")
    assert "refused for safety" in one_line_error(path)


def test_a_png_a_project_and_random_bytes_are_not_logs(tmp_path):
    png = tmp_path / "a.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(200))
    assert "PNG image, not an event log" in one_line_error(png)
    project = tmp_path / "p.waymark"
    project.write_bytes(b"SQLite format 3\x00" + bytes(400))
    assert "SQLite database" in one_line_error(project)
    noise = tmp_path / "noise.csv"
    noise.write_bytes(bytes(range(256)) * 20)
    assert "not a text event log" in one_line_error(noise)


def test_empty_log_and_header_only(tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "is empty" in one_line_error(empty)
    header = tmp_path / "header.csv"
    header.write_text("case,activity,time\n", encoding="utf-8")
    assert "no events" in one_line_error(header)


def test_one_column_is_not_a_log(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text("hello\nworld\n", encoding="utf-8")
    assert "one column" in one_line_error(path)


def test_missing_and_ambiguous_columns_name_the_candidates_and_the_flag():
    with pytest.raises(LogError, match=r"found no case column .*--case"):
        resolve_columns(["who", "activity", "time"], {}, "log.csv")
    with pytest.raises(
        LogError, match=r"which column holds the case: 'customer_id', 'user_id'\? choose one with --case"
    ):
        resolve_columns(["customer_id", "user_id", "activity", "time"], {}, "log.csv")
    with pytest.raises(LogError, match=r"has no column 'nope'"):
        resolve_columns(["case", "activity", "time"], {Role.CASE: "nope"}, "log.csv")
    cols = resolve_columns(["customer_id", "user_id", "activity", "time"], {Role.CASE: "user_id"}, "log.csv")
    assert (cols.case, cols.activity, cols.time) == ("user_id", "activity", "time")


def test_unparseable_timestamps_name_the_first_rows_and_count_the_rest(tmp_path):
    rows = [("1", "Viewed", "2026-03-01T09:00:00Z")] + [(str(n), "Viewed", "yesterday") for n in range(50)]
    path = tmp_path / "log.csv"
    path.write_text(text_log(rows=rows), encoding="utf-8")
    message = one_line_error(path)
    assert message == "unparseable timestamps in column 'time' at rows 3, 4, 5, 6 and 46 more"


def test_empty_cases_and_activities_are_refused_with_rows(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(text_log(rows=[*ROWS, ("", "Viewed", "2026-03-01T09:00:00Z")]), encoding="utf-8")
    assert one_line_error(path) == "empty case ids in column 'case' at row 5"
    path.write_text(
        text_log(rows=[*ROWS, ("3", " ", "2026-03-01T09:00:00Z"), ("4", "", "2026-03-01T09:00:00Z")]), encoding="utf-8"
    )
    assert one_line_error(path) == "empty activities in column 'activity' at rows 5 and 6"


def test_too_many_or_too_long_activities_ask_whether_the_column_is_right(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(text_log(rows=[(str(n), f"a{n}", "2026-03-01T09:00:00Z") for n in range(2001)]), encoding="utf-8")
    assert "2,001 distinct activities" in one_line_error(path)
    path.write_text(text_log(rows=[*ROWS, ("3", "x" * 300, "2026-03-01T09:00:00Z")]), encoding="utf-8")
    assert "over 200 characters" in one_line_error(path)


def test_a_huge_field_is_one_line(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        text_log(rows=[*ROWS, ("3", "Viewed", "2026-03-01T09:00:00Z" + "9" * (9 * 1024 * 1024))]), encoding="utf-8"
    )
    message = one_line_error(path)
    assert "line" in message.lower() or "size" in message.lower()


def test_a_folder_and_a_missing_file(tmp_path):
    assert "folder" in one_line_error(tmp_path)
    assert "no such file" in one_line_error(tmp_path / "none.csv")


def test_an_unknown_zone_is_refused(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(text_log(), encoding="utf-8")
    with pytest.raises(LogError, match="unknown time zone 'Mars/Base'"):
        analyse(AnalysisRequest(path=path, columns=COLS, stages=STAGES, naive_zone="Mars/Base"))


def test_naive_times_are_said_in_the_preview(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(text_log(rows=[("1", "Viewed", "2026-03-01 09:00:00")]), encoding="utf-8")
    assert any("without a zone are read as UTC" in n for n in preview_log(path).notes)


def test_broken_quoting_and_ragged_rows_say_the_line(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        'case,activity,time\n1,"Viewed,2026-03-01T09:00:00Z\n2,Paid,2026-03-01T09:00:00Z\n', encoding="utf-8"
    )
    assert one_line_error(path) == "log.csv could not be read: line 2: Value with unterminated quote found"
    path.write_text("case,activity,time\n1,Viewed,2026-03-01T09:00:00Z,extra\n", encoding="utf-8")
    assert "line 2: Expected Number of Columns: 3" in one_line_error(path)
