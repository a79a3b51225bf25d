"""An open case and the operations a mediator performs on it.

Every operation that changes the file runs in one transaction together with its
audit event, and returns a `Change`. Reads take an audience; the mediator's own
screens pass `Audience.mediator()`, any other screen its fixed audience.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from iomed_desk.app.changes import Change
from iomed_desk.app.ids import new_id
from iomed_desk.core.audit import AuditHead
from iomed_desk.core.channels import Audience, Channel
from iomed_desk.core.clock import Clock
from iomed_desk.core.disclosure import (
    Consent,
    ConsentManner,
    Disclosure,
    HongKongException,
    ItemFacts,
    check_clearing_confidence,
    check_disclosure,
    clearing_consents,
    consent_label,
    required_consents,
)
from iomed_desk.core.errors import InvalidInput, NotAllowed, UserError
from iomed_desk.core.firewall import assert_visible
from iomed_desk.core.model import Case, Note, RuleSetName, Session, Tag
from iomed_desk.core.process import check_may_start_sessions, check_not_terminated
from iomed_desk.store import audit, case_info, disclosures, maintenance, notes, schema, sessions
from iomed_desk.store import process as process_store
from iomed_desk.store import search as search_store
from iomed_desk.store.connection import Connection
from iomed_desk.store.database import CaseDatabase
from iomed_desk.store.integrity import IntegrityReport, check
from iomed_desk.store.keys import FORMAT_KDF, KdfParams, check_new_passphrase, derive_key, new_salt
from iomed_desk.store.search import SearchHit

if TYPE_CHECKING:
    from iomed_desk.app.drafting import DraftingDesk

MEDIATOR = Audience.mediator()
_UNSET = object()
#: names the faces import from here rather than from the store: what `search` and `info` return
__all__ = ["MEDIATOR", "CaseInfo", "CaseSession", "SearchHit"]


@dataclass(frozen=True)
class CaseInfo:
    case: Case
    schema_version: int
    format_version: int
    kdf: KdfParams  # how this file's passphrase becomes its key (fixed per format version)
    notes_by_channel: dict[str, int]
    sessions: int
    disclosures: int
    audit_events: int
    audit_head: str
    cipher: dict[str, str]


class CaseSession:
    def __init__(self, db: CaseDatabase, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self._drafting: DraftingDesk | None = None
        try:
            with db.reading() as conn:
                self._case = case_info.load_case(conn)
                stale_settings = maintenance.needs_settings(conn)
            if stale_settings:
                with db.transaction() as conn:
                    maintenance.apply_settings(conn)
        except BaseException:
            db.close()
            raise
        self.actor = f"mediator:{self._case.mediators[0].id}"
        # the search index is merged and the WAL checkpointed on a worker once saves pause
        self.maintenance = maintenance.IdleMaintenance(db)
        db.committed.append(self.maintenance.wrote)

    # -- the case --------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def case(self) -> Case:
        return self._case

    def reload_case(self) -> None:
        with self.db.reading() as conn:
            self._case = case_info.load_case(conn)

    @property
    def drafting(self) -> DraftingDesk:
        """The single negotiating text of this case."""
        if self._drafting is None:
            from iomed_desk.app.drafting import DraftingDesk

            self._drafting = DraftingDesk(self)
        return self._drafting

    @property
    def is_open(self) -> bool:
        return self.db.is_open

    def close(self) -> None:
        self.maintenance.stop()
        self.db.close()

    def _audit(self, conn, action: str, targets: list[str], detail: dict | None = None) -> None:  # type: ignore[no-untyped-def]
        audit.append(conn, self.clock(), self.actor, action, targets, detail)

    def _check_channel(self, channel: Channel) -> None:
        if channel.kind == "party":
            self._case.party(channel.party_id or "")

    # -- notes -----------------------------------------------------------------
    def notes_in(self, channel: Channel, audience: Audience = MEDIATOR, limit: int | None = None) -> list[Note]:
        """Newest first; with `limit`, only that many of the most recent."""
        with self.db.reading() as conn:
            return notes.in_channel(conn, channel, audience, limit)

    def note(self, note_id: str, audience: Audience = MEDIATOR) -> Note:
        with self.db.reading() as conn:
            found = notes.get(conn, note_id, audience)
        if found is None:
            raise InvalidInput("That note no longer exists.")
        return found

    def take_note(self, channel: Channel, title: str, body: str = "", tags: frozenset[Tag] | tuple = (),
                  *, confidential: bool | None = None, on_joint_screen: bool = False, speaker: str = "") -> Change:
        """A new note in `channel`; during a session in that channel, it is filed under the session."""
        self._check_channel(channel)
        if confidential is None:
            # Model Law: a party's information may be disclosed unless given in confidence, so the
            # default is "may disclose"; under the other rule sets nothing leaves a caucus by default.
            confidential = channel.kind == "party" and self._case.rule_set is not RuleSetName.MODEL_LAW
        now = self.clock()
        with self.db.transaction() as conn:
            running = sessions.running(conn)
            note = Note(id=new_id("n-"), channel=channel, title=title.strip() or "Untitled note", body=body,
                        tags=frozenset(tags), confidential=confidential, on_joint_screen=on_joint_screen,
                        speaker=speaker, author=self.actor, created_at=now, updated_at=now,
                        session_id=running.id if running and running.channel == channel else None)
            revision = notes.insert(conn, note)
            self._audit(conn, "note.create", [note.id], {"channel": str(channel), "revision": revision.number,
                                                         "commitment": revision.commitment})
        return Change("Note added", notes=frozenset({note.id}), channels=frozenset({channel}), created_id=note.id)

    def edit_note(self, note_id: str, *, title: str | None = None, body: str | None = None,
                  tags: frozenset[Tag] | None = None, confidential: bool | None = None,
                  on_joint_screen: bool | None = None, speaker: str | None = None) -> Change:
        """Save changed text as the note's next revision (an audience that sees the note through a
        disclosure keeps seeing the revision consented to). Marking it given in confidence is an edit;
        clearing the mark is not: it needs the party's consent (`release_confidence`)."""
        with self.db.transaction() as conn:
            old = notes.get(conn, note_id, MEDIATOR)
            if old is None:
                raise InvalidInput("That note no longer exists.")
            if old.confidential and confidential is False:
                raise NotAllowed("Only the party that gave it in confidence can release it: record its consent "
                                 "with Release from confidence.")
            new = replace(
                old,
                title=old.title if title is None else (title.strip() or "Untitled note"),
                body=old.body if body is None else body,
                tags=old.tags if tags is None else frozenset(tags),
                confidential=old.confidential if confidential is None else confidential,
                on_joint_screen=old.on_joint_screen if on_joint_screen is None else on_joint_screen,
                speaker=old.speaker if speaker is None else speaker,
                updated_at=self.clock())
            if new == replace(old, updated_at=new.updated_at):
                return Change("No changes", notes=frozenset({note_id}))
            revision = notes.update(conn, new)
            fields = [f for f in ("title", "body", "tags", "confidential", "on_joint_screen", "speaker")
                      if getattr(old, f) != getattr(new, f)]
            detail: dict[str, object] = {"channel": str(old.channel), "fields": fields}
            if revision is not None:
                detail |= {"revision": revision.number, "commitment": revision.commitment}
            self._audit(conn, "note.edit", [note_id], detail)
        return Change("Saved", notes=frozenset({note_id}), channels=frozenset({old.channel}))

    def release_confidence(self, note_id: str, consents: list[str] | tuple[str, ...], *,
                           source: str | None = None, given_by: dict[str, str] | None = None,
                           manner: ConsentManner = ConsentManner.SAID_IN_CAUCUS, witness: str = "") -> Change:
        """Clear "given in confidence" from a note, with the consent of the party that gave it on record."""
        now = self.clock()
        given_by = given_by or {}
        with self.db.transaction() as conn:
            facts = self._facts(conn, note_id)
            if not facts.confidential:
                raise NotAllowed("That note is not marked as given in confidence.")
            recorded = tuple(Consent(who, given_by.get(who, ""), now, manner, witness.strip())
                             for who in dict.fromkeys(consents))
            check_clearing_confidence(self._case, facts, recorded, source)
            notes.set_confidential(conn, note_id, False, now)
            self._audit(conn, "note.confidence_released", [note_id],
                        {"channel": str(facts.channel), "source": source or "",
                         "consents": _consent_record(recorded)})
        return Change("Released from confidence", notes=frozenset({note_id}), channels=frozenset({facts.channel}))

    def release_consents(self, note_id: str, source: str | None = None) -> list[tuple[str, str]]:
        """(who, label) pairs whose consent releasing this note from confidence needs."""
        with self.db.reading() as conn:
            facts = self._facts(conn, note_id)
        return [(who, consent_label(self._case, who, facts)) for who in clearing_consents(self._case, facts, source)]

    def delete_note(self, note_id: str) -> Change:
        """Remove a note's text for good; refused once the mediation has ended (the record is final:
        what is destroyed then, closing destroys, and says so in its certificate)."""
        with self.db.transaction() as conn:
            check_not_terminated(process_store.termination(conn), "Notes can no longer be deleted")
            channel = notes.delete(conn, note_id, self.clock())
            self._audit(conn, "note.delete", [note_id], {"channel": str(channel)})
        return Change("Note deleted", notes=frozenset({note_id}), channels=frozenset({channel}))

    def visible_notes(self, audience: Audience) -> list[Note]:
        """Every note `audience` may see, checked twice: in SQL, and here against the core rule."""
        with self.db.reading() as conn:
            found = notes.visible(conn, audience)
            shown = disclosures.targets_in_force(conn)
        for n in found:
            assert_visible(n.channel, audience, shown.get(n.id, ()))
        return found

    def disclosed_into(self, channel: Channel, audience: Audience) -> list[Note]:
        """Notes of other channels `audience` sees through a disclosure in force, checked twice like
        `visible_notes`: in SQL, and here against the core rule."""
        with self.db.reading() as conn:
            found = notes.disclosed_into(conn, channel, audience)
            shown = disclosures.targets_in_force(conn) if found else {}
        for n in found:
            assert_visible(n.channel, audience, shown.get(n.id, ()))
        return found

    # -- sessions ----------------------------------------------------------------
    def running_session(self) -> Session | None:
        with self.db.reading() as conn:
            return sessions.running(conn)

    def session_history(self) -> list[Session]:
        with self.db.reading() as conn:
            return sessions.history(conn)

    def start_session(self, channel: Channel, *,
                      with_attendance: Callable[[Connection, str], None] | None = None) -> Change:
        """Start a joint session or a caucus; a session still running is ended first. Refused before the
        agreement to mediate (or the reason to proceed without it) is recorded; `with_attendance`
        records the attendance list in the same transaction (app/process_record.py)."""
        self._check_channel(channel)
        if channel.kind == "mediator":
            raise InvalidInput("A session is joint or a caucus with one party.")
        now = self.clock()
        with self.db.transaction() as conn:
            check_may_start_sessions(process_store.agreement_to_mediate(conn))
            running = sessions.running(conn)
            if running is not None:
                sessions.end(conn, running.id, now)
                self._audit(conn, "session.end", [running.id], {"channel": str(running.channel)})
            session = Session(new_id("s-"), channel, now)
            sessions.insert(conn, session)
            self._audit(conn, "session.start", [session.id], {"channel": str(channel)})
            if with_attendance is not None:
                with_attendance(conn, session.id)
        if channel.kind == "joint":
            return Change("Joint session started", sessions=True, created_id=session.id)
        return Change("Caucus with %1 started", sessions=True, created_id=session.id,
                      args=(self._case.party(channel.party_id or "").name,))

    def end_session(self) -> Change:
        now = self.clock()
        with self.db.transaction() as conn:
            running = sessions.running(conn)
            if running is None:
                raise NotAllowed("No session is running.")
            sessions.end(conn, running.id, now)
            minutes = round((now - running.started_at).total_seconds() / 60)
            self._audit(conn, "session.end", [running.id], {"channel": str(running.channel), "minutes": minutes})
        return Change("Session ended after %1 min", sessions=True, args=(str(minutes),))

    # -- disclosure --------------------------------------------------------------
    def _facts(self, conn, item_id: str) -> ItemFacts:  # type: ignore[no-untyped-def]
        found = notes.item_facts(conn, item_id)
        if found is None:
            raise InvalidInput("That item no longer exists.")
        return ItemFacts(*found)

    def required_consents(self, item_id: str, source: str | None = None) -> list[tuple[str, str]]:
        """(who, label) pairs the case's rule set requires for disclosing this item; a notebook item's
        depend on the party the mediator names as its `source` (or `SEVERAL`)."""
        with self.db.reading() as conn:
            facts = self._facts(conn, item_id)
        return [(who, consent_label(self._case, who, facts))
                for who in required_consents(self._case, facts, source)]

    def current_revision(self, note_id: str) -> int:
        with self.db.reading() as conn:
            return notes.current_revision(conn, note_id) or 1

    def disclose(self, item_id: str, target: Audience, consents: list[str] | tuple[str, ...] = (), *,
                 given_by: dict[str, str] | None = None, exception: HongKongException | None = None,
                 note: str = "", source: str | None = None,
                 manner: ConsentManner = ConsentManner.SAID_IN_CAUCUS, witness: str = "") -> Change:
        """Disclose the item's current revision; refused, naming what is missing, unless the rule set's
        consents are on record. Later edits stay in the item's channel until disclosed again."""
        given_by = given_by or {}
        now = self.clock()
        with self.db.transaction() as conn:
            facts = self._facts(conn, item_id)
            revision = notes.current_revision(conn, item_id) or 1
            recorded = tuple(Consent(who, given_by.get(who, ""), now, manner, witness.strip())
                             for who in dict.fromkeys(consents))
            existing = tuple(disclosures.for_item(conn, item_id))
            check_disclosure(self._case, facts, target, recorded, exception, existing, revision=revision,
                             source=source)
            d = Disclosure(new_id("d-"), item_id, facts.channel, target, recorded, now, exception, note.strip(),
                           revision=revision, source=source or "")
            disclosures.insert(conn, d)
            self._audit(conn, "disclosure.create", [d.id, item_id],
                        {"from": str(facts.channel), "to": str(target), "consents": _consent_record(recorded),
                         "exception": exception.value if exception else None, "rule_set": self._case.rule_set.value,
                         "revision": revision, "source": source or ""})
        return Change("Disclosed", notes=frozenset({item_id}), channels=frozenset({facts.channel}),
                      disclosures=True, created_id=d.id)

    def revoke_disclosure(self, disclosure_id: str, reason: str = "") -> Change:
        """Stop a disclosure for the future; the audit keeps that it happened."""
        now = self.clock()
        with self.db.transaction() as conn:
            d = disclosures.get(conn, disclosure_id)
            if d is None or not disclosures.revoke(conn, disclosure_id, now, reason.strip()):
                raise NotAllowed("That disclosure is not in force.")
            self._audit(conn, "disclosure.revoke", [disclosure_id, d.item_id], {"to": str(d.target)})
        return Change("Disclosure revoked", notes=frozenset({d.item_id}), channels=frozenset({d.item_channel}),
                      disclosures=True)

    def disclosures_of(self, item_id: str) -> list[Disclosure]:
        with self.db.reading() as conn:
            return disclosures.for_item(conn, item_id)

    def all_disclosures(self) -> list[Disclosure]:
        with self.db.reading() as conn:
            return disclosures.all_disclosures(conn)

    # -- search and audit --------------------------------------------------------
    def search(self, text: str, audience: Audience = MEDIATOR, limit: int = 200) -> list[SearchHit]:
        with self.db.reading() as conn:
            return search_store.search(conn, text, audience, limit)

    def first_results(self, text: str, audience: Audience = MEDIATOR,
                      limit: int = search_store.FIRST) -> list[SearchHit]:
        """The newest hits the audience may see, unranked: shown at once while `search` ranks."""
        with self.db.reading() as conn:
            return search_store.first_results(conn, text, audience, limit)

    def audit_events(self, action_prefix: str = "", limit: int = 5000) -> list[audit.AuditEvent]:
        with self.db.reading() as conn:
            return audit.events(conn, action_prefix=action_prefix, limit=limit)

    def audit_head(self) -> str:
        with self.db.reading() as conn:
            return audit.head(conn)

    # -- the chain anchored outside the file ----------------------------------------
    def head(self) -> AuditHead:
        """The newest audit event's (seq, hash): what this computer, a party or the institution keeps,
        so that a file rolled back, truncated or swapped for an older copy can be told apart."""
        with self.db.reading() as conn:
            return audit.newest(conn)

    def contains_head(self, seq: int, hash: str) -> bool:  # noqa: A002 - the chain's word
        """Whether this file's chain holds the event numbered `seq` with that hash (a head kept
        outside the file from an earlier state of it)."""
        with self.db.reading() as conn:
            return audit.contains(conn, AuditHead(seq, hash))

    def record_unanchored(self, remembered: AuditHead) -> Change:
        """The mediator chose to work on a file whose chain lacks the head this computer last saw of
        the case (an older backup restored on purpose, say): the record keeps both heads."""
        with self.db.transaction() as conn:
            found = audit.newest(conn)
            self._audit(conn, "case.unanchored", [], {"remembered": str(remembered), "head": str(found)})
        return Change("Opened although older than the case last seen here")

    # -- where the mediator left off ------------------------------------------------
    def workspace_value(self, key: str) -> str | None:
        with self.db.reading() as conn:
            return case_info.get_workspace(conn, key)

    def set_workspace_value(self, key: str, value: str) -> None:
        """Not audited: it records what was on screen, not a change to the case."""
        with self.db.transaction() as conn:
            case_info.set_workspace(conn, key, value)

    # -- the file --------------------------------------------------------------------
    def info(self) -> CaseInfo:
        with self.db.reading() as conn:
            cipher = {name: str(conn.execute(f"PRAGMA {name}").fetchone()[0]) for name in (
                "cipher_version", "cipher_page_size", "cipher_hmac_algorithm", "cipher_memory_security",
                "cache_size", "journal_mode", "temp_store", "secure_delete", "synchronous")}
            cipher["cipher_memory_security"] = "ON" if cipher["cipher_memory_security"] == "1" else "OFF"
            size = int(cipher["cache_size"])  # pages, or KiB when negative
            cipher["cache_size"] = f"{(-size if size < 0 else size * int(cipher['cipher_page_size']) // 1024) // 1024} MiB"
            version = case_info.format_version(conn)
            return CaseInfo(
                case=self._case, schema_version=schema.current_version(conn),
                format_version=version, kdf=FORMAT_KDF[version],
                notes_by_channel=notes.counts_by_channel(conn), sessions=len(sessions.history(conn)),
                disclosures=len(disclosures.all_disclosures(conn)), audit_events=audit.count(conn),
                audit_head=audit.head(conn), cipher=cipher)

    def check(self) -> IntegrityReport:
        """The file's integrity (store/integrity.py). The idle maintenance waits meanwhile: SQLCipher's page
        check reads the file itself, which a checkpoint may be writing. And it runs on a connection of its
        own: FTS5's part of PRAGMA integrity_check trusts the index structure a connection cached before
        the worker merged the index on another one, and reports a sound file as corrupt."""
        with self.maintenance.paused(), self.db.own_connection() as conn:
            return check(conn)

    def backup(self, dest: Path) -> Change:
        """A consistent encrypted copy, openable on its own with the same passphrase."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise InvalidInput("A backup must go to another file than the case itself.")
        if not dest.parent.is_dir():
            raise UserError(f"The folder {dest.parent} does not exist.")
        with self.db.transaction() as conn:
            event = audit.append(conn, self.clock(), self.actor, "case.backup", [], {"file": dest.name})
        self.db.export_copy(dest, self.db.key, self.db.salt)
        return Change("Backup written to %1; its audit record contains head %2",
                      args=(dest.name, str(AuditHead(event.seq, event.hash))))

    def change_passphrase(self, current: str, new: str, *, forget_remembered_key: bool = True) -> Change:
        """Re-key the file; the current passphrase is checked first (with a fresh derivation).

        A key remembered on this computer would no longer open the file, so it is forgotten. In
        secure-room mode nothing is remembered and the keyring must not be touched at all (a
        locked keyring would ask for its own password): the caller passes `forget_remembered_key=False`.
        """
        check_new_passphrase(new)
        if derive_key(current, self.db.salt) != self.db.key:
            raise UserError("The current passphrase is wrong; nothing was changed.")
        salt = new_salt()
        key = derive_key(new, salt)
        with self.db.transaction() as conn:
            self._audit(conn, "case.passphrase", [], {})
        with self.maintenance.paused():
            self.db.replace_key(key, salt)
        if forget_remembered_key:
            from iomed_desk.store import remember

            remember.forget(self._case.id)
        return Change("Passphrase changed")

    def now(self) -> datetime:
        return self.clock()


def _consent_record(consents: tuple[Consent, ...]) -> list[dict[str, str]]:
    """What an audit event keeps of each consent: who, how, witnessed by whom (names, no content)."""
    return [{"who": c.who, "given_by": c.given_by, "manner": c.manner.value, "witness": c.witness}
            for c in consents]
