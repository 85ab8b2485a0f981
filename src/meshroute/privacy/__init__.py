"""Privacy: what a request would forward (``perimeter``), what in it is personal data or a
secret (``detector``: ``normalise``, ``patterns``, ``validators``, ``scanner``, ``gazetteer``),
and nothing else. Redaction and restoration live in ``meshroute.routing.redaction`` and
``meshroute.api.redacting``."""
