import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "dak-lak_2315-KH-SVHTTDL_2019_asean-phonephoto"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
TTVH = lambda: A("Trung tâm Văn hóa tỉnh")
VPS = lambda: A("Văn phòng Sở Văn hóa, Thể thao và Du lịch", "Văn phòng Sở")

m = meta("2315/KH-SVHTTDL", "Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "Đắk Lắk", "2019-11-05",
         "Tuyên truyền, quảng bá ASEAN trong lĩnh vực văn hóa, thể thao và du lịch giai đoạn 2019-2020",
         {"start": 2019, "end": 2020},
         [{"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"},
          {"number": "9870/KH-UBND", "type": "Kế hoạch", "date": "2019-10-18"}],
         {"name": "Trần Thị Minh Hạnh", "position": "Phó Giám đốc"})
m["note"] = "Image-only PDF (phone photo of the printed plan): every value must be read by OCR."

T = [
 ("II.1", "Tuyên truyền cổ động trực quan", [TTVH()], [], TF("quý I/2020", "2020-01-01", "2020-03-31"),
  "'Đơn vị thực hiện: Trung tâm Văn hóa tỉnh' with no other lead named: read as the lead (spec puts 'Đơn vị thực hiện' under support only when a separate lead is named)."),
 ("II.2", "Xây dựng Góc ASEAN tại Thư viện tỉnh", [A("Thư viện tỉnh")], [], None, None),
 ("II.3", "Triển lãm ảnh \"Đất nước, con người các nước ASEAN\"", [A("Bảo tàng tỉnh")], [A("Hội Văn học Nghệ thuật tỉnh")],
  TF("tháng 8/2020", "2020-08-01", "2020-08-31"), None),
 ("II.4", "Giao lưu văn hóa, thể thao", [A("Phòng Quản lý Thể dục thể thao")],
  [A("Trường Đại học Tây Nguyên"), A("Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh")], None, None),
 ("II.5", "Quảng bá du lịch Đắk Lắk tới thị trường ASEAN", [A("Phòng Quản lý Du lịch")],
  [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")], TF("năm 2020", "2020-01-01", "2020-12-31"), "Lead from 'là đầu mối'."),
 ("II.6", "Ấn phẩm tuyên truyền", [VPS()], [], None, "'Đơn vị thực hiện' read as lead, as in II.1."),
 ("II.7", "Tuyên truyền trên Trang thông tin điện tử của Sở và mạng xã hội", [VPS()], [], None, "Lead from the trailing '(Chủ trì: Văn phòng Sở)'."),
 ("II.8", "Lồng ghép tuyên truyền trong hoạt động thông tin lưu động", [TTVH()], [], None, "Lead from 'Giao Trung tâm Văn hóa tỉnh thực hiện'."),
]
tasks = [TASK(i, t, l, s, tf, note) for i, t, l, s, tf, note in T]
secs = [SEC("I", "PHẦN THỨ NHẤT", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose",
            note="'PHẦN THỨ NHẤT' on its own centred line, the title on the next line."),
        SEC("II", "PHẦN THỨ HAI", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", 1, "content",
            note="Heading combines content and forms; kind from its first part, content (tasks either way).")]
secs += [SEC(i, i.split(".")[1] + ".", t, 2) for i, t, *_ in T]
secs += [SEC("III", "PHẦN THỨ BA", "KINH PHÍ", 1, "budget"),
         SEC("IV", "PHẦN THỨ TƯ", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Quản lý Văn hóa", 2), SEC("IV.2", "2.", "Phòng Kế hoạch - Tài chính", 2),
         SEC("IV.3", "3.", "Các phòng, đơn vị trực thuộc Sở", 2)]
asg = [
 ASG(A("Phòng Quản lý Văn hóa"), "IV.1", ["Là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch",
     "tổng hợp báo cáo kết quả gửi Sở Thông tin và Truyền thông trước ngày 15/12/2019 và trước ngày 15/11/2020"]),
 ASG(A("Phòng Kế hoạch - Tài chính"), "IV.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch",
     "hướng dẫn các đơn vị thanh quyết toán theo quy định"]),
 ASG(A("Các phòng, đơn vị trực thuộc Sở", coll=True), "IV.3", ["Xây dựng kế hoạch chi tiết, triển khai thực hiện",
     "báo cáo kết quả về Sở (qua Phòng Quản lý Văn hóa) định kỳ 6 tháng"]),
]
dls = [
 DL("quý I/2020", "period", "II.1", "Tuyên truyền cổ động trực quan", start="2020-01-01", end="2020-03-31"),
 DL("trước ngày 31/3/2020", "due", "II.2", "Xây dựng Góc ASEAN tại Thư viện tỉnh", due="2020-03-31"),
 DL("tháng 8/2020", "period", "II.3", "Tổ chức triển lãm ảnh", start="2020-08-01", end="2020-08-31"),
 DL("năm 2020", "period", "II.5", "Quảng bá du lịch Đắk Lắk tới thị trường ASEAN", start="2020-01-01", end="2020-12-31"),
 DL("trước ngày 30/6/2020", "due", "II.6", "In ấn, phát hành tờ rơi, cẩm nang du lịch", due="2020-06-30"),
 DL("định kỳ hằng tuần", "recurring", "II.7", "cập nhật", rec="weekly"),
 DL("hằng tháng", "recurring", "II.8", "Giao Trung tâm Văn hóa tỉnh thực hiện", rec="monthly"),
 DL("trước ngày 15/12/2019", "due", "IV.1", "tổng hợp báo cáo kết quả gửi Sở Thông tin và Truyền thông", due="2019-12-15"),
 DL("trước ngày 15/11/2020", "due", "IV.1", "tổng hợp báo cáo kết quả gửi Sở Thông tin và Truyền thông", due="2020-11-15"),
 DL("định kỳ 6 tháng", "recurring", "IV.3", "báo cáo kết quả về Sở (qua Phòng Quản lý Văn hóa)", rec="semiannual"),
]
budget = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "socialization"],
          "clauses": [{"text": "Kinh phí được bố trí từ nguồn ngân sách nhà nước giao cho Sở năm 2020, lồng ghép trong kinh phí sự nghiệp văn hóa, thể thao và du lịch của các đơn vị; tranh thủ nguồn xã hội hóa", "section": "III"}],
          "amounts": [{"text": "350.000.000 đồng", "vnd": 350000000}],
          "note": "The amount is repeated in words '(Ba trăm năm mươi triệu đồng)': one amount."}
areas = [
 AREA("A01", "partial", "IV.1", "Là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch", note="Focal-point role only."),
 AREA("A02", "missing"),
 AREA("A03", "covered", "II.7", "chia sẻ thông tin, hình ảnh qua Fanpage \"Du lịch Đắk Lắk\""),
 AREA("A04", "partial", "II.8", "Lồng ghép phim tài liệu, thông tin về ASEAN trong các buổi chiếu phim lưu động",
      note="Integration into mobile film/information sessions for villagers, not into talks, meetings or mass organisations."),
 AREA("A05", "missing"),
 AREA("A06", "missing"),
 AREA("A07", "partial", "II.4", "có sự tham gia của lưu học sinh Lào, Campuchia đang học tập tại tỉnh",
      note="Students appear only as participants of a cultural/sports exchange; no school or contest activity."),
 AREA("A08", "covered", "II.2", "Xây dựng, duy trì Góc ASEAN với sách, báo, tài liệu về các nước ASEAN"),
 AREA("A09", "covered", "II.7", "Mở chuyên mục \"ASEAN\" trên Trang thông tin điện tử của Sở"),
 AREA("A10", "covered", "II.1", "Treo băng rôn, khẩu hiệu, pa nô, áp phích chào mừng Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "covered", "II.5", "tham gia Hội chợ Du lịch quốc tế Việt Nam và các hội chợ du lịch tại Thái Lan, Campuchia"),
 AREA("A12", "covered", "II.6", "In ấn, phát hành tờ rơi, cẩm nang du lịch song ngữ Việt - Anh giới thiệu ASEAN"),
 AREA("A13", "covered", "II.2", "tổ chức trưng bày sách chuyên đề \"Việt Nam - Chủ tịch ASEAN 2020\""),
 AREA("A14", "covered", "II.3", "Tổ chức triển lãm ảnh về đất nước, con người các nước ASEAN và thành tựu 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A15", "missing"),
 AREA("A16", "covered", "II.5", "Giới thiệu tiềm năng du lịch, Lễ hội Cà phê Buôn Ma Thuột, Không gian văn hóa Cồng chiêng Tây Nguyên tới các hãng lữ hành, du khách các nước ASEAN"),
]
a = audit(REF19, True, ["cites Công văn 03/BTTTT-BCĐASEAN (26/6/2019)", "period 2019-2020",
                        "fingerprints: dòng chảy chính của công tác hội nhập ASEAN; Chủ tịch ASEAN 2020"],
          areas,
          [("S1", "pass", "PHẦN THỨ NHẤT MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "PHẦN THỨ BA KINH PHÍ"),
           ("S3", "pass", "PHẦN THỨ TƯ TỔ CHỨC THỰC HIỆN with 3 assignments"),
           ("S4", "pass", "IV.1: báo cáo Sở TT&TT trước ngày 15/12/2019 và 15/11/2020"),
           ("S5", "pass", "every task II.1-II.8 names a lead (II.1 and II.6 through 'Đơn vị thực hiện')"),
           ("S6", "pass", "basis cites Công văn 03/BTTTT-BCĐASEAN")])
write_gold(NAME, plan(m, secs, tasks, asg, dls, budget), a, SRC)
