"""Unseen set 14 (tests/cases/unseen14/): what a PDF-to-Markdown converter and an e-signed PDF showed missing.

pymupdf4llm's Markdown (Vĩnh Phúc 468/KH-STTTT): every heading ``# **…**`` whatever its level, ``<br>``
at every wrapped line of a pipe table's cells, and the task table cut in two at the page end (the second
piece opens with the rest of the row the page cut, its TT empty).
"""
from __future__ import annotations

import pytest

import planparse
from planparse.ingest import ingest_bytes

MD_HEAD = ("**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**\n\nSố: 468/KH-STTTT\n\n# **KẾ HOẠCH**\n\n"
           "# **Tuyên truyền về ASEAN năm 2023**\n\n# **I. MỤC ĐÍCH, YÊU CẦU**\n\nNâng cao nhận thức.\n\n"
           "# **II. NHIỆM VỤ CỤ THỂ**\n\n")


def _md(body: str):
    return planparse.parse(ingest_bytes((MD_HEAD + body).encode("utf-8"), "md", "plan.md"))


# the table as pymupdf4llm writes it when the page ends inside row 2: the first piece, blank lines
# (the page's end), then a piece whose first row is the rest of row 2 (no TT) over its own separator
PAGE_BROKEN = (
    "|**TT**|**Nội dung công**<br>**việc**|**Đơn vị chủ trì**|**Đơn vị phối**<br>**hợp**|**Thời gian**|\n"
    "|---|---|---|---|---|\n"
    "|1|Xây dựng, duy<br>trì chuyên mục<br>về ASEAN|Trung tâm Công<br>nghệ thông tin<br>và Truyền thông|"
    "Phòng Thông<br>tin - Báo chí -<br>Xuất bản|Thường xuyên|\n"
    "|2|<br>Tổ chức hội<br>nghị tập huấn,<br>bồi dưỡng kỹ<br>năng tuyên|Phòng Thông<br>tin - Báo chí -<br>Xuất bản|"
    "Phòng Văn hóa<br>và Thông tin<br>các huyện,<br>thành phố|Quý III/2023|\n"
    "\n\n\n"
    "||truyền về<br>ASEAN cho đội<br>ngũ cán bộ<br>thông tin cơ sở||||\n"
    "|---|---|---|---|---|\n"
    "|3|Tuyên truyền về<br>chuyển đổi số|Phòng Bưu<br>chính, Viễn<br>thông và<br>Chuyển đổi số|UBND các<br>huyện, thành<br>phố|Năm 2023|\n"
    "|4|Treo băng rôn<br>chào mừng<br>Ngày thành lập<br>ASEAN|Văn phòng Sở|Trung tâm Công<br>nghệ thông tin<br>"
    "và Truyền thông|Tháng 8/2023|\n"
    "\n\n# **III. KINH PHÍ THỰC HIỆN**\n\nNgân sách nhà nước.\n"
)


def test_a_pipe_table_cut_at_a_page_end_goes_on_in_its_second_piece():
    """The second piece has no header: its rows are the table's rows 3 and 4 (before: dropped, the
    text table of the first piece was kept), and its first row, TT empty, is the rest of row 2."""
    p = _md(PAGE_BROKEN)
    tasks = {t.id: t for t in p.tasks}
    assert list(tasks) == ["II.1", "II.2", "II.3", "II.4"]
    assert tasks["II.2"].title == "Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ cán bộ thông tin cơ sở"
    assert [a.name for a in tasks["II.3"].lead] == ["Phòng Bưu chính, Viễn thông và Chuyển đổi số"]
    assert tasks["II.4"].timeframe is not None and tasks["II.4"].timeframe.start == "2023-08-01"
    assert tasks["II.2"].timeframe is not None and tasks["II.2"].timeframe.start == "2023-07-01"


def test_a_markdown_heading_ends_at_its_line():
    """``# **2. Trung tâm Công nghệ thông tin và Truyền thông**`` then, after a blank line, ``Bảo đảm kỹ
    thuật, …``: an ATX heading is one line, so the next paragraph is no continuation of it even though
    the heading ends on a word that could go on (before: one line, the agency 'Trung tâm … Truyền
    thông Bảo đảm kỹ thuật')."""
    p = _md("Nội dung.\n\n# **III. TỔ CHỨC THỰC HIỆN**\n\n# **1. Trung tâm Công nghệ thông tin và Truyền thông**\n\n"
            "Bảo đảm kỹ thuật, duy trì chuyên mục về ASEAN.\n")
    assert "Truyền thông\n" in p.text
    assert [s.title for s in p.sections if s.id == "III.1"] == ["Trung tâm Công nghệ thông tin và Truyền thông"]
    assert [a.agency.name for a in p.assignments] == ["Trung tâm Công nghệ thông tin và Truyền thông"]


# Quảng Ninh 3567/KH-SCT: each task a heading and a paragraph that states its time where the sentence closes
QN_HEAD = ("SỞ CÔNG THƯƠNG TỈNH QUẢNG NINH\nSố: 3567/KH-SCT\nQuảng Ninh, ngày 20 tháng 12 năm 2021\nKẾ HOẠCH\n"
           "Tuyên truyền về Cộng đồng ASEAN năm 2022\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\nII. NHIỆM VỤ CỤ THỂ\n"
           "1. Xúc tiến thương mại tại các nước ASEAN\n")


@pytest.mark.parametrize("sentence, text, start, end", [
    ("Tổ chức đoàn doanh nghiệp tham gia hội chợ tại Thái Lan; quảng bá sản phẩm OCOP tới các nhà nhập khẩu ASEAN "
     "giai đoạn 2022 - 2025. Trung tâm Khuyến công chủ trì.", "giai đoạn 2022 - 2025", "2022-01-01", "2025-12-31"),
    ("Phòng Quản lý Công nghiệp biên soạn tài liệu về hợp tác ASEAN, gửi các doanh nghiệp trong các khu, cụm công "
     "nghiệp trong năm 2022.", "trong năm 2022", "2022-01-01", "2022-12-31"),
])
def test_a_window_closing_a_tasks_sentence_is_its_time(sentence, text, start, end):
    """The time of a task stated at the close of its sentence, with no verb of doing just before it
    (before: only ``thực hiện trong năm 2022`` / ``triển khai giai đoạn …`` were read)."""
    p = planparse.parse(QN_HEAD + sentence + "\nIII. KINH PHÍ\nNgân sách tỉnh.\n")
    t = p.tasks[0]
    assert t.timeframe is not None and (t.timeframe.start, t.timeframe.end) == (start, end)
    assert [(d.text, d.section) for d in p.deadlines] == [(text, "II.1")]


def test_a_yearly_frequency_closing_a_tasks_sentence_recurs():
    """``… Phòng Quản lý Thương mại chủ trì, phối hợp với Trung tâm Khuyến công thực hiện hằng năm.``: the task is
    done every year (a yearly recurring deadline, no timeframe)."""
    p = planparse.parse(QN_HEAD + "Tổ chức hội nghị phổ biến các cam kết cho doanh nghiệp. Phòng Quản lý Thương mại chủ "
                        "trì, phối hợp với Trung tâm Khuyến công và Xúc tiến thương mại thực hiện hằng năm.\n"
                        "III. KINH PHÍ\nNgân sách tỉnh.\n")
    assert p.tasks[0].timeframe is None
    assert [(d.kind.value, d.recurrence, d.section) for d in p.deadlines] == [("recurring", "yearly", "II.1")]


@pytest.mark.parametrize("sentence", [
    "Kinh phí bố trí trong dự toán hằng năm.",
    "Tiếp tục phát huy kết quả đã đạt được trong năm 2021.",
    "Chú trọng hướng đến giải quyết những vấn đề có thể xảy ra trong giai đoạn 2019-2025;",
])
def test_not_a_tasks_time(sentence):
    """A frequency that qualifies the budget, a year that narrates a past result or dates what may happen
    (sample Bình Dương 4750): no time of the task."""
    p = planparse.parse(QN_HEAD + "Tổ chức hội nghị cho doanh nghiệp. " + sentence + "\nIII. KINH PHÍ\nNgân sách tỉnh.\n")
    assert not p.deadlines and p.tasks[0].timeframe is None


def test_a_yearly_day_closing_a_sentence_is_no_bare_frequency():
    """``… nhân dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm.`` (set 12, Trùng Khánh): the day comes back
    each year; the closing ``hằng năm`` is not the task's bare yearly frequency."""
    p = planparse.parse(QN_HEAD + "Treo cờ ASEAN tại trụ sở các cơ quan nhân dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm.\n"
                        "III. KINH PHÍ\nNgân sách tỉnh.\n")
    assert not [d for d in p.deadlines if d.kind.value == "recurring" and d.text == "hằng năm"]
