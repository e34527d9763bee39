"""Gold for lai-chau_1532-KH-SVHTTDL_2019_asean-wordhtml (values typed by hand from the document)."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

NAME = "lai-chau_1532-KH-SVHTTDL_2019_asean-wordhtml"
VP = lambda: A("Văn phòng Sở")
meta = {"number": "1532/KH-SVHTTDL", "doc_type": "Kế hoạch", "issuer": "Sở Văn hóa, Thể thao và Du lịch tỉnh Lai Châu",
        "province": "Lai Châu", "issued": "2019-10-25",
        "title": "Tuyên truyền, quảng bá ASEAN trong lĩnh vực văn hóa, thể thao và du lịch giai đoạn 2019 - 2020",
        "period": {"start": 2019, "end": 2020},
        "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
                  {"number": "2214/KH-UBND", "type": "Kế hoạch", "date": "2019-09-30"}],
        "signer": {"name": "Lò Văn Minh", "position": "Phó Giám đốc"},
        "note": "Word 'Save as Web Page' HTML in windows-1252 with numeric character references (&#7873; …) for Vietnamese letters outside the code page. Header and closing are tab-stop paragraphs (<span style='mso-tab-count:1'>), not tables; the issuing body runs over two lines of the left column ('SỞ VĂN HÓA, THỂ THAO' / 'VÀ DU LỊCH'), locality from 'UBND TỈNH LAI CHÂU' above it."}
t = {1: "Tuyên truyền cổ động trực quan", 2: "Xây dựng Góc ASEAN tại Thư viện tỉnh", 3: "Triển lãm ảnh về ASEAN",
     4: "Giao lưu văn hóa, nghệ thuật và thể thao", 5: "Quảng bá du lịch Lai Châu tới các nước ASEAN",
     6: "Thông tin về ASEAN trên Trang thông tin điện tử của Sở", 7: "Cử công chức, viên chức tham gia tập huấn"}
B1 = "Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước giao trong dự toán năm 2019, năm 2020 của Sở và các đơn vị sự nghiệp trực thuộc"
B2 = "Huy động nguồn xã hội hóa từ các doanh nghiệp du lịch để tổ chức các hoạt động quảng bá"
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
            S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"), S("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
sections += [S(f"III.{k}", f"{k}.", v, 2) for k, v in t.items()]
sections += [S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"), S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
             S("V.1", "1.", "Văn phòng Sở", 2), S("V.2", "2.", "Phòng Kế hoạch - Tài chính", 2),
             S("V.3", "3.", "Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở", 2),
             S("V.4", "4.", "Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố", 2)]
tasks = [
 T("III.1", t[1], [A("Trung tâm Văn hóa - Điện ảnh tỉnh")],
   [A("Phòng Quản lý Văn hóa"), A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True)], TF("Quý I - Quý III/2020", "2020-01-01", "2020-09-30"),
   "Numbers 1.-7. are Word list numbers kept only as text in <span style='mso-list:Ignore'>. Field lines 'Đơn vị chủ trì:/Đơn vị phối hợp:/Thời gian thực hiện:' are separated from their values by a tab run."),
 T("III.2", t[2], [A("Thư viện tỉnh")], [A("Phòng Quản lý Văn hóa")], None, "'Hoàn thành trước ngày 31/12/2019' is a due date, not a timeframe."),
 T("III.3", t[3], [A("Bảo tàng tỉnh")], [A("Thư viện tỉnh"), A("Trung tâm Văn hóa - Điện ảnh tỉnh")], TF("Tháng 8/2020", "2020-08-01", "2020-08-31")),
 T("III.4", t[4], [A("Đoàn Nghệ thuật tỉnh"), A("Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh")], [A("Phòng Quản lý Thể dục thể thao")],
   TF("Quý III/2020", "2020-07-01", "2020-09-30"), "Two leads separated by ';'. '(08/8)' names the ASEAN Day occasion, not a deadline."),
 T("III.5", t[5], [A("Trung tâm Thông tin Xúc tiến Du lịch tỉnh")], [A("Phòng Quản lý Du lịch")], TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 T("III.6", t[6], [VP()], [A("Các phòng, đơn vị thuộc Sở", coll=True)], None, "'Thường xuyên' is not a window."),
 T("III.7", t[7], [VP()], [A("Các đơn vị sự nghiệp trực thuộc Sở", coll=True)], TF("Năm 2020", "2020-01-01", "2020-12-31")),
]
assignments = [
 ASG(VP(), "V.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
                   "Tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12/2019 và trước ngày 05/12/2020"]),
 ASG(A("Phòng Kế hoạch - Tài chính"), "V.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch", "hướng dẫn các đơn vị thanh, quyết toán theo quy định"]),
 ASG(A("Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở", coll=True), "V.3",
     ["xây dựng kế hoạch chi tiết và tổ chức thực hiện", "báo cáo kết quả về Văn phòng Sở trước ngày 25/11 hằng năm"]),
 ASG(A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True), "V.4",
     ["Phối hợp tổ chức các hoạt động tuyên truyền cổ động trực quan, thông tin lưu động về ASEAN trên địa bàn"]),
]
deadlines = [
 D("Quý I - Quý III/2020", "period", "III.1", "Thực hiện pa nô, áp phích, băng rôn, khẩu hiệu", start="2020-01-01", end="2020-09-30"),
 D("Hoàn thành trước ngày 31/12/2019", "due", "III.2", "bố trí Góc ASEAN tại phòng đọc tổng hợp của Thư viện tỉnh", due="2019-12-31"),
 D("Tháng 8/2020", "period", "III.3", "Tổ chức triển lãm ảnh “Lai Châu - ASEAN: hội nhập và phát triển”", start="2020-08-01", end="2020-08-31"),
 D("Quý III/2020", "period", "III.4", "Dàn dựng chương trình nghệ thuật chào mừng Năm Chủ tịch ASEAN 2020", start="2020-07-01", end="2020-09-30"),
 D("2019 - 2020", "period", "III.5", "Xây dựng video clip quảng bá du lịch Lai Châu", start="2019-01-01", end="2020-12-31"),
 D("Năm 2020", "period", "III.7", "Cử công chức, viên chức làm công tác tuyên truyền, hướng dẫn viên du lịch tham gia các lớp tập huấn", start="2020-01-01", end="2020-12-31"),
 D("trước ngày 05/12/2019", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông)", due="2019-12-05"),
 D("trước ngày 05/12/2020", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông)", due="2020-12-05"),
 D("trước ngày 25/11 hằng năm", "due", "V.3", "báo cáo kết quả về Văn phòng Sở", due="--11-25", rec="yearly"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
          "clauses": [{"text": B1, "section": "IV"}, {"text": B2, "section": "IV"}], "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
        "note": "Roman headings are typed; '1.', '2.' items under I, III and V are Word auto-numbers (text only inside mso-list:Ignore spans, hidden from non-IE browsers by <![if !supportLists]>); '-' bullets are Word bullet lists rendered the same way. '(1995 - 2020)' in II narrates the anniversary; 'dự toán năm 2019, năm 2020' in IV dates the budget."}
areas = [
 area("A01", "Coordination mechanism; orienting the press", "missing",
      note="Only an internal focal point (V.1: Văn phòng Sở 'Là đầu mối theo dõi, đôn đốc các phòng, đơn vị'); no cross-level or cross-sector mechanism and no press orientation. Partial is arguable by analogy with 4750 A01."),
 area("A02", "Share data with the ASEAN Vietnam portal", "covered", [("III.6", "khai thác tin, bài từ Cổng thông tin ASEAN Việt Nam")]),
 area("A03", "New media: Fanpage, social networks", "covered", [("III.6", "chia sẻ lên trang Fanpage của Sở và các nhóm Zalo của ngành")]),
 area("A04", "Integrate ASEAN into talks, meetings and mass organisations", "partial",
      [("III.1", "lồng ghép nội dung về ASEAN trong các buổi biểu diễn của đội thông tin lưu động tại vùng sâu, vùng xa")],
      note="One clause inside the visual-propaganda task; no talks, conferences or mass organisations."),
 area("A05", "Train propaganda staff", "covered",
      [("III.7", "tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")]),
 area("A06", "Business outreach on the economic pillar", "missing"),
 area("A07", "Youth and schools", "missing"),
 area("A08", "ASEAN Corners", "covered", [("III.2", "bố trí Góc ASEAN tại phòng đọc tổng hợp của Thư viện tỉnh")]),
 area("A09", "Press, broadcasting and portal columns", "covered",
      [("III.6", "Duy trì chuyên mục “Hướng tới Năm Chủ tịch ASEAN 2020” trên Trang thông tin điện tử của Sở")]),
 area("A10", "Culture, sports exchanges; exhibitions; visual propaganda", "covered",
      [("III.1", "Thực hiện pa nô, áp phích, băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020"),
       ("III.3", "Tổ chức triển lãm ảnh “Lai Châu - ASEAN: hội nhập và phát triển” tại Bảo tàng tỉnh"),
       ("III.4", "tổ chức giải thể thao giao lưu nhân kỷ niệm Ngày thành lập ASEAN")]),
 area("A11", "Trade, investment and tourism promotion; fairs", "covered",
      [("III.5", "tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM) và các hội chợ, lễ hội du lịch trong nước, qua đó quảng bá hình ảnh ASEAN")]),
 area("A12", "Publications and leaflets with ASEAN content", "missing"),
 area("A13", "The ASEAN calendar: Chairmanship 2020, anniversaries", "covered",
      [("II", "Năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
       ("III.1", "chào mừng Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "covered",
      [("II", "Vai trò, vị thế của ASEAN, các thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người, văn hóa các nước thành viên ASEAN")]),
 area("A15", "Counter false and distorted information", "missing"),
 area("A16", "Promote the province itself", "covered",
      [("III.5", "Xây dựng video clip quảng bá du lịch Lai Châu (cao nguyên Sìn Hồ, đỉnh Pu Ta Leng, các bản du lịch cộng đồng)")]),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          chk("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (ngân sách nhà nước; xã hội hóa)"),
          chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
          chk("S4", "pass", "reports due 'trước ngày 05/12/2019 và trước ngày 05/12/2020' (V.1) and 'trước ngày 25/11 hằng năm' (V.3)"),
          chk("S5", "pass", "every task III.1-III.7 has a lead ('Đơn vị chủ trì:')"),
          chk("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019)")]
ok = write(NAME, "html", plan, areas, checks, "asean-2019-2020",
           {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, Cổng thông tin ASEAN Việt Nam, 25 năm Việt Nam gia nhập ASEAN"]})
sys.exit(0 if ok else 1)
