"""Hand-written gold for plan 4 (UBND xã Lũng Cú 28/KH-UBND, typed DOCX, tab/space header)."""
import sys
sys.path.insert(0, "/work/unseen5a/sources")
from common import *
from gen_ha_giang_commune import NAME

src = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8")

def P(name, text=None):
    d = A(name, text); d["person"] = True
    return d
VHXH = P("Công chức Văn hóa - Xã hội")
BP = A("Đồn Biên phòng Lũng Cú")
T = [
 ("1", "Tuyên truyền trên hệ thống truyền thanh cơ sở", [P("Công chức Văn hóa - Xã hội", "công chức Văn hóa - Xã hội")], [A("Đài Truyền thanh xã")],
  ("Cả năm 2022", "2022-01-01", "2022-12-31"), "lead from 'Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đài Truyền thanh xã'; a commune civil-servant post, entered as a person by position"),
 ("2", "Tuyên truyền trực quan", [VHXH], [BP], ("Tháng 8/2022", "2022-08-01", "2022-08-31"), "actor opening the paragraph, 'phối hợp với' gives support; 'nhân Ngày thành lập ASEAN' is event-triggered and not a deadline"),
 ("3", "Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể",
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam xã"), A("Đoàn Thanh niên xã"), A("Hội Liên hiệp Phụ nữ xã"), A("Hội Nông dân xã")], [], None,
  "four agencies open the paragraph as actors; 'Thường xuyên' is not a window"),
 ("4", "Tuyên truyền trong trường học", [A("Trường Phổ thông dân tộc bán trú Trung học cơ sở Lũng Cú")], [],
  ("Tháng 4 - tháng 5/2022", "2022-04-01", "2022-05-31"), None),
 ("5", "Bổ sung sách, tài liệu về ASEAN", [VHXH], [], ("Quý III/2022", "2022-07-01", "2022-09-30"), None),
 ("6", "Quảng bá tiềm năng du lịch của xã", [VHXH], [A("Hợp tác xã du lịch cộng đồng thôn Lô Lô Chải")], ("Năm 2022", "2022-01-01", "2022-12-31"), None),
 ("7", "Tham gia bồi dưỡng kỹ năng tuyên truyền", [], [], None,
  "no actor: the sentence opens with 'Cử …' (the commune sends its staff); 'Theo kế hoạch của huyện' is not a deadline"),
 ("8", "Nắm bắt tình hình dư luận", [A("Công an xã")], [BP], None, None),
]
tasks, deadlines, tsecs = [], [], []
for n, title, lead, sup, t, note in T:
    tid = "III." + n
    tf = TF(*t) if t else None
    if t:
        deadlines.append(DL(t[0], "period", tid, title, start=t[1], end=t[2]))
    tasks.append(TASK(tid, title, lead, sup, tf, note))
    tsecs.append(SEC(tid, n + ".", title, 2))
deadlines += [
 DL("trước ngày 05/6 và ngày 05/12/2022", "due", "V.3", "Báo cáo kết quả về Ủy ban nhân dân xã", due="2022-06-05",
    note="'trước ngày 05/6 và ngày 05/12/2022': the year written once applies to both dates"),
 DL("trước ngày 05/6 và ngày 05/12/2022", "due", "V.3", "Báo cáo kết quả về Ủy ban nhân dân xã", due="2022-12-05"),
 DL("định kỳ 6 tháng, năm", "recurring", "VI", "báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện", rec="semiannual",
    note="'định kỳ 6 tháng, năm' = a 6-monthly and a yearly report: two recurring items without dates"),
 DL("định kỳ 6 tháng, năm", "recurring", "VI", "báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện", rec="yearly"),
]
IV = "Kinh phí thực hiện Kế hoạch được chi từ nguồn kinh phí sự nghiệp văn hóa thông tin của xã năm 2022 và các nguồn huy động hợp pháp khác (nếu có)"
V2d = ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tìm hiểu về Cộng đồng ASEAN"]
plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "28/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân xã Lũng Cú", "province": "Hà Giang",
  "issued": "2022-03-14",
  "title": "Thông tin tuyên truyền về ASEAN năm 2022 trên địa bàn xã Lũng Cú",
  "period": {"start": 2022, "end": 2022},
  "basis": [{"number": "56/KH-UBND", "type": "Kế hoạch", "date": "2022-02-25"}],
  "signer": {"name": "Giàng Mí Sính", "position": "Chủ tịch"},
 },
 "sections": [
  SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  SEC("I.1", "1.", "Mục đích", 2),
  SEC("I.2", "2.", "Yêu cầu", 2),
  SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
  SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
 ] + tsecs + [
  SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  SEC("V.1", "1.", "Công chức Văn hóa - Xã hội", 2),
  SEC("V.2", "2.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã", 2),
  SEC("V.3", "3.", "Trưởng các thôn", 2),
  SEC("VI", "VI.", "CHẾ ĐỘ BÁO CÁO", 1, "reporting"),
 ],
 "tasks": tasks,
 "assignments": [
  ASG(VHXH, "V.1", ["Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; theo dõi, đôn đốc các thôn, đơn vị thực hiện",
                    "Tổng hợp kết quả, tham mưu báo cáo theo quy định"]),
  ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "V.2", V2d, note="'Đề nghị X và Y': one assignment per agency"),
  ASG(A("Các đoàn thể chính trị - xã hội xã", "các đoàn thể chính trị - xã hội xã", True), "V.2", V2d),
  ASG(A("Trưởng các thôn", coll=True), "V.3", ["Tuyên truyền về ASEAN tại các cuộc họp thôn",
      "Báo cáo kết quả về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội) trước ngày 05/6 và ngày 05/12/2022"],
      note="village heads by position, collectively"),
 ],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "IV", "sources": ["unit_budget", "other_lawful"],
            "clauses": [{"text": IV, "section": "IV"}], "amounts": [],
            "note": "'nguồn kinh phí sự nghiệp văn hóa thông tin của xã' = the commune's own recurrent (sự nghiệp) allocation: read as unit_budget; state_budget is arguable since the commune budget is part of the state budget"},
}
areas = [
 AREA("B01", "covered", "II", "Khái quát về ASEAN và Cộng đồng ASEAN với 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; chủ đề Năm ASEAN 2022"),
 AREA("B02", "missing"),
 AREA("B03", "missing"),
 AREA("B04", "covered", "II", "Những nét tương đồng về văn hóa, phong tục giữa các dân tộc Việt Nam và Nhân dân các nước ASEAN"),
 AREA("B05", "covered", "III.6", "giới thiệu sản phẩm du lịch cộng đồng, bản sắc văn hóa dân tộc Lô Lô, Mông tới du khách các nước ASEAN"),
 AREA("B06", "missing"),
 AREA("B07", "missing", note="'trên mạng xã hội' appears only as where false information is detected (III.8), not as a channel for ASEAN content"),
 AREA("B08", "covered", "III.2", "treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN tại trung tâm xã và khu vực Cột cờ Lũng Cú nhân Ngày thành lập ASEAN"),
 AREA("B09", "covered", "III.7", "tham gia lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN do huyện tổ chức"),
 AREA("B10", "covered", "III.4", "tổ chức cho học sinh tìm hiểu về ASEAN qua tranh ảnh, câu đố"),
 AREA("B11", "partial", "III.6", "Quảng bá tiềm năng du lịch của xã", note="tourism promotion without any event (no festival, fair, exhibition or exchange)"),
 AREA("B12", "covered", "III.8", "phản bác thông tin sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước"),
 AREA("B13", "missing"),
]
audit = {
 "schema": "planparse/audit@1", "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites the district plan 56/KH-UBND on ASEAN propaganda 2022", "plan year 2022 inside 2021-2025", "3 trụ cột as the content frame"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section IV KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "section V TỔ CHỨC THỰC HIỆN with 4 assignments"},
  {"id": "S4", "status": "pass", "detail": "V.3 báo cáo trước ngày 05/6 và ngày 05/12/2022"},
  {"id": "S5", "status": "fail", "detail": "tasks without a lead: III.7"},
  {"id": "S6", "status": "pass", "detail": "basis cites the district plan 56/KH-UBND (through the district's umbrella plan)"},
 ],
}
write_gold(NAME, plan, audit, src)
