"""Plan 3: a Sở Công Thương Điện Biên plan as saved from a government E-OFFICE system (Hệ thống quản lý văn bản và điều
hành): an incoming-document record (Số đến, Hạn xử lý, processing log with its own 'chủ trì / phối hợp' routing) and
the document's online view. The page is DIV-ONLY with INLINE STYLES: no <p>, <h1-6>, <table>, <ul>/<li>; levels come
only from margin-left / text-indent, bold from inline font-weight; the header block is two flex <div>s.
Body DSL: 'H:' centred bold, 'C:' centred italic, 'R:' Roman heading, 'A:' Arabic heading (bold label span + text),
'F:' field row 'Label: value' (label in a bold span), 'B:' bullet '- …', 'P:' indented paragraph."""
import html
from pathlib import Path

NAME = "dien-bien_85-KH-SCT_2023_asean-eoffice"
OUT = Path("/work/unseen11a") / f"{NAME}.html"

BODY = """
R:I. MỤC ĐÍCH, YÊU CẦU
B:- Thông tin kịp thời, đầy đủ đến cộng đồng doanh nghiệp, hợp tác xã và người dân về các cam kết kinh tế trong ASEAN, các cơ hội và thách thức đối với ngành công thương tỉnh Điện Biên; góp phần hình thành “Tư duy Cộng đồng, Hành động Cộng đồng”.
B:- Phối hợp chặt chẽ với Sở Thông tin và Truyền thông, các cơ quan báo chí và các sở, ngành liên quan trong công tác thông tin về ASEAN.
B:- Nội dung tuyên truyền thiết thực, gắn với nhiệm vụ chuyên môn của ngành; đẩy mạnh ứng dụng nền tảng số, chuyển đổi số trong công tác tuyên truyền.
R:II. NỘI DUNG TUYÊN TRUYỀN
B:- Các nội dung thuộc trụ cột Kinh tế của Cộng đồng ASEAN; tình hình thực thi Hiệp định Thương mại hàng hóa ASEAN (ATIGA) và Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP).
B:- Thương mại điện tử, kinh tế số, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN.
B:- Tiềm năng, thế mạnh của tỉnh Điện Biên trong phát triển kinh tế cửa khẩu, công nghiệp chế biến và các sản phẩm nông sản đặc trưng.
R:III. NHIỆM VỤ CỤ THỂ
A:1.|Duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử Sở Công Thương
P:Đăng tải tin, bài về thực thi các cam kết kinh tế ASEAN, thông tin thị trường các nước ASEAN; chia sẻ trên trang Facebook, nhóm Zalo của Sở.
F:Chủ trì:|Văn phòng Sở
F:Phối hợp:|Phòng Quản lý Thương mại
F:Thời gian:|Thường xuyên
A:2.|Tổ chức hội nghị phổ biến cam kết và các lĩnh vực hợp tác mới cho doanh nghiệp
P:Tổ chức 02 hội nghị tại thành phố Điện Biên Phủ và thị xã Mường Lay, phổ biến quy tắc xuất xứ hàng hóa trong ATIGA, thương mại điện tử xuyên biên giới, cơ chế hải quan một cửa ASEAN và chuyển đổi số trong doanh nghiệp.
F:Chủ trì:|Phòng Quản lý Thương mại
F:Phối hợp:|Cục Hải quan tỉnh Điện Biên; Hiệp hội Doanh nghiệp tỉnh
F:Thời gian:|Quý II/2023
A:3.|Xúc tiến thương mại, quảng bá sản phẩm của tỉnh
P:Tổ chức gian hàng giới thiệu sản phẩm OCOP, nông sản đặc trưng của Điện Biên (gạo Điện Biên, cà phê, chè Shan tuyết) tại Hội chợ Thương mại Việt - Lào tỉnh Điện Biên năm 2023; hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN.
F:Chủ trì:|Trung tâm Khuyến công và Xúc tiến thương mại
F:Phối hợp:|Phòng Quản lý Thương mại; UBND các huyện, thị xã, thành phố
F:Thời gian:|Tháng 11 - 12/2023
A:4.|Giới thiệu doanh nghiệp, hợp tác xã điển hình
P:Phối hợp xây dựng phóng sự, bài viết về các doanh nghiệp, hợp tác xã điển hình của tỉnh tận dụng hiệu quả các cam kết trong ASEAN để mở rộng thị trường.
F:Chủ trì:|Văn phòng Sở
F:Phối hợp:|Báo Điện Biên Phủ; Đài Phát thanh - Truyền hình tỉnh
F:Thời gian:|Quý III/2023
A:5.|Tập huấn, bồi dưỡng cho công chức, viên chức
P:Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN và hội nhập kinh tế quốc tế do Bộ Công Thương, Sở Thông tin và Truyền thông tổ chức.
F:Chủ trì:|Văn phòng Sở
F:Phối hợp:|Các phòng, đơn vị thuộc Sở
F:Thời gian:|Theo kế hoạch của Bộ Công Thương, Sở Thông tin và Truyền thông
A:6.|Thông tin về chuỗi cung ứng và thị trường công nghiệp
P:Phòng Quản lý Công nghiệp cung cấp thông tin về chuỗi cung ứng giá trị khu vực, cơ hội tham gia chuỗi cung ứng cho các doanh nghiệp chế biến nông, lâm sản trên địa bàn tỉnh trong năm 2023.
A:7.|Theo dõi dư luận, xử lý thông tin sai lệch
P:Theo dõi, tổng hợp ý kiến của doanh nghiệp và dư luận về việc thực thi các cam kết trong ASEAN; phối hợp với Sở Thông tin và Truyền thông xử lý thông tin sai lệch liên quan đến hoạt động thương mại qua biên giới.
R:IV. KINH PHÍ THỰC HIỆN
P:Kinh phí thực hiện Kế hoạch từ nguồn chi thường xuyên năm 2023 của Sở Công Thương và kinh phí Chương trình xúc tiến thương mại tỉnh Điện Biên năm 2023 đã được UBND tỉnh phê duyệt (dự kiến 120.000.000 đồng cho 02 hội nghị tại nhiệm vụ 2).
R:V. TỔ CHỨC THỰC HIỆN
A:1.|Văn phòng Sở
B:- Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai Kế hoạch.
B:- Tổng hợp kết quả, báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 30/11/2023.
A:2.|Các phòng, đơn vị thuộc Sở
B:- Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện; báo cáo kết quả về Văn phòng Sở trước ngày 20/11/2023.
A:3.|Đề nghị UBND các huyện, thị xã, thành phố
B:- Chỉ đạo Phòng Kinh tế, Phòng Kinh tế và Hạ tầng phối hợp với Sở Công Thương phổ biến thông tin về ASEAN đến doanh nghiệp, hợp tác xã trên địa bàn.
P:Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023 của Sở Công Thương tỉnh Điện Biên. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Văn phòng Sở (điện thoại 0215.3825.xxx) để được hướng dẫn./.
"""

F = "font-family:'Times New Roman',serif;font-size:14pt;line-height:1.45;color:#000"
e = html.escape


def body_html():
    out = []
    for line in BODY.strip("\n").split("\n"):
        k, t = line.split(":", 1)
        if k == "R":
            out.append(f'<div style="{F};font-weight:bold;margin:10px 0 4px 0;text-indent:36px">{e(t)}</div>')
        elif k == "A":
            lab, txt = t.split("|")
            out.append(f'<div style="{F};margin:6px 0 2px 0;text-indent:36px"><span style="font-weight:bold">{e(lab)}</span>'
                       f'&nbsp;<span style="font-weight:bold">{e(txt)}</span></div>')
        elif k == "F":
            lab, txt = t.split("|")
            out.append(f'<div style="{F};margin:0 0 0 36px"><span style="font-style:italic;font-weight:bold">{e(lab)}</span> '
                       f'<span>{e(txt)}</span></div>')
        elif k == "B":
            out.append(f'<div style="{F};text-align:justify;text-indent:36px;margin:0 0 3px 0">{e(t)}</div>')
        elif k == "P":
            out.append(f'<div style="{F};text-align:justify;text-indent:36px;margin:0 0 3px 0">{e(t)}</div>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Chi tiết văn bản đến - Hệ thống quản lý văn bản và điều hành tỉnh Điện Biên</title>
<script>window.__EO_USER={{id:18422,unit:"UBND-TPDBP-PKT"}};</script>
</head>
<body style="margin:0;background:#eef2f6;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<div style="background:#0b5394;color:#fff;height:46px;display:flex;align-items:center;justify-content:space-between;padding:0 16px">
 <div style="font-weight:bold;font-size:15px;letter-spacing:.3px">HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH - TỈNH ĐIỆN BIÊN</div>
 <div style="font-size:12px">Nguyễn Thị Lan | Phòng Kinh tế - UBND thành phố Điện Biên Phủ | <span style="text-decoration:underline">Đăng xuất</span></div>
</div>
<div style="display:flex">
 <div style="width:190px;background:#fff;min-height:1400px;border-right:1px solid #d5dbe3;padding-top:8px">
  <div style="padding:7px 14px;font-weight:bold;color:#0b5394">Văn bản đến</div>
  <div style="padding:5px 26px">Chờ xử lý (12)</div>
  <div style="padding:5px 26px;background:#dde8f5">Đang xử lý (31)</div>
  <div style="padding:5px 26px">Đã xử lý</div>
  <div style="padding:7px 14px;font-weight:bold;color:#0b5394">Văn bản đi</div>
  <div style="padding:7px 14px;font-weight:bold;color:#0b5394">Hồ sơ công việc</div>
  <div style="padding:7px 14px;font-weight:bold;color:#0b5394">Lịch công tác</div>
  <div style="padding:7px 14px;font-weight:bold;color:#0b5394">Tra cứu văn bản</div>
 </div>
 <div style="flex:1;padding:14px 18px">
  <div style="font-size:12px;color:#666;margin-bottom:8px">Trang chủ › Văn bản đến › Đang xử lý › Chi tiết</div>
  <div style="background:#fff;border:1px solid #d5dbe3;border-radius:3px;margin-bottom:12px">
   <div style="background:#f3f6fa;border-bottom:1px solid #d5dbe3;padding:8px 12px;font-weight:bold">THÔNG TIN VĂN BẢN ĐẾN</div>
   <div style="display:grid;grid-template-columns:150px 1fr 150px 1fr;row-gap:6px;padding:10px 12px">
    <div style="color:#555">Số đến:</div><div style="font-weight:bold">1247</div>
    <div style="color:#555">Ngày đến:</div><div>16/03/2023</div>
    <div style="color:#555">Số, ký hiệu:</div><div>85/KH-SCT</div>
    <div style="color:#555">Ngày văn bản:</div><div>14/03/2023</div>
    <div style="color:#555">Cơ quan ban hành:</div><div>Sở Công Thương tỉnh Điện Biên</div>
    <div style="color:#555">Loại văn bản:</div><div>Kế hoạch</div>
    <div style="color:#555">Người ký:</div><div>Vũ Thị Thanh Hương</div>
    <div style="color:#555">Độ khẩn:</div><div>Thường</div>
    <div style="color:#555">Sổ văn bản:</div><div>Sổ văn bản đến 2023</div>
    <div style="color:#555">Hạn xử lý:</div><div style="color:#c00000;font-weight:bold">31/03/2023</div>
    <div style="color:#555">Trích yếu:</div><div style="grid-column:2 / 5">Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023</div>
    <div style="color:#555">Tệp đính kèm:</div><div style="grid-column:2 / 5"><span style="color:#0b5394;text-decoration:underline">85-KH-SCT-ASEAN-2023.pdf</span> (412 KB) · <span style="color:#0b5394;text-decoration:underline">85-KH-SCT-ASEAN-2023.docx</span> (58 KB)</div>
   </div>
  </div>
  <div style="background:#fff;border:1px solid #d5dbe3;border-radius:3px;margin-bottom:12px">
   <div style="background:#f3f6fa;border-bottom:1px solid #d5dbe3;padding:8px 12px;font-weight:bold">QUÁ TRÌNH XỬ LÝ</div>
   <div style="padding:6px 12px;border-bottom:1px dotted #ccc"><span style="color:#777">16/03/2023 08:42</span> · Văn thư UBND thành phố Điện Biên Phủ · Vào sổ văn bản đến, trình Lãnh đạo UBND thành phố.</div>
   <div style="padding:6px 12px;border-bottom:1px dotted #ccc"><span style="color:#777">16/03/2023 10:15</span> · Phó Chủ tịch UBND thành phố · Chuyển xử lý: Phòng Kinh tế chủ trì tham mưu; Phòng Văn hóa và Thông tin phối hợp. Hạn xử lý 31/03/2023.</div>
   <div style="padding:6px 12px"><span style="color:#777">16/03/2023 14:03</span> · Trưởng phòng Kinh tế · Giao chuyên viên Nguyễn Thị Lan nghiên cứu, dự thảo văn bản triển khai trước ngày 27/03/2023.</div>
  </div>
  <div style="background:#fff;border:1px solid #d5dbe3;border-radius:3px">
   <div style="background:#f3f6fa;border-bottom:1px solid #d5dbe3;padding:8px 12px;font-weight:bold;display:flex;justify-content:space-between"><span>NỘI DUNG VĂN BẢN (xem trực tuyến)</span><span style="font-weight:normal;color:#0b5394">Tải về · In · Phóng to</span></div>
   <div style="background:#8a8f96;padding:18px 0">
    <div style="background:#fff;width:794px;margin:0 auto;padding:56px 60px 70px 100px;box-sizing:border-box;box-shadow:0 0 6px rgba(0,0,0,.35)">
     <div style="display:flex;justify-content:space-between;{F}">
      <div style="width:42%;text-align:center;font-size:13pt">
       <div>UBND TỈNH ĐIỆN BIÊN</div>
       <div style="font-weight:bold">SỞ CÔNG THƯƠNG</div>
       <div style="width:90px;border-top:1px solid #000;margin:2px auto 6px auto"></div>
       <div>Số: 85/KH-SCT</div>
      </div>
      <div style="width:56%;text-align:center;font-size:13pt">
       <div style="font-weight:bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
       <div style="font-weight:bold">Độc lập - Tự do - Hạnh phúc</div>
       <div style="width:200px;border-top:1px solid #000;margin:2px auto 6px auto"></div>
       <div style="font-style:italic">Điện Biên, ngày 14 tháng 3 năm 2023</div>
      </div>
     </div>
     <div style="{F};text-align:center;font-weight:bold;margin-top:22px">KẾ HOẠCH</div>
     <div style="{F};text-align:center;font-weight:bold">Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023</div>
     <div style="width:160px;border-top:1px solid #000;margin:4px auto 14px auto"></div>
     <div style="{F};text-align:justify;text-indent:36px;margin:0 0 3px 0">Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025;</div>
     <div style="{F};text-align:justify;text-indent:36px;margin:0 0 3px 0">Thực hiện Kế hoạch số 57/KH-UBND ngày 15/02/2022 của UBND tỉnh Điện Biên về thông tin tuyên truyền về ASEAN trên địa bàn tỉnh Điện Biên giai đoạn 2022 - 2025,</div>
     <div style="{F};text-align:justify;text-indent:36px;margin:0 0 3px 0">Sở Công Thương xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023, cụ thể như sau:</div>
{BODY}
     <div style="display:flex;justify-content:space-between;margin-top:18px">
      <div style="width:48%;font-family:'Times New Roman',serif;font-size:11pt;line-height:1.3">
       <div style="font-weight:bold;font-style:italic;font-size:12pt">Nơi nhận:</div>
       <div>- UBND tỉnh (b/c);</div>
       <div>- Sở Thông tin và Truyền thông;</div>
       <div>- Lãnh đạo Sở;</div>
       <div>- UBND các huyện, thị xã, thành phố;</div>
       <div>- Các phòng, đơn vị thuộc Sở;</div>
       <div>- Lưu: VT, VP.</div>
      </div>
      <div style="width:48%;text-align:center;{F}">
       <div style="font-weight:bold">KT. GIÁM ĐỐC</div>
       <div style="font-weight:bold">PHÓ GIÁM ĐỐC</div>
       <div style="height:70px;color:#b00;font-size:10pt;padding-top:18px;font-family:Arial">[Đã ký số: 14/03/2023 16:22:09]</div>
       <div style="font-weight:bold">Vũ Thị Thanh Hương</div>
      </div>
     </div>
    </div>
   </div>
  </div>
  <div style="margin-top:12px;display:flex;gap:8px">
   <div style="background:#0b5394;color:#fff;padding:6px 14px;border-radius:3px">Chuyển xử lý</div>
   <div style="background:#6aa84f;color:#fff;padding:6px 14px;border-radius:3px">Hoàn thành</div>
   <div style="background:#999;color:#fff;padding:6px 14px;border-radius:3px">Quay lại</div>
  </div>
 </div>
</div>
<div style="text-align:center;color:#777;font-size:11px;padding:10px">© 2023 Văn phòng UBND tỉnh Điện Biên · eOffice v5.2 · Hỗ trợ: 0215.3xxx.xxx</div>
</body></html>
"""


def main():
    page = PAGE.replace("{BODY}", body_html()).replace("{F}", F).replace("{{", "{").replace("}}", "}")
    assert "<p" not in page and "<table" not in page and "<h1" not in page and "<ul" not in page and "<li" not in page
    OUT.write_text(page, encoding="utf-8")
    print("wrote", OUT, len(page), "chars")


if __name__ == "__main__":
    main()
