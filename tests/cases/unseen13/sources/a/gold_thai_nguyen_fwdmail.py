"""Hand gold for the Thái Nguyên forwarded-e-mail plan. Every value typed by hand; write_gold only checks quotes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "thai-nguyen_1875-KH-STTTT_2022_asean-fwdmail"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
P = lambda: A("Phòng Thông tin - Báo chí - Xuất bản")
TT = lambda: A("Trung tâm Thông tin và Truyền thông")
m = meta("1875/KH-STTTT", "Kế hoạch", "Sở Thông tin và Truyền thông tỉnh Thái Nguyên", "Thái Nguyên", "2022-06-15",
         "Thông tin, tuyên truyền về ASEAN năm 2022 của Sở Thông tin và Truyền thông tỉnh Thái Nguyên",
         {"start": 2022, "end": 2022},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "112/KH-UBND", "type": "Kế hoạch", "date": "2022-03-25"}],
         {"name": "Hoàng Thị Thu Trang", "position": "Phó Giám đốc"})
m["note"] = ("Gmail-style HTML of a twice-forwarded e-mail: the plan is pasted as the innermost quoted message (header block as a "
             "two-column <table>, each line a <div>). The e-mail lines (sender, 'Date: Th 4, 15 thg 6, 2022 lúc 16:42', subject, "
             "forwarder's note and signature) are not part of the plan: issued comes from the plan's own place/date line.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
T = [
 ("Hướng dẫn nội dung tuyên truyền về ASEAN năm 2022", [P()],
  [A("Báo Thái Nguyên"), A("Đài Phát thanh - Truyền hình Thái Nguyên")], ("Quý III/2022", "2022-07-01", "2022-09-30")),
 ("Mở chuyên mục \"Thái Nguyên - Hội nhập ASEAN\" trên Cổng thông tin điện tử tỉnh", [TT()],
  [A("Văn phòng Ủy ban nhân dân tỉnh")], None),
 ("Tuyên truyền về kinh tế số, chuyển đổi số và thương mại điện tử trong ASEAN",
  [A("Phòng Bưu chính, Viễn thông và Công nghệ thông tin")],
  [A("Sở Công Thương"), A("Hiệp hội Doanh nghiệp tỉnh Thái Nguyên")], ("Quý III, Quý IV/2022", "2022-07-01", "2022-12-31")),
 ("Quảng bá hình ảnh, tiềm năng của tỉnh Thái Nguyên", [TT()],
  [A("Sở Kế hoạch và Đầu tư"), A("Sở Văn hóa, Thể thao và Du lịch")], ("Năm 2022", "2022-01-01", "2022-12-31")),
 ("Tuyên truyền cổ động trực quan nhân Ngày thành lập ASEAN", [P()],
  [A("Ủy ban nhân dân các huyện, thành phố", coll=True)], ("Tháng 8/2022", "2022-08-01", "2022-08-31")),
 ("Tập huấn kỹ năng tuyên truyền về ASEAN", [P()], [A("Hội Nhà báo tỉnh Thái Nguyên")], ("Tháng 10/2022", "2022-10-01", "2022-10-31")),
 ("Đấu tranh, phản bác thông tin sai trái", [P()], [A("Công an tỉnh"), A("Ban Tuyên giáo Tỉnh ủy")], None),
]
tasks, dls = [], []
for i, (title, lead, sup, tf) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    note = "Field bullets '- Chủ trì: …', '- Phối hợp: …', '- Thời gian: …' under the heading." if i == 1 else None
    if tf is None:
        note = "'Thời gian: Thường xuyên' is not a window: timeframe null, no deadline."
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(*tf) if tf else None, note))
    if tf:
        dls.append(DL(tf[0], "period", f"II.{i}", title, start=tf[1], end=tf[2]))
dls[1]["note"] = "'Quý III, Quý IV/2022' read as one window 2022-07-01 … 2022-12-31."
tasks[4]["note"] = "'08/8/1967 - 08/8/2022' names the anniversary (narration), not a deadline."
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Thông tin - Báo chí - Xuất bản", 2),
         SEC("IV.2", "2.", "Văn phòng Sở", 2),
         SEC("IV.3", "3.", "Trung tâm Thông tin và Truyền thông", 2),
         SEC("IV.4", "4.", "Đề nghị Báo Thái Nguyên, Đài Phát thanh - Truyền hình Thái Nguyên", 2)]
d4 = ["Dành thời lượng, dung lượng phù hợp đăng, phát tin, bài về ASEAN",
      "gửi kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 30/11/2022 để tổng hợp"]
asg = [
 ASG(P(), "IV.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai Kế hoạch",
                   "Tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 05/12/2022"]),
 ASG(A("Văn phòng Sở"), "IV.2", ["Tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán theo quy định"]),
 ASG(TT(), "IV.3", ["Duy trì chuyên mục \"Thái Nguyên - Hội nhập ASEAN\", cập nhật ít nhất 04 tin, bài mỗi tháng"]),
 ASG(A("Báo Thái Nguyên"), "IV.4", d4, note="'Đề nghị X, Y': one assignment per agency."),
 ASG(A("Đài Phát thanh - Truyền hình Thái Nguyên"), "IV.4", d4),
]
dls += [
 DL("trước ngày 05/12/2022", "due", "IV.1", "tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="2022-12-05"),
 DL("ít nhất 04 tin, bài mỗi tháng", "recurring", "IV.3", "Duy trì chuyên mục \"Thái Nguyên - Hội nhập ASEAN\"", rec="monthly"),
 DL("trước ngày 30/11/2022", "due", "IV.4", "gửi kết quả thực hiện về Sở Thông tin và Truyền thông", due="2022-11-30"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước giao cho Sở Thông tin và Truyền thông năm 2022", "section": "III"}],
       "amounts": [{"text": "180 triệu đồng", "vnd": 180000000}]}
areas = [
 AREA("B01", "covered", "II.1", "Bám sát Chủ đề ASEAN năm 2022 \"ASEAN hành động: Cùng giải quyết thách thức\" (ASEAN A.C.T.: Addressing Challenges Together), tuyên truyền về hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và đóng góp của Việt Nam"),
 AREA("B02", "missing"),
 AREA("B03", "missing"),
 AREA("B04", "partial", "I.1", "Lan tỏa tinh thần \"Tư duy Cộng đồng, Hành động Cộng đồng\", để người dân cảm nhận được mình thuộc về một cộng đồng chung", note="Only in the purposes."),
 AREA("B05", "covered", "II.4", "Giới thiệu tiềm năng, thế mạnh, cơ hội kinh doanh, đầu tư, du lịch của tỉnh đến các nước thành viên ASEAN"),
 AREA("B06", "covered", "II.3", "Thông tin cho doanh nghiệp về thương mại điện tử, kinh tế số, chuyển đổi số trong khu vực; cơ hội tham gia chuỗi cung ứng giá trị khu vực"),
 AREA("B07", "covered", "II.2", "Đăng tải tin, bài, ảnh, video về ASEAN trên Cổng thông tin điện tử tỉnh và trang thông tin điện tử của Sở; chia sẻ các nội dung trên mạng xã hội và nền tảng số của Sở"),
 AREA("B08", "covered", "II.5", "treo cờ ASEAN, pa nô, áp phích, băng rôn điện tử nhân kỷ niệm 55 năm Ngày thành lập ASEAN"),
 AREA("B09", "covered", "II.6", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "missing"),
 AREA("B11", "missing", note="II.4 promotes investment and tourism through information, but no fair, exhibition, exchange or promotion event is planned."),
 AREA("B12", "covered", "II.7", "phát hiện và phối hợp xử lý các thông tin xuyên tạc, quan điểm sai trái về chính sách đối ngoại của Việt Nam và quá trình hội nhập ASEAN"),
 AREA("B13", "partial", "I.2", "Tăng cường công tác phối hợp thông tin giữa Sở với các cơ quan báo chí, Ủy ban nhân dân các huyện, thành phố và các doanh nghiệp", note="Only a requirement in section I."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (state budget, 180 triệu đồng, other lawful sources)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
          ("S4", "pass", "IV.1 report to UBND tỉnh and Bộ TT&TT 'trước ngày 05/12/2022'"),
          ("S5", "pass", "all 7 tasks (II.1–II.7) name a lead (Chủ trì)"),
          ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg (and provincial Kế hoạch 112/KH-UBND)")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022 within 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số"],
           areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
