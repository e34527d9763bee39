import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "thai-nguyen_3518-KH-UBND_2019_asean-congbao"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
TTTT = lambda: A("Sở Thông tin và Truyền thông")
BTG = lambda: A("Ban Tuyên giáo Tỉnh ủy")
NGV = lambda: A("Sở Ngoại vụ")
KHDT = lambda: A("Sở Kế hoạch và Đầu tư")

m = meta("3518/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Thái Nguyên", "Thái Nguyên", "2019-09-19",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Thái Nguyên",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Nguyễn Thanh Bình", "position": "Phó Chủ tịch"})
m["note"] = ("Reprint in the provincial gazette: the running header 'CÔNG BÁO/Số 45 + 46/Ngày 15-10-2019', the page numbers and the "
             "gazette banner 'PHẦN VĂN BẢN KHÁC / ỦY BAN NHÂN DÂN TỈNH' are gazette furniture, not the plan: the number and date come from "
             "the plan's own Decree-30 header block.")

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Only bullets below it: no tasks."),
        SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
T = [
 ("Tăng cường cơ chế phối hợp thông tin tuyên truyền về ASEAN", [TTTT()], [BTG()], None),
 ("Tuyên truyền trên báo chí, phát thanh, truyền hình", [A("Báo Thái Nguyên"), A("Đài Phát thanh - Truyền hình tỉnh")], [],
  TF("từ tháng 10/2019 đến hết năm 2020", "2019-10-01", "2020-12-31")),
 ("Chia sẻ dữ liệu, tuyên truyền trên Cổng thông tin điện tử và mạng xã hội", [A("Cổng Thông tin điện tử tỉnh")], [TTTT()], None),
 ("Lồng ghép tuyên truyền trong hoạt động của Mặt trận và các đoàn thể",
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), A("Tỉnh đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")], [], None),
 ("Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [TTTT()], [A("Hội Nhà báo tỉnh"), NGV()], TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("Thông tin cho doanh nghiệp về Trụ cột Kinh tế ASEAN", [A("Sở Công Thương")], [KHDT(), A("Hiệp hội Doanh nghiệp tỉnh")],
  TF("trong năm 2020", "2020-01-01", "2020-12-31")),
 ("Tuyên truyền trong trường học", [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh đoàn"), A("Đại học Thái Nguyên")], None),
 ("Giao lưu văn hóa, triển lãm và tuyên truyền cổ động trực quan", [A("Sở Văn hóa, Thể thao và Du lịch")], [NGV()], None),
 ("Xuất bản ấn phẩm, quảng bá hình ảnh tỉnh", [NGV()], [KHDT(), A("Sở Công Thương")], None),
 ("Theo dõi dư luận, phản bác thông tin sai trái", [A("Công an tỉnh")], [BTG()], None),
]
tasks = []
for i, (title, lead, sup, tf) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf))
tasks[3]["note"] = "Four bodies open the sentence as actors ('Ủy ban Mặt trận …, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh lồng ghép …'): all four are leads."
tasks[6]["note"] = "Lead from the opening actor; 'phối hợp với Tỉnh đoàn, Đại học Thái Nguyên tổ chức cuộc thi' gives support. The contest deadline 'trước ngày 30/5/2020' is a due date, not a timeframe."
tasks[7]["note"] = "'nhân kỷ niệm Ngày thành lập ASEAN' is event-triggered timing, not a deadline."
secs += [SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
         SEC("V.2", "2.", "Sở Tài chính", 2),
         SEC("V.3", "3.", "Các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thành phố, thị xã", 2),
         SEC("V.4", "4.", "Đề nghị Ban Tuyên giáo Tỉnh ủy và Hội Nhà báo tỉnh phối hợp chỉ đạo, định hướng các cơ quan báo chí địa phương thông tin về ASEAN đúng định hướng, kịp thời", 2,
             note="Numbered paragraph without a heading: title = its (only) sentence.")]

d3 = ["Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch triển khai",
      "Gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 20/6 và ngày 20/11 hằng năm để tổng hợp"]
d4 = ["phối hợp chỉ đạo, định hướng các cơ quan báo chí địa phương thông tin về ASEAN đúng định hướng, kịp thời"]
asg = [
 ASG(TTTT(), "V.1", ["Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                     "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 05/12/2019 (đối với năm 2019) và trước ngày 05/12/2020 (đối với năm 2020)"]),
 ASG(A("Sở Tài chính"), "V.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành, đoàn thể tỉnh", coll=True), "V.3", d3, note="Heading names two collectives separated by ';': split into two assignments."),
 ASG(A("Ủy ban nhân dân các huyện, thành phố, thị xã", coll=True), "V.3", d3),
 ASG(BTG(), "V.4", d4, note="'Đề nghị X và Y …': one assignment per agency."),
 ASG(A("Hội Nhà báo tỉnh"), "V.4", d4),
]
dls = [
 DL("từ tháng 10/2019 đến hết năm 2020", "period", "III.2", "Tuyên truyền trên báo chí, phát thanh, truyền hình", start="2019-10-01", end="2020-12-31"),
 DL("Quý IV/2019", "period", "III.5", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2019-10-01", end="2019-12-31"),
 DL("trong năm 2020", "period", "III.6", "Thông tin cho doanh nghiệp về Trụ cột Kinh tế ASEAN", start="2020-01-01", end="2020-12-31"),
 DL("trước ngày 30/5/2020", "due", "III.7", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên", due="2020-05-30"),
 DL("trước ngày 05/12/2019", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="2019-12-05"),
 DL("trước ngày 05/12/2020", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="2020-12-05"),
 DL("trước ngày 20/6 và ngày 20/11 hằng năm", "due", "V.3", "Gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--06-20", rec="yearly"),
 DL("trước ngày 20/6 và ngày 20/11 hằng năm", "due", "V.3", "Gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-20", rec="yearly"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách tỉnh giao cho các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; đồng thời huy động nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "IV"}],
       "amounts": [{"text": "850 triệu đồng", "vnd": 850000000}]}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "covered", "III.1", "xây dựng cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc; định hướng các cơ quan báo chí về những trọng tâm cần thông tin về ASEAN theo từng giai đoạn"),
 AREA("A02", "covered", "III.3", "là đầu mối chia sẻ cơ sở dữ liệu, tin, bài với Cổng thông tin ASEAN Việt Nam và kho dữ liệu chung"),
 AREA("A03", "covered", "III.3", "giới thiệu Ứng dụng và Fanpage \"ASEAN và Việt Nam\" tới người dân, phát trực tiếp (livestream) các sự kiện về ASEAN do tỉnh tổ chức trên mạng xã hội"),
 AREA("A04", "covered", "III.4", "lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, hội nghị, sinh hoạt chi hội, tối đa hóa tính lan tỏa tới thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "III.5", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ làm công tác thông tin cơ sở"),
 AREA("A06", "covered", "III.6", "tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN, Mạng lưới thông tin doanh nghiệp ASEAN (ASEAN BIS) cho doanh nghiệp"),
 AREA("A07", "covered", "III.7", "lồng ghép nội dung về ASEAN vào hoạt động ngoại khóa; phối hợp với Tỉnh đoàn, Đại học Thái Nguyên tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên",
      note="No student exchanges or degree recognition, but extra-curricular content and a contest are own commitments."),
 AREA("A08", "covered", "III.7", "xây dựng Góc ASEAN tại thư viện các trường trung học phổ thông trên địa bàn tỉnh"),
 AREA("A09", "covered", "III.2", "Mở chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam; sản xuất phim tài liệu"),
 AREA("A10", "covered", "III.8", "treo băng rôn, khẩu hiệu, pa nô, áp phích tại trung tâm thành phố Thái Nguyên, thành phố Sông Công"),
 AREA("A11", "covered", "III.6", "hỗ trợ doanh nghiệp tham gia hội chợ, hoạt động xúc tiến thương mại tại các nước ASEAN"),
 AREA("A12", "covered", "III.9", "biên soạn, in ấn, phát hành tờ rơi, ấn phẩm tuyên truyền song ngữ Việt - Anh"),
 AREA("A13", "covered", "II", "Chủ đề của ASEAN năm 2019 \"Hợp tác vì sự bền vững\" và năm 2020; các Hội nghị Cấp cao ASEAN và sự kiện quan trọng của ASEAN; vai trò Chủ tịch ASEAN 2020 của Việt Nam và kỷ niệm 25 năm Việt Nam gia nhập ASEAN",
      note="A content bullet of section II (kind content), an enumerated content item: covered."),
 AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN; thành tựu sau hơn 50 năm hình thành và phát triển; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN"),
 AREA("A15", "covered", "III.10", "nắm bắt dư luận xã hội, kịp thời phản bác thông tin sai trái, xuyên tạc về ASEAN"),
 AREA("A16", "covered", "III.9", "giới thiệu tiềm năng, thế mạnh của tỉnh, danh mục dự án kêu gọi đầu tư và đặc sản chè Thái Nguyên"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN (26/6/2019) and Công văn 03/BTTTT-BCĐASEAN", "period 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020; dòng chảy chính của công tác hội nhập ASEAN; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (ngân sách tỉnh, xã hội hóa, 850 triệu đồng)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
                   ("S4", "pass", "V.1: báo cáo UBND tỉnh và Bộ TT&TT trước ngày 05/12/2019 and 05/12/2020; V.3 trước ngày 20/6 và 20/11 hằng năm"),
                   ("S5", "pass", "every task III.1-III.10 has a lead"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN")])
write_gold(NAME, P, AU, SRC)
