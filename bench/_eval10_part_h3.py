# ruff: noqa: E501, RUF001
"""Evaluation 10, writer H: sensitive prompts in German (Germany, Austria, Switzerland), Dutch and Flemish.

Writer H's part; generated values come from ``_eval10_part_h2`` (seed ``random.Random(918263)``).
Every prompt was written by hand, one by one. Blind: composed without looking at the scanner,
its tests or any other evaluation set.
"""

from __future__ import annotations

from _eval10_part_h2 import V, sp


def row(field: str, text: str, *values: tuple[str, str]) -> dict:
    return {"text": text, "field": field, "values": [list(value) for value in values]}


ROWS = [
    row(
        "content",
        "Hallo, kannst du mir helfen einen Brief an die Hausverwaltung zu formulieren? Ich wohne in der Kaiserstraße 38/2/14, 1070 Wien, und seit drei Wochen geht die Heizung nicht. Die zuständige Verwalterin, Mag. Brigitte Haslinger, reagiert einfach nicht auf meine Mails. Ton: bestimmt, aber höflich.",
        ("STREET_ADDRESS", "Kaiserstraße 38/2/14"),
        ("PERSON", "Brigitte Haslinger"),
    ),
    row(
        "content",
        "mein kollege timo ist seit montag krankgeschrieben, bandscheibenvorfall, und ich soll jetzt seine kunden übernehmen. wie schreib ich denen das ohne zu viel zu verraten?",
        ("PERSON", "timo"),
        ("MEDICAL", "bandscheibenvorfall"),
    ),
    row(
        "content",
        f"Grüezi mitenand. Ich bräuchte eine Vorlage für eine Bankvollmacht. Mein Vater Ueli Brunner, geb. 12.08.1941, lebt seit dem Frühling im Pflegeheim, er hat eine beginnende Demenz, und ich soll für ihn die Zahlungen vom Konto {sp(V['iban_2_CH'])} erledigen. Muss das notariell beglaubigt sein oder reicht eine Unterschrift?",
        ("PERSON", "Ueli Brunner"),
        ("DATE_OF_BIRTH", "12.08.1941"),
        ("MEDICAL", "beginnende Demenz"),
        ("IBAN_CODE", sp(V["iban_2_CH"])),
    ),
    row(
        "system",
        "Du bist der digitale Assistent der Hausarztpraxis am Lindenplatz in Bielefeld. Aktuelle Patientin im Chat: Sabine Kowalczyk, geb. 3. Mai 1968. Bekannte Diagnosen: Hashimoto-Thyreoiditis, Typ-2-Diabetes. Beantworte Fragen zu Öffnungszeiten, Rezeptbestellungen und Terminen. Gib niemals Dosierungsänderungen ohne Rücksprache mit der Ärztin.",
        ("PERSON", "Sabine Kowalczyk"),
        ("DATE_OF_BIRTH", "3. Mai 1968"),
        ("MEDICAL", "Hashimoto-Thyreoiditis"),
        ("MEDICAL", "Typ-2-Diabetes"),
    ),
    row(
        "content",
        f"Für die Steuererklärung 2023: meine Steuer-ID ist {V['de_idnr_0']}, die von meiner Frau {V['de_idnr_1']}. Wo genau trage ich die bei Zusammenveranlagung in ELSTER ein, im Mantelbogen oder in der Anlage?",
        ("DE_TAX_ID", V["de_idnr_0"]),
        ("DE_TAX_ID", V["de_idnr_1"]),
    ),
    row(
        "tool_arguments",
        f'{{"to": "juergen.hoffmann@t-online.de", "subject": "Ihre Kündigung zum 31.03.", "body": "Sehr geehrter Herr Hoffmann,\\n\\nhiermit bestätigen wir den Eingang Ihrer Kündigung für den Vertrag 4471-22. Ihr Restguthaben von 84,20 EUR überweisen wir in den nächsten Tagen auf Ihr Konto {sp(V["iban_0_DE"])}.\\n\\nMit freundlichen Grüßen\\nIhr Kundenservice"}}',
        ("EMAIL_ADDRESS", "juergen.hoffmann@t-online.de"),
        ("PERSON", "Hoffmann"),
        ("IBAN_CODE", sp(V["iban_0_DE"])),
    ),
    row(
        "metadata",
        "Rückruf erbeten – Gruber Florian, 0664 381 22 90, Schadensfall Wasserrohrbruch im Keller, Gutachter noch nicht beauftragt",
        ("PERSON", "Gruber Florian"),
        ("PHONE_NUMBER", "0664 381 22 90"),
    ),
    row("user", "kd-20931|lena.schmitt@web.de", ("EMAIL_ADDRESS", "lena.schmitt@web.de")),
    row(
        "content",
        "Kannst du mir ausrechnen, wie viele Tage mein Sohn heute alt ist? Er kam am vierzehnten Februar 2019 zur Welt, kurz nach sechs Uhr früh. Will ihm zum 2000. Lebenstag eine Torte backen 😄",
        ("DATE_OF_BIRTH", "vierzehnten Februar 2019"),
    ),
    row(
        "content",
        f"warum lädt dotenv meine variablen nicht? in der index.js steht require('dotenv').config() ganz oben, trotzdem ist process.env.DATABASE_URL undefined. hier die .env:\n\n```\nAPP_ENV=production\nPORT=8080\nDATABASE_URL=postgresql://shopuser:Wurstbrot!2024@10.0.3.17:5432/shop_prod\nSTRIPE_SECRET_KEY={V['tok_stripe']}\nJWT_SECRET={V['hex64']}\nMAIL_HOST=smtp.strato.de\nMAIL_USER=shop-mailer\nMAIL_PASSWORD={V['pw_b']}\n```\n\ndie datei liegt im gleichen ordner wie package.json",
        ("CONNECTION_STRING", "postgresql://shopuser:Wurstbrot!2024@10.0.3.17:5432/shop_prod"),
        ("API_TOKEN", V["tok_stripe"]),
        ("SECRET", V["hex64"]),
        ("PASSWORD", V["pw_b"]),
    ),
    row(
        "content",
        "mijn schoonmoeder Gerda van Dijk (78) is gisteren gevallen en heeft haar heup gebroken, ze ligt nu in Isala in Zwolle. hoe regel ik thuiszorg via de Wmo voor als ze straks naar huis mag? we wonen zelf in Deventer",
        ("PERSON", "Gerda van Dijk"),
        ("MEDICAL", "heup gebroken"),
    ),
    row(
        "content",
        f"Goedemiddag, voor de huurtoeslag moet ik mijn BSN en dat van mijn partner invullen: {V['nl_bsn_0']} en {V['nl_bsn_1']}. Moet ik bij 'toeslagpartner' ook zijn inkomen over 2023 opgeven of alleen een schatting voor dit jaar?",
        ("NL_BSN", V["nl_bsn_0"]),
        ("NL_BSN", V["nl_bsn_1"]),
    ),
    row(
        "content",
        f"Dag, kan je deze mail wat professioneler maken aub?\n\n'Beste, ik ben Jens Peeters, ik woon in de Kerkstraat 112 bus 3 te 9000 Gent en ik wil mijn abonnement opzeggen. Mijn rekeningnummer is {sp(V['iban_4_BE'])}, gelieve het resterende bedrag daarop terug te storten. Bel me gerust op 0476 12 34 88 als er iets niet duidelijk is.'\n\nMerci!",
        ("PERSON", "Jens Peeters"),
        ("STREET_ADDRESS", "Kerkstraat 112 bus 3"),
        ("IBAN_CODE", sp(V["iban_4_BE"])),
        ("PHONE_NUMBER", "0476 12 34 88"),
    ),
    row(
        "tool_description",
        "Stuurt een WhatsApp-bericht naar de eigenaar van het account. Standaardontvanger als de gebruiker niets opgeeft: Marloes Bakker, +31 6 4120 7789. Gebruik deze tool alleen als de gebruiker er expliciet om vraagt.",
        ("PERSON", "Marloes Bakker"),
        ("PHONE_NUMBER", "+31 6 4120 7789"),
    ),
    row(
        "metadata",
        "klant belde: dhr. K. Smit, Dorpsstraat 4, Ede – wil een betalingsregeling, openstaand € 1.240, terugbellen na 17u",
        ("PERSON", "K. Smit"),
        ("STREET_ADDRESS", "Dorpsstraat 4"),
    ),
    row(
        "content",
        "Moin, unser Spring-Boot-Service crasht beim Start, kann jemand mit dem Trace was anfangen?\n\n```\n2024-11-18 07:42:13.551 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource' defined in class path resource [application-prod.yml]\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)\nCaused by: java.sql.SQLException: Access denied for user 'kundenportal'@'172.18.0.5' (using password: YES)\n\tdatasource.url=jdbc:mysql://kundenportal:Hamburg%40Elbe77@mysql-prod.intern:3306/portal?useSSL=false\n\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:576)\n```\n\nDas Passwort stimmt aber, hab ich dreimal in der MySQL-Konsole geprüft.",
        (
            "CONNECTION_STRING",
            "jdbc:mysql://kundenportal:Hamburg%40Elbe77@mysql-prod.intern:3306/portal?useSSL=false",
        ),
    ),
    row(
        "content",
        "Wie formuliere ich als Klassenlehrerin eine Mitteilung an die Eltern von Leon Schäfer aus der 4b? Er hat ADHS, bekommt morgens Medikinet, und seit den Herbstferien stört er den Unterricht so massiv, dass die anderen kaum noch arbeiten können. Ich will nicht vorwurfsvoll klingen.",
        ("PERSON", "Leon Schäfer"),
        ("MEDICAL", "ADHS"),
        ("MEDICAL", "Medikinet"),
    ),
    row(
        "system",
        f"Du unterstützt die Lohnverrechnung einer Tischlerei in Oberösterreich. Kontext zum aktuellen Fall: Dienstnehmer Stefan Auer, wohnhaft Hauptplatz 9, 4020 Linz, Gehaltskonto {sp(V['iban_1_AT'])}, seit 14.10. im Krankenstand nach einer Knie-OP. Beantworte Fragen zur Entgeltfortzahlung nach österreichischem Recht.",
        ("PERSON", "Stefan Auer"),
        ("STREET_ADDRESS", "Hauptplatz 9"),
        ("IBAN_CODE", sp(V["iban_1_AT"])),
        ("MEDICAL", "Knie-OP"),
    ),
    row("name", "sanne.dejong", ("PERSON", "sanne.dejong")),
    row("user", "maria.huber1957@gmx.at", ("EMAIL_ADDRESS", "maria.huber1957@gmx.at")),
    row(
        "content",
        f'Kannst du mir diese Mail kurz zusammenfassen? Mein Chef hat sie mir weitergeleitet und ich blicke nicht durch, was ich jetzt tun soll.\n\n---------- Weitergeleitete Nachricht ---------\nVon: Dirk Lammers <d.lammers@spedition-kraus.de>\nDatum: Mo., 18. Nov. 2024 um 09:14\nBetreff: Zugang Lager-API für neuen Dienstleister\nAn: IT-Team\n\nHallo zusammen,\n\nwie besprochen hier der Zugang zur Lager-API für den neuen Dienstleister. Testaufruf:\n\ncurl -H "Authorization: Basic {V["basic_user_pw"]}" https://lager.spedition-kraus.de/api/v2/bestand?standort=HB2\n\nBitte richtet das bis Mittwoch ein und gebt mir Bescheid, wenn es hakt. Die Zugangsdaten bitte NICHT per Mail an Externe weitergeben, sondern nur über den Passwortmanager teilen.\n\nViele Grüße aus Bremen\nDisposition / IT-Koordination\nTel. +49 421 59 87 31-12\n\n> Am 15.11.2024 um 16:02 schrieb Logistikpartner Nord GmbH:\n> Guten Tag,\n> für die Anbindung an Ihr Lager benötigen wir folgende Angaben:\n> 1. Endpunkt für den Bestandsabgleich (REST, JSON)\n> 2. Art der Authentifizierung\n> 3. Ratenbegrenzung – wir planen mit max. 60 Requests pro Minute\n> 4. Testumgebung, falls vorhanden\n> Die Umstellung soll zum 01.12. erfolgen, der Probebetrieb läuft ab dem 25.11.\n> Mit freundlichen Grüßen\n> Ihr Onboarding-Team\n\nMeine Frage: Muss ich als Sachbearbeiterin da jetzt was machen oder ist das nur für die IT? Und darf ich die Mail so an den Dienstleister weiterleiten?',
        ("PERSON", "Dirk Lammers"),
        ("EMAIL_ADDRESS", "d.lammers@spedition-kraus.de"),
        ("AUTH_HEADER", f"Basic {V['basic_user_pw']}"),
        ("PHONE_NUMBER", "+49 421 59 87 31-12"),
    ),
    row(
        "tool_arguments",
        f'{{"mandant": "Physio am Dom", "patient_steuer_id": "{V["de_idnr_2"]}", "leistung": "Physiotherapie 6x KG", "betrag_eur": 152.40}}',
        ("DE_TAX_ID", V["de_idnr_2"]),
    ),
]
