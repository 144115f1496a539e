"""`flask --app wsgi staff create EMAIL --role caseworker|lead|admin`."""

import sys

import click
from flask.cli import with_appcontext

from portal.services import staff_accounts as accounts
from portal.textcat import translate


@click.group("staff", help="Staff accounts.")
def staff_cli():
    pass


@staff_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(accounts.ROLES), required=True)
@click.option("--name", "display_name", default=None, help="Display name (optional).")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
@with_appcontext
def create(email, role, display_name, password_stdin):
    """Create a staff user. Lead and admin set up their authenticator app at first login."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = accounts.create_user(email, password, role, display_name=display_name)
    except accounts.AccountError as exc:
        for field, message in exc.errors:
            click.echo(f"{field}: {translate(message, 'en')}", err=True)
        raise SystemExit(1) from None
    click.echo(f"created staff user {user.id} with role {user.role}")
