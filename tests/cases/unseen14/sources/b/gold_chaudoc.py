# Hand gold for the Châu Đốc portal page (layout tables, tasks as <ol>/<li> with browser-drawn numbers).
from common import *
N = 'an-giang_chau-doc_412-KH-UBND_2019_asean-portalol'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "412/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân thành phố Châu Đốc", "province": "An Giang",
 "issued": "2019-10-21", "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành phố Châu Đốc",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}, {"number": "598/KH-UBND", "type": "Kế hoạch", "date": "2019-09-16"}],
 "signer": {"name": "Lê Văn Phước", "position": "Phó Chủ tịch"}}
T3 = ["Tuyên truyền trên sóng truyền thanh và Trang thông tin điện tử thành phố", "Chia sẻ thông tin trên mạng xã hội", "Tuyên truyền cổ động trực quan",
 "Quảng bá du lịch, xúc tiến thương mại", "Tuyên truyền trong đoàn viên, hội viên", "Giáo dục về ASEAN trong trường học", "Nắm bắt dư luận, phản bác thông tin sai trái"]
T4a = "Giới thiệu sản phẩm du lịch Núi Sam, lễ hội Vía Bà tới du khách Campuchia, Thái Lan qua ấn phẩm song ngữ Việt - Khmer - Anh"
T4b = "Tổ chức gian hàng giới thiệu đặc sản mắm Châu Đốc, khô cá tra phồng tại Hội chợ Thương mại - Du lịch biên giới Việt Nam - Campuchia năm 2020"
V = ["Phòng Văn hóa và Thông tin thành phố", "Phòng Tài chính - Kế hoạch thành phố", "Trung tâm Văn hóa - Thể thao - Truyền thanh thành phố",
 "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể chính trị - xã hội thành phố", "Ủy ban nhân dân các phường, xã"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NỘI DUNG TUYÊN TRUYỀN",1,"content"), S("III","III.","NHIỆM VỤ VÀ GIẢI PHÁP",1,"tasks")]
sections += [S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(T3)]
sections.insert(7, S("III.4.a", "a.", T4a, 3)); sections.insert(8, S("III.4.b", "b.", T4b, 3))
sections += [S("IV","IV.","KINH PHÍ THỰC HIỆN",1,"budget"), S("V","V.","TỔ CHỨC THỰC HIỆN",1,"organization")]
sections += [S(f"V.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(V)]
sections += [S("VI","VI.","CHẾ ĐỘ BÁO CÁO",1,"reporting")]
VH = A("Phòng Văn hóa và Thông tin thành phố"); TT = A("Trung tâm Văn hóa - Thể thao - Truyền thanh thành phố")
tasks = [
 T("III.1", T3[0], [TT], [VH], P("2019 - 2020", "2019-01-01", "2020-12-31"), note="Lead from the actor opening the text; labels 1.-7. are drawn by the browser from <ol>, not in the text."),
 T("III.2", T3[1], [VH], [A("Ủy ban nhân dân các phường, xã", coll=True)]),
 T("III.3", T3[2], [TT], [], P("Tháng 8/2020", "2020-08-01", "2020-08-31")),
 T("III.4", T3[3], [A("Phòng Kinh tế thành phố")], [A("Ban Quản lý Khu du lịch quốc gia Núi Sam"), A("Hiệp hội Du lịch tỉnh An Giang")], P("Quý II/2020", "2020-04-01", "2020-06-30"),
   note="The role list follows the nested <ol type='a'> and applies to the whole task."),
 T("III.5", T3[4], [A("Thành đoàn Châu Đốc"), A("Hội Liên hiệp Phụ nữ thành phố")], [], P("Năm 2020", "2020-01-01", "2020-12-31"), note="Lead from the actors opening the text; no 'Chủ trì' field."),
 T("III.6", T3[5], [A("Phòng Giáo dục và Đào tạo thành phố")], [], P("Năm học 2019 - 2020", "2019-09-01", "2020-05-31"), note="School year read as 09/2019-05/2020."),
 T("III.7", T3[6], [A("Công an thành phố")], [VH, A("Ban Chỉ huy Quân sự thành phố")])]
DUT4 = ["Vận động đoàn viên, hội viên tham gia các hoạt động tuyên truyền về ASEAN"]
assignments = [
 ASG(VH, "V.1", ["Là cơ quan thường trực, tham mưu Ủy ban nhân dân thành phố theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch"]),
 ASG(A("Phòng Tài chính - Kế hoạch thành phố"), "V.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(TT, "V.3", ["Xây dựng chuyên mục, tăng thời lượng tin, bài về ASEAN trong năm 2020"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"), "V.4", DUT4),
 ASG(A("Các đoàn thể chính trị - xã hội thành phố", "các đoàn thể chính trị - xã hội thành phố", True), "V.4", DUT4),
 ASG(A("Ủy ban nhân dân các phường, xã", coll=True), "V.5", ["Tổ chức tuyên truyền trên hệ thống loa truyền thanh, bảng tin của khóm, ấp"])]
RP = "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin thành phố"
deadlines = [
 D("01 kỳ/tuần", "recurring", "III.1", "xây dựng chuyên mục “Châu Đốc hướng về ASEAN” phát sóng", rec="weekly", note="A broadcast frequency on an obligation."),
 D("2019 - 2020", "period", "III.1", T3[0], start="2019-01-01", end="2020-12-31"),
 D("Tháng 8/2020", "period", "III.3", T3[2], start="2020-08-01", end="2020-08-31"),
 D("Quý II/2020", "period", "III.4", T3[3], start="2020-04-01", end="2020-06-30"),
 D("Năm 2020", "period", "III.5", T3[4], start="2020-01-01", end="2020-12-31"),
 D("Năm học 2019 - 2020", "period", "III.6", T3[5], start="2019-09-01", end="2020-05-31"),
 D("trong năm 2020", "period", "V.3", "tăng thời lượng tin, bài về ASEAN", start="2020-01-01", end="2020-12-31"),
 D("trước ngày 15/6 và ngày 15/12 hằng năm", "due", "VI", RP, due="--06-15", rec="yearly"),
 D("trước ngày 15/6 và ngày 15/12 hằng năm", "due", "VI", RP, due="--12-15", rec="yearly")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "sponsorship"],
 "clauses": [{"text": "Kinh phí thực hiện được bố trí từ nguồn ngân sách thành phố trong dự toán năm 2020 của các cơ quan, đơn vị; các đơn vị chủ động lồng ghép với kinh phí các chương trình, hoạt động của đơn vị và vận động tài trợ từ các doanh nghiệp", "section": "IV"}],
 "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Portal page of table layout. Roman labels sit in their own <td> beside a <td> holding the part's title and content. Arabic numbers of III and V and the letters of III.4 are <ol>/<ol type='a'> numbering drawn by the browser (rendered 'a.'); the second <ol start='4'> of V continues at 4. Titles of run-in bold headings drop the final '.'/':'. Menu, counters, right column and footer are not the plan."}
areas = [
 area("A01","Coordination mechanism across levels and sectors; orienting the press on focal topics","missing"),
 area("A02","Share data and publications with the ASEAN Vietnam portal / national common database","missing", note="The right column links to the ASEAN Vietnam portal, but that is the website, not the plan."),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","covered",[("III.2","Chia sẻ tin, bài, chương trình livestream từ Fanpage “ASEAN và Việt Nam” trên trang Facebook “Châu Đốc ngày nay”")]),
 area("A04","Integrate ASEAN into talks, meetings, conferences and mass organisations","covered",[("III.5","Thành đoàn Châu Đốc, Hội Liên hiệp Phụ nữ thành phố lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, nói chuyện chuyên đề")]),
 area("A05","Train propaganda staff, editors and reporters","missing"),
 area("A06","Business outreach on the economic pillar","partial",[("I","giúp doanh nghiệp, hộ kinh doanh nắm bắt được cơ hội để phát triển")], note="Only in the purposes."),
 area("A07","Youth and schools: extra-curricular content, contests, exchanges","covered",[("III.6","Đưa nội dung về ASEAN vào sinh hoạt ngoại khóa, dưới cờ tại các trường tiểu học, trung học cơ sở")]),
 area("A08","ASEAN Corners","missing"),
 area("A09","Press, broadcasting and portal: programmes, columns, relays, documentaries","covered",[("III.1","xây dựng chuyên mục “Châu Đốc hướng về ASEAN” phát sóng 01 kỳ/tuần; Trang thông tin điện tử thành phố duy trì chuyên mục ASEAN")]),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","covered",[("III.3","Treo băng rôn, khẩu hiệu, cờ ASEAN"),("III.5","tổ chức giao lưu thanh niên hai bên biên giới Việt Nam - Campuchia")]),
 area("A11","Trade, investment and tourism promotion; fairs","covered",[("III.4.b",T4b)]),
 area("A12","Publications and leaflets with ASEAN content","partial",[("III.4.a","qua ấn phẩm song ngữ Việt - Khmer - Anh")], note="The publications promote the city's tourism; they do not carry ASEAN content."),
 area("A13","ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries","covered",[("II","Năm Chủ tịch ASEAN 2020 của Việt Nam; các Hội nghị Cấp cao ASEAN lần thứ 36 và 37")]),
 area("A14","ASEAN itself: role, achievements, three pillars; countries and peoples","covered",[("II","Quá trình hình thành và phát triển, vai trò, vị thế, thành tựu của ASEAN; đất nước, con người các nước ASEAN")]),
 area("A15","Counter false and distorted information","covered",[("III.7","kịp thời phản bác các thông tin sai trái, xuyên tạc liên quan đến quan hệ Việt Nam - Campuchia và hợp tác ASEAN")]),
 area("A16","Promote the locality itself","covered",[("II","Tiềm năng, thế mạnh của thành phố Châu Đốc"),("III.4.a","Giới thiệu sản phẩm du lịch Núi Sam, lễ hội Vía Bà tới du khách Campuchia, Thái Lan")])]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section IV KINH PHÍ THỰC HIỆN (ngân sách thành phố, kinh phí đơn vị, tài trợ)"),
 chk("S3","pass","section V TỔ CHỨC THỰC HIỆN with 6 assignments"), chk("S4","pass","section VI: reports due 'trước ngày 15/6 và ngày 15/12 hằng năm'"),
 chk("S5","pass","every task III.1-III.7 has a lead (III.1 and III.5 from the actors opening the text)"), chk("S6","pass","basis cites Quyết định 02/QĐ-BCĐASEAN")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, nắm bắt được cơ hội để phát triển, Fanpage ASEAN và Việt Nam"]})
