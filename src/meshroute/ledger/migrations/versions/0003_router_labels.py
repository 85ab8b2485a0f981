"""Router labels from shadow judging (issue 17, meshroute/shadow/): one row per judged request.

Only non-sensitive requests are stored, with their message texts, for `meshroute router train
--from-ledger`; rows older than routing.shadow.retention_days are deleted.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from meshroute.ledger.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "router_labels",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("time", UTCDateTime(), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("texts", sa.Text, nullable=False),  # JSON list of the message contents
        sa.Column("weak_target", sa.String(128), nullable=False),
        sa.Column("strong_target", sa.String(128), nullable=False),
        sa.Column("judge", sa.String(128), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),  # strong | weak | tie
        sa.Column("weak_score", sa.Float, nullable=False),
        sa.Column("strong_score", sa.Float, nullable=False),
    )
    op.create_index("ix_router_labels_time", "router_labels", ["time"])


def downgrade() -> None:
    op.drop_index("ix_router_labels_time", table_name="router_labels")
    op.drop_table("router_labels")
