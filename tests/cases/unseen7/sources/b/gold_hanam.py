from common import *
import re
N = 'ha-nam_2786-KH-UBND_2021_asean-runin'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
src = open(N + '.source.txt').read().split('\n')
meta = {"number": "2786/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Hà Nam", "province": "Hà Nam", "issued": "2021-11-08",
 "title": "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Hà Nam giai đoạn 2021-2025", "period": {"start": 2021, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "3815/BTTTT-TTĐN", "type": "Công văn", "date": "2021-10-01"}],
 "signer": {"name": "Lê Thị Thu Hương", "position": "Phó Chủ tịch"}}
s3 = src.index('III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN'); s4 = src.index('IV. KINH PHÍ')
heads = {}
for l in src[s3+1:s4]:
    m = re.match(r'^(\d+)\. ([^:]*):', l); heads[m.group(1)] = m.group(2)
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NỘI DUNG TUYÊN TRUYỀN",1,"content"),
 S("III","III.","NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",1,"tasks")]
sections += [S(f"III.{k}", f"{k}.", v, 2) for k, v in heads.items()]
sections += [S("IV","IV.","KINH PHÍ",1,"budget"),
 S("IV.1","1.","Kinh phí thực hiện Kế hoạch do ngân sách tỉnh bảo đảm theo phân cấp ngân sách hiện hành, bố trí trong dự toán của các cơ quan, đơn vị",2),
 S("IV.2","2.","Năm 2022, bố trí cho Sở Thông tin và Truyền thông 350 triệu đồng để thực hiện các nhiệm vụ tại mục 2 và mục 8 phần III; các đơn vị chủ động vận động tài trợ và huy động các nguồn hợp pháp khác",2),
 S("V","V.","TỔ CHỨC THỰC HIỆN",1,"organization"),
 S("V.1","1.","Sở Thông tin và Truyền thông là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 05/12 hằng năm",2),
 S("V.2","2.","Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định",2),
 S("V.3","3.","Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể, báo cáo kết quả thực hiện (qua Sở Thông tin và Truyền thông) trước ngày 25/11 hằng năm",2),
 S("V.4","4.","Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền đến đoàn viên, hội viên",2)]
TT = A("Sở Thông tin và Truyền thông")
tasks = [
 T("III.1", heads['1'], [A("Báo Hà Nam"), A("Đài Phát thanh và Truyền hình Hà Nam")], [TT], note="Run-in heading: title is the text before the first colon (the brief's convention; the spec's 'first sentence' rule would take the whole paragraph)."),
 T("III.2", heads['2'], [TT], [A("Văn phòng Ủy ban nhân dân tỉnh")]),
 T("III.3", heads['3'], [A("Sở Công Thương")], [A("Hiệp hội Doanh nghiệp tỉnh")], P("quý IV/2022","2022-10-01","2022-12-31")),
 T("III.4", heads['4'], [A("Sở Lao động - Thương binh và Xã hội")], [A("Các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh", "các cơ sở giáo dục nghề nghiệp trên địa bàn tỉnh", True)], note="'X phối hợp thực hiện' after a named lead read as support."),
 T("III.5", heads['5'], [A("Sở Y tế")], [], P("năm 2022","2022-01-01","2022-12-31")),
 T("III.6", heads['6'], [A("Sở Văn hóa, Thể thao và Du lịch")], [A("Sở Kế hoạch và Đầu tư"), A("Sở Ngoại vụ")]),
 T("III.7", heads['7'], [A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], [], note="'từ ngày 01/8 đến ngày 10/8 hằng năm' recurs every year: not a single window, so timeframe null; kept as a yearly period deadline."),
 T("III.8", heads['8'], [TT], [A("Ban Tuyên giáo Tỉnh ủy")], P("2022 - 2025","2022-01-01","2025-12-31")),
 T("III.9", heads['9'], [A("Tỉnh đoàn")], [A("Sở Giáo dục và Đào tạo")], P("năm 2023","2023-01-01","2023-12-31")),
 T("III.10", heads['10'], [A("Công an tỉnh")], [TT])]
dV3 = "căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể, báo cáo kết quả thực hiện (qua Sở Thông tin và Truyền thông) trước ngày 25/11 hằng năm"
assignments = [
 ASG(TT, "V.1", ["là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 05/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "V.2", ["tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành", coll=True), "V.3", [dV3]),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True), "V.3", [dV3]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "V.4", ["phối hợp tuyên truyền đến đoàn viên, hội viên"]),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "V.4", ["phối hợp tuyên truyền đến đoàn viên, hội viên"])]
deadlines = [
 D("trước ngày 31/12/2021","due","III.2","hoàn thành việc nâng cấp chuyên mục",due="2021-12-31"),
 D("quý IV/2022","period","III.3","tổ chức hội nghị phổ biến cho doanh nghiệp",start="2022-10-01",end="2022-12-31"),
 D("năm 2022","period","III.5","thông tin về hợp tác ASEAN trong ứng phó với dịch COVID-19",start="2022-01-01",end="2022-12-31"),
 D("hằng năm","recurring","III.6","tổ chức hoặc tham gia hội chợ, triển lãm xúc tiến đầu tư, du lịch",rec="yearly"),
 D("từ ngày 01/8 đến ngày 10/8 hằng năm","period","III.7","treo cờ ASEAN, băng rôn, pa nô",start="--08-01",end="--08-10",rec="yearly", note="Open case: a yearly window. Written with --MM-DD bounds (the spec's notation for yearly due dates) and recurrence yearly."),
 D("2022 - 2025","period","III.8","tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",start="2022-01-01",end="2025-12-31"),
 D("năm 2023","period","III.9","tổ chức cuộc thi tìm hiểu về Cộng đồng ASEAN",start="2023-01-01",end="2023-12-31"),
 D("trước ngày 05/12 hằng năm","due","V.1","tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông",due="--12-05",rec="yearly"),
 D("trước ngày 25/11 hằng năm","due","V.3","báo cáo kết quả thực hiện (qua Sở Thông tin và Truyền thông)",due="--11-25",rec="yearly")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "sponsorship", "other_lawful"],
 "clauses": [{"text": sections[-7]['title'], "section": "IV.1"}, {"text": sections[-6]['title'], "section": "IV.2"}],
 "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Task numbers 1-10 of section III are LibreOffice automatic numbering (numbering.xml), not typed. 'thời gian: thường xuyên' (III.1, III.10) is not a deadline. 'Năm 2022' in IV.2 dates a budget allocation, not an obligation deadline."}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","covered",[("III.1","phản ánh Chủ đề ASEAN hằng năm và thành tựu hợp tác trên 3 trụ cột")]),
 area("B02","ASEAN cooperation against COVID-19 and recovery","covered",[("III.5","thông tin về hợp tác ASEAN trong ứng phó với dịch COVID-19 và phục hồi sau đại dịch")]),
 area("B03","Real-life stories, exemplary people; ASEAN awards","missing"),
 area("B04","ASEAN Community identity and belonging","covered",[("II","Bản sắc Cộng đồng ASEAN, phương châm \"Tư duy Cộng đồng, Hành động Cộng đồng\"")], note="An own bullet of the content section (no task carries it): covered under the 'own bullet' convention; 'partial' is arguable."),
 area("B05","Promote the province to ASEAN members and partners","covered",[("III.6","giới thiệu tiềm năng, thế mạnh, cơ hội đầu tư, du lịch của Hà Nam tới các nước ASEAN")]),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","covered",[("III.3","tổ chức hội nghị phổ biến cho doanh nghiệp về thương mại điện tử, chuỗi cung ứng giá trị khu vực, Cơ chế hải quan một cửa ASEAN"),("III.4","thông tin cho người lao động về dịch chuyển lao động, cơ hội việc làm tại các nước ASEAN")]),
 area("B07","Portals and new media","covered",[("III.2","duy trì chuyên mục \"Hà Nam hội nhập ASEAN\" trên Cổng Thông tin điện tử tỉnh; đưa tin, bài lên các nền tảng số, mạng xã hội")]),
 area("B08","Visual propaganda on ASEAN days","covered",[("III.7","treo cờ ASEAN, băng rôn, pa nô tại trụ sở cơ quan, trục đường chính nhân kỷ niệm Ngày thành lập ASEAN")]),
 area("B09","Training and capacity building for propaganda staff","covered",[("III.8","tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, báo cáo viên")]),
 area("B10","Contests and youth activities on ASEAN","covered",[("III.9","tổ chức cuộc thi tìm hiểu về Cộng đồng ASEAN cho học sinh, sinh viên, đoàn viên thanh niên")]),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","covered",[("III.6","tổ chức hoặc tham gia hội chợ, triển lãm xúc tiến đầu tư, du lịch")]),
 area("B12","Counter distorted views","covered",[("III.10","phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam")]),
 area("B13","Coordination among departments, localities, organisations and media","partial",[("V.4","phối hợp tuyên truyền đến đoàn viên, hội viên")], note="Only the request to the Front and mass organisations to join in; no strengthened coordination mechanism is set up.")]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section IV KINH PHÍ (350 triệu đồng)"),
 chk("S3","pass","section V with 6 assignments"), chk("S4","pass","reports due 'trước ngày 05/12 hằng năm' (V.1) and 'trước ngày 25/11 hằng năm' (V.3)"),
 chk("S5","pass","every task III.1-III.10 has a lead"), chk("S6","pass","basis cites 1160/QĐ-TTg")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2021-2025", "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; Tư duy Cộng đồng, Hành động Cộng đồng; kinh tế số, chuyển đổi số; COVID-19"]})
