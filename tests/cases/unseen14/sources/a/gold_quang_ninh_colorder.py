"""Hand gold for the Đông Triều DOCX with unusual column order and a repeated header mid-table. Values typed by hand;
write_gold refuses quotes not verbatim in the DOCX (paragraphs + table cells)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "quang-ninh_dong-trieu_205-KH-UBND_2022_asean-colorder"
SRC = delivered_text(NAME, "docx")
VH = lambda: A("Phòng Văn hóa và Thông tin")
TT = lambda: A("Trung tâm Truyền thông và Văn hóa thị xã")
m = meta("205/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thị xã Đông Triều", "Quảng Ninh", "2022-04-20",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn thị xã Đông Triều giai đoạn 2022 - 2025", {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "37/KH-UBND", "type": "Kế hoạch", "date": "2022-02-18"}],
         {"name": "Phạm Quang Khải", "position": "Phó Chủ tịch"})
m["note"] = ("Part II is a body task table with columns TT | Thời gian thực hiện | Nội dung nhiệm vụ | Đơn vị phối hợp | Đơn vị chủ trì "
             "(lead is the LAST column, support before it), a column-number row (1)…(5), and the header + number rows repeated as "
             "ordinary rows between TT 4 and 5. Group rows I/II are not sections; TT runs on 1-9, so ids are II.1-II.9.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", 1, "tasks")]
ROWS = [
 ("Tuyên truyền Chủ đề ASEAN của từng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội trên sóng phát thanh, truyền hình thị xã", [TT()], [VH()], None),
 ("Duy trì chuyên mục \"Đông Triều hội nhập\" trên Cổng thông tin điện tử thị xã và trang mạng xã hội chính thức của thị xã",
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã", "Văn phòng HĐND và UBND thị xã")], [TT()], ("2022 - 2025", "2022-01-01", "2025-12-31")),
 ("Tuyên truyền về thương mại điện tử, chuyển đổi số và cơ hội xuất khẩu sang thị trường ASEAN cho doanh nghiệp, hợp tác xã có sản phẩm OCOP",
  [A("Phòng Kinh tế")], [A("Hội Doanh nghiệp thị xã"), TT()], ("Quý IV/2022", "2022-10-01", "2022-12-31")),
 ("Xây dựng phóng sự về câu chuyện thực tiễn, nhân vật điển hình của làng nghề gốm sứ Đông Triều hưởng lợi từ hợp tác ASEAN", [TT()], [A("Phòng Kinh tế")], ("Năm 2023", "2023-01-01", "2023-12-31")),
 ("Treo cờ ASEAN, băng rôn, pa nô nhân kỷ niệm 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022)", [A("Ủy ban nhân dân các phường, xã", "UBND các phường, xã", True)], [TT()], ("Tháng 8/2022", "2022-08-01", "2022-08-31")),
 ("Tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh", [A("Phòng Giáo dục và Đào tạo")], [A("Thị đoàn Đông Triều")], ("Quý III/2023", "2023-07-01", "2023-09-30")),
 ("Quảng bá Khu di tích quốc gia đặc biệt Nhà Trần tại Đông Triều, làng gốm và các sản phẩm du lịch của thị xã tới du khách, nhà đầu tư các nước ASEAN",
  [VH()], [A("Ban Quản lý di tích Nhà Trần tại Đông Triều")], ("2023 - 2025", "2023-01-01", "2025-12-31")),
 ("Tập huấn kỹ năng tuyên truyền về ASEAN trên nền tảng số cho cán bộ văn hóa - thông tin và tổ công nghệ số cộng đồng các phường, xã", [TT()], [VH()], ("Năm 2024", "2024-01-01", "2024-12-31")),
 ("Theo dõi dư luận; đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam trên không gian mạng", [A("Công an thị xã")], [VH()], None),
]
tasks, dls = [], []
for i, (title, lead, sup, tf) in enumerate(ROWS, 1):
    note = {1: "Time cell 'Hằng năm': timeframe null, yearly recurring deadline.", 9: "Time cell 'Thường xuyên': no timeframe, no deadline.",
            5: "The row after the repeated header rows; lead 'UBND các phường, xã' from the last column."}.get(i)
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(*tf) if tf else None, note))
    if i == 1:
        dls.append(DL("Hằng năm", "recurring", "II.1", title, rec="yearly"))
    if tf:
        dls.append(DL(tf[0], "period", f"II.{i}", title, start=tf[1], end=tf[2]))
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"), SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin", 2), SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
         SEC("IV.3", "3.", "Các cơ quan, đơn vị được phân công tại mục II", 2),
         SEC("IV.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức chính trị - xã hội", 2)]
asg = [
 ASG(VH(), "IV.1", ["Là cơ quan thường trực, hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                    "tổng hợp báo cáo kết quả thực hiện về Ủy ban nhân dân thị xã và Sở Thông tin và Truyền thông trước ngày 10/12 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV.2", ["Tham mưu Ủy ban nhân dân thị xã bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch"]),
 ASG(A("Các cơ quan, đơn vị được phân công tại mục II", coll=True), "IV.3",
     ["Xây dựng kế hoạch chi tiết và tổ chức thực hiện", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 30/11 hằng năm"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam thị xã"), "IV.4", ["Lồng ghép tuyên truyền về ASEAN trong các hoạt động của Mặt trận và đoàn thể"],
     note="'Đề nghị X và Y': one assignment per addressee."),
 ASG(A("các tổ chức chính trị - xã hội", coll=True), "IV.4", ["Lồng ghép tuyên truyền về ASEAN trong các hoạt động của Mặt trận và đoàn thể"]),
]
dls += [
 DL("trước ngày 10/12 hằng năm", "due", "IV.1", "tổng hợp báo cáo kết quả thực hiện về Ủy ban nhân dân thị xã và Sở Thông tin và Truyền thông", due="--12-10", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "IV.3", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin", due="--11-30", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch do ngân sách thị xã bảo đảm, bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị theo phân cấp", "section": "III"},
                   {"text": "huy động nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "III"}],
       "amounts": []}
areas = [
 AREA("B01", "covered", "II.1", "Tuyên truyền Chủ đề ASEAN của từng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "missing"),
 AREA("B03", "covered", "II.4", "Xây dựng phóng sự về câu chuyện thực tiễn, nhân vật điển hình của làng nghề gốm sứ Đông Triều hưởng lợi từ hợp tác ASEAN"),
 AREA("B04", "missing", note="Only the motto in the purposes."),
 AREA("B05", "covered", "II.7", "Quảng bá Khu di tích quốc gia đặc biệt Nhà Trần tại Đông Triều, làng gốm và các sản phẩm du lịch của thị xã tới du khách, nhà đầu tư các nước ASEAN"),
 AREA("B06", "covered", "II.3", "Tuyên truyền về thương mại điện tử, chuyển đổi số và cơ hội xuất khẩu sang thị trường ASEAN cho doanh nghiệp, hợp tác xã có sản phẩm OCOP"),
 AREA("B07", "covered", "II.2", "Duy trì chuyên mục \"Đông Triều hội nhập\" trên Cổng thông tin điện tử thị xã và trang mạng xã hội chính thức của thị xã"),
 AREA("B08", "covered", "II.5", "Treo cờ ASEAN, băng rôn, pa nô nhân kỷ niệm 55 năm Ngày thành lập ASEAN"),
 AREA("B09", "covered", "II.8", "Tập huấn kỹ năng tuyên truyền về ASEAN trên nền tảng số cho cán bộ văn hóa - thông tin"),
 AREA("B10", "covered", "II.6", "Tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh"),
 AREA("B11", "missing", note="II.7 promotes tourism to ASEAN visitors (B05); no cultural/sports exchange, fair or exhibition."),
 AREA("B12", "covered", "II.9", "đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam trên không gian mạng"),
 AREA("B13", "partial", "I.2", "tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị, Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức chính trị - xã hội",
      note="Only a requirement in section I."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (town budget, socialization, other lawful sources)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
          ("S4", "pass", "IV.1 report 'trước ngày 10/12 hằng năm'"),
          ("S5", "pass", "all 9 table tasks have an Đơn vị chủ trì (last column)"),
          ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 within 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; chuyển đổi số; tầm nhìn 2030"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
