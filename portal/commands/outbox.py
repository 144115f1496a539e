"""`flask --app wsgi outbox run|status`: send the e-mail that is due (cron, or a worker)."""

import time

import click
from flask.cli import with_appcontext

from portal.services import mail, outbox


@click.group("outbox", help="E-mail waiting to be sent (receipts, letters).")
def outbox_cli():
    pass


@outbox_cli.command("run")
@click.option("--loop", is_flag=True, help="Keep running: a separate sender process.")
@click.option("--interval", default=outbox.POLL_SECONDS, show_default=True, type=float)
@with_appcontext
def run(loop, interval):
    """Send what is due now; with --loop, keep sending every INTERVAL seconds."""
    if not mail.is_configured():
        raise click.ClickException("SMTP_URL is not set (smtp://host:port): nothing can be sent")
    while True:
        total = outbox.RunResult()
        while True:  # a backlog after an outage comes in batches
            result = outbox.run_due()
            for name in ("sent", "retried", "failed", "deleted"):
                setattr(total, name, getattr(total, name) + getattr(result, name))
            if result.sent + result.retried + result.failed < outbox.BATCH:
                break
        click.echo(
            f"sent {total.sent}, to retry later {total.retried}, given up {total.failed}, "
            f"deleted after retention {total.deleted}"
        )
        if not loop:
            return
        time.sleep(interval)


@outbox_cli.command("status")
@with_appcontext
def status():
    """Counts by state (no addresses, no texts)."""
    view = outbox.overview()
    click.echo(", ".join(f"{state} {count}" for state, count in view.counts.items()))
