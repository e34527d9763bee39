"""Gold (by hand) for Plan 2: ninh-thuan_4127-KH-UBND_2019_asean-chromeprint.pdf.
Only the document inside the portal page is the plan. The browser's print header/footer (print date, page title,
URL, 'x/4'), the portal banner/menu/metadata box and the 'Văn bản liên quan' list are not. Values typed by hand;
write_gold refuses quotes not verbatim in pdftotext's text of the delivered PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from extract import text_of

NAME = "ninh-thuan_4127-KH-UBND_2019_asean-chromeprint"
SRC = text_of(STAGE / f"{NAME}.pdf")

STTTT = lambda: A("Sở Thông tin và Truyền thông")
SNV = lambda: A("Sở Ngoại vụ")
SKH = lambda: A("Sở Kế hoạch và Đầu tư")
BAO = lambda: A("Báo Ninh Thuận")
DAI = lambda: A("Đài Phát thanh và Truyền hình Ninh Thuận")
TD = lambda: A("Tỉnh đoàn")

m = meta("4127/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Ninh Thuận", "Ninh Thuận", "2019-10-21",
         "Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Ninh Thuận", {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Đặng Hữu Phước", "position": "Phó Chủ tịch"})
m["note"] = ("The browser header carries the PRINT date (12/8/26, 12:28 AM), not the issue date; the portal's 'Ngày đăng "
             "24/10/2019' is the posting date. Issue date from 'Ninh Thuận, ngày 21 tháng 10 năm 2019'. The related "
             "documents listed by the portal (3958/KH-UBND, 1524/QĐ-UBND, 3710/UBND-VXNV) are not basis.")

secs = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
 SEC("III", "III.", "CÁC HOẠT ĐỘNG CỤ THỂ", 1, "tasks",
     note="Each task ends with two italic field lines: 'Cơ quan thực hiện: X (chủ trì); Y, Z (phối hợp).' and "
          "'Thời gian thực hiện: …'. The role of each group is given in the parenthesis AFTER the agencies."),
]
T = [
 ("Tăng cường cơ chế phối hợp thông tin tuyên truyền về ASEAN", [STTTT()], [A("Ban Tuyên giáo Tỉnh ủy"), SNV()],
  TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Chia sẻ dữ liệu, ấn phẩm với Cổng thông tin ASEAN Việt Nam", [STTTT()], [SKH(), A("Sở Văn hóa, Thể thao và Du lịch")],
  TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("Tuyên truyền trên các công cụ truyền thông mới", [A("Cổng Thông tin điện tử tỉnh")], [BAO(), DAI()],
  TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Thông tin trên báo chí, phát thanh, truyền hình", [BAO(), DAI()], [], TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [STTTT()], [A("Sở Nội vụ")],
  TF("Quý II/2020", "2020-04-01", "2020-06-30")),
 ("Thông tin cho cộng đồng doanh nghiệp", [A("Sở Công Thương")], [SKH(), A("Hiệp hội Doanh nghiệp tỉnh")],
  TF("Quý III/2020", "2020-07-01", "2020-09-30")),
 ("Tuyên truyền trong trường học", [A("Sở Giáo dục và Đào tạo")], [TD(), A("Trường Cao đẳng Sư phạm Ninh Thuận")],
  TF("Từ tháng 11/2019 đến tháng 5/2020", "2019-11-01", "2020-05-31")),
 ("Lồng ghép tuyên truyền trong hoạt động của các đoàn thể",
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), TD(), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")], [],
  TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Tuyên truyền cổ động trực quan, giao lưu văn hóa", [A("Sở Văn hóa, Thể thao và Du lịch")],
  [A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", True)],
  TF("Tháng 7 - 8/2020", "2020-07-01", "2020-08-31")),
 ("Biên soạn, phát hành ấn phẩm tuyên truyền", [STTTT()], [SNV()], TF("Quý I/2020", "2020-01-01", "2020-03-31")),
 ("Nắm bắt dư luận, phản bác thông tin sai trái", [A("Công an tỉnh")], [STTTT()], None),
]
NOTES = {4: "'Báo Ninh Thuận, Đài Phát thanh và Truyền hình Ninh Thuận (chủ trì).' with no '(phối hợp)' group: support [].",
         8: "Four agencies before one '(chủ trì)': four leads, no support.",
         11: "'Thời gian thực hiện: Thường xuyên.': timeframe null, no deadline."}
tasks = []
for i, (title, lead, sup, tf) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, NOTES.get(i)))
secs += [
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
 SEC("V.2", "2.", "Sở Tài chính", 2),
 SEC("V.3", "3.", "Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố", 2),
 SEC("V.4", "4.", "Đề nghị Ban Tuyên giáo Tỉnh ủy", 2),
]
DV3 = ["Xây dựng kế hoạch cụ thể của cơ quan, địa phương",
       "báo cáo kết quả về Sở Thông tin và Truyền thông định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 30/11)"]
asg = [
 ASG(STTTT(), "V.1", ["Là cơ quan đầu mối, hướng dẫn, theo dõi, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch",
                      "Tổng hợp, báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN kết quả thực hiện trước ngày 10/12/2019 và trước ngày 10/12/2020"]),
 ASG(A("Sở Tài chính"), "V.2", ["Thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(A("Các sở, ban, ngành, đoàn thể tỉnh", coll=True), "V.3", DV3, note="Heading names two collectives separated by ';': split."),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", True), "V.3", DV3),
 ASG(A("Ban Tuyên giáo Tỉnh ủy"), "V.4", ["Chỉ đạo, định hướng các cơ quan báo chí trong tỉnh thông tin về ASEAN đúng định hướng"]),
]
dls = [DL("định kỳ hằng quý", "recurring", "III.1",
          "cung cấp cho các cơ quan báo chí những nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn", rec="quarterly")]
for i, (title, lead, sup, tf) in enumerate(T, 1):
    if tf:
        dls.append(DL(tf["text"], "period", f"III.{i}", title, start=tf["start"], end=tf["end"]))
dls += [
 DL("trước ngày 10/12/2019", "due", "V.1", "báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN kết quả thực hiện", due="2019-12-10"),
 DL("trước ngày 10/12/2020", "due", "V.1", "báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN kết quả thực hiện", due="2020-12-10"),
 DL("trước ngày 15/6", "due", "V.3", "báo cáo kết quả về Sở Thông tin và Truyền thông định kỳ 6 tháng", due="--06-15", rec="yearly",
    note="'định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 30/11)': two dates, each recurring every year of the plan."),
 DL("trước ngày 30/11", "due", "V.3", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh theo phân cấp ngân sách hiện hành và nguồn xã hội hóa", "section": "IV"},
                   {"text": "Tổng kinh phí dự kiến: 380.000.000 đồng (năm 2019: 80.000.000 đồng; năm 2020: 300.000.000 đồng)", "section": "IV"}],
       "amounts": [{"text": "380.000.000 đồng", "vnd": 380000000}, {"text": "80.000.000 đồng", "vnd": 80000000},
                   {"text": "300.000.000 đồng", "vnd": 300000000}],
       "note": "The total and its two yearly parts are all listed as amounts."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "covered", "III.1", "Tăng cường cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc"),
 AREA("A02", "covered", "III.2", "để chia sẻ trên Cổng thông tin ASEAN Việt Nam và cơ sở dữ liệu chung cấp quốc gia"),
 AREA("A03", "covered", "III.3", "Giới thiệu, chia sẻ Ứng dụng và Fanpage “ASEAN và Việt Nam”; phát trực tiếp (livestream) các sự kiện ASEAN"),
 AREA("A04", "covered", "III.8", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện, sinh hoạt chuyên đề của đoàn viên, hội viên thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "III.5", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên"),
 AREA("A06", "covered", "III.6", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN"),
 AREA("A07", "covered", "III.7", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông và sinh viên"),
 AREA("A08", "missing", note="No ASEAN Corner."),
 AREA("A09", "covered", "III.4", "Mở chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"),
 AREA("A10", "covered", "III.9", "Treo băng rôn, khẩu hiệu, pa nô, áp phích tại thành phố Phan Rang - Tháp Chàm"),
 AREA("A11", "partial", "III.6", "giới thiệu cơ hội tham gia các hội chợ thương mại trong khu vực",
      note="One phrase inside the business-outreach task; no fair, trade or investment promotion event of the province's own."),
 AREA("A12", "covered", "III.10", "Biên soạn, in ấn, phát hành tờ rơi, sổ tay hỏi - đáp về Cộng đồng ASEAN"),
 AREA("A13", "covered", "II", "Các sự kiện quan trọng của ASEAN: Hội nghị Cấp cao ASEAN lần thứ 35"),
 AREA("A14", "covered", "II", "Vai trò, vị thế và những thành tựu của ASEAN sau hơn 50 năm hình thành và phát triển; 3 trụ cột của Cộng đồng ASEAN"),
 AREA("A15", "covered", "III.11", "kịp thời phản bác các thông tin sai trái, xuyên tạc về chủ trương hội nhập ASEAN"),
 AREA("A16", "covered", "III.2", "tiềm năng, thế mạnh của tỉnh, dự án kêu gọi đầu tư, du lịch biển, văn hóa Chăm, đặc sản nho, táo, tỏi Phan Rang"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN", "period 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; dòng chảy chính của công tác hội nhập ASEAN; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (provincial budget, socialization; 380.000.000 đồng)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
                   ("S4", "pass", "V.1 reports trước ngày 10/12/2019 and 10/12/2020"),
                   ("S5", "pass", "every task III.1-III.11 names a '(chủ trì)' agency"),
                   ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN and Công văn 03/BTTTT-BCĐASEAN")])
write_gold(NAME, P, AU, SRC)
