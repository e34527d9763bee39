"""Hand gold for Tỉnh đoàn Cà Mau 318-KH/TĐTN-BTG (PDF with landscape annex). Values typed by hand; write_gold checks
quotes against pdftotext -raw of the delivered PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "ca-mau_318-KH-TDTN-BTG_2023_asean-doanannex"
SRC = delivered_text(NAME, "pdf")
BTG = lambda: A("Ban Tuyên giáo Tỉnh đoàn")
TCKT = lambda: A("Ban Tổ chức - Kiểm tra Tỉnh đoàn")
TNTH = lambda: A("Ban Thanh niên trường học Tỉnh đoàn")
m = meta("318-KH/TĐTN-BTG", "Kế hoạch", "Ban Chấp hành Đoàn tỉnh Cà Mau", "Cà Mau", "2023-03-17",
         "Tuyên truyền về ASEAN trong đoàn viên, thanh niên tỉnh Cà Mau năm 2023", {"start": 2023, "end": 2023},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "148/KH-UBND", "type": "Kế hoạch", "date": "2022-08-26"}],
         {"name": "Lâm Thị Ngọc Diễm", "position": "Phó Bí thư"})
m["note"] = ("Đoàn header: 'BCH ĐOÀN TỈNH CÀ MAU' / '***' on the left, 'ĐOÀN TNCS HỒ CHÍ MINH' instead of the national motto on the "
             "right; Đoàn-style number kept as printed. 'Chương trình công tác Đoàn … năm 2023' has no number and is not basis. "
             "Signer 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ' -> Phó Bí thư.")
AN = "Lead, support and time from the annex row with the same STT and the same activity name (Phụ lục)."
T = [
 ("Cuộc thi trực tuyến \u201cTuổi trẻ Cà Mau tìm hiểu về Cộng đồng ASEAN\u201d", [BTG()],
  [TNTH(), A("Sở Giáo dục và Đào tạo")], TF("Tháng 7 - 8/2023", "2023-07-01", "2023-08-31"), AN),
 ("Chuỗi tuyên truyền \u201cKhám phá ASEAN\u201d trên mạng xã hội", [BTG()], [A("Văn phòng Tỉnh đoàn")],
  TF("Tháng 4 - 6/2023", "2023-04-01", "2023-06-30"), AN),
 ("Diễn đàn \u201cThanh niên Cà Mau - Khởi nghiệp và hội nhập ASEAN\u201d", [A("Ban Phong trào Tỉnh đoàn")],
  [A("Hội Doanh nhân trẻ tỉnh"), A("Sở Công Thương")], TF("Quý III/2023", "2023-07-01", "2023-09-30"), AN),
 ("Sinh hoạt chủ điểm \u201cTuổi trẻ với Cộng đồng ASEAN\u201d trong trường học", [TNTH()],
  [A("Các Đoàn trường trung học phổ thông, cao đẳng, đại học", "Các Đoàn trường THPT, cao đẳng, đại học", True)],
  TF("Tháng 8/2023", "2023-08-01", "2023-08-31"),
  AN + " 'nhân dịp kỷ niệm 56 năm Ngày thành lập ASEAN' in the body gives no date of its own."),
 ("Tập huấn kỹ năng tuyên truyền về ASEAN trên không gian mạng", [BTG()], [TCKT()],
  TF("Quý II/2023", "2023-04-01", "2023-06-30"), AN),
 ("Đấu tranh, phản bác các quan điểm sai trái trên không gian mạng", [BTG()],
  [A("Các Đội hình thanh niên tình nguyện trên không gian mạng", coll=True), A("Công an tỉnh")], None,
  AN + " Time 'Thường xuyên' is not a window. The body names the volunteer teams only as those whose role is promoted, so they are support as in the annex."),
 ("Giới thiệu đoàn viên tham gia các chương trình giao lưu thanh niên khu vực", [TCKT()],
  [A("Hội Liên hiệp Thanh niên Việt Nam tỉnh")], None,
  AN + " 'Theo thông báo của Trung ương Đoàn' is no time."),
]
tasks = [TASK(f"III.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no numbered items, so no tasks."),
        SEC("III", "III.", "CÁC HOẠT ĐỘNG TRỌNG TÂM", 1, "tasks")]
secs += [SEC(f"III.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("IV", "IV.", "KINH PHÍ", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Ban Tuyên giáo Tỉnh đoàn", 2),
         SEC("V.2", "2.", "Các Ban, Văn phòng, đơn vị trực thuộc Tỉnh đoàn", 2),
         SEC("V.3", "3.", "Các Huyện đoàn, Thành đoàn, Đoàn trực thuộc", 2)]
asg = [
 ASG(BTG(), "V.1", ["Tham mưu Ban Thường vụ Tỉnh đoàn triển khai Kế hoạch",
                    "chủ trì các hoạt động được phân công tại Phụ lục kèm theo",
                    "Theo dõi, đôn đốc các cơ sở Đoàn thực hiện",
                    "tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh đoàn và Ban Tuyên giáo Trung ương Đoàn trước ngày 30/11/2023"]),
 ASG(A("Các Ban, Văn phòng, đơn vị trực thuộc Tỉnh đoàn", coll=True), "V.2",
     ["Căn cứ nhiệm vụ được phân công tại Phụ lục, chủ động phối hợp với Ban Tuyên giáo Tỉnh đoàn tổ chức thực hiện"]),
 ASG(A("Các Huyện đoàn, Thành đoàn, Đoàn trực thuộc", coll=True), "V.3",
     ["Xây dựng kế hoạch triển khai phù hợp với tình hình thực tế của đơn vị",
      "hưởng ứng, vận động đoàn viên, thanh niên tham gia Cuộc thi trực tuyến và theo dõi Chuỗi tuyên truyền \u201cKhám phá ASEAN\u201d",
      "Báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh đoàn (qua Ban Tuyên giáo) trước ngày 15/11/2023"],
     note="One collective heading (the grassroots Đoàn units); not split at the commas."),
]
dls = [
 DL("Tháng 7 - 8/2023", "period", "III.1", "Cuộc thi trực tuyến \u201cTuổi trẻ Cà Mau tìm hiểu về Cộng đồng ASEAN\u201d", start="2023-07-01", end="2023-08-31",
    note="From the annex row 1 (attached to the body task)."),
 DL("Tháng 4 - 6/2023", "period", "III.2", "Chuỗi tuyên truyền \u201cKhám phá ASEAN\u201d trên mạng xã hội", start="2023-04-01", end="2023-06-30"),
 DL("Quý III/2023", "period", "III.3", "Diễn đàn \u201cThanh niên Cà Mau - Khởi nghiệp và hội nhập ASEAN\u201d", start="2023-07-01", end="2023-09-30"),
 DL("Tháng 8/2023", "period", "III.4", "Sinh hoạt chủ điểm \u201cTuổi trẻ với Cộng đồng ASEAN\u201d trong trường học", start="2023-08-01", end="2023-08-31"),
 DL("Quý II/2023", "period", "III.5", "Tập huấn kỹ năng tuyên truyền về ASEAN trên không gian mạng", start="2023-04-01", end="2023-06-30"),
 DL("trước ngày 30/11/2023", "due", "V.1", "báo cáo Ban Thường vụ Tỉnh đoàn và Ban Tuyên giáo Trung ương Đoàn", due="2023-11-30"),
 DL("trước ngày 15/11/2023", "due", "V.3", "Báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh đoàn (qua Ban Tuyên giáo)", due="2023-11-15"),
]
bud = {"present": True, "section": "IV", "sources": ["unit_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn kinh phí hoạt động năm 2023 của Tỉnh đoàn; các cơ sở Đoàn chủ động bố trí từ nguồn kinh phí của đơn vị và vận động xã hội hóa", "section": "IV"}],
       "amounts": [{"text": "62.000.000 đồng", "vnd": 62000000}],
       "note": "The Tỉnh đoàn's and the grassroots units' operating funds -> unit_budget; 'vận động xã hội hóa' -> socialization. The amount written again in words is one amount."}
areas = [
 AREA("B01", "covered", "II", "Chủ đề năm ASEAN 2023 \u201cASEAN tầm vóc: Tâm điểm tăng trưởng\u201d; kết quả hợp tác ASEAN trên ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam trong ASEAN",
      note="A content bullet of the plan's own content section."),
 AREA("B02", "missing"),
 AREA("B03", "covered", "III.3", "Tổ chức diễn đàn giới thiệu những mô hình, câu chuyện thành công của thanh niên khởi nghiệp"),
 AREA("B04", "covered", "II", "những nét tương đồng về văn hóa, truyền thống giữa các dân tộc trong khu vực, góp phần vun đắp ý thức về một cộng đồng chung"),
 AREA("B05", "partial", "III.3", "xuất khẩu nông, thủy sản (tôm, cua, khô, mật ong rừng U Minh Hạ) sang thị trường các nước ASEAN",
      note="Local products appear only as the subject of the young entrepreneurs' stories; nothing promotes the province to ASEAN partners."),
 AREA("B06", "covered", "II", "dịch chuyển lao động có kỹ năng, công nhận lẫn nhau về trình độ nghề, kinh tế số, thương mại điện tử"),
 AREA("B07", "covered", "III.2", "đăng tải trên Fanpage \u201cTuổi trẻ Cà Mau\u201d, kênh TikTok và các nhóm Zalo của cơ sở Đoàn"),
 AREA("B08", "missing"),
 AREA("B09", "covered", "III.5", "Tổ chức 01 lớp tập huấn cho đội ngũ báo cáo viên, tuyên truyền viên, cán bộ Đoàn chủ chốt các cấp về kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "covered", "III.1", "Tổ chức cuộc thi trắc nghiệm trực tuyến trên phần mềm thi của Tỉnh đoàn dành cho đoàn viên, thanh niên, học sinh, sinh viên"),
 AREA("B11", "partial", "III.4", "ngày hội văn hóa các nước ASEAN",
      note="A culture day only inside the school activity; III.7 sends members to exchanges organised by the central Đoàn. No fairs, exhibitions or promotion events."),
 AREA("B12", "covered", "III.6", "kịp thời phát hiện, đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam"),
 AREA("B13", "missing", note="Only internal coordination with Ban Tuyên giáo Tỉnh đoàn (V.2); nothing on coordination among departments, localities and media."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section IV KINH PHÍ (62.000.000 đồng)"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
          ("S4", "pass", "V.1 báo cáo trước ngày 30/11/2023; V.3 trước ngày 15/11/2023"),
          ("S5", "pass", "every task III.1-III.7 gets a lead from the matching annex row"),
          ("S6", "pass", "basis cites 1160/QĐ-TTg and the provincial plan 148/KH-UBND")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg and Cà Mau's plan 148/KH-UBND (2022-2025)", "period 2023 within 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; 3 trụ cột; kinh tế số"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
