"""Reports render from a run directory alone, escape corpus text, and work in a real browser."""

import json
import os
import re
import shutil
import subprocess

import pytest
from click.testing import CliRunner

from dedup.cli import main

EVIL = "<script>document.title='PWNED'</script>"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory, seeds_dir):
    src = tmp_path_factory.mktemp("in")
    web = next(seeds_dir.glob("003*.txt")).read_text(encoding="utf-8")
    digest = next(seeds_dir.glob("001*.txt")).read_text(encoding="utf-8")
    # the same report twice, one copy carrying markup in its body text
    (src / "web.txt").write_text(web, encoding="utf-8")
    (src / "evil.txt").write_text(web.replace("阿特斯是全球光伏产业的佼佼者", "阿特斯是全球光伏产业的佼佼者" + EVIL), encoding="utf-8")
    (src / "digest.txt").write_text(digest, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    res = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return out


def test_report_files_and_rerender(run_dir):
    index = run_dir / "report" / "index.html"
    pages = sorted((run_dir / "report" / "clusters").glob("*.html"))
    assert index.exists() and pages
    before = pages[0].read_bytes()
    pages[0].unlink()
    assert CliRunner().invoke(main, ["report", str(run_dir)]).exit_code == 0
    assert pages[0].read_bytes() == before  # re-rendered from the artifacts, identically


def test_html_is_self_contained_and_escaped(run_dir):
    for page in (run_dir / "report").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), page
        assert "<link" not in html
        assert EVIL not in html  # never raw
    cluster_html = "".join(p.read_text(encoding="utf-8") for p in (run_dir / "report" / "clusters").glob("*.html"))
    assert "&lt;script&gt;" in cluster_html or "\\u003cscript\\u003e" in cluster_html


def test_summary_markdown(run_dir):
    md = (run_dir / "report" / "summary.md").read_text(encoding="utf-8")
    assert md.startswith("# dedup run summary") and "| c000001 |" in md and "Variants by kind" in md


def test_report_of_a_non_run_directory_is_a_clear_error(tmp_path):
    res = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert res.exit_code == 2 and "not a run directory" in res.output


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _dump_dom(url: str, tmp_path) -> str:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom", url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120).stdout


def test_cluster_page_in_headless_chromium(run_dir, tmp_path):
    if CHROMIUM is None:
        if os.environ.get("DEDUP_REQUIRE_BROWSER"):
            pytest.fail("headless Chromium is required here (DEDUP_REQUIRE_BROWSER) but not installed")
        pytest.skip("headless Chromium not installed (apt package chromium; .ci/run installs it)")
    clusters = [json.loads(line) for line in (run_dir / "clusters.jsonl").read_text(encoding="utf-8").splitlines()]
    cid = next(c["cluster"] for c in clusters if any(m["id"] == "evil" for m in c["members"]))
    dom = _dump_dom((run_dir / "report" / "clusters" / f"{cid}.html").as_uri(), tmp_path)
    assert "<title>Cluster" in dom and "PWNED" not in dom.split("</title>")[0]  # the article's script never ran
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom  # ...and a reader sees it as text
    # the page's own script ran: the side-by-side view holds both witnesses' texts
    side = re.search(r'<pre id="text-a">(.*?)</pre>', dom, re.S)
    assert side and "阿特斯" in side.group(1)
    assert 'class="site' in dom and 'class="strip"' in dom and 'id="hide-trivial"' in dom
    index = _dump_dom((run_dir / "report" / "index.html").as_uri(), tmp_path)
    assert "dedup run report" in index and f'href="clusters/{cid}.html"' in index
