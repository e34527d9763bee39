import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from extract import text_of

NAME = "hoa-binh_215-KH-SCT_2020_asean-webformnfd"
SRC = text_of(STAGE / f"{NAME}.txt")   # NFC, NBSP -> space; zero-width spaces kept
QLTM = lambda: A("Phòng Quản lý thương mại")
TTKC = lambda: A("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp")
VPS = lambda: A("Văn phòng Sở")
m = meta("215/KH-SCT", "Kế hoạch", "Sở Công Thương tỉnh Hòa Bình", "Hòa Bình", "2020-03-05",
         "Tuyên truyền, quảng bá ASEAN năm 2020 trong lĩnh vực công thương trên địa bàn tỉnh Hòa Bình",
         {"start": 2020, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "168/KH-UBND", "type": "Kế hoạch", "date": "2019-10-30"}],
         {"name": "Bùi Văn Thắng", "position": "Phó Giám đốc"})
m["note"] = ("The file is NFD with NBSP and a few U+200B; gold is NFC with ordinary spaces. Header columns come one after the other: "
             "UBND TỈNH HÒA BÌNH / SỞ CÔNG THƯƠNG / Số: 215/KH-SCT, then CỘNG HÒA … / Độc lập … / Hòa Bình, ngày 05 tháng 3 năm 2020. "
             "Issuer = the body's line plus the locality of the parent line.")
T = [
 ("Phổ biến các cam kết kinh tế trong ASEAN cho doanh nghiệp", [QLTM()], [TTKC(), A("Hiệp hội Doanh nghiệp tỉnh")], "Quý II/2020", ("2020-04-01", "2020-06-30")),
 ("Hỗ trợ doanh nghiệp tham gia hội chợ, xúc tiến thương mại", [TTKC()], [QLTM()], "Năm 2020", ("2020-01-01", "2020-12-31")),
 ("Quảng bá sản phẩm đặc sản, sản phẩm OCOP của tỉnh Hòa Bình", [QLTM()],
  [A("Phòng Quản lý công nghiệp"), A("Phòng Kế hoạch - Tài chính")], "Năm 2020", ("2020-01-01", "2020-12-31")),
 ("Hướng dẫn doanh nghiệp ứng dụng thương mại điện tử", [QLTM()], [TTKC()], "Quý III/2020", ("2020-07-01", "2020-09-30")),
 ("Thông tin trên Trang thông tin điện tử của Sở", [VPS()], [A("Các phòng, đơn vị thuộc Sở", coll=True)], "Thường xuyên", None),
 ("Biên soạn, phát hành tài liệu tuyên truyền", [TTKC()], [QLTM()], "Quý II/2020", ("2020-04-01", "2020-06-30")),
 ("Cử cán bộ tham gia tập huấn", [VPS()], [], "Theo kế hoạch của Bộ Công Thương", None),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG, NHIỆM VỤ", 1, "tasks")]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget", note="Printed 'III.' + U+200B + space + title."),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Văn phòng Sở", 2), SEC("IV.2", "2.", "Các phòng, đơn vị thuộc Sở", 2),
         SEC("IV.3", "3.", "Đề nghị Hiệp hội Doanh nghiệp tỉnh", 2)]
secs[3]["note"] = "kind 'tasks': 'NỘI DUNG, NHIỆM VỤ' holds numbered activities with chủ trì/phối hợp/thời gian fields (kind 'content' would give the same tasks)."
tasks, dls = [], []
for i, (title, lead, sup, when, tf) in enumerate(T, 1):
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(when, *tf) if tf else None))
    if tf:
        dls.append(DL(when, "period", f"II.{i}", title, start=tf[0], end=tf[1]))
tasks[0]["note"] = "Roles from the '- Đơn vị chủ trì:' / '- Đơn vị phối hợp:' lines (NBSP after the dash); units of the Sở keep their own names."
tasks[4]["note"] = "'Thời gian: Thường xuyên' is no window."
tasks[6]["note"] = "'Theo kế hoạch của Bộ Công Thương' is no time constraint; no phối hợp line."
dls += [
 DL("trước ngày 05/12/2020", "due", "IV.1", "tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh, Sở Thông tin và Truyền thông", due="2020-12-05"),
 DL("trước ngày 25/11/2020", "due", "IV.2", "gửi báo cáo kết quả về Văn phòng Sở", due="2020-11-25"),
]
asg = [
 ASG(VPS(), "IV.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
                     "tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh, Sở Thông tin và Truyền thông trước ngày 05/12/2020"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.2", ["Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết, tổ chức thực hiện",
                                                         "gửi báo cáo kết quả về Văn phòng Sở trước ngày 25/11/2020"]),
 ASG(A("Hiệp hội Doanh nghiệp tỉnh"), "IV.3", ["Phối hợp thông tin tới hội viên",
                                               "giới thiệu doanh nghiệp tham gia các hội nghị, hội chợ do Sở Công Thương tổ chức"]),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện được bố trí từ nguồn kinh phí khuyến công địa phương và xúc tiến thương mại năm 2020 thuộc ngân sách tỉnh (dự kiến 120 triệu đồng), kinh phí chi thường xuyên của Sở và nguồn xã hội hóa", "section": "III"}],
       "amounts": [{"text": "120 triệu đồng", "vnd": 120000000}],
       "note": "Provincial-budget programme funds (state_budget), the Sở's regular expenditure (unit_budget), socialisation."}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("A01", "missing", note="No coordination mechanism across levels/sectors and no orienting of the press."),
 AREA("A02", "covered", "II.5", "khai thác, chia sẻ thông tin từ Cổng thông tin ASEAN Việt Nam và cơ sở dữ liệu chung về ASEAN"),
 AREA("A03", "missing", note="No app, Fanpage, livestream or social network."),
 AREA("A04", "partial", "II.1", "lồng ghép nội dung về ASEAN trong các hội nghị, tập huấn khác của ngành",
      note="Integration into the sector's own conferences only, as a tail clause of II.1; no talks or mass organisations (as Tây Ninh A04)."),
 AREA("A05", "covered", "II.7", "Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("A06", "covered", "II.1", "Tổ chức 02 hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa"),
 AREA("A07", "missing", note="No schools or youth."),
 AREA("A08", "missing", note="No ASEAN Corner."),
 AREA("A09", "covered", "II.5", "Duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở Công Thương",
      note="A column on the department's own website; no press or broadcasting. Partial is arguable."),
 AREA("A10", "missing", note="No cultural/sports exchange or visual propaganda; the fairs and exhibitions of II.2 are trade promotion (A11)."),
 AREA("A11", "covered", "II.2", "Hỗ trợ doanh nghiệp, hợp tác xã của tỉnh tham gia hội chợ, triển lãm tại các nước ASEAN (Lào, Thái Lan) và các hội chợ quốc tế tổ chức tại Việt Nam; tăng cường quảng bá hình ảnh ASEAN"),
 AREA("A12", "covered", "II.6", "Biên soạn, in ấn 2.000 tờ gấp “Doanh nghiệp Hòa Bình với thị trường ASEAN”"),
 AREA("A13", "partial", "I.1", "Góp phần tuyên truyền năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020",
      note="Only in the purposes."),
 AREA("A14", "partial", "I.1", "vai trò, vị thế của ASEAN", note="Only in the purposes."),
 AREA("A15", "missing", note="Nothing on false information or public opinion."),
 AREA("A16", "covered", "II.3", "Giới thiệu, quảng bá các sản phẩm đặc sản, sản phẩm OCOP của tỉnh"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and the Hòa Bình provincial plan 168/KH-UBND", "period 2020 within 2019-2020",
                         "fingerprints: nắm bắt được cơ hội để phát triển, Chủ tịch ASEAN 2020, Cổng thông tin ASEAN Việt Nam"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (120 triệu đồng)"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 3 assignments"),
                   ("S4", "pass", "IV.1 báo cáo trước ngày 05/12/2020; IV.2 trước ngày 25/11/2020"),
                   ("S5", "pass", "every task II.1-II.7 names an Đơn vị chủ trì"),
                   ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019)")])
write_gold(NAME, P, AU, SRC)
