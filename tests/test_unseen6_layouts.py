"""Unseen set 6's layouts, each made a case of its own in more than one form: a Google Docs HTML export
(markers drawn by the sheet's counters, paragraphs straight in the body), a DOCX laid out in one big
table, Word's plain-text export (numbered paragraphs as ``1.<TAB>``), parts named ``Phần thứ …`` over
Roman items, dates written in words, a focal point or an assignment further down a task."""
import pytest

import planparse
from planparse.extract.temporal import parse_temporal

HEAD = ["ỦY BAN NHÂN DÂN", "HUYỆN TUY AN", "Số: 287/KH-UBND", "Tuy An, ngày 14 tháng 10 năm 2019", "KẾ HOẠCH",
        "Tuyên truyền về ASEAN giai đoạn 2019-2020"]
TASKS = [("Tuyên truyền về Năm Chủ tịch ASEAN 2020", "Giao Phòng Văn hóa và Thông tin chủ trì thực hiện."),
         ("Tuyên truyền trên Đài Truyền thanh huyện", "Công an huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin.")]


# -- HTML: a sheet that draws the list's numbers, paragraphs in the body ---------------------------

def _gdocs(counter_style: str = "decimal", suffix: str = ". ", sub: bool = False) -> str:
    css = (".lst-kix_a-0>li:before{content:\"\" counter(lst-ctn-kix_a-0," + counter_style + ") \"" + suffix + "\"}"
           ".lst-kix_a-0>li{counter-increment:lst-ctn-kix_a-0}ol.lst-kix_a-0{list-style-type:none}"
           ".lst-kix_a-1>li:before{content:\"\" counter(lst-ctn-kix_a-1,lower-latin) \") \"}"
           "ol.lst-kix_a-1{list-style-type:none}")
    head = "".join(f'<p class="c6"><span>{x}</span></p>' for x in HEAD)
    body = ['<p class="c4"><span>I. MỤC ĐÍCH, YÊU CẦU</span></p><p class="c4"><span>Nâng cao nhận thức.</span></p>',
            '<p class="c4"><span>II. NHIỆM VỤ CỤ THỂ</span></p>']
    for k, (title, text) in enumerate(TASKS, 1):
        body.append(f'<ol class="c5 lst-kix_a-0{" start" if k == 1 else ""}" start="{k}"><li class="c8">'
                    f'<span>{title}</span></li></ol><p class="c4"><span>{text}</span></p>')
        if sub and k == 1:
            body.append('<ol class="c5 lst-kix_a-1 start" start="1"><li><span>Đối với đoàn viên</span></li></ol>'
                        '<p><span>Huyện đoàn tổ chức diễn đàn.</span></p>')
    body.append('<p class="c4"><span>III. TỔ CHỨC THỰC HIỆN</span></p><p><span>Các cơ quan triển khai.</span></p>')
    sign = '<table><tr><td><p><span>Nơi nhận:</span></p><p><span>- Lưu: VT.</span></p></td>' \
           '<td><p><span>KT. CHỦ TỊCH</span></p></td></tr></table>'
    return f"<html><head><style>{css}</style></head><body class=\"doc-content\">{head}{''.join(body)}{sign}</body></html>"


@pytest.mark.parametrize("style,suffix,label", [("decimal", ". ", "1."), ("decimal", ") ", "1)"),
                                                ("upper-roman", ". ", "I.")])
def test_a_sheets_counter_draws_the_items_number(tmp_path, style, suffix, label):
    from planparse.ingest import ingest
    f = tmp_path / "plan.html"
    f.write_text(_gdocs(style, suffix), encoding="utf-8")
    text = ingest(f).text
    assert f"{label} {TASKS[0][0]}" in text


def test_a_google_docs_export_reads_whole(tmp_path):
    f = tmp_path / "plan.html"
    f.write_text(_gdocs(sub=True), encoding="utf-8")
    p = planparse.parse(f)
    assert p.meta.number == "287/KH-UBND"
    assert [t.id for t in p.tasks] == ["II.1", "II.2"]
    assert [s.id for s in p.sections if s.parent == "II.1"] == ["II.1.a"]
    assert [a.name for a in p.tasks[1].lead] == ["Công an huyện"]


# -- DOCX: a document set in one big table --------------------------------------------------------

def _one_table_docx(path, nested_header: bool) -> None:
    import docx
    d = docx.Document()
    t = d.add_table(rows=3, cols=1)
    cell = t.cell(0, 0)
    if nested_header:
        h = cell.add_table(rows=2, cols=2)
        h.cell(0, 0).text, h.cell(0, 1).text = HEAD[0], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        h.cell(1, 0).text, h.cell(1, 1).text = HEAD[2], HEAD[3]
    else:
        for x in HEAD[:4]:
            cell.add_paragraph(x)
    body = t.cell(1, 0)
    for x in HEAD[4:] + ["I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", "II. NHIỆM VỤ CỤ THỂ"]:
        body.add_paragraph(x)
    for k, (title, text) in enumerate(TASKS, 1):
        body.add_paragraph(f"{k}. {title}")
        body.add_paragraph(text)
    body.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    body.add_paragraph("Các cơ quan triển khai thực hiện.")
    t.cell(2, 0).text = "KT. CHỦ TỊCH"
    d.save(path)


@pytest.mark.parametrize("nested_header", [True, False])
def test_a_document_set_in_one_table(tmp_path, nested_header):
    f = tmp_path / "plan.docx"
    _one_table_docx(f, nested_header)
    p = planparse.parse(f)
    assert [s.id for s in p.sections] == ["I", "II", "II.1", "II.2", "III"]
    assert [a.name for a in p.tasks[0].lead] == ["Phòng Văn hóa và Thông tin"]
    assert p.meta.number == "287/KH-UBND"


def test_a_one_column_data_table_stays_a_table(tmp_path):
    import docx
    d = docx.Document()
    for x in HEAD + ["I. MỤC ĐÍCH", "Nâng cao.", "II. NỘI DUNG"]:
        d.add_paragraph(x)
    t = d.add_table(rows=2, cols=1)
    t.cell(0, 0).text, t.cell(1, 0).text = "Nội dung", "Tuyên truyền"
    f = tmp_path / "plan.docx"
    d.save(f)
    from planparse.ingest import ingest
    assert ingest(f).tables == [[["Nội dung"], ["Tuyên truyền"]]]


# -- Word's plain-text export: "1.<TAB>" after a tab table ---------------------------------------

WORD_TXT = "\r\n".join(HEAD + [
    "Phần I. MỤC ĐÍCH, YÊU CẦU", "1.\tMục đích", "Nâng cao nhận thức.", "Phần II. NHIỆM VỤ CỤ THỂ",
    "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
    "1\tTuyên truyền về ASEAN\tPhòng Văn hóa và Thông tin\tCông an huyện\tQuý I/2020",
    "2\tTreo băng rôn\tTrung tâm Văn hóa huyện\tPhòng Văn hóa và Thông tin\tQuý II/2020",
    "{after}", "Kinh phí từ ngân sách huyện.", "Phần IV. TỔ CHỨC THỰC HIỆN",
    "1.\tPhòng Văn hóa và Thông tin", "Theo dõi, tổng hợp.", "2.\tCông an huyện", "Nắm tình hình.", ""])


@pytest.mark.parametrize("after", ["Phần III. KINH PHÍ THỰC HIỆN", "III. KINH PHÍ THỰC HIỆN"])
def test_a_tab_table_ends_at_the_next_part(tmp_path, after):
    f = tmp_path / "plan.txt"
    f.write_bytes(("\ufeff" + WORD_TXT.format(after=after)).encode("utf-8"))
    p = planparse.parse(f)
    assert [s.id for s in p.sections] == ["I", "I.1", "II", "III", "IV", "IV.1", "IV.2"]
    assert [t.id for t in p.tasks] == ["II.1", "II.2"]
    assert [a.agency.name for a in p.assignments] == ["Phòng Văn hóa và Thông tin", "Công an huyện"]


# -- parts named by a word over Roman items ------------------------------------------------------

@pytest.mark.parametrize("part1,part2", [("Phần thứ nhất", "Phần thứ hai"), ("PHẦN THỨ NHẤT", "PHẦN THỨ HAI"),
                                         ("Phần I", "Phần II")])
def test_roman_items_nest_in_parts_named_by_a_word(part1, part2):
    text = "\n".join(HEAD + [part1, "MỤC ĐÍCH, YÊU CẦU", "I. Mục đích", "Nâng cao.", "II. Yêu cầu", "Thiết thực.",
                             part2, "NHIỆM VỤ VÀ GIẢI PHÁP", "I. TUYÊN TRUYỀN TRÊN BÁO CHÍ",
                             "1. " + TASKS[0][0], TASKS[0][1], "2. " + TASKS[1][0], TASKS[1][1],
                             "II. TUYÊN TRUYỀN CỔ ĐỘNG", "1. Treo băng rôn", "Trung tâm Văn hóa tỉnh thực hiện."])
    p = planparse.parse(text)
    assert [s.id for s in p.sections] == ["I", "I.I", "I.II", "II", "II.I", "II.I.1", "II.I.2", "II.II", "II.II.1"]
    assert [t.id for t in p.tasks] == ["II.I.1", "II.I.2", "II.II.1"]


def test_parts_alone_stay_the_top_level():
    text = "\n".join(HEAD + ["Phần I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao.", "Phần II. NHIỆM VỤ",
                             "1. " + TASKS[0][0], TASKS[0][1]])
    p = planparse.parse(text)
    assert [s.id for s in p.sections] == ["I", "I.1", "II", "II.1"]


# -- dates in words -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,due,rec", [
    ("Trước ngày mười lăm tháng Mười Hai", "2023-12-15", None),
    ("trước ngày mùng năm tháng Tám", "2023-08-05", None),
    ("Trước ngày ba mươi tháng Sáu năm 2024", "2024-06-30", None),
    ("chậm nhất ngày hai mươi mốt tháng Giêng", "2023-01-21", None),
    ("trước ngày hai mươi lăm tháng Mười Một hằng năm", "--11-25", "yearly"),
])
def test_a_due_date_written_in_words(text, due, rec):
    got = [(t.kind, t.due, t.recurrence) for t in parse_temporal(text, year=2023)]
    assert got == [("due", due, rec)]


@pytest.mark.parametrize("text", ["trước ngày hội tháng Tám", "ngày mười lăm tháng Mười Hai",
                                  "trước ngày bốn mươi tháng Hai"])
def test_words_that_make_no_due_date(text):
    assert not [t for t in parse_temporal(text, year=2023) if t.kind == "due"]


# -- a lead further down the task -----------------------------------------------------------------

TASK_PLAN = "\n".join(HEAD + ["I. MỤC ĐÍCH", "Nâng cao.", "II. NHIỆM VỤ", "1. Giao lưu văn hóa, thể thao", "{body}",
                              "III. TỔ CHỨC THỰC HIỆN", "Các cơ quan triển khai."])


@pytest.mark.parametrize("body,lead", [
    ("Tổ chức giao lưu văn hóa với các tỉnh Nam Lào.\n- Phòng Quản lý Du lịch là đầu mối, phối hợp với các đơn vị.",
     "Phòng Quản lý Du lịch"),
    ("Lồng ghép phim tài liệu về ASEAN trong các buổi chiếu phim lưu động. Giao Trung tâm Văn hóa tỉnh thực hiện "
     "hằng tháng.", "Trung tâm Văn hóa tỉnh"),
    ("Lồng ghép phim tài liệu về ASEAN trong các buổi chiếu phim lưu động.\nGiao Trung tâm Văn hóa tỉnh thực hiện.",
     "Trung tâm Văn hóa tỉnh"),
    ("Văn phòng Sở thiết kế áp phích điện tử về Năm Chủ tịch ASEAN 2020.", "Văn phòng Sở"),
])
def test_a_lead_named_further_down_the_task(body, lead):
    p = planparse.parse(TASK_PLAN.format(body=body))
    assert [a.name for a in p.tasks[0].lead] == [lead]


# -- a task table's date without its year, in a one-year plan -------------------------------------

ONE_YEAR_TABLE = "\n".join(HEAD[:5] + ["Tuyên truyền về ASEAN năm 2023", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao.",
                                       "II. NHIỆM VỤ CỤ THỂ",
                                       "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành",
                                       "1\tTreo băng rôn\tTrung tâm Văn hóa huyện\tCông an huyện\t{cell}",
                                       "III. TỔ CHỨC THỰC HIỆN", "Các cơ quan triển khai."])


@pytest.mark.parametrize("cell", ["Trước ngày 05/8", "Trước ngày mùng năm tháng Tám", "trước ngày 5 tháng 8"])
def test_a_table_cells_date_without_year_falls_in_the_plans_year(cell):
    p = planparse.parse(ONE_YEAR_TABLE.replace("ngày 14 tháng 10 năm 2019", "ngày 14 tháng 3 năm 2023").format(cell=cell))
    assert [(d.kind.value, d.due, d.task) for d in p.deadlines] == [("due", "2023-08-05", "II.1")]
