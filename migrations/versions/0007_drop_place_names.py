"""drop place_names: the table was never written or read

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02

`place_names` was created by 0001 for per-language names of a place, but every name the monitor
knows is in `places` (name_en, name_ru, name_uk) and the surface forms live in the matcher, so
the table stayed empty and analysts found nothing in it. Downgrade recreates it empty.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_table("place_names")


def downgrade() -> None:
    op.create_table(
        "place_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=256), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("name_kind", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_place_names_place_id_places"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_place_names")),
        sa.UniqueConstraint(
            "place_id", "name", "language", name=op.f("uq_place_names_place_id_name_language")
        ),
    )
