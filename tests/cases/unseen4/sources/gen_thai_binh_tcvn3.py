"""Plan 1: DOCX typed in the legacy TCVN3 (ABC) fonts .VnTime / .VnTimeH."""
import sys, unicodedata
sys.path.insert(0, "/work/unseen4a/sources")
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import STAGE, N

NAME = "thai-binh_kien-xuong_86-KH-UBND_2019_asean-tcvn3"

# TCVN3 (ABC, TCVN 5712:1993 VN3) byte for each Vietnamese letter; the byte is stored in the
# run as the Windows-1252/Latin-1 character of the same value, as Word does for these fonts.
TCVN3 = {
 'à': 0xB5, 'ả': 0xB6, 'ã': 0xB7, 'á': 0xB8, 'ạ': 0xB9,
 'ă': 0xA8, 'ằ': 0xBB, 'ẳ': 0xBC, 'ẵ': 0xBD, 'ắ': 0xBE, 'ặ': 0xC6,
 'â': 0xA9, 'ầ': 0xC7, 'ẩ': 0xC8, 'ẫ': 0xC9, 'ấ': 0xCA, 'ậ': 0xCB,
 'è': 0xCC, 'ẻ': 0xCE, 'ẽ': 0xCF, 'é': 0xD0, 'ẹ': 0xD1,
 'ê': 0xAA, 'ề': 0xD2, 'ể': 0xD3, 'ễ': 0xD4, 'ế': 0xD5, 'ệ': 0xD6,
 'ì': 0xD7, 'ỉ': 0xD8, 'ĩ': 0xDC, 'í': 0xDD, 'ị': 0xDE,
 'ò': 0xDF, 'ỏ': 0xE1, 'õ': 0xE2, 'ó': 0xE3, 'ọ': 0xE4,
 'ô': 0xAB, 'ồ': 0xE5, 'ổ': 0xE6, 'ỗ': 0xE7, 'ố': 0xE8, 'ộ': 0xE9,
 'ơ': 0xAC, 'ờ': 0xEA, 'ở': 0xEB, 'ỡ': 0xEC, 'ớ': 0xED, 'ợ': 0xEE,
 'ù': 0xEF, 'ủ': 0xF1, 'ũ': 0xF2, 'ú': 0xF3, 'ụ': 0xF4,
 'ư': 0xAD, 'ừ': 0xF5, 'ử': 0xF6, 'ữ': 0xF7, 'ứ': 0xF8, 'ự': 0xF9,
 'ỳ': 0xFA, 'ỷ': 0xFB, 'ỹ': 0xFC, 'ý': 0xFD, 'ỵ': 0xFE,
 'đ': 0xAE,
 'Ă': 0xA1, 'Â': 0xA2, 'Ê': 0xA3, 'Ô': 0xA4, 'Ơ': 0xA5, 'Ư': 0xA6, 'Đ': 0xA7,
}

def old_style(s):
    # typists of the ABC era put the tone on the y of "uy": Ủy -> Uỷ
    return s.replace("Ủy", "Uỷ").replace("ủy", "uỷ").replace("ỦY", "UỶ")

def segs_normal(s):
    """Split Unicode text into (font, tcvn3-text) runs for a .VnTime paragraph.
    A capital letter with a tone does not exist in .VnTime: it is typed in .VnTimeH with the
    lower-case code, as typists did."""
    out = []
    for ch in unicodedata.normalize("NFC", old_style(s)):
        if ord(ch) < 128:
            font, c = ".VnTime", ch
        elif ch in TCVN3:
            font, c = ".VnTime", chr(TCVN3[ch])
        elif ch.lower() in TCVN3:
            font, c = ".VnTimeH", chr(TCVN3[ch.lower()])
        else:
            raise ValueError(repr(ch))
        if out and out[-1][0] == font:
            out[-1][1] += c
        else:
            out.append([font, c])
    return out

def segs_caps(s):
    """A line in capitals typed in .VnTimeH: Vietnamese letters carry their lower-case codes."""
    t = ""
    for ch in unicodedata.normalize("NFC", old_style(s)):
        if ord(ch) < 128:
            t += ch
        else:
            t += chr(TCVN3[ch.lower()])
    return [[".VnTimeH", t]]

def add(p, segs, bold=False, size=13, italic=False):
    for font, t in segs:
        r = p.add_run(t)
        r.font.name = font
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
    return p

def main():
    src = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
    doc = Document(); __import__("common").compact(doc)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    pass
    st = doc.styles["Normal"]
    st.font.name = ".VnTime"
    st.font.size = Pt(13)
    for line in src:
        if line.startswith("#HDR"):
            tag, rest = line.split(" ", 1)
            left, right = rest.split("\t")
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(7.5))
            p.paragraph_format.space_after = Pt(0)
            if tag == "#HDR3":
                add(p, segs_normal(left), size=13)
                add(p, [[".VnTime", "\t"]])
                add(p, segs_normal(right), size=13, italic=True)
            else:
                add(p, segs_caps(left), bold=(tag == "#HDR2"), size=13)
                add(p, [[".VnTime", "\t"]])
                if tag == "#HDR":
                    add(p, segs_caps(right), bold=True, size=13)
                else:
                    add(p, segs_normal(right), bold=True, size=14)
        elif line.startswith("#TITLE "):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_before = Pt(12)
            add(p, segs_caps(line[7:]), bold=True)
        elif line.startswith("#SUB "):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add(p, segs_normal(line[5:]), bold=True)
        elif line.startswith("#H "):
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
            add(p, segs_caps(line[3:]), bold=True)
        elif line.startswith("#B "):
            p = doc.add_paragraph(); p.paragraph_format.first_line_indent = Cm(1)
            add(p, segs_normal(line[3:]), bold=True)
        elif line.startswith("#SIG "):
            left, right = line[5:].split("\t")
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(9))
            p.paragraph_format.space_after = Pt(0)
            add(p, segs_normal(left), bold=left.startswith("Nơi"), italic=left.startswith("Nơi"), size=12)
            if right:
                add(p, [[".VnTime", "\t"]])
                if right.isupper():
                    add(p, segs_caps(right), bold=True)
                else:
                    add(p, segs_normal(right), bold=True)
        else:
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
            add(p, segs_normal(line))
    doc.save(STAGE / f"{NAME}.docx")
    print("wrote", NAME + ".docx")

if __name__ == "__main__":
    main()
