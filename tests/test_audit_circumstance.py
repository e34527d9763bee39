"""An area named only in a circumstance a task adds — its occasion (``nhân năm …``), channel (``thông
qua …``), venue (``tại các hội chợ …``), context (``trong bối cảnh …``), an add-on (``kết hợp …``,
``kể cả …``), a purpose (``góp phần …``, ``nhằm …``, ``phục vụ …``) or a stress inside a list (``trong
đó chú trọng …``) — is touched, not committed to: the annotators of sets 3, 4, 9, 11 and 12 called
these ``partial`` and the audit called them ``covered``. The same wording as the task's own activity
still commits. Each case is the task alone in a small plan (helpers from ``test_unseen3_audit``)."""
from __future__ import annotations

import pytest

from test_unseen3_audit import _plan, _status


@pytest.mark.parametrize("task, area, ref, status", [
    # occasion: the exchange is the task, the Chairmanship only its occasion
    ("Tổ chức giao lưu văn hóa, thể thao với các tỉnh Takeo, Kandal (Campuchia) nhân năm Việt Nam là "
     "Chủ tịch ASEAN 2020.", "A13", "2019", "partial"),
    ("Treo băng rôn, khẩu hiệu tuyên truyền về Năm Chủ tịch ASEAN 2020 của Việt Nam tại trung tâm xã.",
     "A13", "2019", "covered"),
    # a stress inside a list of what the press publishes
    ("Đăng, phát tin, bài, phóng sự về ASEAN, trong đó chú trọng những câu chuyện thực tiễn về người dân, "
     "doanh nghiệp hưởng lợi từ hội nhập.", "B03", "2021", "partial"),
    ("Xây dựng chuyên mục giới thiệu những câu chuyện thực tiễn về người dân, doanh nghiệp hưởng lợi từ "
     "hội nhập ASEAN.", "B03", "2021", "covered"),
    # venue: promotion is the task, the fairs only where it happens
    ("Giới thiệu tiềm năng du lịch của xã tới du khách các nước ASEAN, lồng ghép giới thiệu tại các hội "
     "nghị xúc tiến đầu tư của tỉnh.", "B11", "2021", "partial"),
    # a trade word inside a compound is no occasion ("thương nhân" holds "nhân")
    ("Tổ chức hội nghị thông tin cho doanh nghiệp, thương nhân về thương mại điện tử, Cơ chế một cửa ASEAN.",
     "B06", "2021", "covered"),
])
def test_an_area_in_a_circumstance_is_touched(task, area, ref, status):
    assert _status(_plan(f"1. Tuyên truyền về vai trò của ASEAN.\n2. {task}\n", ref_year=ref), area) == status
