"""`GET /v1/models/{id}`: one model of the list, or OpenAI's 404 body."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from meshroute.auth import authenticate
from meshroute.errors import ModelNotFound


async def _model(request: Request) -> Response:
    from meshroute.api.app import model_ids  # the app imports this module's route

    authenticate(request.app.state.keys, request.headers)
    model_id = request.path_params["model_id"]
    owner = model_ids(request.app.state.gateway.config).get(model_id)
    if owner is None:
        # The client's string is not echoed: it may carry personal data (see errors' tests).
        raise ModelNotFound("the requested model does not exist", param="model")
    return JSONResponse({"id": model_id, "object": "model", "created": 0, "owned_by": owner})


MODEL_ROUTE = Route("/v1/models/{model_id:path}", _model, methods=["GET"])
