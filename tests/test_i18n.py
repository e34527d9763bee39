"""One language per report: every user-facing string comes from the message catalogue.

A word-list check: a Vietnamese report contains no English sentence and an English report no
Vietnamese one. Words quoted from a plan are data, marked ``lang="vi"`` in an English report;
file paths are marked ``translate="no"``; both are left out of the check.
"""
import re
import unicodedata

import pytest

from conftest import SAMPLE_FILES

# common English words of the sentences the audit writes (reasons, check details, failures) and of report labels
ENGLISH = set("""the of and is not with does cite cites section sections tasks task without lead period another topic never
mentioned failed plans plan coverage covered partial missing every has no budget clause organization assignments reporting
duty due basis fingerprints implements implement reference evidence area areas status check checks detail none pass fail
yes file reason found timed after error could be sources state outside grounds legend sort click""".split())


def _is_vietnamese_word(w: str) -> bool:
    if "đ" in w.lower():
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", w))


def visible_words(html: str, lang: str) -> list[str]:
    """Words a reader sees in the report, without quoted data (other ``lang``) and paths (``translate="no"``)."""
    from lxml import html as lh
    doc = lh.fromstring(html)
    for el in doc.xpath("//style|//script"):
        el.drop_tree()
    for el in doc.xpath(f"//*[@lang and @lang != '{lang}'] | //*[@translate='no']"):
        el.drop_tree()
    # attribute text a reader also sees (tooltips)
    extra = " ".join(doc.xpath("//@title"))
    return re.findall(r"[^\W\d_]+", doc.text_content() + " " + extra)


def english_words(words):
    return sorted({w for w in words if w.lower() in ENGLISH})


def vietnamese_words(words):
    return sorted({w for w in words if _is_vietnamese_word(w)})


@pytest.fixture(scope="module")
def aset():
    import planparse
    from planparse.auditing.batch import AuditSet
    a = planparse.audit_many(SAMPLE_FILES, jobs=1)
    failed = [{"path": "plans/locked.pdf", "status": "failed",
               "reason": "encrypted PDF (password-protected): remove the password and try again"},
              {"path": "plans/slow.pdf", "status": "failed", "reason": "timed out after 120 s"}]
    return AuditSet(a.rows + failed)


@pytest.fixture(scope="module")
def reports(aset):
    return {lang: aset.to_html(lang=lang) for lang in ("vi", "en")}


def test_vietnamese_report_has_no_english_words(reports):
    words = visible_words(reports["vi"], "vi")
    assert len(words) > 2000
    assert english_words(words) == []


def test_english_report_has_no_vietnamese_words_outside_quotes(reports):
    words = visible_words(reports["en"], "en")
    assert len(words) > 2000
    assert vietnamese_words(words) == []


@pytest.mark.parametrize("lang, other", [("vi", english_words), ("en", vietnamese_words)])
def test_the_word_lists_catch_the_other_language(lang, other):
    """The check is not vacuous: the audit's English sentences and Vietnamese labels are caught."""
    if lang == "vi":
        html = "<html lang='vi'><body><p>does not cite 02/QĐ-BCĐASEAN; tasks without a lead: II.1</p></body></html>"
    else:
        html = "<html lang='en'><body><p>Đã đề cập</p><p lang='vi'>Sở Thông tin</p></body></html>"
    assert other(visible_words(html, lang))


@pytest.mark.parametrize("sentence, vi, en", [
    ("does not cite 02/QĐ-BCĐASEAN or 03/BTTTT-BCĐASEAN", "không trích dẫn 02/QĐ-BCĐASEAN hoặc 03/BTTTT-BCĐASEAN", None),
    ("cites Kế hoạch 198/KH-UBND (implements 1160/QĐ-TTg)", "trích dẫn Kế hoạch 198/KH-UBND (văn bản triển khai 1160/QĐ-TTg)", None),
    ("period 2019-2019", "giai đoạn 2019-2019", None),
    ("period 2016-2020, outside 2021-2025", "giai đoạn 2016-2020, ngoài giai đoạn 2021-2025 của văn bản tham chiếu", None),
    ("another topic: ASEAN is never mentioned", "chủ đề khác: không nhắc đến ASEAN", None),
    ("budget clause in III.2 (state_budget, sponsorship)", "điều khoản kinh phí tại mục III.2 (ngân sách nhà nước, tài trợ)",
     "budget clause in III.2 (state budget, sponsorship)"),
    ("tasks without a lead: II.1, III.2", "nhiệm vụ chưa có đơn vị chủ trì: II.1, III.2", None),
    ("basis cites 21/CT-TTg; not 02/QĐ-BCĐASEAN", "căn cứ trích dẫn 21/CT-TTg; không có 02/QĐ-BCĐASEAN", None),
    ("timed out after 120 s", "quá thời gian 120 giây", None),
])
def test_english_sentences_of_older_audits_read_back_into_vietnamese(sentence, vi, en):
    from planparse.report.i18n import render
    assert render(sentence, lang="vi") == vi
    assert render(sentence, lang="en") == (en or sentence)


def test_message_keys_win_over_the_english_sentence():
    from planparse.report.i18n import check_detail, reasons
    app = {"value": True, "reasons": ["whatever the audit wrote"],
           "reason_codes": [{"key": "reason.period", "params": {"period": "2019-2020"}}]}
    assert reasons(app, "vi") == ["giai đoạn 2019-2020"]
    assert reasons(app, "en") == ["period 2019-2020"]
    check = {"id": "S5", "detail": "x", "detail_key": "detail.no_lead", "detail_params": {"ids": ["II.1", "II.2"]}}
    assert check_detail(check, "vi") == "nhiệm vụ chưa có đơn vị chủ trì: II.1, II.2"


def test_an_unknown_sentence_is_kept_and_marked_as_english_in_a_vietnamese_report():
    from planparse.report.i18n import render
    assert render("a new kind of failure <x>", lang="vi", html=True) == "<span lang='en'>a new kind of failure &lt;x&gt;</span>"


def test_every_message_has_both_languages_and_the_same_placeholders():
    from planparse.messages import catalogue
    for key, texts in catalogue().items():
        assert texts["vi"].strip() and texts["en"].strip(), key
        assert set(re.findall(r"{(\w+)}", texts["vi"])) == set(re.findall(r"{(\w+)}", texts["en"])), key


def test_jupyter_audit_view_in_english_has_no_vietnamese_outside_quotes(audits):
    from planparse.report.audit_html import audit_table_html
    html = "<html lang='en'><body>" + audit_table_html(audits["binh-duong_4750-KH-UBND_2019_asean"], lang="en") + "</body></html>"
    assert vietnamese_words(visible_words(html, "en")) == []
