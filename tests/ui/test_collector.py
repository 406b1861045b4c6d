from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from ui.collector import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self
        self.obj = QObject()


def test_garbage_is_collected_on_the_window_thread_only(collector: MainThreadCollector) -> None:
    assert not gc.isenabled()  # Python's own collection would run in any thread
    cycle = _Cycle()
    main = threading.get_ident()
    where: list[int] = []
    cycle.obj.destroyed.connect(lambda: where.append(threading.get_ident()))
    del cycle

    def allocate() -> None:  # a worker thread allocating a lot, as a task runner does
        junk = [[i] for i in range(200_000)]
        del junk

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert where == []  # nothing was collected on the worker thread
    gc.collect()  # what collect_due does once the thresholds are crossed
    assert where == [main]


def test_collect_due_collects_once_a_generation_is_full() -> None:
    collecting = MainThreadCollector()
    gc.collect()
    assert collecting.collect_due() == 0  # nothing is due right after a collection
    for _ in range(gc.get_threshold()[0] + 10):
        _Cycle()
    assert collecting.collect_due() >= 1
