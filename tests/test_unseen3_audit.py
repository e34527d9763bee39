"""The audit where it disagreed with an independent annotator on unseen plans (set 3,
tests/cases/unseen3/): each mechanism shown on small synthetic plans, in more than one wording or
layout than the unseen file, and the unseen plans' audits scored."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import planparse

ROOT = Path(__file__).resolve().parents[1]


def _plan(tasks: str, *, ref_year: str = "2019", issuer: str = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ",
          number: str = "21/KH-UBND", purposes: str = "Nâng cao nhận thức của cán bộ và Nhân dân về Cộng đồng ASEAN.") -> str:
    basis = ("Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN;"
             if ref_year == "2019" else
             "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ;")
    title = ("Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020" if ref_year == "2019"
             else "Thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025")
    return (f"{issuer}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}\nAn Phú, ngày 20 tháng 9 năm {ref_year if ref_year == '2019' else '2021'}\n\n"
            f"KẾ HOẠCH\n{title}\n\n{basis}\n\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n- {purposes}\n\n"
            f"II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN\n{tasks}\n"
            "III. TỔ CHỨC THỰC HIỆN\n1. Công chức Văn hóa - Xã hội\nTham mưu triển khai Kế hoạch; báo cáo kết quả "
            "trước ngày 15/11 hằng năm.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n")


def _status(text: str, area: str) -> str:
    a = planparse.audit(planparse.parse(text))
    return next(x.status for x in a.areas if x.id == area)


def _evidence(text: str, area: str) -> list[str]:
    a = planparse.audit(planparse.parse(text))
    return [e.text for x in a.areas if x.id == area for e in x.evidence]


# -- 1. social platforms by name are the new media (A03 / B07) ------------------------------------

@pytest.mark.parametrize("task", [
    'Đăng tải tin, bài về ASEAN trên trang Facebook "UBND xã An Phú" và các nhóm Zalo của ấp.',
    "Chia sẻ video, hình ảnh về Cộng đồng ASEAN trên kênh YouTube và TikTok của Đoàn Thanh niên xã.",
    "Lập nhóm Zalo của các chi hội, tổ dân phố để thường xuyên cập nhật thông tin về ASEAN.",
])
def test_a_named_social_platform_is_new_media(task):
    assert _status(_plan(f"1. Tuyên truyền về vai trò của ASEAN.\n2. {task}\n"), "A03") == "covered"


@pytest.mark.parametrize("task", [
    "Đăng tải video giới thiệu về Cộng đồng ASEAN trên kênh YouTube của Trung tâm Văn hóa huyện.",
    "Chia sẻ tin, bài về ASEAN qua các nhóm Zalo của thôn, tổ dân phố.",
])
def test_a_named_social_platform_is_new_media_2021(task):
    assert _status(_plan(f"1. Tuyên truyền về Cộng đồng ASEAN.\n2. {task}\n", ref_year="2021"), "B07") == "covered"


# -- 2. training in the craft of propaganda under its other names (A05 / B09) -----------------------

@pytest.mark.parametrize("task", [
    "Cử công chức Văn hóa - Xã hội và nhân viên Đài Truyền thanh xã tham dự các lớp tập huấn nghiệp vụ "
    "tuyên truyền về ASEAN do huyện tổ chức.",
    "Tổ chức lớp tập huấn nghiệp vụ cho đội ngũ báo cáo viên, tuyên truyền viên cơ sở về Cộng đồng ASEAN.",
    "Tham gia tập huấn nghiệp vụ tuyên truyền về ASEAN cho cán bộ làm công tác thông tin cơ sở.",
])
def test_training_propaganda_staff_is_covered(task):
    assert _status(_plan(f"1. Tuyên truyền về vai trò của ASEAN.\n2. {task}\n"), "A05") == "covered"


def test_training_propaganda_staff_is_covered_2021():
    task = "Cử cán bộ tham dự các lớp tập huấn nghiệp vụ tuyên truyền về ASEAN do tỉnh tổ chức."
    assert _status(_plan(f"1. Tuyên truyền về Cộng đồng ASEAN.\n2. {task}\n", ref_year="2021"), "B09") == "covered"


# -- 3. the locality's products and strengths at district and commune level (A16) -----------------

@pytest.mark.parametrize("task, status", [
    # the locality's strengths commit wherever they stand, as the province's do ("của tỉnh")
    ("Tổ chức các hoạt động giao lưu với đoàn khách các nước ASEAN đến thăm và làm việc tại huyện, qua đó "
     "giới thiệu tiềm năng, thế mạnh của huyện.", "covered"),
    ("Phối hợp với các cơ quan báo chí xây dựng phóng sự về đời sống Nhân dân trên địa bàn xã, trong đó "
     "giới thiệu tiềm năng, thế mạnh của địa phương.", "covered"),
    # joined to another activity at the end of a long clause: touched
    ("Tiếp, phát sóng các chương trình về ASEAN của Đài Phát thanh và Truyền hình tỉnh trên hệ thống loa "
     "truyền thanh xã, kết hợp giới thiệu sản phẩm đặc trưng của địa phương.", "partial"),
    ("Tổ chức các buổi sinh hoạt chuyên đề về ASEAN tại nhà văn hóa các thôn cho hội viên, nông dân, trong "
     "đó lồng ghép giới thiệu các mặt hàng đặc trưng của huyện.", "partial"),
])
def test_the_localitys_products_and_strengths(task, status):
    assert _status(_plan(f"1. Tuyên truyền về vai trò của ASEAN.\n2. {task}\n"), "A16") == status


def test_the_districts_products_in_the_purposes_touch_the_area():
    """A purpose counts half: the district's products named there touch the area (set 1, Hà Tĩnh)."""
    purposes = ("Giúp các doanh nghiệp, hợp tác xã và người sản xuất trên địa bàn huyện nắm bắt thông tin về thị "
                "trường các nước ASEAN, tận dụng cơ hội để quảng bá, tiêu thụ các sản phẩm nông sản đặc trưng "
                "của huyện như bưởi, cam.")
    text = _plan("1. Tuyên truyền về vai trò của ASEAN.\n2. Treo băng rôn, khẩu hiệu tại trụ sở.\n",
                 issuer="UBND HUYỆN HƯƠNG PHÚ", purposes=purposes)
    assert _status(text, "A16") == "partial"


# -- 4. an agency's name is never evidence of an activity ------------------------------------------

_TABLE_HEAD = "TT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"


@pytest.mark.parametrize("row", [
    # the name in the support cell of a task table
    "1\tCung cấp thông tin về ASEAN cho cán bộ, công chức của Sở\tVăn phòng Sở\tSở Kế hoạch và Đầu tư; "
    "Trung tâm Xúc tiến Đầu tư tỉnh\tThường xuyên\n",
    "1\tBiên soạn tài liệu hỏi - đáp về Cộng đồng ASEAN\tPhòng Hợp tác quốc tế\tTrung tâm Xúc tiến Thương mại "
    "tỉnh\tQuý IV/2019\n",
    # the name in the lead cell
    "1\tCung cấp thông tin về ASEAN cho cán bộ, công chức của Sở\tTrung tâm Xúc tiến Du lịch tỉnh\tVăn phòng "
    "Sở\tNăm 2020\n",
])
def test_a_signal_inside_an_agency_name_in_a_table_is_no_evidence(row):
    text = _plan("1. Tuyên truyền về vai trò của ASEAN.\n\nIII. NHIỆM VỤ CỤ THỂ\n" + _TABLE_HEAD + row + "\n")
    text = text.replace("III. TỔ CHỨC THỰC HIỆN", "IV. TỔ CHỨC THỰC HIỆN")
    assert not any("Xúc tiến" in e for e in _evidence(text, "A11")), _evidence(text, "A11")
    assert _status(text, "A11") == "missing"


@pytest.mark.parametrize("mass, body", [
    ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh chủ trì thực hiện.", "Hội Nông dân"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chủ trì thực hiện.", "Mặt trận Tổ quốc"),
])
def test_a_signal_inside_an_agency_name_in_the_body_is_no_evidence(mass, body):
    """A name in a sentence is no evidence of the activity its words say; a phrase the reference writes
    as a proper name names a body, which A04 looks for (its mass organisations), and still counts,
    inside a longer name too."""
    tasks = ("1. Tuyên truyền về vai trò của ASEAN.\n2. Lồng ghép nội dung về ASEAN trong sinh hoạt\n"
             f"{mass}\n"
             "3. Cung cấp thông tin về ASEAN cho doanh nghiệp\n"
             "Trung tâm Xúc tiến Đầu tư tỉnh chủ trì, phối hợp với Sở Công Thương thực hiện.\n")
    text = _plan(tasks, issuer="UBND TỈNH AN PHÚ")
    assert _status(text, "A11") == "missing"
    assert any(body in e for e in _evidence(text, "A04")), _evidence(text, "A04")


# -- the unseen plans ------------------------------------------------------------------------------

CASES = ROOT / "tests" / "cases" / "unseen3"
DOCS = sorted(p for p in CASES.iterdir() if p.suffix in (".txt", ".html", ".docx"))


@pytest.fixture(scope="module")
def predicted(tmp_path_factory):
    out = tmp_path_factory.mktemp("unseen3")
    for doc in DOCS:
        plan = planparse.parse(str(doc))
        (out / f"{doc.stem}.plan.json").write_text(plan.to_json(), encoding="utf-8")
        (out / f"{doc.stem}.audit.json").write_text(planparse.audit(plan).to_json(), encoding="utf-8")
    return out


def test_unseen3_audit_verdicts(predicted):
    """The set-3 verdicts the fixes reached (before: audit.status 0.867, audit.missing 0.909)."""
    got = {}
    for doc in DOCS:
        gold = json.loads((CASES / f"{doc.stem}.audit.json").read_text(encoding="utf-8"))
        pred = json.loads((predicted / f"{doc.stem}.audit.json").read_text(encoding="utf-8"))
        p = {a["id"]: a["status"] for a in pred["areas"]}
        got.update({(doc.stem, a["id"]): (a["status"], p.get(a["id"])) for a in gold["areas"]})
    agree = sum(g == p for g, p in got.values())
    assert agree >= 42, sorted(k for k, (g, p) in got.items() if g != p)
    for area in ("A03", "A05", "A16"):
        g, p = got[("tra-vinh_long-huu_68-KH-UBND_2019_asean-news", area)]
        assert g == p, (area, g, p)
