"""Hand gold for LĐLĐ tỉnh Nam Định 47/KH-LĐLĐ (PDF). Every value typed by hand; write_gold only checks that each quote
is verbatim in pdftotext -raw of the delivered PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "nam-dinh_47-KH-LDLD_2022_asean-congdoanpdf"
SRC = delivered_text(NAME, "pdf")
BTG = lambda: A("Ban Tuyên giáo Liên đoàn Lao động tỉnh", "Ban Tuyên giáo LĐLĐ tỉnh")
VP = lambda: A("Văn phòng Liên đoàn Lao động tỉnh", "Văn phòng LĐLĐ tỉnh")
m = meta("47/KH-LĐLĐ", "Kế hoạch", "Liên đoàn Lao động tỉnh Nam Định", "Nam Định", "2022-03-22",
         "Thông tin, tuyên truyền về ASEAN trong công nhân, viên chức, lao động giai đoạn 2022 - 2025", {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "139/KH-UBND", "type": "Kế hoạch", "date": "2021-11-15"},
          {"number": "3713/TLĐ", "type": "Công văn", "date": "2021-12-29"}],
         {"name": "Trần Thị Minh Nguyệt", "position": "Phó Chủ tịch"})
m["note"] = "Header 'TỔNG LĐLĐ VIỆT NAM' (parent) / 'LĐLĐ TỈNH NAM ĐỊNH' (issuer), spelled out. Signed 'TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH'."
T = [
 ("Ban Tuyên giáo LĐLĐ tỉnh biên soạn đề cương, tài liệu tuyên truyền về Cộng đồng ASEAN, chủ đề năm ASEAN hằng năm, ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam trong ASEAN; cung cấp cho các cấp công đoàn trong quý II hằng năm",
  [BTG()], [], None, "'trong quý II hằng năm' recurs every year: a yearly recurring deadline, not a window."),
 ("Ban Chính sách - Pháp luật LĐLĐ tỉnh chủ trì, phối hợp với Công đoàn các Khu công nghiệp tỉnh thông tin cho công nhân lao động tại các khu công nghiệp Hòa Xá, Bảo Minh, Mỹ Trung về dịch chuyển lao động trong ASEAN, tiêu chuẩn lao động trong các hiệp định thương mại tự do, yêu cầu kỹ năng trong chuyển đổi số của doanh nghiệp; các chính sách hỗ trợ phục hồi việc làm sau đại dịch COVID-19",
  [A("Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh", "Ban Chính sách - Pháp luật LĐLĐ tỉnh")],
  [A("Công đoàn các Khu công nghiệp tỉnh")], TF("năm 2022 - 2025", "2022-01-01", "2025-12-31"), None),
 ("Các cấp công đoàn trong tỉnh lồng ghép tuyên truyền về ASEAN trong sinh hoạt công đoàn, hội nghị báo cáo viên, các hoạt động “Tháng Công nhân” (tháng 5 hằng năm) và các diễn đàn, đối thoại giữa người lao động với người sử dụng lao động",
  [A("Các cấp công đoàn trong tỉnh", coll=True)], [], None,
  "'(tháng 5 hằng năm)' only says when the Workers' Month falls (event timing): no window, no deadline."),
 ("Ban Tuyên giáo LĐLĐ tỉnh phối hợp với Ban Nữ công LĐLĐ tỉnh tổ chức Cuộc thi trực tuyến tìm hiểu “CNVCLĐ Nam Định với Cộng đồng ASEAN” trên nền tảng số; thời gian tổ chức: quý III/2023",
  [BTG()], [A("Ban Nữ công Liên đoàn Lao động tỉnh", "Ban Nữ công LĐLĐ tỉnh")], TF("quý III/2023", "2023-07-01", "2023-09-30"), None),
 ("Văn phòng LĐLĐ tỉnh duy trì chuyên mục “Công đoàn với hội nhập” trên Trang thông tin điện tử và Fanpage của Liên đoàn Lao động tỉnh; chia sẻ tin, bài qua các nhóm Zalo của cán bộ công đoàn cơ sở",
  [VP()], [], None, None),
 ("Ban Tổ chức LĐLĐ tỉnh tham mưu biểu dương, giới thiệu các tập thể, cá nhân công nhân lao động tiêu biểu trong các doanh nghiệp có vốn đầu tư của các nước ASEAN trên địa bàn tỉnh; xây dựng tin, bài về các câu chuyện, mô hình hay trong xây dựng quan hệ lao động hài hòa, nhân dịp kỷ niệm Ngày thành lập Công đoàn Việt Nam (28/7) hằng năm",
  [A("Ban Tổ chức Liên đoàn Lao động tỉnh", "Ban Tổ chức LĐLĐ tỉnh")], [], None,
  "'nhân dịp kỷ niệm … (28/7) hằng năm' is timing tied to an anniversary: not a deadline (shared-gold convention on 'nhân các sự kiện')."),
 ("Ban Tuyên giáo LĐLĐ tỉnh chủ động nắm bắt tình hình tư tưởng, dư luận trong CNVCLĐ; định hướng thông tin, đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chủ trương hội nhập quốc tế của Đảng, Nhà nước trên không gian mạng",
  [BTG()], [], None, None),
 ("Cử cán bộ làm công tác tuyên giáo công đoàn tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Tổng Liên đoàn Lao động Việt Nam, Ban Tuyên giáo Tỉnh ủy tổ chức; lồng ghép nội dung về ASEAN trong chương trình bồi dưỡng cán bộ công đoàn cơ sở",
  [], [], None, "No actor: the TLĐ and the provincial Ban Tuyên giáo organise the courses, they are not leads of this task."),
]
tasks = [TASK(f"2.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs = [SEC("1", "1.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("1.1", "1.1.", "Mục đích", 2), SEC("1.2", "1.2.", "Yêu cầu", 2),
        SEC("2", "2.", "NỘI DUNG VÀ NHIỆM VỤ", 1, "tasks")]
secs += [SEC(f"2.{i}", f"2.{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("3", "3.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("4", "4.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("4.1", "4.1.", "Ban Tuyên giáo LĐLĐ tỉnh", 2), SEC("4.2", "4.2.", "Văn phòng LĐLĐ tỉnh", 2),
         SEC("4.3", "4.3.", "Liên đoàn Lao động các huyện, thành phố; công đoàn ngành và tương đương", 2)]
secs[0]["note"] = "No Roman headings: the Arabic parts 1.-4. are the level-1 sections; their dotted items are level 2."
D43 = ["Căn cứ Kế hoạch này, xây dựng kế hoạch triển khai phù hợp với tình hình thực tế",
       "chỉ đạo công đoàn cơ sở tổ chức thực hiện",
       "báo cáo kết quả về LĐLĐ tỉnh (qua Ban Tuyên giáo) trước ngày 10/11 hằng năm"]
asg = [
 ASG(BTG(), "4.1", ["Là đầu mối tham mưu Ban Thường vụ LĐLĐ tỉnh triển khai Kế hoạch",
                    "hướng dẫn, theo dõi, đôn đốc các cấp công đoàn thực hiện",
                    "tổng hợp, báo cáo Tổng Liên đoàn Lao động Việt Nam và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 20/11 hằng năm"]),
 ASG(VP(), "4.2", ["Phối hợp với Ban Tài chính LĐLĐ tỉnh tham mưu bố trí kinh phí thực hiện Kế hoạch",
                   "bảo đảm điều kiện kỹ thuật cho Trang thông tin điện tử của LĐLĐ tỉnh"]),
 ASG(A("Liên đoàn Lao động các huyện, thành phố", coll=True), "4.3", D43,
     note="The heading joins two separate collectives with ';': one assignment each."),
 ASG(A("Công đoàn ngành và tương đương", "công đoàn ngành và tương đương", coll=True), "4.3", D43),
]
dls = [
 DL("trong quý II hằng năm", "recurring", "2.1", "cung cấp cho các cấp công đoàn", rec="yearly",
    note="A quarter that recurs every year: recurring, yearly."),
 DL("năm 2022 - 2025", "period", "2.2", "thông tin cho công nhân lao động tại các khu công nghiệp Hòa Xá, Bảo Minh, Mỹ Trung", start="2022-01-01", end="2025-12-31"),
 DL("quý III/2023", "period", "2.4", "tổ chức Cuộc thi trực tuyến tìm hiểu “CNVCLĐ Nam Định với Cộng đồng ASEAN”", start="2023-07-01", end="2023-09-30"),
 DL("trước ngày 20/11 hằng năm", "due", "4.1", "báo cáo Tổng Liên đoàn Lao động Việt Nam và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông)", due="--11-20", rec="yearly"),
 DL("trước ngày 10/11 hằng năm", "due", "4.3", "báo cáo kết quả về LĐLĐ tỉnh (qua Ban Tuyên giáo)", due="--11-10", rec="yearly"),
]
bud = {"present": True, "section": "3", "sources": ["unit_budget", "sponsorship"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn tài chính công đoàn được phân bổ hằng năm cho hoạt động tuyên truyền của LĐLĐ tỉnh và các cấp công đoàn", "section": "3"},
                   {"text": "vận động tài trợ của các doanh nghiệp", "section": "3"},
                   {"text": "Dự kiến kinh phí tổ chức Cuộc thi trực tuyến năm 2023 là 85 triệu đồng", "section": "3"}],
       "amounts": [{"text": "85 triệu đồng", "vnd": 85000000}],
       "note": "Trade-union finance is the organisation's own money -> unit_budget (not state budget); 'vận động tài trợ' -> sponsorship (enterprise not added: the firms are sponsors)."}
areas = [
 AREA("B01", "covered", "2.1", "tài liệu tuyên truyền về Cộng đồng ASEAN, chủ đề năm ASEAN hằng năm, ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam trong ASEAN"),
 AREA("B02", "partial", "2.2", "các chính sách hỗ trợ phục hồi việc làm sau đại dịch COVID-19",
      note="One clause inside the industrial-zone task, about domestic recovery policy."),
 AREA("B03", "covered", "2.6", "biểu dương, giới thiệu các tập thể, cá nhân công nhân lao động tiêu biểu trong các doanh nghiệp có vốn đầu tư của các nước ASEAN trên địa bàn tỉnh"),
 AREA("B04", "partial", "1.1", "góp phần xây dựng nhận thức, cảm nhận về một Cộng đồng ASEAN chung", note="Only in the purposes."),
 AREA("B05", "missing"),
 AREA("B06", "covered", "2.2", "về dịch chuyển lao động trong ASEAN, tiêu chuẩn lao động trong các hiệp định thương mại tự do, yêu cầu kỹ năng trong chuyển đổi số của doanh nghiệp"),
 AREA("B07", "covered", "2.5", "duy trì chuyên mục “Công đoàn với hội nhập” trên Trang thông tin điện tử và Fanpage của Liên đoàn Lao động tỉnh"),
 AREA("B08", "missing"),
 AREA("B09", "covered", "2.8", "Cử cán bộ làm công tác tuyên giáo công đoàn tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "covered", "2.4", "tổ chức Cuộc thi trực tuyến tìm hiểu “CNVCLĐ Nam Định với Cộng đồng ASEAN” trên nền tảng số",
      note="An ASEAN knowledge contest (for workers rather than students)."),
 AREA("B11", "missing"),
 AREA("B12", "covered", "2.7", "đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chủ trương hội nhập quốc tế của Đảng, Nhà nước trên không gian mạng"),
 AREA("B13", "partial", "1.2", "Các cấp công đoàn phối hợp chặt chẽ với các cơ quan thông tin, báo chí và các sở, ngành của tỉnh trong quá trình triển khai",
      note="Only a requirement in the purposes."),
]
checks = [("S1", "pass", "part 1 MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "part 3 KINH PHÍ THỰC HIỆN"),
          ("S3", "pass", "part 4 TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "4.1 báo cáo trước ngày 20/11 hằng năm; 4.3 trước ngày 10/11 hằng năm"),
          ("S5", "fail", "task 2.8 has no lead"),
          ("S6", "pass", "basis cites 1160/QĐ-TTg and the provincial plan 139/KH-UBND")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 within 2021-2025", "fingerprints: chuyển đổi số; COVID-19; nền tảng số"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
