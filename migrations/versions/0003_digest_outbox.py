"""digest outbox: rendered parts per delivery, parts sent, what each item was sent as

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payload', sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column('parts_sent', sa.Integer(), server_default='0', nullable=False)
        )
    with op.batch_alter_table('digest_items', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flag_signature', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('sent_text', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('digest_items', schema=None) as batch_op:
        batch_op.drop_column('sent_text')
        batch_op.drop_column('flag_signature')
    with op.batch_alter_table('deliveries', schema=None) as batch_op:
        batch_op.drop_column('parts_sent')
        batch_op.drop_column('payload')
