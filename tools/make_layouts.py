"""Render one plan's content in many layouts × formats, each with its expected ``planparse/plan@1`` answer.

    .venv/bin/python tools/make_layouts.py OUT_DIR [--formats txt docx pdf] [--only LAYOUT ...]

The content (``PLAN``, a province's plan, and ``DISTRICT``, a district's plan with district
bodies: metadata, parts, tasks with lead/support/time, duties of the organisation section,
deadlines, budget) is fixed; a *layout* only changes how Decree
30/2020 lets (or copies make) it be written:

- the header block: one cell per line, columns interleaved, both columns on one line joined
  by spaces / a tab / `` | `` / `` — ``, a web portal's metadata lines before the document;
  in DOCX the standard header is a two-column table;
- the top level: Roman ``I.``, ``Phần I`` / ``Chương I`` with the title on the next line,
  Arabic ``1.`` (items then ``2.1.``), capital letters ``A.``;
- the sub-level under an item: ``a)``, ``a.``, dotted ``1.1.``;
- the roles: field lines (``- Đơn vị chủ trì: …``), a sentence (``Sở X chủ trì, phối hợp
  với Y …``), a task table in the body, an annex table after the signature;
- agency names in full or abbreviated (``Sở TT&TT``);
- DOCX labels typed as text or made by Word's automatic numbering.

Each rendering ``<content>-<layout>.<fmt>`` gets ``<content>-<layout>.<fmt>.plan.json`` next to it: the answer a
reader writes by the spec's rules (ids follow the path rule, so they change with the top
level; rows of a body table are tasks but not sections). ``../shared/eval/score.py OUT PRED``
scores predictions named the same way. Importable: ``CONTENTS``, ``LAYOUTS``,
``render(layout, content)``, ``expected(layout, fmt, content)``, ``write_all(out, formats)``.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# -- the content ---------------------------------------------------------------------------------
# Agencies: (canonical full name, abbreviated form as offices write it, collective?)
STTTT = ("Sở Thông tin và Truyền thông", "Sở TT&TT", False)
VPUB = ("Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", False)
SNV = ("Sở Nội vụ", "Sở NV", False)
UBH = ("UBND các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)
DAI = ("Đài Phát thanh và Truyền hình Quảng Trị", "Đài PT-TH Quảng Trị", False)
BAO = ("Báo Quảng Trị", "Báo Quảng Trị", False)
SGD = ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", False)
TDOAN = ("Tỉnh đoàn", "Tỉnh đoàn", False)
SVH = ("Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL", False)
SCT = ("Sở Công Thương", "Sở CT", False)
STC = ("Sở Tài chính", "Sở TC", False)


@dataclass(frozen=True)
class Task:
    title: str
    lead: tuple
    support: tuple
    time: str            # as written in a field / cell
    time_sentence: str   # the same window in a sentence
    start: str
    end: str


@dataclass(frozen=True)
class Duty:
    agency: tuple
    text: str            # one sentence; {a:...} placeholders are agencies


PLAN = {
    "number": "2150/KH-UBND",
    "issued": "2020-06-12",
    "place": "Quảng Trị",
    "date_line": "Quảng Trị, ngày 12 tháng 6 năm 2020",
    "left": ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"],
    "left_abbrev": "UBND TỈNH QUẢNG TRỊ",
    "issuer": "Ủy ban nhân dân tỉnh Quảng Trị",
    "province": "Quảng Trị",
    "doc_type": "Kế hoạch",
    "title": "Tăng cường thông tin tuyên truyền về chuyển đổi số năm 2020 trên địa bàn tỉnh Quảng Trị",
    "period": {"start": 2020, "end": 2020},
    "basis_text": ("Thực hiện Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
                   "Chuyển đổi số quốc gia, Ủy ban nhân dân tỉnh ban hành Kế hoạch tăng cường thông tin tuyên truyền "
                   "về chuyển đổi số năm 2020 như sau:"),
    "basis": [{"number": "749/QĐ-TTg", "type": "Quyết định", "date": "2020-06-03"}],
    "signer": {"name": "Hoàng Nam", "position": "Phó Chủ tịch"},
    "purpose": [
        "Nâng cao nhận thức của cán bộ, công chức, viên chức và người dân về vai trò của chuyển đổi số",
        "Tạo sự đồng thuận của xã hội trong triển khai chuyển đổi số trên địa bàn tỉnh",
    ],
    "requirements": "Công tác tuyên truyền phải thường xuyên, liên tục, thiết thực, phù hợp với từng đối tượng.",
    "tasks": [
        Task("Xây dựng chuyên mục tuyên truyền về chuyển đổi số trên Cổng thông tin điện tử tỉnh", (STTTT,), (VPUB,),
             "Quý III/2020", "trong quý III/2020", "2020-07-01", "2020-09-30"),
        Task("Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã", (SNV,), (STTTT, UBH),
             "Quý IV/2020", "trong quý IV/2020", "2020-10-01", "2020-12-31"),
        Task("Phát sóng các chương trình chuyên đề về chuyển đổi số", (DAI,), (BAO,),
             "Năm 2020", "trong năm 2020", "2020-01-01", "2020-12-31"),
        Task("Đưa nội dung chuyển đổi số vào hoạt động ngoại khóa của học sinh trung học", (SGD,), (TDOAN,),
             "Tháng 10/2020", "trong tháng 10/2020", "2020-10-01", "2020-10-31"),
        Task("Quảng bá sản phẩm du lịch số của tỉnh", (SVH,), (SCT,),
             "6 tháng cuối năm 2020", "trong 6 tháng cuối năm 2020", "2020-07-01", "2020-12-31"),
    ],
    "budget": ("Kinh phí thực hiện từ nguồn ngân sách nhà nước được bố trí trong dự toán của các cơ quan, đơn vị "
               "theo phân cấp hiện hành và nguồn xã hội hóa."),
    "budget_sources": ["socialization", "state_budget"],
    "duties": [
        Duty(STTTT, "Chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo "
                    "Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày 15/12/2020."),
        Duty(STC, "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        Duty(UBH, "Xây dựng kế hoạch tuyên truyền của địa phương; định kỳ hằng quý báo cáo kết quả về {a:STTTT}."),
    ],
    # deadlines of the organisation section: (kind, due, start, end, recurrence)
    "org_deadlines": [("due", "2020-12-15", None, None, None), ("recurring", None, None, None, "quarterly")],
    "named": {"STTTT": STTTT},
    "closing": "Trên đây là Kế hoạch tăng cường thông tin tuyên truyền về chuyển đổi số năm 2020 của Ủy ban nhân dân tỉnh Quảng Trị.",
    "recipients": ["- Bộ Thông tin và Truyền thông;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, VX."],
    "annex_title": "DANH MỤC NHIỆM VỤ TĂNG CƯỜNG THÔNG TIN TUYÊN TRUYỀN VỀ CHUYỂN ĐỔI SỐ NĂM 2020",
    "annex_ref": "(Kèm theo Kế hoạch số 2150/KH-UBND ngày 12/6/2020 của Ủy ban nhân dân tỉnh Quảng Trị)",
    "portal_issuer": "Tỉnh Quảng Trị",
}

# A district plan: district-level bodies keep their level and locality (Phòng … huyện, not Sở …)
PVH = ("Phòng Văn hóa và Thông tin huyện", "Phòng VH&TT huyện", False)
VPH = ("Văn phòng HĐND và UBND huyện", "VP HĐND&UBND huyện", False)
TTVH = ("Trung tâm Văn hóa - Thông tin - Thể thao huyện", "Trung tâm VH-TT-TT huyện", False)
UBX = ("UBND các xã, thị trấn", "UBND các xã, thị trấn", True)
PNN = ("Phòng Nông nghiệp và Phát triển nông thôn huyện", "Phòng NN&PTNT huyện", False)
HCT = ("Hội Chữ thập đỏ huyện", "Hội CTĐ huyện", False)
PGD = ("Phòng Giáo dục và Đào tạo huyện", "Phòng GD&ĐT huyện", False)
HDOAN = ("Huyện đoàn", "Huyện đoàn", False)
MTTQ = ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "UBMTTQVN huyện", False)
PTCKH = ("Phòng Tài chính - Kế hoạch huyện", "Phòng TC-KH huyện", False)

DISTRICT = {
    "number": "85/KH-UBND",
    "issued": "2021-03-18",
    "place": "Hải Lăng",
    "date_line": "Hải Lăng, ngày 18 tháng 3 năm 2021",
    "left": ["ỦY BAN NHÂN DÂN", "HUYỆN HẢI LĂNG"],
    "left_abbrev": "UBND HUYỆN HẢI LĂNG",
    "issuer": "Ủy ban nhân dân huyện Hải Lăng",
    "province": "Quảng Trị",
    "doc_type": "Kế hoạch",
    "title": "Tuyên truyền phòng, chống thiên tai năm 2021 trên địa bàn huyện Hải Lăng",
    "period": {"start": 2021, "end": 2021},
    "basis_text": ("Thực hiện Kế hoạch số 412/KH-UBND ngày 02/02/2021 của Ủy ban nhân dân tỉnh Quảng Trị về công tác "
                   "phòng, chống thiên tai năm 2021, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
    "basis": [{"number": "412/KH-UBND", "type": "Kế hoạch", "date": "2021-02-02"}],
    "signer": {"name": "Lê Văn Hòa", "position": "Phó Chủ tịch"},
    "purpose": [
        "Nâng cao nhận thức của cán bộ và nhân dân về phòng, chống thiên tai",
        "Chủ động ứng phó, giảm thiểu thiệt hại do thiên tai gây ra trên địa bàn huyện",
    ],
    "requirements": "Công tác tuyên truyền phải kịp thời, đúng đối tượng, phù hợp với điều kiện của từng địa phương.",
    "tasks": [
        Task("Xây dựng chuyên mục tuyên truyền phòng, chống thiên tai trên Trang thông tin điện tử huyện", (PVH,), (VPH,),
             "Quý II/2021", "trong quý II/2021", "2021-04-01", "2021-06-30"),
        Task("Tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở", (TTVH,), (UBX,),
             "Năm 2021", "trong năm 2021", "2021-01-01", "2021-12-31"),
        Task("Tập huấn kỹ năng ứng phó thiên tai cho người dân vùng ven biển", (PNN,), (HCT, UBX),
             "Tháng 5/2021", "trong tháng 5/2021", "2021-05-01", "2021-05-31"),
        Task("Đưa nội dung phòng, chống thiên tai vào hoạt động ngoại khóa trong trường học", (PGD,), (HDOAN,),
             "Quý III/2021", "trong quý III/2021", "2021-07-01", "2021-09-30"),
        Task("Vận động nhân dân tham gia phòng, chống thiên tai", (MTTQ,), (HCT,),
             "6 tháng đầu năm 2021", "trong 6 tháng đầu năm 2021", "2021-01-01", "2021-06-30"),
    ],
    "budget": PLAN["budget"],
    "budget_sources": PLAN["budget_sources"],
    "duties": [
        Duty(PVH, "Chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo "
                  "Ủy ban nhân dân huyện kết quả thực hiện trước ngày 10/12/2021."),
        Duty(PTCKH, "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        Duty(UBX, "Xây dựng kế hoạch tuyên truyền của địa phương; định kỳ hằng quý báo cáo kết quả về {a:LEAD}."),
    ],
    "org_deadlines": [("due", "2021-12-10", None, None, None), ("recurring", None, None, None, "quarterly")],
    "named": {"LEAD": PVH},
    "closing": "Trên đây là Kế hoạch tuyên truyền phòng, chống thiên tai năm 2021 của Ủy ban nhân dân huyện Hải Lăng.",
    "recipients": ["- UBND tỉnh Quảng Trị;", "- Các phòng, ban, ngành huyện;", "- Lưu: VT, VH."],
    "annex_title": "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN PHÒNG, CHỐNG THIÊN TAI NĂM 2021",
    "annex_ref": "(Kèm theo Kế hoạch số 85/KH-UBND ngày 18/3/2021 của Ủy ban nhân dân huyện Hải Lăng)",
    "portal_issuer": "Huyện Hải Lăng",
}
CONTENTS = {"province": PLAN, "district": DISTRICT}

# -- layouts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    name: str
    header: str = "lines"      # lines | textbox | interleaved | spaces | tab | pipe | dash | portal
    issuer_line: str = "two"   # two: ỦY BAN NHÂN DÂN / TỈNH … | one: UBND TỈNH … on one line
    top: str = "roman"         # roman | phan | chuong | arabic | letter
    sub: str = "paren"         # paren (a) | dot (a.) | dotted (1.1.)
    roles: str = "fields"      # fields | inline | paren | sentence | table | table_pipe | annex
    abbrev: bool = False       # agencies abbreviated
    word_numbering: bool = False  # DOCX: labels by Word's automatic numbering
    slash: bool = False        # labels typed with a slash: I/, 1/, a/
    org_caps: bool = False     # the organization section's agency headings in capitals
    caps: bool = False         # every agency written in capitals (a table's cells, the role fields)
    soft_breaks: bool = False  # each part one justified paragraph, its lines apart by manual line breaks
    borderless: bool = False   # DOCX/PDF: tables drawn without rules (Word's borders removed)
    note: str = field(default="", compare=False)


BASE = Layout("base", note="standard: header by lines, Roman parts, a) sub-items, role fields, full names")
LAYOUTS: list[Layout] = [
    BASE,
    replace(BASE, name="hdr-textbox", header="textbox", note="DOCX/PDF: header columns in two Word text boxes"),
    replace(BASE, name="hdr-interleaved", header="interleaved", note="header columns interleaved line by line"),
    replace(BASE, name="hdr-spaces", header="spaces", note="both header columns on one line, a run of spaces"),
    replace(BASE, name="hdr-tab", header="tab", note="both header columns on one line, a tab"),
    replace(BASE, name="hdr-pipe", header="pipe", note="both header columns on one line, ' | '"),
    replace(BASE, name="hdr-dash", header="dash", note="both header columns on one line, ' — ' (web portal)"),
    replace(BASE, name="hdr-portal", header="portal", note="web database metadata lines before the document"),
    replace(BASE, name="hdr-issuer-abbrev", issuer_line="one", note="issuer on one abbreviated line 'UBND TỈNH …'"),
    replace(BASE, name="top-phan", top="phan", note="'Phần I' on its own line, title below"),
    replace(BASE, name="top-chuong", top="chuong", note="'Chương I' on its own line, title below"),
    replace(BASE, name="top-arabic", top="arabic", sub="dotted", note="Arabic parts '1.', items '2.1.', sub-items '1.1.1.'"),
    replace(BASE, name="top-letter", top="letter", note="capital-letter parts 'A.', 'B.'"),
    replace(BASE, name="sub-dotted", sub="dotted", note="sub-items dotted '1.1.'"),
    replace(BASE, name="sub-letter-dot", sub="dot", note="sub-items 'a.'"),
    replace(BASE, name="org-caps", org_caps=True, note="agency headings of the organization section in capitals"),
    replace(BASE, name="caps-table", roles="table", caps=True, note="agencies in capitals, roles in a body table"),
    replace(BASE, name="labels-slash", slash=True, note="labels typed with a slash: 'I/', '1/', 'a/'"),
    replace(BASE, name="roles-sentence", roles="sentence", note="'Sở X chủ trì, phối hợp với Y thực hiện trong …'"),
    replace(BASE, name="roles-inline", roles="inline", note="the three role fields on one line, apart by ';'"),
    replace(BASE, name="roles-paren", roles="paren", note="roles in brackets after the task: '… (Chủ trì: X; phối hợp: Y; thời gian: Z).'"),
    replace(BASE, name="roles-table", roles="table", note="task table in the body (tabs in text)"),
    replace(BASE, name="roles-table-pipe", roles="table_pipe", note="task table in the body (' | ' in text)"),
    replace(BASE, name="roles-annex", roles="annex", note="tasks listed in the body, roles in an annex table"),
    replace(BASE, name="agencies-abbrev", abbrev=True, note="agencies abbreviated (Sở TT&TT, Sở GD&ĐT …)"),
    replace(BASE, name="word-numbering", word_numbering=True, note="DOCX: labels by Word auto-numbering"),
    replace(BASE, name="annex-unruled", roles="annex", borderless=True,
            note="DOCX/PDF: the annex task table with its borders removed (columns by whitespace only)"),
    replace(BASE, name="table-unruled", roles="table", borderless=True,
            note="DOCX/PDF: the body task table with its borders removed"),
    replace(BASE, name="soft-breaks", soft_breaks=True,
            note="each part one justified paragraph, its lines apart by Shift+Enter (Word stretches them)"),
    replace(BASE, name="mix-phan-sentence", header="dash", top="phan", sub="dotted", roles="sentence", abbrev=True,
            word_numbering=False, note="Phần I + dotted + sentences + abbreviations + ' — ' header"),
    replace(BASE, name="arabic-table-abbrev", top="arabic", sub="dotted", roles="table", abbrev=True,
            word_numbering=True, note="Arabic parts, body table, abbreviations, Word numbering"),
]
BY_NAME = {lay.name: lay for lay in LAYOUTS}
FORMATS = ("txt", "docx", "pdf", "html", "md")

ROMAN = ["I", "II", "III", "IV", "V", "VI"]
LETTERS = "abcdđeghiklmn"
PARTS = [("MỤC ĐÍCH, YÊU CẦU", "purpose"), ("NHIỆM VỤ VÀ GIẢI PHÁP", "tasks"), ("KINH PHÍ THỰC HIỆN", "budget"),
         ("TỔ CHỨC THỰC HIỆN", "organization")]


# -- rendering to blocks -------------------------------------------------------------------------
@dataclass
class Para:
    text: str                      # without the label
    label: str = ""                # as typed ("I.", "1.", "a)") or "" for none
    level: int | None = None       # 0 top, 1 item, 2 sub — for Word numbering
    bold: bool = False
    center: bool = False


@dataclass
class Table:
    rows: list[list[str]]


@dataclass
class Header:
    left: list[str]
    content: dict
    right: list[str]


@dataclass
class PageBreak:
    pass


@dataclass
class SoftPara:
    """Paragraphs typed as one, their lines apart by manual line breaks (Shift+Enter)."""
    lines: list[Para]


def _soft(blocks: list, lay: Layout) -> list:
    """With ``soft_breaks``, each part of the body — its heading and what follows up to the next part —
    becomes one paragraph of lines (the closing sentence and the signature stay paragraphs)."""
    if not lay.soft_breaks:
        return blocks
    out: list = []
    group: list[Para] | None = None
    for b in blocks:
        starts = isinstance(b, Para) and b.level == 0
        joins = isinstance(b, Para) and not b.center and not b.text.startswith("Trên đây")
        if group is not None and joins and not starts:
            group.append(b)
            continue
        group = None
        if starts:
            group = [b]
            out.append(SoftPara(group))
        else:
            out.append(b)
    return out


def _ag(a: tuple, lay: Layout) -> str:
    name = a[1] if lay.abbrev else a[0]
    return name.upper() if lay.caps else name


def _ags(agencies: tuple, lay: Layout, sep: str = "; ") -> str:
    return sep.join(_ag(a, lay) for a in agencies)


def _duty_text(d: Duty, lay: Layout, P: dict) -> str:
    text = d.text
    for key, a in P["named"].items():
        text = text.replace("{a:%s}" % key, _ag(a, lay))
    return text


def _slashed(label: str, lay: Layout) -> str:
    return label[:-1] + "/" if lay.slash and label[-1:] in ".)" else label


def _top_label(i: int, lay: Layout) -> tuple[str, str]:
    """(label as typed, section id) of the i-th part (0-based)."""
    if lay.top == "roman":
        return _slashed(f"{ROMAN[i]}.", lay), ROMAN[i]
    if lay.top == "phan":
        return f"Phần {ROMAN[i]}", ROMAN[i]
    if lay.top == "chuong":
        return f"Chương {ROMAN[i]}", ROMAN[i]
    if lay.top == "arabic":
        return f"{i + 1}.", str(i + 1)
    return f"{'ABCDEF'[i]}.", "ABCDEF"[i]


def _item_label(top_id: str, n: int, lay: Layout) -> str:
    return f"{top_id}.{n}." if lay.top == "arabic" else _slashed(f"{n}.", lay)


def _sub_label(item_label: str, k: int, lay: Layout) -> tuple[str, str]:
    """(label, last path component) of the k-th sub-item (0-based)."""
    if lay.sub == "dotted":
        return f"{item_label}{k + 1}.", str(k + 1)
    if lay.sub == "dot":
        return f"{LETTERS[k]}.", LETTERS[k]
    return _slashed(f"{LETTERS[k]})", lay), LETTERS[k]


def render(lay: Layout, content: str = "province") -> tuple[list, dict]:
    """The document as blocks and its expected plan@1 answer (without ``source``)."""
    P = CONTENTS[content]
    left = P["left"] if lay.issuer_line == "two" else [P["left_abbrev"], ""]
    blocks: list = [Header(left + [f"Số: {P['number']}"], P,
                           ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", P["date_line"]]),
                    Para("KẾ HOẠCH", bold=True, center=True), Para(P["title"], bold=True, center=True),
                    Para(P["basis_text"])]
    sections: list[dict] = []
    tasks: list[dict] = []
    deadlines: list[dict] = []
    assignments: list[dict] = []
    annex: list[list[str]] | None = None

    def sec(sid, label, title, level, kind=None):
        s = {"id": sid, "label": label, "title": title, "level": level}
        if kind:
            s["kind"] = kind
        sections.append(s)

    def agency(a):
        d = {"name": a[0], "text": _ag(a, lay)}
        if a[2]:
            d["collective"] = True
        return d

    def top(i):
        label, sid = _top_label(i, lay)
        title, kind = PARTS[i]
        if lay.top in ("phan", "chuong"):
            blocks.append(Para(label, bold=True, center=True, level=0))
            blocks.append(Para(title, bold=True, center=True))
        else:
            blocks.append(Para(title, label=label, bold=True, level=0))
        sec(sid, label, title, 1, kind)
        return sid

    # I. purpose
    t = top(0)
    lab = _item_label(t, 1, lay)
    blocks.append(Para("Mục đích", label=lab, bold=True, level=1))
    sec(f"{t}.1", lab, "Mục đích", 2)
    for k, text in enumerate(P["purpose"]):
        sl, comp = _sub_label(lab, k, lay)
        blocks.append(Para(text + ".", label=sl, level=2))
        sec(f"{t}.1.{comp}", sl, text, 3)
    lab = _item_label(t, 2, lay)
    blocks.append(Para("Yêu cầu", label=lab, bold=True, level=1))
    sec(f"{t}.2", lab, "Yêu cầu", 2)
    blocks.append(Para("- " + P["requirements"]))

    # II. tasks
    t = top(1)
    rows = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]]
    for n, task in enumerate(P["tasks"], 1):
        tid = f"{t}.{n}"
        rows.append([str(n), task.title, _ags(task.lead, lay), _ags(task.support, lay), task.time])
        tasks.append({"id": tid, "title": task.title, "lead": [agency(a) for a in task.lead],
                      "support": [agency(a) for a in task.support],
                      "timeframe": {"text": task.time, "start": task.start, "end": task.end}})
        deadlines.append({"kind": "period", "due": None, "start": task.start, "end": task.end, "recurrence": None,
                          "section": tid})
        if lay.roles in ("table", "table_pipe"):
            continue  # rows of a body table are tasks, not sections
        lab = _item_label(t, n, lay)
        if lay.roles == "paren":
            note = f" (Chủ trì: {_ags(task.lead, lay, ', ')}; phối hợp: {_ags(task.support, lay, ', ')}; thời gian: {task.time})"
            blocks.append(Para(task.title + note + ".", label=lab, level=1))
        else:
            blocks.append(Para(task.title + ("." if lay.roles != "annex" else ""), label=lab, level=1))
        sec(tid, lab, task.title, 2)
        if lay.roles == "inline":
            blocks.append(Para(f"- Đơn vị chủ trì: {_ags(task.lead, lay, ', ')}; đơn vị phối hợp: "
                               f"{_ags(task.support, lay, ', ')}; thời gian thực hiện: {task.time}."))
        elif lay.roles == "fields":
            blocks.append(Para(f"- Đơn vị chủ trì: {_ags(task.lead, lay)}."))
            blocks.append(Para(f"- Đơn vị phối hợp: {_ags(task.support, lay)}."))
            blocks.append(Para(f"- Thời gian thực hiện: {task.time}."))
        elif lay.roles == "sentence":
            blocks.append(Para(f"{_ags(task.lead, lay, ', ')} chủ trì, phối hợp với {_ags(task.support, lay, ', ')} "
                               f"thực hiện {task.time_sentence}."))
    if lay.roles in ("table", "table_pipe"):
        blocks.append(Para("Các nhiệm vụ cụ thể như sau:"))
        blocks.append(Table(rows))
    elif lay.roles == "annex":
        blocks.append(Para("(Đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện các nhiệm vụ tại Phụ lục kèm theo)"))
        annex = rows

    # III. budget
    t = top(2)
    blocks.append(Para(P["budget"]))
    budget = {"present": True, "section": t, "sources": P["budget_sources"], "clauses": [], "amounts": []}

    # IV. organisation
    t = top(3)
    for n, d in enumerate(P["duties"], 1):
        lab = _item_label(t, n, lay)
        head = _ag(d.agency, lay).upper() if lay.org_caps else _ag(d.agency, lay)
        blocks.append(Para(head, label=lab, bold=True, level=1))
        sec(f"{t}.{n}", lab, head, 2)
        blocks.append(Para("- " + _duty_text(d, lay, P)))
        assignments.append({"agency": {**agency(d.agency), "text": head}, "section": f"{t}.{n}",
                            "duties": [_duty_text(d, lay, P)]})
    for kind, due, start, end, rec in P["org_deadlines"]:
        deadlines.append({"kind": kind, "due": due, "start": start, "end": end, "recurrence": rec})

    blocks.append(Para(P["closing"]))
    blocks += [Para("Nơi nhận:"), *[Para(r) for r in P["recipients"]], Para("KT. CHỦ TỊCH", bold=True),
               Para("PHÓ CHỦ TỊCH", bold=True), Para(P["signer"]["name"], bold=True)]
    if annex:
        blocks += [PageBreak(), Para("PHỤ LỤC", bold=True, center=True),
                   Para(P["annex_title"], bold=True, center=True), Para(P["annex_ref"], center=True),
                   Table(annex)]
    meta = {k: P[k] for k in ("number", "doc_type", "issuer", "province", "issued", "title", "period", "basis", "signer")}
    answer = {"schema": "planparse/plan@1", "meta": meta, "sections": sections, "tasks": tasks,
              "assignments": assignments, "deadlines": deadlines, "budget": budget,
              "layout": {"name": lay.name, "content": content, "note": lay.note}}
    return blocks, answer


def doc_name(content: str, lay: Layout) -> str:
    return f"{content}-{lay.name}"


def expected(lay: Layout | str, fmt: str = "txt", content: str = "province") -> dict:
    lay = BY_NAME[lay] if isinstance(lay, str) else lay
    ans = render(lay, content)[1]
    ans["source"] = {"path": f"{doc_name(content, lay)}.{fmt}", "format": fmt}
    return ans


# -- writers -------------------------------------------------------------------------------------
_JOIN = {"spaces": "          ", "tab": "\t", "pipe": " | ", "dash": " — "}


def _header_lines(h: Header, lay: Layout) -> list[str]:
    if lay.header in ("lines", "portal", "textbox"):
        lines = [x for x in h.left if x] + [""] + h.right
        if lay.header == "portal":
            P = h.content
            d = P["issued"].split("-")
            lines = [f"Số hiệu: {P['number']}", f"Loại văn bản: {P['doc_type']}", f"Nơi ban hành: {P['portal_issuer']}",
                     f"Người ký: {P['signer']['name']}", f"Ngày ban hành: {d[2]}/{d[1]}/{d[0]}", ""] + lines
        return lines
    if lay.header == "interleaved":
        return [x for pair in zip(h.left, h.right) for x in pair if x]
    return [a + _JOIN[lay.header] + b if a else b for a, b in zip(h.left, h.right)]


def to_text(blocks: list, lay: Layout) -> str:
    out: list[str] = []
    sep = " | " if lay.roles == "table_pipe" else "\t"
    for b in _soft(blocks, lay):
        if isinstance(b, Header):
            out += _header_lines(b, lay)
        elif isinstance(b, SoftPara):
            out += [_para_text(x) for x in b.lines]
        elif isinstance(b, Para):
            out.append(f"{b.label} {b.text}" if b.label and not b.label.startswith(("Phần", "Chương")) else
                       (b.label or b.text))
        elif isinstance(b, Table):
            out += [sep.join(r) for r in b.rows]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _para_text(b: Para) -> str:
    """A paragraph as typed: its label, then its text (a ``Phần I`` / ``Chương I`` label stands alone)."""
    if b.label.startswith(("Phần", "Chương")):
        return b.label
    return f"{b.label} {b.text}" if b.label else b.text


_OL_TYPE = {"roman": "I", "arabic": "1", "letter": "A", "paren": "a", "dot": "a", "dotted": "1"}


def to_html(blocks: list, lay: Layout) -> str:
    """The document as a web portal or a CMS editor saves it: the header as a two-column table (or lines
    for the one-line layouts), paragraphs as ``<p>`` (bold ``<strong>``, centred ``align``), tables as
    ``<table>``; with Word numbering, the numbered paragraphs as ``<ol type=…>`` lists whose labels only a
    browser prints (items of an ``<ol>`` nest in the item above them, as editors write them)."""
    from html import escape
    out = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>',
           '<div class="noi-dung">']
    open_levels: list[int] = []  # the <ol> levels open, innermost last
    count = [0, 0, 0]  # items so far at each level: a list reopened after a paragraph continues with start=

    def close_to(level: int) -> None:
        while open_levels and open_levels[-1] >= level:
            out.append("</li></ol>")
            open_levels.pop()

    for b in _soft(blocks, lay):
        if isinstance(b, SoftPara):  # a soft-broken paragraph as an editor keeps it: <br> between lines
            out.append("<p>" + "<br>".join(f"<strong>{escape(_para_text(x))}</strong>" if x.bold else
                                           escape(_para_text(x)) for x in b.lines) + "</p>")
            continue
        # a browser prints one counter per list level ("2.", not "2.1."): multi-part labels stay typed
        numbered = lay.word_numbering and isinstance(b, Para) and b.level is not None and b.label \
            and not b.label.startswith(("Phần", "Chương")) and b.label.count(".") <= 1
        if not numbered:
            close_to(0)
        if isinstance(b, Header):
            if lay.header in ("lines", "textbox"):
                out.append("<table><tr><td>" + "".join(f"<p>{escape(x)}</p>" for x in b.left if x)
                           + "</td><td>" + "".join(f"<p>{escape(x)}</p>" for x in b.right) + "</td></tr></table>")
            else:
                out += [f"<p>{escape(ln)}</p>" for ln in _header_lines(b, lay) if ln]
        elif isinstance(b, Para):
            inner = escape(b.text if numbered else _para_text(b))
            if b.bold:
                inner = f"<strong>{inner}</strong>"
            if numbered:
                count[b.level] += 1
                for deeper in range(b.level + 1, len(count)):
                    count[deeper] = 0
                if open_levels and open_levels[-1] == b.level:
                    out.append("</li>")
                else:
                    close_to(b.level + 1)
                    if not open_levels or open_levels[-1] < b.level:
                        kind = {0: lay.top, 1: "arabic", 2: lay.sub}[b.level]
                        start = f' start="{count[b.level]}"' if count[b.level] > 1 else ""
                        out.append(f'<ol type="{_OL_TYPE.get(kind, "1")}"{start}>')
                        open_levels.append(b.level)
                    else:
                        out.append("</li>")
                out.append(f"<li>{inner}")
            else:
                align = ' align="center"' if b.center else ""
                out.append(f"<p{align}>{inner}</p>")
        elif isinstance(b, Table):
            out.append('<table border="1">' + "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in b.rows) + "</table>")
        elif isinstance(b, PageBreak):
            out.append('<hr style="page-break-after: always">')
    close_to(0)
    out += ["</div>", "</body></html>"]
    return "\n".join(out) + "\n"


def to_md(blocks: list, lay: Layout) -> str:
    """The document as Markdown (as pandoc writes a Word file): paragraphs apart by blank lines, bold
    ``**…**``, the header and body tables as pipe tables, labels typed (``I.``, ``1.``, ``a)``)."""
    def cell(x: str) -> str:
        return x.replace("|", "\\|")

    def pipe(rows: list[list[str]]) -> list[str]:
        head, *rest = rows
        return (["| " + " | ".join(cell(c) for c in head) + " |", "|" + "---|" * len(head)]
                + ["| " + " | ".join(cell(c) for c in r) + " |" for r in rest])

    out: list[str] = []
    for b in _soft(blocks, lay):
        if isinstance(b, SoftPara):  # pandoc writes a hard line break as a backslash at the line's end
            out.append("\\\n".join(f"**{_para_text(x)}**" if x.bold else _para_text(x) for x in b.lines))
        elif isinstance(b, Header):
            if lay.header in ("lines", "textbox"):
                out += pipe([[lft, rgt] for lft, rgt in zip(b.left, b.right)])
            else:
                out += [ln for ln in _header_lines(b, lay) if ln]
        elif isinstance(b, Para):
            text = _para_text(b)
            out.append(f"**{text}**" if b.bold else text)
        elif isinstance(b, Table):
            out += pipe(b.rows)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _numbering(doc, lay: Layout):
    """One multilevel list whose levels print the labels this layout uses; returns its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    top = {"roman": ("upperRoman", "%1."), "arabic": ("decimal", "%1."), "letter": ("upperLetter", "%1."),
           "phan": ("upperRoman", "Phần %1"), "chuong": ("upperRoman", "Chương %1")}[lay.top]
    item = ("decimal", "%1.%2.") if lay.top == "arabic" else ("decimal", "%2.")
    dotted = "%1.%2.%3." if lay.top == "arabic" else "%2.%3."
    sub = {"paren": ("lowerLetter", "%3)"), "dot": ("lowerLetter", "%3."), "dotted": ("decimal", dotted)}[lay.sub]
    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/>'
                     f'<w:lvlJc w:val="left"/></w:lvl>' for i, (f, t) in enumerate((top, item, sub)))
    root = doc.part.numbering_part.element
    root.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77">'
                             f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'))
    root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    return "77"


def _set_num(p, num_id: str, ilvl: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", ilvl), ("w:numId", num_id)):
        el = OxmlElement(tag)
        el.set(qn("w:val"), str(val))
        np_.append(el)
    ppr.insert(0, np_)


_BOX_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"')


def _text_box(lines: list[str], x_emu: int) -> str:
    """A run holding a floating text box as Word writes it: DrawingML, and a VML copy as the fallback."""
    from html import escape
    paras = "".join(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
                    for t in lines)
    return (f'<w:r {_BOX_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" '
            f'layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
            f'<wp:posOffset>{x_emu}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
            f'</wp:posOffset></wp:positionV><wp:extent cx="2900000" cy="1400000"/><wp:wrapNone/>'
            f'<wp:docPr id="{x_emu // 1000 + 1}" name="Text Box {x_emu}"/><a:graphic><a:graphicData '
            f'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>'
            f'{paras}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
            f'</mc:Choice><mc:Fallback><w:pict><v:shape style="position:absolute;width:228pt;height:110pt"><v:textbox>'
            f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def to_docx(blocks: list, lay: Layout, out: Path) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "DejaVu Serif"
    style.font.size = Pt(12)
    num = _numbering(doc, lay) if lay.word_numbering else None
    for b in _soft(blocks, lay):
        if isinstance(b, SoftPara):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            for k, x in enumerate(b.lines):
                if k:
                    p.add_run().add_break()
                p.add_run(_para_text(x)).bold = x.bold
            continue
        if isinstance(b, Header):
            if lay.header == "textbox":  # two floating text boxes anchored in an empty paragraph
                p = doc.add_paragraph()
                p._p.append(parse_xml(_text_box([x for x in b.left if x], 0)))
                p._p.append(parse_xml(_text_box(b.right, 3000000)))
                for _ in range(4):  # room below the boxes, as a typist leaves it
                    doc.add_paragraph()
            elif lay.header == "lines":  # the standard: a borderless two-column table
                t = doc.add_table(rows=len(b.left), cols=2)
                for i, (lft, rgt) in enumerate(zip(b.left, b.right)):
                    t.cell(i, 0).text, t.cell(i, 1).text = lft, rgt
            else:
                for ln in _header_lines(b, lay):
                    if ln:
                        doc.add_paragraph(ln)
        elif isinstance(b, Para):
            if num and b.level is not None and b.label:
                p = doc.add_paragraph(b.text)
                _set_num(p, num, b.level)
            elif num and b.level == 0 and lay.top in ("phan", "chuong"):
                continue  # the numbering prints the word; never reached with the shipped layouts
            else:
                is_word = b.label.startswith(("Phần", "Chương"))
                p = doc.add_paragraph(b.label if is_word else (f"{b.label} {b.text}" if b.label else b.text))
            if b.bold:
                for r in p.runs:
                    r.bold = True
            if b.center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(b, Table):
            t = doc.add_table(rows=0, cols=len(b.rows[0]))
            if not lay.borderless:
                t.style = "Table Grid"
            for row in b.rows:
                for c, v in zip(t.add_row().cells, row):
                    c.text = v
        elif isinstance(b, PageBreak):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(out)


def to_pdf(docx_files: list[Path], outdir: Path, timeout: int = 600) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice is needed to render PDFs: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{prof}", "--convert-to", "pdf",
                        "--outdir", str(outdir), *map(str, docx_files)], check=True, capture_output=True,
                       timeout=timeout)


def write_all(out: Path, formats=FORMATS, only: list[str] | None = None, contents=tuple(CONTENTS)) -> list[Path]:
    """Write every content × layout in every format with its expected answer (``<content>-<layout>.<fmt>``
    and ``<content>-<layout>.<fmt>.plan.json``); returns the documents written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pdf_from: list[Path] = []
    for content in contents:
        for lay in LAYOUTS:
            if only and lay.name not in only:
                continue
            blocks, _ = render(lay, content)
            name = doc_name(content, lay)
            for fmt in formats:
                (out / f"{name}.{fmt}.plan.json").write_text(
                    json.dumps(expected(lay, fmt, content), ensure_ascii=False, indent=1), encoding="utf-8")
            if "txt" in formats:
                (out / f"{name}.txt").write_text(to_text(blocks, lay), encoding="utf-8")
                written.append(out / f"{name}.txt")
            if "html" in formats:
                (out / f"{name}.html").write_text(to_html(blocks, lay), encoding="utf-8")
                written.append(out / f"{name}.html")
            if "md" in formats:
                (out / f"{name}.md").write_text(to_md(blocks, lay), encoding="utf-8")
                written.append(out / f"{name}.md")
            if "docx" in formats or "pdf" in formats:
                d = out / f"{name}.docx"
                to_docx(blocks, lay, d)
                if "docx" in formats:
                    written.append(d)
                if "pdf" in formats:
                    pdf_from.append(d)
    if pdf_from:
        to_pdf(pdf_from, out)
        written += [d.with_suffix(".pdf") for d in pdf_from]
        if "docx" not in formats:
            for d in pdf_from:
                d.unlink()
    return written


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--formats", nargs="*", default=list(FORMATS), choices=FORMATS)
    ap.add_argument("--only", nargs="*", help="layout names")
    ap.add_argument("--contents", nargs="*", default=list(CONTENTS), choices=list(CONTENTS))
    ap.add_argument("--list", action="store_true", help="list the layouts and exit")
    args = ap.parse_args(argv)
    if args.list:
        for lay in LAYOUTS:
            print(f"{lay.name:22} {lay.note}")
        return 0
    files = write_all(args.out, args.formats, args.only, args.contents)
    print(f"wrote {len(files)} documents ({len(args.contents)} plans × {len(LAYOUTS)} layouts × "
          f"{', '.join(args.formats)}) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
