"""Gold for plan 1 (Núi Thành, text-box header). Every value typed by hand from the text; write_gold only
refuses quotes that are not verbatim in the source text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "quang-nam_nui-thanh_97-KH-UBND_2020_asean-textbox"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TT = lambda: A("Trung tâm Văn hóa - Thể thao và Truyền thanh huyện")
VHTT = lambda: A("Phòng Văn hóa và Thông tin")
KTHT = lambda: A("Phòng Kinh tế và Hạ tầng")
HD = lambda: A("Huyện đoàn")

m = meta("97/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Núi Thành", "Quảng Nam", "2020-03-12",
         "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Núi Thành", {"start": 2020, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "6854/KH-UBND", "type": "Kế hoạch", "date": "2019-11-14"}],
         {"name": "Phan Văn Thọ", "position": "Phó Chủ tịch"})
m["note"] = ("The whole header block is in two floating text boxes (w:txbxContent, each stored twice: DrawingML choice + VML "
             "fallback): left 'ỦY BAN NHÂN DÂN / HUYỆN NÚI THÀNH / Số: 97/KH-UBND', right motto + 'Núi Thành, ngày 12 tháng 3 "
             "năm 2020'. Province from the preamble ('UBND tỉnh Quảng Nam'). Signature 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / "
             "PHÓ CHỦ TỊCH' → Phó Chủ tịch.")

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("I.1", "1.", "Mục đích", 2),
        SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: topics of the propaganda, no numbered items, so no tasks."),
        SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
        SEC("III.1", "1.", "Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện", 2),
        SEC("III.2", "2.", "Khai thác Cổng thông tin ASEAN Việt Nam và chia sẻ trên mạng xã hội", 2),
        SEC("III.3", "3.", "Tuyên truyền cổ động trực quan", 2),
        SEC("III.4", "4.", "Thông tin cho doanh nghiệp về cơ hội kinh doanh trong ASEAN", 2),
        SEC("III.5", "5.", "Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể", 2),
        SEC("III.6", "6.", "Tuyên truyền trong trường học", 2),
        SEC("III.7", "7.", "Quảng bá tiềm năng du lịch và sản phẩm của huyện", 2),
        SEC("III.8", "8.", "Nắm bắt dư luận, phản bác thông tin sai trái", 2),
        SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Phòng Văn hóa và Thông tin", 2),
        SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
        SEC("V.3", "3.", "Các cơ quan, đơn vị được phân công tại Mục III", 2),
        SEC("V.4", "4.", "Ủy ban nhân dân các xã, thị trấn", 2)]

tasks = [
 TASK("III.1", "Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện", [TT()],
      [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")],
      TF("từ tháng 4 đến tháng 12/2020", "2020-04-01", "2020-12-31")),
 TASK("III.2", "Khai thác Cổng thông tin ASEAN Việt Nam và chia sẻ trên mạng xã hội", [VHTT()], [],
      note="Lead from the agency opening the task text as the actor ('Phòng Văn hóa và Thông tin khai thác, chia sẻ …')."),
 TASK("III.3", "Tuyên truyền cổ động trực quan", [TT()],
      [A("Ủy ban nhân dân thị trấn Núi Thành", "UBND thị trấn Núi Thành")],
      TF("tháng 7 - tháng 8/2020", "2020-07-01", "2020-08-31"),
      note="'nhất là dịp kỷ niệm Ngày thành lập ASEAN' is event-triggered timing, not a deadline."),
 TASK("III.4", "Thông tin cho doanh nghiệp về cơ hội kinh doanh trong ASEAN", [KTHT()],
      [A("Hội Doanh nghiệp huyện"), A("Ban Quản lý Khu kinh tế mở Chu Lai")],
      TF("Quý III/2020", "2020-07-01", "2020-09-30")),
 TASK("III.5", "Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể", [HD()],
      [A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")]),
 TASK("III.6", "Tuyên truyền trong trường học", [A("Phòng Giáo dục và Đào tạo")], [HD()],
      TF("tháng 10 - tháng 11/2020", "2020-10-01", "2020-11-30"),
      note="Lead: Phòng GDĐT opens the text as actor ('chỉ đạo …'); support from its second clause 'phối hợp với Huyện đoàn'."),
 TASK("III.7", "Quảng bá tiềm năng du lịch và sản phẩm của huyện", [VHTT()],
      [KTHT(), A("Phòng Nông nghiệp và Phát triển nông thôn")],
      TF("Quý II/2020", "2020-04-01", "2020-06-30")),
 TASK("III.8", "Nắm bắt dư luận, phản bác thông tin sai trái", [A("Công an huyện")], [A("Ban Tuyên giáo Huyện ủy")]),
]

dls = [
 DL("từ tháng 4 đến tháng 12/2020", "period", "III.1", "Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện",
    start="2020-04-01", end="2020-12-31"),
 DL("định kỳ hằng tháng", "recurring", "III.1", "phát sóng định kỳ hằng tháng trên Đài Truyền thanh huyện", rec="monthly"),
 DL("tháng 7 - tháng 8/2020", "period", "III.3", "Tuyên truyền cổ động trực quan", start="2020-07-01", end="2020-08-31"),
 DL("Quý III/2020", "period", "III.4", "Thông tin cho doanh nghiệp về cơ hội kinh doanh trong ASEAN", start="2020-07-01", end="2020-09-30"),
 DL("tháng 10 - tháng 11/2020", "period", "III.6", "Tuyên truyền trong trường học", start="2020-10-01", end="2020-11-30"),
 DL("Quý II/2020", "period", "III.7", "Quảng bá tiềm năng du lịch và sản phẩm của huyện", start="2020-04-01", end="2020-06-30"),
 DL("trước ngày 30/11/2020", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="2020-11-30"),
 DL("trước ngày 15/11/2020", "due", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="2020-11-15"),
]

asg = [
 ASG(VHTT(), "V.1", ["Là cơ quan thường trực, tham mưu UBND huyện triển khai, theo dõi, đôn đốc việc thực hiện Kế hoạch",
                     "hướng dẫn các cơ quan, đơn vị, địa phương triển khai Kế hoạch",
                     "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 30/11/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.2", ["Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch",
                                              "hướng dẫn các đơn vị thanh, quyết toán theo quy định"]),
 ASG(A("Các cơ quan, đơn vị được phân công tại Mục III", coll=True), "V.3",
     ["Chủ động xây dựng kế hoạch cụ thể và triển khai thực hiện",
      "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 15/11/2020 để tổng hợp"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "V.4",
     ["Chỉ đạo đài truyền thanh cơ sở tiếp sóng chuyên mục của Đài Truyền thanh huyện",
      "lồng ghép tuyên truyền về ASEAN trong các cuộc họp thôn, tổ dân phố"]),
]

bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện năm 2020 giao cho Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", "section": "IV"},
                   {"text": "các cơ quan, đơn vị khác sử dụng kinh phí hoạt động thường xuyên của đơn vị để thực hiện", "section": "IV"}],
       "amounts": [{"text": "85.000.000 đồng", "vnd": 85000000}]}

P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "missing", note="No coordination mechanism across levels/sectors and no orienting of the press on focal topics; V.1 only monitors and guides implementation."),
 AREA("A02", "covered", "III.2", "Phòng Văn hóa và Thông tin khai thác, chia sẻ tin, bài, ấn phẩm từ Cổng thông tin ASEAN Việt Nam"),
 AREA("A03", "covered", "III.2", "Ứng dụng và Fanpage “ASEAN và Việt Nam” lên Trang thông tin điện tử huyện, Fanpage “Núi Thành - Quảng Nam” và các nhóm Zalo"),
 AREA("A04", "covered", "III.5", "lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi đoàn, chi hội, các buổi nói chuyện chuyên đề, hội nghị của tổ chức mình; tối đa hóa tính lan tỏa"),
 AREA("A05", "missing", note="No training of propaganda staff, editors or reporters."),
 AREA("A06", "covered", "III.4", "tổ chức 01 hội nghị thông tin cho doanh nghiệp, hợp tác xã về các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN"),
 AREA("A07", "covered", "III.6", "lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa; phối hợp với Huyện đoàn tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở"),
 AREA("A08", "missing", note="No ASEAN Corner."),
 AREA("A09", "covered", "III.1", "xây dựng chuyên mục “Núi Thành với Năm Chủ tịch ASEAN 2020”, phát sóng định kỳ hằng tháng trên Đài Truyền thanh huyện"),
 AREA("A10", "covered", "III.3", "treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "partial", "III.7", "phát hành tại các hội chợ, sự kiện xúc tiến do tỉnh tổ chức",
      note="Only a phrase inside the leaflet task (the district hands out leaflets at fairs the province organises); no fair, trade or investment promotion of its own."),
 AREA("A12", "covered", "III.7", "biên soạn, in ấn 2.000 tờ gấp giới thiệu tiềm năng, thế mạnh của huyện"),
 AREA("A13", "covered", "II", "Chủ đề Năm ASEAN 2020 “Gắn kết và Chủ động thích ứng”; các sự kiện quan trọng trong Năm Chủ tịch ASEAN 2020 của Việt Nam",
      note="An enumerated content bullet of section II (kind content), reinforced by the III.1 column on the Chairmanship year; covered."),
 AREA("A14", "covered", "II", "Lịch sử hình thành, vai trò, vị thế và 3 trụ cột của Cộng đồng ASEAN; đất nước, con người, văn hóa của các nước thành viên ASEAN",
      note="Enumerated content bullet of section II; covered as a content item (partial arguable, no task of its own)."),
 AREA("A15", "covered", "III.8", "kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc"),
 AREA("A16", "covered", "III.7", "giới thiệu tiềm năng, thế mạnh của huyện, các điểm đến du lịch biển Bãi Rạng, Tam Hải và sản phẩm OCOP"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN (26/6/2019) and Quảng Nam plan 6854/KH-UBND", "year 2020 within 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020; dòng chảy chính của công tác hội nhập ASEAN; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (85.000.000 đồng, ngân sách huyện)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
                   ("S4", "pass", "V.1 báo cáo UBND huyện và Sở TT&TT trước ngày 30/11/2020; V.3 trước ngày 15/11/2020"),
                   ("S5", "pass", "every task III.1-III.8 names a lead"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN")])
write_gold(NAME, P, AU, SRC)
