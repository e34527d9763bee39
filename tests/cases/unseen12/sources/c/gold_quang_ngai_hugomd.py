"""Hand gold for quang-ngai_1425-KH-SVHTTDL_2024_asean-hugomd (Markdown: quotes checked against the file, `**` removed)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "quang-ngai_1425-KH-SVHTTDL_2024_asean-hugomd"
SRC = (STAGE / f"{NAME}.md").read_text(encoding="utf-8").replace("**", "")

QLVH = A("Phòng Quản lý Văn hóa")
TTVH = A("Trung tâm Văn hóa tỉnh")
VP = A("Văn phòng Sở")

m = meta("1425/KH-SVHTTDL", "Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi", "Quảng Ngãi", "2024-04-02",
         "Thông tin tuyên truyền về ASEAN năm 2024",
         {"start": 2024, "end": 2024},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "32/KH-UBND", "type": "Kế hoạch", "date": "2024-02-22"}],
         {"name": "Võ Thị Thanh Nhàn", "position": "Phó Giám đốc"})

T = {
 1: "Trang trí, cổ động trực quan nhân Ngày thành lập ASEAN",
 2: "Triển lãm ảnh \"Bản sắc Cộng đồng ASEAN\"",
 3: "Giao lưu văn hóa, thể thao với các nước ASEAN",
 4: "Quảng bá du lịch Quảng Ngãi tới thị trường ASEAN",
 5: "Duy trì Góc ASEAN và tổ chức cuộc thi tìm hiểu về ASEAN",
 6: "Thông tin trên Trang thông tin điện tử của Sở",
}

sections = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NHIỆM VỤ VÀ HOẠT ĐỘNG CỤ THỂ", 1, "tasks"),
] + [SEC(f"II.{i}", f"{i}.", T[i], 2) for i in range(1, 7)] + [
 SEC("III", "III.", "KINH PHÍ", 1, "budget"),
 SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("IV.1", "1.", "Phòng Quản lý Văn hóa", 2),
 SEC("IV.2", "2.", "Phòng Kế hoạch - Tài chính", 2),
 SEC("IV.3", "3.", "Các phòng, đơn vị thuộc Sở", 2),
]

tasks = [
 TASK("II.1", T[1], [TTVH], [VP, QLVH], TF("Từ ngày 01/8 đến ngày 10/8/2024", "2024-08-01", "2024-08-10"),
      note="Definition-list fields (`Chủ trì` / `: value`). Support split at ';'. 08/8/1967 - 08/8/2024 is the anniversary, not a window."),
 TASK("II.2", T[2], [A("Bảo tàng Tổng hợp tỉnh")], [A("Hội Văn học Nghệ thuật tỉnh")], TF("Tháng 8/2024", "2024-08-01", "2024-08-31")),
 TASK("II.3", T[3], [QLVH, A("Phòng Quản lý Thể dục thể thao")],
      [TTVH, A("Trung tâm Huấn luyện và Thi đấu thể thao tỉnh")], TF("Năm 2024", "2024-01-01", "2024-12-31"),
      note="Two leads separated by ';'. The content opens 'Phối hợp đón, tổ chức…' with no agency: not a support."),
 TASK("II.4", T[4], [A("Trung tâm Thông tin Xúc tiến Du lịch")], [A("Phòng Quản lý Du lịch"), A("Hiệp hội Du lịch tỉnh")],
      TF("Quý III - Quý IV/2024", "2024-07-01", "2024-12-31")),
 TASK("II.5", T[5], [A("Thư viện tỉnh")], [A("Sở Giáo dục và Đào tạo"), A("Tỉnh Đoàn")],
      TF("Tháng 9 - tháng 11/2024", "2024-09-01", "2024-11-30")),
 TASK("II.6", T[6], [VP], [], None, note="`Thường xuyên` is not a window."),
]

asg = [
 ASG(QLVH, "IV.1", ["Là đầu mối giúp Giám đốc Sở theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
                    "Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 30/11/2024"]),
 ASG(A("Phòng Kế hoạch - Tài chính"), "IV.2", ["Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.3",
     ["Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết và tổ chức thực hiện",
      "báo cáo kết quả về Phòng Quản lý Văn hóa trước ngày 20/11/2024"],
     note="The closing 'đề nghị các phòng, đơn vị nghiêm túc triển khai' is a closing formula, not an assignment."),
]

dl = [
 DL("Từ ngày 01/8 đến ngày 10/8/2024", "period", "II.1", T[1], start="2024-08-01", end="2024-08-10"),
 DL("Tháng 8/2024", "period", "II.2", T[2], start="2024-08-01", end="2024-08-31"),
 DL("Năm 2024", "period", "II.3", T[3], start="2024-01-01", end="2024-12-31"),
 DL("Quý III - Quý IV/2024", "period", "II.4", T[4], start="2024-07-01", end="2024-12-31"),
 DL("Tháng 9 - tháng 11/2024", "period", "II.5", T[5], start="2024-09-01", end="2024-11-30"),
 DL("trước ngày 30/11/2024", "due", "IV.1",
    "Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Thông tin và Truyền thông)", due="2024-11-30"),
 DL("trước ngày 20/11/2024", "due", "IV.3", "báo cáo kết quả về Phòng Quản lý Văn hóa", due="2024-11-20"),
]

budget = {"present": True, "section": "III", "sources": ["state_budget", "socialization"],
          "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Văn hóa, Thể thao và Du lịch năm 2024 "
                               "và các nguồn xã hội hóa hợp pháp", "section": "III"},
                      {"text": "Tổng kinh phí dự kiến: 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng)", "section": "III"}],
          "amounts": [{"text": "185.000.000 đồng", "vnd": 185000000}],
          "note": "'các nguồn xã hội hóa hợp pháp' is one source (socialization), not socialization + other_lawful."}

areas = [
 AREA("B01", "partial", "I.1", "Tuyên truyền sâu rộng về Cộng đồng ASEAN theo chủ đề năm ASEAN 2024 \"ASEAN: Tăng cường kết nối "
      "và khả năng tự cường\"", note="Purposes section only; no task covers the three pillars or Vietnam's contribution."),
 AREA("B02", "missing", note="COVID-19 and recovery are not mentioned."),
 AREA("B03", "partial", "II.6", "kể cả những câu chuyện thực tiễn về giao lưu văn hóa Việt Nam - ASEAN",
      note="Only a qualifier inside the website task; no exemplary people or ASEAN awards."),
 AREA("B04", "covered", "II.2", "Tổ chức triển lãm ảnh giới thiệu nét tương đồng văn hóa, bản sắc Cộng đồng ASEAN"),
 AREA("B05", "covered", "II.4", "Giới thiệu tiềm năng, thế mạnh du lịch của tỉnh (đảo Lý Sơn, Khu chứng tích Sơn Mỹ, biển Mỹ Khê) "
      "tại các hội chợ, hội nghị xúc tiến du lịch có sự tham gia của các nước ASEAN"),
 AREA("B06", "missing", note="No e-commerce, value chains, single window, labour mobility or digital economy."),
 AREA("B07", "covered", "II.6", "trên Trang thông tin điện tử và Fanpage của Sở"),
 AREA("B08", "covered", "II.1", "Treo cờ ASEAN cùng Quốc kỳ tại trụ sở Sở và các đơn vị trực thuộc; thực hiện pa nô, áp phích, "
      "băng rôn điện tử"),
 AREA("B09", "missing", note="No training of propaganda staff."),
 AREA("B10", "covered", "II.5", "tổ chức cuộc thi tìm hiểu về ASEAN dành cho học sinh, sinh viên trên địa bàn tỉnh"),
 AREA("B11", "covered", "II.3", "Phối hợp đón, tổ chức biểu diễn cho các đoàn nghệ thuật các nước ASEAN đến giao lưu tại tỉnh; hỗ "
      "trợ vận động viên của tỉnh tham gia các giải thể thao khu vực Đông Nam Á"),
 AREA("B12", "missing", note="Nothing on countering distorted views."),
 AREA("B13", "partial", "I.2", "tăng cường công tác phối hợp thông tin giữa các phòng, đơn vị thuộc Sở với các cơ quan báo chí",
      note="Requirements section only."),
]

checks = [
 ("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 ("S2", "pass", "section III KINH PHÍ (state budget, socialization; 185.000.000 đồng)"),
 ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 3 assignments"),
 ("S4", "pass", "IV.1 report trước ngày 30/11/2024; IV.3 report trước ngày 20/11/2024"),
 ("S5", "pass", "all 6 tasks (II.1-II.6) have a lead"),
 ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg and the provincial plan 32/KH-UBND"),
]

write_gold(NAME, plan(m, sections, tasks, asg, dl, budget),
           audit(REF21, True, ["cites 1160/QĐ-TTg and the provincial ASEAN plan 32/KH-UBND (2024)", "period 2024, inside 2021-2025",
                               "content frame of the 2021-2025 programme (annual theme, Community identity, flags on ASEAN Day)"],
                 areas, checks), SRC)
