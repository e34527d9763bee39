"""Gold for kon-tum_1862-KH-STTTT_2022_asean-wikimd (values typed by hand from the document)."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

NAME = "kon-tum_1862-KH-STTTT_2022_asean-wikimd"
TTBC = lambda: A("Phòng Thông tin - Báo chí - Xuất bản")
TT = lambda: A("Trung tâm Công nghệ thông tin và Truyền thông")
meta = {"number": "1862/KH-STTTT", "doc_type": "Kế hoạch", "issuer": "Sở Thông tin và Truyền thông tỉnh Kon Tum",
        "province": "Kon Tum", "issued": "2022-08-12",
        "title": "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Kon Tum giai đoạn 2022-2025",
        "period": {"start": 2022, "end": 2025},
        "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
                  {"number": "142/KH-UBND", "type": "Kế hoạch", "date": "2022-06-24"}],
        "signer": {"name": "Nguyễn Quang Tiến", "position": "Phó Giám đốc"},
        "note": "Header block is a GFM pipe table whose first (header) row holds the parent body, issuer and motto joined by <br>; the signature block is a second pipe table with an empty header row."}
t = {1: "Định hướng thông tin về ASEAN cho các cơ quan báo chí",
     2: "Duy trì chuyên mục \"Kon Tum hội nhập ASEAN\" trên Cổng Thông tin điện tử tỉnh và nền tảng số",
     3: "Tuyên truyền qua hệ thống thông tin cơ sở",
     4: "Thông tin cho doanh nghiệp về kinh tế số, thương mại điện tử trong ASEAN",
     5: "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",
     6: "Quảng bá hình ảnh Kon Tum tới các nước ASEAN trên nền tảng số",
     7: "Cuộc thi trực tuyến tìm hiểu về Cộng đồng ASEAN"}
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
            S("II", "II.", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", 1, "content"),
            S("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
sections += [S(f"III.{k}", f"{k}.", v, 2) for k, v in t.items()]
sections += [S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
             S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
             S("V.1", "1.", "Phòng Thông tin - Báo chí - Xuất bản", 2),
             S("V.2", "2.", "Văn phòng Sở", 2),
             S("V.3", "3.", "Các phòng, đơn vị thuộc Sở", 2),
             S("V.4", "4.", "Đề nghị Báo Kon Tum, Đài Phát thanh và Truyền hình tỉnh", 2)]
tasks = [
 T("III.1", t[1], [TTBC()], [A("Báo Kon Tum"), A("Đài Phát thanh và Truyền hình tỉnh")], None,
   "Lead: bold actor opening the text + 'chủ trì'. Annex row 1 (same task) adds nothing new; its 'Hằng quý' is a quarterly recurring deadline, not a window."),
 T("III.2", t[2], [TT()], [A("Các phòng thuộc Sở", coll=True)], None,
   "Support comes only from annex row 2 ('Các phòng thuộc Sở'); 'Thường xuyên' is not a window."),
 T("III.3", t[3], [TTBC()], [A("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", coll=True)], TF("2022 - 2025", "2022-01-01", "2025-12-31"),
   "Body: '… biên soạn …, phối hợp với Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố' (opening actor = lead). Timeframe from annex row 3."),
 T("III.4", t[4], [A("Phòng Bưu chính, Viễn thông và Công nghệ thông tin")], [A("Sở Công Thương"), A("Hiệp hội Doanh nghiệp tỉnh")],
   TF("Quý IV/2022", "2022-10-01", "2022-12-31")),
 T("III.5", t[5], [TTBC()], [A("Ban Tuyên giáo Tỉnh ủy"), A("Hội Nhà báo tỉnh")], None, "Annex time 'Hằng năm' = yearly recurring deadline, not a timeframe."),
 T("III.6", t[6], [TT()], [A("Sở Văn hóa, Thể thao và Du lịch"), A("Sở Kế hoạch và Đầu tư")], TF("Năm 2023", "2023-01-01", "2023-12-31"),
   "No 'chủ trì' word: the bold agency opening the text is the actor (lead); 'phối hợp với …' gives support."),
 T("III.7", t[7], [TTBC()], [A("Tỉnh đoàn"), A("Sở Giáo dục và Đào tạo")], TF("Quý III/2023", "2023-07-01", "2023-09-30")),
 T("PL.8", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch giai đoạn 2022-2025", [A("Văn phòng Sở")],
   [A("Các phòng, đơn vị thuộc Sở", coll=True)], TF("Quý IV/2025", "2025-10-01", "2025-12-31"),
   "Annex row 8 has no body task numbered 8 in section III: a task of its own (PL.8)."),
]
assignments = [
 ASG(TTBC(), "V.1", ["Là đầu mối tham mưu, theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
                     "Tổng hợp kết quả, tham mưu Giám đốc Sở định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông (qua Cục Thông tin đối ngoại)"]),
 ASG(A("Văn phòng Sở"), "V.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của Sở",
                                "hướng dẫn thanh, quyết toán theo quy định"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "V.3", ["xây dựng kế hoạch chi tiết, tổ chức thực hiện",
                                                         "báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản để tổng hợp"]),
 ASG(A("Báo Kon Tum"), "V.4", ["Dành thời lượng, dung lượng phù hợp cho các chuyên mục về ASEAN", "phối hợp với Sở trong việc cung cấp, chia sẻ thông tin"]),
 ASG(A("Đài Phát thanh và Truyền hình tỉnh"), "V.4", ["Dành thời lượng, dung lượng phù hợp cho các chuyên mục về ASEAN", "phối hợp với Sở trong việc cung cấp, chia sẻ thông tin"]),
]
deadlines = [
 D("Hằng quý", "recurring", "III.1", "Định hướng thông tin về ASEAN cho các cơ quan báo chí", rec="quarterly",
   note="Annex row 1 time cell; the body says the same ('theo từng quý')."),
 D("2022 - 2025", "period", "III.3", "Tuyên truyền qua hệ thống thông tin cơ sở", start="2022-01-01", end="2025-12-31"),
 D("Quý IV/2022", "period", "III.4", "Hội nghị thông tin cho doanh nghiệp về kinh tế số, thương mại điện tử trong ASEAN", start="2022-10-01", end="2022-12-31"),
 D("Hằng năm", "recurring", "III.5", "Tập huấn kỹ năng tuyên truyền về ASEAN", rec="yearly"),
 D("Năm 2023", "period", "III.6", "Video clip, infographic quảng bá Kon Tum tới các nước ASEAN", start="2023-01-01", end="2023-12-31"),
 D("Quý III/2023", "period", "III.7", "Cuộc thi trực tuyến tìm hiểu về Cộng đồng ASEAN", start="2023-07-01", end="2023-09-30"),
 D("Quý IV/2025", "period", "PL.8", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch giai đoạn 2022-2025", start="2025-10-01", end="2025-12-31"),
 D("định kỳ hằng năm", "recurring", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", rec="yearly",
   note="Yearly report with no date."),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách tỉnh giao trong dự toán chi thường xuyên hằng năm của Sở Thông tin và Truyền thông", "section": "IV"},
                      {"text": "Các đơn vị sự nghiệp thuộc Sở sử dụng kinh phí thường xuyên của đơn vị để thực hiện các nhiệm vụ được giao", "section": "IV"}],
          "amounts": [{"text": "120.000.000 đồng", "vnd": 120000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
        "note": "Headings use ##/### but levels come from the numbering. Annex rows 1-7 carry the same numbers and activities as III.1-III.7 and give them timeframes/deadlines (and III.2 its support); row 8 is PL.8. 'hằng năm' in the budget section and V.2 dates budget estimates, not obligations."}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "covered",
      [("II", "Chủ đề ASEAN theo từng năm; kết quả hợp tác ASEAN trên cả 3 trụ cột: Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam")]),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "covered",
      [("II", "Hợp tác ASEAN trong ứng phó với dịch COVID-19 và phục hồi kinh tế sau đại dịch")],
      note="An own bullet of the content section (no task carries it); covered under the own-bullet convention."),
 area("B03", "Real-life stories, exemplary people, ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and sense of belonging", "missing"),
 area("B05", "Promote the province to ASEAN members and partners", "covered",
      [("III.6", "sản xuất video clip, infographic song ngữ Việt - Anh giới thiệu khu du lịch sinh thái Măng Đen, ngã ba Đông Dương, sâm Ngọc Linh và các dự án kêu gọi đầu tư")]),
 area("B06", "New fields: e-commerce, digital economy, single window", "covered",
      [("III.4", "tổ chức hội nghị cung cấp thông tin cho doanh nghiệp, hợp tác xã về thương mại điện tử, chuyển đổi số, cơ chế hải quan một cửa ASEAN")]),
 area("B07", "Portals and new media", "covered",
      [("III.2", "chia sẻ nội dung lên mạng xã hội, trang Zalo OA và Fanpage \"Thông tin Kon Tum\"")]),
 area("B08", "Visual propaganda on ASEAN days", "missing"),
 area("B09", "Training and capacity building for propaganda staff", "covered",
      [("III.5", "tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên")]),
 area("B10", "Contests and youth activities on ASEAN", "covered",
      [("III.7", "tổ chức Cuộc thi trực tuyến tìm hiểu về Cộng đồng ASEAN dành cho học sinh, sinh viên, đoàn viên thanh niên")]),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "partial",
      [("III.6", "phục vụ các hoạt động xúc tiến đầu tư, du lịch của tỉnh")],
      note="Only as the purpose of the video clips in III.6; no event, fair or exhibition is organised or attended. Missing is arguable."),
 area("B12", "Counter distorted views", "partial",
      [("I.1", "Góp phần đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chủ trương hội nhập quốc tế của Đảng và Nhà nước")],
      note="Only in the purposes section."),
 area("B13", "Coordination among departments, localities, organisations and media", "covered",
      [("III.1", "tăng cường công tác phối hợp thông tin giữa Sở với các cơ quan báo chí, cơ quan thường trú trên địa bàn")]),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          chk("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (ngân sách tỉnh; 120.000.000 đồng in 2022)"),
          chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
          chk("S4", "fail", "reporting is 'định kỳ hằng năm' (V.1) and 'báo cáo kết quả … để tổng hợp' (V.3), with no due date"),
          chk("S5", "pass", "every task (III.1-III.7, PL.8) has a lead"),
          chk("S6", "pass", "basis cites 1160/QĐ-TTg (and the provincial plan 142/KH-UBND)")]
ok = write(NAME, "md", plan, areas, checks, "asean-2021-2025",
           {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2022-2025",
                                       "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số; COVID-19; 3 trụ cột"]})
sys.exit(0 if ok else 1)
