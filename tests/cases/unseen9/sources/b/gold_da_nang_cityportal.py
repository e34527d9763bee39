"""Hand-written gold for da-nang_52-KH-UBND_2026_asean-cityportal (a 2026-2030 plan under a fictional successor
programme, audited against asean-2021-2025 with applicable=false)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "da-nang_52-KH-UBND_2026_asean-cityportal"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8").replace("||", " ")

VHTT = lambda: A("Sở Văn hóa và Thể thao")
BTG = lambda: A("Ban Tuyên giáo và Dân vận Thành ủy")
XA = lambda: A("Ủy ban nhân dân các xã, phường, đặc khu", "UBND các xã, phường, đặc khu", True)
P2630 = lambda: TF("2026 - 2030", "2026-01-01", "2030-12-31")

m = meta("52/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thành phố Đà Nẵng", "Đà Nẵng", "2026-01-20",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn thành phố Đà Nẵng giai đoạn 2026 - 2030",
         {"start": 2026, "end": 2030},
         [{"number": "2418/QĐ-TTg", "type": "Quyết định", "date": "2025-11-24"},
          {"number": "5127/BVHTTDL-TTĐN", "type": "Công văn", "date": "2025-12-19"}],
         {"name": "Trần Thị Thanh Mai", "position": "Phó Chủ tịch"})
m["note"] = ("News-portal article carrying the full plan. Metadata from the plan's own header table (Số: 52/KH-UBND; "
             "Đà Nẵng, ngày 20 tháng 01 năm 2026), which agrees with the lead 'Ngày 20/01/2026, UBND thành phố ban hành Kế "
             "hoạch số 52/KH-UBND'; the post time 23/01/2026 15:42 and the related-news dates are the portal's. 'Theo đề "
             "nghị của Sở Văn hóa và Thể thao tại Tờ trình số 96/TTr-SVHTT' is a request, not basis. 2418/QĐ-TTg and "
             "5127/BVHTTDL-TTĐN are fictional but plausible (the brief asks for a successor programme). The article's "
             "lead, photo caption, author, tags and lists are not plan content.")

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2),
        SEC("I.1.a", "a)", "Nâng cao nhận thức của cán bộ, đảng viên, doanh nghiệp và Nhân dân thành phố về Cộng đồng ASEAN, về Tầm nhìn Cộng đồng ASEAN 2045 \"Tương lai chung của chúng ta\", về vai trò, vị thế và đóng góp của Việt Nam sau hơn 30 năm gia nhập ASEAN; góp phần nâng cao cảm nhận thuộc về một cộng đồng chung", 3),
        SEC("I.1.b", "b)", "Khai thác hiệu quả cơ hội từ hội nhập ASEAN để thu hút đầu tư, phát triển Trung tâm tài chính quốc tế tại Đà Nẵng, Khu thương mại tự do Đà Nẵng, du lịch và kinh tế số; quảng bá hình ảnh thành phố Đà Nẵng năng động, đáng sống đến các nước ASEAN và các đối tác", 3),
        SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("I.2.a", "a)", "Thông tin, tuyên truyền chính xác, kịp thời, có trọng tâm, trọng điểm; gắn với nhiệm vụ phát triển kinh tế - xã hội của thành phố sau sắp xếp đơn vị hành chính", 3),
        SEC("I.2.b", "b)", "Đa dạng hóa hình thức, ưu tiên nền tảng số và mạng xã hội; phát huy vai trò của hệ thống thông tin cơ sở ở các xã, phường, đặc khu", 3),
        SEC("II", "II.", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", 1, "content",
            note="Unnumbered bullets only: no sections or tasks below II."),
        SEC("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
T = [
 ("Thông tin trên báo chí và Cổng Thông tin điện tử thành phố", [VHTT()],
  [A("Báo và Phát thanh, Truyền hình Đà Nẵng"), A("Văn phòng Ủy ban nhân dân thành phố", "Văn phòng UBND thành phố")], P2630(),
  "Roles from the trailing parenthesis '(Chủ trì: …; phối hợp: …; thời gian: …)'. The body opens with 'Báo và Phát thanh, "
  "Truyền hình Đà Nẵng' (the merged press agency; one name with a comma inside) as actor, but the parenthesis names the lead."),
 ("Truyền thông trên mạng xã hội và nền tảng số", [VHTT()], [A("Sở Khoa học và Công nghệ")], None,
  "'thời gian: hằng năm' is not a window (a yearly recurring deadline)."),
 ("Thông tin cơ sở và tuyên truyền cổ động trực quan", [XA()], [VHTT(), A("Sở Xây dựng")], None,
  "'nhân Ngày thành lập ASEAN (08/8) và dịp các hội nghị ASEAN' is event-triggered timing, not a deadline."),
 ("Xúc tiến đầu tư, thương mại, du lịch với các nước ASEAN", [A("Sở Tài chính"), A("Sở Công Thương"), A("Sở Du lịch")],
  [A("Sở Ngoại vụ"), A("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng")], None,
  "'theo chương trình xúc tiến hằng năm' gives neither a window nor a deadline."),
 ("Giao lưu văn hóa, thể thao", [VHTT()], [A("Sở Ngoại vụ"), A("Liên hiệp các tổ chức hữu nghị thành phố")], P2630(),
  "The photo exhibition 'trong tháng 8/2027' is a deadline of its own inside the task."),
 ("Tuyên truyền trong trường học và thanh niên", [A("Sở Giáo dục và Đào tạo"), A("Thành Đoàn Đà Nẵng")], [A("Đại học Đà Nẵng")], P2630(), None),
 ("Bồi dưỡng nghiệp vụ thông tin, tuyên truyền", [VHTT()], [BTG()], None,
  "'mỗi năm ít nhất 01 lớp' and 'thời gian: hằng năm' state the same yearly recurrence: one recurring deadline."),
 ("Thông tin cho doanh nghiệp, người lao động", [A("Sở Công Thương"), A("Sở Nội vụ")],
  [A("Hiệp hội Doanh nghiệp thành phố Đà Nẵng")], P2630(), None),
 ("Theo dõi, định hướng dư luận", [A("Công an thành phố")], [BTG(), VHTT()], None, "'thường xuyên' is not a window."),
]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV.1", "1.", "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách thành phố, được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", 2),
         SEC("IV.2", "2.", "Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị xây dựng dự toán kinh phí gửi Sở Tài chính tổng hợp, trình cấp có thẩm quyền bố trí theo quy định; khuyến khích huy động nguồn xã hội hóa và các nguồn hợp pháp khác", 2),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Sở Văn hóa và Thể thao", 2),
         SEC("V.1.a", "a)", "Là cơ quan thường trực, chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch; định hướng các cơ quan báo chí về nội dung trọng tâm thông tin về ASEAN theo từng giai đoạn", 3),
         SEC("V.1.b", "b)", "Chủ trì tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, các tổ chức chính trị - xã hội và các cơ quan báo chí trong thông tin về ASEAN", 3),
         SEC("V.1.c", "c)", "Tổng hợp kết quả, báo cáo UBND thành phố và Bộ Văn hóa, Thể thao và Du lịch trước ngày 10/12 hằng năm; tham mưu sơ kết giữa kỳ vào năm 2028 và tổng kết việc thực hiện Kế hoạch trong quý IV/2030", 3),
         SEC("V.2", "2.", "Sở Ngoại vụ", 2),
         SEC("V.3", "3.", "Sở Tài chính", 2),
         SEC("V.4", "4.", "Các sở, ban, ngành; UBND các xã, phường, đặc khu", 2),
         SEC("V.5", "5.", "Đề nghị Ban Tuyên giáo và Dân vận Thành ủy, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", 2)]
V4 = ["xây dựng kế hoạch cụ thể và tổ chức thực hiện",
      "báo cáo kết quả về Sở Văn hóa và Thể thao trước ngày 25/11 hằng năm để tổng hợp"]
V5 = ["Phối hợp định hướng công tác thông tin, tuyên truyền về ASEAN",
      "chỉ đạo lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên, chú trọng thanh niên, phụ nữ, nông dân"]
asg = [
 ASG(VHTT(), "V.1", ["Là cơ quan thường trực, chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch",
                     "định hướng các cơ quan báo chí về nội dung trọng tâm thông tin về ASEAN theo từng giai đoạn",
                     "Chủ trì tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, các tổ chức chính trị - xã hội và các cơ quan báo chí trong thông tin về ASEAN",
                     "Tổng hợp kết quả, báo cáo UBND thành phố và Bộ Văn hóa, Thể thao và Du lịch trước ngày 10/12 hằng năm",
                     "tham mưu sơ kết giữa kỳ vào năm 2028 và tổng kết việc thực hiện Kế hoạch trong quý IV/2030"]),
 ASG(A("Sở Ngoại vụ"), "V.2", ["Phối hợp cung cấp thông tin về hoạt động đối ngoại, hợp tác giữa thành phố với các địa phương các nước ASEAN",
                               "hướng dẫn công tác thông tin đối ngoại liên quan đến ASEAN"]),
 ASG(A("Sở Tài chính"), "V.3", ["Tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành", coll=True), "V.4", V4, note="Two collectives separated by ';' in the heading: two assignments."),
 ASG(XA(), "V.4", V4),
 ASG(BTG(), "V.5", V5, note="'Đề nghị X, Y': one assignment each. After the 2025 reorganisation the mass organisations sit inside the Mặt trận; the plan names only these two."),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"), "V.5", V5),
]
dls = [
 DL("2026 - 2030", "period", "III.1", "Thông tin trên báo chí và Cổng Thông tin điện tử thành phố", start="2026-01-01", end="2030-12-31"),
 DL("hằng năm", "recurring", "III.2", "Truyền thông trên mạng xã hội và nền tảng số", rec="yearly"),
 DL("hằng năm", "recurring", "III.3", "Thông tin cơ sở và tuyên truyền cổ động trực quan", rec="yearly"),
 DL("2026 - 2030", "period", "III.5", "Giao lưu văn hóa, thể thao", start="2026-01-01", end="2030-12-31"),
 DL("trong tháng 8/2027", "period", "III.5", "tổ chức triển lãm ảnh \"60 năm ASEAN - Đà Nẵng hội nhập và phát triển\"", start="2027-08-01", end="2027-08-31"),
 DL("2026 - 2030", "period", "III.6", "Tuyên truyền trong trường học và thanh niên", start="2026-01-01", end="2030-12-31"),
 DL("hằng năm", "recurring", "III.7", "Bồi dưỡng nghiệp vụ thông tin, tuyên truyền", rec="yearly"),
 DL("2026 - 2030", "period", "III.8", "Thông tin cho doanh nghiệp, người lao động", start="2026-01-01", end="2030-12-31"),
 DL("Hằng năm", "recurring", "IV.2", "xây dựng dự toán kinh phí gửi Sở Tài chính tổng hợp", rec="yearly"),
 DL("trước ngày 10/12 hằng năm", "due", "V.1.c", "báo cáo UBND thành phố và Bộ Văn hóa, Thể thao và Du lịch", due="--12-10", rec="yearly"),
 DL("vào năm 2028", "period", "V.1.c", "tham mưu sơ kết giữa kỳ", start="2028-01-01", end="2028-12-31"),
 DL("trong quý IV/2030", "period", "V.1.c", "tổng kết việc thực hiện Kế hoạch", start="2030-10-01", end="2030-12-31"),
 DL("trước ngày 25/11 hằng năm", "due", "V.4", "báo cáo kết quả về Sở Văn hóa và Thể thao", due="--11-25", rec="yearly"),
]
dls[0]["note"] = ("Each task's own 'thời gian: 2026 - 2030' is kept as a period (as the Cà Mau gold does), although it equals the "
                  "plan period. Not deadlines: the anniversaries in II (08/8/2027, 28/7/2030), 'nhân Ngày thành lập ASEAN (08/8)', "
                  "'theo chương trình xúc tiến hằng năm' (III.4), 'thường xuyên' (III.9), the article/post dates.")
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách thành phố, được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", "section": "IV.1"},
                   {"text": "khuyến khích huy động nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "IV.2"}],
       "amounts": [],
       "note": "IV.1 is the city budget allocated through the units' estimates under budget decentralisation: state_budget "
               "only (not unit_budget, which would be the units' own recurrent funds 'lồng ghép')."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "II", "Tầm nhìn Cộng đồng ASEAN 2045 và các Kế hoạch chiến lược của 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; Chủ đề ASEAN theo từng năm"),
 AREA("B02", "missing", note="No COVID-19 or recovery content (expected: the plan belongs to the next generation)."),
 AREA("B03", "covered", "II", "Những câu chuyện thực tiễn, mô hình, nhân vật điển hình về người dân, doanh nghiệp Đà Nẵng hưởng lợi từ hợp tác ASEAN; các giải thưởng ASEAN"),
 AREA("B04", "partial", "I.1.a", "góp phần nâng cao cảm nhận thuộc về một cộng đồng chung", note="Only in the purposes section."),
 AREA("B05", "covered", "III.4", "Lồng ghép giới thiệu tiềm năng, thế mạnh, cơ chế chính sách đặc thù của thành phố"),
 AREA("B06", "covered", "II", "Các lĩnh vực hợp tác mới: kinh tế số, Hiệp định khung về Kinh tế số ASEAN (DEFA), thương mại điện tử, chuyển đổi xanh, chuỗi cung ứng giá trị khu vực, dịch chuyển lao động có kỹ năng, cơ chế hải quan một cửa ASEAN"),
 AREA("B07", "covered", "III.1", "Cổng Thông tin điện tử thành phố duy trì chuyên mục thông tin về ASEAN"),
 AREA("B08", "covered", "III.3", "treo cờ ASEAN, pa nô, áp phích, băng rôn, trình chiếu trên màn hình LED"),
 AREA("B09", "covered", "III.7", "Tổ chức tập huấn, bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN"),
 AREA("B10", "covered", "III.6", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên"),
 AREA("B11", "covered", "III.5", "Tổ chức, tham gia các hoạt động giao lưu văn hóa, nghệ thuật, thể thao với các địa phương của các nước ASEAN"),
 AREA("B12", "covered", "III.9", "phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về chính sách đối ngoại và quá trình hội nhập ASEAN của Việt Nam"),
 AREA("B13", "covered", "V.1.b", "Chủ trì tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, các tổ chức chính trị - xã hội và các cơ quan báo chí trong thông tin về ASEAN"),
]
AU = audit(REF21, False,
           ["does not cite 1160/QĐ-TTg or a plan under it: implements Quyết định 2418/QĐ-TTg (24/11/2025), the 2026-2030 programme that succeeds it",
            "period 2026-2030, after the 2021-2025 programme",
            "next-generation fingerprints: Tầm nhìn Cộng đồng ASEAN 2045, Timor-Leste thành viên thứ 11, DEFA; no COVID-19"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (city budget; xã hội hóa)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 7 assignments"),
                   ("S4", "pass", "V.1.c báo cáo trước ngày 10/12 hằng năm; V.4 trước ngày 25/11 hằng năm"),
                   ("S5", "pass", "every task III.1-III.9 names 'Chủ trì:' in its parenthesis"),
                   ("S6", "fail", "basis cites 2418/QĐ-TTg (2026-2030 programme) and Công văn 5127/BVHTTDL-TTĐN; neither is 1160/QĐ-TTg nor a plan implementing it")])
AU["applicable"]["note"] = (
    "Decision: audited against asean-2021-2025, the nearer of the two known references (same kind of Government action "
    "programme, same three-pillar frame; the 2030 horizon of 1160 overlaps). By the spec's rule ('not an implementation of "
    "the reference … another generation') the value is false: the plan implements a newer programme for a later period. "
    "The areas are still scored: 11 of 13 would be met, which is what a successor plan looks like. Against asean-2019-2020 "
    "it is equally not applicable (no 02/QĐ-BCĐASEAN, period 2026-2030, no Chủ tịch ASEAN 2020 fingerprints).")
AU["applicable"]["other_references"] = [
    {"id": "asean-2019-2020", "value": False,
     "reasons": ["does not cite 02/QĐ-BCĐASEAN or 03/BTTTT-BCĐASEAN", "period 2026-2030, not 2019-2020",
                 "none of the 2019-2020 fingerprints (Chủ tịch ASEAN 2020, dòng chảy chính …, Ứng dụng và Fanpage)"]}]
write_gold(NAME, P, AU, SRC)
