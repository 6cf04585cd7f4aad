"""The one settings object: defaults and help declared once, then env, then CLI flags.

Precedence is defaults < environment (``WEBINAR_SEARCH_*``) < command-line flags. The
object is passed explicitly to whoever needs it; nothing reads the environment elsewhere.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from index.errors import InputError

ENV_PREFIX = "WEBINAR_SEARCH_"


def default_data_dir() -> Path:
    """The user data dir for webinar-search (platformdirs), e.g. ``~/.local/share/...``."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("webinar-search", appauthor=False))


def _default_index() -> Path:
    return default_data_dir() / "index"


@dataclass(frozen=True)
class Settings:
    """Everything a command may need to know that is not in its arguments."""

    index: Path = field(
        default_factory=_default_index,
        metadata={"help": "index folder (env WEBINAR_SEARCH_INDEX; default: user data dir)"},
    )
    host: str = field(default="127.0.0.1", metadata={"help": "address the web UI binds"})
    port: int = field(default=8000, metadata={"help": "port the web UI listens on"})
    lock_timeout: float = field(
        default=10.0, metadata={"help": "seconds a writer waits for a busy index"}
    )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        """Defaults overridden by ``WEBINAR_SEARCH_<FIELD>`` variables."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw:
                try:
                    values[f.name] = _convert(f.name, raw)
                except ValueError:
                    raise InputError(
                        f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a valid {f.type}"
                    ) from None
        return cls(**values)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given (non-``None``) values, as CLI flags give them."""
        given = {k: _convert(k, v) for k, v in overrides.items() if v is not None}
        return replace(self, **given)


def _convert(name: str, raw: Any) -> Any:
    if name == "index":
        return Path(raw).expanduser()
    if name == "port":
        return int(raw)
    if name == "lock_timeout":
        return float(raw)
    return raw
