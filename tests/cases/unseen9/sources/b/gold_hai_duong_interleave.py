"""Hand-written gold for hai-duong_3612-KH-UBND_2019_asean-interleave (values decided by reading the text; the script
refuses quotes not verbatim in the source, and — stricter — not verbatim in the delivered .txt once its page-number
lines '- N -' are dropped)."""
import sys, re
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "hai-duong_3612-KH-UBND_2019_asean-interleave"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
DOC = (STAGE / f"{NAME}.txt").read_text(encoding="utf-8")

STTTT = lambda: A("Sở Thông tin và Truyền thông")
VH = lambda: A("Sở Văn hóa, Thể thao và Du lịch")
HUYEN = lambda: A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)
P1920 = lambda: TF("Năm 2019 - 2020", "2019-01-01", "2020-12-31")

m = meta("3612/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Hải Dương", "Hải Dương", "2019-10-14",
         "Thông tin, tuyên truyền, quảng bá về ASEAN trên địa bàn tỉnh Hải Dương giai đoạn 2019 - 2020",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
         {"name": "Vũ Minh Tuấn", "position": "Phó Chủ tịch"})
m["note"] = ("PDF-viewer copy of a two-column print: header columns interleaved line by line (ỦY BAN NHÂN DÂN / CỘNG HÒA … / "
             "TỈNH HẢI DƯƠNG / Độc lập … / Số: 3612/KH-UBND / Hải Dương, ngày 14 tháng 10 năm 2019): issuer = left lines 1+3. "
             "Signature block interleaved with 'Nơi nhận' items (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH between "
             "recipients; the name 'Vũ Minh Tuấn' between '- Báo Hải Dương, Đài PT&TH tỉnh;' and '- Lưu: VT, KGVX. Thắng (35b).', "
             "after the page number '- 5 -'). 'Thắng' in the Lưu line is the drafter, not the signer. The wrap in the preamble "
             "puts '- 2020 và Công văn số 03/BTTTT-BCĐASEAN …' at the start of a line: not a bullet. Page numbers '- 2 -' … "
             "'- 5 -' are furniture; quotes are given without them.")

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content")]
II = [
 "Tuyên truyền về quá trình hình thành, phát triển, vai trò, vị thế của ASEAN; 3 trụ cột của Cộng đồng ASEAN (Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội); đất nước, con người, văn hóa các nước thành viên ASEAN",
 "Tuyên truyền về quá trình Việt Nam tham gia ASEAN và những đóng góp của Việt Nam; các sự kiện quan trọng của ASEAN trong năm 2019 và năm 2020, đặc biệt là Năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020)",
 "Tuyên truyền về các cam kết của Việt Nam trong ASEAN, nhất là các cam kết về thuế quan, quy tắc xuất xứ, thương mại dịch vụ; cơ hội và thách thức đối với doanh nghiệp, người lao động của tỉnh khi tham gia thị trường ASEAN",
]
tasks = []
for i, t in enumerate(II, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", t, 2))
    tasks.append(TASK(f"II.{i}", t, [], [], None,
                      "Numbered content paragraph under a `content` section: a task, with no actor named (empty lead)." if i == 1 else
                      ("The page number '- 2 -' falls inside this paragraph; the title is given without it. 'năm 2019 và năm 2020' "
                       "and '(28/7/1995 - 28/7/2020)' narrate: not deadlines." if i == 2 else None)))
secs.append(SEC("III", "III.", "CÁC HOẠT ĐỘNG CỤ THỂ", 1, "tasks"))
T = [
 ("Tuyên truyền trên báo chí, hệ thống thông tin cơ sở", [STTTT()],
  [A("Báo Hải Dương"), A("Đài Phát thanh và Truyền hình tỉnh"), HUYEN()], P1920(),
  "The body opens with Báo Hải Dương and the Đài as actors, but 'Cơ quan chủ trì:' names the lead; they are listed as support."),
 ("Thông tin trên Cổng thông tin điện tử và mạng xã hội", [A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")],
  [STTTT(), A("Các sở, ban, ngành tỉnh", "các sở, ban, ngành tỉnh", True)], None, "'Thường xuyên' is not a window."),
 ("Biên soạn, phát hành tài liệu tuyên truyền", [STTTT()], [A("Sở Ngoại vụ")],
  TF("Quý IV/2019 và quý II/2020", "2019-10-01", "2020-06-30"),
  "Two separate quarters: the timeframe is their hull (Q4/2019-Q2/2020); the deadlines keep them as two periods."),
 ("Tổ chức tập huấn nghiệp vụ", [STTTT()], [A("Ban Tuyên giáo Tỉnh ủy")], TF("Quý I/2020", "2020-01-01", "2020-03-31"), None),
 ("Thông tin cho doanh nghiệp", [A("Sở Công Thương")],
  [A("Ban Quản lý các khu công nghiệp tỉnh"), A("Chi cục Hải quan Hải Dương"), A("Hiệp hội Doanh nghiệp tỉnh")], P1920(), None),
 ("Xúc tiến đầu tư, thương mại, du lịch", [A("Sở Kế hoạch và Đầu tư"), A("Sở Công Thương"), VH()],
  [A("Sở Ngoại vụ"), HUYEN()], None,
  "Three leads, each followed by its scope in brackets '(xúc tiến đầu tư)' etc.; the brackets are not part of the names. "
  "'Theo chương trình xúc tiến hằng năm của tỉnh' gives neither a window nor a deadline."),
 ("Hoạt động văn hóa, thể thao và tuyên truyền cổ động", [VH()],
  [A("Ủy ban nhân dân thành phố Hải Dương", "UBND thành phố Hải Dương"), A("Ủy ban nhân dân thành phố Chí Linh", "UBND thành phố Chí Linh")],
  TF("Tháng 8/2020", "2020-08-01", "2020-08-31"), None),
 ("Tuyên truyền trong trường học", [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh Đoàn"), VH()],
  TF("Năm học 2019 - 2020", "2019-09-01", "2020-05-31"),
  "'Năm học 2019 - 2020' is a school year (September 2019 - May 2020), not the calendar years 2019-2020; start/end "
  "2019-09-01/2020-05-31 by the usual Vietnamese school calendar (a reader keeping calendar years would give 2019-01-01/2020-12-31)."),
 ("Lồng ghép tuyên truyền trong các đoàn thể",
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"), A("Tỉnh Đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")],
  [], P1920(),
  "'Cơ quan thực hiện:' with no separate lead named: read as the lead. The page number '- 4 -' separates it from the "
  "'Thời gian thực hiện' line, which still belongs to this task."),
]
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
         SEC("V.2", "2.", "Sở Tài chính", 2),
         SEC("V.3", "3.", "Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thị xã, thành phố", 2),
         SEC("V.4", "4.", "Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2,
             note="The heading wraps over two lines in the copy ('… các tổ chức' / 'chính trị - xã hội tỉnh').")]
V3 = ["xây dựng kế hoạch cụ thể và tổ chức thực hiện",
      "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]
V4 = ["Định hướng công tác tuyên truyền về ASEAN trong hệ thống tuyên giáo", "chỉ đạo hệ thống ở cơ sở tham gia tuyên truyền về ASEAN"]
asg = [
 ASG(STTTT(), "V.1", ["Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này",
                      "Tổng hợp kết quả thực hiện, báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 15/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "V.2", ["Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành, đoàn thể tỉnh", coll=True), "V.3", V3, note="Heading names two collectives separated by ';': two assignments."),
 ASG(HUYEN(), "V.3", V3),
 ASG(A("Ban Tuyên giáo Tỉnh ủy"), "V.4", V4, note="'Đề nghị X, Y và Z': one assignment per body, each with the paragraph's duties."),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"), "V.4", V4),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "V.4", V4),
]
dls = [
 DL("Năm 2019 - 2020", "period", "III.1", "Tuyên truyền trên báo chí, hệ thống thông tin cơ sở", start="2019-01-01", end="2020-12-31"),
 DL("Quý IV/2019", "period", "III.3", "Biên soạn, phát hành tài liệu tuyên truyền", start="2019-10-01", end="2019-12-31"),
 DL("quý II/2020", "period", "III.3", "Biên soạn, phát hành tài liệu tuyên truyền", start="2020-04-01", end="2020-06-30"),
 DL("Quý I/2020", "period", "III.4", "Tổ chức tập huấn nghiệp vụ", start="2020-01-01", end="2020-03-31"),
 DL("Năm 2019 - 2020", "period", "III.5", "Thông tin cho doanh nghiệp", start="2019-01-01", end="2020-12-31"),
 DL("Tháng 8/2020", "period", "III.7", "Hoạt động văn hóa, thể thao và tuyên truyền cổ động", start="2020-08-01", end="2020-08-31"),
 DL("Năm học 2019 - 2020", "period", "III.8", "Tuyên truyền trong trường học", start="2019-09-01", end="2020-05-31",
    note="School year, see the task note."),
 DL("Năm 2019 - 2020", "period", "III.9", "Lồng ghép tuyên truyền trong các đoàn thể", start="2019-01-01", end="2020-12-31"),
 DL("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN", due="--12-15", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "V.3", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly",
    note="One deadline for the paragraph, though two collectives are assigned it."),
]
dls[0]["note"] = ("Not deadlines: 'Thường xuyên' (III.2), 'Theo chương trình xúc tiến hằng năm của tỉnh' (III.6), the budget year "
                  "'Năm 2020, ngân sách tỉnh bố trí …' (IV), and the narrative dates in II.2.")
bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong kinh phí thường xuyên của các cơ quan, đơn vị", "section": "IV"},
                   {"text": "huy động các nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "IV"},
                   {"text": "Năm 2020, ngân sách tỉnh bố trí 350 triệu đồng cho Sở Thông tin và Truyền thông", "section": "IV"}],
       "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}]}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "partial", "V.1", "Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này",
      note="Only the lead role of Sở TT&TT and a 'tăng cường phối hợp' requirement in I.2; no vertical/horizontal mechanism, no orienting of the press on focal topics."),
 AREA("A02", "missing", note="Portal columns post news, but nothing shares data with the ASEAN Vietnam portal or a common database."),
 AREA("A03", "covered", "III.2", "tăng cường chia sẻ nội dung của Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên mạng xã hội"),
 AREA("A04", "covered", "III.9", "lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện, sinh hoạt của đoàn viên, hội viên, chú trọng thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "III.4", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên, phóng viên, biên tập viên"),
 AREA("A06", "covered", "III.5", "Tổ chức hội nghị, hội thảo phổ biến các cam kết trong ASEAN, các quy định về quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN cho doanh nghiệp"),
 AREA("A07", "covered", "III.8", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông"),
 AREA("A08", "missing", note="No ASEAN Corner; the exhibition is held at the provincial library but no Góc ASEAN is set up."),
 AREA("A09", "covered", "III.1", "Báo Hải Dương, Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên trang, chuyên mục về ASEAN"),
 AREA("A10", "covered", "III.7", "Tổ chức trang trí, treo băng rôn, khẩu hiệu, pa nô tại các trục đường chính"),
 AREA("A11", "covered", "III.6", "tại các hội chợ, hội nghị xúc tiến đầu tư, thương mại, du lịch trong nước và tại các nước ASEAN"),
 AREA("A12", "covered", "III.3", "Biên soạn, in ấn, phát hành tài liệu hỏi - đáp về Cộng đồng ASEAN và tờ rơi giới thiệu về Năm Chủ tịch ASEAN 2020 của Việt Nam"),
 AREA("A13", "covered", "II.2", "các sự kiện quan trọng của ASEAN trong năm 2019 và năm 2020"),
 AREA("A14", "covered", "II.1", "Tuyên truyền về quá trình hình thành, phát triển, vai trò, vị thế của ASEAN; 3 trụ cột của Cộng đồng ASEAN"),
 AREA("A15", "partial", "I.2", "chủ động định hướng dư luận, phản bác các thông tin sai trái, xuyên tạc liên quan đến hội nhập ASEAN",
      note="Only as a requirement in the purposes section; no task or duty commits to it."),
 AREA("A16", "covered", "III.6", "quảng bá tiềm năng, thế mạnh của tỉnh, các dự án kêu gọi đầu tư, sản phẩm đặc sản"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and Công văn 03/BTTTT-BCĐASEAN", "period 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; dòng chảy chính của công tác hội nhập ASEAN; Ứng dụng và Fanpage"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget, 350 triệu đồng in 2020)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 7 assignments"),
                   ("S4", "pass", "V.1 báo cáo UBND tỉnh trước ngày 15/12 hằng năm; V.3 trước ngày 30/11 hằng năm"),
                   ("S5", "fail", "tasks without a lead: II.1, II.2, II.3"),
                   ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019)")])
# stricter: every quote must be in the delivered copy once the page numbers are dropped
flat = re.sub(r"\s+", " ", "\n".join(l for l in DOC.splitlines() if not re.fullmatch(r"- \d+ -", l)))
qs = [s["title"] for s in secs] + [t["title"] for t in tasks] + [a["text"] for t in tasks for a in t["lead"] + t["support"]] + \
     [d for a in asg for d in a["duties"]] + [a["agency"]["text"] for a in asg] + [d["text"] for d in dls] + [d["subject"] for d in dls] + \
     [c["text"] for c in bud["clauses"]] + [e["text"] for ar in areas for e in ar["evidence"]]
bad = [q for q in qs if re.sub(r"\s+", " ", q) not in flat]
if bad:
    raise SystemExit("not in delivered doc:\n" + "\n".join(bad))
write_gold(NAME, P, AU, SRC.replace("||", " "))
