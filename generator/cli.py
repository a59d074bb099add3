"""The `jianbao` command line. Exit codes: 0 success, 1 problems in the input (reported, the rest
still built), 2 usage errors."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .settings import SettingsError, load_settings

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2

DESCRIPTION = """jianbao：把脱贫攻坚简报（.txt .md .docx .doc .wps .rtf .odt .html .pdf）变成可检索的静态网站。
Turn poverty-alleviation bulletins into a searchable static website."""

EPILOG = """常用命令 / examples:
  jianbao build                      用 bulletins/ 里的简报生成网站到 site/
  jianbao build --offline            生成可从共享盘直接打开（file://）的网站
  jianbao build --ocr                扫描件 PDF 用 OCR 识别文字（需要 tesseract-ocr、tesseract-ocr-chi-sim）
  jianbao add 新一期.docx             校验并加入一期新简报，然后重新生成网站
  jianbao check                      列出简报库里的所有问题
  jianbao parse --json 简报.txt       输出解析结果（JSON）
  jianbao serve                      在 http://127.0.0.1:8000/ 本地预览

退出码 / exit codes: 0 成功 success · 1 输入有问题（已报告，其余照常生成）problems in input · 2 用法错误，或另一个 build/add 正在运行 usage, or another build/add running"""


OCR_HELP = ("扫描件 PDF（只有图像）用 OCR 识别文字，需要 Debian 软件包 tesseract-ocr、tesseract-ocr-chi-sim / "
            "read scanned PDFs by OCR (also: extra: jianbao: ocr: true in mkdocs.yml)")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="jianbao", description=DESCRIPTION, epilog=EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"jianbao {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def common(sp: argparse.ArgumentParser, input_dir: bool = True) -> None:
        sp.add_argument("--project", type=Path, default=Path("."),
                        help="项目文件夹（含 mkdocs.yml、templates/）/ project folder (default: .)")
        if input_dir:
            sp.add_argument("--input", type=Path, default=None,
                            help="简报文件夹 / folder of bulletins (default: PROJECT/bulletins)")
        sp.add_argument("--debug", action="store_true", help="出错时显示完整的程序回溯 / show tracebacks")
        sp.add_argument("--ocr", action="store_true", help=OCR_HELP)

    b = sub.add_parser("build", help="生成网站 / build the site", description="读取 → 解析 → 抽取 → 生成页面 → mkdocs build → site/")
    common(b)
    b.add_argument("--offline", action="store_true", help="生成可用 file:// 打开的离线网站 / a site that works from file://")
    b.add_argument("--site-dir", type=Path, default=None, help="输出文件夹 / output folder (default: PROJECT/site)")
    b.add_argument("--content-only", action="store_true", help="只生成 content/，不运行 mkdocs / stop before mkdocs")

    pa = sub.add_parser("parse", help="输出解析结果 / print the parsed model", description="解析简报文件并输出结果。")
    pa.add_argument("files", nargs="+", type=Path, metavar="FILE")
    pa.add_argument("--json", action="store_true", help="按约定格式输出 JSON / JSON in the documented contract")
    pa.add_argument("--debug", action="store_true", help="显示完整回溯 / show tracebacks")
    pa.add_argument("--ocr", action="store_true", help=OCR_HELP)

    c = sub.add_parser("check", help="检查简报库 / report every problem in the archive")
    common(c)

    a = sub.add_parser("add", help="加入新简报并重新生成 / add bulletins and rebuild")
    a.add_argument("files", nargs="+", type=Path, metavar="FILE")
    common(a)
    a.add_argument("--no-build", action="store_true", help="只复制，不重新生成 / copy only")

    s = sub.add_parser("serve", help="本地预览 / preview the built site locally")
    s.add_argument("--project", type=Path, default=Path("."))
    s.add_argument("--site-dir", type=Path, default=None)
    s.add_argument("--port", type=int, default=8000)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    from .engine.lock import BuildRunning

    try:
        return COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print("\n已中断；之前的网站保持不变。/ interrupted; the previous site is untouched.", file=sys.stderr)
        return EXIT_INPUT
    except (UsageError, SettingsError, BuildRunning) as e:
        print(f"jianbao: {e}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as e:  # the file system failed (disk full, no permission, a file in the way): say so plainly
        from .read.files import describe_os_error

        _traceback_if(args)
        print(f"jianbao: {describe_os_error(e)}", file=sys.stderr)
        return EXIT_INPUT
    except Exception as e:  # a bug: reported in one line, the traceback with --debug
        _traceback_if(args)
        print(f"jianbao: 程序错误，请报告（加 --debug 显示详情）；之前的网站保持不变 / internal error, please report it "
              f"(--debug shows the traceback); the previous site is untouched: {type(e).__name__}: {e}", file=sys.stderr)
        return EXIT_INPUT


def _traceback_if(args) -> None:
    if getattr(args, "debug", False):
        import traceback

        traceback.print_exc()


class UsageError(Exception):
    pass


def _input_dir(args) -> Path:
    folder = args.input if args.input is not None else args.project / "bulletins"
    if not folder.is_dir():
        raise UsageError(f"简报文件夹不存在：{folder} / no such folder")
    return folder


def _project(args) -> Path:
    project = args.project.resolve()
    if not (project / "mkdocs.yml").is_file():
        raise UsageError(f"{project} 里没有 mkdocs.yml：请在项目文件夹中运行，或用 --project 指定 / not a jianbao project")
    if not (project / "templates" / "theme").is_dir():
        # a mkdocs.yml copied into a folder of its own: the pages' templates stayed in the project
        raise UsageError(f"{project} 里没有页面模板文件夹 templates/：请在 jianbao 项目文件夹中运行（mkdocs.yml 与 templates/ 所在处），"
                         f"或用 --project 指定 / no templates/ folder beside mkdocs.yml: run in the jianbao project folder")
    return project


def cmd_parse(args) -> int:
    from .store.archive import load_issue
    from .extract.jsonout import issue_json

    results, failed = [], False
    for path in args.files:
        issue, problems = load_issue(path, debug=args.debug, ocr=args.ocr)
        for p in problems:
            if p.severity == "error":
                print(f"jianbao: {p}", file=sys.stderr)
        if issue is None:
            failed = True
            continue
        results.append(issue_json(issue))
    if args.json:
        out = results[0] if len(args.files) == 1 and results else results
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for r in results:
            number = f"{r['year']}年{r['special'] or ''}第{r['issue_no']}期" if r["issue_no"] else ("报纸版面" if r["kind"] == "newspaper" else "无期号")
            print(f"{r['source']['path']}: {r['series'] or '未署刊名'} {number} {r['date'] or '日期不详'}，"
                  f"{len(r['articles'])} 篇文章，{len(r['warnings'])} 条提示")
            for a in r["articles"]:
                print(f"  · {a['title']}（{'、'.join(a['authors']) or a['source'] or '未署名'}）")
    return EXIT_INPUT if failed else EXIT_OK


def _print_problems(problems, limit: int = 30) -> None:
    shown = [p for p in problems if p.severity != "info"]
    for p in shown[:limit]:
        print(f"  {'错误' if p.severity == 'error' else '警告'} {p}", file=sys.stderr)
    if len(shown) > limit:
        print(f"  ……另有 {len(shown) - limit} 条，见网站的“数据”页 / see the data-quality page", file=sys.stderr)


def cmd_build(args) -> int:
    from .engine.lock import build_lock

    project = _project(args)
    input_dir = _input_dir(args)
    with build_lock(project):  # one build of a project at a time (lock.py)
        return _build(args, project, input_dir)


def _build(args, project: Path, input_dir: Path) -> int:
    from .build import build, generate, print_progress

    site_dir = (args.site_dir or project / "site").resolve()
    if args.content_only:
        report = generate(project, input_dir, args.debug, print_progress, args.ocr)
    else:
        report = build(project, input_dir, site_dir, args.offline, args.debug, print_progress, args.ocr)
    issues = report.archive.issues
    articles = [a for i in issues for a in i.articles]
    places = {p.adcode for a in articles for p in a.places}
    indicators = sum(len(a.indicators) for a in articles)
    warnings = [p for p in report.problems if p.severity == "warning"]
    _print_problems(report.problems)
    print(f"简报 {len(issues)} 期 · 文章 {len(articles)} 篇 · 地区 {len(places)} 个 · 数据 {indicators} 项 · "
          f"错误 {len(report.archive.errors)} · 警告 {len(warnings)} · 页面 {report.pages} · 搜索文件 {report.search_files}")
    search = sum(p.startswith("search/") for p in report.written)
    pages = sum(p.endswith(".md") for p in report.written)
    print(f"本次改写 {len(report.written)} 个文件：页面 {pages}，搜索文件 {search}，"
          f"其他（下载、原件、图表数据）{len(report.written) - pages - search}")
    print("用时 / seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in report.seconds.items()))
    if report.mkdocs_ok is False:
        from .read.files import describe_os_error
        from .site.site import mkdocs_failure

        shown, error = mkdocs_failure(report.mkdocs_output)
        if error is not None and not error.filename:  # a write that names no file: the site's folder is where
            error = OSError(error.errno, error.strerror, str(site_dir))
        if error is not None and not args.debug:
            print(f"jianbao: mkdocs: {describe_os_error(error)}", file=sys.stderr)
            return EXIT_INPUT
        print(report.mkdocs_output[-8000:] if args.debug else shown, file=sys.stderr)
        print("网站生成失败，之前的网站保持不变。/ mkdocs failed; the previous site is untouched.", file=sys.stderr)
        return EXIT_INPUT
    if report.mkdocs_ok:
        where = site_dir / "index.html"
        print(f"网站已生成：{site_dir}" + ("（内容没有变化，网站未改动 / nothing changed: the site is as it was）"
                                          if report.site_unchanged else ""))
        if args.offline:
            print(f"离线版：直接用浏览器打开 {where.as_uri()}")
        else:
            print("浏览：jianbao serve（然后打开 http://127.0.0.1:8000/），或把该文件夹放到内网服务器上")
    return EXIT_INPUT if report.archive.errors else EXIT_OK


def cmd_check(args) -> int:
    from .store.archive import load_archive

    cache = args.project.resolve() / ".jianbao-cache" / "parsed"  # shared with build, inside a project only
    in_project = (args.project / "mkdocs.yml").is_file()
    ocr = args.ocr or (in_project and load_settings(args.project.resolve()).ocr)
    if in_project:  # the build's word lists: a damaged one is weighed again and stored whole (lexicon.py)
        from .extract.lexicon import keep_words_in

        keep_words_in(cache.parent / "lexicon")
    archive = load_archive(_input_dir(args), debug=args.debug, cache_dir=cache if in_project else None, ocr=ocr)
    from .store.collect import issue_label
    from .parse.outline import outline_lines

    # each issue's outline first, so a doubtful one can be confirmed or corrected (sidecar titles)
    for issue in sorted(archive.issues, key=lambda i: i.source.path):
        print("\n".join(outline_lines(issue, issue_label(issue))))
    for p in archive.problems:
        label = {"error": "错误", "warning": "警告", "info": "提示"}[p.severity]
        print(f"{label} {p}")
    errors = len(archive.errors)
    print(f"共 {len(archive.issues)} 期可用；错误 {errors}，警告 {sum(p.severity == 'warning' for p in archive.problems)}")
    return EXIT_INPUT if errors else EXIT_OK


def cmd_add(args) -> int:
    from .engine.lock import build_lock

    project = _project(args)
    input_dir = _input_dir(args)
    with build_lock(project):  # what it checks against must not change until it has built
        return _add(args, project, input_dir)


def _add(args, project: Path, input_dir: Path) -> int:
    from .engine.cache import repair
    from .store.intake import add_files
    from .extract.lexicon import keep_words_in

    ocr = args.ocr or load_settings(project).ocr
    # as a build does (build.generate): the new files and any issue missing from the parse cache are
    # parsed here, so a damaged word list is found and stored again here, not left to a later build
    repair(project / ".jianbao-cache")
    keep_words_in(project / ".jianbao-cache" / "lexicon")
    added, refused = add_files(args.files, input_dir, cache_dir=project / ".jianbao-cache" / "parsed", ocr=ocr)
    for path in added:
        print(f"已加入 / added: {path}")
    for message in refused:
        print(f"未加入 / refused: {message}", file=sys.stderr)
    if added and not args.no_build:
        ns = argparse.Namespace(project=project, input=input_dir, site_dir=None, offline=False,
                                debug=args.debug, content_only=False, ocr=args.ocr)
        code = _build(ns, project, input_dir)
        return EXIT_INPUT if refused else code
    return EXIT_INPUT if refused else EXIT_OK


def cmd_serve(args) -> int:
    import functools
    import http.server

    site = (args.site_dir or args.project / "site").resolve()
    if not (site / "index.html").is_file():
        raise UsageError(f"{site} 里还没有网站，请先运行 jianbao build / build the site first")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler) as server:
        print(f"预览 / preview: http://127.0.0.1:{args.port}/  （Ctrl+C 结束）")
        server.serve_forever()
    return EXIT_OK


COMMANDS = {"build": cmd_build, "parse": cmd_parse, "check": cmd_check, "add": cmd_add, "serve": cmd_serve}

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
