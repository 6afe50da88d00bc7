"""Words of a PDF page with their boxes, from poppler's ``pdftotext -bbox``: what the PDF tests
compare against the layout (extracted text and positions, never bytes)."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path


def page_words(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(text, x0, y0, x1, y1) of every word on ``page``, in pt from the page's top left."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(html.unescape(t), float(a), float(b), float(c), float(d)) for a, b, c, d, t in re.findall(pattern, out)]
