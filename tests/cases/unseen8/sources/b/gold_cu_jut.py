"""Gold for dak-nong_cu-jut_95-KH-UBND_2023_asean-email (values typed by hand from the document)."""
import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from common import *

NAME = "dak-nong_cu-jut_95-KH-UBND_2023_asean-email"
TTVH = lambda: A("Trung tâm Văn hóa - Thể thao và Truyền thông huyện")
VHTT = lambda: A("Phòng Văn hóa và Thông tin")
meta = {"number": "95/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Cư Jút", "province": "Đắk Nông",
        "issued": "2023-03-16", "title": "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Cư Jút năm 2023",
        "period": {"start": 2023, "end": 2023},
        "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
                  {"number": "118/KH-UBND", "type": "Kế hoạch", "date": "2023-02-28"}],
        "signer": {"name": "Lê Thị Mỹ Hạnh", "position": "Phó Chủ tịch"},
        "note": "Email body: the clerk's covering lines ('Kính gửi …', 'Văn phòng HĐND và UBND huyện gửi …') and the email signature (Nguyễn Thị Thu Trang, Văn phòng HĐND và UBND huyện) are not the plan: the sender office is not the issuer and the clerk is not the signer. Header columns flattened with tabs; province from the basis ('UBND tỉnh Đắk Nông')."}
t = {1: "Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện",
     2: "Tuyên truyền cổ động trực quan nhân kỷ niệm 56 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2023)",
     3: "Thông tin cho doanh nghiệp, hợp tác xã về thương mại điện tử và thị trường ASEAN",
     4: "Tuyên truyền trong đoàn viên, thanh niên và học sinh",
     5: "Cử cán bộ tham gia tập huấn kỹ năng tuyên truyền về ASEAN",
     6: "Giới thiệu tiềm năng du lịch, sản phẩm đặc trưng của huyện",
     7: "Nắm bắt dư luận, phản bác thông tin sai trái"}
BUD = "Kinh phí thực hiện từ nguồn ngân sách huyện đã bố trí trong dự toán năm 2023 của các cơ quan, đơn vị và lồng ghép trong kinh phí thường xuyên của đơn vị"
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
            S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"), S("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
sections += [S(f"III.{k}", f"{k}.", v, 2) for k, v in t.items()]
sections += [S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"), S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
             S("V.1", "1.", "Phòng Văn hóa và Thông tin", 2), S("V.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
             S("V.3", "3.", "Các cơ quan, đơn vị được giao nhiệm vụ tại Mục III", 2), S("V.4", "4.", "UBND các xã, thị trấn", 2),
             S("V.5", "5.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", 2)]
tasks = [
 T("III.1", t[1], [TTVH()], [VHTT()], None, "Title wraps onto a second line ('huyện'); 'Thời gian: Thường xuyên' is not a window."),
 T("III.2", t[2], [TTVH()], [A("Ủy ban nhân dân thị trấn Ea T'ling", "UBND thị trấn Ea T'ling")], TF("Từ ngày 01/8/2023 đến ngày 15/8/2023", "2023-08-01", "2023-08-15"),
   "'(08/8/1967 - 08/8/2023)' in the title narrates the anniversary; not a deadline."),
 T("III.3", t[3], [A("Phòng Kinh tế và Hạ tầng")], [A("Phòng Nông nghiệp và Phát triển nông thôn"), A("Hội Doanh nghiệp huyện")], TF("Quý III/2023", "2023-07-01", "2023-09-30")),
 T("III.4", t[4], [A("Huyện đoàn Cư Jút")], [A("Phòng Giáo dục và Đào tạo")], TF("Quý II/2023", "2023-04-01", "2023-06-30"),
   "'Tỉnh đoàn Đắk Nông' organises the contest but has no role in this plan's task."),
 T("III.5", t[5], [VHTT()], [A("Phòng Nội vụ")], None, "'Theo kế hoạch của Sở Thông tin và Truyền thông' is not a window."),
 T("III.6", t[6], [VHTT()], [TTVH()], TF("Năm 2023", "2023-01-01", "2023-12-31")),
 T("III.7", t[7], [A("Công an huyện")], [VHTT()], None),
]
assignments = [
 ASG(VHTT(), "V.1", ["Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                     "tổng hợp, tham mưu UBND huyện báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11/2023"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ tại Mục III", coll=True), "V.3",
     ["Xây dựng kế hoạch cụ thể, tổ chức thực hiện", "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 20/11/2023"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True), "V.4",
     ["Tuyên truyền về ASEAN trên hệ thống đài truyền thanh cơ sở", "phối hợp treo cờ, băng rôn nhân Ngày thành lập ASEAN"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "V.5", ["Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị của hội viên, đoàn viên"]),
 ASG(A("Các tổ chức chính trị - xã hội huyện", "các tổ chức chính trị - xã hội huyện", True), "V.5",
     ["Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị của hội viên, đoàn viên"]),
]
deadlines = [
 D("Từ ngày 01/8/2023 đến ngày 15/8/2023", "period", "III.2", "Treo cờ ASEAN, băng rôn, pa nô", start="2023-08-01", end="2023-08-15"),
 D("Quý III/2023", "period", "III.3", "Tổ chức hội nghị cung cấp thông tin về thương mại điện tử, chuyển đổi số", start="2023-07-01", end="2023-09-30"),
 D("Quý II/2023", "period", "III.4", "Phát động đoàn viên, thanh niên, học sinh trung học cơ sở tham gia Cuộc thi trực tuyến tìm hiểu về ASEAN", start="2023-04-01", end="2023-06-30"),
 D("Năm 2023", "period", "III.6", "Biên tập video clip, ảnh giới thiệu thác Trinh Nữ", start="2023-01-01", end="2023-12-31"),
 D("trước ngày 30/11/2023", "due", "V.1", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="2023-11-30"),
 D("trước ngày 20/11/2023", "due", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="2023-11-20"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
          "clauses": [{"text": BUD, "section": "IV"}], "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
        "note": "Hard-wrapped at 72 columns mid-sentence (CRLF); Word list numbers pasted as '1.<TAB>'. '- Chủ trì:/- Phối hợp:/- Thời gian:' are field lines of the task, not sections. 'dự toán năm 2023' in IV dates the budget, not an obligation."}
areas = [
 area("B01", "Annual ASEAN theme; three pillars", "covered",
      [("II", "Chủ đề Năm ASEAN 2023 \"ASEAN tầm vóc: Tâm điểm tăng trưởng\"; các hoạt động của ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội")]),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "partial",
      [("II", "phục hồi kinh tế sau đại dịch COVID-19")], note="Only a qualifier inside the bullet on Vietnam's contributions."),
 area("B03", "Real-life stories, exemplary people, ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and sense of belonging", "missing"),
 area("B05", "Promote the district to ASEAN members and partners", "covered",
      [("III.6", "đăng tải trên Trang thông tin điện tử huyện và mạng xã hội để quảng bá tới du khách các nước ASEAN")]),
 area("B06", "New fields: e-commerce, digital transformation", "covered",
      [("III.3", "Tổ chức hội nghị cung cấp thông tin về thương mại điện tử, chuyển đổi số, quy định về truy xuất nguồn gốc và cơ hội xuất khẩu nông sản sang các nước ASEAN")]),
 area("B07", "Portals and new media", "covered",
      [("III.1", "đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện và trang Facebook \"Cư Jút ngày nay\"")]),
 area("B08", "Visual propaganda on ASEAN days", "covered", [("III.2", "Treo cờ ASEAN, băng rôn, pa nô tại trụ sở các cơ quan")]),
 area("B09", "Training and capacity building for propaganda staff", "covered",
      [("III.5", "tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Sở Thông tin và Truyền thông tổ chức")],
      note="The district sends staff to the province's course rather than organising one (as in Kiên Giang B09)."),
 area("B10", "Contests and youth activities on ASEAN", "covered",
      [("III.4", "Phát động đoàn viên, thanh niên, học sinh trung học cơ sở tham gia Cuộc thi trực tuyến tìm hiểu về ASEAN")]),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion events", "missing",
      note="No event, fair or exhibition; the online tourism clips of III.6 are counted under B05 only."),
 area("B12", "Counter distorted views", "covered",
      [("III.7", "kịp thời phát hiện, phản bác các thông tin sai trái, xuyên tạc về chủ trương hội nhập quốc tế và quan hệ Việt Nam - ASEAN trên không gian mạng")]),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
      [("I.2", "tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị, địa phương")], note="Only as a requirement in section I."),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          chk("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (ngân sách huyện; kinh phí thường xuyên)"),
          chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
          chk("S4", "pass", "reports due 'trước ngày 30/11/2023' (V.1) and 'trước ngày 20/11/2023' (V.3)"),
          chk("S5", "pass", "every task III.1-III.7 has a lead ('- Chủ trì:')"),
          chk("S6", "pass", "basis cites 1160/QĐ-TTg (and provincial plan 118/KH-UBND)")]
ok = write(NAME, "txt", plan, areas, checks, "asean-2021-2025",
           {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2023 (within 2021-2025)", "fingerprints: 3 trụ cột; COVID-19; chuyển đổi số"]})
sys.exit(0 if ok else 1)
