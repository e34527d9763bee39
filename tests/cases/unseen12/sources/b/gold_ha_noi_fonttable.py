"""Hand gold for ha-noi_soc-son_58-KH-UBND_2020_asean-fonttable (every value typed by the annotator)."""
from common import *
N = 'ha-noi_soc-son_58-KH-UBND_2020_asean-fonttable'
meta = {"number": "58/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Sóc Sơn", "province": "Hà Nội",
 "issued": "2020-03-12", "title": "Tuyên truyền Năm Chủ tịch ASEAN 2020 trên địa bàn huyện Sóc Sơn",
 "period": {"start": 2020, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
           {"number": "41/KH-UBND", "type": "Kế hoạch", "date": "2020-02-14"}],
 "signer": {"name": "Nguyễn Đức Thành", "position": "Phó Chủ tịch"},
 "note": "Period: the plan is for the year 2020 only (Năm Chủ tịch ASEAN 2020; the title has no giai đoạn). The portal's own 'Cập nhật: 16/03/2020' is not the issue date."}
t = {
 "III.1": "Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện hướng dẫn nội dung tuyên truyền, khẩu hiệu tuyên truyền cho các cơ quan, đơn vị và UBND các xã, thị trấn; chia sẻ tin, bài về ASEAN trên Trang thông tin điện tử huyện",
 "III.2": "Đài Phát thanh huyện mở chuyên mục \"Sóc Sơn chào mừng Năm Chủ tịch ASEAN 2020\", thời lượng 02 kỳ/tháng; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Hà Nội",
 "III.3": "Trung tâm Văn hóa - Thông tin và Thể thao huyện thực hiện trang trí cổ động trực quan tại trung tâm huyện, trên Quốc lộ 2, Quốc lộ 3 và đường Võ Nguyên Giáp (tuyến đón các đoàn đại biểu từ Cảng hàng không quốc tế Nội Bài); hoàn thành trước ngày 05/4/2020",
 "III.4": "Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường trung học cơ sở lồng ghép giới thiệu về ASEAN, đất nước, con người các nước ASEAN trong hoạt động ngoại khóa, sinh hoạt dưới cờ",
 "III.5": "Lồng ghép tuyên truyền về Năm Chủ tịch ASEAN 2020 trong các hội nghị, buổi sinh hoạt chi bộ, sinh hoạt của các đoàn thể ở thôn, xóm, tổ dân phố",
 "III.6": "Công an huyện chủ động nắm tình hình, bảo đảm an ninh, trật tự trên các tuyến đường đón các đoàn đại biểu dự các hội nghị ASEAN trong thời gian diễn ra hội nghị",
 "III.7": "UBND các xã, thị trấn xây dựng kế hoạch tuyên truyền tại địa phương; treo băng rôn, khẩu hiệu tại trụ sở, nhà văn hóa thôn; đẩy mạnh tuyên truyền trên đài truyền thanh cơ sở"}
o = {
 "IV.1": "Giao Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo UBND huyện, Sở Thông tin và Truyền thông kết quả thực hiện",
 "IV.2": "Các cơ quan, đơn vị, UBND các xã, thị trấn báo cáo kết quả thực hiện về UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 20/11/2020",
 "IV.3": "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện tuyên truyền, vận động đoàn viên, hội viên hưởng ứng Năm Chủ tịch ASEAN 2020"}
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", 1, "content"), S("II.1", "1.", "Nội dung tuyên truyền", 2), S("II.2", "2.", "Hình thức tuyên truyền", 2),
 S("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
sections += [S(k, k.split('.')[1] + ".", v, 2) for k, v in t.items()]
sections += [S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [S(k, k.split('.')[1] + ".", v, 2) for k, v in o.items()]
VHTT = A("Phòng Văn hóa và Thông tin huyện"); TT = A("Trung tâm Văn hóa - Thông tin và Thể thao huyện")
tasks = [
 T("II.1", "Nội dung tuyên truyền", [], note="Arabic item in a content section whose title is not an attribute: a task (as Kiên Giang II.1); no actor."),
 T("II.2", "Hình thức tuyên truyền", [], note="Same reading as II.1 ('Hình thức' is not in the spec's attribute list); no actor. Its bullets name channels, not agencies."),
 T("III.1", t["III.1"], [VHTT], [TT]),
 T("III.2", t["III.2"], [A("Đài Phát thanh huyện")], [], note="Actor opens the text. Đài Tiếng nói Việt Nam / Đài PT-TH Hà Nội are sources relayed, not support."),
 T("III.3", t["III.3"], [TT], [], note="'hoàn thành trước ngày 05/4/2020' is a due date, not a window: timeframe null, due deadline."),
 T("III.4", t["III.4"], [A("Phòng Giáo dục và Đào tạo huyện")], []),
 T("III.5", t["III.5"], [], note="No actor named."),
 T("III.6", t["III.6"], [A("Công an huyện")], [], note="'trong thời gian diễn ra hội nghị' is event-triggered timing, not a deadline."),
 T("III.7", t["III.7"], [A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)], [])]
assignments = [
 ASG(VHTT, "IV.1", ["là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo UBND huyện, Sở Thông tin và Truyền thông kết quả thực hiện"]),
 ASG(A("Các cơ quan, đơn vị", coll=True), "IV.2", ["báo cáo kết quả thực hiện về UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 20/11/2020"],
   note="Numbered paragraph opening with the assignees (like a heading naming them); split into two collectives."),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True), "IV.2", ["báo cáo kết quả thực hiện về UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 20/11/2020"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "IV.3", ["tuyên truyền, vận động đoàn viên, hội viên hưởng ứng Năm Chủ tịch ASEAN 2020"]),
 ASG(A("Các tổ chức chính trị - xã hội huyện", "các tổ chức chính trị - xã hội huyện", True), "IV.3", ["tuyên truyền, vận động đoàn viên, hội viên hưởng ứng Năm Chủ tịch ASEAN 2020"])]
deadlines = [
 D("02 kỳ/tháng", "recurring", "III.2", "mở chuyên mục \"Sóc Sơn chào mừng Năm Chủ tịch ASEAN 2020\"", rec="monthly",
   note="Broadcast frequency (twice a month) of a repeated activity: recurring, recurrence 'monthly' (twice per month). Could be argued not a deadline."),
 D("trước ngày 05/4/2020", "due", "III.3", "thực hiện trang trí cổ động trực quan", due="2020-04-05"),
 D("trước ngày 20/11/2020", "due", "IV.2", "báo cáo kết quả thực hiện về UBND huyện (qua Phòng Văn hóa và Thông tin)", due="2020-11-20")]
budget = {"present": False, "section": None, "sources": [], "clauses": [], "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Portal chrome (menu, breadcrumb, 'Cập nhật', 'Lượt xem', 'Các tin khác' with another plan 57/KH-UBND, links, footer) is not part of the plan. The plan text is stored as decimal character references. Anniversary dates '(28/7/1995 - 28/7/2020)' and 'trong năm 2020' (I.2) are not deadlines. The closing 'Yêu cầu các cơ quan, đơn vị triển khai thực hiện' is not an assignment. No funding is mentioned anywhere."}
areas = [
 area("A01", "Coordination mechanism across levels and sectors; orienting the press on focal topics", "partial",
  [("III.1", "hướng dẫn nội dung tuyên truyền, khẩu hiệu tuyên truyền cho các cơ quan, đơn vị và UBND các xã, thị trấn")],
  note="Top-down guidance on content to units and communes only; no cross-sector mechanism and no press. Missing is arguable."),
 area("A02", "Share data and publications with the ASEAN Vietnam portal / national common database", "missing",
  note="The 'Cổng thông tin ASEAN Việt Nam' link is in the portal's sidebar, not in the plan."),
 area("A03", "New media: ASEAN app, Fanpage, livestreams, social networks", "missing",
  note="Only the district website (A09); no Fanpage, app or social networks."),
 area("A04", "Integrate ASEAN into talks, meetings, conferences and mass organisations", "covered",
  [("III.5", "Lồng ghép tuyên truyền về Năm Chủ tịch ASEAN 2020 trong các hội nghị, buổi sinh hoạt chi bộ, sinh hoạt của các đoàn thể")]),
 area("A05", "Train propaganda staff, editors and reporters", "missing"),
 area("A06", "Business outreach on the economic pillar", "missing"),
 area("A07", "Youth and schools", "covered",
  [("III.4", "chỉ đạo các trường trung học cơ sở lồng ghép giới thiệu về ASEAN, đất nước, con người các nước ASEAN trong hoạt động ngoại khóa")]),
 area("A08", "ASEAN Corners", "missing"),
 area("A09", "Press, broadcasting and portal programmes and columns", "covered",
  [("III.2", "Đài Phát thanh huyện mở chuyên mục \"Sóc Sơn chào mừng Năm Chủ tịch ASEAN 2020\""),
   ("III.2", "tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam")]),
 area("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
  [("III.3", "thực hiện trang trí cổ động trực quan tại trung tâm huyện"), ("III.7", "treo băng rôn, khẩu hiệu tại trụ sở, nhà văn hóa thôn")],
  note="Visual propaganda only; no cultural exchange or exhibition. Covered because that strand has its own tasks."),
 area("A11", "Trade, investment and tourism promotion; fairs", "missing"),
 area("A12", "Publications and leaflets with ASEAN content", "missing"),
 area("A13", "The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries", "covered",
  [("II.1", "Chủ đề Năm ASEAN 2020 \"Gắn kết và chủ động thích ứng\"; các hội nghị, sự kiện quan trọng trong Năm Chủ tịch ASEAN 2020 của Việt Nam"),
   ("II.1", "Kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "covered",
  [("II.1", "Vai trò, vị thế của ASEAN và ý nghĩa của Cộng đồng ASEAN đối với người dân")]),
 area("A15", "Counter false and distorted information; follow public opinion", "missing",
  note="III.6 (Công an huyện) is about public order on delegation routes, not countering information."),
 area("A16", "Promote the province itself", "partial",
  [("I.1", "góp phần xây dựng hình ảnh Thủ đô Hà Nội \"Thành phố vì hòa bình\", thân thiện, mến khách")],
  note="Only in the purposes section.")]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), chk("S2", "fail", "no budget section and no funding clause"),
 chk("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
 chk("S4", "pass", "IV.2 reports due trước ngày 20/11/2020"),
 chk("S5", "fail", "tasks without a lead: II.1, II.2, III.5"),
 chk("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019) and the city plan 41/KH-UBND")]
write(N, 'html', plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "year 2020 within 2019-2020",
 "fingerprints: Năm Chủ tịch ASEAN 2020; 25 năm Việt Nam gia nhập ASEAN"]})
