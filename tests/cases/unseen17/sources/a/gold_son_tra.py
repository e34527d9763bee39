"""Hand gold for UBND quận Sơn Trà 2786/KH-UBND (portal HTML). Every value typed by hand; write_gold only checks that each
quote is verbatim in the page text (tags stripped, entities unescaped)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "da-nang_son-tra_2786-KH-UBND_2019_asean-quanportal"
SRC = delivered_text(NAME, "html")
VHTT = lambda: A("Phòng Văn hóa và Thông tin quận")
TTVH = lambda: A("Trung tâm Văn hóa - Thể thao quận")
PH = lambda: A("Ủy ban nhân dân các phường", "UBND các phường", coll=True)
GD = lambda: A("Phòng Giáo dục và Đào tạo quận")
KT = lambda: A("Phòng Kinh tế quận")
MT = lambda: A("Ủy ban Mặt trận Tổ quốc Việt Nam quận", "Ủy ban MTTQ Việt Nam quận")
DT = lambda: A("Các đoàn thể chính trị - xã hội quận", "các đoàn thể chính trị - xã hội quận", coll=True)
m = meta("2786/KH-UBND", "Kế hoạch", "Ủy ban nhân dân quận Sơn Trà", "Đà Nẵng", "2019-10-09",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn quận Sơn Trà", {"start": 2019, "end": 2020},
         [{"number": "6543/KH-UBND", "type": "Kế hoạch", "date": "2019-09-06"},
          {"number": "1456/STTTT-TTBCXB", "type": "Công văn", "date": "2019-09-20"}],
         {"name": "Lê Thị Bích Thuận", "position": "Phó Chủ tịch"})
m["note"] = "Header 'ỦY BAN NHÂN DÂN' / 'QUẬN SƠN TRÀ'; the date line names the district. The portal's post date (10/10/2019) is not the issue date."
R = [
 ("Tuyên truyền về ASEAN, Năm Chủ tịch ASEAN 2020 của Việt Nam trên hệ thống truyền thanh quận và các phường", [TTVH()], [PH()], TF("Năm 2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Cập nhật tin, bài về ASEAN trên Trang thông tin điện tử quận và Fanpage “Sơn Trà ngày nay”", [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận", "Văn phòng HĐND và UBND quận")], [VHTT()], None),
 ("Trang trí cổ động trực quan, treo băng rôn, pa nô chào mừng Năm Chủ tịch ASEAN 2020 trên các tuyến đường Võ Nguyên Giáp, Ngô Quyền, Phạm Văn Đồng", [VHTT()], [TTVH(), PH()], TF("Tháng 4 - 6/2020", "2020-04-01", "2020-06-30")),
 ("Phổ biến cho doanh nghiệp du lịch, cơ sở lưu trú trên địa bàn quận về các cam kết của ASEAN trong lĩnh vực du lịch, Thỏa thuận công nhận lẫn nhau về nghề du lịch (MRA-TP)", [KT()], [VHTT()], TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("Quảng bá hình ảnh, tiềm năng du lịch của quận (bán đảo Sơn Trà, chùa Linh Ứng, chợ đêm Sơn Trà, bãi biển Phạm Văn Đồng) đến du khách các nước ASEAN", [VHTT()], [KT()], TF("Năm 2020", "2020-01-01", "2020-12-31")),
 ("Tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh các trường trung học cơ sở", [GD()], [A("Quận đoàn Sơn Trà")], TF("Năm học 2019 - 2020", "2019-09-01", "2020-05-31")),
 ("Xây dựng “Góc ASEAN” tại Thư viện quận và thư viện các trường trung học cơ sở", [TTVH()], [GD()], TF("Quý II/2020", "2020-04-01", "2020-06-30")),
 ("Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Mặt trận, các đoàn thể và tổ dân phố", [MT(), DT()], [PH()], TF("Năm 2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Nắm bắt dư luận xã hội, phản bác thông tin sai trái, xuyên tạc liên quan đến ASEAN và các sự kiện của ASEAN trên địa bàn", [A("Công an quận")], [VHTT()], None),
]
tasks = [TASK(f"III.{i}", t, l, s, tf) for i, (t, l, s, tf) in enumerate(R, 1)]
tasks[0]["note"] = "Rows of the task table inside Part III: ids III.<TT>; the header row is not a task."
tasks[1]["note"] = "'Thường xuyên' is not a window."
tasks[5]["note"] = "'Năm học 2019 - 2020': school year, September to May."
tasks[7]["note"] = "The lead cell names the Front and a collective of organisations: two lead entries."
tasks[8]["note"] = "'Thường xuyên' is not a window."
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
        SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"), SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Phòng Văn hóa và Thông tin quận", 2), SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch quận", 2),
        SEC("V.3", "3.", "Các cơ quan, đơn vị được phân công tại Mục III", 2),
        SEC("V.4", "4.", "Đề nghị Ủy ban MTTQ Việt Nam quận và các đoàn thể chính trị - xã hội quận", 2),
        SEC("V.5", "5.", "UBND các phường", 2)]
asg = [
 ASG(VHTT(), "V.1", ["Là cơ quan thường trực, tham mưu UBND quận hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch",
                     "tổng hợp, báo cáo UBND quận và Sở Thông tin và Truyền thông thành phố trước ngày 30/11/2019 và trước ngày 30/11/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch quận"), "V.2", ["Tham mưu UBND quận bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các cơ quan, đơn vị được phân công tại Mục III", coll=True), "V.3",
     ["Chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện",
      "báo cáo kết quả về Phòng Văn hóa và Thông tin quận trước ngày 20/11 hằng năm để tổng hợp"]),
 ASG(MT(), "V.4", ["Phối hợp tuyên truyền trong đoàn viên, hội viên và Nhân dân về các nội dung của Kế hoạch"],
     note="'Đề nghị X và Y': one assignment per addressee."),
 ASG(DT(), "V.4", ["Phối hợp tuyên truyền trong đoàn viên, hội viên và Nhân dân về các nội dung của Kế hoạch"]),
 ASG(PH(), "V.5", ["Tổ chức tuyên truyền trên hệ thống loa truyền thanh phường, tại các cuộc họp tổ dân phố",
                   "treo băng rôn, khẩu hiệu tại trụ sở và nơi công cộng"]),
]
dls = []
for i, (t, l, s, tf) in enumerate(R, 1):
    if tf:
        dls.append(DL(tf["text"], "period", f"III.{i}", t, start=tf["start"], end=tf["end"]))
dls += [
 DL("trước ngày 30/11/2019", "due", "V.1", "báo cáo UBND quận và Sở Thông tin và Truyền thông thành phố", due="2019-11-30"),
 DL("trước ngày 30/11/2020", "due", "V.1", "báo cáo UBND quận và Sở Thông tin và Truyền thông thành phố", due="2020-11-30"),
 DL("trước ngày 20/11 hằng năm", "due", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin quận", due="--11-20", rec="yearly"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện được bố trí trong dự toán ngân sách quận năm 2019, năm 2020 giao cho các cơ quan, đơn vị", "section": "IV"},
                   {"text": "huy động nguồn xã hội hóa từ các doanh nghiệp du lịch trên địa bàn", "section": "IV"}],
       "amounts": [],
       "note": "District budget -> state_budget; 'nguồn xã hội hóa từ các doanh nghiệp' -> socialization only."}
areas = [
 AREA("A01", "partial", "V.1", "Là cơ quan thường trực, tham mưu UBND quận hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch",
      note="Only a focal office; no vertical/horizontal mechanism, no orienting of the press."),
 AREA("A02", "missing"),
 AREA("A03", "covered", "III.2", "Cập nhật tin, bài về ASEAN trên Trang thông tin điện tử quận và Fanpage “Sơn Trà ngày nay”",
      note="The task commits to posting on the district's Fanpage."),
 AREA("A04", "covered", "III.8", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Mặt trận, các đoàn thể và tổ dân phố"),
 AREA("A05", "missing"),
 AREA("A06", "covered", "III.4", "Phổ biến cho doanh nghiệp du lịch, cơ sở lưu trú trên địa bàn quận về các cam kết của ASEAN trong lĩnh vực du lịch"),
 AREA("A07", "covered", "III.6", "Tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh các trường trung học cơ sở"),
 AREA("A08", "covered", "III.7", "Xây dựng “Góc ASEAN” tại Thư viện quận và thư viện các trường trung học cơ sở"),
 AREA("A09", "covered", "III.1", "Tuyên truyền về ASEAN, Năm Chủ tịch ASEAN 2020 của Việt Nam trên hệ thống truyền thanh quận và các phường"),
 AREA("A10", "covered", "III.3", "Trang trí cổ động trực quan, treo băng rôn, pa nô chào mừng Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "missing", note="Row III.5 promotes the district's tourism (A16); no fairs, trade or investment promotion."),
 AREA("A12", "missing"),
 AREA("A13", "covered", "II", "Năm Chủ tịch ASEAN 2020 của Việt Nam với chủ đề “Gắn kết và chủ động thích ứng”; các Hội nghị Cấp cao ASEAN lần thứ 36, 37 và các sự kiện quan trọng của ASEAN năm 2020; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN; những thành tựu của Cộng đồng ASEAN trên ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; đất nước, con người các nước thành viên ASEAN"),
 AREA("A15", "covered", "III.9", "Nắm bắt dư luận xã hội, phản bác thông tin sai trái, xuyên tạc liên quan đến ASEAN"),
 AREA("A16", "covered", "III.5", "Quảng bá hình ảnh, tiềm năng du lịch của quận (bán đảo Sơn Trà, chùa Linh Ứng, chợ đêm Sơn Trà, bãi biển Phạm Văn Đồng) đến du khách các nước ASEAN",
      note="The district promotes itself (the area's 'province' read at district level)."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
          ("S4", "pass", "V.1 báo cáo trước ngày 30/11/2019 và 30/11/2020; V.3 trước ngày 20/11 hằng năm"),
          ("S5", "pass", "every row III.1-III.9 has a Cơ quan chủ trì"),
          ("S6", "pass", "basis cites the city plan 6543/KH-UBND implementing the 2019-2020 ASEAN plan")]
au = audit(REF19, True, ["cites the city plan 6543/KH-UBND on ASEAN 2019-2020", "period 2019-2020",
                         "fingerprints: Năm Chủ tịch ASEAN 2020; 25 năm Việt Nam gia nhập ASEAN"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
