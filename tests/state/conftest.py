from redis_support import redis_server

__all__ = ["redis_server"]
