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
