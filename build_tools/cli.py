"""Thin click CLI over the library: it prints the report objects the library returns and
turns typed errors into one Chinese message with a fix. Contributors are Chinese speakers
who are not programmers, so every message and --help is Simplified Chinese."""
from __future__ import annotations

import errno
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import cli_zh
from .errors import BuildToolsError

if TYPE_CHECKING:
    from .ingest import IngestReport, InputReport, Skip

cli_zh.install()

CORPUS_OPT = click.option("--corpus", "corpus", default="corpus", show_default=True,
                          type=click.Path(file_okay=False, path_type=Path),
                          help="语料文件夹（corpus）。")


def _fail(exc: BuildToolsError) -> None:
    click.echo(f"错误：{exc}", err=True)
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
    """创城文库的构建工具：收录网页、校验语料、导出数据、生成网站。

    \b
    示例（Example）：
      python -m build_tools ingest 保存的网页.html
      python -m build_tools check
      python -m build_tools build
    """


@main.command()
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(path_type=Path))
@CORPUS_OPT
@click.option("--replace", is_flag=True,
              help="输入的是已收录讲话的更完整版本时，替换原条目（保留其编号和收录日期）。")
@click.option("--dry-run", is_flag=True,
              help="试运行：照常读取和判断，输出与真正收录相同的报告（将新增、跳过、替换哪些讲话，"
                   "编号 id 也相同），但不写入任何文件。例如：ingest 待收录/ --dry-run")
def ingest(paths: tuple[Path, ...], corpus: Path, replace: bool, dry_run: bool) -> None:
    """收录网页：从保存的网页或复制的文本（.txt/.htm/.html，任意编码）中提取讲话，加入语料。

    给出文件夹时，收录其中所有 .txt、.htm、.html 文件（按文件名顺序）。

    \b
    示例（Example）：
      python -m build_tools ingest ~/下载/讲话稿.html
      python -m build_tools ingest 网页1.txt 网页2.htm --corpus corpus
      python -m build_tools ingest 待收录/ --dry-run
    """
    from .ingest import ingest_paths

    report = ingest_paths(list(paths), corpus, replace=replace, dry_run=dry_run,
                          waiting=lambda message: click.echo(message, err=True))
    for line in render_ingest(report):
        click.echo(line)
    sys.exit(0 if report.ok else 1)


def render_ingest(report: IngestReport) -> list[str]:
    """The ingest report as a contributor reads it: per page what was added (id, title,
    place, date, length), what was skipped and why, which fields to check and how."""
    if report.error:
        return [f"错误：{report.error}", "没有收录任何内容。"]
    lines = [f"! {note}" for note in report.notes]
    for r in report.inputs:
        lines += _render_input(r, report.dry_run)
    added = sum(len(r.added) for r in report.inputs)
    replaced = sum(len(r.replaced) for r in report.inputs)
    skipped = sum(len(r.skipped) for r in report.inputs)
    refused = sum(1 for r in report.inputs if r.refused)
    verb = "将新增" if report.dry_run else "新增"
    lines.append(f"共 {len(report.inputs)} 个文件：{verb} {added} 篇，替换 {replaced} 篇，"
                 f"跳过 {skipped} 篇，{refused} 个文件未能收录。")
    if report.dry_run:
        lines.append("这是试运行（--dry-run），没有写入任何文件。")
    elif added or replaced:
        lines.append("下一步：按上面的提示核对新条目，运行 `make check` 校验，"
                     "然后把 corpus/ 里新增的文件提交到拉取请求（PR）。")
    return lines


def _render_input(r: InputReport, dry_run: bool) -> list[str]:
    from .places import place_label
    from .record import field_label

    if r.refused:
        return [f"✗ 未收录 {r.refused}"]
    verb = "将新增" if dry_run else "新增"
    replaced = f"，替换 {len(r.replaced)} 篇" if r.replaced else ""
    out = [f"● {r.path}：{verb} {len(r.added)} 篇{replaced}，跳过 {len(r.skipped)} 篇"]
    for sp in r.added + r.replaced:
        tag = ("将替换" if dry_run else "替换") if sp in r.replaced else verb
        place = place_label(sp)
        out.append(f"  + {tag} {sp.id}《{sp.title}》 {place}，{sp.date or '讲话日期不详'}，{sp.chars:,} 字")
        if sp.review:
            names = "、".join(field_label(f) for f in sp.review)
            out.append(f"      请核对：{names}（程序没有把握，已列在条目的 review: 中）。"
                       f"打开 corpus/speeches/{sp.id}.md 改正头信息，再删去 review 中已核对的项。")
    out += [f"  ≈ {c}" for c in r.copies]
    out += [f"  = 跳过 {_skip_reason(s)}" for s in r.skipped]
    out += [f"  ! {w}" for w in r.warnings]
    return out


def _skip_reason(s: Skip) -> str:
    if s.reason == "page_duplicate":
        return (f"{s.label}：与本页的 {s.other} 是同一篇讲话（相似度 {s.similarity:.2f}），"
                f"保留了更完整的一篇")
    other = f"{s.other}《{s.other_title}》" if s.other_title else s.other
    if s.reason == "more_complete":
        return (f"{s.label}：是已收录的 {other}的更完整版本（相似度 {s.similarity:.2f}，"
                f"{s.chars:,} 字对 {s.other_chars:,} 字），没有替换；如要替换，请加 --replace 重新运行")
    why = f"；{s.why}" if s.why else ""
    return f"{s.label}：与已收录的 {other}重复（相似度 {s.similarity:.2f}{why}），不再收录"


@main.command()
@CORPUS_OPT
@click.option("--repair", is_flag=True,
              help="先完成或撤销被中断的导入（ingest 日志 journal），再校验。")
def check(corpus: Path, repair: bool) -> None:
    """校验全部条目：每个问题输出一行“文件:行号: 问题 — 怎样改正”。

    \b
    示例（Example）：
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
        click.echo(f"发现 {len(problems)} 个问题，请按每行的提示改正后再运行 check。", err=True)
        sys.exit(1)
    click.echo("语料校验通过（corpus OK）。")


@main.command()
@CORPUS_OPT
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True, help="输出格式。")
@click.option("-o", "output", type=click.Path(dir_okay=False, path_type=Path),
              help="输出文件（默认输出到屏幕）。")
def export(corpus: Path, fmt: str, output: Path | None) -> None:
    """导出数据集：每篇讲话一条记录，按编号排序。

    \b
    示例（Example）：
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


def _site_options(f):
    """Where the site build finds its configuration, hand-written pages and work folder
    (the library takes them as arguments; these defaults are the repository's layout,
    relative to the folder the command runs in)."""
    f = click.option("--work-dir", default="build", show_default=True,
                     type=click.Path(file_okay=False, path_type=Path),
                     help="工作文件夹：生成的页面写在这里（构建时会清空其中的旧文件）。")(f)
    f = click.option("--docs", "handwritten", default="docs", show_default=True,
                     type=click.Path(file_okay=False, path_type=Path), help="手写页面所在的文件夹。")(f)
    f = click.option("--config", "config", default="mkdocs.yml", show_default=True,
                     type=click.Path(dir_okay=False, path_type=Path), help="MkDocs 配置文件。")(f)
    return f


@main.command()
@CORPUS_OPT
@click.option("--site-dir", default="site", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="网站输出文件夹。")
@_site_options
def build(corpus: Path, site_dir: Path, config: Path, handwritten: Path, work_dir: Path) -> None:
    """生成网站：生成页面，运行 `mkdocs build --strict` 和检索索引。

    \b
    示例（Example）：
      python -m build_tools build --corpus corpus --site-dir site
      python -m build_tools build --config mkdocs.yml --docs docs --work-dir build
    """
    from .site import SiteSources, build_site

    try:
        build_site(corpus, site_dir, echo=click.echo, work_dir=work_dir,
                   sources=SiteSources(config=config, handwritten=handwritten))
    except BuildToolsError as exc:
        _fail(exc)


@main.command()
@CORPUS_OPT
@click.option("--port", default=8000, show_default=True, help="本地端口。")
@_site_options
def serve(corpus: Path, port: int, config: Path, handwritten: Path, work_dir: Path) -> None:
    """本地实时预览：语料或手写页面改动后自动重新生成页面。

    \b
    示例（Example）：
      python -m build_tools serve --port 8000
    """
    from .site import SiteSources, serve_site

    try:
        serve_site(corpus, port, echo=click.echo, work_dir=work_dir,
                   sources=SiteSources(config=config, handwritten=handwritten))
    except BuildToolsError as exc:
        _fail(exc)
