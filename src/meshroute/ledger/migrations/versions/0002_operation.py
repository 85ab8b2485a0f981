"""The OpenAI operation (chat, completions, embeddings) and an index for per-key reports."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # server_default fills the rows written before this revision: they were all chat requests
    op.add_column(
        "requests",
        sa.Column("operation", sa.String(32), nullable=False, server_default="chat"),
    )
    op.create_index("ix_requests_key_id", "requests", ["key_id"])


def downgrade() -> None:
    op.drop_index("ix_requests_key_id", table_name="requests")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("operation")
