"""The rule-based classifier, measured on the hand-labelled set and pinned by focused cases.

The labelled set (tests/data/labelled_tickets.jsonl) was written and labelled by hand
from the label definitions, before the rules; every third ticket (index % 3 == 2) was
held out while the rules were written. Both figures are printed; the thresholds below
are what the classifier honestly achieves on the whole set, with a small margin.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actors.classify import Classification, ClassifyService

DATA = Path(__file__).parent / "data" / "labelled_tickets.jsonl"
LABELS = {
    "urgency": ("high", "medium", "low"),
    "sentiment": ("negative", "neutral", "positive"),
    "requires_action": (True, False),
}
#: accuracy the classifier must keep on the whole labelled set
THRESHOLDS = {"urgency": 0.97, "sentiment": 0.95, "requires_action": 0.97}
HIGH_CATEGORIES = ("legal_threat", "chargeback", "privacy", "outage", "data_loss",
                   "refund_demand", "explicit_urgency")


@pytest.fixture(scope="module")
def service() -> ClassifyService:
    return ClassifyService()


@pytest.fixture(scope="module")
def labelled() -> list[dict]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def predictions(service, labelled) -> list[Classification]:
    return [service.classify(t["subject"], t["message"]) for t in labelled]


def _held_out(index: int) -> bool:
    return index % 3 == 2


def _score(rows: list[dict], preds: list[Classification]) -> dict[str, float]:
    return {label: sum(getattr(p, label) == r[label] for r, p in zip(rows, preds)) / len(rows)
            for label in LABELS}


def _confusion(rows: list[dict], preds: list[Classification], label: str) -> str:
    values = LABELS[label]
    counts = Counter((r[label], getattr(p, label)) for r, p in zip(rows, preds))
    width = max(len(str(v)) for v in values) + 2
    lines = [f"  {label}: rows = labelled, columns = predicted",
             "  " + " " * width + "".join(f"{str(v):>{width}}" for v in values)]
    for want in values:
        lines.append("  " + f"{str(want):<{width}}"
                     + "".join(f"{counts[(want, got)]:>{width}}" for got in values))
    return "\n".join(lines)


def _report(rows: list[dict], preds: list[Classification]) -> str:
    split = {
        "all": list(range(len(rows))),
        "rule-writing 2/3": [i for i in range(len(rows)) if not _held_out(i)],
        "held-out 1/3": [i for i in range(len(rows)) if _held_out(i)],
    }
    out = [f"\nclassifier {ClassifyService.version} on {DATA.name} ({len(rows)} tickets)"]
    for name, idx in split.items():
        scores = _score([rows[i] for i in idx], [preds[i] for i in idx])
        out.append(f"  {name:<17} n={len(idx):<4}" + "  ".join(
            f"{label} {scores[label]:.1%}" for label in LABELS))
    for lang in ("en", "de", "es", "fr"):
        idx = [i for i, r in enumerate(rows) if r["lang"] == lang]
        scores = _score([rows[i] for i in idx], [preds[i] for i in idx])
        out.append(f"  lang {lang:<12} n={len(idx):<4}" + "  ".join(
            f"{label} {scores[label]:.1%}" for label in LABELS))
    out += [_confusion(rows, preds, label) for label in ("urgency", "sentiment", "requires_action")]
    misses = [(i, r, p) for i, (r, p) in enumerate(zip(rows, preds))
              if any(getattr(p, label) != r[label] for label in LABELS)]
    out.append(f"  disagreements ({len(misses)}):")
    for i, r, p in misses:
        wrong = ", ".join(f"{label} {getattr(p, label)} (labelled {r[label]})"
                          for label in LABELS if getattr(p, label) != r[label])
        out.append(f"    line {i + 1}: {r['subject'][:50]!r}: {wrong}")
    return "\n".join(out)


# --- the labelled set ----------------------------------------------------------------


def test_labelled_set_is_well_formed(labelled):
    assert len(labelled) >= 320
    keys = {"subject", "message", "urgency", "sentiment", "requires_action", "critical", "lang"}
    for line, ticket in enumerate(labelled, 1):
        assert set(ticket) == keys, line
        assert ticket["urgency"] in LABELS["urgency"], line
        assert ticket["sentiment"] in LABELS["sentiment"], line
        assert isinstance(ticket["requires_action"], bool), line
        assert ticket["critical"] in (None, "legal_threat", "chargeback", "privacy", "outage"), line
        assert ticket["critical"] is None or ticket["urgency"] == "high", line
        assert ticket["lang"] in ("en", "de", "es", "fr"), line
    assert len({(t["subject"], t["message"]) for t in labelled}) == len(labelled), "duplicates"
    langs = Counter(t["lang"] for t in labelled)
    assert sum(n for lang, n in langs.items() if lang != "en") >= 40
    assert all(langs[lang] >= 10 for lang in ("de", "es", "fr"))
    critical = {t["critical"] for t in labelled}
    assert critical >= {"legal_threat", "chargeback", "privacy", "outage"}


def test_accuracy_on_labelled_set(labelled, predictions, capsys):
    with capsys.disabled():
        print(_report(labelled, predictions))
    scores = _score(labelled, predictions)
    for label, threshold in THRESHOLDS.items():
        assert scores[label] >= threshold, f"{label}: {scores[label]:.1%} < {threshold:.0%}"


def test_no_critical_ticket_below_high(labelled, predictions):
    missed = [f"line {i + 1} [{t['critical']}] {t['subject']!r}: {p.urgency} {p.reasons}"
              for i, (t, p) in enumerate(zip(labelled, predictions))
              if t["critical"] and p.urgency != "high"]
    assert not missed, "critical tickets classified below high:\n" + "\n".join(missed)


def test_every_high_prediction_names_its_trigger(predictions):
    for p in predictions:
        if p.urgency == "high":
            assert p.alert_trigger in HIGH_CATEGORIES
            assert f"high:{p.alert_trigger}" in p.reasons
        else:
            assert p.alert_trigger is None


# --- words, not substrings -----------------------------------------------------------


@pytest.mark.parametrize(("subject", "message"), [
    ("Is this plan refundable?", "I upgraded by mistake. Is the annual plan refundable?"),
    ("Blog", "Loved the lawsuit article on your blog about patent trolls."),
    ("Question", "I read your GDPR page, which cookies do you set?"),
    ("Refund policy", "Your refund policy page says 14 days; does that cover annual plans?"),
    ("Tags", "How do I add the urgent tag to tickets that mention refunds?"),
    ("Thanks", "The refund arrived, thanks!"),
    ("Dashboard", "Where can I see the chargeback rate for my store?"),
    ("Hi", "Our new colleague Sue can't log in, the reset mail never arrives."),
    ("Crash", "The app closes immediately after the splash screen."),
    ("Auto-reply", "I am out of the office. For urgent matters please call my colleague."),
])
def test_innocent_uses_do_not_raise_urgency(service, subject, message):
    result = service.classify(subject, message)
    assert result.urgency != "high", result.reasons
    assert result.alert_trigger is None


def test_refundable_is_not_refund(service):
    result = service.classify("Charged twice?", "Was I charged twice? Is that refundable?")
    assert result.urgency == "medium"
    assert "refund" not in result.keywords
    assert "high:refund_demand" not in result.reasons
    demand = service.classify("Charged twice", "You charged me twice. Please refund the duplicate.")
    assert demand.alert_trigger == "refund_demand"


def test_the_refund_arrived_is_a_thank_you(service):
    result = service.classify("Re: double charge",
                              "The refund for the double charge arrived, thanks!")
    assert (result.urgency, result.sentiment, result.requires_action) == ("low", "positive", False)


# --- negation ------------------------------------------------------------------------


@pytest.mark.parametrize("message", [
    "Not urgent at all, but how do I rename a tag?",
    "This is not an emergency: where do I change the logo?",
    "Nothing urgent, just wondering how exports work.",
    "Nicht dringend: wie ändere ich die Sprache?",
    "No es urgente, pero ¿cómo exporto los contactos?",
    "Ce n'est pas urgent : comment ajouter un administrateur ?",
    "Rien d'urgent, comment changer mon mot de passe ?",
    "Kein Notfall, wie exportiere ich Tickets?",
])
def test_negated_urgency_is_not_high(service, message):
    result = service.classify("Question", message)
    assert result.urgency == "low", result.reasons
    assert any(r.startswith("negation:") for r in result.reasons), result.reasons


def test_not_down_is_not_an_outage(service):
    slow = service.classify("Slow",
                            "The site isn't down, but the dashboard takes 20 seconds to load.")
    assert slow.urgency == "medium"
    down = service.classify("Down", "The site is down for everyone in our company.")
    assert down.alert_trigger == "outage"


def test_negation_does_not_leak_across_clauses(service):
    result = service.classify("Export", "It is not my fault. This is urgent, payroll runs today.")
    assert result.alert_trigger == "explicit_urgency"
    result = service.classify("Fix", "If this isn't fixed immediately we lose the client.")
    assert result.urgency == "high"


def test_nothing_was_lost_is_not_data_loss(service):
    result = service.classify("Backup",
                              "An intern deleted a folder, but nothing was lost. Great job!")
    assert result.urgency == "low"
    assert result.sentiment == "positive"


# --- case, accents, languages --------------------------------------------------------


@pytest.mark.parametrize("word", ["Rückbuchung", "RÜCKBUCHUNG", "ruckbuchung", "Rueckbuchung"])
def test_accents_and_case_are_folded(service, word):
    result = service.classify("Bank", f"Ich habe eine {word} bei meiner Bank veranlasst.")
    assert result.alert_trigger == "chargeback", result.reasons
    assert "ruckbuchung" in result.keywords


def test_all_caps_is_read_and_counts_as_shouting(service):
    result = service.classify("MY LAWYER WILL HEAR ABOUT THIS",
                              "YOU DELETED MY SHOP. MY LAWYER WILL CONTACT YOU.")
    assert result.alert_trigger == "legal_threat"
    assert result.sentiment == "negative"
    thanks = service.classify("THANK YOU", "THANK YOU SO MUCH!!! YOU SAVED MY WEEK")
    assert (thanks.urgency, thanks.sentiment) == ("low", "positive")


@pytest.mark.parametrize(("message", "trigger"), [
    ("Mein Anwalt wird sich bei Ihnen melden.", "legal_threat"),
    ("Wir reichen Klage ein, wenn das nicht gelöst wird.", "legal_threat"),
    ("Ich habe die Lastschrift zurückbuchen lassen.", "chargeback"),
    ("Gemäß Art. 15 DSGVO verlange ich Auskunft über meine Daten.", "privacy"),
    ("Bitte löschen Sie alle meine personenbezogenen Daten.", "privacy"),
    ("Das ist ein Datenschutzverstoß, ich informiere die Datenschutzbehörde.", "privacy"),
    ("Dringend: der Export bricht ab, bitte melden.", "explicit_urgency"),
    ("Mi abogado se pondrá en contacto con ustedes.", "legal_threat"),
    ("Presentaremos una demanda contra su empresa.", "legal_threat"),
    ("Voy a pedir un contracargo a mi banco.", "chargeback"),
    ("Es urgente, no podemos facturar.", "explicit_urgency"),
    ("Ejerzo mi derecho al olvido, eliminen mis datos personales.", "privacy"),
    ("Mon avocat prendra contact avec vous.", "legal_threat"),
    ("Nous engagerons des poursuites judiciaires.", "legal_threat"),
    ("Je vais porter plainte.", "legal_threat"),
    ("J'ai demandé une rétrofacturation à ma banque.", "chargeback"),
    ("C'est urgent, l'export est bloqué.", "explicit_urgency"),
    ("Le service est en panne, aucun utilisateur ne peut se connecter.", "outage"),
])
def test_multilingual_high_triggers(service, message, trigger):
    result = service.classify("", message)
    assert result.urgency == "high", result.reasons
    assert result.alert_trigger == trigger, result.reasons


@pytest.mark.parametrize(("message", "trigger"), [
    ("my attorney will be in touch", "legal_threat"),
    ("We will take legal action against your company.", "legal_threat"),
    ("Please treat this as a subject access request.", "privacy"),
    ("I want to exercise my right to be forgotten.", "privacy"),
    ("Per Art. 17 please erase my account and data.", "privacy"),
    ("Nobody can log in since 9am.", "outage"),
    ("Production is returning 500s on every request.", "outage"),
    ("Everything is down since 9am.", "outage"),
    ("All our contacts disappeared after the import.", "data_loss"),
    ("I opened a dispute with my bank over this charge.", "chargeback"),
    ("Need this fixed ASAP, we launch in an hour.", "explicit_urgency"),
])
def test_paraphrased_high_triggers(service, message, trigger):
    assert service.classify("Help", message).alert_trigger == trigger


#: phrasings written after the first rule pass, to find holes rather than to fit:
#: (message, urgency). Kept as regressions, so fixed gaps stay fixed.
PHRASINGS = [
    ("I have instructed my solicitor to recover the fees.", "high"),
    ("I'm contacting a lawyer tomorrow.", "high"),
    ("Our lawyers are reviewing the contract terms you breached.", "high"),
    ("I'll be forwarding this to our legal department.", "high"),
    ("Voy a hablar con mi abogado", "high"),
    ("Nous allons saisir la justice.", "high"),
    ("Wir werden Anzeige erstatten", "high"),
    ("Nos avocats vont vous contacter.", "high"),
    ("Sue from finance asked me to forward the invoice.", "medium"),
    ("Do you have a lawsuit template for law firms?", "low"),
    ("Our lawyer asked for a copy of your DPA, where can I download it?", "low"),
    ("Our lawyer went through the new terms and everything is fine. Happy to sign.", "low"),
    ("I'm reversing the charge through my credit card.", "high"),
    ("I reported the transaction as fraud to my bank.", "high"),
    ("Vamos a reclamar a la entidad bancaria el cargo duplicado", "high"),
    ("Hemos detectado un cargo que no reconocemos, lo hemos reclamado al banco.", "high"),
    ("Can you explain how you handle chargebacks for marketplace sellers?", "low"),
    ("Please ignore my earlier message about a chargeback, the bank cleared it up.", "low"),
    ("Please delete my account and all data associated with it.", "high"),
    ("Please send me a copy of all the data you have on me.", "high"),
    ("Someone else's customer data showed up in our export.", "high"),
    ("Your app exposed my home address to other users.", "high"),
    ("Je souhaite connaître les données que vous détenez sur moi.", "high"),
    ("Quiero que borren mi cuenta y todos mis datos.", "high"),
    ("How do I export my personal data from my profile?", "low"),
    ("service down?", "high"),
    ("Nothing loads for anyone in our office, is it on your side?", "high"),
    ("Great, another outage. Third this week.", "high"),
    ("Nuestra web no carga para ningún cliente desde esta mañana.", "high"),
    ("Impossible de se connecter pour l'ensemble de nos agents.", "high"),
    ("The migration deleted our knowledge base articles.", "high"),
    ("Seit dem Update sind alle Anhänge weg.", "high"),
    ("Changes to saved filters are lost after a refresh.", "medium"),
    ("i was charged 3 times please refund", "high"),
    ("You took the payment twice. I want my money back.", "high"),
    ("I have been double charged. What should I do?", "medium"),
    ("Is it urgent to update to the new API version?", "low"),
    ("Urgent care clinic here - how do we set up after-hours routing?", "low"),
    ("The emergency banner in your app is misspelled.", "low"),
    ("ES URGENTE", "high"),
    ("It's not a big deal but the logo is blurry on retina screens", "medium"),
    ("Our webhooks show 403 Forbidden since Monday.", "medium"),
    ("It would be great if the billing portal supported saved filters.", "low"),
    ("Merci de supprimer mon compte.", "medium"),
]


@pytest.mark.parametrize(("message", "urgency"), PHRASINGS)
def test_other_phrasings(service, message, urgency):
    assert service.classify("", message).urgency == urgency


# --- sentiment and action ------------------------------------------------------------


@pytest.mark.parametrize(("message", "sentiment"), [
    ("Great, charged twice again. Refund the second one.", "negative"),
    ("Love how I get logged out every ten minutes.", "negative"),
    ("Thanks for nothing, ticket closed without an answer.", "negative"),
    ("I'm not happy with the support lately.", "negative"),
    ("Thanks so much, everything works perfectly now!", "positive"),
    ("The export fails with error 500.", "neutral"),
    ("Where do I find my API key? Thanks in advance.", "neutral"),
])
def test_sentiment(service, message, sentiment):
    assert service.classify("", message).sentiment == sentiment


@pytest.mark.parametrize(("message", "action"), [
    ("Thanks for the quick help yesterday!", False),
    ("It would be great to have a dark mode.", False),
    ("Never mind, I found the setting. Sorry for the noise!", False),
    ("FYI: we are onboarding 20 agents next week, no action needed.", False),
    ("I am out of the office until Monday.", False),
    ("We can get your website to #1 on Google, reply for a free SEO audit!", False),
    ("How do I add a teammate?", True),
    ("Please cancel our subscription.", True),
    ("The export fails with error 500.", True),
])
def test_requires_action(service, message, action):
    assert service.classify("", message).requires_action is action


# --- the result itself ---------------------------------------------------------------


def test_reasons_and_keywords_explain_the_result(service):
    result = service.classify("Final warning", "My lawyer will contact you. This is urgent!")
    assert result.alert_trigger == "legal_threat"  # the first category in priority order
    assert "high:legal_threat" in result.reasons and "high:explicit_urgency" in result.reasons
    assert "lawyer" in " ".join(result.keywords)
    assert "urgent" in result.keywords
    assert all(isinstance(k, str) and k == k.lower() and "!" not in k for k in result.keywords)
    negated = service.classify("", "Not urgent: can I rename a tag?")
    assert "negation:urgent" in negated.reasons


def test_alert_trigger_only_when_high(service):
    assert service.classify("", "How do I export tickets?").alert_trigger is None
    assert service.classify("", "The export button does nothing.").alert_trigger is None
    assert service.classify("", "Please delete all my personal data.").alert_trigger == "privacy"


def test_result_is_frozen_and_typed(service):
    result = service.classify("Subject", "The export fails.")
    assert isinstance(result, Classification)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.urgency = "low"  # type: ignore[misc]
    assert isinstance(result.reasons, list) and isinstance(result.keywords, list)
    assert isinstance(result.requires_action, bool)


def test_version_names_the_rule_set():
    assert isinstance(ClassifyService.version, str)
    assert re.fullmatch(r"rules-\d{4}\.\d{2}-\d+", ClassifyService.version)
    assert ClassifyService().version == ClassifyService.version


def test_deterministic_and_stateless(labelled):
    first, second = ClassifyService(), ClassifyService()
    sample = labelled[:60]
    a = [first.classify(t["subject"], t["message"]) for t in sample]
    b = [second.classify(t["subject"], t["message"]) for t in reversed(sample)][::-1]
    c = [first.classify(t["subject"], t["message"]) for t in sample]
    assert a == b == c


def test_empty_and_missing_text(service):
    for subject, message in (("", ""), (None, None), ("   ", "\n\n")):
        result = service.classify(subject, message)
        labels = (result.urgency, result.sentiment, result.requires_action)
        assert labels == ("low", "neutral", False)
        assert result.alert_trigger is None and result.keywords == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.text(max_size=600))
def test_any_text_gets_valid_labels(subject, message):
    result = ClassifyService().classify(subject, message)
    assert result.urgency in LABELS["urgency"]
    assert result.sentiment in LABELS["sentiment"]
    assert (result.alert_trigger is not None) == (result.urgency == "high")


def test_every_rule_category_feeds_a_decision():
    """A misspelt category in the tables would match and then be ignored, silently."""
    from actors.classify import vocabulary as rules

    known = (set(rules.HIGH_CATEGORIES) | set(rules.MEDIUM_CATEGORIES) | set(rules.LOW_CATEGORIES)
             | rules.HELPER_CATEGORIES | set(rules.VETO_CATEGORIES))
    assert set(rules.RULES) <= known, set(rules.RULES) - known
    targets = set().union(*rules.VETO_CATEGORIES.values())
    assert targets <= known | {"refund_demand"}, targets - known
    assert set(rules.VETO_CATEGORIES) <= set(rules.RULES)


def test_classifier_modules_stay_pure():
    """No asyncio, no I/O: the classifier runs inline in any actor, on any backend."""
    root = Path(__file__).parent.parent / "actors"
    for name in ("classify.py", "classify_rules.py"):
        tree = ast.parse((root / name).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, ast.Import) for alias in node.names}
        imported |= {(node.module or "").split(".")[0] for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom)}
        assert not imported & {"asyncio", "anyio", "trio", "os", "io", "socket", "time", "random"}
