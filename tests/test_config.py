import pytest

from portal import create_app
from portal.config import Config, ConfigError


def test_production_without_secret_key_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="SECRET_KEY is not set"):
        Config.from_env(str(tmp_path), {"PORTAL_ENV": "production"})


def test_production_without_data_key_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="PORTAL_DATA_KEY is not set"):
        Config.from_env(str(tmp_path), {"PORTAL_ENV": "production", "SECRET_KEY": "x" * 40})


def test_defaults_run_with_nothing_set(tmp_path):
    settings = Config.from_env(str(tmp_path), {})
    assert settings["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'portal.sqlite3'}"
    assert settings["PORTAL_MUNICIPALITY"] == "hedensted"
    # The generated dev secrets are stored and reused.
    assert (tmp_path / "secret_key").read_text() == settings["SECRET_KEY"]
    assert Config.from_env(str(tmp_path), {})["PORTAL_DATA_KEY"] == settings["PORTAL_DATA_KEY"]
    assert settings["SESSION_COOKIE_SECURE"] is False


def test_production_settings_harden_cookies(tmp_path):
    settings = Config.from_env(
        str(tmp_path),
        {
            "PORTAL_ENV": "production",
            "SECRET_KEY": "s" * 40,
            "PORTAL_DATA_KEY": "k",
            "DATABASE_URL": "postgresql://u@db/portal",
            "PORTAL_BASE_URL": "https://portal.example",
        },
    )
    assert settings["SESSION_COOKIE_SECURE"] is True
    assert settings["HSTS"] is True
    assert settings["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@db/portal"


def test_unknown_environment_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="PORTAL_ENV"):
        Config.from_env(str(tmp_path), {"PORTAL_ENV": "staging"})


def test_unknown_municipality_names_the_choices(db_url):
    from portal.municipality import ProfileError
    from tests.conftest import make_config

    with pytest.raises(ProfileError, match="unknown municipality 'aarhus'.*hedensted"):
        create_app(make_config(db_url, PORTAL_MUNICIPALITY="aarhus"))


def test_production_without_a_public_address_is_a_clear_error(tmp_path):
    env = {"PORTAL_ENV": "production", "SECRET_KEY": "s" * 40, "PORTAL_DATA_KEY": "k"}
    with pytest.raises(ConfigError, match="PORTAL_BASE_URL"):
        Config.from_env(str(tmp_path), env)
    with pytest.raises(ConfigError, match="PORTAL_BASE_URL"):
        Config.from_env(str(tmp_path), {**env, "PORTAL_BASE_URL": "portal.example"})
    settings = Config.from_env(str(tmp_path), {**env, "PORTAL_BASE_URL": "https://p.example"})
    assert settings["PORTAL_BASE_URL"] == "https://p.example"
