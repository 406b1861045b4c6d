"""A USB-serial (CDC) scanner as a second scan source, through QtSerialPort.

Many fixed and handheld scanners can present themselves as a serial port instead of a
keyboard: no keyboard layout, no focus, no timing guesswork, and the GS1 separator arrives
as the byte it is. Each line the scanner sends (ended by CR, LF or both) is one scan. A port
that is missing, busy or unplugged is reported and retried every few seconds; the bench goes
on with the keyboard-wedge scanner meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtSerialPort import QSerialPort

RETRY_MS = 3000
MAX_LINE = 16_384  # bytes without a line end: the scanner's suffix setting is wrong
_LOST = (
    QSerialPort.SerialPortError.ResourceError,
    QSerialPort.SerialPortError.DeviceNotFoundError,
    QSerialPort.SerialPortError.PermissionError,
    QSerialPort.SerialPortError.OpenError,
)


class SerialScanner(QObject):
    """Signals:
    scanned(str): one scan (a line from the port, without its line end).
    failed(str): the scanner sent something that is not a scan; the message says what.
    state_changed(str, bool): what the port is doing, and whether it is open.
    """

    scanned = Signal(str)
    failed = Signal(str)
    state_changed = Signal(str, bool)

    def __init__(self, *, port_name: str, baud: int = 9600, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.port_name = port_name
        self._port = QSerialPort(self)
        self._port.setPortName(port_name)
        self._port.setBaudRate(baud)
        self._port.readyRead.connect(self._on_port_ready_read)
        self._port.errorOccurred.connect(self._on_port_error_occurred)
        self._buffer = bytearray()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._on_retry_timeout)
        self.state = self.tr("serial scanner {port_name}: off").format(port_name=port_name)
        self.delivering = False

    def start(self) -> None:
        self._open()

    def stop(self) -> None:
        self._retry.stop()
        if self._port.isOpen():
            self._port.close()
        self._set_state(
            self.tr("serial scanner {port_name}: off").format(port_name=self.port_name), False
        )

    def _open(self) -> None:
        if self._port.open(QSerialPort.OpenModeFlag.ReadOnly):
            self._port.clear()
            self._buffer.clear()
            self._set_state(
                self.tr("serial scanner {port_name}").format(port_name=self.port_name), True
            )
        else:
            self._lost(self._port.errorString())

    def _lost(self, why: str) -> None:
        if self._port.isOpen():
            self._port.close()
        self._set_state(
            self.tr("serial scanner {port_name}: {why}; retrying").format(
                port_name=self.port_name, why=why
            ),
            False,
        )
        self._retry.start()

    def _set_state(self, text: str, delivering: bool) -> None:
        self.state, self.delivering = text, delivering
        self.state_changed.emit(text, delivering)

    @Slot()
    def _on_retry_timeout(self) -> None:
        self._open()

    @Slot()
    def _on_port_ready_read(self) -> None:
        self._buffer += bytes(self._port.readAll().data())
        *lines, rest = self._buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
        self._buffer = bytearray(rest)
        for line in lines:
            if line:
                self._emit(bytes(line))
        if len(self._buffer) > MAX_LINE:
            self._buffer.clear()
            self.failed.emit(
                self.tr(
                    "The serial scanner on {port_name} sent over {max_line:,} bytes without a "
                    "line end; set its suffix to CR or LF."
                ).format(port_name=self.port_name, max_line=MAX_LINE)
            )

    def _emit(self, line: bytes) -> None:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            self.failed.emit(
                self.tr(
                    "The serial scanner on {port_name} sent bytes that are not text; check its "
                    "baud rate (the station uses {baudrate})."
                ).format(port_name=self.port_name, baudrate=self._port.baudRate())
            )
            return
        self.scanned.emit(text)

    @Slot(QSerialPort.SerialPortError)
    def _on_port_error_occurred(self, error: QSerialPort.SerialPortError) -> None:
        if error in _LOST and self._port.isOpen():
            self._lost(self._port.errorString())
