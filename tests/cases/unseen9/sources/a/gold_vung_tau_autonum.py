"""Gold for plan 2 (Bà Rịa - Vũng Tàu Sở Du lịch, auto-numbered task table + Word comment). Hand-typed values."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "ba-ria-vung-tau_1186-KH-SDL_2022_asean-autonum"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
# quotes must come from the plan, never from the reviewer's comment: check against the source without that line
SRC_PLAN = "\n".join(l for l in SRC.splitlines() if not l.startswith("[COMMENT"))

VP = lambda: A("Văn phòng Sở")
TTXT = lambda: A("Trung tâm Thông tin Xúc tiến Du lịch")
QLDL = lambda: A("Phòng Quản lý Du lịch")
HH = lambda: A("Hiệp hội Du lịch tỉnh")
STT = lambda: A("Sở Thông tin và Truyền thông")

m = meta("1186/KH-SDL", "Kế hoạch", "Sở Du lịch tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "2022-06-20",
         "Thông tin, tuyên truyền về ASEAN gắn với quảng bá, xúc tiến du lịch tỉnh Bà Rịa - Vũng Tàu giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "98/KH-UBND", "type": "Kế hoạch", "date": "2022-05-27"}],
         {"name": "Nguyễn Văn Thuận", "position": "Phó Giám đốc"})
m["note"] = ("Header 'UBND TỈNH BÀ RỊA - VŨNG TÀU / SỞ DU LỊCH' → Sở Du lịch with the province from the parent line. The Word "
             "comment on the budget paragraph (a reviewer's note: '350 triệu đồng', 'tháng 9/2022') is not plan text and gives "
             "nothing to any field.")

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("I.1", "1.", "Mục đích", 2),
        SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
        SEC("III", "III.", "NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", 1, "tasks",
            note="Holds the body task table. Its STT column is Word automatic numbering (no typed digits), one list running 1-12 "
                 "across the group rows A-D, so the rows are III.1-III.12 by position (= the rendered numbers). Group rows "
                 "('A. THÔNG TIN, TUYÊN TRUYỀN VỀ ASEAN' …) are neither tasks nor sections."),
        SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Văn phòng Sở", 2),
        SEC("V.2", "2.", "Phòng Quản lý Du lịch", 2),
        SEC("V.3", "3.", "Trung tâm Thông tin Xúc tiến Du lịch", 2),
        SEC("V.4", "4.", "Đề nghị Hiệp hội Du lịch tỉnh", 2)]

R = [
 ("Xây dựng chuyên mục “Du lịch ASEAN” trên Trang thông tin điện tử Sở Du lịch, Fanpage và Zalo OA “Du lịch Bà Rịa - Vũng Tàu”",
  [VP()], [TTXT()], "Quý III/2022", ("2022-07-01", "2022-09-30")),
 ("Đăng tải tin, bài về Chủ đề ASEAN hằng năm và kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội",
  [TTXT()], [VP()], "Hằng năm", None),
 ("Giới thiệu câu chuyện thực tiễn, mô hình du lịch cộng đồng, doanh nghiệp du lịch điển hình hợp tác hiệu quả với đối tác các nước ASEAN",
  [TTXT()], [HH(), A("Báo Bà Rịa - Vũng Tàu")], "2023 - 2025", ("2023-01-01", "2025-12-31")),
 ("Treo pa nô, băng rôn tuyên truyền về ASEAN tại trụ sở Sở Du lịch và các khu du lịch trọng điểm nhân kỷ niệm Ngày thành lập ASEAN",
  [VP()], [], "Tháng 8/2022", ("2022-08-01", "2022-08-31")),
 ("Tham gia Hội chợ Du lịch quốc tế TP. Hồ Chí Minh (ITE HCMC), giới thiệu sản phẩm du lịch biển, đảo Côn Đảo, Hồ Tràm, Long Hải tới doanh nghiệp lữ hành các nước ASEAN",
  [TTXT()], [HH()], "Hằng năm", None),
 ("Đón đoàn famtrip, presstrip của doanh nghiệp lữ hành, báo chí Thái Lan, Malaysia, Singapore khảo sát sản phẩm du lịch của tỉnh",
  [TTXT()], [QLDL(), A("Sở Ngoại vụ")], "Quý IV/2022", ("2022-10-01", "2022-12-31")),
 ("Biên soạn, phát hành ấn phẩm quảng bá du lịch (cẩm nang, bản đồ du lịch) bằng tiếng Anh, tiếng Thái, tiếng Mã Lai",
  [TTXT()], [QLDL()], "Năm 2023", ("2023-01-01", "2023-12-31")),
 ("Phối hợp tổ chức Lễ hội văn hóa, ẩm thực các nước ASEAN tại thành phố Vũng Tàu",
  [QLDL()], [A("Sở Văn hóa và Thể thao"), A("Ủy ban nhân dân thành phố Vũng Tàu", "UBND thành phố Vũng Tàu")], "Quý II/2024",
  ("2024-04-01", "2024-06-30")),
 ("Tập huấn tiêu chuẩn nghề du lịch ASEAN cho lao động tại cơ sở lưu trú, doanh nghiệp lữ hành; thông tin về dịch chuyển lao động theo Thỏa thuận MRA-TP",
  [QLDL()], [HH(), A("Các cơ sở đào tạo du lịch", coll=True)], "Quý III/2023", ("2023-07-01", "2023-09-30")),
 ("Cử công chức, viên chức tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [VP()], [],
  "Theo kế hoạch của Sở Thông tin và Truyền thông", None),
 ("Hướng dẫn doanh nghiệp du lịch ứng dụng thương mại điện tử, chuyển đổi số trong quảng bá, bán sản phẩm tới khách du lịch các nước ASEAN",
  [QLDL()], [TTXT(), STT()], "2022 - 2025", ("2022-01-01", "2025-12-31")),
 ("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch gửi UBND tỉnh (qua Sở Thông tin và Truyền thông)", [VP()],
  [A("Các phòng, đơn vị thuộc Sở", coll=True)], "Trước ngày 30/11 hằng năm", None),
]
tasks, dls = [], []
for n, (title, lead, sup, when, tf) in enumerate(R, 1):
    tid = f"III.{n}"
    tasks.append(TASK(tid, title, lead, sup, TF(when, *tf) if tf else None))
    if tf:
        dls.append(DL(when, "period", tid, title, start=tf[0], end=tf[1]))
    elif when == "Hằng năm":
        dls.append(DL(when, "recurring", tid, title, rec="yearly"))
    elif when.startswith("Trước ngày 30/11"):
        dls.append(DL(when, "due", tid, "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", due="--11-30", rec="yearly"))
tasks[0]["note"] = ("Rows of the III table: 'Chủ trì' column = lead, 'Phối hợp' column = support (one paragraph per agency in the "
                    "cell); the STT numbers are Word list numbering, not text.")
tasks[3]["note"] = "'Phối hợp' cell empty: support []. 'nhân kỷ niệm Ngày thành lập ASEAN' is event timing; the window is the time cell."
tasks[7]["note"] = "Title opens 'Phối hợp tổ chức …' but the row's 'Chủ trì' column names Phòng Quản lý Du lịch; support from the 'Phối hợp' column only."
tasks[9]["note"] = "'Theo kế hoạch của Sở Thông tin và Truyền thông' is no time constraint: timeframe null, no deadline."
tasks[11]["note"] = "Reporting row of the task table: a task; its time cell gives a yearly due date, not a window."
dls += [
 DL("trước ngày 15/11 hằng năm", "due", "V.2", "gửi báo cáo kết quả về Văn phòng Sở", due="--11-15", rec="yearly"),
 DL("trước ngày 15/11 hằng năm", "due", "V.3", "gửi báo cáo kết quả về Văn phòng Sở", due="--11-15", rec="yearly"),
]

asg = [
 ASG(VP(), "V.1", ["Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch",
                   "phối hợp với Sở Thông tin và Truyền thông trong công tác thông tin, tuyên truyền về ASEAN",
                   "Tổng hợp kết quả thực hiện, tham mưu báo cáo theo quy định"]),
 ASG(QLDL(), "V.2", ["Chủ trì thực hiện các nhiệm vụ được phân công tại Mục III",
                     "hướng dẫn các doanh nghiệp du lịch, cơ sở lưu trú tham gia các hoạt động hợp tác du lịch ASEAN",
                     "gửi báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm"]),
 ASG(TTXT(), "V.3", ["Chủ động đưa nội dung xúc tiến tại thị trường các nước ASEAN vào chương trình xúc tiến du lịch của tỉnh",
                     "thực hiện các nhiệm vụ được phân công tại Mục III",
                     "gửi báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm"]),
 ASG(HH(), "V.4", ["Phối hợp vận động hội viên tham gia các hoạt động quảng bá, xúc tiến du lịch tại thị trường ASEAN",
                   "chia sẻ thông tin về cơ hội hợp tác với doanh nghiệp du lịch các nước ASEAN"]),
]
asg[0]["note"] = "The III table rows are tasks, not assignments; assignments come from the headings of section V only."

bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán của Sở Du lịch (kinh phí xúc tiến du lịch) và Trung tâm Thông tin Xúc tiến Du lịch", "section": "IV"},
                   {"text": "huy động nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định", "section": "IV"}],
       "amounts": [],
       "note": "No amount in the plan. '350 triệu đồng' appears only in the Word comment anchored on this paragraph, which is not plan text."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "III.2", "Đăng tải tin, bài về Chủ đề ASEAN hằng năm và kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "partial", "I", "góp phần phục hồi hoạt động du lịch của tỉnh sau đại dịch COVID-19",
      note="Only in the purposes, and about the province's own tourism recovery; no task informs about ASEAN cooperation against COVID-19."),
 AREA("B03", "covered", "III.3", "Giới thiệu câu chuyện thực tiễn, mô hình du lịch cộng đồng, doanh nghiệp du lịch điển hình hợp tác hiệu quả với đối tác các nước ASEAN"),
 AREA("B04", "missing", note="Nothing on ASEAN Community identity or a sense of belonging."),
 AREA("B05", "covered", "III.5", "giới thiệu sản phẩm du lịch biển, đảo Côn Đảo, Hồ Tràm, Long Hải tới doanh nghiệp lữ hành các nước ASEAN"),
 AREA("B06", "covered", "III.11", "Hướng dẫn doanh nghiệp du lịch ứng dụng thương mại điện tử, chuyển đổi số trong quảng bá, bán sản phẩm tới khách du lịch các nước ASEAN",
      note="Also III.9 'thông tin về dịch chuyển lao động theo Thỏa thuận MRA-TP'."),
 AREA("B07", "covered", "III.1", "Xây dựng chuyên mục “Du lịch ASEAN” trên Trang thông tin điện tử Sở Du lịch, Fanpage và Zalo OA"),
 AREA("B08", "covered", "III.4", "Treo pa nô, băng rôn tuyên truyền về ASEAN tại trụ sở Sở Du lịch và các khu du lịch trọng điểm"),
 AREA("B09", "covered", "III.10", "Cử công chức, viên chức tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "missing", note="No contest and no youth or student activity."),
 AREA("B11", "covered", "III.8", "Phối hợp tổ chức Lễ hội văn hóa, ẩm thực các nước ASEAN tại thành phố Vũng Tàu",
      note="Also III.5 (international tourism fair)."),
 AREA("B12", "missing", note="No countering of distorted views."),
 AREA("B13", "partial", "I", "Phối hợp chặt chẽ với Sở Thông tin và Truyền thông, các cơ quan báo chí trong việc cung cấp thông tin về hợp tác du lịch ASEAN",
      note="A requirement in section I; in V.1 only a bilateral 'phối hợp với Sở Thông tin và Truyền thông' (as in the Kiên Giang gold, partial)."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021) and Bà Rịa - Vũng Tàu plan 98/KH-UBND", "period 2022-2025 within 2021-2025",
                         "fingerprints: tư duy Cộng đồng, hành động Cộng đồng; COVID-19; 3 trụ cột; chuyển đổi số"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
                   ("S4", "pass", "III.12 báo cáo UBND tỉnh trước ngày 30/11 hằng năm; V.2, V.3 trước ngày 15/11 hằng năm"),
                   ("S5", "pass", "every row III.1-III.12 has a Chủ trì"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC_PLAN)
