"""Gold for plan 3 (Bắc Ninh 57/KH-STTTT, LibreOffice PDF). Values decided by hand from the text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "bac-ninh_57-KH-STTTT_2020_asean-lopdf"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TTBC = lambda: A("Phòng Thông tin - Báo chí - Xuất bản")
TTCNTT = lambda: A("Trung tâm Công nghệ thông tin và Truyền thông")

m = meta("57/KH-STTTT", "Kế hoạch", "Sở Thông tin và Truyền thông tỉnh Bắc Ninh", "Bắc Ninh", "2020-02-14",
         "Thông tin, tuyên truyền về ASEAN năm 2020", {"start": 2020, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "412/KH-UBND", "type": "Kế hoạch", "date": "2019-10-28"}],
         {"name": "Nguyễn Thị Thu Hằng", "position": "Phó Giám đốc"})
m["note"] = ("'Căn cứ Chương trình công tác năm 2020 của Sở …' cites no numbered document: not basis. The running header on pages 2-4 "
             "('Kế hoạch số 57/KH-STTTT ngày 14/02/2020 của Sở Thông tin và Truyền thông … Trang N') is page furniture; the footnote is not body text.")

S = SEC
secs = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
        S("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
        S("II.1", "1.", "Định hướng, cung cấp thông tin về ASEAN cho các cơ quan báo chí", 2,
          note="Numbered paragraph with a run-in bold first sentence: the title is that sentence."),
        S("II.1.a", "a)", "Hằng tháng, định hướng các cơ quan báo chí, Đài Truyền thanh cấp huyện về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn, nhất là các sự kiện của Năm Chủ tịch ASEAN 2020", 3),
        S("II.1.b", "b)", "Chia sẻ tin, bài, tư liệu từ Cổng thông tin ASEAN Việt Nam và kho dữ liệu chung về ASEAN cho các cơ quan báo chí, Trang thông tin điện tử của các sở, ngành, địa phương", 3),
        S("II.2", "2.", "Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh", 2,
          note="Its a) b) c) are field lines (Đơn vị chủ trì / Đơn vị phối hợp / Thời gian thực hiện): attributes, not sections."),
        S("II.3", "3.", "Tuyên truyền trên các phương tiện truyền thông mới và hệ thống thông tin cơ sở", 2),
        S("II.3.a", "a)", "Chia sẻ các tin, bài, video và chương trình phát trực tiếp (livestream) của Ứng dụng và Fanpage “ASEAN và Việt Nam” trên Trang thông tin điện tử và Fanpage của Sở", 3),
        S("II.3.b", "b)", "Cung cấp tin, bài, tài liệu về ASEAN để Đài Truyền thanh các huyện, thị xã, thành phố và đài truyền thanh cấp xã phát trên hệ thống loa truyền thanh cơ sở", 3),
        S("II.4", "4.", "Tập huấn, bồi dưỡng nghiệp vụ tuyên truyền về ASEAN", 2),
        S("II.4.a", "a)", "Tổ chức 01 hội nghị tập huấn kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên các cơ quan báo chí, cán bộ phụ trách Trang thông tin điện tử và Đài Truyền thanh cấp huyện, hoàn thành trong quý II/2020", 3),
        S("II.4.b", "b)", "Cử cán bộ, phóng viên tham dự các lớp bồi dưỡng về ASEAN do Bộ Thông tin và Truyền thông tổ chức", 3),
        S("II.5", "5.", "Biên soạn, phát hành tài liệu tuyên truyền về ASEAN", 2,
          note="Its a) b) c) are field lines: attributes, not sections."),
        S("II.6", "6.", "Phối hợp tổ chức các hoạt động hưởng ứng Năm Chủ tịch ASEAN 2020", 2),
        S("II.6.a", "a)", "Cung cấp nội dung, hướng dẫn treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020 tại các tuyến phố chính, khu công nghiệp và trụ sở cơ quan", 3),
        S("II.6.b", "b)", "Phối hợp tổ chức cuộc thi tìm hiểu về ASEAN dành cho học sinh các trường trung học phổ thông trên địa bàn tỉnh", 3),
        S("II.6.c", "c)", "Cung cấp thông tin về các cam kết trong ASEAN, thương mại điện tử, cơ hội kinh doanh tại thị trường ASEAN cho doanh nghiệp trong các khu công nghiệp", 3),
        S("II.7", "7.", "Theo dõi, xử lý thông tin sai sự thật về ASEAN trên không gian mạng", 2),
        S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        S("IV.1", "1.", "Phòng Thông tin - Báo chí - Xuất bản", 2),
        S("IV.2", "2.", "Văn phòng Sở", 2),
        S("IV.3", "3.", "Trung tâm Công nghệ thông tin và Truyền thông; Thanh tra Sở", 2),
        S("IV.4", "4.", "Đề nghị Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh và Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", 2)]

tasks = [
 TASK("II.1", "Định hướng, cung cấp thông tin về ASEAN cho các cơ quan báo chí", [TTBC()], [], None,
      "Lead from the run-in '… chủ trì thực hiện các nội dung sau:'; the lettered sub-items a), b) are sections, not tasks."),
 TASK("II.2", "Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh",
      [A("Báo Bắc Ninh"), A("Đài Phát thanh và Truyền hình tỉnh"), A("Cổng Thông tin điện tử tỉnh")], [TTBC()],
      TF("Từ tháng 3 đến tháng 12/2020", "2020-03-01", "2020-12-31")),
 TASK("II.3", "Tuyên truyền trên các phương tiện truyền thông mới và hệ thống thông tin cơ sở", [TTCNTT()], [], None),
 TASK("II.4", "Tập huấn, bồi dưỡng nghiệp vụ tuyên truyền về ASEAN", [TTBC()],
      [A("Ban Tuyên giáo Tỉnh ủy"), A("Hội Nhà báo tỉnh")], None,
      "'hoàn thành trong quý II/2020' closes sub-item a) only (the training conference), not the whole task (b) has no time): "
      "kept as a period deadline on II.4.a, and the task's timeframe is null."),
 TASK("II.5", "Biên soạn, phát hành tài liệu tuyên truyền về ASEAN", [TTBC()],
      [A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], TF("Quý II/2020", "2020-04-01", "2020-06-30")),
 TASK("II.6", "Phối hợp tổ chức các hoạt động hưởng ứng Năm Chủ tịch ASEAN 2020", [A("Sở Thông tin và Truyền thông")],
      [A("Sở Văn hóa, Thể thao và Du lịch"), A("Sở Công Thương"), A("Sở Giáo dục và Đào tạo")], None,
      "The run-in text opens with the issuing Sở itself as the actor ('Sở Thông tin và Truyền thông phối hợp với …'): it is the lead; "
      "the three Sở after 'phối hợp với' are support (split between names: 'Sở Văn hóa, Thể thao và Du lịch' keeps its commas)."),
 TASK("II.7", "Theo dõi, xử lý thông tin sai sự thật về ASEAN trên không gian mạng",
      [A("Thanh tra Sở Thông tin và Truyền thông", "Thanh tra Sở")],
      [A("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh")], None,
      "The support is one unit whose name contains 'và' and a comma. 'Thực hiện thường xuyên trong năm 2020' is not a window."),
]
D3 = ["Thực hiện các nhiệm vụ được giao tại Mục II Kế hoạch này",
      "báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản trước ngày 25/11/2020"]
D4 = ["Phối hợp triển khai các nội dung có liên quan",
      "gửi kết quả thực hiện về Sở Thông tin và Truyền thông (qua Phòng Thông tin - Báo chí - Xuất bản) trước ngày 25/11/2020"]
asg = [
 ASG(TTBC(), "IV.1", ["Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc, hướng dẫn thực hiện Kế hoạch",
                      "tổng hợp kết quả, tham mưu báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông trước ngày 05/12/2020"]),
 ASG(A("Văn phòng Sở Thông tin và Truyền thông", "Văn phòng Sở"), "IV.2", ["Bảo đảm kinh phí, hướng dẫn thanh toán, quyết toán kinh phí theo quy định"]),
 ASG(TTCNTT(), "IV.3", D3, note="Heading names two units separated by ';': two assignments with the same duties."),
 ASG(A("Thanh tra Sở Thông tin và Truyền thông", "Thanh tra Sở"), "IV.3", D3),
 ASG(A("Báo Bắc Ninh"), "IV.4", D4,
     note="'Đề nghị X, Y và Z' with 'và' also inside two names: Báo Bắc Ninh / Đài Phát thanh và Truyền hình tỉnh / Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố."),
 ASG(A("Đài Phát thanh và Truyền hình tỉnh"), "IV.4", D4),
 ASG(A("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", coll=True), "IV.4", D4),
]
dls = [
 DL("Hằng tháng", "recurring", "II.1.a", "định hướng các cơ quan báo chí, Đài Truyền thanh cấp huyện về nội dung trọng tâm cần thông tin về ASEAN", rec="monthly"),
 DL("Từ tháng 3 đến tháng 12/2020", "period", "II.2", "Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh", start="2020-03-01", end="2020-12-31"),
 DL("hoàn thành trong quý II/2020", "period", "II.4.a", "Tổ chức 01 hội nghị tập huấn kỹ năng tuyên truyền về ASEAN", start="2020-04-01", end="2020-06-30"),
 DL("Quý II/2020", "period", "II.5", "Biên soạn, phát hành tài liệu tuyên truyền về ASEAN", start="2020-04-01", end="2020-06-30"),
 DL("trước ngày 05/12/2020", "due", "IV.1", "tham mưu báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông", due="2020-12-05"),
 DL("trước ngày 25/11/2020", "due", "IV.3", "báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản", due="2020-11-25"),
 DL("trước ngày 25/11/2020", "due", "IV.4", "gửi kết quả thực hiện về Sở Thông tin và Truyền thông", due="2020-11-25"),
]
dls[0]["note"] = ("The footnote's 'tháng 4 và tháng 11/2020' (expected summit months) narrates; 'thường xuyên trong năm 2020' (II.7) "
                  "and the budget year 'năm 2020' (III) are not deadlines.")
bud = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn kinh phí sự nghiệp thông tin năm 2020 đã được Ủy ban nhân dân tỉnh giao trong dự toán của Sở Thông tin và Truyền thông", "section": "III"},
                   {"text": "Các cơ quan báo chí lồng ghép trong kinh phí hoạt động thường xuyên của đơn vị", "section": "III"}],
       "amounts": [{"text": "280.000.000 đồng", "vnd": 280000000}]}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "covered", "II.1.a", "định hướng các cơ quan báo chí, Đài Truyền thanh cấp huyện về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
      note="Orienting the press by period is an own sub-item; the cross-level coordination mechanism is not set up, but one of the area's two prongs is committed."),
 AREA("A02", "covered", "II.1.b", "Chia sẻ tin, bài, tư liệu từ Cổng thông tin ASEAN Việt Nam và kho dữ liệu chung về ASEAN"),
 AREA("A03", "covered", "II.3.a", "Chia sẻ các tin, bài, video và chương trình phát trực tiếp (livestream) của Ứng dụng và Fanpage “ASEAN và Việt Nam”"),
 AREA("A04", "missing", note="No integration of ASEAN into talks, meetings or the work of youth, women's or farmers' organisations."),
 AREA("A05", "covered", "II.4.a", "Tổ chức 01 hội nghị tập huấn kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên các cơ quan báo chí"),
 AREA("A06", "covered", "II.6.c", "Cung cấp thông tin về các cam kết trong ASEAN, thương mại điện tử, cơ hội kinh doanh tại thị trường ASEAN cho doanh nghiệp"),
 AREA("A07", "covered", "II.6.b", "Phối hợp tổ chức cuộc thi tìm hiểu về ASEAN dành cho học sinh các trường trung học phổ thông"),
 AREA("A08", "missing", note="No ASEAN Corner."),
 AREA("A09", "covered", "II.2", "Mở và duy trì chuyên trang, chuyên mục “Việt Nam - Chủ tịch ASEAN 2020”",
      note="The footnote mark follows the closing quote in the PDF; the task also relays VTV and VOV programmes ('tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam')."),
 AREA("A10", "covered", "II.6.a", "hướng dẫn treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "missing", note="No fairs or trade/investment promotion."),
 AREA("A12", "covered", "II.5", "Biên soạn, in 3.000 cuốn tài liệu hỏi - đáp về ASEAN và Năm Chủ tịch ASEAN 2020; in 500 áp phích, tờ gấp về Cộng đồng ASEAN"),
 AREA("A13", "covered", "II.2", "tăng thời lượng tin, bài về các Hội nghị Cấp cao ASEAN và các sự kiện trong Năm Chủ tịch ASEAN 2020"),
 AREA("A14", "partial", "I.1", "hiểu rõ hơn về ASEAN, về đất nước, con người các nước thành viên",
      note="Only in the purposes; no task presents ASEAN's role, achievements or pillars."),
 AREA("A15", "covered", "II.7", "phát hiện và xử lý các thông tin sai sự thật, xuyên tạc về ASEAN"),
 AREA("A16", "missing", note="The plan never promotes Bắc Ninh itself (strengths, investment, tourism, specialties)."),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and provincial plan 412/KH-UBND (2019-2020)", "period 2020 within 2019-2020",
                         "fingerprints: Năm Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage “ASEAN và Việt Nam”; Cổng thông tin ASEAN Việt Nam"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 7 assignments"),
                   ("S4", "pass", "IV.1: báo cáo UBND tỉnh, Bộ TT&TT trước ngày 05/12/2020; IV.3, IV.4: trước ngày 25/11/2020"),
                   ("S5", "pass", "every task II.1-II.7 has a lead"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and provincial plan 412/KH-UBND")])
write_gold(NAME, P, AU, SRC)
