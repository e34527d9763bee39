"""Hand gold for ha-tinh_can-loc_215-KH-UBND_2020_asean-scan150 (image-only scan: quotes are checked against the text
that was put on the page, i.e. the intermediate DOCX / source.txt, not against OCR)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "ha-tinh_can-loc_215-KH-UBND_2020_asean-scan150"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

VHTT = A("Phòng Văn hóa và Thông tin huyện")
XA = A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)

m = meta("215/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Can Lộc", "Hà Tĩnh", "2020-03-03",
         "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Can Lộc",
         {"start": 2020, "end": 2020},
         [{"number": "4218/KH-UBND", "type": "Kế hoạch", "date": "2019-11-28"}],
         {"name": "Nguyễn Đình Khang", "position": "Phó Chủ tịch"})

C = {
 1: "Vai trò, vị thế của ASEAN; những thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN",
 2: "Năm Chủ tịch ASEAN 2020 của Việt Nam với chủ đề \"Gắn kết và Chủ động thích ứng\"; kỷ niệm 25 năm Việt Nam gia nhập ASEAN "
    "(28/7/1995 - 28/7/2020)",
 3: "Tiềm năng, thế mạnh của huyện: Khu di tích lịch sử Ngã ba Đồng Lộc, nghệ thuật Ca trù Can Lộc, các sản phẩm OCOP của huyện",
}
T = {
 1: "Tuyên truyền trên hệ thống truyền thanh",
 2: "Tuyên truyền trên Cổng thông tin điện tử huyện và mạng xã hội",
 3: "Tuyên truyền cổ động trực quan",
 4: "Tuyên truyền trong nhà trường",
 5: "Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể",
 6: "Đấu tranh với thông tin sai trái",
}
V1 = ("Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc thực hiện Kế hoạch; "
      "tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 25/11/2020")
V2 = ("Các cơ quan, đơn vị được giao nhiệm vụ; UBND các xã, thị trấn căn cứ nội dung Kế hoạch tổ chức triển khai thực hiện, "
      "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 15/11/2020")

sections = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose", note="Bullets only."),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
] + [SEC(f"II.{i}", f"{i}.", C[i], 2, note="Numbered paragraph without a heading: title = its (only) sentence." if i == 1 else None)
     for i in range(1, 4)] + [
 SEC("III", "III.", "HÌNH THỨC TUYÊN TRUYỀN VÀ PHÂN CÔNG THỰC HIỆN", 1, "forms",
     note="Opens with 'Hình thức' → forms; its items are tasks either way ('tasks' is a fair reading too)."),
] + [SEC(f"III.{i}", f"{i}.", T[i], 2) for i in range(1, 7)] + [
 SEC("IV", "IV.", "KINH PHÍ", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", V1, 2),
 SEC("V.2", "2.", V2, 2),
]

tasks = [
 TASK("II.1", C[1], [], [], None, note="Numbered items of a content section are tasks (spec); no actor is named."),
 TASK("II.2", C[2], [], [], None, note="28/7/1995 - 28/7/2020 is the anniversary, not a window."),
 TASK("II.3", C[3], [], [], None),
 TASK("III.1", T[1], [A("Trung tâm Văn hóa - Truyền thông huyện")],
      [A("Đài truyền thanh các xã, thị trấn", coll=True)],
      TF("Từ tháng 3 đến tháng 12/2020", "2020-03-01", "2020-12-31"),
      note="Role line reads `Chủ trì: X; phối hợp: Y` on one bullet."),
 TASK("III.2", T[2], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VHTT],
      TF("Năm 2020", "2020-01-01", "2020-12-31")),
 TASK("III.3", T[3], [VHTT], [XA], TF("Tháng 7/2020", "2020-07-01", "2020-07-31")),
 TASK("III.4", T[4], [A("Phòng Giáo dục và Đào tạo huyện")], [A("Huyện Đoàn")], TF("Quý IV/2020", "2020-10-01", "2020-12-31")),
 TASK("III.5", T[5], [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"),
                      A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True)], [],
      TF("Năm 2020", "2020-01-01", "2020-12-31"),
      note="No field lines: the two bodies opening the paragraph are the actors → leads; 'Thời gian: Năm 2020' is inline."),
 TASK("III.6", T[6], [A("Công an huyện")], [VHTT], None,
      note="`X chủ trì, phối hợp với Y`; 'Thời gian: Thường xuyên' is not a window."),
]

asg = [
 ASG(VHTT, "V.1", ["là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc thực hiện Kế hoạch",
                   "tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 25/11/2020"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ", coll=True), "V.2",
     ["căn cứ nội dung Kế hoạch tổ chức triển khai thực hiện, báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước "
      "ngày 15/11/2020"], note="Two collectives separated by ';' → two assignments."),
 ASG(XA, "V.2", ["căn cứ nội dung Kế hoạch tổ chức triển khai thực hiện, báo cáo kết quả về Phòng Văn hóa và Thông tin huyện "
                 "trước ngày 15/11/2020"]),
]

dl = [
 DL("định kỳ hằng tháng", "recurring", "III.1", "Xây dựng chuyên mục \"ASEAN - Ngôi nhà chung\" phát sóng", rec="monthly"),
 DL("Từ tháng 3 đến tháng 12/2020", "period", "III.1", T[1], start="2020-03-01", end="2020-12-31"),
 DL("Năm 2020", "period", "III.2", T[2], start="2020-01-01", end="2020-12-31"),
 DL("Tháng 7/2020", "period", "III.3", T[3], start="2020-07-01", end="2020-07-31"),
 DL("Quý IV/2020", "period", "III.4", T[4], start="2020-10-01", end="2020-12-31"),
 DL("Năm 2020", "period", "III.5", T[5], start="2020-01-01", end="2020-12-31"),
 DL("trước ngày 25/11/2020", "due", "V.1", "tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông",
    due="2020-11-25"),
 DL("trước ngày 15/11/2020", "due", "V.2", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện", due="2020-11-15"),
]

budget = {"present": True, "section": "IV", "sources": ["unit_budget", "state_budget"],
          "clauses": [{"text": "Kinh phí thực hiện từ nguồn chi thường xuyên năm 2020 của các cơ quan, đơn vị; UBND huyện hỗ trợ "
                               "30 triệu đồng cho hoạt động tuyên truyền cổ động trực quan tại mục 3 phần III", "section": "IV"}],
          "amounts": [{"text": "30 triệu đồng", "vnd": 30000000}],
          "note": "The district's own support (UBND huyện hỗ trợ) is state budget; the units' recurrent funds are unit_budget."}

areas = [
 AREA("A01", "partial", "V.1", "Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc "
      "thực hiện Kế hoạch", note="Only a standing focal point; no cross-level mechanism, no orienting of the press (as 4750 V.2)."),
 AREA("A02", "missing", note="The ASEAN Vietnam portal and the common database are not mentioned."),
 AREA("A03", "covered", "III.2", "chia sẻ nội dung từ Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên các nhóm Zalo, trang Facebook"),
 AREA("A04", "covered", "III.5", "lồng ghép nội dung về ASEAN trong sinh hoạt chi hội, các buổi nói chuyện chuyên đề, hội nghị báo cáo viên"),
 AREA("A05", "missing", note="No training of propaganda staff or reporters."),
 AREA("A06", "missing", note="Nothing for enterprises (commitments, rules of origin, e-commerce); OCOP products appear only as a topic of II.3."),
 AREA("A07", "covered", "III.4", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cho học sinh trung học cơ sở tham gia "
      "cuộc thi tìm hiểu về ASEAN"),
 AREA("A08", "covered", "III.4", "xây dựng Góc ASEAN tại thư viện Trường THCS Thị trấn Nghèn"),
 AREA("A09", "covered", "III.1", "tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam trên hệ thống truyền thanh huyện"),
 AREA("A10", "covered", "III.3", "Treo băng rôn, khẩu hiệu, pa nô"),
 AREA("A11", "missing", note="No fairs, trade or investment promotion."),
 AREA("A12", "missing", note="No publications or leaflets."),
 AREA("A13", "covered", "II.2", "Năm Chủ tịch ASEAN 2020 của Việt Nam với chủ đề \"Gắn kết và Chủ động thích ứng\"; kỷ niệm 25 năm "
      "Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II.1", C[1]),
 AREA("A15", "covered", "III.6", "phản bác các thông tin sai trái, xuyên tạc về tiến trình hội nhập ASEAN của Việt Nam trên không gian mạng"),
 AREA("A16", "covered", "II.3", C[3],
      note="An own enumerated content item on the district's potential and products; no outward promotion channel is named, so partial is arguable."),
]

checks = [
 ("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 ("S2", "pass", "section IV KINH PHÍ (unit recurrent funds; 30 triệu đồng district support)"),
 ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
 ("S4", "pass", "V.1 report trước ngày 25/11/2020; V.2 report trước ngày 15/11/2020"),
 ("S5", "fail", "tasks without a lead: II.1, II.2, II.3"),
 ("S6", "pass", "basis cites the provincial plan 4218/KH-UBND on ASEAN propaganda 2019 - 2020, which implements 02/QĐ-BCĐASEAN"),
]

write_gold(NAME, plan(m, sections, tasks, asg, dl, budget),
           audit(REF19, True, ["implements Hà Tĩnh's plan 4218/KH-UBND (28/11/2019) 'tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020'",
                               "period 2020, inside 2019-2020",
                               "fingerprints: Ứng dụng và Fanpage \"ASEAN và Việt Nam\"; Năm Chủ tịch ASEAN 2020; 25 năm Việt Nam gia nhập ASEAN"],
                 areas, checks), SRC)
