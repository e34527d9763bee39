"""Report labels in Vietnamese (default) and English. JSON stays language-neutral."""
from __future__ import annotations

LABELS = {
    "vi": {
        "title": "Báo cáo rà soát kế hoạch", "matrix": "Ma trận nội dung", "plan": "Kế hoạch",
        "covered": "Đã đề cập", "partial": "Đề cập một phần", "missing": "Chưa đề cập", "failed": "Lỗi đọc tệp",
        "coverage": "Mức bao phủ", "applicable": "Triển khai văn bản tham chiếu", "yes": "Có", "no": "Không",
        "reference": "Văn bản tham chiếu", "reconstructed": "Văn bản tham chiếu này được DỰNG LẠI từ các kế hoạch cấp tỉnh, "
        "không phải nguyên văn chính thức. Nhãn nguồn của từng nội dung: shared (nhiều kế hoạch), single (một kế hoạch), inferred (suy ra).",
        "areas_missing": "Nội dung chưa đề cập", "evidence": "Bằng chứng", "checks_failed": "Yêu cầu chưa đạt",
        "no_lead": "Nhiệm vụ chưa có đơn vị chủ trì", "failed_inputs": "Tệp không đọc được", "reason": "Lý do",
        "section": "Mục", "area": "Nội dung", "status": "Kết quả", "score": "Điểm", "tag": "Nguồn",
        "issued": "Ngày ban hành", "number": "Số", "province": "Tỉnh", "check": "Yêu cầu", "detail": "Chi tiết",
        "none": "Không có", "pass": "Đạt", "fail": "Chưa đạt", "plans": "kế hoạch", "summary": "Tổng hợp",
        "reasons": "Căn cứ đánh giá",
        "insufficient": "Không đủ nội dung để đánh giá", "not applicable": "Không áp dụng",  # audit statuses (auditing/model.py)
    },
    "en": {
        "title": "Plan audit report", "matrix": "Coverage matrix", "plan": "Plan",
        "covered": "Covered", "partial": "Partial", "missing": "Missing", "failed": "Failed to read",
        "coverage": "Coverage", "applicable": "Implements the reference", "yes": "Yes", "no": "No",
        "reference": "Reference", "reconstructed": "This reference is RECONSTRUCTED from provincial plans, not the official "
        "text. Each area's provenance tag: shared (several plans), single (one plan), inferred.",
        "areas_missing": "Missing areas", "evidence": "Evidence", "checks_failed": "Failed checks",
        "no_lead": "Tasks without a lead agency", "failed_inputs": "Files that could not be read", "reason": "Reason",
        "section": "Section", "area": "Area", "status": "Status", "score": "Score", "tag": "Tag",
        "issued": "Issued", "number": "Number", "province": "Province", "check": "Check", "detail": "Detail",
        "none": "None", "pass": "Pass", "fail": "Fail", "plans": "plans", "summary": "Summary",
        "reasons": "Reasons",
        "insufficient": "Insufficient text", "not applicable": "Not applicable",  # audit statuses (auditing/model.py)
    },
}


def labels(lang: str) -> dict:
    return LABELS.get(lang, LABELS["vi"])


def vn_date(iso: str | None) -> str:
    """``2019-09-18`` → ``18/09/2019``; ``--12-10`` → ``10/12 hằng năm``."""
    if not iso:
        return "—"
    if iso.startswith("--"):
        return f"{iso[5:7]}/{iso[2:4]} hằng năm"
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def area_title(area: dict, lang: str) -> str:
    return (area.get("title_en") or area["title"]) if lang == "en" else area["title"]
