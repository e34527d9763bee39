from planparse.structure import build


def ids(text):
    return [(s.id, s.level) for s in build(text).sections]


def test_levels_come_from_numbering_not_markdown():
    text = "I. NỘI DUNG\n\n1. Một\n\n2. Hai\n\n6. Sáu\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở A"
    assert ids(text) == [("I", 1), ("I.1", 2), ("I.2", 2), ("I.6", 2), ("II", 1), ("II.1", 2)]


def test_dotted_and_lettered_items():
    text = "II. NỘI DUNG\n\n4. Kinh tế đối ngoại\n\n4.1. Quảng bá\n\n4.2. Xúc tiến\n\na) Nội dung\n\nb) Hình thức"
    assert ids(text) == [("II", 1), ("II.4", 2), ("II.4.1", 3), ("II.4.2", 3), ("II.4.2.a", 4), ("II.4.2.b", 4)]


def test_field_lines_and_bullets_are_not_sections():
    text = ("II. NỘI DUNG\n\n1. Tập huấn\n\na) Đơn vị chủ trì: Sở A.\n\nb) Đơn vị phối hợp: Sở B.\n\n"
            "c) Thời gian thực hiện: 2019 - 2020.\n\n- Thời gian: quý II/2019.\n\n- Tuyên truyền")
    assert ids(text) == [("II", 1), ("II.1", 2)]


def test_document_without_roman_starts_at_arabic():
    text = "Ngày 08/11/2019, UBND tỉnh ban hành Kế hoạch số 1/KH-UBND.\n\n1. Về chỉ đạo\n\n6. Đối với giới trẻ\n\na) Đối với doanh nghiệp"
    st = build(text)
    assert [(s.id, s.level) for s in st.sections] == [("1", 1), ("6", 1), ("6.a", 2)]
    assert all(s.kind.value == "tasks" for s in st.sections if s.level == 1)


def test_kinds_of_level_one_sections():
    text = "I. MỤC ĐÍCH, YÊU CẦU\n\nII. NỘI DUNG, ĐỐI TƯỢNG VÀ THỜI GIAN\n\nIII. HÌNH THỨC\n\nIV. KINH PHÍ THỰC HIỆN\n\nV. TỔ CHỨC THỰC HIỆN:\n\nVI. CHẾ ĐỘ BÁO CÁO"
    kinds = [s.kind.value for s in build(text).sections]
    assert kinds == ["purpose", "content", "forms", "budget", "organization", "reporting"]


def test_ocr_slip_in_roman_numbering_is_repaired():
    text = "I. MỤC ĐÍCH\n\nII. NỘI DUNG\n\nII. HÌNH THỨC\n\nIV. KINH PHÍ"
    assert [s.id for s in build(text).sections] == ["I", "II", "III", "IV"]


def test_section_spans_cover_their_text(plans):
    for plan in plans.values():
        for s in plan.sections:
            assert plan.text[s.span[0]:s.span[1]].startswith(s.label.rstrip(".)")[:1]) or s.label
            assert s.title[:20] in plan.text[s.span[0]:s.span[1]]
        assert len({s.id for s in plan.sections}) == len(plan.sections)


def test_news_comment_and_reader_boilerplate_are_not_content(plans):
    p = plans["tay-ninh_2502-KH-UBND_2019_asean-news"]
    last = max(s.span[1] for s in p.sections)
    assert "Sở Xây dựng đã tổ chức" not in p.text[:last]
    assert "Ý kiến bạn đọc" not in p.text and "714 0" not in p.text


def test_arabic_numbered_plan_skeleton_is_not_a_list_of_tasks():
    import planparse
    text = ("KẾ HOẠCH\nThử\n\n1. MỤC ĐÍCH, YÊU CẦU\n\nTuyên truyền.\n\n2. NỘI DUNG THỰC HIỆN\n\n"
            "2.1. Tổ chức triển lãm ảnh về ASEAN.\n\n- Đơn vị thực hiện: Bảo tàng tỉnh.\n\n- Thời gian: tháng 8/2020.\n\n"
            "2.2. Treo băng rôn.\n\n3. KINH PHÍ\n\nKinh phí thường xuyên của đơn vị.\n\n4. TỔ CHỨC THỰC HIỆN\n\nCác phòng triển khai.")
    p = planparse.parse(text)
    assert [s.kind.value for s in p.sections if s.level == 1] == ["purpose", "content", "budget", "organization"]
    assert [t.id for t in p.tasks] == ["2.1", "2.2"]
    assert p.tasks[0].timeframe.start == "2020-08-01"


# -- the decree's hierarchy, each numbering scheme as a small text (layout.md §2) -------------
import pytest  # noqa: E402

OUTLINE_CASES = [
    ("phan-same-line",
     "Phần I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nPhần II. NỘI DUNG\n1. Tuyên truyền\n2. Tập huấn\n"
     "Phần III. NHIỆM VỤ CỤ THỂ\n1. Rà soát\n2. Kiểm tra\nPhần IV. KINH PHÍ\nPhần V. TỔ CHỨC THỰC HIỆN\n1. Sở A",
     ["I", "I.1", "II", "II.1", "II.2", "III", "III.1", "III.2", "IV", "V", "V.1"]),
    ("phan-title-next-line",
     "Phần I\nMỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nPhần II\nNỘI DUNG\n1. Tuyên truyền\n1.1. Trên báo\na) Báo in",
     ["I", "I.1", "II", "II.1", "II.1.1", "II.1.1.a"]),
    ("phan-thu-nhat",
     "PHẦN THỨ NHẤT\nĐÁNH GIÁ KẾT QUẢ\n1. Kết quả\nPHẦN THỨ HAI\nNHIỆM VỤ NĂM 2026\n1. Nhiệm vụ chung",
     ["I", "I.1", "II", "II.1"]),
    ("chuong-muc-dieu",
     "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n1. Quy chế này quy định\n2. Đối tượng áp dụng\n"
     "Điều 2. Giải thích từ ngữ\nChương II\nNHIỆM VỤ\nMục 1\nCÔNG TÁC CHỈ ĐẠO\n1. Chỉ đạo chung",
     ["I", "I.1", "I.1.1", "I.1.2", "I.2", "II", "II.1", "II.1.1"]),
    ("capital-letter-tops",
     "A. MỤC ĐÍCH, YÊU CẦU\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức\nB. NỘI DUNG KẾ HOẠCH\nI. NHIỆM VỤ\n1. Tuyên truyền\n"
     "2. Tập huấn\nC. TỔ CHỨC THỰC HIỆN\n1. Sở A",
     ["A", "A.I", "A.I.1", "B", "B.I", "B.I.1", "B.I.2", "C", "C.1"]),
    ("arabic-parts",
     "1. MỤC ĐÍCH, YÊU CẦU\n1.1. Mục đích\n2. NỘI DUNG\n2.1. Tuyên truyền\n2.2 Tập huấn\n3. KINH PHÍ\n4. TỔ CHỨC THỰC HIỆN",
     ["1", "1.1", "2", "2.1", "2.2", "3", "4"]),
    ("vietnamese-letters",
     "I. NỘI DUNG\n1. Tuyên truyền\na) Báo in\nb. Truyền hình\nđ) Mạng xã hội\nf) không phải mục",
     ["I", "I.1", "I.1.a", "I.1.b", "I.1.đ"]),
    ("latin-letters-after-e",  # real offices write e) f) g) too
     "I. NỘI DUNG\n1. Doanh nghiệp\ne) Quản lý chặt chẽ\nf) Thông báo kế hoạch\ng) Phối hợp",
     ["I", "I.1", "I.1.e", "I.1.f", "I.1.g"]),
    ("v/v-subject-is-not-roman-five",
     "V/v tăng cường công tác quản lý\nI. NHIỆM VỤ\n1. Sở Công Thương",
     ["I", "I.1"]),
    ("dotted-label-without-space",  # a PDF's justified line loses the space: "1.1.1.Nâng cao …"
     "1. MỤC ĐÍCH, YÊU CẦU\n1.1. Mục đích\n1.1.1.Nâng cao nhận thức\n1.1.2.Tạo sự đồng thuận\n1.2. Yêu cầu\n"
     "- Ngày 1.2.2020 tổ chức\n2. NỘI DUNG\n2.1.Tuyên truyền",
     ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1"]),
    ("bullets-and-fields-are-not-sections",
     "I. NỘI DUNG\n1. Tập huấn\n- Đối tượng: cán bộ\n+ Lớp 1\n• Lớp 2\na) Thời gian thực hiện: Quý II/2026",
     ["I", "I.1"]),
]


@pytest.mark.parametrize("name,text,expected", OUTLINE_CASES, ids=[c[0] for c in OUTLINE_CASES])
def test_outline_numbering_schemes(name, text, expected):
    assert [s.id for s in build(text).sections] == expected


def test_phan_headings_are_level_one_with_titles():
    st = build("Phần I\nMỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nPHẦN II. TỔ CHỨC THỰC HIỆN\n1. Sở A")
    top = [(s.id, s.level, s.title, s.kind.value) for s in st.sections if s.level == 1]
    assert top == [("I", 1, "MỤC ĐÍCH, YÊU CẦU", "purpose"), ("II", 1, "TỔ CHỨC THỰC HIỆN", "organization")]


def test_numbered_plan_field_is_a_section_titled_label_value():
    st = build("1. Mục tiêu\n2. Yêu cầu\n3. Thời gian kiểm tra: 13h30 ngày 29/4/2026\n4. Địa điểm: Sở Công Thương\n"
               "5. Phân công nhiệm vụ\n6. Kinh phí")
    s3 = st.section("3")
    assert s3 is not None and s3.title == "Thời gian kiểm tra: 13h30 ngày 29/4/2026"


def test_sentence_starting_with_a_level_word_is_not_a_heading():
    st = build("I. NỘI DUNG\n1. Kiểm tra\nĐiều 9 của Nghị định quy định nội dung kiểm tra.\nMục tiêu là bảo đảm an toàn.")
    assert [s.id for s in st.sections] == ["I", "I.1"]


def test_lower_case_arabic_parts_with_three_skeleton_kinds():
    # KH-1105/KH-ĐKT (an inspection team's plan) in a text copy: parts 1.–6., tasks only under 3.
    from planparse.extract.tasks import task_sections
    text = ("1. Mục tiêu\nBảo đảm an toàn.\n2. Yêu cầu\nĐúng quy định.\n3. Đối tượng, nội dung kiểm tra\n"
            "3.1. Đối tượng kiểm tra: các đơn vị sử dụng vật liệu nổ.\n3.2. Nội dung kiểm tra\n"
            "a) Kiểm tra hồ sơ, tài liệu: Giấy phép sử dụng.\nb) Kiểm tra thực địa: biển báo.\n"
            "3.3. Thời gian kiểm tra: 02 ngày làm việc.\n3.4. Địa điểm kiểm tra: tại trụ sở.\n3.5. Phương thức kiểm tra\n"
            "4. Phân công nhiệm vụ\n4.1. Ông Hoàng Văn A - Trưởng đoàn: phụ trách chung.\n"
            "5. Dự kiến các nguồn lực cho hoạt động kiểm tra\n5.1. Kinh phí: theo quy định.\n6. Những vấn đề khác (nếu có)\n"
            "6.1. Đối với Đoàn kiểm tra: thực hiện nghiêm.")
    st = build(text)
    kinds = {s.id: s.kind.value for s in st.sections if s.level == 1}
    assert kinds == {"1": "purpose", "2": "purpose", "3": "content", "4": "organization", "5": "budget", "6": "other"}
    assert [s.id for s in task_sections(st)] == ["3.2", "3.5"]


def test_agency_headings_in_the_organisation_section_are_sections():
    st = build("I. MỤC ĐÍCH\n1. Mục đích\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n- Chủ trì, phối hợp với các sở.\n"
               "2. Phòng Quản lý Du lịch (Phòng QLDL)\n- Tham mưu.")
    assert [(s.id, s.title) for s in st.sections if s.parent == "II"] == [
        ("II.1", "Sở Nông nghiệp và Môi trường"), ("II.2", "Phòng Quản lý Du lịch (Phòng QLDL)")]


@pytest.mark.parametrize("annex_title", ["PHỤ LỤC I\nDANH MỤC NHIỆM VỤ",
                                         "PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC\n(Kèm theo Kế hoạch số 12/KH-SCT ngày 5/5/2026)"])
def test_closing_and_appendix_are_regions_not_sections(annex_title):
    text = ("I. NỘI DUNG\n1. Kiểm tra\nII. TỔ CHỨC THỰC HIỆN\n1. Giao phòng Quản lý Công nghiệp\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Văn A\n"
            f"{annex_title}\n1. Thông tin chung về doanh nghiệp\n2. Hồ sơ tài liệu")
    st = build(text)
    assert [s.id for s in st.sections] == ["I", "I.1", "II", "II.1"]
    assert st.annex is not None and text[st.annex[0]:].startswith(annex_title.split("\n")[0])


@pytest.mark.parametrize("title,is_task", [
    ("Tổ chức hội nghị tập huấn", True), ("Thành phần tham dự: lãnh đạo các sở", False),
    ("Thời gian: Quý II/2026", False), ("Địa điểm: Hội trường UBND tỉnh", False),
    ("Đối tượng: cán bộ, công chức", False), ("Kinh phí: ngân sách tỉnh", False),
])
def test_attribute_titles_are_not_tasks(title, is_task):
    from planparse.extract.tasks import task_sections
    st = build(f"I. MỤC ĐÍCH\n1. Mục đích\nII. NỘI DUNG\n1. Biên soạn tài liệu\n2. {title}\nIII. TỔ CHỨC THỰC HIỆN")
    assert ("II.2" in [s.id for s in task_sections(st)]) is is_task


# the same plan with its parts written as the decree's level words gives the same outline, tasks
# and assignments (metamorphic: Roman "I." → "Phần I." / "PHẦN I" + title line / "Chương I" + title)
_ROMAN_HEAD = r"(?m)^((?:#+ )?\**)([IVX]+)\. "  # "I. ", "## **I. "
PART_LAYOUTS = {
    "phan-same-line": lambda t: re.sub(_ROMAN_HEAD, r"\1Phần \2. ", t),
    "phan-title-below": lambda t: re.sub(_ROMAN_HEAD, r"\1PHẦN \2\n\1", t),
    "chuong-title-below": lambda t: re.sub(_ROMAN_HEAD, r"\1Chương \2\n\1", t),
}
import re  # noqa: E402


@pytest.mark.parametrize("layout", sorted(PART_LAYOUTS))
def test_part_words_give_the_same_plan(plans, layout):
    import planparse
    from conftest import SAMPLE_FILES
    changed = 0
    for f in SAMPLE_FILES:
        ref = plans[f.stem]
        text = PART_LAYOUTS[layout](f.read_text(encoding="utf-8"))
        if text == f.read_text(encoding="utf-8"):
            continue  # no Roman parts (a news report)
        changed += 1
        got = planparse.parse(text)
        assert [(s.id, s.title) for s in got.sections] == [(s.id, s.title) for s in ref.sections], f.stem
        assert [(t.id, [a.name for a in t.lead]) for t in got.tasks] == [(t.id, [a.name for a in t.lead]) for t in ref.tasks]
        assert [a.agency.name for a in got.assignments] == [a.agency.name for a in ref.assignments], f.stem
    assert changed >= 3


def test_tasks_under_capital_letter_tops_follow_their_roman_part():
    from planparse.extract.tasks import task_sections
    st = build("A. MỤC ĐÍCH, YÊU CẦU\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức\nB. NỘI DUNG KẾ HOẠCH\nI. NHIỆM VỤ CỤ THỂ\n"
               "1. Tuyên truyền\n2. Tập huấn\nII. KINH PHÍ\n1. Ngân sách tỉnh\nC. TỔ CHỨC THỰC HIỆN\n1. Sở A")
    assert [s.id for s in task_sections(st)] == ["B.I.1", "B.I.2"]


@pytest.mark.parametrize("para, title", [
    ("Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung. Chỉ đạo Đoàn.", "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung"),
    ("Bà. Lê Thị Hoa - Thành viên. Kiểm tra hồ sơ.", "Bà. Lê Thị Hoa - Thành viên"),
    ("Đ/c. Trần Văn An - Thư ký. Tổng hợp.", "Đ/c. Trần Văn An - Thư ký"),
    ("Tuyên truyền về ASEAN. Các sở thực hiện.", "Tuyên truyền về ASEAN"),   # an ordinary sentence end still ends
])
def test_honorific_dot_does_not_end_the_title(para, title):
    from planparse.layout.outline import clean_title
    assert clean_title(para) == title


@pytest.mark.parametrize("line,kind,num", [
    ("1/ Tuyên truyền về ASEAN", "arabic", "1"),
    ("12/ Tổ chức hội nghị", "arabic", "12"),
    ("a/ Nâng cao nhận thức", "letter", "a"),
    ("15/12/2021 là hạn báo cáo", "text", ""),   # a date, not a label
    ("3/2021 các sở báo cáo", "text", ""),
    ("1/KH-UBND ngày 5/1", "text", ""),           # a document number
    ("v/v triển khai", "text", ""),
])
def test_labels_typed_with_a_slash(line, kind, num):
    from planparse.layout.outline import classify
    got = classify(line, 0)
    assert (got.kind, got.num) == (kind, num)
