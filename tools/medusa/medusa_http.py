"""A minimal JSON client for Medusa's admin and storefront routes (stdlib urllib)."""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request


class HttpError(Exception):
    def __init__(self, status: int, body, method: str, path: str):
        super().__init__(f"{method} {path} -> {status}: {json.dumps(body)[:500]}")
        self.status, self.body = status, body


class Api:
    """Minimal JSON client. Admin calls use the secret API key as HTTP Basic user name."""

    def __init__(self, url: str, api_key: str | None = None, publishable_key: str | None = None):
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.publishable_key = publishable_key

    def call(
        self, method: str, path: str, body=None, *, auth: str = "admin", query=None, headers=None
    ):
        url = self.url + path
        if query:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(query, doseq=True)
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if auth == "admin" and self.api_key:
            req.add_header(
                "Authorization", "Basic " + base64.b64encode(f"{self.api_key}:".encode()).decode()
            )
        elif auth == "store":
            req.add_header("x-publishable-api-key", self.publishable_key or "")
        elif auth.startswith("Bearer "):
            req.add_header("Authorization", auth)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                raw = resp.read()
                return json.loads(raw) if raw else None
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                body_out = json.loads(raw)
            except ValueError:
                body_out = raw.decode(errors="replace")
            raise HttpError(exc.code, body_out, method, path) from None

    def get(self, path, **kw):
        return self.call("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.call("POST", path, body if body is not None else {}, **kw)
