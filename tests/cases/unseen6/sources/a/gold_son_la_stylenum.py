import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "son-la_1876-KH-STTTT_2021_asean-stylenum"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TTBC = lambda: A("Phòng Thông tin - Báo chí - Xuất bản")
BAO = lambda: A("Báo Sơn La")
DAI = lambda: A("Đài Phát thanh và Truyền hình tỉnh")
TTCNTT = lambda: A("Trung tâm Công nghệ thông tin và Truyền thông")

m = meta("1876/KH-STTTT", "Kế hoạch", "Sở Thông tin và Truyền thông tỉnh Sơn La", "Sơn La", "2021-09-22",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Sơn La giai đoạn 2021-2025",
         {"start": 2021, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "214/KH-UBND", "type": "Kế hoạch", "date": "2021-09-06"}],
         {"name": "Cầm Ngọc Minh", "position": "Phó Giám đốc"})
m["note"] = "Number digits '1876' and the date phrase sit inside Word content controls (w:sdt); the values are what the controls display."

T = [
 ("II.1", "Thông tin về Chủ đề ASEAN hằng năm và hoạt động trên 3 trụ cột", [TTBC()], [BAO(), DAI()], None),
 ("II.2", "Thông tin về hợp tác ASEAN ứng phó đại dịch COVID-19", [TTBC()], [A("Sở Y tế"), A("Sở Kế hoạch và Đầu tư")],
  TF("năm 2021 - 2022", "2021-01-01", "2022-12-31")),
 ("II.3", "Duy trì chuyên mục \"Sơn La với ASEAN\" trên môi trường mạng", [TTCNTT()], [A("Văn phòng Ủy ban nhân dân tỉnh")],
  TF("quý IV/2021", "2021-10-01", "2021-12-31")),
 ("II.4", "Phổ biến các lĩnh vực hợp tác mới, kinh tế số và chuyển đổi số",
  [A("Phòng Bưu chính, Viễn thông và Công nghệ thông tin")], [A("Sở Công Thương"), A("Hiệp hội Doanh nghiệp tỉnh")], None),
 ("II.5", "Quảng bá tiềm năng, thế mạnh của tỉnh Sơn La tới các nước ASEAN", [TTBC()],
  [A("Sở Văn hóa, Thể thao và Du lịch"), A("Sở Ngoại vụ"), A("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh")], None),
 ("II.6", "Tuyên truyền câu chuyện thực tiễn, nhân vật điển hình", [BAO(), DAI()], [TTBC()], None),
 ("II.7", "Tuyên truyền trực quan nhân Ngày thành lập ASEAN", [A("Văn phòng Sở Thông tin và Truyền thông", "Văn phòng Sở")],
  [A("Ủy ban nhân dân thành phố Sơn La")], None),
 ("II.8", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [TTBC()], [A("Sở Ngoại vụ")],
  TF("quý III/2022", "2022-07-01", "2022-09-30")),
 ("II.9", "Hưởng ứng cuộc thi tìm hiểu về ASEAN trong giới trẻ", [A("Tỉnh đoàn Sơn La")],
  [A("Sở Giáo dục và Đào tạo"), TTCNTT()], None),
 ("II.10", "Đấu tranh phản bác thông tin sai trái", [TTBC()], [A("Công an tỉnh")], None),
]
tasks = [TASK(i, t, l, s, tf) for i, t, l, s, tf in T]
tasks[2]["note"] = "'Thời gian: hoàn thành trong quý IV/2021, sau đó cập nhật thường xuyên' read as the window quý IV/2021 (completion quarter); 'thường xuyên' afterwards is not a window."
tasks[0]["note"] = "'Thời gian: hằng năm' is not a window (timeframe null); it is a yearly recurring deadline."

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
secs += [SEC(i, i.split(".")[1] + ".", t, 2) for i, t, *_ in T]
secs += [SEC("III", "III.", "KINH PHÍ", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Thông tin - Báo chí - Xuất bản", 2),
         SEC("IV.2", "2.", "Các phòng, đơn vị thuộc Sở", 2),
         SEC("IV.3", "3.", "Đề nghị Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh", 2),
         SEC("IV.4", "4.", "Đề nghị Ủy ban nhân dân các huyện, thành phố", 2)]
secs[0]["note"] = "All labels (I., 1.) come from Word numbering defined in styles.xml (Heading 1 = upperRoman lvl 0, Heading 2 = decimal lvl 1 of one abstractNum); the paragraphs carry only w:pStyle."

D3 = ["Mở chuyên mục, tăng thời lượng thông tin về ASEAN trên các ấn phẩm và chương trình phát thanh, truyền hình bằng tiếng phổ thông và tiếng dân tộc Thái, Mông"]
asg = [
 ASG(TTBC(), "IV.1", ["Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc triển khai Kế hoạch",
                     "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 10/12 hằng năm"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.2",
     ["Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung chi tiết và tổ chức thực hiện",
      "Báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11) về Phòng Thông tin - Báo chí - Xuất bản"]),
 ASG(BAO(), "IV.3", D3), ASG(DAI(), "IV.3", D3),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", coll=True), "IV.4",
     ["Chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thông cấp huyện lồng ghép tuyên truyền về ASEAN vào các chương trình của địa phương"]),
]

dls = [
 DL("hằng năm", "recurring", "II.1", "Thông tin về Chủ đề ASEAN hằng năm và hoạt động trên 3 trụ cột", rec="yearly"),
 DL("năm 2021 - 2022", "period", "II.2", "Thông tin về hợp tác ASEAN ứng phó đại dịch COVID-19", start="2021-01-01", end="2022-12-31"),
 DL("quý IV/2021", "period", "II.3", "Duy trì chuyên mục \"Sơn La với ASEAN\" trên môi trường mạng", start="2021-10-01", end="2021-12-31"),
 DL("định kỳ 6 tháng một lần", "recurring", "II.4", "Phổ biến các lĩnh vực hợp tác mới, kinh tế số và chuyển đổi số", rec="semiannual"),
 DL("trước ngày 05/8 hằng năm", "due", "II.7", "Tuyên truyền trực quan nhân Ngày thành lập ASEAN", due="--08-05", rec="yearly"),
 DL("quý III/2022", "period", "II.8", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2022-07-01", end="2022-09-30"),
 DL("trước ngày 15/7 hằng năm", "due", "III", "lập dự toán kinh phí gửi Văn phòng Sở", due="--07-15", rec="yearly"),
 DL("trước ngày 10/12 hằng năm", "due", "IV.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="--12-10", rec="yearly"),
 DL("trước ngày 15/6", "due", "IV.2", "Báo cáo kết quả định kỳ 6 tháng", due="--06-15", rec="yearly",
    note="'định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11)': the dated parts give two yearly due items; no separate undated 'recurring' item."),
 DL("trước ngày 15/11", "due", "IV.2", "Báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và năm", due="--11-15", rec="yearly"),
]

budget = {"present": True, "section": "III",
          "sources": ["state_budget", "unit_budget", "socialization", "other_lawful"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán chi thường xuyên được giao hằng năm của Sở Thông tin và Truyền thông; lồng ghép trong kinh phí thực hiện nhiệm vụ thông tin đối ngoại và huy động nguồn xã hội hóa, các nguồn hợp pháp khác theo quy định", "section": "III"}],
          "amounts": [{"text": "180 triệu đồng", "vnd": 180000000}],
          "note": "'lồng ghép trong kinh phí thực hiện nhiệm vụ thông tin đối ngoại' read as unit_budget (kinh phí lồng ghép)."}

areas = [
 AREA("B01", "covered", "II.1", "Bám sát Chủ đề ASEAN theo từng năm, thông tin về hợp tác trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "covered", "II.2", "đưa tin về hợp tác ASEAN ứng phó với đại dịch COVID-19, phục hồi kinh tế - xã hội"),
 AREA("B03", "covered", "II.6", "Sản xuất phóng sự, bài viết về câu chuyện thực tiễn, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN; giới thiệu các giải thưởng ASEAN"),
 AREA("B04", "partial", "II.6", "góp phần vun đắp bản sắc Cộng đồng ASEAN và cảm nhận thuộc về một cộng đồng chung",
      note="Only as the aim of the stories task II.6, no own activity: partial."),
 AREA("B05", "covered", "II.5", "Giới thiệu con người, văn hóa các dân tộc, cơ hội kinh doanh, đầu tư, du lịch Mộc Châu"),
 AREA("B06", "covered", "II.4", "Phổ biến thông tin về thương mại điện tử, kinh tế số, chuyển đổi số, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN và dịch chuyển lao động"),
 AREA("B07", "covered", "II.3", "Duy trì chuyên trang, chuyên mục về ASEAN trên Cổng Thông tin điện tử tỉnh và Trang thông tin điện tử của Sở; phát triển nội dung về ASEAN trên mạng xã hội và các nền tảng số"),
 AREA("B08", "covered", "II.7", "Treo cờ ASEAN, pa nô, áp phích, băng rôn điện tử"),
 AREA("B09", "covered", "II.8", "Tổ chức lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "covered", "II.9", "Phát động, hưởng ứng các cuộc thi tìm hiểu về ASEAN dành cho học sinh, sinh viên và đoàn viên thanh niên"),
 AREA("B11", "missing", note="No cultural/sports exchange, fair, exhibition or promotion event; II.5 promotes the province through information only (a Trung tâm Xúc tiến is merely a supporting agency)."),
 AREA("B12", "covered", "II.10", "kịp thời phản bác các quan điểm sai trái, luận điệu xuyên tạc về đường lối đối ngoại của Đảng"),
 AREA("B13", "partial", "I.2", "tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương và cơ quan báo chí",
      note="Only as a requirement in section I (convention: purposes only → partial)."),
]
a = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021)", "period 2021-2025",
                        "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; 3 trụ cột"],
          areas,
          [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
           ("S2", "pass", "section III KINH PHÍ"),
           ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
           ("S4", "pass", "IV.1: báo cáo UBND tỉnh và Bộ TT&TT trước ngày 10/12 hằng năm"),
           ("S5", "pass", "every task II.1-II.10 has an 'Đơn vị chủ trì' line"),
           ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")])
p = plan(m, secs, tasks, asg, dls, budget)
write_gold(NAME, p, a, SRC)
