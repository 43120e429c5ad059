"""The actor kit: a coroutine that owns its state and a bounded mailbox.

Why our own and not a library: the customer's stack is AnyIO on both asyncio and trio,
and the whole kit is a few hundred lines on top of memory object streams. The rules follow
pykka and Erlang:

- ``tell`` is fire-and-forget but waits while the mailbox is full (backpressure instead of
  unbounded queues); ``tell_nowait`` never waits and raises :class:`MailboxFull`, which the
  web layer maps to ``503`` so a request never blocks on a busy actor.
- ``ask`` carries a one-shot reply stream; the caller bounds the wait. An exception while
  handling an ask goes back to the caller and the actor lives on. An exception while
  handling a tell crashes the actor, so its supervisor restarts it with fresh state.
- When an actor stops, asks still waiting in its mailbox fail with :class:`ActorStopped`
  rather than hang.

The mailbox belongs to the :class:`ActorRef`, not to one run of the actor: a restarted actor
keeps receiving from the same mailbox, so references held elsewhere stay valid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Awaitable, Callable
from typing import Any, Generic, NamedTuple, TypeVar

import anyio
from anyio.abc import TaskStatus
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

Msg = TypeVar("Msg")


class ActorError(Exception):
    """Base class for failures of the messaging itself (not of the handler)."""


class ActorStopped(ActorError):
    """The actor is not running; the message was not (or will never be) handled."""


class MailboxFull(ActorError):
    """``tell_nowait`` found the mailbox full: back off and try later."""


class AskTimeout(ActorError, TimeoutError):
    """No reply within the caller's deadline. The actor may still handle the message."""


@dataclass(frozen=True, slots=True)
class _Envelope:
    message: Any
    #: one-shot stream for the reply, ``None`` for a tell
    reply: MemoryObjectSendStream[tuple[bool, Any]] | None = None


class MailboxStats(NamedTuple):
    queued: int
    capacity: int
    handled: int
    failed_asks: int


class ActorRef(Generic[Msg]):
    """What others hold to talk to an actor: its mailbox and its published snapshot."""

    def __init__(self, name: str, capacity: int = 64) -> None:
        self.name = name
        self._send, self._receive = anyio.create_memory_object_stream[_Envelope](capacity)
        self._capacity = capacity
        #: the latest immutable state the actor chose to publish (read without a round trip)
        self.snapshot: Any = None
        self.handled = 0
        self.failed_asks = 0

    # -- sending -----------------------------------------------------------------
    async def tell(self, message: Msg) -> None:
        try:
            await self._send.send(_Envelope(message))
        except (anyio.ClosedResourceError, anyio.BrokenResourceError) as exc:
            raise ActorStopped(self.name) from exc

    def tell_nowait(self, message: Msg) -> None:
        try:
            self._send.send_nowait(_Envelope(message))
        except anyio.WouldBlock as exc:
            raise MailboxFull(self.name) from exc
        except (anyio.ClosedResourceError, anyio.BrokenResourceError) as exc:
            raise ActorStopped(self.name) from exc

    async def ask(self, message: Msg, timeout: float = 5.0, *, nowait: bool = False) -> Any:
        """Send ``message`` and wait at most ``timeout`` seconds for the reply.

        ``nowait=True`` refuses to wait for mailbox space (raises :class:`MailboxFull`),
        which is what request handlers want.
        """
        reply_send, reply_receive = anyio.create_memory_object_stream[tuple[bool, Any]](1)
        envelope = _Envelope(message, reply_send)
        queued = False
        with reply_receive:
            try:
                with anyio.fail_after(timeout):
                    if nowait:
                        try:
                            self._send.send_nowait(envelope)
                        except anyio.WouldBlock as exc:
                            raise MailboxFull(self.name) from exc
                    else:
                        await self._send.send(envelope)
                    queued = True
                    ok, value = await reply_receive.receive()
            except TimeoutError as exc:
                raise AskTimeout(f"{self.name} did not answer {type(message).__name__} in {timeout}s") from exc
            except (anyio.EndOfStream, anyio.ClosedResourceError, anyio.BrokenResourceError) as exc:
                raise ActorStopped(self.name) from exc
            finally:
                if not queued:
                    reply_send.close()  # never reached the actor: nobody else will close it
        if ok:
            return value
        raise value

    def stats(self) -> MailboxStats:
        s = self._send.statistics()
        return MailboxStats(s.current_buffer_used, self._capacity, self.handled, self.failed_asks)

    def __enter__(self) -> "ActorRef[Msg]":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Refuse further messages and fail the asks still queued.

        Closing is final: the receiving end is closed too (anyio warns about memory
        streams dropped unclosed), so a run still serving this ref ends at its next receive.
        """
        self._send.close()
        self._drain()
        self._receive.close()

    def _drain(self) -> None:
        while True:
            try:
                envelope = self._receive.receive_nowait()
            except (anyio.WouldBlock, anyio.EndOfStream, anyio.ClosedResourceError):
                return
            if envelope.reply is not None:
                envelope.reply.close()

    @property
    def mailbox(self) -> MemoryObjectReceiveStream[_Envelope]:
        return self._receive


class Actor(Generic[Msg]):
    """Subclass and implement :meth:`handle`. One instance is one run: a restart builds a
    fresh instance through the factory, so no state leaks from a crashed run.

    ``tick_seconds`` makes :meth:`on_tick` run when the mailbox stayed quiet that long,
    which is how periodic actors (lock keeper, janitor, notifier poll) need no extra task.
    """

    #: seconds of mailbox silence before ``on_tick`` runs; ``math.inf`` disables it
    tick_seconds: float = math.inf
    #: this actor's reference, set by :func:`run_actor` before ``on_start``
    ref: ActorRef[Msg] | None = None

    def snapshot(self) -> Any:
        """The immutable state to publish for readers (``/supervisor``, the web layer).

        :func:`run_actor` publishes it after start, after every message and every tick, so
        no actor has to remember to; ``None`` publishes nothing.
        """
        return None

    def publish(self) -> None:
        if self.ref is not None:
            snapshot = self.snapshot()
            if snapshot is not None:
                self.ref.snapshot = snapshot

    async def on_start(self, ref: ActorRef[Msg]) -> None:
        """Runs before the first message; the place to publish a first snapshot."""

    async def handle(self, message: Msg) -> Any:
        raise NotImplementedError

    async def on_tick(self) -> None:
        """Periodic work; an exception here crashes the actor like a failed tell."""

    async def on_stop(self) -> None:
        """Runs (shielded, bounded) when the actor stops for any reason."""

    #: optional coroutine function run beside the mailbox loop for the actor's lifetime
    background: Callable[[], Awaitable[None]] | None = None


async def run_actor(actor: Actor[Msg], ref: ActorRef[Msg], *, task_status: TaskStatus[ActorRef[Msg]] = anyio.TASK_STATUS_IGNORED) -> None:
    """Serve ``ref``'s mailbox with ``actor`` until cancelled or a tell handler raises.

    An actor that needs to wait on time as well as on messages (the rate limiter hands
    out slots when they come due) defines :meth:`Actor.background`; it runs beside the
    mailbox loop, in the same task group, so it lives and dies with the actor.
    """
    try:
        actor.ref = ref
        await actor.on_start(ref)
        actor.publish()
        try:
            async with anyio.create_task_group() as tg:
                if actor.background is not None:
                    tg.start_soon(actor.background)
                task_status.started(ref)
                await _serve(actor, ref)
                tg.cancel_scope.cancel()
        except BaseExceptionGroup as group:
            # The task group is ours, not the caller's: a crash of the loop or of the
            # background is raised as itself, so the supervisor's crash event reads
            # "ValueError: ..." and callers can ``except ValueError``.
            if len(group.exceptions) == 1:
                raise group.exceptions[0] from None
            raise
    finally:
        with anyio.move_on_after(2, shield=True):
            await actor.on_stop()


async def _serve(actor: Actor[Msg], ref: ActorRef[Msg]) -> None:
    receive = ref.mailbox
    next_tick = anyio.current_time() + actor.tick_seconds
    while True:
        envelope = None
        wait = max(0.0, next_tick - anyio.current_time())
        with anyio.move_on_after(wait):
            try:
                envelope = await receive.receive()
            except (anyio.EndOfStream, anyio.ClosedResourceError):
                return  # ref.close(): no more messages, ever
        if envelope is None:
            await actor.on_tick()
            actor.publish()
            next_tick = anyio.current_time() + actor.tick_seconds
            continue
        if anyio.current_time() >= next_tick:
            await actor.on_tick()
            next_tick = anyio.current_time() + actor.tick_seconds
        try:
            await _dispatch(actor, ref, envelope)
        finally:
            actor.publish()


async def _dispatch(actor: Actor[Any], ref: ActorRef[Any], envelope: _Envelope) -> None:
    if envelope.reply is None:
        await actor.handle(envelope.message)
        ref.handled += 1
        return
    with envelope.reply:
        try:
            result = await actor.handle(envelope.message)
        except Exception as exc:  # pykka's rule: the asker gets the error, the actor lives on
            ref.failed_asks += 1
            outcome: tuple[bool, Any] = (False, exc)
        else:
            outcome = (True, result)
        ref.handled += 1
        try:
            envelope.reply.send_nowait(outcome)
        except (anyio.BrokenResourceError, anyio.ClosedResourceError):
            pass  # the asker gave up (timeout); nothing to deliver
