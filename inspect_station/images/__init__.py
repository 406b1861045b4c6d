"""Image files: what a file's header says it holds (format, size, transparency), read before
anything is decoded so that a decompression bomb is refused by its header, and a file turned
into a grey picture for the decoders. A leaf: it imports only ``app``'s errors."""
