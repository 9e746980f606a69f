"""absent ranges: message ids known to hold no post, left out of gaps

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
# The brief names 0001, but 0003 was already chained to 0001: following the current head keeps
# one line of history (see the report to the lead).
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('absent_ranges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel_id', sa.Integer(), nullable=False),
    sa.Column('from_id', sa.BigInteger(), nullable=False),
    sa.Column('to_id', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['channel_id'], ['channels.id'], name=op.f('fk_absent_ranges_channel_id_channels'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_absent_ranges'))
    )
    with op.batch_alter_table('absent_ranges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_absent_ranges_channel_id'), ['channel_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('absent_ranges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_absent_ranges_channel_id'))
    op.drop_table('absent_ranges')
