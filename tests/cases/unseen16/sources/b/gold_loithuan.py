# Hand gold for the xã Lợi Thuận (Bến Cầu, Tây Ninh) portal page. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'tay-ninh_ben-cau_23-KH-UBND_2020_asean-xaportal'
meta = {"number": "23/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân xã Lợi Thuận", "province": "Tây Ninh",
 "issued": "2020-03-13", "title": "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn xã Lợi Thuận", "period": {"start": 2020, "end": 2020},
 "basis": [{"number": "36/KH-UBND", "type": "Kế hoạch", "date": "2020-02-26"}],
 "signer": {"name": "Nguyễn Thanh Sang", "position": "Phó Chủ tịch"},
 "note": "Commune header 'ỦY BAN NHÂN DÂN / XÃ LỢI THUẬN' with no parent line; the province (Tây Ninh) is named in the site banner and in the plan's 'Đài Phát thanh và Truyền hình Tây Ninh'. The portal's banner, menu, posting line ('Ngày đăng: 16/03/2020'), attachment link, sidebar and footer are not the plan; the issue date is the plan's own date line. Signature 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' with '(Đã ký)'."}
TT = ["Tuyên truyền trên hệ thống truyền thanh xã", "Tuyên truyền trên Trang thông tin điện tử và mạng xã hội", "Tuyên truyền cổ động trực quan",
 "Tuyên truyền cho Nhân dân các ấp biên giới", "Lồng ghép tuyên truyền trong sinh hoạt đoàn thể", "Tuyên truyền trong trường học"]
ORG = ["Công chức Văn hóa - Xã hội", "Công chức Tài chính - Kế toán", "Ban Nhân dân các ấp"]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
 S("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")] + [S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [
 S("IV", "IV.", "KINH PHÍ", 1, "budget"), S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [
 S(f"V.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
def person(name, text=None):
    d = A(name, text); d["person"] = True; return d
VHXH = person("Công chức Văn hóa - Xã hội"); BND = A("Ban Nhân dân các ấp", coll=True)
tasks = [
 T("III.1", TT[0], [A("Đài Truyền thanh xã")], [person("Công chức Văn hóa - Xã hội", "công chức Văn hóa - Xã hội")], None,
   note="The station opens the text as the actor; 'phối hợp với công chức Văn hóa - Xã hội' names a civil servant by position (person entry) as support."),
 T("III.2", TT[1], [person("Công chức Văn phòng - Thống kê")], [], None, note="A civil servant by position opens the text as the actor."),
 T("III.3", TT[2], [VHXH], [BND], {"text": "tháng 7/2020", "start": "2020-07-01", "end": "2020-07-31"}),
 T("III.4", TT[3], [A("Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài")], [A("Công an xã"), A("Ban Chỉ huy Quân sự xã")],
   {"text": "từ tháng 4 đến tháng 9/2020", "start": "2020-04-01", "end": "2020-09-30"},
   note="'Đề nghị X chủ trì, phối hợp với Y, Z': X is the lead although the commune can only request it."),
 T("III.5", TT[4], [A("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban MTTQ Việt Nam xã"), A("Các đoàn thể chính trị - xã hội xã", "các đoàn thể chính trị - xã hội xã", True)], [], None,
   note="'Đề nghị X và Y lồng ghép …': the bodies asked do the work, so they are the leads."),
 T("III.6", TT[5], [A("Trường Tiểu học Lợi Thuận"), A("Trường Trung học cơ sở Lợi Thuận")], [], {"text": "tháng 9 - 12/2020", "start": "2020-09-01", "end": "2020-12-31"}),
]
assignments = [
 ASG(VHXH, "V.1", ["Tham mưu UBND xã triển khai, theo dõi, đôn đốc thực hiện Kế hoạch",
                   "Tổng hợp kết quả, báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin huyện) trước ngày 20/11/2020"]),
 ASG(person("Công chức Tài chính - Kế toán"), "V.2", ["Tham mưu UBND xã bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(BND, "V.3", ["Phối hợp phổ biến nội dung tuyên truyền đến từng hộ dân trong các cuộc họp ấp; vận động Nhân dân chấp hành tốt quy định về khu vực biên giới"]),
]
deadlines = [
 D("ít nhất 02 lần/tháng", "recurring", "III.1", "phát tin, bài về ASEAN trên hệ thống loa truyền thanh của xã", rec="monthly"),
 D("tháng 7/2020", "period", "III.3", "treo băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020", start="2020-07-01", end="2020-07-31"),
 D("từ tháng 4 đến tháng 9/2020", "period", "III.4", "tổ chức tuyên truyền tại các ấp biên giới", start="2020-04-01", end="2020-09-30"),
 D("tháng 9 - 12/2020", "period", "III.6", "lồng ghép giới thiệu về ASEAN trong giờ chào cờ, hoạt động ngoại khóa của học sinh", start="2020-09-01", end="2020-12-31"),
 D("trước ngày 20/11/2020", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin huyện)", due="2020-11-20"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được chi từ nguồn kinh phí sự nghiệp văn hóa - thông tin trong dự toán ngân sách xã năm 2020", "section": "IV"}],
 "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("A01", "Coordination mechanism across levels and sectors; orienting the press", "partial",
      [("V.1", "Tham mưu UBND xã triển khai, theo dõi, đôn đốc thực hiện Kế hoạch")],
      note="Only the staff member who follows the plan up; no coordination mechanism across levels or sectors."),
 area("A02", "Share data with the ASEAN Vietnam portal and the common database", "missing"),
 area("A03", "New media: ASEAN app and Fanpage, social networks", "covered",
      [("III.2", "chia sẻ thông tin trên các nhóm Zalo của các ấp")], note="Social networks (Zalo groups) only; no app or Fanpage."),
 area("A04", "Integrate ASEAN into talks, meetings and mass organisations", "covered",
      [("III.5", "lồng ghép nội dung về ASEAN trong các buổi sinh hoạt chi hội, chi đoàn, tổ nhân dân tự quản")]),
 area("A05", "Train propaganda staff, editors and reporters", "missing"),
 area("A06", "Business outreach on the economic pillar", "partial", [("II", "cơ hội giao thương qua Cửa khẩu quốc tế Mộc Bài")],
      note="One phrase in a content bullet about border rules; nothing addresses businesses."),
 area("A07", "Youth and schools: extra-curricular content, contests, exchanges", "covered",
      [("III.6", "lồng ghép giới thiệu về ASEAN trong giờ chào cờ, hoạt động ngoại khóa của học sinh")]),
 area("A08", "ASEAN Corners", "missing"),
 area("A09", "Press, broadcasting and portal programmes", "covered",
      [("III.1", "tiếp âm các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Tây Ninh, Đài Truyền thanh huyện")]),
 area("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
      [("III.3", "treo băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020")], note="Visual propaganda only."),
 area("A11", "Trade, investment and tourism promotion; fairs", "missing"),
 area("A12", "Publications and leaflets", "missing"),
 area("A13", "The ASEAN calendar: Chairmanship 2020, anniversaries", "covered",
      [("II", "Năm 2020 Việt Nam đảm nhận vai trò Chủ tịch ASEAN với chủ đề “Gắn kết và Chủ động thích ứng”; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
       ("III.3", "chào mừng Năm Chủ tịch ASEAN 2020")]),
 area("A14", "ASEAN itself: role, achievements, three pillars, countries and peoples", "covered",
      [("II", "Những thông tin cơ bản về ASEAN, Cộng đồng ASEAN; đất nước, con người Campuchia và các nước ASEAN")]),
 area("A15", "Counter false and distorted information", "missing"),
 area("A16", "Promote the province (here the commune) itself", "missing"),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section IV KINH PHÍ (sự nghiệp văn hóa - thông tin, ngân sách xã)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
 chk("S4", "pass", "V.1: báo cáo UBND huyện trước ngày 20/11/2020"),
 chk("S5", "pass", "every task III.1-III.6 names a lead (III.2 and III.3 a civil servant by position)"),
 chk("S6", "pass", "basis cites Kế hoạch 36/KH-UBND (26/02/2020) of UBND huyện Bến Cầu on ASEAN propaganda in 2020",
     note="The commune cites only its district's ASEAN plan, which plays the umbrella role.")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["implements district plan 36/KH-UBND on ASEAN 2020", "year 2020 inside 2019-2020", "Năm Chủ tịch ASEAN 2020; 25 năm Việt Nam gia nhập ASEAN"]})
