"""The connectors' settings: one ``[connectors.NAME]`` table each, checked whole when the station
opens, so a bad table is refused before anything is sent.

Secrets never sit in the settings or the database: a table names a file (``secret_file``, which
only its owner may read) or an environment variable (``secret_env``). The secret is read here and
held only by the connector (it is not part of any ``repr``).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import N_, _
from inspect_station.outbox.targets import CONNECTOR_KINDS, SHOP_EVENTS
from inspect_station.outbox.targets import targets as _targets

KNOWN_KEYS = {
    "kind",
    "url",
    "secret_file",
    "secret_env",
    "enabled",
    "timeout_s",
    "events",
    "pull",
    "poll_seconds",
    "location",
    "routes",
    "grades",
    "deductions",
    "categories",
    "refund_reason",
    "api_version",
    "attach_evidence",
    "evidence_max_kb",
}
# What a unit's route may become in each shop.
DISPOSITIONS = {
    "medusa": ("restock", "damaged", "none"),
    "shopify": ("RESTOCKED", "PROCESSING_REQUIRED", "NOT_RESTOCKED", "MISSING"),
}
# Units the bench recorded as not in the parcel are never received by the shop.
ABSENT = {"medusa": "none", "shopify": "MISSING", "webhook": "missing"}
OLDEST_SHOPIFY_VERSION = "2026-01"  # the first with the @idempotent directive
# The evidence document travels with this event, to webhook receivers that asked for it.
EVIDENCE_EVENT = "return.decided"
# Why a shop connector cannot take it: neither shop's return or refund call has a file field.
NO_FILES = {
    "medusa": N_("Medusa's receive and refund calls take no file"),
    "shopify": N_("Shopify's returnProcess and refundCreate take no file"),
}
EVIDENCE_MAX_KB = 4096  # the PDF's own size; its base64 in the body is a third larger


@dataclass(frozen=True)
class Route:
    disposition: str
    location: str | None = None


@dataclass(frozen=True)
class ConnectorConfig:
    """One connector's table, checked. ``secret`` is never shown."""

    name: str
    kind: str
    url: str
    secret: str = field(repr=False)
    timeout_s: float = 10.0
    events: tuple[str, ...] = SHOP_EVENTS
    pull: bool = False
    poll_seconds: float = 60.0
    location: str | None = None
    routes: Mapping[str, Route] = field(default_factory=dict)
    grades: Mapping[str, str] = field(default_factory=dict)
    deductions: Mapping[str, str] = field(default_factory=dict)
    categories: Mapping[str, str] = field(default_factory=dict)
    refund_reason: str = "return_inspected"
    api_version: str = "2026-04"
    attach_evidence: bool = False
    evidence_max_kb: int = EVIDENCE_MAX_KB

    def route(self, route: str | None, receipt: str) -> Route:
        """How a unit leaves the station in this shop: by its receipt, then by its route."""
        if receipt in ("missing", "empty_box") or route is None:
            return Route(ABSENT[self.kind])
        if route in self.routes:
            return self.routes[route]
        if self.kind == "medusa":
            return Route("restock", self.location) if route == "restock" else Route("damaged")
        if self.kind == "shopify":
            if route == "restock":
                return Route("RESTOCKED", self.location)
            return Route("PROCESSING_REQUIRED")
        return Route(route)

    def condition(self, grade: str | None) -> str | None:
        return self.grades.get(grade, grade) if grade else None

    def category(self, sku: str) -> str:
        """A product's grading category from its SKU (the longest matching prefix)."""
        best = ""
        for prefix in self.categories:
            if sku.startswith(prefix) and len(prefix) > len(best):
                best = prefix
        return self.categories[best] if best else "general"


def load(connectors: Mapping[str, Any]) -> tuple[ConnectorConfig, ...]:
    """Every enabled connector, checked; a bad table is refused with its name and the reason."""
    configs = []
    for target in _targets(connectors):
        table = connectors[target.name]
        try:
            configs.append(_check(target.name, table))
        except BadInput as error:
            raise BadInput(
                _("Connector {name!r}: {error}").format(name=target.name, error=error)
            ) from None
    for name, table in connectors.items():
        if not isinstance(table, Mapping):
            raise BadInput(
                _("Connector {name!r} must be a table ([connectors.{name}]).").format(name=name)
            )
        if table.get("kind") not in CONNECTOR_KINDS:
            raise BadInput(
                _(
                    "Connector {name!r}: kind must be one of {connector_kinds}, not {kind!r}."
                ).format(
                    name=name, connector_kinds=", ".join(CONNECTOR_KINDS), kind=table.get("kind")
                )
            )
    return tuple(configs)


def _check(name: str, table: Mapping[str, Any]) -> ConnectorConfig:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise BadInput(_("unknown setting(s) {unknown}.").format(unknown=", ".join(unknown)))
    if not name.replace("-", "").replace("_", "").isalnum() or len(name) > 40:
        raise BadInput(_("a connector's name is 1–40 letters, digits, - and _."))
    kind = str(table["kind"])
    url = _url(table.get("url"))
    timeout = _number(table, "timeout_s", 10.0, 0.1, 300)
    location = _optional_text(table, "location")
    routes = {str(k): _route(kind, str(k), v, location) for k, v in _table(table, "routes").items()}
    if kind == "shopify":
        version = str(table.get("api_version", "2026-04"))
        if len(version) != 7 or version < OLDEST_SHOPIFY_VERSION:
            raise BadInput(
                _(
                    "api_version {version!r}: use {oldest_shopify_version} or later (the refund "
                    "needs the @idempotent directive)."
                ).format(version=version, oldest_shopify_version=OLDEST_SHOPIFY_VERSION)
            )
    events = tuple(str(e) for e in table.get("events", ())) or (
        SHOP_EVENTS if kind != "webhook" else ()
    )
    attach = _evidence(kind, table, events)
    max_kb = _kilobytes(table.get("evidence_max_kb", EVIDENCE_MAX_KB))
    return ConnectorConfig(
        name=name,
        kind=kind,
        url=url,
        secret=read_secret(table),
        timeout_s=timeout,
        events=events,
        pull=bool(table.get("pull", kind != "webhook")) and kind != "webhook",
        poll_seconds=_number(table, "poll_seconds", 60.0, 1, 86400),
        location=location,
        routes=routes,
        grades={str(k): str(v) for k, v in _table(table, "grades").items()},
        deductions={str(k): str(v) for k, v in _table(table, "deductions").items()},
        categories={str(k): str(v).lower() for k, v in _table(table, "categories").items()},
        refund_reason=str(table.get("refund_reason", "return_inspected")),
        api_version=str(table.get("api_version", "2026-04")),
        attach_evidence=attach,
        evidence_max_kb=max_kb,
    )


def _evidence(kind: str, table: Mapping[str, Any], events: tuple[str, ...]) -> bool:
    """Whether the evidence PDF goes with this connector's ``return.decided`` events."""
    value = table.get("attach_evidence", False)
    if not isinstance(value, bool):
        raise BadInput(
            _("attach_evidence must be true or false, not {value!r}.").format(value=value)
        )
    if value and kind in NO_FILES:
        raise BadInput(
            _("attach_evidence: {why}; the evidence PDF goes to webhook connectors only.").format(
                why=_(NO_FILES[kind])
            )
        )
    if value and events and EVIDENCE_EVENT not in events:
        raise BadInput(
            _("attach_evidence: the PDF travels with {event}, which events leaves out.").format(
                event=EVIDENCE_EVENT
            )
        )
    return value


def _kilobytes(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 16 <= value <= 65536:
        raise BadInput(
            _(
                "evidence_max_kb must be a whole number of kilobytes from 16 to 65536, not "
                "{value!r}."
            ).format(value=value)
        )
    return value


def _url(value: object) -> str:
    text = str(value or "").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadInput(_("url {text!r} is not an http:// or https:// address.").format(text=text))
    return text.rstrip("/")


def _route(kind: str, route: str, value: object, default_location: str | None) -> Route:
    if not isinstance(value, Mapping):
        raise BadInput(
            _("routes.{route} must be a table (disposition, location).").format(route=route)
        )
    disposition = str(value.get("disposition", ""))
    allowed = DISPOSITIONS.get(kind)
    if allowed is not None and disposition not in allowed:
        raise BadInput(
            _("routes.{route}: disposition must be one of {allowed}, not {disposition!r}.").format(
                route=route, allowed=", ".join(allowed), disposition=disposition
            )
        )
    location = str(value["location"]) if value.get("location") else default_location
    if disposition in ("restock", "RESTOCKED") and not location:
        raise BadInput(
            _("routes.{route}: a restock needs a location (or a connector location).").format(
                route=route
            )
        )
    return Route(disposition, location)


def _table(table: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = table.get(key, {})
    if not isinstance(value, Mapping):
        raise BadInput(_("{key} must be a table.").format(key=key))
    return value


def _optional_text(table: Mapping[str, Any], key: str) -> str | None:
    value = table.get(key)
    return str(value) if value else None


def _number(table: Mapping[str, Any], key: str, default: float, low: float, high: float) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise BadInput(
            _("{key} must be a number from {low:g} to {high:g}, not {value!r}.").format(
                key=key, low=low, high=high, value=value
            )
        )
    return float(value)


def read_secret(table: Mapping[str, Any]) -> str:
    """The secret from its file (readable by its owner only) or its environment variable."""
    file, env = table.get("secret_file"), table.get("secret_env")
    if file:
        path = Path(str(file)).expanduser()
        try:
            info = path.stat()
        except OSError:
            raise BadInput(_("the secret file {path} does not exist.").format(path=path)) from None
        if not stat.S_ISREG(info.st_mode):
            raise BadInput(_("the secret file {path} is not a file.").format(path=path))
        if info.st_mode & 0o077:
            raise BadInput(
                _(
                    "the secret file {path} is readable by others (mode {s_imode:o}); make it "
                    "the owner's only: chmod 600 {path}"
                ).format(path=path, s_imode=stat.S_IMODE(info.st_mode))
            )
        secret = path.read_text(encoding="utf-8").strip()
        if not secret:
            raise BadInput(_("the secret file {path} is empty.").format(path=path))
        return secret
    if env:
        secret = os.environ.get(str(env), "").strip()
        if not secret:
            raise BadInput(
                _("the environment variable {env} holding the secret is not set.").format(env=env)
            )
        return secret
    raise BadInput(_("no secret: give secret_file (mode 600) or secret_env."))
