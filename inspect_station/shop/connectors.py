"""Connectors made from the checked settings, one per enabled ``[connectors.NAME]`` table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspect_station.shop import config
from inspect_station.shop.config import ConnectorConfig
from inspect_station.shop.connector import Connector

if TYPE_CHECKING:
    from inspect_station.app.settings import Settings


def make(cfg: ConnectorConfig) -> Connector:
    if cfg.kind == "medusa":
        from inspect_station.shop.medusa import MedusaConnector

        return MedusaConnector(cfg)
    if cfg.kind == "shopify":
        from inspect_station.shop.shopify import ShopifyConnector

        return ShopifyConnector(cfg)
    from inspect_station.shop.webhooks import WebhookConnector

    return WebhookConnector(cfg)


def from_settings(settings: Settings) -> dict[str, Connector]:
    return {cfg.name: make(cfg) for cfg in config.load(settings.connectors)}
