"""CLI groups; each area has its own module here."""


def register_all(app) -> None:
    from portal.commands import data, retention, staff

    app.cli.add_command(data.data_cli)
    app.cli.add_command(staff.staff_cli)
    app.cli.add_command(retention.retention_cli)
