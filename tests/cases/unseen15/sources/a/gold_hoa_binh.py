"""Hand gold for Hòa Bình Sở VH,TT&DL 95/KH-SVHTTDL (LibreOffice DOCX). Values typed by hand; write_gold checks
quotes against python-docx text of the delivered file."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "hoa-binh_95-KH-SVHTTDL_2020_asean-unitroles"
SRC = delivered_text(NAME, "docx")
TVH = lambda: A("Trung tâm Văn hóa tỉnh")
m = meta("95/KH-SVHTTDL", "Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình", "Hòa Bình", "2020-02-20",
         "Tuyên truyền, quảng bá ASEAN năm 2020 của ngành Văn hóa, Thể thao và Du lịch", {"start": 2020, "end": 2020},
         [{"number": "186/KH-UBND", "type": "Kế hoạch", "date": "2019-12-25"},
          {"number": "312/UBND-VX", "type": "Công văn", "date": "2020-02-14"}],
         {"name": "Bùi Văn Thành", "position": "Phó Giám đốc"})
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
UNIT = "Field line '- Đơn vị thực hiện: X (chủ trì), Y (phối hợp).'"
T = [
 ("Xây dựng, duy trì Góc ASEAN tại Thư viện tỉnh", [A("Thư viện tỉnh")], [A("Phòng Quản lý Văn hóa")], None,
  UNIT + " 'Thời gian: hoàn thành … trước ngày 30/6/2020; duy trì thường xuyên' is a due date plus ongoing upkeep: no window."),
 ("Tổ chức triển lãm ảnh \"Việt Nam - ASEAN: 25 năm hội nhập và phát triển\"", [A("Bảo tàng tỉnh")], [TVH()],
  TF("tháng 7-8/2020", "2020-07-01", "2020-08-31"), UNIT),
 ("Tuyên truyền cổ động trực quan", [TVH()], [], None,
  "Actor opens the sentence. 'gửi Phòng Văn hóa và Thông tin các huyện, thành phố để thực hiện' names recipients, not a 'phối hợp' support."),
 ("Giao lưu văn hóa, thể thao", [A("Phòng Quản lý Thể dục thể thao")], [], TF("trong quý III/2020", "2020-07-01", "2020-09-30"),
  "'X chủ trì tham mưu tổ chức …'; the quarter times the whole (one-sentence) task."),
 ("Quảng bá du lịch Hòa Bình tới thị trường khách ASEAN", [A("Trung tâm Thông tin và Xúc tiến du lịch")], [A("Phòng Quản lý Du lịch")],
  TF("năm 2020", "2020-01-01", "2020-12-31"), UNIT),
 ("Lồng ghép tuyên truyền về ASEAN trong hoạt động văn hóa cơ sở", [A("Các phòng, đơn vị thuộc Sở", coll=True)], [], None,
  "A collective actor 'theo chức năng, nhiệm vụ' opens the sentence: collective lead."),
]
tasks = [TASK(f"II.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ", 1, "budget"), SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Quản lý Văn hóa", 2), SEC("IV.2", "2.", "Văn phòng Sở", 2),
         SEC("IV.3", "3.", "Các phòng, đơn vị thuộc Sở", 2), SEC("IV.4", "4.", "Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố", 2)]
asg = [
 ASG(A("Phòng Quản lý Văn hóa"), "IV.1",
     ["Là đầu mối, tham mưu Giám đốc Sở theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
      "phối hợp với Báo Hòa Bình, Đài Phát thanh và Truyền hình tỉnh đưa tin về các hoạt động",
      "tổng hợp, báo cáo kết quả gửi Sở Thông tin và Truyền thông trước ngày 20/11/2020 để tổng hợp báo cáo UBND tỉnh"]),
 ASG(A("Văn phòng Sở"), "IV.2", ["Hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định",
                               "đăng tải tin, bài về các hoạt động trên Trang thông tin điện tử của Sở và trang Fanpage \"Du lịch Hòa Bình\""]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.3",
     ["Căn cứ nhiệm vụ được phân công, xây dựng kế hoạch chi tiết, triển khai thực hiện",
      "báo cáo kết quả về Phòng Quản lý Văn hóa trước ngày 10/11/2020"]),
 ASG(A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True), "IV.4",
     ["Tham mưu UBND cấp huyện treo khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020 tại trung tâm các huyện, thành phố"],
     note="District offices of another level, addressed with 'Đề nghị': one collective assignee."),
]
dls = [
 DL("trước ngày 30/6/2020", "due", "II.1", "hoàn thành việc bổ sung tài liệu", due="2020-06-30"),
 DL("trước ngày 15/9/2020", "due", "II.2", "báo cáo kết quả về Sở (qua Phòng Quản lý Văn hóa)", due="2020-09-15",
    note="A reporting duty inside a task."),
 DL("tháng 7-8/2020", "period", "II.2", "Tổ chức triển lãm ảnh", start="2020-07-01", end="2020-08-31"),
 DL("khai mạc vào dịp kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/2020)", "period", "II.2", "khai mạc", start="2020-07-28", end="2020-07-28",
    note="A single dated event: one-day period."),
 DL("hoàn thành trước ngày 15/3/2020", "due", "II.3", "thiết kế, phát hành maket, khẩu hiệu tuyên truyền về Năm Chủ tịch ASEAN 2020", due="2020-03-15"),
 DL("trong quý III/2020", "period", "II.4", "tổ chức chương trình giao lưu văn nghệ, thể thao", start="2020-07-01", end="2020-09-30"),
 DL("năm 2020", "period", "II.5", "Quảng bá du lịch Hòa Bình tới thị trường khách ASEAN", start="2020-01-01", end="2020-12-31",
    note="Field line '- Thời gian: năm 2020.' of the task."),
 DL("trước ngày 20/11/2020", "due", "IV.1", "báo cáo kết quả gửi Sở Thông tin và Truyền thông", due="2020-11-20"),
 DL("trước ngày 10/11/2020", "due", "IV.3", "báo cáo kết quả về Phòng Quản lý Văn hóa", due="2020-11-10"),
]
bud = {"present": True, "section": "III", "sources": ["unit_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn kinh phí sự nghiệp văn hóa năm 2020 đã giao cho Sở và các đơn vị sự nghiệp trực thuộc", "section": "III"},
                   {"text": "huy động xã hội hóa đối với hoạt động giao lưu, triển lãm", "section": "III"},
                   {"text": "Tổng kinh phí dự kiến: 85.000.000 đồng (Tám mươi lăm triệu đồng chẵn)", "section": "III"}],
       "amounts": [{"text": "85.000.000 đồng", "vnd": 85000000}],
       "note": "Culture-service funds already allotted to the Sở and its units = unit_budget (as set 14a's Trà Vinh); socialization. The amount in words repeats the figure."}
areas = [
 AREA("A01", "missing"),
 AREA("A02", "missing"),
 AREA("A03", "partial", "IV.2", "trang Fanpage \"Du lịch Hòa Bình\"", note="A Fanpage only as the place where news of the activities is posted."),
 AREA("A04", "partial", "II.6", "lồng ghép tuyên truyền về ASEAN trong các buổi biểu diễn nghệ thuật, chiếu phim lưu động",
      note="Integration into cultural performances, not into talks, meetings or the mass organisations."),
 AREA("A05", "missing"),
 AREA("A06", "missing"),
 AREA("A07", "partial", "II.4", "giao lưu văn nghệ, thể thao với lưu học sinh các nước ASEAN",
      note="Foreign students only as partners in a cultural exchange; no school activity or contest."),
 AREA("A08", "covered", "II.1", "Xây dựng, duy trì Góc ASEAN tại Thư viện tỉnh"),
 AREA("A09", "partial", "IV.1", "phối hợp với Báo Hòa Bình, Đài Phát thanh và Truyền hình tỉnh đưa tin về các hoạt động",
      note="Press coverage of the plan's own events only; no ASEAN programme, column or relay."),
 AREA("A10", "covered", "II.2", "Tổ chức triển lãm ảnh \"Việt Nam - ASEAN: 25 năm hội nhập và phát triển\""),
 AREA("A11", "covered", "II.5", "tham gia Hội chợ Du lịch quốc tế Việt Nam - VITM Hà Nội 2020",
      note="An own clause committing to a tourism-promotion fair; partial is arguable since it promotes the province."),
 AREA("A12", "partial", "II.5", "biên soạn, in ấn 3.000 tờ rơi, ấn phẩm quảng bá du lịch bằng tiếng Anh",
      note="Leaflets promote the province's tourism, not ASEAN content."),
 AREA("A13", "partial", "II.3", "khẩu hiệu tuyên truyền về Năm Chủ tịch ASEAN 2020",
      note="The Chairmanship and the 25th anniversary appear only as topics of the slogans and the exhibition."),
 AREA("A14", "partial", "I", "về đất nước, con người, văn hóa các nước ASEAN", note="Purposes; in II.2 only as exhibition content."),
 AREA("A15", "missing"),
 AREA("A16", "covered", "II.5", "Quảng bá tiềm năng du lịch hồ Hòa Bình, Mai Châu và văn hóa Mường tới du khách các nước ASEAN"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ (culture-service funds allotted, socialization; 85.000.000 đồng)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "IV.1 report 'trước ngày 20/11/2020'; IV.3 'trước ngày 10/11/2020'; II.2 'trước ngày 15/9/2020'"),
          ("S5", "pass", "all 6 tasks name a lead (Đơn vị thực hiện … (chủ trì), or the opening actor)"),
          ("S6", "pass", "basis cites the provincial plan 186/KH-UBND on ASEAN 2019-2020")]
au = audit(REF19, True, ["implements the provincial plan 186/KH-UBND (ASEAN 2019-2020)", "period 2020 within 2019-2020",
                         "fingerprints: Năm Chủ tịch ASEAN 2020, 25 năm Việt Nam gia nhập ASEAN"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
