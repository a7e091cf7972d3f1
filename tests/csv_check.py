"""Checks how a spreadsheet read a `bass … --format csv` file.

    python csv_check.py FILE.csv FILE.xlsx

FILE.xlsx is what LibreOffice made of FILE.csv (`;`, UTF-8 with BOM, special numbers detected,
as a user opening the file gets). Every cell must have kept its meaning: digits are numbers,
ISO dates are dates, everything else is the same text. Exits 0 when so, 1 listing the cells
that changed.
"""
import csv
import datetime
import re
import sys

import openpyxl

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
INT = re.compile(r"^\d+$")


def main():
    csv_path, xlsx_path = sys.argv[1:3]
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    ws = openpyxl.load_workbook(xlsx_path).active
    sheet = [list(r) for r in ws.iter_rows(values_only=True)]
    problems = []
    numbers = dates = texts = 0
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
                # A cell bass marked as text with a leading ' may show with or without it.
                ok = isinstance(value, str) and (value == text or (text.startswith("'") and value == text[1:]))
                texts += 1
            if not ok:
                problems.append(f"{at} became {value!r} ({type(value).__name__})")
    for p in problems[:40]:
        print(p)
    print(f"{numbers} numbers, {dates} dates, {texts} texts, {len(problems)} changed")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
