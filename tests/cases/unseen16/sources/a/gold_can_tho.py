"""Hand gold for Trường Đại học Cần Thơ 1208/KH-ĐHCT (PDF) — a foreign-information plan, NOT an implementing plan of an
ASEAN reference (applicable false; areas still scored against asean-2021-2025, the reference of its generation).
Values typed by hand; write_gold checks quotes against pdftotext -raw of the delivered PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "can-tho_1208-KH-DHCT_2023_asean-ttdnpdf"
SRC = delivered_text(NAME, "pdf")
HTQT = lambda: A("Phòng Hợp tác Quốc tế")
m = meta("1208/KH-ĐHCT", "Kế hoạch", "Trường Đại học Cần Thơ", "Cần Thơ", "2023-04-26",
         "Công tác thông tin đối ngoại năm 2023", {"start": 2023, "end": 2023},
         [{"number": "72/2015/NĐ-CP", "type": "Nghị định", "date": "2015-09-07"},
          {"number": "178/KH-BGDĐT", "type": "Kế hoạch", "date": "2023-03-01"}],
         {"name": "Lâm Quốc Huy", "position": "Phó Hiệu trưởng"})
m["note"] = ("Header 'BỘ GIÁO DỤC VÀ ĐÀO TẠO' (parent ministry) / 'TRƯỜNG ĐẠI HỌC CẦN THƠ' (issuer); the issuer's name already carries "
             "its locality. 'Quy chế tổ chức và hoạt động …' has no number: not basis.")
T = [
 ("Cập nhật thông tin trên Trang thông tin điện tử tiếng Anh của Trường", [A("Trung tâm Thông tin và Quản trị mạng")], [HTQT()], None,
  "'X chủ trì, phối hợp với Y'. 'thường xuyên' is not a window; '08 tin, bài/tháng' is a monthly recurring deadline."),
 ("Biên soạn ấn phẩm giới thiệu Trường", [HTQT()], [], TF("trong quý II/2023", "2023-04-01", "2023-06-30"),
  "'thực hiện trong quý II/2023' closes the one-sentence task: its window."),
 ("Tham gia hội chợ, triển lãm giáo dục quốc tế", [HTQT()], [A("Phòng Đào tạo")], None,
  "'X phối hợp với Y tham gia …': X opens the sentence as the actor (lead), Y support."),
 ("Thông tin về kết quả kiểm định và xếp hạng", [A("Trung tâm Quản lý chất lượng")], [], None, None),
 ("Giới thiệu văn hóa Việt Nam cho lưu học sinh, sinh viên quốc tế", [A("Phòng Công tác Sinh viên")],
  [A("Đoàn Thanh niên Trường"), A("Hội Sinh viên Trường")], None,
  "'tháng 11/2023' times only the festival (second clause): a deadline, not the task's window."),
 ("Thông tin thời sự quốc tế cho viên chức, người học", [A("Khoa Khoa học Chính trị")], [],
  TF("trong năm 2023", "2023-01-01", "2023-12-31"), "'trong năm 2023' closes the one-sentence task: its window."),
 ("Đấu tranh, phản bác thông tin sai trái trên không gian mạng", [A("Đoàn Thanh niên Trường")], [], None, None),
 ("Bồi dưỡng nghiệp vụ thông tin đối ngoại", [A("Phòng Tổ chức - Cán bộ")], [HTQT()], None,
  "'X phối hợp với Y cử viên chức …': X is the actor (lead). The Bộ and Sở Ngoại vụ only organise the courses attended."),
]
tasks = [TASK(f"II.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Hợp tác Quốc tế", 2), SEC("IV.2", "2.", "Phòng Tài chính", 2),
         SEC("IV.3", "3.", "Các đơn vị được giao nhiệm vụ", 2)]
asg = [
 ASG(HTQT(), "IV.1", ["Là đầu mối giúp Hiệu trưởng theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch",
                      "tổng hợp, báo cáo kết quả công tác thông tin đối ngoại năm 2023 về Bộ Giáo dục và Đào tạo trước ngày 15/11/2023"]),
 ASG(A("Phòng Tài chính"), "IV.2", ["Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch theo quy định"]),
 ASG(A("Các đơn vị được giao nhiệm vụ", coll=True), "IV.3",
     ["Chủ động xây dựng kế hoạch chi tiết, triển khai thực hiện",
      "gửi báo cáo kết quả về Phòng Hợp tác Quốc tế trước ngày 31/10/2023"]),
]
dls = [
 DL("08 tin, bài/tháng", "recurring", "II.1", "cập nhật thường xuyên tin, bài tiếng Anh", rec="monthly"),
 DL("trong quý II/2023", "period", "II.2", "biên soạn, in ấn ấn phẩm giới thiệu Trường bằng tiếng Anh", start="2023-04-01", end="2023-06-30"),
 DL("tháng 11/2023", "period", "II.5", "tổ chức Ngày hội văn hóa sinh viên quốc tế", start="2023-11-01", end="2023-11-30"),
 DL("trong năm 2023", "period", "II.6", "tổ chức 02 buổi nói chuyện chuyên đề về tình hình thời sự quốc tế", start="2023-01-01", end="2023-12-31"),
 DL("trước ngày 15/11/2023", "due", "IV.1", "báo cáo kết quả công tác thông tin đối ngoại năm 2023 về Bộ Giáo dục và Đào tạo", due="2023-11-15"),
 DL("trước ngày 31/10/2023", "due", "IV.3", "gửi báo cáo kết quả về Phòng Hợp tác Quốc tế", due="2023-10-31"),
]
bud = {"present": True, "section": "III", "sources": ["unit_budget", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí hoạt động thường xuyên năm 2023 của Trường và các nguồn hợp pháp khác", "section": "III"}],
       "amounts": []}
SAME = "Same kind of activity, but on the university's foreign information in general, not on ASEAN: only touched."
areas = [
 AREA("B01", "missing"),
 AREA("B02", "missing"),
 AREA("B03", "missing"),
 AREA("B04", "missing", note="Vietnamese culture is introduced to foreign students; nothing on an ASEAN identity."),
 AREA("B05", "partial", "II.3", "giới thiệu chương trình đào tạo của Trường tại Campuchia, Lào, Indonesia và các nước trong khu vực",
      note=SAME + " The university, not the province, is promoted (the city only to foreign students in II.5)."),
 AREA("B06", "missing"),
 AREA("B07", "partial", "II.1", "cập nhật thường xuyên tin, bài tiếng Anh về hoạt động đào tạo, nghiên cứu khoa học, hợp tác quốc tế trên Trang thông tin điện tử của Trường",
      note=SAME),
 AREA("B08", "missing"),
 AREA("B09", "partial", "II.8", "cử viên chức làm công tác hợp tác quốc tế, truyền thông tham dự các lớp bồi dưỡng nghiệp vụ thông tin đối ngoại",
      note=SAME),
 AREA("B10", "missing", note="No contest or youth activity about ASEAN; the international students' festival is counted under B11."),
 AREA("B11", "partial", "II.3", "tham gia các hội chợ, triển lãm giáo dục quốc tế", note=SAME + " Also the culture festival in II.5."),
 AREA("B12", "covered", "II.7", "đấu tranh phản bác các thông tin sai trái, xuyên tạc về đường lối đối ngoại của Đảng, chính sách của Nhà nước",
      note="The area's core (countering distorted views of Vietnam's foreign policy) does not depend on ASEAN, and a whole task commits to it (as A15 in the shared 1759 gold); partial is arguable since ASEAN integration is not named."),
 AREA("B13", "missing"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 3 assignments"),
          ("S4", "pass", "IV.1 báo cáo Bộ GD&ĐT trước ngày 15/11/2023; IV.3 trước ngày 31/10/2023"),
          ("S5", "pass", "every task II.1-II.8 opens with its lead"),
          ("S6", "fail", "basis cites 72/2015/NĐ-CP and 178/KH-BGDĐT; not 1160/QĐ-TTg, 01/QĐ-BCĐASEAN or a provincial ASEAN plan")]
au = audit(REF21, False, ["does not cite 1160/QĐ-TTg, 01/QĐ-BCĐASEAN or any ASEAN plan",
                          "another topic: a university's foreign-information plan for 2023 (thông tin đối ngoại)",
                          "ASEAN only in passing (AUN-QA in II.4); none of the 2021-2025 fingerprints"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
