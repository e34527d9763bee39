"""Gold for plan 1 (Yên Bái 176/KH-UBND, portal HTML). Every value below was decided by hand from the text;
write_gold() only refuses quotes that are not verbatim in the rendered text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "yen-bai_176-KH-UBND_2019_asean-vbplportal"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

STTTT = lambda t="Sở Thông tin và Truyền thông": A("Sở Thông tin và Truyền thông", t)
BTG = lambda: A("Ban Tuyên giáo Tỉnh ủy")
Y1920 = lambda: TF("Năm 2019 - 2020", "2019-01-01", "2020-12-31")

m = meta("176/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Yên Bái", "Yên Bái", "2019-08-02",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Yên Bái",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Hà Đức Toàn", "position": "Phó Chủ tịch"})
m["note"] = ("Portal page: the banner, menu, breadcrumb, the portal's own h1 title and 'Ngày đăng: 05/08/2019' line, the related-documents list "
             "and the footer (licence 45/GP-TTĐT ngày 18/4/2017) are site furniture, not the plan. Issue date from the header cell "
             "'Yên Bái, ngày 02 tháng 8 năm 2019', not from the posting date. 'Xét đề nghị … Tờ trình số 58/TTr-STTTT' is not basis (spec).")

T = [
 ("Tăng cường công tác chỉ đạo, phối hợp thông tin về ASEAN", [STTTT()], [BTG(), A("Hội Nhà báo tỉnh")], Y1920(), None),
 ("Thông tin trên báo chí và Cổng Thông tin điện tử tỉnh",
  [A("Báo Yên Bái"), A("Đài Phát thanh và Truyền hình tỉnh"), A("Văn phòng Ủy ban nhân dân tỉnh")], [STTTT()], None,
  "Three leads in one comma list; the parenthesis after Văn phòng UBND tỉnh ('Cổng Thông tin điện tử tỉnh') names the portal it runs and is not a fourth agency. 'Thường xuyên' is not a window."),
 ("Chia sẻ cơ sở dữ liệu, tuyên truyền trên các phương tiện truyền thông mới", [STTTT()],
  [A("Các sở, ban, ngành", coll=True), A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], Y1920(), None),
 ("Lồng ghép tuyên truyền trong hoạt động của Mặt trận và các đoàn thể",
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), A("Tỉnh đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")], [], None,
  "The lead field opens with 'Đề nghị' (the province cannot order the Front and mass organisations); the four bodies are still the leads. 'Định kỳ hằng quý' is a recurring deadline, not a window."),
 ("Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [STTTT()], [BTG()], TF("Quý IV/2019", "2019-10-01", "2019-12-31"), None),
 ("Thông tin về ASEAN cho cộng đồng doanh nghiệp", [A("Sở Công Thương")],
  [A("Sở Kế hoạch và Đầu tư"), A("Hiệp hội Doanh nghiệp tỉnh")], TF("Năm 2020", "2020-01-01", "2020-12-31"), None),
 ("Tuyên truyền về ASEAN trong trường học", [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh đoàn")], Y1920(), None),
 ("Hoạt động văn hóa, thể thao và tuyên truyền cổ động trực quan", [A("Sở Văn hóa, Thể thao và Du lịch")],
  [A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], TF("Tháng 01 - tháng 8/2020", "2020-01-01", "2020-08-31"),
  "'(08/8)' names the ASEAN Day being celebrated; the task's own window is the time field."),
 ("Quảng bá hình ảnh tỉnh Yên Bái, xúc tiến đầu tư, thương mại, du lịch", [A("Sở Kế hoạch và Đầu tư")],
  [A("Sở Công Thương"), A("Sở Văn hóa, Thể thao và Du lịch")], Y1920(),
  "Support list 'Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch' is split between names, not at every comma."),
 ("Nắm bắt dư luận, đấu tranh phản bác thông tin sai trái", [A("Công an tỉnh")], [STTTT(), BTG()], None, None),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content",
            note="Only '-' bullets below it: no numbered items, so no sections or tasks under II."),
        SEC("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ", 1, "tasks")]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
         SEC("V.2", "2.", "Sở Tài chính", 2),
         SEC("V.3", "3.", "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố", 2),
         SEC("V.4", "4.", "Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2)]

D3 = ["Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch cụ thể để triển khai thực hiện",
      "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]
D4 = ["Phối hợp chỉ đạo, định hướng công tác tuyên truyền về ASEAN trong hệ thống chính trị",
      "tuyên truyền, vận động đoàn viên, hội viên tích cực tham gia các hoạt động hưởng ứng Năm Chủ tịch ASEAN 2020"]
asg = [
 ASG(STTTT(), "V.1", ["Là cơ quan thường trực, chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này",
                      "Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "V.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành", coll=True), "V.3", D3, note="Heading names two collectives separated by ';': two assignments with the same duties."),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True), "V.3", D3),
 ASG(BTG(), "V.4", D4, note="'Đề nghị X, Y và Z': one assignment per agency."),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "V.4", D4),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "V.4", D4),
]
dls = [
 DL("Năm 2019 - 2020", "period", "III.1", "Tăng cường công tác chỉ đạo, phối hợp thông tin về ASEAN", start="2019-01-01", end="2020-12-31"),
 DL("Năm 2019 - 2020", "period", "III.3", "Chia sẻ cơ sở dữ liệu, tuyên truyền trên các phương tiện truyền thông mới", start="2019-01-01", end="2020-12-31"),
 DL("Định kỳ hằng quý", "recurring", "III.4", "Lồng ghép tuyên truyền trong hoạt động của Mặt trận và các đoàn thể", rec="quarterly"),
 DL("Quý IV/2019", "period", "III.5", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2019-10-01", end="2019-12-31"),
 DL("Năm 2020", "period", "III.6", "Thông tin về ASEAN cho cộng đồng doanh nghiệp", start="2020-01-01", end="2020-12-31"),
 DL("Năm 2019 - 2020", "period", "III.7", "Tuyên truyền về ASEAN trong trường học", start="2019-01-01", end="2020-12-31"),
 DL("Tháng 01 - tháng 8/2020", "period", "III.8", "Hoạt động văn hóa, thể thao và tuyên truyền cổ động trực quan", start="2020-01-01", end="2020-08-31"),
 DL("Năm 2019 - 2020", "period", "III.9", "Quảng bá hình ảnh tỉnh Yên Bái, xúc tiến đầu tư, thương mại, du lịch", start="2019-01-01", end="2020-12-31"),
 DL("Hằng năm", "recurring", "IV", "các cơ quan, đơn vị xây dựng dự toán kinh phí gửi Sở Tài chính thẩm định", rec="yearly"),
 DL("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="--12-15", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "V.3", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]
dls[0]["note"] = ("'Thường xuyên' (III.2, III.10) is not a deadline. '(28/7/1995 - 28/7/2020)' in II and '(08/8)' in III.8 narrate "
                  "anniversaries; 'Năm 2020, kinh phí … dự kiến 150 triệu đồng' in IV names a budget year. None is a deadline.")
bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", "section": "IV"},
                   {"text": "lồng ghép trong kinh phí thực hiện nhiệm vụ chuyên môn của các cơ quan, đơn vị và huy động các nguồn hợp pháp khác", "section": "IV"}],
       "amounts": [{"text": "150 triệu đồng", "vnd": 150000000}]}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "covered", "III.1", "Xây dựng cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc trong công tác thông tin tuyên truyền về ASEAN"),
 AREA("A02", "covered", "III.3", "Chia sẻ dữ liệu, ấn phẩm truyền thông quảng bá về tỉnh Yên Bái lên Cổng thông tin ASEAN Việt Nam; khai thác kho dữ liệu chung tuyên truyền về ASEAN"),
 AREA("A03", "covered", "III.3", "chia sẻ tin, bài của Ứng dụng và Fanpage “ASEAN và Việt Nam” trên các trang mạng xã hội của cơ quan, đơn vị"),
 AREA("A04", "covered", "III.4", "Lồng ghép nội dung tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, hội nghị báo cáo viên, sinh hoạt chi đoàn, chi hội; chú trọng đối tượng thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "III.5", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, phóng viên, biên tập viên"),
 AREA("A06", "covered", "III.6", "Tổ chức hội nghị, tọa đàm phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, Cơ chế một cửa ASEAN, thương mại điện tử"),
 AREA("A07", "covered", "III.7", "Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa của các trường trung học cơ sở, trung học phổ thông; phát động học sinh tham gia cuộc thi tìm hiểu về ASEAN"),
 AREA("A08", "covered", "III.7", "xây dựng Góc ASEAN tại thư viện các trường trung học phổ thông"),
 AREA("A09", "covered", "III.2", "tổ chức tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam"),
 AREA("A10", "covered", "III.8", "Tổ chức giao lưu văn hóa, văn nghệ, triển lãm ảnh về các nước ASEAN"),
 AREA("A11", "covered", "III.9", "Tham gia các hội chợ, hội nghị xúc tiến đầu tư, thương mại, du lịch tại các nước ASEAN"),
 AREA("A12", "missing", note="No publications or leaflets: nothing commits to printing or issuing ASEAN materials."),
 AREA("A13", "covered", "II", "Năm Chủ tịch ASEAN 2020 của Việt Nam và kỷ niệm 25 năm Việt Nam gia nhập ASEAN",
      note="Own content bullet on the year's events and themes; III.2 and III.8 also commit to coverage and banners on the Chairmanship."),
 AREA("A14", "partial", "I.1", "về đất nước, con người các nước thành viên ASEAN",
      note="ASEAN's role, achievements and pillars are never a content item; the countries and peoples appear only in the purposes and as the subject of documentaries inside III.2."),
 AREA("A15", "covered", "III.10", "kịp thời phát hiện, đấu tranh phản bác các thông tin sai trái, xuyên tạc trên không gian mạng"),
 AREA("A16", "covered", "III.9", "giới thiệu tiềm năng, thế mạnh, dự án kêu gọi đầu tư của tỉnh và các sản phẩm du lịch đặc trưng"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and Công văn 03/BTTTT-BCĐASEAN", "period 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020; dòng chảy chính của công tác hội nhập ASEAN; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 7 assignments"),
                   ("S4", "pass", "V.1: báo cáo UBND tỉnh và Bộ TT&TT trước ngày 15/12 hằng năm; V.3: gửi báo cáo trước ngày 30/11 hằng năm"),
                   ("S5", "pass", "every task III.1-III.10 has a lead (Cơ quan chủ trì field)"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN")])
write_gold(NAME, P, AU, SRC)
