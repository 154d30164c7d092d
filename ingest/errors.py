"""Errors raised by `ingest`.

    DiplographError              (base: the CLI prints it as one line and exits 1)
    ├── InputError               an input file or record cannot be read as an article
    │   ├── UnreadableInput      missing, permission denied, symlink loop, not a file
    │   ├── BinaryInput          bytes that are not text
    │   ├── EmptyInput           empty or whitespace only
    │   └── MalformedInput       broken JSON line, bad metadata, undecodable text
    └── GoldError                a gold / facts file that does not validate

`graph.errors` extends the same base with store and export errors.
"""

from __future__ import annotations


class DiplographError(Exception):
    """Base of every error diplograph raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        if hint:
            self.hint = hint

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base} — {self.hint}" if self.hint else base


class InputError(DiplographError):
    """An input cannot be read as an article; `source` names the file (and line)."""

    def __init__(self, source: str, reason: str, hint: str = "") -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}", hint)


class UnreadableInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class EmptyInput(InputError):
    pass


class MalformedInput(InputError):
    pass


class GoldError(DiplographError):
    pass
