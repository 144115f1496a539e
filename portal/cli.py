"""Command-line tools for municipal IT: `flask --app wsgi <group> <command>`."""


def init_app(app) -> None:
    """Register CLI groups. Each area adds its own group in its module."""
    from portal.commands import register_all

    register_all(app)
