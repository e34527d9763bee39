"""Unseen set 14: an annex grouped by agency, and Word's plain-text save of a task table.

- dak-lak_krong-pac_178 (DOCX): the annex ``PHÂN CÔNG NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ`` has no lead
  column; each group row (``I. PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN``, merged across the table) names the
  agency in charge of the rows below it, one names three bodies. The rows had no lead.
- tra-vinh_duyen-hai_95 (Word "Save as Plain Text"): a table is TAB-joined lines, one a row; a cell
  holding two paragraphs puts a line break inside its row, so the row reaches us as two short lines
  (``2<TAB>first paragraph`` / ``second paragraph<TAB>lead<TAB>support<TAB>time``). The second line
  was read as a row of its own whose number cell holds text, and dropped with the row's lead,
  support and time.
"""
from __future__ import annotations

import pytest

import planparse

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG PẮC
Số: 178/KH-UBND
Krông Pắc, ngày 09 tháng 9 năm 2019
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN năm 2019 - 2020
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về Cộng đồng ASEAN.
II. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị căn cứ nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này tổ chức thực hiện.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
PHỤ LỤC
PHÂN CÔNG NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ
(Kèm theo Kế hoạch số 178/KH-UBND ngày 09/9/2019)"""

AGENCY_HEADER = ["STT", "Nội dung nhiệm vụ", "Đơn vị phối hợp", "Thời gian hoàn thành"]
# (group title, [(content, support, time)])
AGENCY_GROUPS = [
    ("I", "PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN", [
        ("Hướng dẫn nội dung tuyên truyền về ASEAN cho đài truyền thanh các xã", "Ban Tuyên giáo Huyện ủy", "Năm 2019"),
        ("In ấn, cấp phát tờ rơi hỏi - đáp về Cộng đồng ASEAN", "UBND các xã, thị trấn", "Quý IV/2019")]),
    ("II", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", [
        ("Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở", "Huyện đoàn", "Quý I/2020")]),
    ("III", "HUYỆN ĐOÀN, HỘI LIÊN HIỆP PHỤ NỮ HUYỆN, HỘI NÔNG DÂN HUYỆN", [
        ("Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn, hội", "Phòng Văn hóa và Thông tin huyện", "Năm 2020")]),
]
LEADS = {"PL.1": ["phòng văn hóa và thông tin huyện"], "PL.2": ["phòng văn hóa và thông tin huyện"],
         "PL.3": ["phòng giáo dục và đào tạo"],
         "PL.4": ["huyện đoàn", "hội liên hiệp phụ nữ huyện", "hội nông dân huyện"]}


def _agency_rows(groups, form: str) -> list[list[str]]:
    """The table's rows; a group row as Word's merged row (its text in every cell, as python-docx reads
    it), as a label in the STT cell with the title beside it, or as one cell (a text copy of a merge)."""
    rows, n = [], 0
    width = len(AGENCY_HEADER)
    for label, title, tasks in groups:
        if form == "merged":
            rows.append([f"{label}. {title}"] * width)
        elif form == "label":
            rows.append([label, title] + [""] * (width - 2))
        else:
            rows.append([f"{label}. {title}"])
        for content, support, time in tasks:
            n += 1
            rows.append([str(n), content, support, time])
    return rows


def _docx(path, head: str, header: list[str], rows: list[list[str]]):
    import docx
    d = docx.Document()
    for line in head.split("\n"):
        d.add_paragraph(line)
    t = d.add_table(rows=0, cols=len(header))
    for r in [header] + rows:
        cells = t.add_row().cells
        if len(set(r)) == 1 and len(r) == len(header):  # a merged row
            cells[0].merge(cells[-1]).text = r[0]
            continue
        for c, v in zip(cells, r):
            c.text = v
    d.save(path)


def _leads(p) -> dict[str, list[str]]:
    return {t.id: sorted(a.name.lower() for a in t.lead) for t in p.tasks if t.id.startswith("PL.")}


@pytest.mark.parametrize("form", ["merged", "label"])
def test_group_row_naming_agencies_leads_the_rows_below_docx(form, tmp_path):
    f = tmp_path / "plan.docx"
    _docx(f, HEAD, AGENCY_HEADER, _agency_rows(AGENCY_GROUPS, form))
    p = planparse.parse(f)
    assert _leads(p) == LEADS
    t = {t.id: t for t in p.tasks}
    assert [a.text for a in t["PL.4"].lead] == ["HUYỆN ĐOÀN", "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN", "HỘI NÔNG DÂN HUYỆN"]
    assert [a.name for a in t["PL.3"].support] == ["Huyện đoàn"]


@pytest.mark.parametrize("form", ["label", "one-cell"])
def test_group_row_naming_agencies_leads_the_rows_below_tab_text(form):
    rows = _agency_rows(AGENCY_GROUPS, form)
    doc = HEAD + "\n" + "\n".join("\t".join(r) for r in [AGENCY_HEADER] + rows) + "\n"
    assert _leads(planparse.parse(doc)) == LEADS


TOPIC_GROUPS = [
    ("I", "CÔNG TÁC TUYÊN TRUYỀN", AGENCY_GROUPS[0][2]),
    ("II", "HỘI THI TÌM HIỂU VỀ ASEAN", AGENCY_GROUPS[1][2]),
]


@pytest.mark.parametrize("form", ["merged", "label"])
def test_group_row_naming_a_topic_gives_no_lead(form, tmp_path):
    f = tmp_path / "plan.docx"
    _docx(f, HEAD, AGENCY_HEADER, _agency_rows(TOPIC_GROUPS, form))
    assert _leads(planparse.parse(f)) == {"PL.1": [], "PL.2": [], "PL.3": []}


def test_a_lead_column_outranks_the_group_rows_agency(tmp_path):
    header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
    rows = [["I. PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN"] * 5,
            ["1", "Hướng dẫn nội dung tuyên truyền về ASEAN", "Đài Truyền thanh huyện", "Ban Tuyên giáo Huyện ủy", "Năm 2019"],
            ["2", "In ấn tờ rơi hỏi - đáp về Cộng đồng ASEAN", "", "UBND các xã, thị trấn", "Quý IV/2019"]]
    f = tmp_path / "plan.docx"
    _docx(f, HEAD, header, rows)
    # the row's own lead cell says who leads; a blank one stays blank (spec: no lead is a finding)
    assert _leads(planparse.parse(f)) == {"PL.1": ["đài truyền thanh huyện"], "PL.2": []}


TAB_HEAD = """ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THỊ XÃ DUYÊN HẢI\tĐộc lập - Tự do - Hạnh phúc
Số: 95/KH-UBND\tDuyên Hải, ngày 15 tháng 4 năm 2022
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN năm 2022
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về Cộng đồng ASEAN.
II. NHIỆM VỤ CỤ THỂ
TT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện
A\tTUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN\t\t\t
1\tXây dựng chuyên mục ASEAN phát sóng trên Đài Truyền thanh thị xã\tTrung tâm Văn hóa, Thông tin và Thể thao thị xã\tPhòng Văn hóa và Thông tin thị xã\tHằng tháng
{row2}
B\tCÁC HOẠT ĐỘNG KHÁC\t\t\t
1\tTổ chức Cuộc thi tìm hiểu về ASEAN trực tuyến cho học sinh\tPhòng Giáo dục và Đào tạo thị xã\tThị đoàn Duyên Hải\tQuý III/2022
III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện từ nguồn ngân sách thị xã năm 2022.
IV. TỔ CHỨC THỰC HIỆN
Phòng Văn hóa và Thông tin thị xã theo dõi, đôn đốc việc thực hiện Kế hoạch này.
"""

# row A.2, its cells: a cell of two paragraphs breaks the row where its paragraphs meet (Word's plain
# text writes a paragraph mark inside the row); each form breaks a different cell, or two of them
ROW2 = ["2", "Đăng tải tin, bài về ASEAN trên Trang thông tin điện tử thị xã;", "Văn phòng HĐND và UBND thị xã",
        "UBND phường 1;", "Tháng 8/2022"]
ROW2_FORMS = {
    "content": "2\tĐăng tải tin, bài về ASEAN trên Trang thông tin điện tử thị xã;\nchia sẻ trên trang Zalo của thị xã"
               "\tVăn phòng HĐND và UBND thị xã\tUBND phường 1;\tTháng 8/2022",
    "support": "2\tĐăng tải tin, bài về ASEAN trên Trang thông tin điện tử thị xã;\tVăn phòng HĐND và UBND thị xã"
               "\tUBND phường 1;\nUBND phường 2\tTháng 8/2022",
    "both": "2\tĐăng tải tin, bài về ASEAN trên Trang thông tin điện tử thị xã;\nchia sẻ trên trang Zalo của thị xã"
            "\tVăn phòng HĐND và UBND thị xã\tUBND phường 1;\nUBND phường 2\tTháng 8/2022",
    "three paragraphs": "2\tĐăng tải tin, bài về ASEAN trên Trang thông tin điện tử thị xã;\nchia sẻ trên trang Zalo;\n"
                        "đăng trên Facebook của thị xã\tVăn phòng HĐND và UBND thị xã\tUBND phường 1;\tTháng 8/2022",
}


@pytest.mark.parametrize("form", list(ROW2_FORMS))
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_a_tab_row_broken_by_a_two_paragraph_cell_is_one_row(form, eol):
    doc = "\ufeff" + TAB_HEAD.replace("{row2}", ROW2_FORMS[form]).replace("\n", eol)
    p = planparse.parse(doc)
    t = {t.id: t for t in p.tasks}
    assert sorted(t) == ["II.A.1", "II.A.2", "II.B.1"]
    a2 = t["II.A.2"]
    assert [a.name for a in a2.lead] == ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã"]
    support = ["Ủy ban nhân dân phường 1"] + (["Ủy ban nhân dân phường 2"] if "\nUBND phường 2" in ROW2_FORMS[form] else [])
    assert [a.name for a in a2.support] == support
    assert (a2.timeframe.start, a2.timeframe.end) == ("2022-08-01", "2022-08-31")
    assert a2.title.startswith("Đăng tải tin, bài về ASEAN")
    assert [a.name for a in t["II.B.1"].lead] == ["Phòng Giáo dục và Đào tạo thị xã"]


# Krông Pắc IV: the money the units were given in the budget estimate (dự toán ngân sách: the state
# budget's estimate, spec's "dự toán chi ngân sách") is the state budget; the recurrent or merged funds
# of a unit (kinh phí thường xuyên, lồng ghép) stay the unit's
@pytest.mark.parametrize("clause,sources", [
    ("Các cơ quan, đơn vị sử dụng kinh phí được giao trong dự toán ngân sách của đơn vị để thực hiện; "
     "khuyến khích huy động các nguồn xã hội hóa.", ("state_budget", "socialization")),
    ("Kinh phí thực hiện được bố trí trong dự toán ngân sách năm 2020 của các cơ quan, đơn vị.", ("state_budget",)),
    ("Các đơn vị sử dụng nguồn kinh phí được giao trong dự toán năm 2021 và lồng ghép các chương trình.", ("unit_budget",)),
    ("Các đơn vị sử dụng kinh phí chi thường xuyên được giao trong dự toán ngân sách hằng năm.",
     ("state_budget", "unit_budget")),
])
def test_funds_given_in_the_budget_estimate_are_the_state_budget(clause, sources):
    p = planparse.parse("I. MỤC ĐÍCH\n\nNâng cao.\n\nII. KINH PHÍ THỰC HIỆN\n\n" + clause +
                        "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí.")
    assert p.budget.sources == sources
