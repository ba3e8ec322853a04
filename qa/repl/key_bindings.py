"""The chat's keys, stated explicitly rather than left to prompt_toolkit's defaults.

Ctrl-C clears the line and keeps the session (a shell's habit: it should never lose the conversation);
Ctrl-D on an empty line ends it. These are added after prompt_toolkit's own bindings, so they win.
"""

from __future__ import annotations

from prompt_toolkit.filters import Condition
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys


def build_key_bindings() -> KeyBindings:
    bindings = KeyBindings()

    @Condition
    def line_is_empty() -> bool:
        from prompt_toolkit.application import get_app

        return not get_app().current_buffer.text

    @bindings.add("c-c")
    def _clear(event: KeyPressEvent) -> None:
        """Drop what is typed (and any open menu or selection); stay in the chat. On an empty line there is
        nothing to drop: the prompt ends with KeyboardInterrupt, and the chat says once how to leave."""
        if event.app.layout.is_searching:  # Ctrl-R search: leave it, as Esc does, with the line as it was
            from prompt_toolkit.search import stop_search

            stop_search()
            return
        if not event.current_buffer.text:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")
            return
        event.current_buffer.reset()

    @bindings.add("c-d", filter=line_is_empty)
    def _leave(event: KeyPressEvent) -> None:
        """End the session; the loop turns EOFError into exit status 0."""
        event.app.exit(exception=EOFError, style="class:exiting")

    @bindings.add(Keys.Vt100MouseEvent)
    def _no_mouse(event: KeyPressEvent) -> None:
        """The chat asks for no mouse events, so what reads as one is a pasted escape sequence ("ESC [31m", a
        colour), on which prompt_toolkit's own mouse handler fails with a traceback: it is dropped."""

    return bindings
