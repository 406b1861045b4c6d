"""What a scanned code is: cleaning and check digits, GS1, carrier tracking numbers, AIM
symbology, the resolver and the look-up of expected returns, the keyboard-wedge timing, camera
scans and barcode decoding from images. A leaf: it imports only ``db`` and ``app``'s settings
and errors, no service package."""
