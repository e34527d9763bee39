"""A Vietnamese temporal grammar for plan deadlines (dateparser reads ``trước`` as "ago").

``parse_temporal(text, year=…, time_context=…)`` returns every time expression it finds, each
as a :class:`Temporal` with its kind (``due``/``period``/``recurring``), normalised dates
(``--MM-DD`` for a yearly date), recurrence and span. ``year`` is the plan's single year, used
when a date gives none; ``time_context`` says the text is a ``Thời gian …:`` value, where bare
years and ranges count as periods.
"""
from __future__ import annotations

import calendar
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from .common import gated, iso, lower_as_re

_D = r"(?P<{p}d>\d{{1,2}})\s*(?:/|-|\.|\s+tháng\s+)\s*(?P<{p}m>\d{{1,2}})(?:\s*(?:/|-|\.|\s+năm\s+)\s*(?P<{p}y>\d{{4}}))?"
_YEARLY = r"(?:hàng|hằng|mỗi)\s+năm"
_DUE_CUE = r"(?:trước|chậm nhất(?:\s+là)?|hạn chót(?:\s+là)?|không muộn hơn|trước hoặc vào)"
_ROMAN_Q = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_FREQ = {"ngày": "daily", "tuần": "weekly", "tháng": "monthly", "quý": "quarterly", "năm": "yearly"}
_NARRATIVE_BEFORE = re.compile(r"(?:diễn ra|đã|vừa|được tổ chức|sự kiện)\s*(?:trong\s+)?$", re.I)

RE_DUE_MULTI = re.compile(
    _DUE_CUE + r"\s+(?:ngày\s+)?" + _D.format(p="a") + r"(?:\s*(?:,|và)\s*(?:ngày\s+)?" + _D.format(p="b") + r")"
    r"(?:\s*(?:,|và)\s*(?:ngày\s+)?" + _D.format(p="c") + r")?(?P<yearly>\s+" + _YEARLY + r")?", re.I)
# a frequency and its date in brackets, one duty (spec: "định kỳ hàng năm (trước 10/12)" is one due
# item): "Định kỳ 6 tháng (trước ngày 05/6)", "định kỳ hằng năm (chậm nhất ngày 15/11)"; the
# half-yearly report's date comes back every year as the yearly one's does
RE_PERIODIC_DUE = re.compile(r"định kỳ\s+(?:" + _YEARLY + r"|(?:6|sáu)\s+tháng(?:\s+(?:một lần|/\s*lần))?)\s*\(\s*"
                             + _DUE_CUE + r"\s+(?:ngày\s+)?" + _D.format(p="a") + r"\s*\)", re.I)
RE_DUE = re.compile(_DUE_CUE + r"\s+(?:ngày\s+)?" + _D.format(p="a") + r"(?P<yearly>\s+" + _YEARLY + r")?", re.I)
# a date written in words ("trước ngày mười lăm tháng Mười Hai", "trước ngày mùng năm tháng Tám năm 2023")
_UNIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
               "tám": 8, "chín": 9}
_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_NUM_WORD = r"(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi)"
RE_DUE_WORDS = re.compile(
    _DUE_CUE + r"\s+ngày\s+(?P<dw>(?:(?:mùng|mồng)\s+)?" + _NUM_WORD + r"(?:\s+" + _NUM_WORD + r"){0,2})"
    r"\s+tháng\s+(?P<mw>mười\s+một|mười\s+hai|giêng|chạp|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín)(?![\w])"
    r"(?:\s+năm\s+(?P<y>\d{4}))?(?P<yearly>\s+" + _YEARLY + r")?", re.I)


def _number_words(s: str) -> int | None:
    """A day of the month in words: ``mùng năm`` 5, ``mười lăm`` 15, ``hai mươi mốt`` 21, ``ba mươi`` 30."""
    w = s.lower().split()
    if w and w[0] in ("mùng", "mồng"):
        w = w[1:]
    if not w:
        return None
    if w[0] == "mười":
        n = 10 + (_UNIT_WORDS.get(w[1], -100) if len(w) == 2 else 0 if len(w) == 1 else -100)
    elif len(w) >= 2 and w[1] == "mươi" and w[0] in _UNIT_WORDS:
        n = _UNIT_WORDS[w[0]] * 10 + (_UNIT_WORDS.get(w[2], -100) if len(w) == 3 else 0)
    else:
        n = _UNIT_WORDS.get(w[0], -100) if len(w) == 1 else -100
    return n if 1 <= n <= 31 else None


RE_DUE_MONTH = re.compile(_DUE_CUE + r"\s+tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})", re.I)
RE_QUARTER = re.compile(r"quý\s+(?:(?P<q>IV|I{1,3}|[1-4])|(?P<qo>[IlH|]{1,3})(?=\s*/\s*(?:19|20)\d{2}))"
                        r"(?:\s*(?:/|-|năm)\s*(?P<y>\d{4}))?(?![\w/])", re.I)


def _ocr_roman(s: str) -> int | None:
    """A scan's reading of a quarter's Roman number: ``l`` or ``|`` for ``I``, ``H`` for ``II`` (two
    strokes whose serifs touch): ``quý IH/2022`` is quý III. Only before its ``/year``, where no word
    can stand (RE_QUARTER)."""
    n = sum(2 if c in "Hh" else 1 for c in s)
    return n if 1 <= n <= 3 else None
RE_HALF = re.compile(r"(?:6|sáu)\s+tháng\s+(?P<h>đầu|cuối)\s+năm(?:\s+(?P<y>\d{4}))?", re.I)
RE_MONTH = re.compile(r"(?P<cue>(?:trong|vào|hoàn thành(?:\s+trong)?|thực hiện(?:\s+trong)?|triển khai(?:\s+trong)?|tổ chức(?:\s+vào)?)\s+)tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})", re.I)
RE_MONTH_BARE = re.compile(r"(?P<cue>(?:trong|vào|hoàn thành(?:\s+trong)?|thực hiện(?:\s+trong)?)\s+)?tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})", re.I)
RE_RANGE = re.compile(r"(?:(?:giai đoạn|thời kỳ|từ)\s+)?(?:năm\s+)?(?P<a>(?:19|20)\d{2})\s*(?:-|–|đến(?:\s+hết)?)(?:\s*năm)?\s*(?P<b>(?:19|20)\d{2})(?!\d)", re.I)
# "năm 2019 và năm 2020" in a time field: two years in a row are one window (as "Quý III và Quý IV",
# "tháng 11 và 12"); two years apart are two windows
RE_YEAR_PAIR = re.compile(r"năm\s+(?P<a>(?:19|20)\d{2})\s*(?:và|,)\s*(?:năm\s+)?(?P<b>(?:19|20)\d{2})(?!\d)", re.I)
# a task's time stated where its sentence closes (``… gửi các doanh nghiệp trong năm 2022.``, ``… tới các nhà
# nhập khẩu ASEAN giai đoạn 2022 - 2025.``, ``… phối hợp với Sở Y thực hiện hằng năm.``): read in a task's
# own text only (``closing``), where no verb of doing need stand just before it
_CLOSES = re.compile(r"\s*(?:[.;]|$)")
RE_YEAR_CLOSE = re.compile(r"trong\s+năm\s+(?P<y>(?:19|20)\d{2})(?=\s*(?:[.;]|$))", re.I)
RE_RANGE_CLOSE = re.compile(r"(?:trong\s+)?giai đoạn\s+(?:năm\s+)?(?P<a>(?:19|20)\d{2})\s*[-–]\s*(?P<b>(?:19|20)\d{2})"
                            r"(?=\s*(?:[.;]|$))", re.I)
_DAY_BEFORE = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*\)?\s*$")
_NOT_DUTY = re.compile(r"(?<!\w)(?:dự toán|ngân sách|kinh phí|nguồn)(?!\w)", re.I)
RE_RANGE_CUE = re.compile(r"(?:thực hiện|triển khai|hoàn thành|tổ chức)\s+(?:trong\s+)?(?:giai đoạn|thời kỳ|năm)\s+(?:năm\s+)?(?P<a>(?:19|20)\d{2})\s*-\s*(?P<b>(?:19|20)\d{2})"
                          r"|từ\s+năm\s+(?P<a2>(?:19|20)\d{2})\s+đến(?:\s+năm)?\s+(?P<b2>(?:19|20)\d{2})", re.I)
_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
RE_MONTH_WORD = re.compile(r"(?P<cue>(?:trong|vào|hoàn thành(?:\s+trong)?|thực hiện(?:\s+trong)?|tổ chức(?:\s+vào)?)\s+)"
                           r"tháng\s+(?P<w>Mười một|Mười hai|Giêng|Một|Hai|Ba|Tư|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười|Chạp)\s+năm\s+(?P<y>\d{4})", re.I)
RE_YEAR = re.compile(r"(?:(?:trong|cả)\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?!\s*-\s*\d)|^(?P<y2>(?:19|20)\d{2})$", re.I)
RE_YEAR_CUE = re.compile(r"(?:hoàn thành|thực hiện|triển khai|tổ chức)\s+(?:trong|xong trong|trước)\s+năm\s+(?P<y>(?:19|20)\d{2})(?!\s*-\s*\d)", re.I)
RE_RECUR = re.compile(r"(?P<dk>định kỳ\s+)?(?P<q>hàng|hằng|mỗi|từng)\s+(?P<f>tuần|tháng|quý|năm|ngày)(?!\s+(?:19|20)\d{2})|định kỳ\s+(?P<n>6|sáu)\s+tháng", re.I)
RE_QUARTER_END = re.compile(r"(?:" + _DUE_CUE + r"\s+)?(?:ngày\s+\d{1,2}\s+(?:của\s+)?)?tháng\s+cuối\s+(?:của\s+)?(?:mỗi\s+|hằng\s+|hàng\s+)?quý", re.I)
RE_BARE_PERIODIC = re.compile(r"(?<![\w])(?P<dk>[Đđ]ịnh kỳ)(?=\s+(?:báo cáo|tổ chức|kiểm tra|sơ kết|tổng kết|đánh giá|gửi|cập nhật|rà soát|thông tin|họp|giao ban))", re.I)
# "tháng 10 - 11/2019", "từ tháng 10/2019 đến tháng 3/2020": one window over several months
RE_MONTH_RANGE = re.compile(r"(?:từ\s+)?tháng\s+(?P<m1>\d{1,2})(?:\s*(?:/|năm)\s*(?P<y1>\d{4}))?\s*(?:-|–|đến)\s*"
                            r"(?:(?:hết\s+)?tháng\s+)?(?P<m2>\d{1,2})\s*(?:/|năm)\s*(?P<y2>\d{4})(?!\d)", re.I)
# a window from one quarter or month to another, each with its year: "Quý IV/2019 - Quý IV/2020",
# "tháng 3/2020 - tháng 6/2020", "từ tháng 10/2019 đến hết quý II/2020" (one window, not its two ends
# read apart as two windows)
_POINT = (r"(?:quý\s+(?P<{p}q>IV|I{{1,3}}|[1-4])|tháng\s+(?P<{p}m>\d{{1,2}}))\s*(?:/|-|năm)\s*"
          r"(?P<{p}y>(?:19|20)\d{{2}})(?!\d)")
RE_POINT_RANGE = re.compile(r"(?:từ\s+)?" + _POINT.format(p="a") + r"\s*(?:-|–|—|đến(?:\s+hết)?)\s*"
                            + _POINT.format(p="b") + r"(?![\w/])", re.I)
# a window from a quarter or month to the end of a year: "từ tháng 10/2019 đến hết năm 2020"
RE_POINT_YEAR = re.compile(r"(?:từ\s+)?" + _POINT.format(p="a") + r"\s*(?:-|–|—|đến(?:\s+hết)?)\s*năm\s+"
                           r"(?P<by>(?:19|20)\d{2})(?!\d)", re.I)
# an event's date, with its time and weekday: "13h30 ngày 29/4/2026", "Từ 13h30’ ngày 02/6/2026 (Thứ Ba)"
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ nhật)"
_CLOCK = r"(?P<h>\d{1,2})\s*(?:h|giờ|g)\s*(?:(?P<mi>\d{2})\s*(?:['’′]|phút)?)?"
_EVENT = (r"(?P<cue>(?:bắt đầu\s+)?(?:từ|vào|lúc)\s+)?(?:" + _CLOCK + r"\s*,?\s*)?(?:\(?" + _WEEKDAY + r"\)?\s*,?\s*)?"
          r"ngày\s+(?P<ed>\d{1,2})\s*(?:/|-|\.|\s+tháng\s+)\s*(?P<em>\d{1,2})\s*(?:/|-|\.|\s+năm\s+)\s*(?P<ey>\d{4})"
          r"(?:\s*\(\s*" + _WEEKDAY + r"\s*\))?")
RE_EVENT = re.compile(r"(?<!\w)" + _EVENT, re.I)
# a duration and its start: "1,5 ngày (bắt đầu từ 13h30 thứ Hai ngày 06/7/2026)", "23/3/2026 | 02 ngày"
_DAYS = r"(?P<n>\d{1,2}(?:[,.]\d)?)\s*ngày(?:\s+làm việc)?"
RE_DURATION_AFTER = re.compile(_DAYS + r"\s*[(,:–-]?\s*" + _EVENT.replace("(?P<cue>", "(?P<cue>") + r"\s*\)?", re.I)
RE_DURATION_BEFORE = re.compile(r"(?<![\d/])(?:ngày\s+)?(?P<dd>\d{1,2})\s*/\s*(?P<dm>\d{1,2})\s*/\s*(?P<dy>\d{4})"
                                r"\s*(?:\|\s*|[,;:–-]\s*|\(\s*|\s+trong\s+)" + _DAYS + r"\)?", re.I)
_CLOCK_OPT = r"(?:\d{1,2}\s*(?:h|giờ|g)\s*(?:\d{2}\s*(?:['’′]|phút)?)?\s*,?\s*)?(?:\(?" + _WEEKDAY + r"\)?\s*,?\s*)?"
# a window between two dates: "Từ ngày 01/6/2026 đến ngày 05/6/2026", "từ ngày 01 - 05/6/2026",
# "từ 13h30 ngày 02/6 đến 17h00 ngày 03/6/2026"
RE_DATE_RANGE = re.compile(
    r"(?<![\w/.])(?P<cue>(?:bắt đầu\s+)?từ\s+)?" + _CLOCK_OPT + r"(?P<ngay>ngày\s+)?(?P<d1>\d{1,2})(?!\d)"
    r"(?:\s*[/.]\s*(?P<m1>\d{1,2})(?!\d)(?:\s*[/.]\s*(?P<y1>\d{4}))?)?(?:\s*\(\s*" + _WEEKDAY + r"\s*\))?"
    r"\s*(?:-|–|đến(?:\s+hết)?)\s*" + _CLOCK_OPT + r"(?:ngày\s+)?(?P<d2>\d{1,2})\s*[/.]\s*(?P<m2>\d{1,2})\s*[/.]\s*"
    r"(?P<y2>\d{4})(?!\d)(?:\s*\(\s*" + _WEEKDAY + r"\s*\))?", re.I)
# "Quý I, II/2021", "Quý I - II/2021", "Quý III và Quý IV/2021": one window over the quarters
RE_QUARTER_RANGE = re.compile(r"quý\s+(?P<q1>IV|I{1,3}|[1-4])\s*(?:-|–|,|và|đến)\s*(?:quý\s+)?(?P<q2>IV|I{1,3}|[1-4])"
                              r"(?:\s*(?:/|-|năm)\s*(?P<y>\d{4}))?(?![\w/])", re.I)
# "Tháng 11, 12/2021", "tháng 11 và 12/2021": two months
RE_MONTH_PAIR = re.compile(r"tháng\s+(?P<m1>\d{1,2})\s*(?:,|và)\s*(?:tháng\s+)?(?P<m2>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})(?!\d)", re.I)
# "ngày 30/6 hằng năm", "Tháng 3 hằng năm": a date or month that recurs every year
RE_YEARLY_DATE = re.compile(r"(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?![\d/])\s*(?:,\s*)?" + _YEARLY, re.I)
# a named day with its date in brackets, every year: "dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm"
RE_YEARLY_NAMED_DAY = re.compile(r"(?<!\w)Ngày\s+[^()\n;.]{2,60}?\(\s*(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*\)\s*(?:,\s*)?"
                                 + _YEARLY, re.I)
RE_YEARLY_MONTH = re.compile(r"(?:vào\s+|trong\s+)?tháng\s+(?P<m>\d{1,2})(?![\d/])\s*(?:,\s*)?" + _YEARLY, re.I)
RE_YEARLY_QUARTER = re.compile(r"(?:vào\s+|trong\s+)?quý\s+(?P<q>IV|I{1,3}|[1-4])(?![\w/])\s*(?:,\s*)?" + _YEARLY, re.I)
# the plan's own dates, for a window that opens "now" or runs on into "the years after": set by the
# pipeline once the header is read (``plan_dates``), empty (the window's end left open) before
_PLAN_DATES: ContextVar[dict | None] = ContextVar("planparse_plan_dates", default=None)


@contextmanager
def plan_dates():
    """Within it, :func:`set_plan_dates` tells the grammar the plan's issue date and period."""
    token = _PLAN_DATES.set({})
    try:
        yield
    finally:
        _PLAN_DATES.reset(token)


def set_plan_dates(issued: str | None, period_end: int | None) -> None:
    d = _PLAN_DATES.get()
    if d is not None:
        d.update(issued=issued, period_end=period_end)


# "từ nay đến hết năm 2020", "từ nay đến cuối năm 2020": from the plan's issue date
RE_FROM_NOW = re.compile(r"từ nay\s+(?:cho\s+)?(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+(?P<y>(?:19|20)\d{2})(?!\d)", re.I)
# "năm 2022 và các năm tiếp theo": from that year to the end of the plan's period (open in a plan of one year)
RE_ONWARD = re.compile(r"(?:từ\s+)?năm\s+(?P<y>(?:19|20)\d{2})\s*(?:,\s*|và\s+)(?:các|những)\s+năm\s+tiếp theo", re.I)
# "trong quý II/2020 và duy trì đến hết năm": from the quarter or month to the end of its year (or of the year named)
RE_POINT_ON = re.compile(_POINT.format(p="a") + r"\s*(?:,\s*|và\s+)(?:duy trì|tiếp tục(?:\s+thực hiện)?)\s+(?:đến|tới)\s+"
                         r"(?:hết|cuối)\s+năm(?:\s+(?P<by>(?:19|20)\d{2}))?(?!\d)", re.I)
# "học kỳ II năm học 2019 - 2020": January to May of the second year (the first term: September to December)
RE_TERM = re.compile(r"học kỳ\s+(?P<t>II|I|2|1)\s+(?:của\s+)?năm học\s+(?P<a>(?:19|20)\d{2})\s*(?:-|–)\s*(?P<b>(?:19|20)\d{2})(?!\d)", re.I)
# "02 kỳ/tháng", "04 tin, bài/tháng", "03 buổi/tuần": so many of something a week, month or quarter
RE_RATE = re.compile(r"(?<![\w/])\d{1,3}\s+(?P<unit>[^\W\d_]+(?:,?\s[^\W\d_]+){0,4})\s*/\s*(?P<f>tuần|tháng|quý|năm)(?![\w/])", re.I)
# the same rate with its period first: "mỗi năm 01 lớp tập huấn", "mỗi quý ít nhất 02 tin, bài"
RE_RATE_EVERY = re.compile(r"(?<!\w)(?:mỗi|hằng|hàng)\s+(?P<f>tuần|tháng|quý|năm)\s+(?:(?:ít nhất|tối thiểu|khoảng)\s+)?"
                           r"\d{1,3}\s+(?P<unit>[^\W\d_]+)", re.I)
_NOT_A_RATE = re.compile(r"(?:^|\s)(?:đồng|triệu|tỷ|nghìn|ngàn|người|lượt|km|ha|tấn|kg|giờ|ngày|m|m2|m3|cái|chiếc|con|lít)$", re.I)
# a school year: from September (the year opens in early September) to the end of May
RE_SCHOOL_YEAR = re.compile(r"năm học\s+(?P<a>(?:19|20)\d{2})\s*(?:-|–|đến)\s*(?P<b>(?:19|20)\d{2})(?!\d)", re.I)
_SCHOOL_CUE_BEFORE = re.compile(r"(?:trong|thực hiện|triển khai|tổ chức|hoàn thành|từ|vào)\s+(?:trong\s+)?(?:suốt\s+)?$", re.I)
# a bare month in a time field of a one-year plan: "Tháng 6"
RE_MONTH_ONLY = re.compile(r"^\s*(?:trong\s+)?tháng\s+(?P<m>\d{1,2})\s*\.?\s*$", re.I)
_YEAR4 = re.compile(r"\d{4}")
_FULL_DATE = re.compile(r"\d\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{4}")
_NUMBER_BEFORE = re.compile(r"(?:số|Số)\s*$")
_YEARLY_BEFORE = re.compile(r"(?:hàng|hằng|mỗi) năm\b[^.;]*$")
_CITATION_BEFORE = re.compile(r"(?:số\s+\S+|\d{2,}/[A-ZĐ]\S*|ban hành|đã|vừa)\s*$", re.I)
_MEETING_BEFORE = re.compile(r"(?:họp|cuộc họp|giao ban)\s*$")
_VALUE_PUNCT = re.compile(r"[\s.;,]")
_CITED_BEFORE = re.compile(r"(?:số\s+\S+|[A-ZĐ]{2,}[^\s]*)\s*$")
# an obligation's verb and its object just before a trailing "hằng năm": the duty itself recurs
# ("xây dựng kế hoạch tuyên truyền về ASEAN hằng năm"), where a "hằng năm" after a noun elsewhere in a
# clause qualifies that noun ("bố trí trong dự toán hằng năm", "kinh phí … được giao hằng năm")
_OBLIGATION_OBJECT = re.compile(
    r"^\s*(?:[-+•]\s*)?(?:xây dựng|ban hành|tổ chức|lập|triển khai|thực hiện|sơ kết|tổng kết|rà soát|cập nhật|"
    r"phát động|biên soạn|phát hành|đánh giá)\s+(?P<obj>(?:\S+\s+){0,9}\S+)\s*$", re.I)
_NOT_OBJECT = re.compile(r"(?<!\w)(?:dự toán|ngân sách|kinh phí|nguồn|trong|từ|của|được|theo|cho)(?!\w)", re.I)
_CLAUSE_STOP = re.compile(r"[.;:,()\n]")
_SENTENCE_STOP = re.compile(r"[.;!?](?=\s|$)|\n")


def obligation_object(text: str, pos: int) -> bool:
    """The clause before ``pos`` is an obligation verb and its object (at most ten words)."""
    lo = max(0, pos - 120)
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, lo, pos)]
    clause = text[stops[-1] if stops else lo:pos]
    if not stops and lo > 0:
        return False
    m = _OBLIGATION_OBJECT.match(clause)
    return bool(m) and not _NOT_OBJECT.search(m.group("obj"))


_PAST = re.compile(r"(?<!\w)(?:đã|vừa|đạt được|diễn ra|xảy ra)(?!\w)", re.I)


def _past_clause(text: str, pos: int) -> bool:
    """The clause before ``pos`` tells what was done or what happens (``kết quả đã đạt được trong năm
    2021``, ``những vấn đề có thể xảy ra trong giai đoạn 2019-2025``): the window dates that, not a duty."""
    stops = [m.end() for m in _CLAUSE_STOP.finditer(text, max(0, pos - 200), pos)]
    return _PAST.search(text, stops[-1] if stops else max(0, pos - 200), pos) is not None


def _closing_duty(text: str, pos: int) -> bool:
    """A frequency closing a task's sentence bears on the duty, unless its clause is about funds
    (``Kinh phí bố trí trong dự toán hằng năm.``)."""
    if _DAY_BEFORE.search(text, max(0, pos - 12), pos):
        return False  # "nhân dịp Ngày thành lập ASEAN (08/8) hằng năm": the day recurs, not a bare frequency
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, max(0, pos - 300), pos)]
    return not _NOT_DUTY.search(text, stops[-1] if stops else max(0, pos - 300), pos)


def _dated(out: list, text: str, s: int, e: int, base: int) -> list[int]:
    """The indexes in ``out`` of the due dates in the sentence of text[s:e] that lie after ``s``
    (a sentence ends at a stop or a line break)."""
    stop = _SENTENCE_STOP.search(text, e)
    end = base + (stop.start() if stop else len(text))
    return [k for k, t in enumerate(out) if t.kind == "due" and base + s <= t.span[0] < end]


RE_YEARLY_OPEN = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=^-\s))(?P<t>[Hh][àằ]ng năm|[Hh]ằng năm|Mỗi năm),", re.M)


# The scanning patterns open with a lookahead on the characters their matches can start with
# (common.gated: read off each pattern, the same matches): at the many positions that cannot start
# one the engine fails on one class test instead of trying every alternative. (Not the patterns that
# open with one literal or a ^: the engine already skips those positions at once.)
_GATED = ("RE_BARE_PERIODIC", "RE_DATE_RANGE", "RE_DUE", "RE_DUE_MONTH", "RE_DUE_MULTI", "RE_EVENT", "RE_HALF",
          "RE_MONTH", "RE_MONTH_BARE", "RE_MONTH_RANGE", "RE_MONTH_WORD", "RE_POINT_RANGE", "RE_RANGE", "RE_RANGE_CUE",
          "RE_RECUR", "RE_YEAR", "RE_YEARLY_DATE", "RE_YEARLY_MONTH", "RE_YEARLY_OPEN", "RE_YEAR_CUE",
          "_CITATION_BEFORE", "_NARRATIVE_BEFORE")
_PLAIN = {name: globals()[name] for name in _GATED}  # the patterns as written (tests compare)
(RE_BARE_PERIODIC, RE_DATE_RANGE, RE_DUE, RE_DUE_MONTH, RE_DUE_MULTI, RE_EVENT, RE_HALF, RE_MONTH, RE_MONTH_BARE,
 RE_MONTH_RANGE, RE_MONTH_WORD, RE_POINT_RANGE, RE_RANGE, RE_RANGE_CUE, RE_RECUR, RE_YEAR, RE_YEARLY_DATE,
 RE_YEARLY_MONTH, RE_YEARLY_OPEN, RE_YEAR_CUE, _CITATION_BEFORE, _NARRATIVE_BEFORE) = (gated(_PLAIN[name]) for name in _GATED)

# cheap gate: no cue word, no date-like number, no year — no time expression
# the lookahead holds every alternative's first letter, so the engine skips to candidates in C
_MAYBE = re.compile(r"(?=[\dQqTtĐđHhMmCcn])(?:\d{1,2}\s*/\s*\d|(?<!\d)(?:19|20)\d{2}(?!\d)|[Qq]uý|[Tt]háng|[Đđ]ịnh kỳ|[Hh][àằ]ng (?:năm|quý|tháng|tuần|ngày)"
                    r"|[Mm]ỗi (?:năm|quý|tháng|tuần|ngày)|từng (?:quý|tháng|năm)|[Tt]rước|[Cc]hậm nhất|[Hh]ạn chót|ngày \d"
                    r"|[Hh][àằ]ng năm)")

_DIGIT = re.compile(r"\d")
# a piece of each word of _MAYBE: every alternative without a digit holds one. (Case-sensitive
# alternatives that open with a letter: the engine skips to the letters they open with, one pass
# where ten substring tests made ten.)
_MAYBE_WORD = re.compile("uý|háng|ịnh kỳ|àng |ằng |ỗi |từng |rước|hậm nhất|ạn chót")


# _MAYBE's alternatives in two groups: those that need a digit ("ngày \d" among them) and the words.
# _MAYBE finds a match exactly when one of the two does (each alternative is in one group).
_MAYBE_DIGITS = re.compile(r"(?=[\dn])(?:\d{1,2}\s*/\s*\d|(?<!\d)(?:19|20)\d{2}(?!\d)|ngày \d)")
_MAYBE_WORDS = re.compile(r"(?=[QqTtĐđHhMmCc])(?:[Qq]uý|[Tt]háng|[Đđ]ịnh kỳ|[Hh][àằ]ng (?:năm|quý|tháng|tuần|ngày)"
                          r"|[Mm]ỗi (?:năm|quý|tháng|tuần|ngày)|từng (?:quý|tháng|năm)|[Tt]rước|[Cc]hậm nhất|[Hh]ạn chót"
                          r"|[Hh][àằ]ng năm)")


def _maybe(text: str) -> bool:
    """``_MAYBE.search(text)``, answered first by plain substring tests: most clauses hold none of
    its words and no digit, and the many-way alternation costs more than the rest of the parse.
    A line with a digit but no date (a heading's "1.", a count) is asked only for the digit
    alternatives, whose gate skips the letters the word alternatives open with (150 national plans:
    0.190 → 0.158 ms/doc)."""
    if _MAYBE_WORD.search(text) and _MAYBE_WORDS.search(text):
        return True
    if ("tuần" in text or "/năm" in text) and RE_RATE.search(text):
        return True  # "03 buổi/tuần", "02 phóng sự/năm" (a rate a month or quarter has "tháng" or "quý", found above)
    return _DIGIT.search(text) is not None and _MAYBE_DIGITS.search(text) is not None


@dataclass(frozen=True)
class Temporal:
    text: str
    span: tuple[int, int]
    kind: str  # due | period | recurring
    due: str | None = None
    start: str | None = None
    end: str | None = None
    recurrence: str | None = None


def _last_day(y: int, m: int) -> str:
    return iso(y, m, calendar.monthrange(y, m)[1])


_LIST_GAP = re.compile(r"[\s,;]*(?:và|hoặc)?[\s,;]*")


def listed_window(ts: list["Temporal"], text: str, base: int = 0) -> "Temporal | None":
    """The window of a time value that lists several (``năm 2023 và năm 2025``, ``Tháng 8/2024, tháng
    8/2025``, ``Quý IV/2019 và quý II/2020``): one period from the first's start to the last's end, its
    text the whole list. None unless the value's periods (none recurring) follow one another with only
    ``,``, ``;``, ``và`` or ``hoặc`` between them."""
    ps = sorted((t for t in ts if t.kind == "period" and t.recurrence is None and t.start and t.end), key=lambda t: t.span)
    if len(ps) < 2 or not all(_LIST_GAP.fullmatch(text, a.span[1] - base, b.span[0] - base) for a, b in zip(ps, ps[1:])):
        return None
    a, b = ps[0].span[0], ps[-1].span[1]
    return Temporal(text[a - base:b - base], (a, b), "period", start=min(t.start for t in ps), end=max(t.end for t in ps))


def _yearly_last_day(m: int) -> str:
    """Month ``m``'s last day as a yearly date (``--02-28``: a year that is not a leap year)."""
    return f"--{m:02d}-{calendar.monthrange(2001, m)[1]:02d}"


def _days_after(start: str, n: str) -> str | None:
    """The last day of ``n`` days (``1,5`` → 2) that begin on ``start``."""
    import math
    from datetime import date, timedelta
    days = math.ceil(float(n.replace(",", ".")))
    if days < 1 or days > 366:
        return None
    return (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat()


def _due(d: str | None, m: str | None, y: str | None, year: int | None, yearly: bool) -> tuple[str | None, str | None]:
    if not d or not m:
        return None, None
    di, mi = int(d), int(m)
    if not (1 <= mi <= 12 and 1 <= di <= 31):
        return None, None
    if yearly:
        return f"--{mi:02d}-{di:02d}", "yearly"
    if y:
        return iso(int(y), mi, di), None
    if year:
        return iso(year, mi, di), None
    # no year stated and none to supply (a plan over several years): the day comes back every
    # year (spec: "--MM-DD for a date that recurs every year")
    return f"--{mi:02d}-{di:02d}", "yearly"


def _point(m: re.Match, p: str, first: bool) -> str | None:
    """The first (``first``) or last day of the quarter or month that RE_POINT_RANGE's ``p`` side names."""
    y = int(m.group(p + "y"))
    if m.group(p + "q"):
        q = _ROMAN_Q[m.group(p + "q").upper()]
        mo = 3 * q - 2 if first else 3 * q
    else:
        mo = int(m.group(p + "m"))
        if not 1 <= mo <= 12:
            return None
    return iso(y, mo, 1) if first else _last_day(y, mo)


def _whole_value(text: str, m: re.Match) -> bool:
    """The match is the whole field value (``Thời gian: Hằng năm``), not a qualifier inside a phrase."""
    return not text[:m.start()].strip(" -+•:") and not _VALUE_PUNCT.sub("", text[m.end():])


# A date whose number a space cut: an OCR gap (``05/1 2/2022``) or a narrow table cell's lines joined
# with a space (``30/6/202`` / ``3``). Only where the gap cannot be two numbers: a year of 1-3
# digits after a date's slash completed by the digits after the gap to a 19xx/20xx year; a month
# ``1 0``-``1 2`` between a day's slash and a year's.
_SPLIT_YEAR = re.compile(r"(?<![\d/])(?:\d{1,2}\s*/\s*)?(?:\d{1,2}|IV|I{1,3})\s*/\s*(?P<a>\d{1,3})\s(?P<b>\d{1,3})(?![\d/])")
_SPLIT_MONTH = re.compile(r"(?<![\d/])\d{1,2}\s*/\s*(?P<a>1)\s(?P<b>[0-2])\s*/\s*(?:19|20)\d{2}(?!\d)")
# what both need: the gap between two digits. Most time texts have none, and this simple scan is
# several times cheaper than the two patterns' (which try their lookbehind at every character)
_DIGIT_GAP = re.compile(r"\d\s\d")


def _heal_split_dates(text: str) -> tuple[str, list[int]]:
    """``text`` with each cut date closed up, as long as ``text``: the gap moves to the date's end
    (``30/6/202 3`` → ``30/6/2023 ``), so every offset outside the date is kept. Also the ends of
    the healed dates, to give back the character the move took from a match that ends there."""
    if " " not in text and "\n" not in text or not _DIGIT_GAP.search(text):
        return text, []
    fixes: list[tuple[int, int, int]] = []  # (gap, end of the date, where the healed date ends)
    for m in _SPLIT_YEAR.finditer(text):
        y = m.group("a") + m.group("b")
        if len(y) == 4 and y[:2] in ("19", "20"):
            fixes.append((m.end("a"), m.end(), m.end() - 1))
    for m in _SPLIT_MONTH.finditer(text):
        fixes.append((m.end("a"), m.end(), m.end() - 1))
    if not fixes:
        return text, []
    chars = list(text)
    for gap, end, _ in sorted(fixes, reverse=True):
        chars[gap:end] = chars[gap + 1:end] + [chars[gap]]
    return "".join(chars), sorted(e for _, _, e in fixes)


def parse_temporal(text: str, *, year: int | None = None, time_context: bool = False,
                   base: int = 0, closing: bool = False) -> list[Temporal]:
    """Every time expression in ``text``; spans are offset by ``base``. ``closing``: ``text`` is a
    task's own, where a window or a yearly frequency closing a sentence is the task's time."""
    if not _maybe(text):
        return []  # no digit and no frequency word: nothing to find
    text, healed = _heal_split_dates(text)
    out = _parse_temporal(text, year=year, time_context=time_context, base=base, closing=closing)
    if healed:  # a match that ends on a healed date ends where the date did: one character on
        out = [replace(t, span=(t.span[0], t.span[1] + 1)) if t.span[1] - base in healed else t for t in out]
    return out


def _parse_temporal(text: str, *, year: int | None, time_context: bool, base: int, closing: bool = False) -> list[Temporal]:
    # Which families can match at all: each needs its words and most a four-digit year; a family
    # whose words are absent is not run.
    low = lower_as_re(text)
    y4 = _YEAR4.search(text) is not None
    thang, ngay, nam, quy = "tháng" in low, "ngày" in low, "năm" in low, "quý" in low
    due_cue = "trước" in low or "chậm nhất" in low or "hạn chót" in low or "không muộn hơn" in low
    dinh_ky = "định kỳ" in low
    full_date = y4 and _FULL_DATE.search(text) is not None  # d/m/yyyy, which a date range ends on
    two_years = y4 and len(_YEAR4.findall(text)) >= 2  # a range of years names two
    act = "hoàn thành" in low or "thực hiện" in low or "triển khai" in low or "tổ chức" in low
    every_year = nam and ("hàng" in low or "hằng" in low or "mỗi" in low)
    out: list[Temporal] = []
    taken = bytearray(len(text))  # 1 where an earlier match lies: a lookup costs the span, not every match so far

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def mark(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    def add(t: Temporal, s: int, e: int) -> None:
        mark(s, e)
        out.append(t)

    # windows that run to the plan's own dates, and rates, before their pieces are read alone
    for m in RE_FROM_NOW.finditer(text) if y4 and "từ nay" in low else ():
        if free(m.start(), m.end()):
            issued = (_PLAN_DATES.get() or {}).get("issued")
            y = int(m.group("y"))
            st = issued if issued and re.match(r"\d{4}-\d{2}-\d{2}$", issued) and int(issued[:4]) <= y else None
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=st, end=f"{y}-12-31"),
                m.start(), m.end())
    for m in RE_ONWARD.finditer(text) if y4 and "tiếp theo" in low else ():
        if free(m.start(), m.end()):
            y, last = int(m.group("y")), (_PLAN_DATES.get() or {}).get("period_end")
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=f"{y}-01-01",
                         end=f"{last}-12-31" if last and last > y else None), m.start(), m.end())
    for m in RE_POINT_ON.finditer(text) if (thang or quy) and y4 and "năm" in low else ():
        if free(m.start(), m.end()):
            st = _point(m, "a", first=True)
            y2 = int(m.group("by") or (st or "0")[:4])
            if st and int(st[:4]) <= y2 <= int(st[:4]) + 5:
                add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=st, end=f"{y2}-12-31"),
                    m.start(), m.end())
    for m in RE_TERM.finditer(text) if two_years and "học kỳ" in low else ():
        a, b = int(m.group("a")), int(m.group("b"))
        if b == a + 1 and free(m.start(), m.end()):
            first = m.group("t") in ("I", "1")
            st, en = (f"{a}-09-01", f"{a}-12-31") if first else (f"{b}-01-01", f"{b}-05-31")
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=st, end=en), m.start(), m.end())
    for m in RE_RATE.finditer(text) if "/" in text else ():
        if free(m.start(), m.end()) and not _NOT_A_RATE.search(m.group("unit")):
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "recurring",
                         recurrence=_FREQ[m.group("f").lower()]), m.start(), m.end())
    for m in RE_RATE_EVERY.finditer(text) if "mỗi" in low or "hằng" in low or "hàng" in low else ():
        if free(m.start(), m.end()) and m.group("unit")[0].islower() and not _NOT_A_RATE.search(m.group("unit")):
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "recurring",
                         recurrence=_FREQ[m.group("f").lower()]), m.start(), m.end())
    for m in RE_DATE_RANGE.finditer(text) if full_date else ():
        if not (m.group("cue") or m.group("ngay") or time_context or m.group("y1")) or \
                _NUMBER_BEFORE.search(text[max(0, m.start() - 5):m.start()]):
            continue
        y2, m2 = int(m.group("y2")), int(m.group("m2"))
        y1 = int(m.group("y1")) if m.group("y1") else y2
        m1 = int(m.group("m1")) if m.group("m1") else m2
        st, en = iso(y1, m1, int(m.group("d1"))), iso(y2, m2, int(m.group("d2")))
        if st and en and st < en and int(en[:4]) - int(st[:4]) <= 1:
            add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period", start=st, end=en), m.start(), m.end())
    for m in RE_DUE_MULTI.finditer(text) if due_cue else ():
        if not free(m.start(), m.end()):
            continue
        yearly = bool(m.group("yearly"))
        years = [m.group(p + "y") for p in "abc" if m.group(p + "d")]
        last_y = next((y for y in reversed(years) if y), None)
        for p in "abc":
            if not m.group(p + "d"):
                continue
            due, rec = _due(m.group(p + "d"), m.group(p + "m"), m.group(p + "y") or last_y, year, yearly)
            if due:
                out.append(Temporal(m.group(0), (base + m.start(), base + m.end()), "due", due=due, recurrence=rec))
        mark(m.start(), m.end())
    for m in RE_PERIODIC_DUE.finditer(text) if dinh_ky and due_cue else ():
        if free(m.start(), m.end()):
            due, rec = _due(m.group("ad"), m.group("am"), None, None, True)
            if due:
                add(Temporal(m.group(0), (base + m.start(), base + m.end()), "due", due=due, recurrence=rec), m.start(), m.end())
    for m in RE_DUE.finditer(text) if due_cue else ():
        if not free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 40):m.start()].lower()
        yearly = bool(m.group("yearly")) or bool(_YEARLY_BEFORE.search(before))
        due, rec = _due(m.group("ad"), m.group("am"), m.group("ay"), year, yearly)
        if due:
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "due", due=due, recurrence=rec), m.start(), m.end())
    for m in RE_DUE_WORDS.finditer(text) if due_cue and ngay and thang else ():
        if free(m.start(), m.end()):
            d, mo = _number_words(m.group("dw")), _MONTH_WORDS.get(m.group("mw").lower())
            yearly = bool(m.group("yearly")) or bool(_YEARLY_BEFORE.search(text[max(0, m.start() - 40):m.start()].lower()))
            due, rec = _due(str(d), str(mo), m.group("y"), year, yearly) if d and mo else (None, None)
            if due:
                add(Temporal(m.group(0), (base + m.start(), base + m.end()), "due", due=due, recurrence=rec), m.start(), m.end())
    for m in RE_DUE_MONTH.finditer(text) if due_cue and thang and y4 else ():
        if free(m.start(), m.end()):
            y, mo = int(m.group("y")), int(m.group("m"))
            if 1 <= mo <= 12:
                prev = iso(y, mo - 1, calendar.monthrange(y, mo - 1)[1]) if mo > 1 else iso(y - 1, 12, 31)
                add(Temporal(m.group(0), (base + m.start(), base + m.end()), "due", due=prev), m.start(), m.end())
    for m in RE_DURATION_AFTER.finditer(text) if ngay and y4 else ():
        if free(m.start(), m.end()):
            st = iso(int(m.group("ey")), int(m.group("em")), int(m.group("ed")))
            en = _days_after(st, m.group("n")) if st else None
            if en:
                add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period", start=st, end=en), m.start(), m.end())
    for m in RE_DURATION_BEFORE.finditer(text) if ngay and y4 else ():
        if free(m.start(), m.end()) and not _CITED_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            st = iso(int(m.group("dy")), int(m.group("dm")), int(m.group("dd")))
            en = _days_after(st, m.group("n")) if st else None
            if en:
                add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period", start=st, end=en), m.start(), m.end())
    for m in RE_EVENT.finditer(text) if ngay and y4 else ():
        # an event needs a clock time, a "từ/vào" cue or a time field; a bare "ngày 31/12/2024" cites a document
        if not free(m.start(), m.end()) or not (m.group("h") or m.group("cue") or time_context):
            continue
        if _CITATION_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        st = iso(int(m.group("ey")), int(m.group("em")), int(m.group("ed")))
        if st:
            add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period", start=st, end=st), m.start(), m.end())
    for m in RE_POINT_RANGE.finditer(text) if two_years and (thang or quy) else ():
        if not free(m.start(), m.end()) or _NARRATIVE_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            continue
        st, en = _point(m, "a", first=True), _point(m, "b", first=False)
        if st and en and st < en and int(en[:4]) - int(st[:4]) <= 5:
            add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period", start=st, end=en),
                m.start(), m.end())
    for m in RE_POINT_YEAR.finditer(text) if (thang or quy) and nam and two_years else ():
        if not free(m.start(), m.end()):
            continue
        st, y2 = _point(m, "a", first=True), int(m.group("by"))
        if st and int(st[:4]) < y2 <= int(st[:4]) + 5:
            add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period", start=st,
                         end=iso(y2, 12, 31)), m.start(), m.end())
    for m in RE_MONTH_RANGE.finditer(text) if thang and y4 else ():
        if not free(m.start(), m.end()) or _NARRATIVE_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            continue
        y2, m1, m2 = int(m.group("y2")), int(m.group("m1")), int(m.group("m2"))
        y1 = int(m.group("y1")) if m.group("y1") else y2
        if 1 <= m1 <= 12 and 1 <= m2 <= 12 and (y1, m1) < (y2, m2) and y2 - y1 <= 5:
            add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period",
                         start=iso(y1, m1, 1), end=_last_day(y2, m2)), m.start(), m.end())
    for m in RE_QUARTER_RANGE.finditer(text) if quy else ():
        if not free(m.start(), m.end()):
            continue
        q1, q2 = _ROMAN_Q.get(m.group("q1").upper()), _ROMAN_Q.get(m.group("q2").upper())
        y = int(m.group("y")) if m.group("y") else year
        if q1 and q2 and y and q1 < q2:
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period",
                         start=iso(y, 3 * q1 - 2, 1), end=_last_day(y, 3 * q2)), m.start(), m.end())
    for m in RE_MONTH_PAIR.finditer(text) if thang and y4 else ():
        m1, m2, y = int(m.group("m1")), int(m.group("m2")), int(m.group("y"))
        if free(m.start(), m.end()) and 1 <= m1 < m2 <= 12:
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period",
                         start=iso(y, m1, 1), end=_last_day(y, m2)), m.start(), m.end())
    for rx in (RE_YEARLY_DATE, RE_YEARLY_NAMED_DAY) if ngay and every_year else ():
        for m in rx.finditer(text):
            if free(m.start(), m.end()):
                due, rec = _due(m.group("d"), m.group("m"), None, None, True)
                if due:
                    add(Temporal(m.group(0), (base + m.start(), base + m.end()), "due", due=due, recurrence=rec),
                        m.start(), m.end())
    # a month or a quarter of every year: a window that comes back yearly, its bounds written as the
    # spec writes a yearly date (``--MM-DD``): "tháng 8 hằng năm" → --08-01 … --08-31
    for m in RE_YEARLY_MONTH.finditer(text) if thang and every_year else ():
        mo = int(m.group("m"))
        if free(m.start(), m.end()) and 1 <= mo <= 12:
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=f"--{mo:02d}-01",
                         end=_yearly_last_day(mo), recurrence="yearly"), m.start(), m.end())
    for m in RE_YEARLY_QUARTER.finditer(text) if quy and every_year else ():
        q = _ROMAN_Q.get(m.group("q").upper())
        if q and free(m.start(), m.end()):
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=f"--{3 * q - 2:02d}-01",
                         end=_yearly_last_day(3 * q), recurrence="yearly"), m.start(), m.end())
    if time_context and year and thang:
        m = RE_MONTH_ONLY.match(text)
        if m and free(m.start(), m.end()) and 1 <= int(m.group("m")) <= 12:
            mo = int(m.group("m"))
            add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period",
                         start=iso(year, mo, 1), end=_last_day(year, mo)), m.start(), m.end())
    for m in RE_QUARTER.finditer(text) if quy else ():
        if not free(m.start(), m.end()):
            continue
        q = _ROMAN_Q.get(m.group("q").upper()) if m.group("q") else _ocr_roman(m.group("qo"))
        y = int(m.group("y")) if m.group("y") else year
        if not q or not y:
            continue
        add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period",
                     start=iso(y, 3 * q - 2, 1), end=_last_day(y, 3 * q)), m.start(), m.end())
    for m in RE_HALF.finditer(text) if thang and nam else ():
        if not free(m.start(), m.end()):
            continue
        y = int(m.group("y")) if m.group("y") else year
        if not y:
            continue
        first = m.group("h").lower() == "đầu"
        add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period",
                     start=iso(y, 1 if first else 7, 1), end=_last_day(y, 6 if first else 12)), m.start(), m.end())
    for m in (RE_MONTH_BARE if time_context else RE_MONTH).finditer(text) if thang and y4 else ():
        s = m.start() + len(m.group("cue") or "")
        if not free(s, m.end()):
            continue
        y, mo = int(m.group("y")), int(m.group("m"))
        if 1 <= mo <= 12:
            add(Temporal(text[s:m.end()], (base + s, base + m.end()), "period", start=iso(y, mo, 1), end=_last_day(y, mo)), s, m.end())
    for m in RE_MONTH_WORD.finditer(text) if thang and nam and y4 else ():
        # "tháng Năm năm 2020" is May 2020: the first "năm" names the month, the second is "year"
        s = m.start() + len(m.group("cue"))
        if free(s, m.end()):
            y, mo = int(m.group("y")), _MONTH_WORDS[m.group("w").lower()]
            add(Temporal(text[s:m.end()], (base + s, base + m.end()), "period", start=iso(y, mo, 1), end=_last_day(y, mo)), s, m.end())
    for m in RE_SCHOOL_YEAR.finditer(text) if two_years and "học" in low else ():
        # "năm học 2019 - 2020" is September to May, not two calendar years; in running text only
        # after a cue ("triển khai trong năm học …"), a result of a past school year narrates
        a, b = int(m.group("a")), int(m.group("b"))
        if b != a + 1 or not free(m.start(), m.end()) or not (
                time_context or _SCHOOL_CUE_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue
        add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=f"{a}-09-01", end=f"{b}-05-31"),
            m.start(), m.end())
    for m in RE_YEAR_PAIR.finditer(text) if two_years and time_context else ():
        a, b = int(m.group("a")), int(m.group("b"))
        if b == a + 1 and free(m.start(), m.end()):
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=f"{a}-01-01", end=f"{b}-12-31"),
                m.start(), m.end())
    range_rx = RE_RANGE if time_context else RE_RANGE_CUE
    for m in range_rx.finditer(text) if two_years else ():
        if not free(m.start(), m.end()):
            continue
        if not time_context and _NARRATIVE_BEFORE.search(text[max(0, m.start() - 25):m.start()]):
            continue
        gd = m.groupdict()
        a, b = int(gd.get("a") or gd["a2"]), int(gd.get("b") or gd["b2"])
        if a <= b <= a + 20:
            add(Temporal(m.group(0).strip(), (base + m.start(), base + m.end()), "period",
                         start=f"{a}-01-01", end=f"{b}-12-31"), m.start(), m.end())
    for m in RE_RANGE_CLOSE.finditer(text) if closing and two_years and "giai" in low else ():
        a, b = int(m.group("a")), int(m.group("b"))
        if free(m.start(), m.end()) and a <= b <= a + 20 and not _past_clause(text, m.start()):
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=f"{a}-01-01", end=f"{b}-12-31"),
                m.start(), m.end())
    for m in RE_YEAR_CLOSE.finditer(text) if closing and y4 and nam else ():
        if free(m.start(), m.end()) and not _past_clause(text, m.start()):
            y = int(m.group("y"))
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period", start=f"{y}-01-01", end=f"{y}-12-31"),
                m.start(), m.end())
    year_rx = RE_YEAR if time_context else RE_YEAR_CUE
    for m in year_rx.finditer(text) if y4 and (time_context or (nam and act)) else ():
        if not free(m.start(), m.end()):
            continue
        gd = m.groupdict()
        y = int(gd.get("y") or gd.get("y2") or 0)
        if y:
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "period",
                         start=f"{y}-01-01", end=f"{y}-12-31"), m.start(), m.end())
    for m in RE_RECUR.finditer(text) if dinh_ky or "hàng" in low or "hằng" in low or "mỗi" in low or "từng" in low else ():
        if not free(m.start(), m.end()):
            continue
        if m.group("n"):
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "recurring", recurrence="semiannual"), m.start(), m.end())
            continue
        f = m.group("f").lower()
        if f == "ngày" and not time_context:
            continue  # "hoạt động hằng ngày" in a sentence is the work's habit; a time cell's "Phát hằng ngày" a rate
        if f == "năm" and not m.group("dk") and not (time_context and _whole_value(text, m)) \
                and not (obligation_object(text, m.start()) and not _dated(out, text, m.start(), m.end(), base)) \
                and not (closing and _CLOSES.match(text, m.end()) and _closing_duty(text, m.start())):
            # a bare "hàng năm" inside a sentence qualifies a noun; see RE_YEARLY_OPEN. After an
            # obligation's object it is the duty's frequency — one item with the sentence's own
            # date when it has one ("Xây dựng kế hoạch hằng năm, gửi Sở … trước ngày 31/01 hằng năm")
            continue
        if not m.group("dk") and m.group("q").lower() == "từng":
            continue
        add(Temporal(m.group(0), (base + m.start(), base + m.end()), "recurring", recurrence=_FREQ[f]), m.start(), m.end())
    for m in RE_QUARTER_END.finditer(text) if "cuối quý" in low else ():
        # "báo cáo trước ngày 20 tháng cuối quý": a due day in the last month of every quarter
        if free(m.start(), m.end()) and not any(  # "hằng quý (trước ngày 20 tháng cuối quý)": one duty
                t.recurrence == "quarterly" and 0 <= base + m.start() - t.span[1] <= 3 for t in out):
            add(Temporal(m.group(0), (base + m.start(), base + m.end()), "recurring", recurrence="quarterly"),
                m.start(), m.end())
    for m in RE_YEARLY_OPEN.finditer(text) if "năm," in text else ():
        s, e = m.start("t"), m.end("t")
        if not free(s, e):
            continue
        # "Hằng năm, các cơ quan lập dự toán … gửi Sở Tài chính trước ngày 15/7": one duty with its
        # yearly date, one due item (as "định kỳ hằng năm (trước 10/12)"); the date comes back
        # every year even in a plan of one year
        dues = _dated(out, text, e, e, base)
        if not dues:
            add(Temporal(m.group("t"), (base + s, base + e), "recurring", recurrence="yearly"), s, e)
            continue
        for k in dues:
            t = out[k]
            if t.recurrence is None and t.due and not _YEAR4.search(t.text):
                out[k] = Temporal(t.text, t.span, "due", due="--" + t.due[5:], recurrence="yearly")
    for m in RE_BARE_PERIODIC.finditer(text) if dinh_ky else ():
        if free(m.start(), m.end()) and not _MEETING_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            add(Temporal(m.group("dk"), (base + m.start(), base + m.end()), "recurring", recurrence=None), m.start(), m.end())
    out.sort(key=lambda t: t.span)
    return out
