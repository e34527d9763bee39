# Builds the DOCX for the Quảng Trị plan; the .md document is `pandoc -f docx -t markdown` of it.
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
N = "quang-tri_3615-KH-UBND_2019_asean"
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
def lines_cell(cell, lines, bold=False, italic=False, center=True):
    p = cell.paragraphs[0]
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, l in enumerate(lines):
        r = p.add_run(l); r.bold = bold; r.italic = italic
        if i < len(lines) - 1: r.add_break()
def para(text, bold=False, italic=False, center=False):
    p = doc.add_paragraph()
    if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text); r.bold = bold; r.italic = italic
    return p
src = []
t = doc.add_table(rows=2, cols=2)
lines_cell(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], bold=True)
lines_cell(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True)
lines_cell(t.cell(1, 0), ["Số: 3615/KH-UBND"])
lines_cell(t.cell(1, 1), ["Quảng Trị, ngày 21 tháng 8 năm 2019"], italic=True)
src += ["ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG TRỊ | Độc lập - Tự do - Hạnh phúc", "Số: 3615/KH-UBND | Quảng Trị, ngày 21 tháng 8 năm 2019", ""]
para("KẾ HOẠCH", bold=True, center=True)
p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Thông tin, tuyên truyền, quảng bá ASEAN trên địa bàn tỉnh Quảng Trị"); r.bold = True; r.add_break()
r = p.add_run("giai đoạn 2019 - 2020"); r.bold = True
src += ["KẾ HOẠCH", "Thông tin, tuyên truyền, quảng bá ASEAN trên địa bàn tỉnh Quảng Trị", "giai đoạn 2019 - 2020", ""]
BODY = open(N + ".body.txt", encoding="utf-8").read().split("\n@@ANNEX@@\n")
for line in BODY[0].strip("\n").split("\n"):
    if not line.strip(): continue
    bold = line.startswith("*")
    line = line.lstrip("*")
    para(line, bold=bold)
    src.append(line)
# signature block as a borderless 2-column table
sig = doc.add_table(rows=1, cols=2)
rec = ["Nơi nhận:", "- Ban Chỉ đạo TTTT ASEAN (Bộ TT&TT);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành, đoàn thể tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, VX."]
lines_cell(sig.cell(0, 0), rec, center=False)
lines_cell(sig.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Đức Thịnh"], bold=True)
src += rec + ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Đức Thịnh", ""]
doc.add_page_break()
annex = BODY[1].strip("\n").split("\n")
for line in annex[:3]:
    para(line, bold=not line.startswith("("), italic=line.startswith("("), center=True); src.append(line)
rows = [l.split(" | ") for l in annex[3:]]
tb = doc.add_table(rows=len(rows), cols=5); tb.style = "Table Grid"
for i, row in enumerate(rows):
    src.append(" | ".join(row))
    if len(row) == 2:
        c = tb.cell(i, 1).merge(tb.cell(i, 4)); tb.cell(i, 0).text = row[0]; c.text = row[1]
        for cc in (tb.cell(i, 0), c):
            for r in cc.paragraphs[0].runs: r.bold = True
        continue
    for j, val in enumerate(row):
        parts = val.split(" // ")
        cell = tb.cell(i, j); cell.text = parts[0]
        for extra in parts[1:]: cell.add_paragraph(extra)
        if i == 0:
            for r in cell.paragraphs[0].runs: r.bold = True
doc.save("../" + N + ".docx")
open(N + ".source.txt", "w", encoding="utf-8").write("\n".join(src).replace(" // ", "; ") + "\n")
