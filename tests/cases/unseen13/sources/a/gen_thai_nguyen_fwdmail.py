"""Build the Gmail-style forwarded e-mail HTML page for the Thái Nguyên plan from its source text."""
import html
from pathlib import Path
from common import STAGE
NAME = "thai-nguyen_1875-KH-STTTT_2022_asean-fwdmail"
L = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
e = html.escape
left, right = L[0:3], L[3:6]
hdr = ('<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:620px"><tbody><tr>'
       '<td style="width:250px;text-align:center;vertical-align:top">'
       + "".join(f'<div>{"<b>" + e(x) + "</b>" if i == 1 else e(x)}</div>' for i, x in enumerate(left)) +
       '</td><td style="text-align:center;vertical-align:top">'
       + "".join(f'<div>{"<b>" + e(x) + "</b>" if i == 0 else ("<i>" + e(x) + "</i>" if i == 2 else e(x))}</div>' for i, x in enumerate(right)) +
       '</td></tr></tbody></table>')
body = []
for x in L[6:]:
    if x.startswith(("I.", "II.", "III.", "IV.", "KẾ HOẠCH")) or x in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"):
        body.append(f'<div><b>{e(x)}</b></div>')
    elif x[:2] in ("1.", "2.", "3.", "4.", "5.", "6.", "7.") :
        body.append(f'<div><b><i>{e(x)}</i></b></div>')
    elif x == "Nơi nhận:":
        body.append(f'<div><b><i><span style="font-size:12px">{e(x)}</span></i></b></div>')
    else:
        body.append(f'<div style="text-align:justify">{e(x)}</div>')
    if x.startswith("Thông tin, tuyên truyền về ASEAN năm 2022 của"):
        body.append('<div><br></div>')
page = f'''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: Fwd: Kế hoạch 1875/KH-STTTT tuyên truyền ASEAN năm 2022 - Gmail</title></head>
<body><div dir="ltr"><div>Kính gửi các anh, chị trong phòng,</div><div>Em chuyển Kế hoạch của Sở để các anh, chị nắm và triển khai ạ. File PDF có chữ ký số đính kèm, em dán nội dung vào thư để tiện xem trên điện thoại.</div><div><br></div>
<div>Trân trọng!</div><div>--</div><div>Nguyễn Thu Hà</div><div>Phòng TT-BC-XB, Sở TT&amp;TT Thái Nguyên</div><div><br></div>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>Từ: <strong class="gmail_sendername" dir="auto">Văn thư Sở TT&amp;TT</strong> <span dir="auto">&lt;vanthu.stttt@thainguyen.gov.vn&gt;</span><br>Date: Th 4, 15 thg 6, 2022 lúc 16:42<br>Subject: Fwd: Kế hoạch 1875/KH-STTTT tuyên truyền ASEAN năm 2022<br>To: &lt;phongttbcxb.stttt@thainguyen.gov.vn&gt;<br></div><br><br>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>Từ: <strong class="gmail_sendername" dir="auto">Hệ thống quản lý văn bản</strong> <span dir="auto">&lt;ioffice@thainguyen.gov.vn&gt;</span><br>Date: Th 4, 15 thg 6, 2022 lúc 15:10<br>Subject: Kế hoạch 1875/KH-STTTT tuyên truyền ASEAN năm 2022<br>To: &lt;vanthu.stttt@thainguyen.gov.vn&gt;<br></div><br><br>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">
{hdr}
<div><br></div>
{chr(10).join(body)}
<div><br></div><div>[Tệp đính kèm: 1875-KH-STTTT.signed.pdf (412 KB)]</div>
</div></blockquote></div>
</div></blockquote></div></div>
</body></html>
'''
(STAGE / f"{NAME}.html").write_text(page, encoding="utf-8")
print("wrote", NAME)
