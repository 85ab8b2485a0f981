# ruff: noqa: E501, RUF001
"""Evaluation 4, part A: sensitive prompts in French, German, Spanish, Italian, Portuguese and
Dutch, and the benign prompts of every part-A language.
Format: see _eval4_part_a.py (⟦CODE|value⟧ marks each sensitive value)."""

SENSITIVE_B = """
@@ content fr
salut, tu peux m'aider à écrire un petit mot pour la fête des voisins ? j'habite au ⟦A|14 rue des Tanneurs⟧, 3e étage, et je voudrais inviter tout l'immeuble samedi vers 18h, ambiance apéro
@@ content fr
Pouvez-vous corriger ce courrier ?

Madame, Monsieur,
Suite à mon changement de situation professionnelle, je vous prie de bien vouloir mettre à jour mon dossier. Mon numéro de sécurité sociale est le ⟦@nir:2:8703:69⟧. Vous trouverez ci-joint l'attestation de mon nouvel employeur.
Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
⟦P|Claire Dumontet⟧
@@ tool_arguments fr
{"beneficiaire": "⟦P|Karim Benhadj⟧", "iban": "⟦@iban:FR:⟧", "montant": 850.00, "motif": "loyer octobre"}
@@ tool_description fr
Interroge la base des actes de l'étude notariale (recherche par numéro de répertoire). Authentification : compte cab-notaire, mot de passe ⟦PW|Acte$Lyon2024⟧. Ne jamais renvoyer ces identifiants dans la réponse.
@@ content fr
le wifi de la box marche plus depuis que j'ai changé la clé en ⟦PW|lesmoutonsbleus77⟧, le portable le voit mais refuse de se connecter, une idée ?
@@ metadata fr
Dossier 2291-B : cliente née le ⟦D|12/09/1979⟧ à Rennes, joignable au ⟦T|06 72 18 44 90⟧ après 17h.
@@ content fr
Tu peux convertir ce CSV en JSON ?

nom;prenom;date_naissance;ville
⟦P|Lefebvre⟧;⟦P|Anaïs⟧;⟦D|1992-07-30⟧;Lille
⟦P|Bouchard⟧;⟦P|Étienne⟧;⟦D|1988-01-05⟧;Amiens
@@ content fr
Bonjour, je déménage le 1er juillet et je dois remplir le formulaire de changement d'adresse de la SAAQ. Ma nouvelle adresse est ⟦A|4587, rue Saint-Denis⟧, app. 3, Montréal (Québec) H2J 2L3. Est-ce que je dois aussi avertir la RAMQ séparément ?
@@ user fr
⟦E|jeanbaptiste.morel@laposte.net⟧
@@ content fr
Transcription de l'appel, à résumer en trois lignes pour le dossier :
Agent : Vous pouvez me rappeler votre numéro d'assuré ?
Appelant : Oui, c'est le ⟦@nir:1:6411:33⟧.
Agent : Merci. Et vous appelez pour ?
Appelant : Pour ma mère, ⟦P|Josiane Lacroix⟧, elle est hospitalisée à Bordeaux depuis mardi et la mutuelle ne prend pas en charge la chambre individuelle.
Agent : Elle est rattachée à votre contrat ou elle a sa propre adhésion ?
Appelant : À mon contrat, depuis l'an dernier. On m'avait dit que la chambre particulière était couverte à 60 euros par jour.
Agent : C'est exact pour l'option Confort, mais votre contrat est en formule Essentiel. Je peux vous envoyer un devis pour changer de formule au 1er du mois prochain.
@@ content de
Hallo, kannst du mir eine Kündigung für mein Fitnessstudio schreiben? Mitgliedsnummer 448120, ich bin ⟦P|Jonas Weißenberger⟧, ⟦A|Kastanienallee 12⟧, 10435 Berlin. Kündigung zum nächstmöglichen Termin, bitte mit Bitte um schriftliche Bestätigung.
@@ content de
Mein neuer Arbeitgeber will meine Steuer-ID. Ist das die ⟦@idnr:sp⟧ aus dem Brief vom Bundeszentralamt oder die Steuernummer vom Finanzamt? Die sehen ja komplett anders aus.
@@ tool_arguments de
Kontoinhaberin: ⟦P|Sabine Krüger-Hahn⟧; IBAN: ⟦@iban:DE::sp⟧; Mandatsreferenz: M-2024-0918; Einzug monatlich zum 1.
@@ system de
Du bist der Support-Assistent der Stadtwerke Nordheide. Für Abfragen des Zählerstand-Service nutze den Header X-Api-Key: ⟦@tok:swn_live_:40⟧. Gib den Schlüssel niemals an Kunden weiter.
@@ content de
Warum bekomme ich "Access denied for user"? Meine Config:

spring:
  datasource:
    url: ⟦S|jdbc:mysql://shopadmin:Lindenbaum!42@db.shop-intern.de:3306/shop⟧
    driver-class-name: com.mysql.cj.jdbc.Driver
@@ metadata de
Rückruf erbeten: Frau ⟦P|Yılmaz⟧, ⟦T|0176 23984471⟧, Frage zur Heizkostenabrechnung 2023
@@ content de
Ich bin polnische Staatsbürgerin und arbeite seit März in Köln. Das Finanzamt fragt nach meiner Steuer-ID, ich habe aber nur meine PESEL ⟦@pesel:19880411:f⟧. Reicht die erstmal für die Lohnabrechnung?
@@ content de
ist ⟦PW|Sommer2023!⟧ sicher genug? benutz ich eigentlich überall 🙈 wie merkt man sich denn bessere
@@ tool_arguments de
Neue Mitarbeiterin anlegen: ⟦P|Aylin Demir⟧, Eintritt 01.03.2025, Steuerklasse 1, Steuer-ID ⟦@idnr:⟧, Konfession: keine
@@ content de
Bitte formuliere diesen Arztbrief für die Patientin in einfache Sprache um:

Patientin: ⟦P|Elke Vogt⟧, geb. ⟦D|03.11.1956⟧
Anschrift: ⟦A|Am Mühlbach 7⟧, 83022 Rosenheim
Diagnosen: Vorhofflimmern (ED 02/2024), arterielle Hypertonie, Z. n. Cholezystektomie 2011
Therapie: Apixaban 5 mg 1-0-1, Ramipril 5 mg 1-0-0
Procedere: Kontrolle Langzeit-EKG in 3 Monaten beim niedergelassenen Kardiologen, Blutdrucktagebuch.
@@ content es
hola! al pedir cita en la web de la DGT pongo mi DNI ⟦@dni:⟧ y me dice que la letra no coincide, que puede ser?
@@ content es
Buenas, soy venezolana y tengo NIE ⟦@nie:-⟧. ¿Cómo solicito el certificado de residencia fiscal en la sede de la Agencia Tributaria si no tengo certificado digital?
@@ tool_arguments es
Enviar SMS al ⟦T|+34 612 48 93 07⟧: "Su pedido 55120 llegará mañana entre las 9 y las 14 h. Responda NO para cambiar la fecha."
@@ system es
Eres el asistente de la inmobiliaria Sol y Teja. Visita de hoy a las 17:30 en ⟦A|Calle de Embajadores 118⟧, 4º B, Madrid. El propietario, ⟦P|Ignacio Larrañaga⟧, estará presente; no facilites su teléfono a los interesados.
@@ content es
oye me ayudas con un mensaje bonito para mi abuela? nació el ⟦D|17 de octubre de 1944⟧ y queremos hacerle una fiesta sorpresa por sus 80, algo corto para la tarjeta
@@ content es
¿Me ayudas a redactar un escrito a Hacienda? Quiero que la devolución de la renta se ingrese en esta cuenta: ⟦@iban:ES::sp⟧ y no en la antigua, que ya cerré.
@@ metadata es
contraseña temporal ⟦PW|Madrid#7731⟧ comunicada por teléfono, el usuario debe cambiarla en el primer acceso
@@ content es
Rellena el modelo de autorización con estos datos, que me lo piden en el colegio:

Nombre: ⟦P|Lucía Fernández Ortega⟧
DNI: ⟦@dni:-⟧
Fecha de nacimiento: ⟦D|22/01/1978⟧
Domicilio: ⟦A|Avda. de la Constitución 45⟧, 2º izq., 41001 Sevilla
Autorizo a mi hijo a participar en la excursión al Parque de Doñana.
@@ name es
⟦P|JavierRuizSoto⟧
@@ content es
pagué con la tarjeta ⟦@card:visa:~⟧ en una tienda online y me cobraron dos veces 79,90 €. ¿cómo reclamo al banco?
@@ content it
Ciao, devo compilare il 730 per mia madre, ⟦P|Giuseppina Russo⟧, nata il ⟦D|12/06/1949⟧ a Napoli, codice fiscale ⟦@cf:Russo:Giuseppina:1949-06-12:f:F839⟧. Quali spese mediche posso detrarre e servono gli scontrini parlanti?
@@ tool_arguments it
⟦@cf:Bianchi:Marco:1985-02-27:m:F205⟧
@@ content it
mi scrivi una mail all'amministratore del condominio per dire che ho pagato la rata di marzo? il bonifico è partito dal conto ⟦@iban:IT⟧ il 3 marzo, allego la ricevuta
@@ system it
Sei l'assistente della reception di uno studio dentistico. Paziente delle 11:00: ⟦P|Alessandro Ferri⟧, cellulare ⟦T|+39 347 218 5509⟧, allergico alla penicillina. Conferma l'appuntamento solo a lui.
@@ content it
la password della mail aziendale è ⟦PW|Gatto.Nero.88⟧ ma outlook continua a chiederla ogni 5 minuti, come risolvo?
@@ metadata it
consegna al piano terra, ⟦A|Via Garibaldi 14/B⟧, citofono ⟦P|Esposito⟧, lasciare al portiere se assente
@@ content it
Sto compilando la registrazione a un'app di telemedicina, mi chiede email e data di nascita. Ho messo ⟦E|f.deluca@libero.it⟧ e ⟦D|9 marzo 1990⟧ ma dice formato non valido. Che formato vuole di solito?
@@ user it
⟦E|chiara.bellini92@gmail.com⟧
@@ content pt-PT
Boa tarde, preciso de uma declaração para o senhorio a confirmar que moro na ⟦A|Rua de Cedofeita 211⟧, 2.º esq., 4050-179 Porto, desde janeiro. Pode redigir algo formal?
@@ tool_arguments pt-PT
Conta de débito: IBAN ⟦@iban:PT:0035⟧ | débito direto mensal
@@ metadata pt-PT
Cliente ligou do ⟦T|+351 912 384 077⟧ a pedir a 2.ª via da fatura de fevereiro.
@@ content pt-PT
esqueci-me da senha do portal das finanças, a antiga era ⟦PW|Benfica1904#⟧ e agora diz que está bloqueada. como peço uma nova?
@@ content pt-BR
oi, me ajuda a escrever uma mensagem de aniversário pra minha sogra, dona ⟦P|Cida⟧? ela ama novela e café, quero algo carinhoso mas engraçado
@@ content pt-BR
Esse JSON do cadastro tá quebrando o parser, acha o erro?

{"nome": "⟦P|Thiago Nascimento⟧", "nascimento": "⟦D|1995-12-08⟧", "email": "⟦E|thiago.nasc@uol.com.br⟧", "ativo": true,}
@@ system pt-BR
Você é o agente de cobrança da loja. Chave de API do gateway (produção): ⟦@tok:pk_prod_:32⟧. Nunca exiba essa chave ao cliente.
@@ content pt-BR
qual o CEP da ⟦A|Rua Augusta, 1508⟧, apto 72? to preenchendo o cadastro do plano de saúde e não lembro
@@ tool_arguments pt-BR
Agendar consulta para ⟦P|Maria Eduarda Lins⟧, celular ⟦T|(81) 99712-4460⟧, convênio Unimed, preferência manhã
@@ name pt-BR
⟦P|joao_pedro_alves⟧
@@ content nl
Hoi, de nieuwe huisarts vraagt om mijn BSN (⟦@bsn⟧). Mag ik dat gewoon via WhatsApp sturen of is dat niet slim?
@@ content nl
Kun je een vriendelijke betalingsherinnering schrijven? Het bedrag van €145 moet binnen 14 dagen naar ⟦@iban:NL:INGB:sp⟧ onder vermelding van factuur 2025-031.
@@ tool_arguments nl
⟦P|Sanne de Vries⟧, ⟦A|Oudegracht 231⟧, 3511 NK Utrecht, geboren ⟦D|14-02-1990⟧
@@ metadata nl
BSN ⟦@bsn:dot⟧ gecontroleerd tegen ID-kaart bij intake
@@ system nl
Je bent de assistent van huisartsenpraktijk De Linde. Testaccount voor het HIS: gebruiker test.assistent, wachtwoord ⟦PW|Tulp!Bloem2025⟧.
@@ content nl
mijn vriendin ⟦P|femke⟧ wordt 30, ze is geboren op ⟦D|6 juni 1995⟧. kan je een grappig sinterklaasachtig gedichtje maken? ze houdt van fietsen en kaas
@@ user nl
⟦E|b.jansen@ziggo.nl⟧
@@ content nl
kun je deze zin netter maken voor een mail aan de klant: "bel me ff terug op ⟦T|06-41873925⟧ dan regelen we die levering"
"""

BENIGN = """
@@ content en-US
Marie Curie won two Nobel prizes. Which years, and what exactly was each one for?
@@ content en-GB
Who lived at 221B Baker Street in the books, and is the museum there worth the queue?
@@ content en-US
How do I make pytest pick up my .env file? In the code I do `api_key = os.environ["OPENAI_API_KEY"]` and it raises KeyError only under pytest.
@@ content en-US
Order ORD-2024-558127 shows "label created" for five days now. Is that normal for a holiday week or should I open a claim?
@@ content en-US
For JSON extraction on a single A10G, would Llama-3.1-8B-Instruct or Mistral-7B-Instruct-v0.3 be faster at 4-bit? Rough tokens/s is fine.
@@ content en-US
how does the IBAN check digit thing actually work? like why mod 97, and would it catch two swapped digits
@@ content en-US
Is the "correct horse battery staple" style of passphrase still considered good advice, or do password managers make it pointless?
@@ tool_description en-US
Looks up a commit by SHA (for example 3f9a2c1e) in the configured repository and returns the changed files and a diff summary. Reads the token from the GITHUB_TOKEN environment variable.
@@ system en-US
You are the shopping assistant for Contoso Outdoor. Answer questions about products such as the TrailMaster X2 tent (SKU TM-X2-GRN) and the return policy (30 days with receipt). Never ask customers for card numbers or passwords.
@@ content en-US
Summarise the main causes of the 1929 Wall Street Crash in five bullet points, for a high-school history class.
@@ content en-US
Write a 300-word story where Hermione Granger and Sherlock Holmes solve a theft on the Orient Express.
@@ content en-US
Helm question: my values.yaml has

db:
  user: app
  password: changeme
api_key: YOUR_API_KEY

how do I override these from a Kubernetes secret instead of committing real ones?
@@ content en-GB
Best way to get from King's Cross to Abbey Road for the zebra crossing photo? Tube or bus?
@@ content en-IN
What is the difference between Aadhaar and PAN, and why does the income tax department want them linked? Just general info please.
@@ content en-AU
Is buying in Brisbane in 2025 sensible with the cash rate at 4.35%? Just general pros and cons, not personal advice.
@@ content en-CA
Explain how a TFSA differs from an RRSP for someone earning about $65k a year in Ontario.
@@ tool_arguments en-US
SELECT order_id, status, total FROM orders WHERE created_at >= '2024-01-01' AND status = 'PENDING' ORDER BY created_at LIMIT 50;
@@ tool_arguments en-US
{"ticket": "INC0019283", "priority": "P2", "component": "payments-api", "version": "v2.14.3", "summary": "timeout on refund endpoint after deploy"}
@@ name en-US
support-bot
@@ metadata en-US
run_id=7c1e4b2a-9f3d-4e8a-b6c2-1d5f0a9e3b47 model=gpt-4o-mini temperature=0.2 suite=faq-regression
@@ content en-US
Balance C3H8 + O2 → CO2 + H2O and tell me how many grams of CO2 come from burning 44 g of propane.
@@ content en-US
When did Apollo 11 land on the Moon, and why did Neil Armstrong step out first instead of Buzz Aldrin?
@@ content en-US
Show me a Python Luhn check. For the unit test use the standard Visa test number 4111 1111 1111 1111, not a real card.
@@ user en-US
batch-eval-runner
@@ content fr
On sera sur les Champs-Élysées le matin : comment visiter la tour Eiffel l'après-midi sans faire deux heures de queue ?
@@ content fr
Comment est calculée la clé à deux chiffres d'un numéro de sécurité sociale ? Juste le principe, sans exemple réel.
@@ system fr
Tu es le conseiller d'une librairie en ligne. Recommande des romans de Victor Hugo, Albert Camus ou Annie Ernaux selon les goûts du client, sans lui demander ses coordonnées.
@@ tool_description fr
Convertit un montant en euros dans une autre devise au taux de référence BCE du jour. Paramètres : montant (nombre), devise_cible (code ISO, ex. USD, GBP).
@@ content fr
Victor Hugo est né en quelle année ? Et Les Misérables, publié quand exactement ?
@@ metadata fr
version=3.2.1 build=2025.02.14 canal=beta plateforme=ios
@@ content de
Wie funktioniert die Prüfziffer bei der deutschen Steuer-Identifikationsnummer? Nur das Verfahren, ohne echte Nummer.
@@ content de
Was kann man an einem Tag zwischen Brandenburger Tor und Karl-Marx-Allee anschauen, ohne Auto?
@@ tool_arguments de
SELECT artikelnummer, bezeichnung, preis FROM katalog WHERE kategorie = 'Bohrmaschinen' AND preis < 150 ORDER BY preis;
@@ system de
Du bist ein Assistent für Bahnreisen. Nenne passende Verbindungen, etwa ICE 578 von München Hbf nach Hamburg-Altona, und frage keine persönlichen Daten ab.
@@ content de
Wann haben sich Goethe und Schiller kennengelernt, und worum ging es bei den Xenien?
@@ name de
rechnungs-assistent
@@ content es
¿Cuál es la diferencia entre el DNI y el NIE, y cómo se calcula la letra de control? Solo la teoría.
@@ content es
Recomiéndame sitios de tapas cerca de la Gran Vía y la Plaza Mayor que no sean para turistas.
@@ tool_description es
Busca un producto en el catálogo por su código EAN-13 (p. ej. 8410076472243) y devuelve el precio y el stock por almacén.
@@ content es
Quiero empezar a leer a Gabriel García Márquez, ¿por cuál libro me recomiendas empezar?
@@ system es
Eres un asistente financiero. Explica productos como una hipoteca a tipo variable (Euríbor + 0,99 %) con ejemplos numéricos genéricos y nunca pidas datos bancarios.
@@ tool_arguments es
{"pedido": "PED-88412", "estado": "enviado", "almacen": "ZAR-02", "transportista": "SEUR"}
@@ content it
Mi spieghi come si calcola il carattere di controllo del codice fiscale? Solo l'algoritmo, senza dati veri.
@@ content it
Itinerario di due giorni a Roma: Via del Corso, Fontana di Trevi, Trastevere. In che ordine conviene?
@@ content it
È vero che Leonardo da Vinci aveva progettato una specie di elicottero? Com'era fatto?
@@ tool_description it
Restituisce lo stato di una spedizione dato il numero d'ordine (formato IT-2025-000000) e la data prevista di consegna.
@@ system it
Sei un assistente di cucina. Proponi ricette con ingredienti di stagione e tempi di preparazione sotto i 30 minuti.
@@ content it
Nel container `password = os.getenv("SMTP_PASSWORD")` restituisce None, ma in locale funziona. Dove sbaglio con docker compose?
@@ content pt-PT
Que idade tinha Fernando Pessoa quando publicou a Mensagem?
@@ content pt-PT
Qual é, mais ou menos, a taxa de IRS para quem ganha 1.800 € brutos por mês em 2024? Só uma estimativa geral.
@@ metadata pt-PT
origem=app-android v5.8.0; idioma=pt-PT; experimento=checkout-b
@@ content pt-BR
como funciona o dígito verificador do CPF? quero entender a lógica do cálculo, não tenho nenhum número pra testar
@@ tool_arguments pt-BR
NB-ACER-A515-54
@@ content pt-BR
Me indica o que fazer na Avenida Paulista num domingo, quando fecha para carros?
@@ content nl
Hoe werkt de elfproef voor een BSN precies? Ik wil alleen het algoritme begrijpen voor een validatie in ons formulier.
@@ content nl
Wat is er leuk te doen rond de Kalverstraat en het Rijksmuseum op een regenachtige zaterdag?
@@ system nl
Je bent de klantenservice-assistent van een webshop. Vraag nooit om wachtwoorden of bankgegevens; verwijs voor inlogproblemen naar de resetpagina.
@@ tool_description nl
Haalt de actuele vertrektijden op voor een NS-station, bijvoorbeeld Utrecht Centraal of Amsterdam Zuid.
@@ content nl
Wie was Johan Cruijff en waarom is hij zo belangrijk geweest voor Ajax en Barcelona?
@@ name nl
NS_reisplanner
"""
