"""JSON over HTTP for the connectors (httpx), with the answers sorted the one way the outbox
needs: a refusal to keep as a dead letter, or a failure to try again."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from inspect_station.app.i18n import _
from inspect_station.shop.connector import Refused, TryAgain

# 4xx answers that say "not now" rather than "no".
PASSING_STATUSES = (408, 409, 425, 429)


class JsonClient:
    """One connection pool per connector; ``passing(status, words)`` names further 4xx answers
    that pass (a shop's documented conflicts)."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float,
        headers: Mapping[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        passing: Callable[[int, str], bool] | None = None,
    ) -> None:
        self._client = httpx.Client(
            base_url=base_url, timeout=timeout_s, headers=dict(headers or {}), auth=auth
        )
        self._timeout_s = timeout_s
        self._passing = passing or (lambda _status, _words: False)

    def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        content: bytes | None = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Any:
        try:
            response = self._client.request(
                method,
                path,
                json=body if content is None else None,
                content=content,
                params=params,
                headers=headers,
            )
        except httpx.TimeoutException:
            raise TryAgain(
                _("{method} {path}: no answer within {timeout_s:g} s").format(
                    method=method, path=path, timeout_s=self._timeout_s
                )
            ) from None
        except httpx.TransportError as error:
            raise TryAgain(
                _("{method} {path}: cannot reach the receiver ({error})").format(
                    method=method, path=path, error=error
                )
            ) from None
        if response.is_success:
            return _json(response) if response.content else None
        where = response.request.url.path or "/"  # never the query: it may hold a token
        words = f"{method} {where} → {response.status_code}: {_words(response)}"
        status = response.status_code
        if status >= 500 or status in PASSING_STATUSES or self._passing(status, words):
            raise TryAgain(words, status=status)
        raise Refused(words, status=status)

    def close(self) -> None:
        self._client.close()


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return response.text


def _words(response: httpx.Response) -> str:
    """The receiver's own message: its JSON ``message`` (or errors), else its text."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:1000] or response.reason_phrase
    if isinstance(body, dict):
        for key in ("message", "error", "errors", "detail"):
            if body.get(key):
                value = body[key]
                return value if isinstance(value, str) else json.dumps(value)[:1000]
    return json.dumps(body)[:1000]
