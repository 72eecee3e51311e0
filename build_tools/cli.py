"""Thin click CLI over the library: typed errors become one-line messages with a fix."""
from __future__ import annotations

import errno
import sys
from pathlib import Path

import click

from .errors import BuildToolsError

CORPUS_OPT = click.option("--corpus", "corpus", default="corpus", show_default=True,
                          type=click.Path(file_okay=False, path_type=Path),
                          help="Corpus folder.")


def _fail(exc: BuildToolsError) -> None:
    click.echo(f"错误 error: {exc}", err=True)
    sys.exit(1)


_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM}


class _Group(click.Group):
    """Last line of defence: whatever a command raises becomes one Chinese message and a
    non-zero exit, never a traceback (the library should have raised a typed error)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BuildToolsError as exc:
            _fail(exc)
        except OSError as exc:
            from .transaction import describe_os_error
            why, fix = describe_os_error(exc)
            if exc.errno not in _WRITE_ERRORS:
                why, fix = f"无法读写文件（{exc.strerror or exc}）", "检查路径、权限和磁盘空间"
            _fail(BuildToolsError(why, path=exc.filename, hint=fix))
        except (Exception, RecursionError, MemoryError) as exc:  # noqa: BLE001
            _fail(BuildToolsError(f"内部错误（internal error {type(exc).__name__}: {str(exc)[:200]}）",
                                  hint="请把这条消息和所用的输入文件报告给维护者"))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """创城文库 build tools.

    \b
    Example:
      python -m build_tools ingest saved-page.html
      python -m build_tools check
      python -m build_tools build
    """


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(path_type=Path, dir_okay=False))
@CORPUS_OPT
@click.option("--replace", is_flag=True,
              help="Replace an existing entry when the input holds a more complete version of it.")
@click.option("--dry-run", is_flag=True, help="Report what would be added; write nothing.")
def ingest(paths: tuple[Path, ...], corpus: Path, replace: bool, dry_run: bool) -> None:
    """Add the speeches found in raw pages (.txt/.html, any encoding) to the corpus.

    \b
    Example:
      python -m build_tools ingest ~/Downloads/讲话稿.html
      python -m build_tools ingest page1.txt page2.htm --corpus corpus
    """
    from .ingest import ingest_paths

    ok = ingest_paths(list(paths), corpus, replace=replace, dry_run=dry_run, echo=click.echo)
    sys.exit(0 if ok else 1)


@main.command()
@CORPUS_OPT
@click.option("--repair", is_flag=True,
              help="先完成或撤销被中断的导入（ingest journal），再检查。"
                   "Finish or discard an interrupted ingest first.")
def check(corpus: Path, repair: bool) -> None:
    """Validate every entry; print file:line: message for each problem.

    \b
    Example:
      python -m build_tools check --corpus corpus
      python -m build_tools check --corpus corpus --repair
    """
    from .check import check_corpus

    if repair:
        from .transaction import corpus_lock, recover
        with corpus_lock(corpus, click.echo):
            for note in recover(corpus) or ["没有需要修复的中断导入。"]:
                click.echo(note)
    problems = check_corpus(corpus)
    for p in problems:
        click.echo(str(p))
    if problems:
        click.echo(f"{len(problems)} problem(s) found.", err=True)
        sys.exit(1)
    click.echo("corpus OK")


@main.command()
@CORPUS_OPT
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (default: standard output).")
def export(corpus: Path, fmt: str, output: Path | None) -> None:
    """Write the dataset, one record per speech, sorted by id.

    \b
    Example:
      python -m build_tools export --format csv -o speeches.csv
    """
    from .export import export_corpus

    try:
        data = export_corpus(corpus, fmt)
    except BuildToolsError as exc:
        _fail(exc)
    if output:
        from .corpus import atomic_write
        atomic_write(output, data.encode("utf-8"), overwrite=True)
    else:
        click.echo(data, nl=False)


@main.command()
@CORPUS_OPT
@click.option("--site-dir", default="site", show_default=True,
              type=click.Path(file_okay=False, path_type=Path))
def build(corpus: Path, site_dir: Path) -> None:
    """Generate the pages, run `mkdocs build --strict` and the search indexer.

    \b
    Example:
      python -m build_tools build --corpus corpus --site-dir site
    """
    from .site import build_site

    try:
        build_site(corpus, site_dir, echo=click.echo)
    except BuildToolsError as exc:
        _fail(exc)


@main.command()
@CORPUS_OPT
@click.option("--port", default=8000, show_default=True)
def serve(corpus: Path, port: int) -> None:
    """Live preview that regenerates pages when the corpus changes.

    \b
    Example:
      python -m build_tools serve --port 8000
    """
    from .site import serve_site

    try:
        serve_site(corpus, port, echo=click.echo)
    except BuildToolsError as exc:
        _fail(exc)


