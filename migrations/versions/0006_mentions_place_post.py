"""mentions: index (place_id, post_id) replaces (place_id), for search by place

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26

Search takes the most recent posts mentioning a place (monitor.search.engine): with post_id in
the index they come out newest first, distinct, without reading the table or sorting every
mention of the place. The index serves every lookup by place_id the old one did.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index('ix_mentions_place_id_post_id', ['place_id', 'post_id'], unique=False)
        batch_op.drop_index('ix_mentions_place_id')


def downgrade() -> None:
    with op.batch_alter_table('mentions', schema=None) as batch_op:
        batch_op.create_index('ix_mentions_place_id', ['place_id'], unique=False)
        batch_op.drop_index('ix_mentions_place_id_post_id')
