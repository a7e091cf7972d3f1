"""Checks how a spreadsheet read a `bass … --format csv` file.

    python csv_check.py FILE.csv FILE.xlsx [--texts TEXTS.txt]

FILE.xlsx is what LibreOffice made of FILE.csv (`;`, UTF-8 with BOM, special numbers detected,
as a user opening the file gets). Every cell must have kept its meaning: digits are numbers,
ISO dates are dates, everything else is the same text (a cell bass marked with a leading `'`
may come back with or without the mark, and nothing else may differ).

With --texts, TEXTS.txt lists texts shaped like values (`4/9`, `(5)`, `SAND`, …), one a line:
each must be in the CSV as a text cell (with one leading `'`) and come back as that text.

Exits 0 when so, 1 listing the cells that changed.
"""
import csv
import datetime
import re
import sys

import openpyxl

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INT = re.compile(r"^\d+$")


def same_text(text, value):
    """A text cell came back as the same text (a leading ' mark may be kept or dropped)."""
    return isinstance(value, str) and (
        value == text or (text.startswith("'") and value == text[1:])
    )


def check_texts(path, rows, sheet, problems):
    """Every text of TEXTS.txt is a marked text cell in the CSV and text in the spreadsheet."""
    with open(path, encoding="utf-8") as f:
        wanted = [line for line in f.read().split("\n") if line]
    kept = 0
    for text in wanted:
        cells = [
            (i, j, cell)
            for i, row in enumerate(rows)
            for j, cell in enumerate(row)
            if cell in (text, "'" + text)
        ]
        if not cells:
            problems.append(f"{text!r} is in no cell of the CSV")
            continue
        ok = True
        for i, j, cell in cells:
            value = sheet[i][j] if i < len(sheet) and j < len(sheet[i]) else None
            if cell != "'" + text:
                problems.append(f"{text!r} is not marked as text in the CSV: {cell!r}")
                ok = False
            if not same_text(cell, value):
                problems.append(f"{text!r} became {value!r} ({type(value).__name__})")
                ok = False
        kept += ok
    print(f"{kept} of {len(wanted)} texts shaped like values stayed text")


def main():
    csv_path, xlsx_path = sys.argv[1:3]
    texts = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--texts" else None
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    ws = openpyxl.load_workbook(xlsx_path).active
    sheet = [list(r) for r in ws.iter_rows(values_only=True)]
    problems = []
    numbers = dates = texts_seen = 0
    if len(sheet) != len(rows):
        problems.append(f"{len(rows)} CSV rows became {len(sheet)} spreadsheet rows")
    for i, (want, got) in enumerate(zip(rows, sheet), start=1):
        for j, text in enumerate(want):
            value = got[j] if j < len(got) else None
            at = f"row {i} column {j + 1} {text!r}"
            if text == "":
                ok = value is None or value == ""
            elif INT.match(text):
                ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value == int(text)
                numbers += 1
            elif ISO.match(text):
                ok = isinstance(value, datetime.datetime) and value.date().isoformat() == text
                dates += 1
            else:
                ok = same_text(text, value)
                texts_seen += 1
            if not ok:
                problems.append(f"{at} became {value!r} ({type(value).__name__})")
    if texts:
        check_texts(texts, rows, sheet, problems)
    for p in problems[:40]:
        print(p)
    print(f"{numbers} numbers, {dates} dates, {texts_seen} texts, {len(problems)} changed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
