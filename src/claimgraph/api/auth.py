"""The bearer token that guards the API's writes. No token configured: writes are refused (403), so a server
started without one is read-only. A wrong or missing token: 401. The comparison takes constant time
(``hmac.compare_digest``) and neither the expected nor the offered token is ever logged or echoed."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from claimgraph.api.deps import SettingsDep

bearer = HTTPBearer(auto_error=False, description="The token configured by CLAIMGRAPH_API_TOKEN(_FILE).")
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="claimgraph"'}


def require_write_token(
    settings: SettingsDep, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
) -> None:
    expected = settings.write_token()
    if expected is None:
        raise HTTPException(
            403, "writes are disabled on this server: set CLAIMGRAPH_API_TOKEN or CLAIMGRAPH_API_TOKEN_FILE"
        )
    offered = credentials.credentials.encode("utf-8") if credentials is not None else b""
    if not hmac.compare_digest(offered, expected):
        raise HTTPException(401, "a valid bearer token is required", headers=CHALLENGE)


WriteAccess = Depends(require_write_token)
