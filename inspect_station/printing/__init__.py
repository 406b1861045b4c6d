"""Printers and the labels' way to them: the back ends (Zebra on TCP 9100, CUPS, a folder), the
printers built from the settings, the print queue and what people do with labels afterwards. It
may import ``bench`` and everything below it, never ``supervise`` or ``desk``; the admin's
change of the printers is ``app.printer_admin``, above start-up."""
