"""The phrase tables behind :mod:`actors.classify`.

Patterns are written against normalised text: lower case, no accents ("ruckbuchung",
"donnees"), contractions expanded ("isn't" is "is not"), punctuation gone except clause
ends. A pattern is a space-separated list of elements:

``word``         the whole token ``word`` (so ``refund`` never matches "refundable")
``stem*``        any token starting with ``stem`` (``lawyer*``: lawyer, lawyers)
``a/b/c``        one of several; ``_`` joins words inside one choice (``no_one``)
``[a/b]``        optional
``~3``           up to three other words, never a negator, never across a clause end
``#``            a number; ``$`` the end of a clause

The first element must be a plain word or stem: it is how the rule is found. Families
are written as stems with word boundaries so a customer's own phrasing still matches;
a phrase that only makes sense in one ticket does not belong here.

Categories starting with ``veto_`` are innocent contexts: a hit cancels the triggers
it overlaps ("refund policy", "the urgent tag", "in dringenden Fällen").
"""

from __future__ import annotations

#: the order decides ``alert_trigger`` when several fire
HIGH_CATEGORIES = ("legal_threat", "chargeback", "privacy", "outage", "data_loss",
                   "refund_demand", "explicit_urgency")
#: high triggers that "never mind, it's back" or an FYI note can stand down
SETTLEABLE = frozenset({"outage", "data_loss", "explicit_urgency"})
MEDIUM_CATEGORIES = ("bug", "billing", "cancellation", "anger")
LOW_CATEGORIES = ("how_to", "minor", "feature_request", "praise", "thanks", "feedback", "calm",
                  "resolved", "fyi", "auto_reply", "spam")
#: a customer threatening us is negative whatever else they say (unless it stood down)
THREAT_CATEGORIES = frozenset({"legal_threat", "chargeback"})
#: negative in any ticket
COMPLAINT_CATEGORIES = frozenset({"anger", "negative", "privacy_hostile"})
#: negative when the ticket is about a problem: "again", "love how ...", shouting
NEGATIVE_CATEGORIES = COMPLAINT_CATEGORIES | {"sarcasm", "repeat"}
#: shown as "negation:<term>" when a negator cancels them
REPORTED_NEGATIONS = frozenset({"explicit_urgency", "outage", "data_loss", "legal_threat",
                                "chargeback", "privacy", "refund_ask", "bug", "praise",
                                "resolved", "cancellation"})
#: categories that only feed a decision, never a label of their own: the two halves of
#: an outage (a failure in the same clause as "everyone", "production"), of a chargeback
#: (the bank and what it is asked to do), of a refund demand (a wrong charge and the ask
#: for money back), and the tone and intent signals sentiment and action read
HELPER_CATEGORIES = frozenset({
    "outage_failure", "outage_scope", "bank_party", "bank_action", "wrong_charge",
    "refund_ask", "privacy_hostile", "negative", "repeat", "sarcasm", "request", "chase",
    "gdpr_request"})
KEYWORD_CATEGORIES = frozenset(HIGH_CATEGORIES) | {
    "bug", "billing", "cancellation", "anger", "negative", "praise", "wrong_charge",
    "feature_request", "outage_failure", "privacy_hostile"}

#: veto category -> the categories its hits cancel
VETO_CATEGORIES: dict[str, frozenset[str]] = {
    "veto_urgency": frozenset({"explicit_urgency"}),
    "veto_refund": frozenset({"refund_ask"}),
    "veto_billing": frozenset({"billing", "refund_ask"}),
    "veto_negative": frozenset({"negative"}),
    "veto_legal": frozenset({"legal_threat"}),
    "veto_chargeback": frozenset({"chargeback", "bank_action"}),
    # the bank named only to say nothing is wrong (rules-2026.12-24)
    "veto_bank_fine": frozenset({"bank_party", "bank_action"}),
    "veto_outage": frozenset({"outage", "outage_failure"}),
    "veto_scope": frozenset({"outage_scope", "sig_count"}),
    "veto_praise": frozenset({"praise", "thanks"}),
    "veto_courtesy": frozenset({"thanks"}),
    "veto_bug": frozenset({"bug", "bug_weak", "outage_failure"}),
    "veto_cancel": frozenset({"cancellation"}),
    "veto_data_loss": frozenset({"data_loss"}),
    "veto_privacy": frozenset({"privacy", "gdpr_request"}),
    "veto_exposed": frozenset({"sig_exposed"}),
    "veto_intruder": frozenset({"sig_intruder", "sig_access_event"}),
    "veto_auto_reply": frozenset({"auto_reply"}),
    "veto_no_failure": frozenset({"outage", "outage_failure", "outage_scope", "sig_count", "bug",
                                  "bug_weak"}),
    "veto_sarcasm": frozenset({"sig_sarcasm"}),
    "veto_grateful": frozenset({"sig_grateful"}),
    "veto_repeat": frozenset({"repeat", "sig_overdue"}),
    "veto_halt": frozenset({"sig_halt"}),
    "veto_limited": frozenset({"sig_limited"}),
    # "works on Android" is not "works now"; "when will it be fixed" is not "fixed" (rules-2026.12-21)
    "veto_resolved": frozenset({"resolved"}),
    # "our own test account fails too" is a witness, not a staging system (rules-2026.12-22)
    "veto_test_env": frozenset({"sig_test_env"}),
    # "she came in at 9 today" is over; "we open at 9 today" is still to come (rules-2026.12-58)
    "veto_due": frozenset({"sig_due", "sig_clock"}),
    # "which means you won't get paid either" is the writer's leverage, no deadline of theirs
    # (rules-2026.12-62)
    "veto_deadline": frozenset({"sig_deadline"}),
    # "ich möchte mich bedanken" wants nothing (rules-2026.12-32)
    "veto_request": frozenset({"request"}),
    # "customer since 2019", "depuis 15 ans": how long the writer has been with us, not how
    # long something has been broken (rules-2026.12-38)
    "veto_duration": frozenset({"sig_duration"}),
    # "puede haber acabado en otro sitio" is no incident elsewhere; "nothing has happened
    # since" is no hypothesis (rules-2026.12-45)
    "veto_past_incident": frozenset({"sig_past_incident"}),
    "veto_hypothetical": frozenset({"sig_hypothetical"}),
    # "gekündigt und trotzdem abgebucht" is a bill after leaving, not a login (rules-2026.12-61)
    "veto_still_access": frozenset({"sig_still_access"}),
    "veto_retraction": frozenset(HIGH_CATEGORIES) | {
        "privacy_hostile", "outage_failure", "outage_scope", "bank_party", "bank_action",
        "wrong_charge", "refund_ask"},
}

#: patterns that carry their own negation, or where "not" is the point: every veto (derived,
#: so a new veto category cannot be left out), and these
NOT_NEGATABLE = frozenset(VETO_CATEGORIES) | {
    "how_to", "chase", "request", "calm",
    "fyi", "auto_reply", "spam", "sarcasm", "outage_failure", "feature_request", "repeat"}

NEGATORS = frozenset({
    "not", "no", "never", "nothing", "none", "without", "hardly", "neither", "nor",
    "nicht", "kein", "keine", "keinen", "keiner", "keinem", "nie", "niemals", "ohne", "nichts",
    "nunca", "sin", "ni", "nada", "tampoco",
    "pas", "jamais", "sans", "aucun", "aucune", "rien", "guere",
})
#: words that may stand between a negator and what it negates ("not an emergency")
NEGATION_FILLERS = frozenset({
    "a", "an", "the", "very", "really", "that", "so", "too", "super", "particularly",
    "at", "all", "is", "it", "its", "s", "this", "be", "was", "are", "exactly", "terribly",
    "of", "me", "my", "been", "even", "yet", "just", "quite", "overly", "much", "any",
    "es", "muy", "tan", "nada", "sehr", "wirklich", "besonders", "ist", "das", "so", "ganz",
    "tres", "si", "vraiment", "c", "est", "ce", "d", "de", "n", "du", "un", "une", "sont",
    "toujours", "encore", "mehr", "single", "one", "einzige", "einziger", "solo", "sola",
    "seul", "seule",
})
KEYWORD_STOPWORDS = frozenset({
    "a", "an", "the", "my", "our", "your", "to", "of", "is", "are", "was", "be", "been", "i",
    "we", "you", "it", "this", "that", "on", "in", "for", "with", "me", "us", "and", "s",
    "mi", "mis", "el", "la", "los", "las", "de", "del", "un", "una", "mon", "ma", "mes",
    "notre", "nos", "le", "les", "du", "d", "l", "mein", "meine", "meiner", "meinen", "unser",
    "unsere", "unseren", "die", "der", "den", "das", "ein", "eine", "einen", "bei", "mit",
    "su", "sus", "nuestro", "nuestros", "nuestra", "all", "every", "please", "bitte",
})
#: tokens rewritten before matching (contractions without apostrophes, chat spelling)
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "cant": ("can", "not"), "cannot": ("can", "not"), "dont": ("do", "not"),
    "doesnt": ("does", "not"), "dosnt": ("does", "not"), "isnt": ("is", "not"),
    "wont": ("will", "not"), "didnt": ("did", "not"), "arent": ("are", "not"),
    "wasnt": ("was", "not"), "werent": ("were", "not"), "havent": ("have", "not"),
    "hasnt": ("has", "not"), "couldnt": ("could", "not"), "wouldnt": ("would", "not"),
    "shouldnt": ("should", "not"), "aint": ("is", "not"), "u": ("you",), "ur": ("your",),
    "pls": ("please",), "plz": ("please",), "thx": ("thanks",), "thanx": ("thanks",),
    "acess": ("access",), "untill": ("until",), "emergancy": ("emergency",),
    "emergeny": ("emergency",), "urgnt": ("urgent",), "chargback": ("chargeback",),
    "chargebak": ("chargeback",), "refnd": ("refund",), "lawer": ("lawyer",),
    "pasword": ("password",), "recieve": ("receive",), "recieved": ("received",),
    "ive": ("i", "ve"), "noone": ("nobody",), "ppl": ("people",),
    "rueckbuchung": ("ruckbuchung",),
    "loeschen": ("loschen",), "loeschung": ("loschung",), "geloescht": ("geloscht",),
    "geloest": ("gelost",),
    "zurueck": ("zuruck",), "kuendigung": ("kundigung",), "kuendige": ("kundige",),
    "aerger": ("arger",), "aergerlich": ("argerlich",), "enttaeuscht": ("enttauscht",),
    "gemaess": ("gemass",), "datenschutzbehoerde": ("datenschutzbehorde",),
    "moeglich": ("moglich",), "dringed": ("dringend",),
}

#: "Great, charged twice again": praise opening a clause, then a comma or full stop
SARCASM_OPENER = (
    r"(?:^|[.!?\n]\s*)(?:oh\s+|just\s+|really\s+|wow[,!.]?\s+)?"
    r"(?:great|fantastic|brilliant|wonderful|perfect|lovely|awesome|terrific|super|nice|"
    r"excellent|genial|toll|prima|parfait|bravo|genau|klasse|estupendo|magnifique)\s*[,.!]")

_LAWYER = ("lawyer*/attorney*/solicitor*/abogad*/avocat*/anwalt*/anwaelt*/rechtsanwalt*/anwalte/"
           "counsel")
#: what a customer's own lawyer does in a threat ("will be in touch"), not in a review
_LAWYER_ACTS = ("will/ll/shall/would/is_going/are_going/going/gonna/be/in_touch/contact*/hear/"
                "letter/papers/proceed*/action/handl*/advised/instructed/informed/informiert/"
                "eingeschaltet/involved/engag*/tiene/tienen/pondr*/contacto/documentacion/sera/"
                "seront/prendr*/prepar*/file/filing/sue/suing/case/claim/notice/demand*/aware/"
                "wird/werden/ist_informiert/va/van/a_ete/has_been/have_been/copied/cc/en_copie/"
                "standing_by/ready/has_a_copy/have_a_copy/has_copies/got_a_copy/knows/"
                "is_aware/is_looking/is_reviewing/reviewing_this/looking_into_this")
_POSSESSIVE = ("my/our/mis/mi/nuestro/nuestros/nuestra/mon/notre/nos/mein/meine/meinen/meinem/"
               "unser/unsere/unseren/unserem/his/her/their")
_SYSTEM = ("site/website/app/application/service/services/platform/system/systems/server/"
           "servers/api/dashboard/portal/instance/workspace/prod/production/everything/login/"
           "sso/plattform/plataforma/servicio/sistema/servidor/serveur/plateforme/webapp/"
           "helpdesk/inbox/backend/web_app/whole_thing")
_DATA_PLURAL = ("appointments/termine/citas/rendez_vous/bookings/buchungen/reservations/"
                "reservas/data/files/records/contacts/tickets/projects/notes/attachments/invoices/"
                "history/database/databases/everything/conversations/messages/reports/"
                "kundendaten/daten/kontakte/datos/archivos/contactos/facturas/donnees/fichiers/"
                "factures/projets/customers/clientes/kunden/emails/documents/dokumente/documentos/"
                "articles/entries/orders/leads/deals/comments/images/photos/uploads/backups/"
                "macros/templates/workflows/anhange/dateien/projekte/notizen/rechnungen/"
                "nachrichten/berichte/eintrage/adjuntos/proyectos/notas/mensajes/informes/"
                "registros/pieces_jointes/rapports/articulos/artikel/jobs/tasks/auftrage/"
                "aufgaben/tareas/taches/timesheets/shifts/schichten/turnos/visits/einsatze/"
                "intervenciones/interventions/trabajos/ordenes/rutas/routes/touren/tournees/"
                "partes/albaranes/work_orders/punch_lists/bons_d_intervention/"
                "readings/meter_readings/lecturas/releves/ablesungen/zahlerstande/job_cards")
_DATA_ANY = _DATA_PLURAL + ("/file/record/contact/ticket/project/note/attachment/invoice/"
                            "conversation/message/report/document/customer")
_GONE = ("gone/lost/deleted/wiped/erased/vanished/disappeared/missing/overwritten/corrupted/"
         "purged/verschwunden/geloscht/weg/verloren/desaparecid*/borrad*/perdid*/eliminad*/"
         "disparu*/perdu*/supprime*/efface*/perdimos")
_PERSONAL = ("personal_data/personal_information/personal_info/personal_details/personenbezogen*/"
             "datos_personales/donnees_personnelles/my_data/my_information/my_info/my_details/"
             "meine_daten/meiner_daten/mis_datos/mes_donnees/my_personal/our_personal/"
             "about_me/on_me/sobre_mi/sur_moi/uber_mich/every_bit_of_personal/all_my_data/"
             "toutes_mes_donnees/todos_mis_datos/alle_meine_daten/aller_meiner_daten/"
             "my_account_data")
_REQUEST_VERB = ("please/need/needs/must/want/expect/demand/require*/fix/respond/reply/answer/act/"
                 "call/refund/restore/resolve/help/bitte/melden/necesito/necesitamos/merci/svp/"
                 "rappel*/zuruckrufen/contact/escalate/look/address/handle")
_IMMEDIATE = ("immediately/immediate/sofort/sofortig*/inmediatamente/de_inmediato/immediatement/"
              "tout_de_suite/right_away/straight_away/at_once/umgehend")

RULES: dict[str, tuple[str, ...]] = {
    # ------------------------------------------------------------ high: legal threats
    "legal_threat": (
        "lawsuit*/law_suit*",
        "sue ~1 you/your/them/company/everyone/ya/yall/everybody",
        "sue the/this/your company/business/firm/platform/provider",
        "going/gonna/will/ll/shall/would/plan*/threaten*/decided/intend* ~1 to/and sue",
        "suing/klagen_wir/verklag*/demandar*/demandare/demandaremos/demandaria",
        "be/get/got/getting/been sued",
        f"{_POSSESSIVE} [legal] {_LAWYER} ~4 {_LAWYER_ACTS}",
        f"from/von [one_of/the/a/own] {_POSSESSIVE} [own/legal] {_LAWYER}",
        f"de_mi/de_mis/de_nuestro/de_nuestros/de_mon/de_notre/de_nos {_LAWYER}",
        "spoke*/spoken/speak*/talk*/consult*/contact*/hire*/hiring/call*/retain*/forward*/"
        "instruct*/involve*/engag*/brief*/hablar*/hablare/hablaremos/contactar*/llamar*/"
        "acudir*/acudire/parler/parlerai/parlerons/contacter/contacterai/consulter/"
        "sprechen/spreche/kontaktier*/einschalt*/eingeschaltet/beauftrag*/mandat*/saisi*/"
        f"hand*/pass*/turn* ~3 {_LAWYER}",
        "forward*/escalat*/pass*/hand*/send*/refer*/weiterleit*/reenviar*/transmet* ~5 "
        "legal_department/legal_team/legal_dept/legal_counsel/legal/rechtsabteilung/"
        "departamento_legal/service_juridique/juristen/juristes/asesoria_juridica",
        "contract/terms/agreement/sla/obligations ~2 you/you_have/you_ve ~1 breached/violated/"
        "broke/broken",
        "breached/violated ~3 contract/agreement/terms/sla/obligations",
        f"{_LAWYER} ~2 involved/instructed/in_touch/will/are_preparing/preparing/have_been",
        "legal action*/step/steps/proceeding*/measure*/remed*/recourse/consequence*/route/"
        "claim*/case/avenue*/option*",
        "legal team/department/dept/counsel/representative* will/are/is/has/have/s ~3 "
        "contact*/touch/review*/prepar*/pursu*/involved/handl*/notified/informed/reach*",
        "see/take/taking/drag*/meet/bring/go/going ~3 to/in court/courts",
        "through/via/in/before/vor [the/a/den/einem] court/courts/gericht/gerichte/"
        "tribunales/tribunaux/legal_channels",
        "pursue/pursuing/take/taking ~4 legal/legally/court*/the_courts/claim/litigation",
        "litigation/litigate/proceedings/verklagen/verklage/denunciar*/denunciarles",
        "in court $", "small_claim*", "class_action*", "cease_and_desist",
        "formal_notice/formal_legal", "notice_of_dispute",
        "breach_of ~2 contract/agreement/sla/terms/obligation*",
        "consumer_protection/trading_standards/ftc/bbb/attorney_general/verbraucherschutz*/"
        "verbraucherzentrale/oficina_de_consumo/junta_arbitral_de_consumo/arbitraje_de_consumo/"
        "omic/dgccrf",
        "fil*/lodg*/submit* ~2 complaint ~1 with/against",
        # German
        "klage/klageerhebung/klageschrift", "rechtlich*/juristisch*/gerichtlich* ~1 schritt*/"
        "konsequenz*/weg*/vorgehen/massnahme*", "vor_gericht", "gericht $", "anwaltlich*",
        "abmahnung", "mahnbescheid", "anzeige ~1 erstatten/erstattet/erstatte/erstatten_wir",
        "strafanzeige*",
        # Spanish
        "presentar*/presentare/poner/pondre/interponer*/interpondre/interpondremos ~2 demanda*",
        "demanda contra/judicial", "accion*/medida*/via ~1 legal*/judicial*",
        "tribunal/tribunales/tribunaux/juzgado", "denuncia*/denunciar*",
        # French
        "poursuite*/poursuivre*/poursuivrons ~3 judiciaire*/justice",
        "porter/porterai/porterons/deposer/deposerai/deposerons/portons plainte",
        "plainte contre", "action*/procedure* ~1 en_justice/judiciaire*/juridique*",
        "mise_en_demeure", "proces $",
        "saisir/saisirons/saisirai/saisi/saisira ~2 justice/tribunal*/prud_hommes/juge",
    ),
    "veto_retraction": (
        "ignore/disregard/forget/vergessen/ignorieren/ignorez/ignoren ~3 earlier/previous/last/"
        "prior/first/old/vorherige*/letzte*/anterior/precedent* ~1 message/email/mail/ticket/"
        "request/note/nachricht/mensaje/correo ~2 about/regarding/concerning/re/on/zu/sobre/"
        "concernant/wegen/de ~5",
    ),
    "veto_legal": (
        # a lawsuit of theirs with someone else: a legal hold asked for, not a threat
        "unrelated/separate/another/other/ajeno/ajena/otro/otra/autre/anderen/anderer/"
        "sans_rapport ~2 lawsuit/litigation/klage/rechtsstreit/demanda/litigio/proces/"
        "procedure/case",
        "litigation_hold/legal_hold/aufbewahrungspflicht/conservacion_legal/"
        "conservation_legale",
        f"{_LAWYER} ~3 for ~1 review*/approval/a_review/sign_off/signature/a_look",
        "joking*/jokingly/kidding/half_joking/only_half_serious/no_need_to_involve/"
        "not_a_legal_matter ~6 lawyer*/attorney*/solicitor*/legal/sue/court",
        f"{_LAWYER} will/would/might ~1 !not/!never love/like/approve/enjoy/be_happy/"
        "be_pleased/be_amused",
        "lawsuit*/law_suit* article*/blog*/post/posts/story/stories/news/case_study/page/"
        "podcast/episode/webinar/coverage/template*/form/forms/management/software/tracker/"
        "tracking/data/workflow*/category/tag",
        f"{_POSSESSIVE} [legal] {_LAWYER} asked/asks/requested/requests/wants/needs/would_like/"
        "is_asking/has_asked/had_asked ~2 for/a/copy/if/whether/us/me/to",
        "legal hold/entity/name/page/terms/notice_page/department_asked",
    ),
    # ------------------------------------------------------------ high: chargebacks
    "chargeback": (
        "chargeback*/charge_back/charge_backs",
        "dispute*/disputing ~4 charge/charges/payment*/transaction*/debit*/bill/billing/"
        "invoice*/cargo*/cobro*/paiement*/prelevement*/abbuchung*",
        "paypal/bank/card/visa/amex/mastercard/kreditkarte* dispute*/claim*/chargeback*",
        "ruckbuchung*/zuruckbuch*/ruckbuchen/ruckbelast*",
        "lastschrift* ~4 zuruck*/widerspr*/widerruf*/storn*",
        "widerspr*/widerruf* ~4 lastschrift*",
        "contracargo*", "retrofacturation*/retro_facturation*",
        "reversing/reversed/disputing/disputed ~3 the/this/that/your/all/my/these/those/both ~1 "
        "charge*/payment*/transaction*/debit*",
        "faire/fais/ferai/ferons/fait opposition", "opposition ~4 banque/carte/prelevement*",
        "stop/block/blocking ~1 your/all_your/any_further/further ~1 payment*/charge*/debit*/"
        "transaction*",
    ),
    "veto_chargeback": (
        # "I'd rather not go through my bank"
        "rather_not/prefer_not/lieber_nicht/prefiero_no/prefere_ne_pas/sans_passer_par/"
        "ohne_uber/sin_pasar_por/would_not_want_to/do_not_want_to ~4 bank*/banco/banque/"
        "dispute*/chargeback*/card_company/issuer",
        # our own transfer the bank refused is not a payment taken back
        "rejected/returned/bounced/refused/abgelehnt/zuruckgewiesen/rechazo/rechazado/"
        "devuelto/rejete/refuse ~3 the/our/my/a/unsere/meine/die/la/nuestra/mi/notre/ma/le "
        "~1 transfer/wire/uberweisung/transferencia/virement/card_payment_to",
        "if/when/whether/ob/si/cuando/quand/falls/wenn ~6 chargeback*/dispute*/disputes/"
        "ruckbuchung*/contracargo*",
        "who_pays/who_bears/wer_tragt/quien_paga/qui_paie ~5 chargeback*/dispute*",
        "chargeback* rate/rates/ratio/report*/fee*/handling/protection/module/setting*/"
        "dashboard/api/management/feature/alert*/data/metric*/stat*/analytic*/tab/policy/form/"
        "forms/formular*/formulario/formulaire/procedure/verfahren/procedimiento",
        "see/view/track/export/show*/monitor ~3 chargeback*",
        "handle/handling/handles/process/processing/manage/managing/explain/avoid/prevent/"
        "reduce/fight/dispute_management ~3 chargeback*/disputes",
        "chargeback* for/from ~2 sellers/merchants/vendors/marketplace*/customers/buyers",
    ),
    "bank_party": (
        "bank/banks/banco/banque/chase/visa/amex/american_express/mastercard/paypal/issuer/"
        "card_company/credit_card_company/card_issuer/kreditkartenfirma/kreditinstitut/"
        "sparkasse/hausbank/banca/credit_card/my_card/entidad_bancaria/etablissement_bancaire/"
        "bankinstitut/kreditkartenunternehmen/emisor",
    ),
    "bank_action": (
        "cancelled/canceled/recredit*/rembours*/gutgeschrieben/abonad*/reembols*/renvoy*/rejet*/bloqu*/"
        "refus*/devuelto/devolvio/devuelve/returned/rembourse/zuruckgegeben/zuruckgebucht/dispute*/disputa*/revers*/reclam*/contest*/claw*/chargeback*/zuruckbuch*/"
        "widerspr*/anular/anule/opposition/litige/retract*/storn*/annul*/fraud*/"
        # reported to the bank, not the noun ("our giving report ... her bank": rules-2026.12-19)
        "reported/reporting/report_it/report_this/report_the/reportamos/reportado/reportar/"
        "denunci*/signal*",
    ),
    # ------------------------------------------------------------ high: privacy
    "privacy": (
        "access_request/erasure_request/deletion_request/data_request/auskunftsanfrage ~12 "
        "law/gdpr/dsgvo/rgpd/month/deadline/statutory/legal/weeks/ley/loi/gesetz/frist",
        "data_protection/datenschutz/proteccion_de_datos/protection_des_donnees ~2 authority/"
        "complaint/regulator/breach/violation/agencia/violacion/autorite/beschwerde",
        "someone/somebody/jemand/alguien/quelqu_un ~1 else/anders*/mas/d_autre ~3 data/"
        "information/details/invoice*/tickets/emails/address*/daten/datos/donnees/records",
        "datenschutzbehord*/datenschutzverstoss*/datenschutzverletzung*/datenschutzbeschwerde*/"
        "datenschutzvorfall*/datenleck*/datenpanne*/datenschutzverstos*",
        "data_breach*/data_leak*/databreach*/security_breach*/privacy_breach*/privacy_leak*/"
        "privacy_violation*/security_incident*/privacy_incident*/data_exposure/data_exposed",
        "breached/leak/leaked/leaking/leaks/exposed/exposing/exposes/compromised ~4 data/email/"
        "emails/address/addresses/information/info/details/pii/personal/records/passwords/"
        "phone_number*/customer_data/user_data/home_address/names/contact_details",
        "been/was/were/got/be breached/hacked/compromised/leaked/pwned",
        "filtracion*/fuga* ~2 datos/informacion", "fuite*/violation* ~2 donnees/informations",
        "brecha ~3 datos/seguridad",
        "other/another/anderen/anderer/otros/otras/otro/autres/autre/different customer*/"
        "client*/compan*/user*/kunde*/empresa*/entreprise*/account*/people/tenant*/usuario*/"
        "utilisateur*/organi* ~1 data/invoice*/ticket*/email*/information/info/detail*/address*/"
        "record*/rechnung*/daten/datos/facturas/factures/donnees/conversations/files",
        "data/invoice*/ticket*/email*/information/detail*/address*/record*/rechnung*/daten/"
        "datos/facturas/factures/donnees/files/conversations ~3 of/from/de/d/von/eines/des/for "
        "~1 other/another/anderen/anderer/otros/otras/otro/autres/different/eines_anderen "
        "customer*/client*/compan*/user*/kunde*/kunden/empresa*/entreprise*/account*/people/"
        "tenant*/usuario*/utilisateur*",
        "report*/complain*/complaint/inform*/notify*/contact* ~4 ico/cnil/aepd/edpb/"
        "supervisory_authority/data_protection_authority/datenschutzbehord*/garante/regulator",
        "cnil/ico/aepd ~3 inform*/notif*/saisi*/report*/contact*/sera",
    ),
    # a data-protection request (erasure, access): a request like any other until its
    # deadline has passed, then a privacy incident (see decide.compose)
    "gdpr_request": (
        "my_data/my_personal_data/my_information/mis_datos/meine_daten/mes_donnees/our_data ~3 "
        "deleted/erased/removed/geloscht/borrados/borrad*/supprimees/supprime*/effac*",
        "under/per/pursuant/according_to/in_accordance_with/conforme/conformement/gemass/nach/"
        "laut/segun/selon/as_per/in_line_with ~3 gdpr/dsgvo/rgpd/ccpa/cpra/lgpd/uk_gdpr/"
        "data_protection_law*/datenschutzrecht*/ley_de_proteccion/hipaa",
        "gdpr/dsgvo/rgpd/ccpa/lgpd request*/violation*/breach*/complaint*/right*/erasure/"
        "deletion/access/article*/art/loschantrag/auskunft*/anfrage/antrag/solicitud/demande/"
        "verstoss*/infraction*/data_request/subject",
        "art/article/artikel/articulo # gdpr/dsgvo/rgpd",
        "art/article/artikel/articulo 15/16/17/18/20/21",
        "subject_access*/data_subject*/dsar", "sar $",
        "right to/of ~1 be_forgotten/erasure/access/portability/rectification/deletion/object",
        "derecho al_olvido/de_acceso/de_supresion/de_rectificacion/de_portabilidad/de_oposicion",
        "droit a/d/de ~2 oubli/acces/effacement/suppression/rectification/opposition/portabilite",
        "recht auf ~1 loschung/vergessenwerden/vergessen/auskunft/datenubertragbarkeit",
        "delete*/erase*/remove*/purge*/wipe*/forget/loschen/losche/loschung/eliminar*/eliminen/"
        f"elimine/borrar*/borren/suprimir*/supprim*/effac* ~5 {_PERSONAL}",
        f"{_PERSONAL.replace('/about_me/on_me/sobre_mi/sur_moi/uber_mich', '')} ~6 hold/holds/"
        "store/stored/have/keep/process*/sold/shared/share/collect*/tienen/gespeichert*/detenez",
        "data/information/info/datos/donnees/daten/details/informacion ~6 about_me/on_me/"
        "sobre_mi/sur_moi/uber_mich/zu_meiner_person/von_mir/me_concernant",
        "auskunft ~8 daten/dsgvo/gespeichert*/person",
        "please/kindly/want/request*/like/need/bitte/merci_de/quiero/solicito/je_veux ~3 "
        "delete*/erase*/remove*/purge*/wipe*/loschen/eliminar/borrar/supprimer/effacer ~5 "
        "all_data/all_the_data/associated_data/all_associated/all_my/all_our_data/"
        "everything_about_me/everything_you_have_on_me/alle_daten/todos_los_datos/"
        "toutes_les_donnees/all_information/all_records_of_me",
        "copy ~2 of ~1 my/our/all_my/all_the ~2 data/personal_data/information",
        "supresion/borrado/eliminacion/suppression/loschung/erasure/deletion/acceso/access ~3 "
        "mis_datos/de_mis_datos/meiner_daten/mes_donnees/de_mes_donnees/my_data/"
        "my_personal_data/of_my_data",
        "auskunftsersuchen/auskunftsanfrage/loschantrag/loschungsantrag/loschungsersuchen",
        "data_protection/datenschutz/proteccion_de_datos/protection_des_donnees ~2 request/"
        "officer/law/solicitud/demande/anfrage",
        "dpo/data_protection_officer/datenschutzbeauftragt*/delegue_a_la_protection/"
        "delegado_de_proteccion",
    ),
    "privacy_hostile": (
        "gdpr/dsgvo/rgpd/ccpa violation*/breach*/complaint*/verstoss*/infraction*",
        "violat*/breach*/infring*/verstoss*/viola*/infraction ~4 gdpr/dsgvo/rgpd/data_protection/"
        "privacy_law*",
        "report*/complain*/complaint/inform*/notify* ~4 ico/cnil/aepd/edpb/supervisory_authority/"
        "data_protection_authority/datenschutzbehord*/garante/regulator",
        "datenschutzverstoss*/datenschutzverletzung*/datenschutzbeschwerde*",
        "cnil/ico/aepd ~3 inform*/notif*/saisi*/report*/sera",
        "serious/grave/schwerwiegend*/klar*/massive/huge ~2 privacy/datenschutzverstoss*/leak/"
        "breach/fuite/filtracion/violation",
        "lodg*/fil* ~2 complaint",
    ),
    # a wrong name on a document is a typo, not data sent to the wrong party
    "veto_exposed": (
        "wrong/falsche*/falscher/equivocad*/incorrect*/mauvais*/errone* ~2 company/firm/"
        "customer/client/kunde*/firmen*/empresa/societe/entreprise ~1 name/names/nombre/nom/"
        "logo/vat/number/tax_id/razon_social/raison_sociale/firmenname",
        # a wrong address printed on our own invoices is a data error, not a leak
        "wrong/falsche*/falscher/equivocad*/mauvais*/erronee* ~1 address*/adresse*/"
        "direccion*/anschrift ~3 on/in/auf/en/sur/de/dans ~2 invoice*/rechnung*/factura*/"
        "facture*/bill*/receipt*/label*/etiquet*",
        # "how do I send a statement to a different client address?": a procedure asked for
        "how/wie/como/comment ~8 different/another/other/andere*/anderen/otra/otro/autre",
        # "the other patients' results are there": a comparison, not an exposure
        "los_de_otros/las_de_otros/die_der_anderen/ceux_des_autres/those_of_other/"
        "those_for_other ~3 si/do/are/sind/sont/estan/funcionan/work/ok/bien/fine",
    ),
    "veto_privacy": (
        "how/wie/como/comment ~8 different/another/other/andere*/anderen/otra/otro/autre",
        "in_case_of/in_the_event_of/policy/policies/questionnaire/auditor*/whether/any/"
        "im_falle/en_caso_de/en_cas_de/si/ob/alguna/algun/aucune/une/subi/tenido/gehabt/"
        "cuestionario/fragebogen/if/suspected/suspect ~4 data_breach*/breach*/security_incident*/"
        "privacy_incident*/datenpanne*/brecha*/violation*",
        "personal_data/personal_information/personenbezogene*/datos_personales/"
        "donnees_personnelles ~1 fields/field/types/categories/inventory/felder/campos/champs",
        "we/wir/nosotros/nous [also/only/currently/still/actually/auch/nur/tambien/aussi] "
        "store/hold/keep/process/speichern/guardamos/stockons/"
        "verarbeiten/tratamos/traitons",
        "record*/register/registro/registre/verzeichnis ~3 processing/verarbeitung*/"
        "tratamiento/traitement*",
    ),
    # ------------------------------------------------------------ high: outages
    "outage": (
        f"{_SYSTEM} ~2 is/are/s/was/were/went/goes/been/seems/seem/looks/appears/ist/sind/"
        "still/keeps ~2 down",
        f"{_SYSTEM} down $", f"{_SYSTEM} down for/since/again/everywhere/globally",
        "another/yet_another/one_more/second/third/new outage*",
        f"{_SYSTEM} ~3 unreachable/offline/inaccessible/nicht_erreichbar/ausgefallen/caido/"
        "caida/en_panne/indisponible/hors_service/not_reachable/not_responding/down_for",
        "complete/total/full/major/massive/global/widespread/ongoing/current/an/huge/big/"
        "komplett*/totale/general outage*/ausfall/panne/caida",
        "outage*/downtime on/in/since/affecting/across/right_now/again/today/for_all/for_everyone",
        "totalausfall/komplettausfall/gesamtausfall/systemausfall/serverausfall",
        "caida del_servicio/total/general/de_la_plataforma",
        "panne generale/totale/complete",
        "nobody/no_one/none_of/nadie/ninguno/ninguna/ningun/niemand/keiner/personne_ne/personne_n/"
        "aucun/aucune/not_a_single/not_one ~5 can/could/is_able/are_able/able/kann/konnen/"
        "puede/pueden/peut/peuvent/log*/sign*/access*/load*/reach*/open*/use/connect*/einlog*/"
        "anmeld*/zugreif*/acced*/entrar/conect*/work/arbeiten/trabajar/travailler",
        "down for ~1 everyone/everybody/all/anyone/todos/tous/alle",
    ),
    "outage_failure": (
        "down/outage*/downtime/fail*/error/errors/erreur*/fehler*/500/500s/502/503/504/"
        "bad_gateway/unavailable/unreachable/inaccessible/offline/timeout*/timing_out/"
        "times_out/time_out/locked_out/lock*_out/can_not/could_not/unable/blank/spinning/"
        "spinner/spinnt/crash*/broken/stuck/idle/ausgefallen/ausfall/storung/stoerung/"
        "gar_nichts/nichts_geht/"
        "nicht_erreichbar/no_funciona/no_puede*/no_pueden/caido/caida/parad*/panne/indisponible/"
        "ne_peut/ne_peuvent/ne_fonctionne/ne_marche/weisse_seite/weisse/white_page/"
        "not_load*/not_work*/not_respond*/not_open*/not_reach*/unresponsive/dead/"
        "cannot_work/kommt_nur/nothing_loads/nothing_works/nothing_is_working/no_carga*/"
        "no_cargan/no_abre/impossible_de/impossible_d/geht_nicht/nicht_moglich",
    ),
    "outage_scope": (
        "everyone/everybody/anyone/anybody/nobody/no_one/none_of/across_the_board/across_all/"
        "ningun/ningun_cliente/ningun_usuario/l_ensemble/ensemble_de/ensemble_des/tous_nos/"
        "toutes_nos/keinem/keine_r/alle_unsere/alle_mitarbeiter/"
        "all_of_us/any_of_us/tout_le_monde/todo_el_mundo/nadie/niemand/keiner/ninguno/"
        "aucun/aucune/personne_ne/production/prod/produccion/produktion/produktiv*/en_production/"
        "live_site/live_system",
        "all/every/any/each/alle/allen/todos/todas/tous/toutes ~2 user*/agent*/employee*/staff/"
        "customer*/visitor*/request*/call*/attempt*/colleague*/member*/people/login*/endpoint*/"
        "page*/region*/office*/location*/nutzer*/benutzer*/kollegen/mitarbeiter*/kunden/"
        "anfragen/usuarios/clientes/peticiones/utilisateurs/requetes/appels/sites/system*",
        "whole/entire/complete/komplett*/ganze*/gesamt*/toda/todo/toute/tout ~1 team/company/"
        "org*/office/site/platform/staff/floor/support/firma/unternehmen/plattform/belegschaft/"
        "equipo/empresa/oficina/plataforma/equipe/entreprise/plateforme/bureau/societe/"
        "department/abteilung/departamento/service",
    ),
    "veto_scope": (
        "nobody/no_one/niemand/nadie/personne ~1 answered/replied/responded/answers/replies/"
        "responds/got_back/has_answered/has_replied/bothered/cares/reads/read/confirmed/"
        "geantwortet/antwortet/respondio/contesto/repondu/a_repondu",
        "everyone/everybody/anyone ~1 else", "all/every ~2 other",
        # a quantity billed is not a scope: "you billed 12 seats instead of 8"
        "factur*/billed/charged/invoiced/berechnet/abgerechnet/cobrad*/cobraron ~3 # ~1 "
        "postes/seats/licen*/users/utilisateurs/usuarios/nutzer/lizenzen/puestos/plazas/"
        "sieges/places"),
    # thanks in advance for an answer: a courtesy, not gratitude
    "veto_grateful": (
        "thanks/thank_you/thank/danke/dank/gracias/merci ~3 for/fur/por/pour a/an/eine/"
        "einen/una/un/une/any/your_reply/your_answer/your_response/ihre_antwort/eine_antwort/"
        "su_respuesta/vuestra_respuesta/votre_reponse/votre_retour/your_help_in/looking/"
        "checking/the_info/die_info/la_info/l_info",
    ),
    # "thanks again", "works again": not a request made again
    "veto_repeat": (
        "thanks/thank_you/thank/danke/gracias/merci ~1 again/nochmals/nochmal/de_nuevo/encore",
        "working/works/work/running/runs/funktioniert/funciona/fonctionne/marche/geht/lauft/"
        "back/online ~3 again/wieder/de_nuevo/a_nouveau",
        "no_reply_needed/no_reply_necessary/no_reply_required/no_response_needed/"
        "no_answer_needed/keine_antwort_notig/keine_antwort_erforderlich/"
        "sin_respuesta_necesaria/no_necesito_respuesta/pas_besoin_de_reponse",
    ),
    # gratitude, not "so much for 24h support"
    "veto_sarcasm": ("thanks/thank/thank_you/merci/danke/gracias so_much_for",),
    # "das Konto auf CHF steht" is a setting, not a standstill
    "veto_halt": ("auf ~3 steht/stehen", "set_to/configured/eingestellt/configurad*"),
    "veto_negative": ("bad_gateway/bad_request/not_bad/nicht_schlecht/pas_mal/no_esta_mal",),
    "veto_outage": (
        "work/works/working/use/using/available/mode/modus/modo ~1 offline",
        "offline_mode/offline_modus/modo_offline/mode_hors_ligne",
        "downtime*/outage*/ausfallzeit*/interruption* ~1 during/wahrend/durante/pendant ~2 "
        "migration/maintenance/move/upgrade/update/wartung/umzug/migracion/mantenimiento",
        "will/any/planned/scheduled/expected/during/geplante*/prevista*/prevue* ~3 downtime*/"
        "outage*/interruption*/ausfallzeit*/wartungsfenster",
        "let/lets/letting/turn/turned/back/backed/calm/shut/slow down",
        "down_payment/downpayment",
        "yesterday*/last/previous/past/recent/earlier/prior ~1 outage*/downtime",
        "outage*/downtime yesterday/last_week/last_night/last_month/earlier/this_morning_was",
        "outage*/downtime notice*/notification*/page/history/report*/post/posts/postmortem/"
        "post_mortem/communication*/alert*/status/sla/credit*/window*",
        "status_page",
        "shut*/shutting/slow*/scroll*/drop*/calm*/narrow*/break*/broke/count*/wind* down",
    ),
    # ------------------------------------------------------------ high: data loss
    "veto_data_loss": (
        # retention asked about: "do the photos get deleted automatically after a while?"
        "get/gets/are/is/werden/wird/se/sont/est ~2 deleted/geloscht/borran/borrados/"
        "supprime*/erased/purged ~2 automatically/automatisch/automaticamente/"
        "automatiquement/after_a_while/nach_einer_weile/al_cabo/au_bout",
        "souhaite/want/wants/quiero/queremos/mochte/mochten/wish/would_like/veuillez/please/"
        "bitte/solicito/demande ~10 supprime*/deleted/borrad*/geloscht/erased/efface*/removed/"
        "eliminad*",
        "disputes/complaints/errors/issues/problems/reklamationen/beschwerden/fehler/quejas/"
        "reclamaciones/errores/plaintes/litiges/erreurs/problemes ~4 disappeared/vanished/"
        "gone/verschwunden/desaparecid*/disparu*",
        "changes/change/edits/edit/settings/setting/preferences/config*/filters/filter/draft*/"
        "layout/einstellungen/anderungen/cambios/ajustes/modifications/parametres ~5 "
        "lost/gone/reset/disappear*/vanish*/verloren/weg/perdid*/perdu*",
        "asked/ask/request*/want*/wanted/pedi/demande/gebeten ~6 deleted/erased/removed/"
        "geloscht/borrad*/supprime*/effac*",
        "how_long/wie_lange/cuanto_tiempo/combien_de_temps ~12 deleted/gone/lost/geloscht/"
        "borrad*/supprime*",
        "lost/gone/reset/verloren/perdid*/perdu* ~2 after/nach/despues/apres ~2 refresh*/"
        "reload*/logout/logging_out/restart*/neu_laden/neuladen/recarg*/rechargement",
    ),
    "data_loss": (
        "data_loss/datenverlust*/perdida_de_datos/perdida_de_informacion/perte_de_donnees/"
        "perte_des_donnees/lost_data/data_is_lost/datenverlust",
        "lost/lose/losing/verloren/perdimos/perdido/perdu/perdus/perdues/perdi/perdio/"
        "perdieron ~1 all/every/todos/todas/tous/toutes/alle/allen/whole/entire/half/most/"
        f"our_whole/the_whole/our_entire ~3 {_DATA_ANY}/work",
        "we_ve/i_ve/we_have/i_have/we/i/have/has/hemos/haben/avons/ive [just/now/basically] "
        "lost/lose/verloren/perdido/perdu everything/all/alles/todo/tout",
        f"{_DATA_PLURAL} ~5 {_GONE.replace('missing/', '')}",
        f"# ~3 {_DATA_PLURAL} ~4 {_GONE}",
        f"all/every/each/alle/allen/todos/todas/tous/toutes/whole/entire ~2 {_DATA_ANY} ~8 "
        f"{_GONE}",
        "wiped/erased/deleted/overwrote/overwritten/destroyed/purged/corrupted/wipe*/loschte/"
        "borro/borraron/elimino/eliminaron/supprime/efface ~4 all/every/our/my/whole/entire/"
        f"todos/todas/tous/toutes/alle/half/most ~3 {_DATA_ANY}",
        "data_corruption/corrupted_data/corrupt_data",
        "wiped_out/wiped ~2 everything",
    ),
    # ------------------------------------------------------------ high: refund for a wrong charge
    "wrong_charge": (
        "charged/billed/debited/invoiced/charging/charge/charges/bill/billing/abgebucht/"
        "berechnet/belastet/cobraron/cobrado/cobran/debite*/preleve*/facture*/factur*/took/"
        "taken/withdrew/withdrawn/collected/deducted/pulled/paid/abgezogen/descontaron/"
        "retire*/preleve ~3 "
        "twice/double/two_times/2x/x2/thrice/again/wrong*/incorrect*/extra/deux_fois/en_double/"
        "#_times/three_times/multiple_times/several_times/many_times/3x/trois_fois/tres_veces/"
        "dreimal/mehrfach/"
        "en_trop/a_tort/dos_veces/doble/de_mas/doppelt*/zweimal/falsch*/zu_viel/instead/"
        "au_lieu/en_lugar/statt/anstatt/although/though/despite/after_i_cancel*/after_cancel*/"
        "more_than",
        "double/duplicate/duplicated/doppelt*/doppelte/dos_veces/doble ~2 charge*/bill*/payment*/"
        "invoice*/abbuchung*/abgebucht/abbuchen/cobro*/cargo*/prelevement*/debit*/transaction*/"
        "berechnet",
        "overcharg*/overbill*/over_charg*/charged_twice/billed_twice/two_charges/2_charges/"
        "wrong_amount/wrong_charge/incorrect_amount/incorrect_charge/unauthori*/unauthori*_charge*/"
        "not_authori*/never_authori*/importe_incorrecto/cobro_no_autorizado/cargo_no_autorizado/"
        "cobro_indebido/falschen_betrag/falscher_betrag/montant_en_trop/prelevement_en_double/"
        "double_prelevement/full_price/charged_full/wrong_price/old_price",
        "still/again/keep/keeps/continue* ~2 charg*/bill*/abbuch*/cobr*/prelev*",
        "billed/charged ~4 seats/licenses/users ~4 but ~2 only",
        "statt/anstatt ~3 abgebucht/berechnet",
        "factur* ~4 au_lieu",
        "trotz ~2 kundigung ~3 abbuch*/abgebucht",
    ),
    "refund_ask": (
        "refund [me/us] the/it/one/my/our/this/that/both/all/difference/duplicate/extra/second/"
        "overcharge/amount/now/asap/please/immediately/today/me/us",
        "want/need/demand/expect/request*/require/asking_for/ask_for/like/owe*/give/issue/get/"
        "deserve ~3 refund/reimbursement",
        "please/kindly refund",
        "money_back/my_money/our_money/mi_dinero/el_dinero/mon_argent/mein_geld/unser_geld/"
        "geld_zuruck",
        "devuelvan/devolver*/devuelve/reintegr* ~3 dinero/importe/cargo/cobro",
        "reembols*/rembours*/erstatt*/ruckerstattung/zuruckzahl*/zuruckerstatt*/reimburse*",
        "get/have/want/recuperar/recuperer/zuruckbekommen ~3 money/# ~1 back/zuruck",
        "prefer/prefiero/prefere/lieber/rather ~2 a/un/une/eine ~1 refund/reembolso/"
        "remboursement/erstattung",
        "return/devolver/retourner/renvoyer/zurucksenden/zuruckschicken ~6 order/pedido/"
        "commande/bestellung/item*/articulo*/article*/artikel/boots/shoes/zapatos/chaussures/"
        "schuhe/product*/producto*/produit*",
    ),
    "veto_refund": (
        "refund*/reembolso/remboursement/erstattung policy/policies/page/button/option*/"
        "feature/process*/rules/terms/window/period/arrived/received/came/went_through/"
        "was_processed/has_been/landed/showed_up/came_through/already/llego/recibido/recu/"
        "arrive/ist_angekommen/eingegangen",
        "got/received/receive*/thanks_for/thank_you_for/appreciate/recibi/recu/erhalten ~2 "
        "the/my/your/a/el/le/die ~1 refund*/reembolso/remboursement/erstattung",
        "issue/issuing/process/processing ~1 refunds", "refunds",
    ),
    # ------------------------------------------------------------ high: explicit urgency
    "explicit_urgency": (
        "urgent/urgently/urgente/urgentes/urgencia/urgence/urgences/urgemment/dringend/"
        "dringende/dringenden/dringendes/dringender/dringlich/eilig/eilt/asap/emergency/"
        "emergencies/emergencia/notfall/apremiante/urgentisimo",
        "as_soon_as_possible/as_fast_as_possible/so_schnell_wie_moglich/schnellstmoglich/"
        "lo_antes_posible/cuanto_antes/lo_mas_pronto_posible/des_que_possible/au_plus_vite/"
        "au_plus_tot/le_plus_vite_possible/time_sensitive/time_critical/top_priority/"
        "high_priority/highest_priority/priority_1/p1/sev1/sev_1/a_la_brevedad/"
        "de_toute_urgence/umgehend/critical_issue/business_critical/mission_critical",
        f"{_REQUEST_VERB} ~4 {_IMMEDIATE}",
        "need/needs/fix/respond/reply/answer/act/call/refund/restore/resolve/escalate/handle ~3 "
        "now/right_now/ahora/maintenant/jetzt $",
        "immediate attention/action/response/reply/help/assistance/fix/resolution/refund/"
        "callback",
        "sofortige ~2 erstattung/bearbeitung/ruckmeldung/antwort/losung/hilfe",
        "not ~1 fixed/resolved/sorted/done/addressed/restored/answered/repaired ~3 immediately/"
        "right_away/asap/sofort/inmediatamente/immediatement/today/tonight/urgently",
    ),
    "veto_urgency": (
        "urgent/urgente/urgence/dringend/dringende/emergency/notfall/emergencia ~1 tag/tags/"
        "label*/flag*/priority/status/field/queue/folder/view/filter/contact*/category/"
        "kategorie/etiqueta*/etiquette*/markier*/kennzeichn*/setting*/option/banner*/room/"
        "care/services/department/number/exit/kit/mode/plan/procedure*/line/hotline/dispatch/"
        "ticket_type/sla/rule/rules/routing",
        "is_it/is_this/is_that/how/wie ~1 urgent/dringend/urgente",
        "mark*/flag*/tag*/set ~3 as/to ~1 urgent",
        "dringend/urgent/urgente markier*/kennzeichn*/marcar/marquer/markieren",
        "als/as/como/comme/en [very/sehr/muy/tres] dringend/urgent/urgente markier*/kennzeichn*/marcar/marquer/"
        "mark*",
        "urgent*/dringend*/urgence*/emergenc*/notfall* matters/cases/issues/inquiries/"
        "requests/questions/fallen/cuestiones/demandes/anliegen/angelegenheiten/enquiries",
        "asuntos/casos/temas/cas urgente*/urgent*/urgencia*", "toute/toutes urgence*",
        "pour_toute/en_cas_d/en_cas_de/en_caso_de/in_case_of/im_notfall/in_notfallen ~1 "
        "urgence/urgencia/emergency/an_emergency/notfall",
        "if/falls/wenn/si ~3 urgent*/dringend*/urgente*/emergency/notfall",
        "urgent/dringend/urgente business/proposal",
        "close*/crash*/quit*/freez*/log*/redirect*/reload*/disappear*/vanish*/fail*/jump* ~2 "
        "immediately/sofort/inmediatamente/immediatement",
    ),
    # ------------------------------------------------------------ medium
    "bug": (
        "bug/bugs/buggy/error/errors/erreur*/fehler*/fallo*/falla/fallan/broken/breaks/broke/"
        "kaputt/crash*/absturz*/sturzt/freez*/froze/frozen/glitch*/stuck/fail/fails/failed/"
        "failing/failure/fehlgeschlagen/defect*/defekt/"
        "incorrect*/wrong/falsch*/incorrecto/incorrecta/erronee/erroneo/"
        "fehlt/fehlen/blank/unreadable/invalid/rejected/rejects/declined/"
        "abgelehnt/rechaz*/404/500/502/503/timeout*/zeituberschreitung/slow/langsam/lento/lent/"
        "disappeared/verschwunden/desaparec*/gesperrt/bloqueado/bloque/"
        "bloquee/bloques/unusable/blockiert/bloqueada/cuts/cut_off/spinner/hangs/hanging/"
        "logged_out/log_me_out/logs_me_out/"
        "err/econnreset/connection_reset/connection_refused/connection_error/typeerror/"
        "401/403/408/429/forbidden/"
        "exception/traceback/stack_trace/stacktrace/nullpointer*/segfault/"
        "blurry/pixelated/misaligned/overlapping/truncated/distorted/garbled/unclickable/"
        "kicked_out/off_center/off_centre/slightly_off/greyed_out/grayed_out/raw_html/"
        "raw_code/ignores/ignoring/double_booked/double_booking/undefined/wrong_time/"
        "wrong_day/wrong_zone/duplicad*/dupliques/en_double",
        "wird/werden ~3 nicht ~1 abgezogen/angewendet/angezeigt/gespeichert/gesendet/"
        "ubernommen/geladen/synchronisiert",
        "bleibt/bleiben ~2 grau/leer/weiss/hangen/stehen",
        "bricht/brechen/bricht_immer ~2 ab", "abbricht/abgebrochen",
        "doppelt ~1 angelegt/gesendet/gebucht",
        "takes/took/taking ~3 seconds/minutes/ages/forever",
        "never/no ~2 arriv*/came/comes/received/showed/shows_up/loads/delivered/ankommt/"
        "angekommen/llega/llego/arrive",
        "not ~1 work*/load*/sav*/send*/show*/display*/open*/sync*/reach*/arriv*/deliver*/"
        "receiv*/get*/appear*/add*/updat*/respond*/accept*/print*/upload*/download*/connect*/"
        "match*/function*/possible/allowed/log*/sign*/access*/help/helped/fix/fixed/solve/"
        "solved",
        "will not ~2 log*/sign*/access*/open*/load*/see/use/upload*/"
        "send*/save*/reset*/change*/login/connect*/add*/pay/work/start/sync*",
        "does/do/did/shows/returns/displays/zeigt/macht/hace nothing/nichts/nada",
        "went_wrong/goes_wrong/something_wrong/something_is_wrong/is_wrong/over_and_over/"
        "even_though/although/flips_back/every_time/every_single_time/same_entries/"
        "keeps_crashing/keeps_logging",
        "funktioniert/funktionieren/geht/klappt/lauft ~4 nicht",
        "rien/nada/nichts/nothing ~2 ne_marche/ne_fonctionne/n_marche/funktioniert/geht/funciona/"
        "works/work/working/loads/loading/happens/marche", "gar_nichts",
        "no ~1 funciona*/carga/guarda/hace/aparece*/llega*/puedo/podemos/deja/sirve/abre/envia",
        "sin_funcionar/sigue_sin", "me_sale ~2 error",
        "impossible_de/impossible_d/n_arrive_pas/narrive",
        "closes/quits/shuts/crashes ~1 immediately/itself/unexpectedly/on/after/when/randomly/"
        "automatically/down",
        "se ~1 cierra/cuelga/bloquea/congela/reinicia/ferme/plante/bloque/fige",
        "plante/plantage/sturzt_ab/hangt/friert_ein/schliesst_sich",
    ),
    # a fault word a question also uses ("is there a way to merge duplicate contacts?",
    # "she can't get her codes, how do I reset them?"): a problem unless the ticket asks how
    "bug_weak": (
        "issue/issues/problem/problems/probleme/problema/problemas/missing/lost/removed/"
        "duplicate/duplicates/duplicated/unable/locked/expired/weird/strange/seltsam/raro/"
        "bizarre/loop",
        "can/could not", "nicht_mehr", "kann/konnen ~3 nicht", "ne/n ~2 pas/plus",
    ),
    "veto_bug": (
        # a mail footer: "if you have received this email in error, notify the sender"
        "received ~4 in_error/by_mistake/par_erreur/por_error/irrtumlich/falschlicherweise",
        "notify_the_sender/informieren_sie_bitte_den_absender/benachrichtigen_sie_den_absender/"
        "avisez_l_expediteur/notifique_al_remitente/informer_l_expediteur",
        "in_case/falls/en_caso/au_cas/if/should/si/wenn ~4 fail/fails/failed/breaks/crash*/"
        "stops/error/errors/error_500/500/erreur/fehler/falla/timeout*",
        "can/could not ~1 afford/pay_by/use_a_credit/justify/change_anything",
        "issue ~1 refund*/invoice*/credit*/receipt*/certificate*/a/an",
        "ne/n ~1 sais/suis/est/ai/avons pas",
        "n est pas/plus", "no ~1 es", "no_problem/kein_problem/pas_de_probleme/sin_problema/"
        "not_a_problem/no_issue*/no_issue",
        "if ~4 problem*/issue*", "in_the_loop",
        "can/could not ~2 find/figure*/decide/wait/remember/understand/tell/believe/imagine/"
        "recommend/thank/stress/express/seem/say/praise/agree",
    ),
    "veto_billing": (
        "refund*/invoice*/billing/payment*/rechnung*/factura*/facture* option*/button*/"
        "feature*/module/integration/setting*/tab/template*/field*/workflow*/macro*/report*",
        "word/wort/palabra/mot/keyword*/term/terms/schlagwort ~2 invoice*/rechnung*/refund*/"
        "factura*/facture*/billing/payment*/charge*",
        "mention*/contain*/enthalt*/include*/about ~2 refund*/invoice*/billing/payment*/"
        "rechnung*/factura*/facture*",
        "set_up/setup/setting_up/configure/configuring/enable/enabling/create/creating/"
        "customi*/automat*/einrichten/configurar/configurer ~3 invoice*/billing/payment*/"
        "refund*/receipt*/factura*/facture*/rechnung*",
        "multi_currency ~1 invoice*/billing/payment*",
    ),
    "billing": (
        "invoice/invoices/bill/bills/billed/billing/charged/charges/charging/payment/"
        "payments/pay/paid/receipt*/refund/refundable/vat/tax/overage/prorat*/rechnung*/abbuch*/"
        "abgebucht/zahlung*/bezahl*/lastschrift*/gutschrift*/factura*/cobro*/cobr*/cargo/"
        "pago*/reembolso*/facture*/factur*/paiement*/prelevement*/remboursement*/"
        "bank_transfer/credit_card/downgrad*/upgrad*/price_increase/raised_prices/mwst/ust",
        "switch*/change*/move*/pasar*/cambiar*/wechsel*/passer ~4 plan/plans/tarif",
    ),
    "cancellation": (
        "cancel/cancels/cancelling/canceling/cancellation*/cancelation*/unsubscrib*/kundig*/"
        "kundigung/cancelar*/cancelacion/darme_de_baja/dar_de_baja/resilier/resilie/"
        "resiliation/annuler/annulation/terminate*/termination",
        "close/delete/remove/closing/deleting/supprimer/fermer/cerrar/eliminar/borrar/"
        "loschen/schliessen/kundigen/cancelar/annuler ~2 account/accounts/konto/cuenta/compte/"
        "abonnement/abo/suscripcion",
        "moving/switching/move/switch ~2 another/other/different ~1 tool/provider/vendor/"
        "product/solution/helpdesk",
        "vertrag ~3 beenden/auflosen",
    ),
    "veto_cancel": (
        "cancel/cancellation button/link/option/page/flow/policy",
    ),
    "anger": (
        "unacceptable/inacceptable/inaceptable/inakzeptabel/inadmissible/ridiculous/absurd/"
        "absurdo/lacherlich/ridicule/worst/terrible/horrible/horrendous/awful/pathetic/"
        "disgrace*/disgusting/outrage*/outrageous/furious/angry/livid/scam/fraud/garbage/"
        "trash/useless/incompetent/unprofessional/shameful/shocking/appalling/infuriating/"
        "pesimo/pesima/fatal/verguenza/indignado/indignada/harto/harta/estafa/lamentable/"
        "scandaleux/honteux/inadmissible/furieux/furieuse/enerve/arnaque/unverschamt/"
        "frechheit/skandal*/katastroph*/catastroph*/disaster/desastre/argerlich/verargert/"
        "wutend/sauer/mies/miserabel/unzumutbar/ekelhaft",
        "fed_up/sick_of/tired_of/had_enough/get_it_together/fix_your/waste_of/rip_off/ripoff/"
        "en_colere/marre/ras_le_bol/die_nase_voll/thanks_for_nothing/dead_in_the_water/"
        "not_happy/not_satisfied/very_unhappy/zum_kotzen",
        "frustrat*/disappoint*/enttausch*/decepcion*/decevant*/decu/decue/decus",
        "no/without/keine/sin/sans/never ~1 reply/replies/response/responses/answer/answers/"
        "antwort/respuesta/reponse/word/feedback ~3 days/weeks/since/yet/single/from",
        "nobody/no_one/nadie/niemand/personne ~2 answers/responds/replies/responded/replied/"
        "answered/responde/contesta/antwortet/repond/reacts/bothers/cares/asked",
        "without ~1 a/any ~1 single ~1 answer/reply/response",
        "losing ~2 money/sales/customers/business/revenue/clients",
        "thanks/thank_you ~1 for ~2 deleting/charging/breaking/ignoring/wasting/locking/"
        "nothing/ruining/losing/closing/cancelling/removing/overcharging",
        "waiting/waited/wait ~4 days/weeks/hours/months/forever/ages",
        "nothing_but ~1 trouble/problems/issues/headaches/bugs/excuses",
        "too/so/way ~1 many/much ~1 bugs/issues/problems/errors/outages/crashes/downtime/fehler/"
        "errores/problemas/bugs/pannes",
        "constant/constantly/endless/nonstop ~1 bugs/issues/problems/errors/outages/crash*/"
        "downtime",
    ),
    "negative": (
        "not_a_fan/do_not_like/dislike/hate/worse/confusing/annoy*/unhappy/dissatisfied/"
        "upset/sucks/meh/poor/bad/sad/unfortunately/leider/lamentablemente/malheureusement/"
        "nervig/schlecht/schlimm/molesto/molesta/decepcionado/nul/nulle/pire/ennuyeux/"
        "seriously/wtf/ugh/jeez/nightmare/headache/mess",
        "demand/exijo/exigimos/verlange/verlangen/j_exige",
        "want ~2 refund/money/my_money/our_money",
        "quiero/queremos ~2 reembolso/dinero",
        "give ~1 me/us ~1 my/our ~1 money",
        "refund ~3 now/immediately/today",
        "want_answers/i_want_answers/explain_yourselves",
        "dont_contact/do_not_contact",
    ),
    "chase": (
        "any_update/any_news/status_of/what_is_the_status/what_s_the_status/following_up/"
        "gibt_es_neuigkeiten/hay_novedades/des_nouvelles/still_waiting_for",
    ),
    "repeat": (
        "again/yet_another/once_again/third_time/fourth_time/fifth_time/another_update/"
        "schon_wieder/immer_wieder/wieder_einmal/erneut/immer_noch/zum_dritten/"
        "zum_wiederholten/otra_vez/de_nuevo/sigue/todavia_no/encore_une_fois/toujours_pas/"
        "troisieme_fois/a_nouveau",
        "still ~1 not/no/nothing/broken/fail*/waiting/down/having/getting/seeing/happening/"
        "the_same/an_issue/a_problem/does_not/is_not/can_not/wrong/missing/crash*",
        "three/four/five/six/several/multiple/many/2/3/4/5/10 times/emails/mails",
        "fourth/third/fifth/tenth email/time/mail",
        "third/fourth/fifth/tenth/dritte*/vierte*/tercer*/cuarta/troisieme/quatrieme ~1 "
        "outage*/incident*/ticket/call/ausfall/storung/panne/caida/vez/fois/mal",
    ),
    "sarcasm": (
        "love/loving/lovely how/that/when", "thanks_for_nothing",
        "as_always $", "really_loving/just_great/oh_great/oh_wonderful/great_qa", "so_helpful $",
        "super_productive",
    ),
    # ------------------------------------------------------------ low and tone
    "how_to": (
        "how ~3 do/can/to/would/should/does", "is_it_possible/is_there_a_way/is_there_any_way/"
        "is_there_a/is_there_an/can_i/can_we/could_i/could_we/do_you_offer/do_you_have/"
        "do_you_support/where_do_i/where_can_i/where_is/where_are/where_would/whats/what_is/"
        "what_s/which_plan/what_s_the",
        "wie ~2 kann/konnen/lasst/mache/geht", "wo ~2 finde/kann", "gibt_es",
        "como ~2 puedo/puedes/se/hago/podemos", "donde ~2 puedo/encuentro/esta", "es_posible",
        "se_puede", "comment ~2 puis/peut/faire/ajouter/creer/changer", "est_il_possible",
        "est_ce_que", "ou_puis_je", "peut_on",
    ),
    "request": (
        "please/kindly/bitte/por_favor/merci_de/merci_d/svp/s_il_vous_plait/could_you/can_you/"
        "would_you/can_someone/could_someone/need/needs/want/wants/would_like/d_like/quiero/"
        "queremos/necesito/necesitamos/je_souhaite/nous_souhaitons/je_voudrais/ich_mochte/"
        "wir_mochten/hiermit/solicito/exijo/je_vous_demande/pouvez_vous/konnen_sie/pueden/"
        "let_me_know/get_back_to_me/pueden/podrian/konnten_sie",
    ),
    "feature_request": (
        "feature_request/feature_req/suggestion*/sugerencia/anregung/funktionswunsch/"
        "would_be_great/would_be_nice/would_be_awesome/would_be_useful/would_be_helpful/"
        "would_help/would_love/it_would_help/would_be_cool/please_consider/consider_adding/"
        "please_add/could_you_add/any_plans/plans_to_support/plans_to_add/on_the_roadmap/"
        "roadmap/ware_schon/ware_es_schon/es_ware/schon_ware/seria_util/seria_genial/"
        "seria_bueno/seria_estupendo/me_gustaria/ce_serait/serait_pratique/serait_bien/"
        "serait_genial/j_aimerais/one_wish/my_wish/wishlist/wish_list/feature_idea/an_idea/"
        "quick_idea/small_idea/nice_to_have/wunsch",
        "idea/suggestion/vorschlag/sugerencia $",
    ),
    "veto_praise": (
        "would ~1 be ~1 great/nice/awesome/cool/useful/helpful/amazing/fantastic/perfect",
        "seria/serait/ware/waere ~1 genial/util/bueno/estupendo/bien/pratique/schon/toll/super/"
        "cool/parfait/perfecto/ideal",
        "would_love", "ware_schon/schon_ware/ware_es_schon",
        "best regards/wishes/rgds", "would/d ~1 be ~1 appreciated",
    ),
    "praise": (
        "great/awesome/amazing/excellent/fantastic/brilliant/perfect*/love/loving/loved/"
        "wonderful/superb/kudos/helpful/impressed/happy/pleased/delighted/best/rock/rocks/"
        "intuitive/breeze/outstanding/incredible/terrific/lifesaver/super/toll/klasse/prima/"
        "hervorragend/begeistert/zufrieden/genial/excelente/perfecto/perfecta/encanta/"
        "enhorabuena/contento/contentos/fantastico/increible/estupendo/bravo/parfait/parfaite/"
        "formidable/ravi/ravie/reactivite/nice/appreciated/insightful/fascinating",
        "really/very/super/so/quite/most ~1 interesting/useful/informative",
        "well_done/good_job/great_job/nice_work/keep_it_up/keep_up/you_rock/big_fan/weiter_so/"
        "gut_gemacht/buen_trabajo/bon_travail/saved_my/saved_our/saved_us",
        "loves_it/love_it/loved_it/much_clearer/much_cleaner/much_faster/so_much_easier/"
        "so_easy/clearest/really_clear/solid/kind_and_fast/fair/legend/shout_out/shoutout/"
        "made_my_week/made_my_day/saved_me/recommended_you/recommend_you/keep_doing/"
        "keep_up_the_good_work/good_work/great_work/good_run/runs_our_whole/"
        "sigan_asi/encantados/encantada/encantado/de_maravilla/estupenda/estupendo/"
        "genial/lob/grosses_lob/dankeschon/herzlich*/super_arbeit/weiter_so/"
        "merci_a_toute/bravo/chapeau/top/ravis/ravie/impeccable/nickel/"
        "works_like_a_charm/spot_on/game_changer/lifesaver/life_saver/above_and_beyond",
    ),
    "thanks": (
        "thanks/thank/thankyou/appreciate*/grateful/danke/dankeschon/vielen_dank/dank/gracias/"
        "merci",
    ),
    "veto_courtesy": (
        "thanks/thank/danke/gracias/merci/dank ~2 in_advance/advance/im_voraus/de_antemano/"
        "por_adelantado/d_avance/par_avance/avance/vorab",
        "merci de/d", "would/d appreciate*",
        "thank_you_for_your_email/thank_you_for_your_message/thanks_for_your_email/"
        "thank_you_for_contacting",
    ),
    "feedback": (
        "feedback/survey/two_cents/2_cents/just_saying/umfrage/encuesta/sondage/"
        "getting_used_to/my_opinion/imo/fwiw",
    ),
    "calm": (
        "just_curious/only_curious/nur_neugierig/simple_curiosite/solo_curiosidad/"
        "no_rush/no_hurry/low_priority/whenever_you_get/whenever_you_can/when_you_have_time/"
        "when_you_get_a_chance/in_your_own_time/keine_eile/sin_prisa/pas_presse/rien_ne_presse/"
        "no_corre_prisa/eventually/not_time_sensitive/hat_zeit/pas_d_urgence",
    ),
    "minor": (
        "typo/typos/misspell*/spelling/tippfehler/rechtschreib*/errata/faute_de_frappe/"
        "coquille/errata/wording/grammar",
    ),
    "resolved": (
        "never_mind/nevermind/nvm/figured_it_out/figured_out/sorted_it/solved/resolved/"
        "works_now/working_now/works_again/working_again/all_good/back_now/is_back/s_back/"
        "back_online/fixed_now/ignore_my/please_ignore/sorry_for_the_noise/hat_sich_erledigt/"
        "erledigt/geht_wieder/funktioniert_wieder/hat_sich_geklart/ya_funciona/"
        "ya_esta_resuelto/resuelto/solucionado/c_est_regle/est_regle/resolu/ca_marche/gelost/"
        "geklart/hat_sich_geklart/"
        "fonctionne_a_nouveau/ca_fonctionne/fermer_le_ticket/close_the_ticket/cerrar_el_ticket/"
        "ticket_schliessen",
        "refund*/reembolso/remboursement/erstattung ~5 arrived/came/came_through/went_through/"
        "landed/showed_up/was_processed/has_arrived/received/llego/recibido/recu/arrive/"
        "eingegangen/angekommen",
        "got/received/recibi/recu/erhalten ~2 the/my/el/le/die/meine ~1 refund/reembolso/"
        "remboursement/erstattung",
    ),
    "fyi": (
        "fyi/for_your_information/just_so_you_know/heads_up/just_letting_you_know/"
        "just_wanted_to_let_you_know/no_action_needed/no_action_required/no_need_to_reply/"
        "no_need_to_respond/nothing_to_do/zur_info/zu_ihrer_information/kein_handlungsbedarf/"
        "para_su_informacion/pour_info/pour_information/a_titre_d_information/test_ticket",
    ),
    "auto_reply": (
        "out_of_office/out_of_the_office/automatic_reply/auto_reply/autoreply/auto_response/"
        "automatic_response/mailbox_is_not_monitored/not_monitored/currently_away/"
        "i_am_currently_out/will_be_back_on/abwesenheitsnotiz/nicht_im_buro/"
        "automatische_antwort/abwesend/respuesta_automatica/fuera_de_la_oficina/"
        "reponse_automatique/absent_du_bureau/je_suis_absent/je_suis_absente/"
        "this_is_an_automatic/auto_submitted/message_has_been_received",
    ),
    "spam": (
        "seo/backlink*/guest_post*/dear_friend/business_proposal/kindly_reply/"
        "crypto*/lottery/you_have_won/free_audit/rank_your/first_page_of_google/1_on_google/"
        "affordable_prices/limited_offer/click_here/viagra/casino/investment_opportunity/"
        "web_design_services/lead_generation",
    ),
}
