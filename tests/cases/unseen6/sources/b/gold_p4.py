import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import *
NAME = "bac-lieu_417-KH-SNgV_2021_asean-setext"
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
src = open(os.path.join(HERE, f"{NAME}.source.txt"), encoding="utf-8").read().replace("**", "")

LSTT = A("Phòng Lãnh sự - Thông tin đối ngoại")
HTQT = A("Phòng Hợp tác quốc tế")
VPS = A("Văn phòng Sở", note="Office of the Sở Ngoại vụ itself; kept as written.")
BAO = A("Báo Bạc Liêu"); DAI = A("Đài Phát thanh và Truyền hình Bạc Liêu")
YEARLY = "yearly"
tasks_spec = [
 ("III.1", "Duy trì chuyên mục “ASEAN - Bạc Liêu” trên Trang thông tin điện tử của Sở Ngoại vụ", [LSTT], [VPS],
  ("2021 - 2025", "2021-01-01", "2025-12-31"), None),
 ("III.2", "Phát triển nội dung về ASEAN trên nền tảng số và mạng xã hội", [VPS], [], None,
  ("hằng năm", "Đăng tải infographic, video ngắn về ASEAN trên trang Facebook và Zalo OA của Sở")),
 ("III.3", "Cung cấp thông tin về Chủ đề ASEAN theo từng năm cho báo chí địa phương", [HTQT], [BAO, DAI], None, None),
 ("III.4", "Giới thiệu câu chuyện thực tiễn về lợi ích từ Cộng đồng ASEAN", [HTQT], [A("Sở Công Thương")],
  ("năm 2022", "2022-01-01", "2022-12-31"), None),
 ("III.5", "Thông tin về hợp tác ASEAN ứng phó COVID-19 và phục hồi kinh tế", [HTQT], [A("Sở Lao động - Thương binh và Xã hội")],
  ("năm 2021 - 2022", "2021-01-01", "2022-12-31"), None),
 ("III.6", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [LSTT], [A("Sở Nội vụ")],
  ("quý III/2022", "2022-07-01", "2022-09-30"), None),
 ("III.7", "Cuộc thi tìm hiểu về ASEAN trực tuyến", [A("Tỉnh đoàn Bạc Liêu")], [LSTT, A("Sở Giáo dục và Đào tạo")],
  ("năm 2023", "2023-01-01", "2023-12-31"), None),
 ("III.8", "Quảng bá hình ảnh, cơ hội kinh doanh, đầu tư, du lịch của tỉnh đến các nước ASEAN", [HTQT],
  [A("Sở Văn hóa, Thể thao và Du lịch"), A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")], None,
  ("hằng năm", "Quảng bá Cánh đồng điện gió Bạc Liêu, Khu lưu niệm nghệ thuật Đờn ca tài tử Nam Bộ và cơ hội kinh doanh, đầu tư, du lịch của tỉnh")),
 ("III.9", "Phản bác các quan điểm sai trái, xuyên tạc", [A("Các phòng, đơn vị thuộc Sở", "các phòng, đơn vị thuộc Sở", coll=True)], [], None, None),
 ("III.10", "Giao lưu văn hóa, thể thao nhân Ngày ASEAN", [VPS], [], None, None),
]
subj = {
 "III.1": "Duy trì chuyên mục “ASEAN - Bạc Liêu” trên Trang thông tin điện tử của Sở Ngoại vụ",
 "III.4": "Giới thiệu các mô hình hợp tác, câu chuyện thực tiễn của doanh nghiệp xuất khẩu tôm, muối Bạc Liêu",
 "III.5": "Thông tin về hợp tác ASEAN trong ứng phó COVID-19",
 "III.6": "tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",
 "III.7": "Tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến",
}
notes = {
 "III.1": "Tasks are a Markdown ordered list written '1)' … '10)' under a setext (---) heading; label '1)' is Arabic (not a letter), ids III.1 … III.10. Nested '-' bullets are field lines of the task.",
 "III.2": "'Thời gian: hằng năm' is not a window (timeframe null) but a yearly recurring deadline.",
 "III.3": "Lead: actor opening the bullet ('Phòng Hợp tác quốc tế chủ trì, phối hợp với …'); 'Thời gian: thường xuyên' is no deadline.",
 "III.4": "'Cơ quan chủ trì: X; phối hợp với Y' on one field line.",
 "III.6": "Lead from 'Giao X chủ trì, phối hợp với Y'.",
 "III.9": "Only 'Đơn vị thực hiện:' is given and no separate lead: the performers are read as the lead (the spec makes 'Đơn vị thực hiện' support only when a separate lead is named).",
 "III.10": "Lead: actor opening the bullet; 'nhân Ngày ASEAN (08/8)' is event timing, not a deadline.",
}
sections = [
 S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose", note="Setext heading (underlined ---); its content is '-' bullets, which are not sections."),
 S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Only '-' bullets below: no numbered items, so no tasks in II."),
 S("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks"),
]
tasks, deadlines = [], []
for tid, title, lead, sup, tfr, rec in tasks_spec:
    sections.append(S(tid, tid.split(".")[1] + ")", title, 2))
    t = T(tid, title, lead, sup, TF(*tfr) if tfr else None)
    if tid in notes: t["note"] = notes[tid]
    tasks.append(t)
    if tfr: deadlines.append(D(tfr[0], "period", tid, subj[tid], start=tfr[1], end=tfr[2]))
    if rec: deadlines.append(D(rec[0], "recurring", tid, rec[1], rec=YEARLY))
sections += [
 S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("V.1", "1)", "Phòng Lãnh sự - Thông tin đối ngoại", 2),
 S("V.2", "2)", "Văn phòng Sở", 2),
 S("V.3", "3)", "Các phòng, đơn vị thuộc Sở", 2),
 S("V.4", "4)", "Đề nghị Báo Bạc Liêu, Đài Phát thanh và Truyền hình Bạc Liêu", 2),
]
deadlines += [
 D("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông kết quả thực hiện", due="--12-15", rec="yearly"),
 D("định kỳ 6 tháng", "recurring", "V.3", "báo cáo kết quả", rec="semiannual"),
]
d4 = ["Phối hợp đăng tải, phát sóng tin, bài về ASEAN do Sở Ngoại vụ cung cấp"]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "417/KH-SNgV", "doc_type": "Kế hoạch", "issuer": "Sở Ngoại vụ tỉnh Bạc Liêu", "province": "Bạc Liêu",
  "issued": "2021-11-09",
  "title": "Thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025 của Sở Ngoại vụ tỉnh Bạc Liêu",
  "period": {"start": 2021, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "211/KH-UBND", "type": "Kế hoạch", "date": "2021-10-20"}],
  "signer": {"name": "Huỳnh Minh Tâm", "position": "Phó Giám đốc"},
  "note": "Header is two bold lines (left column with ' — ' joins, then right column); 'KẾ HOẠCH' is a setext (===) h1 and the subject line a bold paragraph. 1160/QĐ-TTg appears as a reference-style link '[Quyết định số 1160/QĐ-TTg][qd1160]' whose definition is at the end of the file; the link definition is not body text."},
 "sections": sections, "tasks": tasks,
 "assignments": [
  {"agency": LSTT, "section": "V.1", "duties": ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
     "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông kết quả thực hiện trước ngày 15/12 hằng năm"]},
  {"agency": VPS, "section": "V.2", "duties": ["Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch"]},
  {"agency": A("Các phòng, đơn vị thuộc Sở", coll=True), "section": "V.3", "duties": ["Chủ động thực hiện các nhiệm vụ được giao",
     "báo cáo kết quả định kỳ 6 tháng về Phòng Lãnh sự - Thông tin đối ngoại"]},
  {"agency": BAO, "section": "V.4", "duties": d4},
  {"agency": DAI, "section": "V.4", "duties": d4},
 ],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "IV",
  "sources": ["state_budget", "unit_budget", "sponsorship", "other_lawful"],
  "clauses": [{"text": "Kinh phí thực hiện được bố trí trong dự toán ngân sách nhà nước giao hằng năm cho Sở Ngoại vụ theo phân cấp ngân sách hiện hành, lồng ghép với kinh phí thông tin đối ngoại của Sở; vận động tài trợ của các tổ chức, doanh nghiệp và các nguồn hợp pháp khác", "section": "IV"}],
  "amounts": [],
  "note": "'lồng ghép với kinh phí thông tin đối ngoại của Sở' → unit_budget; 'vận động tài trợ của các tổ chức, doanh nghiệp' → sponsorship (not enterprise). 'giao hằng năm' qualifies the budget estimate and is not a deadline."},
}
areas = [
 AR("B01", "Annual ASEAN theme; all three pillars; Vietnam's contribution", "covered",
    [("II", "Chủ đề ASEAN theo từng năm; thành tựu hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam"),
     ("III.3", "cung cấp thông tin về Chủ đề ASEAN, hoạt động của ASEAN trên 3 trụ cột và đóng góp của Việt Nam")]),
 AR("B02", "ASEAN cooperation against COVID-19 and recovery", "covered",
    [("III.5", "Thông tin về hợp tác ASEAN trong ứng phó COVID-19, phục hồi sau đại dịch")]),
 AR("B03", "Real-life stories, exemplary people, ASEAN awards", "covered",
    [("III.4", "Giới thiệu các mô hình hợp tác, câu chuyện thực tiễn của doanh nghiệp xuất khẩu tôm, muối Bạc Liêu sang thị trường các nước ASEAN")]),
 AR("B04", "ASEAN Community identity and sense of belonging", "covered",
    [("II", "Tuyên truyền về bản sắc Cộng đồng ASEAN, nâng cao cảm nhận thuộc về một cộng đồng chung")],
    note="An own content bullet with its own verb (convention: enumerated content item → covered)."),
 AR("B05", "Promote the province to ASEAN members and partners", "covered",
    [("III.8", "Quảng bá Cánh đồng điện gió Bạc Liêu, Khu lưu niệm nghệ thuật Đờn ca tài tử Nam Bộ và cơ hội kinh doanh, đầu tư, du lịch của tỉnh")]),
 AR("B06", "New fields: e-commerce, value chains, Single Window, labour mobility, digital economy", "covered",
    [("III.5", "dịch chuyển lao động, chuỗi cung ứng giá trị khu vực"),
     ("II", "Cơ hội và thách thức từ kinh tế số, chuyển đổi số, thương mại điện tử đối với doanh nghiệp của tỉnh")]),
 AR("B07", "Portals and new media", "covered",
    [("III.1", "Duy trì chuyên mục “ASEAN - Bạc Liêu” trên Trang thông tin điện tử của Sở Ngoại vụ"),
     ("III.2", "Đăng tải infographic, video ngắn về ASEAN trên trang Facebook và Zalo OA của Sở")]),
 AR("B08", "Visual propaganda on ASEAN days", "missing",
    note="No flags, panels, posters or banners anywhere; the ASEAN-day event in III.10 is an exchange, not visual propaganda."),
 AR("B09", "Training and capacity building for propaganda staff", "covered",
    [("III.6", "tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN và thông tin đối ngoại")]),
 AR("B10", "Contests and youth activities on ASEAN", "covered",
    [("III.7", "Tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến cho học sinh, sinh viên và đoàn viên, thanh niên")]),
 AR("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
    [("III.10", "tổ chức giao lưu văn hóa, thể thao nhân Ngày ASEAN (08/8)"),
     ("III.8", "tại các hoạt động xúc tiến đầu tư, hội chợ với đối tác ASEAN")]),
 AR("B12", "Counter distorted views on foreign policy and ASEAN integration", "covered",
    [("III.9", "Theo dõi, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN")]),
 AR("B13", "Coordination among departments, localities, organisations and media", "partial",
    [("I", "Tăng cường công tác phối hợp thông tin giữa Sở Ngoại vụ với các sở, ban, ngành, địa phương và cơ quan báo chí của tỉnh")],
    note="Only a requirement in section I."),
]
audit = {"schema": "planparse/audit@1", "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg (13/7/2021) and the provincial plan 211/KH-UBND", "period 2021-2025",
   "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; Tư duy Cộng đồng, Hành động Cộng đồng; tầm nhìn 2030; COVID-19; kinh tế số, chuyển đổi số; 3 trụ cột"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section IV KINH PHÍ THỰC HIỆN (state budget, unit budget, sponsorship, other lawful)"},
  {"id": "S3", "status": "pass", "detail": "section V TỔ CHỨC THỰC HIỆN with 5 assignments"},
  {"id": "S4", "status": "pass", "detail": "V.1: báo cáo UBND tỉnh và Sở TT&TT trước ngày 15/12 hằng năm"},
  {"id": "S5", "status": "pass", "detail": "all 10 tasks have a lead (III.9 through 'Đơn vị thực hiện')"},
  {"id": "S6", "status": "pass", "detail": "basis cites Quyết định 1160/QĐ-TTg and Kế hoạch 211/KH-UBND"}],
 "summary": summary(areas)}
check(src, plan, audit); check2(plan, audit)
write(os.path.join(OUT, f"{NAME}.plan.json"), plan); write(os.path.join(OUT, f"{NAME}.audit.json"), audit)
print(audit["summary"])
