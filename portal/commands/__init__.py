"""CLI groups; each area has its own module here."""


def register_all(app) -> None:
    from portal.commands import data

    app.cli.add_command(data.data_cli)
