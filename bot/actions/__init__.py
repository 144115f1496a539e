"""rasa-sdk custom actions of the chatbot.

Run the action server with `python -m rasa_sdk --actions bot.actions --port 5055` from the
repository root (set SANIC_HOST=127.0.0.1 to bind it to loopback). The actions read the
municipality profile named by PORTAL_MUNICIPALITY, the same variable the portal reads.
"""
