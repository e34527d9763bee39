"""A heat-map of the coverage matrix with matplotlib (for notebooks and reports)."""
from __future__ import annotations

from .i18n import labels

CODES = {"missing": 0, "partial": 1, "covered": 2}


def heatmap(aset, ax=None, lang: str = "vi"):
    import matplotlib
    if ax is None:
        matplotlib.use(matplotlib.get_backend())
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap
    L = labels(lang)
    m = aset.matrix("status")
    data = m.apply(lambda col: col.map(lambda v: CODES.get(v, float("nan"))))
    if ax is None:
        _, ax = plt.subplots(figsize=(max(6, 0.45 * len(m.columns) + 3), max(2.5, 0.4 * len(m) + 1.5)))
    cmap = ListedColormap(["#cf222e", "#f2cc60", "#2da44e"])
    cmap.set_bad("#8c959f")
    ax.imshow(data.to_numpy(dtype=float), cmap=cmap, vmin=0, vmax=2, aspect="auto")
    ax.set_xticks(range(len(m.columns)), labels=list(m.columns), rotation=90)
    ax.set_yticks(range(len(m.index)), labels=[str(i)[:40] for i in m.index])
    ax.set_title(L["matrix"])
    from matplotlib.patches import Patch
    ax.legend(handles=[Patch(color=c, label=L[k]) for k, c in (("covered", "#2da44e"), ("partial", "#f2cc60"), ("missing", "#cf222e"))],
              loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small")
    return ax
