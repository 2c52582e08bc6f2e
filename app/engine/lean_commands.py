"""Lean Coffee's commands: topics proposed, dot votes, discussion, roman vote."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.errors import EngineError
from app.engine.lookups import EngineLookups
from app.engine.state import (
    topic_order,
)
from app.i18n import _
from app.methods import Method
from models import (
    AgendaItem,
    LeanTopic,
    LeanVote,
    new_id,
)


class LeanCommands(EngineLookups):
    """A Lean Coffee item's board."""

    # --- Lean Coffee ----------------------------------------------------------------------

    def _lean_item(self, db: Session) -> tuple[AgendaItem, Method]:
        item = self._current_item(db)
        if item is None:
            raise EngineError(_("Aucun point n'est en cours."))
        method = self._method(item.method_key)
        if method.lean_coffee is None:
            raise EngineError(_("Le point en cours n'est pas un Lean Coffee."))
        return item, method

    def lean_propose(self, title: str, member_id: uuid.UUID | None = None) -> uuid.UUID:
        """Put a topic on the Lean Coffee board."""
        title = title.strip()
        if not title:
            raise EngineError(_("Donnez un titre au sujet."))
        topic_id = new_id()

        def body(db: Session, now: datetime) -> uuid.UUID:
            item, _m = self._lean_item(db)
            db.add(
                LeanTopic(
                    id=topic_id,
                    item_id=item.id,
                    title=title,
                    proposed_by_id=member_id,
                    proposed_at=now,
                )
            )
            return topic_id

        return self._run("lean_propose", {"title": title}, body)

    def lean_vote(self, topic_id: uuid.UUID, member_id: uuid.UUID) -> None:
        """One dot from ``member_id`` on a topic (three per person by default)."""

        def body(db: Session, now: datetime) -> None:
            item, method = self._lean_item(db)
            assert method.lean_coffee is not None
            self._present(db, member_id, now)
            topic = db.get(LeanTopic, topic_id)
            if topic is None or topic.item_id != item.id:
                raise EngineError(_("Ce sujet n'est pas au tableau."))
            used = sum(
                t.votes.get(member_id, 0) for t in self._facts.topics if t.item_id == item.id
            )
            allowed = method.lean_coffee.votes_per_person
            if used >= allowed:
                name = self._facts.names.get(member_id, "?")
                raise EngineError(
                    _("{name} a déjà utilisé ses {count} votes.").format(name=name, count=allowed)
                )
            db.add(LeanVote(topic_id=topic.id, member_id=member_id, voted_at=now))

        self._run("lean_vote", {"topic": topic_id, "member": member_id}, body)

    def lean_unvote(self, topic_id: uuid.UUID, member_id: uuid.UUID) -> None:
        """Take back one dot of ``member_id`` from a topic."""

        def body(db: Session, now: datetime) -> None:
            vote = db.scalars(
                select(LeanVote).where(
                    LeanVote.topic_id == topic_id, LeanVote.member_id == member_id
                )
            ).first()
            if vote is None:
                raise EngineError(_("Aucun vote à retirer."))
            db.delete(vote)

        self._run("lean_unvote", {"topic": topic_id, "member": member_id}, body)

    def lean_discuss(self, topic_id: uuid.UUID | None = None) -> uuid.UUID:
        """Start discussing a topic (the most voted one left by default)."""

        def body(db: Session, now: datetime) -> uuid.UUID:
            item = self._require_running_item(db)
            self._lean_item(db)
            topics = [t for t in self._facts.topics if t.item_id == item.id]
            if topic_id is None:
                left = [t for t in topic_order(tuple(topics)) if t.started_at is None]
                if not left:
                    raise EngineError(_("Tous les sujets du tableau ont été discutés."))
                chosen = left[0].id
            else:
                chosen = topic_id
            self._end_topic(db, item.id, now)
            topic = db.get(LeanTopic, chosen)
            if topic is None or topic.item_id != item.id:
                raise EngineError(_("Ce sujet n'est pas au tableau."))
            if topic.started_at is not None:
                raise EngineError(_("Ce sujet a déjà été discuté."))
            topic.started_at = now
            return topic.id

        return self._run("lean_discuss", {"topic": topic_id}, body)

    def _end_topic(self, db: Session, item_id: uuid.UUID, now: datetime) -> LeanTopic | None:
        topic = db.scalars(
            select(LeanTopic).where(
                LeanTopic.item_id == item_id,
                LeanTopic.started_at.is_not(None),
                LeanTopic.ended_at.is_(None),
            )
        ).first()
        if topic is not None:
            topic.ended_at = now
        return topic

    def lean_roman_vote(self, up: int, sideways: int, down: int) -> bool:
        """The room's thumbs at the end of a timebox. True: extended by a shorter box.

        A majority of thumbs up extends the topic (3 min, then 2 by default); otherwise,
        or when no extension is left, the topic is discussed and the board moves on.
        """
        if min(up, sideways, down) < 0:
            raise EngineError(_("Les votes ne peuvent pas être négatifs."))

        def body(db: Session, now: datetime) -> bool:
            item, method = self._lean_item(db)
            assert method.lean_coffee is not None
            topic = db.scalars(
                select(LeanTopic).where(
                    LeanTopic.item_id == item.id,
                    LeanTopic.started_at.is_not(None),
                    LeanTopic.ended_at.is_(None),
                )
            ).first()
            if topic is None:
                raise EngineError(_("Aucun sujet n'est en discussion."))
            total = up + sideways + down
            can_extend = topic.extensions < len(method.lean_coffee.extension_minutes)
            if total > 0 and up * 2 > total and can_extend:
                topic.extensions += 1
                return True
            topic.ended_at = now
            return False

        return self._run("lean_roman_vote", {"up": up, "sideways": sideways, "down": down}, body)

    def lean_finish_topic(self) -> None:
        """The current topic is discussed."""

        def body(db: Session, now: datetime) -> None:
            item, _m = self._lean_item(db)
            if self._end_topic(db, item.id, now) is None:
                raise EngineError(_("Aucun sujet n'est en discussion."))

        self._run("lean_finish_topic", {}, body)
