"""In-process actions work even when the calling thread already runs an event loop
(Playwright's sync API does in the browser tests; an async host could too)."""

import asyncio
import threading


def test_a_chat_turn_inside_a_running_event_loop(client):
    replies = []

    async def turn():
        # The request is handled while this thread's loop is running.
        response = client.post("/chat/webhook", json={"sender": "x", "message": "hvad koster det?"})
        replies.extend(response.get_json())

    worker = threading.Thread(target=lambda: asyncio.run(turn()))
    worker.start()
    worker.join(timeout=30)
    assert replies, "no reply"
    assert "gratis" in replies[0]["text"], replies
