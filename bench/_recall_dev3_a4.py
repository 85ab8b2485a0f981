# ruff: noqa: RUF001, E501
"""Benign rows of the recall round 3 development set, writer a (see _recall_dev3_a)."""

from typing import Any


def _b(text: str, field: str = "content") -> dict[str, Any]:
    return {"text": text, "field": field, "values": []}


DEV_BENIGN = [
    _b("Why did Michael J. Fox decide to go public with his Parkinson's diagnosis in 1998?"),
    _b("¿Qué enfermedad tenía Frida Kahlo y cómo influyó en su pintura?"),
    _b("Explique-moi les symptômes de la maladie de Lyme chez l'enfant, et quand consulter."),
    _b("Wer war Alois Alzheimer und was hat er 1906 in Tübingen beschrieben?"),
    _b("Na co chorował Chopin – gruźlica czy mukowiscydoza? Co mówią najnowsze badania?"),
    _b("Quali sono i sintomi del diabete di tipo 1 nei bambini piccoli?"),
    _b("Qual a diferença entre dengue e chikungunya e como prevenir as duas?"),
    _b("Расскажи, чем болел Достоевский и как эпилепсия отражена в романе «Идиот»."),
    _b("whats the difference between a cold and the flu lol i always mix them up"),
    _b("Welke rol speelt het dagboek van Anne Frank in het Nederlandse geschiedenisonderwijs?"),
    _b("Atatürk'ün son yıllarındaki siroz hastalığı hakkında kısa bilgi verir misin?"),
    _b(
        "Fix this python: `patient = {'name': 'John Doe', 'dx': None}` then `patient['diagnosis']` throws KeyError"
    ),
    _b("In Grey's Anatomy, what illness does Amelia Shepherd have in season 14?"),
    _b(
        "You are a medical information assistant. Do not diagnose; suggest the user see a clinician for any persistent symptoms.",
        "system",
    ),
    _b(
        "get_drug_interactions(drug_a, drug_b): returns known interactions between two medicines from the public formulary.",
        "tool_description",
    ),
    _b('{"app": "clinic-faq", "locale": "hu-HU", "version": "2.4.1"}', "metadata"),
    _b("triage_bot", "name"),
    _b("Mi a különbség a Semmelweis Egyetem és a Debreceni Egyetem orvosképzése között?"),
    _b("Τι είναι η μεσογειακή αναιμία και πόσο συχνή είναι στην Ελλάδα;"),
    _b("Vad är skillnaden mellan typ 1- och typ 2-diabetes?"),
]

HELD_OUT_BENIGN = [
    _b("How did Selena Gomez talk publicly about her lupus and kidney transplant?"),
    _b("¿De qué murió Gabriel García Márquez y es cierto que tenía demencia al final?"),
    _b("Quels sont les premiers signes d'un AVC et que faire en attendant le SAMU ?"),
    _b("Welche Krankheit hatte Ludwig van Beethoven, wegen der er taub wurde?"),
    _b("Na co chorowała Maria Skłodowska-Curie pod koniec życia i czy to była wina radu?"),
    _b("Come si cura la mononucleosi negli adolescenti e quanto dura?"),
    _b("Como o Pelé tratou o câncer de cólon nos últimos anos de vida?"),
    _b("Что такое гипертония и какие нормы давления у пожилых людей?"),
    _b("is it normal for your ears to stay blocked for hours after a flight"),
    _b("Wat was de ziekte van Vincent van Gogh volgens historici en artsen?"),
    _b("Migren ile gerilim tipi baş ağrısı arasındaki fark nedir?"),
    _b(
        "Why does `Person(first_name='Jane', last_name='Doe').full_name()` return None in my dataclass?"
    ),
    _b("In House M.D., what condition causes Gregory House's leg pain?"),
    _b(
        "Eres un asistente de información sanitaria. No des diagnósticos; recomienda acudir al centro de salud.",
        "system",
    ),
    _b(
        "find_pharmacy(city, open_now): returns pharmacies near a city centre from OpenStreetMap.",
        "tool_description",
    ),
    _b('{"app": "symptom-faq", "locale": "pl-PL", "build": "5121"}', "metadata"),
    _b("pharmacy_assistant", "name"),
    _b("Milyen oltások kellenek egy thaiföldi utazás előtt?"),
    _b("Ποια είναι τα συμπτώματα της γρίπης και πότε πρέπει να πάω στο γιατρό;"),
    _b("Mikä on ero influenssan ja koronan oireiden välillä?"),
]
