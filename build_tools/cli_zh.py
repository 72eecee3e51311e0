"""Click's own words (usage, option help, usage errors) in Simplified Chinese.

Click marks its messages with gettext but ships no translations, and a gettext catalogue
would only load under a Chinese locale. Contributors run the tools under whatever locale
their machine has, so the CLI installs this table into click's modules instead. Keys are
click 8.5's message ids (requirements.txt pins click); an id missing here stays English.
"""
from __future__ import annotations

import importlib

ZH = {
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示此帮助并退出。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行 '{command} {option}' 查看帮助和示例。",
    "Missing command.": "缺少命令（command）。",
    "No such command {name!r}.": "没有 {name!r} 这个命令。",
    "No such option {name!r}.": "没有 {name!r} 这个选项。",
    "Option {name!r} does not take a value.": "选项 {name!r} 不带值。",
    "Option {name!r} requires an argument.": "选项 {name!r} 需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name!r} 需要 {nargs} 个值。",
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "Got unexpected extra arguments ({args})": "多余的参数（{args}）",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "Did you mean {possibility}?": "是不是要用 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是不是要用其中之一：{possibilities}？）",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "{value!r} is not one of {choices}.": "{value!r} 不在可选值 {choices} 之中。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 之内。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件，需要文件夹。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 无法读取。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 无法写入。",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "default: {default}": "默认：{default}",
    "Aborted!": "已中止。",
    "unknown error": "未知错误",
}

_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "utils", "termui")


def _gettext(message: str) -> str:
    return ZH.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Point click's message lookups at the table (idempotent)."""
    for name in _MODULES:
        module = importlib.import_module(f"click.{name}")
        # setattr: these are click's private module attributes, unknown to its stubs.
        for attr, lookup in (("_", _gettext), ("ngettext", _ngettext)):
            if hasattr(module, attr):
                setattr(module, attr, lookup)
