"""Fuzzing the readers: whatever the bytes, a reader returns a Document (or a Reference) or raises a
PlanparseError subclass — never another exception. Examples are bounded so the suite stays fast."""
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planparse.errors import PlanparseError

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# values an attribute may hold in a hostile file: numbers of every size and sign, words, junk
ATTR = st.one_of(st.integers(-10**12, 10**12).map(str), st.sampled_from(["", "một", "1e9", "0x10", " 3 ", "١٢", "NaN"]),
                 st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters='"<&\x00'), max_size=8))
FMT = st.sampled_from(["decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "bullet", "none",
                       "decimalZero", "chineseCounting", ""])


def _esc(s: str) -> str:
    return "".join(c for c in s if c in "\t\n\r" or ord(c) >= 32).replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


@st.composite
def docx_bytes(draw):
    levels = "".join(
        f'<w:lvl w:ilvl="{_esc(draw(ATTR))}"><w:start w:val="{_esc(draw(ATTR))}"/><w:numFmt w:val="{draw(FMT)}"/>'
        f'<w:lvlText w:val="{_esc(draw(st.sampled_from(["%1.", "%1.%2.", "%9)", "%", "", "%1%1%1"])))}"/></w:lvl>'
        for _ in range(draw(st.integers(0, 3))))
    numbering = (f'<w:abstractNum w:abstractNumId="1">{levels}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>'
                 f'<w:lvlOverride w:ilvl="{_esc(draw(ATTR))}"><w:startOverride w:val="{_esc(draw(ATTR))}"/></w:lvlOverride></w:num>')
    paras = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{_esc(draw(ATTR))}"/><w:numId w:val="{_esc(draw(st.sampled_from(["1", "0", "7", "x"])))}"/>'
        f'</w:numPr></w:pPr><w:r><w:t>{_esc(draw(st.text(max_size=30)))}</w:t></w:r></w:p>'
        for _ in range(draw(st.integers(1, 4))))
    cells = "".join(
        f'<w:tc><w:tcPr><w:gridSpan w:val="{_esc(draw(ATTR))}"/><w:vMerge w:val="{draw(st.sampled_from(["restart", "continue", ""]))}"/>'
        f'</w:tcPr><w:p><w:r><w:t>{_esc(draw(st.text(max_size=10)))}</w:t></w:r></w:p></w:tc>'
        for _ in range(draw(st.integers(0, 3))))
    body = paras + (f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>" if cells else "")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", draw(st.sampled_from([zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED]))) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W_NS}><w:body>{body}</w:body></w:document>')
        z.writestr("word/numbering.xml", f'<?xml version="1.0"?><w:numbering {W_NS}>{numbering}</w:numbering>')
    data = bytearray(buf.getvalue())
    for _ in range(draw(st.integers(0, 2))):  # and sometimes a damaged archive
        i = draw(st.integers(0, len(data) - 1))
        data[i] = draw(st.integers(0, 255))
    return bytes(data)


def _ingest(data: bytes, fmt: str):
    from planparse.ingest import ingest_bytes
    try:
        return ingest_bytes(data, fmt, "fuzz." + fmt)
    except PlanparseError as e:
        assert "\n" not in str(e)  # one line
        return None


@FUZZ
@given(docx_bytes())
def test_docx_reader_never_fails_unexpectedly(data):
    _ingest(data, "docx")


@st.composite
def html_bytes(draw):
    tags = st.sampled_from(["div", "p", "article", "main", "section", "td", "tr", "table", "li", "ul", "br", "script",
                            "nav", "span", "h1", "meta", "title", "body", "html"])
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{draw(tags)} class=\"{draw(st.sampled_from(['content', 'menu', 'x', '']))}\">")
        elif kind == 1:
            parts.append(f"</{draw(tags)}>")
        else:
            parts.append(draw(st.text(max_size=40)))
    charset = draw(st.sampled_from(["", "<meta charset=utf-16>", "<meta charset=utf-8>", "<meta charset=bogus>",
                                    "<meta charset=windows-1258>", "<meta charset=utf-32>"]))
    html = f"<html><head>{charset}</head><body>{''.join(parts)}</body></html>"
    enc = draw(st.sampled_from(["utf-8", "utf-16", "cp1258"]))
    return html.encode(enc, "replace")


@FUZZ
@given(html_bytes())
def test_html_reader_never_fails_unexpectedly(data):
    _ingest(data, "html")


@FUZZ
@given(st.binary(max_size=3000))
def test_html_reader_on_raw_bytes(data):
    _ingest(data, "html")


@FUZZ
@given(st.one_of(st.binary(max_size=3000),
                 st.text(max_size=2000).map(lambda s: s.encode("utf-8", "surrogatepass")),
                 st.text(max_size=500).map(lambda s: s.encode("utf-16", "surrogatepass"))))
def test_text_reader_and_normalizer_never_fail_unexpectedly(data):
    doc = _ingest(data, "txt")
    if doc is not None:
        from planparse.normalize import normalize
        tm = normalize(doc.text)
        assert len(tm.src) == len(tm.text) + 1
        assert "\x00" not in tm.text and "\u2028" not in tm.text and "\v" not in tm.text


@FUZZ
@given(st.lists(st.sampled_from(list("abc Sở(),.;:\n\u2028\x85\v\x00\r\t\u0301\u00a0-*#_|") + ["Kinh phí ", "100 ",
                                                                                     "trước ngày 1/1 ", "I. ", "đồng"]),
                max_size=200).map("".join))
def test_parse_of_any_text_is_a_plan_or_a_planparse_error(text):
    import planparse
    try:
        p = planparse.parse(text)
    except PlanparseError:
        return
    assert "\x00" not in p.text


GOOD_REF = """id: fuzz
number: 1/QĐ-X
title: Thử
date: 2019-06-26
areas:
  - id: A1
    title: Tuyên truyền
    signals: [tuyên truyền, {phrase: "Cộng đồng ASEAN", strength: specific}]
"""
YAML_BITS = ["&a ", "*a", "[", "]", "{", "}", ": ", "- ", "\n", "  ", "!!python/object:os.system ", "!!binary ", "? ",
             "2019-02-30", "9" * 40, "1e400", ".nan", "~", "'", '"', "|", ">", "<<: *a", "areas", "id", "%YAML 1.1\n", "---\n",
             "\t", "\x00", "\ufeff"]


@st.composite
def yaml_text(draw):
    text = GOOD_REF
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(text)))
        text = text[:i] + draw(st.sampled_from(YAML_BITS)) + text[i + draw(st.integers(0, 3)):]
    return text


@FUZZ
@given(st.one_of(yaml_text(), st.text(max_size=300)))
def test_reference_yaml_loader_never_fails_unexpectedly(text):
    from planparse.auditing.reference import parse_reference_yaml
    from planparse.errors import ReferenceError
    try:
        parse_reference_yaml(text, "fuzz.yaml")
    except ReferenceError:
        pass


@pytest.mark.parametrize("levels", [3, 6, 9])
def test_alias_bombs_of_every_size_are_cheap(levels):
    import time

    from planparse.auditing.reference import parse_reference_yaml
    from planparse.errors import ReferenceError
    text = "l0: &l0 [a, a, a, a, a, a, a, a, a]\n" + "".join(
        f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n" for i in range(1, levels + 1)) + \
        f"id: x\nnumber: y\ntitle: *l{levels}\nareas: []\n"
    t = time.perf_counter()
    try:
        parse_reference_yaml(text, "bomb.yaml")
    except ReferenceError as e:
        assert "max_yaml" in str(e)
    # a hang guard, not a speed target: unchecked, 9 levels expand to 9^9 nodes (minutes); checked,
    # it is refused in milliseconds, so 5 s only fails on a real blow-up, not on a loaded machine
    assert time.perf_counter() - t < 5.0
