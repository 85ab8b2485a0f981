# ruff: noqa: E501
"""Evaluation 10, writer G: sensitive rows in French (Switzerland, Senegal, Morocco, Canada),
Italian (Italy, Ticino), Catalan, Galician and Basque.

Writer G's module; seed 604117 (identifiers and secrets come from ``_eval10_part_g2``).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _eval10_part_g2 as V  # type: ignore[import-not-found]


def _r(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


ROWS = [
    # Switzerland, Senegal, Morocco, Canada
    _r(
        "content",
        "Bonjour, pourriez-vous m'aider à rédiger une lettre à la régie? J'habite Rue de Carouge 45 à Genève et le chauffage ne fonctionne plus depuis le 3 janvier. Le bail est au nom de mon compagnon, Jean-Daniel Rochat. Mon natel: 079 456 12 34.",
        ("STREET_ADDRESS", "Rue de Carouge 45"),
        ("PERSON", "Jean-Daniel Rochat"),
        ("PHONE_NUMBER", "079 456 12 34"),
    ),
    _r(
        "content",
        f"Je suis frontalière, j'habite Annemasse et je travaille à Genève. Sur le formulaire de la CPAM on me demande mon numéro de sécu, c'est {V.INSEE_CH}, et mon salaire est versé sur {V.IBAN_CH}. Je coche 'travailleur frontalier' ou 'résident suisse'?",
        ("FR_INSEE", V.INSEE_CH),
        ("IBAN_CODE", V.IBAN_CH),
    ),
    _r(
        "content",
        "Aidez-moi à écrire un mot pour l'employeur de mon grand frère Mamadou Diallo: il est hospitalisé à l'hôpital Principal de Dakar pour un paludisme grave depuis le 12 et ne pourra pas reprendre avant la fin du mois. On peut me joindre au 77 645 32 18.",
        ("PERSON", "Mamadou Diallo"),
        ("MEDICAL", "hospitalisé"),
        ("MEDICAL", "paludisme grave"),
        ("PHONE_NUMBER", "77 645 32 18"),
    ),
    _r(
        "content",
        f"Mon cousin a travaillé cinq ans à Lyon avant de rentrer à Thiès. Son numéro de sécurité sociale est {V.INSEE_SN}, il est né le 14/07/1986. Comment il peut récupérer ses droits à la retraite depuis le Sénégal?",
        ("FR_INSEE", V.INSEE_SN),
        ("DATE_OF_BIRTH", "14/07/1986"),
    ),
    _r(
        "content",
        "Salam, je veux envoyer une réclamation à l'opérateur. La ligne est au nom de ma femme, 06 61 23 45 78, adresse 12, Rue Ibn Batouta, Appt 4, Casablanca. Ça fait trois semaines que la fibre est coupée et ils facturent quand même.",
        ("PHONE_NUMBER", "06 61 23 45 78"),
        ("STREET_ADDRESS", "12, Rue Ibn Batouta, Appt 4"),
    ),
    _r(
        "content",
        f"Ma sœur vit à Montpellier depuis 2019, elle est enceinte de 5 mois et la CAF lui demande son numéro de sécu ({V.INSEE_MA}) et sa date de naissance, le 3 novembre 1992. On remplit la déclaration en ligne ou il faut passer par le médecin?",
        ("MEDICAL", "enceinte de 5 mois"),
        ("FR_INSEE", V.INSEE_MA),
        ("DATE_OF_BIRTH", "3 novembre 1992"),
    ),
    _r(
        "content",
        "Peux-tu corriger mon courriel? « Bonjour Mme Gagnon, je vous écris au sujet de mon fils Félix Tremblay-Roy, qui a un TSA et qui aurait besoin d'un accompagnateur en classe à partir de septembre. Vous pouvez me rejoindre au (514) 872-3401 en soirée. » Merci là!",
        ("PERSON", "Mme Gagnon"),
        ("PERSON", "Félix Tremblay-Roy"),
        ("MEDICAL", "un TSA"),
        ("PHONE_NUMBER", "(514) 872-3401"),
    ),
    _r(
        "system",
        "Tu es l'assistant RH de la fiduciaire à Lausanne. L'employée concernée est Mme Nathalie Chevalley, en arrêt maladie pour burn-out depuis le 15 septembre. Ne divulgue jamais ce motif aux collègues; parle seulement d'une absence.",
        ("PERSON", "Mme Nathalie Chevalley"),
        ("MEDICAL", "arrêt maladie pour burn-out"),
    ),
    _r(
        "tool_description",
        "Envoie les reçus de paiement mobile aux parents d'élèves. Le contact technique de l'école est Aminata Sow, aminata.sow@ecoles-liberte.sn, +221 33 821 45 67.",
        ("PERSON", "Aminata Sow"),
        ("EMAIL_ADDRESS", "aminata.sow@ecoles-liberte.sn"),
        ("PHONE_NUMBER", "+221 33 821 45 67"),
    ),
    _r(
        "metadata",
        f"Client (Laval) — carte {V.CARD_VISA_2} refusée 3 fois, il rappelle demain matin",
        ("CREDIT_CARD", V.CARD_VISA_2),
    ),
    _r("user", "youssef.amrani@menara.ma", ("EMAIL_ADDRESS", "youssef.amrani@menara.ma")),
    _r("name", "Fatou Bintou Faye", ("PERSON", "Fatou Bintou Faye")),
    # Italy, Ticino
    _r(
        "content",
        "Mi aiuti a scrivere una mail alla maestra? Mio figlio Lorenzo Bianchi ha la febbre alta da ieri sera e domani non viene a scuola. Per qualsiasi cosa il mio cellulare è 333 123 4567. Grazie mille",
        ("PERSON", "Lorenzo Bianchi"),
        ("MEDICAL", "febbre alta"),
        ("PHONE_NUMBER", "333 123 4567"),
    ),
    _r(
        "content",
        f"Devo fare il cambio del medico di base per mia moglie: codice fiscale {V.CF_1}, nata il 12/04/1991, residente in Via Giuseppe Verdi 23, Como. Dove si fa online sul sito dell'ASST Lariana?",
        ("IT_FISCAL_CODE", V.CF_1),
        ("DATE_OF_BIRTH", "12/04/1991"),
        ("STREET_ADDRESS", "Via Giuseppe Verdi 23"),
    ),
    _r(
        "content",
        f"Lavoro in un'azienda di Mendrisio. Il mio collega frontaliere Gennaro Esposito (codice fiscale {V.CF_2}) è a casa da gennaio per un'ernia del disco: il certificato va mandato all'INPS, alla SUVA o tutte e due?",
        ("PERSON", "Gennaro Esposito"),
        ("IT_FISCAL_CODE", V.CF_2),
        ("MEDICAL", "ernia del disco"),
    ),
    _r(
        "content",
        "Cerco un appartamento a Lugano per mia nonna Elvezia Bernasconi, ha 88 anni e usa la sedia a rotelle. Adesso abita in Via Nassa 12, al terzo piano senza ascensore. Il mio numero è 091 923 45 67, mi scrivi un annuncio da mettere in farmacia?",
        ("PERSON", "Elvezia Bernasconi"),
        ("MEDICAL", "usa la sedia a rotelle"),
        ("STREET_ADDRESS", "Via Nassa 12"),
        ("PHONE_NUMBER", "091 923 45 67"),
    ),
    _r(
        "content",
        "Dopo il deploy l'app non parte più. Questo è application.properties:\n\n"
        "server.port=8443\n"
        f"spring.datasource.url=jdbc:mysql://db-prod.interno:3306/ordini?user=ordini_app&password={V.DB_PASS_3}\n"
        "spring.jpa.hibernate.ddl-auto=validate\n"
        f"jwt.secret={V.JWT_SIGNING}\n"
        "jwt.expiration=3600\n\n"
        "L'errore è 'Communications link failure'. Il database risponde da un'altra macchina.",
        (
            "CONNECTION_STRING",
            f"jdbc:mysql://db-prod.interno:3306/ordini?user=ordini_app&password={V.DB_PASS_3}",
        ),
        ("SECRET", V.JWT_SIGNING),
    ),
    _r(
        "system",
        f"Sei l'assistente dello studio legale. La pratica aperta riguarda la separazione consensuale di Chiara Ferrari (codice fiscale {V.CF_3}); l'assegno di mantenimento va versato sull'IBAN {V.IBAN_IT}. Rispondi solo a domande sulla pratica e usa un tono formale.",
        ("PERSON", "Chiara Ferrari"),
        ("IT_FISCAL_CODE", V.CF_3),
        ("IBAN_CODE", V.IBAN_IT),
    ),
    _r(
        "tool_arguments",
        "cerca nel CRM: Salvatore Cannavò, via Etnea 301, Catania, tel. 095 715 4420",
        ("PERSON", "Salvatore Cannavò"),
        ("STREET_ADDRESS", "via Etnea 301"),
        ("PHONE_NUMBER", "095 715 4420"),
    ),
    _r(
        "content",
        "Abbiamo un problema col proxy, in questo log si vede perché le chiamate tornano 401?\n\n"
        '10.4.2.17 - - [12/Feb/2025:09:41:07 +0100] "GET /api/v2/ordini?page=3 HTTP/1.1" 401 187 "-" "okhttp/4.12.0"\n'
        f"DEBUG upstream request headers: Host=api.gestionale.local Authorization=Bearer {V.BEARER_OPAQUE} X-Request-Id=7f3c9a21\n"
        '10.4.2.17 - - [12/Feb/2025:09:41:08 +0100] "GET /api/v2/ordini?page=4 HTTP/1.1" 401 187 "-" "okhttp/4.12.0"',
        ("AUTH_HEADER", V.BEARER_OPAQUE),
    ),
    # Catalan
    _r(
        "content",
        "Hola! M'ajudes a escriure un correu a l'escola? La meva filla Martina Puig i Soler té celiaquia i necessita menú sense gluten al menjador. Visc al Carrer de Mallorca, 214, 3r 2a, i el meu mòbil és el 634 21 45 90.",
        ("PERSON", "Martina Puig i Soler"),
        ("MEDICAL", "celiaquia"),
        ("STREET_ADDRESS", "Carrer de Mallorca, 214, 3r 2a"),
        ("PHONE_NUMBER", "634 21 45 90"),
    ),
    _r(
        "content",
        f"He d'omplir la sol·licitud de beca del meu germà petit, DNI {V.DNI_1}, nascut el 5 de març de 2004. Quina documentació demanen si els pares estan separats?",
        ("ES_DNI", V.DNI_1),
        ("DATE_OF_BIRTH", "5 de març de 2004"),
    ),
    _r(
        "metadata",
        f"Trucada d'una clienta de Sabadell: vol anul·lar la domiciliació del rebut al compte {V.IBAN_ES_2} a partir de l'1 de juny.",
        ("IBAN_CODE", V.IBAN_ES_2),
    ),
    # Galician
    _r(
        "content",
        "Ola, podes axudarme a escribir unha carta ao concello? A miña avoa Manuela Outeiro Vázquez vive soa na Rúa do Franco 32, 2º, en Santiago, e ten alzhéimer. Precisamos axuda no fogar canto antes. O meu teléfono é o 981 22 45 67.",
        ("PERSON", "Manuela Outeiro Vázquez"),
        ("STREET_ADDRESS", "Rúa do Franco 32, 2º"),
        ("MEDICAL", "alzhéimer"),
        ("PHONE_NUMBER", "981 22 45 67"),
    ),
    _r(
        "tool_arguments",
        f"Rexistrar socio novo: Xoán Carballeira Lema, DNI {V.DNI_2}, data de nacemento 19/09/1972, correo xoan.carballeira@mundo-r.com, cota anual",
        ("PERSON", "Xoán Carballeira Lema"),
        ("ES_DNI", V.DNI_2),
        ("DATE_OF_BIRTH", "19/09/1972"),
        ("EMAIL_ADDRESS", "xoan.carballeira@mundo-r.com"),
    ),
    # Basque
    _r(
        "content",
        "Kaixo, lagunduko didazu irakasleari mezu bat idazten? Nire alaba Ane Etxeberria gaixorik dago, sukarra du, eta bihar ez da eskolara joango. Nire telefonoa: 688 12 34 56.",
        ("PERSON", "Ane Etxeberria"),
        ("MEDICAL", "sukarra du"),
        ("PHONE_NUMBER", "688 12 34 56"),
    ),
    _r(
        "content",
        "Nire aitona Joxe Mari Urrutia 1941eko martxoaren 3an jaio zen Azpeitian. Idatzi iezadazu testu labur eta polit bat bere urtebetetze festarako, familia osoa egongo da.",
        ("PERSON", "Joxe Mari Urrutia"),
        ("DATE_OF_BIRTH", "1941eko martxoaren 3an"),
    ),
]
