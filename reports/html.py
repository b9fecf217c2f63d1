"""Self-contained HTML reports: inline CSS and JS, no network, every piece of corpus text escaped.

Corpus text reaches the page in two ways only: ``html.escape`` into markup, and
JSON inside ``<script type="application/json">`` with ``<`` written as ``\\u003c``
(read by the page's own script and shown with ``textContent``).  Either way a
``<script>`` inside an article stays text.
"""

from __future__ import annotations

import json
from collections import Counter
from html import escape

from .load import Run

TRIVIAL = ("whitespace", "punctuation", "width", "script")
KIND_ORDER = ("whitespace", "punctuation", "width", "script", "ocr_lookalike", "ocr_doubled", "ocr_dropped",
              "substitution", "insertion", "deletion", "editorial")
KIND_COLOURS = {
    "whitespace": "#d0d0d0", "punctuation": "#b9d7f0", "width": "#c7e9c0", "script": "#dadaeb",
    "ocr_lookalike": "#fdae6b", "ocr_doubled": "#fd8d3c", "ocr_dropped": "#e6550d",
    "substitution": "#fee391", "insertion": "#a1d99b", "deletion": "#fc9272", "editorial": "#9e9ac8",
}

CSS = """
body{font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;margin:0;color:#222;background:#fafafa}
header,main{max-width:1100px;margin:0 auto;padding:0 16px}
header{padding-top:12px} h1{font-size:22px;margin:8px 0} h2{font-size:17px;margin:22px 0 8px}
table{border-collapse:collapse;width:100%;background:#fff} th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f0f0;cursor:pointer;user-select:none} th.sorted-asc::after{content:" ▲"} th.sorted-desc::after{content:" ▼"}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;flex-wrap:wrap;gap:8px}.card{background:#fff;border:1px solid #ddd;padding:8px 12px;border-radius:6px;min-width:120px}
.card b{display:block;font-size:20px}
.text{background:#fff;border:1px solid #ddd;padding:12px 16px;white-space:pre-wrap;word-break:break-word}
.site{border-radius:3px;padding:0 1px;cursor:help} .site sup{font-size:10px;color:#555;margin-left:1px}
.site.empty::before{content:"‸";color:#c00}
.strip{position:relative;height:18px;background:#eee;border:1px solid #ccc;margin:6px 0 12px}
.strip a{position:absolute;top:0;width:3px;height:100%;opacity:.85}
.app li{margin:2px 0} .app .k{font-size:12px;padding:0 4px;border-radius:3px} .app .rd{font-family:monospace;background:#f4f4f4;padding:0 3px}
.controls label{margin-right:12px;font-size:14px}
body.hide-trivial .trivial{display:none} body.hide-trivial .site.trivial{display:inline;background:none!important}
body.hide-trivial .site.trivial sup{display:none}
.side{display:grid;grid-template-columns:1fr 1fr;gap:10px} .side pre{background:#fff;border:1px solid #ddd;padding:8px;white-space:pre-wrap;word-break:break-word;margin:0;font:inherit}
.muted{color:#666;font-size:13px} .legend span{display:inline-block;padding:0 6px;margin:2px;border-radius:3px;font-size:12px}
"""

SORT_JS = """
document.querySelectorAll('table.sortable').forEach(function(t){
  t.querySelectorAll('th').forEach(function(th,col){
    th.addEventListener('click',function(){
      var rows=Array.from(t.tBodies[0].rows), asc=!th.classList.contains('sorted-asc');
      t.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc')});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      rows.sort(function(a,b){
        var x=a.cells[col].dataset.v||a.cells[col].textContent, y=b.cells[col].dataset.v||b.cells[col].textContent;
        var nx=parseFloat(x), ny=parseFloat(y), c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
        return asc?c:-c;});
      rows.forEach(function(r){t.tBodies[0].appendChild(r)});
    });
  });
});
"""

CLUSTER_JS = """
var W=JSON.parse(document.getElementById('witness-data').textContent);
var box=document.getElementById('hide-trivial');
function applyHide(){document.body.classList.toggle('hide-trivial',box.checked)}
box.addEventListener('change',applyHide);applyHide();
var sa=document.getElementById('side-a'), sb=document.getElementById('side-b');
W.forEach(function(w,i){[sa,sb].forEach(function(s){var o=document.createElement('option');o.value=i;
  o.textContent=w.siglum+' '+w.id;s.appendChild(o);});});
sa.value=0; sb.value=W.length>1?1:0;
function show(){document.getElementById('text-a').textContent=W[sa.value].text;
  document.getElementById('text-b').textContent=W[sb.value].text;}
sa.addEventListener('change',show); sb.addEventListener('change',show); show();
"""


def _page(title: str, body: str, script: str = "", data: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head>\n<body>\n{body}\n{data}"
            f"<script>{script}</script>\n</body></html>\n")


def _json_for_script(obj: object) -> str:
    """JSON safe inside <script type=application/json>: no '<' can close the element."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("&", "\\u0026")


def _legend() -> str:
    return '<div class="legend">' + "".join(
        f'<span style="background:{KIND_COLOURS[k]}">{escape(k)}</span>' for k in KIND_ORDER) + "</div>"


def cluster_file(cid: str) -> str:
    return f"clusters/{cid}.html"


def render_index(run: Run) -> str:
    r = run.run
    ledger = r.get("ledger", {})
    counts = r.get("counts", {})
    cards = [("documents", ledger.get("documents", 0)), ("articles", ledger.get("articles", 0)),
             ("rejected inputs", ledger.get("rejected", 0)), ("clusters", len(run.clusters)),
             ("duplicates", counts.get("duplicates", 0)), ("unique articles", run.n_canonical),
             ("variant sites", sum(run.kind_totals().values()))]
    body = ['<header><h1>dedup run report</h1>',
            f'<p class="muted">inputs: {escape(", ".join(map(str, r.get("options", {}).get("inputs", []))))}</p></header><main>',
            '<div class="cards">' + "".join(f"<div class=card><b>{n:,}</b>{escape(k)}</div>" for k, n in cards) + "</div>"]
    kinds = run.kind_totals()
    body.append("<h2>Variants by kind</h2>" + _legend() + "<table><tr><th>kind</th><th class=num>sites</th></tr>"
                + "".join(f"<tr><td>{escape(k)}</td><td class=num>{kinds.get(k, 0):,}</td></tr>" for k in KIND_ORDER)
                + "</table>")
    rows = []
    for cl in run.clusters:
        cid = cl["cluster"]
        kc = run.kinds.get(cid, Counter())
        n_sites = sum(kc.values())
        sims = [m["similarity"] for m in cl["members"] if not m.get("centre")]
        mean_sim = sum(sims) / len(sims) if sims else 1.0
        title = run.titles.get(cid, "")
        trivial = sum(kc.get(k, 0) for k in TRIVIAL)
        ocr = sum(v for k, v in kc.items() if k.startswith("ocr_"))
        rows.append(
            f'<tr><td><a href="{cluster_file(cid)}">{escape(cid)}</a></td><td>{escape(title)}</td>'
            f'<td class=num>{cl["size"]}</td><td class=num data-v="{mean_sim:.4f}">{mean_sim:.3f}</td>'
            f'<td class=num>{n_sites}</td><td class=num>{trivial}</td><td class=num>{ocr}</td>'
            f'<td class=num>{kc.get("editorial", 0)}</td>'
            f'<td class=num>{n_sites - trivial - ocr - kc.get("editorial", 0)}</td></tr>')
    body.append('<h2>Clusters</h2><p class="muted">Click a column to sort.</p><table class="sortable"><thead><tr>'
                "<th>cluster</th><th>canonical title</th><th class=num>size</th><th class=num>mean similarity</th>"
                "<th class=num>variants</th><th class=num>trivial</th><th class=num>OCR</th><th class=num>editorial</th>"
                "<th class=num>other</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")
    rejected = ledger.get("rejections", [])
    body.append(f"<h2>Rejected inputs ({len(rejected)})</h2>")
    if rejected:
        body.append("<table><tr><th>document</th><th>reason</th></tr>" + "".join(
            f"<tr><td>{escape(x['doc'])}</td><td>{escape(x['reason'])}</td></tr>" for x in rejected) + "</table>")
    else:
        body.append("<p>None: every input gave at least one article.</p>")
    removed = ledger.get("removed_by_rule", {})
    body.append("<h2>Lines removed by rule</h2><table class=sortable><thead><tr><th>rule</th><th class=num>lines</th>"
                "</tr></thead><tbody>" + "".join(f"<tr><td>{escape(k)}</td><td class=num>{v:,}</td></tr>"
                                                 for k, v in sorted(removed.items(), key=lambda x: -x[1]))
                + "</tbody></table></main>")
    return _page("dedup run report", "\n".join(body), SORT_JS)


def _marked_text(text: str, sites: list[dict]) -> str:
    out, pos = [], 0
    for s in sorted(sites, key=lambda s: (s["offset"], s["site"])):
        start, end = s["offset"], s["offset"] + s["length"]
        if start < pos:  # never overlap; a malformed site is shown in the apparatus only
            continue
        out.append(escape(text[pos:start]))
        cls = "site trivial" if s["kind"] in TRIVIAL else "site"
        if start == end:
            cls += " empty"
        tip = "; ".join(f"{r['siglum']}: {r['reading'] or '∅'}" for r in s["readings"])
        out.append(f'<a class="{cls}" id="s{s["site"]}" href="#a{s["site"]}" style="background:{KIND_COLOURS.get(s["kind"], "#eee")}" '
                   f'title="{escape(s["kind"] + " — " + tip)}">{escape(text[start:end])}<sup>{s["site"]}</sup></a>')
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


def render_cluster(cl: dict, canon: dict, sites: list[dict], witnesses: dict[str, dict]) -> str:
    """One cluster's page from its cluster row, canonical row, variant sites and witness articles."""
    cid = cl["cluster"]
    text = canon.get("text", "")
    members = [m["id"] for m in cl["members"]]
    sig = {}
    for s in sites[:1]:
        sig = {r["witness"]: r["siglum"] for r in s["readings"]}
    if not sig:
        sig = {w: chr(65 + i) if i < 26 else f"W{i}" for i, w in enumerate(sorted(members))}
    base = canon.get("base", cl.get("canonical"))
    why = canon.get("base_reason", {})
    body = [f'<header><p><a href="../index.html">← all clusters</a></p><h1>Cluster {escape(cid)}: {escape(canon.get("title", ""))}</h1>',
            f'<p class="muted">{len(members)} witnesses · {len(sites)} variant sites · base witness '
            f'{escape(sig.get(base, "?"))} {escape(str(base))} (medoid similarity {why.get("medoid_similarity", "")}, '
            f'quality penalty {escape(json.dumps(why.get("quality_penalty", {}), ensure_ascii=False))}, '
            f'reprint: {escape(str(why.get("reprint", "")))})</p></header><main>']
    body.append("<h2>Witnesses</h2><table><tr><th>siglum</th><th>article</th><th>title</th><th>source</th><th>date</th>"
                "<th class=num>similarity to centre</th></tr>")
    for m in cl["members"]:
        w = witnesses.get(m["id"], {})
        meta = w.get("meta", {})
        mark = " (base)" if m["id"] == base else ""
        body.append(f"<tr><td>{escape(sig.get(m['id'], '?'))}</td><td>{escape(m['id'])}{mark}</td><td>{escape(w.get('title', ''))}</td>"
                    f"<td>{escape(str(meta.get('source', '')))}</td><td>{escape(str(meta.get('date', '')))}</td>"
                    f"<td class=num>{m['similarity']:.3f}</td></tr>")
    body.append("</table>")
    body.append('<h2>Canonical text</h2><div class="controls"><label><input type="checkbox" id="hide-trivial"> '
                "hide trivial variants (whitespace, punctuation, width, script)</label></div>" + _legend())
    n = max(len(text), 1)
    ticks = "".join(f'<a class="{"trivial" if s["kind"] in TRIVIAL else ""}" href="#s{s["site"]}" '
                    f'style="left:{100 * s["offset"] / n:.3f}%;background:{KIND_COLOURS.get(s["kind"], "#999")}" '
                    f'title="{escape(s["kind"])}"></a>' for s in sites)
    body.append(f'<div class="strip" title="where the variants are">{ticks}</div>')
    body.append(f'<div class="text">{_marked_text(text, sites)}</div>')
    body.append("<h2>Apparatus</h2><ol class=app>")
    for s in sites:
        readings = "; ".join(f'{escape(r["siglum"])}: <span class="rd">{escape(r["reading"]) or "∅"}</span>' for r in s["readings"])
        cls = "trivial" if s["kind"] in TRIVIAL else ""
        body.append(f'<li id="a{s["site"]}" class="{cls}"><a href="#s{s["site"]}">{s["site"]}</a> '
                    f'<span class="k" style="background:{KIND_COLOURS.get(s["kind"], "#eee")}">{escape(s["kind"])}</span> '
                    f'<span class="rd">{escape(s["chosen"]) or "∅"}</span>] {readings} — <i>{escape(s["reason"])}</i></li>')
    body.append("</ol>")
    body.append('<h2>Side by side</h2><p><select id="side-a"></select> <select id="side-b"></select></p>'
                '<div class="side"><pre id="text-a"></pre><pre id="text-b"></pre></div></main>')
    data = [{"id": m, "siglum": sig.get(m, "?"), "text": witnesses.get(m, {}).get("text", "")} for m in sorted(members, key=lambda x: sig.get(x, x))]
    script_data = f'<script type="application/json" id="witness-data">{_json_for_script(data)}</script>\n'
    return _page(f"Cluster {cid}", "\n".join(body), CLUSTER_JS, script_data)
