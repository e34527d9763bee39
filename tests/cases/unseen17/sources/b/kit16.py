"""Layout helpers for the set-16b generators (python-docx; layout only, nothing here reads or parses a plan).

build(path, spec) writes an ordinary Word-style document:
  spec["header"] = (left_lines, right_lines)  each a list of (text, flags) with flags in {"b","i","u",""}
  spec["title"]  = list of (text, flags) centred lines under the header
  spec["body"]   = list of items:
      ("H", text)            bold heading paragraph (first-line indent)
      ("HI", text)           bold italic heading
      ("P", text)            justified paragraph (first-line indent)
      ("C", text, flags)     centred line
      ("TABLE", rows, widths_cm, opts)  ruled table; rows = list of lists of str; opts: header=True, group_rows=set()
      ("LANDSCAPE",)         start a new landscape section (A4 turned)
      ("PAGEBREAK",)
      ("SIGN", recipients, sign_lines)   the closing table (recipients left, signature right)
  spec["core"] = (author, created, modified)
"""
import copy
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docxkit import new_doc, para, set_widths, borders, set_core

ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _run(p, text, flags, size=None):
    r = p.add_run(text)
    r.bold = "b" in flags
    r.italic = "i" in flags
    r.underline = "u" in flags
    if size:
        r.font.size = Pt(size)
    return r


def lines_cell(cell, lines, size=13, align="center"):
    cell.text = ""
    for i, (text, flags) in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = ALIGN[align]
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.first_line_indent = None
        if text:
            _run(p, text, flags, size)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def merge_row(row):
    a, b = row.cells[0], row.cells[-1]
    return a.merge(b)


def table(doc, rows, widths, header=True, group_rows=(), size=12, align_cols=None, span_groups=False):
    t = doc.add_table(rows=len(rows), cols=len(widths))
    borders(t, "single")
    set_widths(t, widths)
    for i, row in enumerate(rows):
        tr = t.rows[i]
        cant_split(tr)
        if header and i == 0:
            repeat_header(tr)
        for j, txt in enumerate(row):
            c = tr.cells[j]
            c.text = ""
            p = c.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.first_line_indent = None
            al = "center" if (header and i == 0) or (align_cols and align_cols[j] == "c") else "left"
            p.alignment = ALIGN[al]
            parts = txt.split("\n")
            for k, part in enumerate(parts):
                if k:
                    p = c.add_paragraph(); p.alignment = ALIGN[al]
                    p.paragraph_format.space_after = Pt(0); p.paragraph_format.first_line_indent = None
                if part:
                    _run(p, part, "b" if (header and i == 0) or i in group_rows else "", size)
            if header and i == 0:
                shade(c)
        if i in group_rows and span_groups:
            # group row: label in the first cell, title across the rest
            first = tr.cells[1]
            merged = first.merge(tr.cells[-1])
            for extra in merged.paragraphs[1:]:
                if not extra.text:
                    extra._p.getparent().remove(extra._p)
    return t


def build(path, spec, size=13, margins=(3.0, 2.0, 2.0, 2.0), header_widths=(6.4, 9.6)):
    doc = new_doc(size=size, left=margins[0], right=margins[1], top=margins[2], bottom=margins[3])
    if spec.get("core"):
        set_core(doc, *spec["core"])
    left, right = spec["header"]
    n = max(len(left), len(right))
    left = left + [("", "")] * (n - len(left)); right = right + [("", "")] * (n - len(right))
    t = doc.add_table(rows=n, cols=2)
    borders(t, "nil"); set_widths(t, list(header_widths))
    for i, (l, r) in enumerate(zip(left, right)):
        lines_cell(t.cell(i, 0), [l], size=size - 0.5)
        lines_cell(t.cell(i, 1), [r], size=size - 0.5)
    first = True
    for text, flags in spec["title"]:
        p = para(doc, "", align="center", before=12 if first else 0, after=0)
        _run(p, text, flags)
        first = False
    para(doc, "", after=2)
    for item in spec["body"]:
        kind = item[0]
        if kind in ("H", "HI", "P", "PI"):
            p = para(doc, "", align="justify", indent=True, after=4)
            _run(p, item[1], {"H": "b", "HI": "bi", "P": "", "PI": "i"}[kind])
        elif kind == "C":
            p = para(doc, "", align="center", after=0)
            _run(p, item[1], item[2] if len(item) > 2 else "")
        elif kind == "TABLE":
            opts = item[3] if len(item) > 3 else {}
            table(doc, item[1], item[2], **opts)
            para(doc, "", after=0)
        elif kind == "PAGEBREAK":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "LANDSCAPE":
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21)
            sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.5), Cm(2.0), Cm(1.8)
        elif kind == "SIGN":
            recips, sign = item[1], item[2]
            st = doc.add_table(rows=1, cols=2)
            borders(st, "nil"); set_widths(st, [7.8, 8.2])
            cant_split(st.rows[0])
            c0 = st.cell(0, 0); c0.text = ""
            for i, ln in enumerate(recips):
                p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
                p.paragraph_format.space_after = Pt(0); p.paragraph_format.first_line_indent = None
                _run(p, ln, "bi" if i == 0 else "", 12 if i == 0 else 11)
            lines_cell(st.cell(0, 1), sign, size=size)
        else:
            raise ValueError(kind)
    doc.save(path)
    return doc


def docx_text(path):
    """python-docx reading of the delivered DOCX: body paragraphs and table cells in document order."""
    import docx, unicodedata
    from docx.text.paragraph import Paragraph
    from docx.table import Table
    d = docx.Document(path)
    out = []
    for ch in d.element.body.iterchildren():
        if ch.tag.endswith('}p'):
            out.append(Paragraph(ch, d).text)
        elif ch.tag.endswith('}tbl'):
            for row in Table(ch, d).rows:
                seen = []
                for c in row.cells:
                    if c._tc in seen:
                        continue
                    seen.append(c._tc)
                    out.append(c.text)
    return unicodedata.normalize('NFC', '\n'.join(out))


def source_text(spec):
    """The intended reading text of a spec (what is put on the page), cells joined by ' | '."""
    out = []
    left, right = spec["header"]
    n = max(len(left), len(right))
    left = left + [("", "")] * (n - len(left)); right = right + [("", "")] * (n - len(right))
    for (l, _), (r, _) in zip(left, right):
        out.append(f"{l} | {r}".strip(" |"))
    out.append("")
    out += [t for t, _ in spec["title"]]
    out.append("")
    for item in spec["body"]:
        if item[0] in ("H", "HI", "P", "PI", "C"):
            out.append(item[1])
        elif item[0] == "TABLE":
            for row in item[1]:
                out.append(" | ".join(c.replace("\n", " ") for c in row))
        elif item[0] == "SIGN":
            rec, sign = item[1], [s for s, _ in item[2]]
            m = max(len(rec), len(sign))
            rec = rec + [""] * (m - len(rec)); sign = sign + [""] * (m - len(sign))
            for a, b in zip(rec, sign):
                if a or b:
                    out.append(f"{a} | {b}".strip(" |"))
    return "\n".join(out) + "\n"
