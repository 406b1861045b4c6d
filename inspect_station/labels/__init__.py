"""Return labels: one layout, drawn as PDF for preview and office printers or as ZPL for
thermal printers."""

from inspect_station.labels.layout import (
    DPIS,
    STOCKS,
    Band,
    Barcode128,
    Bitmap,
    Box,
    Element,
    LabelData,
    Layout,
    QRCode,
    Stock,
    TextBox,
    build_layout,
)
from inspect_station.labels.pdf import layout_to_pdf, render_pdf
from inspect_station.labels.preview import pdf_to_image
from inspect_station.labels.zpl import MAX_COPIES, escape_field, layout_to_zpl, render_zpl

__all__ = [
    "DPIS",
    "MAX_COPIES",
    "STOCKS",
    "Band",
    "Barcode128",
    "Bitmap",
    "Box",
    "Element",
    "LabelData",
    "Layout",
    "QRCode",
    "Stock",
    "TextBox",
    "build_layout",
    "escape_field",
    "layout_to_pdf",
    "layout_to_zpl",
    "pdf_to_image",
    "render_pdf",
    "render_zpl",
]
