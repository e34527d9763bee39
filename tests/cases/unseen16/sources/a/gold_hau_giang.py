"""Hand gold for Ban Tuyên giáo Tỉnh ủy Hậu Giang 112-KH/BTGTU (portal HTML). Values typed by hand; write_gold checks
quotes against the page text (tags stripped, entities unescaped)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "hau-giang_112-KH-BTGTU_2022_asean-btgportal"
SRC = delivered_text(NAME, "html")
BTGH = lambda: A("Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", coll=True)
PTT = lambda: A("Phòng Tuyên truyền - Báo chí - Xuất bản")
m = meta("112-KH/BTGTU", "Kế hoạch", "Ban Tuyên giáo Tỉnh ủy Hậu Giang", "Hậu Giang", "2022-04-15",
         "tuyên truyền về ASEAN giai đoạn 2022 - 2025", {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "1275-CV/BTGTW", "type": "Công văn", "date": "2021-08-20"},
          {"number": "205/KH-UBND", "type": "Kế hoạch", "date": "2021-12-02"}],
         {"name": "Lê Thị Thu Trang", "position": "Phó Trưởng ban"})
m["note"] = ("Party header: 'TỈNH ỦY HẬU GIANG' (parent) / 'BAN TUYÊN GIÁO' (issuer) / '*' / 'Số 112-KH/BTGTU' (no colon); right column "
             "'ĐẢNG CỘNG SẢN VIỆT NAM' instead of the national motto. The page's own post date (19/04/2022) and headline are site "
             "furniture; the issue date is the document's. Title kept with its printed lower-case initial. 'K/T TRƯỞNG BAN / PHÓ "
             "TRƯỞNG BAN' -> Phó Trưởng ban.")
C = "Numbered topic paragraph in the content part: a task whose title is its first sentence; no agency named."
T2 = [
 "Tuyên truyền Chủ đề ASEAN theo từng năm, kết quả hợp tác ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; vai trò, đóng góp của Việt Nam trong việc xây dựng Cộng đồng ASEAN đoàn kết, vững mạnh",
 "Tuyên truyền về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội sau đại dịch; sự chủ động, tích cực của Việt Nam trong các sáng kiến chung của ASEAN như Quỹ ASEAN ứng phó COVID-19, Khung phục hồi tổng thể ASEAN",
 "Tuyên truyền những câu chuyện thực tiễn, mô hình hay, nhân vật điển hình trong tỉnh được hưởng lợi từ hợp tác ASEAN, nhất là trong sản xuất, xuất khẩu lúa gạo, khóm Cầu Đúc, bưởi Năm Roi sang thị trường các nước ASEAN",
 "Tuyên truyền về bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa, lịch sử giữa các dân tộc trong khu vực, góp phần nâng cao cảm nhận thuộc về một cộng đồng chung",
 "Tuyên truyền về các lĩnh vực hợp tác mới như kinh tế số, chuyển đổi số, thương mại điện tử, dịch chuyển lao động; những cơ hội, thách thức đối với doanh nghiệp, người lao động của tỉnh",
 "Đấu tranh, phản bác các quan điểm sai trái, thù địch, xuyên tạc đường lối đối ngoại của Đảng, chính sách của Nhà nước về hội nhập quốc tế và vai trò của Việt Nam trong ASEAN",
]
tasks = [TASK(f"II.{i}", t, [], [], None, C if i == 1 else None) for i, t in enumerate(T2, 1)]
tasks += [
 TASK("III.1", "Qua hội nghị báo cáo viên, sinh hoạt chi bộ", [BTGH()], [], None,
      "The collective of district-level Party propaganda boards opens the text as the actor. 'định kỳ hằng tháng' is a recurring deadline, not a window."),
 TASK("III.2", "Tập huấn, bồi dưỡng đội ngũ làm công tác tuyên truyền", [PTT()], [A("Sở Thông tin và Truyền thông")],
      TF("trong quý III/2022", "2022-07-01", "2022-09-30"),
      "The Ban's own office, named bare (as in its own document). The quarter closes the one-sentence task: its window."),
 TASK("III.3", "Trên báo chí, nền tảng số", [A("Báo Hậu Giang"), A("Đài Phát thanh và Truyền hình Hậu Giang")], [], None,
      "The two press bodies open the text as actors."),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content")]
secs += [SEC(f"II.{i}", f"{i}.", t, 2) for i, t in enumerate(T2, 1)]
secs += [SEC("III", "III.", "HÌNH THỨC TUYÊN TRUYỀN", 1, "forms"),
         SEC("III.1", "1.", "Qua hội nghị báo cáo viên, sinh hoạt chi bộ", 2),
         SEC("III.2", "2.", "Tập huấn, bồi dưỡng đội ngũ làm công tác tuyên truyền", 2),
         SEC("III.3", "3.", "Trên báo chí, nền tảng số", 2),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", 2),
         SEC("IV.2", "2.", "Đề nghị Sở Thông tin và Truyền thông", 2),
         SEC("IV.3", "3.", "Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh", 2),
         SEC("IV.4", "4.", "Phòng Tuyên truyền - Báo chí - Xuất bản", 2)]
D3 = ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên",
      "vận động đoàn viên, hội viên chia sẻ thông tin tích cực về hợp tác ASEAN trên mạng xã hội"]
asg = [
 ASG(BTGH(), "IV.1", ["Căn cứ kế hoạch này, tham mưu cấp ủy chỉ đạo triển khai thực hiện phù hợp với tình hình địa phương, đơn vị",
                      "báo cáo kết quả thực hiện về Ban Tuyên giáo Tỉnh ủy (qua Phòng Tuyên truyền - Báo chí - Xuất bản) trước ngày 10/12 hằng năm"]),
 ASG(A("Sở Thông tin và Truyền thông"), "IV.2",
     ["Phối hợp với Ban Tuyên giáo Tỉnh ủy định hướng thông tin về ASEAN cho các cơ quan báo chí, hệ thống thông tin cơ sở",
      "tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương và cơ quan báo chí trong tuyên truyền về ASEAN"]),
 ASG(A("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh"), "IV.3", D3,
     note="'Đề nghị X, Y': one assignment per addressee."),
 ASG(A("Các đoàn thể chính trị - xã hội tỉnh", "các đoàn thể chính trị - xã hội tỉnh", True), "IV.3", D3),
 ASG(PTT(), "IV.4", ["Tham mưu lãnh đạo Ban theo dõi, đôn đốc việc thực hiện kế hoạch",
                     "tổng hợp kết quả, báo cáo Ban Tuyên giáo Trung ương và Thường trực Tỉnh ủy trước ngày 15/12 hằng năm"]),
]
dls = [
 DL("định kỳ hằng tháng", "recurring", "III.1", "đưa nội dung về ASEAN vào hội nghị báo cáo viên", rec="monthly"),
 DL("trong quý III/2022", "period", "III.2", "tổ chức 01 lớp tập huấn kỹ năng tuyên truyền về ASEAN", start="2022-07-01", end="2022-09-30"),
 DL("02 tin, bài, phóng sự/tháng", "recurring", "III.3", "duy trì chuyên trang, chuyên mục về ASEAN", rec="monthly"),
 DL("trước ngày 10/12 hằng năm", "due", "IV.1", "báo cáo kết quả thực hiện về Ban Tuyên giáo Tỉnh ủy", due="--12-10", rec="yearly"),
 DL("trước ngày 15/12 hằng năm", "due", "IV.4", "báo cáo Ban Tuyên giáo Trung ương và Thường trực Tỉnh ủy", due="--12-15", rec="yearly"),
]
bud = {"present": False, "section": None, "sources": [], "clauses": [], "amounts": [],
       "note": "A Party plan with no funding section and no funding sentence."}
areas = [
 AREA("B01", "covered", "II.1", T2[0]),
 AREA("B02", "covered", "II.2", "Tuyên truyền về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội sau đại dịch"),
 AREA("B03", "covered", "II.3", "Tuyên truyền những câu chuyện thực tiễn, mô hình hay, nhân vật điển hình trong tỉnh được hưởng lợi từ hợp tác ASEAN"),
 AREA("B04", "covered", "II.4", T2[3]),
 AREA("B05", "partial", "II.3", "xuất khẩu lúa gạo, khóm Cầu Đúc, bưởi Năm Roi sang thị trường các nước ASEAN",
      note="The province's products appear only as the setting of the stories; nothing commits to promoting the province to ASEAN partners."),
 AREA("B06", "covered", "II.5", "Tuyên truyền về các lĩnh vực hợp tác mới như kinh tế số, chuyển đổi số, thương mại điện tử, dịch chuyển lao động"),
 AREA("B07", "covered", "III.3", "duy trì chuyên trang, chuyên mục về ASEAN, bảo đảm tối thiểu 02 tin, bài, phóng sự/tháng; tăng cường đưa tin trên nền tảng số, mạng xã hội"),
 AREA("B08", "missing"),
 AREA("B09", "covered", "III.2", "tổ chức 01 lớp tập huấn kỹ năng tuyên truyền về ASEAN cho báo cáo viên, tuyên truyền viên, phóng viên, biên tập viên"),
 AREA("B10", "missing"),
 AREA("B11", "missing"),
 AREA("B12", "covered", "II.6", T2[5]),
 AREA("B13", "covered", "IV.2", "tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương và cơ quan báo chí trong tuyên truyền về ASEAN",
      note="An enumerated duty with its own verb in an assignment."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "fail", "no funding section and no funding clause"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
          ("S4", "pass", "IV.1 báo cáo trước ngày 10/12 hằng năm; IV.4 trước ngày 15/12 hằng năm"),
          ("S5", "fail", "tasks without a lead: II.1, II.2, II.3, II.4, II.5, II.6"),
          ("S6", "pass", "basis cites 1160/QĐ-TTg")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg and Hậu Giang's plan 205/KH-UBND (2021-2025)", "period 2022-2025",
                         "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; Tư duy Cộng đồng, Hành động Cộng đồng; COVID-19; kinh tế số, chuyển đổi số"],
           areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
