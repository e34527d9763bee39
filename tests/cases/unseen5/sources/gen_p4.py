"""Build the Nghệ An DOCX (plan 4) with a two-column annex list, then print it to PDF with LibreOffice."""
import sys, os, subprocess, shutil; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *
from docx.enum.section import WD_SECTION
NAME = "nghe-an_2145-KH-STTTT_2019_asean-twocol-annex"
H = {"parent": ["UBND TỈNH NGHỆ AN"], "body": ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"], "number": "2145/KH-STTTT",
     "date": "Nghệ An, ngày 05 tháng 9 năm 2019", "type": "KẾ HOẠCH",
     "title": ["Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020"],
     "recipients": ["- Bộ Thông tin và Truyền thông (b/c);", "- UBND tỉnh (b/c);", "- Ban Tuyên giáo Tỉnh ủy;",
                    "- Sở Ngoại vụ;", "- Báo Nghệ An, Đài PT-TH Nghệ An;", "- UBND các huyện, thành, thị;",
                    "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, TTBCXB."],
     "sign": ["GIÁM ĐỐC"], "signer": "Nguyễn Trọng Hòa"}
doc = Document(); setup(doc, font="DejaVu Serif", size=12)
header(doc, H)
p = doc.add_paragraph("_____________"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
txt = []
for l in open("p4.body", encoding="utf-8"):
    l = l.rstrip("\n")
    if not l.strip(): continue
    tag, _, rest = l.partition(" ")
    body_line(doc, ("**" if tag == "B" else "") + rest); txt.append(rest)
closing(doc, H)
# annex: new page, single-column title block
sec = doc.add_section(WD_SECTION.NEW_PAGE)
annex_head = ["PHỤ LỤC", "DANH MỤC TÀI LIỆU TUYÊN TRUYỀN VỀ ASEAN",
              "(Kèm theo Kế hoạch số 2145/KH-STTTT ngày 05/9/2019 của Sở Thông tin và Truyền thông tỉnh Nghệ An)"]
for i, h in enumerate(annex_head):
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(N(h)); r.bold = i < 2; r.italic = i == 2
doc.add_paragraph()
# two newspaper columns, continuous section
sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
cols = sec2._sectPr.find(qn("w:cols"))
if cols is None:
    cols = OxmlElement("w:cols"); sec2._sectPr.append(cols)
cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "567"); cols.set(qn("w:sep"), "1")
atxt = []
for l in open("p4.annex", encoding="utf-8"):
    l = l.rstrip("\n")
    if not l.strip(): continue
    if l.startswith("G "):
        p = doc.add_paragraph(); r = p.add_run(N(l[2:])); r.bold = True; r.font.size = Pt(11)
        p.paragraph_format.space_before = Pt(6); atxt.append(l[2:])
    else:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(N(l)); r.font.size = Pt(11); atxt.append(l)
# close the two-column run with a continuous one-column section (Word/LibreOffice then balance the columns)
sec3 = doc.add_section(WD_SECTION.CONTINUOUS)
c3 = sec3._sectPr.find(qn("w:cols"))
if c3 is not None: c3.set(qn("w:num"), "1"); c3.attrib.pop(qn("w:sep"), None)
note = "Ghi chú: Số lượng tài liệu có thể được điều chỉnh phù hợp với kinh phí được giao."
p = doc.add_paragraph(); r = p.add_run(N(note)); r.italic = True; r.font.size = Pt(11); atxt.append(note)
doc.core_properties.author = "STTTT Nghe An"
doc.save(f"{NAME}.docx")
out = "/tmp/p4pdf"; shutil.rmtree(out, ignore_errors=True); os.makedirs(out)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", out, f"{NAME}.docx"], check=True, capture_output=True)
shutil.copy(f"{out}/{NAME}.pdf", f"../{NAME}.pdf")
open(f"{NAME}.source.txt", "w", encoding="utf-8").write(source_text(H, txt, "\n".join(annex_head + atxt) + "\n"))
print("ok")
