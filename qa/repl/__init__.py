"""The interactive chat (`qa` with no question, on a terminal).

Only this package imports prompt_toolkit, so the one-shot paths (`qa -q`, `--batch`) never pay for it.
Split the way pgcli/dbcli split theirs: `app` (the session loop), `commands` (what a line means),
`completer`, `key_bindings`, `toolbar`, `history`, and `render` (fragments the chat adds to the CLI's).
"""
