"""The edge first hop: a Cloudflare Worker generated from the policy (`meshroute edge build`)."""
