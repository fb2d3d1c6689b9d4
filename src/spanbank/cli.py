"""The `spanbank` command line: a thin click group.

Commands live in `spanbank.commands.*` and are imported only when invoked, so `spanbank --help`
and light commands do not pay for importing `datasets` or the Label Studio SDK.
"""

from __future__ import annotations

import importlib
import importlib.util

import click

# command name -> "module:attribute"; a module that is not present is simply not listed.
COMMANDS: dict[str, str] = {
    "validate": "spanbank.commands.core:validate",
    "schema": "spanbank.commands.core:schema_cmd",
    "ingest": "spanbank.commands.ingest:ingest",
    "annotate": "spanbank.commands.annotate:annotate",
    "eval": "spanbank.commands.annotate:eval_cmd",
    "build": "spanbank.commands.build:build",
    "publish": "spanbank.commands.build:publish",
    "ls": "spanbank.commands.ls:ls",
    "agree": "spanbank.commands.adjudicate:agree",
    "adjudicate": "spanbank.commands.adjudicate:adjudicate",
    "report": "spanbank.commands.adjudicate:report",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        names = set(super().list_commands(ctx))
        for name, target in COMMANDS.items():
            if importlib.util.find_spec(target.split(":")[0]) is not None:
                names.add(name)
        return sorted(names)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        cmd = super().get_command(ctx, name)
        if cmd is not None or name not in COMMANDS:
            return cmd
        module, attr = COMMANDS[name].split(":")
        if importlib.util.find_spec(module) is None:
            return None
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="spanbank")
def main() -> None:
    """spanbank: raw news articles and comments -> labeled spans -> a Hugging Face dataset.

    The flow: ingest -> annotate -> ls push / ls pull -> adjudicate -> build -> publish.
    `spanbank build` with no arguments runs the machine part on the shipped corpus.
    """


if __name__ == "__main__":  # pragma: no cover
    main()
