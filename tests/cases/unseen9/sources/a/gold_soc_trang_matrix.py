"""Gold for plan 3 (Sóc Trăng, phân công matrix annex in a LibreOffice PDF). Hand-typed values."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "soc-trang_183-KH-UBND_2019_asean-matrix"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

AG = {  # matrix column header (as printed) -> agency
 "Sở TT&TT": lambda: A("Sở Thông tin và Truyền thông", "Sở TT&TT"),
 "Sở VHTTDL": lambda: A("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL"),
 "Sở Công Thương": lambda: A("Sở Công Thương"),
 "Sở KH&ĐT": lambda: A("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
 "Sở GD&ĐT": lambda: A("Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
 "Sở Ngoại vụ": lambda: A("Sở Ngoại vụ"),
 "Báo Sóc Trăng": lambda: A("Báo Sóc Trăng"),
 "Đài PTTH tỉnh": lambda: A("Đài Phát thanh và Truyền hình tỉnh", "Đài PTTH tỉnh"),
 "Tỉnh đoàn": lambda: A("Tỉnh đoàn"),
 "UBND cấp huyện": lambda: A("Ủy ban nhân dân cấp huyện", "UBND cấp huyện", coll=True),
}
COLS = list(AG)

m = meta("183/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Sóc Trăng", "Sóc Trăng", "2019-10-28",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Sóc Trăng", {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26",
           "note": "In the PDF the justified line breaks after the hyphen ('03/BTTTT-' / 'BCĐASEAN'); pdftotext's default mode joins it to '03/BTTTTBCĐASEAN'. The number is 03/BTTTT-BCĐASEAN."}],
         {"name": "Thạch Minh Đức", "position": "Phó Chủ tịch"})

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
TITLES = ["Duy trì cơ chế phối hợp thông tin về ASEAN",
          "Tuyên truyền trên báo chí, Cổng Thông tin điện tử tỉnh",
          "Khai thác cơ sở dữ liệu và truyền thông mới",
          "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",
          "Thông tin cho doanh nghiệp về Cộng đồng Kinh tế ASEAN",
          "Tuyên truyền về ASEAN trong trường học",
          "Giao lưu văn hóa, thể thao và cổ động trực quan",
          "Xúc tiến thương mại, đầu tư và quảng bá hình ảnh tỉnh",
          "Tuyên truyền trên hệ thống thông tin cơ sở",
          "Biên soạn, phát hành tài liệu tuyên truyền"]
for i, t in enumerate(TITLES, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", t, 2))
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Sở Thông tin và Truyền thông", 2),
         SEC("IV.2", "2.", "Các sở, ban, ngành tỉnh", 2),
         SEC("IV.3", "3.", "Sở Tài chính", 2),
         SEC("IV.4", "4.", "Ủy ban nhân dân các huyện, thị xã, thành phố", 2),
         SEC("IV.5", "5.", "Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể tỉnh", 2)]

# annex matrix rows, typed from the table: STT, roles per column, time cell, window
M = [
 (1, {"Sở TT&TT": "CT", "Sở Ngoại vụ": "PH", "Báo Sóc Trăng": "PH", "Đài PTTH tỉnh": "PH", "UBND cấp huyện": "PH"}, "2019 - 2020", ("2019-01-01", "2020-12-31")),
 (2, {"Sở TT&TT": "PH", "Báo Sóc Trăng": "CT", "Đài PTTH tỉnh": "CT"}, "2019 - 2020", ("2019-01-01", "2020-12-31")),
 (3, {"Sở TT&TT": "CT", "Báo Sóc Trăng": "PH", "Đài PTTH tỉnh": "PH", "Tỉnh đoàn": "PH"}, "Thường xuyên", None),
 (4, {"Sở TT&TT": "CT", "Sở Ngoại vụ": "PH"}, "Quý II/2020", ("2020-04-01", "2020-06-30")),
 (5, {"Sở Công Thương": "CT", "Sở KH&ĐT": "PH", "Sở Ngoại vụ": "PH"}, "Năm 2020", ("2020-01-01", "2020-12-31")),
 (6, {"Sở VHTTDL": "PH", "Sở GD&ĐT": "CT", "Tỉnh đoàn": "PH"}, "2019 - 2020", ("2019-01-01", "2020-12-31")),
 (7, {"Sở VHTTDL": "CT", "Sở Ngoại vụ": "PH", "UBND cấp huyện": "PH"}, "2019 - 2020", ("2019-01-01", "2020-12-31")),
 (8, {"Sở VHTTDL": "PH", "Sở Công Thương": "CT", "Sở KH&ĐT": "CT", "Sở Ngoại vụ": "PH"}, "2019 - 2020", ("2019-01-01", "2020-12-31")),
 (9, {"Sở TT&TT": "PH", "UBND cấp huyện": "CT"}, "Thường xuyên", None),
 (10, {"Sở TT&TT": "CT", "Sở GD&ĐT": "PH", "UBND cấp huyện": "PH"}, "Quý I/2020", ("2020-01-01", "2020-03-31")),
 (11, {"Sở TT&TT": "CT", "Sở VHTTDL": "PH", "Sở Công Thương": "PH", "Sở KH&ĐT": "PH", "Sở GD&ĐT": "PH", "Sở Ngoại vụ": "PH",
       "UBND cấp huyện": "PH"}, "Tháng 12/2020", ("2020-12-01", "2020-12-31")),
]
tasks, dls = [], []
for stt, roles, when, win in M:
    tid = f"II.{stt}" if stt <= 10 else f"PL.{stt}"
    title = TITLES[stt - 1] if stt <= 10 else "Sơ kết, đánh giá kết quả thực hiện Kế hoạch"
    lead = [AG[c]() for c in COLS if roles.get(c) == "CT"]
    sup = [AG[c]() for c in COLS if roles.get(c) == "PH"]
    tasks.append(TASK(tid, title, lead, sup, TF(when, *win) if win else None))
    if win:
        dls.append(DL(when, "period", tid, title, start=win[0], end=win[1]))
tasks[0]["note"] = ("Body tasks II.1-II.10 name no agency; each gets lead (CT cells) and support (PH cells) and its timeframe "
                    "from the annex matrix row with the same STT and the same heading. Agencies in column order.")
tasks[1]["note"] = "Two CT cells (Báo Sóc Trăng, Đài PTTH tỉnh): both are leads. Outlets named in the body text are venues, not roles."
tasks[2]["note"] = "'Thường xuyên' is not a window: timeframe null, no deadline."
tasks[7]["note"] = "Two CT cells (Sở Công Thương, Sở KH&ĐT): joint lead."
tasks[10]["note"] = "Annex row 11 has no body task with that number or content: a task of its own, id PL.11."
dls.insert(1, DL("định kỳ hằng quý", "recurring", "II.1", "định hướng nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
                 rec="quarterly"))
dls += [
 DL("trước ngày 10/12 hằng năm", "due", "IV.1",
    "báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN", due="--12-10", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "IV.2", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]

D5 = ["Phối hợp định hướng công tác tuyên truyền", "lồng ghép tuyên truyền về ASEAN trong sinh hoạt của cán bộ, đoàn viên, hội viên"]
asg = [
 ASG(A("Sở Thông tin và Truyền thông"), "IV.1",
     ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch",
      "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 10/12 hằng năm"]),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "IV.2",
     ["Căn cứ nhiệm vụ được phân công chủ trì, phối hợp tại Phụ lục kèm theo, xây dựng kế hoạch chi tiết và tổ chức thực hiện",
      "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
 ASG(A("Sở Tài chính"), "IV.3", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True), "IV.4",
     ["Xây dựng kế hoạch tuyên truyền về ASEAN phù hợp với tình hình địa phương",
      "chỉ đạo đài truyền thanh cấp huyện, cấp xã thực hiện nhiệm vụ tại mục 9 Phần II Kế hoạch này"]),
 ASG(A("Ban Tuyên giáo Tỉnh ủy"), "IV.5", D5),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "IV.5", D5),
 ASG(A("Các đoàn thể tỉnh", "các đoàn thể tỉnh", coll=True), "IV.5", D5),
]
asg[4]["note"] = "'Đề nghị X, Y và Z' heading: one assignment per agency, same duties."
asg[0]["note"] = "The annex matrix gives task roles, not assignments; assignments come from section IV only."

bud = {"present": True, "section": "III", "sources": ["state_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện được bố trí trong dự toán ngân sách hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", "section": "III"},
                   {"text": "khuyến khích huy động nguồn xã hội hóa để tổ chức các hoạt động giao lưu, quảng bá", "section": "III"}],
       "amounts": []}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "covered", "II.1", "Thiết lập, duy trì cơ chế phối hợp thông tin theo chiều ngang và chiều dọc giữa các sở, ban, ngành, địa phương và các cơ quan báo chí; định kỳ hằng quý định hướng nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn"),
 AREA("A02", "covered", "II.3", "Chia sẻ cơ sở dữ liệu, tin, bài từ Cổng thông tin ASEAN Việt Nam"),
 AREA("A03", "covered", "II.3", "giới thiệu, quảng bá Ứng dụng và Fanpage “ASEAN và Việt Nam” đến cán bộ, công chức, đoàn viên, thanh niên; tăng cường tuyên truyền về ASEAN trên mạng xã hội"),
 AREA("A04", "covered", "IV.5", "lồng ghép tuyên truyền về ASEAN trong sinh hoạt của cán bộ, đoàn viên, hội viên",
      note="An enumerated duty of the mass organisations (own verb); also II.9 'lồng ghép trong các buổi sinh hoạt ấp, khóm'."),
 AREA("A05", "covered", "II.4", "Tổ chức 01 lớp tập huấn cho phóng viên, biên tập viên các cơ quan báo chí, cán bộ làm công tác thông tin, tuyên truyền cấp tỉnh, cấp huyện"),
 AREA("A06", "covered", "II.5", "phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ chế hải quan một cửa ASEAN, Hệ thống thông tin kinh doanh ASEAN (ASEAN BIS) cho doanh nghiệp"),
 AREA("A07", "covered", "II.6", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông"),
 AREA("A08", "covered", "II.6", "duy trì, phát huy Góc ASEAN tại Thư viện tỉnh và xây dựng Góc ASEAN tại một số trường trung học phổ thông"),
 AREA("A09", "covered", "II.2", "Mở chuyên trang, chuyên mục về ASEAN trên Báo Sóc Trăng, Đài Phát thanh và Truyền hình Sóc Trăng, Cổng Thông tin điện tử tỉnh"),
 AREA("A10", "covered", "II.7", "mời các đoàn nghệ thuật, đội ghe ngo của các nước ASEAN tham gia giao lưu; treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN"),
 AREA("A11", "covered", "II.8", "Tham gia hội chợ, hội nghị xúc tiến thương mại, đầu tư tại các nước ASEAN"),
 AREA("A12", "covered", "II.10", "Biên soạn, in 5.000 tờ rơi, 1.000 cuốn sổ tay hỏi - đáp về ASEAN bằng song ngữ Việt - Khmer"),
 AREA("A13", "partial", "I", "Góp phần chuẩn bị tốt cho Năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020",
      note="Only in the purposes; no task on the summits, the 2019/2020 themes, the Chairmanship events or the anniversaries."),
 AREA("A14", "covered", "II.2", "tuyên truyền về vai trò, vị thế của ASEAN, thành tựu của Cộng đồng ASEAN trên 3 trụ cột",
      note="A clause with its own verb inside the press task; covered (partial arguable)."),
 AREA("A15", "missing", note="Nothing on countering false or distorted information or following public opinion."),
 AREA("A16", "covered", "II.8", "giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư, sản phẩm đặc sản của tỉnh (gạo thơm, bánh pía, tôm) tới nhà đầu tư các nước ASEAN"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN (26/6/2019) and Công văn 03/BTTTT-BCĐASEAN", "period 2019-2020",
                         "fingerprints: dòng chảy chính của công tác hội nhập ASEAN; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam; Chủ tịch ASEAN 2020"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 7 assignments"),
                   ("S4", "pass", "IV.1 báo cáo UBND tỉnh và BCĐ trước ngày 10/12 hằng năm; IV.2 trước ngày 30/11 hằng năm"),
                   ("S5", "pass", "every task (II.1-II.10 through the annex matrix, and PL.11) has a CT cell"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN")])
write_gold(NAME, P, AU, SRC)
