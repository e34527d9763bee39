"""The header block, closing and reported texts (layout.md §1, §4): one header in every flattening
gives the same metadata; issuers compose from parent and issuing body; blank numbers and dates are None."""
from __future__ import annotations

import pytest

from planparse import parse
from planparse.layout.closing import read_closing
from planparse.layout.header import compose_issuer, proper_case, read_header

L = ["UBND TỈNH HẬU GIANG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: 1286/KH-SVHTTDL"]
R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hậu Giang, ngày 24 tháng 7 năm 2019"]
BODY = ("KẾ HOẠCH\nTổ chức các hoạt động văn hóa, thể thao\ntrên địa bàn tỉnh năm 2019\n\n"
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2019 của UBND tỉnh;\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")


def _joined(sep: str) -> str:
    return "\n".join(a + sep + b for a, b in zip(L, R))


FLATTENINGS = {
    "left column first": "\n".join(L + R),
    "right column first": "\n".join(R + L),
    "interleaved": "\n".join(x for pair in zip(L, R) for x in pair),
    "run of spaces": _joined("          "),
    "tab": _joined("\t"),
    "table cells": _joined(" | | "),
    "web dash": _joined(" — "),
    "one line, dashes": " - ".join(L[:2]) + " — " + " - ".join(R[:2]) + "\n" + L[2] + " — " + R[2],
    "number and date split": "\n".join(L[:2] + R[:2]) + "\nSố:\n1286 /KH-SVHTTDL\n\n" + R[2],
    "DOCX cells, paragraphs joined": (" ".join(L[:2]) + " " + L[2] + " | " + " ".join(R) + "\n"),
    "markdown bold": "**" + "\n".join(L[:2]) + "**\n\n**" + "\n".join(R[:2]) + "**\n\n" + L[2] + "\n\n" + R[2],
    "portal metadata first": ("Số hiệu: 1286/KH-SVHTTDL\nLoại văn bản: Kế hoạch\nNơi ban hành: Sở Văn hóa, Thể thao và Du lịch "
                              "tỉnh Hậu Giang\nNgày ban hành: 24/07/2019\n\n" + "\n".join(x for pair in zip(L, R) for x in pair)),
}
WANT = dict(number="1286/KH-SVHTTDL", doc_type="Kế hoạch", issuer="Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang",
            issued="2019-07-24", title="Tổ chức các hoạt động văn hóa, thể thao trên địa bàn tỉnh năm 2019")


@pytest.mark.parametrize("layout", list(FLATTENINGS))
def test_every_flattening_gives_the_same_meta(layout):
    m = parse(FLATTENINGS[layout] + "\n\n" + BODY).meta
    got = dict(number=m.number, doc_type=m.doc_type, issuer=m.issuer, issued=m.issued, title=m.title)
    assert got == WANT
    assert m.province == "Hậu Giang"


@pytest.mark.parametrize("bodies, province, want", [
    (["UBND TỈNH HẬU GIANG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"], None, "Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang"),
    (["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC THỌ"], "Hà Tĩnh", "Ủy ban nhân dân huyện Đức Thọ"),
    (["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"], None, "Ủy ban nhân dân tỉnh Lào Cai"),
    (["ỦY BAN NHÂN DÂN TỈNH LÀO CAI"], None, "Ủy ban nhân dân tỉnh Lào Cai"),
    (["UBND TỈNH QUẢNG TRỊ"], None, "Ủy ban nhân dân tỉnh Quảng Trị"),  # spelled out in full
    (["UBND HUYỆN ĐỨC THỌ", "PHÒNG VĂN HÓA VÀ THÔNG TIN"], "Hà Tĩnh", "Phòng Văn hóa và Thông tin huyện Đức Thọ"),
    (["UBND TỈNH KIÊN GIANG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], None, "Sở Giáo dục và Đào tạo tỉnh Kiên Giang"),
    (["UBND TỈNH LÀO CAI", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"], None, "Sở Lao động - Thương binh và Xã hội tỉnh Lào Cai"),
    (["SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT"], "Lào Cai",
     "Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT, Sở Công Thương tỉnh Lào Cai"),
    (["SỞ CÔNG THƯƠNG", "PHÒNG QLCN"], None, "Phòng Quản lý công nghiệp, Sở Công Thương"),  # spelled out in full
    (["BỘ CÔNG THƯƠNG", "CỤC HÓA CHẤT"], "Hà Nội", "Cục Hóa chất"),
    (["TỈNH ỦY LÀO CAI", "BAN TUYÊN GIÁO"], None, "Ban Tuyên giáo Tỉnh ủy Lào Cai"),
    (["HỘI LHPN VIỆT NAM", "HỘI LHPN TỈNH BẾN TRE"], None, "Hội Liên hiệp Phụ nữ tỉnh Bến Tre"),
    (["TỈNH ỦY HẬU GIANG BAN TUYÊN GIÁO"], None, "Ban Tuyên giáo Tỉnh ủy Hậu Giang"),  # one web-page line
    (["UBND TỈNH AN GIANG", "BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI"], None, "Ban Chỉ đạo phòng, Chống thiên tai tỉnh An Giang"),
    (["CÔNG TY CP ĐẦU TƯ XÂY DỰNG HẠ TẦNG VÀ GIAO THÔNG"], "Hà Nội", "Công ty CP đầu tư xây dựng hạ tầng và Giao thông"),
    (["UBND THÀNH PHỐ HÀ NỘI", "SỞ Y TẾ"], None, "Sở Y tế thành phố Hà Nội"),
    (["UBND HUYỆN ĐỨC THỌ PHÒNG TÀI CHÍNH - KẾ HOẠCH"], "Hà Tĩnh", "Phòng Tài chính - Kế hoạch huyện Đức Thọ"),
    (["ỦY BAN NHÂN DÂN THÀNH PHỐ HỘI AN"], "Quảng Nam", "Ủy ban nhân dân thành phố Hội An"),
    # ministries issue jointly (Thông tư liên tịch, Hướng dẫn liên ngành); a ministry's unit is not a second issuer
    (["BỘ TÀI CHÍNH", "BỘ CÔNG THƯƠNG"], None, "Bộ Tài chính, Bộ Công Thương"),
    (["BỘ CÔNG AN - BỘ QUỐC PHÒNG", "BỘ TÀI CHÍNH - VIỆN KIỂM SÁT", "NHÂN DÂN TỐI CAO - TÒA ÁN", "NHÂN DÂN TỐI CAO"], None,
     "Bộ Công an, Bộ Quốc phòng, Bộ Tài chính, Viện Kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao"),
    (["BỘ QUỐC PHÒNG", "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG"], None, "Bộ Chỉ huy Bộ đội Biên phòng"),
])
def test_issuer_composition(bodies, province, want):
    assert compose_issuer(bodies, province).casefold() == want.casefold()


def test_proper_case_keeps_locality_and_fixed_terms():
    assert proper_case("SỞ CÔNG THƯƠNG TỈNH LÀO CAI") == "Sở Công Thương tỉnh Lào Cai"
    assert proper_case("ỦY BAN NHÂN DÂN HUYỆN ĐỨC THỌ") == "Ủy ban nhân dân huyện Đức Thọ"


@pytest.mark.parametrize("line, number, code", [
    ("Số:      /KH-SCT", None, "KH-SCT"),
    ("Số: /UBND-XD", None, "UBND-XD"),
    ("Số: 4750 /KH-UBND", "4750/KH-UBND", "KH-UBND"),
    ("Số: 89 /2026/QĐ-CT", "89/2026/QĐ-CT", "QĐ-CT"),
    ("Số: 1811/KH-UBND — Cao Bằng, ngày 19 tháng 6 năm 2018", "1811/KH-UBND", "KH-UBND"),
    ("Số: 1811/KH-UBND - Cao Bằng, ngày 19 tháng 6 năm 2018", "1811/KH-UBND", "KH-UBND"),
    ("Số: 24/HDLN-BCA-BQP-\nBYT-BCT", "24/HDLN-BCA-BQP-BYT-BCT", "HDLN-BCA-BQP-BYT-BCT"),
    ("Số: 12-KH/BTGTU", "12-KH/BTGTU", "KH-BTGTU"),
    # the code's rest after the other column's date line; Cyrillic look-alikes of a text layer (ВСТ)
    ("Số: 24 /HDLN-BCA-BQP-BYT-\nHà Nội, ngày 25 tháng 6 năm 2026\nВСТ-ВТC-VKSNDTC-TANDTC",
     "24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC", "HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC"),
    # a hyphen at the line's end does not take the place of the next line (Hà Nội → H)
    ("Số: 24 /HDLN-BCA-BQP-BYT-\nHà Nội, ngày 25 tháng 6 năm 2026", "24/HDLN-BCA-BQP-BYT", "HDLN-BCA-BQP-BYT"),
    ("Số: 15/QĐ-ВСТ", "15/QĐ-BCT", "QĐ-BCT"),
    ("Số: ........../KH-UBND", None, "KH-UBND"),
    ("Số: …/KH-UBND", None, "KH-UBND"),
])
def test_number_grammar(line, number, code):
    h = read_header("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n" + line + "\n\nKẾ HOẠCH\nViệc gì đó\n")
    assert (h.number, h.number_code) == (number, code)


@pytest.mark.parametrize("line, issued", [
    ("Lào Cai, ngày      tháng 5 năm 2026", None),
    ("Lào Cai, ngày 12 tháng      năm 2026", None),
    ("Lào Cai, ngày 10 tháng 01năm 2026", "2026-01-10"),
    ("Lào Cai, ngày15 tháng 5 năm 2026", "2026-05-15"),
    ("TP. Hồ Chí Minh, ngày 02/03/2020", "2020-03-02"),
    ("Cao Bằng, ngày 19 tháng 6 năm 2018", "2018-06-19"),
    ("Ngày 19 tháng 6 năm 2018", "2018-06-19"),
    ("ngày …… tháng 6 năm 2018", None),
])
def test_place_date(line, issued):
    h = read_header("SỞ CÔNG THƯƠNG\nSố: 12/KH-SCT\n" + line + "\n\nKẾ HOẠCH\nViệc gì đó\n")
    assert h.issued == issued


def test_blank_number_and_date_are_none_in_a_plan():
    m = parse("UBND TỈNH LÀO CAI | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG | | Độc lập - Tự do - Hạnh phúc\n"
              "Số: /KH-SCT | | Lào Cai, ngày tháng 5 năm 2026\n\nKẾ HOẠCH\nKiểm tra an toàn\n\n" + BODY.split("\n\n", 1)[1]).meta
    assert (m.number, m.issued, m.doc_type, m.issuer) == (None, None, "Kế hoạch", "Sở Công Thương tỉnh Lào Cai")
    assert m.period is None  # a one-off plan states no period


@pytest.mark.parametrize("head, doc_type, title", [
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 193 /UBND-KT\nLào Cai, ngày 10 tháng 01 năm 2026\nV/v tăng cường công tác quản lý\n"
     "Kính gửi: Các sở, ngành", "Công văn", "Tăng cường công tác quản lý"),
    ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: 1894 /TB-SCT\nLào Cai, ngày 09 tháng 4 năm 2026\nTHÔNG BÁO\n"
     "Kết quả kiểm tra việc chấp hành\n", "Thông báo", "Kết quả kiểm tra việc chấp hành"),
    ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBIÊN BẢN KIỂM TRA\nThực tế kho bảo quản\n\n"
     "Hôm nay, ngày 29/6/2026, Sở Công Thương tiến hành kiểm tra", "Biên bản", "Kiểm tra thực tế kho bảo quản"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 2507/GP-UBND\nLào Cai, ngày 21 tháng 7 năm 2026\n"
     "GIẤY PHÉP SỬ DỤNG VẬT LIỆU NỔ CÔNG NGHIỆP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật số 1/2020/QH14;",
     "Giấy phép", "Sử dụng vật liệu nổ công nghiệp"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 1696 /QĐ-UBND\nLào Cai, ngày 15 tháng 5 năm 2026\nQUYẾT ĐỊNH\n"
     "Về việc ủy quyền cho Giám đốc Sở Công Thương\nỦY BAN NHÂN DÂN TỈNH LÀO CAI\nCăn cứ Luật số 1/2020/QH14;",
     "Quyết định", "Ủy quyền cho Giám đốc Sở Công Thương"),
    ("BỘ CÔNG AN\nSố: 24/HDLN-BCA\nHà Nội, ngày 25 tháng 6 năm 2026\nHƯỚNG DẪN LIÊN NGÀNH\nVề việc xử lý hành vi vi phạm\n",
     "Hướng dẫn", "Xử lý hành vi vi phạm"),
])
def test_doc_type_and_subject(head, doc_type, title):
    h = read_header(head)
    assert (h.doc_type, h.title) == (doc_type, title)


@pytest.mark.parametrize("opening", ["Hôm nay", "Hồm nay"])  # OCR slips the tone on ô
def test_biên_bản_date_from_hôm_nay(opening):
    h = read_header(f"BIÊN BẢN KIỂM TRA\nThực tế kho\n\n{opening}, ngày 29/6/2026, Sở Công Thương tiến hành kiểm tra")
    assert h.issued == "2026-06-29" and h.number is None


def test_joint_issuers_over_interleaved_lines():
    h = read_header("BỘ CÔNG AN - BỘ QUỐC PHÒNG -    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBỘ Y TẾ - BỘ CÔNG THƯƠNG -\n"
                    "Độc lập - Tự do - Hạnh phúc\nBỘ TÀI CHÍNH - VIỆN KIỂM SÁT\nNHÂN DÂN TỐI CAO - TÒA ÁN\nNHÂN DÂN TỐI CAO\n"
                    "Số: 24 /HDLN-BCA-BQP-BYT-\nHà Nội, ngày 25 tháng 6 năm 2026\nBCT-BTC-VKSNDTC-TANDTC\n"
                    "HƯỚNG DẪN LIÊN NGÀNH\nVề việc xử lý đối với hành vi vi phạm\n\nCăn cứ Luật Tổ chức Chính phủ;\n")
    assert h.number == "24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC" and h.issued == "2026-06-25"
    assert h.doc_type == "Hướng dẫn"
    assert h.issuer.casefold() == ("Bộ Công an, Bộ Quốc phòng, Bộ Y tế, Bộ Công Thương, Bộ Tài chính, "
                                   "Viện Kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao").casefold()


def test_news_report_metadata_from_the_reporting_sentence():
    m = parse("Tin hoạt động\n\nNgày 15/11/2019, UBND tỉnh Hậu Giang ban hành Kế hoạch số 400/KH-UBND về tuyên truyền, "
              "quảng bá ASEAN năm 2020 trên địa bàn tỉnh.\n\nTheo đó, các sở, ngành tổ chức tuyên truyền.\n").meta
    assert (m.number, m.issued, m.doc_type, m.news_report) == ("400/KH-UBND", "2019-11-15", "Kế hoạch", True)
    assert m.title == "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh"


@pytest.mark.parametrize("closing, name, position, recipients", [
    ("Nơi nhận: - Ban Giám đốc Sở; - Lưu: VT, CN. | | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân",
     "Hoàng Văn Thuân", "Phó Giám đốc", ["Ban Giám đốc Sở", "Lưu: VT, CN"]),
    ("Nơi nhận:\n- Bộ Công Thương;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nĐặng Minh Hưng",
     "Đặng Minh Hưng", "Phó Chủ tịch", ["Bộ Công Thương", "Lưu: VT"]),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.          TRƯỞNG ĐOÀN\n\n\nHoàng Văn Thuân", "Hoàng Văn Thuân", "Trưởng đoàn",
     ["Như trên", "Lưu: VT"]),
    ("TL. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nĐã ký: Nguyễn Văn An", "Nguyễn Văn An", "Chánh Văn phòng", []),
    ("Q. GIÁM ĐỐC\n(đã ký)\nTrần Thị Bình", "Trần Thị Bình", "Quyền Giám đốc", []),
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", None, None, ["Như trên", "Lưu: VT"]),
])
def test_closing_signature_and_recipients(closing, name, position, recipients):
    c = read_closing("Trên đây là Kế hoạch …/.\n\n" + closing + "\n")
    assert (c.signer_name, c.signer_position, list(c.recipients)) == (name, position, recipients)


def test_signer_before_the_appendix_not_in_it():
    c = read_closing("Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Tám\n\nPHỤ LỤC\n(Kèm theo Kế hoạch số 1/KH-UBND)\n"
                     "GIÁM ĐỐC\nTrần Văn Bảy\n")
    assert c.signer_name == "Lê Văn Tám"


def test_inspection_team_plan_as_pdftotext_lays_it_out():
    """A team's plan (the layout of a Sở's inspection team): a four-line left column with the team's
    founding decision, the number under it, the team leader signing without an authority marker."""
    text = ("   SỞ CÔNG THƯƠNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "    ĐOÀN KIỂM TRA                         Độc lập - Tự do - Hạnh phúc\n"
            "  THEO QUYẾT ĐỊNH\n"
            "   SỐ 1050/QĐ-SCT                      Lào Cai, ngày 10 tháng 3 năm 2026\n\n"
            "     Số: 1105/KH-ĐKT\n\n"
            "                               KẾ HOẠCH\n"
            "Kiểm tra việc chấp hành Quy định pháp luật trong sử dụng và bảo quản vật\n"
            "               liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai\n\n"
            "      Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương tỉnh Lào Cai.\n"
            "1. Mục tiêu\n- Đánh giá toàn diện.\n2. Yêu cầu\n- Tổ chức kiểm tra đúng trình tự.\n\n"
            "Nơi nhận:                                            TRƯỞNG ĐOÀN\n- Như trên;\n- Lưu: VT.\n\n"
            "                                                  Hoàng Văn Thuân\n")
    m = parse(text).meta
    assert (m.number, m.issued, m.province, m.period) == ("1105/KH-ĐKT", "2026-03-10", "Lào Cai", None)
    assert m.issuer == "Đoàn Kiểm tra theo Quyết định số 1050/QĐ-SCT, Sở Công Thương tỉnh Lào Cai"
    assert m.title == ("Kiểm tra việc chấp hành Quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp "
                       "trên địa bàn tỉnh Lào Cai")
    assert (m.signer.name, m.signer.position) == ("Hoàng Văn Thuân", "Trưởng đoàn")
    assert [b.number for b in m.basis] == ["1050/QĐ-SCT"]


@pytest.mark.parametrize("text, number, issued, title", [
    ("Ngày 15/11/2019, UBND tỉnh ban hành Kế hoạch số 400/KH-UBND về tuyên truyền ASEAN năm 2020.\n",
     "400/KH-UBND", "2019-11-15", "Tuyên truyền ASEAN năm 2020"),
    ("UBND tỉnh vừa ban hành Kế hoạch số 400/KH-UBND ngày 15/11/2019 về việc tuyên truyền ASEAN năm 2020.\n",
     "400/KH-UBND", "2019-11-15", "Tuyên truyền ASEAN năm 2020"),
    ("Ngày 15 tháng 11 năm 2019, Sở Nội vụ đã ban hành Kế hoạch số 12/KH-SNV nhằm cải cách hành chính năm 2020\n",
     "12/KH-SNV", "2019-11-15", "Cải cách hành chính năm 2020"),
    ("Ngày 08/11/2019, Ủy ban nhân dân tỉnh ban hành Kế hoạch về việc tuyên truyền ASEAN năm 2020.\n",
     None, "2019-11-08", "Tuyên truyền ASEAN năm 2020"),
])
def test_news_sentence_forms(text, number, issued, title):
    assert read_header("Tin tức\n\nUBND tỉnh ban hành Kế hoạch về việc tuyên truyền.\n").news is False  # neither
    h = read_header("Tin tức - Sự kiện\n\n" + text + "\nTheo đó, các cơ quan tổ chức thực hiện.\n")
    assert (h.number, h.issued, h.doc_type, h.title, h.news) == (number, issued, "Kế hoạch", title, True)


def test_portal_labels_two_per_line():
    h = read_header("Số hiệu: 400/KH-UBND          Loại văn bản: Kế hoạch\nNơi ban hành: Tỉnh Hậu Giang          "
                    "Ngày ban hành: 15/11/2019\n\nKẾ HOẠCH\nTuyên truyền ASEAN năm 2020\n")
    assert (h.number, h.doc_type, h.issuer, h.issued) == ("400/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Hậu Giang",
                                                          "2019-11-15")


def test_party_header_motto_is_not_the_issuer():
    h = read_header("TỈNH ỦY LÀO CAI          ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO\nSố: 12-KH/BTGTU          "
                    "Lào Cai, ngày 5 tháng 3 năm 2024\n\nKẾ HOẠCH\nTuyên truyền năm 2024\n")
    assert h.issuer.casefold() == "ban tuyên giáo tỉnh ủy lào cai" and h.issued == "2024-03-05"
    assert (h.number, h.doc_type) == ("12-KH/BTGTU", "Kế hoạch")


@pytest.mark.parametrize("head, doc_type, issuer", [
    # OCR slips tones on the type line and on TỈNH; the type and the locality are still read
    ("ỦY BAN NHÂN DÂN\nTĨNH LÀO CAI\nSố: 2507/GP-UBND\nLào Cai, ngày 21 tháng 7 năm 2026\n"
     "GIẦY PHÉP SỬ DỤNG VẬT LIỆU NÓ CÔNG NGHIỆP\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n", "Giấy phép",
     "Ủy ban nhân dân tỉnh Lào Cai"),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBIẾN BẢN KIÊM TRA\nThực tế khu vực\n"
     "Hôm nay, ngày 08/6/2026, Sở Công Thương tiến hành kiểm tra", "Biên bản", None),
])
def test_ocr_slips_in_the_header(head, doc_type, issuer):
    h = read_header(head)
    assert (h.doc_type, h.issuer) == (doc_type, issuer)


def test_closing_paragraph_and_annex_restatement():
    text = ("II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì.\nTrên đây là Kế hoạch của UBND tỉnh./.\n\nNơi nhận:\n- Lưu: VT.\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Tám\n\nPHỤ LỤC\n(Kèm theo Kế hoạch số 12 /KH-UBND ngày 3/2/2020 của UBND tỉnh)\n")
    c = read_closing(text)
    assert text[c.paragraph[0]:c.paragraph[1]] == "Trên đây là Kế hoạch của UBND tỉnh./."
    assert c.annex_refs == ("12/KH-UBND",)


def test_garbled_motto_of_a_bad_text_layer_is_not_an_issuer():
    h = read_header("CQNG HOA XA HQI CHU NGHIA VIET NAM\nDQc l$p - Tg do - H4nh phric\nBIEN BAN KIEM TRA\nThuc te kho\n")
    assert h.issuer is None and h.doc_type == "Biên bản"


def test_number_restated_by_the_appendix_when_the_header_lost_it():
    text = ("KẾ HOẠCH\nPhòng chống dịch năm 2020\n\nI. MỤC ĐÍCH\n1. Bảo vệ sức khỏe.\nTrên đây là Kế hoạch./.\n\n"
            "Nơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Tám\n\nPHỤ LỤC\n"
            "(Kèm theo Kế hoạch số 12/KH-UBND ngày 3/2/2020 của UBND tỉnh)\n")
    assert parse(text).meta.number == "12/KH-UBND"
    blank = text.replace("KẾ HOẠCH\n", "Số: /KH-UBND\n\nKẾ HOẠCH\n", 1).replace("số 12/KH-UBND", "số /KH-UBND")
    assert parse(blank).meta.number is None


def test_ocr_text_of_a_team_plan():
    """Tesseract's reading of a scanned team plan: columns joined by one space, a fraction slash in the
    number, recipients wrapped over lines."""
    text = ("SỞ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐOÀN KIÊM TRA Độc lập - Tự do - Hạnh Phúc\n"
            "THEO QUYẾT ĐỊNH\nSỐ 1050/QĐ-SCT Lào Cai, ngày 10 tháng 3 năm 2026\n\nSố: 1105⁄KH-ĐKT\n\nKẾ HOẠCH\n"
            "Kiêm tra việc châp hành Quy định pháp luật trong sử dụng và bảo quản vật\n"
            "liệu nô công nghiệp trên địa bàn tỉnh Lào Cai\n\n"
            "Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương.\n\n1. Mục tiêu\n- Đánh giá.\n"
            "Trên đây là Kế hoạch kiểm tra của Đoàn./.\n\nNơi nhận: TM. ĐOÀN KIÊM TRA\n"
            "- Giám đốc Sở (để báo cáo và phê duyệt);\n- Văn phòng Sở (Bố trí kinh phí, phương\n"
            "tiện phục vụ Đoàn kiểm tra);\n\n- Lưu: VT, CN.\n")
    m = parse(text).meta
    assert (m.number, m.issued, m.doc_type) == ("1105/KH-ĐKT", "2026-03-10", "Kế hoạch")
    assert m.recipients == ("Giám đốc Sở (để báo cáo và phê duyệt)",
                            "Văn phòng Sở (Bố trí kinh phí, phương tiện phục vụ Đoàn kiểm tra)", "Lưu: VT, CN")


@pytest.mark.parametrize("caps, title", [
    ("KẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH VỀ ASEAN TRÊN ĐỊA BÀN TỈNH SÓC TRĂNG GIAI ĐOẠN 2014 - 2015\n",
     "Triển khai chương trình về ASEAN trên địa bàn tỉnh Sóc Trăng giai đoạn 2014 - 2015"),
    ("KẾ HOẠCH\nTUYÊN TRUYỀN TRÊN ĐỊA BÀN HUYỆN ĐỨC THỌ NĂM 2020\n", "Tuyên truyền trên địa bàn huyện Đức Thọ năm 2020"),
])
def test_subject_in_capitals_in_sentence_case(caps, title):
    assert read_header("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 39/KH-UBND\n" + caps).title == title


LETTER_LAYOUT = """   UỶ BAN NHÂN DÂN                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH LÀO CAI                           Độc lập - Tự do - Hạnh phúc
     Số: 193 /UBND-KT                    Lào Cai, ngày 10 tháng 01năm 2026
 V/v tăng cường công tác quản
lý, giám sát hoạt động VLNCN,
     TCTN trên địa bàn tỉnh
              Kính gửi:
                          - Các Sở, ngành: Công Thương, Nội vụ;
                          - UBND các xã, phường.
       Công tác quản lý nhà nước về vật liệu nổ công nghiệp thời gian vừa qua đã đạt được nhiều kết quả.
"""


def test_letter_as_pdftotext_lays_it_out():
    h = parse(LETTER_LAYOUT).meta  # normalisation puts the old tone placement (UỶ, HOÀ) right
    assert (h.number, h.doc_type, h.issued) == ("193/UBND-KT", "Công văn", "2026-01-10")
    assert h.issuer == "Ủy ban nhân dân tỉnh Lào Cai"
    assert h.title == "Tăng cường công tác quản lý, giám sát hoạt động VLNCN, TCTN trên địa bàn tỉnh"


def test_a_headline_in_capitals_is_not_an_issuer():
    h = read_header("TUYÊN TRUYỀN ASEAN NĂM 2020\n\nTheo tin từ Sở Thông tin, hoạt động tuyên truyền được đẩy mạnh.\n")
    assert (h.issuer, h.number, h.doc_type) == (None, None, None)


@pytest.mark.parametrize("cells", ["one row per line", "one cell per column"])
def test_header_as_a_docx_table(tmp_path, cells):
    """The header as Word lays it out: a borderless two-column table, then the type line and subject."""
    docx = pytest.importorskip("docx")
    d = docx.Document()
    if cells == "one row per line":
        t = d.add_table(rows=3, cols=2)
        for i, (a, b) in enumerate(zip(L, R)):
            t.cell(i, 0).text, t.cell(i, 1).text = a, b
    else:  # each column one cell, its lines as paragraphs
        t = d.add_table(rows=1, cols=2)
        for j, col in enumerate((L, R)):
            c = t.cell(0, j)
            c.text = col[0]
            for line in col[1:]:
                c.add_paragraph(line)
    for para in BODY.split("\n"):
        d.add_paragraph(para)
    path = tmp_path / "header.docx"
    d.save(str(path))
    m = parse(str(path)).meta
    assert dict(number=m.number, doc_type=m.doc_type, issuer=m.issuer, issued=m.issued, title=m.title) == WANT


def test_subject_stops_before_a_body_paragraph():
    h = read_header("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBIÊN BẢN KIỂM TRA\n"
                    "Thực tế kho bảo quản vật liệu nổ công nghiệp\n" + "Sở Công Thương nhận được đề nghị của Công ty tại Văn bản ngày 25/6/2026 "
                    "về việc báo cáo kết quả khắc phục các tồn tại kho chứa vật liệu nổ công nghiệp tại khu vực mỏ đá, xã Bảo Ái\n")
    assert h.title == "Kiểm tra thực tế kho bảo quản vật liệu nổ công nghiệp"


def test_basis_several_per_line_without_so_and_not_requests():
    text = ("UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố: /KH-SCT\nLào Cai, ngày tháng 5 năm 2026\n\nKẾ HOẠCH\nKiểm tra an toàn\n\n"
            "Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ; Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 "
            "của Chính phủ về phân quyền;\nCăn cứ Quyết định 1883/QĐ-UBND ngày 06/11/2025 của UBND tỉnh Lào Cai;\n"
            "Xét đề nghị của Chi nhánh Mỏ tại Văn bản số 1230/MĐV-ATMT ngày 20/5/2026.\n\nI. MỤC ĐÍCH\n1. Bảo đảm an toàn.\n")
    basis = parse(text).meta.basis
    assert [(b.number, b.type, b.date) for b in basis] == [
        ("181/2024/NĐ-CP", "Nghị định", "2024-12-31"), ("146/2025/NĐ-CP", "Nghị định", "2025-06-12"),
        ("1883/QĐ-UBND", "Quyết định", "2025-11-06")]


def test_type_line_that_lost_its_capitals():
    h = read_header("Ủy ban nhân dân tỉnh Bến Tre\nSố: 12/KH-UBND\nBến Tre, ngày 2 tháng 3 năm 2020\n\nKế hoạch\n"
                    "Phòng, chống dịch bệnh năm 2020\n\nCăn cứ Luật số 03/2007/QH12;\n")
    assert (h.doc_type, h.title, h.number) == ("Kế hoạch", "Phòng, chống dịch bệnh năm 2020", "12/KH-UBND")
    assert h.issuer == "Ủy ban nhân dân tỉnh Bến Tre"


@pytest.mark.parametrize("head", [
    # a narrow right column (a PDF printed from Word) wraps the motto onto the next line
    "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nTỈNH QUẢNG TRỊ\nĐộc lập - Tự do - Hạnh phúc\n",
    "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ\nĐộc lập - Tự do -\nHạnh phúc\n",
    # … and a PDF's line builder may put the left column's words between the motto's halves
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA UBND TỈNH QUẢNG TRỊ\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
    # a narrower column wraps it twice (the columns given one after the other)
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT\nNAM\nĐộc lập - Tự do -\nHạnh phúc\n",
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nCỘNG HÒA\nXÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
])
def test_wrapped_motto_is_not_read_as_a_body(head):
    h = read_header(head + "Số: 2150/KH-UBND\nQuảng Trị, ngày 12 tháng 6 năm 2020\nKẾ HOẠCH\nTuyên truyền\n")
    assert (h.issuer, h.number) == ("Ủy ban nhân dân tỉnh Quảng Trị", "2150/KH-UBND")


@pytest.mark.parametrize("left, issuer", [
    ("UBND TỈNH LÂM ĐỒNG\nỦY BAN NHÂN\nDÂN\nHUYỆN ĐỨC\nTRỌNG", "Ủy ban nhân dân huyện Đức Trọng"),
    ("ỦY BAN\nNHÂN DÂN\nTỈNH THỪA\nTHIÊN HUẾ", "Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
    ("HỘI\nĐỒNG NHÂN DÂN\nTỈNH QUẢNG TRỊ", "Hội đồng nhân dân tỉnh Quảng Trị"),
    ("UBND TỈNH\nTHỪA THIÊN\nHUẾ\nSỞ VĂN HÓA\nVÀ THỂ THAO", "Sở Văn hóa và Thể thao tỉnh Thừa Thiên Huế"),
])
def test_left_column_wrapped_inside_a_level_word(left, issuer):
    """A narrow left column wraps a body's name anywhere, even inside its level word (``ỦY BAN NHÂN``
    / ``DÂN``); the columns come one after the other, the date's year on a line of its own."""
    h = read_header(left + "\nSố: 25/KH-UBND\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT\nNAM\nĐộc lập - Tự do -\nHạnh phúc\n"
                    "Thừa Thiên Huế, ngày\n25 tháng 3 năm\n2022\nKẾ HOẠCH\nTuyên truyền về ASEAN năm 2022\n")
    assert (h.issuer, h.number, h.issued, h.place) == (issuer, "25/KH-UBND", "2022-03-25", "Thừa Thiên Huế")


# a collective signs by its head (Decree 30, art. 12); the scan of KH-1105 puts the recipients and
# the signature in one column, with OCR specks between the items and the name's first syllable garbled
_TEAM_CLOSING = ("4.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung.\n"
                 "4.2. Bà Lê Thị Hoa - Thành viên.\n"
                 "Trên đây là Kế hoạch kiểm tra của Đoàn./.\n"
                 "Nơi nhận: —-\nT/M. ĐOÀN KIÊM TRA\n- Giám đốc Sở (để báo cáo);\n:\nẦ\n"
                 "- Thành viên Đoàn (để thực hiện);\n- Lưu: VT.\n{name}\n- PHO GIAM ĐỌC\n")


@pytest.mark.parametrize("name, want", [
    ("Hoàng Văn Thuân", "Hoàng Văn Thuân"),    # printed cleanly
    ("lowfg Văn Thuân", "Hoàng Văn Thuân"),    # first syllable garbled: the one person of that name in the body
    ("lowfg Văn Nam", None),                   # nobody in the body ends so: no guess
])
def test_collective_signer_is_the_head_of_the_collective(name, want):
    c = read_closing(_TEAM_CLOSING.format(name=name))
    assert c.signer_name == want
    assert c.signer_position == ("Trưởng đoàn" if want else None)
    assert c.recipients == ("Giám đốc Sở (để báo cáo)", "Thành viên Đoàn (để thực hiện)", "Lưu: VT")


def test_collective_marker_with_a_position_line_keeps_the_position():
    c = read_closing("Nơi nhận:\n- Lưu: VT.\nTM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN\nLê Văn Tám\n")
    assert (c.signer_name, c.signer_position) == ("Lê Văn Tám", "Phó Trưởng ban")


@pytest.mark.parametrize("closing, name, position", [
    # a one-column PDF copy interleaves the recipients with the signature block (QD-1696)
    ("Nơi nhận:\nTM. ỦY BAN NHÂN DÂN\n- Như Điều 4;\nCHỦ TỊCH\n- TT. Tỉnh ủy, HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n"
     "- Các sở, ban, ngành tỉnh;\n- Báo và Phát thanh, Truyền hình tỉnh;\n- Chánh VP, các PCVP UBND tỉnh;\n"
     "- Lưu: VT, KT (Long).\nNguyễn Tuấn Anh\n", "Nguyễn Tuấn Anh", "Chủ tịch"),
    # a recipient item is never the name, even in capitalised words (QD-26: the name is not printed)
    ("Nơi nhận:\n_ CỤC TRƯỞNG\n- Như Điều Sh\n:\n- PCT Phạm Huy Nam Sơn;\n- Lưu: VT, Hồ sơ Đoàn kiểm tra.\n", None, None),
])
def test_signer_across_interleaved_recipients(closing, name, position):
    c = read_closing(closing)
    assert (c.signer_name, c.signer_position) == (name, position)


@pytest.mark.parametrize("line, issued", [
    ("Lào Cai, ngày 15 tháng 5 4 năm 2026", "2026-05-15"),   # a stamp's speck after the typed month
    ("Lào Cai, ngày 15 tháng 1 2 năm 2026", None),           # could be December split by OCR: not guessed
    ("Lào Cai, ngày 15 tháng 12 năm 2026", "2026-12-15"),
])
def test_speck_between_month_and_year(line, issued):
    head = "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/QĐ-UBND\n" + line + "\nQUYẾT ĐỊNH\nVề việc ủy quyền\n"
    assert read_header(head).issued == issued


@pytest.mark.parametrize("closing, name, position", [
    # GP-2507's scan: the deputy line cut to "ˆ Ó CHỦ TỊCH", the name's first letter cut; the
    # recipients name the same person in full
    ("KT. CHỦ TỊCH\nTU KH cu :\n- Chủ tịch tỉnh;\nˆ Ó CHỦ TỊCH\n- PCT UBND tỉnh Nguyễn Thành Sinh;\n- Lưu: VT, KT.\n"
     "guyến Thành Sinh\n", "Nguyễn Thành Sinh", "Phó Chủ tịch"),
    ("KT. GIÁM ĐỐC\n(Đã ký)\nTrần Văn Bảy\n", "Trần Văn Bảy", "Phó Giám đốc"),       # KT. with its deputy line lost
    ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn Tám\n", "Lê Văn Tám", "Thứ trưởng"),
    ("CHỦ TỊCH\nguyền Tuấn Anh\n", None, None),   # a cut name nobody else in the document bears: not guessed
])
def test_signer_from_a_cut_scan(closing, name, position):
    c = read_closing("Nơi nhận:\n- Như trên;\n" + closing)
    assert (c.signer_name, c.signer_position) == (name, position)


def test_a_name_alone_after_the_recipients_is_the_signer_with_no_position():
    c = read_closing("Nơi nhận:\n- Như Điều 3;\n- Phòng ĐTDATĐ;\n- Lưu: VT.\nNguyễn Thanh Việt\n")
    assert (c.signer_name, c.signer_position) == ("Nguyễn Thanh Việt", None)
    c = read_closing("Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nKho Vật Liệu\n")   # capitalised words, no family name
    assert c.signer_name is None


def test_place_is_read_when_the_day_is_an_illegible_speck():
    head = "BỘ CÔNG THƯƠNG\nCỤC HÓA CHẤT\nSố:    /QĐ-XPVPHC\nHà Nội, ngàyOẨ tháng 7 năm 2026\nQUYẾT ĐỊNH\nXử phạt vi phạm hành chính\n"
    h = read_header(head)
    assert h.issued is None                     # the day cannot be read: no date is guessed
    assert h.place == "Hà Nội"


@pytest.mark.parametrize("opening", ["Căn cứ", "Căn rứ"])   # the second: a scan's c read as r (TT-23)
def test_subject_stops_at_a_wrapped_preamble_line(opening):
    head = ("BỘ CÔNG THƯƠNG\nSố: 23/2024/TT-BCT\nHà Nội, ngày 7 tháng 11 năm 2024\nTHÔNG TƯ\n"
            "Quy định về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ\n"
            "thuộc thẩm quyền quản lý của Bộ Công Thương\n"
            f"{opening} Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày\n29 tháng 6 năm 2024;\n")
    assert read_header(head).title == ("Quy định về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ "
                                       "thuộc thẩm quyền quản lý của Bộ Công Thương")


@pytest.mark.parametrize("caps,want", [
    ("TỈNH ỦY QUẢNG TRỊ", "Tỉnh ủy Quảng Trị"),
    ("THÀNH ỦY ĐÔNG HÀ", "Thành ủy Đông Hà"),
    ("HUYỆN ỦY HẢI LĂNG", "Huyện ủy Hải Lăng"),
    ("BAN TUYÊN GIÁO TỈNH ỦY", "Ban Tuyên giáo Tỉnh ủy"),
])
def test_party_committee_names_its_place_in_capitals(caps, want):
    """A party committee's place is a name: each of its words capitalised (``Quảng Trị``, not ``Quảng trị``)."""
    from planparse.layout.header import proper_case
    assert proper_case(caps) == want
