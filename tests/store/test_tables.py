"""The Core tables of monitor.store.tables name real columns of the models, with their types
(they are a second, partial spelling of the schema that `monitor status` reads through)."""

from __future__ import annotations

import pytest
from sqlalchemy import TableClause

from monitor.store import tables
from monitor.store.models import Base

CORE_TABLES = [t for t in vars(tables).values() if isinstance(t, TableClause)]


@pytest.mark.parametrize("table", CORE_TABLES, ids=lambda t: t.name)
def test_each_core_column_is_the_models_column_with_its_type(table: TableClause) -> None:
    model = Base.metadata.tables[table.name]
    for column in table.c:
        assert column.name in model.c, f"{table.name}.{column.name} is not in the models"
        assert type(column.type) is type(model.c[column.name].type), f"{table.name}.{column.name}"
