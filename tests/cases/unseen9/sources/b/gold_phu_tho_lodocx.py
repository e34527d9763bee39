"""Hand-written gold for phu-tho_lam-thao_son-vi_31-KH-UBND_2023_asean-lodocx (commune plan, one numbered task with
lettered items a)…e) whose roles are stated in running sentences)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "phu-tho_lam-thao_son-vi_31-KH-UBND_2023_asean-lodocx"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8").replace("||", " ")

def PERS(name, coll=False):
    a = A(name, coll=coll); a["person"] = True; return a

m = meta("31/KH-UBND", "Kế hoạch", "Ủy ban nhân dân xã Sơn Vi", "Phú Thọ", "2023-03-06",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn xã Sơn Vi năm 2023", {"start": 2023, "end": 2023},
         [{"number": "4012/KH-UBND", "type": "Kế hoạch", "date": "2021-11-03"},
          {"number": "145/KH-UBND", "type": "Kế hoạch", "date": "2023-02-20"}],
         {"name": "Nguyễn Văn Hưng", "position": "Chủ tịch"})
m["note"] = ("Header cell 'UBND HUYỆN LÂM THAO / ỦY BAN NHÂN DÂN XÃ SƠN VI': the issuer is the commune (last line before Số:), "
             "the district line is its parent. The province appears only in the basis ('UBND tỉnh Phú Thọ'). Signed 'TM. ỦY "
             "BAN NHÂN DÂN / CHỦ TỊCH' with no KT.: position Chủ tịch. The underscore lines under the header are decoration.")

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("II", "II.", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", 1, "content",
            note="'Nội dung và hình thức': kind content (forms would serve equally; either makes its Arabic item a task)."),
        SEC("II.1", "1.", "Các hoạt động tuyên truyền năm 2023", 2),
        SEC("II.1.a", "a)", "Tuyên truyền trên hệ thống truyền thanh", 3,
            note="Lettered items carry run-in headings ('a) Tuyên truyền trên hệ thống truyền thanh: …'): the title is the text before the colon."),
        SEC("II.1.b", "b)", "Tuyên truyền cổ động trực quan", 3),
        SEC("II.1.c", "c)", "Lồng ghép tuyên truyền trong các đoàn thể", 3),
        SEC("II.1.d", "d)", "Thông tin cho hộ sản xuất, kinh doanh", 3),
        SEC("II.1.đ", "đ)", "Tuyên truyền trong nhà trường", 3),
        SEC("II.1.e", "e)", "Tham gia tập huấn", 3),
        SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("IV.1", "1.", "Công chức Văn hóa - Xã hội có trách nhiệm tham mưu UBND xã triển khai Kế hoạch; theo dõi, đôn đốc việc thực hiện; tổng hợp kết quả, báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin huyện) trước ngày 20/11/2023", 2),
        SEC("IV.2", "2.", "Công chức Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định", 2),
        SEC("IV.3", "3.", "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã phối hợp tuyên truyền đến đoàn viên, hội viên và Nhân dân", 2),
        SEC("IV.4", "4.", "Trưởng các khu dân cư có trách nhiệm thông báo nội dung tuyên truyền tại các cuộc họp khu dân cư", 2)]

VHXH = lambda: PERS("Công chức Văn hóa - Xã hội")
tasks = [TASK("II.1", "Các hoạt động tuyên truyền năm 2023",
              [VHXH(), A("Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
               PERS("Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"),
               A("Trường Trung học cơ sở Sơn Vi", "Trường THCS Sơn Vi")],
              [A("Đài Truyền thanh xã"), A("Đoàn Thanh niên xã", "Đoàn Thanh niên"), A("Hội Liên hiệp Phụ nữ xã", "Hội Liên hiệp Phụ nữ"),
               A("Hội Nông dân xã", "Hội Nông dân"), A("Hội Cựu chiến binh xã"), A("Hợp tác xã Dịch vụ nông nghiệp Sơn Vi")],
              None,
              "The plan's only task: lettered items are not tasks, so II.1 gathers the roles stated in its items' sentences — "
              "'X chủ trì' (a, b, c, d, e) and the opening actor 'Trường THCS Sơn Vi lồng ghép …' (đ) as lead; 'phối hợp với Y' "
              "(a, c, d) as support. Commune civil-servant posts (Công chức Văn hóa - Xã hội …) are positions of single officials: "
              "person=true with the position as name. In (c) the trailing 'xã' of 'Hội Cựu chiến binh xã' qualifies the whole list; "
              "names are completed with 'xã', texts kept as written. 'cử cán bộ Đài Truyền thanh xã tham gia' (e) is not a role. "
              "'năm 2023' in the title is the plan year, not a task window: timeframe null.")]
asg = [
 ASG(VHXH(), "IV.1", ["tham mưu UBND xã triển khai Kế hoạch", "theo dõi, đôn đốc việc thực hiện",
                      "tổng hợp kết quả, báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin huyện) trước ngày 20/11/2023"],
     note="Numbered paragraphs that open with the assignee (here a position) are assignments."),
 ASG(PERS("Công chức Tài chính - Kế toán"), "IV.2", ["tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban MTTQ Việt Nam xã"), "IV.3", ["phối hợp tuyên truyền đến đoàn viên, hội viên và Nhân dân"]),
 ASG(A("Các đoàn thể chính trị - xã hội xã", "các đoàn thể chính trị - xã hội xã", True), "IV.3", ["phối hợp tuyên truyền đến đoàn viên, hội viên và Nhân dân"]),
 ASG(PERS("Trưởng các khu dân cư", coll=True), "IV.4", ["thông báo nội dung tuyên truyền tại các cuộc họp khu dân cư"],
     note="Village heads as a group: collective and person."),
]
dls = [
 DL("mỗi tháng", "recurring", "II.1.a", "phát tin, bài về Cộng đồng ASEAN", rec="monthly",
    note="'mỗi tháng phát ít nhất 02 lượt': a stated frequency without a date."),
 DL("trước ngày 05/8/2023", "due", "II.1.b", "treo 02 băng rôn tuyên truyền về ASEAN", due="2023-08-05"),
 DL("trong quý II/2023", "period", "II.1.e", "tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do huyện tổ chức",
    start="2023-04-01", end="2023-06-30"),
 DL("trước ngày 20/11/2023", "due", "IV.1", "báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin huyện)", due="2023-11-20"),
]
dls[0]["note"] += " Not deadlines: the anniversaries in (a) and 'nhân Ngày thành lập ASEAN' in (b)."
bud = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách xã năm 2023", "section": "III"},
                   {"text": "lồng ghép trong kinh phí hoạt động của các đoàn thể", "section": "III"}],
       "amounts": [{"text": "5.000.000 đồng", "vnd": 5000000}]}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "II.1.a", "phát tin, bài về Cộng đồng ASEAN, về Chủ đề năm ASEAN 2023",
      note="An item commits to broadcasting the year's ASEAN theme; the three pillars are not named (partial is arguable)."),
 AREA("B02", "missing"), AREA("B03", "missing"), AREA("B04", "missing"),
 AREA("B05", "missing", note="Nothing promotes the commune to ASEAN partners."),
 AREA("B06", "covered", "II.1.d", "phổ biến thông tin về thị trường các nước ASEAN, yêu cầu về chất lượng, truy xuất nguồn gốc nông sản và bán hàng qua sàn thương mại điện tử"),
 AREA("B07", "missing", note="Only the loudspeaker system; no portal, social network or digital platform."),
 AREA("B08", "covered", "II.1.b", "treo 02 băng rôn tuyên truyền về ASEAN tại trụ sở UBND xã và Nhà văn hóa trung tâm xã nhân Ngày thành lập ASEAN"),
 AREA("B09", "covered", "II.1.e", "tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do huyện tổ chức"),
 AREA("B10", "covered", "II.1.đ", "vận động học sinh tham gia cuộc thi tìm hiểu về ASEAN do huyện phát động"),
 AREA("B11", "missing"), AREA("B12", "missing"),
 AREA("B13", "missing", note="Mass organisations integrate propaganda (c), but no information coordination among agencies, localities and media."),
]
AU = audit(REF21, True, ["cites Phú Thọ's 2021-2025 ASEAN plan 4012/KH-UBND and the district plan 145/KH-UBND", "period 2023, inside 2021-2025",
                         "ASEAN theme of 2023 ('ASEAN tầm vóc: Tâm điểm tăng trưởng')"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (ngân sách xã, 5.000.000 đồng)"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
                   ("S4", "pass", "IV.1 báo cáo UBND huyện trước ngày 20/11/2023"),
                   ("S5", "pass", "the only task II.1 has leads (from its lettered items)"),
                   ("S6", "pass", "basis cites the provincial 2021-2025 plan 4012/KH-UBND (and the district plan)")])
AU["checks"][5]["note"] = "The text names only the provincial and district plans; that 4012/KH-UBND implements 1160/QĐ-TTg is inferred from its period and subject, as in the Kiên Giang gold."
write_gold(NAME, P, AU, SRC)
