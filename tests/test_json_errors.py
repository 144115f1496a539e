"""JSON clients get JSON errors: an unknown API path, a wrong method, a database outage."""

from portal import create_app
from tests.conftest import make_config


def test_unknown_api_path_and_wrong_method_are_json(client):
    response = client.get("/api/v1/nothing-here?lang=en")
    assert response.status_code == 404
    assert response.get_json()["error"] == "We could not find the page"
    response = client.get("/api/v1/screening")
    assert response.status_code == 405
    assert "error" in response.get_json()


def test_chat_webhook_gets_json_when_the_database_is_down(db_url, _schema, tmp_path):
    if db_url.startswith("postgresql"):
        bad = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"
    else:
        bad = f"sqlite:///{tmp_path}/missing-dir/x.sqlite3"
    app = create_app(make_config(bad))
    response = app.test_client().post(
        "/chat/webhook", json={"sender": "x", "message": "hej"}, headers={"Accept-Language": "da"}
    )
    assert response.status_code == 503
    assert response.is_json and "error" in response.get_json()


def test_pages_still_get_html_errors(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert response.mimetype == "text/html"
