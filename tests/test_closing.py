"""The closing (layout.md §4) in every flattening: the signature block printed beside the
``Nơi nhận:`` list (a 2-column table) reaches us as its own lines, or as one column per line
joined by a run of spaces, a tab or `` | ``, left or right column first. All must give the same
recipients and the same signer; the normaliser collapsing the run of spaces must not merge them."""
from __future__ import annotations

from pathlib import Path

import pytest

from planparse import parse
from planparse.layout.closing import read_closing

HEAD = ("UBND TỈNH HÒA BÌNH\nSỞ NỘI VỤ\nSố: 12/KH-SNV\nHòa Bình, ngày 02 tháng 3 năm 2021\n\nKẾ HOẠCH\n"
        "Tuyên truyền về ASEAN năm 2021\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức về ASEAN.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở chủ trì tổ chức thực hiện.\n\n"
        "Trên đây là Kế hoạch tuyên truyền về ASEAN năm 2021 của Sở Nội vụ./.\n\n")

# (left column: recipients, right column: signature block, signer name, position)
BLOCKS = {
    "deputy of a committee, name beside the last item": (
        ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, TT HĐND huyện;",
         "- Chủ tịch, các PCT UBND huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Hồ Phúc Thành"],
        "Hồ Phúc Thành", "Phó Chủ tịch"),
    "deputy director, signed mark, name below the list": (
        ["Nơi nhận:", "- Bộ Nội vụ (để b/c);", "- UBND tỉnh (để b/c);", "- Lưu: VT, CCVC."],
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Nguyễn Thị Mai Lan"],
        "Nguyễn Thị Mai Lan", "Phó Giám đốc"),
    "chairman of a committee": (
        ["Nơi nhận:", "- Như trên;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT."],
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Trần Văn Quý"],
        "Trần Văn Quý", "Chủ tịch"),
}


def _rows(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    n = max(len(left), len(right))
    return [(left[k] if k < len(left) else "", right[k] if k < len(right) else "") for k in range(n)]


def _beside(left, right, gap=None, right_first=False, width=46) -> str:
    """One line per table row, the columns joined by ``gap`` (a padding to a fixed column when None)."""
    out = []
    for a, b in _rows(left, right):
        if right_first:
            a, b = b, a
        if not b:
            out.append(a)
        elif gap is None:
            out.append(a.ljust(width) + b if len(a) < width else a + "   " + b)
        else:
            out.append(a + gap + b if a else ("" if gap.strip() else gap.lstrip(" ")) + b)
    return "\n".join(out)


FLATTENINGS = {
    "signature on its own lines": lambda l, r: "\n".join(l + [x for x in r if x]),
    "padded to a column": lambda l, r: _beside(l, r),
    "run of spaces": lambda l, r: _beside(l, r, "      "),
    "two spaces": lambda l, r: _beside(l, r, "  "),
    "one space (the gap lost)": lambda l, r: _beside(l, r, " "),
    "tab": lambda l, r: _beside(l, r, "\t"),
    "tabs": lambda l, r: _beside(l, r, "\t\t\t"),
    "table cells": lambda l, r: _beside(l, r, " | "),
    "right column first, padded": lambda l, r: _beside(l, r, right_first=True, width=28),
    "right column first, tab": lambda l, r: _beside(l, r, "\t", right_first=True),
}


@pytest.mark.parametrize("form", FLATTENINGS)
@pytest.mark.parametrize("block", BLOCKS)
def test_signature_beside_the_recipients(block, form):
    left, right, name, position = BLOCKS[block]
    text = HEAD + FLATTENINGS[form](left, right) + "\n"
    want = [ln.lstrip("- ").rstrip(";.") for ln in left[1:]]
    m = parse(text).meta
    assert (m.signer and (m.signer.name, m.signer.position)) == (name, position)
    assert list(m.recipients) == want
    # the reader alone, on the text as it came (its runs of spaces not collapsed)
    c = read_closing(text)
    assert (c.signer_name, c.signer_position, list(c.recipients)) == (name, position, want)


@pytest.mark.parametrize("item", [
    "- Sở Y tế; Sở Nội vụ;", "- Các Sở: Tài chính; Kế hoạch và Đầu tư;", "- Báo Quảng Ngãi; Đài PT-TH tỉnh;",
    "- VP UBND tỉnh: CVP, PCVP; TTTH;", "- Như trên; Ban Tuyên giáo Tỉnh ủy;",
])
def test_an_item_is_not_cut_where_no_signature_follows(item):
    """With no gap to go by, only a tail that is a signature line beyond doubt is split off."""
    c = read_closing("Nơi nhận:\n" + item + "\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Tám\n")
    assert c.recipients[0] == item.lstrip("- ").rstrip(";")
    assert (c.signer_name, c.signer_position) == ("Lê Văn Tám", "Phó Giám đốc")


@pytest.mark.parametrize("indent", ["-\t", "-    ", "•\t", "+   "])
def test_an_items_indent_is_no_column_gap(indent):
    text = HEAD + ("Nơi nhận:\n" + indent + "Nguyễn Văn Hai (để b/c);\n" + indent + "Lưu: VT.\n"
                   "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nLê Văn Tám\n")
    m = parse(text).meta
    assert list(m.recipients) == ["Nguyễn Văn Hai (để b/c)", "Lưu: VT"]
    assert (m.signer.name, m.signer.position) == ("Lê Văn Tám", "Phó Giám đốc")


def test_a_double_space_inside_a_recipient_is_no_column_gap():
    """Two spaces typed inside an item split no column: neither half is a signature line."""
    text = HEAD + ("Nơi nhận:\n- Sở Thông tin  và Truyền thông;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n"
                   "Lê Văn Tám\n")
    m = parse(text).meta
    assert list(m.recipients) == ["Sở Thông tin và Truyền thông", "Lưu: VT"]
    assert (m.signer.name, m.signer.position) == ("Lê Văn Tám", "Phó Giám đốc")


UNSEEN = Path(__file__).parent / "cases" / "unseen"


@pytest.mark.parametrize("name, signer, position", [
    ("nghe-an_386-KH-UBND-quynh-luu_2019_asean.txt", "Hồ Phúc Thành", "Phó Chủ tịch"),  # columns as runs of spaces
    ("khanh-hoa_68-KH-UBND-xa_2019_asean.docx", None, None),  # a DOCX whose closing is a 2-column table
])
def test_unseen_closings(name, signer, position):
    import json
    path = UNSEEN / name
    if not path.exists():
        pytest.skip("unseen plans not present")
    gold = json.loads(path.with_suffix(".plan.json").read_text(encoding="utf-8"))["meta"]["signer"]
    m = parse(str(path)).meta
    assert (m.signer.name, m.signer.position) == (gold["name"], gold["position"])
    if signer:
        assert (gold["name"], gold["position"]) == (signer, position)
    assert not any(("CHỦ TỊCH" in r or (gold["name"] in r)) for r in m.recipients)


@pytest.mark.parametrize("name, signer", [
    ("Hoàng Văn Thuân", "Hoàng Văn Thuân"),
    ("Y Bih Niê", "Y Bih Niê"),  # a Central Highlands name: not Kinh syllables, still a name
    # OCR junk: letters Vietnamese never writes (ä, ö, ß, ñ) are no name — no signer rather than a garbled one
    ("Ha Töäng Văn Thuân", None),
    ("Nguyễn Vañ Hùng", None),
])
def test_a_signers_name_is_written_in_vietnamese_letters(name, signer):
    text = HEAD + "\n".join(["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", name])
    got = parse(text).meta.signer
    assert (got.name if got else None) == signer
