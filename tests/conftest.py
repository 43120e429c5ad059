"""Session-wide fixtures: every test runs on both AnyIO backends unless it narrows
``anyio_backend`` itself (web tests pin asyncio: Quart does not run on trio)."""

import pytest


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request):
    return request.param
