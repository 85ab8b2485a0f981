# ruff: noqa: RUF001, E501
"""Evaluation 7, part a (hand-written blind): sensitive prompts in Spanish, Portuguese, French.

Spain, Argentina, Peru; Brazil, Angola; France, Belgium, Québec, Senegal; plus Spanglish,
Québec franglais and portuñol. Blind: composed without looking at the scanner, its tests or any
other evaluation set.
"""

from __future__ import annotations

import json

try:
    from bench import _eval7_part_a2 as g
except ImportError:
    import _eval7_part_a2 as g  # type: ignore[no-redef]

row = g.row

ROWS_ROMANCE: list[dict[str, object]] = [
    row(
        "content",
        "oye me puedes ayudar a redactar un whatsapp para la comunidad de vecinos? que el del 3ºB, Sergio Villanueva, lleva dos semanas dejando la bici en el portal y no hay quien pase",
        ("PERSON", "Sergio Villanueva"),
    ),
    row(
        "content",
        f"Hola, os paso mis datos para el contrato de alquiler: DNI {g.DNI_1}, nacida el 7 de marzo de 1990, IBAN para la fianza {g.IBAN_ES}. ¿Me podéis confirmar que está todo?",
        ("ES_DNI", g.DNI_1),
        ("DATE_OF_BIRTH", "7 de marzo de 1990"),
        ("IBAN_CODE", g.IBAN_ES),
    ),
    row(
        "content",
        f"mi compañero de piso es italiano y le piden el NIE para el padrón, el suyo es {g.NIE_1}. ¿sabes si sirve el resguardo o necesita la tarjeta?",
        ("ES_NIE", g.NIE_1),
    ),
    row(
        "content",
        "che, necesito que me armes un mensaje para la maestra de Benja, que mañana no va porque tiene otitis y el pediatra le dio reposo. la seño se llama Romina Etcheverry",
        ("PERSON", "Benja"),
        ("MEDICAL", "otitis"),
        ("PERSON", "Romina Etcheverry"),
    ),
    row(
        "content",
        "Buenas, les escribo por el reclamo 44812. El titular es Juan Cruz Fernández Arguello, domicilio en Av. Corrientes 3247, piso 5 depto B, CABA. Cel 11 5832-4410. Sigo sin luz desde el martes.\n\nhaceme esto más formal porfa",
        ("PERSON", "Juan Cruz Fernández Arguello"),
        ("STREET_ADDRESS", "Av. Corrientes 3247, piso 5 depto B, CABA"),
        ("PHONE_NUMBER", "11 5832-4410"),
    ),
    row(
        "content",
        "mi abuelita Teodora Quispe Mamani nació el 12/06/1948 en Puno y necesito sacarle cita en EsSalud por su artrosis de rodilla, que datos me van a pedir?",
        ("PERSON", "Teodora Quispe Mamani"),
        ("DATE_OF_BIRTH", "12/06/1948"),
        ("MEDICAL", "artrosis de rodilla"),
    ),
    row(
        "content",
        "so my tía Lupe está en el hospital otra vez, le dieron un stent después del infarto, can you help me write a message to my boss saying I need Thursday and Friday off?",
        ("PERSON", "Lupe"),
        ("MEDICAL", "le dieron un stent después del infarto"),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "nombre": "Ainhoa",
                "apellidos": "Etxeberria Goikoetxea",
                "telefono": "+34 688 21 47 90",
                "motivo": "cambio de cita",
            },
            ensure_ascii=False,
        ),
        ("PERSON", "Ainhoa"),
        ("PERSON", "Etxeberria Goikoetxea"),
        ("PHONE_NUMBER", "+34 688 21 47 90"),
    ),
    row(
        "content",
        f"DB_HOST=10.0.3.12\nDB_USER=reservas\nDB_PASS=Tortilla_De_Patatas_88\nMAIL_MAILER=smtp\nSENDGRID_API_KEY={g.SENDGRID_KEY}\n\n¿por qué Laravel no lee el .env en producción?",
        ("PASSWORD", "Tortilla_De_Patatas_88"),
        ("API_TOKEN", g.SENDGRID_KEY),
    ),
    row(
        "metadata",
        f"expediente=RRHH-2291; empleada=Dña. Montserrat Ribas Soler; dni={g.DNI_2}",
        ("PERSON", "Montserrat Ribas Soler"),
        ("ES_DNI", g.DNI_2),
    ),
    row(
        "content",
        "gente me ayudan con un texto pro grupo da família? a vó Dalva faz 80 anos dia 3 e a festa vai ser na casa da tia Cida, Rua Pedro Ivo 512, Vila Mariana. quero algo fofo",
        ("PERSON", "Dalva"),
        ("PERSON", "Cida"),
        ("STREET_ADDRESS", "Rua Pedro Ivo 512, Vila Mariana"),
    ),
    row(
        "content",
        f"Prezados, segue o comprovante do reembolso. Favorecido: Thiago Nascimento Albuquerque, chave/conta {g.IBAN_BR}. Qualquer dúvida estou à disposição.\n\nAtt,\nLuana Medeiros\nFinanceiro | (21) 98765-1320\n\n-> resume pra mim em uma frase",
        ("PERSON", "Thiago Nascimento Albuquerque"),
        ("IBAN_CODE", g.IBAN_BR),
        ("PERSON", "Luana Medeiros"),
        ("PHONE_NUMBER", "(21) 98765-1320"),
    ),
    row(
        "content",
        "paciente Maria das Graças Souza, 67a, DM2 + HAS, hoje com glicemia 312. nasc. 04.11.1959. me ajuda a escrever a evolução em linguagem técnica?",
        ("PERSON", "Maria das Graças Souza"),
        ("MEDICAL", "DM2 + HAS"),
        ("DATE_OF_BIRTH", "04.11.1959"),
    ),
    row(
        "content",
        f"Boa tarde mano, o cartão do meu pai é {g.CARD_MC} e ele não consegue pagar a propina da faculdade no Multicaixa Express, dá erro 51. O que isso significa?",
        ("CREDIT_CARD", g.CARD_MC),
    ),
    row(
        "content",
        "Luanda, 28 de Novembro. Declaro para os devidos efeitos que o Sr. Adilson Manuel Kiala reside na Rua Rainha Ginga, n.º 74, Ingombota. -- corrige o português desta declaração pf",
        ("PERSON", "Adilson Manuel Kiala"),
        ("STREET_ADDRESS", "Rua Rainha Ginga, n.º 74, Ingombota"),
    ),
    row(
        "content",
        "kkkk a senha do wifi da casa da praia é jabuticaba2023 e o Rodrigo mudou de novo sem avisar. escreve uma msg passivo agressiva pra ele",
        ("PASSWORD", "jabuticaba2023"),
        ("PERSON", "Rodrigo"),
    ),
    row(
        "user",
        "cliente-3321|Fernanda Lacerda",
        ("PERSON", "Fernanda Lacerda"),
    ),
    row(
        "content",
        "hola amigo, necessito mandar um email pro Señor Ibáñez da empresa em Lima, mas escrevo mal em espanhol, me ajuda? é sobre o pedido atrasado",
        ("PERSON", "Ibáñez"),
    ),
    row(
        "content",
        f"Bonjour, je vous transmets mon numéro de sécu pour la mutuelle : {g.NIR_1}. Mon fils Nathan est né le 2 septembre 2015, faut-il l'ajouter séparément ?\n\npeux-tu reformuler ce mail de façon plus polie",
        ("FR_INSEE", g.NIR_1),
        ("PERSON", "Nathan"),
        ("DATE_OF_BIRTH", "2 septembre 2015"),
    ),
    row(
        "content",
        "Compte rendu RDV du 27/11 – Mme Fatoumata Diallo, suivie pour une sclérose en plaques depuis 2019, demande un aménagement de poste (télétravail 3 j/sem). Avis favorable du médecin du travail. -> mets ça au propre pour le dossier RH",
        ("PERSON", "Fatoumata Diallo"),
        ("MEDICAL", "sclérose en plaques"),
    ),
    row(
        "content",
        f"virement refusé, la banque dit que l'IBAN n'est pas bon : {g.IBAN_FR} — le bénéficiaire c'est Kévin Lemaire. tu vois une erreur ?",
        ("IBAN_CODE", g.IBAN_FR),
        ("PERSON", "Kévin Lemaire"),
    ),
    row(
        "content",
        f"Bonjour Madame, suite à notre échange, voici le numéro de compte pour le remboursement de la caution : {g.IBAN_BE}, au nom de Wouter et Aurélie Vandenbroucke-Lambert. Bien à vous.",
        ("IBAN_CODE", g.IBAN_BE),
        ("PERSON", "Wouter"),
        ("PERSON", "Aurélie Vandenbroucke-Lambert"),
    ),
    row(
        "content",
        "ok so le meeting avec le client est moved à jeudi, peux-tu envoyer l'invite à Marie-Ève Bouchard? son cell c'est le 514 832-6617, elle check pas ses emails",
        ("PERSON", "Marie-Ève Bouchard"),
        ("PHONE_NUMBER", "514 832-6617"),
    ),
    row(
        "content",
        "Allô, mon chum pis moi on déménage au 4520 rue Saint-Denis, app. 3, Montréal le 1er juillet. Peux-tu m'écrire un avis de changement d'adresse pour Hydro-Québec?",
        ("STREET_ADDRESS", "4520 rue Saint-Denis, app. 3, Montréal"),
    ),
    row(
        "content",
        "Salam, je dois écrire une lettre pour la mairie de Thiès au nom de mon oncle Mamadou Lamine Ndiaye, né le 15 avril 1962 à Tivaouane. C'est pour un certificat de résidence. Tu peux m'aider ?",
        ("PERSON", "Mamadou Lamine Ndiaye"),
        ("DATE_OF_BIRTH", "15 avril 1962"),
    ),
    row(
        "name",
        "Awa-Seck",
        ("PERSON", "Awa-Seck"),
    ),
    row(
        "system",
        "Tu es l'assistant du cabinet dentaire. Le patient connecté est M. Grégoire Fontaine (allergique à la pénicilline). Ne communique jamais d'informations sur d'autres patients.",
        ("PERSON", "Grégoire Fontaine"),
        ("MEDICAL", "allergique à la pénicilline"),
    ),
    row(
        "content",
        f"ma clé openai marche plus depuis hier ?? {g.OPENAI_KEY} erreur 429 insufficient_quota alors que j'ai payé",
        ("API_TOKEN", g.OPENAI_KEY),
    ),
    row(
        "content",
        f"Feuille de paie de novembre : salarié n° 0457, NIR {g.NIR_3}, brut 2 840 €. Pourquoi la CSG est différente d'octobre ?",
        ("FR_INSEE", g.NIR_3),
    ),
    row(
        "tool_arguments",
        json.dumps(
            {
                "query": "SELECT * FROM clientes WHERE email = 'rocio.paredes.h@hotmail.com'",
                "limit": 1,
            },
        ),
        ("EMAIL_ADDRESS", "rocio.paredes.h@hotmail.com"),
    ),
    row(
        "content",
        "Reunión de equipo 25/11\nAsistentes: Álvaro Prieto, Noelia Cárdenas, Jesús M.\n- N.C. de baja hasta enero (ansiedad), Á.P. cubre sus clientes\n- revisar precios Q1\n¿lo puedes pasar a acta formal?",
        ("PERSON", "Álvaro Prieto"),
        ("PERSON", "Noelia Cárdenas"),
        ("PERSON", "Jesús M."),
        ("MEDICAL", "ansiedad"),
    ),
    row(
        "content",
        "pueden cambiar la contraseña de la intranet? la mía era Machu.Picchu#2019 y ya no entra desde el lunes",
        ("PASSWORD", "Machu.Picchu#2019"),
    ),
]
