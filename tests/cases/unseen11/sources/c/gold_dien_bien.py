import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from extract import text_of

NAME = "dien-bien_1865-KH-UBND_2023_asean-grouprows"
SRC = text_of(STAGE / f"{NAME}.docx")
STTTT = lambda: A("Sở Thông tin và Truyền thông")
SVH = lambda: A("Sở Văn hóa, Thể thao và Du lịch")
m = meta("1865/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Điện Biên", "Điện Biên", "2023-06-09",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Điện Biên giai đoạn 2023 - 2025",
         {"start": 2023, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "1582/BTTTT-TTĐN", "type": "Công văn", "date": "2023-04-28"}],
         {"name": "Lò Văn Tiến", "position": "Phó Chủ tịch"})
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Only '-' bullets: no numbered items, hence no body tasks."),
        SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks", note="One sentence referring to the annex ('chi tiết tại Phụ lục'); the tasks are the annex rows."),
        SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("IV.1", "1.", "Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp ngân sách hiện hành, được bố trí trong dự toán hằng năm của các cơ quan, đơn vị, địa phương và các nguồn kinh phí hợp pháp khác", 2),
        SEC("IV.2", "2.", "Tổng kinh phí dự kiến từ ngân sách tỉnh giai đoạn 2023 - 2025 là 1,2 tỷ đồng", 2),
        SEC("IV.3", "3.", "Các cơ quan được giao chủ trì nhiệm vụ tại Phụ lục xây dựng dự toán kinh phí gửi Sở Tài chính trước ngày 15/7 hằng năm để tổng hợp, trình cấp có thẩm quyền bố trí", 2),
        SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2), SEC("V.2", "2.", "Sở Ngoại vụ", 2), SEC("V.3", "3.", "Sở Tài chính", 2),
        SEC("V.4", "4.", "Các sở, ban, ngành tỉnh", 2),
        SEC("V.5", "5.", "Ủy ban nhân dân thành phố Điện Biên Phủ, thị xã Mường Lay và các huyện", 2),
        SEC("V.6", "6.", "Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2)]
R = [
 ("Tuyên truyền Chủ đề ASEAN hằng năm, kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và đóng góp của Việt Nam",
  [A("Báo Điện Biên Phủ"), A("Đài Phát thanh và Truyền hình tỉnh")], [STTTT()], "Hằng năm", None),
 ("Duy trì chuyên mục “Điện Biên - ASEAN” trên Cổng Thông tin điện tử tỉnh; chia sẻ tin, bài trên mạng xã hội và các nền tảng số",
  [STTTT()], [A("Văn phòng Ủy ban nhân dân tỉnh")], "2023 - 2025", ("2023-01-01", "2025-12-31")),
 ("Thực hiện phóng sự về câu chuyện thực tiễn, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN; giới thiệu các giải thưởng ASEAN",
  [A("Đài Phát thanh và Truyền hình tỉnh")], [A("Hội Nhà báo tỉnh")], "2024 - 2025", ("2024-01-01", "2025-12-31")),
 ("Phổ biến kiến thức về thương mại điện tử, kinh tế số, chuyển đổi số, cơ chế hải quan một cửa ASEAN cho doanh nghiệp, hợp tác xã",
  [A("Sở Công Thương")], [A("Sở Kế hoạch và Đầu tư"), A("Hiệp hội Doanh nghiệp tỉnh")], "Năm 2024", ("2024-01-01", "2024-12-31")),
 ("Tổ chức giao lưu văn hóa, thể thao với các tỉnh Bắc Lào nhân dịp Lễ hội Hoa Ban; trưng bày triển lãm ảnh về đất nước, con người các nước ASEAN",
  [SVH()], [A("Sở Ngoại vụ"), A("Ủy ban nhân dân thành phố Điện Biên Phủ")], "Quý I/2024", ("2024-01-01", "2024-03-31")),
 ("Quảng bá tiềm năng, thế mạnh, danh mục dự án kêu gọi đầu tư và sản phẩm du lịch của tỉnh tới các nước ASEAN",
  [A("Sở Kế hoạch và Đầu tư")], [SVH(), A("Sở Ngoại vụ")], "2023 - 2025", ("2023-01-01", "2025-12-31")),
 ("Tham gia hội chợ, hoạt động xúc tiến thương mại tại Lào, Thái Lan",
  [A("Sở Công Thương")], [A("Sở Nông nghiệp và Phát triển nông thôn")], "2024 - 2025", ("2024-01-01", "2025-12-31")),
 ("Treo cờ ASEAN, pa nô, áp phích tại trụ sở cơ quan và các tuyến phố chính nhân kỷ niệm Ngày thành lập ASEAN",
  [A("Ủy ban nhân dân thành phố Điện Biên Phủ")], [SVH()], "Tháng 8/2023", ("2023-08-01", "2023-08-31")),
 ("Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin cơ sở",
  [STTTT()], [A("Sở Ngoại vụ")], "Quý III/2023", ("2023-07-01", "2023-09-30")),
 ("Đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và việc Việt Nam tham gia ASEAN trên không gian mạng",
  [A("Công an tỉnh")], [STTTT(), A("Ban Tuyên giáo Tỉnh ủy")], "Thường xuyên", None),
 ("Tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, tổ chức chính trị - xã hội và cơ quan báo chí; tổ chức giao ban báo chí hằng quý",
  [STTTT()], [A("Ban Tuyên giáo Tỉnh ủy")], "Hằng quý", None),
 ("Sơ kết, báo cáo kết quả thực hiện Kế hoạch", [STTTT()],
  [A("Các sở, ban, ngành tỉnh", coll=True), A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], "Trước ngày 15/12 hằng năm", None),
]
tasks, dls = [], []
for i, (title, lead, sup, when, tf) in enumerate(R, 1):
    tid = f"PL.{i}"
    tasks.append(TASK(tid, title, lead, sup, TF(when, *tf) if tf else None))
    if tf:
        dls.append(DL(when, "period", tid, title, start=tf[0], end=tf[1]))
    elif when == "Hằng năm":
        dls.append(DL(when, "recurring", tid, title, rec="yearly"))
    elif when == "Hằng quý":
        dls.append(DL(when, "recurring", tid, title, rec="quarterly"))
    elif when.startswith("Trước ngày"):
        dls.append(DL(when, "due", tid, title, due="--12-15", rec="yearly"))
tasks[0]["note"] = ("Annex rows; the body has no numbered tasks, so every row is PL.<STT>. Group rows I/II/III (one cell merged across all six "
                    "columns) are neither tasks nor sections, and STT runs on across them (1-12). 'Hằng năm' is no window: a yearly recurring deadline.")
tasks[9]["note"] = "'Thường xuyên' is neither a window nor a deadline."
tasks[10]["note"] = "'Hằng quý' in the time cell: quarterly recurring deadline, no timeframe."
tasks[11]["note"] = "A due date alone ('Trước ngày 15/12 hằng năm'): yearly due deadline, no timeframe."
dls += [
 DL("trước ngày 15/7 hằng năm", "due", "IV.3", "xây dựng dự toán kinh phí gửi Sở Tài chính", due="--07-15", rec="yearly"),
 DL("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông kết quả thực hiện Kế hoạch", due="--12-15", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "V.4", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "V.5", "Gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]
d5 = ["Chỉ đạo các cơ quan chuyên môn, đài truyền thanh cấp huyện và Ủy ban nhân dân cấp xã tuyên truyền về ASEAN bằng tiếng Việt và tiếng dân tộc trên hệ thống truyền thanh cơ sở",
      "Gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]
d6 = ["Phối hợp định hướng thông tin, lồng ghép tuyên truyền về ASEAN trong sinh hoạt chi bộ, sinh hoạt của đoàn viên, hội viên"]
asg = [
 ASG(STTTT(), "V.1", ["Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
                     "hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về ASEAN",
                     "Theo dõi, đôn đốc, tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông kết quả thực hiện Kế hoạch trước ngày 15/12 hằng năm"]),
 ASG(A("Sở Ngoại vụ"), "V.2", ["Cung cấp thông tin về hoạt động hợp tác giữa tỉnh Điện Biên với các tỉnh Bắc Lào và các nước ASEAN cho các cơ quan báo chí",
                               "phối hợp tổ chức các hoạt động giao lưu hữu nghị"]),
 ASG(A("Sở Tài chính"), "V.3", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "V.4", ["xây dựng kế hoạch và tổ chức thực hiện",
                                                     "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân thành phố Điện Biên Phủ"), "V.5", d5,
     note=("Heading 'Ủy ban nhân dân thành phố Điện Biên Phủ, thị xã Mường Lay và các huyện' names the city and the town by name and the districts "
           "as a group, sharing one head noun: read as X, Y và Z, one assignment each (city, town, collective districts). "
           "Reading it as one collective (= UBND các huyện, thị xã, thành phố) is arguable.")),
 ASG(A("Ủy ban nhân dân thị xã Mường Lay", "thị xã Mường Lay"), "V.5", d5),
 ASG(A("Ủy ban nhân dân các huyện", "các huyện", coll=True), "V.5",
     d5 + ["Các huyện biên giới lồng ghép tuyên truyền về ASEAN với tuyên truyền về công tác quản lý, bảo vệ đường biên, mốc quốc giới"],
     note="The bullet 'Các huyện biên giới lồng ghép …' addresses a subset of the districts: a duty of this assignee, not an assignee of its own."),
 ASG(A("Ban Tuyên giáo Tỉnh ủy"), "V.6", d6),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "V.6", d6),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", coll=True), "V.6", d6),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp ngân sách hiện hành, được bố trí trong dự toán hằng năm của các cơ quan, đơn vị, địa phương và các nguồn kinh phí hợp pháp khác", "section": "IV.1"},
                   {"text": "Tổng kinh phí dự kiến từ ngân sách tỉnh giai đoạn 2023 - 2025 là 1,2 tỷ đồng", "section": "IV.2"}],
       "amounts": [{"text": "1,2 tỷ đồng", "vnd": 1200000000}]}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("B01", "covered", "PL.1", R[0][0]),
 AREA("B02", "missing", note="No COVID-19 or recovery content (2023 plan)."),
 AREA("B03", "covered", "PL.3", "Thực hiện phóng sự về câu chuyện thực tiễn, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN; giới thiệu các giải thưởng ASEAN"),
 AREA("B04", "partial", "I.1", "góp phần hình thành bản sắc Cộng đồng ASEAN",
      note="ASEAN identity only in the purposes; PL.5 shows the countries and peoples but does not commit to identity or belonging."),
 AREA("B05", "covered", "PL.6", R[5][0]),
 AREA("B06", "covered", "PL.4", R[3][0]),
 AREA("B07", "covered", "PL.2", R[1][0]),
 AREA("B08", "covered", "PL.8", "Treo cờ ASEAN, pa nô, áp phích tại trụ sở cơ quan và các tuyến phố chính"),
 AREA("B09", "covered", "PL.9", R[8][0]),
 AREA("B10", "missing", note="No contest and no youth or student activity."),
 AREA("B11", "covered", "PL.5", "Tổ chức giao lưu văn hóa, thể thao với các tỉnh Bắc Lào nhân dịp Lễ hội Hoa Ban; trưng bày triển lãm ảnh"),
 AREA("B12", "covered", "PL.10", R[9][0]),
 AREA("B13", "covered", "PL.11", "Tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, tổ chức chính trị - xã hội và cơ quan báo chí"),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021)", "period 2023-2025 within 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; 3 trụ cột as the content frame; kinh tế số, chuyển đổi số; nền tảng số"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget, 1,2 tỷ đồng)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 10 assignments"),
                   ("S4", "pass", "V.1 báo cáo trước ngày 15/12 hằng năm; V.4/V.5 trước ngày 30/11 hằng năm; PL.12"),
                   ("S5", "pass", "every annex task PL.1-PL.12 names a Cơ quan chủ trì"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC)
