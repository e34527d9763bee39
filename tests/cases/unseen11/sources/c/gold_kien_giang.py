import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from extract import text_of

NAME = "kien-giang_giong-rieng_92-KH-UBND_2022_asean-portalbr"
SRC = text_of(STAGE / f"{NAME}.html")
VHTT = lambda: A("Phòng Văn hóa và Thông tin")
TT = lambda: A("Trung tâm Văn hóa - Thể thao và Truyền thanh huyện")
m = meta("92/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Giồng Riềng", "Kiên Giang", "2022-03-15",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Giồng Riềng giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "198/KH-UBND", "type": "Kế hoạch", "date": "2021-10-19"}],
         {"name": "Lâm Văn Khải", "position": "Phó Chủ tịch"})
m["note"] = ("Portal article: the post date 18/03/2022 and the sapo are page furniture; number and date come from the pasted header "
             "(both columns on one line separated by &nbsp; runs), which the sapo confirms.")
T = [
 ("Tuyên truyền Chủ đề ASEAN hằng năm và kết quả hợp tác trên 3 trụ cột", [VHTT()], [TT()], None, None),
 ("Giới thiệu câu chuyện thực tiễn, nhân vật điển hình", [TT()], [], None, None),
 ("Quảng bá tiềm năng, thế mạnh của huyện", [A("Phòng Kinh tế và Hạ tầng")],
  [A("Phòng Nông nghiệp và Phát triển nông thôn"), VHTT()], "2022 - 2025", ("2022-01-01", "2025-12-31")),
 ("Thông tin trên Trang thông tin điện tử và mạng xã hội",
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện")], [], None, None),
 ("Cổ động trực quan", [TT()], [A("Ủy ban nhân dân thị trấn Giồng Riềng")], None, None),
 ("Tổ chức cuộc thi tìm hiểu về ASEAN", [A("Phòng Giáo dục và Đào tạo")], [A("Huyện đoàn")], "năm 2023", ("2023-01-01", "2023-12-31")),
 ("Đấu tranh, phản bác quan điểm sai trái", [A("Công an huyện")], [VHTT()], None, None),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", 1, "content")]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization",
             note="Only '-' bullets that open with the assignee; no numbered sub-sections.")]
secs[0]["note"] = "Headings are plain text lines inside <p> blocks joined by <br>, indented with &nbsp; runs; a <p> block can hold a heading, its sub-heading and bullets."
tasks, dls = [], []
for i, (title, lead, sup, when, tf) in enumerate(T, 1):
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(when, *tf) if tf else None))
    if tf:
        dls.append(DL(when, "period", f"II.{i}", title, start=tf[0], end=tf[1]))
tasks[0]["note"] = "Roles from the closing sentence 'Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với … thực hiện'."
tasks[1]["note"] = "Lead = the agency opening the text as actor; 'Thực hiện định kỳ hằng quý' is a quarterly recurring deadline, not a window."
tasks[3]["note"] = "Lead = the actor opening the text (Văn phòng HĐND và UBND huyện, spelled out)."
dls.insert(0, DL("định kỳ hằng quý", "recurring", "II.2", "xây dựng tin, bài, phóng sự giới thiệu câu chuyện thực tiễn, nhân vật điển hình", rec="quarterly"))
dls += [
 DL("trước ngày 10/12 hằng năm", "due", "IV", "tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện, Sở Thông tin và Truyền thông", due="--12-10", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "IV", "gửi báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin", due="--11-30", rec="yearly"),
]
dmt = ["lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"]
asg = [
 ASG(VHTT(), "IV", ["là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch",
                    "hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện",
                    "tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện, Sở Thông tin và Truyền thông trước ngày 10/12 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV", ["tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các cơ quan, ban, ngành huyện", coll=True), "IV",
     ["căn cứ chức năng, nhiệm vụ, chủ động triển khai các nội dung được giao",
      "gửi báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin trước ngày 30/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "IV",
     ["tuyên truyền về ASEAN trên hệ thống loa truyền thanh cơ sở, bảng tin của xã, thị trấn", "lồng ghép trong các buổi họp ấp, khu phố"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "IV", dmt, note="'Đề nghị X và Y' gives one assignment per body."),
 ASG(A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", coll=True), "IV", dmt),
]
asg[0]["note"] = "Bullets of IV that open with the assignee followed by ':'; the closing paragraph ('các cơ quan, đơn vị kịp thời phản ánh …') is not an assignment."
bud = {"present": True, "section": "III", "sources": ["unit_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên được giao của các cơ quan, đơn vị và nguồn xã hội hóa (nếu có)", "section": "III"}],
       "amounts": []}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("B01", "covered", "II.1", "Tuyên truyền Chủ đề ASEAN theo từng năm, kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam"),
 AREA("B02", "partial", "II.1", "trong đó có hợp tác ứng phó dịch COVID-19 và phục hồi kinh tế",
      note="COVID-19 cooperation only as a sub-topic ('trong đó có …') of II.1."),
 AREA("B03", "covered", "II.2", "xây dựng tin, bài, phóng sự giới thiệu câu chuyện thực tiễn, nhân vật điển hình"),
 AREA("B04", "missing", note="No ASEAN identity, sense of belonging or cultural similarities anywhere."),
 AREA("B05", "covered", "II.3", "Quảng bá hình ảnh, con người, tiềm năng, thế mạnh của huyện Giồng Riềng"),
 AREA("B06", "partial", "II.3", "kết hợp giới thiệu sản phẩm trên các sàn thương mại điện tử",
      note="E-commerce only as a channel inside the promotion task; 'kinh tế số, chuyển đổi số' only in the purposes. No value chains, Single Window or labour mobility."),
 AREA("B07", "covered", "II.4", "duy trì chuyên mục “Giồng Riềng với ASEAN” trên Trang thông tin điện tử huyện; chia sẻ tin, bài về ASEAN trên trang Zalo, Facebook của huyện và các nền tảng số"),
 AREA("B08", "covered", "II.5", "Treo cờ ASEAN, băng rôn, pa nô tại trụ sở các cơ quan, đơn vị"),
 AREA("B09", "missing", note="No training or capacity building for propaganda staff."),
 AREA("B10", "covered", "II.6", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở"),
 AREA("B11", "missing", note="No cultural or sports exchange, fair, exhibition or investment-promotion event; II.3 promotes by information only."),
 AREA("B12", "covered", "II.7", "đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại, hội nhập ASEAN"),
 AREA("B13", "partial", "I.2", "Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, ban, ngành, đoàn thể huyện và Ủy ban nhân dân các xã, thị trấn",
      note="Coordination only as a requirement in section I."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021) and Kiên Giang umbrella plan 198/KH-UBND (19/10/2021)", "period 2022-2025 within 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số; COVID-19"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (regular funds of the units, socialisation)"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 6 assignments"),
                   ("S4", "pass", "IV: báo cáo trước ngày 10/12 hằng năm (Phòng VH&TT) and trước ngày 30/11 hằng năm (cơ quan, ban, ngành)"),
                   ("S5", "pass", "every task II.1-II.7 has a lead (Giao … chủ trì / agency as actor)"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC)
