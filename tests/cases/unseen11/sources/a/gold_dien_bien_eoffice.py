"""Gold (by hand) for Plan 3: dien-bien_85-KH-SCT_2023_asean-eoffice.html.
Only the document inside 'NỘI DUNG VĂN BẢN (xem trực tuyến)' is the plan; the e-office record around it (Số đến,
Hạn xử lý, processing log with its own 'chủ trì / phối hợp' routing and dates) is not plan text. Values typed by hand."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from extract import text_of

NAME = "dien-bien_85-KH-SCT_2023_asean-eoffice"
SRC = text_of(STAGE / f"{NAME}.html")

VPS = lambda: A("Văn phòng Sở")
QLTM = lambda: A("Phòng Quản lý Thương mại")

m = meta("85/KH-SCT", "Kế hoạch", "Sở Công Thương tỉnh Điện Biên", "Điện Biên", "2023-03-14",
         "Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023", {"start": 2023, "end": 2023},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "57/KH-UBND", "type": "Kế hoạch", "date": "2022-02-15"}],
         {"name": "Vũ Thị Thanh Hương", "position": "Phó Giám đốc"})
m["note"] = ("Header 'UBND TỈNH ĐIỆN BIÊN' / 'SỞ CÔNG THƯƠNG' (two flex <div>s): issuer is the Sở with the province from the "
             "parent line. The e-office fields (Số đến 1247, Ngày đến 16/03/2023, Hạn xử lý 31/03/2023) are the receiving "
             "office's record, not the plan's metadata; they agree with the document on number, date and signer.")

secs = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
 SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks",
     note="Tasks are bold '<div>' headings '1.'–'7.'; the 'Chủ trì: / Phối hợp: / Thời gian:' rows below them are "
          "field lines (indented <div>s with a bold-italic label <span>), not sections."),
]
T = [
 ("Duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử Sở Công Thương", [VPS()], [QLTM()], None,
  "'Thời gian: Thường xuyên': null."),
 ("Tổ chức hội nghị phổ biến cam kết và các lĩnh vực hợp tác mới cho doanh nghiệp", [QLTM()],
  [A("Cục Hải quan tỉnh Điện Biên"), A("Hiệp hội Doanh nghiệp tỉnh")], TF("Quý II/2023", "2023-04-01", "2023-06-30"), None),
 ("Xúc tiến thương mại, quảng bá sản phẩm của tỉnh", [A("Trung tâm Khuyến công và Xúc tiến thương mại")],
  [QLTM(), A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)],
  TF("Tháng 11 - 12/2023", "2023-11-01", "2023-12-31"), None),
 ("Giới thiệu doanh nghiệp, hợp tác xã điển hình", [VPS()],
  [A("Báo Điện Biên Phủ"), A("Đài Phát thanh - Truyền hình tỉnh")], TF("Quý III/2023", "2023-07-01", "2023-09-30"), None),
 ("Tập huấn, bồi dưỡng cho công chức, viên chức", [VPS()],
  [A("Các phòng, đơn vị thuộc Sở", coll=True)], None,
  "'Thời gian: Theo kế hoạch của Bộ Công Thương, Sở Thông tin và Truyền thông' is no time constraint."),
 ("Thông tin về chuỗi cung ứng và thị trường công nghiệp", [A("Phòng Quản lý Công nghiệp")], [],
  TF("trong năm 2023", "2023-01-01", "2023-12-31"),
  "No field rows: lead from the agency opening the paragraph as actor ('Phòng Quản lý Công nghiệp cung cấp …'); "
  "window from '… trên địa bàn tỉnh trong năm 2023'."),
 ("Theo dõi dư luận, xử lý thông tin sai lệch", [], [A("Sở Thông tin và Truyền thông")], None,
  "No field rows and no actor: lead []; 'phối hợp với Sở Thông tin và Truyền thông' read as support."),
]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Văn phòng Sở", 2),
 SEC("V.2", "2.", "Các phòng, đơn vị thuộc Sở", 2),
 SEC("V.3", "3.", "Đề nghị UBND các huyện, thị xã, thành phố", 2),
]
asg = [
 ASG(VPS(), "V.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai Kế hoạch",
                    "Tổng hợp kết quả, báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 30/11/2023"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "V.2",
     ["Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện",
      "báo cáo kết quả về Văn phòng Sở trước ngày 20/11/2023"]),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True), "V.3",
     ["Chỉ đạo Phòng Kinh tế, Phòng Kinh tế và Hạ tầng phối hợp với Sở Công Thương phổ biến thông tin về ASEAN đến doanh nghiệp, hợp tác xã trên địa bàn"],
     note="'Đề nghị UBND …' heading names the assignee; the district offices it is asked to direct are not separate assignments."),
]
def tdl(i, text, start, end):
    return DL(text, "period", f"III.{i}", T[i - 1][0], start=start, end=end)
dls = [
 tdl(2, "Quý II/2023", "2023-04-01", "2023-06-30"),
 tdl(3, "Tháng 11 - 12/2023", "2023-11-01", "2023-12-31"),
 tdl(4, "Quý III/2023", "2023-07-01", "2023-09-30"),
 tdl(6, "trong năm 2023", "2023-01-01", "2023-12-31"),
 DL("trước ngày 30/11/2023", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông)", due="2023-11-30"),
 DL("trước ngày 20/11/2023", "due", "V.2", "báo cáo kết quả về Văn phòng Sở", due="2023-11-20"),
]
dls[0]["note"] = ("Not deadlines: the e-office 'Hạn xử lý: 31/03/2023' and the log's 'trước ngày 27/03/2023' "
                  "(receiving office's own processing), and the digital-signature stamp time.")
bud = {"present": True, "section": "IV", "sources": ["unit_budget", "state_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2023 của Sở Công Thương và kinh phí Chương trình xúc tiến thương mại tỉnh Điện Biên năm 2023 đã được UBND tỉnh phê duyệt", "section": "IV"}],
       "amounts": [{"text": "120.000.000 đồng", "vnd": 120000000}],
       "note": "'nguồn chi thường xuyên … của Sở' = unit_budget; the provincial trade-promotion programme approved by UBND tỉnh = state_budget."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "partial", "II", "Các nội dung thuộc trụ cột Kinh tế của Cộng đồng ASEAN",
      note="Only the economic pillar; no annual ASEAN theme, no Politics-Security or Socio-Culture pillar."),
 AREA("B02", "missing", note="No COVID-19 cooperation or recovery content."),
 AREA("B03", "covered", "III.4", "xây dựng phóng sự, bài viết về các doanh nghiệp, hợp tác xã điển hình của tỉnh tận dụng hiệu quả các cam kết trong ASEAN"),
 AREA("B04", "missing", note="Nothing on ASEAN identity or the sense of belonging."),
 AREA("B05", "covered", "III.3", "Tổ chức gian hàng giới thiệu sản phẩm OCOP, nông sản đặc trưng của Điện Biên (gạo Điện Biên, cà phê, chè Shan tuyết) tại Hội chợ Thương mại Việt - Lào tỉnh Điện Biên năm 2023"),
 AREA("B06", "covered", "III.2", "phổ biến quy tắc xuất xứ hàng hóa trong ATIGA, thương mại điện tử xuyên biên giới, cơ chế hải quan một cửa ASEAN và chuyển đổi số trong doanh nghiệp"),
 AREA("B07", "covered", "III.1", "Duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử Sở Công Thương"),
 AREA("B08", "missing", note="No flags, panels, posters or banners."),
 AREA("B09", "covered", "III.5", "Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "missing", note="No contest or youth activity."),
 AREA("B11", "covered", "III.3", "hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN"),
 AREA("B12", "partial", "III.7", "phối hợp với Sở Thông tin và Truyền thông xử lý thông tin sai lệch liên quan đến hoạt động thương mại qua biên giới",
      note="Handles misinformation about border trade only; nothing on distorted views of foreign policy or ASEAN integration."),
 AREA("B13", "partial", "I", "Phối hợp chặt chẽ với Sở Thông tin và Truyền thông, các cơ quan báo chí và các sở, ngành liên quan trong công tác thông tin về ASEAN",
      note="Only a requirement in section I."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg and provincial plan 57/KH-UBND (2022-2025)", "year 2023 within 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; chuyển đổi số; kinh tế số"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (unit budget, trade-promotion programme; 120.000.000 đồng)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
                   ("S4", "pass", "V.1 report to UBND tỉnh trước ngày 30/11/2023"),
                   ("S5", "fail", "III.7 has no lead (only 'phối hợp với Sở Thông tin và Truyền thông')"),
                   ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg and Kế hoạch 57/KH-UBND")])
write_gold(NAME, P, AU, SRC)
