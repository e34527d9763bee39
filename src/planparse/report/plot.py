"""A heat-map of the coverage matrix with matplotlib (for notebooks and reports)."""
from __future__ import annotations

from .i18n import labels, norm_lang, plan_label, status_label

CODES = {"missing": 0, "partial": 1, "covered": 2}
COLOURS = {"failed": "#57606a", "missing": "#cf222e", "partial": "#f2cc60", "covered": "#2da44e", "absent": "#eaeef2"}


def heatmap(aset, ax=None, lang: str = "vi"):
    """Plans (rows, named ``Province · number``) × areas; every colour in the legend, including light grey
    for an area that is not in the plan's reference and dark grey for a file that could not be read."""
    import matplotlib
    if ax is None:
        matplotlib.use(matplotlib.get_backend())
    import matplotlib.pyplot as plt
    import numpy as np
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch
    lang = norm_lang(lang)
    L = labels(lang)
    ids = aset.area_ids()
    data = np.full((len(aset.rows), len(ids)), np.nan)
    names = []
    for i, r in enumerate(aset.rows):
        if r["status"] != "ok":
            data[i, :] = -1
            names.append(r["path"].replace("\\", "/").rsplit("/", 1)[-1][:40])
            continue
        by = {a["id"]: a["status"] for a in r["audit"]["areas"]}
        for j, aid in enumerate(ids):
            if aid in by:
                data[i, j] = CODES.get(by[aid], np.nan)
        names.append(plan_label(r["audit"]["source"], lang, with_date=False)[:40])
    if ax is None:
        _, ax = plt.subplots(figsize=(max(6, 0.45 * len(ids) + 4), max(2.5, 0.4 * len(names) + 1.5)))
    cmap = ListedColormap([COLOURS["failed"], COLOURS["missing"], COLOURS["partial"], COLOURS["covered"]]).with_extremes(
        bad=COLOURS["absent"])
    ax.imshow(np.ma.masked_invalid(data), cmap=cmap, vmin=-1.5, vmax=2.5, aspect="auto", interpolation="nearest")
    ax.set_xticks(range(len(ids)), labels=ids, rotation=90)
    ax.set_yticks(range(len(names)), labels=names)
    ax.set_title(L["matrix"])
    handles = [Patch(facecolor=COLOURS[k], edgecolor="#d0d7de", label=status_label(k, lang)) for k in ("covered", "partial", "missing")]
    handles.append(Patch(facecolor=COLOURS["absent"], edgecolor="#d0d7de", label=L("not_in_reference")))
    handles.append(Patch(facecolor=COLOURS["failed"], edgecolor="#d0d7de", label=status_label("failed", lang)))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small")
    return ax
