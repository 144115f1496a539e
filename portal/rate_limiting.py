"""Flask-Limiter, its before-request pass skipped where no limit can apply.

Flask-Limiter checks a request twice over: a before-request pass for the application,
default and blueprint limits, and the `@limiter.limit` decorator's own check when the
decorated view runs. We set no application, default or blueprint limits (every limit is
on its view), so the first pass found nothing on every request yet cost about a tenth of
a questionnaire step's CPU (bench/README.md). Here it runs only while such a limit exists
(set by a later change or by configuration) or Flask-Limiter has hinted one for the
endpoint; the decorators check exactly as before, and so does everything else (headers,
exemptions, storage fallback). tests/test_rate_limiting.py pins both sides.
"""

from __future__ import annotations

from flask import request
from flask_limiter import Limiter as _FlaskLimiter


class Limiter(_FlaskLimiter):
    def _middleware_has_work(self) -> bool:
        # The manager's own containers (not its properties, which build the limits anew):
        # if Flask-Limiter renames them this fails loudly instead of skipping a limit.
        manager = self.limit_manager
        return bool(
            manager._application_limits
            or manager._default_limits
            or manager._blueprint_limits
            or manager._endpoint_hints.get(request.endpoint or "")
        )

    def _check_request_limit(self, callable_name=None, in_middleware=True) -> None:
        if in_middleware and not self._middleware_has_work():
            return
        super()._check_request_limit(callable_name=callable_name, in_middleware=in_middleware)
