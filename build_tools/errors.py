"""Typed errors raised by the library; the CLI turns them into one-line messages."""
from __future__ import annotations


class BuildToolsError(Exception):
    """Base class. `hint` says how to fix the problem."""

    hint: str = ""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint or self.hint

    def __str__(self) -> str:  # file:line: message (hint)
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        tail = f" — {self.hint}" if self.hint else ""
        return f"{where}{self.message}{tail}"


class InputRefused(BuildToolsError):
    """A raw input that cannot become a speech (empty, binary, too large, no speech)."""


class EntryError(BuildToolsError):
    """A corpus entry that does not parse or does not validate."""


class CorpusConflict(BuildToolsError):
    """Writing would overwrite or duplicate an existing entry."""
