# Hand gold for the UBND thành phố Tam Điệp (Ninh Bình) PDF with a landscape annex. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'ninh-binh_tam-diep_96-KH-UBND_2019_asean-landannex'
meta = {"number": "96/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân thành phố Tam Điệp", "province": "Ninh Bình",
 "issued": "2019-10-21", "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành phố Tam Điệp",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
           {"number": "118/KH-UBND", "type": "Kế hoạch", "date": "2019-09-16"}],
 "signer": {"name": "Đinh Công Thắng", "position": "Phó Chủ tịch"},
 "note": "Header 'ỦY BAN NHÂN DÂN' / 'THÀNH PHỐ TAM ĐIỆP'; province Ninh Bình from the basis (Kế hoạch 118/KH-UBND của UBND tỉnh Ninh Bình). Signature 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'. Tasks exist only in the landscape annex, numbered 1-10 independently of the body → PL.1-PL.10; group rows I-III are neither tasks nor sections."}
ORG = ["Phòng Văn hóa và Thông tin thành phố là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch",
 "Phòng Tài chính - Kế hoạch thành phố tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định",
 "Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố tăng cường thời lượng tin, bài về ASEAN trên sóng truyền thanh; hướng dẫn đài truyền thanh các xã, phường tiếp sóng, phát lại các chương trình về ASEAN",
 "Đề nghị Ủy ban MTTQ Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố phối hợp tuyên truyền, lồng ghép nội dung về ASEAN trong sinh hoạt của đoàn viên, hội viên",
 "UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch tuyên truyền phù hợp với địa phương; báo cáo kết quả về UBND thành phố (qua Phòng Văn hóa và Thông tin) trước ngày 30/11 hằng năm"]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"), S("III", "III.", "CÁC HOẠT ĐỘNG CỤ THỂ", 1, "tasks"),
 S("IV", "IV.", "KINH PHÍ", 1, "budget"), S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [
 S(f"V.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
sections[4]["note"] = "One sentence pointing to the annex; no numbered items."
TT = [
 "Xây dựng chuyên mục “Tam Điệp với Cộng đồng ASEAN” trên sóng truyền thanh thành phố, phát 02 kỳ/tháng; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Ninh Bình",
 "Đăng tải tin, bài về ASEAN trên Cổng thông tin điện tử thành phố; khai thác, chia sẻ thông tin từ Cổng thông tin ASEAN Việt Nam và Ứng dụng, Fanpage “ASEAN và Việt Nam”",
 "Tổ chức buổi nói chuyện chuyên đề “Việt Nam - Năm Chủ tịch ASEAN 2020” cho cán bộ, công chức, viên chức và đoàn viên, hội viên",
 "Treo băng rôn, khẩu hiệu, pa nô trên các tuyến phố chính, Quốc lộ 1A đoạn qua thành phố chào mừng Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020)",
 "Lồng ghép nội dung về ASEAN trong Liên hoan văn nghệ quần chúng và Giải Việt dã thành phố năm 2020",
 "Xây dựng “Góc ASEAN” tại Thư viện thành phố, giới thiệu sách, tư liệu về đất nước, con người các nước ASEAN",
 "Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi “Em yêu ASEAN” cho học sinh các trường trung học cơ sở",
 "Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử cho doanh nghiệp trong Khu công nghiệp Tam Điệp và các hợp tác xã",
 "Quảng bá tiềm năng du lịch, sản phẩm dứa Đồng Giao và các dự án kêu gọi đầu tư của thành phố qua tờ gấp, video giới thiệu tới du khách, nhà đầu tư các nước ASEAN",
 "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh",
]
TTVH = A("Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố"); VHTT = A("Phòng Văn hóa và Thông tin"); GD = A("Phòng Giáo dục và Đào tạo")
KT = A("Phòng Kinh tế"); TD = A("Thành Đoàn")
def tf(text, s, e): return {"text": text, "start": s, "end": e}
tasks = [
 T("PL.1", TT[0], [TTVH], [VHTT, A("Ủy ban nhân dân các xã, phường", "UBND các xã, phường", True)], tf("Tháng 11/2019 - tháng 12/2020", "2019-11-01", "2020-12-31")),
 T("PL.2", TT[1], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", "Văn phòng HĐND và UBND thành phố")], [VHTT], None, note="'Thường xuyên': no window."),
 T("PL.3", TT[2], [VHTT], [A("Ban Tuyên giáo Thành ủy")], tf("Quý I/2020", "2020-01-01", "2020-03-31")),
 T("PL.4", TT[3], [TTVH], [A("Ủy ban nhân dân các phường", "UBND các phường", True)], tf("Tháng 7/2020", "2020-07-01", "2020-07-31"),
   note="'(28/7/1995 - 28/7/2020)' narrates the anniversary."),
 T("PL.5", TT[4], [TTVH], [VHTT], tf("Quý III/2020", "2020-07-01", "2020-09-30")),
 T("PL.6", TT[5], [TTVH], [GD], tf("Năm 2020", "2020-01-01", "2020-12-31")),
 T("PL.7", TT[6], [GD], [TD], tf("Năm học 2019 - 2020", "2019-09-01", "2020-05-31"), note="School year read as September-May."),
 T("PL.8", TT[7], [KT], [A("Ban Quản lý các khu công nghiệp tỉnh")], tf("Quý II/2020", "2020-04-01", "2020-06-30")),
 T("PL.9", TT[8], [KT], [VHTT], tf("Năm 2020", "2020-01-01", "2020-12-31")),
 T("PL.10", TT[9], [TD, A("Hội Liên hiệp Phụ nữ thành phố", "Hội LHPN"), A("Hội Nông dân thành phố", "Hội Nông dân"), A("Hội Cựu chiến binh thành phố", "Hội CCB thành phố")],
   [A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Ủy ban MTTQ Việt Nam thành phố")], None,
   note="Lead cell 'Thành Đoàn, Hội LHPN, Hội Nông dân, Hội CCB thành phố': four bodies, the closing 'thành phố' read as shared. 'Thường xuyên': no window."),
]
assignments = [
 ASG(A("Phòng Văn hóa và Thông tin thành phố"), "V.1", ["là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch",
     "Tổng hợp kết quả, báo cáo UBND thành phố và Sở Thông tin và Truyền thông trước ngày 10/12/2019 và trước ngày 10/12/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch thành phố"), "V.2", ["tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(TTVH, "V.3", ["tăng cường thời lượng tin, bài về ASEAN trên sóng truyền thanh", "hướng dẫn đài truyền thanh các xã, phường tiếp sóng, phát lại các chương trình về ASEAN"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Ủy ban MTTQ Việt Nam thành phố"), "V.4", ["phối hợp tuyên truyền, lồng ghép nội dung về ASEAN trong sinh hoạt của đoàn viên, hội viên"]),
 ASG(A("Các tổ chức chính trị - xã hội thành phố", "các tổ chức chính trị - xã hội thành phố", True), "V.4", ["phối hợp tuyên truyền, lồng ghép nội dung về ASEAN trong sinh hoạt của đoàn viên, hội viên"]),
 ASG(A("Ủy ban nhân dân các xã, phường", "UBND các xã, phường", True), "V.5", ["căn cứ Kế hoạch này xây dựng kế hoạch tuyên truyền phù hợp với địa phương",
     "báo cáo kết quả về UBND thành phố (qua Phòng Văn hóa và Thông tin) trước ngày 30/11 hằng năm"]),
]
deadlines = [
 D("Tháng 11/2019 - tháng 12/2020", "period", "PL.1", "Xây dựng chuyên mục “Tam Điệp với Cộng đồng ASEAN” trên sóng truyền thanh thành phố", start="2019-11-01", end="2020-12-31"),
 D("02 kỳ/tháng", "recurring", "PL.1", "chuyên mục “Tam Điệp với Cộng đồng ASEAN” trên sóng truyền thanh thành phố", rec="monthly"),
 D("Quý I/2020", "period", "PL.3", "Tổ chức buổi nói chuyện chuyên đề “Việt Nam - Năm Chủ tịch ASEAN 2020”", start="2020-01-01", end="2020-03-31"),
 D("Tháng 7/2020", "period", "PL.4", "Treo băng rôn, khẩu hiệu, pa nô trên các tuyến phố chính", start="2020-07-01", end="2020-07-31"),
 D("Quý III/2020", "period", "PL.5", "Lồng ghép nội dung về ASEAN trong Liên hoan văn nghệ quần chúng và Giải Việt dã thành phố năm 2020", start="2020-07-01", end="2020-09-30"),
 D("Năm 2020", "period", "PL.6", "Xây dựng “Góc ASEAN” tại Thư viện thành phố", start="2020-01-01", end="2020-12-31"),
 D("Năm học 2019 - 2020", "period", "PL.7", "tổ chức cuộc thi “Em yêu ASEAN” cho học sinh các trường trung học cơ sở", start="2019-09-01", end="2020-05-31"),
 D("Quý II/2020", "period", "PL.8", "Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử cho doanh nghiệp", start="2020-04-01", end="2020-06-30"),
 D("Năm 2020", "period", "PL.9", "Quảng bá tiềm năng du lịch, sản phẩm dứa Đồng Giao và các dự án kêu gọi đầu tư của thành phố", start="2020-01-01", end="2020-12-31"),
 D("trước ngày 10/12/2019", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND thành phố và Sở Thông tin và Truyền thông", due="2019-12-10"),
 D("trước ngày 10/12/2020", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND thành phố và Sở Thông tin và Truyền thông", due="2020-12-10"),
 D("trước ngày 30/11 hằng năm", "due", "V.5", "báo cáo kết quả về UBND thành phố (qua Phòng Văn hóa và Thông tin)", due="--11-30", rec="yearly"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách thành phố trong dự toán năm 2019, năm 2020 của các cơ quan, đơn vị và huy động các nguồn xã hội hóa theo quy định", "section": "IV"},
             {"text": "Tổng kinh phí dự kiến 120.000.000 đồng (năm 2019: 30.000.000 đồng; năm 2020: 90.000.000 đồng)", "section": "IV"}],
 "amounts": [{"text": "120.000.000 đồng", "vnd": 120000000}, {"text": "30.000.000 đồng", "vnd": 30000000}, {"text": "90.000.000 đồng", "vnd": 90000000}],
 "note": "The total and its two yearly parts are all listed as printed."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("A01", "Coordination mechanism across levels and sectors; orienting the press", "partial",
      [("V.1", "Phòng Văn hóa và Thông tin thành phố là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch")],
      note="Only the focal-office role; no vertical/horizontal mechanism, no orienting of the press."),
 area("A02", "Share data with the ASEAN Vietnam portal and the common database", "covered",
      [("PL.2", "khai thác, chia sẻ thông tin từ Cổng thông tin ASEAN Việt Nam")]),
 area("A03", "New media: ASEAN app and Fanpage, social networks", "covered", [("PL.2", "Ứng dụng, Fanpage “ASEAN và Việt Nam”")]),
 area("A04", "Integrate ASEAN into talks, meetings and mass organisations", "covered",
      [("PL.10", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh"),
       ("PL.3", "Tổ chức buổi nói chuyện chuyên đề “Việt Nam - Năm Chủ tịch ASEAN 2020”")]),
 area("A05", "Train propaganda staff, editors and reporters", "missing"),
 area("A06", "Business outreach on the economic pillar", "covered",
      [("PL.8", "Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử cho doanh nghiệp trong Khu công nghiệp Tam Điệp và các hợp tác xã")]),
 area("A07", "Youth and schools: extra-curricular content, contests, exchanges", "covered",
      [("PL.7", "Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi “Em yêu ASEAN” cho học sinh các trường trung học cơ sở")]),
 area("A08", "ASEAN Corners", "covered", [("PL.6", "Xây dựng “Góc ASEAN” tại Thư viện thành phố")]),
 area("A09", "Press, broadcasting and portal programmes", "covered",
      [("PL.1", "Xây dựng chuyên mục “Tam Điệp với Cộng đồng ASEAN” trên sóng truyền thanh thành phố"),
       ("PL.1", "tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Ninh Bình")]),
 area("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
      [("PL.4", "Treo băng rôn, khẩu hiệu, pa nô trên các tuyến phố chính"),
       ("PL.5", "Lồng ghép nội dung về ASEAN trong Liên hoan văn nghệ quần chúng và Giải Việt dã thành phố năm 2020")]),
 area("A11", "Trade, investment and tourism promotion; fairs", "partial",
      [("PL.9", "các dự án kêu gọi đầu tư của thành phố qua tờ gấp, video giới thiệu tới du khách, nhà đầu tư các nước ASEAN")],
      note="No fair or promotion event; investment and tourism are promoted only through PL.9's leaflets and video, which belong mainly to A16."),
 area("A12", "Publications and leaflets", "partial", [("PL.9", "qua tờ gấp, video giới thiệu")],
      note="Leaflets appear only as the medium of PL.9."),
 area("A13", "The ASEAN calendar: Chairmanship 2020, anniversaries", "covered",
      [("PL.3", "Tổ chức buổi nói chuyện chuyên đề “Việt Nam - Năm Chủ tịch ASEAN 2020”"),
       ("PL.4", "chào mừng Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14", "ASEAN itself: role, achievements, three pillars, countries and peoples", "covered",
      [("II", "Vai trò, vị thế của ASEAN; các thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN")]),
 area("A15", "Counter false and distorted information", "partial",
      [("I.1", "góp phần đấu tranh, phản bác các thông tin sai trái về ASEAN")], note="Only in the purposes."),
 area("A16", "Promote the province (here the city) itself", "covered", [("PL.9", TT[8])]),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section IV KINH PHÍ (ngân sách thành phố, xã hội hóa; 120.000.000 đồng)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
 chk("S4", "pass", "V.1: báo cáo trước ngày 10/12/2019 và trước ngày 10/12/2020; V.5: trước ngày 30/11 hằng năm"),
 chk("S5", "pass", "every annex task PL.1-PL.10 names a lead"),
 chk("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "implements provincial plan 118/KH-UBND"]})
