"""Hand gold for the Lục Ngạn chat-share text. Every value typed by hand; write_gold only checks quotes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "bac-giang_luc-ngan_147-KH-UBND_2019_asean-chatshare"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
VHTT = lambda: A("Phòng Văn hóa và Thông tin")
KT = lambda: A("Phòng Kinh tế và Hạ tầng")
NN = lambda: A("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Nông nghiệp và PTNT")
DTT = lambda: A("Đài Truyền thanh huyện")
TTVH = lambda: A("Trung tâm Văn hóa, Thể thao và Du lịch huyện")
m = meta("147/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Lục Ngạn", "Bắc Giang", "2019-10-18",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Lục Ngạn",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "215/KH-UBND", "type": "Kế hoạch", "date": "2019-08-30"}],
         {"name": "Trần Xuân Thắng", "position": "Phó Chủ tịch"})
m["note"] = ("Messaging-app share: the chat lines '[21/10/2019 16:42] VP HĐND-UBND Lục Ngạn: …' and the replies at the end are "
             "not the plan (their date is the sharing date, not the issue date 18/10/2019). The header is flattened to four lines "
             "('ỦY BAN NHÂN DÂN HUYỆN LỤC NGẠN' is parent and issuing body on one line). Symbol bullets (▪ ➢ 👉 ⏰ ✔) are bullets, never sections.")
T = [
 ("Tăng cường chỉ đạo, phối hợp thông tin về ASEAN", [VHTT()], [A("Ban Tuyên giáo Huyện ủy")], None),
 ("Khai thác, chia sẻ cơ sở dữ liệu về ASEAN", [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [],
  TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Tuyên truyền trên Đài Truyền thanh huyện và mạng xã hội", [DTT()], [A("Huyện đoàn Lục Ngạn")], TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Hỗ trợ doanh nghiệp, hợp tác xã xuất khẩu vải thiều", [KT()], [NN(), A("Hội Nông dân huyện")], TF("Quý I/2020", "2020-01-01", "2020-03-31")),
 ("Xúc tiến thương mại, quảng bá vải thiều Lục Ngạn", [KT()], [NN(), TTVH()], TF("tháng 5 - tháng 7/2020", "2020-05-01", "2020-07-31")),
 ("Tuyên truyền cổ động trực quan, giao lưu văn hóa", [TTVH()], [A("Ủy ban nhân dân thị trấn Chũ", "UBND thị trấn Chũ")], None),
 ("Lồng ghép tuyên truyền trong các hội nghị, buổi nói chuyện chuyên đề", [A("Trung tâm Bồi dưỡng chính trị huyện")], [], None),
 ("Tuyên truyền về ASEAN và Năm Chủ tịch ASEAN 2020", [VHTT()], [DTT()], None),
 ("Nắm bắt dư luận, phản bác thông tin sai trái", [A("Công an huyện")], [], None),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
tasks = []
for i, (title, lead, sup, tf) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"II.{i}", title, lead, sup, tf))
tasks[0]["note"] = "Roles from the '👉 Chủ trì:' / '👉 Phối hợp:' bullet lines; '⏰ Thời gian:' gives the timeframe."
tasks[5]["note"] = "'trong dịp Lễ hội vải thiều năm 2020' is event-triggered timing: no timeframe, no deadline."
secs += [SEC("III", "III.", "KINH PHÍ", 1, "budget"), SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization")]
asg = [
 ASG(VHTT(), "IV", ["Chủ trì, hướng dẫn, đôn đốc thực hiện Kế hoạch",
                    "tổng hợp, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và ngày 05/12/2020"],
     note="Organization duties are '✔ Agency: duties' bullets (no numbered headings): each bullet that opens with an agency is an assignment."),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(A("Các phòng, ban, ngành, đoàn thể huyện", coll=True), "IV",
     ["Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức thực hiện",
      "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True), "IV",
     ["Tuyên truyền về ASEAN trên hệ thống truyền thanh cơ sở", "phối hợp tổ chức các hoạt động tại địa phương"]),
]
dls = [
 DL("2019 - 2020", "period", "II.2", "Khai thác, chia sẻ cơ sở dữ liệu về ASEAN", start="2019-01-01", end="2020-12-31"),
 DL("định kỳ hằng tháng", "recurring", "II.3", "mở chuyên mục \"Lục Ngạn - Hội nhập ASEAN\"", rec="monthly"),
 DL("2019 - 2020", "period", "II.3", "Tuyên truyền trên Đài Truyền thanh huyện và mạng xã hội", start="2019-01-01", end="2020-12-31"),
 DL("Quý I/2020", "period", "II.4", "Hỗ trợ doanh nghiệp, hợp tác xã xuất khẩu vải thiều", start="2020-01-01", end="2020-03-31"),
 DL("tháng 5 - tháng 7/2020", "period", "II.5", "Xúc tiến thương mại, quảng bá vải thiều Lục Ngạn", start="2020-05-01", end="2020-07-31"),
 DL("trước ngày 05/12/2019", "due", "IV", "tổng hợp, báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="2019-12-05"),
 DL("ngày 05/12/2020", "due", "IV", "tổng hợp, báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="2020-12-05"),
 DL("trước ngày 25/11 hằng năm", "due", "IV", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="--11-25", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "sponsorship"],
       "clauses": [{"text": "Kinh phí thực hiện bố trí từ ngân sách huyện theo phân cấp hiện hành", "section": "III"},
                   {"text": "Vận động doanh nghiệp tài trợ cho các hoạt động xúc tiến thương mại theo quy định", "section": "III"}],
       "amounts": [{"text": "200.000.000 đồng", "vnd": 200000000}],
       "note": "'Vận động doanh nghiệp tài trợ' is sponsorship (vận động tài trợ), not an enterprise contribution; the amount repeated in words '(Hai trăm triệu đồng)' is one amount."}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("A01", "covered", "II.1", "Xây dựng cơ chế phối hợp thông tin theo chiều ngang và chiều dọc"),
 AREA("A02", "covered", "II.2", "Khai thác, chia sẻ cơ sở dữ liệu, ấn phẩm từ Cổng thông tin ASEAN Việt Nam"),
 AREA("A03", "covered", "II.3", "Giới thiệu, chia sẻ Ứng dụng và Fanpage \"ASEAN và Việt Nam\""),
 AREA("A04", "partial", "II.7", "Lồng ghép nội dung về ASEAN trong hội nghị báo cáo viên, các buổi nói chuyện chuyên đề",
      note="Talks and conferences only; no work through youth, women's or farmers' organisations."),
 AREA("A05", "missing", note="No training of propaganda staff or reporters (the 'lớp bồi dưỡng lý luận chính trị' is only a channel)."),
 AREA("A06", "covered", "II.4", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử, thủ tục hải quan một cửa ASEAN"),
 AREA("A07", "partial", "II.7", "kể cả buổi sinh hoạt dưới cờ ở các trường trung học phổ thông",
      note="Schools appear only as one more channel inside the talks task; no contest, extra-curricular programme or exchange."),
 AREA("A08", "missing", note="No ASEAN Corner."),
 AREA("A09", "covered", "II.3", "Tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"),
 AREA("A10", "covered", "II.6", "Tổ chức chương trình giao lưu văn hóa, văn nghệ chủ đề \"Lục Ngạn - Việt Nam - ASEAN\""),
 AREA("A11", "covered", "II.5", "tham gia gian hàng giới thiệu vải thiều tại hội chợ thương mại ở Thái Lan, Ma-lai-xi-a"),
 AREA("A12", "partial", "II.6", "kết hợp phát tờ rơi tại Lễ hội vải thiều", note="Leaflets only as an add-on to visual propaganda; no publication of its own."),
 AREA("A13", "covered", "II.8", "các sự kiện quan trọng của ASEAN, Năm Chủ tịch ASEAN 2020 và 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II.8", "Tuyên truyền về vai trò, vị thế của ASEAN, thành tựu trên 3 trụ cột; đất nước, con người các nước ASEAN"),
 AREA("A15", "covered", "II.9", "kịp thời phát hiện, phản bác thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN"),
 AREA("A16", "covered", "II.5", "Quảng bá hình ảnh, tiềm năng, thế mạnh của huyện, đặc sản vải thiều Lục Ngạn và du lịch sinh thái hồ Khuôn Thần tới du khách, nhà đầu tư các nước ASEAN"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN", "period 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020; dòng chảy chính của công tác hội nhập ASEAN; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments (✔ bullets)"),
                   ("S4", "pass", "IV: báo cáo trước ngày 05/12/2019 và ngày 05/12/2020; trước ngày 25/11 hằng năm"),
                   ("S5", "pass", "every task II.1-II.9 has a lead"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and provincial plan 215/KH-UBND")])
write_gold(NAME, P, AU, SRC)
