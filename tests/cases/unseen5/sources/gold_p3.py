import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import *
NAME = "ha-giang_186-KH-UBND_2021_asean-nhiemvu"
src = open(f"{NAME}.source.txt", encoding="utf-8").read()
TTTT = A("Sở Thông tin và Truyền thông")
VHTTDL = A("Sở Văn hóa, Thể thao và Du lịch")
KHDT = A("Sở Kế hoạch và Đầu tư")
SBN = A("Các sở, ban, ngành tỉnh", coll=True)
UBH = A("Ủy ban nhân dân các huyện, thành phố", coll=True)
NV = [
 ("II.1", "Tuyên truyền về Chủ đề ASEAN của từng năm và kết quả hợp tác trên 3 trụ cột", [TTTT],
   [A("Báo Hà Giang"), A("Đài Phát thanh và Truyền hình tỉnh")], "Hằng năm"),
 ("II.2", "Duy trì chuyên mục ASEAN trên Cổng Thông tin điện tử tỉnh và các nền tảng số", [A("Văn phòng Ủy ban nhân dân tỉnh")], [TTTT],
   ("2021 - 2025", "2021-01-01", "2025-12-31")),
 ("II.3", "Tuyên truyền về hợp tác ASEAN trong ứng phó với dịch COVID-19 và phục hồi kinh tế", [TTTT],
   [A("Sở Y tế"), A("Sở Lao động - Thương binh và Xã hội")], ("2021 - 2022", "2021-01-01", "2022-12-31")),
 ("II.4", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [TTTT], [A("Sở Ngoại vụ")], ("Quý III/2022", "2022-07-01", "2022-09-30")),
 ("II.5", "Phổ biến thông tin về các lĩnh vực hợp tác mới cho doanh nghiệp", [A("Sở Công Thương")], [KHDT, A("Hiệp hội Doanh nghiệp tỉnh")],
   ("2022 - 2025", "2022-01-01", "2025-12-31")),
 ("II.6", "Quảng bá tiềm năng, thế mạnh của tỉnh tới các nước ASEAN", [VHTTDL, KHDT], [A("Sở Ngoại vụ")], "Hằng năm"),
 ("II.7", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên", [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh đoàn Hà Giang")],
   ("Năm 2023", "2023-01-01", "2023-12-31")),
 ("II.8", "Tuyên truyền cổ động trực quan nhân Ngày thành lập ASEAN", [UBH], [VHTTDL], "Tháng 8 hằng năm"),
 ("II.9", "Đấu tranh, phản bác các quan điểm sai trái", [A("Công an tỉnh")], [TTTT, A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")], None),
 ("II.10", "Tăng cường phối hợp cung cấp thông tin về ASEAN", [A("Sở Ngoại vụ")], [SBN, UBH], None),
]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks",
   note="Items are labelled 'Nhiệm vụ N:' instead of 'N.'. Read like 'Mục 1'/'Điều 1.' in the spec (a word plus an Arabic number nests like an Arabic item): ids II.1 … II.10, level 2, title = the text after the label; the 'Cơ quan chủ trì/phối hợp', 'Thời gian' lines are field lines.")]
tasks, deadlines = [], []
for tid, title, lead, sup, tw in NV:
    n = tid.split(".")[1]
    sections.append(S(tid, f"Nhiệm vụ {n}:", title, 2))
    tf = TF(*tw) if isinstance(tw, tuple) else None
    t = T(tid, title, lead, sup, tf)
    if tw == "Hằng năm": t["note"] = "'Thời gian: Hằng năm' is not a window (spec): timeframe null, yearly recurring deadline."
    if tw == "Tháng 8 hằng năm": t["note"] = "'Tháng 8 hằng năm' recurs every year: no single window, so timeframe null; kept as a yearly recurring period deadline."
    tasks.append(t)
    if isinstance(tw, tuple): deadlines.append(D(tw[0], "period", tid, title, start=tw[1], end=tw[2]))
    elif tw == "Hằng năm": deadlines.append(D("Hằng năm", "recurring", tid, title, rec="yearly"))
    elif tw == "Tháng 8 hằng năm":
        deadlines.append(D("Tháng 8 hằng năm", "period", tid, "Treo cờ ASEAN, pa nô, áp phích, băng rôn và băng rôn điện tử", start="--08-01", end="--08-31", rec="yearly",
          note="Spec open: a month that recurs yearly. Written by analogy with the spec's '--MM-DD' for yearly due dates: period --08-01 … --08-31, recurrence yearly."))
deadlines.append(D("định kỳ", "recurring", "II.10", "cung cấp thông tin về hoạt động hợp tác với các địa phương, đối tác ASEAN cho cơ quan báo chí",
  note="'định kỳ' with no frequency → recurring, recurrence null (gold convention)."))
sections += [S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"), S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("IV.1", "1.", "Sở Thông tin và Truyền thông", 2), S("IV.2", "2.", "Sở Tài chính", 2),
 S("IV.3", "3.", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố", 2),
 S("IV.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2)]
deadlines += [
 D("trước ngày 15/12 hằng năm", "due", "IV.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện", due="--12-15", rec="yearly"),
 D("Hằng năm", "recurring", "IV.2", "tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch", rec="yearly"),
 D("trước ngày 30/11 hằng năm", "due", "IV.3", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly")]
d3 = ["Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức thực hiện", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]
d4 = ["Phối hợp tuyên truyền về Cộng đồng ASEAN trong đoàn viên, hội viên", "tham gia giám sát việc thực hiện Kế hoạch"]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "186/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Hà Giang", "province": "Hà Giang",
  "issued": "2021-09-20", "title": "Thông tin, tuyên truyền về Cộng đồng ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh Hà Giang",
  "period": {"start": 2021, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "2950/BTTTT-TTĐN", "type": "Công văn", "date": "2021-08-20"}],
  "signer": {"name": "Nguyễn Minh Sơn", "position": "Phó Chủ tịch"},
  "note": "The two Laws in the first 'Căn cứ' carry no number and are not basis."},
 "sections": sections, "tasks": tasks,
 "assignments": [
  {"agency": TTTT, "section": "IV.1", "duties": ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch",
     "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 15/12 hằng năm"]},
  {"agency": A("Sở Tài chính"), "section": "IV.2", "duties": ["Hằng năm, căn cứ khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]},
  {"agency": SBN, "section": "IV.3", "duties": d3, "note": "Heading with two collectives separated by ';' → two assignments."},
  {"agency": UBH, "section": "IV.3", "duties": d3},
  {"agency": A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "section": "IV.4", "duties": d4},
  {"agency": A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "section": "IV.4", "duties": d4,
   "note": "'Đề nghị X và Y' → one assignment per agency."}],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "III", "sources": ["state_budget", "other_lawful"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp ngân sách hiện hành, được bố trí trong dự toán chi của các cơ quan, đơn vị được giao nhiệm vụ", "section": "III"},
              {"text": "Khuyến khích huy động các nguồn hợp pháp khác để tổ chức các hoạt động quảng bá, xúc tiến", "section": "III"},
              {"text": "tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định", "section": "IV.2"}],
  "amounts": [{"text": "1,2 tỷ đồng", "vnd": 1200000000}]}}
areas = [
 AR("B01", "Annual ASEAN theme; all three pillars", "covered", [("II.1", "Thông tin về Chủ đề ASEAN theo từng năm, kết quả hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội")]),
 AR("B02", "ASEAN cooperation against COVID-19 and recovery", "covered", [("II.3", "Tuyên truyền về hợp tác ASEAN trong ứng phó với dịch COVID-19, phục hồi kinh tế - xã hội")]),
 AR("B03", "Real-life stories, exemplary people", "covered", [("II.3", "giới thiệu các câu chuyện thực tiễn, nhân vật điển hình của tỉnh được hưởng lợi từ hội nhập ASEAN")]),
 AR("B04", "ASEAN Community identity, sense of belonging", "partial", [("I.1", "từng bước nâng cao cảm nhận thuộc về một cộng đồng chung")], note="Only in the purposes."),
 AR("B05", "Promote the province to ASEAN", "covered", [("II.6", "Giới thiệu tiềm năng, cơ hội đầu tư, du lịch của tỉnh, Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn tới các đối tác ASEAN")]),
 AR("B06", "New fields: e-commerce, value chains, digital economy", "covered", [("II.5", "thương mại điện tử, kinh tế số, chuỗi cung ứng giá trị khu vực, Cơ chế hải quan một cửa ASEAN")]),
 AR("B07", "Portals and new media", "covered", [("II.2", "đăng tải, chia sẻ tin, bài, video về ASEAN trên mạng xã hội, các nền tảng số")]),
 AR("B08", "Visual propaganda on ASEAN days", "covered", [("II.8", "Treo cờ ASEAN, pa nô, áp phích, băng rôn và băng rôn điện tử")]),
 AR("B09", "Training of propaganda staff", "covered", [("II.4", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")]),
 AR("B10", "Contests and youth", "covered", [("II.7", "Tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến cho học sinh trung học phổ thông, học viên, sinh viên")]),
 AR("B11", "Culture/sports exchanges, fairs, exhibitions, promotion events", "covered", [("II.6", "tham gia hội chợ, triển lãm, chương trình xúc tiến đầu tư, thương mại và du lịch tại các nước ASEAN")]),
 AR("B12", "Counter distorted views", "covered", [("II.9", "đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và tiến trình hội nhập ASEAN")]),
 AR("B13", "Coordination of information among agencies, localities, organisations and media", "covered",
    [("II.10", "Tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, các tổ chức chính trị - xã hội và cơ quan báo chí")]),
]
audit = {"schema": "planparse/audit@1", "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số"]},
 "areas": areas,
 "checks": [{"id": "S1", "status": "pass", "detail": "section I"}, {"id": "S2", "status": "pass", "detail": "section III"},
  {"id": "S3", "status": "pass", "detail": "section IV, 6 assignments"}, {"id": "S4", "status": "pass", "detail": "report before 15/12 every year (IV.1)"},
  {"id": "S5", "status": "pass", "detail": "all 10 tasks have 'Cơ quan chủ trì'"}, {"id": "S6", "status": "pass", "detail": "basis cites 1160/QĐ-TTg"}],
 "summary": summary(areas)}
check(src, plan, audit); check2(plan, audit)
write(f"../{NAME}.plan.json", plan); write(f"../{NAME}.audit.json", audit); print("ok", audit["summary"])
