"""Hand gold for lang-son_412-KH-SCT_2022_asean-notes (DOCX; footnotes and endnotes are part of the document's text)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "lang-son_412-KH-SCT_2022_asean-notes"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

QLTM = A("Phòng Quản lý Thương mại")
VP = A("Văn phòng Sở")
TTKC = A("Trung tâm Khuyến công và Xúc tiến thương mại")
HQ = A("Cục Hải quan tỉnh Lạng Sơn")
HH = A("Hiệp hội Doanh nghiệp tỉnh Lạng Sơn")

m = meta("412/KH-SCT", "Kế hoạch", "Sở Công Thương tỉnh Lạng Sơn", "Lạng Sơn", "2022-03-18",
         "Thông tin tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13",
           "note": "The preamble names only the Programme's title; its number and date are in footnote 1."},
          {"number": "245/KH-UBND", "type": "Kế hoạch", "date": "2021-11-15",
           "note": "Number and date only in footnote 2."}],
         {"name": "Lương Văn Đoàn", "position": "Giám đốc"})

T = {
 1: "Tuyên truyền về Trụ cột Kinh tế ASEAN và chủ đề ASEAN hằng năm",
 2: "Phổ biến cam kết và các lĩnh vực hợp tác mới cho doanh nghiệp",
 3: "Xúc tiến thương mại với thị trường ASEAN",
 4: "Tuyên truyền trên Trang thông tin điện tử của Sở và mạng xã hội",
 5: "Thông tin thị trường cho doanh nghiệp xuất nhập khẩu",
 6: "Bồi dưỡng kiến thức về ASEAN cho công chức, viên chức",
 7: "Phối hợp thông tin với các cơ quan liên quan",
}

sections = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG VÀ NHIỆM VỤ CỤ THỂ", 1, "tasks"),
] + [SEC(f"II.{i}", f"{i}.", T[i], 2) for i in range(1, 8)] + [
 SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("IV.1", "1.", "Văn phòng Sở", 2),
 SEC("IV.2", "2.", "Các phòng chuyên môn, Trung tâm Khuyến công và Xúc tiến thương mại", 2),
 SEC("IV.3", "3.", "Đề nghị phối hợp", 2),
]

tasks = [
 TASK("II.1", T[1], [QLTM], [VP], None, note="`Thời gian: Hằng năm` is not a window (yearly recurring deadline)."),
 TASK("II.2", T[2], [QLTM], [HQ, HH], TF("Quý III/2022", "2022-07-01", "2022-09-30")),
 TASK("II.3", T[3], [TTKC], [QLTM, A("Ủy ban nhân dân các huyện, thành phố", coll=True)],
      TF("2022 - 2025", "2022-01-01", "2025-12-31"), note="Support split at ';'."),
 TASK("II.4", T[4], [VP], [A("Các phòng chuyên môn thuộc Sở", coll=True)], None),
 TASK("II.5", T[5], [QLTM], [TTKC], None, note="`Hằng quý` is a quarterly recurring deadline, not a window."),
 TASK("II.6", T[6], [VP], [], None, note="`Theo kế hoạch của Bộ Công Thương` is neither a window nor a deadline."),
 TASK("II.7", T[7], [VP], [QLTM, A("Phòng Quản lý Công nghiệp")], None),
]

asg = [
 ASG(VP, "IV.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
                  "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông"]),
 ASG(A("Các phòng chuyên môn", coll=True), "IV.2",
     ["Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết hằng năm",
      "gửi kết quả thực hiện về Văn phòng Sở trước ngày 30/11 hằng năm"],
     note="The heading names a collective and one body, separated by a comma: two assignments with the same duties."),
 ASG(TTKC, "IV.2", ["Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết hằng năm",
                    "gửi kết quả thực hiện về Văn phòng Sở trước ngày 30/11 hằng năm"]),
 ASG(HQ, "IV.3", ["phối hợp cung cấp thông tin, tài liệu và cử báo cáo viên tham gia các hội nghị phổ biến cam kết ASEAN do "
                  "Sở Công Thương tổ chức"], note="`Đề nghị X, Y …`: one assignment per agency."),
 ASG(HH, "IV.3", ["phối hợp cung cấp thông tin, tài liệu và cử báo cáo viên tham gia các hội nghị phổ biến cam kết ASEAN do "
                  "Sở Công Thương tổ chức"]),
]

dl = [
 DL("Hằng năm", "recurring", "II.1", T[1], rec="yearly"),
 DL("Quý III/2022", "period", "II.2", T[2], start="2022-07-01", end="2022-09-30"),
 DL("2022 - 2025", "period", "II.3", T[3], start="2022-01-01", end="2025-12-31"),
 DL("hằng năm", "recurring", "II.3", "tham gia 01 - 02 hội chợ", rec="yearly",
    note="From endnote iii ('Dự kiến hằng năm tham gia 01 - 02 hội chợ'), attached to task II.3 where its mark stands."),
 DL("Hằng quý", "recurring", "II.5", T[5], rec="quarterly"),
 DL("trước ngày 10/6", "due", "IV.1", "Báo cáo 6 tháng", due="--06-10", rec="yearly",
    note="Footnote 3, attached to IV.1 where its mark stands. A six-month report every year: yearly recurrence."),
 DL("trước ngày 05/12 hằng năm", "due", "IV.1", "báo cáo năm", due="--12-05", rec="yearly",
    note="Footnote 3."),
 DL("hằng năm", "recurring", "IV.2", "chủ động xây dựng kế hoạch chi tiết", rec="yearly",
    note="A yearly obligation without a date (yearly detailed plans), like 4750 IV.2 'Hàng năm'."),
 DL("trước ngày 30/11 hằng năm", "due", "IV.2", "gửi kết quả thực hiện về Văn phòng Sở", due="--11-30", rec="yearly"),
]

budget = {"present": True, "section": "III",
          "sources": ["unit_budget", "state_budget", "socialization", "sponsorship"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên hằng năm giao cho Sở "
                               "Công Thương; kinh phí Chương trình xúc tiến thương mại tỉnh Lạng Sơn (đối với nhiệm vụ tại mục 3 "
                               "phần II) và nguồn xã hội hóa, tài trợ hợp pháp khác", "section": "III"},
                      {"text": "kinh phí từ Chương trình xúc tiến thương mại tỉnh Lạng Sơn", "section": "II.3",
                       "note": "Endnote iii."}],
          "amounts": [],
          "note": "The provincial trade-promotion programme is a state-budget line → state_budget; 'kinh phí chi thường xuyên "
                  "… giao cho Sở' → unit_budget; 'xã hội hóa, tài trợ' → socialization and sponsorship."}

areas = [
 AREA("B01", "partial", "II.1", "Thông tin về chủ đề ASEAN theo từng năm, các thành tựu của Cộng đồng Kinh tế ASEAN",
      note="Follows the annual theme but only the Economic pillar; Politics-Security and Socio-Culture are absent. Could be argued covered."),
 AREA("B02", "partial", "I.1", "tận dụng cơ hội từ thị trường ASEAN để phục hồi sản xuất, kinh doanh sau đại dịch COVID-19",
      note="Purposes section only."),
 AREA("B03", "missing", note="No real-life stories, exemplary people or ASEAN awards."),
 AREA("B04", "missing", note="No Community identity or sense of belonging."),
 AREA("B05", "covered", "II.3", "giới thiệu sản phẩm đặc trưng của tỉnh (hoa hồi, na Chi Lăng, thạch đen Tràng Định) tới các nhà "
      "nhập khẩu ASEAN"),
 AREA("B06", "covered", "II.2", "quy tắc xuất xứ, thương mại điện tử, kinh tế số, Cơ chế một cửa ASEAN"),
 AREA("B07", "covered", "II.4", "Duy trì chuyên mục \"Hội nhập ASEAN\" trên Trang thông tin điện tử của Sở Công Thương"),
 AREA("B08", "missing", note="No flags, panels, posters or banners."),
 AREA("B09", "covered", "II.6", "Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",
      note="The Sở sends staff to central courses rather than running its own; an own task, so covered."),
 AREA("B10", "missing", note="No contests or youth activities."),
 AREA("B11", "covered", "II.3", "Tổ chức, hỗ trợ doanh nghiệp của tỉnh tham gia hội chợ, triển lãm, giao thương tại các nước ASEAN"),
 AREA("B12", "partial", "I.2", "chủ động phản bác các quan điểm sai trái, xuyên tạc về hội nhập kinh tế quốc tế của Việt Nam",
      note="Requirements section only."),
 AREA("B13", "covered", "II.7", "tăng cường công tác phối hợp thông tin với các sở, ngành, địa phương"),
]

checks = [
 ("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (unit budget, provincial trade-promotion programme, socialization, sponsorship)"),
 ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
 ("S4", "pass", "IV.1 footnote 3: báo cáo 6 tháng trước ngày 10/6, báo cáo năm trước ngày 05/12 hằng năm"),
 ("S5", "pass", "all 7 tasks (II.1-II.7) have a lead"),
 ("S6", "pass", "basis (footnotes 1-2) cites Quyết định 1160/QĐ-TTg and the provincial plan 245/KH-UBND"),
]

write_gold(NAME, plan(m, sections, tasks, asg, dl, budget),
           audit(REF21, True, ["cites 1160/QĐ-TTg (footnote 1) and the provincial ASEAN plan 245/KH-UBND (footnote 2)",
                               "period 2022-2025",
                               "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng, COVID-19, "
                               "kinh tế số, tầm nhìn 2030"],
                 areas, checks), SRC)
