"""The Alembic history creates exactly the models' schema, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from monitor.search.schema import include_name
from monitor.store.migrate import alembic_config, current_revision, head_revision, upgrade
from monitor.store.models import Base


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "render_as_batch": True, "include_name": include_name},
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    assert current_revision(engine) == head_revision(engine)


def test_every_model_table_and_analyst_view_exists(engine: Engine) -> None:
    inspector = inspect(engine)
    assert set(Base.metadata.tables) <= set(inspector.get_table_names())
    assert {"flagged_posts", "claim_timeline"} <= set(inspector.get_view_names())
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM flagged_posts")).scalar() == 0


def test_downgrade_to_base_and_up_again(engine: Engine) -> None:
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert "posts" not in inspect(engine).get_table_names()
    upgrade(engine)
    assert "posts" in inspect(engine).get_table_names()


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)


def test_the_never_written_place_names_table_is_gone(engine: Engine) -> None:
    assert "place_names" not in inspect(engine).get_table_names()
    config = alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    assert "place_names" in inspect(engine).get_table_names()
    upgrade(engine)
    assert "place_names" not in inspect(engine).get_table_names()
