"""The words the mock's customers write, grouped by what a classifier should make of them.

The themes are deliberately adversarial: beside the real emergencies (legal threats,
chargebacks, GDPR requests, outages, data loss, double charges) sit tickets that use
the same words innocently ("not urgent", "the refund arrived", "I read your GDPR
page", "refundable"), so a keyword-only classifier is caught out in demos and tests.
The weights aim at roughly 12-14% genuinely high-urgency tickets.

A theme holds *stories*: subjects and bodies that belong together, so a subject
about a double charge never arrives with a body about dark mode. Templates are
``str.format`` strings whose ``{slot}`` names are filled from :data:`SLOTS`.
"""

from __future__ import annotations

from dataclasses import dataclass

#: (subjects, bodies): any subject of a story fits any of its bodies
Story = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Theme:
    """One kind of ticket: how often it is written and what it can say."""

    name: str
    weight: float
    stories: tuple[Story, ...]
    #: language of the greeting and sign-off wrapped around the body; None = as is
    language: str | None = "en"


SLOTS: dict[str, tuple[str, ...]] = {
    "product": ("the dashboard", "the mobile app", "the REST API", "SSO", "the billing portal",
                "the reporting module", "the Slack integration", "the CSV export", "the inbox view",
                "the admin console", "webhooks", "the Android app", "the iOS app"),
    "feature": ("dark mode", "bulk edit", "saved filters", "two-factor authentication",
                "custom fields", "SLA timers", "audit logs", "scheduled reports", "keyboard shortcuts",
                "a Zapier connector", "multi-currency invoices", "canned responses"),
    "error": ("HTTP 500 Internal Server Error", "Error 502 Bad Gateway", "\"Something went wrong\"",
              "ERR_CONNECTION_RESET", "a blank white page", "TypeError: cannot read properties of undefined",
              "a spinner that never stops", "403 Forbidden", "a timeout after 30 seconds"),
    "amount": ("19.00", "49.00", "99.00", "149.50", "240.00", "480.00", "1,200.00", "3,600.00"),
    "currency": ("$", "€", "£"),
    "invoice": tuple(f"INV-2026-{n:04d}" for n in (112, 347, 581, 902, 1204, 1777, 2048, 3190)),
    "records": ("contacts", "tickets", "invoices", "attachments", "projects", "saved reports"),
    "count": ("3", "12", "40", "150", "80", "about 2,000"),
    "name": ("Anna", "Ben", "Carlos", "Dana", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas",
             "Kemal", "Lena", "Mateo", "Nora", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tomás"),
    "agent": ("Alex", "Sam", "Jordan", "Taylor", "Robin", "Kim"),
    "colleague": ("Marta", "Henrik", "Yuki", "Pablo", "Chloé", "Ravi"),
    "company": ("Northwind", "Blue Harbor Ltd", "Kestrel Logistics", "Fjord Health", "Tandem Retail",
                "Orbit Labs", "Maple & Co", "Riverside Dental", "Quanta GmbH", "Solaris SA"),
    "days": ("two", "three", "five", "seven", "ten", "14"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
}

_HIGH = (
    Theme("legal", 2.2, (
        (("Formal complaint and notice of legal action", "Final notice before we involve our lawyers",
          "Legal action: service not delivered as agreed"),
         ("Your service has been down {days} times this month and you keep ignoring us. "
          "If this is not fixed by {weekday}, my attorney will be in touch.",
          "We have paid {currency}{amount} for a service we could not use. We will take legal action "
          "unless a manager contacts us today.")),
        (("Lawsuit regarding lost {records}", "Breach of contract – lost {records}"),
         ("Our counsel is preparing a lawsuit over the {records} you lost. Consider this formal notice.",
          "Losing our {records} is a breach of our contract. We are filing a lawsuit next week.")),
    )),
    Theme("chargeback", 1.6, (
        (("Chargeback filed for {invoice}", "Disputing your charge with my bank",
          "Bank dispute opened – unauthorized charge"),
         ("I did not authorize the charge of {currency}{amount} on {invoice}. I have opened a dispute "
          "with my bank and will file a chargeback if this is not reversed.",
          "You charged my card again after I cancelled. My bank is processing a chargeback now.")),
    )),
    Theme("gdpr", 1.8, (
        (("GDPR request: right to be forgotten", "Erasure request under GDPR Art. 17"),
         ("Under the GDPR I request the erasure of all personal data you hold about me "
          "(right to be forgotten). Please confirm within 30 days.",
          "Please delete my account and every piece of personal data linked to it. This is a formal "
          "erasure request under the GDPR.")),
        (("Subject access request under Article 15 GDPR", "Data protection request: copy of my data"),
         ("This is a subject access request. Send me a copy of all personal data you process about me.",
          "Under data protection law I am entitled to know what you store about me. Please send it.")),
        (("Possible data breach – I can see another company's data", "Data breach: {records} of other customers visible"),
         ("When I opened {product} I saw {records} belonging to another customer. This looks like a "
          "data breach and we are obliged to report it to the data protection authority.",)),
    )),
    Theme("outage", 2.6, (
        (("URGENT: nobody can log in", "Entire team locked out", "Login down for all users"),
         ("Since this morning nobody can log in, not a single user in our company. We are losing "
          "customers by the minute, please escalate asap.",
          "None of our {count} agents can log in. Everyone gets {error} on the sign-in page.")),
        (("Production is returning 500s", "Outage: everyone gets {error}", "{product} is down for everyone"),
         ("Production is returning 500s on every request to {product}. Our checkout is dead.",
          "All {count} agents see {error} when they open {product}. This is a complete outage.")),
    )),
    Theme("data_loss", 1.4, (
        (("All our {records} disappeared", "Data loss after yesterday's update",
          "Critical: {records} deleted without warning"),
         ("After the update {count} {records} are simply gone. We need them restored immediately.",
          "Our {records} from the last {days} days vanished overnight. Is there a backup?")),
    )),
    Theme("double_charge", 1.4, (
        (("Charged twice – refund immediately", "Double charge on {invoice}",
          "I demand a refund for the duplicate payment"),
         ("You billed me twice for {invoice} ({currency}{amount} each). Refund the duplicate now.",
          "My card shows two payments of {currency}{amount} this month. I want my money back today.")),
    )),
    Theme("asap", 1.0, (
        (("Need help ASAP – {product} broken before launch", "Urgent: {product} blocks our release"),
         ("We go live in two hours and {product} shows {error}. Please call me asap.",
          "This is urgent: {product} stopped working and our launch is tomorrow morning.")),
    )),
)

_TRICKY = (
    Theme("not_urgent", 2.5, (
        (("Not urgent: question about {feature}", "Low priority: {feature} idea"),
         ("This is not urgent at all, but is {feature} on your roadmap?",
          "Whenever you have time: would {feature} be possible on our plan?")),
        (("No rush – small typo in {product}",),
         ("No rush on this one: a label in {product} has a small typo.",)),
    )),
    Theme("refund_ok", 2.0, (
        (("The refund arrived, thanks!", "Re: refund for {invoice} – received"),
         ("Just confirming that the refund for {invoice} arrived. Thanks for sorting it out!",)),
        (("Is the annual plan refundable?", "Question: refundable deposit?"),
         ("Before we upgrade: is the annual plan refundable if we cancel in the first month?",)),
    )),
    Theme("gdpr_info", 1.5, (
        (("I read your GDPR page – cookie question",),
         ("I read your GDPR page and have a quick question: which cookies does {product} set?",)),
        (("Where do you host EU data?",),
         ("For our records, in which region are EU customers' {records} stored?",)),
    )),
    Theme("resolved_echo", 1.5, (
        (("Thanks for fixing yesterday's outage",),
         ("The login outage yesterday was handled well, thank you for the updates.",)),
        (("Re: chargeback – all sorted, please ignore",),
         ("Please ignore my earlier message about a chargeback, the bank cleared it up.",)),
        (("Our lawyer reviewed the contract, all good",),
         ("Our lawyer went through the new terms and everything is fine. Happy to sign.",)),
    )),
)

_MEDIUM = (
    Theme("bug", 12.0, (
        (("{product} shows {error}", "Error in {product}", "Export fails with {error}"),
         ("When I use {product} I get {error}. It started on {weekday}; clearing the cache did not help.",
          "Every time I open {product} it shows {error}. A colleague on another browser sees it too.")),
        (("Bug: {feature} not saving", "{feature} settings lost after refresh"),
         ("Changes to {feature} are lost after a refresh. Steps: open settings, edit, save, reload.",)),
        (("{product} is very slow today", "Performance issue in {product}"),
         ("Loading {product} takes over a minute for me, other pages are fine.",)),
    )),
    Theme("login_one_user", 8.0, (
        (("Can't log in on my laptop", "Password reset email never arrives"),
         ("I can't log in since {weekday}; my colleagues can. The reset email never arrives.",
          "I requested a password reset three times but no email arrived, spam folder is empty.")),
        (("2FA code rejected",),
         ("My two-factor code is rejected every time, even right after it appears.",)),
    )),
    Theme("invoice", 9.0, (
        (("Question about invoice {invoice}", "Invoice {invoice} amount looks wrong"),
         ("Invoice {invoice} shows {currency}{amount}, but our plan should cost less. Can you check?",)),
        (("VAT number missing on {invoice}", "Please update billing address"),
         ("Our VAT ID is missing from {invoice}. Could you reissue it?",
          "We moved offices; please put the new address on {invoice} and future invoices.")),
    )),
    Theme("cancellation", 6.0, (
        (("Please cancel my subscription", "How do I cancel at the end of the term?"),
         ("We are moving to another tool and would like to cancel at the end of this billing period.",)),
        (("Downgrade request",),
         ("Please downgrade us to the basic plan from next month.",)),
    )),
    Theme("integration", 5.0, (
        (("Webhook deliveries failing",),
         ("Our webhook endpoint has not received events for {days} days, the log shows retries.",)),
        (("API returns 401 with a valid token",),
         ("The REST API answers 401 although the token was created today.",)),
    )),
)

_LOW = (
    Theme("howto", 12.0, (
        (("How do I add a teammate?", "Inviting a colleague"),
         ("Quick question: how do I invite a new teammate to our workspace?",)),
        (("How to set up {feature}?", "Docs for {feature}?"),
         ("Could you point me to the docs for setting up {feature}?",
          "Is there a guide for {feature}? I could not find it in the help center.")),
        (("Where can I change my email address?",),
         ("I changed jobs and need to update the email on my account. Where is that setting?",)),
    )),
    Theme("feature_request", 9.0, (
        (("Feature request: {feature}", "Would love {feature}", "Suggestion: {feature}"),
         ("It would be great if {product} supported {feature}. Our team would use it every day.",
          "Any plans for {feature}? Happy to beta test.")),
    )),
    Theme("praise", 7.0, (
        (("Love the new {feature}!",),
         ("Just wanted to say the new {feature} saves us hours every week. Great work!",)),
        (("Great support, thank you", "Thanks for the quick help"),
         ("{agent} from your team was incredibly helpful yesterday. Thank you!",
          "Problem solved within minutes, thanks a lot!")),
    )),
    Theme("auto_reply", 4.0, (
        (("Automatic reply: your ticket", "Out of office: Re: your request"),
         ("I am out of the office until {weekday} with limited access to email. "
          "For urgent matters please contact {colleague}.",)),
        (("Auto-reply: received",),
         ("Thank you for your message. This is an automated reply; we will get back to you shortly.",)),
    ), language=None),
)

_FOREIGN = (
    Theme("de_high", 0.5, (
        (("Dringend: Niemand kann sich anmelden",),
         ("Seit heute Morgen kann sich niemand bei uns anmelden. Bitte sofort beheben!",)),
        (("Rechtliche Schritte wegen Datenverlust",),
         ("Wenn die gelöschten Daten nicht wiederhergestellt werden, leiten wir rechtliche Schritte ein.",)),
    ), language="de"),
    Theme("de_low", 1.5, (
        (("Frage zur Rechnung {invoice}",),
         ("Auf der Rechnung {invoice} fehlt unsere USt-IdNr. Können Sie sie neu ausstellen?",)),
        (("Danke für die Hilfe",),
         ("Vielen Dank für die schnelle Hilfe gestern, alles funktioniert wieder.",)),
    ), language="de"),
    Theme("es_high", 0.4, (
        (("Urgente: cobro duplicado",),
         ("Nos cobraron dos veces {currency}{amount}. Exijo el reembolso inmediato.",)),
        (("Tomaremos acciones legales",),
         ("Si no resuelven el problema hoy, tomaremos acciones legales.",)),
    ), language="es"),
    Theme("es_low", 1.2, (
        (("¿Cómo añado un usuario?",),
         ("¿Cómo puedo añadir un nuevo usuario a nuestra cuenta?",)),
        (("Gracias por todo",),
         ("Muchas gracias por la ayuda, el equipo está muy contento.",)),
    ), language="es"),
    Theme("fr_high", 0.4, (
        (("Urgent : plus personne ne peut se connecter",),
         ("Depuis ce matin, aucun utilisateur ne peut se connecter. C'est bloquant pour toute l'équipe.",)),
        (("Demande RGPD : droit à l'oubli",),
         ("Conformément au RGPD, je demande la suppression de toutes mes données personnelles.",)),
    ), language="fr"),
    Theme("fr_low", 1.2, (
        (("Question sur la facture {invoice}",),
         ("Pouvez-vous m'expliquer le montant de la facture {invoice} ?",)),
        (("Merci pour votre aide",),
         ("Merci beaucoup pour votre réponse rapide, tout fonctionne.",)),
    ), language="fr"),
)

THEMES: tuple[Theme, ...] = _HIGH + _TRICKY + _MEDIUM + _LOW + _FOREIGN

#: themes a human would call high urgency; tests use it to check the mix
HIGH_URGENCY = frozenset(t.name for t in _HIGH) | {"de_high", "es_high", "fr_high"}

GREETINGS: dict[str, tuple[str, ...]] = {
    "en": ("Hi,", "Hello support,", "Hi team,", "Dear support team,", "Hey there,", ""),
    "de": ("Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,"),
    "es": ("Hola,", "Buenos días,", "Estimado equipo,"),
    "fr": ("Bonjour,", "Madame, Monsieur,", "Bonjour l'équipe,"),
}

SIGN_OFFS: dict[str, tuple[str, ...]] = {
    "en": ("Thanks,\n{name}", "Best regards,\n{name}\n{company}", "Cheers, {name}", "-- {name}", ""),
    "de": ("Viele Grüße\n{name}", "Mit freundlichen Grüßen\n{name}, {company}"),
    "es": ("Saludos,\n{name}", "Un saludo,\n{name} ({company})"),
    "fr": ("Cordialement,\n{name}", "Bien à vous,\n{name}, {company}"),
}

#: reply/forward prefixes real mail clients add to subjects
SUBJECT_PREFIXES = ("Re: ", "RE: ", "Fwd: ", "AW: ")
