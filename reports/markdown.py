"""summary.md: the run at a glance for terminals and pull requests."""

from __future__ import annotations

from collections import Counter

from .load import Run

MAX_CLUSTERS = 20


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def render_summary(run: Run) -> str:
    r = run.run
    ledger = r.get("ledger", {})
    counts = r.get("counts", {})
    kinds: Counter = run.kind_totals()
    lines = ["# dedup run summary", "",
             "| documents | articles | rejected | clusters | duplicates | unique articles | variant sites |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
             f"| {ledger.get('documents', 0):,} | {ledger.get('articles', 0):,} | {ledger.get('rejected', 0):,} | "
             f"{len(run.clusters):,} | {counts.get('duplicates', 0):,} | {run.n_canonical:,} | {sum(kinds.values()):,} |", ""]
    if kinds:
        lines += ["## Variants by kind", "", "| kind | sites |", "| --- | ---: |"]
        lines += [f"| {k} | {n:,} |" for k, n in sorted(kinds.items(), key=lambda x: (-x[1], x[0]))] + [""]
    if run.clusters:
        lines += [f"## Largest clusters (first {MAX_CLUSTERS})", "", "| cluster | size | variants | canonical title |",
                  "| --- | ---: | ---: | --- |"]
        for cl in sorted(run.clusters, key=lambda c: (-c["size"], c["cluster"]))[:MAX_CLUSTERS]:
            cid = cl["cluster"]
            title = run.titles.get(cid, "")
            lines.append(f"| {cid} | {cl['size']} | {sum(run.kinds.get(cid, {}).values())} | {_cell(title)} |")
        lines.append("")
    rejected = ledger.get("rejections", [])
    lines += [f"## Rejected inputs ({len(rejected)})", ""]
    lines += [f"- `{_cell(x['doc'])}`: {_cell(x['reason'])}" for x in rejected] or ["None."]
    removed = ledger.get("removed_by_rule", {})
    if removed:
        lines += ["", "## Lines removed by rule", "", "| rule | lines |", "| --- | ---: |"]
        lines += [f"| {k} | {v:,} |" for k, v in sorted(removed.items(), key=lambda x: -x[1])]
    return "\n".join(lines) + "\n"
