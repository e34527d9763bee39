"""Hand gold for binh-dinh_158-KH-UBND_2019_asean-timefirst (every value typed here; write_gold only checks quotes
against the intended reading text; verify_docs.py re-checks them against the delivered PDF)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "binh-dinh_158-KH-UBND_2019_asean-timefirst"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TTTT = A("Sở Thông tin và Truyền thông")
VHTT = A("Sở Văn hóa và Thể thao")
NGV = A("Sở Ngoại vụ")
GD = A("Sở Giáo dục và Đào tạo")

m = meta("158/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Bình Định", "Bình Định", "2019-10-09",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Bình Định",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Trần Châu Phong", "position": "Phó Chủ tịch"})
m["note"] = "'Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 87/TTr-STTTT' is a request, not basis (spec)."

Q4, Y20, Q3 = ("Quý IV/2019", "2019-10-01", "2019-12-31"), ("Năm 2020", "2020-01-01", "2020-12-31"), \
              ("Quý III/2020", "2020-07-01", "2020-09-30")
# annex rows: (TT, title, lead, support, time)
PL = [
 (1, "Xây dựng chuyên mục “ASEAN - Việt Nam” trên Cổng Thông tin điện tử tỉnh; chia sẻ cơ sở dữ liệu, tin, bài với Cổng thông tin ASEAN Việt Nam",
  [A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")], [TTTT], Q4),
 (2, "Tổ chức lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin cơ sở",
  [TTTT], [A("Hội Nhà báo tỉnh")], Q4),
 (3, "Hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ chế hải quan một cửa ASEAN, thương mại điện tử cho doanh nghiệp",
  [A("Sở Công Thương")], [A("Cục Hải quan Bình Định"), A("Hiệp hội Doanh nghiệp tỉnh")], Q4),
 (4, "Thiết lập Góc ASEAN tại Thư viện tỉnh và Trường THPT chuyên Lê Quý Đôn", [VHTT], [GD], Q4),
 (5, "Mở chuyên mục, tăng thời lượng tin, bài, phóng sự về Năm Chủ tịch ASEAN 2020 và các Hội nghị Cấp cao ASEAN; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam",
  [A("Báo Bình Định"), A("Đài Phát thanh và Truyền hình Bình Định")], [TTTT], Y20),
 (6, "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên; lồng ghép nội dung về ASEAN vào hoạt động ngoại khóa",
  [A("Tỉnh đoàn")], [GD, A("Trường Đại học Quy Nhơn")], Y20),
 (7, "Tham gia hội chợ, sự kiện xúc tiến du lịch tại các nước ASEAN; quảng bá tiềm năng du lịch, đặc sản của tỉnh Bình Định",
  [A("Sở Du lịch")], [NGV, A("Trung tâm Thông tin Xúc tiến Du lịch")], Y20),
 (8, "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân",
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"),
   A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True)],
  [A("Ban Tuyên giáo Tỉnh ủy")], Y20),
 (9, "Tổ chức giao lưu văn hóa, thể thao với các đoàn nghệ thuật, vận động viên các nước ASEAN", [VHTT], [NGV], Y20),
 (10, "Treo băng rôn, khẩu hiệu, pa nô, cờ ASEAN kỷ niệm 53 năm Ngày thành lập ASEAN và 25 năm Việt Nam gia nhập ASEAN",
  [VHTT], [A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)], Q3),
 (11, "Theo dõi dư luận xã hội; phát hiện, phản bác thông tin sai trái, xuyên tạc về ASEAN và quan hệ Việt Nam - ASEAN",
  [TTTT], [A("Công an tỉnh")], None),
 (12, "Tuyên truyền trên mạng xã hội; chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam”",
  [TTTT], [A("Các sở, ban, ngành, địa phương", coll=True)], None),
]
TITLE = {n: t for n, t, *_ in PL}

sections = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
 SEC("III", "III.", "HÌNH THỨC TUYÊN TRUYỀN", 1, "forms"),
 SEC("IV", "IV.", "NHIỆM VỤ CỤ THỂ", 1, "tasks",
     note="Only a pointer to the annex; no numbered items in the body, so every task comes from the annex (PL.)."),
 SEC("V", "V.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V.1", "1.", "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh, tổng kinh phí 820 triệu đồng (năm 2019: 240 "
     "triệu đồng; năm 2020: 580 triệu đồng), giao Sở Thông tin và Truyền thông quản lý, sử dụng theo quy định", 2,
     note="Numbered paragraph in the budget part: a section (title = its sentence), not a task."),
 SEC("V.2", "2.", "Khuyến khích các cơ quan, đơn vị vận động tài trợ, huy động các nguồn hợp pháp khác để thực hiện", 2),
 SEC("VI", "VI.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("VI.1", "1.", "Sở Thông tin và Truyền thông", 2),
 SEC("VI.2", "2.", "Sở Tài chính", 2),
 SEC("VI.3", "3.", "Sở Ngoại vụ", 2),
 SEC("VI.4", "4.", "Báo Bình Định, Đài Phát thanh và Truyền hình Bình Định", 2),
 SEC("VI.5", "5.", "Các sở, ban, ngành, hội, đoàn thể tỉnh; UBND các huyện, thị xã, thành phố", 2),
]

tasks = []
for n, title, lead, sup, tm in PL:
    note = None
    if n == 1:
        note = ("Annex columns run Thời gian | TT | Nội dung | Cơ quan phối hợp | Cơ quan chủ trì: lead from the LAST "
                "column, support from the fourth. The time cell is merged over the rows of its group (rows 1-4, 5-9, 10, "
                "11-12) and applies to each row.")
    if n == 5:
        note = "Two lead bodies on two lines of the lead cell ('Báo Bình Định;' / 'Đài Phát thanh và Truyền hình Bình Định')."
    if n == 11:
        note = "Time cell 'Thường xuyên' (rows 11-12): not a window."
    tasks.append(TASK(f"PL.{n}", title, lead, sup, TF(*tm) if tm else None, note=note))

asg = [
 ASG(TTTT, "VI.1",
     ["Chủ trì, xây dựng cơ chế phối hợp thông tin tuyên truyền về ASEAN theo chiều ngang và chiều dọc giữa các sở, ngành, địa phương",
      "thông báo cho các cơ quan báo chí về các trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
      "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông"]),
 ASG(A("Sở Tài chính"), "VI.2", ["Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(NGV, "VI.3",
     ["Cung cấp thông tin về quan hệ hợp tác giữa tỉnh Bình Định với các địa phương của các nước ASEAN",
      "phối hợp với Sở Du lịch quảng bá hình ảnh tỉnh tại các nước ASEAN"]),
 ASG(A("Báo Bình Định"), "VI.4",
     ["Mở chuyên mục, chuyên trang về ASEAN", "phản ánh kịp thời kết quả triển khai Kế hoạch"],
     note="Heading names two bodies → one assignment each, same duties."),
 ASG(A("Đài Phát thanh và Truyền hình Bình Định"), "VI.4",
     ["Mở chuyên mục, chuyên trang về ASEAN", "phản ánh kịp thời kết quả triển khai Kế hoạch"]),
 ASG(A("Các sở, ban, ngành, hội, đoàn thể tỉnh", coll=True), "VI.5",
     ["xây dựng kế hoạch cụ thể để triển khai thực hiện", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông"],
     note="Two collectives separated by ';' → two assignments."),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True), "VI.5",
     ["xây dựng kế hoạch cụ thể để triển khai thực hiện", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông"]),
]

dl = []
for n, title, lead, sup, tm in PL:
    if tm:
        dl.append(DL(tm[0], "period", f"PL.{n}", title, start=tm[1], end=tm[2],
                     note=("One period per annex row: the merged time cell is printed once for rows 1-4 but applies "
                           "to each row.") if n == 1 else None))
dl += [
 DL("trước ngày 15/12/2019", "due", "VI.1",
    "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông",
    due="2019-12-15", note="'trước ngày 15/12/2019 và trước ngày 15/12/2020' → two due items."),
 DL("trước ngày 15/12/2020", "due", "VI.1",
    "Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông",
    due="2020-12-15"),
 DL("trước ngày 30/11 hằng năm", "due", "VI.5", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông",
    due="--11-30", rec="yearly"),
]

budget = {"present": True, "section": "V", "sources": ["state_budget", "sponsorship", "other_lawful"],
          "clauses": [
            {"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh, tổng kinh phí 820 triệu đồng (năm 2019: 240 "
                     "triệu đồng; năm 2020: 580 triệu đồng), giao Sở Thông tin và Truyền thông quản lý, sử dụng theo quy định",
             "section": "V.1"},
            {"text": "Khuyến khích các cơ quan, đơn vị vận động tài trợ, huy động các nguồn hợp pháp khác để thực hiện",
             "section": "V.2"}],
          "amounts": [{"text": "820 triệu đồng", "vnd": 820000000},
                      {"text": "240 triệu đồng", "vnd": 240000000},
                      {"text": "580 triệu đồng", "vnd": 580000000}],
          "note": "The total and its two yearly parts are all printed amounts; all three are listed."}

areas = [
 AREA("A01", "covered", "VI.1", "xây dựng cơ chế phối hợp thông tin tuyên truyền về ASEAN theo chiều ngang và chiều dọc giữa các sở, ngành, địa phương"),
 AREA("A02", "covered", "PL.1", "chia sẻ cơ sở dữ liệu, tin, bài với Cổng thông tin ASEAN Việt Nam"),
 AREA("A03", "covered", "PL.12", "chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam”"),
 AREA("A04", "covered", "PL.8", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "PL.2", "Tổ chức lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên"),
 AREA("A06", "covered", "PL.3", "Hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ chế hải quan một cửa ASEAN, thương mại điện tử cho doanh nghiệp"),
 AREA("A07", "covered", "PL.6", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên"),
 AREA("A08", "covered", "PL.4", "Thiết lập Góc ASEAN tại Thư viện tỉnh"),
 AREA("A09", "covered", "PL.5", "tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"),
 AREA("A10", "covered", "PL.10", "Treo băng rôn, khẩu hiệu, pa nô, cờ ASEAN",
      note="Also PL.9 (culture and sports exchanges)."),
 AREA("A11", "covered", "PL.7", "Tham gia hội chợ, sự kiện xúc tiến du lịch tại các nước ASEAN"),
 AREA("A12", "missing", note="No ASEAN publications or leaflets are produced or distributed."),
 AREA("A13", "covered", "PL.5", "phóng sự về Năm Chủ tịch ASEAN 2020 và các Hội nghị Cấp cao ASEAN",
      note="Also section II (2019 theme, Chairmanship 2020, 25 years of membership) and PL.10."),
 AREA("A14", "partial", "I.1", "hiểu rõ vai trò, vị thế của ASEAN và lợi ích khi Việt Nam là thành viên ASEAN",
      note="Purposes only; the content part lists events, business and the province, not ASEAN's role, pillars or peoples."),
 AREA("A15", "covered", "PL.11", "phát hiện, phản bác thông tin sai trái, xuyên tạc về ASEAN"),
 AREA("A16", "covered", "PL.7", "quảng bá tiềm năng du lịch, đặc sản của tỉnh Bình Định",
      note="Also section II (Nhơn Hội, cảng Quy Nhơn, dự án kêu gọi đầu tư)."),
]

checks = [
 ("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 ("S2", "pass", "section V KINH PHÍ THỰC HIỆN (820 triệu đồng, provincial budget)"),
 ("S3", "pass", "section VI with 7 assignments"),
 ("S4", "pass", "report due trước ngày 15/12/2019 and 15/12/2020 (VI.1); trước ngày 30/11 hằng năm (VI.5)"),
 ("S5", "pass", "all 12 annex tasks (PL.1-PL.12) have a lead (last column)"),
 ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN"),
]

write_gold(NAME, plan(m, sections, tasks, asg, dl, budget),
           audit(REF19, True, ["cites 02/QĐ-BCĐASEAN (26/6/2019) and Công văn 03/BTTTT-BCĐASEAN", "period 2019-2020",
                               "fingerprints: dòng chảy chính của công tác hội nhập; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Chủ tịch ASEAN 2020"],
                 areas, checks), SRC)
