"""Layout model, unseen set 5: the Party's document form (``Số 45-KH/BTGTU``, ``I-``/``1-`` labels),
items labelled with a word (``Nhiệm vụ 1:``), and a plan issued by a decision and attached after
the decision's closing. Synthetic documents, each mechanism in several wordings and layouts."""
from __future__ import annotations

import pytest

from planparse import parse
from planparse.layout.header import read_header
from planparse.structure import build


def _ids(plan):
    return [s.id for s in plan.sections]


# -- 1. Party documents (Quy định 66-QĐ/TW, Hướng dẫn 36-HD/VPTW) -------------------------------

PARTY_HEADERS = {
    "tinh uy, spaces": ("      TỈNH ỦY LẠNG SƠN                          ĐẢNG CỘNG SẢN VIỆT NAM\n"
                        "       BAN TUYÊN GIÁO                        ___________________________\n"
                        "             *\n"
                        "      Số 12-KH/BTGTU                     Lạng Sơn, ngày 05 tháng 3 năm 2020\n",
                        "12-KH/BTGTU"),
    "huyen uy, one cell a line": ("ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\n*\nSố 87-KH/HU\n"
                                  "ĐẢNG CỘNG SẢN VIỆT NAM\nNam Đàn, ngày 20 tháng 4 năm 2021\n", "87-KH/HU"),
    "with colon, tab": ("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố: 215-KH/TU\t"
                        "Thanh Hóa, ngày 02 tháng 11 năm 2020\n", "215-KH/TU"),
}

PARTY_BODY = """
KẾ HOẠCH
tuyên truyền kỷ niệm ngày thành lập Đảng
-----

- Căn cứ Quyết định số 02/QĐ-BCĐ ngày 26/6/2019 của Ban Chỉ đạo;
- Thực hiện Hướng dẫn số 36-HD/BTGTW, ngày 03/4/2020 của Ban Tuyên giáo Trung ương,
Ban Tuyên giáo xây dựng Kế hoạch như sau:

I{d} MỤC ĐÍCH, YÊU CẦU

1{d} Nâng cao nhận thức của cán bộ, đảng viên về lịch sử vẻ vang của Đảng.

2{d} Công tác tuyên truyền phải thiết thực, hiệu quả.

II{d} NHIỆM VỤ VÀ GIẢI PHÁP

1{d} Tuyên truyền trên báo chí
Báo tỉnh, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục về ngày thành lập Đảng.

2{d} Tuyên truyền miệng
Ban Tuyên giáo các huyện ủy tổ chức hội nghị báo cáo viên.

3{d} Tuyên truyền cổ động trực quan
Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Ủy ban nhân dân các huyện treo băng rôn, khẩu hiệu.

III{d} TỔ CHỨC THỰC HIỆN

1{d} Giao Phòng Tuyên truyền theo dõi, đôn đốc việc thực hiện Kế hoạch.

2{d} Đề nghị Ủy ban MTTQ tỉnh phối hợp thực hiện.

Nơi nhận:                                          K/T TRƯỞNG BAN
- Ban Tuyên giáo Trung ương (b/c),                 PHÓ TRƯỞNG BAN
- Lưu Văn phòng.
                                                   Nguyễn Văn An
"""

PARTY_IDS = ["I", "I.1", "I.2", "II", "II.1", "II.2", "II.3", "III", "III.1", "III.2"]


@pytest.mark.parametrize("header", list(PARTY_HEADERS))
@pytest.mark.parametrize("dash", ["-", "–"])
def test_party_plan_number_labels_and_tasks(header, dash):
    head, number = PARTY_HEADERS[header]
    plan = parse(head + PARTY_BODY.replace("{d}", dash))
    assert plan.meta.number == number
    assert _ids(plan) == PARTY_IDS
    assert [t.id for t in plan.tasks] == ["II.1", "II.2", "II.3"]
    assert plan.section("II.3").title == "Tuyên truyền cổ động trực quan"
    # the Party's own numbers are cited as basis like the state's
    assert [c.number for c in plan.meta.basis] == ["02/QĐ-BCĐ", "36-HD/BTGTW"]
    assert plan.meta.signer and plan.meta.signer.name == "Nguyễn Văn An"


@pytest.mark.parametrize("line, number", [
    ("Số 45-KH/BTGTU", "45-KH/BTGTU"),
    ("Số 07-HD/VPTW", "07-HD/VPTW"),
    ("Số: 36-HD/VPTW", "36-HD/VPTW"),
    ("Số 4750/KH-UBND", "4750/KH-UBND"),
])
def test_party_number_without_colon(line, number):
    h = read_header("TỈNH ỦY CAO BẰNG\n" + line + "\nĐẢNG CỘNG SẢN VIỆT NAM\nCao Bằng, ngày 15 tháng 8 năm 2019\n"
                    "KẾ HOẠCH\ntuyên truyền\n")
    assert h.number == number


@pytest.mark.parametrize("line", ["1-2 ngày một lần", "10 - 15 người tham dự", "2019- 2020: triển khai"])
def test_a_hyphen_after_digits_is_no_label_unless_a_space_follows_it_directly(line):
    st = build("I. NỘI DUNG\n" + line + "\n")
    assert [s.id for s in st.sections] == ["I"]


# -- 2. items labelled with a word: "Nhiệm vụ 1:", "Hoạt động 2.", "Giải pháp 3 -" --------------

def _word_plan(word: str, sep: str, next_line_title: bool = False) -> str:
    out = ["KẾ HOẠCH", "Thông tin đối ngoại năm 2022", "", "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",
           "- Nâng cao nhận thức.", f"II. {word.upper()} CỤ THỂ"]
    titles = ["Tuyên truyền trên báo chí", "Tập huấn kỹ năng tuyên truyền", "Quảng bá hình ảnh của tỉnh"]
    leads = ["Sở Thông tin và Truyền thông", "Sở Ngoại vụ", "Sở Văn hóa, Thể thao và Du lịch"]
    for n, (t, lead) in enumerate(zip(titles, leads), 1):
        if next_line_title:
            out += [f"{word} {n}", t]
        else:
            out.append(f"{word} {n}{sep} {t}")
        out += ["Nội dung thực hiện theo hướng dẫn của Bộ.", f"Cơ quan chủ trì: {lead}.",
                "Cơ quan phối hợp: Các sở, ban, ngành tỉnh.", "Thời gian: Năm 2022."]
    out += ["III. TỔ CHỨC THỰC HIỆN", "1. Sở Thông tin và Truyền thông", "- Theo dõi, tổng hợp.", ""]
    return "\n".join(out)


@pytest.mark.parametrize("word, sep, next_line", [
    ("Nhiệm vụ", ":", False),
    ("Hoạt động", ".", False),
    ("Giải pháp", " -", False),
    ("Nội dung", ":", False),
    ("Nhiệm vụ", "", True),   # the label alone, its title on the next line
])
def test_word_items_nest_like_arabic_items_and_are_tasks(word, sep, next_line):
    plan = parse(_word_plan(word, sep, next_line))
    assert _ids(plan) == ["I", "I.1", "II", "II.1", "II.2", "II.3", "III", "III.1"]
    assert [t.id for t in plan.tasks] == ["II.1", "II.2", "II.3"]
    assert plan.section("II.2").title == "Tập huấn kỹ năng tuyên truyền"
    assert [a.name for a in plan.tasks[1].lead] == ["Sở Ngoại vụ"]


def test_arabic_items_inside_a_word_item_nest_under_it():
    st = build("II. NHIỆM VỤ\nNhiệm vụ 1: Tuyên truyền\n1. Trên báo chí\n2. Trên mạng xã hội\n"
               "Nhiệm vụ 2: Tập huấn\n1. Cho phóng viên\nIII. KINH PHÍ\n1. Ngân sách tỉnh\n")
    assert [s.id for s in st.sections] == ["II", "II.1", "II.1.1", "II.1.2", "II.2", "II.2.1", "III", "III.1"]


def test_word_items_inside_an_arabic_item_nest_under_it_and_close_at_the_next_one():
    st = build("III. NHIỆM VỤ\n1. Tuyên truyền\nHoạt động 1: Viết bài\nHoạt động 2: Làm phóng sự\n"
               "2. Tập huấn\nHoạt động 1: Mở lớp\n3. Quảng bá\n")
    assert [s.id for s in st.sections] == ["III", "III.1", "III.1.1", "III.1.2", "III.2", "III.2.1", "III.3"]


@pytest.mark.parametrize("line", ["Nội dung 3 trụ cột của Cộng đồng ASEAN.", "Hoạt động 1-2 lần mỗi năm.",
                                  "Nhiệm vụ 1.5 triệu đồng"])
def test_a_word_and_a_number_in_a_sentence_is_no_item(line):
    st = build("I. NỘI DUNG\n" + line + "\n")
    assert [s.id for s in st.sections] == ["I"]


# -- 3. a decision that issues a plan: the attached plan is the body ---------------------------

DECISION = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH PHÚ YÊN | Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-UBND | Phú Yên, ngày 10 tháng 9 năm 2019

QUYẾT ĐỊNH
Ban hành {kind_lower} tuyên truyền về ASEAN giai đoạn 2019-2020
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26 tháng 6 năm 2019 của Ban Chỉ đạo;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này {kind_lower} tuyên truyền về ASEAN giai đoạn 2019-2020.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở và Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận: | KT. CHỦ TỊCH
- Như Điều 3; | PHÓ CHỦ TỊCH
- Lưu: VT. | Lê Văn Bình
{repeat_header}
{kind_upper}
Tuyên truyền về ASEAN giai đoạn 2019-2020
{ref}
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức về Cộng đồng ASEAN.
II. NHIỆM VỤ CỤ THỂ
1. Mở chuyên mục về ASEAN trên báo, đài của tỉnh.
- Cơ quan chủ trì: Báo Phú Yên.
- Thời gian thực hiện: 2019 - 2020.
2. Tổ chức hội nghị phổ biến các cam kết trong ASEAN cho doanh nghiệp.
- Cơ quan chủ trì: Sở Công Thương.
III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện được bố trí trong dự toán ngân sách nhà nước của các cơ quan, đơn vị.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông
- Theo dõi, đôn đốc, tổng hợp kết quả thực hiện.
{tail}"""

REPEAT = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH PHÚ YÊN | Độc lập - Tự do - Hạnh phúc\n"
ANNEX_TAIL = ("\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n(Kèm theo Kế hoạch ban hành kèm theo Quyết định số 1234/QĐ-UBND)\n"
              "STT | Nội dung | Đơn vị chủ trì\n1 | Làm phim tài liệu về ASEAN | Đài Phát thanh và Truyền hình tỉnh\n")


@pytest.mark.parametrize("kind, repeat, ref, tail", [
    ("Kế hoạch", True, "(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 10/9/2019 của Chủ tịch UBND tỉnh)", ""),
    ("Kế hoạch", False, "(Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 10 tháng 9 năm 2019)", ""),
    ("Chương trình", True, "(Ban hành kèm theo Quyết định số: 1234/QĐ-UBND ngày 10/9/2019)", ANNEX_TAIL),
    ("Kế hoạch", False, "Ban hành kèm theo Quyết định số 1234/QĐ-UBND ngày 10/9/2019 của UBND tỉnh", ANNEX_TAIL),
])
def test_a_plan_attached_to_its_decision_is_the_body(kind, repeat, ref, tail):
    text = DECISION.format(kind_lower=kind.lower(), kind_upper=kind.upper(), ref=ref, tail=tail,
                           repeat_header=REPEAT if repeat else "")
    plan = parse(text)
    assert _ids(plan) == ["1", "2", "3", "I", "I.1", "II", "II.1", "II.2", "III", "IV", "IV.1"]
    # the decision's articles frame the plan: none is one of its parts (Điều 3 names no assignees)
    assert [plan.section(i).kind.value for i in ("1", "2", "3")] == ["other"] * 3
    assert plan.section("3").span[1] < text.index("Nơi nhận")
    assert plan.section("3").title.endswith("chịu trách nhiệm thi hành Quyết định này")  # without the "./." mark
    assert [t.id for t in plan.tasks if not t.id.startswith("PL.")] == ["II.1", "II.2"]
    assert plan.budget.present and plan.budget.section == "III"
    assert [a.section for a in plan.assignments] == ["IV.1"]
    m = plan.meta
    assert (m.number, m.doc_type, m.signer.name) == ("1234/QĐ-UBND", "Quyết định", "Lê Văn Bình")
    if tail:  # the attached plan's own appendix stays an appendix
        assert [t.id for t in plan.tasks if t.id.startswith("PL.")] == ["PL.1"]


def test_an_appendix_after_the_signature_is_no_attached_document():
    # "(Kèm theo Kế hoạch số …)" under a capital title is an appendix of the plan, not a second body
    text = ("KẾ HOẠCH\nTuyên truyền về ASEAN\nI. NHIỆM VỤ\n1. Tuyên truyền trên báo chí\n"
            "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Bình\n"
            "KẾ HOẠCH CHI TIẾT\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/9/2019)\nI. Nhóm nhiệm vụ\n1. Làm phim\n")
    st = build(text)
    assert [s.id for s in st.sections] == ["I", "I.1"]
    assert st.annex is not None


@pytest.mark.parametrize("label", ["10-", "10.", "10)"])
@pytest.mark.parametrize("place", ["Cao Bằng", "Non nước Cao Bằng", "thành phố Bến Tre"])
def test_a_heading_ending_in_a_place_name_is_not_joined_to_the_next_paragraph(label, place):
    # "bằng"/"tre" may be words that continue a sentence, but written with a capital they end a name
    from planparse.normalize import normalize
    head = f"{label} Giao lưu văn hóa, quảng bá hình ảnh du lịch {place}"
    text = normalize(head + "\nSở Văn hóa, Thể thao và Du lịch tổ chức triển lãm ảnh.\n").text
    assert text.split("\n")[0] == head
