"""The `requests` table (SQLAlchemy 2 ORM). Alembic migrations in `migrations/` create it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Float, Index, Integer, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Always UTC: SQLite keeps no offset, so naive values read back are UTC by construction."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        utc = aware.astimezone(UTC)
        # SQLite compares timestamps as text: store one canonical naive-UTC form
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class RequestRow(Base):
    __tablename__ = "requests"
    __table_args__ = (
        Index("ix_requests_time", "time"),
        Index("ix_requests_target", "target"),
        Index("ix_requests_key_id", "key_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    request_id: Mapped[str] = mapped_column(String(64), nullable=False)
    key_id: Mapped[str | None] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(128))
    version: Mapped[str | None] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(128))
    tier: Mapped[str | None] = mapped_column(String(16))
    zone: Mapped[str | None] = mapped_column(String(16))
    sensitive: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    entity_types: Mapped[str] = mapped_column(String(512), nullable=False, default="")
    redacted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    complexity: Mapped[float | None] = mapped_column(Float)
    input_tokens: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    ttft_ms: Mapped[float | None] = mapped_column(Float)
    latency_ms: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    status: Mapped[str] = mapped_column(String(32), nullable=False, default="ok")
    http_status: Mapped[int | None] = mapped_column(Integer)
    fallbacks_used: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    cost_usd: Mapped[float | None] = mapped_column(Float)
    # added by revision 0002
    operation: Mapped[str] = mapped_column(String(32), nullable=False, default="chat")
    decision: Mapped[str] = mapped_column(Text, nullable=False, default="{}")


# The columns of an export, in table order (the surrogate `id` is internal).
EXPORT_COLUMNS: tuple[str, ...] = tuple(
    c.name for c in RequestRow.__table__.columns if c.name != "id"
)


class RouterLabelRow(Base):
    """A shadow-judged request (issue 17, meshroute/shadow/; revision 0003)."""

    __tablename__ = "router_labels"
    __table_args__ = (Index("ix_router_labels_time", "time"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    time: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    request_id: Mapped[str] = mapped_column(String(64), nullable=False)
    texts: Mapped[str] = mapped_column(Text, nullable=False)
    weak_target: Mapped[str] = mapped_column(String(128), nullable=False)
    strong_target: Mapped[str] = mapped_column(String(128), nullable=False)
    judge: Mapped[str] = mapped_column(String(128), nullable=False)
    verdict: Mapped[str] = mapped_column(String(16), nullable=False)
    weak_score: Mapped[float] = mapped_column(Float, nullable=False)
    strong_score: Mapped[float] = mapped_column(Float, nullable=False)
