"""Exhibits (issue 18): the one API the GUI, the command line and the agreement's annexes call.

`import_file` streams a file into the case file chunk by chunk inside one transaction: each chunk
is hashed (SHA-256), sniffed and written as it is read, so no plaintext copy is made anywhere and
memory holds one chunk (the connection's page cache is held small for the import, so dirty pages
go to the encrypted WAL rather than pile up). A file that changes while being read is refused:
its (device, inode, size, mtime_ns, ctime_ns) are taken from the open descriptor before the first
read and compared, after the last, with the descriptor's and the path's again, and the bytes read
must be exactly the size. A write in place moves mtime and ctime (ctime cannot be set back by
any user program, unlike mtime), a replacement by rename changes the inode behind the path, a
truncation or append the size; a second hashing pass would double the I/O of a 200 MB file and
still race with a writer after it. Then the kind is decided (a ZIP by its [Content_Types].xml,
checked against bombs first) and the text extracted from the stored chunks (app/exhibit_text.py)
into the audience-filtered search index. Nothing is added unless all of it succeeds.

Exhibits are channel items under the firewall like notes: `disclose` records a disclosure of the
current revision through the case's rule set, `revise` adds a revision (an audience that sees the
exhibit through a disclosure keeps the revision consented to), `delete` destroys every revision's
bytes. Reading (`open_stream`, `read_bytes`, `chunks`) goes through the same audience filter;
`export` writes the bytes where the mediator chooses, checks their hash, and audits it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from iomed_desk.app.changes import Change
from iomed_desk.app.exhibit_text import extract, open_package
from iomed_desk.app.ids import new_id
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.disclosure import (
    Consent,
    ConsentManner,
    Disclosure,
    HongKongException,
    ItemFacts,
    check_disclosure,
)
from iomed_desk.core.errors import InvalidInput, UserError
from iomed_desk.core.exhibits import (
    CHUNK,
    Exhibit,
    ExhibitFile,
    ExhibitRefused,
    Sniffer,
    check_size,
    clean_label,
    clean_name,
    format_size,
)
from iomed_desk.core.firewall import assert_visible
from iomed_desk.core.process import check_not_terminated
from iomed_desk.store import audit, disclosures, sessions
from iomed_desk.store import exhibits as store
from iomed_desk.store import process as process_store
from iomed_desk.store.connection import Connection

if TYPE_CHECKING:
    from iomed_desk.app.case_session import CaseSession

MEDIATOR = Audience.mediator()
#: the page cache an import runs with (KiB, negative as SQLite's PRAGMA takes it)
IMPORT_CACHE_KIB = 2048

Progress = Callable[[int, int], None]  # (bytes read, size)


class ImportCancelled(UserError):
    def __init__(self) -> None:
        super().__init__("Import cancelled; nothing was added.")


def changed_while_read(name: str) -> ExhibitRefused:
    return ExhibitRefused(f"{name} changed while it was being read; nothing was added. Try again once "
                          "nothing is writing to it.")


_DESKS: weakref.WeakKeyDictionary[CaseSession, ExhibitsDesk] = weakref.WeakKeyDictionary()


def exhibits_desk(session: CaseSession) -> ExhibitsDesk:
    desk = _DESKS.get(session)
    if desk is None:
        desk = _DESKS[session] = ExhibitsDesk(session)
    return desk


def _identity(st: os.stat_result) -> tuple[int, int, int, int, int]:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class ExhibitsDesk:
    def __init__(self, session: CaseSession) -> None:
        self.session = session

    # -- the case's cap ------------------------------------------------------------------------
    def cap(self) -> int:
        with self.session.db.reading() as conn:
            return store.cap(conn)

    def set_cap(self, size: int) -> Change:
        if size < 1:
            raise InvalidInput("The largest exhibit must be at least 1 byte.")
        with self.session.db.transaction() as conn:
            store.set_cap(conn, size)
            audit.append(conn, self.session.clock(), self.session.actor, "exhibit.cap", [], {"cap": size})
        return Change("Largest exhibit set to %1", case=True, args=(format_size(size),))

    # -- adding --------------------------------------------------------------------------------
    def import_file(self, path: str | os.PathLike[str], channel: Channel, *, label: str, produced_by: str = "",
                    name: str | None = None, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Change:
        """A new exhibit in `channel` from the file at `path` (see the module's docstring); during a
        session in that channel it is filed under the session."""
        self.session._check_channel(channel)
        label = clean_label(label)
        shown = clean_name(name or Path(path).name)
        item_id = new_id("x-")
        now = self.session.clock()

        def begin(conn: Connection) -> int:
            running = sessions.running(conn)
            store.insert_item(conn, item_id, channel, self.session.actor, now, label=label,
                              produced_by=" ".join(produced_by.split()),
                              session_id=running.id if running and running.channel == channel else None)
            return 1

        number, commitment = self._stream_in(path, shown, item_id, begin, progress, cancelled, "exhibit.create",
                                             channel)
        return Change("Exhibit %1 added", notes=frozenset({item_id}), channels=frozenset({channel}),
                      created_id=item_id, args=(label,))

    def revise(self, exhibit_id: str, path: str | os.PathLike[str], *, name: str | None = None,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Change:
        """A new revision of an exhibit's file; the old revisions stay (a disclosure names one)."""
        shown = clean_name(name or Path(path).name)
        found: list[Channel] = []

        def begin(conn: Connection) -> int:
            facts = store.live(conn, exhibit_id)
            if facts is None:
                raise InvalidInput("That exhibit no longer exists.")
            found.append(facts[0])
            return facts[1] + 1

        self._stream_in(path, shown, exhibit_id, begin, progress, cancelled, "exhibit.revise", None)
        return Change("New revision of the exhibit saved", notes=frozenset({exhibit_id}),
                      channels=frozenset(found))

    def _stream_in(self, path: str | os.PathLike[str], name: str, item_id: str,
                   begin: Callable[[Connection], int], progress: Progress | None,
                   cancelled: Callable[[], bool] | None, action: str,
                   channel: Channel | None) -> tuple[int, str]:
        path = Path(path)
        try:
            f = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below, after the last check
        except FileNotFoundError:
            raise InvalidInput(f"{path} does not exist.") from None
        except IsADirectoryError:
            raise InvalidInput(f"{path} is a folder, not a file.") from None
        except OSError as exc:
            raise InvalidInput(f"{path} cannot be read: {exc.strerror}.") from None
        with f:
            before = os.fstat(f.fileno())
            if not _is_regular(before.st_mode):
                raise InvalidInput(f"{path} is not a regular file.")
            size = before.st_size
            with self.session.db.reading() as conn:
                check_size(size, store.cap(conn))
            with self.session.db.transaction() as conn, _small_cache(conn):
                number = begin(conn)
                digest, sniffer = hashlib.sha256(), Sniffer()
                buffer = bytearray(CHUNK)
                view = memoryview(buffer)
                read, seq = 0, 0
                while True:
                    n = _fill(f, view)
                    if n == 0:
                        break
                    read += n
                    if read > size:
                        raise changed_while_read(name)
                    data = bytes(view[:n])
                    digest.update(data)
                    sniffer.feed(data)
                    store.write_chunk(conn, item_id, number, seq, data)
                    seq += 1
                    if progress is not None:
                        progress(read, size)
                    if cancelled is not None and cancelled():
                        raise ImportCancelled()
                del view
                if read != size or _identity(os.fstat(f.fileno())) != _identity(before):
                    raise changed_while_read(name)
                try:
                    at_path = os.stat(path)
                except OSError:
                    raise changed_while_read(name) from None
                if _identity(at_path) != _identity(before):
                    raise changed_while_read(name)
                kind = sniffer.finish()
                reader = store.ChunkReader(conn, item_id, number, size)
                package = None
                if kind is None:
                    package, kind = open_package(reader)
                text = extract(reader, kind, package)
                now = self.session.clock()
                sha = digest.hexdigest()
                c = store.add_file(conn, item_id, number, name=name, media_type=kind, size=size, sha256=sha,
                                   text=text, author=self.session.actor, at=now)
                live = store.live(conn, item_id)
                assert live is not None
                audit.append(conn, now, self.session.actor, action, [item_id],
                             {"channel": str(live[0]), "revision": number, "commitment": c})
        return number, c

    # -- reading -------------------------------------------------------------------------------
    def exhibits_in(self, channel: Channel, audience: Audience = MEDIATOR) -> list[Exhibit]:
        with self.session.db.reading() as conn:
            found = store.in_channel(conn, channel, audience)
            shown = disclosures.targets_in_force(conn) if not audience.is_mediator else {}
        for x in found:
            assert_visible(x.channel, audience, shown.get(x.id, ()))
        return found

    def visible(self, audience: Audience) -> list[Exhibit]:
        """Every exhibit `audience` may see, checked in SQL and again against the core rule."""
        with self.session.db.reading() as conn:
            found = store.visible(conn, audience)
            shown = disclosures.targets_in_force(conn)
        for x in found:
            assert_visible(x.channel, audience, shown.get(x.id, ()))
        return found

    def exhibit(self, exhibit_id: str, audience: Audience = MEDIATOR) -> Exhibit:
        with self.session.db.reading() as conn:
            return self._get(conn, exhibit_id, audience)

    def _get(self, conn: Connection, exhibit_id: str, audience: Audience) -> Exhibit:
        found = store.get(conn, exhibit_id, audience)
        if found is None:
            raise InvalidInput("That exhibit no longer exists.")
        if not audience.is_mediator:
            assert_visible(found.channel, audience, disclosures.targets_in_force(conn).get(exhibit_id, ()))
        return found

    def revisions(self, exhibit_id: str) -> list[ExhibitFile]:
        with self.session.db.reading() as conn:
            return store.revisions(conn, exhibit_id)

    def text(self, exhibit_id: str, audience: Audience = MEDIATOR) -> str:
        """The text extracted at import of the revision `audience` sees (DOCX/XLSX are shown as it)."""
        with self.session.db.reading() as conn:
            x = self._get(conn, exhibit_id, audience)
            return store.text_of(conn, exhibit_id, x.revision)

    @contextlib.contextmanager
    def open_stream(self, exhibit_id: str, audience: Audience = MEDIATOR) -> Iterator[tuple[Exhibit, store.ChunkReader]]:
        """The exhibit and a seekable read-only stream over the bytes of the revision `audience` sees."""
        with self.session.db.reading() as conn:
            x = self._get(conn, exhibit_id, audience)
            reader = store.ChunkReader(conn, exhibit_id, x.revision, x.size)
            try:
                yield x, reader
            finally:
                reader.close()

    def chunks(self, exhibit_id: str, audience: Audience = MEDIATOR) -> Iterator[bytes]:
        """The bytes, a chunk (256 KiB) at a time."""
        with self.open_stream(exhibit_id, audience) as (_, reader):
            yield from reader.chunks()

    def read_bytes(self, exhibit_id: str, audience: Audience = MEDIATOR) -> tuple[Exhibit, bytes]:
        """The exhibit and its whole file in memory (for an annex or a preview that needs it whole),
        checked against its SHA-256."""
        with self.open_stream(exhibit_id, audience) as (x, reader):
            data = b"".join(reader.chunks())
        if hashlib.sha256(data).hexdigest() != x.sha256:
            raise InvalidInput(f"Exhibit {x.label}'s bytes do not match their SHA-256 in the case file.")
        return x, data

    # -- getting it out ------------------------------------------------------------------------
    def export(self, exhibit_id: str, dest: str | os.PathLike[str], audience: Audience = MEDIATOR) -> Change:
        """Write the file to `dest` (a temp file in its folder, renamed once complete and its hash
        checked), and audit it with the hash."""
        dest = Path(dest)
        if dest.is_dir():
            raise InvalidInput(f"{dest} is a folder; choose a file name.")
        tmp = dest.with_name(f".{dest.name}.{os.getpid()}.part")
        digest = hashlib.sha256()
        try:
            with self.open_stream(exhibit_id, audience) as (x, reader), open(tmp, "xb") as out:
                for piece in reader.chunks():
                    digest.update(piece)
                    out.write(piece)
                out.flush()
                os.fsync(out.fileno())
            if digest.hexdigest() != x.sha256:
                raise InvalidInput(f"Exhibit {x.label}'s bytes do not match their SHA-256; nothing was written.")
            os.replace(tmp, dest)
        except FileNotFoundError:
            raise InvalidInput(f"The folder {dest.parent} does not exist.") from None
        except OSError as exc:
            raise InvalidInput(f"{dest} cannot be written: {exc.strerror}.") from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        with self.session.db.transaction() as conn:
            audit.append(conn, self.session.clock(), self.session.actor, "exhibit.export", [exhibit_id],
                         {"revision": x.revision, "sha256": x.sha256, "audience": str(audience)})
        return Change("Exhibit %1 exported (SHA-256 %2)", notes=frozenset({exhibit_id}), args=(x.label, x.sha256))

    # -- firewall --------------------------------------------------------------------------------
    def disclose(self, exhibit_id: str, target: Audience, consents: list[str] | tuple[str, ...] = (), *,
                 given_by: dict[str, str] | None = None, exception: HongKongException | None = None,
                 note: str = "", source: str | None = None,
                 manner: ConsentManner = ConsentManner.SAID_IN_CAUCUS, witness: str = "") -> Change:
        """Disclose the exhibit's current revision, as `CaseSession.disclose` does a note's."""
        given_by = given_by or {}
        s = self.session
        now = s.clock()
        with s.db.transaction() as conn:
            live = store.live(conn, exhibit_id)
            if live is None:
                raise InvalidInput("That exhibit no longer exists.")
            channel, revision = live[0], live[1]
            facts = ItemFacts(channel)
            recorded = tuple(Consent(who, given_by.get(who, ""), now, manner, witness.strip())
                             for who in dict.fromkeys(consents))
            existing = tuple(disclosures.for_item(conn, exhibit_id))
            check_disclosure(s.case, facts, target, recorded, exception, existing, revision=revision, source=source)
            d = Disclosure(new_id("d-"), exhibit_id, channel, target, recorded, now, exception, note.strip(),
                           revision=revision, source=source or "")
            disclosures.insert(conn, d)
            store.index_disclosed(conn, d.id)
            audit.append(conn, now, s.actor, "disclosure.create", [d.id, exhibit_id],
                         {"from": str(channel), "to": str(target),
                          "consents": [{"who": c.who, "given_by": c.given_by, "manner": c.manner.value,
                                        "witness": c.witness} for c in recorded],
                          "exception": exception.value if exception else None, "rule_set": s.case.rule_set.value,
                          "revision": revision, "source": source or ""})
        return Change("Disclosed", notes=frozenset({exhibit_id}), channels=frozenset({channel}),
                      disclosures=True, created_id=d.id)

    def delete(self, exhibit_id: str) -> Change:
        """Remove every revision's bytes for good; refused once the mediation has ended (closing
        destroys the caucus exhibits then, and says so in its certificate)."""
        with self.session.db.transaction() as conn:
            check_not_terminated(process_store.termination(conn), "Exhibits can no longer be deleted")
            channel, revisions = store.delete(conn, exhibit_id, self.session.clock())
            audit.append(conn, self.session.clock(), self.session.actor, "exhibit.delete", [exhibit_id],
                         {"channel": str(channel), "revisions": revisions})
        return Change("Exhibit deleted", notes=frozenset({exhibit_id}), channels=frozenset({channel}))


def _is_regular(mode: int) -> bool:
    import stat

    return stat.S_ISREG(mode)


def _fill(f, view: memoryview) -> int:  # type: ignore[no-untyped-def]
    """Read until the buffer is full or the file ends (a raw read may return less)."""
    got = 0
    while got < len(view):
        n = f.readinto(view[got:])
        if not n:
            break
        got += n
    return got


@contextlib.contextmanager
def _small_cache(conn: Connection) -> Iterator[None]:
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before}")
