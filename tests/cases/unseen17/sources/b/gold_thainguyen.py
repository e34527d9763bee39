# Hand gold for the Đài Phát thanh và Truyền hình tỉnh Thái Nguyên PDF. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'thai-nguyen_86-KH-PTTH_2023_asean-dailandannex'
meta = {"number": "86/KH-PTTH", "doc_type": "Kế hoạch", "issuer": "Đài Phát thanh và Truyền hình tỉnh Thái Nguyên", "province": "Thái Nguyên",
 "issued": "2023-02-20", "title": "Thông tin, tuyên truyền về ASEAN năm 2023 trên sóng phát thanh, truyền hình và các nền tảng số của Đài",
 "period": {"start": 2023, "end": 2023},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
           {"number": "171/KH-UBND", "type": "Kế hoạch", "date": "2021-11-10"},
           {"number": "245/STTTT-TTBCXB", "type": "Công văn", "date": "2023-02-06"}],
 "signer": {"name": "Trần Thị Minh Huệ", "position": "Phó Giám đốc"},
 "note": "Header 'UBND TỈNH THÁI NGUYÊN' (parent) / 'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH' (issuer) → Đài Phát thanh và Truyền hình tỉnh Thái Nguyên (the annex also writes it so)."}
ORG = ["Phòng Biên tập - Thời sự là đầu mối theo dõi, đôn đốc các phòng thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Giám đốc Đài báo cáo Sở Thông tin và Truyền thông trước ngày 30/11/2023",
       "Phòng Kế hoạch - Tài chính bảo đảm kinh phí sản xuất chương trình; hướng dẫn thanh, quyết toán theo quy định",
       "Các phòng nghiệp vụ chủ động xây dựng kịch bản, bố trí nhân lực thực hiện các chương trình được giao; báo cáo kết quả về Phòng Biên tập - Thời sự trước ngày 20/11/2023"]
H3 = ["Sản xuất, phát sóng chương trình, chuyên mục về ASEAN", "Tiếp sóng chương trình của Trung ương", "Tuyên truyền trên các nền tảng số",
      "Bồi dưỡng nghiệp vụ cho phóng viên, biên tập viên", "Phóng sự về hợp tác của tỉnh với các nước ASEAN"]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
 S("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")] + [S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(H3)] + [
 S("IV", "IV.", "KINH PHÍ", 1, "budget"), S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [
 S(f"V.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
for s in sections[-3:]: s["note"] = "Numbered paragraph with no separate heading: title is its first sentence."
TS = A("Phòng Biên tập - Thời sự"); CD = A("Phòng Chuyên đề"); PT = A("Phòng Phát thanh"); NDS = A("Phòng Nội dung số"); KT = A("Phòng Kỹ thuật - Công nghệ")
PNV = A("Các phòng nghiệp vụ", coll=True)
def tf(text, s, e): return {"text": text, "start": s, "end": e}
PLT = ["Chuyên mục “Thái Nguyên hội nhập” với chủ đề ASEAN",
 "Phóng sự nhiều kỳ “Doanh nghiệp Thái Nguyên với thị trường ASEAN”",
 "Chương trình “Cộng đồng ASEAN - Chia sẻ và kết nối”",
 "Tọa đàm “Chuyển đổi số, thương mại điện tử - cơ hội đưa nông sản Thái Nguyên vào thị trường ASEAN”",
 "Phim tài liệu “Chè Thái Nguyên - Hành trình đến với bạn bè ASEAN”",
 "Tin, bài, video ngắn về Hội nghị Cấp cao ASEAN lần thứ 42, 43 và các sự kiện của ASEAN năm 2023",
 "Chuyên mục “Câu chuyện ASEAN”: giới thiệu nhân vật, câu chuyện thực tiễn của lưu học sinh Lào, Campuchia đang học tập tại Đại học Thái Nguyên và người dân, doanh nghiệp hưởng lợi từ hợp tác ASEAN",
 "Trailer, băng rôn điện tử chào mừng 56 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2023)"]
PLX = [(CD, KT, tf("Tháng 3 - 12/2023", "2023-03-01", "2023-12-31")),
       (TS, KT, tf("Quý II/2023", "2023-04-01", "2023-06-30")),
       (PT, NDS, tf("Tháng 3 - 12/2023", "2023-03-01", "2023-12-31")),
       (CD, A("Sở Công Thương"), tf("Tháng 8/2023", "2023-08-01", "2023-08-31")),
       (CD, A("Hiệp hội Chè Thái Nguyên"), tf("Quý IV/2023", "2023-10-01", "2023-12-31")),
       (NDS, TS, tf("Năm 2023", "2023-01-01", "2023-12-31")),
       (PT, A("Đại học Thái Nguyên"), tf("Quý II - IV/2023", "2023-04-01", "2023-12-31")),
       (KT, NDS, tf("Từ 01/8 đến 10/8/2023", "2023-08-01", "2023-08-10"))]
tasks = [
 T("III.1", H3[0], [PNV], [], None, note="The text opens with 'Các phòng nghiệp vụ' as the actor → a collective lead. It points to the annex, but the annex rows are numbered on their own (see PL.*)."),
 T("III.2", H3[1], [KT], [TS]),
 T("III.3", H3[2], [NDS], []),
 T("III.4", H3[3], [A("Phòng Tổ chức - Hành chính")], []),
 T("III.5", H3[4], [TS], [A("Sở Ngoại vụ"), A("Sở Công Thương")], tf("quý III/2023", "2023-07-01", "2023-09-30"),
   note="'hoàn thành trong quý III/2023' closes the one-sentence task: its window (and a period deadline)."),
] + [T(f"PL.{i+1}", PLT[i], [PLX[i][0]], [PLX[i][1]], PLX[i][2]) for i in range(8)]
tasks[5]["note"] = ("Annex numbered independently of the body (STT 1-8 are programmes, not the body's tasks 1-5: row 1 is a TV column, body task 1 is "
                    "'produce programmes per the annex'), so every row is a PL. task.")
assignments = [
 ASG(TS, "V.1", ["là đầu mối theo dõi, đôn đốc các phòng thực hiện Kế hoạch", "tổng hợp kết quả, tham mưu Giám đốc Đài báo cáo Sở Thông tin và Truyền thông trước ngày 30/11/2023"]),
 ASG(A("Phòng Kế hoạch - Tài chính"), "V.2", ["bảo đảm kinh phí sản xuất chương trình", "hướng dẫn thanh, quyết toán theo quy định"]),
 ASG(PNV, "V.3", ["chủ động xây dựng kịch bản, bố trí nhân lực thực hiện các chương trình được giao", "báo cáo kết quả về Phòng Biên tập - Thời sự trước ngày 20/11/2023"]),
]
deadlines = [
 D("quý III/2023", "period", "III.5", "thực hiện loạt phóng sự về hoạt động xúc tiến đầu tư, thương mại của tỉnh với các nước ASEAN", start="2023-07-01", end="2023-09-30"),
 D("01 kỳ/tháng", "recurring", "PL.1", PLT[0], rec="monthly"),
 D("Tháng 3 - 12/2023", "period", "PL.1", PLT[0], start="2023-03-01", end="2023-12-31"),
 D("Quý II/2023", "period", "PL.2", PLT[1], start="2023-04-01", end="2023-06-30"),
 D("02 kỳ/tháng", "recurring", "PL.3", PLT[2], rec="monthly"),
 D("Tháng 3 - 12/2023", "period", "PL.3", PLT[2], start="2023-03-01", end="2023-12-31"),
 D("Tháng 8/2023", "period", "PL.4", "Tọa đàm “Chuyển đổi số, thương mại điện tử - cơ hội đưa nông sản Thái Nguyên vào thị trường ASEAN”", start="2023-08-01", end="2023-08-31"),
 D("Quý IV/2023", "period", "PL.5", PLT[4], start="2023-10-01", end="2023-12-31"),
 D("Ít nhất 04 tin, bài/tháng", "recurring", "PL.6", PLT[5], rec="monthly"),
 D("Năm 2023", "period", "PL.6", PLT[5], start="2023-01-01", end="2023-12-31"),
 D("01 kỳ/quý", "recurring", "PL.7", "Chuyên mục “Câu chuyện ASEAN”", rec="quarterly"),
 D("Quý II - IV/2023", "period", "PL.7", "Chuyên mục “Câu chuyện ASEAN”", start="2023-04-01", end="2023-12-31"),
 D("Phát hằng ngày", "recurring", "PL.8", "Trailer, băng rôn điện tử chào mừng 56 năm Ngày thành lập ASEAN", rec="daily",
   note="Daily airing inside the 01/8-10/8/2023 window. '(08/8/1967 - 08/8/2023)' narrates the anniversary."),
 D("Từ 01/8 đến 10/8/2023", "period", "PL.8", "Trailer, băng rôn điện tử chào mừng 56 năm Ngày thành lập ASEAN", start="2023-08-01", end="2023-08-10"),
 D("trước ngày 30/11/2023", "due", "V.1", "tham mưu Giám đốc Đài báo cáo Sở Thông tin và Truyền thông", due="2023-11-30"),
 D("trước ngày 20/11/2023", "due", "V.3", "báo cáo kết quả về Phòng Biên tập - Thời sự", due="2023-11-20"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí đặt hàng sản xuất chương trình phát thanh, truyền hình năm 2023 do UBND tỉnh giao cho Đài và nguồn thu sự nghiệp của Đài", "section": "IV"}],
 "amounts": [{"text": "185.000.000 đồng", "vnd": 185000000}],
 "note": "Provincial commissioning money ('kinh phí đặt hàng … do UBND tỉnh giao') → state_budget; the Đài's own service revenue ('nguồn thu sự nghiệp của Đài') → unit_budget."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "covered",
      [("II", "Chủ đề ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng”; các hoạt động của ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam")]),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "covered",
      [("II", "Hợp tác ASEAN trong ứng phó với dịch bệnh, phục hồi kinh tế sau đại dịch COVID-19")], note="An own content bullet."),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "covered",
      [("II", "Những câu chuyện thực tiễn, nhân vật điển hình về lợi ích mà hợp tác ASEAN mang lại cho người dân, doanh nghiệp tỉnh Thái Nguyên"),
       ("PL.7", PLT[6])]),
 area("B04", "ASEAN Community identity and belonging", "partial",
      [("I", "góp phần hình thành ý thức về một Cộng đồng ASEAN chung, gắn kết và chia sẻ")], note="Only in the purposes."),
 area("B05", "Promote the province to ASEAN members and partners", "covered", [("PL.5", PLT[4])]),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "covered",
      [("PL.4", PLT[3]), ("II", "Cơ hội, thách thức đối với doanh nghiệp, hợp tác xã của tỉnh trong chuyển đổi số, thương mại điện tử và tham gia thị trường ASEAN")]),
 area("B07", "Portals and new media", "covered",
      [("III.3", "Phòng Nội dung số chủ trì đăng tải, chia sẻ các sản phẩm về ASEAN của Đài trên Trang thông tin điện tử thainguyentv.vn, Fanpage, kênh YouTube, TikTok của Đài")]),
 area("B08", "Visual propaganda on ASEAN days", "covered", [("PL.8", PLT[7])], note="Electronic banners and a trailer for the ASEAN Day; no flags or posters."),
 area("B09", "Training and capacity building for propaganda staff", "covered",
      [("III.4", "cử phóng viên, biên tập viên tham gia các lớp bồi dưỡng nghiệp vụ thông tin đối ngoại, tuyên truyền về ASEAN")]),
 area("B10", "Contests and youth activities on ASEAN", "missing", note="Lao and Cambodian students appear only as subjects of a radio column (PL.7), not as an activity for youth."),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "partial",
      [("III.5", "thực hiện loạt phóng sự về hoạt động xúc tiến đầu tư, thương mại của tỉnh với các nước ASEAN")],
      note="The Đài only reports on promotion activities (a topic of a reportage task); it holds no event."),
 area("B12", "Counter distorted views", "missing"),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
      [("I", "phối hợp chặt chẽ với các sở, ngành, địa phương trong cung cấp thông tin")], note="Only in the purposes."),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section IV KINH PHÍ (đặt hàng of UBND tỉnh; nguồn thu sự nghiệp; 185.000.000 đồng)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
 chk("S4", "pass", "V.1: báo cáo Sở Thông tin và Truyền thông trước ngày 30/11/2023"),
 chk("S5", "pass", "III.1-III.5 each open with or name a room in charge; every annex row PL.1-PL.8 has a Phòng chủ trì"),
 chk("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg and provincial plan 171/KH-UBND")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "implements provincial plan 171/KH-UBND (2021-2025)", "year 2023 inside 2021-2025"]})
