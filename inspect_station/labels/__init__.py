"""Return labels: one layout, drawn as PDF for preview and office printers or as ZPL for thermal
printers, and rasterised for the screen. A leaf: it imports only ``app``'s errors, no service
package."""
