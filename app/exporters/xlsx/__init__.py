"""The workshop workbook (.xlsx, openpyxl; no Qt anywhere in this package).

``export_xlsx(project, out, XlsxOptions(journey_id=None), *, progress=None, cancelled=None)``
writes it atomically and returns notes on texts it had to change. The importer reads it back;
this is the layout, sheet by sheet, in workbook order:

1. **"How to use"** — column A, steps for participants, then a line per exported journey with
   its status, owner and review dates. Not imported.

2. **One sheet per journey** (the exported journeys, in project order), named after the journey:
   characters ``[]:*?/\\`` become ``_``, cut to 31 characters, made unique case-blind with
   `` (2)``, `` (3)``…; the names "How to use", "Emotions", "Cards", "Personas", "Lists",
   "History" are never used for journeys. A1 holds the journey name; row 1 from B holds the
   stage names in order. Each lane, in order, has a block of rows: its name in column A
   (merged over the block). Card lanes stack a cell's cards one per row (card order), filled
   with the card's colour (or the lane's default); emotion lanes have one row per curve
   ("persona (as-is): +1"); metric lanes one row ("value unit · target t unit"); a lane with
   nothing has one empty row. A flow lane has one row: per stage, the flows leaving it
   ("→ Buy: 470 cases", "↩ Compare sites: 140 cases (against the map's order)"); an analysed
   metric lane's name cell adds "(from data)" and the source line. Frozen at B2; landscape, fit to one page wide, row 1 and
   column A repeated on every printed page. **A picture only: not imported.**

3. **"Emotions"** — for each exported journey, in order, a block:
   - title row: A = journey name (bold);
   - header row: ``persona | variant | lane | <stage names in stage order>``;
   - one row per curve: persona name (or ``—`` for no persona; the persona id if it is unknown),
     ``as-is`` or ``to-be``, lane name, then a number per stage, or an empty cell for no score.
     Curves: every (emotion lane, persona, variant) with a score, plus an empty ``as-is`` row for
     each emotion lane × journey persona (× no persona when the journey has none);
   - then (if the block has curves and stages) one empty row and a line chart (19 rows tall)
     drawing one series per curve row, categories = the header's stage names; otherwise one
     empty row. The next block's title row follows.
   Score cells carry a decimal validation -2..2 (an empty cell is allowed).

4. **"Cards"** — an Excel table named ``Cards`` from A1, header row exactly
   ``id, journey, stage, lane, text, channel, touchpoint, evidence, votes, tags, color, action,
   owner, due``;
   one row per card, journeys in order, cards in journey order. journey/stage/lane are the
   names shown in the app; ``votes`` is a number; ``tags`` joined with ``", "``; ``color`` is
   ``#RRGGBB`` or empty (the lane's default); empty channel/touchpoint/evidence mean none.
   ``action`` is an action card's state as the session's language words it (Open, In progress,
   Done), ``owner`` its owner and ``due`` its due date (a date cell, yyyy-mm-dd); all three empty
   for a card that is no action. The state column offers the three words (a warning only).
   Column A (``id``) is hidden. With no cards the table still spans A1:N2 (row 2 empty).
   List validations (from the hidden "Lists" sheet) cover rows 2 to last+1000: journey (B), stage (C),
   lane (D), touchpoint (G), evidence (H) strictly; channel (F) as a warning only, because
   channels are free text. votes (I): whole number 0..100,000.

5. **"Personas"** — header row ``id, name, role, goals, needs, frustrations, quote, colour``;
   one row per persona; goals/needs/frustrations one item per line (``\\n``).

6. **"Votes - <session>"** per voting session and **"Analytics - <journey>"** per analysed
   journey (names made valid and unique as above): results to read, never imported; the importer
   skips a sheet whose A1 is ``VOTES_MARKER`` or ``ANALYTICS_MARKER``, whatever it is named. An
   Analytics sheet (``analytics_sheet.py``) holds the source block and tables of the stages,
   stage flows, activities, activity flows, unmapped activities, splits and the period comparison;
   counts, shares and hours are numbers, every text a string. Metric values, analysed or not, are
   written only on the journey sheets, which are not imported either: a number edited in the
   workbook changes nothing, and Refresh Analytics refills analysed lanes from the log.

7. **"Lists"** (hidden) — the drop-down values, a header in row 1 and values from row 2:
   A stage (every stage name of the exported journeys, unique), B lane (their card/touchpoint lane
   names, unique), C channel (suggested channels), D touchpoint, E evidence, F journey (the
   exported journeys' names, in order) and G journey id (their ids, in the same order: the
   journeys the workbook covers; the importer reports a card of these that has no row as removed).

The sheet names, header rows, list columns and text rules are ``app.models.workbook_format``,
shared with the importer. Every text cell is a string, never a formula (see ``text.py``): read
text back with ``app.models.workbook_format.read_text`` (it undoes the ``_x000D_`` escape of carriage returns).
A cell whose text had to be changed on export (characters XML cannot hold removed, or cut at
32,767 characters) has a comment starting with ``Waymark:``.
"""

from app.exporters.xlsx.workbook import ExportCancelled, XlsxOptions, export_xlsx
from app.models.workbook_format import read_text

__all__ = ["ExportCancelled", "XlsxOptions", "export_xlsx", "read_text"]
