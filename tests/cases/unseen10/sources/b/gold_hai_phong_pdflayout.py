"""Gold (by hand) for Plan 2: hai-phong_263-KH-UBND_2019_asean-pdflayout.txt (pdftotext -layout copy).
Every value below was typed by the annotator; write_gold only refuses quotes not verbatim in the source text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "hai-phong_263-KH-UBND_2019_asean-pdflayout"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TTTT = lambda: A("Sở Thông tin và Truyền thông")
SBN = lambda: A("Các sở, ban, ngành", coll=True)
QH = lambda: A("Ủy ban nhân dân quận, huyện", "UBND quận, huyện", True)

m = meta("263/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thành phố Hải Phòng", "Hải Phòng", "2019-10-21",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành phố Hải Phòng",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Lê Hoàng Phúc", "position": "Phó Chủ tịch"})
m["note"] = ("pdftotext -layout: the header's two columns share each line, separated by a run of spaces "
             "('Số: 263/KH-UBND   Hải Phòng, ngày 21 tháng 10 năm 2019'). The subject line is printed over two lines. "
             "The Công văn number is broken by the line wrap after its hyphen ('03/BTTTT-' / 'BCĐASEAN'); normalised to "
             "03/BTTTT-BCĐASEAN. 'Xét đề nghị … Tờ trình số 95/TTr-STTTT' is not basis. The footer 'Kế hoạch số 263/KH-UBND "
             "ngày 21/10/2019 - Trang N/4' and the form feeds are page furniture.")

secs = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
 SEC("III", "III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", 1, "tasks",
     note="Holds a body task table (STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện), "
          "rows 1-11 → tasks III.1-III.11; the table crosses the page 2/3 break, where the footer and the repeated header "
          "row interrupt it; cells wrap over several lines, aligned by spaces. Table rows are not sections."),
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
 SEC("V.2", "2.", "Sở Tài chính", 2),
 SEC("V.3", "3.", "Các sở, ban, ngành thành phố; Ủy ban nhân dân quận, huyện", 2),
 SEC("V.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố", 2),
]
T = [
 ("Xây dựng cơ chế phối hợp theo chiều ngang và chiều dọc giữa các sở, ngành, quận, huyện và cơ quan báo chí; định hướng trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
  [TTTT()], [SBN(), QH()], TF("Quý IV/2019", "2019-10-01", "2019-12-31"),
  "Phối hợp cell 'Các sở, ban, ngành; UBND quận, huyện': two collectives split at ';'. Time cell printed 'Quý' / 'IV/2019' on two lines."),
 ("Chia sẻ dữ liệu, ấn phẩm quảng bá thành phố lên Cổng thông tin ASEAN Việt Nam; khai thác kho dữ liệu chung về ASEAN",
  [TTTT()], [A("Văn phòng Ủy ban nhân dân thành phố", "Văn phòng UBND thành phố")], None, "'Thường xuyên': no window."),
 ("Mở chuyên trang, chuyên mục về ASEAN trên báo, đài, Cổng Thông tin điện tử thành phố; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam",
  [A("Báo Hải Phòng"), A("Đài Phát thanh và Truyền hình Hải Phòng")], [TTTT()], TF("2019 - 2020", "2019-01-01", "2020-12-31"), None),
 ("Chia sẻ tin, bài từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên mạng xã hội, trang thông tin điện tử của các cơ quan, đơn vị",
  [TTTT()], [SBN(), QH()], None, None),
 ("Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ làm công tác thông tin cơ sở",
  [TTTT()], [A("Hội Nhà báo thành phố")], TF("Quý II/2020", "2020-04-01", "2020-06-30"), None),
 ("Tổ chức hội nghị thông tin cho doanh nghiệp về các cam kết trong ASEAN, quy tắc xuất xứ, hải quan một cửa ASEAN, ASEAN BIS",
  [A("Sở Công Thương")], [A("Hiệp hội Doanh nghiệp thành phố"), A("Cục Hải quan thành phố Hải Phòng")],
  TF("Quý III/2020", "2020-07-01", "2020-09-30"), None),
 ("Tham gia hội chợ, triển lãm, hội nghị xúc tiến đầu tư tại các nước ASEAN; quảng bá tiềm năng, thế mạnh của thành phố",
  [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch")], [A("Sở Kế hoạch và Đầu tư"), A("Sở Ngoại vụ")],
  TF("2019 - 2020", "2019-01-01", "2020-12-31"),
  "The lead's own name contains commas ('Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch'): one agency, not three."),
 ("Giao lưu văn hóa, thể thao; triển lãm ảnh “ASEAN - Ngôi nhà chung”; treo băng rôn, pa nô, áp phích về Năm Chủ tịch ASEAN 2020",
  [A("Sở Văn hóa và Thể thao")], [QH()], TF("Tháng 01 - 8/2020", "2020-01-01", "2020-08-31"),
  "'Tháng 01 - 8/2020' is a month range in 2020: January to August."),
 ("Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên và các buổi nói chuyện chuyên đề",
  [A("Thành đoàn Hải Phòng")], [A("Hội Liên hiệp Phụ nữ thành phố"), A("Hội Nông dân thành phố")],
  TF("Năm 2020", "2020-01-01", "2020-12-31"), None),
 ("Biên soạn, in ấn, phát hành tài liệu hỏi - đáp, tờ rơi về ASEAN và Năm Chủ tịch ASEAN 2020",
  [TTTT()], [QH()], TF("Quý I/2020", "2020-01-01", "2020-03-31"), None),
 ("Theo dõi dư luận xã hội; phản bác thông tin sai trái, xuyên tạc về ASEAN và vai trò của Việt Nam trong ASEAN",
  [A("Công an thành phố")], [TTTT()], None, None),
]
tasks = [TASK(f"III.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]

DUT3 = ["xây dựng kế hoạch cụ thể và tổ chức thực hiện",
        "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]
DUT4 = ["Lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình",
        "vận động đoàn viên, hội viên tích cực tìm hiểu về Cộng đồng ASEAN"]
asg = [
 ASG(TTTT(), "V.1", ["Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                     "làm đầu mối chia sẻ nội dung dữ liệu cho các cơ quan báo chí, hệ thống thông tin cơ sở",
                     "Tổng hợp, báo cáo Ủy ban nhân dân thành phố và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 10/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "V.2", ["Tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành thành phố", coll=True), "V.3", DUT3,
     note="Heading 'Các sở, ban, ngành thành phố; Ủy ban nhân dân quận, huyện': two collectives, split at ';'."),
 ASG(A("Ủy ban nhân dân quận, huyện", coll=True), "V.3", DUT3),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"), "V.4", DUT4,
     note="'Đề nghị X và Y': one assignment per agency."),
 ASG(A("Các tổ chức chính trị - xã hội thành phố", "các tổ chức chính trị - xã hội thành phố", True), "V.4", DUT4),
]
def tdl(i, text, start, end):
    return DL(text, "period", f"III.{i}", T[i - 1][0], start=start, end=end)
dls = [
 tdl(1, "Quý IV/2019", "2019-10-01", "2019-12-31"),
 tdl(3, "2019 - 2020", "2019-01-01", "2020-12-31"),
 tdl(5, "Quý II/2020", "2020-04-01", "2020-06-30"),
 tdl(6, "Quý III/2020", "2020-07-01", "2020-09-30"),
 tdl(7, "2019 - 2020", "2019-01-01", "2020-12-31"),
 tdl(8, "Tháng 01 - 8/2020", "2020-01-01", "2020-08-31"),
 tdl(9, "Năm 2020", "2020-01-01", "2020-12-31"),
 tdl(10, "Quý I/2020", "2020-01-01", "2020-03-31"),
 DL("trước ngày 10/12 hằng năm", "due", "V.1",
    "Tổng hợp, báo cáo Ủy ban nhân dân thành phố và Bộ Thông tin và Truyền thông kết quả thực hiện", due="--12-10", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "V.3", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly",
    note="One deadline for the V.3 paragraph, which binds both collective assignees."),
]
dls[0]["note"] = ("Each time cell with a window gives the row's task a timeframe and a period deadline (section = task id). "
                  "'Thường xuyên' cells (rows 2, 4, 11) give none. Not deadlines: 'Năm 2020, dự kiến bố trí 350 triệu đồng' "
                  "(budget year), '28/7/1995 - 28/7/2020' (anniversary narrated in II).")
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách thành phố theo phân cấp ngân sách hiện hành, trong dự toán được giao hằng năm của các cơ quan, đơn vị", "section": "IV"},
                   {"text": "khuyến khích huy động các nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "IV"}],
       "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}]}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "covered", "III.1", "Xây dựng cơ chế phối hợp theo chiều ngang và chiều dọc giữa các sở, ngành, quận, huyện và cơ quan báo chí; định hướng trọng tâm cần thông tin về ASEAN theo từng giai đoạn"),
 AREA("A02", "covered", "III.2", "Chia sẻ dữ liệu, ấn phẩm quảng bá thành phố lên Cổng thông tin ASEAN Việt Nam; khai thác kho dữ liệu chung về ASEAN"),
 AREA("A03", "covered", "III.4", "Chia sẻ tin, bài từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên mạng xã hội"),
 AREA("A04", "covered", "III.9", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên và các buổi nói chuyện chuyên đề"),
 AREA("A05", "covered", "III.5", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên"),
 AREA("A06", "covered", "III.6", "Tổ chức hội nghị thông tin cho doanh nghiệp về các cam kết trong ASEAN, quy tắc xuất xứ, hải quan một cửa ASEAN, ASEAN BIS"),
 AREA("A07", "partial", "I.1", "Nâng cao nhận thức của cán bộ, công chức, viên chức, doanh nghiệp, học sinh, sinh viên và Nhân dân thành phố về Cộng đồng ASEAN",
      note="Students appear only among the audiences in the purposes; no school, extra-curricular, contest or exchange activity."),
 AREA("A08", "missing", note="No ASEAN Corner."),
 AREA("A09", "covered", "III.3", "Mở chuyên trang, chuyên mục về ASEAN trên báo, đài, Cổng Thông tin điện tử thành phố; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"),
 AREA("A10", "covered", "III.8", "Giao lưu văn hóa, thể thao; triển lãm ảnh “ASEAN - Ngôi nhà chung”; treo băng rôn, pa nô, áp phích về Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "covered", "III.7", "Tham gia hội chợ, triển lãm, hội nghị xúc tiến đầu tư tại các nước ASEAN"),
 AREA("A12", "covered", "III.10", "Biên soạn, in ấn, phát hành tài liệu hỏi - đáp, tờ rơi về ASEAN"),
 AREA("A13", "covered", "II", "Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN; các thành tựu của ASEAN trên 3 trụ cột"),
 AREA("A15", "covered", "III.11", "phản bác thông tin sai trái, xuyên tạc về ASEAN và vai trò của Việt Nam trong ASEAN"),
 AREA("A16", "covered", "III.7", "quảng bá tiềm năng, thế mạnh của thành phố"),
]
areas[15]["evidence"].append({"section": "II", "text": "Tiềm năng, thế mạnh của thành phố Hải Phòng; các dự án kêu gọi đầu tư"})
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and Công văn 03/BTTTT-BCĐASEAN", "period 2019-2020",
                         "fingerprints: Chủ tịch ASEAN; dòng chảy chính của công tác hội nhập ASEAN; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
                   ("S4", "pass", "V.1 report trước ngày 10/12 hằng năm; V.3 reports trước ngày 30/11 hằng năm"),
                   ("S5", "pass", "every table task III.1-III.11 has a lead (Cơ quan chủ trì column)"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN")])
write_gold(NAME, P, AU, SRC)
