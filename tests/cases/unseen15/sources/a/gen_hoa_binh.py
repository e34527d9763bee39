"""Plan 6 — Hòa Bình, Sở Văn hóa, Thể thao và Du lịch, 95/KH-SVHTTDL (20/02/2020), asean-2019-2020. Built with
python-docx, then SAVED BY LIBREOFFICE (`soffice --headless --convert-to docx:"MS Word 2007 XML"`), so the delivered
DOCX is LibreOffice's. Set 15 wording: roles as `- Đơn vị thực hiện: X (chủ trì), Y (phối hợp).`, `X chủ trì
tham mưu …`, a collective actor `Các phòng, đơn vị thuộc Sở theo chức năng, nhiệm vụ`; the Sở's own units named
bare (`Thư viện tỉnh`, `Bảo tàng tỉnh`); times (`trước ngày 15/3/2020`, `tháng 7-8/2020`, `khai mạc vào dịp kỷ niệm
25 năm Việt Nam gia nhập ASEAN (28/7/2020)`, `trong quý III/2020`, `năm 2020`, `hoàn thành việc bổ sung tài liệu
trước ngày 30/6/2020; duy trì thường xuyên`), reports inside a task (`báo cáo kết quả về Sở (qua Phòng Quản lý Văn
hóa) trước ngày 15/9/2020`) and in the closing part; money (`nguồn kinh phí sự nghiệp văn hóa năm 2020 đã giao`,
`xã hội hóa`, `85.000.000 đồng (Tám mươi lăm triệu đồng chẵn)`)."""
import sys, subprocess, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
NAME = "hoa-binh_95-KH-SVHTTDL_2020_asean-unitroles"
BODY = [
 ("P", "Thực hiện Kế hoạch số 186/KH-UBND ngày 25/12/2019 của Ủy ban nhân dân tỉnh Hòa Bình về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Hòa Bình;"),
 ("P", "Thực hiện Công văn số 312/UBND-VX ngày 14/02/2020 của Ủy ban nhân dân tỉnh về việc triển khai các hoạt động hưởng ứng Năm Chủ tịch ASEAN 2020;"),
 ("P", "Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 của ngành như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Góp phần nâng cao hiểu biết của cán bộ, công chức, viên chức và Nhân dân về Cộng đồng ASEAN, về đất nước, con người, văn hóa các nước ASEAN; hưởng ứng Năm Chủ tịch ASEAN 2020 của Việt Nam."),
 ("P", "- Quảng bá hình ảnh, tiềm năng du lịch, văn hóa các dân tộc tỉnh Hòa Bình tới du khách các nước ASEAN."),
 ("P", "- Các hoạt động được tổ chức thiết thực, tiết kiệm, lồng ghép với các hoạt động chuyên môn của ngành."),
 ("H", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
 ("H", "1. Xây dựng, duy trì Góc ASEAN tại Thư viện tỉnh"),
 ("P", "Bổ sung sách, báo, tài liệu về ASEAN và các nước thành viên; tổ chức giới thiệu sách, trưng bày chuyên đề tại Góc ASEAN."),
 ("P", "- Đơn vị thực hiện: Thư viện tỉnh (chủ trì), Phòng Quản lý Văn hóa (phối hợp)."),
 ("P", "- Thời gian: hoàn thành việc bổ sung tài liệu trước ngày 30/6/2020; duy trì thường xuyên."),
 ("H", "2. Tổ chức triển lãm ảnh \"Việt Nam - ASEAN: 25 năm hội nhập và phát triển\""),
 ("P", "Triển lãm giới thiệu thành tựu của Việt Nam sau 25 năm gia nhập ASEAN và hình ảnh đất nước, con người các nước ASEAN; báo cáo kết quả về Sở (qua Phòng Quản lý Văn hóa) trước ngày 15/9/2020."),
 ("P", "- Đơn vị thực hiện: Bảo tàng tỉnh (chủ trì), Trung tâm Văn hóa tỉnh (phối hợp)."),
 ("P", "- Thời gian: tháng 7-8/2020; khai mạc vào dịp kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/2020)."),
 ("H", "3. Tuyên truyền cổ động trực quan"),
 ("P", "Trung tâm Văn hóa tỉnh thiết kế, phát hành maket, khẩu hiệu tuyên truyền về Năm Chủ tịch ASEAN 2020 gửi Phòng Văn hóa và Thông tin các huyện, thành phố để thực hiện; hoàn thành trước ngày 15/3/2020."),
 ("H", "4. Giao lưu văn hóa, thể thao"),
 ("P", "Phòng Quản lý Thể dục thể thao chủ trì tham mưu tổ chức chương trình giao lưu văn nghệ, thể thao với lưu học sinh các nước ASEAN đang học tập trên địa bàn tỉnh, trong quý III/2020."),
 ("H", "5. Quảng bá du lịch Hòa Bình tới thị trường khách ASEAN"),
 ("P", "Quảng bá tiềm năng du lịch hồ Hòa Bình, Mai Châu và văn hóa Mường tới du khách các nước ASEAN; biên soạn, in ấn 3.000 tờ rơi, ấn phẩm quảng bá du lịch bằng tiếng Anh; tham gia Hội chợ Du lịch quốc tế Việt Nam - VITM Hà Nội 2020."),
 ("P", "- Đơn vị thực hiện: Trung tâm Thông tin và Xúc tiến du lịch (chủ trì), Phòng Quản lý Du lịch (phối hợp)."),
 ("P", "- Thời gian: năm 2020."),
 ("H", "6. Lồng ghép tuyên truyền về ASEAN trong hoạt động văn hóa cơ sở"),
 ("P", "Các phòng, đơn vị thuộc Sở theo chức năng, nhiệm vụ lồng ghép tuyên truyền về ASEAN trong các buổi biểu diễn nghệ thuật, chiếu phim lưu động, hoạt động của các thiết chế văn hóa cơ sở."),
 ("H", "III. KINH PHÍ"),
 ("P", "Kinh phí thực hiện từ nguồn kinh phí sự nghiệp văn hóa năm 2020 đã giao cho Sở và các đơn vị sự nghiệp trực thuộc; huy động xã hội hóa đối với hoạt động giao lưu, triển lãm. Tổng kinh phí dự kiến: 85.000.000 đồng (Tám mươi lăm triệu đồng chẵn)."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Quản lý Văn hóa"),
 ("P", "Là đầu mối, tham mưu Giám đốc Sở theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch; phối hợp với Báo Hòa Bình, Đài Phát thanh và Truyền hình tỉnh đưa tin về các hoạt động; tổng hợp, báo cáo kết quả gửi Sở Thông tin và Truyền thông trước ngày 20/11/2020 để tổng hợp báo cáo UBND tỉnh."),
 ("H", "2. Văn phòng Sở"),
 ("P", "Hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí theo quy định; đăng tải tin, bài về các hoạt động trên Trang thông tin điện tử của Sở và trang Fanpage \"Du lịch Hòa Bình\"."),
 ("H", "3. Các phòng, đơn vị thuộc Sở"),
 ("P", "Căn cứ nhiệm vụ được phân công, xây dựng kế hoạch chi tiết, triển khai thực hiện; báo cáo kết quả về Phòng Quản lý Văn hóa trước ngày 10/11/2020."),
 ("H", "4. Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố"),
 ("P", "Tham mưu UBND cấp huyện treo khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020 tại trung tâm các huyện, thành phố."),
 ("P", "Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 của Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình./."),
]
RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở TT&TT;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
         "- Phòng VH&TT các huyện, thành phố;", "- Lưu: VT, QLVH."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Bùi Văn Thành"]

def main():
    doc = new_doc(size=14)
    set_core(doc, "SVHTTDL-HoaBinh", "2020-02-17T08:00:00", "2020-02-20T15:40:00")
    header(doc, size=12, left=["UBND TỈNH HÒA BÌNH", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "", "Số: 95/KH-SVHTTDL"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Hòa Bình, ngày 20 tháng 02 năm 2020"],
           wl=7.0, wr=9.0)
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Tuyên truyền, quảng bá ASEAN năm 2020\ncủa ngành Văn hóa, Thể thao và Du lịch", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    b = Path(__file__).parent / "build"
    src = b / f"{NAME}.pydocx.docx"
    doc.save(src)
    out = b / "lo"; out.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)],
                   check=True, capture_output=True)
    shutil.copy(out / f"{NAME}.pydocx.docx", STAGE / f"{NAME}.docx"); print("wrote", NAME)

main()
