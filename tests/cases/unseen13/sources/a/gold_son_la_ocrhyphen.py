"""Hand gold for the Mộc Châu OCR text. Every value typed by hand; write_gold only checks that each quote is
verbatim in the DELIVERED text (hyphenated line ends kept, so quotes never cross a hyphen break)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "son-la_moc-chau_165-KH-UBND_2019_asean-ocrhyphen"
SRC = (STAGE / f"{NAME}.txt").read_text(encoding="utf-8")
VH = lambda: A("Phòng Văn hóa và Thông tin huyện")
TT = lambda: A("Trung tâm Văn hóa - Thể thao và Truyền thông huyện")
TCKH = lambda: A("Phòng Tài chính - Kế hoạch huyện")
HD = lambda: A("Huyện đoàn")
m = meta("165/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Mộc Châu", "Sơn La", "2019-08-20",
         "Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Mộc Châu",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "2187/KH-UBND", "type": "Kế hoạch", "date": "2019-08-06"}],
         {"name": "Lò Văn Khởi", "position": "Phó Chủ tịch"})
m["note"] = ("OCR plain-text export of a print: words hyphenated at line ends inside a syllable ('chuyê-' / 'n đề'), "
             "page numbers and running headers 'Kế hoạch số 165/KH-UBND – Trang N' between blocks, form feeds between pages. "
             "The spec's normalised text does not say it rejoins hyphenated words, so every quote here is taken from "
             "stretches that no hyphen break crosses (plain line breaks are only whitespace). Where a duty or clause runs "
             "into a hyphen break the quote stops before it (noted).")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG, NHIỆM VỤ CỤ THỂ", 1, "tasks")]
T = [
 ("Tuyên truyền về Cộng đồng ASEAN và năm Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN 2020", [VH()],
  [A("Ban Tuyên giáo Huyện ủy"), TT()], ("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện", [TT()],
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], None),
 ("Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của các đoàn thể", [VH()],
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện"), HD(), A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")],
  ("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Thông tin cho doanh nghiệp, hợp tác xã về hội nhập kinh tế ASEAN", [A("Phòng Kinh tế và Hạ tầng huyện")],
  [TCKH(), A("Phòng Nông nghiệp và Phát triển nông thôn huyện")], ("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("Tuyên truyền về ASEAN trong trường học", [A("Phòng Giáo dục và Đào tạo huyện")], [HD()], ("Năm 2020", "2020-01-01", "2020-12-31")),
 ("Quảng bá tiềm năng, thế mạnh của huyện Mộc Châu", [VH()],
  [A("Ban Quản lý Khu du lịch quốc gia Mộc Châu"), TCKH()], ("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Tuyên truyền cổ động trực quan", [TT()], [A("Ủy ban nhân dân các xã, thị trấn", coll=True)], ("Năm 2020", "2020-01-01", "2020-12-31")),
 ("Nắm bắt dư luận xã hội, đấu tranh phản bác thông tin sai trái", [A("Công an huyện")], [VH()], None),
]
tasks, dls = [], []
for i, (title, lead, sup, tf) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    note = None
    if i == 1: note = "Field lines '- Cơ quan chủ trì: …', '- Cơ quan phối hợp: …', '- Thời gian thực hiện: …'."
    if tf is None: note = "'Thời gian thực hiện: Thường xuyên' is not a window: timeframe null, no deadline."
    if i == 7: note = "The page 2/3 furniture (page number, running header) falls between its 'Cơ quan phối hợp' and 'Thời gian thực hiện' lines; both belong to this task."
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(*tf) if tf else None, note))
    if tf:
        dls.append(DL(tf[0], "period", f"II.{i}", title, start=tf[1], end=tf[2]))
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2),
         SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch huyện", 2),
         SEC("IV.3", "3.", "Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", 2),
         SEC("IV.4", "4.", "Ủy ban nhân dân các xã, thị trấn", 2)]
d3 = ["Chỉ đạo các tổ chức thành viên lồng ghép tuyên truyền về ASEAN trong sinh hoạt định kỳ của đoàn viên, hội viên"]
asg = [
 ASG(VH(), "IV.1", ["Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                    "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm"]),
 ASG(TCKH(), "IV.2", ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện"],
     note="The sentence goes on 'Kế hoạc-' / 'h theo quy định'; the quote stops before the hyphen break."),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện"), "IV.3", d3, note="'Đề nghị X và Y': one assignment per agency."),
 ASG(A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True), "IV.3", d3),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "IV.4",
     ["Chỉ đạo đài truyền thanh xã tiếp, phát sóng các chương trình về ASEAN",
      "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện trước ngày 15/6 và ngày 15/11 hằng năm"]),
]
dls += [
 DL("trước ngày 25/11 hằng năm", "due", "IV.1", "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="--11-25", rec="yearly"),
 DL("trước ngày 15/6 và ngày 15/11 hằng năm", "due", "IV.4", "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện", due="--06-15", rec="yearly",
    note="Two yearly due dates in one phrase: two items (as 'trước ngày 20/5 và ngày 20/11/2019' in the spec)."),
 DL("trước ngày 15/6 và ngày 15/11 hằng năm", "due", "IV.4", "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện", due="--11-15", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách huyện năm 2019, năm 2020 giao cho các cơ quan, đơn vị", "section": "III"}],
       "amounts": [], "note": "'lồng gh-' / 'ép trong kinh phí hoạt động thường xuyên của các cơ quan, đơn vị' → unit_budget; the clause quote stops before the hyphen break."}
areas = [
 AREA("A01", "partial", "I.2", "có sự phối hợp chặt chẽ giữa các cơ quan, đơn vị", note="Only a requirement in section I; no vertical/horizontal mechanism, no orienting of the press."),
 AREA("A02", "missing"),
 AREA("A03", "missing"),
 AREA("A04", "covered", "II.3", "phát huy vai trò của các tổ chức thanh niên, phụ nữ, nông dân trong việc đưa thông tin về ASEAN"),
 AREA("A05", "missing"),
 AREA("A06", "covered", "II.4", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử và cơ hội kinh doanh"),
 AREA("A07", "covered", "II.5", "Đưa nội dung về ASEAN vào các hoạt động ngoại khóa", note="The sentence goes on to an ASEAN knowledge contest ('cuộ-' / 'c thi tìm hiểu'), split by a hyphen break."),
 AREA("A08", "missing"),
 AREA("A09", "covered", "II.2", "tiếp, phát sóng các chương trình về ASEAN"),
 AREA("A10", "covered", "II.7", "Treo băng rôn, khẩu hiệu, pa nô, áp phích tuyên truyền về ASEAN"),
 AREA("A11", "missing"),
 AREA("A12", "covered", "II.1", "Biên soạn, cung cấp tài liệu tuyên", note="'Biên soạn, cung cấp tài liệu tuyên tr-' / 'uyền về ASEAN cho đội ngũ báo cáo viên': an own sentence with its own verbs; quote stops before the hyphen break."),
 AREA("A13", "covered", "II.1", "các sự kiện quan trọng của ASEAN năm 2020 khi Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN 2020, kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II.1", "Tuyên truyền về vai trò, vị thế của ASEAN, những thành tựu của Cộng đồng ASEAN trên 3 trụ cột"),
 AREA("A15", "covered", "II.8", "Theo dõi, nắm bắt dư luận xã hội; kịp thời phản bác các thông"),
 AREA("A16", "covered", "II.6", "Giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (district budget estimates; regular unit funds)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
          ("S4", "pass", "IV.1 report to UBND huyện and Sở TT&TT 'trước ngày 25/11 hằng năm'"),
          ("S5", "pass", "all 8 tasks (II.1–II.8) name a lead (Cơ quan chủ trì)"),
          ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (and provincial Kế hoạch 2187/KH-UBND)")]
au = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
