"""The baseline: a bare Flask hello-world, served exactly like the portal."""

from flask import Flask

app = Flask(__name__)


@app.get("/")
def hello():
    return "Hello, World!"


@app.get("/healthz")
def healthz():
    return {"status": "ok"}
