import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from extract import text_of

NAME = "thai-binh_137-KH-UBND_2019_asean-rtfdocx"
SRC = text_of(STAGE / f"{NAME}.docx")
STTTT = lambda t="Sở Thông tin và Truyền thông": A("Sở Thông tin và Truyền thông", t)
m = meta("137/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Thái Bình", "Thái Bình", "2019-09-12",
         "Thông tin, tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Thái Bình",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Nguyễn Văn Thịnh", "position": "Phó Chủ tịch"})
m["note"] = ("Header columns are aligned with tab stops in single paragraphs ('\\tSố: 137/KH-UBND\\tThái Bình, ngày 12 tháng 9 năm 2019'); "
             "the subject line has a soft line break (\\line) between its two halves.")
T = [
 ("Tăng cường cơ chế phối hợp thông tin về ASEAN", [STTTT()], [A("Ban Tuyên giáo Tỉnh ủy"), A("Sở Ngoại vụ")], "Thường xuyên", None),
 ("Tuyên truyền trên báo chí, phát thanh, truyền hình và Cổng Thông tin điện tử tỉnh",
  [A("Báo Thái Bình"), A("Đài Phát thanh và Truyền hình Thái Bình")],
  [STTTT(), A("Văn phòng Ủy ban nhân dân tỉnh")], "2019 - 2020", ("2019-01-01", "2020-12-31")),
 ("Chia sẻ dữ liệu với Cổng thông tin ASEAN Việt Nam", [STTTT()],
  [A("Các sở, ban, ngành tỉnh", coll=True), A("Ủy ban nhân dân các huyện, thành phố", coll=True)], "2019 - 2020", ("2019-01-01", "2020-12-31")),
 ("Bồi dưỡng, tập huấn kỹ năng tuyên truyền về ASEAN", [STTTT()], [A("Hội Nhà báo tỉnh")], "Quý IV/2019", ("2019-10-01", "2019-12-31")),
 ("Thông tin về ASEAN cho cộng đồng doanh nghiệp", [A("Sở Công Thương")],
  [A("Sở Kế hoạch và Đầu tư"), A("Ban Quản lý các Khu kinh tế và công nghiệp tỉnh"), A("Hiệp hội Doanh nghiệp tỉnh")],
  "Năm 2020", ("2020-01-01", "2020-12-31")),
 ("Lồng ghép tuyên truyền về ASEAN trong hoạt động của các đoàn thể", [STTTT()],
  [A("Tỉnh đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh"), A("Hội Cựu chiến binh tỉnh")], "Thường xuyên", None),
 ("Giao lưu văn hóa, triển lãm và cổ động trực quan", [A("Sở Văn hóa, Thể thao và Du lịch")],
  [A("Ủy ban nhân dân các huyện, thành phố", coll=True)], "Tháng 8/2020", ("2020-08-01", "2020-08-31")),
 ("Quảng bá tiềm năng, thế mạnh của tỉnh Thái Bình", [A("Sở Kế hoạch và Đầu tư")],
  [A("Sở Công Thương"), A("Sở Văn hóa, Thể thao và Du lịch"), A("Sở Ngoại vụ")], "2019 - 2020", ("2019-01-01", "2020-12-31")),
 ("Biên soạn, phát hành tài liệu tuyên truyền", [STTTT()], [A("Sở Ngoại vụ")], "Quý I/2020", ("2020-01-01", "2020-03-31")),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Sở Thông tin và Truyền thông", 2), SEC("IV.2", "2.", "Sở Tài chính", 2),
         SEC("IV.3", "3.", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố", 2),
         SEC("IV.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2)]
secs[4]["note"] = "Labels are typed text followed by a TAB ('1.\\tTăng cường …'), bold by direct formatting; no heading styles or Word numbering."
tasks, dls = [], []
for i, (title, lead, sup, when, tf) in enumerate(T, 1):
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(when, *tf) if tf else None))
    if tf:
        dls.append(DL(when, "period", f"II.{i}", title, start=tf[0], end=tf[1]))
tasks[0]["note"] = "Roles from the '- Cơ quan chủ trì:' / '- Cơ quan phối hợp:' bullet lines; 'Thời gian thực hiện: Thường xuyên' is no window."
tasks[1]["note"] = "Two lead bodies separated by ';' in the chủ trì line."
dls += [
 DL("trước ngày 15/12/2019", "due", "IV.1", "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông kết quả thực hiện", due="2019-12-15"),
 DL("trước ngày 15/11/2020", "due", "IV.1", "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông kết quả thực hiện", due="2020-11-15"),
 DL("trước ngày 30/11 hằng năm", "due", "IV.3", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]
dty3 = ["xây dựng kế hoạch cụ thể và tổ chức thực hiện", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]
dty4 = ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tìm hiểu về Cộng đồng ASEAN",
        "lồng ghép nội dung tuyên truyền về ASEAN trong các hoạt động của tổ chức mình"]
asg = [
 ASG(STTTT(), "IV.1", ["Là cơ quan thường trực, chủ trì hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
                      "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 15/12/2019 và trước ngày 15/11/2020"]),
 ASG(A("Sở Tài chính"), "IV.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch",
                                 "hướng dẫn các cơ quan, đơn vị sử dụng và thanh quyết toán kinh phí theo quy định"]),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "IV.3", dty3, note="Heading names two collectives separated by ';': split in two."),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", coll=True), "IV.3", dty3),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "IV.4", dty4),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", coll=True), "IV.4", dty4),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước được bố trí trong dự toán chi hàng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác", "section": "III"},
                   {"text": "Năm 2020, ngân sách tỉnh bố trí 350 triệu đồng cho Sở Thông tin và Truyền thông", "section": "III"}],
       "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}]}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("A01", "covered", "II.1", "Xây dựng cơ chế phối hợp giữa các sở, ngành, địa phương theo chiều ngang và chiều dọc; định hướng các cơ quan báo chí, hệ thống thông tin cơ sở về những trọng tâm cần thông tin về ASEAN theo từng giai đoạn"),
 AREA("A02", "covered", "II.3", "chia sẻ dữ liệu, ấn phẩm truyền thông giới thiệu về tỉnh"),
 AREA("A03", "partial", "II.2", "Cổng Thông tin điện tử tỉnh và trên mạng xã hội",
      note="Social networks appear only as one more channel for the columns of II.2; no app, Fanpage or livestream."),
 AREA("A04", "covered", "II.6", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, hội nghị báo cáo viên, sinh hoạt chi hội của thanh niên, phụ nữ, nông dân, cựu chiến binh"),
 AREA("A05", "covered", "II.4", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên các cơ quan báo chí"),
 AREA("A06", "covered", "II.5", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN cho doanh nghiệp trên địa bàn tỉnh"),
 AREA("A07", "missing", note="No school, student, contest or exchange activity anywhere."),
 AREA("A08", "missing", note="No ASEAN Corner; II.9 only sends leaflets to libraries."),
 AREA("A09", "covered", "II.2", "Mở và duy trì chuyên trang, chuyên mục về ASEAN trên Báo Thái Bình, Đài Phát thanh và Truyền hình Thái Bình, Cổng Thông tin điện tử tỉnh"),
 AREA("A10", "covered", "II.7", "Tổ chức chương trình giao lưu văn hóa, nghệ thuật chào mừng năm Việt Nam làm Chủ tịch ASEAN 2020; trưng bày triển lãm ảnh về ASEAN"),
 AREA("A11", "partial", "II.8", "kết hợp trong các đoàn công tác xúc tiến đầu tư của tỉnh",
      note="Investment promotion only as the vehicle of II.8 (promoting the province); no fairs, no promoting ASEAN at fairs."),
 AREA("A12", "covered", "II.9", "Biên soạn, in ấn, phát hành tài liệu hỏi - đáp, tờ rơi về Cộng đồng ASEAN"),
 AREA("A13", "covered", "II.2", "Tập trung tuyên truyền các sự kiện quan trọng của ASEAN, Hội nghị Cấp cao ASEAN, năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II.2", "giới thiệu vai trò, vị thế của ASEAN, các thành tựu sau hơn 50 năm hình thành và phát triển, đất nước, con người các nước ASEAN"),
 AREA("A15", "partial", "I.2", "Kịp thời nắm bắt dư luận xã hội trước những thông tin liên quan đến ASEAN",
      note="Only a requirement in section I; no task counters false or distorted information."),
 AREA("A16", "covered", "II.8", "Quảng bá tiềm năng, thế mạnh, môi trường đầu tư, các dự án kêu gọi đầu tư tại Khu kinh tế Thái Bình, các sản phẩm đặc sản và điểm đến du lịch của tỉnh"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and Công văn 03/BTTTT-BCĐASEAN", "period 2019-2020",
                         "fingerprints: nắm bắt được cơ hội để phát triển, dòng chảy chính của công tác hội nhập ASEAN, Chủ tịch ASEAN 2020, Cổng thông tin ASEAN Việt Nam"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (state budget, 350 triệu đồng)"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 6 assignments"),
                   ("S4", "pass", "IV.1 báo cáo trước ngày 15/12/2019 và trước ngày 15/11/2020; IV.3 trước ngày 30/11 hằng năm"),
                   ("S5", "pass", "every task II.1-II.9 names a Cơ quan chủ trì"),
                   ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019)")])
write_gold(NAME, P, AU, SRC)
