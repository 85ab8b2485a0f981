# ruff: noqa: E501, RUF001
"""Evaluation 10, writer H: sensitive prompts in Russian, Ukrainian (Cyrillic and transliterated), Greek, Turkish, Hebrew, Arabic, Vietnamese, Indonesian, and secrets pasted by developers writing English as a second language.

Writer H's part; generated values come from ``_eval10_part_h2`` (seed ``random.Random(918263)``).
Every prompt was written by hand, one by one. Blind: composed without looking at the scanner,
its tests or any other evaluation set.
"""

from __future__ import annotations

import json

from _eval10_part_h2 import V, sp


def row(field: str, text: str, *values: tuple[str, str]) -> dict:
    return {"text": text, "field": field, "values": [list(value) for value in values]}


SSH_KEY_IN_JSON = json.dumps(V["pem_ssh"])[1:-1]

ROWS = [
    row(
        "content",
        "Помогите составить заявление классному руководителю. Мой сын Артём Соколов, 3 «Б» класс, после операции по удалению аппендицита освобождён от физкультуры на месяц, справку из поликлиники приложу.",
        ("PERSON", "Артём Соколов"),
        ("MEDICAL", "операции по удалению аппендицита"),
    ),
    row(
        "content",
        "privet, moya sestra Dasha beremenna, uzhe 12 nedel, i boitsya govorit' nachal'niku. kak ej luchshe eto skazat' i kogda po zakonu nado soobshchat'?",
        ("PERSON", "Dasha"),
        ("MEDICAL", "beremenna, uzhe 12 nedel"),
    ),
    row(
        "content",
        f"Я недавно переехал в США, работаю в Бостоне. Работодатель просит заполнить W-4, мой SSN {V['us_ssn']} — куда его вписывать и что ставить в Step 2, если жена пока не работает?",
        ("US_SSN", V["us_ssn"]),
    ),
    row(
        "tool_arguments",
        '{"client_id": 55120, "phone": "+7 (916) 482-17-30", "birth_date": "1983-07-29", "note": "перезвонить после 18:00, просила не звонить на рабочий"}',
        ("PHONE_NUMBER", "+7 (916) 482-17-30"),
        ("DATE_OF_BIRTH", "1983-07-29"),
    ),
    row("name", "Дмитрий Волков", ("PERSON", "Дмитрий Волков")),
    row(
        "content",
        "Доброго дня! Напишіть, будь ласка, заяву до ЦНАПу. Я, Оксана Мельник, проживаю за адресою вул. Шевченка, 15, кв. 42, м. Львів, тел. 067 381 55 20, прошу видати довідку про склад сім'ї для субсидії.",
        ("PERSON", "Оксана Мельник"),
        ("STREET_ADDRESS", "вул. Шевченка, 15, кв. 42"),
        ("PHONE_NUMBER", "067 381 55 20"),
    ),
    row(
        "content",
        "dobryi den, mij batko pislia insultu, livyi bik ne pratsiuie, lezhyt u likarni u Vinnytsi. yak oformyty jomu invalidnist i skil'ky ce trivaie?",
        ("MEDICAL", "pislia insultu, livyi bik ne pratsiuie"),
    ),
    row(
        "system",
        "Ти — помічник юридичної фірми. Клієнтка: Ірина Коваленко, дата народження 05.12.1990, email iryna.kovalenko90@ukr.net. Справа: розлучення та визначення місця проживання дитини. Не давай гарантій щодо результату.",
        ("PERSON", "Ірина Коваленко"),
        ("DATE_OF_BIRTH", "05.12.1990"),
        ("EMAIL_ADDRESS", "iryna.kovalenko90@ukr.net"),
    ),
    row(
        "content",
        "Καλησπέρα, θέλω να γράψω ένα email στον ιδιοκτήτη. Μένω στην Ερμού 45, 3ος όροφος, Αθήνα, και έχει υγρασία στο μπάνιο εδώ και μήνες. Να αφήσω και το κινητό μου, 694 512 3870, για να κανονίσουμε να έρθει ο υδραυλικός.",
        ("STREET_ADDRESS", "Ερμού 45"),
        ("PHONE_NUMBER", "694 512 3870"),
    ),
    row(
        "metadata",
        f"Πελάτης: Νίκος Αλεξίου, επιστροφή χρημάτων σε IBAN {sp(V['iban_17_GR'])}, εκκρεμεί έγκριση",
        ("PERSON", "Νίκος Αλεξίου"),
        ("IBAN_CODE", sp(V["iban_17_GR"])),
    ),
    row(
        "tool_description",
        "Sends invoice reminders to customers who are late more than 14 days. For escalations the tool cc's the owner, Eleni Georgiou (eleni.georgiou@otenet.gr, +30 210 723 4581), please don't remove this she wants to see every reminder.",
        ("PERSON", "Eleni Georgiou"),
        ("EMAIL_ADDRESS", "eleni.georgiou@otenet.gr"),
        ("PHONE_NUMBER", "+30 210 723 4581"),
    ),
    row(
        "content",
        "merhaba, annem Ayşe Yılmaz'ın şeker hastalığı var ve insülin kullanıyor. umreye giderken iğnelerini uçakta el bagajında nasıl taşıyabilir, rapor lazım mı?",
        ("PERSON", "Ayşe Yılmaz"),
        ("MEDICAL", "şeker hastalığı"),
        ("MEDICAL", "insülin"),
    ),
    row(
        "content",
        f"Havale gelmedi, IBAN'ı doğru mu yazmışım bir bakar mısın: {sp(V['iban_18_TR'])}. Karşı taraf 'hesap bulunamadı' hatası aldığını söylüyor.",
        ("IBAN_CODE", sp(V["iban_18_TR"])),
    ),
    row("user", "burak.ozturk@hotmail.com", ("EMAIL_ADDRESS", "burak.ozturk@hotmail.com")),
    row(
        "system",
        "Sen bir kargo şirketinin destek asistanısın. Oturumdaki müşteri no: 88120. Kayıtlı adres: Moda Cad. No: 112 D: 5, Kadıköy/İstanbul. Telefon: 0532 418 77 06. Teslimat adresini değiştirmek isteyen müşteriyi önce SMS ile doğrula.",
        ("STREET_ADDRESS", "Moda Cad. No: 112 D: 5"),
        ("PHONE_NUMBER", "0532 418 77 06"),
    ),
    row("name", "Zeynep Kaya", ("PERSON", "Zeynep Kaya")),
    row(
        "content",
        f"Kartımdan aynı siparişe iki kez çekim yapılmış, 749,90 TL. Bankaya itiraz yazısı hazırlar mısın? Kart: {sp(V['card_3'])}, işlem tarihi 16.11.2024.",
        ("CREDIT_CARD", sp(V["card_3"])),
    ),
    row(
        "content",
        "שלום, תכתוב לי בבקשה מכתב לביטוח לאומי. שמי נועה לוי, אני בהריון בחודש שישי ורוצה לברר מה מגיע לי לגבי דמי לידה כעצמאית.",
        ("PERSON", "נועה לוי"),
        ("MEDICAL", "בהריון בחודש שישי"),
    ),
    row(
        "content",
        "مرحبا، أريد كتابة رسالة إلى مدير المدرسة. ابني يوسف الحداد مصاب بالربو ويحتاج إلى استخدام البخاخ أثناء حصة الرياضة، فكيف أطلب ذلك بأسلوب مهذب؟",
        ("PERSON", "يوسف الحداد"),
        ("MEDICAL", "مصاب بالربو"),
    ),
    row(
        "content",
        "Chào bạn, giúp mình viết email xin nghỉ phép với. Mình là Nguyễn Thị Thu Hà, làm ở phòng kế toán, bị sốt xuất huyết nên bác sĩ cho nghỉ 7 ngày.",
        ("PERSON", "Nguyễn Thị Thu Hà"),
        ("MEDICAL", "sốt xuất huyết"),
    ),
    row(
        "content",
        "Tolong bantu buat surat izin sakit untuk anak saya, kelas 5 SD, kena tifus dan harus istirahat seminggu di rumah. Kalau wali kelas mau konfirmasi bisa hubungi saya di 0813-8821-4057.",
        ("MEDICAL", "kena tifus"),
        ("PHONE_NUMBER", "0813-8821-4057"),
    ),
    row(
        "tool_description",
        "Mengirim notifikasi WhatsApp ke pelanggan. Kalau pengiriman gagal, pesan diteruskan ke nomor HP pribadi pemilik toko: +62 811-2034-5567.",
        ("PHONE_NUMBER", "+62 811-2034-5567"),
    ),
    row(
        "content",
        'why this return 401?? user exist in nexus, i checked twice\n\ncurl -u deploy:Tr0ub4dor-Ostsee -X POST "https://nexus.example-logistik.cz/service/rest/v1/components?repository=maven-releases" -F maven2.groupId=cz.logistik -F maven2.artifactId=sklad-api -F maven2.version=2.4.1 -F maven2.asset1=@target/sklad-api-2.4.1.jar -F maven2.asset1.extension=jar',
        ("AUTH_HEADER", "deploy:Tr0ub4dor-Ostsee"),
    ),
    row(
        "content",
        f'Merhaba, script \'Incorrect API key provided\' hatası veriyor ama anahtar yeni oluşturuldu. ikisini de denedim:\n\n```python\nimport openai, anthropic\n\n# TODO env\'e taşı\nclient = openai.OpenAI(api_key="{V["tok_openai"]}")\nclaude = anthropic.Anthropic(api_key="{V["tok_anthropic"]}")\n\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{{"role": "user", "content": "merhaba"}}])\nprint(resp.choices[0].message.content)\n```',
        ("API_TOKEN", V["tok_openai"]),
        ("API_TOKEN", V["tok_anthropic"]),
    ),
    row(
        "content",
        f"pls help, terraform plan says InvalidClientTokenId but i copy keys from IAM console just now. my ~/.aws/credentials:\n\n[default]\naws_access_key_id = {V['tok_aws_id']}\naws_secret_access_key = {V['tok_aws_secret']}\nregion = eu-central-1\n\n[staging]\nsource_profile = default\nrole_arn = arn:aws:iam::123456789012:role/staging-deployer",
        ("API_TOKEN", V["tok_aws_id"]),
        ("SECRET", V["tok_aws_secret"]),
    ),
    row(
        "system",
        f"You are OpsBuddy, an internal Slack assistant. When the user asks to announce a deploy, call chat.postMessage on channel #ops-deploys with bot token {V['tok_slack']}. Never post to other channels.",
        ("API_TOKEN", V["tok_slack"]),
    ),
    row(
        "tool_description",
        f"Creates a merge request in our self-hosted GitLab (gitlab.stavby-brno.cz). Authenticates with header PRIVATE-TOKEN: {V['tok_gitlab']} (service account, scope api).",
        ("API_TOKEN", V["tok_gitlab"]),
    ),
    row(
        "tool_arguments",
        f'{{"host": "10.20.1.5", "port": 22, "username": "root", "private_key": "{SSH_KEY_IN_JSON}", "command": "systemctl restart sklad-api"}}',
        ("PRIVATE_KEY", SSH_KEY_IN_JSON),
    ),
    row(
        "content",
        f"paramiko gives me 'not a valid RSA private key file' when I load this, is the format broken? I exported it from PuTTYgen on my windows machine:\n\n{V['pem_rsa']}\n\nthe public key is already in authorized_keys on the server",
        ("PRIVATE_KEY", V["pem_rsa"]),
    ),
    row(
        "metadata",
        f"deploy note 18.11: rotated HF token after leak in CI logs, new one {V['tok_hf']} (old revoked), update in Vault pending",
        ("API_TOKEN", V["tok_hf"]),
    ),
    row(
        "content",
        f'Коллеги, платёжный шлюз возвращает 502, вот кусок debug-лога, что не так с запросом?\n\n```\n2024-11-19T10:02:44.117+03:00 DEBUG PaymentClient - >>> POST https://api.pay-gateway.example/v1/charges\n2024-11-19T10:02:44.118+03:00 DEBUG PaymentClient - >>> Authorization: Bearer {V["jwt"]}\n2024-11-19T10:02:44.118+03:00 DEBUG PaymentClient - >>> {{"amount": 459000, "currency": "RUB", "card": {{"number": "{V["card_1"]}", "exp": "08/27"}}, "order_id": "ORD-77120"}}\n2024-11-19T10:02:49.300+03:00 ERROR PaymentClient - <<< 502 Bad Gateway (5182 ms)\n```',
        ("AUTH_HEADER", f"Bearer {V['jwt']}"),
        ("CREDIT_CARD", V["card_1"]),
    ),
    row(
        "content",
        f'Бот в телеграме молчит, вебхук вроде поставил. Вот код:\n\nfrom telegram.ext import ApplicationBuilder, CommandHandler\n\nTOKEN = "{V["tok_telegram"]}"\napp = ApplicationBuilder().token(TOKEN).build()\napp.add_handler(CommandHandler("start", start))\napp.run_webhook(listen="0.0.0.0", port=8443, webhook_url="https://bot.example.ru/hook")\n\nв логах nginx запросы от телеграма приходят, а start не вызывается',
        ("API_TOKEN", V["tok_telegram"]),
    ),
]
