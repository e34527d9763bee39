"""Hand gold for lam-dong_468-KH-SVHTTDL_2023_asean-wikimd (every value typed here; write_gold only checks quotes
against the Markdown with `**` removed)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "lam-dong_468-KH-SVHTTDL_2023_asean-wikimd"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8").replace("**", "")

QLVH = A("Phòng Quản lý Văn hóa")
TTVHNT = A("Trung tâm Văn hóa Nghệ thuật tỉnh")

m = meta("468/KH-SVHTTDL", "Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng", "Lâm Đồng", "2023-02-21",
         "Thông tin, tuyên truyền về ASEAN năm 2023 trong lĩnh vực văn hóa, thể thao và du lịch",
         {"start": 2023, "end": 2023},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "8245/KH-UBND", "type": "Kế hoạch", "date": "2021-11-30"}],
         {"name": "Nguyễn Thị Bích Ngọc", "position": "Phó Giám đốc"})
m["note"] = ("The wiki front matter (title 'KH 468/KH-SVHTTDL - …', date 2023-03-14) and the footer are the wiki's own "
             "metadata, not the document: issue date from 'Lâm Đồng, ngày 21 tháng 02 năm 2023'. Basis numbers are the "
             "link texts of the wiki links.")

T = {
 1: "Tuyên truyền trên Trang thông tin điện tử và mạng xã hội của Sở",
 2: "Tuyên truyền cổ động trực quan nhân kỷ niệm 56 năm Ngày thành lập ASEAN",
 3: "Giao lưu văn hóa nghệ thuật với các nước ASEAN",
 4: "Quảng bá du lịch Lâm Đồng tại thị trường các nước ASEAN",
 5: "Tham gia các hoạt động thể thao trong khu vực ASEAN",
 6: "Góc ASEAN tại Thư viện tỉnh",
 7: "Phổ biến tiêu chuẩn du lịch ASEAN cho cơ sở lưu trú, doanh nghiệp lữ hành",
 8: "Trưng bày chuyên đề tại Bảo tàng Lâm Đồng",
}

sections = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose",
     note="All headings are bold paragraphs ('**I. …**'); no '#' anywhere. Level from the numbering."),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="'*' bullets only: no tasks."),
 SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
] + [SEC(f"III.{i}", f"{i}.", T[i], 2) for i in range(1, 9)] + [
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Văn phòng Sở", 2),
 SEC("V.2", "2.", "Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở", 2),
 SEC("V.3", "3.", "Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố", 2),
]

tasks = [
 TASK("III.1", T[1], [A("Văn phòng Sở")], [A("Các phòng, đơn vị thuộc Sở", coll=True)],
      TF("Năm 2023", "2023-01-01", "2023-12-31"),
      note="Field bullets '* **Chủ trì:** …' / '* **Phối hợp:** …' / '* **Thời gian:** …' are attributes, not sections."),
 TASK("III.2", T[2], [QLVH], [TTVHNT, A("Ủy ban nhân dân thành phố Đà Lạt", "UBND thành phố Đà Lạt")],
      TF("Tháng 8/2023", "2023-08-01", "2023-08-31")),
 TASK("III.3", T[3], [TTVHNT], [QLVH], TF("Quý IV/2023", "2023-10-01", "2023-12-31"),
      note="No 'Chủ trì:' bullet: 'Trung tâm Văn hóa Nghệ thuật tỉnh chủ trì, phối hợp với Phòng Quản lý Văn hóa …' in the text."),
 TASK("III.4", T[4], [A("Phòng Quản lý Du lịch")],
      [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"), A("Hiệp hội Du lịch Lâm Đồng")],
      TF("Quý II - Quý III/2023", "2023-04-01", "2023-09-30")),
 TASK("III.5", T[5], [A("Phòng Quản lý Thể dục thể thao")],
      [A("Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh")],
      TF("Tháng 4 - tháng 5/2023", "2023-04-01", "2023-05-31"),
      note="The text opens with 'Phối hợp tuyển chọn …' without naming a partner; support only from the 'Phối hợp:' field."),
 TASK("III.6", T[6], [A("Thư viện tỉnh Lâm Đồng")], [], None,
      note="Lead = the actor opening the text; 'Thời gian: Thường xuyên' is not a window."),
 TASK("III.7", T[7], [], [], TF("Quý III/2023", "2023-07-01", "2023-09-30"),
      note="No Chủ trì field and no actor: lead empty (S5 fails on this task). Phòng Quản lý Du lịch is the likely unit but is not named."),
 TASK("III.8", T[8], [A("Bảo tàng Lâm Đồng")], [QLVH], TF("Tháng 8 - tháng 9/2023", "2023-08-01", "2023-09-30")),
]

asg = [
 ASG(A("Văn phòng Sở"), "V.1",
     ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
      "Tổng hợp kết quả thực hiện, báo cáo Sở Thông tin và Truyền thông"]),
 ASG(A("Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở", coll=True), "V.2",
     ["Chủ động xây dựng kế hoạch chi tiết, triển khai nhiệm vụ được giao", "Báo cáo kết quả về Sở (qua Văn phòng Sở)"],
     note="One collective: the heading has a single 'Các' governing both kinds of unit and no ';'."),
 ASG(A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True), "V.3",
     ["Phối hợp tổ chức các hoạt động tuyên truyền về ASEAN trên địa bàn",
      "Lồng ghép nội dung về ASEAN trong các lễ hội, sự kiện văn hóa, thể thao của địa phương"],
     note="'Đề nghị X' heading: X is the assignee (district-level offices, outside the department)."),
]

dl = [
 DL("Năm 2023", "period", "III.1", T[1], start="2023-01-01", end="2023-12-31",
    note="Task's own 'Thời gian:' field, kept although it equals the plan year."),
 DL("Tháng 8/2023", "period", "III.2", T[2], start="2023-08-01", end="2023-08-31"),
 DL("Quý IV/2023", "period", "III.3", T[3], start="2023-10-01", end="2023-12-31"),
 DL("Quý II - Quý III/2023", "period", "III.4", T[4], start="2023-04-01", end="2023-09-30"),
 DL("Tháng 4 - tháng 5/2023", "period", "III.5", T[5], start="2023-04-01", end="2023-05-31"),
 DL("Quý III/2023", "period", "III.7", T[7], start="2023-07-01", end="2023-09-30"),
 DL("Tháng 8 - tháng 9/2023", "period", "III.8", T[8], start="2023-08-01", end="2023-09-30"),
 DL("trước ngày 30/11/2023", "due", "V.1", "Tổng hợp kết quả thực hiện, báo cáo Sở Thông tin và Truyền thông",
    due="2023-11-30"),
 DL("trước ngày 20/11/2023", "due", "V.2", "Báo cáo kết quả về Sở (qua Văn phòng Sở)", due="2023-11-20"),
]

budget = {"present": True, "section": "IV", "sources": ["unit_budget", "socialization"],
          "clauses": [{"text": "Kinh phí thực hiện từ nguồn kinh phí thường xuyên đã giao trong dự toán năm 2023 của các "
                               "phòng, đơn vị và nguồn xã hội hóa (nếu có)", "section": "IV"}],
          "amounts": [],
          "note": "'kinh phí thường xuyên đã giao trong dự toán … của các phòng, đơn vị' is the units' regular funds → "
                  "unit_budget (not a new state-budget allocation)."}

areas = [
 AREA("B01", "covered", "II", "Chủ đề ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm của tăng trưởng”; kết quả hợp tác ASEAN trên 3 trụ cột"),
 AREA("B02", "partial", "I.1", "góp phần phục hồi hoạt động du lịch sau đại dịch COVID-19",
      note="Purposes only; nothing on ASEAN cooperation against COVID-19."),
 AREA("B03", "missing", note="No real-life stories, exemplary people or ASEAN awards (III.5's athletes' results are sports news)."),
 AREA("B04", "covered", "II", "Bản sắc Cộng đồng ASEAN; những nét tương đồng về văn hóa giữa các dân tộc ở Lâm Đồng và các nước ASEAN"),
 AREA("B05", "covered", "III.4", "phát hành ấn phẩm, video quảng bá điểm đến Lâm Đồng bằng tiếng Anh, tiếng Thái"),
 AREA("B06", "missing", note="No e-commerce, digital economy, value chains, Single Window or labour mobility (ASEAN tourism standards in III.7 are not among them)."),
 AREA("B07", "covered", "III.1", "Duy trì chuyên mục “ASEAN” trên Trang thông tin điện tử của Sở"),
 AREA("B08", "covered", "III.2", "Treo cờ ASEAN, pa nô, băng rôn tại trụ sở Sở"),
 AREA("B09", "missing", note="No training of propaganda staff."),
 AREA("B10", "partial", "III.6", "tạo điều kiện cho học sinh, sinh viên tìm đọc tài liệu",
      note="Students appear only as readers of the library's ASEAN Corner; no contest or youth activity."),
 AREA("B11", "covered", "III.3", "xây dựng chương trình nghệ thuật giao lưu với các đoàn nghệ thuật các nước ASEAN",
      note="Also III.4 (ITE HCMC tourism fair and promotion events) and III.5 (SEA Games)."),
 AREA("B12", "missing", note="Nothing on countering distorted views."),
 AREA("B13", "partial", "I.2", "phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở với các sở, ngành, địa phương",
      note="Requirement in section I only; no duty to strengthen information coordination."),
]

checks = [
 ("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
 ("S3", "pass", "section V with 3 assignments"),
 ("S4", "pass", "reports due trước ngày 20/11/2023 (V.2) and trước ngày 30/11/2023 (V.1)"),
 ("S5", "fail", "tasks without a lead: III.7"),
 ("S6", "pass", "basis cites 1160/QĐ-TTg (and the provincial plan 8245/KH-UBND)"),
]

write_gold(NAME, plan(m, sections, tasks, asg, dl, budget),
           audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021) and Lâm Đồng's plan 8245/KH-UBND for 2021-2025",
                               "year 2023 within 2021-2025", "fingerprints: Chủ đề ASEAN năm 2023; 3 trụ cột; COVID-19"],
                 areas, checks), SRC)
