"""Write notebooks/01-parse-a-plan.ipynb and notebooks/02-audit-plans.ipynb.

Run: ``python tools/make_notebooks.py`` (add ``--execute`` to store the outputs, with nbclient).
A cell that starts with ``# `` or ``## `` is Markdown and keeps its heading; every other cell is code.
"""
import sys
from pathlib import Path

import nbformat as nbf

ROOT = Path(__file__).resolve().parents[1]
FIND = """from pathlib import Path
ROOT = next(p for p in [Path.cwd(), *Path.cwd().parents] if (p / "data" / "samples").is_dir())
SAMPLES = ROOT / "data" / "samples"

def table(df):
    # text columns left-aligned: pandas right-aligns every cell, which makes Vietnamese sentences hard to read
    text = [c for c in df.columns if df[c].dtype == object]
    return (df.style.set_properties(subset=text, **{"text-align": "left", "white-space": "pre-wrap"})
            .set_table_styles([{"selector": "th", "props": [("text-align", "left")]}]))"""


def nb(cells):
    n = nbf.v4.new_notebook()
    n.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    n.cells = [nbf.v4.new_markdown_cell(c) if c.startswith(("# ", "## ")) else nbf.v4.new_code_cell(c) for c in cells]
    return n


PARSE = [
    "# Parse a plan\n\nThis notebook reads one provincial plan, shows its outline, and turns what an analyst looks for — "
    "tasks and who leads them, deadlines, funding — into tables.",
    FIND + "\nimport planparse\nplan = planparse.parse(SAMPLES / 'binh-duong_4750-KH-UBND_2019_asean.txt')\nplan",
    "## Metadata\n\nNumber, issuer, date, the directive it implements (`basis`) and who signed it.",
    "m = plan.meta\nprint(m.number, '|', m.issuer, '|', m.issued, '|', m.title)\nprint('basis:', [(b.type, b.number, b.date) for b in m.basis])\nprint('signer:', m.signer)",
    "## The outline\n\nSections come from the numbering (Roman → Arabic → `a)`), with the kind of each top-level section.",
    "table(plan.sections_frame()[['id', 'level', 'kind', 'title']])",
    "## Tasks and their lead agencies\n\nTasks without a lead agency (`has_lead` false) are what check S5 reports.",
    "tasks = plan.tasks_frame()\ntable(tasks[['id', 'title', 'lead', 'support', 'has_lead']])",
    "table(tasks[~tasks.has_lead][['id', 'title']])",
    "## Who is assigned what\n\nAssignments from the organisation section; `successor_2025` says who holds the duties after the 2025 reorganisation.",
    "table(plan.assignments_frame()[['agency', 'as_written', 'collective', 'successor_2025', 'section']])",
    "## Deadlines and reporting duties",
    "table(plan.deadlines_frame()[['text', 'kind', 'due', 'start', 'end', 'recurrence', 'section', 'subject']])",
    "## Funding",
    "print(plan.budget.present, plan.budget.sources)\ntable(plan.budget_frame())",
    "## Back to the source\n\nEvery span indexes `plan.text`; `source_span` maps it back to the file's characters.",
    "d = plan.deadlines[0]\nprint(repr(plan.text[d.span[0]:d.span[1]]))\ns, e = plan.source_span(d.span)\nprint(repr((SAMPLES / 'binh-duong_4750-KH-UBND_2019_asean.txt').read_text(encoding='utf-8')[s:e]))",
    "## Export\n\n`to_json()` writes the `planparse/plan@1` document.",
    "print(plan.to_json()[:600])",
]

AUDIT = [
    "# Audit plans against the central directive\n\nWhich content areas of the ASEAN directive does each plan cover, only touch, or leave out? "
    "The references shipped with planparse are *reconstructions* of the directives (each area carries a provenance tag).",
    FIND + "\nimport planparse\nfor r in planparse.references():\n    print(r.id, r.number, len(r.areas), 'areas')",
    "## One plan",
    "audit = planparse.audit(SAMPLES / 'ca-mau_2019_asean.txt')\naudit",
    "table(audit.to_frame()[['area', 'status', 'score', 'section', 'evidence']])",
    "table(audit.checks_frame())",
    "## A plan on another topic\n\nThe Bình Dương foreign-information plan is not an ASEAN plan: planparse says so, with its reasons.",
    "neg = planparse.audit(SAMPLES / 'binh-duong_1759-KH-UBND_2019_foreign-information.txt')\nprint(neg.applicable, neg.reasons)",
    "## All the samples: the coverage matrix\n\n`repr(aset)` is a line per plan; in Jupyter `aset` shows one matrix per reference directive.",
    "aset = planparse.audit_many([SAMPLES], jobs=1)\nprint(repr(aset))",
    "aset",
    "table(aset.summary()[['plan', 'status', 'reference', 'applicable', 'coverage', 'failed_checks']])",
    "aset.matrix()",
    "ax = aset.plot()",
    "## Missing areas per plan",
    "m = aset.matrix()\n{plan: list(row[row == 'missing'].index) for plan, row in m.iterrows()}",
    "## A department's plan against its province's plan\n\nAny parsed plan can be the reference: its tasks become the areas.",
    "parent = planparse.parse(SAMPLES / 'binh-duong_4750-KH-UBND_2019_asean.txt')\nchild = planparse.audit(SAMPLES / 'tay-ninh_2502-KH-UBND_2019_asean-news.txt', reference=parent)\ntable(child.to_frame()[['area', 'title', 'status']].head(8))",
    "## Reports\n\n`to_excel` and `to_html` write what `planparse audit --out` writes.",
    "import tempfile\nout = Path(tempfile.mkdtemp())\naset.to_excel(out / 'matrix.xlsx')\naset.to_html(out / 'report.html')\nsorted(p.name for p in out.iterdir())",
]

if __name__ == "__main__":
    d = ROOT / "notebooks"
    d.mkdir(exist_ok=True)
    for name, cells in (("01-parse-a-plan.ipynb", PARSE), ("02-audit-plans.ipynb", AUDIT)):
        n = nb(cells)
        if "--execute" in sys.argv:
            from nbclient import NotebookClient
            NotebookClient(n, timeout=600, resources={"metadata": {"path": str(d)}}).execute()
        nbf.write(n, d / name)
    print("wrote", d)
