"""rasa-sdk custom actions of the chatbot.

Run the action server with `python -m rasa_sdk --actions bot.actions --port 5055` from the
repository root (set SANIC_HOST=127.0.0.1 to bind it to loopback). The actions read the
municipality profile named by PORTAL_MUNICIPALITY, the same variable the portal reads.
"""

import os

if os.environ.get("SANIC_WORKER_NAME"):
    # Imported in the action server's worker (python -m rasa_sdk; Sanic names its worker
    # processes) before it serves: parse and train now, not on a citizen's first turn (the
    # portal's chat service does the same before gunicorn forks). Not in Sanic's main
    # process: training there fixes multiprocessing's start method before Sanic sets
    # "spawn", and it refuses to start. Tests that import the actions train on first use.
    from portal.screening import understanding

    understanding.warm()
