"""Hand-written gold for plan 3 (Nam Định, DOCX with four typed numbering levels I. / 1. / 1.1. / 1.1.1.)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "nam-dinh_97-KH-UBND_2022_asean-docx4lvl"
SRC = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".source.txt"), encoding="utf-8").read()

M = meta("97/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Nam Định", "Nam Định", "2022-06-08",
         "Thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 trên địa bàn tỉnh Nam Định",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "1853/BTTTT-TTĐN", "type": "Công văn", "date": "2022-05-20"}],
         {"name": "Trần Minh Khoa", "position": "Phó Chủ tịch"})
M["note"] = "Tờ trình 46/TTr-STTTT is cited under 'Xét đề nghị', so it is not basis."

sections = [
    SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
    SEC("I.1", "1.", "Mục đích", 2),
    SEC("I.1.1", "1.1.", "Nâng cao nhận thức của cán bộ, đảng viên, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, về phương châm \"Tư duy Cộng đồng, Hành động Cộng đồng\"; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng", 3),
    SEC("I.1.2", "1.2.", "Quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh Nam Định tới các nước thành viên ASEAN và các đối tác, phục vụ thu hút đầu tư, phát triển du lịch và xuất khẩu", 3),
    SEC("I.2", "2.", "Yêu cầu", 2),
    SEC("I.2.1", "2.1.", "Công tác thông tin, tuyên truyền phải bám sát chủ trương, đường lối đối ngoại của Đảng, chính sách, pháp luật của Nhà nước; nội dung chính xác, hình thức đa dạng, ứng dụng mạnh mẽ các nền tảng số", 3),
    SEC("I.2.2", "2.2.", "Tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương, các tổ chức chính trị - xã hội và cơ quan báo chí trong tỉnh", 3),
    SEC("II", "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks"),
    SEC("II.1", "1.", "Nội dung thông tin, tuyên truyền", 2),
    SEC("II.1.1", "1.1.", "Tuyên truyền về Chủ đề ASEAN theo từng năm và 3 trụ cột của Cộng đồng ASEAN", 3),
    SEC("II.1.2", "1.2.", "Tuyên truyền về hợp tác ASEAN ứng phó với đại dịch COVID-19", 3),
    SEC("II.1.3", "1.3.", "Tuyên truyền về các lĩnh vực hợp tác mới", 3),
    SEC("II.2", "2.", "Hình thức thông tin, tuyên truyền", 2),
    SEC("II.2.1", "2.1.", "Tuyên truyền trên báo chí của tỉnh", 3),
    SEC("II.2.1.1", "2.1.1.", "Báo Nam Định duy trì chuyên mục \"Nam Định với ASEAN\" trên báo in và báo điện tử; ưu tiên thông tin về hợp tác giữa doanh nghiệp của tỉnh với các nước ASEAN", 4),
    SEC("II.2.1.2", "2.1.2.", "Đài Phát thanh và Truyền hình Nam Định sản xuất phóng sự, phim tài liệu về các câu chuyện thực tiễn, nhân vật điển hình của tỉnh trong hợp tác với các nước ASEAN; tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam", 4),
    SEC("II.2.2", "2.2.", "Tuyên truyền trên Cổng Thông tin điện tử tỉnh, mạng xã hội và các nền tảng số", 3),
    SEC("II.2.3", "2.3.", "Tuyên truyền trực quan nhân Ngày thành lập ASEAN", 3),
    SEC("II.2.4", "2.4.", "Tuyên truyền qua hệ thống thông tin cơ sở", 3),
    SEC("II.3", "3.", "Nâng cao năng lực và hiệu quả công tác tuyên truyền", 2),
    SEC("II.3.1", "3.1.", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", 3),
    SEC("II.3.2", "3.2.", "Đấu tranh phản bác thông tin sai trái", 3),
    SEC("II.4", "4.", "Quảng bá hình ảnh tỉnh Nam Định và các hoạt động giao lưu", 2),
    SEC("II.4.1", "4.1.", "Quảng bá tiềm năng, cơ hội đầu tư, du lịch của tỉnh", 3),
    SEC("II.4.2", "4.2.", "Tổ chức, tham gia hội chợ, triển lãm và giao lưu văn hóa, thể thao", 3),
    SEC("II.4.3", "4.3.", "Tổ chức cuộc thi tìm hiểu về ASEAN", 3),
    SEC("III", "III.", "PHÂN CÔNG TRÁCH NHIỆM", 1, "organization"),
    SEC("III.1", "1.", "Sở Thông tin và Truyền thông", 2),
    SEC("III.2", "2.", "Sở Ngoại vụ", 2),
    SEC("III.3", "3.", "Sở Văn hóa, Thể thao và Du lịch", 2),
    SEC("III.4", "4.", "Sở Công Thương", 2),
    SEC("III.5", "5.", "Sở Kế hoạch và Đầu tư", 2),
    SEC("III.6", "6.", "Sở Giáo dục và Đào tạo", 2),
    SEC("III.7", "7.", "Sở Tài chính", 2),
    SEC("III.8", "8.", "Báo Nam Định, Đài Phát thanh và Truyền hình Nam Định", 2),
    SEC("III.9", "9.", "Ủy ban nhân dân các huyện, thành phố Nam Định", 2),
    SEC("III.10", "10.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2),
    SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
    SEC("IV.1", "1.", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", 2),
    SEC("IV.2", "2.", "Các cơ quan, đơn vị chủ động huy động nguồn tài trợ, xã hội hóa theo quy định của pháp luật", 2),
    SEC("V", "V.", "CHẾ ĐỘ BÁO CÁO", 1, "reporting"),
]
tt = {s["id"]: s["title"] for s in sections}

STTTT = A("Sở Thông tin và Truyền thông")
SVH = A("Sở Văn hóa, Thể thao và Du lịch")
SNGV = A("Sở Ngoại vụ")
BAO = A("Báo Nam Định")
DAI = A("Đài Phát thanh và Truyền hình Nam Định")
HUYEN = A("Ủy ban nhân dân các huyện, thành phố Nam Định", coll=True)
GROUP = "Second-level group heading inside the tasks section: a task by the spec (numbered Arabic item), with no roles of its own."
tasks = [
    TASK("II.1", tt["II.1"], [], [], note=GROUP + " Its sub-tasks II.1.1-II.1.3 have no lead either."),
    TASK("II.1.1", tt["II.1.1"], [], [], note="Content item with no actor; empty lead is literal."),
    TASK("II.1.2", tt["II.1.2"], [], []),
    TASK("II.1.3", tt["II.1.3"], [], []),
    TASK("II.2", tt["II.2"], [], [], note=GROUP),
    TASK("II.2.1", tt["II.2.1"], [STTTT], [],
         note="Lead from the opening sentence 'Sở Thông tin và Truyền thông chủ trì định hướng các cơ quan báo chí…'."),
    TASK("II.2.1.1", tt["II.2.1.1"], [BAO], [], note="Fourth-level item; lead = the agency opening the sentence."),
    TASK("II.2.1.2", tt["II.2.1.2"], [DAI], []),
    TASK("II.2.2", tt["II.2.2"], [STTTT], [A("Văn phòng Ủy ban nhân dân tỉnh"), A("Các sở, ban, ngành", "các sở, ban, ngành", True)]),
    TASK("II.2.3", tt["II.2.3"], [SVH], [A("Ủy ban nhân dân thành phố Nam Định")],
         note="'nhân kỷ niệm Ngày thành lập ASEAN (08/8)' is an event, not a deadline or window."),
    TASK("II.2.4", tt["II.2.4"], [HUYEN], [], note="Lead = the collective opening the sentence as actor."),
    TASK("II.3", tt["II.3"], [], [], note=GROUP),
    TASK("II.3.1", tt["II.3.1"], [STTTT], [SNGV], TF("Quý III/2023", "2023-07-01", "2023-09-30")),
    TASK("II.3.2", tt["II.3.2"], [A("Công an tỉnh")], [STTTT, A("Ban Tuyên giáo Tỉnh ủy")]),
    TASK("II.4", tt["II.4"], [], [], note=GROUP),
    TASK("II.4.1", tt["II.4.1"], [A("Sở Kế hoạch và Đầu tư")], [SVH, SNGV]),
    TASK("II.4.2", tt["II.4.2"], [A("Sở Công Thương")], [SVH], None,
         note="'Thời gian: Hằng năm' is not a window: timeframe null, yearly recurring deadline."),
    TASK("II.4.3", tt["II.4.3"], [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh Đoàn Nam Định")], TF("Năm 2024", "2024-01-01", "2024-12-31")),
]

D10 = ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"]
D8 = ["Xây dựng kế hoạch tuyên truyền về ASEAN của cơ quan", "bố trí thời lượng, dung lượng phù hợp cho chuyên mục về ASEAN"]
assignments = [
    ASG(STTTT, "III.1", ["Là cơ quan thường trực, chủ trì, hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch",
                         "Định hướng các cơ quan báo chí, hệ thống thông tin cơ sở về nội dung tuyên truyền về ASEAN theo từng thời điểm",
                         "Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông"]),
    ASG(SNGV, "III.2", ["Cung cấp thông tin về các hoạt động hợp tác của tỉnh với các địa phương của các nước ASEAN cho các cơ quan báo chí",
                        "Phối hợp tổ chức các lớp tập huấn về ASEAN"]),
    ASG(SVH, "III.3", ["Chủ trì tuyên truyền trực quan", "tổ chức các hoạt động giao lưu văn hóa, thể thao với các nước ASEAN",
                       "quảng bá du lịch Nam Định tới thị trường ASEAN"]),
    ASG(A("Sở Công Thương"), "III.4", ["Chủ trì thông tin cho doanh nghiệp về các cam kết trong ASEAN, thương mại điện tử",
                                       "tổ chức, tham gia các hội chợ, triển lãm"]),
    ASG(A("Sở Kế hoạch và Đầu tư"), "III.5", ["Chủ trì xây dựng ấn phẩm, video quảng bá cơ hội đầu tư của tỉnh tới các nhà đầu tư ASEAN"]),
    ASG(A("Sở Giáo dục và Đào tạo"), "III.6", ["Chủ trì tổ chức cuộc thi tìm hiểu về ASEAN",
                                               "lồng ghép nội dung về ASEAN vào hoạt động giáo dục ngoài giờ lên lớp"]),
    ASG(A("Sở Tài chính"), "III.7", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"]),
    ASG(BAO, "III.8", D8, note="Heading names two agencies -> one assignment each."),
    ASG(DAI, "III.8", D8),
    ASG(HUYEN, "III.9", ["Xây dựng kế hoạch thực hiện tại địa phương", "chỉ đạo hệ thống thông tin cơ sở tuyên truyền về ASEAN"]),
    ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "III.10", D10),
    ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "III.10", D10),
]

deadlines = [
    DL("Quý III/2023", "period", "II.3.1", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2023-07-01", end="2023-09-30"),
    DL("Hằng năm", "recurring", "II.4.2", "Tổ chức, tham gia hội chợ, triển lãm thương mại", rec="yearly"),
    DL("Năm 2024", "period", "II.4.3", "Tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến", start="2024-01-01", end="2024-12-31"),
    DL("trước ngày 15/11 hằng năm", "due", "V", "báo cáo kết quả thực hiện Kế hoạch về Sở Thông tin và Truyền thông", due="--11-15", rec="yearly"),
    DL("trước ngày 30/11 hằng năm", "due", "V", "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]

budget = {"present": True, "section": "IV", "sources": ["state_budget", "sponsorship", "socialization"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", "section": "IV.1"},
                      {"text": "huy động nguồn tài trợ, xã hội hóa theo quy định của pháp luật", "section": "IV.2"}],
          "amounts": []}

P = plan(M, sections, tasks, assignments, deadlines, budget)

areas = [
    AREA("B01", "covered", "II.1.1", "Bám sát Chủ đề ASEAN theo từng năm; tuyên truyền các hoạt động, thành tựu hợp tác trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
    AREA("B02", "covered", "II.1.2", "Thông tin về các sáng kiến, kết quả hợp tác của ASEAN trong ứng phó với đại dịch COVID-19"),
    AREA("B03", "covered", "II.2.1.2", "sản xuất phóng sự, phim tài liệu về các câu chuyện thực tiễn, nhân vật điển hình của tỉnh trong hợp tác với các nước ASEAN"),
    AREA("B04", "partial", "II.1.1", "bản sắc Cộng đồng ASEAN",
         note="One item in the list of II.1.1; no own commitment to the sense of belonging."),
    AREA("B05", "covered", "II.4.1", "Xây dựng ấn phẩm, video song ngữ giới thiệu con người, cơ hội kinh doanh, đầu tư, du lịch của tỉnh"),
    AREA("B06", "covered", "II.1.3", "Thông tin về kinh tế số, chuyển đổi số, thương mại điện tử, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN và dịch chuyển lao động trong ASEAN"),
    AREA("B07", "covered", "II.2.2", "Duy trì chuyên mục ASEAN trên Cổng Thông tin điện tử tỉnh; chia sẻ nội dung về ASEAN trên trang mạng xã hội của các cơ quan, đơn vị và các nền tảng số"),
    AREA("B08", "covered", "II.2.3", "Treo cờ ASEAN tại trụ sở các cơ quan cấp tỉnh; treo pa nô, áp phích, băng rôn"),
    AREA("B09", "covered", "II.3.1", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên"),
    AREA("B10", "covered", "II.4.3", "Tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến cho học sinh, sinh viên và đoàn viên thanh niên"),
    AREA("B11", "covered", "II.4.2", "Tổ chức, tham gia hội chợ, triển lãm thương mại có doanh nghiệp các nước ASEAN tham gia; tổ chức giao lưu văn hóa, thể thao"),
    AREA("B12", "covered", "II.3.2", "kịp thời đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam"),
    AREA("B13", "partial", "I.2.2", "Tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương, các tổ chức chính trị - xã hội và cơ quan báo chí trong tỉnh",
         note="Only a requirement in section I (purposes/requirements count as partial)."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 inside 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số, chuyển đổi số; 3 trụ cột"],
           areas,
           [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
            ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget; sponsorship and socialisation)"),
            ("S3", "pass", "section III PHÂN CÔNG TRÁCH NHIỆM with 12 assignments"),
            ("S4", "pass", "section V: báo cáo trước ngày 15/11 hằng năm and trước ngày 30/11 hằng năm"),
            ("S5", "fail", "tasks without a lead: II.1, II.1.1, II.1.2, II.1.3 (II.2, II.3, II.4 pass through their sub-tasks)"),
            ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg (13/7/2021)")])

if __name__ == "__main__":
    write_gold(NAME, P, AU, SRC)
