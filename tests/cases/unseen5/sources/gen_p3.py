"""Build the Hà Giang DOCX (plan 3) with 'Nhiệm vụ N:' task labels."""
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxlib import *
NAME = "ha-giang_186-KH-UBND_2021_asean-nhiemvu"
H = {"parent": ["ỦY BAN NHÂN DÂN"], "body": ["TỈNH HÀ GIANG"], "number": "186/KH-UBND",
     "date": "Hà Giang, ngày 20 tháng 9 năm 2021", "type": "KẾ HOẠCH",
     "title": ["Thông tin, tuyên truyền về Cộng đồng ASEAN", "giai đoạn 2021 - 2025 trên địa bàn tỉnh Hà Giang"],
     "recipients": ["- Bộ Thông tin và Truyền thông;", "- TTr. Tỉnh ủy, HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                    "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Báo Hà Giang, Đài PT-TH tỉnh;",
                    "- Cổng TTĐT tỉnh;", "- Lưu: VT, KGVX."],
     "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "signer": "Nguyễn Minh Sơn"}
doc = Document(); setup(doc, font="Times New Roman", size=13)
header(doc, H)
p = doc.add_paragraph("-------------"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
lines = [l.rstrip("\n") for l in open("p3.body", encoding="utf-8") if l.strip()]
txt = []
for l in lines:
    tag, _, rest = l.partition(" ")
    if tag == "P":
        body_line(doc, rest); txt.append(rest)
    elif tag == "B":
        body_line(doc, "**" + rest); txt.append(rest)
    elif tag == "NV":
        lab, title = rest.split("|")
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1); p.paragraph_format.space_before = Pt(6)
        r = p.add_run(N(lab + " ")); r.bold = True; r.underline = True
        r = p.add_run(N(title)); r.bold = True
        txt.append(f"{lab} {title}")
    elif tag == "F":
        lab, _, val = rest.partition(": ")
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(N(lab + ": ")); r.italic = True
        p.add_run(N(val)); txt.append(rest)
    else: raise SystemExit(tag)
closing(doc, H)
doc.core_properties.author = "VP UBND tinh Ha Giang"; doc.core_properties.title = "KH ASEAN 2021-2025"
doc.save(f"../{NAME}.docx"); doc.save(f"{NAME}.docx")
open(f"{NAME}.source.txt", "w", encoding="utf-8").write(source_text(H, txt))
print("ok")
