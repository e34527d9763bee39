import sys, re
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "bac-kan_168-KH-UBND_2019_asean-pdfcopy"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
DOC = (STAGE / f"{NAME}.txt").read_text(encoding="utf-8")
VHTT = lambda: A("Phòng Văn hóa và Thông tin thành phố")
TT = lambda: A("Trung tâm Văn hóa, Thể thao và Truyền thông thành phố")

m = meta("168/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thành phố Bắc Kạn", "Bắc Kạn", "2019-10-08",
         "Tuyên truyền, quảng bá ASEAN trên địa bàn thành phố Bắc Kạn giai đoạn 2019 - 2020",
         {"start": 2019, "end": 2020},
         [{"number": "612/KH-UBND", "type": "Kế hoạch", "date": "2019-08-20"},
          {"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}],
         {"name": "Hoàng Thị Thu Hà", "position": "Phó Chủ tịch"})
m["basis"][1]["note"] = "Cited inside a parenthesis of the 'Thực hiện …' preamble as what the provincial plan implements; counted as basis."
m["note"] = ("PDF-viewer copy: the header's two columns are interleaved on one line each ('ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', "
             "'Số: 168/KH-UBND Bắc Kạn, ngày 08 tháng 10 năm 2019'); the running header 'UBND thành phố Bắc Kạn - Kế hoạch số 168/KH-UBND ngày 08/10/2019' "
             "and the 'Trang N' footers are page furniture.")
T = [
 ("Thông tin trên hệ thống truyền thanh và Trang thông tin điện tử thành phố", [TT()],
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", "Văn phòng HĐND và UBND thành phố")], None,
  "Lead = the opening actor; 'phối hợp với Văn phòng HĐND và UBND thành phố' = support."),
 ("Giới thiệu về ASEAN và Năm Chủ tịch ASEAN 2020 của Việt Nam", [VHTT()], [], TF("Quý IV/2019", "2019-10-01", "2019-12-31"),
  "'Giao X chủ trì' gives the lead. 'Hoàn thành trong Quý IV/2019' is a completion window (not a 'trước ngày' due date): kept as the task's timeframe and a period deadline."),
 ("Tuyên truyền cổ động trực quan", [TT()], [A("Ủy ban nhân dân các phường, xã", coll=True)],
  TF("tháng 01/2020 và tháng 8/2020", "2020-01-01", "2020-08-31"),
  "Lead and support in a trailing parenthesis '(Trung tâm … chủ trì, phối hợp với Ủy ban nhân dân các phường, xã)'. The time field names two separate months: the timeframe is recorded as their hull (01/2020-08/2020), the deadlines as two one-month periods."),
 ("Thông tin cho hộ kinh doanh, hợp tác xã", [A("Phòng Kinh tế")], [A("Chi cục Thuế thành phố"), A("Hội Doanh nghiệp thành phố")], None,
  "'Phòng Kinh tế là đầu mối' gives the lead; 'Đơn vị phối hợp:' gives support."),
 ("Quảng bá tiềm năng du lịch, đặc sản của thành phố", [VHTT()], [], None,
  "'Đơn vị thực hiện:' with no separate lead named: read as the lead (the spec puts it under support only when a separate lead is named)."),
 ("Lồng ghép tuyên truyền trong các đoàn thể", [A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"), A("Các đoàn thể chính trị - xã hội thành phố", "các đoàn thể chính trị - xã hội thành phố", True)], [], None, None),
 ("Tuyên truyền trong nhà trường", [A("Phòng Giáo dục và Đào tạo")], [A("Thành đoàn Bắc Kạn")], None,
  "'Hoàn thành trước ngày 30/4/2020' is a due date, not a timeframe."),
 ("Cử cán bộ tham gia tập huấn", [A("Phòng Nội vụ")], [VHTT()], None, None),
 ("Nắm bắt dư luận, phản bác thông tin sai trái", [A("Công an thành phố")], [], None,
  "'trong năm 2020' narrates when the events take place; not a deadline."),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ TRỌNG TÂM", 1, "tasks")]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"II.{i}", title, lead, sup, tf, note))
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin thành phố", 2),
         SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
         SEC("IV.3", "3.", "Các cơ quan, đơn vị được giao nhiệm vụ tại Mục II", 2),
         SEC("IV.4", "4.", "Ủy ban nhân dân các phường, xã", 2),
         SEC("V", "V.", "CHẾ ĐỘ BÁO CÁO", 1, "reporting")]
asg = [
 ASG(VHTT(), "IV.1", ["Chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch", "tổng hợp kết quả báo cáo Ủy ban nhân dân thành phố"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV.2", ["Cân đối, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ tại Mục II", coll=True), "IV.3", ["Xây dựng kế hoạch chi tiết và tổ chức thực hiện nghiêm túc, hiệu quả"]),
 ASG(A("Ủy ban nhân dân các phường, xã", coll=True), "IV.4",
     ["Tuyên truyền về ASEAN trên hệ thống loa truyền thanh cơ sở", "phối hợp treo băng rôn, khẩu hiệu trên địa bàn"],
     note="The page break (footer 'Trang 2' and the running header) falls between this heading and its duties."),
]
asg[0]["note"] = "Section V (CHẾ ĐỘ BÁO CÁO, kind reporting) names reporting agencies but is not the organization section: no assignments from it."
dls = [
 DL("mỗi tháng", "recurring", "II.1", "xây dựng chuyên mục \"ASEAN - Ngôi nhà chung\" phát trên hệ thống truyền thanh", rec="monthly",
    note="'mỗi tháng ít nhất 02 tin, bài': a repeated output with a stated frequency and no date, read as a monthly recurring item (could be read as a mere quantity target)."),
 DL("Quý IV/2019", "period", "II.2", "biên soạn tài liệu tuyên truyền", start="2019-10-01", end="2019-12-31"),
 DL("tháng 01/2020", "period", "II.3", "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020", start="2020-01-01", end="2020-01-31"),
 DL("tháng 8/2020", "period", "II.3", "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020", start="2020-08-01", end="2020-08-31"),
 DL("trước ngày 30/4/2020", "due", "II.7", "tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh", due="2020-04-30"),
 DL("trước ngày 25/11/2019", "due", "V", "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin thành phố", due="2019-11-25"),
 DL("trước ngày 25/11/2020", "due", "V", "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin thành phố", due="2020-11-25"),
 DL("trước ngày 05/12 hằng năm", "due", "V", "tổng hợp, báo cáo Ủy ban nhân dân thành phố, Sở Thông tin và Truyền thông", due="--12-05", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "sponsorship"],
       "clauses": [{"text": "Kinh phí thực hiện được bố trí từ ngân sách thành phố theo phân cấp hiện hành, trong dự toán giao cho các cơ quan, đơn vị năm 2019 và năm 2020", "section": "III"},
                   {"text": "Khuyến khích các đơn vị vận động tài trợ để tổ chức các hoạt động", "section": "III"}],
       "amounts": [{"text": "120.000.000 đồng", "vnd": 120000000}],
       "note": "'Năm 2020 dự kiến bố trí …' and the budget years are not deadlines."}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("A01", "partial", "IV.1", "Chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch",
      note="Only the focal role of Phòng VH&TT; no vertical/horizontal mechanism, no orienting of the press."),
 AREA("A02", "missing", note="No sharing of data with the ASEAN Vietnam portal or a common database."),
 AREA("A03", "partial", "II.1", "chia sẻ nội dung của Fanpage \"ASEAN và Việt Nam\"", note="One phrase inside the broadcasting task; no app, livestream or social-network activity of its own."),
 AREA("A04", "covered", "II.6", "lồng ghép nội dung về ASEAN trong các buổi nói chuyện, sinh hoạt chuyên đề của đoàn viên, hội viên; chú trọng thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "II.8", "cử cán bộ, phóng viên, biên tập viên tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức"),
 AREA("A06", "covered", "II.4", "phổ biến cho hộ kinh doanh, hợp tác xã các cam kết trong ASEAN về thuế quan, quy tắc xuất xứ hàng hóa, thương mại điện tử"),
 AREA("A07", "covered", "II.7", "tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh"),
 AREA("A08", "covered", "II.7", "xây dựng Góc ASEAN tại Thư viện thành phố"),
 AREA("A09", "covered", "II.1", "tiếp sóng các chương trình về ASEAN của Đài Phát thanh - Truyền hình tỉnh"),
 AREA("A10", "covered", "II.3", "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "partial", "II.5", "tham gia gian hàng tại hội chợ, hội nghị xúc tiến đầu tư do tỉnh tổ chức",
      note="Fairs and investment promotion appear only as a channel for promoting the city, not in ASEAN countries nor promoting ASEAN."),
 AREA("A12", "covered", "II.2", "biên soạn tài liệu tuyên truyền về vai trò, vị thế của ASEAN"),
 AREA("A13", "covered", "II.2", "Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II.2", "vai trò, vị thế của ASEAN, 3 trụ cột của Cộng đồng ASEAN"),
 AREA("A15", "covered", "II.9", "theo dõi tình hình dư luận xã hội, phát hiện và phản bác thông tin sai trái, xuyên tạc liên quan đến ASEAN"),
 AREA("A16", "covered", "II.5", "Quảng bá hình ảnh thành phố Bắc Kạn, các điểm du lịch gắn với hồ Ba Bể và đặc sản miến dong, cam quýt Bắc Kạn tới du khách, doanh nghiệp các nước ASEAN"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN (through provincial plan 612/KH-UBND)", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; Fanpage \"ASEAN và Việt Nam\""],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
                   ("S4", "pass", "section V: báo cáo trước ngày 25/11/2019, 25/11/2020; tổng hợp trước ngày 05/12 hằng năm"),
                   ("S5", "pass", "every task II.1-II.9 has a lead"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and provincial plan 612/KH-UBND")])
# extra check: every quoted string also occurs in the delivered .txt (whitespace collapsed), so no page furniture splits a quote
flat = re.sub(r"\s+", " ", DOC)
qs = [s["title"] for s in secs] + [t["title"] for t in tasks] + [a["text"] for t in tasks for a in t["lead"] + t["support"]] + \
     [d for a in asg for d in a["duties"]] + [a["agency"]["text"] for a in asg] + [d["text"] for d in dls] + [d["subject"] for d in dls] + \
     [c["text"] for c in bud["clauses"]] + [e["text"] for ar in areas for e in ar["evidence"]]
bad = [q for q in qs if re.sub(r"\s+", " ", q) not in flat]
if bad:
    raise SystemExit("split in delivered doc:\n" + "\n".join(bad))
write_gold(NAME, P, AU, SRC)
