"""Flask extensions, created unbound here and bound in create_app()."""

from flask_babel import Babel
from flask_compress import Compress
from flask_limiter.util import get_remote_address
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase

from portal.rate_limiting import Limiter  # Flask-Limiter's, its empty before-request pass skipped
from portal.security_signing import CSRFProtect  # Flask-WTF's, its serializer made once


class Base(DeclarativeBase):
    pass


# Sessions live for one request; re-reading every object after each commit only costs.
db = SQLAlchemy(model_class=Base, session_options={"expire_on_commit": False})
migrate = Migrate()
babel = Babel()
csrf = CSRFProtect()
compress = Compress()
limiter = Limiter(key_func=get_remote_address, default_limits=[])
