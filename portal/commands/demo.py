"""`flask --app wsgi demo seed` and `flask --app wsgi demo code EMAIL` (development only):
demo staff and cases for a newcomer, and a demo user's current authenticator code."""

import click
from flask import current_app
from flask.cli import with_appcontext

from portal.services import demo


@click.group("demo", help="Demo data for development (never in production).")
def demo_cli():
    pass


@demo_cli.command("seed")
@with_appcontext
def seed():
    """Create demo staff (every role) and cases at every stage of the course."""
    try:
        users, references = demo.seed(current_app.extensions["municipality"])
    except demo.DemoRefused as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"{len(references)} demo cases: {', '.join(references)}")
    click.echo("Demo staff (log in at /staff/login; the code: flask --app wsgi demo code EMAIL):")
    for user in users:
        click.echo(f"  {user.role:<10} {user.email:<28} password {user.password}")


@demo_cli.command("code")
@click.argument("email")
@with_appcontext
def code(email):
    """Print a demo user's authenticator code now (instead of an app on a phone)."""
    try:
        click.echo(demo.current_code(email))
    except demo.DemoRefused as exc:
        raise click.ClickException(str(exc)) from exc
