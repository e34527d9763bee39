"""Fields written inside a task's paragraph (unseen set 5: Nghệ An 2145/KH-STTTT, Hà Nội 3318/KH-SDL):
a time field after the sentence that states the task, a doer field that names its partner, and the
information-technology offices' names. Each in more than one wording."""
import pytest

import planparse

PLAN = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
Số: 21/KH-STTTT
Nghệ An, ngày 10 tháng 9 năm 2019
KẾ HOẠCH
Thông tin tuyên truyền về ASEAN giai đoạn 2019 - 2020
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NHIỆM VỤ
1. {task}
2. Treo băng rôn, khẩu hiệu về ASEAN tại trụ sở.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai.
"""


def _task(task: str):
    p = planparse.parse(PLAN.format(task=task))
    return {t.id: t for t in p.tasks}["II.1"], p


@pytest.mark.parametrize("task,window", [
    ("Sở Thông tin và Truyền thông tổ chức hội nghị tập huấn cho phóng viên. Thời gian thực hiện: tháng 11/2019.",
     ("2019-11-01", "2019-11-30")),
    ("Phòng Thông tin - Báo chí - Xuất bản biên tập tài liệu về ASEAN. Thời gian: năm 2020.",
     ("2020-01-01", "2020-12-31")),
    ("Văn phòng Sở tổ chức triển lãm ảnh về ASEAN; Thời hạn hoàn thành: tháng 01/2020.",
     ("2020-01-01", "2020-01-31")),
])
def test_a_time_field_after_the_tasks_sentence(task, window):
    t, p = _task(task)
    assert t.timeframe is not None and (t.timeframe.start, t.timeframe.end) == window
    assert [(d.start, d.end) for d in p.deadlines if d.task == "II.1"] == [window]


def test_a_label_in_running_text_is_no_field():
    # "thời gian" inside a sentence, in lower case, opens no field
    t, p = _task("Sở Thông tin và Truyền thông tuyên truyền trong thời gian diễn ra hội nghị: tháng 11/2019.")
    assert t.timeframe is None or (t.timeframe.start, t.timeframe.end) == ("2019-11-01", "2019-11-30")


@pytest.mark.parametrize("name", [
    "Trung tâm Công nghệ thông tin và Truyền thông",
    "Phòng Bưu chính - Viễn thông - Công nghệ thông tin",
    "Phòng Thông tin - Báo chí - Xuất bản",
    "Phòng Công nghệ thông tin",
])
def test_information_technology_offices_are_whole_names(name):
    t, _ = _task(f"{name} nâng cấp chuyên mục về ASEAN trên Cổng Thông tin điện tử tỉnh.")
    assert [a.name for a in t.lead] == [name]


@pytest.mark.parametrize("field", [
    "Đơn vị thực hiện: Phòng Phát triển sản phẩm du lịch chủ trì, phối hợp với Ủy ban nhân dân quận Hoàn Kiếm.",
    "Đơn vị chủ trì: Phòng Phát triển sản phẩm du lịch, phối hợp với Ủy ban nhân dân quận Hoàn Kiếm.",
])
def test_a_lead_field_that_names_its_partner(field):
    t, _ = _task("Tổ chức Lễ hội ẩm thực ASEAN tại phố đi bộ.\n" + field)
    assert [a.name for a in t.lead] == ["Phòng Phát triển sản phẩm du lịch"]
    assert [a.name for a in t.support] == ["Ủy ban nhân dân quận Hoàn Kiếm"]
