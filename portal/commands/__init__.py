"""CLI groups; each area has its own module here."""


def register_all(app) -> None:
    from portal.commands import data, demo, outbox, retention, staff

    app.cli.add_command(data.data_cli)
    app.cli.add_command(staff.staff_cli)
    app.cli.add_command(retention.retention_cli)
    app.cli.add_command(outbox.outbox_cli)
    app.cli.add_command(demo.demo_cli)
