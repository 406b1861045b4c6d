"""Printers and the labels' way to them: the back ends (Zebra on TCP 9100, CUPS, a folder), the
printers built from the settings, the print queue, what people do with labels afterwards, and
the admin's printer changes. It may import ``bench`` and everything below it, never ``supervise``
or ``desk``."""
