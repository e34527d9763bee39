"""Hand gold for cao-bang_2316-KH-UBND_2019_asean-crossref (every value typed by the annotator)."""
from common import *
N = 'cao-bang_2316-KH-UBND_2019_asean-crossref'
import re
src = {m.group(1): m.group(2) for m in (re.match(r'^(\d+)\. (.*)$', l) for l in (STAGE / 'sources' / f'{N}.source.txt').read_text().splitlines()) if m}
title = {k: v.rstrip('.') for k, v in src.items()}   # each task paragraph is one sentence: title = the paragraph (trailing '.' dropped)
meta = {"number": "2316/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Cao Bằng", "province": "Cao Bằng",
 "issued": "2019-08-27", "title": "Tuyên truyền, quảng bá về ASEAN trên địa bàn tỉnh Cao Bằng giai đoạn 2019 - 2020",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
           {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
 "signer": {"name": "Hoàng Văn Thạch", "position": "Phó Chủ tịch"}}
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG, NHIỆM VỤ", 1, "content", note="'Nội dung, nhiệm vụ': content or tasks; content chosen (first word). Either kind makes items 1-10 tasks.")]
sections += [S(f"II.{k}", f"{k}.", title[str(k)], 2) for k in range(1, 11)]
sections += [S("III", "III.", "PHÂN CÔNG THỰC HIỆN", 1, "organization",
   note="Holds only the cross-reference table; its rows are not tasks (they carry no task content, only task numbers) and not sections. kind 'organization' (division of implementation); 'tasks' is arguable."),
 S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("V.1", "1.", "Sở Thông tin và Truyền thông", 2), S("V.2", "2.", "Sở Tài chính", 2),
 S("V.3", "3.", "Các sở, ban, ngành, UBND các huyện, thành phố", 2)]
TT = A("Sở Thông tin và Truyền thông"); CT = A("Sở Công Thương"); VH = A("Sở Văn hóa, Thể thao và Du lịch")
NV = A("Sở Ngoại vụ")
r129 = dict(lead=[TT], support=[A("Báo Cao Bằng"), A("Đài Phát thanh và Truyền hình tỉnh"), A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")])
r47 = dict(lead=[VH], support=[NV, A("Ủy ban nhân dân thành phố Cao Bằng", "UBND thành phố Cao Bằng")], tf=TF("2019 - 2020", "2019-01-01", "2020-12-31"))
X = "Lead/support/time from the Mục III row that lists this task's number (cross-reference row, not an STT row)."
tasks = [
 T("II.1", title['1'], **r129, note=X + " 'Thường xuyên' is not a window."),
 T("II.2", title['2'], **r129),
 T("II.3", title['3'], [CT], [A("Sở Kế hoạch và Đầu tư"), A("Cục Hải quan tỉnh"), A("Ban Quản lý Khu kinh tế tỉnh")], TF("Năm 2020", "2020-01-01", "2020-12-31")),
 T("II.4", title['4'], **r47),
 T("II.5", title['5'], [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh Đoàn")], TF("Năm học 2019 - 2020", "2019-09-01", "2020-05-31"),
   note="'Năm học 2019 - 2020' is a school year: read as September 2019 - May 2020 (the 2019-2020 school-year calendar ended in May; COVID later extended it, which the plan could not know). Reading it as 2019-01-01..2020-12-31 is arguable."),
 T("II.6", title['6'], [VH], [CT, NV, A("Ban Quản lý Công viên địa chất Non nước Cao Bằng")], TF("Quý IV/2019 - Quý IV/2020", "2019-10-01", "2020-12-31")),
 T("II.7", title['7'], **r47),
 T("II.8", title['8'], [A("Công an tỉnh")], [TT, A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]),
 T("II.9", title['9'], **r129),
 T("II.10", title['10'], [A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", True)],
   [A("Các cơ quan, đơn vị liên quan", coll=True)], note="'Hằng năm' is not a window: timeframe null, yearly recurring deadline.")]
assignments = [
 ASG(TT, "V.1", ["Là cơ quan thường trực, chủ trì hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện các nhiệm vụ được phân công tại Mục III",
   "Định hướng các cơ quan báo chí trên địa bàn tỉnh về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
   "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12/2020"]),
 ASG(A("Sở Tài chính"), "V.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành", coll=True), "V.3", ["Căn cứ nhiệm vụ được phân công, xây dựng kế hoạch cụ thể và tổ chức thực hiện; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"],
   note="Heading names two collectives; split in two (gold convention)."),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", True), "V.3", ["Căn cứ nhiệm vụ được phân công, xây dựng kế hoạch cụ thể và tổ chức thực hiện; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"])]
deadlines = [
 D("Năm 2020", "period", "II.3", "Phổ biến đến cộng đồng doanh nghiệp, hộ kinh doanh tại các cửa khẩu", start="2020-01-01", end="2020-12-31", note="From the Mục III row; attached to the task id."),
 D("2019 - 2020", "period", "II.4", "Tổ chức các hoạt động giao lưu văn hóa, văn nghệ, thể thao", start="2019-01-01", end="2020-12-31"),
 D("Năm học 2019 - 2020", "period", "II.5", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, đoàn viên thanh niên", start="2019-09-01", end="2020-05-31"),
 D("Quý IV/2019 - Quý IV/2020", "period", "II.6", "Quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh Cao Bằng", start="2019-10-01", end="2020-12-31"),
 D("2019 - 2020", "period", "II.7", "Duy trì và phát triển Góc ASEAN tại Thư viện tỉnh và Bảo tàng tỉnh", start="2019-01-01", end="2020-12-31"),
 D("Hằng năm", "recurring", "II.10", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện", rec="yearly"),
 D("trước ngày 15/12/2020", "due", "V.1", "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="2020-12-15"),
 D("trước ngày 30/11 hằng năm", "due", "V.3", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước hằng năm của các cơ quan, đơn vị theo phân cấp hiện hành", "section": "IV"},
             {"text": "Khuyến khích huy động nguồn xã hội hóa theo quy định của pháp luật", "section": "IV"}],
 "amounts": [{"text": "150 triệu đồng", "vnd": 150000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Rows of the Mục III table are cross-references ('Nhiệm vụ 1, 2, 9'), not tasks, sections or assignments; each listed task takes the row's lead, support and time. 'Thường xuyên' rows give no deadline. 'năm 2020' in IV dates a budget allocation, not a deadline. '(08/8)' and '28/7/1995 - 28/7/2020' only name anniversaries."}
areas = [
 area("A01", "Coordination mechanism across levels and sectors; orienting the press on focal topics", "partial",
  [("V.1", "Định hướng các cơ quan báo chí trên địa bàn tỉnh về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn")],
  note="Orienting the press is an own duty bullet, but there is no vertical/horizontal coordination mechanism; half the area -> partial (covered is arguable)."),
 area("A02", "Share data and publications with the ASEAN Vietnam portal / national common database", "covered",
  [("II.2", "Khai thác, chia sẻ cơ sở dữ liệu, tin, bài từ Cổng thông tin ASEAN Việt Nam")]),
 area("A03", "New media: ASEAN app, Fanpage, livestreams, social networks", "covered",
  [("II.2", "chia sẻ tin, bài trên Ứng dụng và Fanpage \"ASEAN và Việt Nam\" của Bộ Thông tin và Truyền thông")]),
 area("A04", "Integrate ASEAN into talks, meetings, conferences and mass organisations", "covered",
  [("II.10", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện, hội nghị báo cáo viên, sinh hoạt chi bộ, sinh hoạt của các tổ chức đoàn thể (thanh niên, phụ nữ, nông dân)")]),
 area("A05", "Train propaganda staff, editors and reporters", "missing", note="No training or capacity-building item anywhere."),
 area("A06", "Business outreach on the economic pillar", "covered",
  [("II.3", "Phổ biến đến cộng đồng doanh nghiệp, hộ kinh doanh tại các cửa khẩu về các cam kết trong ASEAN, quy tắc xuất xứ")]),
 area("A07", "Youth and schools", "covered",
  [("II.5", "Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa của các trường trung học phổ thông; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, đoàn viên thanh niên")]),
 area("A08", "ASEAN Corners", "covered", [("II.7", "Duy trì và phát triển Góc ASEAN tại Thư viện tỉnh và Bảo tàng tỉnh")]),
 area("A09", "Press, broadcasting and portal programmes and columns", "covered",
  [("II.9", "Duy trì chuyên trang, chuyên mục về ASEAN trên Báo Cao Bằng, Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam")]),
 area("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
  [("II.4", "Tổ chức các hoạt động giao lưu văn hóa, văn nghệ, thể thao nhân kỷ niệm Ngày thành lập ASEAN (08/8); trưng bày triển lãm ảnh")]),
 area("A11", "Trade, investment and tourism promotion; fairs", "partial",
  [("II.6", "giới thiệu sản phẩm đặc sản của tỉnh khi tham gia hội chợ, sự kiện xúc tiến")],
  note="Fairs appear only as the occasion for showing the province's specialties; no commitment to fairs in ASEAN or to promoting ASEAN at fairs."),
 area("A12", "Publications and leaflets with ASEAN content", "missing",
  note="No publications or leaflets; 'bổ sung sách, tài liệu' stocks the ASEAN Corner (A08), not a propaganda publication."),
 area("A13", "The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries", "covered",
  [("II.1", "Hội nghị Cấp cao ASEAN, Năm Chủ tịch ASEAN 2020 của Việt Nam, kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "covered",
  [("II.1", "giới thiệu vai trò, vị thế của ASEAN, các thành tựu sau hơn 50 năm hình thành và phát triển")]),
 area("A15", "Counter false and distorted information; follow public opinion", "covered",
  [("II.8", "Theo dõi dư luận xã hội, kịp thời phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam")]),
 area("A16", "Promote the province itself", "covered",
  [("II.6", "Quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh Cao Bằng")])]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), chk("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget, 150 triệu đồng, xã hội hóa)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
 chk("S4", "pass", "V.1 report due trước ngày 15/12/2020; V.3 reports due trước ngày 30/11 hằng năm"),
 chk("S5", "pass", "every task II.1-II.10 has a lead through the Mục III cross-reference table"),
 chk("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019) and Công văn 03/BTTTT-BCĐASEAN")]
write(N, 'docx', plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN", "period 2019-2020",
 "fingerprints: Chủ tịch ASEAN, dòng chảy chính của công tác hội nhập ASEAN, nắm bắt được cơ hội để phát triển, Ứng dụng và Fanpage, Cổng thông tin ASEAN Việt Nam"]})
