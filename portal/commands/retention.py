"""`flask --app wsgi retention purge [--dry-run]`: apply the profile's retention rules."""

import click
from flask.cli import with_appcontext

from portal.services import retention


@click.group("retention", help="Delete data past its retention period.")
def retention_cli():
    pass


@retention_cli.command("purge")
@click.option("--dry-run", is_flag=True, help="Only count what would be deleted.")
@with_appcontext
def purge(dry_run):
    result = retention.purge(dry_run=dry_run)
    verb = "would delete" if dry_run else "deleted"
    click.echo(
        f"{verb} {result.cases} cases, {result.visitor_states} visitor drafts, "
        f"{result.chat_conversations} chat conversations, {result.saved_drafts} expired saved "
        f"drafts, {result.survey_links} expired survey links"
    )
    if result.open_past_date:
        click.echo(
            f"kept {result.open_past_date} cases past their retention date because they are "
            "not finished; decide them in the staff queue",
            err=True,
        )
