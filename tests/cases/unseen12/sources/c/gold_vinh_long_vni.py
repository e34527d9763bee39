"""Hand gold for vinh-long_1872-KH-UBND_2019_asean-vni (VNI-Windows text: quotes are checked against the Unicode
source text, sources/<NAME>.source.txt, which decodes back from the delivered bytes exactly)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "vinh-long_1872-KH-UBND_2019_asean-vni"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TTTT = A("Sở Thông tin và Truyền thông")
BAN_TG = A("Ban Tuyên giáo Tỉnh ủy")
SCT = A("Sở Công Thương")
VHTTDL = A("Sở Văn hóa, Thể thao và Du lịch")
BAO = A("Báo Vĩnh Long")
DAI = A("Đài Phát thanh và Truyền hình Vĩnh Long")

m = meta("1872/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Vĩnh Long", "Vĩnh Long", "2019-08-15",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Vĩnh Long",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Lê Quang Định", "position": "Phó Chủ tịch"})

T = {
 1: "Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh",
 2: "Chia sẻ cơ sở dữ liệu và phát triển công cụ truyền thông mới",
 3: "Tập huấn nghiệp vụ tuyên truyền về ASEAN",
 4: "Lồng ghép tuyên truyền trong các tổ chức đoàn thể",
 5: "Thông tin cho doanh nghiệp về Trụ cột Kinh tế ASEAN",
 6: "Xúc tiến thương mại, đầu tư và du lịch",
 7: "Tuyên truyền cổ động trực quan và giao lưu văn hóa",
 8: "Biên soạn, phát hành tài liệu tuyên truyền",
}

sections = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only; no numbered items, so no tasks."),
 SEC("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks"),
] + [SEC(f"III.{i}", f"{i}.", T[i], 2) for i in range(1, 9)] + [
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
 SEC("V.2", "2.", "Sở Tài chính", 2),
 SEC("V.3", "3.", "Báo Vĩnh Long, Đài Phát thanh và Truyền hình Vĩnh Long", 2),
 SEC("V.4", "4.", "Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thị xã, thành phố", 2),
]

tasks = [
 TASK("III.1", T[1], [TTTT], [BAO, DAI, A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")],
      TF("2019 - 2020", "2019-01-01", "2020-12-31"),
      note="The `- Nội dung:` bullet opens with Báo/Đài as actors, but explicit `Đơn vị chủ trì:`/`Đơn vị phối hợp:` field "
           "lines decide the roles."),
 TASK("III.2", T[2], [TTTT],
      [A("Các sở, ban, ngành tỉnh", coll=True),
       A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)], None,
      note="`Thời gian thực hiện: Thường xuyên` is not a window."),
 TASK("III.3", T[3], [TTTT], [BAN_TG, A("Hội Nhà báo tỉnh")], TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
 TASK("III.4", T[4], [A("Tỉnh Đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")],
      [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")], TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 TASK("III.5", T[5], [SCT], [A("Sở Kế hoạch và Đầu tư"), A("Hiệp hội Doanh nghiệp tỉnh")],
      TF("Quý II/2020", "2020-04-01", "2020-06-30")),
 TASK("III.6", T[6], [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")], [SCT, VHTTDL],
      TF("Năm 2020", "2020-01-01", "2020-12-31")),
 TASK("III.7", T[7], [VHTTDL],
      [A("Ủy ban nhân dân thành phố Vĩnh Long", "UBND thành phố Vĩnh Long"),
       A("Ủy ban nhân dân các huyện, thị xã", "UBND các huyện, thị xã", True)],
      TF("Tháng 7/2020", "2020-07-01", "2020-07-31"),
      note="Support split at ';'. The date range 28/7/1995 - 28/7/2020 in the content is an anniversary, not a window."),
 TASK("III.8", T[8], [TTTT], [BAN_TG], TF("Quý I/2020", "2020-01-01", "2020-03-31")),
]

asg = [
 ASG(TTTT, "V.1", ["Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; xây dựng cơ "
                   "chế phối hợp thông tin tuyên truyền về ASEAN theo chiều ngang và chiều dọc; định hướng các cơ quan báo chí "
                   "về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
                   "Tổng hợp, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện Kế hoạch trước ngày 15/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "V.2", ["Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(BAO, "V.3", ["Xây dựng chuyên mục, tăng thời lượng tin, bài về ASEAN trên sóng phát thanh, truyền hình và báo in, báo điện tử"],
     note="The heading names two bodies: one assignment each, same duty."),
 ASG(DAI, "V.3", ["Xây dựng chuyên mục, tăng thời lượng tin, bài về ASEAN trên sóng phát thanh, truyền hình và báo in, báo điện tử"]),
 ASG(A("Các sở, ban, ngành, đoàn thể tỉnh", coll=True), "V.4",
     ["Căn cứ Kế hoạch này, xây dựng kế hoạch tuyên truyền về ASEAN phù hợp với chức năng, nhiệm vụ",
      "báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm để tổng hợp"],
     note="Two collectives separated by ';' in the heading → two assignments. The closing 'các cơ quan, đơn vị, địa phương "
          "phản ánh về Sở …' is a closing formula, not an assignment."),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True), "V.4",
     ["Căn cứ Kế hoạch này, xây dựng kế hoạch tuyên truyền về ASEAN phù hợp với chức năng, nhiệm vụ",
      "báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm để tổng hợp"]),
]

dl = [
 DL("2019 - 2020", "period", "III.1", T[1], start="2019-01-01", end="2020-12-31"),
 DL("Quý IV/2019", "period", "III.3", T[3], start="2019-10-01", end="2019-12-31"),
 DL("2019 - 2020", "period", "III.4", T[4], start="2019-01-01", end="2020-12-31"),
 DL("Quý II/2020", "period", "III.5", T[5], start="2020-04-01", end="2020-06-30"),
 DL("Năm 2020", "period", "III.6", T[6], start="2020-01-01", end="2020-12-31"),
 DL("Tháng 7/2020", "period", "III.7", T[7], start="2020-07-01", end="2020-07-31"),
 DL("Quý I/2020", "period", "III.8", T[8], start="2020-01-01", end="2020-03-31"),
 DL("trước ngày 15/12 hằng năm", "due", "V.1",
    "Tổng hợp, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện Kế hoạch", due="--12-15", rec="yearly"),
 DL("trước ngày 05/12 hằng năm", "due", "V.4", "báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông",
    due="--12-05", rec="yearly"),
]

budget = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước được bố trí trong dự toán năm 2019, "
                               "năm 2020 của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; nguồn xã hội hóa và các "
                               "nguồn hợp pháp khác", "section": "IV"},
                      {"text": "Tổng kinh phí dự kiến từ ngân sách tỉnh: 350 triệu đồng (năm 2019: 120 triệu đồng; năm 2020: "
                               "230 triệu đồng)", "section": "IV"}],
          "amounts": [{"text": "350 triệu đồng", "vnd": 350000000},
                      {"text": "120 triệu đồng", "vnd": 120000000},
                      {"text": "230 triệu đồng", "vnd": 230000000}],
          "note": "A total plus its yearly parts: all three amounts listed (as set 11b)."}

areas = [
 AREA("A01", "covered", "V.1", "xây dựng cơ chế phối hợp thông tin tuyên truyền về ASEAN theo chiều ngang và chiều dọc; định "
      "hướng các cơ quan báo chí về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn"),
 AREA("A02", "covered", "III.2", "Kết nối, chia sẻ cơ sở dữ liệu về ASEAN giữa các sở, ngành, địa phương với Cổng thông tin ASEAN Việt Nam"),
 AREA("A03", "covered", "III.2", "chia sẻ tin, bài từ Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên mạng xã hội"),
 AREA("A04", "covered", "III.4", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, sinh hoạt chi đoàn, chi hội "
      "phụ nữ, chi hội nông dân"),
 AREA("A05", "covered", "III.3", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, "
      "phóng viên, biên tập viên"),
 AREA("A06", "covered", "III.5", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, Cơ chế một cửa "
      "ASEAN, thương mại điện tử"),
 AREA("A07", "missing", note="No schools, students, contests or youth exchanges; Tỉnh Đoàn only integrates ASEAN into branch meetings (A04)."),
 AREA("A08", "missing", note="No ASEAN Corner."),
 AREA("A09", "covered", "III.1", "mở chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình về ASEAN của Đài "
      "Truyền hình Việt Nam"),
 AREA("A10", "covered", "III.7", "Treo băng rôn, khẩu hiệu, pa nô, áp phích"),
 AREA("A11", "covered", "III.6", "Tổ chức cho doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN"),
 AREA("A12", "covered", "III.8", "Biên soạn, in ấn, phát hành tờ rơi, tài liệu hỏi - đáp về Cộng đồng ASEAN"),
 AREA("A13", "covered", "II", "Năm Chủ tịch ASEAN 2020 của Việt Nam với chủ đề \"Gắn kết và Chủ động thích ứng\"; kỷ niệm 25 năm "
      "Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "vai trò, vị thế của ASEAN trong khu vực và thế giới; những thành tựu của Cộng đồng ASEAN trên 3 trụ "
      "cột; đất nước, con người, văn hóa các nước ASEAN"),
 AREA("A15", "partial", "I.1", "góp phần phản bác các thông tin sai trái về tiến trình hội nhập ASEAN của Việt Nam",
      note="Purposes section only; no task or duty counters false information or follows public opinion."),
 AREA("A16", "covered", "III.6", "quảng bá tiềm năng, thế mạnh, các dự án kêu gọi đầu tư và sản phẩm đặc sản của tỉnh"),
]

checks = [
 ("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget, socialization, other lawful; 350 triệu đồng)"),
 ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
 ("S4", "pass", "V.1 report trước ngày 15/12 hằng năm; V.4 report trước ngày 05/12 hằng năm"),
 ("S5", "pass", "all 8 tasks (III.1-III.8) have a lead"),
 ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019) and Công văn 03/BTTTT-BCĐASEAN"),
]

write_gold(NAME, plan(m, sections, tasks, asg, dl, budget),
           audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN", "period 2019-2020",
                               "fingerprints: Chủ tịch ASEAN 2020, dòng chảy chính của công tác hội nhập ASEAN, nắm bắt được cơ "
                               "hội để phát triển, Ứng dụng và Fanpage, Cổng thông tin ASEAN Việt Nam"],
                 areas, checks), SRC)
