# Reads a .docx with python-docx and prints what the tests check, as JSON:
# paragraphs (style name and text), tables (rows of cell texts) and the page size/margins.
import json, sys
import docx

d = docx.Document(sys.argv[1])
s = d.sections[0]
print(json.dumps({
    "paragraphs": [{"style": p.style.name, "text": p.text} for p in d.paragraphs],
    "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
    "page": [s.page_width.twips if hasattr(s.page_width, "twips") else int(s.page_width / 635),
             s.page_height.twips if hasattr(s.page_height, "twips") else int(s.page_height / 635)],
    "margins": [int(s.left_margin / 635), int(s.right_margin / 635), int(s.top_margin / 635), int(s.bottom_margin / 635)],
}, ensure_ascii=False))
