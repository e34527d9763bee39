import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "vinh-long_long-ho_215-KH-UBND_2022_asean-phancong"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
VHTT = lambda: A("Phòng Văn hóa và Thông tin")
TT = lambda: A("Trung tâm Văn hóa - Thể thao và Truyền thanh huyện")
KTHT = lambda: A("Phòng Kinh tế và Hạ tầng")

m = meta("215/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Long Hồ", "Vĩnh Long", "2022-03-14",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Long Hồ giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "47/KH-UBND", "type": "Kế hoạch", "date": "2022-02-28"}],
         {"name": "Trần Văn Hoàng", "position": "Chủ tịch"})
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: the body describes content; no tasks here."),
        SEC("III", "III.", "HÌNH THỨC TUYÊN TRUYỀN", 1, "forms", note="Bullets only: no tasks."),
        SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Phòng Văn hóa và Thông tin", 2),
        SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
        SEC("V.3", "3.", "Các cơ quan, ban, ngành, đoàn thể huyện", 2),
        SEC("V.4", "4.", "Ủy ban nhân dân các xã, thị trấn", 2),
        SEC("VI", "VI.", "PHÂN CÔNG NHIỆM VỤ", 1, "tasks",
            note="Last Roman section of the body, holding only the duty table (TT | Nội dung công việc | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian). It comes before the closing and signature, so it is a body task table (ids VI.<TT>), not an annex (PL.); kind 'tasks' because its rows are the plan's activities.")]
R = [
 ("Tuyên truyền Chủ đề ASEAN hằng năm, thành tựu hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội", [VHTT()], [TT()], "Hằng năm", None),
 ("Mở chuyên mục \"Long Hồ hội nhập ASEAN\" trên Trang thông tin điện tử huyện; chia sẻ tin, bài trên trang Zalo, Facebook của huyện",
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VHTT()], "Quý II/2022", ("2022-04-01", "2022-06-30")),
 ("Thông tin về hợp tác ASEAN ứng phó dịch COVID-19, phục hồi sản xuất, kinh doanh", [A("Trung tâm Y tế huyện")], [TT()], "Năm 2022", ("2022-01-01", "2022-12-31")),
 ("Bồi dưỡng kiến thức thương mại điện tử, chuyển đổi số cho hợp tác xã, hộ sản xuất chôm chôm, hoa kiểng", [KTHT()],
  [A("Phòng Nông nghiệp và Phát triển nông thôn"), A("Hội Nông dân huyện")], "Trước ngày 30/9/2022", None),
 ("Quảng bá du lịch sinh thái cù lao An Bình, làng hoa kiểng và đặc sản trái cây của huyện tới doanh nghiệp, du khách các nước ASEAN",
  [VHTT()], [KTHT()], "2022 - 2025", ("2022-01-01", "2025-12-31")),
 ("Giới thiệu câu chuyện thực tiễn, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN", [TT()], [A("Ủy ban nhân dân các xã, thị trấn", coll=True)], "Hằng năm", None),
 ("Treo cờ ASEAN, băng rôn, pa nô tại trụ sở cơ quan và các tuyến đường chính nhân kỷ niệm Ngày thành lập ASEAN",
  [A("Ủy ban nhân dân thị trấn Long Hồ")], [TT()], "Tháng 8/2022", ("2022-08-01", "2022-08-31")),
 ("Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở", [A("Phòng Giáo dục và Đào tạo")], [A("Huyện đoàn Long Hồ")], "Quý III/2023", ("2023-07-01", "2023-09-30")),
 ("Cử công chức, viên chức tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [A("Phòng Nội vụ")], [VHTT()], "Theo kế hoạch của tỉnh", None),
 ("Đấu tranh, phản bác quan điểm sai trái, xuyên tạc về chính sách đối ngoại, hội nhập ASEAN trên không gian mạng", [A("Công an huyện")], [A("Ban Tuyên giáo Huyện ủy")], "Thường xuyên", None),
 ("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện, Sở Thông tin và Truyền thông", [VHTT()],
  [A("Các cơ quan, đơn vị liên quan", coll=True)], "Trước ngày 05/12 hằng năm", None),
]
tasks, dls = [], []
for n, (title, lead, sup, when, tf) in enumerate(R, 1):
    tid = f"VI.{n}"
    tasks.append(TASK(tid, title, lead, sup, TF(when, *tf) if tf else None))
    if tf:
        dls.append(DL(when, "period", tid, title, start=tf[0], end=tf[1]))
    elif when == "Hằng năm":
        dls.append(DL(when, "recurring", tid, title, rec="yearly"))
tasks[0]["note"] = ("Rows of the VI table; 'Đơn vị thực hiện' is read as the lead because the table has no separate 'chủ trì' column "
                    "(the spec puts 'Đơn vị thực hiện' under support only when a separate lead is named); 'Đơn vị phối hợp' is support.")
tasks[3]["note"] = "'Trước ngày 30/9/2022' is a due date, not a window: no timeframe, one due deadline."
tasks[8]["note"] = "'Theo kế hoạch của tỉnh' is no time constraint."
tasks[9]["note"] = "'Thường xuyên' is not a deadline."
tasks[10]["note"] = "The reporting row is still a row of the task table, hence a task; its time cell gives a yearly due date."
dls.insert(3, DL("Trước ngày 30/9/2022", "due", "VI.4", R[3][0], due="2022-09-30"))
dls.append(DL("Trước ngày 05/12 hằng năm", "due", "VI.11", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", due="--12-05", rec="yearly"))
dls += [
 DL("trước ngày 15/6 hằng năm", "due", "V.1", "Báo cáo sơ kết 6 tháng về Ủy ban nhân dân huyện", due="--06-15", rec="yearly",
    note="'6 tháng' names the half-year review report; the time constraint is the yearly date."),
 DL("trước ngày 25/11 hằng năm", "due", "V.3", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin", due="--11-25", rec="yearly"),
]
asg = [
 ASG(VHTT(), "V.1", ["Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện tổ chức triển khai Kế hoạch",
                     "hướng dẫn, theo dõi các cơ quan, đơn vị thực hiện các nhiệm vụ được phân công tại Mục VI",
                     "Báo cáo sơ kết 6 tháng về Ủy ban nhân dân huyện trước ngày 15/6 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.2", ["Phối hợp với Phòng Văn hóa và Thông tin hướng dẫn các cơ quan, đơn vị sử dụng, thanh quyết toán kinh phí theo quy định"]),
 ASG(A("Các cơ quan, ban, ngành, đoàn thể huyện", coll=True), "V.3",
     ["Căn cứ nhiệm vụ được phân công tại Mục VI, chủ động triển khai thực hiện", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "V.4",
     ["Tuyên truyền về ASEAN trên hệ thống đài truyền thanh xã, thị trấn", "lồng ghép nội dung tuyên truyền trong các buổi sinh hoạt ấp, khóm"]),
]
asg[0]["note"] = "The VI table rows are tasks of a 'tasks' section, not assignments: only the headings of section V give assignments."
bud = {"present": True, "section": "IV", "sources": ["unit_budget", "sponsorship"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được sử dụng từ nguồn kinh phí thường xuyên của các cơ quan, đơn vị; lồng ghép trong kinh phí thực hiện các chương trình, đề án có liên quan và nguồn vận động tài trợ theo quy định", "section": "IV"}],
       "amounts": [], "note": "No state budget line: regular funds of the units and integration into other programmes (unit_budget), plus sponsorship."}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("B01", "covered", "VI.1", "Tuyên truyền Chủ đề ASEAN hằng năm, thành tựu hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "covered", "VI.3", "Thông tin về hợp tác ASEAN ứng phó dịch COVID-19, phục hồi sản xuất, kinh doanh"),
 AREA("B03", "covered", "VI.6", "Giới thiệu câu chuyện thực tiễn, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN"),
 AREA("B04", "covered", "II", "Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa giữa các nước thành viên",
      note="An enumerated content bullet of section II (kind content) with no task row of its own; covered as a content item, partial arguable."),
 AREA("B05", "covered", "VI.5", "Quảng bá du lịch sinh thái cù lao An Bình, làng hoa kiểng và đặc sản trái cây của huyện tới doanh nghiệp, du khách các nước ASEAN"),
 AREA("B06", "covered", "VI.4", "Bồi dưỡng kiến thức thương mại điện tử, chuyển đổi số cho hợp tác xã, hộ sản xuất chôm chôm, hoa kiểng"),
 AREA("B07", "covered", "VI.2", "Mở chuyên mục \"Long Hồ hội nhập ASEAN\" trên Trang thông tin điện tử huyện; chia sẻ tin, bài trên trang Zalo, Facebook của huyện"),
 AREA("B08", "covered", "VI.7", "Treo cờ ASEAN, băng rôn, pa nô tại trụ sở cơ quan và các tuyến đường chính"),
 AREA("B09", "covered", "VI.9", "Cử công chức, viên chức tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "covered", "VI.8", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở"),
 AREA("B11", "missing", note="No cultural/sports exchange, fair, exhibition or investment-promotion event; VI.5 promotes tourism through information only."),
 AREA("B12", "covered", "VI.10", "Đấu tranh, phản bác quan điểm sai trái, xuyên tạc về chính sách đối ngoại, hội nhập ASEAN trên không gian mạng"),
 AREA("B13", "missing", note="No commitment to strengthen information coordination among departments, localities, organisations and media; V.1 only guides and monitors."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021) and Vĩnh Long umbrella plan 47/KH-UBND", "period 2022-2025 within 2021-2025",
                         "fingerprints: tư duy Cộng đồng, hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số; COVID-19"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
                   ("S4", "pass", "V.1 báo cáo sơ kết trước ngày 15/6 hằng năm; VI.11 trước ngày 05/12 hằng năm; V.3 trước ngày 25/11 hằng năm"),
                   ("S5", "pass", "every row VI.1-VI.11 names an Đơn vị thực hiện"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC)
