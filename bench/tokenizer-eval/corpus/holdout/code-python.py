import asyncio
import logging
from collections import Counter
from typing import Iterable

log = logging.getLogger("crawler")

MAX_CONCURRENT = 8
RETRY_STATUSES = {429, 500, 502, 503, 504}


class Fetcher:
    def __init__(self, session, max_retries: int = 3) -> None:
        self._session = session
        self._max_retries = max_retries
        self._semaphore = asyncio.Semaphore(MAX_CONCURRENT)
        self.stats: Counter[str] = Counter()

    async def fetch(self, url: str) -> bytes | None:
        async with self._semaphore:
            for attempt in range(1, self._max_retries + 1):
                async with self._session.get(url, timeout=30) as response:
                    if response.status == 200:
                        self.stats["ok"] += 1
                        return await response.read()
                    if response.status not in RETRY_STATUSES:
                        self.stats[f"http_{response.status}"] += 1
                        log.warning("giving up on %s: HTTP %d", url, response.status)
                        return None
                delay = min(2 ** attempt, 30)
                log.info("retrying %s in %ss (attempt %d)", url, delay, attempt)
                await asyncio.sleep(delay)
            self.stats["exhausted"] += 1
            return None

    async def fetch_all(self, urls: Iterable[str]) -> dict[str, bytes]:
        tasks = {url: asyncio.create_task(self.fetch(url)) for url in urls}
        results: dict[str, bytes] = {}
        for url, task in tasks.items():
            body = await task
            if body is not None:
                results[url] = body
        return results
