# Hand gold for the thị trấn Mỹ Xuyên (Sóc Trăng) plain-text plan. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'soc-trang_my-xuyen_45-KH-UBND_2020_asean-commune'
meta = {"number": "45/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân thị trấn Mỹ Xuyên", "province": "Sóc Trăng",
 "issued": "2020-07-06", "title": "Tuyên truyền về ASEAN năm 2020 trên địa bàn thị trấn Mỹ Xuyên",
 "period": {"start": 2020, "end": 2020},
 "basis": [{"number": "112/KH-UBND", "type": "Kế hoạch", "date": "2020-06-22"}],
 "signer": {"name": "Lâm Văn Sơn", "position": "Chủ tịch"}}
TT = ["Tuyên truyền trên Đài Truyền thanh thị trấn", "Tuyên truyền trực quan", "Lồng ghép trong sinh hoạt đoàn thể",
 "Tuyên truyền đến hộ kinh doanh, tiểu thương", "Tuyên truyền trong nhà trường", "Giới thiệu văn hóa, đặc sản địa phương"]
IV1 = "Công chức Văn hóa - Xã hội là đầu mối theo dõi, hướng dẫn các ngành, các khóm thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 25/11/2020"
IV2 = "Ban Nhân dân các khóm phối hợp tuyên truyền đến từng hộ gia đình; phản ánh kịp thời ý kiến của Nhân dân về Ủy ban nhân dân thị trấn"
IV3 = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn và các đoàn thể chính trị - xã hội thị trấn phối hợp thực hiện tốt Kế hoạch này"
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NỘI DUNG TUYÊN TRUYỀN",1,"content"),
 S("III","III.","HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN",1,"forms")] + [S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [
 S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization"), S("IV.1","1.",IV1,2), S("IV.2","2.",IV2,2), S("IV.3","3.",IV3,2)]
CC = {"name": "Công chức Văn hóa - Xã hội", "text": "Công chức Văn hóa - Xã hội", "collective": False, "person": True}
DAI = A("Đài Truyền thanh thị trấn"); KHOM = A("Ban Nhân dân các khóm", coll=True)
MT = A("Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn")
tasks = [
 T("III.1", TT[0], [DAI], [CC], {"text": "tháng 7-8/2020", "start": "2020-07-01", "end": "2020-08-31"},
   note="'X (chủ trì), Y (phối hợp)'; Y is a civil servant's position, kept as a person entry named by the position."),
 T("III.2", TT[1], [A("Ban Văn hóa - Thông tin thị trấn")], [KHOM], None, note="'(08/8)' names the occasion; the time constraint is the due date 05/8/2020."),
 T("III.3", TT[2], [MT], [A("Đoàn Thanh niên thị trấn", "Đoàn Thanh niên"), A("Hội Liên hiệp Phụ nữ thị trấn", "Hội Liên hiệp Phụ nữ"), A("Hội Nông dân thị trấn", "Hội Nông dân"), A("Hội Cựu chiến binh thị trấn")], None,
   note="'Đề nghị X phối hợp với các đoàn thể (A, B, C, D thị trấn) lồng ghép …': X is the actor (lead), the listed organisations are support; 'thị trấn' after the last applies to all four. 'Ủy ban Mặt trận Tổ quốc Việt Nam thị trấn' and 'Hội Liên hiệp Phụ nữ' are broken over line ends."),
 T("III.4", TT[3], [A("Ban Quản lý chợ thị trấn")], [A("Hội Liên hiệp Phụ nữ thị trấn")], None),
 T("III.5", TT[4], [A("Trường Trung học cơ sở thị trấn Mỹ Xuyên", "Trường THCS thị trấn Mỹ Xuyên")], [], {"text": "tháng 9/2020", "start": "2020-09-01", "end": "2020-09-30"}),
 T("III.6", TT[5], [CC], [DAI], None, note="The position opens the text as the actor: lead, as a person entry."),
]
assignments = [
 ASG(CC, "IV.1", ["là đầu mối theo dõi, hướng dẫn các ngành, các khóm thực hiện Kế hoạch", "tổng hợp, báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 25/11/2020"]),
 ASG(KHOM, "IV.2", ["phối hợp tuyên truyền đến từng hộ gia đình", "phản ánh kịp thời ý kiến của Nhân dân về Ủy ban nhân dân thị trấn"]),
 ASG(MT, "IV.3", ["phối hợp thực hiện tốt Kế hoạch này"]),
 ASG(A("Các đoàn thể chính trị - xã hội thị trấn", "các đoàn thể chính trị - xã hội thị trấn", coll=True), "IV.3", ["phối hợp thực hiện tốt Kế hoạch này"]),
]
deadlines = [
 D("03 buổi/tuần", "recurring", "III.1", "phát tin, bài về ASEAN", rec="weekly"),
 D("trong tháng 7-8/2020", "period", "III.1", "phát tin, bài về ASEAN", start="2020-07-01", end="2020-08-31"),
 D("hoàn thành trước ngày 05/8/2020", "due", "III.2", "treo băng rôn, khẩu hiệu", due="2020-08-05"),
 D("tháng 9/2020", "period", "III.5", "lồng ghép giới thiệu về ASEAN trong hoạt động ngoại khóa, sinh hoạt dưới cờ", start="2020-09-01", end="2020-09-30"),
 D("trước ngày 25/11/2020", "due", "IV.1", "tổng hợp, báo cáo kết quả về Phòng Văn hóa và Thông tin huyện", due="2020-11-25"),
]
budget = {"present": False, "section": None, "sources": [], "clauses": [], "amounts": [], "note": "The plan says nothing about funding."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Plain text hard-wrapped at 76 columns: quotes are compared with whitespace collapsed. The header block is two columns laid out with spaces."}
areas = [
 area("A01","Coordination mechanism across levels and sectors; orienting the press on focal topics","missing"),
 area("A02","Share data and publications with the ASEAN Vietnam portal / national common database","missing"),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","partial",[("III.3","chia sẻ tin, bài lên các nhóm Zalo của khóm")], note="One phrase at the end of the mass-organisation task."),
 area("A04","Integrate ASEAN into talks, meetings, conferences and mass organisations","covered",[("III.3","lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi hội, tổ hội, họp dân ở các khóm")]),
 area("A05","Train propaganda staff, editors and reporters","missing"),
 area("A06","Business outreach on the economic pillar","covered",[("III.4","phổ biến đến hộ kinh doanh, tiểu thương về cơ hội kinh doanh, bán hàng qua thương mại điện tử")]),
 area("A07","Youth and schools","covered",[("III.5","lồng ghép giới thiệu về ASEAN trong hoạt động ngoại khóa, sinh hoạt dưới cờ")]),
 area("A08","ASEAN Corners","missing"),
 area("A09","Press, broadcasting and portal programmes and columns","covered",[("III.1","tiếp âm các chương trình về ASEAN của Đài Tiếng nói Việt Nam")]),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","covered",[("III.2","treo băng rôn, khẩu hiệu tại trụ sở Ủy ban nhân dân thị trấn, chợ Mỹ Xuyên và các tuyến đường chính")]),
 area("A11","Trade, investment and tourism promotion; fairs","missing"),
 area("A12","Publications and leaflets with ASEAN content","missing"),
 area("A13","The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries","covered",[("II","Năm Chủ tịch ASEAN 2020 với chủ đề “Gắn kết và chủ động thích ứng”; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"), ("III.1","phát tin, bài về ASEAN, năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14","ASEAN itself: role, achievements, pillars, countries and peoples","covered",[("II","Khái quát về ASEAN: quá trình hình thành, phát triển, 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN")], note="An enumerated item of the content section."),
 area("A15","Counter false and distorted information; follow public opinion","missing", note="IV.2 'phản ánh kịp thời ý kiến của Nhân dân' is feedback to the commune, not following public opinion on ASEAN or countering false information."),
 area("A16","Promote the province itself","covered",[("III.6","giới thiệu văn hóa dân tộc Khmer, lễ hội Oóc Om Bóc, các món ăn đặc sản (bún nước lèo, bánh pía) đến du khách trong và ngoài nước")]),
]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","fail","no funding statement anywhere"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 4 assignments"), chk("S4","pass","report due 'trước ngày 25/11/2020' (IV.1)"),
 chk("S5","pass","every task III.1-III.6 names a lead (III.6: the civil servant's position)"),
 chk("S6","pass","basis cites the district's ASEAN plan 112/KH-UBND (the commune's umbrella plan)", note="The directive itself is not cited; the district plan plays the role the spec gives a provincial umbrella plan.")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["implements the district's ASEAN plan 112/KH-UBND of 2020", "period 2020", "fingerprints: Chủ tịch ASEAN 2020"]})
