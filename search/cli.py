"""``webinar-search``: the command line, the composition root that wires the stages.

Each command only turns flags into library arguments and library errors into
``click.ClickException`` (one line, non-zero exit, no traceback). The write side
(:mod:`index`) and the web UI (:mod:`webui`) are imported inside the commands that need
them, so ``import search`` stays light.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from index.errors import WebinarSearchError

from .settings import Settings

F = TypeVar("F", bound=Callable[..., Any])


class CommandError(click.ClickException):
    """A library error on its way out of the CLI, with the library's exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def translate_errors(func: F) -> F:
    """Turn the library's own errors into one-line CLI errors."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WebinarSearchError as exc:
            raise CommandError(str(exc), exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


def _settings(ctx: click.Context) -> Settings:
    settings = ctx.find_object(Settings)
    assert settings is not None
    return settings


extract_procs_option = click.option(
    "--extract-procs", type=click.IntRange(1, 64), default=None,
    help="Processes cleaning and extracting pages (default: one per core).")
record_cache_option = click.option(
    "--record-cache/--no-record-cache", default=True, show_default=True,
    help="Reuse records of pages already extracted by this extractor version "
    "(INDEX/record-cache.sqlite).")

index_option = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Index folder (default: $WEBINAR_SEARCH_INDEX, else the user data dir).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="webinar-search")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Search news coverage of webinars: build an index, query it, serve it on the web."""
    try:
        ctx.obj = Settings.from_env()
    except WebinarSearchError as exc:
        raise CommandError(str(exc)) from None


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--text", "text_mode", is_flag=True, help="Inputs are plain-text bodies, not HTML.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON record per input.")
@click.option("--screen/--no-screen", default=None,
              help="Drop pages before cleaning that are not in --lang or hold no webinar cue "
              "word (default: off; on with --spark).")
@click.option("--lang", "languages", default="id", show_default=True,
              help="Languages --screen keeps, comma-separated.")
@click.option("--extract-procs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes cleaning and extracting pages (output order is kept).")
@click.option("--spark", is_flag=True,
              help="Run on Apache Spark (pip install 'webinar-search[spark]'): FILEs are WARC "
              "files, folders or Hadoop FS URLs (s3a://...); records go to --output.")
@click.option("--output", default=None, metavar="DIR",
              help="With --spark: the folder to create for the JSON Lines part files.")
@click.option("--master", default=None, help="With --spark: the Spark master (local[2], "
              "spark://host:7077, yarn; default local[*]).")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="With --spark: partitions (default: one per file, at least one per core).")
@translate_errors
def extract(files: Sequence[str], text_mode: bool, as_json: bool, screen: bool,
            languages: str, extract_procs: int, spark: bool, output: str | None,
            master: str | None, partitions: int | None) -> None:
    """Clean and extract FILE... (or - for stdin) and print the records, in input order.

    An input that cannot be read, or on which the extractor fails, gets one "Error:" line
    on stderr; the others are still printed, and the exit status is 1. With --screen,
    pages the cheap screen drops print nothing (a count goes to stderr). With --spark, the
    same records are written as JSON Lines part files to --output by a Spark job.
    """
    from index import PageScreen

    langs = tuple(part.strip().lower() for part in languages.split(",") if part.strip())
    page_screen = PageScreen(languages=langs) if (spark if screen is None else screen) \
        else None
    if spark:
        if text_mode:
            raise click.UsageError("--text does not go with --spark (it reads WARC files)")
        _extract_on_spark(files, output, master, partitions, page_screen)
        return
    if output is not None or master is not None or partitions is not None:
        raise click.UsageError("--output, --master and --partitions go with --spark")
    from index import iter_outcomes, iter_sources, screened

    dropped = [0]

    def on_drop(doc: Any, reason: str) -> None:
        dropped[0] += 1

    docs = screened(iter_sources(files, text_mode=text_mode), page_screen, on_drop)
    failures = 0
    for doc, (article, failure) in iter_outcomes(docs, extract_procs, None):
        if doc.error is not None:
            click.echo(f"Error: {doc.origin}: {doc.error}", err=True)
            failures += 1
            continue
        if failure is not None or article is None:
            _extraction_failed(doc.origin, failure or f"{doc.origin}: no record")
            failures += 1
            continue
        if as_json:
            click.echo(article.to_json())
        else:
            _print_record(article.to_dict(), article.empty_reason)
    if page_screen is not None:
        click.echo(f"screen: {dropped[0]} page(s) dropped before cleaning", err=True)
    if failures:
        sys.exit(1)


def _extract_on_spark(files: Sequence[str], output: str | None, master: str | None,
                      partitions: int | None, screen: Any) -> None:
    from index import SparkJobOptions, run_spark_extract

    if output is None:
        raise click.UsageError("--spark needs --output DIR (the folder for the records)")
    report = run_spark_extract(files, SparkJobOptions(
        output=output, master=master, partitions=partitions, screen=screen))
    click.echo(report.summary())


def _print_record(record: dict[str, Any], empty_reason: str | None) -> None:
    click.secho(record["title"] or "(no title)", bold=True)
    click.echo(f"  {record['url']}  {record['published'] or ''}")
    if empty_reason:
        click.echo(f"  no body: {empty_reason}")
    event = record["event"]
    if event:
        click.echo(f"  event: {event['title'] or '?'}  {event['date'] or ''}  "
                   f"{event['location'] or ''}")
        for person in event["speakers"]:
            click.echo(f"    {person['role']:<9} {person['name']}"
                       + (f" — {person['position']}" if person["position"] else ""))
    click.echo()


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@index_option
@click.option("--procs", type=click.IntRange(1, 64), default=None,
              help="Indexing processes (default: 2 on a multi-core machine for large builds).")
@extract_procs_option
@record_cache_option
@click.option("--force", is_flag=True,
              help="Write a new generation even when the records are the live index's.")
@click.pass_context
@translate_errors
def build(ctx: click.Context, sources: Sequence[str], index_dir: Path | None,
          procs: int | None, extract_procs: int | None, record_cache: bool,
          force: bool) -> None:
    """Build a new index from SOURCE... (.html/.jsonl files or folders); replaces the old.

    The new index is written beside the live one and switched in at the end: searches keep
    working meanwhile, and an interrupted build leaves the old index as it was. Pages are
    cleaned and extracted in parallel (--extract-procs), and records of pages seen before
    by the same extractor come from the record cache beside the index; when every record
    is the live index's, nothing is written (--force writes it anyway).
    """
    settings = _settings(ctx).with_overrides(index=index_dir)
    report = _run_build(settings, sources, procs=procs, extract_procs=extract_procs,
                        use_cache=record_cache, force=force)
    done = ("index unchanged: it already holds these" if report["unchanged"]
            else "indexed")
    click.echo(
        f"{done} {report['documents']} documents in {settings.index} "
        f"({report['skipped']} skipped{_failed_note(report['failed'])}, "
        f"{report['seconds']:.1f} s{report['cache_note']})"
    )


def _extraction_failed(origin: str, message: str) -> None:
    """One line for a page the extractor raised on (the message names the page)."""
    click.echo(f"Error: {message}", err=True)


def _failed_note(failed: int) -> str:
    return f", {failed} indexed without their event after an extractor error" if failed else ""


def _run_build(settings: Settings, sources: Sequence[str], procs: int | None = None,
               extract_procs: int | None = None, use_cache: bool = True,
               force: bool = False) -> dict[str, Any]:
    from index import (
        IndexBuilder,
        PipelineStats,
        check_paths,
        default_extract_procs,
        iter_articles,
        iter_sources,
        open_record_cache,
    )

    check_paths(sources)
    stats = PipelineStats()

    def on_skip(origin: str, reason: str) -> None:
        click.echo(f"skipped {origin}: {reason}", err=True)

    progress = _Progress()
    cache = open_record_cache(settings.index) if use_cache else None
    try:
        articles = iter_articles(iter_sources(sources), stats, on_skip, _extraction_failed,
                                 procs=extract_procs or default_extract_procs(), cache=cache)
        builder = IndexBuilder(settings.index, lock_timeout=settings.lock_timeout,
                               progress=progress.update, procs=procs, phase=progress.phase,
                               skip_unchanged=not force)
        report = builder.build(_require_some(articles, stats))
        progress.done()
        note = ""
        if cache is not None:
            cache.prune()
            note = f"; {cache.hits} records from the cache, {cache.misses} extracted"
    finally:
        if cache is not None:
            cache.close()
    return {"documents": report.documents, "skipped": len(stats.skipped),
            "failed": len(stats.failed), "seconds": report.seconds,
            "unchanged": bool(report.unchanged), "cache_note": note}


def _require_some(articles: Iterator[Any], stats: Any) -> Iterator[Any]:
    """Stop a build that would replace a live index with an empty one."""
    from index.errors import InputError

    first = next(articles, None)
    if first is None:
        raise InputError(
            f"nothing to index: none of the {stats.read} source document(s) had article text"
        )
    yield first
    yield from articles


class _Progress:
    """A one-line document counter on stderr (redrawn in place on a terminal)."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.started = time.monotonic()
        self.last = self.started
        self.count = 0

    def update(self, count: int) -> None:
        self.count = count
        now = time.monotonic()
        if now - self.last < (0.2 if self.tty else 5.0):
            return
        self.last = now
        rate = count / max(now - self.started, 1e-6)
        line = f"indexed {count} documents ({rate:.0f}/s)"
        click.echo(("\r" + line) if self.tty else line, err=True, nl=not self.tty)

    def phase(self, message: str) -> None:
        if self.tty and self.last > self.started:
            click.echo(err=True)
        click.echo(f"{message} ...", err=True)
        self.last = self.started

    def done(self) -> None:
        if self.tty and self.last > self.started:
            click.echo(err=True)


@cli.command()
@click.argument("sources", nargs=-1)
@index_option
@click.option("--delete", "deletions", multiple=True, metavar="URL",
              help="Remove the article with this URL (repeatable).")
@click.option("--delete-missing", is_flag=True,
              help="Remove every indexed article whose URL none of the SOURCEs has.")
@extract_procs_option
@record_cache_option
@click.pass_context
@translate_errors
def update(ctx: click.Context, sources: Sequence[str], index_dir: Path | None,
           deletions: Sequence[str], delete_missing: bool, extract_procs: int | None,
           record_cache: bool) -> None:
    """Add, replace and delete articles by URL from SOURCE... (files or folders).

    Articles whose record is unchanged are skipped; a changed one replaces the indexed
    copy. Nothing is ever deleted unless asked: --delete URL, or --delete-missing for an
    update from a complete set of sources. Like build, the update goes live atomically.
    """
    from index import (
        IndexUpdater,
        InputError,
        PipelineStats,
        check_paths,
        default_extract_procs,
        iter_articles,
        iter_sources,
        open_record_cache,
    )

    if not sources and not deletions:
        raise InputError("nothing to do: give SOURCE files or folders, or --delete URL")
    if delete_missing and not sources:
        raise InputError("--delete-missing needs the SOURCEs that are to stay in the index")
    settings = _settings(ctx).with_overrides(index=index_dir)
    check_paths(sources)
    stats = PipelineStats()
    progress = _Progress()
    cache = open_record_cache(settings.index) if record_cache and sources else None
    try:
        articles = iter_articles(
            iter_sources(sources), stats,
            lambda origin, reason: click.echo(f"skipped {origin}: {reason}", err=True),
            _extraction_failed, procs=extract_procs or default_extract_procs(), cache=cache,
        )
        report = IndexUpdater(settings.index, lock_timeout=settings.lock_timeout,
                              progress=progress.update).update(
            articles, deletions=deletions, delete_missing=delete_missing)
    finally:
        if cache is not None:
            cache.close()
    progress.done()
    click.echo(
        f"added {report.added}, replaced {report.replaced}, unchanged {report.unchanged}, "
        f"deleted {report.deleted}"
        f"{f', regrouped {report.regrouped}' if report.regrouped else ''}; "
        f"{report.documents} documents in {settings.index} "
        f"({len(stats.skipped)} skipped{_failed_note(len(stats.failed))}, "
        f"{report.seconds:.1f} s)"
    )


@cli.command()
@click.argument("text", default="")
@index_option
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 100),
              help="Hits per page.")
@click.option("--page", default=1, show_default=True, type=click.IntRange(1, 10_000),
              help="Page of hits.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance",
              show_default=True, help="Best match first, or newest event first.")
@click.option("--syntax", is_flag=True,
              help='Whoosh query syntax: speaker:"..." theme:... "phrases" AND/OR/NOT x*.')
@click.option("--speaker", multiple=True,
              help="Only articles with this speaker (name or key; repeat: any of them).")
@click.option("--theme", multiple=True,
              help="Only events with this theme (a key phrase of titles, e.g. 'literasi "
              "digital'; see `themes`).")
@click.option("--role", multiple=True, help="Only articles with a speaker in this role "
              "(with --speaker: that speaker in that role).")
@click.option("--organizer", multiple=True, help="Only events with this organizer.")
@click.option("--location", multiple=True,
              help="Only events in this place (e.g. 'Kota Palembang').")
@click.option("--province", multiple=True,
              help="Only events in this province (its name or short form: 'Sulsel').")
@click.option("--site", multiple=True, help="Only articles from this site.")
@click.option("--year", multiple=True, help="Only events of this year.")
@click.option("--group", type=click.Choice(["event", "none"]), default="event",
              show_default=True,
              help="One hit per event (its other reports listed), or none: every article.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Events on or after this date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Events on or before this date.")
@click.pass_context
@translate_errors
def query(ctx: click.Context, text: str, index_dir: Path | None, as_json: bool, limit: int,
          page: int, sort: str, syntax: bool, group: str,
          **filters: str | tuple[str, ...] | None) -> None:
    """Search the index for TEXT (plain words; empty: everything) and print the ranked hits:
    one per event, with the number of its other reports (--group none: every article).

    A filter given more than once matches any of its values."""
    from .searcher import SearchIndex

    settings = _settings(ctx).with_overrides(index=index_dir)
    wanted = {name: value for name, value in filters.items() if value}
    with SearchIndex.open(settings.index) as ix:
        results = ix.search(text, filters=wanted, sort=sort, page=page, per_page=limit,
                            syntax=syntax, highlight=as_json, facets=as_json,
                            group=group == "event")
    if as_json:
        click.echo(json.dumps(results.to_dict(), ensure_ascii=False, indent=2))
        return
    if results.suggestion:
        lead = "showing results for" if results.corrected else "did you mean"
        click.echo(f"{lead}: {results.suggestion}")
    counted = (f"{_count(results.total, 'event')} ({_count(results.articles, 'article')})"
               if results.grouped else f"{results.total} results")
    click.echo(f"{counted}, page {results.page} of {results.pages} "
               f"({results.took_ms:.0f} ms)")
    first = (results.page - 1) * results.per_page
    for rank, hit in enumerate(results.hits, start=first + 1):
        click.secho(f"{rank:>3}. {hit.title or hit.url}", bold=True)
        place = ", ".join(p for p in (hit.location, hit.province) if p)
        click.echo(f"     {hit.date or ''}  {place}  {hit.url}")
        if hit.event_title and hit.event_title != hit.title:
            click.echo(f"     event: {hit.event_title}")
        if hit.speakers:
            click.echo("     " + ", ".join(
                f"{'*' if s.matched else ''}{s.name} ({s.role})" for s in hit.speakers[:6]))
        if hit.reports:
            sites = ", ".join(dict.fromkeys(r.site or r.url for r in hit.reports))
            click.echo(f"     + {hit.more_reports} more report(s): {sites}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@cli.command()
@index_option
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000),
              help="Themes to print.")
@click.option("--prefix", default="", help="Only themes with a word starting with this.")
@click.pass_context
@translate_errors
def themes(ctx: click.Context, index_dir: Path | None, limit: int, prefix: str) -> None:
    """Print the index's themes (key phrases event and talk titles share), most first."""
    from .searcher import SearchIndex

    settings = _settings(ctx).with_overrides(index=index_dir)
    with SearchIndex.open(settings.index) as ix:
        for theme in ix.themes(limit=limit, prefix=prefix):
            click.echo(f"{theme.count:>6}  {theme.label}")


@cli.command()
@index_option
@click.pass_context
@translate_errors
def stats(ctx: click.Context, index_dir: Path | None) -> None:
    """Print the size and provenance of the index, and the memory of a reading process.

    The memory lines are this process's after opening the index and reading its tables
    (what one `serve` worker holds before its caches fill), and the bound on those caches
    (`serve --cache-mb`); a running server reports its own at /stats.json."""
    from .searcher import SearchIndex

    settings = _settings(ctx).with_overrides(index=index_dir)
    with SearchIndex.open(settings.index) as ix:
        ix.search("", per_page=1)   # read the facet table, as a server does first
        info = ix.stats()
    memory = info.pop("memory")
    for key, value in info.items():
        click.echo(f"{key}: {value}")
    mib = 2 ** 20
    click.echo(f"memory: {memory['rss_bytes'] / mib:.0f} MiB resident after loading "
               f"({memory.get('rss_anon_bytes', 0) / mib:.0f} MiB heap, the rest mapped index "
               f"files shared with other readers); caches bounded to "
               f"{memory['cache_limit_bytes'] / mib:.0f} MiB per process")
    for name, cache in memory["caches"].items():
        click.echo(f"  cache {name}: {cache['entries']} entries, "
                   f"{cache['bytes'] / mib:.1f} of {cache['limit_bytes'] / mib:.0f} MiB")
    offsets = memory["rerank_offsets"]
    click.echo(f"  rerank column tables: {offsets['readers']} open, "
               f"{offsets['bytes'] / mib:.1f} MiB (one per searcher in use at once)")


@cli.command()
@index_option
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default 8000).")
@click.option("--workers", default=None, type=click.IntRange(1, 64),
              help="Server processes sharing the port (default: one per core).")
@click.option("--threads", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Threads answering requests in each worker (searching is CPU work: "
                   "more threads share one core's time, which lengthens the slow tail).")
@click.option("--cache-mb", default=None, type=click.FloatRange(0),
              help="Memory for caches (results, postings) per worker, MiB (default 128; "
              "0: none).")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Answer one GET request for PATH in-process, print it and exit (a smoke "
                   "test; exit status 1 on an error status).")
@click.pass_context
@translate_errors
def serve(ctx: click.Context, index_dir: Path | None, host: str | None, port: int | None,
          workers: int | None, threads: int, cache_mb: float | None,
          get_path: str | None) -> None:
    """Serve the web UI over an index (waitress, a production WSGI server).

    Several worker processes share the port (--workers, default one per core), each with
    its own index reader following rebuilds; Ctrl+C or SIGTERM stops them all."""
    settings = _settings(ctx).with_overrides(index=index_dir, host=host, port=port)
    from .searcher import SearchIndex

    SearchIndex.open(settings.index).close()
    if get_path is not None:
        _get_once(settings, get_path)
        return
    _serve(settings, threads, workers, cache_mb)


@cli.command()
@click.option("--host", default=None, help="Address to bind (default 127.0.0.1).")
@click.option("--port", default=None, type=int, help="Port (default 8000).")
@click.option("--get", "get_path", default=None, metavar="PATH",
              help="Answer one GET request for PATH in-process, print it and exit.")
@click.pass_context
@translate_errors
def demo(ctx: click.Context, host: str | None, port: int | None, get_path: str | None) -> None:
    """Build the bundled demo corpus (once) and serve the web UI over it.

    The demo index is built again only when the corpus or the extractor changes.
    """
    from index import ensure_demo_index

    from .settings import default_data_dir

    settings = _settings(ctx).with_overrides(host=host, port=port)
    index_dir = ensure_demo_index(default_data_dir(), lambda msg: click.echo(msg, err=True))
    settings = settings.with_overrides(index=index_dir)
    if get_path is not None:
        _get_once(settings, get_path)
        return
    _serve(settings)


def _get_once(settings: Settings, path: str) -> None:
    from webui import create_app
    from webui.state import close_index

    app = create_app({"INDEX_DIR": str(settings.index)})
    try:
        response = app.test_client().get(path if path.startswith("/") else "/" + path)
        click.echo(response.get_data(as_text=True))
    finally:
        close_index(app)
    if response.status_code >= 400:
        click.echo(f"Error: GET {path}: HTTP {response.status_code}", err=True)
        sys.exit(1)


def _serve(settings: Settings, threads: int = 2, workers: int | None = 1,
           cache_mb: float | None = None) -> None:
    from webui.server import ServeConfig, WorkersFailed, default_workers, serve

    config = ServeConfig(index_dir=str(settings.index), host=settings.host,
                         port=settings.port, workers=workers or default_workers(),
                         threads=threads, cache_mb=cache_mb)
    click.echo(f"serving {settings.index} at http://{settings.host}:{settings.port}/ "
               f"({config.workers} worker{'s' if config.workers > 1 else ''}; "
               "Ctrl+C to stop)")
    try:
        serve(config, say=lambda line: click.echo(line, err=True))
    except OSError as exc:
        raise CommandError(f"cannot listen on {settings.host}:{settings.port}: "
                           f"{exc.strerror or exc}") from None
    except WorkersFailed as exc:
        raise CommandError(str(exc)) from None


@cli.command()
@click.argument("seeds", nargs=-1, required=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Folder for the WARC files and the crawl state (reuse it to resume).")
@click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(0),
              help="Seconds between two requests to one host (robots.txt may ask for more).")
@click.option("--concurrency", default=8, show_default=True, type=click.IntRange(1, 256),
              help="Hosts crawled at the same time (one request at a time per host).")
@click.option("--max-pages", type=click.IntRange(1), default=None,
              help="Stop after this many page requests in this run (the rest stays queued).")
@click.option("--max-depth", default=3, show_default=True, type=click.IntRange(0),
              help="Links followed away from a seed (sitemap and feed entries are depth 1).")
@click.option("--prefix", "prefixes", multiple=True, metavar="URL",
              help="Only follow URLs starting with URL (repeatable; default: the seeds' sites).")
@click.option("--include", multiple=True, metavar="REGEX",
              help="Only follow URLs matching REGEX (repeatable).")
@click.option("--exclude", multiple=True, metavar="REGEX",
              help="Never follow URLs matching REGEX (repeatable).")
@click.option("--allow-private", is_flag=True,
              help="Also crawl loopback/private addresses that pages link to (seeds always).")
@click.option("--contact", metavar="URL", default=None,
              help="A URL or e-mail for site owners, added to the User-Agent.")
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(0.01),
              help="Seconds to wait for a connection or for data.")
@click.option("--max-bytes", default=10 * 2**20, show_default=True, type=click.IntRange(1024),
              help="Largest page accepted (after decompression).")
@click.option("--max-attempts", default=3, show_default=True, type=click.IntRange(1),
              help="Tries per URL on 429, 5xx, timeouts and dropped connections.")
@click.option("--backoff", default=2.0, show_default=True, type=click.FloatRange(0),
              help="First retry wait in seconds, doubled per attempt (unless Retry-After).")
@click.option("--min-chars", default=400, show_default=True, type=click.IntRange(0),
              help="Body characters a page needs to count as an article.")
@click.option("--revisit-days", default=7.0, show_default=True, type=click.FloatRange(0),
              help="Age after which a new run re-checks a stored article (conditional GET).")
@click.option("--quiet", is_flag=True, help="No progress line.")
@translate_errors
def crawl(seeds: Sequence[str], out: Path, delay: float, concurrency: int,
          max_pages: int | None, max_depth: int, prefixes: Sequence[str], include: Sequence[str],
          exclude: Sequence[str], allow_private: bool, contact: str | None, timeout: float,
          max_bytes: int, max_attempts: int, backoff: float, min_chars: int,
          revisit_days: float, quiet: bool) -> None:
    """Fetch article pages from SEED... into WARC files in --out.

    A SEED is a page URL, a sitemap (index, .xml.gz), an RSS/Atom feed, or a file of URLs.
    Run the same command again to resume an interrupted crawl, or later to pick up new
    articles; then `webinar-search build OUT` indexes the WARC files.
    """
    from index import CrawlOptions, FetchLimits, run_crawl

    options = CrawlOptions(
        out=out, delay=delay, concurrency=concurrency, max_pages=max_pages, max_depth=max_depth,
        prefixes=tuple(prefixes), include=tuple(include), exclude=tuple(exclude),
        allow_private=allow_private, contact=contact,
        limits=FetchLimits(connect_timeout=min(timeout, 10.0), read_timeout=timeout,
                           total_timeout=max(3 * timeout, 60.0), max_bytes=max_bytes),
        max_attempts=max_attempts, retry_base=backoff, min_article_chars=min_chars,
        revisit_days=revisit_days,
    )
    tty = sys.stderr.isatty()
    last_line = [0.0]

    def show(p: Any) -> None:
        if not tty and p.seconds - last_line[0] < 10.0:
            return
        last_line[0] = p.seconds
        line = (f"fetched {p.fetched} pages, stored {p.stored}, errors {p.errors}, "
                f"queued {p.queued} ({p.rate:.1f} pages/s)")
        click.echo(("\r" + line + "  ") if tty else line, err=True, nl=not tty)

    report = run_crawl(seeds, options, progress=None if quiet else show)
    if tty and not quiet:
        click.echo(err=True)
    for line in report.summary_lines():
        click.echo(line)


def main(argv: Sequence[str] | None = None) -> None:
    """Console entry point: no traceback reaches a user unless they ask for it."""
    try:
        cli.main(args=argv, prog_name="webinar-search", standalone_mode=True)
    except Exception as exc:  # a bug, not a user error: say so in one line
        if os.environ.get("WEBINAR_SEARCH_DEBUG"):
            raise
        click.echo(f"Error: internal error: {type(exc).__name__}: {exc} "
                   "(set WEBINAR_SEARCH_DEBUG=1 for the traceback)", err=True)
        sys.exit(70)
