"""The impartiality record's window: a balance chart and the figures per party, exportable as one PDF page.

Counts and times only (core/impartiality.py): every text, tooltip and accessible name here is
built from the record, which holds no content. The record is read on a worker and the PDF
written on one (`app.impartiality.export_pdf`), so the GUI thread never waits. The chart is
drawn with QPainter, every party on one scale per chart; the table below holds the same figures
for keyboard and screen-reader users (Tab reaches it, the arrow keys walk it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from iomed_desk.app.case_session import CaseSession
from iomed_desk.app.impartiality import ImpartialityRecord, Labels, export_pdf, impartiality_record
from iomed_desk.core.impartiality import count_rows, nice_max, short, when
from iomed_desk.gui import messages
from iomed_desk.gui.worker import run_in_background


def _t(text: str) -> str:
    return QCoreApplication.translate("ImpartialityView", text)


def labels() -> Labels:
    """The window's wording in the interface language (the exported PDF speaks the case's languages)."""
    return Labels(
        title=_t("Impartiality record"), case=_t("Case {reference}, as of {when} ({zone})"),
        promise=_t("Counts and times only: this record shows how the mediator's time and the process were "
                   "shared between the parties. It contains no content of any session, note or draft."),
        time_chart=_t("Caucus time (minutes)"), count_chart=_t("Counts"), caucus_minutes=_t("Caucus minutes"),
        caucuses=_t("Caucuses"), disclosures_from=_t("Disclosures from"), disclosures_to=_t("Disclosures to"),
        tablings_seen=_t("Tablings seen"), positions=_t("Positions recorded"), party=_t("Party"),
        last_caucus=_t("Last caucus"), tabling_times=_t("Tablings seen at"), in_caucus=_t("in caucus"),
        earlier=_t("+{n} earlier"), last_position=_t("Last position"), running=_t("(running)"),
        joint=_t("Joint sessions: {sessions} ({minutes} min). Tabled to all parties: {tablings}. "
                 "Disclosed to all parties: {disclosures}. Revoked disclosures (counted above): {revoked}."),
    )


class BalanceChart(QWidget):
    """Horizontal bars, one group per figure and one bar per party in its colour; caucus minutes on one
    scale, the counts on another, every party on the same one. Focusable; its accessible description
    reads the figures out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impartialityChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.record: ImpartialityRecord | None = None
        self.words = labels()

    def set_record(self, record: ImpartialityRecord) -> None:
        self.record = record
        description = "; ".join(
            f"{p.name}: {self.words.caucus_minutes} {p.caucus_minutes}, "
            + ", ".join(f"{name} {value}" for name, value in zip(self._count_names(), count_rows(p), strict=True))
            for p in record.parties)
        self.setAccessibleName(self.words.title)
        self.setAccessibleDescription(description)
        self.setToolTip(description)
        self.update()

    def _count_names(self) -> list[str]:
        w = self.words
        return [w.caucuses, w.disclosures_from, w.disclosures_to, w.tablings_seen, w.positions]

    def groups(self) -> list[tuple[str, list[int], int]]:
        """(label, one value per party, the scale's top) for each group, top to bottom."""
        if self.record is None:
            return []
        parties = self.record.parties
        minutes = [p.caucus_minutes for p in parties]
        counts = [count_rows(p) for p in parties]
        count_top = nice_max(max((v for row in counts for v in row), default=0))
        out = [(self.words.caucus_minutes, minutes, nice_max(max(minutes, default=0)))]
        out += [(name, [row[i] for row in counts], count_top) for i, name in enumerate(self._count_names())]
        return out

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        parties = len(self.record.parties) if self.record else 3
        line = QFontMetrics(self.font()).height()
        return QSize(560, 6 * (parties * int(line * 0.9) + line) + line * 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(320, 160)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        groups = self.groups()
        if not groups or self.record is None:
            return  # nothing to draw yet: no painter begun, none left active
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetrics(self.font())
        label_w = min(self.width() // 3, max(metrics.horizontalAdvance(g[0]) for g in groups) + 12)
        number_w = metrics.horizontalAdvance("0000") + 6
        parties = self.record.parties
        rows = len(groups) * (len(parties) + 1)
        bar_h = max(3.0, min(metrics.height() * 0.9, (self.height() - 4) / max(1, rows + 1)))
        plot_w = max(10, self.width() - label_w - number_w - 8)
        y = bar_h
        for index, (name, values, top) in enumerate(groups):
            if index in (0, 1):  # a rule above each scale's first group, its top value at the end
                painter.setPen(QColor(text.red(), text.green(), text.blue(), 60))
                painter.drawLine(int(label_w), int(y), int(label_w + plot_w), int(y))
                painter.setPen(QColor(text.red(), text.green(), text.blue(), 140))
                painter.drawText(QRectF(label_w + plot_w + 2, y - bar_h / 2, number_w + 6, bar_h),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(top))
            painter.setPen(text)
            group_h = bar_h * len(parties)
            painter.drawText(QRectF(0, y, label_w - 8, group_h),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(label_w - 8)))
            for party, value in zip(parties, values, strict=True):
                length = plot_w * value / top if top else 0
                painter.fillRect(QRectF(label_w, y, length, bar_h - 1), QColor(party.colour))
                painter.drawText(QRectF(label_w + length + 4, y, number_w, bar_h),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), str(value))
                y += bar_h
            y += bar_h
        painter.end()


class ImpartialityView(QDialog):
    """The record of the open case, in the interface language; "Export as PDF…" writes the one page to
    show the parties, in the case's languages."""

    loaded = Signal()
    exported = Signal(str)  # the file written

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impartialityView")
        self.session = session
        self.words = labels()
        self.record: ImpartialityRecord | None = None
        self.setWindowTitle(self.words.title)
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.words.title)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.as_of = QLabel(_t("Reading the case…"))
        self.promise = QLabel(self.words.promise)
        self.promise.setWordWrap(True)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.chart = BalanceChart(self)
        self.joint = QLabel()
        self.joint.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("impartialityTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(_t("Figures per party"))
        self.export_button = QPushButton(_t("&Export as PDF…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._choose_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        for widget in (self.heading, self.as_of, self.promise, self.legend):
            layout.addWidget(widget)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.joint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.busy = True
        run_in_background(lambda: impartiality_record(session), self._show, self._failed)

    # -- the record ----------------------------------------------------------------
    def _show(self, record: ImpartialityRecord) -> None:
        if not isValid(self):
            return
        self.record = record
        self.busy = False
        w, zone = self.words, record.zone or "UTC"
        self.as_of.setText(w.case.format(reference=record.reference, when=when(record.as_of, record.zone), zone=zone))
        self.legend.setText("&nbsp;&nbsp;".join(
            f'<span style="color:{p.colour}">■</span>&nbsp;{_escape(short(p.name))}' for p in record.parties))
        self.joint.setText(w.joint.format(sessions=record.joint_sessions, minutes=record.joint_minutes,
                                          tablings=record.tablings_to_all, disclosures=record.disclosures_to_all,
                                          revoked=record.revoked))
        self.chart.set_record(record)
        self._fill_table(record)
        self.export_button.setEnabled(True)
        self.loaded.emit()

    def _fill_table(self, record: ImpartialityRecord) -> None:
        w, zone = self.words, record.zone
        names = [w.caucus_minutes, *self.chart._count_names(), w.last_caucus, w.tabling_times, w.last_position]
        self.table.setRowCount(len(names))
        self.table.setColumnCount(len(record.parties))
        self.table.setVerticalHeaderLabels(names)
        self.table.setHorizontalHeaderLabels([short(p.name) for p in record.parties])
        for column, p in enumerate(record.parties):
            seen = "; ".join(when(t.at, zone) + (f" ({w.in_caucus})" if t.in_caucus else "")
                             for t in p.tablings_seen)
            values = [str(p.caucus_minutes), *(str(v) for v in count_rows(p)),
                      (when(p.last_caucus_at, zone) + (f" {w.running}" if p.caucus_running else "")) or w.none,
                      seen or w.none, when(p.last_position_at, zone) or w.none]
            for row, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{p.name}: {names[row]}: {value}")
                self.table.setItem(row, column, item)
            header = self.table.horizontalHeaderItem(column)
            if header is not None:
                header.setForeground(QColor(p.colour))
                header.setToolTip(p.name)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        # the whole table shows at once (nine rows); the chart takes what is left
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + 2)

    def _failed(self, message: str) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.as_of.setText(message)
        messages.error(self, message)

    # -- the PDF -------------------------------------------------------------------
    def suggested_name(self) -> str:
        reference = self.record.reference if self.record else "case"
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in reference)
        return f"impartiality-{safe}.pdf"

    def _choose_pdf(self) -> None:
        start = str(self.session.path.parent / self.suggested_name())
        chosen, _ = QFileDialog.getSaveFileName(self, _t("Export the impartiality record"), start,
                                                _t("PDF files (*.pdf)"))
        if chosen:
            self.export_to(Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"))

    def export_to(self, path: Path) -> None:
        """Write the PDF on a worker, in the case's languages (as the command line does: the page is for
        the parties, whatever language the mediator's interface speaks); `exported` says when it is there."""
        self.busy = True
        self.export_button.setEnabled(False)
        run_in_background(lambda: export_pdf(self.session, path), lambda _change: self._written(path),
                          self._export_failed)

    def _written(self, path: Path) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.export_button.setEnabled(True)
        self.exported.emit(str(path))

    def _export_failed(self, message: str) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.export_button.setEnabled(True)
        messages.error(self, message)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
