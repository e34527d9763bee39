import json, re, unicodedata
N = lambda s: unicodedata.normalize("NFC", s)
SRC = N(open("hung-yen.source.txt", encoding="utf-8").read())
FLAT = re.sub(r"\s+", " ", re.sub(r"^[A-Z#]+\|?", "", SRC, flags=re.M).replace("|", " "))
def chk(s):
    assert N(s) in FLAT, s
    return N(s)
def ag(name, text=None, coll=False):
    text = text or name
    chk(text)
    return {"name": name, "text": text, "collective": coll}
def tf(text, a, b): chk(text); return {"text": text, "start": a, "end": b}
def dl(text, kind, sec, subj, due=None, start=None, end=None, rec=None):
    chk(text); return {"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec, "section": sec, "subject": subj}
def sec(i, label, title, level, kind=None):
    d = {"id": i, "label": label, "title": chk(title), "level": level}
    if kind: d["kind"] = kind
    return d
TTTT = ag("Sở Thông tin và Truyền thông")
sections = [
 sec("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 sec("I.1", "1.", "Mục đích", 2), sec("I.2", "2.", "Yêu cầu", 2),
 sec("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
 sec("II.1", "1.", "Tuyên truyền về ASEAN và Cộng đồng ASEAN", 2),
 sec("II.1.1", "1.1.", "Tuyên truyền theo Chủ đề ASEAN hằng năm và các trụ cột hợp tác", 3),
 sec("II.1.2", "1.2.", "Tuyên truyền về hợp tác ASEAN trong phòng, chống dịch COVID-19", 3),
 sec("II.2", "2.", "Quảng bá hình ảnh, tiềm năng của tỉnh Hưng Yên tới các nước ASEAN", 2),
 sec("II.3", "3.", "Thông tin về các lĩnh vực hợp tác kinh tế mới", 2),
 sec("II.4", "4.", "Tuyên truyền trên báo chí, Cổng thông tin điện tử và mạng xã hội", 2),
 sec("II.4.a", "a)", "Báo Hưng Yên, Đài Phát thanh và Truyền hình tỉnh duy trì chuyên trang, chuyên mục về ASEAN; đăng, phát tin, bài, phóng sự, trong đó chú trọng những câu chuyện thực tiễn về người dân, doanh nghiệp hưởng lợi từ hội nhập", 3),
 sec("II.4.b", "b)", "Cổng Thông tin điện tử tỉnh, Trang thông tin điện tử của các sở, ngành, địa phương mở chuyên mục \"Hưng Yên với ASEAN\", cập nhật thông tin thường xuyên", 3),
 sec("II.4.c", "c)", "Đẩy mạnh tuyên truyền trên mạng xã hội và các nền tảng số; chia sẻ tin, bài, video ngắn về ASEAN trên các trang Fanpage của cơ quan nhà nước", 3),
 sec("II.5", "5.", "Tuyên truyền cổ động trực quan nhân Ngày thành lập ASEAN", 2),
 sec("II.6", "6.", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", 2),
 sec("II.7", "7.", "Tổ chức Cuộc thi tìm hiểu về ASEAN trong học sinh", 2),
 sec("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 sec("III.1", "1.", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và được lồng ghép trong kinh phí thường xuyên của các cơ quan, đơn vị; đồng thời huy động nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định", 2),
 sec("III.2", "2.", "Tổng kinh phí dự kiến năm 2022 là 850 triệu đồng", 2),
 sec("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 sec("IV.1", "1.", "Sở Thông tin và Truyền thông", 2),
 sec("IV.2", "2.", "Sở Ngoại vụ", 2),
 sec("IV.3", "3.", "Sở Tài chính", 2),
 sec("IV.4", "4.", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố", 2),
 sec("IV.5", "5.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2),
]
def task(i, title, lead, support, timeframe=None, note=None):
    d = {"id": i, "title": chk(title), "lead": lead, "support": support, "timeframe": timeframe}
    if note: d["note"] = note
    return d
T2225 = lambda: tf("2022 - 2025", "2022-01-01", "2025-12-31")
tasks = [
 task("II.1", "Tuyên truyền về ASEAN và Cộng đồng ASEAN", [], [], note="Parent of numbered sub-tasks 1.1 and 1.2, each with its own lead; no lead of its own."),
 task("II.1.1", "Tuyên truyền theo Chủ đề ASEAN hằng năm và các trụ cột hợp tác", [TTTT],
      [ag("Sở Ngoại vụ"), ag("Báo Hưng Yên"), ag("Đài Phát thanh và Truyền hình tỉnh")], T2225()),
 task("II.1.2", "Tuyên truyền về hợp tác ASEAN trong phòng, chống dịch COVID-19", [ag("Sở Y tế")],
      [TTTT, ag("Trung tâm Kiểm soát bệnh tật tỉnh")], tf("năm 2022", "2022-01-01", "2022-12-31")),
 task("II.2", "Quảng bá hình ảnh, tiềm năng của tỉnh Hưng Yên tới các nước ASEAN", [ag("Sở Ngoại vụ")],
      [ag("Sở Văn hóa, Thể thao và Du lịch"), ag("Sở Kế hoạch và Đầu tư"), ag("Ban Quản lý các khu công nghiệp tỉnh")], T2225()),
 task("II.3", "Thông tin về các lĩnh vực hợp tác kinh tế mới", [ag("Sở Công Thương")], [ag("Hiệp hội Doanh nghiệp tỉnh")],
      note="Lead from the agency opening the sentence ('Sở Công Thương chủ trì, phối hợp với ...')."),
 task("II.4", "Tuyên truyền trên báo chí, Cổng thông tin điện tử và mạng xã hội", [TTTT],
      [ag("Báo Hưng Yên"), ag("Đài Phát thanh và Truyền hình tỉnh"), ag("Văn phòng Ủy ban nhân dân tỉnh")], None,
      note="'Thời gian thực hiện: Thường xuyên' is not a window. Agencies opening the lettered items a)/b) are not listed (they are the subject of the items, the task has explicit role lines)."),
 task("II.5", "Tuyên truyền cổ động trực quan nhân Ngày thành lập ASEAN", [ag("Sở Văn hóa, Thể thao và Du lịch")],
      [ag("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], tf("Quý III/2022", "2022-07-01", "2022-09-30")),
 task("II.6", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [TTTT], [ag("Ban Tuyên giáo Tỉnh ủy")],
      tf("2023 - 2024", "2023-01-01", "2024-12-31")),
 task("II.7", "Tổ chức Cuộc thi tìm hiểu về ASEAN trong học sinh", [ag("Sở Giáo dục và Đào tạo")], [ag("Tỉnh đoàn Hưng Yên")], None,
      note="'hoàn thành trước ngày 30/11/2023' is a due date, not a timeframe."),
 task("PL.1", "Sản xuất, phát sóng 12 số chuyên mục \"Hưng Yên - ASEAN\" trên sóng truyền hình tỉnh",
      [ag("Đài Phát thanh và Truyền hình tỉnh")], [TTTT], tf("Tháng 12/2022", "2022-12-01", "2022-12-31"),
      note="Annex is an independent list (key activities of 2022); no row repeats the body task with the same number, so all rows are PL. tasks."),
 task("PL.2", "Biên soạn, in ấn và phát hành tờ gấp giới thiệu về Cộng đồng ASEAN", [TTTT], [ag("Sở Ngoại vụ")],
      tf("Quý III/2022", "2022-07-01", "2022-09-30")),
 task("PL.3", "Xây dựng video clip giới thiệu du lịch Hưng Yên có phụ đề tiếng Anh", [ag("Sở Văn hóa, Thể thao và Du lịch")],
      [ag("Sở Ngoại vụ")], None, note="'Thời gian hoàn thành: 30/9/2022' is a due date, not a window."),
 task("PL.4", "Treo cờ ASEAN, băng rôn tại trụ sở các cơ quan nhân Ngày thành lập ASEAN",
      [ag("Ủy ban nhân dân thành phố Hưng Yên")], [ag("Sở Văn hóa, Thể thao và Du lịch")], tf("Tháng 8/2022", "2022-08-01", "2022-08-31"),
      note="Same activity as body task 5 but STT 4: the STT does not match, so it is a PL. task of its own."),
 task("PL.5", "Cập nhật tin, bài về ASEAN trên Cổng Thông tin điện tử tỉnh", [ag("Văn phòng Ủy ban nhân dân tỉnh")],
      [ag("Các sở, ban, ngành tỉnh", coll=True)], None),
]
assignments = [
 {"agency": TTTT, "section": "IV.1", "duties": [chk("Là cơ quan đầu mối, chủ trì hướng dẫn, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch này"),
   chk("Tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, các tổ chức chính trị - xã hội và các cơ quan báo chí trên địa bàn tỉnh"),
   chk("Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 10/12 hằng năm")]},
 {"agency": ag("Sở Ngoại vụ"), "section": "IV.2", "duties": [chk("Cung cấp thông tin về hoạt động đối ngoại của tỉnh với các nước ASEAN cho các cơ quan báo chí"),
   chk("Phối hợp với Sở Thông tin và Truyền thông thẩm định nội dung các ấn phẩm đối ngoại")]},
 {"agency": ag("Sở Tài chính"), "section": "IV.3", "duties": [chk("Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách và quy định hiện hành")]},
 {"agency": ag("Các sở, ban, ngành tỉnh", coll=True), "section": "IV.4", "duties": [chk("xây dựng kế hoạch tuyên truyền về ASEAN hằng năm phù hợp với tình hình thực tế"), chk("Báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp")]},
 {"agency": ag("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True), "section": "IV.4", "duties": [chk("xây dựng kế hoạch tuyên truyền về ASEAN hằng năm phù hợp với tình hình thực tế"), chk("Báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp")]},
 {"agency": ag("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "section": "IV.5", "duties": [chk("Lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt đoàn viên, hội viên")]},
 {"agency": ag("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "section": "IV.5", "duties": [chk("Lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt đoàn viên, hội viên")]},
]
deadlines = [
 dl("2022 - 2025", "period", "II.1.1", "Tuyên truyền theo Chủ đề ASEAN hằng năm", start="2022-01-01", end="2025-12-31"),
 dl("năm 2022", "period", "II.1.2", "Tuyên truyền về hợp tác ASEAN trong phòng, chống dịch COVID-19", start="2022-01-01", end="2022-12-31"),
 dl("2022 - 2025", "period", "II.2", "Quảng bá hình ảnh, tiềm năng của tỉnh Hưng Yên", start="2022-01-01", end="2025-12-31"),
 dl("Quý III/2022", "period", "II.5", "Tuyên truyền cổ động trực quan", start="2022-07-01", end="2022-09-30"),
 dl("2023 - 2024", "period", "II.6", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2023-01-01", end="2024-12-31"),
 dl("trước ngày 30/11/2023", "due", "II.7", "tổ chức Cuộc thi tìm hiểu về ASEAN", due="2023-11-30"),
 dl("trước ngày 15/7", "due", "III.2", "lập dự toán kinh phí thực hiện gửi Sở Tài chính", due="--07-15", rec="yearly"),
 dl("trước ngày 10/12 hằng năm", "due", "IV.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="--12-10", rec="yearly"),
 dl("hằng năm", "recurring", "IV.4", "xây dựng kế hoạch tuyên truyền về ASEAN", rec="yearly"),
 dl("trước ngày 30/11 hằng năm", "due", "IV.4", "Báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
 dl("Tháng 12/2022", "period", "PL.1", "chuyên mục \"Hưng Yên - ASEAN\"", start="2022-12-01", end="2022-12-31"),
 dl("Quý III/2022", "period", "PL.2", "tờ gấp giới thiệu về Cộng đồng ASEAN", start="2022-07-01", end="2022-09-30"),
 dl("30/9/2022", "due", "PL.3", "video clip giới thiệu du lịch Hưng Yên", due="2022-09-30"),
 dl("Tháng 8/2022", "period", "PL.4", "Treo cờ ASEAN, băng rôn", start="2022-08-01", end="2022-08-31"),
]
deadlines[6]["note"] = "'Hằng năm, … trước ngày 15/7' is one obligation with a yearly date: one due item."
deadlines[8]["note"] = "'xây dựng kế hoạch … hằng năm' is an obligation repeated yearly without a date (convention: recurring/yearly)."
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "185/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Hưng Yên", "province": "Hưng Yên",
  "issued": "2022-03-09", "title": chk("Thông tin, tuyên truyền về ASEAN giai đoạn 2022-2025 trên địa bàn tỉnh Hưng Yên"),
  "period": {"start": 2022, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "512/BTTTT-TTĐN", "type": "Công văn", "date": "2022-02-18"}],
  "signer": {"name": "Nguyễn Hùng Nam", "position": "Phó Chủ tịch"}},
 "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines,
 "budget": {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "socialization", "other_lawful"],
  "clauses": [{"text": chk("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và được lồng ghép trong kinh phí thường xuyên của các cơ quan, đơn vị; đồng thời huy động nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định"), "section": "III.1"}],
  "amounts": [{"text": "850 triệu đồng", "vnd": 850000000}, {"text": "120 triệu đồng", "vnd": 120000000}, {"text": "80 triệu đồng", "vnd": 80000000}],
  "note": "Annex Kinh phí cells 'Kinh phí thường xuyên', 'Lồng ghép', 'Xã hội hóa' add no new source; annex amounts are counted."}}
def area(i, title, status, secid=None, text=None, note=None):
    d = {"id": i, "title": title, "status": status}
    if status != "missing": d["evidence"] = [{"section": secid, "text": chk(text)}]
    if note: d["note"] = note
    return d
areas = [
 area("B01", "Annual ASEAN theme; all three pillars; Vietnam's contribution", "covered", "II.1.1", "Bám sát Chủ đề ASEAN theo từng năm, thông tin đầy đủ về hoạt động hợp tác của ASEAN trên cả 3 trụ cột: Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "covered", "II.1.2", "Thông tin về các sáng kiến hợp tác của ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế sau đại dịch"),
 area("B03", "Real-life stories, exemplary people, ASEAN awards", "partial", "II.4.a", "trong đó chú trọng những câu chuyện thực tiễn về người dân, doanh nghiệp hưởng lợi từ hội nhập", "Only a qualifier ('trong đó chú trọng') inside the press item; no awards, no own task."),
 area("B04", "ASEAN Community identity and sense of belonging", "missing", note="Nothing on identity, belonging or cultural similarities."),
 area("B05", "Promote the province to ASEAN members and partners", "covered", "II.2", "Giới thiệu con người, văn hóa, di tích Phố Hiến, các sản phẩm đặc trưng như nhãn lồng, cơ hội kinh doanh, đầu tư, du lịch của tỉnh Hưng Yên tới các nước thành viên ASEAN và các đối tác"),
 area("B06", "New fields: e-commerce, value chains, Single Window, labour mobility, digital economy", "covered", "II.3", "cung cấp thông tin cho doanh nghiệp, hợp tác xã về thương mại điện tử, kinh tế số, chuyển đổi số, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN"),
 area("B07", "Portals and new media", "covered", "II.4.c", "Đẩy mạnh tuyên truyền trên mạng xã hội và các nền tảng số"),
 area("B08", "Visual propaganda on ASEAN days", "covered", "II.5", "Treo cờ ASEAN, pa nô, áp phích, băng rôn và màn hình LED tại trụ sở cơ quan"),
 area("B09", "Training and capacity building for propaganda staff", "covered", "II.6", "Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ cán bộ làm công tác thông tin đối ngoại"),
 area("B10", "Contests and youth activities on ASEAN", "covered", "II.7", "tổ chức Cuộc thi tìm hiểu về ASEAN dành cho học sinh trung học phổ thông"),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion events", "partial", "II.2", "lồng ghép giới thiệu tại các hội nghị xúc tiến đầu tư của tỉnh", "Only a trailing phrase in the promotion task (and 'tham gia các hoạt động giao lưu' in IV.5); no fair, exhibition or exchange event is organised."),
 area("B12", "Counter distorted views", "partial", "I.2", "góp phần đấu tranh, phản bác các quan điểm sai trái về chính sách đối ngoại của Đảng và Nhà nước", "Only in the requirements (purposes section)."),
 area("B13", "Coordination among departments, localities, organisations and media", "covered", "IV.1", "Tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, các tổ chức chính trị - xã hội và các cơ quan báo chí trên địa bàn tỉnh", "Own duty bullet of Sở TT&TT."),
]
c = sum(a["status"] == "covered" for a in areas); p = sum(a["status"] == "partial" for a in areas); m = len(areas) - c - p
audit = {"schema": "planparse/audit@1",
 "reference": {"id": "asean-2021-2025", "number": "1160/QĐ-TTg", "title": "Government action programme on ASEAN propaganda to 2025, vision 2030 (reconstructed reference)"},
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2022-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số, chuyển đổi số"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section III KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "section IV TỔ CHỨC THỰC HIỆN with 7 assignments"},
  {"id": "S4", "status": "pass", "detail": "IV.1 báo cáo … trước ngày 10/12 hằng năm; IV.4 trước ngày 30/11 hằng năm"},
  {"id": "S5", "status": "pass", "detail": "II.1 has no lead of its own but both numbered sub-tasks II.1.1 and II.1.2 have one; all other tasks (incl. PL.1-PL.5) have a lead"},
  {"id": "S6", "status": "pass", "detail": "basis cites 1160/QĐ-TTg"}],
 "summary": {"covered": c, "partial": p, "missing": m, "coverage": round((c + 0.5 * p) / len(areas), 2)}}
name = "hung-yen_185-KH-UBND_2022_asean"
for suf, obj in (("plan", plan), ("audit", audit)):
    open(f"../{name}.{suf}.json", "w", encoding="utf-8").write(json.dumps(obj, ensure_ascii=False, indent=1))
print(c, p, m, len(sections), len(tasks), len(assignments), len(deadlines))
