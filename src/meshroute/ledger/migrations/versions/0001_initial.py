"""The requests table, as first shipped."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from meshroute.ledger.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "requests",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("time", UTCDateTime(), nullable=False),
        sa.Column("request_id", sa.String(64), nullable=False),
        sa.Column("key_id", sa.String(64)),
        sa.Column("model", sa.String(128)),
        sa.Column("version", sa.String(64)),
        sa.Column("target", sa.String(128)),
        sa.Column("tier", sa.String(16)),
        sa.Column("zone", sa.String(16)),
        sa.Column("sensitive", sa.Boolean, nullable=False),
        sa.Column("entity_types", sa.String(512), nullable=False),
        sa.Column("redacted", sa.Boolean, nullable=False),
        sa.Column("complexity", sa.Float),
        sa.Column("input_tokens", sa.Integer, nullable=False),
        sa.Column("output_tokens", sa.Integer, nullable=False),
        sa.Column("ttft_ms", sa.Float),
        sa.Column("latency_ms", sa.Float, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("http_status", sa.Integer),
        sa.Column("fallbacks_used", sa.Integer, nullable=False),
        sa.Column("cost_usd", sa.Float),
        sa.Column("decision", sa.Text, nullable=False),
    )
    op.create_index("ix_requests_time", "requests", ["time"])
    op.create_index("ix_requests_target", "requests", ["target"])


def downgrade() -> None:
    op.drop_table("requests")
