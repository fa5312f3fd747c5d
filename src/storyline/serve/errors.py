"""One error shape for every API error, and HTML error pages for the web UI.

JSON (paths under ``/api/``, ``/openapi.json``, and any request that does not accept HTML)::

    {"error": {"status": 422, "code": "invalid_parameter",
               "message": "invalid query parameter 'limit': ...", "details": [...]}}

Codes: ``invalid_parameter`` (422), ``not_found`` (404), ``method_not_allowed`` (405),
``database_unavailable`` (503), ``internal_error`` (500), ``http_error`` (other statuses).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.errors import ConfigError, NotFound, StorylineError
from storyline.serve.db import StoreUnavailable

log = logging.getLogger(__name__)

_CODES = {404: "not_found", 405: "method_not_allowed", 422: "invalid_parameter"}


class InvalidParameter(ConfigError):
    """A query parameter with a value the API does not accept (-> 422 naming it)."""

    def __init__(self, param: str, message: str, *, location: str = "query") -> None:
        super().__init__(f"invalid {location} parameter {param!r}: {message}")
        self.param = param
        self.location = location
        self.detail = message


def error_body(status: int, code: str, message: str, details: list[Any] | None = None) -> Any:
    return {"error": {"status": status, "code": code, "message": message, "details": details or []}}


def wants_json(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api/") or path == "/openapi.json":
        return True
    return "text/html" not in request.headers.get("accept", "")


def error_response(
    request: Request, status: int, code: str, message: str, details: list[Any] | None = None
) -> Response:
    if wants_json(request):
        return JSONResponse(error_body(status, code, message, details), status_code=status)
    templates = request.app.state.templates
    return HTMLResponse(
        templates.get_template("error.html").render(
            request=request, nav=request.app.state.nav, status=status, code=code, message=message
        ),
        status_code=status,
    )


def _validation_message(errors: list[Any]) -> tuple[str, list[Any]]:
    details = []
    for err in errors:
        loc = [str(x) for x in err.get("loc", ())]
        details.append({"loc": loc, "msg": str(err.get("msg", "")), "type": err.get("type")})
    first = details[0] if details else {"loc": [], "msg": "invalid request"}
    where, name = (first["loc"][0], first["loc"][-1]) if first["loc"] else ("request", "?")
    return f"invalid {where} parameter {name!r}: {first['msg']}", details


def install_error_handlers(app: FastAPI) -> None:
    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        message, details = _validation_message(list(exc.errors()))
        return error_response(request, 422, "invalid_parameter", message, details)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code = _CODES.get(exc.status_code, "http_error")
        message = str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        return error_response(request, exc.status_code, code, message)

    async def on_storyline(request: Request, exc: Exception) -> Response:
        if isinstance(exc, InvalidParameter):
            details = [{"loc": [exc.location, exc.param], "msg": exc.detail}]
            return error_response(request, 422, "invalid_parameter", str(exc), details)
        if isinstance(exc, StoreUnavailable):
            return error_response(request, 503, "database_unavailable", str(exc))
        if isinstance(exc, NotFound):
            return error_response(request, 404, "not_found", str(exc))
        if isinstance(exc, ConfigError):
            return error_response(request, 422, "invalid_parameter", str(exc))
        log.error("request %s failed: %s", request.url.path, exc)
        return error_response(request, 500, "internal_error", str(exc))

    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(StorylineError, on_storyline)
