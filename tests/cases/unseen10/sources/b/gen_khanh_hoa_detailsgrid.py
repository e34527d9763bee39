"""Plan 4 (layout: legal-documents website page; plan split into collapsible <details>/<summary> sections; the annex
table rendered as a CSS GRID of <div>s, no <table> anywhere).

UBND tỉnh Khánh Hòa, ASEAN 2024-2025 (1160/QĐ-TTg generation). The page has the site's chrome: top bar,
breadcrumb, the site's own attribute box (Số hiệu / Loại văn bản / Nơi ban hành / Người ký / Ngày ban hành …), tabs,
a "Văn bản liên quan" sidebar (other documents' numbers — not the plan's basis), a reader-rating widget and footer.
The document itself: header block as two floated <div> columns; each Roman part is a <details open> with the part's
heading in its <summary>; the tasks of part III are nested <details> (the first two open, the rest closed — the text
is in the HTML either way); the annex "PHỤ LỤC" is a <details> whose body is <div class="pl-grid"> (display:grid,
6 columns), every cell a <div>, group rows spanning all columns (grid-column: 1 / -1).
Writes ../<NAME>.html and sources/<NAME>.source.txt (intended reading text of the document part)."""
import html, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE

HERE = Path(__file__).parent
NAME = "khanh-hoa_4862-KH-UBND_2024_asean-detailsgrid"
E = html.escape

PURPOSE = [
 ("1. Mục đích", [
  "- Nâng cao nhận thức của cán bộ, công chức, viên chức, doanh nghiệp và Nhân dân tỉnh về Cộng đồng ASEAN, về vai trò, "
  "đóng góp của Việt Nam và của tỉnh trong ASEAN; củng cố cảm nhận thuộc về một cộng đồng chung.",
  "- Góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; giúp doanh nghiệp của tỉnh tận dụng hiệu "
  "quả các cơ hội hợp tác trong ASEAN."]),
 ("2. Yêu cầu", [
  "- Thông tin chính xác, kịp thời, đúng định hướng; bám sát Chủ đề ASEAN hằng năm và tinh thần “Tư duy Cộng đồng, Hành động "
  "Cộng đồng”.",
  "- Đổi mới hình thức thông tin, ưu tiên nền tảng số; bảo đảm thiết thực, tiết kiệm, hiệu quả."]),
]
CONTENT = [
 "- Chủ đề ASEAN năm 2024 “ASEAN: Tăng cường kết nối và khả năng tự cường” do Lào làm Chủ tịch và Chủ đề ASEAN năm 2025 do "
 "Malaysia làm Chủ tịch; kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; những đóng góp "
 "của Việt Nam trong xây dựng Cộng đồng ASEAN.",
 "- Quá trình xây dựng Tầm nhìn Cộng đồng ASEAN 2045; vai trò trung tâm của ASEAN trong cấu trúc khu vực.",
 "- Hợp tác giữa tỉnh Khánh Hòa với các địa phương, đối tác các nước ASEAN trên các lĩnh vực kinh tế, thương mại, đầu "
 "tư, giáo dục, văn hóa, du lịch.",
]
TASKS = [
 ("1. Đổi mới nội dung, hình thức thông tin về ASEAN trên báo chí của tỉnh", [
  "Các cơ quan báo chí của tỉnh duy trì, nâng cao chất lượng chuyên trang, chuyên mục về ASEAN; tăng cường các tác phẩm báo "
  "chí đa phương tiện, phóng sự, tọa đàm về hợp tác ASEAN và vai trò của tỉnh trong ASEAN."]),
 ("2. Đẩy mạnh thông tin về ASEAN trên môi trường số", [
  "Xây dựng chuyên mục về ASEAN trên Cổng Thông tin điện tử tỉnh; đăng tải, chia sẻ thông tin về ASEAN trên mạng xã hội, "
  "nền tảng số của các cơ quan, đơn vị; sản xuất video ngắn, infographic về ASEAN phù hợp với người dùng trẻ."]),
 ("3. Giới thiệu câu chuyện thực tiễn, mô hình hợp tác hiệu quả với các nước ASEAN", [
  "Giới thiệu câu chuyện thực tiễn, nhân vật điển hình, doanh nghiệp của tỉnh hợp tác hiệu quả với đối tác các nước ASEAN; "
  "thông tin về doanh nghiệp của tỉnh được trao Giải thưởng Doanh nghiệp ASEAN."]),
 ("4. Quảng bá hình ảnh tỉnh Khánh Hòa, xúc tiến thương mại, đầu tư, du lịch với các nước ASEAN", [
  "Quảng bá tiềm năng, thế mạnh, cơ hội kinh doanh, đầu tư, du lịch của tỉnh tới cộng đồng doanh nghiệp, du khách các "
  "nước ASEAN; tổ chức, tham gia hội chợ, triển lãm, chương trình xúc tiến đầu tư tại các nước ASEAN."]),
 ("5. Thông tin về thương mại điện tử, kinh tế số, dịch chuyển lao động trong ASEAN", [
  "Phổ biến cho doanh nghiệp thông tin về thương mại điện tử, kinh tế số, chuyển đổi số, cơ chế hải quan một cửa ASEAN, chuỗi "
  "cung ứng giá trị khu vực; thông tin cho người lao động về dịch chuyển lao động có tay nghề trong ASEAN."]),
 ("6. Tổ chức giao lưu văn hóa, thể thao và cuộc thi tìm hiểu về ASEAN", [
  "Tổ chức các hoạt động giao lưu văn hóa, thể thao với cộng đồng người nước ngoài, sinh viên các nước ASEAN đang học tập tại "
  "tỉnh; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên."]),
 ("7. Đấu tranh phản bác quan điểm sai trái", [
  "Theo dõi, nắm bắt dư luận; kịp thời phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và quá "
  "trình hội nhập ASEAN."]),
]
BUDGET = [
 "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách tỉnh trong dự toán được giao hằng năm của các cơ quan, đơn vị theo "
 "phân cấp ngân sách hiện hành; khuyến khích huy động nguồn xã hội hóa, tài trợ của các tổ chức, doanh nghiệp theo quy định "
 "của pháp luật."]
ORG = [
 ("1. Sở Thông tin và Truyền thông", [
  "- Là cơ quan đầu mối, chủ trì hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tăng cường công tác "
  "phối hợp thông tin giữa các sở, ngành, địa phương và các cơ quan báo chí của tỉnh.",
  "- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 15/12 hằng năm."]),
 ("2. Sở Tài chính", [
  "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định."]),
 ("3. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố", [
  "Căn cứ nhiệm vụ được phân công tại Phụ lục kèm theo, xây dựng kế hoạch và tổ chức thực hiện; gửi báo cáo kết quả về Sở "
  "Thông tin và Truyền thông trước ngày 30/11 hằng năm."]),
 ("4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn Khánh Hòa và Liên hiệp các tổ chức hữu nghị tỉnh", [
  "Lồng ghép thông tin về ASEAN trong hoạt động của tổ chức mình; phát huy vai trò của đoàn viên, hội viên trong lan tỏa "
  "thông tin về Cộng đồng ASEAN."]),
]
CLOSING = ("Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Sở Thông tin và Truyền "
           "thông để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét, quyết định./.")
RECIP = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Thường trực Tỉnh ủy;", "- Thường trực HĐND tỉnh;",
         "- CT, các PCT UBND tỉnh;", "- Ban Tuyên giáo Tỉnh ủy;", "- Các sở, ban, ngành tỉnh;",
         "- UBND các huyện, thị xã, thành phố;", "- VP UBND tỉnh: CVP, các PCVP;", "- Lưu: VT, KGVX."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Phan Minh Khôi"]

# annex rows: (STT, Nhiệm vụ, Chủ trì, Phối hợp, Thời gian, Sản phẩm); ("G", text) = group row
ANNEX = [
 ("G", "I. THÔNG TIN TRÊN BÁO CHÍ, MÔI TRƯỜNG SỐ"),
 ("1", "Duy trì chuyên trang, chuyên mục về ASEAN; thực hiện tác phẩm báo chí đa phương tiện về hợp tác ASEAN",
  "Báo Khánh Hòa; Đài Phát thanh và Truyền hình Khánh Hòa", "Sở Thông tin và Truyền thông",
  "2024 - 2025", "Chuyên mục, tin, bài, phóng sự"),
 ("2", "Xây dựng chuyên mục về ASEAN trên Cổng Thông tin điện tử tỉnh; sản xuất video ngắn, infographic chia sẻ trên mạng xã hội",
  "Sở Thông tin và Truyền thông", "Văn phòng Ủy ban nhân dân tỉnh", "Quý III/2024", "Chuyên mục; video, infographic"),
 ("3", "Giới thiệu câu chuyện thực tiễn, nhân vật điển hình, doanh nghiệp của tỉnh hợp tác hiệu quả với đối tác ASEAN",
  "Sở Thông tin và Truyền thông", "Sở Công Thương; các cơ quan báo chí của tỉnh", "Năm 2025", "Loạt tin, bài, phóng sự"),
 ("G", "II. QUẢNG BÁ, XÚC TIẾN VÀ HỖ TRỢ DOANH NGHIỆP"),
 ("4", "Tổ chức, tham gia hội chợ, triển lãm, chương trình xúc tiến thương mại, đầu tư, du lịch tại các nước ASEAN; quảng bá hình ảnh tỉnh Khánh Hòa",
  "Trung tâm Xúc tiến Đầu tư và Hỗ trợ doanh nghiệp", "Sở Du lịch; Sở Ngoại vụ", "2024 - 2025", "Chương trình xúc tiến"),
 ("5", "Hội nghị phổ biến thông tin về thương mại điện tử, kinh tế số, hải quan một cửa ASEAN, chuỗi cung ứng giá trị khu vực cho doanh nghiệp; thông tin về dịch chuyển lao động",
  "Sở Công Thương", "Sở Lao động - Thương binh và Xã hội; Cục Hải quan tỉnh Khánh Hòa", "Quý IV/2024", "Hội nghị; tài liệu"),
 ("G", "III. VĂN HÓA, GIÁO DỤC VÀ CÁC HOẠT ĐỘNG KHÁC"),
 ("6", "Tổ chức giao lưu văn hóa, thể thao với sinh viên các nước ASEAN; cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên",
  "Tỉnh đoàn Khánh Hòa", "Sở Giáo dục và Đào tạo; Liên hiệp các tổ chức hữu nghị tỉnh", "Quý II/2025",
  "Chương trình giao lưu; cuộc thi"),
 ("7", "Theo dõi dư luận, phản bác quan điểm sai trái, xuyên tạc về chính sách đối ngoại và hội nhập ASEAN của Việt Nam",
  "Công an tỉnh", "Sở Thông tin và Truyền thông", "Thường xuyên", "Báo cáo chuyên đề"),
 ("8", "Treo cờ ASEAN, pa nô, băng rôn và trình chiếu nội dung tuyên truyền trên màn hình LED tại các tuyến đường trung tâm nhân Ngày thành lập ASEAN",
  "Sở Văn hóa và Thể thao", "Ủy ban nhân dân thành phố Nha Trang, Cam Ranh", "Tháng 8/2024, tháng 8/2025", "Pa nô, băng rôn"),
 ("9", "Tập huấn, bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ làm công tác thông tin đối ngoại",
  "Sở Thông tin và Truyền thông", "Hội Nhà báo tỉnh", "Quý III/2024", "Lớp tập huấn"),
 ("10", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch",
  "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố",
  "Trước ngày 15/12 hằng năm", "Báo cáo"),
]

CSS = """
body{font-family:Arial,Helvetica,sans-serif;margin:0;background:#f3f3f3;color:#222}
.topbar{background:#8b1e1e;color:#fff;padding:8px 24px;font-size:14px}
.topbar a{color:#fff;margin-right:16px;text-decoration:none}
.wrap{display:flex;gap:20px;max-width:1180px;margin:12px auto}
main{flex:1;background:#fff;padding:18px 26px;border:1px solid #ddd}
aside{width:280px;background:#fff;border:1px solid #ddd;padding:12px;font-size:13px}
.crumb{font-size:12px;color:#666;margin-bottom:8px}
h1.doc-title{font-size:19px;color:#8b1e1e;margin:6px 0 12px}
.attrs{display:grid;grid-template-columns:150px 1fr 150px 1fr;border:1px solid #ccc;font-size:13px;margin-bottom:12px}
.attrs div{padding:4px 8px;border-bottom:1px solid #eee}
.attrs .k{background:#f7f2e8;font-weight:bold}
.tabs span{display:inline-block;padding:6px 14px;border:1px solid #ccc;border-bottom:none;margin-right:4px;font-size:13px}
.tabs span.on{background:#8b1e1e;color:#fff}
.vb{font-family:"Times New Roman",Times,serif;font-size:16px;line-height:1.45;border-top:2px solid #8b1e1e;padding-top:14px}
.vb .hdr{overflow:hidden;margin-bottom:10px}
.vb .hdr .l{float:left;width:38%;text-align:center}
.vb .hdr .r{float:right;width:60%;text-align:center}
.vb .c{text-align:center}
.vb p{margin:6px 0;text-align:justify;text-indent:36px}
.vb p.ni{text-indent:0}
.vb details{margin:6px 0}
.vb details>summary{cursor:pointer;font-weight:bold;list-style-position:outside;padding:2px 0}
.vb details details{margin-left:14px}
.vb details details>summary{font-style:italic}
.sig{overflow:hidden;margin-top:14px}
.sig .l{float:left;width:48%;font-size:13px}
.sig .r{float:right;width:48%;text-align:center;font-weight:bold}
.pl-grid{display:grid;grid-template-columns:44px 2.6fr 1.5fr 1.6fr 1fr 1.1fr;border-top:1px solid #555;border-left:1px solid #555;font-size:14px}
.pl-grid>div{border-right:1px solid #555;border-bottom:1px solid #555;padding:4px 5px}
.pl-grid .th{font-weight:bold;text-align:center;background:#eee}
.pl-grid .grp{grid-column:1 / -1;font-weight:bold;background:#fafafa}
.pl-grid .n{text-align:center}
.rate{margin-top:18px;font-size:13px;color:#555;border-top:1px dashed #ccc;padding-top:8px}
footer{background:#333;color:#bbb;font-size:12px;padding:14px 24px;text-align:center}
"""


def P(t, cls=None):
    return f'<p{" class=%s" % cls if cls else ""}>{E(t)}</p>'


def build():
    src = []
    o = ['<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         '<title>Kế hoạch 4862/KH-UBND năm 2024 thông tin, tuyên truyền về ASEAN tỉnh Khánh Hòa</title>',
         f'<style>{CSS}</style>', '</head>', '<body>',
         '<div class="topbar"><a href="/">VĂN BẢN PHÁP LUẬT</a><a href="/van-ban-moi">Văn bản mới</a>'
         '<a href="/tra-cuu">Tra cứu</a><a href="/dang-nhap">Đăng nhập</a></div>',
         '<div class="wrap">', '<main>',
         '<div class="crumb">Trang chủ › Văn bản › Văn hóa - Xã hội › Kế hoạch 4862/KH-UBND</div>',
         '<h1 class="doc-title">Kế hoạch 4862/KH-UBND năm 2024 về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh '
         'Khánh Hòa giai đoạn 2024-2025</h1>',
         '<div class="attrs">',
         '<div class="k">Số hiệu:</div><div>4862/KH-UBND</div><div class="k">Loại văn bản:</div><div>Kế hoạch</div>',
         '<div class="k">Nơi ban hành:</div><div>Tỉnh Khánh Hòa</div><div class="k">Người ký:</div><div>Phan Minh Khôi</div>',
         '<div class="k">Ngày ban hành:</div><div>22/05/2024</div><div class="k">Ngày hiệu lực:</div><div>Đã biết</div>',
         '<div class="k">Ngày công báo:</div><div>Đang cập nhật</div><div class="k">Tình trạng:</div><div>Đã biết</div>',
         '</div>',
         '<div class="tabs"><span class="on">Nội dung</span><span>Tóm tắt</span><span>VB liên quan</span>'
         '<span>Lược đồ</span><span>Tải về</span></div>',
         '<div class="vb">']
    # header block
    o += ['<div class="hdr">',
          '<div class="l"><b>ỦY BAN NHÂN DÂN<br>TỈNH KHÁNH HÒA</b><br>-------<br>Số: 4862/KH-UBND</div>',
          '<div class="r"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br>'
          '<i>Khánh Hòa, ngày 22 tháng 5 năm 2024</i></div>', '</div>']
    src += ["ỦY BAN NHÂN DÂN || CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH KHÁNH HÒA || Độc lập - Tự do - Hạnh phúc",
            "Số: 4862/KH-UBND || Khánh Hòa, ngày 22 tháng 5 năm 2024", ""]
    o += ['<p class="c" style="text-indent:0"><b>KẾ HOẠCH</b></p>',
          '<p class="c" style="text-indent:0"><b>Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Khánh Hòa giai đoạn '
          '2024 - 2025</b></p>']
    src += ["# KẾ HOẠCH", "# Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Khánh Hòa giai đoạn 2024 - 2025"]
    pre = ["Căn cứ Quyết định số 1160/QĐ-TTg ngày 13 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành "
           "động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn đến năm 2030;",
           "Căn cứ Công văn số 1829/BTTTT-TTĐN ngày 10 tháng 4 năm 2024 của Bộ Thông tin và Truyền thông về định hướng công "
           "tác thông tin, tuyên truyền về ASEAN năm 2024;",
           "Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 1763/TTr-STTTT ngày 08 tháng 5 năm 2024,",
           "Ủy ban nhân dân tỉnh ban hành Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh giai đoạn "
           "2024 - 2025 như sau:"]
    o += [P(x) for x in pre]; src += pre

    def part(label, inner, open_=True):
        o.append(f'<details{" open" if open_ else ""}><summary>{E(label)}</summary>')
        src.append("*" + label)
        inner()
        o.append('</details>')

    def sub(label, paras, open_=True):
        o.append(f'<details{" open" if open_ else ""}><summary>{E(label)}</summary>')
        src.append("*" + label)
        for x in paras:
            o.append(P(x)); src.append(x)
        o.append('</details>')

    part("I. MỤC ĐÍCH, YÊU CẦU", lambda: [sub(l, ps) for l, ps in PURPOSE])

    def content():
        for x in CONTENT:
            o.append(P(x)); src.append(x)
    part("II. NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", content)

    def tasks():
        intro = "(Phân công cụ thể tại Phụ lục kèm theo Kế hoạch này)"
        o.append(P(intro, "ni")); src.append(intro)
        for i, (l, ps) in enumerate(TASKS):
            sub(l, ps, open_=i < 2)
    part("III. NHIỆM VỤ VÀ GIẢI PHÁP", tasks)

    def budget():
        for x in BUDGET:
            o.append(P(x)); src.append(x)
    part("IV. KINH PHÍ THỰC HIỆN", budget)

    def org():
        for l, ps in ORG:
            sub(l, ps)
        o.append(P(CLOSING)); src.append(CLOSING)
    part("V. TỔ CHỨC THỰC HIỆN", org)

    o += ['<div class="sig"><div class="l"><b><i>Nơi nhận:</i></b><br>' + "<br>".join(E(x) for x in RECIP[1:]) + '</div>',
          '<div class="r">' + "<br>".join(E(x) for x in SIGN) + '</div></div>']
    for l, r in zip(RECIP, SIGN + [""] * 20):
        src.append(f"{l} || @{r}" if r else l)
    # annex
    o.append('<details open><summary>PHỤ LỤC</summary>')
    o.append('<p class="c" style="text-indent:0"><b>PHÂN CÔNG NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN VỀ ASEAN GIAI ĐOẠN 2024 - 2025</b></p>')
    o.append('<p class="c" style="text-indent:0"><i>(Kèm theo Kế hoạch số 4862/KH-UBND ngày 22 tháng 5 năm 2024 của Ủy ban nhân '
             'dân tỉnh)</i></p>')
    src += ["", "# PHỤ LỤC", "# PHÂN CÔNG NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN VỀ ASEAN GIAI ĐOẠN 2024 - 2025",
            "# (Kèm theo Kế hoạch số 4862/KH-UBND ngày 22 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh)"]
    head = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"]
    o.append('<div class="pl-grid" role="grid">')
    o += [f'<div class="th" role="columnheader">{E(h)}</div>' for h in head]
    src.append(" | ".join(head))
    for row in ANNEX:
        if row[0] == "G":
            o.append(f'<div class="grp" role="row">{E(row[1])}</div>'); src.append(row[1])
        else:
            o.append(f'<div class="n" role="gridcell">{E(row[0])}</div>')
            o += [f'<div role="gridcell">{E(x)}</div>' for x in row[1:]]
            src.append(" | ".join(row))
    o.append('</div>')
    o.append('</details>')
    o.append('</div>')  # .vb
    o += ['<div class="rate">Bạn thấy văn bản này hữu ích? <span>★★★★★</span> (12 lượt đánh giá) · '
          '<a href="#">Báo lỗi văn bản</a> · <a href="#">In văn bản</a></div>',
          '</main>',
          '<aside><b>VĂN BẢN LIÊN QUAN</b><ul>',
          '<li><a href="#">Quyết định 1160/QĐ-TTg năm 2021 phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025, tầm nhìn 2030</a></li>',
          '<li><a href="#">Kế hoạch 4213/KH-UBND năm 2021 về thông tin đối ngoại trên địa bàn tỉnh Khánh Hòa giai đoạn 2021-2025</a></li>',
          '<li><a href="#">Kế hoạch 1876/KH-UBND năm 2023 về thông tin, tuyên truyền về ASEAN tỉnh Khánh Hòa năm 2023</a></li>',
          '<li><a href="#">Quyết định 1536/QĐ-TTg năm 2013 phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2013-2015</a></li>',
          '</ul><b>VĂN BẢN CÙNG LĨNH VỰC</b><ul>',
          '<li><a href="#">Kế hoạch 2387/KH-UBND năm 2024 tổ chức Ngày Sách và Văn hóa đọc Việt Nam tỉnh Khánh Hòa</a></li>',
          '<li><a href="#">Kế hoạch 2461/KH-UBND năm 2024 triển khai công tác thông tin đối ngoại năm 2024</a></li>',
          '</ul></aside>', '</div>',
          '<footer>© Cơ sở dữ liệu văn bản pháp luật · Nội dung văn bản chỉ mang tính chất tham khảo · '
          'Liên hệ: hotro@vanbanphapluat.example</footer>',
          '</body>', '</html>']
    (STAGE / f"{NAME}.html").write_text("\n".join(o) + "\n", encoding="utf-8")
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    print("wrote", STAGE / f"{NAME}.html")


if __name__ == "__main__":
    build()
