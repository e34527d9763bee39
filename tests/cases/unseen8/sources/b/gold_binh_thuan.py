"""Gold for binh-thuan_1127-KH-UBND_2020_asean-docx3lvl (values typed by hand from the document)."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

NAME = "binh-thuan_1127-KH-UBND_2020_asean-docx3lvl"
TT = lambda: A("Sở Thông tin và Truyền thông")
VH = lambda: A("Sở Văn hóa, Thể thao và Du lịch")
meta = {"number": "1127/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Bình Thuận", "province": "Bình Thuận",
        "issued": "2020-04-07", "title": "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Bình Thuận",
        "period": {"start": 2020, "end": 2020},
        "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
                  {"number": "3468/KH-UBND", "type": "Kế hoạch", "date": "2019-09-23"}],
        "signer": {"name": "Lê Quang Thịnh", "position": "Phó Chủ tịch"},
        "note": "Header and closing are borderless two-column Word tables (issuer left, motto/date right; recipients left, 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' right). Period from 'năm 2020' in the title."}
G = {1: "Thông tin, tuyên truyền trên báo chí, Cổng Thông tin điện tử và hệ thống thông tin cơ sở",
     2: "Hoạt động tuyên truyền cổ động, văn hóa và du lịch",
     3: "Thông tin cho doanh nghiệp và tuyên truyền trong trường học",
     4: "Tập huấn và lồng ghép tuyên truyền trong hệ thống chính trị"}
ST = {"1.1": "Mở chuyên trang, chuyên mục về ASEAN và Năm Chủ tịch ASEAN 2020",
      "1.2": "Tiếp, phát sóng các chương trình về ASEAN",
      "1.3": "Chia sẻ dữ liệu và tuyên truyền trên môi trường mạng",
      "1.4": "Tuyên truyền trên hệ thống thông tin cơ sở",
      "2.1": "Tuyên truyền cổ động trực quan",
      "2.2": "Triển lãm ảnh và Góc ASEAN",
      "2.3": "Quảng bá du lịch Bình Thuận tới thị trường các nước ASEAN",
      "3.1": "Thông tin cho doanh nghiệp về các cam kết trong ASEAN",
      "3.2": "Tuyên truyền về ASEAN trong trường học",
      "4.1": "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",
      "4.2": "Lồng ghép tuyên truyền về ASEAN trong các đoàn thể"}
B1 = "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách tỉnh năm 2020, bố trí trong dự toán của các cơ quan, đơn vị được giao chủ trì nhiệm vụ; trong đó, Sở Thông tin và Truyền thông 250 triệu đồng, Sở Văn hóa, Thể thao và Du lịch 180 triệu đồng"
B2 = "Khuyến khích huy động nguồn xã hội hóa để tổ chức các hoạt động quảng bá du lịch"
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
            S("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
for g in range(1, 5):
    sections.append(S(f"II.{g}", f"{g}.", G[g], 2))
    sections += [S(f"II.{k}", f"{k}.", v, 3) for k, v in ST.items() if k.startswith(f"{g}.")]
sections += [S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"), S("III.1", "1.", B1, 2), S("III.2", "2.", B2, 2),
             S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
             S("IV.1", "1.", "Sở Thông tin và Truyền thông", 2), S("IV.2", "2.", "Sở Tài chính", 2),
             S("IV.3", "3.", "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố", 2),
             S("IV.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2)]
GN = "Group heading: a task with sub-tasks; no lead of its own (every numbered sub-task has one)."
tasks = [
 T("II.1", G[1], [], [], None, GN),
 T("II.1.1", ST["1.1"], [TT()], [A("Báo Bình Thuận"), A("Đài Phát thanh - Truyền hình Bình Thuận")], TF("năm 2020", "2020-01-01", "2020-12-31"),
   "Media names also occur earlier as the place of the columns ('trên Báo Bình Thuận, …'); roles come from the closing 'X chủ trì, phối hợp với Y' sentence."),
 T("II.1.2", ST["1.2"], [A("Đài Phát thanh - Truyền hình Bình Thuận")], [A("Sở Ngoại vụ")], None, "'thường xuyên' is not a window."),
 T("II.1.3", ST["1.3"], [A("Văn phòng Ủy ban nhân dân tỉnh")], [TT()], None, "'Hoàn thành trước ngày 30/5/2020' is a due date, not a timeframe."),
 T("II.1.4", ST["1.4"], [A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], [TT()], TF("từ tháng 4 đến tháng 12/2020", "2020-04-01", "2020-12-31")),
 T("II.2", G[2], [], [], None, GN),
 T("II.2.1", ST["2.1"], [VH()], [A("Ủy ban nhân dân thành phố Phan Thiết"), A("Ủy ban nhân dân thị xã La Gi")], TF("tháng 7 - tháng 8/2020", "2020-07-01", "2020-08-31")),
 T("II.2.2", ST["2.2"], [VH()], [TT()], TF("quý III/2020", "2020-07-01", "2020-09-30")),
 T("II.2.3", ST["2.3"], [VH()], [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"), A("Hiệp hội Du lịch tỉnh")], TF("quý III - quý IV/2020", "2020-07-01", "2020-12-31")),
 T("II.3", G[3], [], [], None, GN),
 T("II.3.1", ST["3.1"], [A("Sở Công Thương")], [A("Sở Kế hoạch và Đầu tư"), A("Hiệp hội Doanh nghiệp tỉnh")], TF("quý III/2020", "2020-07-01", "2020-09-30")),
 T("II.3.2", ST["3.2"], [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh đoàn")], None, "'Hoàn thành trước ngày 30/11/2020' is a due date, not a timeframe."),
 T("II.4", G[4], [], [], None, GN),
 T("II.4.1", ST["4.1"], [TT()], [A("Ban Tuyên giáo Tỉnh ủy"), A("Hội Nhà báo tỉnh")], TF("quý III/2020", "2020-07-01", "2020-09-30")),
 T("II.4.2", ST["4.2"], [TT()], [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), A("Tỉnh đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")], None,
   "'các tổ chức đoàn thể như thanh niên, phụ nữ, nông dân' in the body is the audience of the activity, not 'phối hợp với'."),
]
assignments = [
 ASG(TT(), "IV.1", ["Là cơ quan thường trực, chủ trì hướng dẫn, định hướng nội dung tuyên truyền; theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch",
                    "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12/2020"]),
 ASG(A("Sở Tài chính"), "IV.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành", coll=True), "IV.3", ["chủ động xây dựng kế hoạch và tổ chức thực hiện",
     "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 05/12/2020 để tổng hợp"],
     note="Heading lists two collectives separated by ';': two assignments."),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True), "IV.3", ["chủ động xây dựng kế hoạch và tổ chức thực hiện",
     "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 05/12/2020 để tổng hợp"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "IV.4", ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên tìm hiểu về ASEAN và hưởng ứng các hoạt động của Năm Chủ tịch ASEAN 2020"]),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "IV.4",
     ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên tìm hiểu về ASEAN và hưởng ứng các hoạt động của Năm Chủ tịch ASEAN 2020"]),
]
deadlines = [
 D("năm 2020", "period", "II.1.1", "Duy trì chuyên trang, chuyên mục “Bình Thuận - ASEAN 2020”", start="2020-01-01", end="2020-12-31",
   note="Task's own 'Thời gian' field; equals the plan year but is kept, as Kiên Giang II.3 is."),
 D("Hoàn thành trước ngày 30/5/2020", "due", "II.1.3", "Đặt liên kết (banner) đến Cổng thông tin ASEAN Việt Nam trên Cổng Thông tin điện tử tỉnh", due="2020-05-30"),
 D("từ tháng 4 đến tháng 12/2020", "period", "II.1.4", "Biên tập, phát trên hệ thống đài truyền thanh cấp huyện, cấp xã các tin, bài", start="2020-04-01", end="2020-12-31"),
 D("tháng 7 - tháng 8/2020", "period", "II.2.1", "Treo băng rôn, khẩu hiệu, pa nô, áp phích", start="2020-07-01", end="2020-08-31"),
 D("quý III/2020", "period", "II.2.2", "Tổ chức triển lãm ảnh “Việt Nam - ASEAN: 25 năm đồng hành”", start="2020-07-01", end="2020-09-30"),
 D("quý III - quý IV/2020", "period", "II.2.3", "Xây dựng chương trình quảng bá, xúc tiến du lịch Bình Thuận", start="2020-07-01", end="2020-12-31"),
 D("quý III/2020", "period", "II.3.1", "Tổ chức hội nghị phổ biến cho doanh nghiệp về các cam kết trong ASEAN", start="2020-07-01", end="2020-09-30"),
 D("Hoàn thành trước ngày 30/11/2020", "due", "II.3.2", "hướng dẫn học sinh trung học tham gia cuộc thi tìm hiểu về ASEAN", due="2020-11-30"),
 D("quý III/2020", "period", "II.4.1", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2020-07-01", end="2020-09-30"),
 D("trước ngày 15/12/2020", "due", "IV.1", "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="2020-12-15"),
 D("trước ngày 05/12/2020", "due", "IV.3", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="2020-12-05"),
]
budget = {"present": True, "section": "III", "sources": ["state_budget", "socialization"],
          "clauses": [{"text": B1, "section": "III.1"}, {"text": B2, "section": "III.2"}],
          "amounts": [{"text": "250 triệu đồng", "vnd": 250000000}, {"text": "180 triệu đồng", "vnd": 180000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
        "note": "Three-level typed numbering I./1./1.1. (no Word auto-numbering). Each sub-task ends with 'X chủ trì, phối hợp với Y, Z thực hiện.' and a bracketed time. '(Thời gian: thường xuyên)' (II.1.2, II.4.2) is not a deadline. '(28/7/1995 - 28/7/2020)' in II.1.1 narrates an anniversary. Numbered budget paragraphs III.1/III.2 are sections titled by their first sentence (not tasks: III is a budget section)."}
areas = [
 area("A01", "Coordination mechanism; orienting the press on focal topics", "partial",
      [("IV.1", "Là cơ quan thường trực, chủ trì hướng dẫn, định hướng nội dung tuyên truyền")],
      note="Only the standing-agency role with a generic 'định hướng nội dung'; no vertical/horizontal mechanism and no focal topics by period."),
 area("A02", "Share data with the ASEAN Vietnam portal / common database", "covered",
      [("II.1.3", "Đặt liên kết (banner) đến Cổng thông tin ASEAN Việt Nam trên Cổng Thông tin điện tử tỉnh; chia sẻ cơ sở dữ liệu, tin bài về ASEAN với các sở, ngành, địa phương")]),
 area("A03", "New media: ASEAN app, Fanpage, livestreams, social networks", "covered",
      [("II.1.3", "giới thiệu Ứng dụng và Fanpage “ASEAN và Việt Nam” đến cán bộ, công chức và người dân")]),
 area("A04", "Integrate ASEAN into talks, meetings and mass organisations", "covered",
      [("II.4.2", "Lồng ghép thông tin về ASEAN vào các buổi nói chuyện thời sự, hội nghị báo cáo viên, sinh hoạt của các tổ chức đoàn thể như thanh niên, phụ nữ, nông dân")]),
 area("A05", "Train propaganda staff, editors and reporters", "covered",
      [("II.4.1", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên")]),
 area("A06", "Business outreach on the economic pillar", "covered",
      [("II.3.1", "Tổ chức hội nghị phổ biến cho doanh nghiệp về các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, cơ chế hải quan một cửa ASEAN")]),
 area("A07", "Youth and schools", "covered",
      [("II.3.2", "Lồng ghép nội dung về ASEAN trong các hoạt động ngoại khóa; hướng dẫn học sinh trung học tham gia cuộc thi tìm hiểu về ASEAN")]),
 area("A08", "ASEAN Corners", "covered", [("II.2.2", "duy trì, bổ sung tài liệu cho Góc ASEAN tại Thư viện tỉnh và Bảo tàng tỉnh")]),
 area("A09", "Press, broadcasting and portal programmes and columns", "covered",
      [("II.1.1", "Duy trì chuyên trang, chuyên mục “Bình Thuận - ASEAN 2020” trên Báo Bình Thuận, Đài Phát thanh - Truyền hình Bình Thuận"),
       ("II.1.2", "Tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam")]),
 area("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
      [("II.2.1", "Treo băng rôn, khẩu hiệu, pa nô, áp phích chào mừng Năm Chủ tịch ASEAN 2020"),
       ("II.2.2", "Tổ chức triển lãm ảnh “Việt Nam - ASEAN: 25 năm đồng hành” tại Thư viện tỉnh")]),
 area("A11", "Trade, investment and tourism promotion; fairs", "covered",
      [("II.2.3", "tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM), Hội chợ Du lịch quốc tế Thành phố Hồ Chí Minh (ITE HCMC)")],
      note="Tourism promotion toward ASEAN markets and attending international fairs in Vietnam; no trade/investment fair in ASEAN countries."),
 area("A12", "Publications and leaflets with ASEAN content", "missing"),
 area("A13", "The ASEAN calendar: summits, Chairmanship 2020, anniversaries", "covered",
      [("II.1.1", "các Hội nghị Cấp cao ASEAN lần thứ 36, 37 và các sự kiện kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "covered",
      [("II.1.1", "thông tin về vai trò, vị thế của ASEAN, 3 trụ cột của Cộng đồng ASEAN, đất nước, con người các nước thành viên")],
      note="Enumerated content of the II.1.1 columns; covered rather than partial because the task commits the columns to it."),
 area("A15", "Counter false and distorted information", "missing"),
 area("A16", "Promote the province itself", "covered",
      [("II.2.3", "Xây dựng chương trình quảng bá, xúc tiến du lịch Bình Thuận (Mũi Né, Hòn Rơm, đảo Phú Quý) tới thị trường các nước ASEAN")]),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          chk("S2", "pass", "section III KINH PHÍ THỰC HIỆN (ngân sách tỉnh 2020; 250 + 180 triệu đồng; xã hội hóa)"),
          chk("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 6 assignments"),
          chk("S4", "pass", "reports due 'trước ngày 15/12/2020' (IV.1) and 'trước ngày 05/12/2020' (IV.3)"),
          chk("S5", "pass", "group tasks II.1-II.4 have no lead of their own, but every numbered sub-task has one"),
          chk("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019)")]
ok = write(NAME, "docx", plan, areas, checks, "asean-2019-2020",
           {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2020 (within 2019-2020)",
                                       "fingerprints: Chủ tịch ASEAN 2020, dòng chảy chính của công tác hội nhập ASEAN, nắm bắt được cơ hội để phát triển, Ứng dụng và Fanpage, Cổng thông tin ASEAN Việt Nam"]})
sys.exit(0 if ok else 1)
