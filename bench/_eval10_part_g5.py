# ruff: noqa: E501
"""Evaluation 10, writer G: sensitive rows in Spanish (Mexico, Colombia, Chile, Venezuela),
Portuguese (Portugal, Mozambique) and one Spanish-English prompt from the US.

Writer G's module; seed 604117 (identifiers and secrets come from ``_eval10_part_g2``).
Blind: composed without looking at the scanner, its tests or any other evaluation set.
"""

from __future__ import annotations

import _eval10_part_g2 as V  # type: ignore[import-not-found]


def _r(field: str, text: str, *values: tuple[str, str]) -> dict[str, object]:
    return {"text": text, "field": field, "values": [list(v) for v in values]}


ROWS = [
    # Mexico, Colombia, Chile, Venezuela
    _r(
        "content",
        "oye ayúdame a redactar un mensaje para la maestra, mi hija Ximena Hernández Cruz no va a ir el lunes porque le dio varicela. vivimos en Calle Pino 245, Col. Santa María la Ribera por si le quieren mandar la tarea con alguien",
        ("PERSON", "Ximena Hernández Cruz"),
        ("MEDICAL", "varicela"),
        ("STREET_ADDRESS", "Calle Pino 245"),
    ),
    _r(
        "content",
        "Necesito llenar la solicitud del IMSS para mi papá, Jesús Alberto Treviño Garza, nacido el 12 de mayo de 1957 en Monterrey, su cel es (81) 8344-1020. ¿Qué documentos piden para la pensión por invalidez? Tiene insuficiencia renal y va a diálisis tres veces por semana.",
        ("PERSON", "Jesús Alberto Treviño Garza"),
        ("DATE_OF_BIRTH", "12 de mayo de 1957"),
        ("PHONE_NUMBER", "(81) 8344-1020"),
        ("MEDICAL", "insuficiencia renal"),
        ("MEDICAL", "diálisis tres veces por semana"),
    ),
    _r(
        "content",
        "Buenas tardes. El arrendador no me quiere devolver el depósito del apartamento de la Carrera 15 # 93-47, apto 502, en Bogotá. El contrato quedó a nombre de mi esposo, Andrés Felipe Gómez, y ya entregamos hace dos meses. ¿Qué dice la Ley 820 de 2003 sobre eso y cómo le escribo?",
        ("STREET_ADDRESS", "Carrera 15 # 93-47, apto 502"),
        ("PERSON", "Andrés Felipe Gómez"),
    ),
    _r(
        "content",
        "hola, mi polola Catalina Muñoz está con licencia por depresión y la isapre se la rechazó, cómo apelamos a la COMPIN? si necesitan llamarla su celu es +56 9 8765 4321",
        ("PERSON", "Catalina Muñoz"),
        ("MEDICAL", "licencia por depresión"),
        ("PHONE_NUMBER", "+56 9 8765 4321"),
    ),
    _r(
        "content",
        "cómo le digo a mi jefe que el Nacho no vino hoy porque tiene covid",
        ("PERSON", "Nacho"),
        ("MEDICAL", "covid"),
    ),
    _r(
        "content",
        f"Mi hermana se vino a Madrid y ya le dieron el NIE {V.NIE_1}. Ayúdame a escribir un correo al banco pa' que le abran la cuenta: ella nació el 23/10/1995 en Valencia (Venezuela) y vive en Calle de Embajadores 54, 3ºB. Que suene formal porfa.",
        ("ES_NIE", V.NIE_1),
        ("DATE_OF_BIRTH", "23/10/1995"),
        ("STREET_ADDRESS", "Calle de Embajadores 54, 3ºB"),
    ),
    _r(
        "metadata",
        f"clienta Rosa Isela Domínguez pidió factura a su correo rosa.dominguez@prodigy.net.mx, pagó con tarjeta {V.CARD_MC}, pedido 50731",
        ("PERSON", "Rosa Isela Domínguez"),
        ("EMAIL_ADDRESS", "rosa.dominguez@prodigy.net.mx"),
        ("CREDIT_CARD", V.CARD_MC),
    ),
    _r(
        "tool_arguments",
        "UPDATE clientes SET telefono = '+57 601 745 2210', direccion = 'Calle 45A #12-30, Teusaquillo' WHERE nombre_completo = 'Juan Camilo Restrepo Uribe';",
        ("PHONE_NUMBER", "+57 601 745 2210"),
        ("STREET_ADDRESS", "Calle 45A #12-30"),
        ("PERSON", "Juan Camilo Restrepo Uribe"),
    ),
    _r(
        "system",
        "Eres el asistente de cobranza de Mueblería La Esperanza en Guadalajara. El cliente de hoy es Don Rigoberto Salinas, debe $18,450 MXN de una sala a crédito. Tiene diabetes y pidió que no le llamen después de las 7 pm. Sé amable y ofrécele pagos quincenales.",
        ("PERSON", "Don Rigoberto Salinas"),
        ("MEDICAL", "diabetes"),
    ),
    _r("user", "wilmer.zambrano.ccs@gmail.com", ("EMAIL_ADDRESS", "wilmer.zambrano.ccs@gmail.com")),
    _r("name", "Laura Valentina Cárdenas", ("PERSON", "Laura Valentina Cárdenas")),
    _r(
        "content",
        "Exporté la colección de Postman y la API de facturación me responde 401. ¿Qué está mal?\n\n"
        "{\n"
        '  "name": "Crear factura",\n'
        '  "request": {\n'
        '    "method": "POST",\n'
        '    "header": [\n'
        f'      {{"key": "Authorization", "value": "Basic {V.BASIC_1}"}},\n'
        '      {"key": "Content-Type", "value": "application/json"}\n'
        "    ],\n"
        '    "url": "https://api.facturas-andinas.co/v1/invoices"\n'
        "  }\n"
        "}",
        ("AUTH_HEADER", V.BASIC_1),
    ),
    _r(
        "content",
        "¿Me dice si este correo de la inmobiliaria es estafa? Yo les respondí esto:\n\n"
        "---\n"
        "Buenos días,\n"
        "Muchas gracias por la visita virtual del piso de la calle Ruzafa, me ha encantado y me gustaría quedármelo. Como les comenté por teléfono, llevo ocho meses en Valencia, trabajo con contrato indefinido en una empresa de logística y puedo aportar las tres últimas nóminas y el contrato de trabajo. "
        "No tengo mascotas, no fumo y viviría sola. Si hace falta un aval también puedo pedirlo a mi empresa o contratar el seguro de impago que me comentaron.\n"
        f"Les adjunto mis datos para la domiciliación del alquiler: titular Marbelis Urdaneta, IBAN {V.IBAN_ES_1}, NIE {V.NIE_2}. "
        "Quedo pendiente de la fecha para firmar el contrato y recoger las llaves. Si necesitan cualquier otro documento (empadronamiento anterior, vida laboral) me lo dicen y se lo mando el mismo día.\n"
        "Saludos cordiales\n"
        "---\n\n"
        "Y ahora me piden 1.200 € de fianza por Bizum a un número particular antes de ver el piso. Soy venezolana y es mi primer alquiler en España.",
        ("PERSON", "Marbelis Urdaneta"),
        ("IBAN_CODE", V.IBAN_ES_1),
        ("ES_NIE", V.NIE_2),
    ),
    _r(
        "content",
        "hazme un poema cortito para el cumple de mi abuelita Chayo, nació el 8 de diciembre de 1939 en Oaxaca y todavía hace tamales cada domingo para toda la familia",
        ("PERSON", "Chayo"),
        ("DATE_OF_BIRTH", "8 de diciembre de 1939"),
    ),
    _r(
        "tool_description",
        "Envía recordatorios de pago de mensualidad a los apoderados del colegio. Las respuestas llegan a la inspectora general, señora Marisol Fuentealba (mfuentealba@colegiosanesteban.cl).",
        ("PERSON", "Marisol Fuentealba"),
        ("EMAIL_ADDRESS", "mfuentealba@colegiosanesteban.cl"),
    ),
    _r(
        "content",
        "Este es el .env de mi tienda en línea, ¿lo puedo subir así a GitHub o qué hago?\n\n"
        f"FLASK_SECRET_KEY={V.FLASK_SECRET}\n"
        f"STRIPE_WEBHOOK_SECRET={V.WEBHOOK_SECRET}\n"
        "MAIL_USERNAME=ventas@tiendita-oaxaquena.mx\n"
        "MAIL_PASSWORD=Chilaquiles#87\n"
        "MAIL_SERVER=smtp.gmail.com\n",
        ("SECRET", V.FLASK_SECRET),
        ("SECRET", V.WEBHOOK_SECRET),
        ("EMAIL_ADDRESS", "ventas@tiendita-oaxaquena.mx"),
        ("PASSWORD", "Chilaquiles#87"),
    ),
    # Portugal, Mozambique
    _r(
        "content",
        "Olá, preciso de ajuda para escrever uma reclamação ao senhorio. Moro na Rua da Prata, 152, 3.º Esq., em Lisboa, e há infiltrações na casa de banho desde novembro. O contrato está em nome da minha mãe, Maria do Céu Fernandes.",
        ("STREET_ADDRESS", "Rua da Prata, 152, 3.º Esq."),
        ("PERSON", "Maria do Céu Fernandes"),
    ),
    _r(
        "content",
        f"Ajuda-me a preencher o pedido de abono de família: a criança nasceu a 2 de fevereiro de 2021, o IBAN do pai é {V.IBAN_PT} e o telemóvel 912 345 678. Em que campo ponho o escalão?",
        ("DATE_OF_BIRTH", "2 de fevereiro de 2021"),
        ("IBAN_CODE", V.IBAN_PT),
        ("PHONE_NUMBER", "912 345 678"),
    ),
    _r(
        "content",
        "Bom dia, escreve uma carta ao director da escola secundária. O meu sobrinho Dércio Macuácua está com tuberculose e vai ficar em tratamento no Hospital Geral de Mavalane durante dois meses. O meu contacto é +258 84 312 4567.",
        ("PERSON", "Dércio Macuácua"),
        ("MEDICAL", "tuberculose"),
        ("PHONE_NUMBER", "+258 84 312 4567"),
    ),
    _r(
        "content",
        "como faço um contrato de arrendamento simples? a casa fica na Rua da Resistência 874, Maputo, renda de 15.000 MT, e o inquilino é o senhor Albino Chissano",
        ("STREET_ADDRESS", "Rua da Resistência 874"),
        ("PERSON", "Albino Chissano"),
    ),
    _r(
        "tool_arguments",
        "Para: joana.mrodrigues@sapo.pt\nAssunto: Consulta de psicologia\n\nOlá Joana, confirmo a sua consulta de terça-feira às 18h. Não se esqueça de trazer a receita da sertralina para a renovação.\n\nClínica Bem-Estar, Braga",
        ("EMAIL_ADDRESS", "joana.mrodrigues@sapo.pt"),
        ("MEDICAL", "Consulta de psicologia"),
        ("PERSON", "Joana"),
        ("MEDICAL", "sertralina"),
    ),
    _r("name", "Celeste Mondlane", ("PERSON", "Celeste Mondlane")),
    _r(
        "metadata",
        "Nota interna: a D. Inês Carvalho ligou do 21 846 3120 a dizer que está grávida de risco e não pode levantar a encomenda antes de março.",
        ("PERSON", "Inês Carvalho"),
        ("PHONE_NUMBER", "21 846 3120"),
        ("MEDICAL", "grávida de risco"),
    ),
    _r(
        "content",
        "O meu docker-compose não arranca, diz 'password authentication failed'. Alguém vê o erro?\n\n"
        "services:\n"
        "  db:\n"
        "    image: postgres:16\n"
        "    environment:\n"
        "      POSTGRES_USER: loja\n"
        f"      POSTGRES_PASSWORD: {V.DB_PASS_2}\n"
        "  app:\n"
        "    build: .\n"
        "    environment:\n"
        f"      REDIS_URL: redis://:{V.REDIS_PASS}@cache:6379/0\n"
        "      DB_HOST: db\n",
        ("PASSWORD", V.DB_PASS_2),
        ("CONNECTION_STRING", f"redis://:{V.REDIS_PASS}@cache:6379/0"),
    ),
    _r(
        "system",
        "És o assistente da Farmácia Vida Nova, na Beira. O utente é o Sr. Armando Tembe, seropositivo, faz TARV (tenofovir + lamivudina + dolutegravir) e vem buscar a medicação todos os meses. Responde em português simples e nunca fales da condição dele em voz alta no balcão.",
        ("PERSON", "Sr. Armando Tembe"),
        ("MEDICAL", "seropositivo"),
        ("MEDICAL", "TARV (tenofovir + lamivudina + dolutegravir)"),
    ),
    # US, Spanish and English
    _r(
        "content",
        "hey can you translate this for my tía, she only reads spanish: 'Your appointment with Dr. Patel for the mammogram follow-up is on June 3 at 9:40am, please arrive 15 minutes early.' se llama Reina Quintanilla y su número es (213) 484-7921 por si la clínica pregunta",
        ("PERSON", "Dr. Patel"),
        ("MEDICAL", "mammogram follow-up"),
        ("PERSON", "Reina Quintanilla"),
        ("PHONE_NUMBER", "(213) 484-7921"),
    ),
]
