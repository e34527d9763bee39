"""Gold (by hand) for Plan 1: hung-yen_126-KH-UBND_2022_asean-trackchanges.docx.
The gold reads the document as Word's 'final' view: every tracked insertion (w:ins, w:moveTo) accepted, every
tracked deletion (w:del, w:moveFrom) rejected from the text. Values are typed by hand; write_gold only refuses
quotes that are not verbatim in that final-view text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from extract import text_of

NAME = "hung-yen_126-KH-UBND_2022_asean-trackchanges"
SRC = text_of(STAGE / f"{NAME}.docx")

STTTT = lambda: A("Sở Thông tin và Truyền thông")
SVH = lambda: A("Sở Văn hóa, Thể thao và Du lịch")
SNV = lambda: A("Sở Ngoại vụ")
BQL = lambda: A("Ban Quản lý các khu công nghiệp tỉnh")

m = meta("126/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Hưng Yên", "Hưng Yên", "2022-08-15",
         "Thông tin tuyên truyền về ASEAN trên địa bàn tỉnh Hưng Yên giai đoạn 2022 - 2025", {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}],
         {"name": "Đào Văn Khánh", "position": "Phó Chủ tịch"})
m["note"] = ("Tracked changes read as accepted. The number exists only as an insertion ('Số: <del>spaces</del><ins>126</ins>"
             "/KH-UBND'); the date is 'ngày <ins>15</ins> tháng <del>7</del><ins>8</ins> năm 2022' → 2022-08-15; the title "
             "year '<del>2021</del><ins>2022</ins> - 2025' → period 2022-2025; the signer 'Lê Minh Tuấn' is deleted and "
             "'Đào Văn Khánh' inserted. The deleted 'Căn cứ Quyết định số 1536/QĐ-TTg …' is not basis; the inserted "
             "'Xét đề nghị … Tờ trình số 58/TTr-STTTT' is a request, not basis.")

secs = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG THÔNG TIN TUYÊN TRUYỀN", 1, "content",
     note="Bullets only (no tasks). The fourth bullet (COVID-19 cooperation) is a tracked deletion and is not plan text."),
 SEC("III", "III.", "NHIỆM VỤ, GIẢI PHÁP", 1, "tasks",
     note="The original task 6 (Đấu tranh phản bác thông tin sai trái, Công an tỉnh) is deleted as a whole by tracked "
          "changes; the old '7.' is renumbered '<del>7</del><ins>6</ins>.', and a new task 7 is a tracked insertion."),
]
T = [
 ("Thông tin trên báo chí và Cổng Thông tin điện tử tỉnh",
  [A("Báo Hưng Yên"), A("Đài Phát thanh và Truyền hình Hưng Yên"), A("Cổng Thông tin điện tử tỉnh")], [STTTT()], None,
  "Roles were edited by tracked changes: lead '<del>Sở Thông tin và Truyền thông</del><ins>Báo Hưng Yên, Đài … , Cổng …</ins>', "
  "support '<ins>Sở Thông tin và Truyền thông</ins><del>các cơ quan báo chí của tỉnh</del>'. 'Thời gian: hằng năm' is no window."),
 ("Truyền thông trên mạng xã hội và nền tảng số", [STTTT()],
  [A("Các cơ quan báo chí của tỉnh", "các cơ quan báo chí của tỉnh", True)], None, "'Thời gian: thường xuyên': null."),
 ("Tuyên truyền cổ động trực quan", [SVH()],
  [A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)], None,
  "'tháng 8 hằng năm' recurs every year: no single window (timeframe null); kept as a yearly recurring period deadline."),
 ("Quảng bá tiềm năng, thế mạnh của tỉnh đến các nước ASEAN", [A("Sở Kế hoạch và Đầu tư")], [SNV(), BQL()],
  TF("năm 2023 - 2025", "2023-01-01", "2025-12-31"), "Year edited '<del>2022</del><ins>2023</ins> - 2025'."),
 ("Thông tin cho doanh nghiệp về các lĩnh vực hợp tác mới", [A("Sở Công Thương")],
  [A("Hiệp hội Doanh nghiệp tỉnh"), BQL()], None, "'Thời gian: hằng năm': no window; a yearly recurring deadline."),
 ("Tập huấn, bồi dưỡng kỹ năng tuyên truyền", [STTTT()], [SNV()], None,
  "Label '<del>7</del><ins>6</ins>.'; time '<del>III</del><ins>IV</ins>' → 'quý IV hằng năm': a yearly recurring period, no single window."),
 ("Cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên", [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh đoàn")],
  TF("năm 2024", "2024-01-01", "2024-12-31"), "The whole task (heading and two paragraphs) is a tracked insertion."),
 ("Giao lưu văn hóa, thể thao", [SVH()], [SNV(), A("Ủy ban nhân dân thành phố Hưng Yên", "UBND thành phố Hưng Yên")],
  TF("năm 2023 và năm 2025", "2023-01-01", "2025-12-31"),
  "Two separate years: timeframe is their hull (as in set 7's Bắc Kạn gold); two one-year period deadlines."),
]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization",
     note="The old item '6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể …' is a tracked deletion: no V.6."),
 SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
 SEC("V.2", "2.", "Sở Ngoại vụ", 2),
 SEC("V.3", "3.", "Sở Công Thương", 2),
 SEC("V.4", "4.", "Sở Tài chính", 2),
 SEC("V.5", "5.", "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", 2),
]
DV5 = ["Xây dựng kế hoạch tuyên truyền về ASEAN hằng năm của cơ quan, địa phương",
       "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm"]
asg = [
 ASG(STTTT(), "V.1", ["Chủ trì, hướng dẫn, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch",
                      "định hướng các cơ quan báo chí về nội dung trọng tâm tuyên truyền về ASEAN",
                      "Tổng hợp, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 05/12 hằng năm"]),
 ASG(SNV(), "V.2", ["Cung cấp thông tin về các hoạt động hợp tác giữa tỉnh Hưng Yên với các địa phương, đối tác ASEAN cho các cơ quan báo chí"],
     note="The second bullet once under Sở Ngoại vụ was moved (w:moveFrom/w:moveTo) to Sở Công Thương."),
 ASG(A("Sở Công Thương"), "V.3", ["Cung cấp thông tin về tình hình thực hiện các hiệp định thương mại tự do trong ASEAN cho doanh nghiệp"],
     note="Its only bullet is the moved-to copy (w:moveTo)."),
 ASG(A("Sở Tài chính"), "V.4", ["Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "V.5", DV5, note="Heading names two collectives separated by ';': split."),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True), "V.5", DV5),
]
dls = [
 DL("hằng năm", "recurring", "III.1", T[0][0], rec="yearly", note="'Thời gian: hằng năm' field of the task."),
 DL("tháng 8 hằng năm", "period", "III.3", T[2][0], start="--08-01", end="--08-31", rec="yearly"),
 DL("năm 2023 - 2025", "period", "III.4", T[3][0], start="2023-01-01", end="2025-12-31"),
 DL("hằng năm", "recurring", "III.5", T[4][0], rec="yearly", note="'Thời gian: hằng năm' field of the task."),
 DL("quý IV hằng năm", "period", "III.6", T[5][0], start="--10-01", end="--12-31", rec="yearly"),
 DL("năm 2024", "period", "III.7", T[6][0], start="2024-01-01", end="2024-12-31"),
 DL("năm 2023", "period", "III.8", T[7][0], start="2023-01-01", end="2023-12-31",
    note="From 'Thời gian: năm 2023 và năm 2025' (two items)."),
 DL("năm 2025", "period", "III.8", T[7][0], start="2025-01-01", end="2025-12-31"),
 DL("Hằng năm", "recurring", "IV", "Sở Thông tin và Truyền thông lập dự toán kinh phí", rec="yearly",
    note="Yearly budget estimate, as 4750 IV.2 in /work/shared/gold."),
 DL("trước ngày 05/12 hằng năm", "due", "V.1", "báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện",
    due="--12-05", rec="yearly", note="Tracked change '<del>30/11</del><ins>05/12</ins>': the accepted date is 05/12."),
 DL("trước ngày 25/11 hằng năm", "due", "V.5", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-25", rec="yearly",
    note="Tracked change '<del>15/11</del><ins>25/11</ins>'."),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, trong dự toán hằng năm của các cơ quan, đơn vị", "section": "IV"},
                   {"text": "huy động nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "IV"},
                   {"text": "Hằng năm, Sở Thông tin và Truyền thông lập dự toán kinh phí 250 triệu đồng/năm, gửi Sở Tài chính thẩm định, trình UBND tỉnh", "section": "IV"}],
       "amounts": [{"text": "250 triệu đồng", "vnd": 250000000}],
       "note": "Amount edited '<del>300</del><ins>250</ins> triệu đồng/năm' (a Word comment on it asks Sở Tài chính's view; "
               "comments are not plan text). Socialization and other lawful sources come from a tracked insertion."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "II", "Bám sát Chủ đề ASEAN theo từng năm; thông tin về hoạt động của ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "partial", "I.1", "góp phần thúc đẩy phục hồi kinh tế sau đại dịch COVID-19",
      note="Only in the purposes; the content bullet 'Hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi toàn diện' is a tracked deletion."),
 AREA("B03", "missing", note="No real-life stories, exemplary people or ASEAN awards."),
 AREA("B04", "covered", "II", "Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa, lịch sử giữa các dân tộc trong khu vực; nâng cao cảm nhận thuộc về một cộng đồng chung"),
 AREA("B05", "covered", "III.4", "Giới thiệu tiềm năng, thế mạnh, cơ hội đầu tư, kinh doanh, du lịch của tỉnh Hưng Yên"),
 AREA("B06", "covered", "III.5", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, thương mại điện tử, cơ chế hải quan một cửa ASEAN, chuỗi cung ứng giá trị khu vực cho doanh nghiệp, hợp tác xã"),
 AREA("B07", "covered", "III.2", "Tạo lập, chia sẻ nội dung về ASEAN trên các trang Facebook, Zalo, YouTube của cơ quan báo chí và Cổng Thông tin điện tử tỉnh"),
 AREA("B08", "covered", "III.3", "Treo cờ ASEAN, pa nô, áp phích, băng rôn, băng điện tử"),
 AREA("B09", "covered", "III.6", "Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ phóng viên, biên tập viên"),
 AREA("B10", "covered", "III.7", "Phát động cuộc thi tìm hiểu về ASEAN trực tuyến cho học sinh trung học phổ thông, sinh viên",
      note="Evidence is a tracked insertion (accepted)."),
 AREA("B11", "covered", "III.8", "Tổ chức hoặc tham gia các hoạt động giao lưu văn hóa, thể thao, triển lãm ảnh về ASEAN"),
 AREA("B12", "missing", note="The only task on countering distorted views (old task 6, Công an tỉnh) is a tracked deletion."),
 AREA("B13", "partial", "I.2", "Tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương và các cơ quan báo chí",
      note="Only a requirement in section I (as Kiên Giang B13 in /work/shared/gold)."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 inside 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget, socialization, other lawful; 250 triệu đồng/năm)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
                   ("S4", "pass", "V.1 report trước ngày 05/12 hằng năm; V.5 reports trước ngày 25/11 hằng năm"),
                   ("S5", "pass", "every task III.1-III.8 has a 'Chủ trì:' lead"),
                   ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC)
