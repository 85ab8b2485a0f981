# ruff: noqa: E501
"""Evaluation 10, writer G: benign rows in English (England, Scotland, Ireland, Ghana, Jamaica,
US, Australia, India, Pakistan): public figures, named diseases and places, placeholders, logs,
order numbers, dates of events; no private person's data and no real secret.

Writer G's module; seed 604117 (no values are drawn here).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations


def _b(field: str, text: str) -> dict[str, object]:
    return {"text": text, "field": field, "values": []}


ROWS = [
    _b(
        "content",
        "Who was Mary Seacole and why was there such a row about her statue outside St Thomas' Hospital in 2016? I need about 300 words for year 9 history, and please mention how she ran the British Hotel near Balaclava and how her story was forgotten until the 1980s.",
    ),
    _b(
        "content",
        "Can you fix this so it reads the key from an env var and fails nicely when it's missing?\n\n"
        "```python\n"
        "import os\n"
        "from openai import OpenAI\n\n"
        'client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "YOUR_API_KEY"))\n\n'
        "resp = client.chat.completions.create(\n"
        '    model="gpt-4o-mini",\n'
        '    messages=[{"role": "user", "content": "Say hi"}],\n'
        ")\n"
        "print(resp.choices[0].message.content)\n"
        "```",
    ),
    _b(
        "content",
        "Explain why Sachin Tendulkar's 241* at the SCG in January 2004 is called a masterclass in discipline. Didn't he leave almost everything outside off stump?",
    ),
    _b(
        "content",
        "compare Babar Azam and Mohammad Rizwan in the 2023 world cup, averages and strike rates, which one was more consistent in the chases",
    ),
    _b(
        "content",
        "Tell me the history of the Kwame Nkrumah Memorial Park in Accra, when it was built and what is inside the mausoleum. Going there with my nephews on Saturday.",
    ),
    _b(
        "content",
        "What's the difference between Crohn's disease and ulcerative colitis? Revising for my adult nursing exam, can you put symptoms, the part of the gut affected, and the usual treatments in a table",
    ),
    _b(
        "content",
        "recipe for a proper irish stew for 6, lamb neck not beef, and how long would it need in the slow cooker on low? no guinness in it please, my mam would disown me",
    ),
    _b(
        "content",
        "Our deploy keeps timing out, anything obvious in this log?\n\n"
        "2025-02-11T03:14:07Z INFO  build 4812 started on runner syd-ci-03 (commit 9f2c1e7)\n"
        "2025-02-11T03:14:09Z INFO  restoring cache key node-modules-v3-8a41f0\n"
        "2025-02-11T03:16:52Z WARN  npm ERR! network timeout at: https://registry.npmjs.org/typescript\n"
        "2025-02-11T03:19:30Z WARN  retry 2/3 after 150000ms\n"
        "2025-02-11T03:21:07Z ERROR job exceeded 420s, cancelling\n"
        "2025-02-11T03:21:08Z INFO  uploaded artefacts: 0 files, 0 B",
    ),
    _b(
        "content",
        "Here's the opening paragraph of my essay, can you make it flow better?\n\n"
        "'In 1817 the London surgeon James Parkinson published An Essay on the Shaking Palsy, describing six people he had seen in his practice and on the streets of Hoxton. Half a century later Jean-Martin Charcot gave the condition its modern name, Parkinson's disease, and today it affects more than ten million people worldwide. "
        "The story of the disease is also a story of naming: Charcot refused the older label paralysis agitans because, as he pointed out, his patients were not really paralysed, and he preferred to honour the man who had first described the tremor, the stooped posture and the festinating gait as one illness. "
        "In the twentieth century the discovery of dopamine by Arvid Carlsson and the first trials of levodopa by George Cotzias in 1967 changed the outlook completely, and more recently deep brain stimulation has offered a further option. "
        "This essay looks at how each of these steps moved the disease from a description of symptoms to a condition with a known chemical basis, and asks why, two hundred years after Parkinson, there is still no treatment that slows it down.'\n\n"
        "It's for a history of medicine module, 2,000 words in total, Harvard referencing. Be honest if the dates are wrong.",
    ),
    _b(
        "content",
        "Suggest books like The Joy Luck Club by Amy Tan for our book club. Last month we did On Earth We're Briefly Gorgeous by Ocean Vuong and everyone loved it, so something about families and migration.",
    ),
    _b(
        "content",
        "Draft a complaint to the seller: invoice INV-2024-118392, AWB 7894561230 via Blue Dart, ordered on 14-03-2024 for ₹2,499, still showing 'in transit' at the Bhiwandi hub after 12 days. Ask for refund or replacement.",
    ),
    _b(
        "system",
        "You are the helper for a public library in Leeds. Answer questions about opening hours (Mon to Fri 9:00 to 19:00, Sat 10:00 to 16:00, closed Sundays and bank holidays), the Brontë collection, the children's reading club and upcoming talks. Never ask users for their library card number or any personal details; send account questions to the front desk.",
    ),
    _b(
        "tool_description",
        "Looks up a book by ISBN-13 (for example 978-0-14-118776-1) in the catalogue and returns the title, author, edition year and shelf mark. Returns an empty list if nothing matches.",
    ),
    _b(
        "tool_arguments",
        "SELECT sku, name, price_gbp FROM products WHERE blend = 'Earl Grey' AND stock > 0 ORDER BY price_gbp;",
    ),
    _b("name", "kitchen-helper"),
    _b(
        "metadata",
        "nightly eval batch 2025-03-07, model gpt-4o-mini, temperature 0.2, tags: recipes, en-GB, run 14 of 20",
    ),
    _b("user", "tenant-0042-prod"),
    _b(
        "content",
        "Can a landlord in England keep the whole deposit for normal wear and tear? And what does the Housing Act 2004 actually say about deposit protection schemes and the 30 day deadline?",
    ),
    _b(
        "content",
        "just want to check the healthcheck syntax, rest of it works locally\n\n"
        "services:\n"
        "  db:\n"
        "    image: postgres:16\n"
        "    environment:\n"
        "      POSTGRES_USER: user\n"
        "      POSTGRES_PASSWORD: changeme\n"
        "    healthcheck:\n"
        '      test: ["CMD-SHELL", "pg_isready -U user"]\n'
        "      interval: 5s\n"
        "  app:\n"
        "    build: .\n"
        "    environment:\n"
        "      DATABASE_URL: postgres://user:password@localhost:5432/mydb\n"
        "    depends_on:\n"
        "      db:\n"
        "        condition: service_healthy\n",
    ),
    _b(
        "content",
        "Explain the DLS method in cricket like I'm 12. It's named after Duckworth, Lewis and Stern, right? How did it decide that rain-hit West Indies v England ODI in Barbados?",
    ),
]
