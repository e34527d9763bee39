"""Hand gold for BĐBP Đắk Nông 1876/KH-BCH (image-only scan). Values typed by hand; the delivered PDF has no text, so
write_gold checks quotes against the text of the PDF that was printed and scanned (build/NAME.source.txt)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "dak-nong_1876-KH-BCH_2019_asean-bdbpscan"
SRC = (Path(__file__).parent / "build" / f"{NAME}.source.txt").read_text(encoding="utf-8")
CT = lambda: A("Phòng Chính trị")
m = meta("1876/KH-BCH", "Kế hoạch", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Nông", "Đắk Nông", "2019-10-15",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trong Bộ đội Biên phòng tỉnh và Nhân dân khu vực biên giới",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "612/KH-UBND", "type": "Kế hoạch", "date": "2019-09-27"}],
         {"name": "Vũ Ngọc Tuấn", "position": "Phó Chính ủy",
          "note": "Printed 'KT. CHỈ HUY TRƯỞNG / PHÓ CHÍNH ỦY / Thượng tá Vũ Ngọc Tuấn': the military rank before the name is not part of the name."})
m["note"] = ("Header 'BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG' (parent) over 'BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG / TỈNH ĐẮK NÔNG' (issuer, two lines). "
             "Image-only scan: every value read from the page images.")
T = [
 ("Tuyên truyền trong cán bộ, chiến sĩ", [CT()], [], None,
  "'X chủ trì, hướng dẫn …'. 'trong quý I/2020' times only the talk (second clause): a deadline, not the task's window."),
 ("Tuyên truyền cho Nhân dân khu vực biên giới", [A("Các Đồn Biên phòng", coll=True)],
  [A("Ủy ban nhân dân các xã biên giới", coll=True)], None,
  "The collective opens the text as actor; 'phối hợp với X' -> support. The Hội/Đoàn named are the meetings used as venues, not agencies given a role."),
 ("Tuyên truyền trên báo chí, phát thanh, truyền hình", [CT()],
  [A("Báo Đắk Nông"), A("Đài Phát thanh và Truyền hình tỉnh")], None, "'X phối hợp với Y, Z duy trì …': X is the actor (lead)."),
 ("Tuyên truyền trực quan tại các cửa khẩu",
  [A("Đồn Biên phòng Cửa khẩu Quốc tế Bu Prăng"), A("Đồn Biên phòng Cửa khẩu Đắk Peur")], [], None,
  "A due date alone ('hoàn thành trước ngày 31/12/2019') is a deadline, not a window."),
 ("Đối ngoại biên phòng, giao lưu hữu nghị", [A("Phòng Tham mưu")], [CT()], None,
  "'nhân dịp gặp mặt đầu năm 2020' is event timing, not a deadline."),
 ("Bồi dưỡng đội ngũ báo cáo viên, tuyên truyền viên", [CT()], [], TF("tháng 11/2019", "2019-11-01", "2019-11-30"),
  "'thời gian: tháng 11/2019' closes the one-sentence task: the task's window."),
 ("Nắm tình hình, đấu tranh với thông tin sai trái", [A("Phòng Trinh sát")], [A("Công an tỉnh")], None, None),
]
tasks = [TASK(f"III.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
        SEC("III", "III.", "HÌNH THỨC, BIỆN PHÁP TUYÊN TRUYỀN", 1, "forms")]
secs += [SEC(f"III.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("IV", "IV.", "BẢO ĐẢM KINH PHÍ", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Phòng Chính trị", 2),
         SEC("V.2", "2.", "Phòng Tham mưu, Phòng Trinh sát, Phòng Hậu cần - Kỹ thuật", 2),
         SEC("V.3", "3.", "Các Đồn Biên phòng", 2)]
D2 = ["Theo chức năng, nhiệm vụ, phối hợp chặt chẽ với Phòng Chính trị thực hiện các nội dung được giao tại Kế hoạch này"]
asg = [
 ASG(CT(), "V.1", ["Là cơ quan thường trực, giúp Đảng ủy, Bộ Chỉ huy chỉ đạo, hướng dẫn, kiểm tra các đơn vị thực hiện Kế hoạch",
                   "tổng hợp, báo cáo kết quả về Cục Chính trị Bộ đội Biên phòng và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12/2019 và trước ngày 05/12/2020"]),
 ASG(A("Phòng Tham mưu"), "V.2", D2, note="A heading naming three offices: one assignment per office."),
 ASG(A("Phòng Trinh sát"), "V.2", D2),
 ASG(A("Phòng Hậu cần - Kỹ thuật"), "V.2", D2),
 ASG(A("Các Đồn Biên phòng", coll=True), "V.3",
     ["Xây dựng kế hoạch cụ thể để triển khai thực hiện tại đơn vị, địa bàn",
      "báo cáo kết quả về Bộ Chỉ huy (qua Phòng Chính trị) trước ngày 25/11 hằng năm"]),
]
dls = [
 DL("hằng tháng", "recurring", "III.1", "đưa nội dung về ASEAN vào chương trình giáo dục chính trị, sinh hoạt \u201cNgày Chính trị - Văn hóa tinh thần\u201d", rec="monthly",
    note="The content goes into the monthly political day, so the duty recurs monthly."),
 DL("trong quý I/2020", "period", "III.1", "tổ chức nói chuyện chuyên đề về Năm Chủ tịch ASEAN 2020", start="2020-01-01", end="2020-03-31"),
 DL("mỗi quý ít nhất 02 tin, bài", "recurring", "III.3", "đăng, phát tin, bài, phóng sự về hợp tác ASEAN", rec="quarterly"),
 DL("hoàn thành trước ngày 31/12/2019", "due", "III.4", "làm mới pa nô, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020", due="2019-12-31"),
 DL("tháng 11/2019", "period", "III.6", "tổ chức 01 lớp bồi dưỡng kiến thức về ASEAN và kỹ năng tuyên truyền", start="2019-11-01", end="2019-11-30"),
 DL("trước ngày 05/12/2019", "due", "V.1", "báo cáo kết quả về Cục Chính trị Bộ đội Biên phòng và Ủy ban nhân dân tỉnh", due="2019-12-05",
    note="'trước ngày 05/12/2019 và trước ngày 05/12/2020': two due items."),
 DL("trước ngày 05/12/2020", "due", "V.1", "báo cáo kết quả về Cục Chính trị Bộ đội Biên phòng và Ủy ban nhân dân tỉnh", due="2020-12-05"),
 DL("trước ngày 25/11 hằng năm", "due", "V.3", "báo cáo kết quả về Bộ Chỉ huy (qua Phòng Chính trị)", due="--11-25", rec="yearly"),
]
bud = {"present": True, "section": "IV", "sources": ["unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách công tác đảng, công tác chính trị năm 2019, năm 2020 của Bộ Chỉ huy", "section": "IV"}],
       "amounts": [],
       "note": "The command's own allotted party/political-work budget -> unit_budget (state_budget is arguable: it is defence budget, but the plan funds itself from its unit's line)."}
areas = [
 AREA("A01", "partial", "V.1", "Là cơ quan thường trực, giúp Đảng ủy, Bộ Chỉ huy chỉ đạo, hướng dẫn, kiểm tra các đơn vị thực hiện Kế hoạch",
      note="Only an internal standing office; no cross-level/cross-sector mechanism and no orienting of the press by period."),
 AREA("A02", "missing"),
 AREA("A03", "missing"),
 AREA("A04", "covered", "III.2", "lồng ghép tuyên truyền về ASEAN trong các buổi họp thôn, bon, sinh hoạt của Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên"),
 AREA("A05", "covered", "III.6", "tổ chức 01 lớp bồi dưỡng kiến thức về ASEAN và kỹ năng tuyên truyền cho báo cáo viên, tuyên truyền viên"),
 AREA("A06", "missing"),
 AREA("A07", "missing"),
 AREA("A08", "missing"),
 AREA("A09", "covered", "III.3", "duy trì chuyên mục \u201cBiên phòng Đắk Nông\u201d, đăng, phát tin, bài, phóng sự về hợp tác ASEAN"),
 AREA("A10", "covered", "III.4", "làm mới pa nô, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 tại khu vực cửa khẩu",
      note="Also III.5: giao lưu văn hóa, thể thao with the Cambodian border force."),
 AREA("A11", "missing"),
 AREA("A12", "missing"),
 AREA("A13", "covered", "III.1", "tổ chức nói chuyện chuyên đề về Năm Chủ tịch ASEAN 2020 cho cán bộ, chiến sĩ toàn đơn vị",
      note="Also the content bullet on the Chairmanship 2020 and 25 years of membership."),
 AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN; thành tựu xây dựng Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN"),
 AREA("A15", "covered", "III.7", "kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc"),
 AREA("A16", "missing"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section IV BẢO ĐẢM KINH PHÍ"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
          ("S4", "pass", "V.1 báo cáo trước ngày 05/12/2019 và trước ngày 05/12/2020; V.3 trước ngày 25/11 hằng năm"),
          ("S5", "pass", "every task III.1-III.7 opens with its lead"),
          ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN")]
au = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and Đắk Nông's plan 612/KH-UBND", "period 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020; 25 năm Việt Nam gia nhập ASEAN"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
