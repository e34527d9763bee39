"""Hand gold for phu-yen_tuy-an_146-KH-UBND_2019_asean-scan200 (image-only scan: quotes are checked against the text
that was put on the page, i.e. the intermediate DOCX / source.txt, not against OCR)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "phu-yen_tuy-an_146-KH-UBND_2019_asean-scan200"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

VHTT = A("Phòng Văn hóa và Thông tin huyện")

m = meta("146/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Tuy An", "Phú Yên", "2019-09-12",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Tuy An",
         {"start": 2019, "end": 2020},
         [{"number": "203/KH-UBND", "type": "Kế hoạch", "date": "2019-08-20"}],
         {"name": "Trần Hữu Phước", "position": "Phó Chủ tịch",
          "note": "Printed under the pen signature; the red stamp covers part of the name and of 'PHÓ CHỦ TỊCH' on the page image."})

T = {
 1: "Tuyên truyền trên hệ thống truyền thanh",
 2: "Tuyên truyền trên Trang thông tin điện tử huyện và mạng xã hội",
 3: "Tuyên truyền cổ động trực quan",
 4: "Lồng ghép tuyên truyền trong sinh hoạt đoàn thể",
 5: "Tuyên truyền trong trường học",
 6: "Quảng bá tiềm năng du lịch của huyện",
 7: "Thông tin cho doanh nghiệp, hợp tác xã",
}

sections = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trên địa bàn huyện về Cộng đồng ASEAN, về cơ hội "
     "và thách thức khi Việt Nam tham gia Cộng đồng ASEAN; góp phần đấu tranh với các thông tin sai trái về ASEAN", 2,
     note="Numbered paragraph without a heading: title = its first (and only) sentence."),
 SEC("I.2", "2.", "Công tác tuyên truyền phải thường xuyên, đúng định hướng, hình thức phù hợp với từng đối tượng; gắn "
     "với quảng bá hình ảnh, tiềm năng du lịch của huyện", 2),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only; no numbered items, so no tasks."),
 SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
] + [SEC(f"III.{i}", f"{i}.", T[i], 2) for i in range(1, 8)] + [
 SEC("IV", "IV.", "KINH PHÍ", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; "
     "tổng hợp, báo cáo UBND huyện và Sở Thông tin và Truyền thông kết quả thực hiện trước ngày 05/12/2019 và trước ngày "
     "05/12/2020", 2),
 SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch huyện tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch", 2),
 SEC("V.3", "3.", "Các cơ quan, ban, ngành, đoàn thể huyện; UBND các xã, thị trấn căn cứ Kế hoạch này tổ chức thực hiện, "
     "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 25/11 hằng năm", 2),
]

tasks = [
 TASK("III.1", T[1], [A("Trung tâm Văn hóa - Thông tin và Thể thao huyện")], [],
      TF("2019 - 2020", "2019-01-01", "2020-12-31"),
      note="Lead = the agency opening the paragraph as actor. Đài Tiếng nói Việt Nam / Đài PT-TH Phú Yên are the sources "
           "of relayed programmes, not supporting agencies."),
 TASK("III.2", T[2], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")],
      [VHTT], None),
 TASK("III.3", T[3], [VHTT], [A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)],
      TF("Tháng 7/2020", "2020-07-01", "2020-07-31")),
 TASK("III.4", T[4], [A("Huyện Đoàn"), A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")], [], None,
      note="Three bodies open the paragraph as actors → three leads. Ban Tuyên giáo Huyện ủy only supplies material; not support."),
 TASK("III.5", T[5], [A("Phòng Giáo dục và Đào tạo huyện")], [],
      TF("năm học 2019 - 2020", "2019-09-01", "2020-05-31"),
      note="'năm học 2019 - 2020' is a school year: taken as September 2019 to the end of May 2020 (the school year's "
           "official opening and closing months). A reader taking whole calendar years would write 2019-01-01..2020-12-31."),
 TASK("III.6", T[6], [VHTT], [A("Ủy ban nhân dân các xã ven biển", "UBND các xã ven biển", True)], None),
 TASK("III.7", T[7], [A("Phòng Kinh tế và Hạ tầng huyện")],
      [A("Phòng Nông nghiệp và Phát triển nông thôn huyện")], TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
]

asg = [
 ASG(VHTT, "V.1", ["là cơ quan thường trực, đầu mối theo dõi, đôn đốc thực hiện Kế hoạch",
                   "tổng hợp, báo cáo UBND huyện và Sở Thông tin và Truyền thông kết quả thực hiện"]),
 ASG(A("Phòng Tài chính - Kế hoạch huyện"), "V.2", ["tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(A("Các cơ quan, ban, ngành, đoàn thể huyện", coll=True), "V.3",
     ["căn cứ Kế hoạch này tổ chức thực hiện", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện"],
     note="Two collectives separated by ';' → two assignments. The closing 'Yêu cầu các cơ quan, đơn vị, địa phương "
          "triển khai…' is a closing formula, not an assignment."),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True), "V.3",
     ["căn cứ Kế hoạch này tổ chức thực hiện", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện"]),
]

dl = [
 DL("2019 - 2020", "period", "III.1", T[1], start="2019-01-01", end="2020-12-31"),
 DL("hằng tháng", "recurring", "III.1", "xây dựng chuyên mục “ASEAN - Ngôi nhà chung” phát sóng", rec="monthly",
    note="Monthly broadcast of the ASEAN programme: a repeated activity without a date."),
 DL("Tháng 7/2020", "period", "III.3", T[3], start="2020-07-01", end="2020-07-31"),
 DL("năm học 2019 - 2020", "period", "III.5", T[5], start="2019-09-01", end="2020-05-31",
    note="School year; see task III.5."),
 DL("Quý IV/2019", "period", "III.7", T[7], start="2019-10-01", end="2019-12-31"),
 DL("trước ngày 05/12/2019", "due", "V.1",
    "tổng hợp, báo cáo UBND huyện và Sở Thông tin và Truyền thông kết quả thực hiện", due="2019-12-05",
    note="'trước ngày 05/12/2019 và trước ngày 05/12/2020' → two due items."),
 DL("trước ngày 05/12/2020", "due", "V.1",
    "tổng hợp, báo cáo UBND huyện và Sở Thông tin và Truyền thông kết quả thực hiện", due="2020-12-05"),
 DL("trước ngày 25/11 hằng năm", "due", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện",
    due="--11-25", rec="yearly"),
]

budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện giao cho các cơ quan, "
                               "đơn vị năm 2019, năm 2020 và lồng ghép trong kinh phí hoạt động thường xuyên của các cơ quan, "
                               "đơn vị", "section": "IV"}],
          "amounts": []}

areas = [
 AREA("A01", "partial", "V.1", "Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, đầu mối theo dõi, đôn đốc thực hiện Kế hoạch",
      note="Only a focal point; no vertical/horizontal coordination mechanism and no orienting of the press (as 4750 V.2)."),
 AREA("A02", "partial", "III.2", "khai thác, sử dụng thông tin, tư liệu từ Cổng thông tin ASEAN Việt Nam",
      note="The district only draws on the ASEAN Vietnam portal; it does not share its own data or publications with it."),
 AREA("A03", "covered", "III.2", "chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên các trang mạng xã hội của huyện"),
 AREA("A04", "covered", "III.4", "lồng ghép nội dung về ASEAN vào các buổi sinh hoạt chi đoàn, chi hội, các buổi nói chuyện chuyên đề"),
 AREA("A05", "missing", note="No training of staff, editors or reporters."),
 AREA("A06", "covered", "III.7", "phổ biến cho doanh nghiệp, hợp tác xã, hộ kinh doanh các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa"),
 AREA("A07", "covered", "III.5", "đưa nội dung về ASEAN vào hoạt động ngoại khóa; vận động học sinh tham gia cuộc thi tìm hiểu về ASEAN"),
 AREA("A08", "covered", "III.5", "xây dựng Góc ASEAN tại thư viện các trường"),
 AREA("A09", "covered", "III.1", "tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam"),
 AREA("A10", "covered", "III.3", "treo băng rôn, khẩu hiệu, pa nô tuyên truyền"),
 AREA("A11", "missing", note="No fairs, trade or investment promotion, nor promotion of ASEAN's image; III.6 promotes the district's tourism by leaflets and social media (A16)."),
 AREA("A12", "partial", "III.4", "sử dụng tài liệu tuyên truyền do Ban Tuyên giáo Huyện ủy cung cấp",
      note="Only the use of materials supplied by the Party committee; the plan produces no ASEAN publication or leaflet of its own (III.6's tờ gấp are about the district)."),
 AREA("A13", "covered", "II", "Các sự kiện quan trọng của ASEAN: Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN; thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN"),
 AREA("A15", "partial", "I.1", "góp phần đấu tranh với các thông tin sai trái về ASEAN",
      note="Purposes section only; no task counters false information."),
 AREA("A16", "covered", "III.6", "giới thiệu tiềm năng, thế mạnh của huyện: Gành Đá Đĩa, đầm Ô Loan, đặc sản sò huyết Ô Loan tới du khách các nước ASEAN"),
]

checks = [
 ("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 ("S2", "pass", "section IV KINH PHÍ"),
 ("S3", "pass", "section V with 4 assignments"),
 ("S4", "pass", "report due trước ngày 05/12/2019 and 05/12/2020 (V.1); trước ngày 25/11 hằng năm (V.3)"),
 ("S5", "pass", "all 7 tasks (III.1-III.7) have a lead"),
 ("S6", "pass", "basis cites the provincial plan 203/KH-UBND on ASEAN propaganda 2019-2020, which implements 02/QĐ-BCĐASEAN"),
]

write_gold(NAME, plan(m, sections, tasks, asg, dl, budget),
           audit(REF19, True, ["implements Phú Yên's plan 203/KH-UBND (20/8/2019) 'tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020'",
                               "period 2019-2020",
                               "fingerprints: Ứng dụng và Fanpage “ASEAN và Việt Nam”; Cổng thông tin ASEAN Việt Nam; Năm Chủ tịch ASEAN 2020"],
                 areas, checks), SRC)
