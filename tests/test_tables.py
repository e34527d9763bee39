"""Task tables as first-class (layout.md §3; spec § annex tables, § task tables in the body):
one table model whatever the surface — DOCX cells (incl. Word auto-numbered STT cells), PDF
cells, text with tabs, pipes or aligned columns."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import planparse
from planparse.layout.tables import Table, cell_role, header_map, task_rows, text_tables

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from make_fixtures import ANNEX_GOLD, ANNEX_PLAN, ANNEX_ROWS  # noqa: E402

REAL = ROOT.parent / "shared" / "corpus" / "real" / "plans"


# -- header vocabulary ---------------------------------------------------------------------------

@pytest.mark.parametrize("cell,role", [
    ("STT", "number"), ("TT", "number"), ("Số TT", "number"),
    ("ST T", "number"), ("S TT", "number"), ("ST\nT", "number"), ("T T", "number"),  # a narrow column wraps it
    ("Nội dung nhiệm vụ", "content"), ("Nội dung (nhiệm vụ)", "content"), ("Nhiệm vụ thực hiện", "content"),
    ("Tên đơn vị", "content"),
    ("Đơn vị chủ trì", "lead"), ("Cơ quan chủ trì", "lead"), ("Đơn vị thực hiện", "lead"),
    ("Đơn vị phối hợp", "support"), ("Người thực hiện", "person"),
    ("Thời gian hoàn thành", "time"), ("Thời gian thực hiện", "time"), ("Sản phẩm dự kiến", "product"),
    ("Kinh phí", "budget"), ("Ghi chú", "note"),
    ("Sở Văn hóa, Thể thao và Du lịch", None), ("Tổ chức tập huấn cho cán bộ", None),
])
def test_header_cell_roles(cell, role):
    assert cell_role(cell) == role


def test_a_data_row_is_not_a_header():
    assert header_map(["7", "Tổ chức hoạt động quảng bá số 7", "Sở Công Thương", "Các sở, ban, ngành tỉnh", "Quý IV/2020"]) is None
    assert header_map(["", "hoạt động quảng bá số 6", "Thể thao và Du lịch", "ngành tỉnh", "IV/2020"]) is None


# -- rows --------------------------------------------------------------------------------------

def test_group_rows_column_numbers_and_continuations():
    t = Table(rows=[
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["I", "CÔNG TÁC TUYÊN TRUYỀN", "", ""],
        ["1", "Tập huấn kỹ năng", "Sở Thông tin và", "Quý II/2020"],
        ["", "tuyên truyền", "Truyền thông", ""],
        ["II", "QUẢNG BÁ", "", ""],
        ["1", "Hội chợ", "Sở Công Thương", "Năm 2020"],
    ])
    rows = task_rows(t)
    assert [(r.group, r.label, r.cells["content"], r.cells["lead"]) for r in rows] == [
        ("I", "1", "Tập huấn kỹ năng tuyên truyền", "Sở Thông tin và Truyền thông"),
        ("II", "1", "Hội chợ", "Sở Công Thương"),
    ]


def test_auto_numbered_stt_lost_in_a_copy_is_numbered_by_position():
    t = Table(rows=[["TT", "Nhiệm vụ thực hiện", "Người thực hiện"], ["", "Rà soát", "Ông A"], ["", "Chấm bài", "Bà B"]],
              wraps=True)
    assert [r.label for r in task_rows(t)] == ["1", "2"]


# -- text surfaces -------------------------------------------------------------------------------

def _annex_text(sep: str) -> str:
    if sep == "aligned":
        widths = [max(len(r[k]) for r in ANNEX_ROWS) + 4 for k in range(len(ANNEX_ROWS[0]))]
        lines = ["".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in ANNEX_ROWS]
    elif sep == "pipe":
        lines = ["| " + " | ".join(row) + " |" for row in ANNEX_ROWS]
        lines.insert(1, "|" + "---|" * len(ANNEX_ROWS[0]))
    else:
        lines = [sep.join(row) for row in ANNEX_ROWS]
    body = ANNEX_PLAN.rstrip() + "\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2020)\n\n"
    return body + "\n".join(lines) + "\n"


@pytest.mark.parametrize("sep", ["\t", "pipe", "aligned"], ids=["tabs", "pipes", "aligned-spaces"])
def test_text_annex_gives_the_annex_tasks(sep, tmp_path):
    f = tmp_path / "annex-plan.txt"
    f.write_text(_annex_text(sep), encoding="utf-8")
    p = planparse.parse(f)
    got = {t.id: t for t in p.tasks}
    assert set(got) == set(ANNEX_GOLD), sorted(set(got) ^ set(ANNEX_GOLD))
    for tid, g in ANNEX_GOLD.items():
        t = got[tid]
        assert [a.name for a in t.lead] == g["lead"], tid
        assert [a.name for a in t.support] == g["support"], tid
        assert (t.timeframe.start, t.timeframe.end) == g["timeframe"], tid


def test_tab_rows_with_wrapped_cells_join_their_row():
    text = ("STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
            "1\tTập huấn kỹ năng\tSở Thông tin và Truyền thông\tTỉnh đoàn\tQuý II/2020\n"
            "\tcho cán bộ\t\t\t\n"
            "2\tCuộc thi\tSở Giáo dục và Đào tạo\t\tNăm 2020\n")
    (t,) = text_tables(text)
    rows = task_rows(t)
    assert [(r.label, r.cells["content"]) for r in rows] == [("1", "Tập huấn kỹ năng cho cán bộ"), ("2", "Cuộc thi")]


def test_prose_with_tabs_is_not_a_table():
    assert text_tables("Kính gửi:\tCác sở, ban, ngành\tUBND các huyện\nNội dung\tthứ hai\tthứ ba\n") == []


# -- body tables and annex joining ---------------------------------------------------------------

BODY_TABLE = """KẾ HOẠCH
Tuyên truyền năm 2026

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao nhận thức.
II. NHIỆM VỤ CỤ THỂ
{table}
III. TỔ CHỨC THỰC HIỆN
1. Sở Văn hóa, Thể thao và Du lịch
- Chủ trì, theo dõi.
"""


def test_body_table_rows_are_tasks_of_their_section():
    table = ("TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành\n"
             "1 | Tổ chức hội thi tuyên truyền | Sở Tư pháp | Quý III/2026\n"
             "2 | Biên soạn tài liệu | Sở Văn hóa, Thể thao và Du lịch | Năm 2026\n")
    p = planparse.parse(BODY_TABLE.format(table=table))
    got = {t.id: (t.title, [a.name for a in t.lead], t.timeframe and t.timeframe.start) for t in p.tasks}
    assert got == {"II.1": ("Tổ chức hội thi tuyên truyền", ["Sở Tư pháp"], "2026-07-01"),
                   "II.2": ("Biên soạn tài liệu", ["Sở Văn hóa, Thể thao và Du lịch"], "2026-01-01")}
    assert not any(s.id.startswith("II.") for s in p.sections)  # rows are not sections


def test_body_table_numbering_restarting_under_groups():
    table = ("TT\tNội dung\tĐơn vị chủ trì\tThời gian\n"
             "A\tTUYÊN TRUYỀN\t\t\n1\tHội thi\tSở Tư pháp\tNăm 2026\n2\tPhóng sự\tĐài Phát thanh và Truyền hình\tNăm 2026\n"
             "B\tĐÀO TẠO\t\t\n1\tTập huấn\tSở Nội vụ\tQuý II/2026\n")
    p = planparse.parse(BODY_TABLE.format(table=table))
    assert [t.id for t in p.tasks] == ["II.A.1", "II.A.2", "II.B.1"]


def test_annex_row_joins_a_body_task_only_when_number_and_content_agree():
    text = ("I. NỘI DUNG\n1. Tổ chức hội nghị quán triệt kế hoạch\n2. Nội dung kiểm tra\n"
            "II. TỔ CHỨC THỰC HIỆN\nCác sở triển khai.\n\nPHỤ LỤC\n"
            "STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời gian\n"
            "1\tHội nghị quán triệt kế hoạch\tSở Nội vụ\tQuý I/2026\n"
            "2\tTổ chức kiểm tra\tSở Công Thương\tQuý II/2026\n")
    p = planparse.parse(text)
    got = {t.id: [a.name for a in t.lead] for t in p.tasks}
    assert got == {"I.1": ["Sở Nội vụ"], "I.2": [], "PL.2": ["Sở Công Thương"]}


# -- DOCX: Word numbering in cells, merged cells ----------------------------------------------------

def _docx_with_numbered_table(path: Path, merged_group: bool = True) -> None:
    import docx
    d = docx.Document()
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    d.add_paragraph("Bảo đảm an toàn.")
    d.add_paragraph("Trên đây là Kế hoạch kiểm tra.")
    d.add_paragraph("PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC")
    rows = [("Rà soát hồ sơ học viên", ["Đỗ Văn A", "Vũ Thị B"]), ("Tổ chức chấm bài", ["Vũ Thị B"]),
            ("Trình ký chứng chỉ", ["Đỗ Văn A"])]
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ("TT", "Nhiệm vụ thực hiện", "Người thực hiện")):
        c.text = h
    if merged_group:
        r = t.add_row().cells
        merged = r[0].merge(r[2])  # a group row spanning the table (gridSpan)
        merged.text = "I. CÔNG TÁC CHUẨN BỊ"
    for task, people in rows:
        r = t.add_row().cells
        r[0].paragraphs[0].style = d.styles["List Number"]  # Word numbering, no typed label
        r[1].text = task
        r[2].text = people[0]
        for name in people[1:]:
            r[2].add_paragraph(name)
    d.save(path)


def test_docx_auto_numbered_stt_cells_are_rendered(tmp_path):
    f = tmp_path / "numbered.docx"
    _docx_with_numbered_table(f)
    from planparse.ingest import ingest
    doc = ingest(f)
    table = doc.tables[-1]
    assert [r[0] for r in table[2:]] == ["1.", "2.", "3."]
    assert table[2][2] == "Đỗ Văn A\nVũ Thị B"  # one paragraph per person


def test_docx_people_table_gives_pl_tasks_with_people_as_leads(tmp_path):
    f = tmp_path / "numbered.docx"
    _docx_with_numbered_table(f)
    p = planparse.parse(f)
    got = {t.id: [(a.name, a.person) for a in t.lead] for t in p.tasks if t.id.startswith("PL.")}
    assert got == {"PL.1": [("Đỗ Văn A", True), ("Vũ Thị B", True)], "PL.2": [("Vũ Thị B", True)],
                   "PL.3": [("Đỗ Văn A", True)]}


# -- the real plans --------------------------------------------------------------------------

REAL_DOCX = sorted(REAL.glob("*.docx")) if REAL.is_dir() else []


@pytest.mark.skipif(not REAL_DOCX, reason="the shared corpus of real plans is not here")
@pytest.mark.parametrize("path", REAL_DOCX, ids=[p.stem[:7] for p in REAL_DOCX])
def test_real_docx_plans_sections_and_tasks_match_gold(path):
    gold = json.loads(path.with_suffix(".plan.json").read_text(encoding="utf-8"))
    p = planparse.parse(path)
    assert [(s.id, s.title) for s in p.sections] == [(s["id"], s["title"]) for s in gold["sections"]]
    assert [t.id for t in p.tasks] == [t["id"] for t in gold["tasks"]]
    for t, g in zip(p.tasks, gold["tasks"]):
        assert [a.name.lower() for a in t.lead] == [a["name"].lower() for a in g["lead"]], t.id
        assert all(a.person for a in t.lead) == all(a.get("person") for a in g["lead"])


# an inspection plan's annex as a PDF-to-text tool lays it out (KH-1105/KH-ĐKT, decoded): a
# three-line header, tall rows with the number and dates centred vertically, two time columns
CENTRED_ANNEX = """\
                                                     PHỤ LỤC I
                                              KẾ HOẠCH KIỂM TRA
           (Kèm theo Kế hoạch số 1105/KH-ĐKT ngày 10/3/2026 của Đoàn kiểm tra)

          Tên đơn vị được                                                                        Thời gian công bố     Thời hạn
  TT                                                Đối tượng kiểm tra
             kiểm tra                                                                            Quyết định kiểm tra   kiểm tra
                            Gói thầu số 13: Thi công công trình nối Quốc lộ 32 với cao tốc Nội
        Công ty cổ phần xây Bài - Lào Cai (IC14) đoạn thi công từ Km0 - Km2+571 và khu tái
   1     dựng giao thông    định cư 1, phường Trung Tâm và xã Liên Sơn, tỉnh Lào Cai                 23/3/2026         02 ngày
             Yên Bái        Gói thầu số 14: Thi công công trình đường kết nối Mường La (Sơn
                            La), Than Uyên, Tân Uyên (Lai Châu), Mù Cang Chải, tỉnh Lào Cai
                            Gói thầu số 16 lý trình Km26+793+ Km30+00 thuộc dự án công
                            trình đường kết nối Mường La (Sơn La), Than Uyên, Tân Uyên
                            (Lai Châu), Mù Cang Chải, Văn Chấn (Yên Bái) với đường cao tốc
         Tổng công ty xây Nội Bài - Lào Cai (IC15) xã Nậm Có, tỉnh Lào Cai
   2                                                                                                 25/3/2025         02 ngày
         dựng Trường Sơn Gói thầu số 23 lý trình Km30+00 - Km40+00 thuộc dự án công
                            trình đường kết nối Mường La (Sơn La), Than Uyên, Tân Uyên
                            (Lai Châu), Mù Cang Chải, Văn Chấn (Yên Bái) với đường cao tốc
                            Nội Bài - Lào Cai (IC15) xã Nậm Có, tỉnh Lào Cai
          Công ty TNHH       Gói thầu số 15: Thi công công trình đường kết nối Mường La (Sơn
   3                                                                                                 27/3/2025         02 ngày
            Hiệp Phú         La), Than Uyên, Tân Uyên (Lai Châu), Mù Cang Chải, tỉnh Lào Cai

       (*) Nếu có sự thay đổi về thời gian công bố Quyết định kiểm tra, Sở Công Thương sẽ thông báo bằng văn bản.
"""


def test_aligned_annex_with_centred_rows_and_a_three_line_header():
    (t,) = text_tables(CENTRED_ANNEX)
    rows = task_rows(t)
    assert [(r.label, r.cells["content"]) for r in rows] == [
        ("1", "Công ty cổ phần xây dựng giao thông Yên Bái"), ("2", "Tổng công ty xây dựng Trường Sơn"),
        ("3", "Công ty TNHH Hiệp Phú")]
    from planparse.extract.annex import timeframe_of
    tf = timeframe_of(rows[0].cells["time"] + " | " + rows[0].cells["time2"])
    assert (tf.text, tf.start, tf.end) == ("23/3/2026 | 02 ngày", "2026-03-23", "2026-03-24")


def test_deadline_in_a_body_table_row_belongs_to_that_rows_task():
    table = ("TT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành\n"
             "1 | Tổ chức hội thi tuyên truyền | Sở Tư pháp | Quý III/2026\n"
             "2 | Biên soạn tài liệu | Sở Văn hóa, Thể thao và Du lịch | trước ngày 30/11/2026\n")
    p = planparse.parse(BODY_TABLE.format(table=table))
    got = {d.text: d.task for d in p.deadlines}
    assert got == {"Quý III/2026": "II.1", "trước ngày 30/11/2026": "II.2"}


def _body_table_docx(path: Path) -> None:
    import docx
    d = docx.Document()
    for line in ("KẾ HOẠCH", "Tuyên truyền năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao nhận thức.",
                 "II. PHÂN CÔNG NHIỆM VỤ"):
        d.add_paragraph(line)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"  # ruled, as offices print them
    for c, h in zip(t.rows[0].cells, ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành")):
        c.text = h
    for n, (task, lead, when) in enumerate([("Tổ chức hội thi tìm hiểu pháp luật", "Sở Tư pháp", "Quý III/2026"),
                                            ("Biên soạn tài liệu tuyên truyền", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2026")], 1):
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = str(n), task, lead, when
    for line in ("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp", "- Chủ trì, theo dõi.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A"):
        d.add_paragraph(line)
    d.save(path)


BODY_GOLD = {"II.1": ("Tổ chức hội thi tìm hiểu pháp luật", ["Sở Tư pháp"], "2026-07-01"),
             "II.2": ("Biên soạn tài liệu tuyên truyền", ["Sở Văn hóa, Thể thao và Du lịch"], "2026-01-01")}


def test_body_table_from_docx_and_its_pdf_gives_the_same_tasks(tmp_path):
    import shutil
    f = tmp_path / "body-table.docx"
    _body_table_docx(f)
    formats = [f]
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe:
        from make_fixtures import to_pdf
        to_pdf([f], tmp_path)
        formats.append(tmp_path / "body-table.pdf")
    for src in formats:
        p = planparse.parse(src)
        got = {t.id: (t.title, [a.name for a in t.lead], t.timeframe and t.timeframe.start) for t in p.tasks}
        assert got == BODY_GOLD, src.suffix


# A body task table as the PDF reader gives it (LibreOffice PDF of tools/make_layouts.py's
# roles-table layout): the narrow columns wrap and the cells' lines interleave in the text, so the
# content cell's first three words never stand together; an agency cell's words recur in part IV.
PDF_BODY_TABLE_TEXT = 'II. NHIỆM VỤ VÀ GIẢI PHÁP\nCác nhiệm vụ cụ thể như sau:\nNội dung Đơn vị chủ Đơn vị phối Thời gian\nSTT\nnhiệm vụ trì\nhợp\nthực hiện 1\nXây dựng Sở Thông Văn phòng Quý\nỦy ban\nchuyên mục tin và\nIII/2020\ntuyên\nTruyền\nnhân dân\ntruyền về thông\ntỉnh\nchuyển đổi\nsố trên\nCổng thông\ntin điện tử\ntỉnh\nTổ chức tập Sở Nội vụ Sở Thông Quý\n2\nhuấn kỹ\ntin và\nIV/2020\nnăng số cho\nTruyền\ncán bộ,\nthông;\ncông chức\nUBND các\ncấp xã\nhuyện, thị\nxã, thành\nphố\n3\nPhát sóng Đài Phát Báo Quảng Năm 2020\ncác chương thanh và Trị\ntrình\nTruyền hình\nchuyên đề Quảng Trị\nvề chuyển\nđổi số\nĐưa nội Sở Giáo dục Tỉnh đoàn Tháng\n4\ndung\nvà Đào tạo\n10/2020\nchuyển đổi\nsố vào hoạt\nđộng ngoại\nkhóa của\nhọc sinh\ntrung học\nQuảng bá Sở Văn hóa, Sở Công 6 tháng 5\nsản phẩm Thể thao và Thương\ncuối năm\ndu lịch số Du lịch\n2020\ncủa tỉnh\nIII. KINH PHÍ THỰC HIỆN\nKinh phí thực hiện từ nguồn ngân sách nhà nước được bố trí trong dự toán của các cơ quan, đơn vị theo phân cấp hiện hành và nguồn xã hội hóa.\nIV. TỔ CHỨC THỰC HIỆN\n1. Sở Thông tin và Truyền thông\n- Chủ trì, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện trước ngày\n15/12/2020.\n'
PDF_BODY_TABLE_ROWS = [['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'], ['1', 'Xây dựng chuyên mục tuyên truyền về chuyển đổi số trên Cổng thông tin điện tử tỉnh', 'Sở Thông tin và Truyền thông', 'Văn phòng Ủy ban nhân dân tỉnh', 'Quý III/2020'], ['2', 'Tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã', 'Sở Nội vụ', 'Sở Thông tin và Truyền thông; UBND các huyện, thị xã, thành phố', 'Quý IV/2020'], ['3', 'Phát sóng các chương trình chuyên đề về chuyển đổi số', 'Đài Phát thanh và Truyền hình Quảng Trị', 'Báo Quảng Trị', 'Năm 2020'], ['4', 'Đưa nội dung chuyển đổi số vào hoạt động ngoại khóa của học sinh trung học', 'Sở Giáo dục và Đào tạo', 'Tỉnh đoàn', 'Tháng 10/2020'], ['5', 'Quảng bá sản phẩm du lịch số của tỉnh', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Công Thương', '6 tháng cuối năm 2020']]


def test_pdf_body_table_is_located_where_its_cells_interleave():
    from planparse.layout.tables import find_tables
    src = "I. MỤC ĐÍCH\nNâng cao nhận thức.\n" + PDF_BODY_TABLE_TEXT
    tabs = find_tables(src, [PDF_BODY_TABLE_ROWS], "pdf")
    assert len(tabs) == 1
    t = tabs[0]
    assert t.start is not None, "left unlocated: read as an annex"
    assert src.index("Các nhiệm vụ cụ thể") < t.start <= src.index("Nội dung Đơn vị") < t.end < src.index("III. KINH PHÍ")
    rows = [s for s in t.row_starts if s is not None]
    assert len(rows) == 5 and rows == sorted(rows) and src[rows[0]:].startswith("Xây dựng")


def test_pdf_body_table_gives_body_tasks_not_sections(tmp_path):
    """The same content from DOCX and its PDF: rows are tasks II.1–II.5 of part II, never sections."""
    import shutil
    import sys
    from conftest import ROOT
    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.skip("LibreOffice not installed")
    sys.path.insert(0, str(ROOT / "tools"))
    from make_layouts import write_all
    write_all(tmp_path, ("docx", "pdf"), only=["roles-table"], contents=["province"])
    for fmt in ("docx", "pdf"):
        p = planparse.parse(tmp_path / f"province-roles-table.{fmt}")
        assert [t.id for t in p.tasks] == ["II.1", "II.2", "II.3", "II.4", "II.5"], fmt
        assert [s.id for s in p.sections if s.level == 1] == ["I", "II", "III", "IV"], fmt


@pytest.mark.parametrize("sep", ["\t", "pipe", "aligned"], ids=["tabs", "pipes", "aligned-spaces"])
@pytest.mark.parametrize("content, title", [
    # a task's title is its first sentence (spec § sections): a ';' joins two activities of one task
    ("Duy trì Góc ASEAN tại Thư viện tỉnh; tổ chức trưng bày sách về ASEAN",
     "Duy trì Góc ASEAN tại Thư viện tỉnh; tổ chức trưng bày sách về ASEAN"),
    ("Giao lưu văn hóa, thể thao; trưng bày ảnh về các nước ASEAN.",
     "Giao lưu văn hóa, thể thao; trưng bày ảnh về các nước ASEAN"),
    ("Tập huấn cho phóng viên. Nội dung: kỹ năng đưa tin về ASEAN", "Tập huấn cho phóng viên"),
])
def test_annex_title_is_the_cells_first_sentence(sep, content, title, tmp_path):
    """Rows 7 and 8 match no body task (the fixture's body has three), so they are PL. tasks."""
    rows = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
            ["7", content, "Sở Văn hóa và Thể thao", "Thư viện tỉnh", "Năm 2022"],
            ["8", "Tổ chức hội thi tìm hiểu về ASEAN", "Tỉnh đoàn", "Sở Giáo dục và Đào tạo", "Quý III/2022"]]
    if sep == "aligned":
        widths = [max(len(r[k]) for r in rows) + 4 for k in range(5)]
        lines = ["".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    elif sep == "pipe":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * 5)
    else:
        lines = [sep.join(r) for r in rows]
    f = tmp_path / "annex-title.txt"
    f.write_text(ANNEX_PLAN.rstrip() + "\n\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch số 120/KH-UBND ngày "
                 "05/3/2020)\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    got = {t.id: t.title for t in planparse.parse(f).tasks if t.id.startswith("PL.")}
    assert got == {"PL.7": title, "PL.8": "Tổ chức hội thi tìm hiểu về ASEAN"}
