"""Gold (by hand) for Plan 1: long-an_2876-KH-STTTT_2022_asean-headingstyles.docx.
Every value below was typed by the annotator from the document text; write_gold only refuses quotes that are not
verbatim in the source text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "long-an_2876-KH-STTTT_2022_asean-headingstyles"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TTBC = lambda: A("Phòng Thông tin - Báo chí - Xuất bản")
TTCNTT = lambda: A("Trung tâm Công nghệ thông tin và Truyền thông")
VPS = lambda: A("Văn phòng Sở")
BAO = lambda: A("Báo Long An")
DAI = lambda: A("Đài Phát thanh và Truyền hình Long An")

NOLABEL = ("The document prints NO label on any heading: parts are paragraphs in Word style 'Heading 1', sub-parts and "
           "tasks are 'Heading 2' (no typed numbers, no list numbering). Ids are assigned by position as if the styles "
           "were the usual plan hierarchy: Heading 1 = Roman (I, II, …), Heading 2 under it = Arabic (I.1, III.2, …), the "
           "same way the spec numbers Word auto-numbered annex rows by position. label is null because nothing is printed.")

m = meta("2876/KH-STTTT", "Kế hoạch", "Sở Thông tin và Truyền thông tỉnh Long An", "Long An", "2022-12-16",
         "Thông tin, tuyên truyền về ASEAN năm 2023", {"start": 2023, "end": 2023},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "3864/KH-UBND", "type": "Kế hoạch", "date": "2021-11-05"}],
         {"name": "Trần Minh Khải", "position": "Phó Giám đốc"})
m["note"] = ("Header left column 'UBND TỈNH LONG AN' / 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG': the issuer is the Sở, its locality from "
             "the parent line. Quyết định 3698/QĐ-UBND is cited in the budget paragraph, not in the preamble: not basis. "
             "Signature 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC'.")

secs = [
 SEC("I", None, "Mục đích, yêu cầu", 1, "purpose", note=NOLABEL),
 SEC("I.1", None, "Mục đích", 2),
 SEC("I.2", None, "Yêu cầu", 2),
 SEC("II", None, "Nội dung thông tin, tuyên truyền", 1, "content", note="Bullets only (typed '- '): no tasks."),
 SEC("III", None, "Nhiệm vụ cụ thể", 1, "tasks",
     note="Its eight 'Heading 2' paragraphs are the tasks III.1-III.8 (unnumbered, but they are the numbered-item level of "
          "a tasks part). The bold 'Đơn vị chủ trì:' / 'Đơn vị phối hợp:' / 'Thời gian thực hiện:' runs are field lines "
          "in Normal paragraphs, not headings."),
]
T = [
 ("Thông tin trên Báo Long An, Đài Phát thanh và Truyền hình Long An", [TTBC()], [BAO(), DAI()],
  TF("Năm 2023", "2023-01-01", "2023-12-31"),
  "Báo Long An and Đài PT&TH Long An also appear in the heading as channels; their role comes from 'Đơn vị phối hợp:'."),
 ("Chuyên mục ASEAN trên Cổng Thông tin điện tử tỉnh và mạng xã hội", [TTCNTT()], [VPS()],
  TF("Quý I/2023", "2023-01-01", "2023-03-31"), None),
 ("Tuyên truyền trên hệ thống thông tin cơ sở", [TTBC()],
  [A("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", coll=True)], None,
  "'Thời gian thực hiện: Thường xuyên' is not a window: timeframe null, no deadline."),
 ("Tuyên truyền cổ động trực quan nhân kỷ niệm 56 năm Ngày thành lập ASEAN", [VPS()], [TTCNTT()],
  TF("Tháng 8/2023", "2023-08-01", "2023-08-31"), None),
 ("Tập huấn kỹ năng thông tin, tuyên truyền về ASEAN", [TTBC()], [A("Hội Nhà báo tỉnh")],
  TF("Quý III/2023", "2023-07-01", "2023-09-30"), None),
 ("Hỗ trợ doanh nghiệp tiếp cận thông tin về thương mại điện tử và chuyển đổi số trong ASEAN",
  [A("Phòng Công nghệ thông tin")], [A("Sở Công Thương"), A("Hiệp hội Doanh nghiệp tỉnh")],
  TF("Tháng 10/2023", "2023-10-01", "2023-10-31"), None),
 ("Theo dõi dư luận, phản bác thông tin sai trái", [TTBC()], [A("Công an tỉnh")], None,
  "No field lines: lead and support from the running text 'Phòng Thông tin - Báo chí - Xuất bản chủ trì, phối hợp với Công an tỉnh …'."),
 ("Giới thiệu câu chuyện thực tiễn về lợi ích của hợp tác ASEAN", [TTCNTT()], [TTBC()],
  TF("từ Quý II đến Quý IV/2023", "2023-04-01", "2023-12-31"), None),
]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", None, title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [
 SEC("IV", None, "Kinh phí thực hiện", 1, "budget"),
 SEC("V", None, "Tổ chức thực hiện", 1, "organization"),
 SEC("V.1", None, "Phòng Thông tin - Báo chí - Xuất bản", 2),
 SEC("V.2", None, "Phòng Kế hoạch - Tài chính", 2),
 SEC("V.3", None, "Các phòng, đơn vị thuộc Sở", 2),
 SEC("V.4", None, "Đề nghị Báo Long An, Đài Phát thanh và Truyền hình Long An", 2),
]
DUT4 = ["Bố trí thời lượng, dung lượng hợp lý cho chuyên mục về ASEAN",
        "phối hợp với Sở Thông tin và Truyền thông thực hiện các nội dung tại Kế hoạch này"]
asg = [
 ASG(TTBC(), "V.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai Kế hoạch",
                     "Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh và Bộ Thông tin và Truyền thông (qua Cục Thông tin đối ngoại) trước ngày 05/12/2023"]),
 ASG(A("Phòng Kế hoạch - Tài chính"), "V.2", ["Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch",
                                             "hướng dẫn các phòng, đơn vị thanh toán, quyết toán kinh phí theo quy định"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "V.3",
     ["Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung và triển khai thực hiện",
      "Báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản trước ngày 25/11/2023 để tổng hợp"]),
 ASG(BAO(), "V.4", DUT4, note="'Đề nghị Báo Long An, Đài Phát thanh và Truyền hình Long An' (a Heading 2): one assignment per agency. "
     "The closing paragraph that follows ('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị phản ánh …') "
     "sits under this heading in the text but is the plan's closing, not a duty."),
 ASG(DAI(), "V.4", DUT4),
]
def tdl(i, text, start, end):
    return DL(text, "period", f"III.{i}", T[i - 1][0], start=start, end=end)
dls = [
 tdl(1, "Năm 2023", "2023-01-01", "2023-12-31"),
 tdl(2, "Quý I/2023", "2023-01-01", "2023-03-31"),
 tdl(4, "Tháng 8/2023", "2023-08-01", "2023-08-31"),
 tdl(5, "Quý III/2023", "2023-07-01", "2023-09-30"),
 tdl(6, "Tháng 10/2023", "2023-10-01", "2023-10-31"),
 tdl(8, "từ Quý II đến Quý IV/2023", "2023-04-01", "2023-12-31"),
 DL("trước ngày 05/12/2023", "due", "V.1",
    "Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh và Bộ Thông tin và Truyền thông", due="2023-12-05"),
 DL("trước ngày 25/11/2023", "due", "V.3", "Báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản", due="2023-11-25"),
]
dls[0]["note"] = "Task time field 'Năm 2023' equals the plan year; kept as the task's window (cf. Kiên Giang II.3)."
bud = {"present": True, "section": "IV", "sources": ["unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên năm 2023 của Sở Thông tin và Truyền thông", "section": "IV"},
                   {"text": "lồng ghép trong các chương trình, kế hoạch khác của Sở", "section": "IV"}],
       "amounts": [{"text": "185.000.000 đồng", "vnd": 185000000}],
       "note": "The Sở's own recurrent budget (assigned by the province's budget decision) and integration with its other "
               "programmes: unit_budget only. state_budget is arguable, since the recurrent budget is state money, but the "
               "text names no ngân sách/dự toán source."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "II", "Chủ đề ASEAN năm 2023 và kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "partial", "I.1", "đẩy mạnh phục hồi sản xuất, kinh doanh sau đại dịch COVID-19",
      note="COVID-19 recovery appears only in the purposes; no ASEAN cooperation against COVID-19 is propagated."),
 AREA("B03", "covered", "III.8", "giới thiệu câu chuyện thực tiễn, nhân vật điển hình, doanh nghiệp của tỉnh hợp tác hiệu quả với đối tác các nước ASEAN"),
 AREA("B04", "covered", "II", "Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa, lịch sử giữa Việt Nam và các quốc gia thành viên ASEAN"),
 AREA("B05", "partial", "II", "Tiềm năng, thế mạnh và môi trường đầu tư của tỉnh Long An",
      note="The province's strengths are a content topic for the local audience; nothing promotes the province to ASEAN members or partners."),
 AREA("B06", "covered", "III.6", "Tổ chức hội thảo giới thiệu các nền tảng thương mại điện tử, giải pháp chuyển đổi số, cơ chế hải quan một cửa ASEAN"),
 AREA("B07", "covered", "III.2", "Xây dựng chuyên mục “Long An - ASEAN” trên Cổng Thông tin điện tử tỉnh"),
 AREA("B08", "covered", "III.4", "Treo cờ ASEAN, pa nô, băng rôn tại trụ sở Sở"),
 AREA("B09", "covered", "III.5", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên"),
 AREA("B10", "missing", note="No contest and no youth or student activity."),
 AREA("B11", "missing", note="No cultural or sports exchange, fair, exhibition or investment-promotion event."),
 AREA("B12", "covered", "III.7", "kịp thời phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam"),
 AREA("B13", "partial", "I.2", "Tăng cường công tác phối hợp thông tin giữa Sở Thông tin và Truyền thông với các sở, ban, ngành, địa phương và các cơ quan báo chí trên địa bàn tỉnh",
      note="Only a requirement in section I; no task or duty sets up the coordination."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg", "year 2023 within 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; 3 trụ cột"],
           areas, [("S1", "pass", "section I 'Mục đích, yêu cầu' (Heading 1)"),
                   ("S2", "pass", "section IV 'Kinh phí thực hiện': unit budget, 185.000.000 đồng"),
                   ("S3", "pass", "section V 'Tổ chức thực hiện' with 5 assignments"),
                   ("S4", "pass", "V.1 report to UBND tỉnh and the Ministry trước ngày 05/12/2023; V.3 unit reports trước ngày 25/11/2023"),
                   ("S5", "pass", "every task III.1-III.8 has a lead"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg and the provincial plan 3864/KH-UBND")])
write_gold(NAME, P, AU, SRC)
