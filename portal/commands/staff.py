"""`flask --app wsgi staff create EMAIL --role caseworker|lead|admin` and
`flask --app wsgi staff enrol-link EMAIL` (DESIGN.md § 4). Both print a one-time set-up
URL as the last line of standard output; its base is the PORTAL_BASE_URL setting."""

import sys

import click
from flask.cli import with_appcontext

from portal.services import enrolment
from portal.services import staff_accounts as accounts
from portal.textcat import translate


@click.group("staff", help="Staff accounts.")
def staff_cli():
    pass


def _fail(exc: accounts.AccountError) -> None:
    for field, message in exc.errors:
        click.echo(f"{field}: {translate(message, 'en') % exc.params}", err=True)
    raise SystemExit(1)


@staff_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(accounts.ROLES), required=True)
@click.option("--name", "display_name", default=None, help="Display name (optional).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def create(email, role, display_name, password_stdin):
    """Create a staff user and print a one-time set-up link (valid 72 hours). With the
    link and the password the user sets up their authenticator app."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = accounts.create_user(email, password, role, display_name=display_name)
    except accounts.AccountError as exc:
        _fail(exc)
    link = enrolment.issue_link(user)
    click.echo(f"created staff user {user.id} with role {user.role}")
    click.echo("give the user this set-up link (it works once, for 72 hours):")
    click.echo(link)


@staff_cli.command("enrol-link")
@click.argument("email")
@click.option(
    "--new-password",
    is_flag=True,
    help="Also clear the password: the user chooses a new one through the link.",
)
@with_appcontext
def enrol_link(email, new_password):
    """End the user's sessions, clear their authenticator app and print a new one-time
    set-up link (a lost phone, a new colleague)."""
    user = accounts.find_by_email(email)
    if user is None:
        click.echo("email: no staff user has this e-mail address", err=True)
        raise SystemExit(1)
    link = enrolment.issue_link(user, new_password=new_password)
    click.echo(f"staff user {user.id}: logged out, authenticator app cleared")
    click.echo("give the user this set-up link (it works once, for 72 hours):")
    click.echo(link)
