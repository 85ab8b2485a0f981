"""Translators between the chat-completions shape the gateway routes and other API surfaces.

Pure functions and small state machines, no I/O: the OpenAI Responses API and Anthropic Messages
API in (request -> chat body, chat reply or chat stream -> their reply or their event stream),
and Anthropic Messages out (chat body -> Messages body, Messages reply or events -> chat), for
the `kind: anthropic` target. Hand-written rather than a converter library: the gateway needs
exact control of what reaches the privacy scan and the router, and the mappings are small.
"""
