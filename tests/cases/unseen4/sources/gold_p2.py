import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib_pdf import *
NAME = "quang-ninh_212-KH-UBND_2021_asean-table"
src = open(f"{NAME}.source.txt", encoding="utf-8").read()
rows = [r.split("\t") for r in open("p2.table.tsv", encoding="utf-8").read().strip().split("\n")][1:]
CANON = {"Văn phòng UBND tỉnh": ("Văn phòng Ủy ban nhân dân tỉnh", False),
         "UBND các huyện, thị xã, thành phố": ("Ủy ban nhân dân các huyện, thị xã, thành phố", True),
         "các sở, ban, ngành": ("Các sở, ban, ngành", True)}
def agencies(cell):
    out = []
    for part in [p.strip() for p in cell.split(";") if p.strip()]:
        name, coll = CANON.get(part, (part, False))
        out.append(A(name, part, coll))
    return out
TFS = {"2021 - 2025": ("2021-01-01", "2025-12-31"), "Năm 2022": ("2022-01-01", "2022-12-31"),
       "2022 - 2025": ("2022-01-01", "2025-12-31"), "Quý II/2023": ("2023-04-01", "2023-06-30"),
       "Năm 2023": ("2023-01-01", "2023-12-31"), "Quý IV/2021 - Quý II/2022": ("2021-10-01", "2022-06-30")}
tasks, deadlines, group = [], [], None
for r in rows:
    if r[0] in ("A", "B"): group = r[0]; continue
    tid = f"III.{group}.{r[0]}"; when = r[4]
    tf = TF(when, *TFS[when]) if when in TFS else None
    tasks.append(T(tid, r[1].rstrip("."), agencies(r[2]), agencies(r[3]), tf))
    subj = r[1].split(";")[0].rstrip(".")
    if when in TFS:
        deadlines.append(D(when, "period", tid, subj, start=TFS[when][0], end=TFS[when][1]))
    elif when == "Hằng năm":
        deadlines.append(D(when, "recurring", tid, subj, rec="yearly", note="Time cell 'Hằng năm': yearly recurring, no window."))
    elif when == "Trước 30/6/2023":
        deadlines.append(D(when, "due", tid, subj, due="2023-06-30"))
    else:
        assert when == "Thường xuyên"
deadlines += [
 D("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện", due="--12-15", rec="yearly"),
 D("trước ngày 30/11 hằng năm", "due", "V.4", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly")]
TTTT = A("Sở Thông tin và Truyền thông")
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "212/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Quảng Ninh",
  "province": "Quảng Ninh", "issued": "2021-10-25",
  "title": "Thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025 trên địa bàn tỉnh Quảng Ninh",
  "period": {"start": 2021, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "01/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2021-08-16"}],
  "signer": {"name": "Nguyễn Tường Văn", "position": "Phó Chủ tịch"}},
 "sections": [
  S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
  S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
  S("III", "III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", 1, "tasks", note="Holds the task table; group rows A/B and the header row are not sections."),
  S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  S("V.1", "1.", "Sở Thông tin và Truyền thông", 2), S("V.2", "2.", "Sở Tài chính", 2), S("V.3", "3.", "Sở Ngoại vụ", 2),
  S("V.4", "4.", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", 2)],
 "tasks": tasks,
 "assignments": [
  {"agency": TTTT, "section": "V.1", "duties": ["Là cơ quan đầu mối, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch",
     "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 15/12 hằng năm"]},
  {"agency": A("Sở Tài chính"), "section": "V.2", "duties": ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch theo khả năng cân đối ngân sách"]},
  {"agency": A("Sở Ngoại vụ"), "section": "V.3", "duties": ["Cung cấp thông tin về hoạt động đối ngoại của tỉnh với các nước ASEAN cho các cơ quan báo chí",
     "phối hợp định hướng thông tin về các sự kiện đối ngoại lớn"]},
  {"agency": A("Các sở, ban, ngành", coll=True), "section": "V.4", "duties": ["Căn cứ nhiệm vụ được phân công tại mục III, xây dựng kế hoạch cụ thể và tổ chức thực hiện",
     "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"], "note": "Heading split at ';' into two collectives."},
  {"agency": A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True), "section": "V.4",
   "duties": ["Căn cứ nhiệm vụ được phân công tại mục III, xây dựng kế hoạch cụ thể và tổ chức thực hiện",
     "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]}],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "sponsorship", "other_lawful"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh, được bố trí trong dự toán của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", "section": "IV"},
              {"text": "lồng ghép trong kinh phí thường xuyên của các cơ quan, đơn vị", "section": "IV"},
              {"text": "vận động tài trợ và các nguồn hợp pháp khác theo quy định", "section": "IV"},
              {"text": "bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch theo khả năng cân đối ngân sách", "section": "V.2"}],
  "amounts": []}}
areas = [
 AR("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "covered", [("II", "Chủ đề ASEAN từng năm; kết quả hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam")]),
 AR("B02", "COVID-19 cooperation and recovery", "covered", [("III.B.8", "Tuyên truyền về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội")]),
 AR("B03", "Real-life stories, exemplary people", "covered", [("III.B.7", "Thực hiện loạt phóng sự, bài viết về câu chuyện thực tiễn, nhân vật điển hình")]),
 AR("B04", "Community identity, sense of belonging", "covered", [("II", "Bản sắc Cộng đồng ASEAN, điểm tương đồng văn hóa giữa các nước, nâng cao cảm nhận thuộc về một cộng đồng chung")]),
 AR("B05", "Promote the province to ASEAN", "covered", [("III.B.6", "Xúc tiến đầu tư, quảng bá du lịch Quảng Ninh, Vịnh Hạ Long tại các nước ASEAN")]),
 AR("B06", "New fields", "covered", [("II", "thương mại điện tử, kinh tế số, chuỗi cung ứng giá trị khu vực, dịch chuyển lao động"), ("III.B.2", "cơ chế hải quan một cửa ASEAN và thương mại điện tử cho doanh nghiệp")]),
 AR("B07", "Portals and new media", "covered", [("III.A.2", "Xây dựng chuyên mục ASEAN trên Cổng thông tin điện tử tỉnh"), ("III.A.3", "tuyên truyền trên mạng xã hội và các nền tảng số")]),
 AR("B08", "Visual propaganda, ASEAN flags", "covered", [("III.B.4", "Treo cờ ASEAN, pa nô, áp phích tuyên truyền")]),
 AR("B09", "Training", "covered", [("III.B.1", "Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên")]),
 AR("B10", "Contests and youth", "covered", [("III.B.3", "Tổ chức cuộc thi tìm hiểu về Cộng đồng ASEAN cho học sinh, sinh viên")]),
 AR("B11", "Culture, sports, fairs, exhibitions, promotion", "covered", [("III.B.5", "Tổ chức các hoạt động giao lưu văn hóa, thể thao với các địa phương của các nước ASEAN"), ("III.B.6", "tham gia hội chợ, hội thảo xúc tiến thương mại, du lịch trong khu vực")]),
 AR("B12", "Counter distorted views", "covered", [("III.A.4", "đấu tranh, phản bác các quan điểm sai trái, xuyên tạc chính sách đối ngoại")]),
 AR("B13", "Coordination of information", "partial", [("V.3", "phối hợp định hướng thông tin về các sự kiện đối ngoại lớn")], note="Only one phrase in Sở Ngoại vụ's duties; no coordination mechanism."),
]
audit = {"schema": "planparse/audit@1", "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg and 01/QĐ-BCĐASEAN", "period 2021-2025"]},
 "areas": areas,
 "checks": [{"id": "S1", "status": "pass", "detail": "section I"}, {"id": "S2", "status": "pass", "detail": "section IV"},
  {"id": "S3", "status": "pass", "detail": "section V, 5 assignments"}, {"id": "S4", "status": "pass", "detail": "report before 15/12 yearly (V.1)"},
  {"id": "S5", "status": "pass", "detail": "every table row names a lead"}, {"id": "S6", "status": "pass", "detail": "basis cites 1160/QĐ-TTg"}],
 "summary": summary(areas)}
check(src, plan, audit)
write(f"../{NAME}.plan.json", plan); write(f"../{NAME}.audit.json", audit); print("ok", len(tasks), len(deadlines), audit["summary"])
