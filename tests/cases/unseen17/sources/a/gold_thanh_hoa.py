"""Hand gold for Công an tỉnh Thanh Hóa 2817/KH-CAT-PX03 (PDF). Every value typed by hand; write_gold only checks that
each quote is verbatim in pdftotext -raw of the delivered PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "thanh-hoa_2817-KH-CAT-PX03_2019_asean-capdf"
SRC = delivered_text(NAME, "pdf")
CTD = lambda: A("Phòng Công tác đảng và công tác chính trị")
m = meta("2817/KH-CAT-PX03", "Kế hoạch", "Công an tỉnh Thanh Hóa", "Thanh Hóa", "2019-09-12",
         "Tuyên truyền, quảng bá ASEAN trong lực lượng Công an tỉnh giai đoạn 2019 - 2020", {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "148/KH-UBND", "type": "Kế hoạch", "date": "2019-07-26"}],
         {"name": "Lê Quang Thịnh", "position": "Phó Giám đốc"})
m["note"] = "Header 'BỘ CÔNG AN' (parent) / 'CÔNG AN TỈNH THANH HÓA' (issuer). The rank 'Đại tá' printed before the name is not part of the name."
C = [
 "Tuyên truyền về Cộng đồng ASEAN, chủ đề năm ASEAN, những thành tựu sau hơn 50 năm hình thành và phát triển; vai trò, vị thế của Việt Nam sau 25 năm gia nhập ASEAN",
 "Tuyên truyền về hợp tác của các cơ quan thực thi pháp luật ASEAN trong Trụ cột Chính trị - An ninh: phòng, chống khủng bố, tội phạm ma túy, mua bán người, tội phạm công nghệ cao và các loại tội phạm xuyên quốc gia khác",
 "Tuyên truyền về nhiệm vụ của lực lượng Công an tỉnh trong bảo vệ an ninh, trật tự, bảo đảm an toàn cho các đoàn khách quốc tế, các hội nghị, sự kiện trong khuôn khổ Năm Chủ tịch ASEAN 2020 tổ chức trên địa bàn tỉnh",
 "Thông tin về thủ tục xuất nhập cảnh, cư trú của công dân các nước ASEAN tại Việt Nam; các quy định về miễn thị thực giữa Việt Nam và các nước ASEAN",
]
F = [
 ("Phòng Công tác đảng và công tác chính trị chủ trì, phối hợp với Phòng Tham mưu mở chuyên mục “Công an Thanh Hóa với ASEAN” trên Trang thông tin điện tử Công an tỉnh và Fanpage “Công an tỉnh Thanh Hóa”; đăng tải tối thiểu 04 tin, bài/tháng trong năm 2020",
  [CTD()], [A("Phòng Tham mưu")], None,
  "'trong năm 2020' times only the posting clause (with the monthly rate): deadlines, not the task's window."),
 ("Phòng Công tác đảng và công tác chính trị biên soạn tài liệu tuyên truyền về ASEAN phục vụ sinh hoạt chính trị, học tập chính trị tại các đơn vị; lồng ghép nội dung về ASEAN vào hội nghị báo cáo viên hằng quý của Công an tỉnh",
  [CTD()], [], None, None),
 ("Phòng Công tác đảng và công tác chính trị phối hợp với Đoàn Thanh niên Công an tỉnh tổ chức Cuộc thi tìm hiểu “Công an nhân dân với Cộng đồng ASEAN” trong đoàn viên, thanh niên Công an tỉnh, hoàn thành trong tháng 6/2020",
  [CTD()], [A("Đoàn Thanh niên Công an tỉnh")], None,
  "The actor opening the sentence is the lead even though the verb is 'phối hợp với'; the partner is support. 'hoàn thành trong tháng 6/2020' is a completion time: a deadline, not a window."),
 ("Phòng Quản lý xuất nhập cảnh in, phát hành tờ rơi song ngữ Việt - Anh hướng dẫn thủ tục tạm trú cho người nước ngoài, đặt tại các cơ sở lưu trú du lịch ở thành phố Sầm Sơn, huyện Hoằng Hóa, thị xã Nghi Sơn",
  [A("Phòng Quản lý xuất nhập cảnh")], [], None, None),
 ("Công an các huyện, thị xã, thành phố lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi bộ, sinh hoạt đơn vị và trong công tác vận động quần chúng tham gia bảo vệ an ninh Tổ quốc tại cơ sở",
  [A("Công an các huyện, thị xã, thành phố", coll=True)], [], None, None),
 ("Phòng An ninh chính trị nội bộ phối hợp với Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao nắm tình hình dư luận, kịp thời phát hiện, đấu tranh, phản bác thông tin sai trái, xuyên tạc về chủ trương, chính sách đối ngoại của Đảng, Nhà nước và hợp tác ASEAN trên không gian mạng",
  [A("Phòng An ninh chính trị nội bộ")], [A("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao")], None,
  "'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao' is one unit's name (contains 'và' and a comma)."),
]
tasks = [TASK(f"II.{i}", t, [], []) for i, t in enumerate(C, 1)]
tasks[0]["note"] = "Content items (section kind content) are tasks; none names an actor, so lead is [] and S5 fails."
tasks += [TASK(f"III.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(F, 1)]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("I.1", "1.", "Nâng cao nhận thức của cán bộ, chiến sĩ Công an tỉnh về Cộng đồng ASEAN, về vai trò, trách nhiệm của lực lượng Công an nhân dân trong bảo đảm an ninh, trật tự phục vụ Năm Chủ tịch ASEAN 2020 của Việt Nam", 2),
        SEC("I.2", "2.", "Công tác tuyên truyền phải bám sát sự chỉ đạo của Bộ Công an, Ủy ban nhân dân tỉnh; kết hợp chặt chẽ với nhiệm vụ chính trị của từng đơn vị, địa phương; bảo đảm bí mật nhà nước, không để lộ, lọt thông tin", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content")]
secs += [SEC(f"II.{i}", f"{i}.", t, 2) for i, t in enumerate(C, 1)]
secs += [SEC("III", "III.", "HÌNH THỨC TUYÊN TRUYỀN", 1, "forms")]
secs += [SEC(f"III.{i}", f"{i}.", t[0], 2) for i, t in enumerate(F, 1)]
D41 = "Phòng Công tác đảng và công tác chính trị là đơn vị thường trực, giúp Giám đốc Công an tỉnh theo dõi, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch"
secs += [SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", D41 + "; tổng hợp, báo cáo kết quả về Bộ Công an (qua Cục Công tác đảng và công tác chính trị) và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 25/11/2019 và trước ngày 25/11/2020", 2),
         SEC("IV.2", "2.", "Phòng Hậu cần bảo đảm kinh phí thực hiện Kế hoạch từ nguồn kinh phí công tác đảng, công tác chính trị được Bộ Công an cấp cho Công an tỉnh năm 2019 và năm 2020", 2),
         SEC("IV.3", "3.", "Thủ trưởng các phòng nghiệp vụ, Trưởng Công an các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch, tổ chức triển khai tại đơn vị, địa phương; báo cáo kết quả về Công an tỉnh (qua Phòng Công tác đảng và công tác chính trị) trước ngày 15/11 hằng năm", 2)]
D43 = ["căn cứ Kế hoạch này xây dựng kế hoạch, tổ chức triển khai tại đơn vị, địa phương",
       "báo cáo kết quả về Công an tỉnh (qua Phòng Công tác đảng và công tác chính trị) trước ngày 15/11 hằng năm"]
asg = [
 ASG(CTD(), "IV.1", ["là đơn vị thường trực, giúp Giám đốc Công an tỉnh theo dõi, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch",
                     "tổng hợp, báo cáo kết quả về Bộ Công an (qua Cục Công tác đảng và công tác chính trị) và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 25/11/2019 và trước ngày 25/11/2020"]),
 ASG(A("Phòng Hậu cần"), "IV.2", ["bảo đảm kinh phí thực hiện Kế hoạch từ nguồn kinh phí công tác đảng, công tác chính trị được Bộ Công an cấp cho Công an tỉnh năm 2019 và năm 2020"]),
 ASG(A("Thủ trưởng các phòng nghiệp vụ", coll=True), "IV.3", D43,
     note="Two separate collectives joined by a comma: one assignment each."),
 ASG(A("Trưởng Công an các huyện, thị xã, thành phố", coll=True), "IV.3", D43),
]
dls = [
 DL("04 tin, bài/tháng", "recurring", "III.1", "đăng tải tối thiểu 04 tin, bài/tháng trong năm 2020", rec="monthly",
    note="A rate per month: recurring, monthly."),
 DL("trong năm 2020", "period", "III.1", "đăng tải tối thiểu 04 tin, bài/tháng trong năm 2020", start="2020-01-01", end="2020-12-31"),
 DL("hằng quý", "recurring", "III.2", "lồng ghép nội dung về ASEAN vào hội nghị báo cáo viên hằng quý của Công an tỉnh", rec="quarterly"),
 DL("hoàn thành trong tháng 6/2020", "period", "III.3", "tổ chức Cuộc thi tìm hiểu “Công an nhân dân với Cộng đồng ASEAN”",
    start="2020-06-01", end="2020-06-30", note="Completion within a month: a one-month window."),
 DL("trước ngày 25/11/2019", "due", "IV.1", "báo cáo kết quả về Bộ Công an (qua Cục Công tác đảng và công tác chính trị) và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông)", due="2019-11-25"),
 DL("trước ngày 25/11/2020", "due", "IV.1", "báo cáo kết quả về Bộ Công an (qua Cục Công tác đảng và công tác chính trị) và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông)", due="2020-11-25"),
 DL("trước ngày 15/11 hằng năm", "due", "IV.3", "báo cáo kết quả về Công an tỉnh (qua Phòng Công tác đảng và công tác chính trị)", due="--11-15", rec="yearly"),
]
bud = {"present": True, "section": "IV.2", "sources": ["unit_budget"],
       "clauses": [{"text": "Phòng Hậu cần bảo đảm kinh phí thực hiện Kế hoạch từ nguồn kinh phí công tác đảng, công tác chính trị được Bộ Công an cấp cho Công an tỉnh năm 2019 và năm 2020", "section": "IV.2"}],
       "amounts": [],
       "note": "No budget section; the clause in IV.2 funds the plan from the force's own party/political-work funds -> unit_budget. 'năm 2019 và năm 2020' are budget years, not deadlines."}
areas = [
 AREA("A01", "partial", "IV.1", "Phòng Công tác đảng và công tác chính trị là đơn vị thường trực",
      note="Only a standing focal unit; no vertical/horizontal mechanism, no orienting of the press."),
 AREA("A02", "missing"),
 AREA("A03", "covered", "III.1", "trên Trang thông tin điện tử Công an tỉnh và Fanpage “Công an tỉnh Thanh Hóa”; đăng tải tối thiểu 04 tin, bài/tháng",
      note="The column is opened on the Fanpage too, with a posting rate; partial is arguable (no app, no livestream)."),
 AREA("A04", "covered", "III.2", "lồng ghép nội dung về ASEAN vào hội nghị báo cáo viên hằng quý của Công an tỉnh"),
 AREA("A05", "missing"),
 AREA("A06", "missing"),
 AREA("A07", "covered", "III.3", "tổ chức Cuộc thi tìm hiểu “Công an nhân dân với Cộng đồng ASEAN” trong đoàn viên, thanh niên Công an tỉnh",
      note="A knowledge contest for the force's youth union members (no schools)."),
 AREA("A08", "missing"),
 AREA("A09", "covered", "III.1", "mở chuyên mục “Công an Thanh Hóa với ASEAN” trên Trang thông tin điện tử Công an tỉnh"),
 AREA("A10", "missing"),
 AREA("A11", "missing"),
 AREA("A12", "covered", "III.4", "Phòng Quản lý xuất nhập cảnh in, phát hành tờ rơi song ngữ Việt - Anh"),
 AREA("A13", "covered", "II.3", "các hội nghị, sự kiện trong khuôn khổ Năm Chủ tịch ASEAN 2020 tổ chức trên địa bàn tỉnh"),
 AREA("A14", "covered", "II.1", "Tuyên truyền về Cộng đồng ASEAN, chủ đề năm ASEAN, những thành tựu sau hơn 50 năm hình thành và phát triển"),
 AREA("A15", "covered", "III.6", "kịp thời phát hiện, đấu tranh, phản bác thông tin sai trái, xuyên tạc về chủ trương, chính sách đối ngoại của Đảng, Nhà nước và hợp tác ASEAN trên không gian mạng"),
 AREA("A16", "missing"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "budget clause in IV.2 (Phòng Hậu cần, kinh phí công tác đảng, công tác chính trị)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "IV.1 báo cáo trước ngày 25/11/2019 và 25/11/2020; IV.3 trước ngày 15/11 hằng năm"),
          ("S5", "fail", "content tasks II.1, II.2, II.3, II.4 have no lead"),
          ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and the provincial plan 148/KH-UBND")]
au = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Năm Chủ tịch ASEAN 2020"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
