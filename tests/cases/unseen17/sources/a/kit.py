"""Set 14a DOCX builder on top of docxkit (layout only; never parses anything).
Blocks: ("H", text) bold heading, left-indented like Word headings in these plans;
("P", text) justified body paragraph, "\n" inside = soft line break (w:br, Shift+Enter);
("C", text) centred bold; ("I", text) centred italic; ("TABLE", rows, widths, opts).
[^N] inside a text = footnote reference N (footnotes.xml added by inject_notes)."""
import re, shutil, subprocess, zipfile
from pathlib import Path
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core, xml_text

NOTE = re.compile(r"\[\^(\d+)\]")
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def runs(p, text, bold=False, italic=False, size=None):
    """text may hold \n (soft break), **bold** stretches and [^N] footnote refs."""
    pos = 0
    pieces = re.split(r"(\[\^\d+\]|\n|\*\*)", text)
    b = False
    for piece in pieces:
        if not piece:
            continue
        if piece == "**":
            b = not b; continue
        if piece == "\n":
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:br/></w:r>')); continue
        m = NOTE.fullmatch(piece)
        if m:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{m.group(1)}"/></w:r>'))
            continue
        r = p.add_run(piece); r.bold = bold or b; r.italic = italic
        if size: r.font.size = Pt(size)
    return p

def P(doc, text, align="justify", bold=False, italic=False, indent=True, size=None, after=None, before=None):
    p = para(doc, "", align=align, indent=indent, after=after, before=before)
    runs(p, text, bold=bold, italic=italic, size=size)
    return p

def header(doc, left, right, wl=6.3, wr=9.7, bold_left=(1,), size=13):
    t = doc.add_table(rows=len(left), cols=2); borders(t, "nil"); set_widths(t, [wl, wr])
    for i, (l, r) in enumerate(zip(left, right)):
        cell_text(t.cell(i, 0), [l], bold=(0,) if i in bold_left else (), size=size)
        cell_text(t.cell(i, 1), [r], bold=(0,) if i < 2 else (), italic=(0,) if r.startswith(tuple("ABCDEFGHIKLMNOPQRSTUVXYĐ")) and "ngày" in r else (), size=size)
    return t

def signature(doc, recip, sign, wl=8.0, wr=8.0):
    t = doc.add_table(rows=1, cols=2); borders(t, "nil"); set_widths(t, [wl, wr])
    l, r = t.cell(0, 0), t.cell(0, 1)
    cell_text(l, recip, bold=(0,), italic=(0,), size=11, align="left")
    cell_text(r, sign, bold=tuple(i for i, s in enumerate(sign) if s.isupper() or i == len(sign) - 1), size=13)
    return t

def notes_xml(notes):
    parts = [f'<w:footnotes {W_NS}>',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
             '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in notes.items():
        parts.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {xml_text(t)}</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    return "".join(parts)

def inject_notes(path, notes):
    path = Path(path); tmp = path.with_suffix(".tmp")
    zin = zipfile.ZipFile(path); zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == "[Content_Types].xml":
            data = data.decode().replace("</Types>", '<Override PartName="/word/footnotes.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>').encode()
        elif it.filename == "word/_rels/document.xml.rels":
            data = data.decode().replace("</Relationships>", '<Relationship Id="rIdFn1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>').encode()
        zout.writestr(it, data)
    zout.writestr("word/footnotes.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + notes_xml(notes))
    zout.close(); zin.close(); shutil.move(tmp, path)

def to_pdf(docx, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
                   check=True, capture_output=True)
    return Path(outdir) / (Path(docx).stem + ".pdf")

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))

def cant_split(row):
    pass

def table(doc, rows, widths, ruled=True, header_rows=1, bold_rows=(), size=12, aligns=None, repeat=False):
    """rows: list of lists of str ("\n" = new paragraph in the cell). A row given as ("GROUP", text) spans all columns."""
    n = len(widths)
    t = doc.add_table(rows=0, cols=n)
    borders(t, "single" if ruled else "nil")
    for ri, row in enumerate(rows):
        cells = t.add_row().cells
        if isinstance(row, tuple) and row[0] == "GROUP":
            m = cells[0].merge(cells[-1])
            cell_text(m, row[1].split("\n"), size=size, align="left", allbold=True)
            continue
        for ci, txt in enumerate(row):
            al = (aligns[ci] if aligns else "left") if ri >= header_rows else "center"
            cell_text(cells[ci], txt.split("\n"), size=size, align=al, allbold=(ri < header_rows or ri in bold_rows))
        if ri < header_rows and repeat:
            repeat_header(t.rows[ri])
    set_widths(t, widths)
    return t
