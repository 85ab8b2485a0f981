"""Privacy: what a request forwards and what in it is personal data or a secret.

Modules, in the order a request meets them: ``perimeter`` (every forwarded string and its
path), ``normalise`` (compatibility characters, spelled e-mails, span mapping), ``patterns``
(the pattern tables as plain data), ``scanner`` (RE2 over a table), ``validators`` with
``phones``, ``domains`` and ``names`` (checks of each candidate), ``gazetteer`` and
``spacy_names`` (name finders), ``hits`` (shared result types), ``detector`` (limits, cache,
fail-closed verdict). Imports go one way: nothing imports ``detector`` but its callers.
Redaction and restoration live in ``meshroute.routing.redaction`` and ``meshroute.api.redacting``.
"""
