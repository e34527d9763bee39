"""Hand-written gold for ninh-binh_412-KH-STTTT_2022_asean-obsidianmd (every value decided by reading the note;
write_gold only refuses quotes that are not verbatim in the text once `**` is removed)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "ninh-binh_412-KH-STTTT_2022_asean-obsidianmd"
SRC = (STAGE / f"{NAME}.md").read_text(encoding="utf-8").replace("**", "")

TTBC = lambda: A("Phòng Thông tin - Báo chí - Xuất bản")
VPS = lambda: A("Văn phòng Sở")
TTCNTT = lambda: A("Trung tâm Công nghệ thông tin và Truyền thông")

m = meta("412/KH-STTTT", "Kế hoạch", "Sở Thông tin và Truyền thông tỉnh Ninh Bình", "Ninh Bình", "2022-04-12",
         "Thông tin, tuyên truyền về Cộng đồng ASEAN năm 2022", {"start": 2022, "end": 2022},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "27/KH-UBND", "type": "Kế hoạch", "date": "2022-02-28"}],
         {"name": "Phạm Văn Lâm", "position": "Phó Giám đốc"})
m["note"] = ("Obsidian note: number and date come from the YAML front matter (`number`, `date`) and are repeated in the "
             "`[!info]` callout ('Số: 412/KH-STTTT · Ninh Bình, ngày 12 tháng 4 năm 2022'). The front-matter `created: "
             "2022-04-15T08:47` / `updated` timestamps are the note's own, not the issue date. Title: the H1 without its "
             "leading 'Kế hoạch'. Signer from the bold lines 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Phạm Văn Lâm'.")

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose",
            note="Numbered items are carried by Markdown bullets ('- **1. Mục đích**'): the bullet is export decoration; the "
                 "`1.` label makes the item a section. Plain bullets without a label are never sections."),
        SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content",
            note="Content as unnumbered bullets plus a pipe table of ASEAN event dates (Thời gian | Sự kiện | Trọng tâm "
                 "tuyên truyền): no agency or task columns, so it is neither a task table nor a source of deadlines "
                 "(ASEAN calendar dates narrate)."),
        SEC("III", "III.", "NHIỆM VỤ VÀ HÌNH THỨC TUYÊN TRUYỀN", 1, "tasks")]
T = [
 ("Tuyên truyền trên báo chí", [TTBC()],
  [A("Báo Ninh Bình"), A("Đài Phát thanh và Truyền hình Ninh Bình")], TF("Cả năm 2022", "2022-01-01", "2022-12-31"),
  "The 'Nội dung:' line opens with Báo Ninh Bình and the Đài as actors, but an explicit 'Chủ trì:' field names the lead; "
  "the two outlets are the 'Phối hợp:' support."),
 ("Tuyên truyền trên Trang thông tin điện tử và mạng xã hội", [TTCNTT()], [VPS()], None,
  "'Thời gian: Thường xuyên' is not a window. Lettered sub-items a)/b) are sections III.2.a/III.2.b, not tasks."),
 ("Tuyên truyền trên hệ thống thông tin cơ sở", [TTBC()],
  [A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True)], TF("Quý II - Quý IV/2022", "2022-04-01", "2022-12-31"), None),
 ("Biên soạn tài liệu tuyên truyền", [TTBC()], [A("Sở Ngoại vụ")], None,
  "'Hoàn thành trước ngày 30/6/2022' is a due date (deadline), not a timeframe."),
 ("Tuyên truyền cổ động trực quan", [VPS()],
  [A("Sở Văn hóa và Thể thao"), A("Ủy ban nhân dân thành phố Ninh Bình")], TF("Tháng 8/2022", "2022-08-01", "2022-08-31"), None),
 ("Bồi dưỡng nghiệp vụ", [VPS()], [TTBC()], None,
  "'Thời gian: Theo kế hoạch của Bộ Thông tin và Truyền thông' gives no window."),
 ("Thông tin cho doanh nghiệp", [A("Phòng Bưu chính, Viễn thông và Công nghệ thông tin")],
  [A("Sở Công Thương"), A("Hiệp hội Doanh nghiệp tỉnh")], TF("Quý III/2022", "2022-07-01", "2022-09-30"), None),
 ("Cuộc thi tìm hiểu về ASEAN", [A("Tỉnh đoàn Ninh Bình")],
  [TTBC(), A("Sở Giáo dục và Đào tạo")], TF("Tháng 9 - tháng 10/2022", "2022-09-01", "2022-10-31"), None),
]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
    if i == 2:
        secs.append(SEC("III.2.a", "a)", "Trang thông tin điện tử Sở Thông tin và Truyền thông mở chuyên mục \"ASEAN 2022\", đăng tải, chia sẻ tin, bài từ Cổng thông tin ASEAN Việt Nam", 3))
        secs.append(SEC("III.2.b", "b)", "Chia sẻ các video, infographic về ASEAN trên trang Fanpage và tài khoản Zalo OA của Sở; lan tỏa nội dung qua các trang mạng xã hội có nhiều người theo dõi trên địa bàn tỉnh", 3))
secs += [SEC("IV", "IV.", "KINH PHÍ", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization",
             note="Section V is indented with 2 spaces (sections I-III with 4); the depth of indentation carries no level."),
         SEC("V.1", "1.", "Phòng Thông tin - Báo chí - Xuất bản", 2),
         SEC("V.2", "2.", "Văn phòng Sở", 2),
         SEC("V.3", "3.", "Trung tâm Công nghệ thông tin và Truyền thông", 2),
         SEC("V.4", "4.", "Đề nghị các cơ quan báo chí, Phòng Văn hóa và Thông tin các huyện, thành phố", 2)]

V4 = ["Phối hợp triển khai các nội dung tại Mục III Kế hoạch này",
      "báo cáo kết quả về Sở Thông tin và Truyền thông (qua Phòng Thông tin - Báo chí - Xuất bản) trước ngày 05/12/2022"]
asg = [
 ASG(TTBC(), "V.1", ["Là đầu mối tham mưu Giám đốc Sở tổ chức triển khai Kế hoạch",
                     "hướng dẫn các cơ quan báo chí trên địa bàn tỉnh về nội dung trọng tâm tuyên truyền về ASEAN",
                     "Tăng cường công tác phối hợp thông tin với Sở Ngoại vụ, Ban Tuyên giáo Tỉnh ủy và các cơ quan báo chí trong tuyên truyền về ASEAN",
                     "Tổng hợp kết quả, tham mưu Sở báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2022"]),
 ASG(VPS(), "V.2", ["Bảo đảm kinh phí thực hiện Kế hoạch", "hướng dẫn các đơn vị thanh quyết toán kinh phí theo quy định"]),
 ASG(TTCNTT(), "V.3", ["Bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho chuyên mục \"ASEAN 2022\" và cuộc thi trực tuyến"]),
 ASG(A("Các cơ quan báo chí", "các cơ quan báo chí", True), "V.4", V4,
     note="'Đề nghị X, Y' heading: one assignment per agency group."),
 ASG(A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True), "V.4", V4),
]
asg[0]["note"] = ("The `[!warning]` callout after V ('các đơn vị phản ánh về Sở …') is a closing remark, not an assignment "
                  "and not a deadline.")
dls = [
 DL("Cả năm 2022", "period", "III.1", "Tuyên truyền trên báo chí", start="2022-01-01", end="2022-12-31"),
 DL("Quý II - Quý IV/2022", "period", "III.3", "Tuyên truyền trên hệ thống thông tin cơ sở", start="2022-04-01", end="2022-12-31"),
 DL("trước ngày 30/6/2022", "due", "III.4", "Biên soạn, in 3.000 tờ gấp \"Hỏi - đáp về Cộng đồng ASEAN\"", due="2022-06-30"),
 DL("Tháng 8/2022", "period", "III.5", "Treo cờ ASEAN, pa nô, áp phích, băng rôn và băng điện tử", start="2022-08-01", end="2022-08-31"),
 DL("Quý III/2022", "period", "III.7", "Thông tin cho doanh nghiệp", start="2022-07-01", end="2022-09-30"),
 DL("Tháng 9 - tháng 10/2022", "period", "III.8", "Tổ chức cuộc thi trực tuyến \"Tìm hiểu về Cộng đồng ASEAN\"", start="2022-09-01", end="2022-10-31"),
 DL("trước ngày 15/12/2022", "due", "V.1", "tham mưu Sở báo cáo Ủy ban nhân dân tỉnh", due="2022-12-15"),
 DL("trước ngày 05/12/2022", "due", "V.4", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="2022-12-05"),
]
dls[0]["note"] = ("Not deadlines: the event dates in the section II table (28/7, Đầu tháng 8/2022, 08/8, Tháng 11/2022 — the "
                  "ASEAN calendar), the front-matter dates, and 'Theo kế hoạch của Bộ Thông tin và Truyền thông' (III.6).")
bud = {"present": True, "section": "IV", "sources": ["unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn chi thường xuyên năm 2022 của Sở Thông tin và Truyền thông", "section": "IV"},
                   {"text": "các đơn vị phối hợp sử dụng kinh phí lồng ghép trong nhiệm vụ chuyên môn của đơn vị", "section": "IV"}],
       "amounts": [{"text": "85.000.000 đồng", "vnd": 85000000}],
       "note": "'nguồn chi thường xuyên … của Sở' and 'kinh phí lồng ghép … của đơn vị' are both the units' own recurrent funds "
               "(unit_budget); no ngân sách/dự toán wording. The amount in words '(Tám mươi lăm triệu đồng)' is the same amount."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "II", "Tuyên truyền về Cộng đồng ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "partial", "II", "trong bối cảnh phục hồi kinh tế sau đại dịch COVID-19",
      note="COVID-19 recovery appears only as the setting of the new-fields bullet; no content item of its own."),
 AREA("B03", "missing", note="No real-life stories, exemplary people or ASEAN awards."),
 AREA("B04", "missing", note="No ASEAN identity / sense of belonging; 'Tư duy Cộng đồng, Hành động Cộng đồng' in I.1 is awareness, not identity."),
 AREA("B05", "covered", "II", "Quảng bá tiềm năng, thế mạnh du lịch của tỉnh Ninh Bình"),
 AREA("B06", "covered", "II", "Tuyên truyền về các lĩnh vực hợp tác mới như thương mại điện tử, kinh tế số, chuyển đổi số, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN"),
 AREA("B07", "covered", "III.2.a", "Trang thông tin điện tử Sở Thông tin và Truyền thông mở chuyên mục \"ASEAN 2022\""),
 AREA("B08", "covered", "III.5", "Treo cờ ASEAN, pa nô, áp phích, băng rôn và băng điện tử"),
 AREA("B09", "covered", "III.6", "Cử công chức, phóng viên, biên tập viên tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "covered", "III.8", "Tổ chức cuộc thi trực tuyến \"Tìm hiểu về Cộng đồng ASEAN\" dành cho đoàn viên, thanh niên, học sinh"),
 AREA("B11", "missing", note="No cultural/sports exchanges, fairs, exhibitions or promotion events; promotion of the province is B05 content only."),
 AREA("B12", "partial", "I.2", "chủ động phản bác các luận điệu xuyên tạc về chính sách đối ngoại của Đảng và Nhà nước",
      note="Only as a requirement in the purposes section."),
 AREA("B13", "covered", "V.1", "Tăng cường công tác phối hợp thông tin với Sở Ngoại vụ, Ban Tuyên giáo Tỉnh ủy và các cơ quan báo chí trong tuyên truyền về ASEAN"),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021) and provincial plan 27/KH-UBND (28/02/2022)", "period 2022, inside 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; 3 trụ cột"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ (unit recurrent funds, 85.000.000 đồng)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
                   ("S4", "pass", "V.1 báo cáo UBND tỉnh trước ngày 15/12/2022; V.4 báo cáo về Sở trước ngày 05/12/2022"),
                   ("S5", "pass", "every task III.1-III.8 has a 'Chủ trì:' lead"),
                   ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC)
