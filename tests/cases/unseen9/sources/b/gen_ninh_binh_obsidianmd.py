"""Deliver ninh-binh_412-KH-STTTT_2022_asean-obsidianmd.md: an Obsidian vault note (Notion-style nested bullets).
The note was typed by hand (NAME.source.md) the way a clerk keeps plans in a vault: YAML front matter (title,
number, date, issuer, tags, created/updated timestamps), an `> [!info]` callout holding the printed header,
`## I.` Roman headings, numbered items carried by bullets (`- **1. …**`) with 4-space nested field bullets
(`Chủ trì:` / `Phối hợp:` / `Thời gian:`), lettered sub-items as nested bullets, a pipe table of ASEAN event dates,
a `> [!quote]` and a `> [!warning]` callout, a section re-typed with 2-space indentation (V), the signature block in
bold lines, wiki links and #tags at the end. This script only normalises to NFC and copies."""
from pathlib import Path
from common import STAGE, N
NAME = "ninh-binh_412-KH-STTTT_2022_asean-obsidianmd"
src = (Path(__file__).parent / f"{NAME}.source.md").read_text(encoding="utf-8")
(STAGE / f"{NAME}.md").write_text(N(src), encoding="utf-8")
print("wrote", NAME + ".md")
