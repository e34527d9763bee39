import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import *
NAME = "binh-phuoc_1465-KH-SCT_2019_asean-onetable"
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
src = open(os.path.join(HERE, f"{NAME}.source.txt"), encoding="utf-8").read()

QLTM = A("Phòng Quản lý Thương mại")
VPS = A("Văn phòng Sở", note="Office of the Sở Công Thương itself; kept as written.")
KHTC = A("Phòng Kế hoạch - Tài chính - Tổng hợp")
TTKC = A("Trung tâm Khuyến công và Xúc tiến thương mại")
HHDN = A("Hiệp hội Doanh nghiệp tỉnh Bình Phước")
HQ = A("Cục Hải quan tỉnh Bình Phước")

tasks_spec = [
 ("II.1", "Phổ biến các cam kết trong ASEAN về thương mại hàng hóa, dịch vụ và đầu tư", [QLTM], [VPS, HHDN],
  ("Năm 2019 - 2020", "2019-01-01", "2020-12-31"), "Tổ chức phổ biến nội dung Hiệp định Thương mại hàng hóa ASEAN (ATIGA)"),
 ("II.2", "Hội nghị hướng dẫn quy tắc xuất xứ và cơ chế tự chứng nhận xuất xứ", [QLTM], [HQ],
  ("quý IV/2019", "2019-10-01", "2019-12-31"), "tổ chức 01 hội nghị hướng dẫn quy tắc xuất xứ hàng hóa"),
 ("II.3", "Thông tin về thương mại điện tử, Cơ chế hải quan một cửa ASEAN và ASEAN BIS", [KHTC], [],
  ("quý II/2020", "2020-04-01", "2020-06-30"), "biên soạn, cung cấp thông tin về thương mại điện tử"),
 ("II.4", "Chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở", [VPS], [], None, None),
 ("II.5", "Lan tỏa thông tin về ASEAN trên mạng xã hội", [VPS], [], None, None),
 ("II.6", "Đưa doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN", [TTKC], [QLTM, HHDN],
  ("Năm 2020", "2020-01-01", "2020-12-31"), "Tổ chức đoàn doanh nghiệp của tỉnh tham gia hội chợ, triển lãm thương mại tại Campuchia, Lào, Thái Lan"),
 ("II.7", "Hội chợ thương mại biên giới Việt Nam - Campuchia tại huyện Lộc Ninh", [TTKC], [A("Ủy ban nhân dân huyện Lộc Ninh")],
  ("tháng 12/2019", "2019-12-01", "2019-12-31"), "tổ chức Hội chợ thương mại biên giới Việt Nam - Campuchia tại Khu kinh tế cửa khẩu Hoa Lư"),
 ("II.8", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [VPS], [], None, None),
 ("II.9", "Biên soạn, phát hành tài liệu tuyên truyền", [QLTM], [TTKC],
  ("quý I/2020", "2020-01-01", "2020-03-31"), "Biên soạn, in ấn, phát hành 2.000 tờ rơi và 500 cuốn sổ tay hỏi - đáp về Cộng đồng Kinh tế ASEAN"),
 ("II.10", "Nắm bắt dư luận, phản bác thông tin sai trái", [A("Các phòng, đơn vị thuộc Sở", coll=True)], [], None, None),
]
notes = {
 "II.2": "Lead from 'Phòng Quản lý Thương mại chủ trì, phối hợp với …'; the trailing 'Thời gian: quý IV/2019.' is the task's own window (timeframe) and a period deadline.",
 "II.3": "Lead from 'X là đầu mối'.",
 "II.4": "Lead: the agency opening the text as actor ('Văn phòng Sở duy trì …').",
 "II.5": "Lead from 'Giao Văn phòng Sở chủ trì …'.",
 "II.8": "Lead from a trailing parenthesis '(Đơn vị chủ trì: Văn phòng Sở)'.",
 "II.10": "Collective actor opening the text is the lead.",
}
sections = [
 S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
]
tasks, deadlines = [], []
for tid, title, lead, sup, tfr, subj in tasks_spec:
    sections.append(S(tid, tid.split(".")[1] + ".", title, 2))
    t = T(tid, title, lead, sup, TF(*tfr) if tfr else None)
    if tid in notes: t["note"] = notes[tid]
    tasks.append(t)
    if tfr:
        deadlines.append(D(tfr[0], "period", tid, subj, start=tfr[1], end=tfr[2]))
deadlines.insert(3, D("định kỳ hằng tháng", "recurring", "II.4", "cập nhật tin, bài", rec="monthly"))
sections += [
 S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 S("III.1", "1.", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí thường xuyên năm 2019, năm 2020 của Sở Công Thương và nguồn ngân sách tỉnh bố trí cho Chương trình xúc tiến thương mại hằng năm; dự kiến tổng kinh phí là 350 triệu đồng", 2,
   note="Numbered paragraph without a heading: title is its first (only) sentence."),
 S("III.2", "2.", "Trung tâm Khuyến công và Xúc tiến thương mại vận động tài trợ của doanh nghiệp để tổ chức gian hàng, hội chợ theo quy định", 2),
 S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("IV.1", "1.", "Văn phòng Sở", 2),
 S("IV.2", "2.", "Phòng Kế hoạch - Tài chính - Tổng hợp", 2),
 S("IV.3", "3.", "Phòng Quản lý Thương mại, Trung tâm Khuyến công và Xúc tiến thương mại", 2),
 S("IV.4", "4.", "Đề nghị Hiệp hội Doanh nghiệp tỉnh Bình Phước và Cục Hải quan tỉnh Bình Phước", 2),
]
REP = "định kỳ 6 tháng (trước ngày 15/6 và ngày 05/12 hằng năm)"
deadlines += [
 D(REP, "due", "IV.1", "báo cáo Sở Thông tin và Truyền thông", due="--06-15", rec="yearly",
   note="'định kỳ 6 tháng (trước ngày 15/6 và ngày 05/12 hằng năm)': two dated items, each recurring yearly (the pair makes the half-yearly cycle); no separate semiannual 'recurring' item, since the dates already carry it."),
 D(REP, "due", "IV.1", "báo cáo Sở Thông tin và Truyền thông", due="--12-05", rec="yearly"),
 D("trước ngày 15/7 hằng năm", "due", "IV.2", "lập dự toán kinh phí gửi Sở Tài chính", due="--07-15", rec="yearly"),
 D("trước ngày 30/11 hằng năm", "due", "IV.3", "gửi kết quả về Văn phòng Sở", due="--11-30", rec="yearly"),
]
d43 = ["Chủ động triển khai các nhiệm vụ được giao tại Mục II", "gửi kết quả về Văn phòng Sở trước ngày 30/11 hằng năm"]
d44 = ["Phối hợp với Sở Công Thương thông tin đến hội viên, doanh nghiệp về các hoạt động tuyên truyền, quảng bá ASEAN"]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "1465/KH-SCT", "doc_type": "Kế hoạch", "issuer": "Sở Công Thương tỉnh Bình Phước", "province": "Bình Phước",
  "issued": "2019-08-20",
  "title": "Tuyên truyền, quảng bá ASEAN trong lĩnh vực công thương giai đoạn 2019-2020",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "2418/KH-UBND", "type": "Kế hoạch", "date": "2019-08-05"}],
  "signer": {"name": "Lê Văn Thắng", "position": "Phó Giám đốc"},
  "note": "Whole document sits in one borderless one-column table; header is a nested 2-column table in row 1, Nơi nhận/signature a nested 2-column table in the last row. The gold is what the document says, independent of the table wrapper."},
 "sections": sections, "tasks": tasks,
 "assignments": [
  {"agency": VPS, "section": "IV.1", "duties": ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
     "Tổng hợp kết quả, báo cáo Sở Thông tin và Truyền thông định kỳ 6 tháng (trước ngày 15/6 và ngày 05/12 hằng năm)"]},
  {"agency": KHTC, "section": "IV.2", "duties": ["Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch",
     "lập dự toán kinh phí gửi Sở Tài chính trước ngày 15/7 hằng năm"]},
  {"agency": QLTM, "section": "IV.3", "duties": d43},
  {"agency": TTKC, "section": "IV.3", "duties": d43, "note": "Heading names two agencies separated by a comma: one assignment each."},
  {"agency": HHDN, "section": "IV.4", "duties": d44},
  {"agency": HQ, "section": "IV.4", "duties": d44, "note": "'Đề nghị X và Y': one assignment per agency."},
 ],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "III",
  "sources": ["unit_budget", "state_budget", "sponsorship"],
  "clauses": [
   {"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí thường xuyên năm 2019, năm 2020 của Sở Công Thương và nguồn ngân sách tỉnh bố trí cho Chương trình xúc tiến thương mại hằng năm", "section": "III.1"},
   {"text": "Trung tâm Khuyến công và Xúc tiến thương mại vận động tài trợ của doanh nghiệp để tổ chức gian hàng, hội chợ theo quy định", "section": "III.2"}],
  "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}],
  "note": "'kinh phí thường xuyên … của Sở' → unit_budget; 'ngân sách tỉnh … Chương trình xúc tiến thương mại' → state_budget; 'vận động tài trợ của doanh nghiệp' → sponsorship only (not enterprise: it is sponsorship solicited, not a contribution clause). 'hằng năm' in III.1 qualifies the programme and is not a deadline."},
}
areas = [
 AR("A01", "Coordination mechanism across levels and sectors; orienting the press on focal topics", "partial",
    [("IV.1", "Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch")],
    note="Only an internal focal point and a requirement to coordinate; no vertical/horizontal mechanism, no orienting of the press."),
 AR("A02", "Share data and publications with the ASEAN Vietnam portal / national common database", "covered",
    [("II.4", "chia sẻ cơ sở dữ liệu, ấn phẩm với Cổng thông tin ASEAN Việt Nam")]),
 AR("A03", "New media: ASEAN app, Fanpage, livestreams, social networks", "covered",
    [("II.5", "chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên trang mạng xã hội của Sở")]),
 AR("A04", "Integrate ASEAN into talks, meetings, conferences and mass organisations", "partial",
    [("II.2", "tổ chức 01 hội nghị hướng dẫn quy tắc xuất xứ hàng hóa")],
    note="Only a dedicated business conference; no integration into talks/meetings and no mass organisations (as in the Tây Ninh gold, 'conferences only' → partial)."),
 AR("A05", "Train propaganda staff, editors and reporters", "covered",
    [("II.8", "tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương, Bộ Thông tin và Truyền thông tổ chức")]),
 AR("A06", "Business outreach on the economic pillar", "covered",
    [("II.2", "hướng dẫn quy tắc xuất xứ hàng hóa, cơ chế tự chứng nhận xuất xứ trong ATIGA cho doanh nghiệp"),
     ("II.3", "thương mại điện tử, Cơ chế hải quan một cửa ASEAN, Hệ thống thông tin kinh doanh ASEAN (ASEAN BIS)")]),
 AR("A07", "Youth and schools", "missing"),
 AR("A08", "ASEAN Corners", "missing"),
 AR("A09", "Press, broadcasting and portal programmes and columns", "covered",
    [("II.4", "duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở Công Thương")],
    note="A column on the department's own website; no press or broadcasting, but the portal-column part is an own task."),
 AR("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "partial",
    [("II.6", "tham gia hội chợ, triển lãm thương mại tại Campuchia, Lào, Thái Lan")],
    note="Only trade exhibitions (which belong to A11); no cultural exchange or visual propaganda."),
 AR("A11", "Trade, investment and tourism promotion; fairs", "covered",
    [("II.6", "kết hợp quảng bá hình ảnh ASEAN và giới thiệu sản phẩm chủ lực của tỉnh"),
     ("II.7", "tổ chức Hội chợ thương mại biên giới Việt Nam - Campuchia")]),
 AR("A12", "Publications and leaflets with ASEAN content", "covered",
    [("II.9", "Biên soạn, in ấn, phát hành 2.000 tờ rơi và 500 cuốn sổ tay hỏi - đáp về Cộng đồng Kinh tế ASEAN")]),
 AR("A13", "The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries", "partial",
    [("I.1", "nhất là trong năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020")],
    note="Only in the purposes section."),
 AR("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "partial",
    [("II.9", "sổ tay hỏi - đáp về Cộng đồng Kinh tế ASEAN")],
    note="Only the economic community as the topic of a publication; nothing on ASEAN's role, pillars or peoples."),
 AR("A15", "Counter false and distorted information; follow public opinion", "covered",
    [("II.10", "theo dõi, nắm bắt dư luận xã hội về tác động của hội nhập ASEAN đối với sản xuất, kinh doanh")]),
 AR("A16", "Promote the province itself", "covered",
    [("II.7", "dành khu gian hàng quảng bá hạt điều Bình Phước và các đặc sản của tỉnh")]),
]
audit = {"schema": "planparse/audit@1", "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN (26/6/2019)", "period 2019-2020",
   "fingerprints: nắm bắt được cơ hội để phát triển; dòng chảy chính của công tác hội nhập ASEAN; Chủ tịch ASEAN 2020; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section III KINH PHÍ THỰC HIỆN (unit budget, provincial trade-promotion budget, sponsorship; 350 triệu đồng)"},
  {"id": "S3", "status": "pass", "detail": "section IV TỔ CHỨC THỰC HIỆN with 6 assignments"},
  {"id": "S4", "status": "pass", "detail": "IV.1: báo cáo Sở Thông tin và Truyền thông trước ngày 15/6 và ngày 05/12 hằng năm"},
  {"id": "S5", "status": "pass", "detail": "all 10 tasks (II.1–II.10) name a lead"},
  {"id": "S6", "status": "pass", "detail": "basis cites Quyết định 02/QĐ-BCĐASEAN and the provincial plan 2418/KH-UBND"}],
 "summary": summary(areas)}
check(src, plan, audit); check2(plan, audit)
write(os.path.join(OUT, f"{NAME}.plan.json"), plan); write(os.path.join(OUT, f"{NAME}.audit.json"), audit)
print(audit["summary"])
