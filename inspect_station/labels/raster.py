"""Raster previews of PDF labels, for the bench screen and for checking that barcodes scan."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _


def pdf_to_image(pdf: bytes, dpi: int = 203) -> npt.NDArray[np.uint8]:
    """Page 1 of ``pdf`` as a grayscale uint8 array (rows × columns), rendered at ``dpi``.

    At the label's own resolution one pixel is one printer dot, so the preview shows bars
    exactly as wide as the printer will burn them.
    """
    if dpi <= 0:
        raise BadInput(_("Preview resolution must be positive, not {dpi}.").format(dpi=dpi))
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise BadInput(_("Not a readable PDF: {error}").format(error=error)) from error
    try:
        if len(document) == 0:
            raise BadInput(_("The PDF has no pages."))
        page = document[0]
        width, height = (max(1, round(points * dpi / 72)) for points in page.get_size())
        # Not page.render(scale=…): it sizes the bitmap with ceil() and stretches the page to
        # fill it, so a page a hair over a whole number of dots comes out one pixel wider and
        # every bar after the middle lands on the wrong dot. Mapping the page onto exactly
        # width × height pixels is what a printer driver does too.
        bitmap = pdfium.PdfBitmap.new_native(width, height, pdfium_c.FPDFBitmap_Gray)
        bitmap.fill_rect((255, 255, 255, 255), 0, 0, width, height)
        flags = pdfium_c.FPDF_GRAYSCALE | pdfium_c.FPDF_ANNOT
        pdfium_c.FPDF_RenderPageBitmap(bitmap, page, 0, 0, width, height, 0, flags)
        # Copy: the array otherwise points into a buffer pdfium frees with the bitmap.
        image: npt.NDArray[np.uint8] = np.array(bitmap.to_numpy(), dtype=np.uint8, copy=True)
    finally:
        document.close()
    return image
