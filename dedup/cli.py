"""The ``dedup`` command line (click)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import click

from cleaners import STEPS, CleanOptions
from reports import render_report

from .boilerplate import MIN_GROUPS
from .canonical import run_reconcile
from .detect import DetectOptions
from .pipeline import RunOptions, run_clean, run_find
from .reconcile import ReconcileOptions
from .writers import write_json

DEFAULT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _jobs(value: int | None) -> int:
    return value if value and value > 0 else (os.cpu_count() or 1)


def common_options(f):
    """Options every corpus command takes."""
    f = click.option("--quiet", "-q", is_flag=True, help="No progress lines on stderr.")(f)
    f = click.option("--jobs", "-j", type=int, default=0, show_default="all cores",
                     help="Worker processes for cleaning and hashing.")(f)
    f = click.option("--no-clean", "disabled", multiple=True, type=click.Choice(STEPS),
                     help="Switch a cleaning step off (repeatable): " + ", ".join(STEPS) + ".")(f)
    f = click.option("--text-field", default="text", show_default=True, help="JSONL field holding the page text.")(f)
    f = click.option("--id-field", default="id", show_default=True, help="JSONL field holding the document id.")(f)
    return f


def make_options(inputs, out, id_field, text_field, disabled, jobs, quiet, formats=()) -> RunOptions:
    return RunOptions(inputs=list(inputs), out=Path(out), id_field=id_field, text_field=text_field, jobs=_jobs(jobs),
                      clean=CleanOptions.without(*disabled), formats=tuple(formats), progress=not quiet)


def report_ledger(ledger, out: Path) -> None:
    for line in ledger.summary_lines():
        click.echo(line)
    click.echo(f"output: {out}")
    if ledger.documents == 0 or ledger.articles == 0:
        click.echo("error: nothing could be processed (see the rejected inputs above)", err=True)
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dedup-news")
def main() -> None:
    """Clean, deduplicate and reconcile news corpora.

    \b
    Stages (each command runs the ones before it):
      clean   raw pages -> articles with metadata, and an audit of every change
      find    clean, then group near-duplicate articles (MinHash/LSH)
      run     find, then reconcile each cluster and write the reports
      report  re-render the reports of a finished run directory

    INPUT is a directory (searched recursively) or files: .txt, .html, .htm, .jsonl,
    .jsonl.gz.  HTML pages (files, or JSONL records holding a whole page) are rendered
    to text, one line per block, and their head's metadata kept.
    Bad inputs are reported in the summary and in cleaning.jsonl, never dropped
    silently; the exit code is non-zero only when nothing could be processed.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False), help="Output directory.")
@click.option("--format", "formats", multiple=True, type=click.Choice(["txt"]),
              help="Also write one cleaned .txt per input document under OUT/txt/.")
@common_options
def clean(inputs, out, formats, id_field, text_field, disabled, jobs, quiet):
    """Clean raw pages into articles.

    \b
    Writes OUT/articles.jsonl (one line per article: id, doc, title, text, meta),
    OUT/cleaning.jsonl (one line per input document: removed lines with their
    rule, joined breaks, rewrites by kind, detected encoding, or why it was
    rejected) and OUT/run.json.  A document that yields several articles gives
    ids <doc>#1, <doc>#2, ...
    """
    opts = make_options(inputs, out, id_field, text_field, disabled, jobs, quiet, formats)
    ledger = run_clean(opts)
    report_ledger(ledger, opts.out)


def detect_options(f):
    f = click.option("--boilerplate", "boilerplate_min", type=int, default=0, metavar="N",
                     help=f"Cut paragraphs that open or close articles of N or more unrelated clusters (a site's "
                          f"slogans, footers, script residue no rule knows; {MIN_GROUPS} is a good start); they are "
                          "listed in OUT/boilerplate.jsonl.  Default: off.")(f)
    f = click.option("--num-perm", type=int, default=128, show_default=True, help="MinHash permutations.")(f)
    f = click.option("--containment", type=float, default=0.8, show_default=True,
                     help="A shorter article this much inside a longer one is a (truncated) copy.")(f)
    f = click.option("--threshold", "-t", type=float, default=0.5, show_default=True,
                     help="Jaccard similarity of matching-key shingles that makes two articles duplicates.")(f)
    return f


def make_detect(threshold, containment, num_perm, boilerplate_min=0) -> DetectOptions:
    try:
        return DetectOptions(threshold=threshold, containment=containment, num_perm=num_perm,
                             boilerplate_min=boilerplate_min)
    except ValueError as e:
        raise click.BadParameter(str(e)) from e


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False), help="Output directory.")
@detect_options
@common_options
def find(inputs, out, threshold, containment, num_perm, boilerplate_min, id_field, text_field, disabled, jobs, quiet):
    """Clean, then group near-duplicate articles.

    \b
    Writes OUT/articles.jsonl (each article with `cluster` and `duplicate_of`;
    singletons have cluster null), OUT/clusters.jsonl (members with their
    similarity to the cluster centre, role, and the verified pairs that joined
    them), OUT/cleaning.jsonl and OUT/run.json (options, versions including the
    datasketch hashing scheme, counts, timings per phase).
    """
    opts = make_options(inputs, out, id_field, text_field, disabled, jobs, quiet)
    ledger, stats = run_find(opts, make_detect(threshold, containment, num_perm, boilerplate_min))
    click.echo(f"clusters: {stats['clusters']:,}  duplicates: {stats['duplicates']:,}  "
               f"unique articles: {stats['unique_articles']:,}")
    echo_boilerplate(stats, boilerplate_min)
    report_ledger(ledger, opts.out)


def echo_boilerplate(stats: dict, boilerplate_min: int) -> None:
    if boilerplate_min:
        click.echo(f"boilerplate: {stats['boilerplate_paragraphs']:,} paragraphs shared by {boilerplate_min}+ unrelated "
                   f"clusters, cut {stats['boilerplate_cuts']:,} times (OUT/boilerplate.jsonl)")


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(exists=True))
@click.option("-o", "--out", default="dedup-out", show_default=True, type=click.Path(file_okay=False),
              help="Output directory.")
@click.option("--prefer", multiple=True, metavar="SOURCE",
              help="Rank sources for the base witness, best first (repeatable); matched against meta.source and ids.")
@detect_options
@common_options
def run(inputs, out, prefer, threshold, containment, num_perm, boilerplate_min, id_field, text_field, disabled, jobs,
        quiet):
    """The whole job: clean, find near-duplicates, reconcile, report.

    \b
    INPUT defaults to the bundled seeds/.  Writes into OUT (default ./dedup-out)
    everything `dedup find` writes, plus:
      canonical.jsonl  one line per unique article: id, title, text, meta
                       (merged from the witnesses), witnesses, cluster, base,
                       base_reason, variants, variants_by_kind
      variants.jsonl   one line per variant site: cluster, canonical offset and
                       length, each witness's reading (siglum, offset in its own
                       text), kind, chosen reading, chosen_from, reason
      report/          index.html, one page per cluster, summary.md
    """
    if not inputs:
        if not DEFAULT_SEEDS.is_dir():
            raise click.UsageError(f"no INPUT given and the bundled seeds are missing ({DEFAULT_SEEDS})")
        inputs = (str(DEFAULT_SEEDS),)
    opts = make_options(inputs, out, id_field, text_field, disabled, jobs, quiet)
    ledger, stats = run_find(opts, make_detect(threshold, containment, num_perm, boilerplate_min))
    if ledger.articles == 0:
        report_ledger(ledger, opts.out)
    t = time.perf_counter()
    rstats = run_reconcile(opts.out, ReconcileOptions(tuple(prefer)), opts.jobs, opts.progress)
    t_rec = time.perf_counter() - t
    run_json = json.loads((opts.out / "run.json").read_text(encoding="utf-8"))
    run_json["command"] = "run"
    run_json["options"]["prefer"] = list(prefer)
    run_json["counts"]["reconcile"] = rstats
    run_json["timings_s"]["reconcile"] = round(t_rec, 3)
    t = time.perf_counter()
    index = render_report(opts.out)
    run_json["timings_s"]["report"] = round(time.perf_counter() - t, 3)
    write_json(opts.out / "run.json", run_json)
    click.echo(f"clusters: {stats['clusters']:,}  duplicates: {stats['duplicates']:,}  "
               f"unique articles: {stats['unique_articles']:,}  variant sites: {rstats.get('variants', 0):,}")
    echo_boilerplate(stats, boilerplate_min)
    report_ledger(ledger, opts.out)
    click.echo(f"canonical articles: {opts.out / 'canonical.jsonl'}")
    click.echo(f"report: {index}  (summary: {opts.out / 'report' / 'summary.md'})")


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False))
def report(out):
    """Re-render OUT/report/ from the run directory's artifacts (nothing is recomputed)."""
    try:
        index = render_report(out)
    except FileNotFoundError as e:
        raise click.UsageError(str(e)) from e
    click.echo(f"report: {index}")


if __name__ == "__main__":
    main()
