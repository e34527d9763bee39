"""Hand-written gold for plan 1 (Đồng Nai, scanned PDF with a ruled annex table). Every value below was decided by
reading the source text; write_gold() only refuses quotes that are not verbatim in it."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "dong-nai_9436-KH-UBND_2019_asean-scanannex"
SRC = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".source.txt"), encoding="utf-8").read()

M = meta("9436/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Đồng Nai", "Đồng Nai", "2019-08-23",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Đồng Nai",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Nguyễn Quốc Hùng", "position": "Phó Chủ tịch"})
M["note"] = ("Every page is an image (scan, no text layer). Tờ trình 2381/TTr-STTTT is cited under 'Xét đề nghị', so it is "
             "not basis.")

sections = [
    SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
    SEC("I.1", "1.", "Mục đích", 2),
    SEC("I.2", "2.", "Yêu cầu", 2),
    SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content",
        note="Only bullets below it: no numbered items, so no tasks in II."),
    SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks",
        note="One sentence referring to the annex; the tasks are the annex rows (PL.*)."),
    SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
    SEC("IV.1", "1.", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và lồng ghép trong kinh phí hoạt động thường xuyên của các cơ quan, đơn vị", 2),
    SEC("IV.2", "2.", "Khuyến khích các cơ quan, đơn vị huy động nguồn xã hội hóa và các nguồn hợp pháp khác để thực hiện Kế hoạch", 2),
    SEC("IV.3", "3.", "Căn cứ nhiệm vụ được phân công, các cơ quan, đơn vị lập dự toán kinh phí năm 2020 gửi Sở Tài chính trước ngày 15/9/2019 để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét, bố trí", 2),
    SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
    SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
    SEC("V.2", "2.", "Sở Tài chính", 2),
    SEC("V.3", "3.", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố Long Khánh và thành phố Biên Hòa", 2),
    SEC("V.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2),
]

STTTT = A("Sở Thông tin và Truyền thông")
SNGV = A("Sở Ngoại vụ")
SVH = A("Sở Văn hóa, Thể thao và Du lịch")
SCT = A("Sở Công Thương")
BQL = A("Ban Quản lý các Khu công nghiệp Đồng Nai", "Ban Quản lý các khu công nghiệp Đồng Nai")
HUYEN = A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", True)
ANNEX = "Annex row; the body has no numbered tasks, so the annex is numbered independently (PL.<STT>)."

tasks = [
    TASK("PL.1", "Xây dựng cơ chế phối hợp giữa các cơ quan, đơn vị, địa phương theo chiều ngang và chiều dọc; định hướng các cơ quan báo chí về trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
         [STTTT], [A("Ban Tuyên giáo Tỉnh ủy"), SNGV], TF("Quý IV/2019", "2019-10-01", "2019-12-31"), note=ANNEX),
    TASK("PL.2", "Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ làm công tác thông tin cơ sở",
         [STTTT], [SNGV, A("Hội Nhà báo tỉnh")], TF("Năm 2020", "2020-01-01", "2020-12-31")),
    TASK("PL.3", "Chia sẻ cơ sở dữ liệu, ấn phẩm truyền thông quảng bá về tỉnh Đồng Nai lên Cổng thông tin ASEAN Việt Nam",
         [STTTT], [A("Các sở, ban, ngành", coll=True), HUYEN], None, note="'Thường xuyên' is not a window: timeframe null, no deadline."),
    TASK("PL.4", "Mở chuyên trang, chuyên mục \"Đồng Nai hướng tới Cộng đồng ASEAN\"; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam",
         [A("Báo Đồng Nai"), A("Đài Phát thanh và Truyền hình Đồng Nai", "Đài Phát thanh - Truyền hình Đồng Nai")], [STTTT],
         TF("2019 - 2020", "2019-01-01", "2020-12-31")),
    TASK("PL.5", "Duy trì chuyên mục ASEAN trên Cổng thông tin điện tử tỉnh; chia sẻ tin, bài từ Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên mạng xã hội",
         [A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")], [STTTT], None),
    TASK("PL.6", "Biên soạn, in ấn, phát hành tài liệu, tờ rơi tuyên truyền về Cộng đồng ASEAN và Năm Chủ tịch ASEAN 2020",
         [STTTT], [SNGV], TF("Quý I/2020", "2020-01-01", "2020-03-31")),
    TASK("PL.7", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ chế hải quan một cửa ASEAN cho doanh nghiệp",
         [SCT], [BQL, A("Cục Hải quan Đồng Nai")], TF("Quý II/2020", "2020-04-01", "2020-06-30")),
    TASK("PL.8", "Tham gia hội chợ, triển lãm tại các nước ASEAN; quảng bá hình ảnh, tiềm năng và các dự án kêu gọi đầu tư của tỉnh",
         [SCT, A("Sở Kế hoạch và Đầu tư")], [BQL], None,
         note="'Hằng năm' is not a window (spec): timeframe null, yearly recurring deadline."),
    TASK("PL.9", "Tổ chức giao lưu văn hóa, thể thao; trưng bày triển lãm ảnh \"Đất nước, con người ASEAN\" nhân kỷ niệm 25 năm Việt Nam gia nhập ASEAN",
         [SVH], [SNGV, A("Ủy ban nhân dân thành phố Biên Hòa", "UBND thành phố Biên Hòa")], TF("Tháng 7/2020", "2020-07-01", "2020-07-31")),
    TASK("PL.10", "Tuyên truyền cổ động trực quan (băng rôn, khẩu hiệu, pa nô, áp phích) tại trung tâm các huyện, thành phố nhân Năm Chủ tịch ASEAN 2020",
         [SVH], [HUYEN], TF("Năm 2020", "2020-01-01", "2020-12-31")),
    TASK("PL.11", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông",
         [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh Đoàn Đồng Nai")], TF("Quý IV/2019 - Quý II/2020", "2019-10-01", "2020-06-30")),
    TASK("PL.12", "Xây dựng Góc ASEAN tại Thư viện tỉnh và thư viện một số trường trung học phổ thông",
         [SVH], [A("Sở Giáo dục và Đào tạo")], TF("Năm 2020", "2020-01-01", "2020-12-31")),
]

HUYEN3 = A("Ủy ban nhân dân các huyện, thành phố Long Khánh và thành phố Biên Hòa",
           "Ủy ban nhân dân các huyện, thành phố Long Khánh và thành phố Biên Hòa", True)
D3 = ["Căn cứ nhiệm vụ được phân công tại Phụ lục, xây dựng kế hoạch chi tiết và tổ chức triển khai thực hiện",
      "Báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]
D4 = ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân, công nhân lao động",
      "vận động hội viên tham gia các hoạt động hướng tới Năm Chủ tịch ASEAN 2020"]
assignments = [
    ASG(STTTT, "V.1", ["Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương triển khai thực hiện Kế hoạch",
                       "hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở về nội dung tuyên truyền ASEAN theo từng giai đoạn",
                       "Theo dõi, đôn đốc việc thực hiện",
                       "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12 hằng năm"]),
    ASG(A("Sở Tài chính"), "V.2", ["Thẩm định dự toán, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
    ASG(A("Các sở, ban, ngành tỉnh", coll=True), "V.3", D3,
        note="Heading names two collectives separated by ';' -> two assignments with the same duties."),
    ASG(HUYEN3, "V.3", D3),
    ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "V.4", D4, note="'Đề nghị X và Y' -> one assignment per agency."),
    ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "V.4", D4),
]

deadlines = [
    DL("trước ngày 15/9/2019", "due", "IV.3", "lập dự toán kinh phí năm 2020 gửi Sở Tài chính", due="2019-09-15"),
    DL("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="--12-15", rec="yearly"),
    DL("trước ngày 30/11 hằng năm", "due", "V.3", "Báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
    DL("Quý IV/2019", "period", "PL.1", "Xây dựng cơ chế phối hợp giữa các cơ quan, đơn vị, địa phương", start="2019-10-01", end="2019-12-31"),
    DL("Năm 2020", "period", "PL.2", "Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2020-01-01", end="2020-12-31"),
    DL("2019 - 2020", "period", "PL.4", "Mở chuyên trang, chuyên mục \"Đồng Nai hướng tới Cộng đồng ASEAN\"", start="2019-01-01", end="2020-12-31"),
    DL("Quý I/2020", "period", "PL.6", "Biên soạn, in ấn, phát hành tài liệu, tờ rơi tuyên truyền", start="2020-01-01", end="2020-03-31"),
    DL("Quý II/2020", "period", "PL.7", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN", start="2020-04-01", end="2020-06-30"),
    DL("Hằng năm", "recurring", "PL.8", "Tham gia hội chợ, triển lãm tại các nước ASEAN", rec="yearly"),
    DL("Tháng 7/2020", "period", "PL.9", "Tổ chức giao lưu văn hóa, thể thao; trưng bày triển lãm ảnh", start="2020-07-01", end="2020-07-31"),
    DL("Năm 2020", "period", "PL.10", "Tuyên truyền cổ động trực quan", start="2020-01-01", end="2020-12-31"),
    DL("Quý IV/2019 - Quý II/2020", "period", "PL.11", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông", start="2019-10-01", end="2020-06-30"),
    DL("Năm 2020", "period", "PL.12", "Xây dựng Góc ASEAN tại Thư viện tỉnh", start="2020-01-01", end="2020-12-31"),
]

budget = {"present": True, "section": "IV",
          "sources": ["state_budget", "unit_budget", "socialization", "other_lawful"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và lồng ghép trong kinh phí hoạt động thường xuyên của các cơ quan, đơn vị", "section": "IV.1"},
                      {"text": "huy động nguồn xã hội hóa và các nguồn hợp pháp khác để thực hiện Kế hoạch", "section": "IV.2"}],
          "amounts": [{"text": "850.000.000 đồng", "vnd": 850000000}]}

P = plan(M, sections, tasks, assignments, deadlines, budget)

areas = [
    AREA("A01", "covered", "PL.1", "Xây dựng cơ chế phối hợp giữa các cơ quan, đơn vị, địa phương theo chiều ngang và chiều dọc; định hướng các cơ quan báo chí về trọng tâm cần thông tin về ASEAN theo từng giai đoạn"),
    AREA("A02", "covered", "PL.3", "Chia sẻ cơ sở dữ liệu, ấn phẩm truyền thông quảng bá về tỉnh Đồng Nai lên Cổng thông tin ASEAN Việt Nam"),
    AREA("A03", "covered", "PL.5", "chia sẻ tin, bài từ Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên mạng xã hội"),
    AREA("A04", "covered", "V.4", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân, công nhân lao động",
         note="An enumerated duty with its own verb for the mass organisations; there is no task on talks/conferences, so 'partial' is arguable."),
    AREA("A05", "covered", "PL.2", "Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ làm công tác thông tin cơ sở"),
    AREA("A06", "covered", "PL.7", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ chế hải quan một cửa ASEAN cho doanh nghiệp"),
    AREA("A07", "covered", "PL.11", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông"),
    AREA("A08", "covered", "PL.12", "Xây dựng Góc ASEAN tại Thư viện tỉnh và thư viện một số trường trung học phổ thông"),
    AREA("A09", "covered", "PL.4", "Mở chuyên trang, chuyên mục \"Đồng Nai hướng tới Cộng đồng ASEAN\"; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"),
    AREA("A10", "covered", "PL.9", "Tổ chức giao lưu văn hóa, thể thao; trưng bày triển lãm ảnh \"Đất nước, con người ASEAN\""),
    AREA("A11", "covered", "PL.8", "Tham gia hội chợ, triển lãm tại các nước ASEAN"),
    AREA("A12", "covered", "PL.6", "Biên soạn, in ấn, phát hành tài liệu, tờ rơi tuyên truyền về Cộng đồng ASEAN và Năm Chủ tịch ASEAN 2020"),
    AREA("A13", "covered", "II", "Các sự kiện quan trọng của ASEAN trong năm: Hội nghị Cấp cao ASEAN, Hội nghị Bộ trưởng Ngoại giao ASEAN; chủ đề năm ASEAN 2019 \"Thúc đẩy quan hệ đối tác vì sự bền vững\"; Năm Chủ tịch ASEAN 2020 của Việt Nam và kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
    AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN; những thành tựu nổi bật của Cộng đồng ASEAN trên 3 trụ cột"),
    AREA("A15", "missing", note="No phản bác / thông tin sai trái / xuyên tạc / dư luận anywhere."),
    AREA("A16", "covered", "PL.8", "quảng bá hình ảnh, tiềm năng và các dự án kêu gọi đầu tư của tỉnh"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and Công văn 03/BTTTT-BCĐASEAN", "period 2019-2020",
                         "fingerprints: dòng chảy chính của công tác hội nhập ASEAN, Chủ tịch ASEAN 2020, Ứng dụng và Fanpage, Cổng thông tin ASEAN Việt Nam"],
           areas,
           [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
            ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget, unit budget, socialisation; 850.000.000 đồng)"),
            ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
            ("S4", "pass", "V.3 báo cáo trước ngày 30/11 hằng năm; V.1 báo cáo trước ngày 15/12 hằng năm"),
            ("S5", "pass", "every annex task PL.1-PL.12 has a lead in the Cơ quan chủ trì column"),
            ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019) and Công văn 03/BTTTT-BCĐASEAN")])

if __name__ == "__main__":
    write_gold(NAME, P, AU, SRC)
