"""Connection to Label Studio: `connect()` from LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY.

The key is a legacy token or a personal access token (a JWT refresh token; the SDK exchanges it).
Every failure becomes an `LSError` with one line that says what went wrong and never contains the
key. Connection errors are retried with exponential backoff by `retry()`: any transport error for
idempotent calls (reads, updates), only refused connects for an import (push.py re-lists what
exists before it imports again, so a batch the server committed is never sent twice).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

DEFAULT_TIMEOUT = 120.0


class LSError(RuntimeError):
    """A Label Studio failure, as one line for the user; never holds the API key."""


def _retries() -> int:
    try:
        return max(0, int(os.environ.get("SPANBANK_LS_RETRIES", "4")))
    except ValueError:
        return 4


@dataclass
class Connection:
    """A live client plus what is needed to describe it safely."""

    client: Any  # label_studio_sdk.LabelStudio
    url: str
    key: str
    email: str
    user_id: int

    def scrub(self, text: str) -> str:
        return scrub(text, self.key)

    def fail(self, what: str, exc: BaseException) -> LSError:
        return describe_error(what, exc, self.url, self.key)

    def retry(self, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return retry(what, fn, *args, url=self.url, key=self.key, **kwargs)


def scrub(text: str, key: str | None) -> str:
    if key and len(key) >= 4:
        text = text.replace(key, "***")
    return text


def describe_error(what: str, exc: BaseException, url: str, key: str | None) -> LSError:
    """Turn an SDK or transport exception into a one-line `LSError`."""
    import httpx  # noqa: PLC0415
    from label_studio_sdk.core.api_error import ApiError  # noqa: PLC0415

    if isinstance(exc, LSError):
        return exc
    if isinstance(exc, ApiError):
        body = exc.body
        if isinstance(body, dict):
            detail = body.get("detail") or body.get("validation_errors") or body
        else:
            detail = body
        detail_s = " ".join(str(detail).split())[:300]
        if exc.status_code in (401, 403):
            msg = (f"Label Studio at {url} rejected LABEL_STUDIO_API_KEY ({exc.status_code}: {detail_s}); "
                   "use a legacy token (Account & Settings) or a personal access token")
        else:
            msg = f"{what}: Label Studio at {url} answered {exc.status_code}: {detail_s}"
    elif isinstance(exc, httpx.TransportError):
        msg = f"{what}: Label Studio at {url} is unreachable ({type(exc).__name__}: {exc or 'no detail'})"
    else:
        msg = f"{what}: {type(exc).__name__}: {exc}"
    return LSError(scrub(msg, key))


def retry(what: str, fn: Callable[..., T], *args: Any, url: str = "", key: str | None = None,
          attempts: int | None = None, connect_only: bool = False, **kwargs: Any) -> T:
    """Call ``fn`` and retry connection errors with backoff 0.5, 1, 2, 4 s; anything else, and the
    last failure, raises `LSError`. ``connect_only``: retry only errors where the request was never
    sent (for calls that are not safe to repeat, like an import)."""
    import httpx  # noqa: PLC0415

    n = _retries() if attempts is None else attempts
    delay = 0.5
    for attempt in range(n + 1):
        try:
            return fn(*args, **kwargs)
        except httpx.TransportError as exc:
            if attempt == n or (connect_only and not isinstance(exc, httpx.ConnectError)):
                raise describe_error(what, exc, url, key) from None
            time.sleep(delay)
            delay *= 2
        except Exception as exc:  # noqa: BLE001  - every SDK failure becomes one line
            raise describe_error(what, exc, url, key) from None
    raise AssertionError("unreachable")


def connect(url: str | None = None, api_key: str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> Connection:
    """A checked connection (``whoami`` answered). Raises `LSError` with one line otherwise."""
    url = (url or os.environ.get("LABEL_STUDIO_URL") or "").rstrip("/")
    key = api_key or os.environ.get("LABEL_STUDIO_API_KEY") or ""
    if not url:
        raise LSError("LABEL_STUDIO_URL is not set (e.g. http://127.0.0.1:8080; start a server with "
                      "scripts/label-studio start)")
    if not key:
        raise LSError("LABEL_STUDIO_API_KEY is not set (your token: Label Studio > Account & Settings)")
    if not url.startswith(("http://", "https://")):
        raise LSError(scrub(f"LABEL_STUDIO_URL must start with http:// or https://, got {url!r}", key))
    import httpx  # noqa: PLC0415
    from label_studio_sdk import LabelStudio  # noqa: PLC0415

    http = httpx.Client(timeout=timeout, follow_redirects=True)
    try:
        client = LabelStudio(base_url=url, api_key=key, httpx_client=http, timeout=timeout)
    except Exception as exc:  # noqa: BLE001  - e.g. an expired personal access token
        raise describe_error("connecting", exc, url, key) from None
    me = retry("checking the API key", client.users.whoami, url=url, key=key)
    return Connection(client=client, url=url, key=key, email=str(me.email or ""), user_id=int(me.id))
