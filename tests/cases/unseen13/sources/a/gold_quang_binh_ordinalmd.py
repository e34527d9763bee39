"""Hand gold for the Ba Đồn Markdown plan (tasks as '### Nhiệm vụ thứ …:' headings, roles as bold agency names in
running text). Every value typed by hand; write_gold only checks quotes against the delivered .md with '**' removed."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "quang-binh_ba-don_312-KH-UBND_2020_asean-ordinalmd"
SRC = (STAGE / f"{NAME}.md").read_text(encoding="utf-8").replace("**", "")
VH = lambda: A("Phòng Văn hóa và Thông tin thị xã")
TT = lambda: A("Trung tâm Văn hóa, Thông tin và Thể thao thị xã")
TCKH = lambda: A("Phòng Tài chính - Kế hoạch thị xã")
XP = lambda: A("Ủy ban nhân dân các xã, phường", coll=True)
m = meta("312/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thị xã Ba Đồn", "Quảng Bình", "2020-02-24",
         "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn thị xã Ba Đồn", {"start": 2020, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "1502/KH-UBND", "type": "Kế hoạch", "date": "2019-09-09"}],
         {"name": "Lê Xuân Hòa", "position": "Phó Chủ tịch"})
m["note"] = ("Markdown: header block as bold lines joined by <br>; tasks are level-3 headings with ordinal words "
             "('### Nhiệm vụ thứ nhất: …' … 'thứ bảy'), roles are bold agency names in running text; the signature is a one-row pipe table.")
ORD = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy"]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
T = [
 ("Tuyên truyền về năm Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN 2020", [VH()], [A("Ban Tuyên giáo Thị ủy")],
  ("năm 2020", "2020-01-01", "2020-12-31"), "'Giao X chủ trì, phối hợp với Y thực hiện; thời gian: năm 2020'."),
 ("Tuyên truyền trên Đài Truyền thanh và Cổng thông tin điện tử thị xã", [TT()],
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã", "Văn phòng HĐND và UBND thị xã")], None,
  "Lead: the bold agency opening the paragraph as actor; support from the closing 'X phối hợp cung cấp thông tin'."),
 ("Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của các đoàn thể", [A("Ủy ban Mặt trận Tổ quốc Việt Nam thị xã")],
  [A("Thị đoàn"), A("Hội Liên hiệp Phụ nữ thị xã"), A("Hội Nông dân thị xã")], None, "'Đề nghị X chủ trì, phối hợp với …'."),
 ("Bồi dưỡng kỹ năng cho đội ngũ làm công tác tuyên truyền", [VH()], [], ("Quý II/2020", "2020-04-01", "2020-06-30"),
  "Sở Thông tin và Truyền thông only organises the courses; it is not given a role in this task."),
 ("Hỗ trợ doanh nghiệp tiếp cận thị trường ASEAN", [A("Phòng Kinh tế thị xã")], [TCKH()], ("Quý III/2020", "2020-07-01", "2020-09-30"), None),
 ("Tuyên truyền về ASEAN trong trường học", [A("Phòng Giáo dục và Đào tạo thị xã")], [],
  ("năm học 2019 - 2020", "2019-09-01", "2020-05-31"),
  "School year 2019-2020 read as September 2019 - May 2020 (judgement call; a reader could also give 2019-01-01 … 2020-12-31)."),
 ("Tuyên truyền cổ động trực quan", [TT()], [XP()], ("tháng 7 và tháng 8/2020", "2020-07-01", "2020-08-31"),
  "'X chủ trì, Y phối hợp …'; two consecutive months read as one window."),
]
tasks, dls = [], []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"Nhiệm vụ thứ {ORD[i-1]}:", title, 2,
                    note=("Ordinal-word task headings are not in the spec's label list; read like 'Mục 1' (nesting as Arabic items): "
                          "'Nhiệm vụ thứ nhất' → II.1 … 'thứ bảy' → II.7; the '###' depth is decoration.") if i == 1 else None))
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(*tf) if tf else None, note))
    if tf:
        dls.append(DL(tf[0], "period", f"II.{i}", title, start=tf[1], end=tf[2]))
    if i == 2:
        dls.append(DL("mỗi tháng ít nhất 02 chương trình", "recurring", "II.2",
                      "mở chuyên mục \"ASEAN - Ngôi nhà chung\" trên Đài Truyền thanh thị xã", rec="monthly"))
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"), SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization")]
asg = [
 ASG(VH(), "IV", ["là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch",
                  "tổng hợp kết quả, báo cáo Ủy ban nhân dân thị xã và Sở Thông tin và Truyền thông trước ngày 10/12/2020"],
     note="Section IV has only bullets, each opening with a bold agency: one assignment per bullet."),
 ASG(TCKH(), "IV", ["tham mưu bổ sung kinh phí cho Trung tâm Văn hóa, Thông tin và Thể thao thị xã theo quy định"]),
 ASG(XP(), "IV", ["chỉ đạo đài truyền thanh cơ sở tiếp sóng chuyên mục \"ASEAN - Ngôi nhà chung\"",
                  "báo cáo kết quả về Phòng Văn hóa và Thông tin thị xã trước ngày 30/11/2020"]),
]
dls += [
 DL("trước ngày 10/12/2020", "due", "IV", "tổng hợp kết quả, báo cáo Ủy ban nhân dân thị xã và Sở Thông tin và Truyền thông", due="2020-12-10"),
 DL("trước ngày 30/11/2020", "due", "IV", "báo cáo kết quả về Phòng Văn hóa và Thông tin thị xã", due="2020-11-30"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách thị xã năm 2020 đã giao trong dự toán của các cơ quan, đơn vị", "section": "III"},
                   {"text": "Bổ sung cho Trung tâm Văn hóa, Thông tin và Thể thao thị xã 50 triệu đồng để thực hiện nhiệm vụ thứ bảy", "section": "III"}],
       "amounts": [{"text": "50 triệu đồng", "vnd": 50000000}]}
areas = [
 AREA("A01", "missing"),
 AREA("A02", "missing"),
 AREA("A03", "covered", "II.2", "chia sẻ các bài viết, video từ Fanpage \"ASEAN và Việt Nam\" lên trang mạng xã hội của Trung tâm"),
 AREA("A04", "covered", "II.3", "lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện, sinh hoạt chi hội của thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "II.4", "tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Sở Thông tin và Truyền thông tổ chức"),
 AREA("A06", "covered", "II.5", "thông tin cho doanh nghiệp về cam kết trong ASEAN, quy tắc xuất xứ, cơ chế hải quan một cửa ASEAN"),
 AREA("A07", "covered", "II.6", "lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa"),
 AREA("A08", "covered", "II.6", "xây dựng Góc ASEAN tại thư viện Trường THCS Quảng Thuận và Trường THCS Quảng Phong"),
 AREA("A09", "covered", "II.2", "mở chuyên mục \"ASEAN - Ngôi nhà chung\" trên Đài Truyền thanh thị xã"),
 AREA("A10", "covered", "II.7", "treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN trên các tuyến đường chính"),
 AREA("A11", "partial", "II.5", "giới thiệu doanh nghiệp tham gia các hội chợ, triển lãm xúc tiến thương mại do tỉnh tổ chức",
      note="One phrase inside the business task; the fairs are the province's, not fairs in ASEAN or ASEAN promotion at fairs."),
 AREA("A12", "missing"),
 AREA("A13", "covered", "II.1", "Tuyên truyền chủ đề năm ASEAN 2020 \"Gắn kết và Chủ động thích ứng\", các Hội nghị Cấp cao ASEAN lần thứ 36, 37 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "partial", "I", "hiểu rõ hơn về ASEAN, về đất nước, con người các nước ASEAN", note="Only in the purposes."),
 AREA("A15", "missing"),
 AREA("A16", "partial", "I", "Góp phần quảng bá hình ảnh thị xã Ba Đồn, vùng đất Quảng Trạch giàu truyền thống văn hóa", note="Only in the purposes."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (town budget; 50 triệu đồng added)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 3 assignments"),
          ("S4", "pass", "IV report to UBND thị xã and Sở TT&TT 'trước ngày 10/12/2020'"),
          ("S5", "pass", "all 7 tasks (II.1–II.7) name a lead"),
          ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN (and provincial Kế hoạch 1502/KH-UBND)")]
au = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN", "period 2020 within 2019-2020", "fingerprints: Chủ tịch ASEAN 2020"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
