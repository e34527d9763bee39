"""Hand gold for binh-phuoc_214-KH-UBND_2022_asean-twocol (every value typed here; write_gold only checks quotes)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "binh-phuoc_214-KH-UBND_2022_asean-twocol"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

TTTT = A("Sở Thông tin và Truyền thông")
UBH = "UBND các huyện, thị xã, thành phố"

m = meta("214/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Bình Phước", "Bình Phước", "2022-06-14",
         "Thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 trên địa bàn tỉnh Bình Phước",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "1420/BTTTT-TTĐN", "type": "Công văn", "date": "2022-04-22"}],
         {"name": "Phạm Văn Nghiêm", "position": "Phó Chủ tịch"})

T = {
 1: "Thông tin, tuyên truyền về ASEAN trên báo chí của tỉnh",
 2: "Chuyên mục ASEAN trên Cổng Thông tin điện tử tỉnh và mạng xã hội",
 3: "Tuyên truyền trên hệ thống thông tin cơ sở",
 4: "Tuyên truyền cổ động trực quan nhân kỷ niệm Ngày thành lập ASEAN",
 5: "Thông tin cho doanh nghiệp về các cam kết kinh tế và lĩnh vực mới của ASEAN",
 6: "Quảng bá tiềm năng, cơ hội đầu tư của tỉnh đến các nước ASEAN",
 7: "Cuộc thi tìm hiểu về ASEAN dành cho học sinh, sinh viên",
 8: "Đấu tranh, phản bác quan điểm sai trái về hội nhập ASEAN",
}

sections = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", 1, "content",
     note="Content part made of '-' bullets only: no numbered items, so no tasks here."),
 SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
] + [SEC(f"III.{i}", f"{i}.", T[i], 2) for i in range(1, 9)] + [
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget",
     note="Preceded by an explicit column break in the two-column section; layout only."),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
 SEC("V.2", "2.", "Sở Tài chính", 2),
 SEC("V.3", "3.", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố", 2),
 SEC("V.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và Hội Nông dân tỉnh", 2),
]

tasks = [
 TASK("III.1", T[1], [TTTT],
      [A("Báo Bình Phước"), A("Đài Phát thanh - Truyền hình Bình Phước")], None,
      note="'Thời gian: Thường xuyên.' is not a window."),
 TASK("III.2", T[2], [A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")], [TTTT],
      TF("Năm 2022", "2022-01-01", "2022-12-31")),
 TASK("III.3", T[3], [A("Ủy ban nhân dân các huyện, thị xã, thành phố", UBH, True)], [TTTT], None,
      note="No 'Chủ trì:' line: the paragraph opens with UBND các huyện… as actor (lead); 'phối hợp với Sở Thông tin "
           "và Truyền thông' → support. The district centres and commune radio stations it directs are performers under "
           "the lead, not listed."),
 TASK("III.4", T[4], [A("Sở Văn hóa, Thể thao và Du lịch")],
      [A("Ủy ban nhân dân các huyện, thị xã, thành phố", UBH, True)],
      TF("Tháng 7 - tháng 8/2022", "2022-07-01", "2022-08-31")),
 TASK("III.5", T[5], [A("Sở Công Thương")],
      [A("Sở Kế hoạch và Đầu tư"), A("Ban Quản lý Khu kinh tế tỉnh"), A("Hiệp hội Doanh nghiệp tỉnh")],
      TF("2022 - 2025", "2022-01-01", "2025-12-31")),
 TASK("III.6", T[6], [A("Sở Kế hoạch và Đầu tư")],
      [A("Sở Ngoại vụ"), A("Sở Văn hóa, Thể thao và Du lịch")],
      TF("2022 - 2025", "2022-01-01", "2025-12-31")),
 TASK("III.7", T[7], [A("Tỉnh đoàn Bình Phước")], [A("Sở Giáo dục và Đào tạo")],
      TF("Quý IV/2022", "2022-10-01", "2022-12-31")),
 TASK("III.8", T[8], [A("Công an tỉnh")], [TTTT], None),
]

asg = [
 ASG(A("Sở Thông tin và Truyền thông"), "V.1",
     ["Chủ trì, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
      "Tăng cường công tác phối hợp thông tin với các sở, ngành, địa phương và cơ quan báo chí",
      "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông"]),
 ASG(A("Sở Tài chính"), "V.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "V.3",
     ["xây dựng kế hoạch cụ thể và tổ chức thực hiện", "báo cáo kết quả về Sở Thông tin và Truyền thông"],
     note="Heading names two collectives separated by ';' → two assignments with the same duties."),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True), "V.3",
     ["xây dựng kế hoạch cụ thể và tổ chức thực hiện", "báo cáo kết quả về Sở Thông tin và Truyền thông"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "V.4",
     ["Lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"],
     note="'Đề nghị X, Y và Z' → one assignment per body."),
 ASG(A("Hội Liên hiệp Phụ nữ tỉnh"), "V.4",
     ["Lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"]),
 ASG(A("Hội Nông dân tỉnh"), "V.4",
     ["Lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"]),
]

dl = [
 DL("Năm 2022", "period", "III.2", T[2], start="2022-01-01", end="2022-12-31",
    note="Each task's 'Thời gian:' window is also a period deadline of that task (as in the Cà Mau gold)."),
 DL("Tháng 7 - tháng 8/2022", "period", "III.4", T[4], start="2022-07-01", end="2022-08-31"),
 DL("2022 - 2025", "period", "III.5", T[5], start="2022-01-01", end="2025-12-31"),
 DL("2022 - 2025", "period", "III.6", T[6], start="2022-01-01", end="2025-12-31"),
 DL("Quý IV/2022", "period", "III.7", T[7], start="2022-10-01", end="2022-12-31"),
 DL("trước ngày 10/12 hằng năm", "due", "V.1",
    "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="--12-10", rec="yearly"),
 DL("trước ngày 25/11 hằng năm", "due", "V.3", "báo cáo kết quả về Sở Thông tin và Truyền thông",
    due="--11-25", rec="yearly"),
]

budget = {"present": True, "section": "IV",
          "sources": ["state_budget", "unit_budget", "socialization", "other_lawful"],
          "clauses": [
            {"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng "
                     "ghép trong kinh phí chi thường xuyên của các cơ quan, đơn vị và từ nguồn xã hội hóa, các nguồn hợp "
                     "pháp khác", "section": "IV"},
            {"text": "Năm 2022, ngân sách tỉnh bố trí 350 triệu đồng cho Sở Thông tin và Truyền thông", "section": "IV"}],
          "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}]}

areas = [
 AREA("B01", "covered", "II", "Chủ đề ASEAN theo từng năm; kết quả hợp tác ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "missing", note="COVID-19 and recovery are not mentioned anywhere."),
 AREA("B03", "partial", "III.1", "những câu chuyện thực tiễn về lợi ích của hội nhập đối với người dân, doanh nghiệp của tỉnh",
      note="Only as a qualifier of the press task ('trong đó có …'); no own activity, no exemplary people, no ASEAN awards."),
 AREA("B04", "covered", "II", "Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa, lịch sử giữa các quốc gia thành viên; nâng cao cảm nhận thuộc về một cộng đồng chung"),
 AREA("B05", "covered", "III.6", "Sản xuất video, ấn phẩm song ngữ giới thiệu môi trường đầu tư, cơ hội kinh doanh, du lịch của Bình Phước"),
 AREA("B06", "covered", "III.5", "cung cấp thông tin cho doanh nghiệp về các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN, dịch chuyển lao động"),
 AREA("B07", "covered", "III.2", "Xây dựng chuyên mục “Bình Phước với ASEAN” trên Cổng Thông tin điện tử tỉnh"),
 AREA("B08", "covered", "III.4", "Treo cờ ASEAN, pa nô, áp phích, băng rôn"),
 AREA("B09", "missing", note="No training or capacity building for propaganda staff."),
 AREA("B10", "covered", "III.7", "Tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến dành cho học sinh trung học phổ thông và sinh viên"),
 AREA("B11", "partial", "III.6", "sử dụng tại các sự kiện xúc tiến đầu tư của tỉnh",
      note="Investment-promotion events appear only as where the province's video/publications are used; no culture or sports exchange, fair or exhibition. Could be argued missing."),
 AREA("B12", "covered", "III.8", "đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN"),
 AREA("B13", "covered", "V.1", "Tăng cường công tác phối hợp thông tin với các sở, ngành, địa phương và cơ quan báo chí",
      note="Also a requirement in I.2; covered because V.1 gives it to Sở TT&TT as a duty."),
]

checks = [
 ("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget, 350 triệu đồng in 2022)"),
 ("S3", "pass", "section V with 7 assignments"),
 ("S4", "pass", "reports due trước ngày 25/11 (V.3) and trước ngày 10/12 hằng năm (V.1)"),
 ("S5", "pass", "all 8 tasks (III.1-III.8) have a lead"),
 ("S6", "pass", "basis cites 1160/QĐ-TTg"),
]

write_gold(NAME, plan(m, sections, tasks, asg, dl, budget),
           audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021)", "period 2022-2025",
                               "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số; 3 trụ cột"],
                 areas, checks), SRC)
