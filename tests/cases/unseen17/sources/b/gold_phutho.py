# Hand gold for the Trường Cao đẳng Y tế Phú Thọ DOCX. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'phu-tho_412-KH-CDYT_2022_asean-caodangdocx'
meta = {"number": "412/KH-CĐYT", "doc_type": "Kế hoạch", "issuer": "Trường Cao đẳng Y tế Phú Thọ", "province": "Phú Thọ",
 "issued": "2022-09-26", "title": "Thông tin, tuyên truyền về ASEAN năm học 2022 - 2023",
 "period": {"start": 2022, "end": 2023},
 "basis": [{"number": "3047/KH-UBND", "type": "Kế hoạch", "date": "2021-08-12"},
           {"number": "1895/SYT-VP", "type": "Công văn", "date": "2022-09-15"}],
 "signer": {"name": "Đỗ Thị Thu Hằng", "position": "Phó Hiệu trưởng"},
 "note": "Header 'SỞ Y TẾ PHÚ THỌ' (parent) / 'TRƯỜNG CAO ĐẲNG Y TẾ PHÚ THỌ' (issuer; its name carries the locality). Period from 'năm học 2022 - 2023' → 2022, 2023."}
H3 = ["Tuyên truyền trên Trang thông tin điện tử và fanpage của Trường", "Lồng ghép nội dung về ASEAN trong giảng dạy",
      "Tuyên truyền trong Tuần sinh hoạt công dân - học sinh, sinh viên đầu khóa", "Cuộc thi “Sinh viên Y tế Phú Thọ tìm hiểu về ASEAN”",
      "Giao lưu văn hóa, thể thao với lưu học sinh Lào", "Tư vấn việc làm trong khu vực ASEAN cho sinh viên năm cuối",
      "Treo cờ ASEAN, pa nô tuyên truyền", "Góc ASEAN tại Thư viện"]
ORG = ["Phòng Khoa học và Hợp tác quốc tế", "Phòng Tài chính - Kế toán", "Các phòng, khoa, trung tâm thuộc Trường", "Đoàn Thanh niên, Hội Sinh viên trường"]
sections = [S("1", "1.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("1.1", "1.1.", "Mục đích", 2), S("1.2", "1.2.", "Yêu cầu", 2),
 S("2", "2.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"), S("3", "3.", "CÁC HOẠT ĐỘNG CỤ THỂ", 1, "tasks")] + [
 S(f"3.{i+1}", f"3.{i+1}.", t, 2) for i, t in enumerate(H3)] + [
 S("4", "4.", "KINH PHÍ", 1, "budget"), S("5", "5.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [
 S(f"5.{i+1}", f"5.{i+1}.", t, 2) for i, t in enumerate(ORG)]
sections[0]["note"] = "No Roman headings: the Arabic items 1.-5. are the plan's parts (level 1); dotted items under them are level 2 with ids '3.1' etc."
KHQT = A("Phòng Khoa học và Hợp tác quốc tế"); CTSV = A("Phòng Công tác học sinh - sinh viên"); DTN = A("Đoàn Thanh niên trường"); HSV = A("Hội Sinh viên trường")
TV = A("Trung tâm Thông tin - Thư viện")
def tf(text, s, e): return {"text": text, "start": s, "end": e}
tasks = [
 T("3.1", H3[0], [KHQT], [TV]),
 T("3.2", H3[1], [A("Phòng Đào tạo")], [], tf("từ tháng 10/2022 đến tháng 01/2023", "2022-10-01", "2023-01-31"),
   note="'các khoa' are directed by the lead (chỉ đạo), not named as support."),
 T("3.3", H3[2], [CTSV], [], tf("tháng 10/2022", "2022-10-01", "2022-10-31"), note="'khóa học 2022 - 2025' names the student cohort; not a window or deadline."),
 T("3.4", H3[3], [DTN], [HSV, CTSV], tf("tháng 3/2023", "2023-03-01", "2023-03-31")),
 T("3.5", H3[4], [KHQT], [DTN], tf("tháng 4/2023", "2023-04-01", "2023-04-30")),
 T("3.6", H3[5], [CTSV], [A("Khoa Điều dưỡng")], tf("tháng 5/2023", "2023-05-01", "2023-05-31"),
   note="The Phòng opens the sentence as the actor; 'phối hợp với Khoa Điều dưỡng' → support."),
 T("3.7", H3[6], [A("Phòng Tổ chức - Hành chính")], [], None,
   note="'hoàn thành trước ngày 05/8/2023' is a due date (deadline), not a window; '(08/8/1967 - 08/8/2023)' narrates the anniversary."),
 T("3.8", H3[7], [TV], []),
]
DUTY54 = ["Vận động đoàn viên, hội viên tích cực tham gia các hoạt động tìm hiểu về ASEAN; phát huy vai trò của câu lạc bộ tiếng Anh trong tuyên truyền về ASEAN"]
assignments = [
 ASG(KHQT, "5.1", ["Là đầu mối, hướng dẫn, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch", "Tổng hợp kết quả, tham mưu Hiệu trưởng báo cáo Sở Y tế trước ngày 15/6/2023"]),
 ASG(A("Phòng Tài chính - Kế toán"), "5.2", ["Tham mưu bố trí kinh phí, hướng dẫn thanh, quyết toán theo quy định"]),
 ASG(A("Các phòng, khoa, trung tâm thuộc Trường", coll=True), "5.3",
     ["Căn cứ nhiệm vụ được giao tại mục 3, chủ động triển khai thực hiện; báo cáo kết quả về Phòng Khoa học và Hợp tác quốc tế trước ngày 31/5/2023"]),
 ASG(A("Đoàn Thanh niên trường", "Đoàn Thanh niên"), "5.4", DUTY54),
 ASG(HSV, "5.4", DUTY54),
]
assignments[3]["note"] = assignments[4]["note"] = "Heading naming two bodies ('Đoàn Thanh niên, Hội Sinh viên trường'): one assignment each; 'trường' read as shared."
deadlines = [
 D("02 tin, bài/tháng", "recurring", "3.1", "đăng tải tin, bài trên fanpage của Trường ít nhất 02 tin, bài/tháng", rec="monthly"),
 D("từ tháng 10/2022 đến tháng 01/2023", "period", "3.2", "lồng ghép giới thiệu về Cộng đồng ASEAN", start="2022-10-01", end="2023-01-31"),
 D("tháng 10/2022", "period", "3.3", "đưa nội dung về ASEAN vào chương trình Tuần sinh hoạt công dân - học sinh, sinh viên đầu khóa", start="2022-10-01", end="2022-10-31"),
 D("tháng 3/2023", "period", "3.4", "tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN cho học sinh, sinh viên toàn trường", start="2023-03-01", end="2023-03-31"),
 D("tháng 4/2023", "period", "3.5", "tổ chức giao lưu văn hóa, thể thao giữa học sinh, sinh viên Việt Nam và lưu học sinh Lào", start="2023-04-01", end="2023-04-30"),
 D("tháng 5/2023", "period", "3.6", "tổ chức buổi tư vấn về cơ hội việc làm", start="2023-05-01", end="2023-05-31"),
 D("trước ngày 05/8/2023", "due", "3.7", "treo cờ ASEAN cùng Quốc kỳ và pa nô tại cổng Trường", due="2023-08-05"),
 D("trước ngày 15/6/2023", "due", "5.1", "tham mưu Hiệu trưởng báo cáo Sở Y tế", due="2023-06-15"),
 D("trước ngày 31/5/2023", "due", "5.3", "báo cáo kết quả về Phòng Khoa học và Hợp tác quốc tế", due="2023-05-31"),
]
budget = {"present": True, "section": "4", "sources": ["unit_budget"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên năm học 2022 - 2023 của Trường và kinh phí hoạt động của Đoàn Thanh niên, Hội Sinh viên trường", "section": "4"}],
 "amounts": [], "note": "The college's recurrent funds and the Đoàn/Hội operating funds: the units' own money → unit_budget."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "partial",
      [("2", "hợp tác ASEAN trong lĩnh vực y tế thuộc trụ cột Văn hóa - Xã hội")], note="One pillar as the frame of the health topic; no annual theme, no Vietnam's contribution."),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "covered",
      [("2", "Hợp tác ASEAN trong phòng, chống dịch COVID-19 và phục hồi sau đại dịch; Quỹ ứng phó COVID-19 của ASEAN")], note="An own content bullet."),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and belonging", "missing"),
 area("B05", "Promote the province to ASEAN members and partners", "missing"),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "covered",
      [("2", "Thỏa thuận công nhận lẫn nhau về dịch vụ điều dưỡng trong ASEAN; cơ hội việc làm, dịch chuyển lao động ngành y tế trong khu vực"),
       ("3.6", "tổ chức buổi tư vấn về cơ hội việc làm, yêu cầu về chuẩn năng lực, ngoại ngữ đối với điều dưỡng viên khi làm việc tại các nước ASEAN")],
      note="Labour mobility only (nursing MRA)."),
 area("B07", "Portals and new media", "covered",
      [("3.1", "duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Trường; đăng tải tin, bài trên fanpage của Trường")]),
 area("B08", "Visual propaganda on ASEAN days", "covered",
      [("3.7", "treo cờ ASEAN cùng Quốc kỳ và pa nô tại cổng Trường nhân kỷ niệm 56 năm Ngày thành lập ASEAN")]),
 area("B09", "Training and capacity building for propaganda staff", "missing"),
 area("B10", "Contests and youth activities on ASEAN", "covered",
      [("3.4", "tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN cho học sinh, sinh viên toàn trường")]),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
      [("3.5", "tổ chức giao lưu văn hóa, thể thao giữa học sinh, sinh viên Việt Nam và lưu học sinh Lào")]),
 area("B12", "Counter distorted views", "missing"),
 area("B13", "Coordination among departments, localities, organisations and media", "missing",
      note="1.2 asks only the college's own rooms and unions to coordinate internally; nothing on coordination with departments, localities or the media."),
]
checks = [chk("S1", "pass", "section 1 MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section 4 KINH PHÍ (chi thường xuyên của Trường; kinh phí hoạt động của Đoàn, Hội)"),
 chk("S3", "pass", "section 5 TỔ CHỨC THỰC HIỆN with 5 assignments"),
 chk("S4", "pass", "5.1: báo cáo Sở Y tế trước ngày 15/6/2023; 5.3: báo cáo về Phòng Khoa học và Hợp tác quốc tế trước ngày 31/5/2023"),
 chk("S5", "pass", "every task 3.1-3.8 opens with its lead"),
 chk("S6", "pass", "basis cites provincial plan 3047/KH-UBND on ASEAN 2021-2025", note="Not 1160/QĐ-TTg itself; the provincial umbrella plan under it.")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["implements provincial plan 3047/KH-UBND (ASEAN 2021-2025)", "school year 2022-2023 inside 2021-2025",
      "fingerprints: COVID-19; trụ cột Văn hóa - Xã hội"]})
