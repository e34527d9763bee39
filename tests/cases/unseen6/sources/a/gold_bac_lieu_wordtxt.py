import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "bac-lieu_hong-dan_356-KH-UBND_2021_asean-wordtxt"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
VHTT = lambda: A("Phòng Văn hóa và Thông tin")
TT = lambda: A("Trung tâm Văn hóa, Thể thao và Truyền thông huyện")
KTHT = lambda: A("Phòng Kinh tế và Hạ tầng")
NN = lambda: A("Phòng Nông nghiệp và Phát triển nông thôn")

m = meta("356/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Hồng Dân", "Bạc Liêu", "2021-11-08",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Hồng Dân giai đoạn 2021 - 2025",
         {"start": 2021, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "98/KH-UBND", "type": "Kế hoạch", "date": "2021-10-15"}],
         {"name": "Huỳnh Chí Nguyện", "position": "Chủ tịch"})

R = [  # id, title (Nhiệm vụ cell), lead, support, Thời gian cell, timeframe
 (1, "Tuyên truyền về Chủ đề ASEAN hằng năm, các hoạt động trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội", [VHTT()], [TT()], "Hằng năm", None),
 (2, "Thông tin về hợp tác ASEAN ứng phó dịch COVID-19 và phục hồi kinh tế sau đại dịch", [TT()], [A("Trung tâm Y tế huyện")], "Năm 2022", ("2022-01-01", "2022-12-31")),
 (3, "Xây dựng chuyên mục \"Hồng Dân hội nhập\" trên Trang thông tin điện tử huyện và trang mạng xã hội của huyện",
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VHTT()], "Quý I/2022", ("2022-01-01", "2022-03-31")),
 (4, "Phổ biến kiến thức về thương mại điện tử, kinh tế số, chuyển đổi số cho hộ kinh doanh, hợp tác xã lúa - tôm", [KTHT()],
  [NN(), A("Hội Nông dân huyện")], "Trước ngày 30/9 hằng năm", None),
 (5, "Giới thiệu tiềm năng, thế mạnh, sản phẩm OCOP, lúa Một bụi đỏ và du lịch sinh thái của huyện tới doanh nghiệp, du khách các nước ASEAN",
  [VHTT()], [NN(), KTHT()], "2021 - 2025", ("2021-01-01", "2025-12-31")),
 (6, "Sưu tầm, giới thiệu câu chuyện thực tiễn, gương điển hình người dân, doanh nghiệp được hưởng lợi từ hợp tác ASEAN", [TT()],
  [A("Ủy ban nhân dân các xã, thị trấn", coll=True)], "Hằng năm", None),
 (7, "Trang trí, treo cờ ASEAN, pa nô, băng rôn nhân kỷ niệm Ngày thành lập ASEAN 08/8", [TT()], [A("Ủy ban nhân dân thị trấn Ngan Dừa")], "Tháng 8 hằng năm", None),
 (8, "Cử công chức văn hóa - thông tin tham gia tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức", [A("Phòng Nội vụ")], [VHTT()], None, None),
 (9, "Tổ chức cho học sinh tham gia cuộc thi tìm hiểu về ASEAN; lồng ghép nội dung ASEAN trong hoạt động ngoại khóa", [A("Phòng Giáo dục và Đào tạo")],
  [A("Huyện đoàn Hồng Dân")], "Quý II/2023", ("2023-04-01", "2023-06-30")),
 (10, "Phản bác thông tin sai trái, xuyên tạc về chủ trương hội nhập quốc tế của Đảng, Nhà nước trên không gian mạng", [A("Công an huyện")],
  [A("Ban Tuyên giáo Huyện ủy"), VHTT()], None, None),
 (11, "Tham gia hội chợ thương mại, giao lưu văn hóa, thể thao với các nước ASEAN do tỉnh tổ chức", [KTHT()], [VHTT()], "Hằng năm", None),
]
tasks = []
dls = []
for n, title, lead, sup, when, tf in R:
    tid = f"II.{n}"
    tasks.append(TASK(tid, title, lead, sup, TF(when, *tf) if tf else None))
    if tf:
        dls.append(DL(when, "period", tid, title, start=tf[0], end=tf[1]))
    elif when == "Hằng năm":
        dls.append(DL(when, "recurring", tid, title, rec="yearly"))
    elif when == "Trước ngày 30/9 hằng năm":
        dls.append(DL(when, "due", tid, title, due="--09-30", rec="yearly"))
    elif when == "Tháng 8 hằng năm":
        dls.append(DL(when, "recurring", tid, title, rec="yearly",
                      note="A yearly month window (August every year): no single date, recorded as a yearly recurring item."))
tasks[0]["note"] = "Rows of the body task table (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm) under Phần II: ids II.<STT>; title = Nhiệm vụ cell; timeframe from the 'Thời gian hoàn thành' cell when it is a window."
tasks[7]["note"] = "'Theo kế hoạch của tỉnh' is no time constraint: no timeframe, no deadline."
tasks[9]["note"] = "'Thường xuyên' is not a deadline."
dls += [
 DL("trước ngày mười lăm tháng Mười Hai hằng năm", "due", "IV.1", "báo cáo Ủy ban nhân dân huyện, Sở Thông tin và Truyền thông", due="--12-15", rec="yearly",
    note="Date written in words."),
 DL("trước ngày 31/10 hằng năm", "due", "IV.2", "bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách", due="--10-31", rec="yearly"),
 DL("trước ngày 30 tháng 11 hằng năm", "due", "IV.3", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin", due="--11-30", rec="yearly"),
]

secs = [SEC("I", "Phần I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "Phần II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
        SEC("III", "Phần III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("IV", "Phần IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin", 2),
        SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
        SEC("IV.3", "3.", "Các cơ quan, ban, ngành huyện", 2),
        SEC("IV.4", "4.", "Ủy ban nhân dân các xã, thị trấn", 2)]
secs[1]["note"] = "Word auto-numbers exported by 'Save as Plain Text' as '1.<TAB>title'."

asg = [
 ASG(VHTT(), "IV.1", ["Là cơ quan thường trực giúp Ủy ban nhân dân huyện theo dõi, hướng dẫn thực hiện Kế hoạch",
                      "tăng cường công tác phối hợp thông tin giữa các cơ quan, ban, ngành, đoàn thể huyện và Ủy ban nhân dân các xã, thị trấn",
                      "Tổng hợp, báo cáo Ủy ban nhân dân huyện, Sở Thông tin và Truyền thông trước ngày mười lăm tháng Mười Hai hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV.2", ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách",
                                              "trình trước ngày 31/10 hằng năm"]),
 ASG(A("Các cơ quan, ban, ngành huyện", coll=True), "IV.3",
     ["Căn cứ nhiệm vụ được phân công, xây dựng kế hoạch chi tiết và tổ chức thực hiện",
      "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 30 tháng 11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "IV.4",
     ["Chỉ đạo Đài truyền thanh xã, thị trấn tiếp sóng, phát lại các chương trình về ASEAN",
      "lồng ghép tuyên truyền trong các buổi sinh hoạt khóm, ấp"]),
]
budget = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "socialization", "enterprise"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành; các cơ quan, đơn vị chủ động sử dụng kinh phí thường xuyên được giao để thực hiện nhiệm vụ; kết hợp huy động nguồn xã hội hóa và đóng góp của doanh nghiệp", "section": "III"},
                      {"text": "Năm 2022, ngân sách huyện bố trí 120.000.000 đồng cho Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "section": "III"}],
          "amounts": [{"text": "120.000.000 đồng", "vnd": 120000000}]}

areas = [
 AREA("B01", "covered", "II.1", "Tuyên truyền về Chủ đề ASEAN hằng năm, các hoạt động trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "covered", "II.2", "Thông tin về hợp tác ASEAN ứng phó dịch COVID-19 và phục hồi kinh tế sau đại dịch"),
 AREA("B03", "covered", "II.6", "Sưu tầm, giới thiệu câu chuyện thực tiễn, gương điển hình người dân, doanh nghiệp được hưởng lợi từ hợp tác ASEAN"),
 AREA("B04", "partial", "I.1", "từng bước hình thành ý thức về bản sắc Cộng đồng ASEAN", note="Purposes only."),
 AREA("B05", "covered", "II.5", "Giới thiệu tiềm năng, thế mạnh, sản phẩm OCOP, lúa Một bụi đỏ và du lịch sinh thái của huyện tới doanh nghiệp, du khách các nước ASEAN"),
 AREA("B06", "covered", "II.4", "Phổ biến kiến thức về thương mại điện tử, kinh tế số, chuyển đổi số"),
 AREA("B07", "covered", "II.3", "Xây dựng chuyên mục \"Hồng Dân hội nhập\" trên Trang thông tin điện tử huyện và trang mạng xã hội của huyện"),
 AREA("B08", "covered", "II.7", "Trang trí, treo cờ ASEAN, pa nô, băng rôn nhân kỷ niệm Ngày thành lập ASEAN 08/8"),
 AREA("B09", "covered", "II.8", "tham gia tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức",
      note="The district sends staff to provincial training rather than organising it; an own task row, so covered."),
 AREA("B10", "covered", "II.9", "Tổ chức cho học sinh tham gia cuộc thi tìm hiểu về ASEAN"),
 AREA("B11", "covered", "II.11", "Tham gia hội chợ thương mại, giao lưu văn hóa, thể thao với các nước ASEAN do tỉnh tổ chức"),
 AREA("B12", "covered", "II.10", "Phản bác thông tin sai trái, xuyên tạc về chủ trương hội nhập quốc tế của Đảng, Nhà nước trên không gian mạng"),
 AREA("B13", "covered", "IV.1", "tăng cường công tác phối hợp thông tin giữa các cơ quan, ban, ngành, đoàn thể huyện và Ủy ban nhân dân các xã, thị trấn",
      note="An assigned duty of the standing office (own verb), not only a requirement: covered."),
]
a = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021)", "period 2021-2025",
                        "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; COVID-19; kinh tế số, chuyển đổi số; 3 trụ cột"],
          areas,
          [("S1", "pass", "Phần I MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "Phần III KINH PHÍ THỰC HIỆN"),
           ("S3", "pass", "Phần IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
           ("S4", "pass", "IV.1: báo cáo UBND huyện, Sở TT&TT trước ngày mười lăm tháng Mười Hai hằng năm"),
           ("S5", "pass", "every table row II.1-II.11 has a Cơ quan chủ trì"),
           ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")])
write_gold(NAME, plan(m, secs, tasks, asg, dls, budget), a, SRC)
