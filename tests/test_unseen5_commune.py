"""A commune's plan (unseen set 5, Hà Giang Lũng Cú 28/KH-UBND): duties go to the commune's civil
servants, who hold offices (``công chức Văn hóa - Xã hội``), not to bodies; the partners are a border
guard station and a cooperative. The same content in several wordings."""
import pytest

import planparse

HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN PHÚ
Số: 12/KH-UBND
Tân Phú, ngày 10 tháng 3 năm 2022
KẾ HOẠCH
Tuyên truyền về ASEAN năm 2022
I. MỤC ĐÍCH, YÊU CẦU
Cán bộ, công chức và Nhân dân hiểu về Cộng đồng ASEAN.
II. NHIỆM VỤ CỤ THỂ
1. Tuyên truyền trên hệ thống truyền thanh cơ sở
{task}
2. Tuyên truyền trực quan
Treo băng rôn, khẩu hiệu về ASEAN tại trụ sở xã.
III. TỔ CHỨC THỰC HIỆN
Các bộ phận triển khai.
"""


def _roles(task: str):
    p = planparse.parse(HEAD.format(task=task))
    t = {t.id: t for t in p.tasks}["II.1"]
    return [(a.name, a.person) for a in t.lead], [(a.name, a.person) for a in t.support]


@pytest.mark.parametrize("task,lead,support", [
    ("Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đài Truyền thanh xã biên tập tin, bài về ASEAN.",
     [("Công chức Văn hóa - Xã hội", True)], [("Đài Truyền thanh xã", False)]),
    ("Công chức Văn hóa - Xã hội phối hợp với Đồn Biên phòng Tân Phú treo băng rôn, khẩu hiệu về ASEAN.",
     [("Công chức Văn hóa - Xã hội", True)], [("Đồn Biên phòng Tân Phú", False)]),
    ("Công chức Tư pháp - Hộ tịch xã chủ trì, phối hợp với Công an xã phổ biến các điều ước quốc tế.",
     [("Công chức Tư pháp - Hộ tịch xã", True)], [("Công an xã", False)]),
    ("Công an xã chủ trì, phối hợp với Đồn Biên phòng Tân Phú nắm bắt tình hình, kịp thời phát hiện thông tin sai trái.",
     [("Công an xã", False)], [("Đồn Biên phòng Tân Phú", False)]),
    ("Công chức Văn hóa - Xã hội phối hợp với Hợp tác xã du lịch cộng đồng thôn Lô Lô Chải giới thiệu sản phẩm du lịch.",
     [("Công chức Văn hóa - Xã hội", True)], [("Hợp tác xã du lịch cộng đồng thôn Lô Lô Chải", False)]),
])
def test_a_communes_civil_servant_leads_by_office(task, lead, support):
    assert _roles(task) == (lead, support)


@pytest.mark.parametrize("task", [
    # a post alone, or a list of kinds of staff, names nobody in particular
    "Cán bộ, công chức, viên chức và Nhân dân tích cực tham gia tìm hiểu về ASEAN.",
    "Công chức tham gia lớp bồi dưỡng kỹ năng tuyên truyền do huyện tổ chức.",
    # a post held across the bodies is a collective, not a person
])
def test_staff_in_general_lead_nothing(task):
    lead, _ = _roles(task)
    assert not [n for n, person in lead if person]


def test_a_post_held_across_bodies_is_a_collective():
    lead, _ = _roles("Chủ tịch Ủy ban nhân dân các xã, thị trấn chỉ đạo tuyên truyền về ASEAN.")
    assert lead and not any(person for _, person in lead)
