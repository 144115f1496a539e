from portal import create_app
from tests.conftest import make_config


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_readyz_when_the_database_answers(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.get_json()["database"] == "ok"


def test_readyz_is_503_when_the_database_does_not_answer(db_url, _schema, tmp_path):
    if db_url.startswith("postgresql"):
        bad = "postgresql+psycopg://postgres@127.0.0.1:1/nowhere"
    else:
        bad = f"sqlite:///{tmp_path}/missing-dir/x.sqlite3"
    app = create_app(make_config(bad))
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert app.test_client().get("/healthz").status_code == 200
