"""Gold for plan 2 (Thanh Hóa 1872/KH-SCT, OCR'd fax). Values decided by hand. Quotes (titles, agency texts, duties,
deadline texts, evidence) are verbatim OCR text, damage included; meta values and canonical agency names are what
the document states, spelled properly (issuer, basis number '1160/QĐ-TTg' for the OCR'd '1160/QD-TTg')."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "thanh-hoa_1872-KH-SCT_2022_asean-ocrfax"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

QLTM = lambda: A("Phòng Quản lý Thương mại")
VPS = lambda: A("Văn phòng Sở Công Thương", "Văn phòng Sở")

m = meta("1872/KH-SCT", "Kế hoạch", "Sở Công Thương tỉnh Thanh Hóa", "Thanh Hóa", "2022-07-15",
         "Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13",
           "note": "OCR'd as '1160/QD-TTg' (Đ lost); the document states Decision 1160/QĐ-TTg of the Prime Minister."},
          {"number": "142/KH-UBND", "type": "Kế hoạch", "date": "2022-06-06"}],
         {"name": "Lê Quang Hưng", "position": "Phó Giám đốc"})
m["note"] = ("OCR'd fax. Issuer from the header's left column 'UBND TINH THANH HOÁ' / 'SỞ CÔNG THUƠNG' (tone marks damaged), given "
             "spelled properly with its locality from the parent line. Date line 'Thanh Hoá, ngày 15 thảng 7 năm 2022' ('tháng' damaged) "
             "→ 2022-07-15; the fax transmission stamp 'Jul. 18 2022 09:14AM' is not the issue date. Signer from 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC'; "
             "the garbled stamp letters next to it are not part of the name or position. Page numbers, the 'FAX NO.' lines and "
             "speck lines ('.', '|', ''') are page furniture.")

T = [
 ("Tổ chức hội nghị phổ biến cam kết ASEAN cho doanh nghiệp", [QLTM()],
  [A("Hiệp hội Doanh nghiệp tỉnh"), A("Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp")], None,
  "'Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp' is one body (its real name contains 'và'). 'Thời gian: Hằng năm' is a yearly recurring deadline, not a window."),
 ("Thông tin về ASEAN trên Trang thông tin điện tử của Sở", [VPS()], [], None,
  "'Văn phòng Sở' in a Sở Công Thương plan is canonicalised to 'Văn phòng Sở Công Thương'. 'Thường xuyên' is not a window."),
 ("Hỗ trợ doanh nghiệp tiếp cận thị trường ASEAN qua thương mại điện tử", [QLTM()],
  [A("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", "Trung tâm Khuyên công và Tư vấn phát triển công nghiệp")],
  TF("năm 2022 - 2025", "2022-01-01", "2025-12-31"),
  "OCR damage in the role phrase ('chủ tri, phối hợp với') and in the support name ('Khuyên công'): the lead is still the opening actor, the support keeps its text as OCR'd and its proper name."),
 ("Xúc tiến thương mại, tham gia hội chợ tại các nước ASEAN", [QLTM()],
  [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")], None,
  "'Theo Chương trình xúc tiến thương mại của tỉnh' points to another programme: no window, no deadline."),
 ("Hỗ trợ doanh nghiệp thực hiện quy tắc xuất xứ và tham gia chuỗi cung ứng khu vực", [A("Phòng Quản lý Công nghiệp")], [QLTM()],
  TF("năm 2023 - 2024", "2023-01-01", "2024-12-31"),
  "The heading is on fax page 2 and its text on page 3."),
 ("Biên soạn, phát hành tài liệu hỏi - đáp về cam kết ASEAN", [QLTM()], [],
  TF("hoàn thành trong Quý IV/2022", "2022-10-01", "2022-12-31"),
  "'hoàn thành trong Quý IV/2022' is a completion window (not a 'trước ngày' date): the task's timeframe and a period deadline."),
 ("Cử công chức tham gia tập huấn về ASEAN", [VPS()], [], None,
  "'Theo thông báo của cơ quan tổ chức' is event-triggered: no window, no deadline."),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", 1, "content"),
        SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Văn phòng Sở", 2),
         SEC("V.2", "2.", "Phòng Kế hoạch - Tài chính", 2),
         SEC("V.3", "3.", "Các phòng, đơn vị thuộc Sở", 2),
         SEC("V.4", "4.", "Đề nghị Hiệp hội Doanh nghiệp tỉnh, Hội Doanh nhân trẻ tỉnh", 2)]
D4 = ["Phổ biến Kế hoạch tới các hội viên",
      "phản ánh kịp thời khó khăn, vướng mắc của doanh nghiệp khi thực thi các cam kết ASEAN về Sở Công Thương để tổng hợp, xử lý"]
asg = [
 ASG(VPS(), "V.1", ["Là đầu mối, theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch",
                    "Tổng hợp kết quả, báo cáo Uy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12 hằng năm"]),
 ASG(A("Phòng Kế hoạch - Tài chính"), "V.2", ["Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch trong dự toán được giao"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "V.3",
     ["Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung, tổ chức thực hiện",
      "báo cáo kết quả về Văn phòng Sở trước ngày 25/11 hằng năm"],
     note="The fax page break falls between this heading and its duty."),
 ASG(A("Hiệp hội Doanh nghiệp tỉnh"), "V.4", D4, note="'Đề nghị X, Y': one assignment per agency."),
 ASG(A("Hội Doanh nhân trẻ tỉnh"), "V.4", D4),
]
dls = [
 DL("Hằng năm", "recurring", "III.1", "Tổ chức hội nghị phổ biến cam kết ASEAN cho doanh nghiệp", rec="yearly"),
 DL("năm 2022 - 2025", "period", "III.3", "Hỗ trợ doanh nghiệp tiếp cận thị trường ASEAN qua thương mại điện tử", start="2022-01-01", end="2025-12-31"),
 DL("năm 2023 - 2024", "period", "III.5", "Hỗ trợ doanh nghiệp thực hiện quy tắc xuất xứ và tham gia chuỗi cung ứng khu vực", start="2023-01-01", end="2024-12-31"),
 DL("hoàn thành trong Quý IV/2022", "period", "III.6", "biên soạn Sổ tay hỏi - đáp về các cam kết ASEAN", start="2022-10-01", end="2022-12-31"),
 DL("trước ngày 05/12 hằng năm", "due", "V.1", "Tổng hợp kết quả, báo cáo Uy ban nhân dân tỉnh", due="--12-05", rec="yearly"),
 DL("trước ngày 25/11 hằng năm", "due", "V.3", "báo cáo kết quả về Văn phòng Sở", due="--11-25", rec="yearly"),
]
dls[0]["note"] = ("'Chủ đề ASEAN theo từng năm' (II) describes a topic, not a time constraint. 'Thường xuyên' (III.2) and the "
                  "event-/programme-dependent times of III.4 and III.7 are not deadlines. The fax timestamp is not a deadline.")
bud = {"present": True, "section": "IV", "sources": ["unit_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện được bố trí từ nguồn kinh phí chi thường xuyên của Sở Công Thương; lồng ghép trong kinh phí Chương trình khuyến công, Chương trình xúc tiến thương mại được phê duyệt; huy động xã hội hóa và các nguồn hợp pháp khác theo quy định", "section": "IV"}],
       "amounts": [],
       "note": "Chi thường xuyên of the Sở and lồng ghép in approved programmes → unit_budget; the extension and trade-promotion programmes are themselves provincially funded, so state_budget is arguable but the plan does not say so."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "partial", "II", "Chủ đề ASEAN theo từng năm và các hoạt động hợp tác trên Trụ cột Kinh tế",
      note="Follows the yearly theme but deliberately limits itself to the economic pillar (a sector plan); the political-security and socio-cultural pillars are absent."),
 AREA("B02", "partial", "I.1", "phục hồi sản xuất, kinh doanh sau đại dịch COVID-19", note="Only in the purposes."),
 AREA("B03", "missing", note="No real-life stories, exemplary people or ASEAN awards."),
 AREA("B04", "missing", note="Nothing on ASEAN identity or a sense of community."),
 AREA("B05", "covered", "III.4", "giới thiệu các sản phẩm chủ lực, đặc sản của tỉnh (gạo, thủy sản chế biến, nem chua, hàng thủ công mỹ nghệ) tới các nhà nhập khẩu ASEAN"),
 AREA("B06", "covered", "III.3", "hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP lên các sàn thương mại điện tử xuyên biên giới hướng tới thị trường các nước ASEAN"),
 AREA("B07", "covered", "III.2", "chia sẻ thông tin trên trang mạng xã hội (Fanpage, Zalo OA) của Sở"),
 AREA("B08", "missing", note="No flags, panels, posters or banners."),
 AREA("B09", "covered", "III.7", "tham dự các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",
      note="Own task sending staff to training organised by others (as in the Kiên Giang gold)."),
 AREA("B10", "missing", note="No contests or youth activities."),
 AREA("B11", "covered", "III.4", "tổ chức đoàn doanh nghiệp tham gia hội chợ, triển lãm tại Lào, Thái Lan, Campuchia"),
 AREA("B12", "missing", note="Nothing on countering distorted views ('cảnh báo phòng vệ thương mại' in III.2 is trade-remedy information, not this)."),
 AREA("B13", "partial", "I.2", "phối hợp chặt chẽ với các sở, ngành, cơ quan báo chí trong công tác thông tin về ASEAN",
      note="Only a requirement in section I; no task or assignment sets up the coordination."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg (OCR'd '1160/QD-TTg') and provincial plan 142/KH-UBND", "period 2022-2025",
                         "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số, chuyển đổi số"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
                   ("S4", "pass", "V.1: báo cáo UBND tỉnh trước ngày 05/12 hằng năm; V.3: báo cáo Văn phòng Sở trước ngày 25/11 hằng năm"),
                   ("S5", "pass", "every task III.1-III.7 opens with its lead unit"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg and provincial plan 142/KH-UBND")])
write_gold(NAME, P, AU, SRC)
