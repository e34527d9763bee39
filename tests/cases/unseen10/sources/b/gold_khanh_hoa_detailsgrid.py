"""Gold (by hand) for Plan 4: khanh-hoa_4862-KH-UBND_2024_asean-detailsgrid.html.
Every value below was typed by the annotator; write_gold only refuses quotes not verbatim in the source text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "khanh-hoa_4862-KH-UBND_2024_asean-detailsgrid"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TTTT = lambda: A("Sở Thông tin và Truyền thông")
SCT = lambda: A("Sở Công Thương")

m = meta("4862/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Khánh Hòa", "Khánh Hòa", "2024-05-22",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Khánh Hòa giai đoạn 2024 - 2025",
         {"start": 2024, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "1829/BTTTT-TTĐN", "type": "Công văn", "date": "2024-04-10"}],
         {"name": "Phan Minh Khôi", "position": "Phó Chủ tịch"})
m["note"] = ("Legal-database page: the site's own attribute box (Số hiệu, Loại văn bản, Nơi ban hành, Người ký, Ngày ban hành "
             "22/05/2024) agrees with the document's header. The 'VĂN BẢN LIÊN QUAN' sidebar (1160/QĐ-TTg, 4213/KH-UBND, "
             "1876/KH-UBND, 1536/QĐ-TTg …) is site chrome, not basis; only the preamble's 'Căn cứ …' documents are basis. "
             "'Xét đề nghị … Tờ trình số 1763/TTr-STTTT' is not basis.")

secs = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
 SEC("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks",
     note="Each part is a <details> whose <summary> is the heading; tasks 3-7 are collapsed <details> (no 'open'), "
          "their text is in the page all the same. Roles are only in the annex."),
]
BODY = [
 ("Đổi mới nội dung, hình thức thông tin về ASEAN trên báo chí của tỉnh",
  [A("Báo Khánh Hòa"), A("Đài Phát thanh và Truyền hình Khánh Hòa")], [TTTT()],
  TF("2024 - 2025", "2024-01-01", "2025-12-31"),
  "Lead, support and time from annex row 1 (same STT, same activity: chuyên trang, chuyên mục, tác phẩm báo chí đa phương "
  "tiện). The body text opens with 'Các cơ quan báo chí của tỉnh' as actor; the annex names those bodies individually, so "
  "the collective is not added as a further lead."),
 ("Đẩy mạnh thông tin về ASEAN trên môi trường số", [TTTT()],
  [A("Văn phòng Ủy ban nhân dân tỉnh")], TF("Quý III/2024", "2024-07-01", "2024-09-30"), "From annex row 2."),
 ("Giới thiệu câu chuyện thực tiễn, mô hình hợp tác hiệu quả với các nước ASEAN", [TTTT()],
  [SCT(), A("Các cơ quan báo chí của tỉnh", "các cơ quan báo chí của tỉnh", True)], TF("Năm 2025", "2025-01-01", "2025-12-31"),
  "From annex row 3."),
 ("Quảng bá hình ảnh tỉnh Khánh Hòa, xúc tiến thương mại, đầu tư, du lịch với các nước ASEAN",
  [A("Trung tâm Xúc tiến Đầu tư và Hỗ trợ doanh nghiệp")], [A("Sở Du lịch"), A("Sở Ngoại vụ")],
  TF("2024 - 2025", "2024-01-01", "2025-12-31"), "From annex row 4."),
 ("Thông tin về thương mại điện tử, kinh tế số, dịch chuyển lao động trong ASEAN", [SCT()],
  [A("Sở Lao động - Thương binh và Xã hội"), A("Cục Hải quan tỉnh Khánh Hòa")], TF("Quý IV/2024", "2024-10-01", "2024-12-31"),
  "From annex row 5."),
 ("Tổ chức giao lưu văn hóa, thể thao và cuộc thi tìm hiểu về ASEAN", [A("Tỉnh đoàn Khánh Hòa")],
  [A("Sở Giáo dục và Đào tạo"), A("Liên hiệp các tổ chức hữu nghị tỉnh")], TF("Quý II/2025", "2025-04-01", "2025-06-30"),
  "From annex row 6."),
 ("Đấu tranh phản bác quan điểm sai trái", [A("Công an tỉnh")], [TTTT()], None,
  "From annex row 7; its time cell 'Thường xuyên' gives no window."),
]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(BODY, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
PL8 = "Treo cờ ASEAN, pa nô, băng rôn và trình chiếu nội dung tuyên truyền trên màn hình LED tại các tuyến đường trung tâm nhân Ngày thành lập ASEAN"
PL9 = "Tập huấn, bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ làm công tác thông tin đối ngoại"
PL10 = "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch"
tasks += [
 TASK("PL.8", PL8, [A("Sở Văn hóa và Thể thao")],
      [A("Ủy ban nhân dân thành phố Nha Trang"), A("Ủy ban nhân dân thành phố Cam Ranh", "Cam Ranh")],
      TF("Tháng 8/2024, tháng 8/2025", "2024-08-01", "2025-08-31"),
      note="Annex rows 8-10 have no body task of that number: tasks of their own (PL.). Phối hợp 'Ủy ban nhân dân thành phố Nha Trang, Cam Ranh' "
           "= two city people's committees. The time cell names two separate months; the timeframe is recorded as their "
           "hull (as in set 7's Bắc Kạn gold) and the deadlines as two one-month periods."),
 TASK("PL.9", PL9, [TTTT()], [A("Hội Nhà báo tỉnh")], TF("Quý III/2024", "2024-07-01", "2024-09-30")),
 TASK("PL.10", PL10, [TTTT()],
      [A("Các sở, ban, ngành", coll=True),
       A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], None,
      note="Reporting row of the annex: a task; 'Trước ngày 15/12 hằng năm' is a yearly due date, not a window. "
           "'Ủy ban nhân dân các huyện, thị xã, thành phố' kept as one collective."),
]
secs += [
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
 SEC("V.2", "2.", "Sở Tài chính", 2),
 SEC("V.3", "3.", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố", 2),
 SEC("V.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn Khánh Hòa và Liên hiệp các tổ chức hữu nghị tỉnh", 2),
]
DUT3 = ["xây dựng kế hoạch và tổ chức thực hiện", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]
DUT4 = ["Lồng ghép thông tin về ASEAN trong hoạt động của tổ chức mình",
        "phát huy vai trò của đoàn viên, hội viên trong lan tỏa thông tin về Cộng đồng ASEAN"]
asg = [
 ASG(TTTT(), "V.1", ["Là cơ quan đầu mối, chủ trì hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                     "tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương và các cơ quan báo chí của tỉnh",
                     "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 15/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "V.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "V.3", DUT3,
     note="Two collectives split at ';'. The second, 'Ủy ban nhân dân các huyện, thị xã, thành phố', is one collective."),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True), "V.3", DUT3),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "V.4", DUT4, note="'Đề nghị X, Y và Z': one assignment per body."),
 ASG(A("Tỉnh đoàn Khánh Hòa"), "V.4", DUT4),
 ASG(A("Liên hiệp các tổ chức hữu nghị tỉnh"), "V.4", DUT4),
]
def tdl(tid, text, start, end, subj):
    return DL(text, "period", tid, subj, start=start, end=end)
dls = [
 tdl("III.1", "2024 - 2025", "2024-01-01", "2025-12-31", BODY[0][0]),
 tdl("III.2", "Quý III/2024", "2024-07-01", "2024-09-30", BODY[1][0]),
 tdl("III.3", "Năm 2025", "2025-01-01", "2025-12-31", BODY[2][0]),
 tdl("III.4", "2024 - 2025", "2024-01-01", "2025-12-31", BODY[3][0]),
 tdl("III.5", "Quý IV/2024", "2024-10-01", "2024-12-31", BODY[4][0]),
 tdl("III.6", "Quý II/2025", "2025-04-01", "2025-06-30", BODY[5][0]),
 tdl("PL.8", "Tháng 8/2024", "2024-08-01", "2024-08-31", PL8),
 tdl("PL.8", "tháng 8/2025", "2025-08-01", "2025-08-31", PL8),
 tdl("PL.9", "Quý III/2024", "2024-07-01", "2024-09-30", PL9),
 DL("Trước ngày 15/12 hằng năm", "due", "PL.10", PL10, due="--12-15", rec="yearly"),
 DL("trước ngày 15/12 hằng năm", "due", "V.1",
    "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện", due="--12-15", rec="yearly",
    note="The same yearly report deadline is printed twice (V.1 and annex row 10); both occurrences are kept."),
 DL("trước ngày 30/11 hằng năm", "due", "V.3", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]
dls[0]["note"] = "Annex time cells of rows 1-6 are attached to the matching body tasks III.1-III.6 (spec: annex row gives that task its deadline)."
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "sponsorship"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách tỉnh trong dự toán được giao hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", "section": "IV"},
                   {"text": "khuyến khích huy động nguồn xã hội hóa, tài trợ của các tổ chức, doanh nghiệp theo quy định của pháp luật", "section": "IV"}],
       "amounts": [],
       "note": "'tài trợ của các tổ chức, doanh nghiệp' is sponsorship (not an enterprise contribution)."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "II", "kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "missing", note="COVID-19 is not mentioned anywhere."),
 AREA("B03", "covered", "III.3", "Giới thiệu câu chuyện thực tiễn, nhân vật điển hình, doanh nghiệp của tỉnh hợp tác hiệu quả với đối tác các nước ASEAN"),
 AREA("B04", "partial", "I.1", "củng cố cảm nhận thuộc về một cộng đồng chung",
      note="Only a purpose; no content item or task on ASEAN identity or cultural similarities."),
 AREA("B05", "covered", "III.4", "Quảng bá tiềm năng, thế mạnh, cơ hội kinh doanh, đầu tư, du lịch của tỉnh tới cộng đồng doanh nghiệp, du khách các nước ASEAN"),
 AREA("B06", "covered", "III.5", "Phổ biến cho doanh nghiệp thông tin về thương mại điện tử, kinh tế số, chuyển đổi số, cơ chế hải quan một cửa ASEAN, chuỗi cung ứng giá trị khu vực"),
 AREA("B07", "covered", "III.2", "Xây dựng chuyên mục về ASEAN trên Cổng Thông tin điện tử tỉnh; đăng tải, chia sẻ thông tin về ASEAN trên mạng xã hội, nền tảng số"),
 AREA("B08", "covered", "PL.8", "Treo cờ ASEAN, pa nô, băng rôn và trình chiếu nội dung tuyên truyền trên màn hình LED"),
 AREA("B09", "covered", "PL.9", "Tập huấn, bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN cho phóng viên, biên tập viên"),
 AREA("B10", "covered", "III.6", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên"),
 AREA("B11", "covered", "III.4", "tổ chức, tham gia hội chợ, triển lãm, chương trình xúc tiến đầu tư tại các nước ASEAN"),
 AREA("B12", "covered", "III.7", "kịp thời phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và quá trình hội nhập ASEAN"),
 AREA("B13", "covered", "V.1", "tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương và các cơ quan báo chí của tỉnh"),
]
areas[7]["note"] = "Evidence is an annex-only task (PL.8); B08 rests on the annex."
AU = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2024-2025 within 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số; 3 trụ cột"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 7 assignments"),
                   ("S4", "pass", "V.1 report trước ngày 15/12 hằng năm; V.3 reports trước ngày 30/11 hằng năm"),
                   ("S5", "pass", "body tasks III.1-III.7 get their lead from annex rows 1-7; annex tasks PL.8-PL.10 have their own"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC)
