"""The rule-based classifier: measured on labelled tickets, pinned by focused cases.

Forty-four labelled files, one schema (see docs/classification.md, "Labelling guide"):

- ``labelled_tickets.jsonl``, ``classify_dev.jsonl``, ``classify_dev_2.jsonl``,
  ``classify_dev_4.jsonl`` to ``classify_dev_43.jsonl`` are the
  *dev* files: the rules were tuned against them, so their figures are printed with only a
  sanity floor;
- ``classify_heldout.jsonl`` was written by another author who never saw the rules, and
  the rules were never tuned against it: the thresholds below apply to it alone.

Every report is printed (``capsys.disabled()``), so it shows in the pytest output even
when everything passes.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actors.classify import Classification, ClassifyService
from actors.classify import decide
from actors.classify.matcher import Language, PhraseMatcher
from actors.classify.normalise import (MAX_MESSAGE_CHARS, normalise, own_words, shouting, tokenise,
                                       unwrap)

DATA = Path(__file__).parent / "data"
HELDOUT = DATA / "classify_heldout.jsonl"
PACKAGE = Path(__file__).parent.parent / "actors" / "classify"
LABELS = {
    "urgency": ("high", "medium", "low"),
    "sentiment": ("negative", "neutral", "positive"),
    "requires_action": (True, False),
}
CRITICAL = ("legal_threat", "chargeback", "privacy", "outage")
#: the promise, on tickets the rules never saw
#: the goals of the classification issue, on the held-out file; printed with the gap, not yet met
HELDOUT_TARGETS = {"urgency": 0.92, "sentiment": 0.88, "requires_action": 0.93}
#: what the rules last measured on the held-out file, rounded down (rules-2026.12-58 to -67:
#: 86.5 / 85.2 / 95.4 %, 6 of 80 critical below high; every earlier figure is in
#: docs/classification.md, "Measured"): a rule change that makes tickets nobody tuned
#: against worse fails here, whatever it does to the dev files
HELDOUT_FLOORS = {"urgency": 0.864, "sentiment": 0.852, "requires_action": 0.953}
HELDOUT_MAX_CRITICAL_MISSES = 6
#: a floor under each dev file, set when the file landed (the figure after its round, rounded
#: down); most files have gained since and lie above it, the newest sit on it. A rule that
#: takes a file below its floor fails here and is traded openly, with the reason next to the
#: lowered floor; the customer's labelled_tickets keep the issue's own thresholds
DEV_FLOORS = {
    "labelled_tickets.jsonl": {"urgency": 0.90, "sentiment": 0.88, "requires_action": 0.93},
    "classify_dev.jsonl": {"urgency": 0.80, "sentiment": 0.72, "requires_action": 0.90},
    # complete (637, situations without keywords, hard sentiment); rules-2026.12-6 measured
    # 95.8 / 85.4 / 98.6 % and 0 of 192 critical below high: the floor sits just under
    "classify_dev_2.jsonl": {"urgency": 0.945, "sentiment": 0.845, "requires_action": 0.975},
    # a fourth author (422, regional regulators, deliveries, hypotheticals); first measured
    # before any rule looked at it: rules-2026.12-5 80.6 / 80.6 / 95.3 %, 15 of 100
    # critical below high, 19 false highs; rules-2026.12-6 measures 92.2 / 87.4 / 98.1 %, 0
    "classify_dev_4.jsonl": {"urgency": 0.91, "sentiment": 0.86, "requires_action": 0.97},
    # a fifth author (360: 200 critical told without keywords, 160 look-alikes); first
    # measured before any rule looked at it: rules-2026.12-6 68.3 / 69.2 / 95.8 %, 57 of
    # 200 critical below high, 26 false highs; rules-2026.12-7 87.5 / 76.7 / 97.2 %, 5, 7
    "classify_dev_5.jsonl": {"urgency": 0.87, "sentiment": 0.76, "requires_action": 0.97},
    # a sixth author (400, four languages, 90 critical, 60 look-alikes); first measured
    # before any rule looked at it: rules-2026.12-7 80.2 / 78.8 / 90.2 %, 12 of 90 critical
    # below high, 18 false highs; rules-2026.12-8 87.5 / 83.5 / 93.0 %, 0, 8
    "classify_dev_6.jsonl": {"urgency": 0.855, "sentiment": 0.82, "requires_action": 0.925},
    # a seventh author (400); first measured before any rule looked at it: rules-2026.12-8
    # 84.5 / 79.2 / 93.5 %, 11 of 80 critical below high, 13 false highs;
    # rules-2026.12-9 91.0 / 84.0 / 94.2 %, 0, 2
    # (rules-2026.12-24: merchant-side disputes are critical; this author called the ones asked
    # "how do we respond?" medium: urgency 91.2 -> 90.0 %; rules-2026.12-26 89.8 %, a payout
    # to a closed account no longer read as a reversal)
    "classify_dev_7.jsonl": {"urgency": 0.895, "sentiment": 0.83, "requires_action": 0.935},
    # an eighth author (400, consumers and very small businesses, calm reports of serious
    # problems labelled neutral); first measured before any rule looked at it:
    # rules-2026.12-9 79.0 / 74.0 / 94.5 %, 13 of 80 critical below high, 12 false highs;
    # rules-2026.12-10 85.0 / 79.0 / 95.2 %, 0, 3
    "classify_dev_8.jsonl": {"urgency": 0.84, "sentiment": 0.78, "requires_action": 0.945},
    # a ninth author (400, B2B operations and IT, a quarter of the English non-native); first
    # measured before any rule looked at it: rules-2026.12-10 82.8 / 74.8 / 96.8 %, 10 of 80
    # critical below high, 11 false highs; rules-2026.12-11 87.5 / 78.2 / 97.2 %, 1, 3
    "classify_dev_9.jsonl": {"urgency": 0.865, "sentiment": 0.77, "requires_action": 0.965},
    # a tenth author (400: clinics, schools, councils, charities, travel; forwarded threads,
    # quoted replies, disclaimers, voice-to-text); first measured before any rule looked at
    # it: rules-2026.12-11 78.2 / 74.0 / 96.5 %, 13 of 80 critical below high, 22 false highs
    "classify_dev_10.jsonl": {"urgency": 0.785, "sentiment": 0.735, "requires_action": 0.96},
    # an eleventh author (400: consumers of telecoms, games, streaming, marketplaces, neobanks;
    # chat pastes, all caps, mixed languages); first measured before any rule looked at it:
    # rules-2026.12-11 78.8 / 75.5 / 92.5 %, 18 of 80 critical below high, 19 false highs
    "classify_dev_11.jsonl": {"urgency": 0.82, "sentiment": 0.75, "requires_action": 0.925},
    # a twelfth author (400: logistics, connected machines, construction, agritech, utilities,
    # accounting and law firms, property management; forwarded threads, signatures); first
    # measured before any rule looked at it: rules-2026.12-12 79.0 / 82.2 / 95.0 %, 11 of 80
    # critical below high, 15 false highs; rules-2026.12-13 83.8 / 83.8 / 95.5 %, 1, 8
    "classify_dev_12.jsonl": {"urgency": 0.83, "sentiment": 0.83, "requires_action": 0.95},
    # a thirteenth author, at the same time (400: developer tools, hosting, small shops,
    # payroll, courses, restaurants, fitness, insurance brokers; stack traces, disclaimers);
    # first measured before any rule looked at it: rules-2026.12-12 79.8 / 79.8 / 94.5 %, 11 of
    # 80 critical below high, 6 false highs; rules-2026.12-13 82.0 / 80.5 / 95.2 %, 5, 3
    "classify_dev_13.jsonl": {"urgency": 0.815, "sentiment": 0.80, "requires_action": 0.945},
    # a fourteenth author (400: hotels, travel back offices, garages, dental and veterinary
    # practices, associations, agencies, smart-home products, recruiters); first measured
    # before any rule looked at it: rules-2026.12-13 81.2 / 82.0 / 96.0 %, 13 of 80 critical
    # below high, 14 false highs; rules-2026.12-14 85.5 / 82.8 / 96.8 %, 3, 6. (This author
    # glimpsed a page of docs/classification.md about how labels are decided before finding
    # the guide: not as blind as the others.)
    "classify_dev_14.jsonl": {"urgency": 0.85, "sentiment": 0.82, "requires_action": 0.96},
    # a fifteenth author, at the same time (400: business banking, trading apps, telehealth,
    # utilities, transit and event ticketing, game backends, news, schools; regional
    # German, Spanish and French); first measured before any rule looked at it:
    # rules-2026.12-13 81.5 / 78.2 / 95.8 %, 16 of 80 critical below high, 12 false highs;
    # rules-2026.12-14 86.2 / 79.8 / 96.0 %, 2, 5
    "classify_dev_15.jsonl": {"urgency": 0.855, "sentiment": 0.79, "requires_action": 0.955},
    # a sixteenth author (400: builders' merchants, breweries, charging operators, coworking,
    # translators, pet insurance, museums, local papers); first measured before any rule
    # looked at it: rules-2026.12-14 78.5 / 76.8 / 93.5 %, 15 of 80 critical below high,
    # 11 false highs; rules-2026.12-15 82.8 / 77.8 / 94.2 %, 3, 4
    "classify_dev_16.jsonl": {"urgency": 0.82, "sentiment": 0.77, "requires_action": 0.94},
    # a seventeenth author, at the same time (400: corporate travel, car sharing, solar
    # monitoring, home care, driving schools, venues, wholesale, freelancers' accounting,
    # language apps; machine-translated and autocorrected text); first measured before any
    # rule looked at it: rules-2026.12-14 83.8 / 72.0 / 95.5 %, 11 of 80, 11 false highs;
    # rules-2026.12-15 86.2 / 73.8 / 96.2 %, 2, 7
    "classify_dev_17.jsonl": {"urgency": 0.86, "sentiment": 0.73, "requires_action": 0.96},
    # an eighteenth author (400: permits, gyms, funeral homes, nurseries, veterinary chains,
    # furniture retail, managed IT, farm cooperatives, cinemas); first measured before any
    # rule looked at it: rules-2026.12-15 84.2 / 78.8 / 95.5 %, 13 of 80 critical below high,
    # 4 false highs; rules-2026.12-16 87.2 / 79.5 / 95.8 %, 1, 4
    "classify_dev_18.jsonl": {"urgency": 0.87, "sentiment": 0.79, "requires_action": 0.955},
    # a nineteenth author, at the same time (400: practice software, freight forwarding,
    # estate agents, mobile games, e-signature, payroll bureaus, student housing, podcast
    # hosting, florists); first measured before any rule looked at it: rules-2026.12-15
    # 81.2 / 77.5 / 93.0 %, 11 of 80, 8 false highs; rules-2026.12-16 84.0 / 77.8 / 93.8 %, 0, 8
    "classify_dev_19.jsonl": {"urgency": 0.835, "sentiment": 0.775, "requires_action": 0.935},
    # a twentieth author (400: pharmacies, airport ground handling and small airlines,
    # municipal services, venues and ticket resellers, telecom resellers, veterinary
    # wholesale, car rental); first measured before any rule looked at it: rules-2026.12-16
    # 78.0 / 77.8 / 96.8 %, 15 of 80 critical below high, 13 false highs;
    # rules-2026.12-17 83.5 / 79.5 / 97.2 %, 0, 6
    "classify_dev_20.jsonl": {"urgency": 0.83, "sentiment": 0.79, "requires_action": 0.965},
    # a twenty-first author, at the same time (400: insurance brokers and claims, tenant
    # portals, online courses, print and packaging, cleaning services, freelancer
    # marketplaces, subscription boxes; Quebec, Mexican and Swiss variants); first measured
    # before any rule looked at it: rules-2026.12-16 78.0 / 74.8 / 97.0 %, 15 of 80, 5 false
    # highs; rules-2026.12-17 82.8 / 75.5 / 97.2 %, 0, 5
    "classify_dev_21.jsonl": {"urgency": 0.82, "sentiment": 0.75, "requires_action": 0.965},
    # a twenty-second author (400: outpatient booking, lab result portals, energy retailers,
    # sports clubs, weddings, crowdfunding, container terminals; voice-to-text); first
    # measured before any rule looked at it: rules-2026.12-17 78.8 / 76.5 / 95.8 %, 8 of 80
    # critical below high, 7 false highs; rules-2026.12-18 81.0 / 76.5 / 95.8 %, 1, 4
    "classify_dev_22.jsonl": {"urgency": 0.805, "sentiment": 0.76, "requires_action": 0.955},
    # a twenty-third author, at the same time (400: CRM users, scooter sharing, coffee
    # wholesale, applicant tracking, self-storage, opticians, parts marketplaces); first
    # measured before any rule looked at it: rules-2026.12-17 78.8 / 76.2 / 96.0 %, 9 of 80,
    # 9 false highs; rules-2026.12-18 81.8 / 77.2 / 96.8 %, 0, 6
    "classify_dev_23.jsonl": {"urgency": 0.81, "sentiment": 0.765, "requires_action": 0.96},
    # a twenty-fourth author (400: car dealers and workshops, card terminals, charities and
    # churches, handmade marketplaces, translators, dental labs, home alarms); first measured
    # before any rule looked at it: rules-2026.12-18 74.8 / 73.2 / 93.2 %, 12 of 80 critical
    # below high (5 of them merchants whose buyer disputed a card payment: see the docs),
    # 7 false highs; rules-2026.12-19 76.8 / 73.5 / 93.5 %, 5, 6
    "classify_dev_24.jsonl": {"urgency": 0.765, "sentiment": 0.73, "requires_action": 0.93},
    # a twenty-fifth author, at the same time (400: tour operators, consumer lending,
    # libraries, couriers, ski resorts and escape rooms, listing portals, pensions; relatives
    # writing for elderly customers); first measured before any rule looked at it:
    # rules-2026.12-18 81.0 / 78.5 / 94.0 %, 8 of 80, 17 false highs; rules-2026.12-19
    # 84.5 / 79.2 / 95.2 %, 0, 9
    "classify_dev_25.jsonl": {"urgency": 0.84, "sentiment": 0.79, "requires_action": 0.95},
    # a twenty-sixth author (400: dating apps, marinas, in-store music and signage, VPN
    # vendors, exchange agencies, 3D printing, sports centres); first measured before any rule
    # looked at it: rules-2026.12-19 78.0 / 76.0 / 95.5 %, 10 of 80 critical below high,
    # 7 false highs; rules-2026.12-20 80.5 / 76.2 / 95.5 %, 1, 7
    "classify_dev_26.jsonl": {"urgency": 0.80, "sentiment": 0.76, "requires_action": 0.95},
    # a twenty-seventh author, at the same time (400: bookkeeping, lift maintenance, textile
    # makers, photo books, parking, home care, online auctions); first measured before any
    # rule looked at it: rules-2026.12-19 81.5 / 80.0 / 96.8 %, 5 of 80, 18 false highs;
    # rules-2026.12-20 83.2 / 81.0 / 97.0 %, 2, 10
    "classify_dev_27.jsonl": {"urgency": 0.83, "sentiment": 0.81, "requires_action": 0.965},
    # a twenty-eighth author (400: telemedicine and online pharmacies, fleet telematics, wine
    # clubs, makerspaces, aligner providers, pools and ice rinks, association accounting);
    # first measured before any rule looked at it: rules-2026.12-20 80.0 / 76.2 / 94.5 %,
    # 11 of 80 critical below high, 9 false highs; rules-2026.12-21 83.0 / 76.5 / 95.2 %, 1, 6
    "classify_dev_28.jsonl": {"urgency": 0.825, "sentiment": 0.76, "requires_action": 0.95},
    # a twenty-ninth author, at the same time (400: mobile operators, language tutoring, pet
    # food subscriptions, industrial laundry, promoters, property claims, admissions portals);
    # first measured before any rule looked at it: rules-2026.12-20 80.8 / 79.2 / 95.2 %,
    # 2 of 80, 9 false highs; rules-2026.12-21 82.0 / 79.2 / 95.5 %, 0, 5; rules-2026.12-49
    # traded 4 of its calm "please urgently" reports for the other files' many (78.5 %)
    "classify_dev_29.jsonl": {"urgency": 0.815, "sentiment": 0.785, "requires_action": 0.95},
    # a thirtieth author (400: hearing-aid clinics, yoga studios, farm machinery dealers, skip
    # hire, DNA testing, school meal caterers, e-bike shops; regional wording); first measured
    # before any rule looked at it: rules-2026.12-21 77.5 / 77.5 / 96.0 %, 15 of 80 critical
    # below high, 10 false highs; rules-2026.12-22 81.8 / 78.5 / 96.2 %, 3 (merchant-side
    # disputes), 4
    "classify_dev_30.jsonl": {"urgency": 0.815, "sentiment": 0.78, "requires_action": 0.96},
    # a thirty-first author, at the same time (400: call-centre outsourcing, hostels,
    # equipment rental, theatres, diving schools, vending, wedding photographers); first
    # measured before any rule looked at it: rules-2026.12-21 80.0 / 76.0 / 95.2 %, 7 of 80,
    # 7 false highs; rules-2026.12-22 81.5 / 76.5 / 95.2 %, 3 (merchant-side disputes), 5
    "classify_dev_31.jsonl": {"urgency": 0.81, "sentiment": 0.76, "requires_action": 0.95},
    # a thirty-second author (400: small-business banking, electronics marketplaces, dental
    # appointments, transit passes, school video, HVAC installers, hotel channel managers);
    # first measured before any rule looked at it: rules-2026.12-22 79.5 / 73.2 / 94.8 %,
    # 10 of 80 critical below high, 14 false highs; rules-2026.12-23 82.0 / 73.8 / 95.0 %, 2, 10
    "classify_dev_32.jsonl": {"urgency": 0.815, "sentiment": 0.735, "requires_action": 0.945},
    # a thirty-third author, at the same time (400: garden centres, movers, psychotherapy
    # practices, camera car parks, bakery chains, survey tools, camps); first measured before
    # any rule looked at it: rules-2026.12-22 82.2 / 78.0 / 97.2 %, 12 of 80, 11 false highs;
    # rules-2026.12-23 84.5 / 78.5 / 97.5 %, 3, 11
    "classify_dev_33.jsonl": {"urgency": 0.84, "sentiment": 0.78, "requires_action": 0.97},
    # a thirty-fourth author (400: care homes, freight, clinics, schools, co-ops, law firms
    # as customers, drills and planned maintenance); first measured before any rule looked
    # at it: rules-2026.12-23 77.5 / 77.8 / 92.5 %, 2 of 80 critical below high, 26 false
    # highs; rules-2026.12-24 81.0 / 78.0 / 92.8 %, 0
    "classify_dev_34.jsonl": {"urgency": 0.805, "sentiment": 0.775, "requires_action": 0.925},
    # a thirty-fifth author, at the same time (400: consumers of streaming, telecom, travel,
    # dating, insurance, transit passes; jokes about suing, other companies' breaches); first
    # measured: rules-2026.12-23 75.8 / 71.8 / 91.5 %, 11 of 80; rules-2026.12-24 81.8 /
    # 74.0 / 91.8 %, 0
    "classify_dev_35.jsonl": {"urgency": 0.815, "sentiment": 0.735, "requires_action": 0.915},
    # a thirty-sixth author (400: a service desk for town halls, food banks, housing
    # associations, unions, election offices; call-centre notes, forwarded alerts); first
    # measured before any rule looked at it: rules-2026.12-24 79.5 / 76.8 / 95.0 %, 6 of 80
    # critical below high, 17 false highs; rules-2026.12-25 83.8 / 78.2 / 95.8 %, 0, 5
    "classify_dev_36.jsonl": {"urgency": 0.835, "sentiment": 0.775, "requires_action": 0.955},
    # a thirty-seventh author, at the same time (400: salons, plumbers, food trucks, driving
    # schools, often not in their first language); first measured: rules-2026.12-24 78.0 /
    # 77.8 / 93.5 %, 10 of 80, 10 false highs; rules-2026.12-25 82.0 / 78.2 / 93.5 %, 0, 4
    "classify_dev_37.jsonl": {"urgency": 0.815, "sentiment": 0.775, "requires_action": 0.93},
    # a thirty-eighth author (400: pharmacies, labs, cold chain, customs brokers, plants,
    # dealerships; incident timelines, log lines); first measured before any rule looked at
    # it: rules-2026.12-25 81.2 / 78.2 / 94.8 %, 9 of 80 critical below high, 7 false highs;
    # rules-2026.12-26 84.0 / 78.5 / 95.2 %, 0, 5
    "classify_dev_38.jsonl": {"urgency": 0.835, "sentiment": 0.78, "requires_action": 0.945},
    # a thirty-ninth author, at the same time (400: marketplaces, gig drivers, creators, smart
    # homes, school payments; chat transcripts pasted in); first measured: rules-2026.12-25
    # 76.2 / 72.0 / 93.8 %, 16 of 80, 12 false highs; rules-2026.12-26 81.2 / 73.5 / 94.5 %,
    # 0, 6
    "classify_dev_39.jsonl": {"urgency": 0.81, "sentiment": 0.73, "requires_action": 0.94},
    # a fortieth author (400: HR, payroll, scheduling, property management; shift-floor
    # messages, works councils); first measured before any rule looked at it: rules-2026.12-27
    # 76.5 / 79.2 / 95.5 %, 14 of 80 critical below high, 6 false highs; rules-2026.12-28
    # 80.5 / 79.2 / 95.8 %, 0, 3
    "classify_dev_40.jsonl": {"urgency": 0.80, "sentiment": 0.785, "requires_action": 0.955},
    # a forty-first author, at the same time (400: API platforms, hosting, e-mail sending,
    # identity, restaurant point of sale, e-signature; request IDs and templates); first
    # measured: rules-2026.12-27 75.8 / 76.2 / 95.2 %, 11 of 80, 13 false highs;
    # rules-2026.12-28 80.8 / 77.2 / 95.5 %, 0, 4
    "classify_dev_41.jsonl": {"urgency": 0.805, "sentiment": 0.765, "requires_action": 0.95},
    # a forty-second author (400: tour operators, ski schools, museums, venues, language
    # schools, exam offices; Swiss and Austrian German, Belgian and Canadian French); first
    # measured before any rule looked at it: rules-2026.12-28 75.8 / 76.8 / 93.0 %, 8 of 80
    # critical below high, 10 false highs; rules-2026.12-29 77.5 / 77.0 / 93.2 %, 1, 10
    "classify_dev_42.jsonl": {"urgency": 0.77, "sentiment": 0.765, "requires_action": 0.925},
    # a forty-third author, at the same time (400: energy, water, telecom, neobanks, payroll
    # for small employers, pensions; pensioners, carers, P.S.); first measured:
    # rules-2026.12-28 75.5 / 75.8 / 93.2 %, 16 of 80, 18 false highs; rules-2026.12-29
    # 80.5 / 77.2 / 93.8 %, 2, 8
    "classify_dev_43.jsonl": {"urgency": 0.80, "sentiment": 0.765, "requires_action": 0.93},
    # a forty-fourth author (400: schools, e-learning, sports clubs, games, concerts, vets,
    # garages, insurance brokers); first measured before any rule looked at it:
    # rules-2026.12-30 80.5 / 80.8 / 95.8 %, 1 of 80 critical below high, 16 false highs;
    # rules-2026.12-31 82.8 / 82.2 / 95.8 %, 0, 5
    "classify_dev_44.jsonl": {"urgency": 0.82, "sentiment": 0.815, "requires_action": 0.95},
    # a forty-fifth author, at the same time (400: warehouses, farms, building firms,
    # translation agencies, newspapers, charities, car sharing, dentists); first measured:
    # rules-2026.12-30 79.2 / 79.2 / 94.0 %, 8 of 80, 13 false highs; rules-2026.12-31
    # 82.5 / 79.5 / 94.5 %, 0, 5
    "classify_dev_45.jsonl": {"urgency": 0.82, "sentiment": 0.79, "requires_action": 0.94},
    # a forty-sixth author (400: consumers of supermarkets, pet insurance, toy shops, watches,
    # home cameras, airlines, car marketplaces, smart meters, mobile games; labels most
    # complaints negative); first measured before any rule looked at it: rules-2026.12-33
    # 78.0 / 68.8 / 94.8 %, 5 of 80 critical below high, 11 false highs; rules-2026.12-34
    # 80.2 / 69.0 / 95.0 %, 0, 5
    "classify_dev_46.jsonl": {"urgency": 0.80, "sentiment": 0.685, "requires_action": 0.945},
    # a forty-seventh author, at the same time (400: B2B software - CRM, field service, IoT,
    # accounting, bar POS, hotels, clinical trials, parishes, parking; ticket forms, legal
    # disclaimers, hard-wrapped forwards); first measured: rules-2026.12-33 82.0 / 77.8 /
    # 95.5 %, 5 of 80, 8 false highs; rules-2026.12-34 84.0 / 78.5 / 95.8 %, 0, 4
    "classify_dev_47.jsonl": {"urgency": 0.835, "sentiment": 0.78, "requires_action": 0.955},
    # a forty-eighth author (400: libraries, transport cards, hospitals' portals, notaries,
    # crypto exchanges, online casinos and self-exclusion, universities, funeral homes);
    # first measured before any rule looked at it: rules-2026.12-34 76.2 / 78.0 / 94.8 %, 11
    # of 80 critical below high, 20 false highs; rules-2026.12-35 81.8 / 79.2 / 95.8 %, 0, 8
    "classify_dev_48.jsonl": {"urgency": 0.815, "sentiment": 0.79, "requires_action": 0.955},
    # a forty-ninth author, at the same time (400: online shops, courses, agencies, booking
    # and marketing tools; pasted logs, mixed languages); first measured: rules-2026.12-34
    # 76.2 / 68.8 / 95.8 %, 4 of 80, 14 false highs; rules-2026.12-35 77.8 / 69.2 / 95.5 %, 0, 10
    "classify_dev_49.jsonl": {"urgency": 0.775, "sentiment": 0.69, "requires_action": 0.95},
    # a fiftieth author (400: travel and hospitality - hotels, hostels, tour operators,
    # restaurants, rental, ticketing, ferries, museums; front desks, night managers, forwards);
    # first measured before any rule looked at it: rules-2026.12-36 80.8 / 72.5 / 93.2 %, 11 of
    # 80 critical below high, 17 false highs; rules-2026.12-37 86.0 / 73.0 / 94.5 %, 0, 3
    "classify_dev_50.jsonl": {"urgency": 0.855, "sentiment": 0.725, "requires_action": 0.94},
    # a fifty-first author, at the same time (400: back office - payroll, HR, accounting,
    # tax advisers, expenses, e-signature, law-firm and property software; disclaimers, AW:/RE:
    # threads); first measured: rules-2026.12-36 80.5 / 76.8 / 95.8 %, 8 of 80, 26 false highs;
    # rules-2026.12-37 86.0 / 79.0 / 96.2 %, 1, 7
    "classify_dev_51.jsonl": {"urgency": 0.855, "sentiment": 0.785, "requires_action": 0.96},
    # a fifty-second author (400: telecom, media and utilities - internet providers, energy
    # and water suppliers, streaming, newspapers, radio, printers, call centres); first
    # measured before any rule looked at it: rules-2026.12-39 84.8 / 79.5 / 95.8 %, 9 of 80
    # critical below high, 20 false highs; rules-2026.12-40 88.2 / 80.2 / 95.8 %, 1, 11
    "classify_dev_52.jsonl": {"urgency": 0.875, "sentiment": 0.795, "requires_action": 0.955},
    # a fifty-third author, at the same time (400: construction, real estate and facilities -
    # site diaries, letting agents, facility management, security guards, lifts, access
    # control, self-storage); first measured: rules-2026.12-39 84.0 / 79.0 / 96.5 %, 6 of 80,
    # 14 false highs; rules-2026.12-40 87.2 / 80.0 / 96.8 %, 0, 6
    "classify_dev_53.jsonl": {"urgency": 0.865, "sentiment": 0.795, "requires_action": 0.965},
    # a fifty-fourth author (400: health and care - GP practices, clinics, physiotherapists,
    # pharmacies, home care, care homes, labs, telehealth, insurers' claim portals, gyms);
    # first measured before any rule looked at it: rules-2026.12-40 82.0 / 79.8 / 97.2 %, 10 of
    # 80 critical below high, 21 false highs; rules-2026.12-41 86.8 / 81.0 / 97.2 %, 0, 9
    "classify_dev_54.jsonl": {"urgency": 0.865, "sentiment": 0.805, "requires_action": 0.97},
    # a fifty-fifth author, at the same time (400: nonprofits, sports and events - charities,
    # donor CRM, churches, clubs and leagues, races and timing, festivals, conferences);
    # first measured: rules-2026.12-40 80.8 / 79.8 / 96.8 %, 7 of 80, 12 false highs;
    # rules-2026.12-41 83.8 / 80.2 / 97.2 %, 1, 6
    "classify_dev_55.jsonl": {"urgency": 0.835, "sentiment": 0.8, "requires_action": 0.97},
    # a fifty-sixth author (400: logistics and mobility - couriers, freight forwarders,
    # trucking, taxis, car sharing and scooters, coaches, driving schools, parking); first
    # measured before any rule looked at it: rules-2026.12-42 83.0 / 81.5 / 96.2 %, 1 of 80
    # critical below high, 20 false highs; rules-2026.12-43 84.5 / 82.0 / 96.2 %, 0, 14
    "classify_dev_56.jsonl": {"urgency": 0.84, "sentiment": 0.815, "requires_action": 0.955},
    # a fifty-seventh author, at the same time (400: manufacturing, food production and
    # wholesale - factories, bakeries, breweries, traceability, B2B portals, EDI); first
    # measured: rules-2026.12-42 82.8 / 77.8 / 96.5 %, 4 of 80, 22 false highs;
    # rules-2026.12-43 84.5 / 79.2 / 96.5 %, 0, 17
    "classify_dev_57.jsonl": {"urgency": 0.84, "sentiment": 0.785, "requires_action": 0.96},
    # a fifty-eighth author (400: IT services and developer tools - hosting and domains,
    # e-mail and SMS APIs, CI, monitoring, password managers, backups, MSPs; pasted logs and
    # stack traces); first measured before any rule looked at it: rules-2026.12-43 81.0 /
    # 80.8 / 95.0 %, 8 of 80 critical below high, 15 false highs; rules-2026.12-44 83.0 / 81.0 /
    # 95.2 %, 2, 11
    "classify_dev_58.jsonl": {"urgency": 0.825, "sentiment": 0.805, "requires_action": 0.945},
    # a fifty-ninth author, at the same time (400: personal services - salons, tattoo studios,
    # photographers, tutors, wedding planners, pet groomers, trainers and their booking
    # marketplaces; voice-to-text); first measured: rules-2026.12-43 81.0 / 79.8 / 95.0 %, 7 of
    # 80, 15 false highs; rules-2026.12-44 84.8 / 80.5 / 95.5 %, 1, 6
    "classify_dev_59.jsonl": {"urgency": 0.845, "sentiment": 0.8, "requires_action": 0.95},
    # a sixtieth author (400: payments, fintech and insurance for small businesses - card
    # terminals, gateways, invoicing apps, business accounts, BNPL, insurance claims);
    # first measured before any rule looked at it: rules-2026.12-44 78.0 / 80.2 / 96.0 %, 10 of
    # 80 critical below high, 10 false highs; rules-2026.12-45 80.2 / 80.2 / 96.2 %, 1, 10
    "classify_dev_60.jsonl": {"urgency": 0.8, "sentiment": 0.8, "requires_action": 0.96},
    # a sixty-first author, at the same time (400: energy, EV charging and agriculture -
    # installers, charge-point hosts, smart meters, farms, cooperatives, vineyards); first
    # measured: rules-2026.12-44 82.5 / 80.5 / 95.8 %, 11 of 80, 10 false highs;
    # rules-2026.12-45 84.8 / 80.5 / 96.2 %, 2, 10
    "classify_dev_61.jsonl": {"urgency": 0.845, "sentiment": 0.8, "requires_action": 0.955},
    # a sixty-second author (400: childcare and learning - nurseries, parent apps, language
    # and music schools, corporate e-learning, exam prep, tutoring, canteen payments); first
    # measured before any rule looked at it: rules-2026.12-45 83.5 / 81.2 / 97.2 %, 7 of 80
    # critical below high, 17 false highs; rules-2026.12-46 85.0 / 81.2 / 97.2 %, 1, 17
    "classify_dev_62.jsonl": {"urgency": 0.845, "sentiment": 0.805, "requires_action": 0.965},
    # a sixty-third author, at the same time (400: marketplace sellers and creators -
    # handmade, resale, print-on-demand, digital downloads, fan memberships, paid
    # newsletters); first measured: rules-2026.12-45 78.5 / 75.5 / 96.2 %, 10 of 80, 15 false
    # highs; rules-2026.12-46 80.5 / 75.5 / 96.2 %, 2, 15
    "classify_dev_63.jsonl": {"urgency": 0.8, "sentiment": 0.75, "requires_action": 0.955},
    # a sixty-fourth author (400: local government and civic services - town halls, permit
    # portals, libraries, leisure centres, housing associations, fire brigades, elections);
    # first measured before any rule looked at it: rules-2026.12-46 81.8 / 78.2 / 94.8 %, 9 of
    # 80 critical below high, 9 false highs; rules-2026.12-47 84.0 / 78.0 / 94.8 %, 0, 9
    "classify_dev_64.jsonl": {"urgency": 0.835, "sentiment": 0.775, "requires_action": 0.945},
    # a sixty-fifth author, at the same time (400: restaurants, cafes and food delivery - POS,
    # kitchen displays, delivery integrations, QR ordering, scheduling and tips, franchises);
    # first measured: rules-2026.12-46 79.8 / 76.5 / 95.2 %, 12 of 80, 17 false highs;
    # rules-2026.12-47 82.8 / 77.8 / 96.0 %, 0, 17
    "classify_dev_65.jsonl": {"urgency": 0.825, "sentiment": 0.775, "requires_action": 0.955},
    # a sixty-sixth author (400: media agencies, PR and events tech - press distribution,
    # social schedulers, webinars, ticket scanners, translation, print); first measured before
    # any rule looked at it: rules-2026.12-47 84.0 / 79.5 / 96.2 %, 7 of 80 critical below
    # high, 14 false highs; rules-2026.12-48 86.0 / 80.0 / 96.5 %, 1, 12
    "classify_dev_66.jsonl": {"urgency": 0.855, "sentiment": 0.795, "requires_action": 0.96},
    # a sixty-seventh author, at the same time (400: automotive and retail chains -
    # dealerships, garages, tyre centres, car washes, used-car marketplaces, store chains);
    # first measured: rules-2026.12-47 78.0 / 87.2 / 93.8 %, 5 of 80, 16 false highs;
    # rules-2026.12-48 78.8 / 87.2 / 94.0 %, 2, 16; rules-2026.12-49 86.2 % sentiment (its
    # author calls a pressed "bitte sofort" report calm more often than the others do)
    "classify_dev_67.jsonl": {"urgency": 0.785, "sentiment": 0.86, "requires_action": 0.935},
    # a sixty-eighth author (400: veterinary clinics, pet insurance, pet sitters, groomers,
    # shelters); first measured before any rule looked at it: rules-2026.12-49 77.2 / 74.8 /
    # 96.0 %, 11 of 80, 14 false highs; rules-2026.12-50 81.8 / 76.2 / 96.8 %, 0, 7
    "classify_dev_68.jsonl": {"urgency": 0.815, "sentiment": 0.76, "requires_action": 0.965},
    # a sixty-ninth author, at the same time (400: research labs, biotech and pharma
    # suppliers, university research administration, lab-equipment rental); first measured:
    # rules-2026.12-49 84.2 / 78.2 / 95.8 %, 6 of 80, 15 false highs; rules-2026.12-50
    # 87.8 / 78.8 / 95.8 %, 0, 4
    "classify_dev_69.jsonl": {"urgency": 0.875, "sentiment": 0.785, "requires_action": 0.955},
    # a seventieth author, at the same time (400: online games, esports leagues, streaming
    # communities, dating and social apps); first measured: rules-2026.12-49 79.8 / 76.0 /
    # 93.5 %, 7 of 80, 13 false highs; rules-2026.12-50 83.0 / 76.8 / 93.5 %, 0, 6
    "classify_dev_70.jsonl": {"urgency": 0.83, "sentiment": 0.765, "requires_action": 0.935},
    # a seventy-first author, at the same time (400: shipping agents, ports, customs
    # brokers, freight forwarders, alarm monitoring); first measured: rules-2026.12-49 81.2 /
    # 79.0 / 96.5 %, 11 of 80, 10 false highs; rules-2026.12-50 85.0 / 79.8 / 96.8 %, 0, 4
    "classify_dev_71.jsonl": {"urgency": 0.85, "sentiment": 0.795, "requires_action": 0.965},
    # a seventy-second author (400: law firms and their clients, notaries, debt collection,
    # legal-tech software); first measured before any rule looked at it: rules-2026.12-51
    # 76.8 / 72.2 / 94.8 %, 16 of 80, 22 false highs; rules-2026.12-52 83.2 / 73.5 / 95.5 %,
    # 0, 5
    "classify_dev_72.jsonl": {"urgency": 0.83, "sentiment": 0.735, "requires_action": 0.955},
    # a seventy-third author, at the same time (400: cybersecurity tools, password managers,
    # VPNs, identity providers); first measured: rules-2026.12-51 78.2 / 78.0 / 94.2 %, 9 of
    # 80, 18 false highs; rules-2026.12-52 82.8 / 79.0 / 94.5 %, 1, 4
    "classify_dev_73.jsonl": {"urgency": 0.825, "sentiment": 0.79, "requires_action": 0.945},
    # a seventy-fourth author, at the same time (400: crypto exchanges, online brokers,
    # neobanks, buy-now-pay-later); first measured: rules-2026.12-51 80.0 / 75.2 / 94.8 %, 8
    # of 80, 14 false highs; rules-2026.12-52 83.5 / 77.0 / 95.2 %, 0, 7
    "classify_dev_74.jsonl": {"urgency": 0.835, "sentiment": 0.77, "requires_action": 0.95},
    # a seventy-fifth author, at the same time (400: funeral services, wedding planners,
    # photographers, florists, cleaning and pest control); first measured: rules-2026.12-51
    # 72.5 / 71.2 / 92.8 %, 10 of 80, 13 false highs; rules-2026.12-52 77.5 / 72.5 / 94.0 %,
    # 0, 3
    "classify_dev_75.jsonl": {"urgency": 0.77, "sentiment": 0.72, "requires_action": 0.935},
    # a seventy-sixth author (400: recruiting platforms, job boards, staffing agencies,
    # background checks); first measured before any rule looked at it: rules-2026.12-53
    # 78.0 / 81.2 / 97.2 %, 9 of 80, 18 false highs; rules-2026.12-54 81.5 / 82.5 / 97.5 %,
    # 0, 11
    "classify_dev_76.jsonl": {"urgency": 0.81, "sentiment": 0.82, "requires_action": 0.97},
    # a seventy-seventh author, at the same time (400: home and car insurance claims,
    # roadside assistance, warranties); first measured: rules-2026.12-53 75.8 / 72.5 / 95.2 %,
    # 7 of 80, 18 false highs; rules-2026.12-54 79.0 / 74.0 / 95.8 %, 0, 9
    "classify_dev_77.jsonl": {"urgency": 0.785, "sentiment": 0.735, "requires_action": 0.955},
    # a seventy-eighth author, at the same time (400: mining, oil and gas services, chemical
    # plants, industrial IoT and SCADA); first measured: rules-2026.12-53 82.8 / 78.2 /
    # 95.0 %, 10 of 80, 17 false highs; rules-2026.12-54 87.2 / 80.2 / 96.0 %, 0, 8
    "classify_dev_78.jsonl": {"urgency": 0.87, "sentiment": 0.80, "requires_action": 0.955},
    # a seventy-ninth author, at the same time (400: museums, theatres, cinemas, music
    # schools, arts ticketing); first measured: rules-2026.12-53 80.5 / 73.0 / 94.0 %, 9 of
    # 80, 12 false highs; rules-2026.12-54 84.2 / 74.0 / 95.2 %, 0, 6
    "classify_dev_79.jsonl": {"urgency": 0.84, "sentiment": 0.735, "requires_action": 0.95},
    # an eightieth author (400: airlines, airports, baggage services, travel insurance);
    # first measured before any rule looked at it: rules-2026.12-54 77.2 / 78.8 / 94.0 %, 14
    # of 80, 12 false highs; rules-2026.12-55 80.8 / 78.8 / 94.5 %, 0, 12
    "classify_dev_80.jsonl": {"urgency": 0.805, "sentiment": 0.785, "requires_action": 0.94},
    # an eighty-first author, at the same time (400: gyms, fitness and yoga studios,
    # martial-arts schools, sports-club apps); first measured: rules-2026.12-54 80.2 / 78.8 /
    # 93.5 %, 7 of 80, 9 false highs; rules-2026.12-55 82.0 / 79.5 / 93.8 %, 0, 9
    "classify_dev_81.jsonl": {"urgency": 0.815, "sentiment": 0.79, "requires_action": 0.935},
    # an eighty-second author, at the same time (400: publishers, bookshops, libraries,
    # self-publishing); first measured: rules-2026.12-54 78.0 / 79.5 / 95.5 %, 11 of 80, 12
    # false highs; rules-2026.12-55 80.5 / 80.8 / 96.0 %, 1, 12
    "classify_dev_82.jsonl": {"urgency": 0.80, "sentiment": 0.805, "requires_action": 0.955},
    # an eighty-third author, at the same time (400: dental and eye-care practices,
    # opticians, hearing aids, medical devices); first measured: rules-2026.12-54 78.8 / 76.5
    # / 95.8 %, 9 of 80, 13 false highs; rules-2026.12-55 81.0 / 76.5 / 96.0 %, 0, 13
    "classify_dev_83.jsonl": {"urgency": 0.805, "sentiment": 0.76, "requires_action": 0.955},
    # an eighty-fourth author (400: car rental, scooter and bike sharing, parking and toll
    # apps); first measured before any rule looked at it: rules-2026.12-56 80.5 / 73.5 /
    # 96.5 %, 9 of 80, 7 false highs; rules-2026.12-57 82.8 / 74.0 / 96.8 %, 0, 7
    "classify_dev_84.jsonl": {"urgency": 0.825, "sentiment": 0.735, "requires_action": 0.965},
    # an eighty-fifth author, at the same time (400: pharmacies, telehealth, home lab tests);
    # first measured: rules-2026.12-56 78.8 / 74.2 / 96.5 %, 10 of 80, 11 false highs;
    # rules-2026.12-57 81.0 / 75.0 / 96.8 %, 1, 11
    "classify_dev_85.jsonl": {"urgency": 0.805, "sentiment": 0.745, "requires_action": 0.965},
    # an eighty-sixth author, at the same time (400: churches, mosques, temples, religious
    # charities and their donation platforms); first measured: rules-2026.12-56 81.2 / 76.0
    # / 93.8 %, 7 of 80, 10 false highs; rules-2026.12-57 83.0 / 76.5 / 94.0 %, 0, 10
    "classify_dev_86.jsonl": {"urgency": 0.825, "sentiment": 0.76, "requires_action": 0.935},
    # an eighty-seventh author, at the same time (400: marinas, boat rental, ski resorts,
    # campsites, outdoor operators); first measured: rules-2026.12-56 81.0 / 76.8 / 95.0 %, 15
    # of 80, 10 false highs; rules-2026.12-57 84.8 / 77.5 / 95.5 %, 0, 10
    "classify_dev_87.jsonl": {"urgency": 0.845, "sentiment": 0.77, "requires_action": 0.95},
    # an eighty-eighth author (400: driving schools, language schools, tutoring, exam prep);
    # first measured before any rule looked at it: rules-2026.12-58 79.2 / 80.5 / 93.2 %, 11 of
    # 80, 8 false highs; rules-2026.12-59 83.5 / 82.0 / 94.2 %, 0, 2
    "classify_dev_88.jsonl": {"urgency": 0.835, "sentiment": 0.82, "requires_action": 0.94},
    # an eighty-ninth author, at the same time (400: translation agencies, call centres,
    # virtual assistants, coworking); first measured: rules-2026.12-58 79.5 / 77.5 / 91.5 %, 9
    # of 80, 18 false highs; rules-2026.12-59 83.2 / 77.8 / 91.8 %, 0, 13
    "classify_dev_89.jsonl": {"urgency": 0.83, "sentiment": 0.775, "requires_action": 0.915},
    # a ninetieth author, at the same time (400: solar, heat pumps and HVAC, smart homes and
    # alarms); first measured: rules-2026.12-58 77.8 / 79.8 / 95.0 %, 7 of 80, 18 false highs;
    # rules-2026.12-59 81.5 / 81.0 / 95.5 %, 0, 10
    "classify_dev_90.jsonl": {"urgency": 0.815, "sentiment": 0.81, "requires_action": 0.955},
    # a ninety-first author, at the same time (400: farms, co-operatives, food wholesale,
    # restaurant suppliers); first measured: rules-2026.12-58 76.8 / 72.8 / 93.8 %, 15 of 80,
    # 18 false highs; rules-2026.12-59 81.5 / 74.5 / 95.0 %, 0, 13; urgency floor half a
    # point lower since rules-2026.12-63 (a how-to asked in a sigh is low: dev files 55
    # better, 23 worse, 36 files better, 13 worse; its author calls one such ticket medium)
    "classify_dev_91.jsonl": {"urgency": 0.81, "sentiment": 0.745, "requires_action": 0.95},
    # a ninety-second author (400: mobile carriers, internet, cable TV and VoIP); first
    # measured before any rule looked at it: rules-2026.12-60 78.8 / 75.8 / 95.5 %, 10 of 80,
    # 9 false highs; rules-2026.12-61 82.5 / 76.2 / 95.8 %, 0, 2
    "classify_dev_92.jsonl": {"urgency": 0.825, "sentiment": 0.76, "requires_action": 0.955},
    # a ninety-third author, at the same time (400: builders, architects, materials, equipment
    # rental, site software); first measured: rules-2026.12-60 83.5 / 79.8 / 93.5 %, 6 of 80, 8
    # false highs; rules-2026.12-61 85.8 / 80.2 / 93.5 %, 0, 6
    "classify_dev_93.jsonl": {"urgency": 0.855, "sentiment": 0.80, "requires_action": 0.935},
    # a ninety-fourth author, at the same time (400: newspapers, podcasts, streaming,
    # newsletters); first measured: rules-2026.12-60 83.2 / 74.5 / 96.5 %, 9 of 80, 10 false
    # highs; rules-2026.12-61 87.5 / 75.0 / 96.5 %, 0, 2
    "classify_dev_94.jsonl": {"urgency": 0.875, "sentiment": 0.75, "requires_action": 0.965},
    # a ninety-fifth author, at the same time (400: nurseries, nannies, care homes, home
    # care); first measured: rules-2026.12-60 81.8 / 75.5 / 95.2 %, 14 of 80, 13 false highs;
    # rules-2026.12-61 86.0 / 76.5 / 95.8 %, 0, 9
    "classify_dev_95.jsonl": {"urgency": 0.86, "sentiment": 0.765, "requires_action": 0.955},
    # a ninety-sixth author (400: printers and packaging, sign makers, trade-show stands);
    # first measured before any rule looked at it: rules-2026.12-61 79.8 / 74.5 / 96.5 %, 6 of
    # 80, 14 false highs; rules-2026.12-62 82.8 / 75.8 / 97.5 %, 1, 7
    "classify_dev_96.jsonl": {"urgency": 0.825, "sentiment": 0.755, "requires_action": 0.975},
    # a ninety-seventh author, at the same time (400: laundries, dry cleaners, tailors, shoe
    # repair, uniform rental); first measured: rules-2026.12-61 78.8 / 73.8 / 94.2 %, 10 of 80,
    # 13 false highs; rules-2026.12-62 82.0 / 73.8 / 94.8 %, 0, 8
    "classify_dev_97.jsonl": {"urgency": 0.82, "sentiment": 0.735, "requires_action": 0.945},
    # a ninety-eighth author, at the same time (400: waste collection, recycling centres, skip
    # hire, street cleaning); first measured: rules-2026.12-61 76.0 / 75.8 / 95.8 %, 9 of 80, 13
    # false highs; rules-2026.12-62 79.0 / 75.8 / 96.2 %, 0, 9; urgency floor half a point
    # lower since rules-2026.12-63 (a how-to asked in a sigh is low; this author calls one
    # such ticket medium)
    "classify_dev_98.jsonl": {"urgency": 0.785, "sentiment": 0.755, "requires_action": 0.96},
    # a ninety-ninth author, at the same time (400: second-hand marketplaces, pawn shops,
    # auctions, antiques); first measured: rules-2026.12-61 79.8 / 78.0 / 95.5 %, 8 of 80, 12
    # false highs; rules-2026.12-62 82.2 / 78.2 / 95.8 %, 0, 9
    "classify_dev_99.jsonl": {"urgency": 0.82, "sentiment": 0.78, "requires_action": 0.955},
    # a hundredth author (400: lift maintenance, facility management, security guards); first
    # measured before any rule looked at it: rules-2026.12-63 83.0 / 83.5 / 95.5 %, 6 of 80, 11
    # false highs; rules-2026.12-64 84.5 / 83.2 / 95.8 %, 0, 11
    "classify_dev_100.jsonl": {"urgency": 0.845, "sentiment": 0.83, "requires_action": 0.955},
    # a hundred-and-first author, at the same time (400: music streaming, ticket resale,
    # instrument shops); first measured: rules-2026.12-63 76.5 / 70.0 / 94.0 %, 11 of 80, 16
    # false highs; rules-2026.12-64 81.0 / 71.8 / 95.2 %, 0, 8
    "classify_dev_101.jsonl": {"urgency": 0.81, "sentiment": 0.715, "requires_action": 0.95},
    # a hundred-and-second author, at the same time (400: patient portals, physiotherapy,
    # mental-health apps); first measured: rules-2026.12-63 79.8 / 76.8 / 96.0 %, 12 of 80, 12
    # false highs; rules-2026.12-64 83.2 / 77.2 / 96.0 %, 0, 9
    "classify_dev_102.jsonl": {"urgency": 0.83, "sentiment": 0.77, "requires_action": 0.96},
    # a hundred-and-third author, at the same time (400: car dealers, garages, tyre fitters,
    # inspection centres); first measured: rules-2026.12-63 81.2 / 73.2 / 96.0 %, 9 of 80, 9
    # false highs; rules-2026.12-64 84.2 / 74.0 / 97.0 %, 0, 5
    "classify_dev_103.jsonl": {"urgency": 0.84, "sentiment": 0.74, "requires_action": 0.97},
    # a hundred-and-fourth author (400: student housing, admissions, study abroad); first
    # measured before any rule looked at it: rules-2026.12-64 84.0 / 78.8 / 96.5 %, 11 of 80,
    # 13 false highs; rules-2026.12-65 87.8 / 79.8 / 96.8 %, 0, 7
    "classify_dev_104.jsonl": {"urgency": 0.875, "sentiment": 0.795, "requires_action": 0.965},
    # a hundred-and-fifth author, at the same time (400: plumbers, electricians, locksmiths,
    # home-repair marketplaces); first measured: rules-2026.12-64 79.2 / 79.5 / 96.8 %, 9 of 80,
    # 11 false highs; rules-2026.12-65 82.2 / 80.0 / 97.0 %, 1, 6
    "classify_dev_105.jsonl": {"urgency": 0.82, "sentiment": 0.80, "requires_action": 0.97},
}
#: every dev file, in the order reported: the files that have a floor (a file without one
#: would be measured and asserted nothing; ``test_every_dev_file_is_measured`` checks both ways)
DEV_FILES = tuple(DEV_FLOORS)
#: how many critical tickets a dev file may leave below high: a count, or a share of its
#: critical tickets (a float); files not named here may miss 2% of theirs
DEV_CRITICAL_MISS_SHARE = 0.02
DEV_MAX_CRITICAL_MISSES = {"labelled_tickets.jsonl": 0, "classify_dev.jsonl": 6,
                           "classify_dev_5.jsonl": 5, "classify_dev_10.jsonl": 5,
                           "classify_dev_12.jsonl": 1, "classify_dev_13.jsonl": 5,
                           "classify_dev_14.jsonl": 3, "classify_dev_15.jsonl": 2,
                           "classify_dev_16.jsonl": 3, "classify_dev_17.jsonl": 2,
                           "classify_dev_18.jsonl": 1, "classify_dev_22.jsonl": 1,
                           "classify_dev_24.jsonl": 5, "classify_dev_26.jsonl": 1,
                           "classify_dev_27.jsonl": 2, "classify_dev_28.jsonl": 1,
                           "classify_dev_30.jsonl": 3, "classify_dev_31.jsonl": 3,
                           "classify_dev_32.jsonl": 2, "classify_dev_33.jsonl": 3,
                           "classify_dev_42.jsonl": 1, "classify_dev_43.jsonl": 2,
                           "classify_dev_58.jsonl": 0.03, "classify_dev_61.jsonl": 0.03,
                           "classify_dev_63.jsonl": 0.03, "classify_dev_67.jsonl": 0.03}


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def service() -> ClassifyService:
    return ClassifyService()


@pytest.fixture(scope="module")
def dev_sets(service) -> dict[str, tuple[list[dict], list[Classification]]]:
    out = {}
    for name in DEV_FILES:
        rows = _load(DATA / name)
        out[name] = (rows, [service.classify(r["subject"], r["message"]) for r in rows])
    return out


# --- the report ----------------------------------------------------------------------


def _score(rows: list[dict], preds: list[Classification]) -> dict[str, float]:
    return {label: sum(getattr(p, label) == r[label] for r, p in zip(rows, preds)) / len(rows)
            for label in LABELS}


def _critical_misses(rows: list[dict], preds: list[Classification]) -> list[tuple[dict, Classification]]:
    return [(r, p) for r, p in zip(rows, preds) if r["critical"] and p.urgency != "high"]


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


def _figures(name: str, rows: list[dict], preds: list[Classification]) -> list[str]:
    scores = _score(rows, preds)
    missed = _critical_misses(rows, preds)
    out = [f"{name} n={len(rows)}: " + "  ".join(f"{k} {v:.1%}" for k, v in scores.items())
           + f"  critical below high {len(missed)}/{sum(1 for r in rows if r['critical'])}"]
    for lang in ("en", "de", "es", "fr"):
        idx = [i for i, r in enumerate(rows) if r["lang"] == lang]
        if idx:
            sub = _score([rows[i] for i in idx], [preds[i] for i in idx])
            out.append(f"  lang {lang} n={len(idx):<4}" + "  ".join(
                f"{k} {v:.1%}" for k, v in sub.items()))
    return out


def report(name: str, rows: list[dict], preds: list[Classification]) -> str:
    """Accuracy per label and language, confusion matrices, every critical miss."""
    out = [f"\nclassifier {ClassifyService.version} on {name}", *_figures(name, rows, preds)]
    out += [_confusion(rows, preds, label) for label in LABELS]
    missed = _critical_misses(rows, preds)
    out.append(f"  critical tickets below high ({len(missed)}):")
    for r, p in missed:
        out.append(f"    [{r['critical']}/{r['lang']}] {r['subject']!r}: {r['message'][:300]!r}"
                   f" -> {p.urgency} {p.reasons}")
    return "\n".join(out)


# --- the labelled files --------------------------------------------------------------


def _check_schema(rows: list[dict], name: str) -> None:
    keys = {"subject", "message", "urgency", "sentiment", "requires_action", "critical", "lang"}
    for line, t in enumerate(rows, 1):
        where = f"{name}:{line}"
        assert set(t) == keys, where
        assert t["urgency"] in LABELS["urgency"], where
        assert t["sentiment"] in LABELS["sentiment"], where
        assert isinstance(t["requires_action"], bool), where
        assert t["critical"] in (None, *CRITICAL), where
        assert t["critical"] is None or t["urgency"] == "high", where
        assert t["lang"] in ("en", "de", "es", "fr"), where


def test_no_table_names_a_category_twice():
    """A dict literal keeps the last of two equal keys, silently: rules-2026.12-9 lost a
    family of "resolved" phrases that way until this test."""
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
                twice = sorted({k for k in keys if keys.count(k) > 1})
                assert not twice, f"{path.name}:{node.lineno} names {twice} twice"


def test_every_dev_file_is_measured():
    """A labelled file in tests/data that has no floor would never be scored, and a floor
    for a file that is not there would assert nothing."""
    on_disk = {p.name for p in DATA.glob("*.jsonl") if p != HELDOUT}
    assert on_disk == set(DEV_FLOORS)
    assert set(DEV_MAX_CRITICAL_MISSES) <= set(DEV_FLOORS)


def test_dev_files_are_well_formed(dev_sets):
    assert "labelled_tickets.jsonl" in dev_sets
    for name, (rows, _) in dev_sets.items():
        _check_schema(rows, name)
        assert len({(t["subject"], t["message"]) for t in rows}) == len(rows), f"{name}: duplicates"
    rows = dev_sets["labelled_tickets.jsonl"][0]
    assert len(rows) >= 320
    assert {t["critical"] for t in rows} >= set(CRITICAL)


def test_accuracy_on_dev_files(dev_sets, capsys):
    """Printed in full; asserted only as a floor (the rules were tuned on these)."""
    with capsys.disabled():
        for name, (rows, preds) in dev_sets.items():
            print(report(name, rows, preds))
    for name, (rows, preds) in dev_sets.items():
        scores = _score(rows, preds)
        for label, floor in DEV_FLOORS[name].items():
            assert scores[label] >= floor, f"{name} {label}: {scores[label]:.1%} < {floor:.0%}"
        missed = _critical_misses(rows, preds)
        bound = DEV_MAX_CRITICAL_MISSES.get(name, DEV_CRITICAL_MISS_SHARE)
        if isinstance(bound, float):
            bound = int(bound * sum(1 for r in rows if r["critical"]))
        assert len(missed) <= bound, f"{name}: {len(missed)} critical misses"


def test_accuracy_on_heldout_file(service, capsys):
    """Tickets written by someone who never saw the rules: no regression, and the gap to the goals shown."""
    if not HELDOUT.exists():
        pytest.skip(f"{HELDOUT.name} is not there yet: the held-out figures cannot be measured")
    rows = _load(HELDOUT)
    _check_schema(rows, HELDOUT.name)
    preds = [service.classify(r["subject"], r["message"]) for r in rows]
    scores = _score(rows, preds)
    missed = _critical_misses(rows, preds)
    with capsys.disabled():
        print(report(HELDOUT.name, rows, preds))
        print("held-out against the goals: " + ", ".join(
            f"{label} {scores[label]:.1%} (goal {goal:.0%})" for label, goal in HELDOUT_TARGETS.items())
              + f", critical below high {len(missed)} (goal 0)")
    failures = [f"{label} {scores[label]:.1%} < floor {floor:.0%}"
                for label, floor in HELDOUT_FLOORS.items() if scores[label] < floor]
    if len(missed) > HELDOUT_MAX_CRITICAL_MISSES:
        failures.append(f"{len(missed)} critical tickets below high (listed in the report above)")
    assert not failures, "held-out regressed: " + "; ".join(failures)


def test_every_high_prediction_names_its_trigger(dev_sets):
    for rows, preds in dev_sets.values():
        for p in preds:
            if p.urgency == "high":
                assert p.alert_trigger in decide.HIGH_CATEGORIES
                assert f"high:{p.alert_trigger}" in p.reasons
            else:
                assert p.alert_trigger is None


# --- signals compose into situations, each step alone --------------------------------


def _signals(**clauses: int) -> decide.Signals:
    """Signals with one hit per category, in the given clause."""
    s = decide.Signals()
    for category, clause in clauses.items():
        s.add(category, [(category, 0, 1, clause, False)])
    return s


@pytest.mark.parametrize(("parts", "situation"), [
    ({"sig_exposed": 1, "sig_sensitive": 1}, "privacy"),
    ({"sig_exposed": 0, "sig_sensitive": 2}, "privacy"),
    ({"sig_intruder": 3}, "privacy"),
    ({"sig_former": 0, "sig_still_access": 3}, "privacy"),
    ({"sig_former": 0, "sig_access_event": 2}, "privacy"),
    ({"gdpr_request": 0, "sig_overdue": 4}, "privacy"),
    ({"outage_failure": 1, "outage_scope": 1}, "outage"),
    ({"outage_failure": 1, "sig_count": 2}, "outage"),
    ({"outage_failure": 0, "sig_duration": 1, "sig_halt": 2}, "outage"),
    ({"sig_still_failing": 1, "sig_halt": 2}, "outage"),
    ({"bank_party": 1, "bank_action": 1}, "chargeback"),
    ({"bug": 0, "sig_deadline": 1}, "business_impact"),
    ({"sig_core": 0, "sig_harm": 0}, "business_impact"),
])
def test_parts_compose_into_a_situation(parts, situation):
    s = _signals(**parts)
    decide.compose(s)
    assert situation in s.found


@pytest.mark.parametrize(("parts", "situation"), [
    ({"sig_exposed": 0, "sig_sensitive": 5}, "privacy"),  # too far apart
    ({"sig_sensitive": 0}, "privacy"),  # data alone is no incident
    ({"sig_former": 0}, "privacy"),  # someone left: nothing happened
    ({"gdpr_request": 0}, "privacy"),  # a fresh request is a request
    ({"outage_failure": 0, "outage_scope": 3}, "outage"),
    ({"outage_failure": 0}, "outage"),  # one thing broken for one person
    ({"outage_failure": 1, "outage_scope": 1, "sig_limited": 2}, "outage"),  # "only me"
    ({"bank_party": 0, "bank_action": 1}, "chargeback"),  # not in the same clause
    ({"sig_harm": 0}, "business_impact"),
])
def test_parts_alone_or_apart_do_not(parts, situation):
    s = _signals(**parts)
    decide.compose(s)
    assert situation not in s.found


def test_urgent_needs_a_blocking_problem():
    alone = _signals(explicit_urgency=0)
    decide.compose(alone)
    assert "explicit_urgency" not in alone.found
    blocking = _signals(explicit_urgency=0, bug=0)
    decide.compose(blocking)
    assert "explicit_urgency" in blocking.found


def test_hypothetical_and_settled_stand_down():
    s = _signals(chargeback=0, sig_hypothetical=1)
    assert decide.critical(s, body_clause=0, question=True, subject="") == []
    s = _signals(outage=1, resolved=2)
    assert decide.critical(s, body_clause=0, question=False, subject="") == []
    s = _signals(legal_threat=1, resolved=2)  # a threat stays unless the message retracts it
    assert decide.critical(s, body_clause=0, question=False, subject="") == ["legal_threat"]


def test_matcher_on_a_small_table():
    table = {"exposed": ("sent ~3 wrong customer*", "indexed"), "scope": ("# ~1 users",)}
    language = Language(negators=frozenset({"not"}), fillers=frozenset({"a"}),
                        not_negatable=frozenset({"scope"}))
    matcher = PhraseMatcher(table, language)
    tokens, _ = tokenise(normalise("We SENT it to the wrong customers. 38 users! Not indexed."))
    text, offsets = matcher.text(tokens)
    hits = matcher.find(tokens, text, offsets)
    assert [(h[0], h[3], h[4]) for h in hits] == [
        ("exposed", 0, False), ("scope", 1, False), ("exposed", 2, True)]


# --- situations without keywords, in four languages ----------------------------------


@pytest.mark.parametrize(("subject", "message", "category"), [
    # privacy: data that reached the wrong party, intruders, people who left
    ("Invoices", "Our customers received the invoices of another company, with addresses.", "privacy"),
    ("Links", "A public link to our tickets with phone numbers shows up on Google.", "privacy"),
    ("Ex-employee", "We fired him last week. He still logs in and exported the client list.", "privacy"),
    ("Logins", "Our admin account shows logins from Romania last night. Nobody travelled.", "privacy"),
    ("Befunde", "Mehrere Patienten haben die Laborbefunde einer anderen Person erhalten.", "privacy"),
    ("Pedidos", "Una clienta ve los pedidos de otra persona con su dirección.", "privacy"),
    ("Accès", "Un ancien prestataire s'est connecté hier et a exporté notre fichier clients.", "privacy"),
    # outage: a failure with a scope, or that lasts and stops work
    ("Scanners", "Every handheld scanner in both our depots rejects barcodes. Nothing can be loaded.", "outage"),
    ("Webhooks", "No order webhooks since 03:10. 600 orders waiting in the warehouse.", "outage"),
    ("App", "Nach dem Update schließt sich die App bei allen unseren Monteuren sofort.", "outage"),
    ("Tiendas", "Nuestras 18 tiendas reciben errores de tiempo de espera desde las 10.", "outage"),
    ("Webhooks", "Depuis 3 h du matin, nous ne recevons plus aucun webhook. 700 commandes s'accumulent.", "outage"),
    # legal threats in casual words
    ("Charged twice", "If the duplicate isn't refunded by Friday I'll sue, simple as that.", "legal_threat"),
    ("Ombudsman", "I have referred my complaint to the Financial Ombudsman.", "legal_threat"),
    ("Frist", "Sonst übergebe ich die Sache meinem Anwalt.", "legal_threat"),
    ("Aviso", "Si no hay respuesta, presentaré una demanda.", "legal_threat"),
    ("CNIL", "J'ai déposé une plainte auprès de la CNIL aujourd'hui.", "legal_threat"),
    # payment reversals by another name
    ("Debit", "Our bank returned your direct debit for May.", "chargeback"),
    ("Lastschrift", "Unsere Bank hat die Lastschrift für die Rechnung zurückgegeben.", "chargeback"),
    ("Recibo", "Nuestro banco ha devuelto el recibo domiciliado.", "chargeback"),
    ("Banque", "Ma banque m'a recrédité les sommes prélevées.", "chargeback"),
])
def test_situations_are_critical_without_keywords(service, subject, message, category):
    result = service.classify(subject, message)
    assert result.urgency == "high", result.reasons
    assert f"critical:{category}" in result.reasons, result.reasons


@pytest.mark.parametrize(("subject", "message"), [
    ("Security questionnaire", "Our auditor asks whether you had any data breach in the last 24 months."),
    ("GDPR records", "Is there a way to export a list of all personal data fields we store?"),
    ("Chargeback policy", "If one of our customers files a chargeback, who pays the fee?"),
    ("Offline mode", "Does the technician app work offline in basements?"),
    ("Migration", "Will there be any downtime for our users during the move?"),
    ("One user", "Our nurse can't log in, account locked. Everyone else is fine."),
    ("Joke", "I said I'd sue you for making my life too easy. It was a joke! No action needed."),
    ("Blog", "Loved the lawsuit article on your blog about patent trolls."),
    ("Tags", "How do I add the urgent tag to tickets that mention refunds?"),
    ("Auto-reply", "I am out of the office. For urgent matters please call my colleague."),
    ("Hi", "Our new colleague Sue can't log in, the reset mail never arrives."),
    ("Crash", "The app closes immediately after the splash screen."),
])
def test_innocent_uses_do_not_raise_urgency(service, subject, message):
    result = service.classify(subject, message)
    assert result.urgency != "high", result.reasons
    assert result.alert_trigger is None


@pytest.mark.parametrize(("message", "urgency"), [
    ("You charged me twice. Please refund the duplicate.", "medium"),  # a refund request
    ("Please delete all my personal data.", "medium"),  # a fresh GDPR request
    ("I asked you to delete my data on 4 March. It is now 6 May, no reply.", "high"),
    ("The logo is blurry on retina screens, not a big deal.", "low"),  # cosmetic
    ("Urgent: the invoice send button fails and we bill clients today.", "high"),
    ("Not urgent at all, but how do I rename a tag?", "low"),
    ("Thanks for the quick help yesterday!", "low"),
    ("Third time I'm writing about my invoice question. Still no answer.", "medium"),
])
def test_urgency_follows_the_guide(service, message, urgency):
    assert service.classify("", message).urgency == urgency


#: situations described without the keyword, written from the labelling guide (four
#: languages, several voices); regression cases, so a fixed gap stays fixed
PARAPHRASED_CRITICAL = [
    # rules-2026.12-65 (classify_dev_104: student housing, admissions, study abroad;
    # classify_dev_105: plumbers, electricians, locksmiths: their families, reworded)
    ('legal_threat', "Notre avocat nous a dit que c'était illégal, il vous envoie un courrier cette semaine."),
    ('legal_threat', 'I am preparing a complaint to the Office of the Independent Adjudicator.'),
    ('chargeback', 'Mi padre abrió una disputa con su tarjeta de crédito por el pago del curso.'),
    ('chargeback', 'Notre virement a été réduit de 1 150 € avec la mention litige carte – service non rendu.'),
    ('privacy', "The welcome email had a spreadsheet attached with every resident's mobile number and date of birth."),
    ('privacy', 'Im Treppenhaus hängt eine Liste mit allen Bewohnern, inklusive Geburtsdatum und IBAN.'),
    ('privacy', 'The PDF attached is an offer letter for a different applicant, with their home address.'),
    ('outage', 'Applicants based in India cannot load the admissions portal at all since this morning.'),
    ('chargeback', "You charged us twice. My husband rang Visa and they're disputing it."),
    ('chargeback', 'Ich hab meiner Kreditkartenfirma Bescheid gegeben, die holen sich das Geld zurück.'),
    ('chargeback', "J'ai demandé à Belfius de me rembourser la domiciliation de ce mois."),
    ('outage', 'Seit 8:15 Uhr erhalten sämtliche Nutzer unserer Niederlassungen Zeitüberschreitungen.'),
    ('outage', 'Aucun artisan de notre groupement ne reçoit de notification de nouvelle demande depuis hier.'),
    ('outage', "It's now 10:15 and the board still throws error 502 for every one of our users."),
    # rules-2026.12-64 (classify_dev_100: lifts, facilities, guards; classify_dev_101: music
    # and tickets; classify_dev_102: patient portals and therapy apps; classify_dev_103: car
    # dealers and garages: their families, reworded)
    ('chargeback', 'A cardholder has disputed the following transaction. This is an automated message, please do not reply.'),
    ('chargeback', 'The payout statement shows a line "Reversal – card issuer – order 4410".'),
    ('chargeback', "180 € ont été retenus avec la mention paiement contesté par l'acheteur."),
    ('legal_threat', 'A few of us have been talking to a firm that does group claims.'),
    ('legal_threat', 'Wenn ich keine korrigierte Rechnung bekomme, rufe ich die Schiedsstelle an.'),
    ('legal_threat', 'MY LAWYER IS GETTING ALL OF THESE EMAILS FORWARDED TO HIM FROM NOW ON.'),
    ('legal_threat', 'Me he asociado a la OCU y la reclamación va por ellos.'),
    ('legal_threat', 'Wenn das Geld nicht zurückkommt, schreibe ich ans BfArM.'),
    ('privacy', 'Alguien ha colgado en un foro una lista de códigos de alarma de clientes con sus direcciones.'),
    ('privacy', "Un locataire a trouvé une clé USB avec les codes d'alarme de tout l'immeuble."),
    ('privacy', 'Die Nachricht ist nicht für mich bestimmt: sie enthält den Chemotherapie-Plan einer anderen Patientin.'),
    ('privacy', 'Das geht nur, wenn sie vor ihrem Ausscheiden eine Patientenliste exportiert hat.'),
    ('outage', 'Since the technician left, all six lifts are stopped with a controller fault.'),
    # rules-2026.12-62 (classify_dev_96: printers and sign makers; classify_dev_97: laundries
    # and tailors; classify_dev_98: waste and recycling; classify_dev_99: second-hand, pawn,
    # auctions: their families, reworded)
    ('legal_threat', 'My advocate says if the sign is not installed in 14 days he will start the court case.'),
    ('legal_threat', 'He presentado una queja ante el Defensor del Pueblo esta semana.'),
    ('legal_threat', "J'ai pris rendez-vous avec le conciliateur de justice pour le 12."),
    ('legal_threat', 'Ich habe mich heute schriftlich an das Ordnungsamt gewandt.'),
    ('legal_threat', 'My attorney has the paperwork and if the money is not here by Monday he is filing.'),
    ('legal_threat', "I'm writing it up for the Department of Consumer Affairs tonight."),
    ('chargeback', "I've made a Section 75 claim with my credit card provider for the £640."),
    ('chargeback', 'A payment dispute has been raised on order 55102 and £420 has been withheld from your balance.'),
    ('chargeback', 'Ya hice el desconocimiento del cargo con la tarjeta.'),
    ('privacy', 'In meinem Umschlag lag der Bescheid eines anderen Haushalts mit Name und IBAN.'),
    ('privacy', 'The receipt email had a PDF attached for a completely different person with their home address.'),
    ('privacy', 'Ihre Rundmail ging an alle Kunden im offenen CC, mit über 300 E-Mail-Adressen.'),
    ('privacy', 'Auf Ihrer Internetseite ist eine PDF-Liste verlinkt, darin stehen Vor- und Nachname der Kunden.'),
    ('outage', "Every card payment is being declined with 'provider unavailable', for residents online and our phone agents."),
    # rules-2026.12-61 (classify_dev_92: carriers, internet and TV; classify_dev_93: builders
    # and architects; classify_dev_94: newspapers, podcasts, streaming; classify_dev_95:
    # nurseries, nannies, care homes: their families, reworded)
    ('legal_threat', "If the fee is still on my bill next month I'm taking this to Ofcom."),
    ('legal_threat', 'Ich habe heute einen Schlichtungsantrag bei der Bundesnetzagentur gestellt.'),
    ('legal_threat', 'Please be advised that counsel for our label will be contacting you about the unlicensed track.'),
    ('legal_threat', "J'ai fait un signalement auprès de la PMI ce matin."),
    ('legal_threat', "I've written to Ofsted tonight about the injury nobody told us about."),
    ('chargeback', 'Four listener payments now carry a disputed tag and the money is gone from my payout.'),
    ('chargeback', 'We received a Direct Debit Indemnity Claim for the Patel family, so the fees were taken back.'),
    ('chargeback', 'Sur mon relevé il manque 50 € avec la mention paiement contesté par le titulaire de la carte.'),
    ('privacy', 'Anyone who knows my number can listen to my voicemails without a PIN.'),
    ('privacy', 'If you sign in as a visitor, the staff page lists every apprentice with home address and date of birth.'),
    ('privacy', "In the device history there are three TVs in Peru that aren't mine."),
    ('privacy', 'Mit der Post kam die Abrechnung für einen anderen Bewohner, mit Diagnosen und Kontoverbindung.'),
    ('outage', 'Every single recording on my cloud DVR is gone, and the forum has pages of people saying the same.'),
    ('outage', "The app closes the second you open it, same on my parents' TV, and there are fifty posts about it."),
    ('outage', 'Les plannings ne se synchronisent plus sur les téléphones des intervenantes depuis hier 14h.'),
    # rules-2026.12-59 (classify_dev_88: driving and language schools; classify_dev_89:
    # translation, call centres, coworking; classify_dev_90: solar, heat pumps, smart homes;
    # classify_dev_91: farms and food wholesale: their families, reworded)
    ('legal_threat', 'Meine Schwester ist Anwältin und setzt gerade das Schreiben an Sie auf.'),
    ('legal_threat', 'Ich habe das Veterinäramt informiert.'),
    ('legal_threat', 'If the fees are not refunded we will be referring the matter to the adjudicator.'),
    ('legal_threat', 'Mi prima es abogada y ya está redactando la reclamación.'),
    ('privacy', 'Un autre client a accès à notre boîte mail depuis hier ; nous ne connaissons pas cette personne.'),
    ('privacy', 'Somebody at a competing agency has our full client list with our notes in it.'),
    ('privacy', 'In der App stehen drei Geräte, die wir nicht kennen.'),
    ('privacy', 'Cualquiera que entre en la página puede verlo: nombres, DNI y teléfonos de todos los socios.'),
    ('privacy', 'I can open the reports tab and see the payslips of every member of staff.'),
    ('outage', 'Toutes les visios coupent au bout de cinq minutes, pour tous nos formateurs.'),
    ('outage', 'None of the door badges are working and about 40 staff are standing outside.'),
    ('outage', 'Every call to our hotline goes straight to voicemail since this morning, for all our customers.'),
    ('chargeback', 'Our payout shows a contested card payment for order 5521.'),
    ('chargeback', 'I told my bank I never agreed to the upgrade and they gave me the money back.'),
    # rules-2026.12-57 (classify_dev_84: car rental and sharing; classify_dev_85: pharmacies and
    # telehealth; classify_dev_86: religious communities; classify_dev_87: marinas, ski
    # resorts, campsites: their families, reworded)
    ('legal_threat', 'Refund the trip you cancelled or I sue.'),
    ('legal_threat', "J'ai transmis le dossier à ma protection juridique, qui vous adressera un courrier."),
    ('legal_threat', 'Some of us work in consumer law and we are pooling together to bring a joint action.'),
    ('legal_threat', 'Ich habe inzwischen einen Anwalt eingeschaltet.'),
    ('legal_threat', 'I have consulted with advocate and he is preparing legal notice.'),
    ('outage', 'Seit gestern Abend bekommt niemand mehr seine Tickets nach dem Kauf.'),
    ('outage', 'Die Online-Kollekte funktioniert bei niemandem, es kommt Fehler 502.'),
    ('privacy', "Quelqu'un a loué une voiture avec mon compte pendant que j'étais à Lille."),
    ('privacy', "Le document avec nos identifiants était en accès public, consultable par n'importe qui."),
    ('chargeback', 'Called Amex: they are pulling the money back and will ask you for proof of service.'),
    ('chargeback', "I've claimed the second payment back from my bank under the Direct Debit Guarantee."),
    ('chargeback', 'He dado orden al banco de devolver los dos últimos recibos.'),
    ('chargeback', '300 € ont été déduits avec la mention contestation du titulaire de la carte.'),
    # rules-2026.12-55 (classify_dev_80: airlines and airports; classify_dev_81: gyms and
    # studios; classify_dev_82: publishers, bookshops, libraries; classify_dev_83: dental and
    # eye care, hearing aids: their families, reworded)
    ('legal_threat', "J'ai déposé une plainte auprès de l'Office des transports du Canada cette semaine."),
    ('legal_threat', 'Mein Anwalt hat mir geraten, Ihnen noch eine Woche zu geben; danach geht das Schreiben raus.'),
    ('legal_threat', 'The consumer advice centre says they will write an official complaint to you.'),
    ('legal_threat', 'Mein Anwalt bereitet derzeit eine Unterlassungsklage vor.'),
    ('outage', 'Every single member now shows 0 remaining credits after the update.'),
    ('outage', 'Desde que abrió la feria la app de cobro no sincroniza y les pasa a todas las casetas; estamos apuntando las ventas a mano.'),
    ('outage', 'Keine der 17 Schulen kann sich einloggen, nach dem Login kommt immer wieder die Startseite.'),
    ('privacy', "Le journal montre que l'adresse de livraison a été changée cette nuit et mon numéro de téléphone aussi. Ce n'est pas moi."),
    ('privacy', 'The newsletter attachment contains all subscribers with names and home addresses.'),
    ('chargeback', '54 € ont été retenus avec la mention litige porteur de carte.'),
    # rules-2026.12-54 (classify_dev_76: recruiting and staffing; classify_dev_77: insurance
    # claims and roadside assistance; classify_dev_78: mining, oil and gas, industrial IoT;
    # classify_dev_79: museums, theatres, arts ticketing: their families, reworded)
    ('legal_threat', "I filled out a wage claim with the state labor department and I'm mailing it Friday unless I get paid."),
    ('legal_threat', "J'ai rendez-vous avec un conseiller syndical pour préparer la saisine des prud'hommes."),
    ('legal_threat', 'We are self-reporting the deviation to the TCEQ tomorrow and the report will name your firmware as the cause.'),
    ('legal_threat', 'Ich werde den Vorfall morgen dem Landesamt für Bergbau schriftlich anzeigen.'),
    ('legal_threat', "Guess we'll let the lawyers sort it out then."),
    ('legal_threat', 'Mi abogada les enviará esta semana la reclamación por daños.'),
    ('outage', 'Since yesterday evening nothing comes in through the Personio interface; kommt über die Schnittstelle nichts mehr an.'),
    ('outage', 'The work-order webhooks have not fired since 4pm yesterday and 230 orders never reached SAP.'),
    ('outage', 'The whole mill is stopped since the licence server stopped answering.'),
    ('outage', "Le serveur vocal coupe les appels et nos 12 conseillers n'ont reçu aucun appel ce matin."),
    ('outage', 'Depuis la mise à jour, le logiciel de caisse ne démarre plus sur aucun de nos postes.'),
    ('outage', 'Alle Abo-Umbuchungen seit Montag sind heute früh weg.'),
    ('privacy', 'Your hotline gave my new address to my ex-wife, who had called and passed herself off as my wife: sie hat sich als meine Frau ausgegeben.'),
    ('privacy', 'Your newsletter went out with all customer addresses in CC.'),
    ('privacy', 'The payout went to an account that is not mine. Somebody was in my account.'),
    ('chargeback', 'Nous avons reçu des notifications de litige pour 6 commandes.'),
    ('privacy', 'The download link for the applicant CSV opens for anyone, with no login: names, dates of birth and home addresses.'),
    # rules-2026.12-52 (classify_dev_72: law firms, notaries, debt collection; classify_dev_73:
    # security tools and identity providers; classify_dev_74: crypto, brokers, neobanks, BNPL;
    # classify_dev_75: funerals, weddings, photographers, florists, cleaning and pest control:
    # their families, reworded)
    ('legal_threat', 'Pay back the deposit within a week or my solicitor takes it from here.'),
    ('legal_threat', 'We have already opened a case with the CFPB about the fees you added.'),
    ('legal_threat', 'Unser Rechtsbeistand hat bereits alle Unterlagen; ab Montag läuft das über ihn.'),
    ('legal_threat', 'Nous entendons appeler votre société en garantie dans cette procédure.'),
    ('legal_threat', 'Ich werde mich bei der Notarkammer beschweren, wenn die Rechnung nicht storniert wird.'),
    ('legal_threat', 'Please be advised that this office represents Mr. Ortiz in this matter.'),
    ('legal_threat', 'Wir werden Sie für den entstandenen Schaden in Regress nehmen.'),
    ('legal_threat', "My cousin is an attorney; maybe I'll just have him send you a letter."),
    ('outage', 'The desktop client closes right after the splash screen on every laptop we have.'),
    ('privacy', 'Un administrador nuevo que nadie de nuestro equipo ha creado aparece en la consola desde anoche.'),
    ('privacy', "The letters are shifted by one row, so each one shows the next person's name and account number."),
    ('privacy', "Le journal montre un export complet de la base lancé à 3h depuis le compte d'une collègue, qui affirme ne pas s'être connectée."),
    ('privacy', 'Your release notes have a screenshot with our live API key in it.'),
    ('chargeback', 'Two disputes from the same buyer were debited from our payout this week.'),
    ('chargeback', 'Ya levanté una aclaración con mi banco por ese cargo que no reconozco.'),
    ('outage', "L'application ne dépasse plus l'écran de démarrage sur toutes nos tablettes depuis cette nuit."),
    ('outage', 'Verbindungsabbrüche seit sechs Uhr an beiden Standorten, alle 85 Leute betroffen.'),
    ('outage', 'SCIM provisioning has not pushed a single change in 11 hours; 23 new starters arrived and none of them have accounts.'),
    # rules-2026.12-50 (classify_dev_68: vets, pet insurance, shelters; classify_dev_69: research
    # labs; classify_dev_70: games, esports, dating apps; classify_dev_71: shipping agents,
    # ports, customs brokers, alarm monitoring: their families, reworded)
    ('legal_threat', 'if the money is not back by friday i will go to the court with all my screenshots'),
    ('legal_threat', 'Wenn Sie die Kaution nicht zurückzahlen, klären das eben die Anwälte.'),
    ('legal_threat', 'I would rather not involve our lawyers, but if the unit is not replaced by the 20th I will hand the file over.'),
    ('outage', 'Seit heute früh fehlen bei allen Patienten sämtliche Befunde der letzten zehn Tage.'),
    ('outage', 'Otras cinco profesoras de mi centro me dicen lo mismo: no me ha llegado ni una reserva desde el lunes.'),
    ('outage', 'Since midnight all 22 of our branches show "connection lost" in the monitoring portal.'),
    ('outage', "My save on the laptop is wiped and my brother's save on his console is also wiped after the patch."),
    ('privacy', "Le journal montre des connexions sur le compte de notre comptable à 3h du matin, on n'a rien fait de tout ça."),
    ('privacy', 'Mein privates Album ist seit dem Update für alle sichtbar, auch meine privaten Fotos.'),
    ('privacy', 'Our list of guests with passport numbers was forwarded by your office to a different agency.'),
    ('privacy', 'me llegó un aviso de correo de recuperación modificado y yo no he cambiado nada'),
    ('chargeback', 'The payout report lists the two orders from the museum as disputed.'),
    ('chargeback', 'He reclamado los tres cobros a la entidad de mi tarjeta y ya me los han devuelto.'),
    ('legal_threat', 'Ich habe die Rechnung zur Prüfung an die Tierärztekammer geschickt.'),
    ('legal_threat', 'Mr Hale, who acts for us as solicitor, is now copied on this thread.'),
    ('legal_threat', 'Our lawyers are reviewing your omissions coverage this week.'),
    ('outage', 'The session notes that our three therapists typed up between Monday and Thursday, all of them, are gone from the client histories.'),
    ('outage', "Since last night's update the app closes the second you open it, every single iPad in the lab."),
    ('privacy', 'La coordinadora lo borró del grupo, pero cualquiera pudo descargarlo: nombres, DNI y direcciones de los socios.'),
    ('privacy', 'Something is leaking: a rival knows our consignees.'),
    ('outage', 'Nobody on the night shift can get past the login screen since 11pm.'),
    ('outage', 'Our whole sales floor gets a spinning wheel when opening any customer record.'),
    ('outage', "Every store in the north region is stuck on 'connecting' at the tills."),
    ('outage', 'The dashboard has been timing out for all of us for the past two hours.'),
    ('outage', 'Since your release this morning none of the invoices we create are being sent.'),
    ('outage', "Payments have been failing at checkout for every customer since 2pm; we've lost dozens of orders."),
    ('outage', 'Our integration stopped pulling orders at 6am and 300 are stuck in the queue.'),
    ('outage', 'All 40 drivers see an empty route list in the app.'),
    ('outage', 'The API answers every call with a 502 since the deploy.'),
    ('outage', 'Mobile app crashes on launch for everyone on iOS 17.'),
    ('outage', "Site won't load in Germany, France and Spain, only the US works."),
    ('outage', "Emails to customers haven't gone out since yesterday, 1,200 queued."),
    ('outage', 'Still down three hours after your maintenance window ended.'),
    ('outage', 'Alle Filialen können seit heute früh keine Kartenzahlungen mehr annehmen.'),
    ('outage', 'Seit dem Update lädt die App bei keinem unserer Fahrer.'),
    ('outage', 'Desde ayer ningún pedido llega al almacén, hay 500 pedidos pendientes.'),
    ('outage', 'La aplicación se cierra al abrirla en todos los móviles de nuestros técnicos.'),
    ('outage', 'Depuis ce matin, aucun de nos agents ne peut ouvrir un ticket.'),
    ('outage', 'Toutes nos boutiques sont bloquées en caisse depuis 10h.'),
    ('outage', 'The whole team has been locked out for hours.'),
    ('outage', 'Half of our customer notes vanished overnight.'),
    ('outage', 'After the import, two years of invoices are gone from the account.'),
    ('privacy', "A customer emailed us because she received another customer's order confirmation with his address."),
    ('privacy', 'Our invoice PDFs are reachable by anyone who guesses the URL.'),
    ('privacy', 'An employee we let go on Friday still has admin rights and logged in this morning.'),
    ('privacy', "Somebody reset our admin's password and changed the payout account. It wasn't us."),
    ('privacy', 'We found our client list posted on a forum.'),
    ('privacy', 'The search shows contacts from a different organisation.'),
    ('privacy', 'Your support agent sent our contract to the wrong company.'),
    ('privacy', 'Ein Kunde hat die Rechnung eines anderen Kunden mit dessen Adresse bekommen.'),
    ('privacy', 'Un empleado despedido sigue entrando en el panel.'),
    ('privacy', 'Nos fiches clients sont visibles sans connexion via un lien public.'),
    ('privacy', 'Someone logged into our account from an IP in another country and exported our contacts.'),
    ('privacy', 'Our API key was exposed in your public docs example.'),
    ('privacy', 'I asked for my data to be deleted three months ago and I still get your emails.'),
    ('legal_threat', "I'm taking you to small claims court."),
    ('legal_threat', 'Expect to hear from my solicitor.'),
    ('legal_threat', "I've reported you to the consumer protection agency."),
    ('legal_threat', 'We will pursue this through the courts.'),
    ('legal_threat', 'Ich werde Sie verklagen.'),
    ('legal_threat', 'Voy a denunciarles ante consumo.'),
    ('legal_threat', 'Je vais saisir le tribunal.'),
    ('legal_threat', 'My lawyer has a copy of this thread.'),
    ('chargeback', "I've asked my credit card company to reverse the charge."),
    ('chargeback', 'The payment has been disputed with my bank.'),
    ('chargeback', 'I reported the charge as unauthorised to my bank.'),
    ('chargeback', 'Our bank rejected your debit.'),
    ('chargeback', 'We instructed our bank not to honour the direct debit.'),
    ('chargeback', 'Ich habe die Abbuchung bei meiner Bank widerrufen.'),
    ('chargeback', 'He pedido a mi banco que anule el cargo.'),
    ('chargeback', "J'ai contesté le prélèvement auprès de ma banque."),
    ('outage', 'Hi, is something wrong on your end? Our agents in all three offices just see a grey page.'),
    ('outage', "The booking widget on our site returns an error for every visitor since about noon. We're losing bookings."),
    ('outage', "Our nightly sync didn't run and the morning sync failed too. All 12 warehouses are working from yesterday's stock."),
    ('outage', "Since 8:15 our call centre can't see any customer records, 60 people waiting."),
    ('outage', "The app shows 'session expired' for every single user right after login."),
    ('outage', "Push notifications haven't been delivered to any device since Tuesday."),
    ('outage', 'No one in the company can send emails through the platform today.'),
    ('outage', 'Reports have been blank for the entire organisation for two days now.'),
    ('outage', 'Checkout is broken for all customers, payments just spin forever.'),
    ('outage', 'Kein einziger Mitarbeiter kommt seit 7 Uhr ins System.'),
    ('outage', 'Die Kasse in allen 9 Filialen hängt seit Mittag.'),
    ('outage', 'Ningún cliente puede pagar en la web desde las 9.'),
    ('outage', 'Nuestros 25 repartidores no pueden ver sus rutas desde esta mañana.'),
    ('outage', 'Aucun client ne peut payer sur le site depuis midi.'),
    ('outage', "Nos 30 techniciens n'arrivent plus à se connecter depuis hier soir."),
    ('outage', 'All our product photos disappeared from the shop after your update.'),
    ('privacy', 'Parents can see the medical notes of children from other schools in the app.'),
    ('privacy', "We received an export that contains another tenant's customers with emails and phone numbers."),
    ('privacy', 'Someone has been logging in as our owner at night, we never gave out the password.'),
    ('privacy', 'A former intern still receives all our customer emails in copy.'),
    ('privacy', 'Your newsletter went out with all recipients visible in the To field, 800 addresses.'),
    ('privacy', "Our patients' records show up in Google search results."),
    ('privacy', 'Jemand Fremdes hat sich in unser Konto eingeloggt und die Kundendaten exportiert.'),
    ('privacy', 'Hemos recibido facturas de otra empresa con sus datos bancarios.'),
    ('privacy', 'Un ancien salarié a encore accès à tous nos dossiers clients.'),
    ('privacy', 'We got a call from a stranger who read us our own order history.'),
    ('legal_threat', 'This is going to my lawyer tomorrow.'),
    ('legal_threat', "You'll be hearing from our legal team."),
    ('legal_threat', 'I have filed a claim in the small claims court.'),
    ('legal_threat', 'I will report this to the data protection authority.'),
    ('legal_threat', 'Wir haben unseren Anwalt eingeschaltet.'),
    ('legal_threat', 'Mi abogado ya tiene toda la documentación.'),
    ('legal_threat', 'Mon avocat vous contactera.'),
    ('legal_threat', "I'm contacting the consumer ombudsman about this."),
    ('chargeback', 'I disputed the payment with my credit card company.'),
    ('chargeback', 'My bank has clawed back the money.'),
    ('chargeback', 'Visa reversed the transaction after my complaint.'),
    ('chargeback', 'We had our bank recall the SEPA payment.'),
    ('chargeback', 'Meine Bank hat die Zahlung zurückgeholt.'),
    ('chargeback', 'He reclamado el cargo a mi banco.'),
    ('chargeback', 'Ma banque a annulé votre prélèvement.'),
    ('outage', 'login page just spins for our entire staff'),
    ('outage', 'NOTHING IS SYNCING. ALL OUR TILLS ARE OFFLINE.'),
    ('outage', 'Hello team,\n\nSince roughly 09:40 CET the admin console refuses connections for every account we manage (about 70 tenants). Can you check?\n\nBest regards,\nMaria Keller\nIT Lead'),
    ('outage', 'fyi the API has been throwing 500s on every endpoint for 40 min, our checkout depends on it'),
    ('outage', 'Fwd: Re: urgent\n\n> our stores report the card terminals decline everything\n\nThis is all 14 stores. Please help.'),
    ('outage', "Customers can't place orders on our website at all since this morning."),
    ('outage', 'Our patients can no longer book appointments online, the calendar stays empty for all doctors.'),
    ('outage', 'The scheduled payroll run failed for the whole company and nobody got paid.'),
    ('outage', 'Incoming calls are not being routed to any of our agents since 10:00.'),
    ('outage', 'Unsere Website ist seit zwei Stunden für alle Kunden nicht erreichbar.'),
    ('outage', 'Die Synchronisation läuft seit gestern nicht mehr, alle Lager arbeiten mit alten Beständen.'),
    ('outage', 'Desde el despliegue de anoche la app no abre en ningún dispositivo.'),
    ('outage', 'Todos nuestros agentes ven un error 503 desde hace una hora.'),
    ('outage', "Depuis la mise à jour, l'application plante au démarrage chez tous nos livreurs."),
    ('outage', 'Le paiement en ligne ne fonctionne plus pour aucun client depuis ce matin.'),
    ('outage', "Every contact we had is gone from the CRM after last night's migration."),
    ('privacy', 'Our customers are getting order confirmations that belong to other shoppers.'),
    ('privacy', 'Someone outside our company downloaded our entire customer database.'),
    ('privacy', 'the shared folder link you generate is public and has all our HR files'),
    ('privacy', "We noticed a login to our admin account from a device we've never seen, and 2FA was turned off."),
    ('privacy', 'Employee who quit last month is still approving expense reports.'),
    ('privacy', "Your chat widget shows the previous visitor's conversation to the next visitor."),
    ('privacy', 'Die Rechnungen unserer Kunden sind ohne Anmeldung über einen Link abrufbar.'),
    ('privacy', 'Un extrabajador todavía tiene acceso a las nóminas.'),
    ('privacy', "Des clients reçoivent les factures d'autres clients par e-mail."),
    ('privacy', "Our support tickets with customer addresses appeared on a competitor's website."),
    ('legal_threat', 'Consider this formal notice. We are preparing a claim.'),
    ('legal_threat', 'If this is not resolved by Monday we will have no choice but to take legal steps.'),
    ('legal_threat', "I'll be taking this up with trading standards."),
    ('legal_threat', "I've started proceedings against your company."),
    ('legal_threat', 'Ich schalte jetzt die Verbraucherzentrale ein.'),
    ('legal_threat', 'Presentaré una reclamación ante la OCU y acudiré a los tribunales.'),
    ('legal_threat', "J'ai mandaté un avocat pour cette affaire."),
    ('chargeback', "I've contacted my bank to get my money back from you."),
    ('chargeback', "Charge reversed through my card provider, don't bill me again."),
    ('chargeback', 'Our accounting blocked the direct debit at the bank.'),
    ('chargeback', 'I filed a PayPal claim for the subscription.'),
    ('chargeback', 'Die Bank hat die Lastschrift mangels Deckung zurückgegeben.'),
    ('chargeback', 'El banco ha rechazado el recibo de este mes.'),
    ('chargeback', "J'ai fait opposition au prélèvement."),
    ('outage', 'hello, we have big problem, no one from our team can enter to the system from morning, please check fast'),
    ('outage', 'system not work for all users since 2 hour'),
    ('outage', "Our online shop shows 'maintenance' to every customer though you said maintenance ended at 6."),
    ('outage', 'Bookings from the partner channel stopped arriving at 4am, about 150 guests have no reservation in our system.'),
    ('outage', "We can't process any returns in any of our shops, the returns screen errors out."),
    ('outage', 'The phones went dead for our whole support line after your telephony update.'),
    ('outage', 'The route planner has not produced routes for any depot today, trucks are standing in the yard.'),
    ('outage', 'Both our production workspaces have been read-only since the upgrade, nobody can save anything.'),
    ('outage', 'Im ganzen Unternehmen lässt sich seit heute Morgen keine Rechnung mehr erstellen.'),
    ('outage', 'Seit dem Wartungsfenster heute Nacht ist die Plattform für uns immer noch nicht nutzbar.'),
    ('outage', 'Ninguno de nuestros 40 comerciales puede sincronizar pedidos desde ayer.'),
    ('outage', 'La web lleva tres horas caída y estamos perdiendo ventas.'),
    ('outage', "Impossible pour l'ensemble de nos équipes d'accéder au planning depuis 8h."),
    ('outage', 'Tous nos terminaux de paiement refusent les cartes depuis ce midi.'),
    ('outage', 'We lost every attachment uploaded in the last year after the storage migration.'),
    ('privacy', "I opened my invoice and it's someone else's, with their home address and card ending."),
    ('privacy', 'Our competitor quoted prices only visible in our account with you. Who has access?'),
    ('privacy', 'A user from another customer appears in our team list and can read our tickets.'),
    ('privacy', "Our interns' accounts were deleted but their API tokens still work."),
    ('privacy', 'There were 3 password reset emails this morning none of us asked for, and now an unknown admin exists.'),
    ('privacy', 'Parents receive report cards of other students.'),
    ('privacy', 'Uns wurden die Kontoauszüge eines anderen Mandanten angezeigt.'),
    ('privacy', 'Alguien ha cambiado el correo de nuestra cuenta de administrador sin nuestro permiso.'),
    ('privacy', 'Nos documents internes sont indexés par Google.'),
    ('legal_threat', 'You leave me no choice but to involve my lawyer.'),
    ('legal_threat', 'We are considering legal action.'),
    ('legal_threat', 'See you in court.'),
    ('legal_threat', 'A formal complaint has been lodged with the regulator.'),
    ('legal_threat', 'Das wird ein Fall für den Anwalt.'),
    ('legal_threat', 'Lo pondré en manos de mi abogado.'),
    ('legal_threat', 'Je porte plainte contre votre société.'),
    ('chargeback', "I've initiated a chargeback."),
    ('chargeback', "We've cancelled the card payment with our bank."),
    ('chargeback', "Stripe says the customer's bank pulled the funds for order 1182."),
    ('chargeback', 'My credit union reversed your charge.'),
    ('chargeback', 'Die Kreditkartenfirma hat die Zahlung storniert.'),
    ('chargeback', 'Mi banco ha devuelto el cargo de su empresa.'),
    ('chargeback', 'La banque a rejeté le prélèvement SEPA.'),
    ('outage', 'Subject: all tablets frozen'),
    ('outage', 'Kitchen display dead. The kitchen display screens in every restaurant went black at 7pm on a Saturday night. Orders are being shouted across the kitchen.'),
    ('outage', "Re: case 55123. > We are investigating.\n\nIt's been 5 hours. Still none of our clinics can print prescriptions."),
    ('outage', 'API. Getting 429 Too Many Requests on every call even at 1 request per minute, our whole integration is stopped.'),
    ('outage', 'Login. SSO through Azure fails for our entire tenant, 1,400 users, error AADSTS50011.'),
    ('outage', 'Webhook backlog. Webhook deliveries to our endpoint have been delayed by 6+ hours, so shipments are going out late across all warehouses.'),
    ('outage', 'Invoices. Since the new release none of our customers receive their invoice emails.'),
    ('outage', 'Störung. Bei allen Kolleginnen im Außendienst stürzt die App beim Start ab.'),
    ('outage', 'Caída. Toda la plataforma está caída para nuestros usuarios de Latinoamérica.'),
    ('outage', "Panne. Plus aucune commande n'arrive dans notre back-office depuis 5 heures."),
    ('outage', 'Data gone. Three months of time entries for all employees have disappeared.'),
    ('privacy', 'Wrong recipient. Your system emailed our payroll file to a supplier instead of our accountant.'),
    ('privacy', 'Breach?. Customer phone numbers from our account are being used by scammers who know their order details.'),
    ('privacy', 'Access. The contractor we removed in March can still open our customer records, I just watched him do it on a call.'),
    ('privacy', 'Google. Our private help center articles with internal notes are showing in Google.'),
    ('privacy', "Weird. I'm seeing tickets from a company called Brightwave in our inbox. We're not Brightwave."),
    ('privacy', 'Konto übernommen. Unser Admin-Konto wurde übernommen, die E-Mail-Adresse ist geändert und wir kommen nicht mehr rein.'),
    ('privacy', 'Datos. Un cliente nos dice que puede ver las facturas de otros clientes en su área privada.'),
    ('privacy', 'Fuite. Les coordonnées de nos clients circulent sur un forum.'),
    ('legal_threat', 'Final. We will be instructing solicitors on Monday.'),
    ('legal_threat', 'Complaint. I have escalated this to the Financial Conduct Authority.'),
    ('legal_threat', 'Court. I will be filing in small claims court next week.'),
    ('legal_threat', 'Anwalt. Unser Rechtsanwalt wird sich mit Ihnen in Verbindung setzen.'),
    ('legal_threat', 'Denuncia. Voy a poner una denuncia.'),
    ('legal_threat', 'Mise en demeure. Ceci vaut mise en demeure.'),
    ('chargeback', 'Card. My card issuer is investigating your charge and has refunded me provisionally.'),
    ('chargeback', "Bank. I've told my bank this was fraud."),
    ('chargeback', "Direct debit. We recalled last month's direct debit."),
    ('chargeback', 'Rücklastschrift. Wir haben die Lastschrift zurückgehen lassen.'),
    ('chargeback', 'Banco. He solicitado a mi banco la devolución del recibo.'),
    ('chargeback', "Litige. J'ai ouvert un litige auprès de ma banque."),
    ('outage', 'Nothing loads since the update, not for me and not for my 8 colleagues.'),
    ('outage', 'Our field staff app has been crashing for everyone since 6am, no jobs can be closed.'),
    ('outage', 'The order export to our ERP silently stopped three days ago, nothing has been invoiced since.'),
    ('outage', "Card payments in our app fail for all customers with 'gateway error'."),
    ('outage', 'All scheduled posts failed to publish this morning, across all 40 client accounts.'),
    ('outage', 'Our booking engine shows no availability for any hotel since midnight, though rooms are free.'),
    ('outage', "Seit heute früh bekommen alle Nutzer beim Login die Meldung 'Server nicht gefunden'."),
    ('outage', 'Die Schnittstelle zu DATEV liefert seit drei Tagen keine Daten mehr, die Buchhaltung steht.'),
    ('outage', 'Todos los pagos con tarjeta fallan en nuestras tiendas desde las 11.'),
    ('outage', 'La sincronización con el almacén no funciona desde el viernes y tenemos 800 pedidos sin enviar.'),
    ('outage', "L'application ne s'ouvre plus sur aucun des terminaux de nos magasins."),
    ('outage', 'Depuis la maintenance de cette nuit, plus personne ne peut se connecter.'),
    ('privacy', "Our client's passport scans are downloadable by anyone on the internet."),
    ('privacy', "Another clinic's appointment list is visible in our calendar, with patient names."),
    ('privacy', 'The person we fired last week just sent our price list to our biggest customer using his old login.'),
    ('privacy', 'We got a notification that our admin password was changed from Nigeria.'),
    ('privacy', 'Bei uns tauchen Tickets einer fremden Firma auf, mit Telefonnummern ihrer Kunden.'),
    ('privacy', 'Nuestros datos de clientes aparecen en una web de un competidor.'),
    ('privacy', 'Une ancienne employée reçoit toujours les notifications avec les données des patients.'),
    ('legal_threat', 'Our solicitors will be in touch regarding breach of contract.'),
    ('legal_threat', "I'm going to take this further, legally."),
    ('legal_threat', 'We have passed the matter to our legal department.'),
    ('legal_threat', 'Mein Anwalt prüft rechtliche Schritte.'),
    ('legal_threat', 'Tomaré acciones legales.'),
    ('legal_threat', 'Nous allons engager une procédure judiciaire.'),
    ('chargeback', 'I asked Amex to cancel the payment.'),
    ('chargeback', "We've reported the charge to our card issuer as not authorised."),
    ('chargeback', 'Our bank refunded us the double charge after we disputed it.'),
    ('chargeback', 'Ich habe bei PayPal einen Käuferschutzfall eröffnet.'),
    ('chargeback', 'Hemos abierto una disputa con la tarjeta.'),
    ('chargeback', "J'ai demandé à ma banque de rembourser le prélèvement non autorisé."),
    # rules-2026.12-5: situations without keywords (intruder, rival, law firm, card issuer)
    ('privacy', 'Somebody got into our account last night and changed the payout IBAN.'),
    ('privacy', 'Jemand nutzt gerade mein Konto, ich sehe wie Angebote bearbeitet werden.'),
    ('privacy', 'Three password reset codes I never asked for arrived this morning.'),
    ('privacy', "Our supplier list turned up on a rival's website; it was only in your tool "
                "and nowhere else."),
    ('privacy', 'En el listado aparecen las facturas de otra tienda, con nombres y teléfonos.'),
    ('privacy', "J'ai demandé une copie de mes données il y a deux mois, le délai est dépassé."),
    ('outage', 'Tercer día sin que se sincronicen los pedidos con la tienda.'),
    ('outage', 'None of our 12 gyms have been able to take bookings since 9am.'),
    ('outage', 'Die Auszahlungen an unsere 200 Verkäufer wurden nicht durchgeführt, alle hängen.'),
    ('legal_threat', 'You will get a letter from a law firm about this.'),
    ('legal_threat', 'El asunto ya está con un despacho, os escribirá un abogado.'),
    ('legal_threat', "J'ai chargé quelqu'un de faire valoir mes droits."),
    ('legal_threat', 'I have reported you to the consumer affairs office.'),
    ('chargeback', 'I got Mastercard to pull the payment back.'),
    ('chargeback', 'He llamado al banco para que me devuelvan el cargo.'),
    # rules-2026.12-6: fresh paraphrases written before their rules (first run missed
    # 22 of 64), then the part-of-situation words were added in four languages
    ('privacy', 'A client just phoned: the monthly statement we sent her through your portal was for a different client, full name and balance.'),
    ('privacy', 'If you search our company name, the first results are links to our shared quotes, anyone can open them.'),
    ('privacy', 'Sarah left us in October, we removed her seat, but this morning the audit log shows her signing in.'),
    ('privacy', 'A rival firm is calling our clients by name and quoting their contract end dates. That information was only in your CRM.'),
    ('privacy', "our donors list is being passed around on telegram, it's the export from your tool with the columns we added"),
    ('privacy', 'Ein Mitarbeiter, der uns im Mai verlassen hat, hat gestern noch Kundendaten heruntergeladen.'),
    ('privacy', 'Un cliente recibió por error el presupuesto de otro cliente, con su teléfono y dirección.'),
    ('privacy', "Une personne que nous ne connaissons pas s'est connectée à notre compte administrateur cette nuit."),
    ('privacy', 'Die Freigabelinks zu unseren Verträgen tauchen in den Google-Suchergebnissen auf.'),
    ('privacy', 'Nuestra lista de clientes la tiene ahora la competencia, con precios que solo estaban en su sistema.'),
    ('privacy', "Un de nos patients a reçu le compte rendu d'un autre patient par e-mail via votre plateforme."),
    ('privacy', "I got an email saying my password was changed. I didn't change it and now I can't get in."),
    ('outage', 'Everything in the EU region has been timing out for about 40 minutes now. US is fine.'),
    ('outage', "Since this morning's release the iOS app closes the moment anyone opens it. All of our couriers are affected."),
    ('outage', "We haven't received a single webhook from you since 1am. Our fulfilment is stuck."),
    ('outage', "After last night's maintenance our checkout page just errors. No sales since 7am."),
    ('outage', "Our whole team is getting 'invalid session' on login since 9. We can't work."),
    ('outage', 'Seit der Wartung heute Nacht können unsere Kunden nicht mehr bezahlen. Der Shop verkauft nichts.'),
    ('outage', 'Desde el mantenimiento de anoche el pago en la tienda no funciona para nadie.'),
    ('outage', 'panne. Depuis la maintenance, le paiement ne passe plus pour aucun client.'),
    ('outage', 'Die Region Asien-Pazifik ist seit einer Stunde nicht erreichbar, alle Anfragen laufen in ein Timeout.'),
    ('outage', 'app crashes on startup for everyone in our company after updating'),
    ('outage', "Stock sync hasn't run for 6 hours, we're overselling across all channels."),
    ('outage', 'All the jobs our engineers logged yesterday are gone. Every single one.'),
    ('outage', 'Keine Webhooks seit 5 Stunden, die Bestellungen stapeln sich.'),
    ('outage', "Aucun webhook reçu depuis 4 heures, les commandes s'empilent."),
    ('legal_threat', "You billed me twice for March and ignored two emails. Refund me by Friday or I'll sue."),
    ('legal_threat', "This is the third wrong invoice. If it's not fixed I'll be taking you to court."),
    ('legal_threat', 'Wenn die Gutschrift nicht bis Freitag kommt, verklage ich Sie.'),
    ('legal_threat', 'Si no me devuelven el dinero os denuncio.'),
    ('legal_threat', 'Sans remboursement sous 8 jours, je vous attaque en justice.'),
    ('legal_threat', "I'm reporting you to the ICO for the way you handled my data."),
    ('chargeback', "Our bank sent back your direct debit, we don't agree with the amount."),
    ('chargeback', 'Wir haben die Lastschrift bei unserer Bank zurückbuchen lassen.'),
    ('chargeback', 'He devuelto el recibo en el banco porque no reconozco el importe.'),
    ('chargeback', "J'ai fait rejeter votre prélèvement par ma banque."),
    ('chargeback', "I've asked my card company to get the money back, this charge was never authorised."),
    ('chargeback', 'Your debit bounced back from our bank, we cancelled the mandate.'),
    ('privacy', "---------- Forwarded message ---------\nOne of our members got a newsletter from you addressed to another member, with that person's home address in it.\n\nCan you look into this asap"),
    ('privacy', 'hello, the girl we dismissed last month she still enter in the dashboard and see all the clients, please block'),
    ('privacy', 'The invoice PDFs have predictable URLs and someone scraped all of them, we see the downloads in the logs.'),
    ('privacy', 'Unsere komplette Kundenliste ist bei einem Wettbewerber aufgetaucht.'),
    ('privacy', 'Jemand, den wir nicht kennen, hat sich heute früh in unser Konto eingeloggt.'),
    ('privacy', 'Los correos con las nóminas se enviaron a los empleados equivocados.'),
    ('privacy', "Le mot de passe de notre compte a été modifié cette nuit, ce n'est pas nous."),
    ('privacy', 'Our live API key shows up in a public GitHub repo from your sample app.'),
    ('outage', 'Is the platform down? Nobody in our office can load anything since 10 minutes, all browsers.'),
    ('outage', 'Card payments are declined for every customer in the Nordics since lunch, Germany works.'),
    ('outage', "L'appli plante dès l'ouverture chez tous nos commerciaux depuis la mise à jour de ce matin."),
    ('outage', 'La web no carga para ningún cliente desde hace dos horas.'),
    ('outage', 'Sync. Der Abgleich mit dem Lager hat seit gestern Abend nicht mehr funktioniert, 400 Aufträge hängen.'),
    ('outage', "Your maintenance was supposed to end at 5. It's 9 and our checkout is still throwing errors."),
    ('outage', 'None of the emails to our customers have been delivered since Friday. Hundreds of them.'),
    ('outage', 'Daten weg. Nach dem Import sind alle Kundenkontakte verschwunden.'),
    ('legal_threat', 'Third invoice with the wrong VAT. My accountant says I should go to small claims, and frankly I will.'),
    ('legal_threat', "I've waited six weeks for my refund. My next email will be from a solicitor."),
    ('legal_threat', 'Sie buchen trotz Kündigung weiter ab. Ich werde rechtliche Schritte einleiten.'),
    ('legal_threat', 'Me habéis cobrado dos veces. Ya he hablado con un abogado.'),
    ('legal_threat', "Vous continuez à prélever malgré la résiliation. J'ai saisi la DGCCRF."),
    ('chargeback', 'fyi my bank refunded me the money you took, I reported it as a fraud charge'),
    ('chargeback', 'We have objected to the SEPA debit with our bank.'),
    ('chargeback', 'Ich habe die Zahlung bei meiner Kreditkartenfirma reklamiert.'),
    ('chargeback', 'He pedido a la entidad de mi tarjeta que me devuelva el cobro.'),
    ('chargeback', "J'ai ouvert un litige PayPal pour ce paiement."),
    ('outage', 'Our whole call centre lost access to the customer database 20 minutes ago. 80 agents idle.'),
    ('privacy', "I just received a shipping confirmation for someone else's order, with their name and address."),
    ('chargeback', 'My bank has reversed the payment I made to you last week.'),
    ('legal_threat', 'Ich habe die Sache meinem Anwalt übergeben, er meldet sich bei Ihnen.'),
    ('privacy', 'Cualquiera puede ver las nóminas de nuestros empleados si cambia el número en la URL.'),
    ('outage', 'La plateforme est inaccessible pour tous nos utilisateurs depuis une heure.'),
    # rules-2026.12-8 (classify_dev_6's families, reworded): nothing gets through, a screen
    # that only loads, everything gone, sign-ins from abroad, someone who left acting with
    # their own login, a card issuer's investigation
    ('outage', 'Bookings are not coming through to any of our 5 studios since this morning.'),
    ('outage', 'Nothing has arrived on the warehouse scanners since 7, same at all 3 depots.'),
    ('outage', 'Seit 8 Uhr kann keiner unserer Disponenten Touren buchen, die Seite lädt nur. Alle LKW stehen.'),
    ('outage', 'Everything our nurses recorded since midnight has disappeared, across all 4 wards.'),
    ('outage', 'La app se cierra nada más abrirla, a todos los camareros de los tres locales.'),
    ('privacy', 'Hay inicios de sesión desde Lagos en mi cuenta esta noche y no he sido yo.'),
    ('privacy', "New sign-in from Windows in Lima on our admin account. Nobody here has ever been to Peru."),
    ('privacy', 'Despedimos a la contable en mayo y ayer entró con su usuario y descargó facturas.'),
    ('privacy', "A volunteer who stopped volunteering last year has been receiving our member export all this time, addresses included."),
    ('privacy', "The class photo gallery can be opened by every parent in the school, not only that class."),
    ('chargeback', 'My credit card company has opened an investigation into your £90 cancellation fee.'),
    ('chargeback', 'Ich habe bei meiner Kreditkartengesellschaft Widerspruch gegen Ihre Abbuchung eingelegt.'),
    # rules-2026.12-9 (classify_dev_7's families, reworded)
    ('outage', 'Desde las 7 ningún pedido se actualiza en el panel, en las cinco tiendas igual.'),
    ('outage', 'La agenda no permite reservar en ninguna de nuestras 4 clínicas desde ayer.'),
    ('privacy', 'Jeder Empfänger des Newsletters sieht sämtliche anderen E-Mail-Adressen im An-Feld.'),
    ('privacy', "En ouvrant son bulletin, chaque parent obtient celui d'un autre élève avec la date de naissance."),
    ('privacy', 'Since the update the complaints page shows every resident’s home address: their details are now public.'),
    ('privacy', 'Im Portal sieht ein Mandant die Steuerbescheide von zwei anderen Mandanten.'),
    ('chargeback', 'My credit card company says they will recover the money from you.'),
    ('chargeback', 'Desconocí el cargo de la suscripción con mi tarjeta.'),
    ('chargeback', "J'ai contesté le prélèvement auprès de Desjardins la semaine passée."),
    ('chargeback', 'Ich habe bei meiner Kreditkartenfirma Einspruch gegen die Belastung erhoben.'),
    ('chargeback', "Rang the bank and they're charging back the deposit."),
    # rules-2026.12-10 (classify_dev_8's families, reworded: consumers and small shops)
    ('legal_threat', 'He dejado el asunto en manos de la OCU, se pondrán en contacto con ustedes.'),
    ('legal_threat', "Sans réponse, j'ai saisi le conciliateur de justice."),
    ('legal_threat', "ok that's it, I'm getting a lawyer"),
    ('legal_threat', 'Twelve of us parents are looking into a group claim over the missing top-ups.'),
    ('legal_threat', 'Presentaré una reclamación ante la Agencia de Protección de Datos si no las borran hoy.'),
    ('outage', 'Auf der gesamten Station lassen sich seit 7 Uhr die Pläne nicht öffnen, betrifft alle Arbeitsplätze.'),
    ('outage', "Depuis hier soir plus aucune commande ne passe sur la boutique, la page tourne dans le vide. Zéro vente."),
    ('outage', 'Han desaparecido todas las fichas de clientes de la tienda esta mañana.'),
    ('chargeback', 'I asked Barclaycard to claw back the £120 and they agreed.'),
    # rules-2026.12-11 (classify_dev_9's families, reworded: B2B operations and IT)
    ('chargeback', 'Wir haben unsere Bank angewiesen, die Lastschrift vom 03.05. zurückzuholen.'),
    ('chargeback', 'Nine card payments were reversed by the card network and debited from our payout.'),
    ('chargeback', 'My bank refunded me the charge after I reported it as unauthorised.'),
    ('legal_threat', 'Wir haben die Angelegenheit heute an unsere Rechtsabteilung übergeben.'),
    ('legal_threat', 'This matter has been passed to our legal department.'),
    ('legal_threat', 'I will open a complaint in Procon if the refund does not come.'),
    ('outage', 'Die Dienstpläne sind an allen 6 Standorten leer, nicht ausgeblendet, sondern weg.'),
    ('privacy', 'Una ex empleada a la que dimos de baja sigue accediendo y descargó el listado de clientes.'),
    ('privacy', "A rival's sales team has a spreadsheet of our customers with fields that only exist in our account with you."),
    ('privacy', 'Las grabaciones de llamadas se pueden descargar cambiando el número en la URL, también las de otras empresas.'),
    ('privacy', 'During your webinar about 200 attendees saw our customer list with names and emails.'),
    # rules-2026.12-12 (classify_dev_10's and classify_dev_11's families, reworded)
    ('outage', 'TV keeps showing a black screen since 8pm, not just me, the whole street has it.'),
    ('outage', 'Seit heute früh kein Internet in ganz Neustadt, die Nachbarn haben das gleiche Problem.'),
    ('outage', 'Desde anoche sin fibra en todo el barrio, los vecinos igual.'),
    ('legal_threat', 'Refund me by Friday or I am going to a solicitor.'),
    ('legal_threat', 'From now on all contact goes through my lawyer.'),
    ('legal_threat', 'Ich habe den Vorgang an die Landesbeauftragte für Datenschutz weitergegeben.'),
    ('chargeback', 'Since you kept billing me after I cancelled, my credit card company is now disputing both months.'),
    ('privacy', 'The parcel label I got shows a medical prescription that is not mine, with a name and address.'),
    ('privacy', "Chaque salarié a reçu le bulletin de salaire d'un collègue ce matin."),
    ('privacy', 'I asked for my data to be erased and it is now well past a month with no answer.'),
    ('privacy', "Depuis lundi je reçois des alertes de connexion venant du Chili, personne chez nous n'a voyagé."),
    ('privacy', 'Herr B. ist Ende Mai ausgeschieden, sein Zugang wurde gesperrt. Im Juni sehe ich Logins von ihm.'),
    ('privacy', 'Al buscar el nombre de mi hija en Google sale su perfil público con su nombre completo y su colegio.'),
    ('outage', 'Since noon the appointment page shows an error for all patients, whatever browser they use.'),
    ('outage', 'Depuis ce matin plus aucune réservation ne remonte du site vers le planning de nos 6 salles.'),
    # rules-2026.12-13 (classify_dev_12's and classify_dev_13's families, reworded)
    ('legal_threat', 'You cancelled my domain by mistake and someone else bought it. We will be seeking damages for the lost sales.'),
    ('legal_threat', 'My sister-in-law is a paralegal and is preparing a demand letter about the three months you overcharged me.'),
    ('legal_threat', 'Wir haben dreimal geschrieben. Die Sache liegt jetzt bei unserem Anwalt.'),
    ('legal_threat', 'The partners have asked outside counsel to look at the contract and what we were promised.'),
    ('legal_threat', 'He presentado una hoja de reclamaciones por el cobro después de darme de baja.'),
    ('legal_threat', 'Your renewal page sent my site to a casino domain and my lawyer is writing to you.'),
    ('chargeback', 'I disputed the late fee with my credit union, they refunded me while they look into it.'),
    ('privacy', 'The weekly report in our inbox this morning was for another electrician firm, with the wages of their staff.'),
    ('privacy', 'Die Rechnung enthält Name und Telefonnummer einer völlig fremden Person.'),
    ('privacy', 'Since the update any tenant in the building can see the names of the children in every flat.'),
    ('privacy', 'We see 20 unusual sign-ins overnight from abroad on accounts of people who were asleep and never travel.'),
    ('privacy', 'I asked for erasure in January; it is now well past the one month you have and you still email me.'),
    ('outage', 'No data has arrived from any of the sensors at our 12 farms since midnight, everything shows grey.'),
    ('outage', 'Seit 18 Uhr keine Bestellungen auf dem Tablet, und laut der WhatsApp-Gruppe geht es der ganzen Straße genauso.'),
    ('outage', "Depuis midi aucune commande n'arrive, et les autres commerçants de la rue ont le même souci."),
    # rules-2026.12-14 (classify_dev_14's and classify_dev_15's families, reworded)
    ('legal_threat', 'If this is not refunded by Friday we are filing with the state insurance commissioner.'),
    ('legal_threat', 'Ich habe die Unterlagen heute meinem Rechtsanwalt übergeben.'),
    ('legal_threat', "Sans réponse d'ici lundi, nous porterons l'affaire devant le médiateur."),
    ('legal_threat', 'Ich war bei der Arbeiterkammer, die melden sich schriftlich bei Ihnen.'),
    ('legal_threat', 'Forty of us have the same broken device and we are bringing one case together for everyone.'),
    ('chargeback', 'Hemos reclamado el cargo ante la entidad emisora de nuestra tarjeta.'),
    ('chargeback', 'I have make the claim with my bank for this payment.'),
    ('privacy', 'In my account there is a lab result that is not mine, with another name and date of birth.'),
    ('privacy', "A parent can see the reports of every child in her son's class, not only his."),
    ('privacy', 'The camp list with the children and their allergies is reachable through a link without a password.'),
    ('privacy', 'The account of a teacher was deactivated when she left the district, and she still signs in and exported grades.'),
    ('outage', 'Since the update last night every player gets disconnected after two minutes, on all platforms.'),
    ('outage', 'Since noon all card payments are declined, for all customers, whatever the card.'),
    ('outage', 'Nothing from the job boards since 1 am, and our other office sees the same.'),
    # rules-2026.12-15 (classify_dev_16's and classify_dev_17's families, reworded)
    ('legal_threat', 'I am raising this formally with the Human Rights Commission.'),
    ('legal_threat', "J'ai adressé un signalement à l'ARS ce matin."),
    ('legal_threat', 'Ohne Gutschrift geht der Fall an die Ombudsstelle und die kantonale Aufsicht.'),
    ('legal_threat', 'Our legal department has been instructed; expect their letter this week.'),
    ('legal_threat', 'Sans note de crédit sous quinze jours, nous irons devant la justice de paix.'),
    ('chargeback', "No answer to two emails, so I've raised it with Barclaycard as a dispute."),
    ('privacy', "Je reçois les relevés de remboursement d'une autre assurée, avec son nom et son adresse."),
    ('privacy', 'Your renewals spreadsheet was sent to me in error: names, addresses and phone numbers of thousands of subscribers.'),
    ('privacy', 'Our production API key is in a public repo of one of your integrators.'),
    ('privacy', "Les noms complets et photos de mes élèves sont visibles par n'importe quel utilisateur."),
    ('privacy', 'In der App steht ein Login von einem Handy, das ich nicht kenne, gestern Nacht.'),
    ('outage', 'Seit Mittag bricht der Bezahlvorgang bei jedem Kunden ab.'),
    ('outage', 'Every reader who signs in gets the session-expired page in a loop since 7am.'),
    ('outage', 'Desde el viernes ninguna de nuestras 350 instalaciones envía datos.'),
    # rules-2026.12-16 (classify_dev_18's and classify_dev_19's families, reworded)
    ('legal_threat', 'Mr Alderton has instructed his solicitors to act for him; please direct any further correspondence to them.'),
    ('legal_threat', 'Please treat this as a formal letter of demand for the lost documents.'),
    ('legal_threat', 'Mein Anwalt hat das Schreiben schon aufgesetzt, es geht Freitag raus.'),
    ('privacy', 'The nursery gallery shows the other room, and another mum can see my son in it.'),
    ('privacy', 'Your app bundle has a live payment secret key in a downloadable config file.'),
    ('outage', 'Die App stürzt bei allen Mitgliedern direkt beim Öffnen ab, seit heute früh.'),
    ('outage', "Nothing we've published since Tuesday reaches Spotify or Apple, on all the feeds of our network."),
    # rules-2026.12-17 (classify_dev_20's and classify_dev_21's families, reworded)
    ('legal_threat', 'I have reported the pharmacist to the General Pharmaceutical Council.'),
    ('legal_threat', "J'ai déposé un signalement sur SignalConso pour ce prélèvement."),
    ('legal_threat', 'Unsere Rechtsabteilung prüft bereits Schadensersatzansprüche gegen Sie.'),
    ('legal_threat', 'My brother is a barrister and says we have a very good case against you.'),
    ('chargeback', 'Nobody replied, so we raised it with our card issuer and sent them the photos.'),
    ('chargeback', 'I asked my bank to send one of the two payments back.'),
    ('privacy', 'Your June newsletter went out with every subscriber address in CC instead of BCC.'),
    ('privacy', 'En « Mes factures » je vois, en plus des miennes, les factures d\'autres clients avec leur IBAN.'),
    ('privacy', 'Changing the number in the URL shows the neighbour\'s fee notice, with his bank details.'),
    ('privacy', 'The link to the passenger list opens without asking for a password, passport numbers included.'),
    ('outage', 'Depuis ce matin, les pointages ne sont plus enregistrés et cela touche toutes nos équipes.'),
    ('outage', 'The app closes straight away on every phone we tried, and the contact centre has had 200 calls.'),
    # rules-2026.12-18 (classify_dev_22's and classify_dev_23's families, reworded)
    ('legal_threat', 'I passed the whole file to our solicitor this morning; expect her letter.'),
    ('legal_threat', 'Ich habe die Sache meinem Anwalt übergeben, er meldet sich wegen Schadensersatz.'),
    ('legal_threat', 'Ich werde Schadensersatz geltend machen, notfalls vor dem Arbeitsgericht.'),
    ('privacy', 'The PDF that opens is for a woman called Maria, with her date of birth and address; these are not my results.'),
    ('privacy', "Der Sehtest einer anderen Kundin lag in meinem Umschlag, mit Adresse und Geburtsdatum."),
    ('privacy', 'Our former youth coach was removed in May, and according to the log he still logged in last week.'),
    ('outage', 'Since 6 am the gates are rejecting every truck, on every lane.'),
    ('outage', 'Seit dem Update zeigt das Portal bei allen Patienten keine Befunde mehr an, seit zwei Tagen.'),
    ('outage', 'Depuis la mise à jour, toutes les commandes de la nuit ont disparu du back-office, environ 90.'),
    # rules-2026.12-19 (classify_dev_24's and classify_dev_25's families, reworded)
    ('legal_threat', 'My lawyer has the papers, the advert and the service history.'),
    ('privacy', "Les tickets de caisse affichent le numéro de carte en entier depuis hier, pour tous les clients."),
    ('privacy', 'The members-only album opens on any laptop, no login asked, 140 photos of children.'),
    ('privacy', 'Half the names in our giving report are not our members, with their amounts and addresses.'),
    ('privacy', 'La lista completa de los niños, con teléfonos y alergias, se envió a todos los padres y nunca debería haber salido.'),
    ('privacy', 'Wir haben ihn im Portal deaktiviert, trotzdem schickt er Screenshots der heutigen Tour mit Kundenadressen.'),
    ('outage', 'Ningún torno de la estación valida los forfaits desde las nueve, hay colas de 40 minutos.'),
    ('outage', 'Seit gestern Abend kommt keine Anfrage mehr an, und zwei andere Büros haben dasselbe Problem.'),
    # rules-2026.12-20 (classify_dev_26's and classify_dev_27's families, reworded)
    ('legal_threat', 'From now on all correspondence about the deposit goes to our solicitors, Hale & Co.'),
    ('legal_threat', "J'ai rendez-vous avec un avocat lundi, il prendra contact avec vous."),
    ('legal_threat', 'Ich habe Beschwerde beim Landesdatenschutzbeauftragten eingereicht.'),
    ('chargeback', 'I told my bank the renewal was unauthorised and they gave me the money back.'),
    ('chargeback', 'Mi banco ha anulado el cargo de la excursión que nunca se hizo.'),
    ('privacy', "Dans mes appareils il y en a deux que je ne possède pas, l'un connecté depuis la Russie."),
    ('privacy', 'Eine Liste mit 200 Zugangsdaten unseres Portals wurde auf einer Paste-Seite veröffentlicht, mit Passwörtern.'),
    ('privacy', 'In unserem Ordner liegen fremde Lohnabrechnungen mit Steuer-ID und Gehalt. Das sind nicht wir.'),
    ('outage', 'Every screen in all 40 of our stores has been black since the night update.'),
    ('outage', "L'appli se ferme direct à l'ouverture, et c'est pareil pour toutes mes collègues."),
    # rules-2026.12-21 (classify_dev_28's and classify_dev_29's families, reworded)
    ('chargeback', 'I made a complaint at my bank and they gave me back the money for the third box.'),
    ('privacy', 'In meinem Postfach liegt ein Arztbrief, der nicht mir gehört, mit Diagnose und Versichertennummer.'),
    ('privacy', 'The gallery links with the children\'s photos open for anyone with the link, without a PIN.'),
    ('privacy', 'Another club wrote to our members with a spelling of their names stored only in our database with you.'),
    ('outage', 'El mantenimiento estaba previsto hasta las 6 y a las 13 seguimos sin poder vender entradas online.'),
    ('outage', 'Since the update the app closes on opening, and people in the Facebook group are all saying the same.'),
    ('outage', "L'appli plante à l'ouverture sur tous les iPhone de nos élèves depuis hier soir. Sur Android ça marche."),
    # rules-2026.12-22 (classify_dev_30's and classify_dev_31's families, reworded)
    ('legal_threat', 'Si no me devuelven la penalización voy a ir a Profeco.'),
    ('legal_threat', 'I have passed the whole file to Mr Hughes; he will be writing to you to recover the hire costs.'),
    ('legal_threat', 'Nuestro departamento jurídico les enviará un requerimiento formal el lunes.'),
    ('chargeback', "I've put a claim in with my bank for the second payment."),
    ('privacy', "Der Newsletter ging nicht im BCC raus, ich sehe die Mailadressen von 300 anderen Mitgliedern."),
    ('privacy', 'Login history shows admin sessions at 3 am from an IP from another country; nobody here works then.'),
    ('outage', 'Since the migration the trees of all our members appear empty, 140 people.'),
    ('outage', 'Die Kassen-App stürzt an allen vier Kassenplätzen direkt nach dem Start ab, die Kollegen melden dasselbe.'),
    # rules-2026.12-23 (classify_dev_32's and classify_dev_33's families, reworded)
    ('legal_threat', "J'ai pris un avocat, il vous écrira cette semaine."),
    ('legal_threat', 'Ich wende mich jetzt an die Psychotherapeutenkammer.'),
    ('privacy', 'Our pupils see recordings of another school with the first names of the children. That is not our school.'),
    ('privacy', "L'historique des connexions montre le compte admin à 3h du matin, alors que personne ne travaille à cette heure-là."),
    ('outage', 'Seit 10 Uhr bricht bei allen Käufern der Bezahlvorgang ab, im Händlerforum melden das Dutzende.'),
    ('outage', 'Since the 2am sync none of our rooms show as available anywhere, and other hotels in our group are seeing the same thing.'),
    ('outage', 'Las barreras de salida de los tres parkings no abren desde hace una hora.'),
    # rules-2026.12-24 (classify_dev_34's and classify_dev_35's families, reworded)
    ('chargeback', 'Un adhérent a dit à sa banque que le cours ne lui était jamais parvenu, et 90 € ont été repris.'),
    ('chargeback', 'The cardholders are disputing four of last month\'s payments and we have ten days to answer.'),
    ('chargeback', 'Stripe nous signale un litige ouvert par une cliente sur sa carte cadeau.'),
    ('chargeback', 'Me han llegado tres retrocesiones de pagos con tarjeta de clientes de agosto.'),
    ('legal_threat', 'Ma fille est avocate et elle dit que votre refus ne tient pas.'),
    ('legal_threat', 'La OCU ya tiene nuestra reclamación con todas las facturas.'),
    ('privacy', 'Laut Protokoll gab es unter seinem Namen Anmeldungen, zwei Wochen nachdem er uns verlassen hat.'),
    ('privacy', 'The new owner of my old number has been getting my login codes for weeks; anyone could have got in.'),
    ('privacy', 'Il m\'a quand même envoyé une photo de l\'album alors que je l\'ai retiré le mois dernier.'),
    ('privacy', 'En el portal puedo ver los recibos de todos los vecinos, con DNI y cuenta.'),
    ('outage', 'Seit 9 Uhr werden alle Kartenzahlungen abgelehnt, der Laden nebenan hat dasselbe Problem.'),
    ('outage', 'Since 10am every card payment in our three cafés gets declined.'),
    ('outage', 'La sincronización con el almacén no envía nada desde las 22:10 de ayer y hay 300 pedidos parados.'),
    # rules-2026.12-29 (classify_dev_42's and classify_dev_43's families, reworded)
    ('legal_threat', 'Mein Anwalt hat das Mandat übernommen; bitte ab sofort nur noch über ihn.'),
    ('legal_threat', "J'ai déposé une plainte auprès du SPF Economie, voici le numéro de dossier."),
    ('legal_threat', 'Ich habe die Unterlagen der Stiftung für Konsumentenschutz übergeben.'),
    ('chargeback', "The payout statement shows a 'dispute reversal' for six bookings."),
    ('chargeback', 'My card issuer has charged both payments back.'),
    ('privacy', 'The shop issued a replacement SIM for my number that I never asked for.'),
    ('privacy', 'Someone had received my one-time codes and added a new payee.'),
    ('privacy', 'Auf meiner Nummer ist eine Rufumleitung auf eine unbekannte Nummer eingerichtet.'),
    ('privacy', "Un iPhone inconnu est enregistré comme appareil de confiance, alors que j'ai un Samsung."),
    ('privacy', 'My colleague got the payslips of all 9 colleagues instead of her own.'),
    ('privacy', 'She received the receipts of all our 150 donors, with names and addresses.'),
    ('privacy', 'Un alumno abre las notas de todos sus compañeros cambiando el número en la dirección web.'),
    ('outage', 'Seit 9 Uhr werden an allen vier Eingängen sämtliche Online-Tickets als ungültig abgelehnt.'),
    ('outage', 'Every video and every quiz of my 12 courses is gone this morning.'),
    ('outage', "Seit 11 Uhr bleiben alle Überweisungen in Bearbeitung, in der Community wird das gleiche berichtet."),
    # rules-2026.12-28 (classify_dev_40's and classify_dev_41's families, reworded)
    ('legal_threat', "Si ce n'est pas corrigé sur la paie de mai, je saisis les prud'hommes."),
    ('legal_threat', 'We hereby give notice of termination for breach and will follow with a claim for compensation.'),
    ('chargeback', 'Le pedí al banco que revierta los tres cobros de este trimestre.'),
    ('chargeback', "The county's purchasing card office reversed our payment pending review."),
    ('privacy', 'Someone signed in from a city 500 km away at 2am and changed my bank details. I did not.'),
    ('privacy', "I received a lease for a different person, with her passport scan attached."),
    ('privacy', 'Every contractor can see the alarm codes of all our buildings, visible to every firm we used.'),
    ('privacy', 'In der Mieter-App sieht man bei jeder Wohnung den Namen und die Mietrückstände. Das geht niemanden etwas an.'),
    ('privacy', 'Our webhook receives events that do not belong to us, with the recipients\' email addresses.'),
    ('privacy', 'On the kiosk tablet a new customer is logged in as the previous customer, with their phone number.'),
    ('privacy', "She left in March and was deactivated, yet she joined a class meeting yesterday: the account still worked."),
    ('privacy', "Les journaux contiennent les numéros AVS des patients et sont accessibles à notre prestataire, qui n'est pas censé voir ces données."),
    ('outage', 'Since 8 every video call in our four clinics disconnects after half a minute.'),
    ('outage', 'Tous les pointages de la semaine ont disparu, sur tous nos sites.'),
    ('outage', 'Nine days of orders and payments are simply not there after last night\'s migration.'),
    ('outage', 'Every card machine in the bar says host unreachable, and the café next door is doing the same.'),
    ('outage', 'El cálculo de nóminas devuelve importe neto 0 para todos los trabajadores, varias gestorías diciendo lo mismo.'),
    # rules-2026.12-26 (classify_dev_38's and classify_dev_39's families, reworded)
    ('legal_threat', 'My aunt is a consumer lawyer and she is sending you a letter on Friday.'),
    ('legal_threat', 'There are 80 of us pooling money for a joint claim against you and the seller.'),
    ('legal_threat', 'Notre avocat a une copie de tout et contactera votre direction si la facture est maintenue.'),
    ('legal_threat', 'I reported the labelling defect to the state board of pharmacy this morning.'),
    ('legal_threat', "J'ai déposé une plainte auprès de la CNIL pour ces SMS."),
    ('legal_threat', 'Mein Anwalt hat das Schreiben fertig, es geht morgen an Sie raus.'),
    ('chargeback', 'I have instructed my bank to recover the payment, and they have agreed.'),
    ('chargeback', 'El comprador usó las entradas y ahora su tarjeta me ha quitado los 120 €.'),
    ('privacy', 'The living room tile shows a live feed of a kitchen I have never seen.'),
    ('privacy', 'Ich habe meinen Ex-Partner aus der App entfernt, aber die Tür wurde gestern mit seinem Profil geöffnet.'),
    ('privacy', 'The invoice tab shows invoices belonging to a different household, with names and addresses.'),
    ('privacy', 'En la reserva se ve la lista de invitados de otras fiestas, con nombres y teléfonos de los padres.'),
    ('privacy', "Le journal d'accès montre des connexions à 3h du matin avec le compte de la comptable, qui dort à ces heures-là."),
    ('privacy', 'Your agent replied in the public community thread with the export of my subscriber list.'),
    ('outage', 'Since midnight every lock in the building shows offline and guest codes do not work.'),
    ('outage', 'La preventa empezó a las 10 y desde entonces falla cualquier pago, en el grupo nos pasa a todos.'),
    ('outage', 'Every result the lab entered yesterday afternoon is gone, about 600 samples.'),
    # rules-2026.12-25 (classify_dev_36's and classify_dev_37's families, reworded)
    ('legal_threat', 'I have put our solicitor in copy of this email; expect to hear from her about damages.'),
    ('legal_threat', "The candidate's counsel says they will seek an injunction if the list is not corrected."),
    ('legal_threat', 'Wir haben die Sache an unseren Verbandsanwalt zu übergeben beschlossen.'),
    ('legal_threat', "We've forwarded the whole thread to our legal department, who are looking at recovering the costs."),
    ('chargeback', 'Dispute opened, reason: product not received. The customer collected it in person.'),
    ('chargeback', 'We got 12 dispute notifications from the processor this week, all for the same weekend.'),
    ('privacy', 'The export had 200 extra rows: guests from a different hotel, with passport numbers.'),
    ('privacy', "Le devis d'un autre patient, avec son nom et ses soins, est arrivé chez une patiente."),
    ('privacy', 'If you change the number at the end of the address you see the photos of other schools, without logging in.'),
    ('privacy', 'A recruiter from another union showed our rep a spreadsheet of our members with their mobile numbers.'),
    ('privacy', 'Die Liste mit Namen und Adressen ging an alle Kontakte statt an das Team.'),
    ('privacy', "La demande de suppression de ses données date de mars, toujours sans réponse après deux relances."),
    ('outage', 'The app crashes at the logo on any of our 6 tablets since this morning; two other salons say the same.'),
    ('outage', 'Since 7 nothing syncs between the phones and the office, same for my friend who uses you too.'),
    ('outage', 'Every lesson booked for next week has disappeared from the calendar, for all our instructors.'),
    ('outage', 'Your update deleted our entire workspace: four years of projects gone.'),
    # rules-2026.12-24: a dispute open against the writer, a reply due (were innocent before)
    ('chargeback', 'One of our members disputed her fee with her bank. How do we respond, and where do we upload the evidence?'),
    ('chargeback', 'Un de mes clients a contesté auprès de sa banque une course payée par carte. Que dois-je faire ?'),
    ('chargeback', 'A guest disputed our late-cancellation fee with their card company. Do you contest it on our behalf?'),
    ('chargeback', 'Ein Kunde hat eine Zahlung bei seiner Kreditkartenfirma reklamiert. Wie und bis wann laden wir die Nachweise hoch?'),
    ('chargeback', "A customer disputed a charge with their bank because they didn't recognise our trading name. Is there anything we need to do?"),
    # rules-2026.12-31 (classify_dev_44's and classify_dev_45's families, reworded)
    ('legal_threat', "I've forwarded your three replies to my lawyer. Expect a letter from him by Friday."),
    ('legal_threat', 'Ich habe Ihre Antworten an meinen Anwalt weitergeleitet.'),
    ('legal_threat', "J'ai transmis vos réponses à mon avocat, attendez-vous à un courrier de sa part."),
    ('legal_threat', 'He enviado sus respuestas a mi abogado.'),
    ('legal_threat', 'Wenn bis Freitag kein Geld kommt, soll das ein Richter entscheiden.'),
    ('chargeback', 'Nobody answered my emails, so I asked my card company to undo it, and they have.'),
    ('chargeback', 'Nous avons reçu une notification de litige pour une commande livrée il y a un mois.'),
    ('outage', 'Everything in our workspace is timing out, for us and for three other companies we work with.'),
    ('outage', 'Seit heute früh kommen von keiner unserer Filialen mehr Bestellungen an.'),
    ('outage', 'Seit 8 Uhr kann sich kein einziger Mitarbeiter mehr anmelden.'),
    ('privacy', "In the download we also got another client's passport and birth certificate."),
    ('privacy', "Un patient a reçu le rappel d'une autre patiente, avec son nom et le motif du soin."),
    ('privacy', "Notre ancien entraîneur n'est plus au club depuis juin, mais il a toujours accès au groupe avec les photos et les numéros des parents."),
    ('privacy', 'Die frühere Trainerin ist nicht mehr im Verein, hat aber immer noch Zugang zu den Adressen aller Mitglieder.'),
    # rules-2026.12-34 (classify_dev_46's families, reworded)
    ('outage', 'The app crashes on the loading screen since patch 3.1, on every phone we tried, and the forum has 900 posts about it.'),
    ('outage', 'Seit dem Update kommen keine Daten mehr an, im Forum gibt es einen Thread mit über 300 Antworten dazu.'),
    ('outage', "Mon panier est vide depuis ce matin et dans le groupe Facebook c'est la même chose pour tout le monde."),
    ('chargeback', 'Desconocí los cargos con el banco y ya me devolvieron el dinero.'),
    ('chargeback', "J'ai contesté le paiement auprès de ma banque, vous m'aviez répondu par un message automatique."),
    # rules-2026.12-34 (classify_dev_47's families, reworded)
    ('legal_threat', "I'm done. Loop in our lawyer and have her send them something on letterhead."),
    ('legal_threat', 'Falls Sie an der Rechnung festhalten, übergeben wir die Sache unserem Rechtsdienst.'),
    ('privacy', "The camp sign-up page shows every registered child's name, birthday and allergies to anyone who opens it."),
    ('privacy', 'Der frühere Mitarbeiter wurde deaktiviert, aber im Protokoll sehen wir einen Login von ihm am Sonntag.'),
    ('outage', 'Toutes les factures saisies en mars ont disparu de nos dossiers, plus de 300 pièces.'),
    # rules-2026.12-35 (classify_dev_48's and classify_dev_49's families, reworded)
    ('legal_threat', "The students' union says I can take it to the OIA once I have a completion of procedures letter, so please send it."),
    ('legal_threat', 'Ich habe den Fall gestern der Glücksspielbehörde gemeldet und fordere meine Einsätze zurück.'),
    ('legal_threat', 'He presentado una reclamación ante la Dirección General de Ordenación del Juego.'),
    ('chargeback', 'One of our customers has reversed a card payment of £900 and the invoice now says disputed - response required.'),
    ('chargeback', "Notre prestataire nous informe qu'un client a contesté le paiement de la réservation du 12 avril."),
    ('chargeback', 'I rang my bank and told them the deposits were not authorised; they have started getting the money back from you.'),
    ('outage', 'All withdrawals pending since last night, mine and the whole telegram group.'),
    ('outage', 'La carte est refusée à chaque fois, ma femme pareil, mes collègues pareil, depuis 16 h.'),
    ('privacy', 'Wenn ich in der Adresszeile die Nummer ändere, sehe ich die Zeugnisse von anderen Bewerbern.'),
    ('privacy', "En pièce jointe il y a la liste de tous les candidats avec adresses et téléphones, je suppose que tous les candidats l'ont reçu."),
    ('privacy', "Ce matin, trois alertes de connexion depuis un appareil inconnu, et deux clés API que je n'ai jamais créées."),
    ('chargeback', "My payout was $300 short and there's a line 'dispute - reversed' on an order the customer received."),
    ('privacy', "Nous avons arrêté avec notre ancienne agence web en juin, mais le journal d'activité montre une connexion de leur part hier soir."),
    ('privacy', 'El recordatorio salió con los 40 asistentes en el campo Para, así que cada persona ve el correo y el teléfono de todas las demás.'),
    ('privacy', 'Le robaron el móvil a nuestra encargada y esta mañana el registro de actividad muestra dos accesos desde ese dispositivo.'),
    # rules-2026.12-37 (classify_dev_50: travel and hospitality; classify_dev_51: back office)
    ('legal_threat', "If the price isn't put back I'll be writing to the Competition and Markets Authority about it."),
    ('legal_threat', 'Mein Partner war deswegen schon beim Anwalt, meldet euch heute noch.'),
    ('legal_threat', 'Die Mehrkosten werden wir notfalls gerichtlich durchsetzen.'),
    ('chargeback', "Booking 8812 shows 'Disputed' and we need to reply with proof before Friday."),
    ('outage', 'Seit Einlass um 18 Uhr weisen die Scanner an allen Eingängen jedes Ticket als ungültig zurück.'),
    ('outage', 'Seit 7 Uhr gehen weder Tickets noch Rechnungen an unsere Kunden raus, für alle Linien.'),
    ('outage', 'No bank feed transactions have come in for any of our 40 client companies since yesterday.'),
    ('outage', 'Nach der Wartung sind sämtliche Tischreservierungen verschwunden, in allen vier Restaurants.'),
    ('outage', 'Every request from our Paris and Madrid offices has been timing out for an hour; our US colleagues are fine.'),
    ('privacy', 'El sistema mandó el informe con nombres y DNI de los 30 pacientes a todos los pacientes en vez de solo al médico.'),
    ('privacy', 'Alle 40 Mitarbeiter haben statt ihrer eigenen Abrechnung die Gehaltsliste mit Bankverbindungen aller Kollegen bekommen.'),
    ('privacy', "L'export envoyé au comptable contient les numéros de carte complets de nos clients."),
    ('privacy', "Im Log steht eine Anmeldung von einem Gerät, das wir nicht kennen, danach wurde die Bankverbindung geändert."),
    # rules-2026.12-40 (classify_dev_52: telecom, media, utilities; classify_dev_53:
    # construction, real estate, facilities)
    ('legal_threat', 'We and three other agencies are now preparing joint action against you over the missing commissions.'),
    ('legal_threat', 'Our counsel looked at the invoices and advised that we file a claim unless the overcharge is refunded.'),
    ('chargeback', 'Nine orders were disputed by the card holders as unauthorised and taken out of our payout.'),
    ('chargeback', "The statement shows two lines marked 'reversal' on bookings from April and the money is gone."),
    ('outage', 'Desde el mediodía ninguna llamada entrante llega a los 80 agentes del turno.'),
    ('outage', 'Seit gestern Abend steht das Mieterportal für alle Mieter immer noch im Wartungsmodus.'),
    ('privacy', 'Die Mieter im Haus 3 haben die Abrechnungen der Nachbarn mit Namen und Bankverbindung bekommen.'),
    ('privacy', "Un bailleur a reçu les pièces d'identité de candidats pour un logement qui n'est pas le sien."),
    ('privacy', 'Your help centre article shows a screenshot with a full API key of our account, and it still works.'),
    ('privacy', 'Im Archiv tauchen Gesprächsaufzeichnungen auf, die nicht von unserem Callcenter stammen.'),
    # rules-2026.12-41 (classify_dev_54: health and care; classify_dev_55: nonprofits, sports
    # and events)
    ('outage', 'La agenda aparece vacía para todos nuestros profesionales desde esta mañana.'),
    ('outage', 'Seit 7 Uhr funktioniert der Check-in an keiner Tür mehr, in allen acht Filialen.'),
    ('outage', 'Every video visit cuts out after a minute, for all of our doctors since this morning.'),
    ('outage', 'Nothing has arrived in the live results since 9:40 and about 2,500 finishers are missing.'),
    ('legal_threat', 'My brother-in-law has offered to write to you formally on my behalf about the renewal.'),
    ('legal_threat', 'Wir haben den Fall bei der Verbraucherschlichtungsstelle eingereicht.'),
    ('legal_threat', 'Danach übergeben wir die Sache ohne weitere Ankündigung unserem Rechtsbeistand.'),
    ('privacy', 'La foto y el peso de mi hijo salen en un ranking que puede ver cualquiera con la app.'),
    ('privacy', 'Im Spenderportal sieht ein Spender neben seinen eigenen auch die Spenden einer Frau mit ähnlichem Namen, mit Adresse und IBAN.'),
    # rules-2026.12-43 (classify_dev_56: logistics and mobility; classify_dev_57:
    # manufacturing, food production and wholesale)
    ('legal_threat', "I've copied our legal department on this and they will be following up with you from now on."),
    ('legal_threat', 'Ya van cuatro correos; si el lunes no está el dinero, nos vemos en los juzgados.'),
    ('privacy', 'In unserem Download sind Lieferscheine eines anderen Großhändlers mit Adressen seiner Kunden.'),
    ('privacy', 'Die Willkommensmail mit Benutzernamen und Passwörtern ging an alle 45 Nutzer gleichzeitig im CC.'),
    ('privacy', 'Al buscar alumnos me aparecen fichas que no son nuestras, de otra autoescuela, con DNI y teléfono.'),
    # rules-2026.12-44 (classify_dev_58: IT services and developer tools; classify_dev_59:
    # personal services)
    ('outage', 'Every query to your nameservers returns SERVFAIL since 21:40, all 18 of our zones, and our e-mail is bouncing.'),
    ('outage', "NO voucher will redeem at checkout, 'voucher service unavailable' for every single one."),
    ('outage', 'The app closes the second we open it, on all five iPads at the front desk.'),
    ('privacy', 'Ein Unternehmen aus Bremen sagt, sie hätten diese Datei von Ihnen per E-Mail bekommen, mit allen Kundennamen und Telefonnummern.'),
    ('chargeback', 'Una clienta disputó con su banco el depósito y ustedes me lo descontaron del pago semanal.'),
    # rules-2026.12-45 (classify_dev_60: payments, fintech and insurance; classify_dev_61:
    # energy, EV charging and agriculture)
    ('privacy', 'En el PDF aparecen los movimientos y saldos de los 19 empleados, no solo los suyos.'),
    ('chargeback', 'Now the card company says the cardholder claims they were never here, and the £90 has been taken off our takings.'),
    ('outage', 'Depuis 11h, aucun paiement sans contact ne passe, et les commerçants de la rue ont le même souci.'),
    ('outage', "Seit Samstag sehen alle Nutzer nur noch 'Daten werden geladen', rund 18.000 Haushalte."),
    ('legal_threat', 'Sollten wir bis zum 30.06. keine Zusage erhalten, werden wir den Rechtsweg beschreiten.'),
    ('legal_threat', "My brother-in-law reckons it's an unfair term and he'll write to you properly on Monday."),
    # rules-2026.12-46 (classify_dev_62: childcare and learning; classify_dev_63: marketplace
    # sellers and creators)
    ('legal_threat', "I've unsubscribed four times; the next promo e-mail goes straight to the ICO with screenshots."),
    ('privacy', 'In meiner Bestellübersicht tauchen acht Bestellungen auf, die nicht zu meinem Shop gehören, mit fremden Käufernamen und Adressen.'),
    ('privacy', "Ma boutique affiche 15 annonces que je n'ai jamais créées, et l'adresse e-mail du compte a été changée."),
    ('privacy', 'In ihrer Fotogalerie tauchen seit gestern Fotos von unseren Kindern auf, bei einer anderen Kita.'),
    ('outage', 'Tous les renouvellements échouent depuis 6 h, et c\'est pareil chez eux aussi, deux autres créateurs.'),
    ('chargeback', 'I got a notification that a payment has been disputed for a summer camp booking and £180 is on hold.'),
    # rules-2026.12-47 (classify_dev_64: local government and civic services; classify_dev_65:
    # restaurants, cafes and food delivery)
    ('privacy', 'In the invoices tab we can see a dozen invoices that belong to other councils, with their addresses and contact names.'),
    ('privacy', "Un franchisé de Lyon a reçu un fichier avec les salaires de nos 18 salariés; nos fiches sont chez un autre franchisé."),
    ('outage', "Depuis 14h, aucune alerte n'est envoyée, aucun téléphone ne sonne, dans les trois centres."),
    ('outage', 'Seit gestern Abend gehen keine Online-Anträge mehr ein, rund 600 Anträge pro Tag.'),
    ('outage', 'ALL 9 STORES: nothing printing in any kitchen since 11:50, we are running orders on paper.'),
    ('legal_threat', "We've retained a firm together with twelve other franchisees and they are preparing a joint case."),
    ('legal_threat', 'Nehmen Sie das bis Freitag herunter, sonst lassen wir Sie abmahnen.'),
    # rules-2026.12-48 (classify_dev_66: media agencies, PR and events tech; classify_dev_67:
    # automotive and retail chains)
    ('legal_threat', "Our attorney has reviewed the contract and we're preparing a claim for the reprint costs."),
    ('legal_threat', "Our family's solicitor has written to you today by post and e-mail."),
    ('outage', "All responses from last week are gone, the export is empty, and a colleague's survey is empty too."),
    ('outage', "Depuis 9h, plus aucun participant n'entend les intervenants, dans toutes nos sessions."),
    ('outage', 'Desde las 9 ningún comprador recibe su entrada; otros promotores del grupo dicen lo mismo.'),
    ('outage', 'Heute morgen ist die komplette Agenda weg, alles leer; bei ihm fehlen auch Sessions.'),
    ('outage', 'Nach dem Update stehen die Punktestände aller Kundenkarten auf 0. Alle, nicht einzelne.'),
    ('outage', "Can't open any job card since 9, six bays standing idle, other garages in our group same thing. Need this back now."),
    ('privacy', "Depuis la mise à jour, n'importe quelle marque inscrite peut voir leur fiche avec la pièce d'identité du parent."),
    ('privacy', 'La galerie publique affiche la photo de la carte grise du précédent propriétaire, avec son nom et son adresse.'),
]
#: the same words in situations that are not critical
PARAPHRASED_INNOCENT = [
    # rules-2026.12-65: the look-alikes of classify_dev_104 and _105 (a course module about
    # breaches, a visa refused, a chargeback penalty asked about)
    'Is the Data Breach Response module core or optional on the MSc?',
    'My student visa was refused. Please refund the tuition deposit as your website says.',
    'Hola, vi que hay una penalización por contracargo. ¿Eso qué es exactamente?',
    'Please accept this email as formal notice of cancellation of our subscription at the end of the term.',
    "Mon voisin dit qu'on lui a piraté sa serrure connectée. La mienne a-t-elle ce genre de faille ?",
    # rules-2026.12-64: the look-alikes of classify_dev_100 to _103 (a punk band called
    # Sammelklage, a refund on the statement, a lawyer's days in court, a retired judge, a
    # brother's advice waved away)
    'Moin! Gibt es für das Konzert von Sammelklage am 14.12. noch Karten?',
    'Auf meinem Kontoauszug steht Rückbuchung 12,99. Ist das die Erstattung, um die ich gebeten hatte?',
    "I'm a lawyer and my days are mostly spent in court, so do you have evening slots?",
    'My father is a retired judge who took up the cello. Which bow would you recommend?',
    "My brother keeps telling me to get a lawyer on them, which is ridiculous, it's a rattle.",
    # rules-2026.12-62: the look-alikes of classify_dev_96 to _99 (an invoice disputed with us,
    # a false alarm about a login, clothes that are someone else's, a summit named after
    # breaches, a joke about a lawyer, buyer protection asked about)
    "I'm disputing invoice INV-2093: you charged 18 aprons and our contract is 12.",
    'Earlier I wrote that someone got into my account. Turns out it was my son using my login. Mystery solved!',
    'The trousers I got back are not mine. Mine are dark grey, receipt 91827.',
    'Data Breach Summit next month: can you print BREACH in red foil on our backwall?',
    'Not going to call my lawyer over it haha, but the courier left the sign in the rain.',
    'Does your buyer protection cover me if the vase turns out to be a reproduction?',
    # rules-2026.12-61: the look-alikes of classify_dev_92 to _95 (Sue at the store, a fee
    # disputed with us, a husband who is a solicitor, kids who "hacked" a PIN, a film called
    # Class Action, a returned debit asked about, a key rotated with nothing leaked)
    'Sue at your Leeds store spent an hour helping me move my photos. Please thank her!',
    "I'd like to dispute the late payment fee on my latest bill, I paid on the due date.",
    "My husband's a solicitor and he says clause 7 lets me leave without the exit fee. Is that right?",
    'My kids hacked the parental PIN by guessing 1234. How do I change it?',
    'Was Class Action with Gene Hackman removed from the catalogue?',
    'Was kostet eine Rücklastschrift, falls mal eine passiert?',
    'Our policy is to rotate API keys yearly (nothing has leaked). How do I rotate the website key?',
    # rules-2026.12-59: the look-alikes of classify_dev_88 to _91 (a formal notice to
    # translate, a writer who works at the consumer office, a hedge hacked back, a school
    # project about complaint forms)
    "Could you translate this formal notice from our Portuguese supplier into English? It isn't about you.",
    "I work at the consumer protection office and I'd like a quote for a heat pump.",
    'Our contractor hacked the hedge back to get the digger through; no harm done.',
    'Mi hijo hace un trabajo sobre atención al cliente: ¿tenéis hojas de reclamaciones? Es solo para el trabajo, no tengo ninguna queja.',
    # rules-2026.12-56: the look-alikes of classify_dev_80 to _83 (an attorney happy with a
    # contract, a chargeback a friend or a bank app mentioned, a small claim withdrawn)
    'Our attorney has been through the revised agreement and is happy with the changes; please countersign.',
    'A friend said I should just do a chargeback instead; would that slow down my refund?',
    "My bank's app mentioned something called a chargeback; what is it?",
    "Just to close the loop: the payment arrived, so I've withdrawn the small claims application.",
    # rules-2026.12-54: a job ad for a litigation attorney, the other driver's attorney, a
    # breach at the writer's mail provider, a film called Class Action
    'Our posting for a Senior Litigation Attorney keeps getting rejected by your content filter.',
    'Today I got a letter from his attorney about the fender bender; should I forward it to you?',
    "We're screening the documentary Class Action next week; can the projector take external subtitles?",
    'Datenleck bei meinem Mailanbieter: dort sind Passwörter abgeflossen. Sollte ich hier auch etwas ändern?',
    # rules-2026.12-52: legal templates, clients who want to sue a third party, a firm retained
    # by plaintiffs, working for an ombudsman, an invoice line disputed with the vendor, a
    # lawyer in the family, a tabletop exercise, a hack two years ago, a pest gone
    'Is there a template for a formal notice of breach under a commercial lease?',
    '¿Tienen alguna plantilla de burofax de requerimiento de pago?',
    "We've been retained by the plaintiffs in a class action; can we bulk-tag 12,000 documents?",
    'I work for the Office of the State Ombudsman and would like a quote for 40 seats.',
    "I'd like to dispute line 3 on invoice 2291, we only have 12 users.",
    "My husband is the attorney in the family but he's away; how do I change our address?",
    "We're running an incident tabletop next week: if an employee reported an account takeover, who do we call?",
    "Mon compte avait été piraté il y a deux ans, c'était réglé à l'époque; puis-je ajouter une clé de sécurité ?",
    'Mon mari est avocat et plaide le 14, pouvons-nous décaler la séance photo ?',
    '¿Se puede añadir un campo para la parte contraria? Nuestros clientes quieren demandar a su arrendador.',
    "The wasps' nest is DEAD. Not a single one this morning, thank you Dave!",
    # rules-2026.12-50: what a chargeback is, payout terms, a thesis on breaches, a takeover
    # that is over, a sandbox dispute, last year's returned debit booked, a quest called "Data
    # Breach", a bailiff's inventory, an invoice disputed with the vendor, a legitimate login
    # abroad, a rumour
    'What actually is a chargeback, and can it happen if the client was happy with the session?',
    'The terms say chargebacks may be deducted from future payouts; when would that apply to me?',
    "I'm writing a thesis on how platforms respond to data breaches; could I interview someone?",
    'Last month someone got into my account and your team fixed it fast; where do I switch on two-step login?',
    'Is it normal that the sandbox test payment shows as disputed?',
    "Our accountant asks whether you can issue a receipt for last year's returned direct debit, which we paid afterwards.",
    'The quest "Data Breach" in the new DLC hangs after the terminal scene.',
    "Un huissier vient jeudi pour l'état des lieux, pouvez-vous couper l'alarme de 9h à 11h ?",
    'We want to dispute demurrage invoice 4471: the container was only released on the 9th.',
    'My account was locked for suspicious activity when I logged in from Japan; can you verify me another way?',
    'Saw a reddit post claiming you were hacked last year; do I need to change my password?',
    # rules-2026.12-48: a leak simulation in a sandbox, a press release about a client's class
    # action
    "Can we use a sandbox for a client's data leak simulation next week?",
    "We're drafting a press release about our client's class action win; can we schedule it for 9am?",
    # rules-2026.12-44: a client who wants to sue the writer, someone else's complaint against
    # the writer's client, notes feared lost, a scare that was the writer's own phone
    'Un cliente mío quiere demandarme por una caída de su web; ¿me podéis pasar los logs de disponibilidad?',
    "The other owner says he will file a complaint against my client; can I add an incident note to the dog's file?",
    "I thought I'd lost all my client notes when I switched phones, but they were all there. No action needed.",
    'Was about to panic that the app was down, it was my phone. All good, just sharing in case anyone else asks.',
    # rules-2026.12-43: an emergency stop, a supplier's insolvency, a forklift or a lorry that
    # crashed, a freezer alarm, a theft or a traffic fine reported to the police, a test box,
    # a warning letter in a driver's file
    "Our supplier is in insolvency proceedings; should we archive them or keep them active?",
    'The freezer alarm emails all land in spam for everyone on the night shift.',
    'Hemos denunciado el robo de paquetes a la Guardia Civil; ¿cómo marco los envíos como perdidos?',
    'Nos ha llegado una denuncia de tráfico para un conductor; ¿cómo veo quién llevaba el camión?',
    'Die Testboxen sind komplett ausgefallen, die ganze Flotte im Testbetrieb betroffen.',
    'Wir möchten eine Abmahnung in der Fahrerakte ablegen; geht das?',
    # rules-2026.12-41: a pre-production system, a drill, a bike crash in a race, a marquee
    # that leaked, a workaround hacked together, a disputed gift settled long ago
    'Nuestro entorno de preproducción devuelve Service Unavailable desde el viernes; producción funciona perfectamente.',
    'There was a bike crash at km 12; how do I mark the three riders DNF in bulk?',
    'We hacked together a workaround for family memberships; is there a proper membership type?',
    'The gift a donor disputed with their bank in March was settled months ago and she has given again. No reply needed.',
    # rules-2026.12-40: someone else's court case, unpaid (not reversed), a site down the
    # road, a lift out of order, a policy question, a car for sale, "everyone else can see it"
    'Un propietario amenaza con llevar a la comunidad a juicio por las humedades; ¿se puede convocar junta desde la app?',
    'Proposez-vous une garantie loyers impayés avec un assureur partenaire ?',
    "Le système envoie des relances d'impayés: comment changer le délai entre deux relances ?",
    'Our new site is just down the road from the old one; new project or new phase?',
    "L'ascenseur est en panne depuis ce matin, comment envoyer un SMS à tous les résidents ?",
    'Unser Datenschutzbeauftragter fragt, wie Sie uns im Fall einer Datenpanne informieren würden.',
    "Readers' photos with a car for sale ad disappear in the preview on iPhone.",
    'Everyone else can see it, only Fatima gets a blank page on Reports.',
    # rules-2026.12-37: a number of stays or "Stück", a litigation partner, a warning letter
    # for an employee, a wish with its reason, our other account, "everyone else can see
    # theirs", work reassigned to someone else, a test with different clients
    'Could guests get a free night after 10 stays?',
    'Wir haben 40 Stück Schließfächer, kann man die online dazubuchen?',
    'Our litigation partner wants to tag all documents of a matter; is there a bulk tag?',
    'Wir möchten eine Abmahnung für einen Mitarbeiter in der Personalakte ablegen.',
    'Feature request: a waitlist for sold-out dates, we lose bookings without it.',
    'The payout landed in our other bank account, all good, you can close this.',
    'Everyone else can see theirs, only Rosa gets a blank payslip page.',
    'Could you reassign the pending reports to someone else?',
    'Tested with three different clients this morning, all received the signer emails. Thanks!',
    'The dashboard is slow for me this morning.',
    'I need to give our new colleague access to all customer records.',
    'Can we disable the public link feature for all users?',
    'Our whole team is at a conference next week, replies may be slow.',
    'Do you have a status page where we can see outages?',
    'My bank needs an invoice with our VAT number.',
    'Question: Can all our users see the new dashboard, or only admins?',
    'Feedback: Every one of our 12 agents says the new search is faster. Great work.',
    'Help: How do I set up SSO for our whole company?',
    'Data: Where are our files stored, in the EU?',
    'Billing: Our bank charges a fee for international transfers, can we pay in EUR?',
    'Legal: Is your service compliant with the new EU accessibility law?',
    'Offboarding: An employee is leaving on Friday, please remove her access then.',
    'Slow: The app is slow on my laptop today, others are fine.',
    'The export fails for me only, my colleagues are fine.',
    'Everyone on our team loves the new dashboard!',
    'All our invoices show the old logo, can you update it?',
    'We lost a customer because support took a week to answer.',
    'Is your platform down? Just checking, everything works for us.',
    'How do we give a new employee access to all reports?',
    "Our former colleague's tickets should be reassigned to Anna, how do we do that?",
    'Can we get a copy of our data as CSV before our trial ends?',
    'Your status page said there was an outage yesterday, all fine now, thanks!',
    'Does your platform log who accessed which customer record? Our auditor asks.',
    'Do you offer SSO for all users on the Team plan?',
    'Everyone in the office can log in again, thanks for the quick fix!',
    "One of our agents can't log in since yesterday, everyone else is fine.",
    'Can you explain how chargebacks work with your payment module?',
    'Our lawyer asked whether your DPA covers subprocessors.',
    'What happens to our data if we cancel?',
    "We'd like to remove a former employee from the account, how?",
    'How do I see which users logged in last week?',
    'The export of all contacts takes 5 minutes, can it be faster?',
    'All 20 of our agents love the new inbox.',
    'Every time I open the app it asks me to log in again, only on my phone.',
    'All our agents would like a dark mode, any plans?',
    'How do I revoke access for a former employee?',
    'Can you tell me if a data breach would be reported to us?',
    "We're moving our whole company to your platform next month, any onboarding tips?",
    'Is there a way to block payments from certain countries?',
    'Our bank asked for your VAT number for the direct debit mandate.',
    'Our legal team needs your terms and conditions in PDF.',
    'The report for all agents loads slowly but works.',
    'Can we restrict who sees customer phone numbers?',
    'Nobody on my team knows how to set up macros, is there a tutorial?',
    'Everyone here is thrilled with the new release, thanks!',
    'Hello, all our stores will be closed on Monday for the holiday, no action needed.',
    'Could you send me the invoice for all 12 licences?',
    'Can our whole team get a training session next week?',
    'Nobody told us the price was changing, can you explain the new invoice?',
    # rules-2026.12-17
    'At our Leeds store all the label printer templates have gone back to defaults. Other stores are fine.',
    "I'm a barrister and often in court in the mornings; can my husband collect my parcel?",
    'Our auditors ask how chargebacks on ticket sales are handled between us and you.',
    'The portal will be unavailable on Sunday from 6 to 8 for planned maintenance, residents are informed.',
    "We've gone down from 12 agents to 4, can we change plan?",
    'Our head office is closed over Christmas, nobody will be logged in to approve anything.',
    # rules-2026.12-18
    'The best man has to be in court on Monday morning, can we move the speeches earlier?',
    'We are a 30-person law firm and would like a quote for 25 seats.',
    'FYI we are disputing the invoice internally, not with the bank; we will pay next week.',
    'After the big data breach at a competitor, our board asks which certifications you hold.',
    # rules-2026.12-19
    'Our slow replies yesterday were due to an internet outage in our building, all fine now.',
    'Are you members of the Financial Ombudsman Service? It is for our compliance register.',
    'Notre avocat prépare la cession et souhaite une copie signée du contrat.',
    'The reminder SMS went to everyone except two guests with Swiss numbers.',
    'Was kostet es mich, wenn ein Kunde eine Kartenzahlung zurückbuchen lässt? Bisher nie passiert.',
    "Our monthly giving report shows one member's gift twice; her bank statement shows one payment.",
    # rules-2026.12-20
    'If a buyer later disputes a card payment, who handles it?',
    'Never mind, the bank had blocked my card because it was a new one. Paid now.',
    'Our lawyer is reviewing supplier contracts and asked for a countersigned copy.',
    'We had a power cut in the building yesterday that took all our PCs down for an hour.',
    "We couldn't have managed without your nurses, please thank everyone.",
    'Can I import straight from Google Photos?',
    # rules-2026.12-21
    'Wie funktioniert eigentlich eine Rücklastschrift bei Ihnen?',
    'Si un jour mon prélèvement est rejeté, est-ce que vous facturez des frais ?',
    'About your email on the outage of the 12th: we did not notice any impact, our integration caught up.',
    'One of my four tickets has a QR code the scanner says is not recognised; the others are fine.',
    # rules-2026.12-22
    'Is the site down? EDIT: never mind, it was our office wifi.',
    'The monthly report works for all our depots except Ashford, which times out.',
    'Unsere Rechtsabteilung prüft routinemäßig alle Lieferantenverträge, bitte die AGB schicken.',
    # rules-2026.12-23
    'I used to work as a commercial lawyer, and your new terms are the clearest I have read.',
    "Me he quedado bloqueada en la banca online, el código no me llega; no es urgente.",
    'Can we connect Google Hotel Ads from the channel manager?',
    'We want to add all 30 of our technicians, what does that cost?',
    'My colleague left the company, how do I transfer her tickets?',
    'Is there a limit on how many orders the API returns per page?',
    'All three of our shops love the new POS layout.',
    'Our lawyer would like a copy of the SLA.',
    'Which countries are your servers in?',
    # rules-2026.12-5: the innocent twins of the 2026.12-5 rules
    'Can our consumer affairs team get a separate login?',
    'Do you offer a crash course for new staff?',
    'How long do you keep deleted tickets before they are purged?',
    'The invoice shows the wrong company name, please correct it.',
    'Our lawyer is reviewing your terms before we sign, please send the DPA.',
    'A customer of ours reversed a card payment, how do I record it in your tool?',
    'Only one of our stores cannot print receipts, the others are fine.',
    'Not an incident, just a question: is customer data encrypted on the phone?',
    # rules-2026.12-6: the innocent twins
    'How do I send a statement to a different client address than the billing one?',
    'Can we make our public help center show up on Google?',
    "What's the best way to remove a leaver's access?",
    'A competitor offers bulk SMS at half your price. Can you match it?',
    "Will checkout be down during Sunday's maintenance?",
    'Can we pay by direct debit instead of card?',
    'Our lawyer needs a copy of the DPA, could you send it?',
    'Do you have servers in the EU region?',
    'The app crashed once on my phone yesterday, it works after restart.',
    'How do I retry a webhook that failed?',
    "Please resend last month's invoice, I deleted the email.",
    'We changed banks, please update the IBAN for the next direct debit.',
    'How can I see who logged into our account last week?',
    'I changed my password yesterday and now the app asks me again, is that normal?',
    'Can I transfer the tickets of an employee who left to a colleague?',
    'Our Google Calendar integration shows events twice.',
    'Thanks for finishing the maintenance early!',
    'My lawyer asked whether your contract has a termination clause. Where do I find it?',
    'Our bank rejected the transfer because of a typo in the IBAN, could you resend the invoice details?',
    'Do you support Telegram notifications?',
    'Our customer list export is missing the phone column.',
    'The app is a bit slow for all of us this morning, not a big deal.',
    # rules-2026.12-8: the same words where nothing critical happens
    'All our saved filters disappeared after the update, how do I get them back?',
    'Was passiert, wenn ein Kunde die Zahlung bei seiner Bank zurückbuchen lässt? Das ist uns noch nie passiert.',
    '¿Qué ocurre si un cliente hace una devolución de recibo? Es para explicárselo al equipo.',
    "Comment ça se passe si un de nos clients conteste un paiement auprès de sa banque ?",
    "How do chargebacks appear in the monthly export? We haven't had one yet.",
    "If a teacher's account is ever hacked, what could the attacker see?",
    'Peut-on dupliquer une facture existante pour un autre client ?',
    'Our test tenant has been returning 503 since yesterday, production is fine.',
    "Your onboarding lead hasn't stopped talking about your support for 20 days. Thanks!",
    'The SSO works fine on our side after the certificate change, just confirming.',
    # rules-2026.12-9
    'We sometimes take a tenant to the county court for arrears. Can we tag those files?',
    'Bitte die Rechnungsadresse ab sofort ändern: Industriestraße 7a.',
    'Our bank flagged your direct debit as an unknown creditor, can you confirm your creditor ID?',
    "The 'new sign-in' alert was just her new phone, is that expected every time?",
    'Die Störung von heute Morgen ist bei uns komplett behoben, danke!',
    'We were promised a credit note for the downtime in March, could you add it to the next invoice?',
    # rules-2026.12-10
    "Le tribunal de commerce nous demande nos factures de 2022 (rien contre vous). Comment les exporter ?",
    "I've been called as a witness at the county court on Thursday. How do I block the day so clients can't book me?",
    'Our legal team is reviewing suppliers: does your contract cap liability?',
    'If I delete a client profile, are their photos deleted from your servers too?',
    'Our training environment shows a blank page after login; production is fine.',
    'Some of our customers see an error when they pay with Bizum; cards work fine.',
    # rules-2026.12-11
    'Quick question: if one of our customers files a chargeback, does it affect our payout? Just want to understand the rules.',
    'Our legal team is reviewing the new terms of service; could you send a redline?',
    'Un juzgado nos ha pedido el registro de jornada de un antiguo empleado. ¿Cómo lo exporto?',
    'Can contact lists be shared between two workspaces after our merger?',
    'Das Update sollte im Oktober kommen, jetzt ist November und niemand kann mir ein Datum nennen.',
    'Your chatbot kept sending me to the same article about passwords. Found the answer on Reddit.',
    # rules-2026.12-13
    'El consumo de agua de este mes sale el doble en el informe. ¿Pueden revisarlo?',
    "Une collaboratrice ne reçoit pas l'e-mail d'invitation. Les autres utilisateurs le reçoivent.",
    'Ein Mandant bekommt die Einladung nicht. Bei anderen Mandanten klappt es.',
    'Can I export our orders to Google Sheets for some analysis?',
    "We migrated 12 client sites over the weekend and not a single problem. Great tool.",
    'My payslip is showing the wrong address, could you reissue it?',
    'Does the app also work offline in the fields, and sync later?',
    'La plataforma estuvo caída un rato esta mañana, pero lo resolvieron antes del turno. Gracias.',
    # rules-2026.12-14
    'Our bank needs a letter on letterhead confirming our subscription, for a loan.',
    'Our lawyer is handling the sale of the practice and needs copies of all our invoices.',
    'The map pin puts us inside the county court building next door. Could you move it?',
    'Can we sign in with a Google account instead of a password?',
    "Question théorique : si un client fait rejeter un prélèvement, que se passe-t-il ? Aucun cas en cours, c'est juste pour savoir.",
    'We are completing a vendor security questionnaire: has your company had a data breach in the last three years?',
    "Our own server went down at the weekend (our hosting provider, not you). Can we replay the missed webhooks?",
    'Our renewal came in 30% higher and there was not a single email about it. Please cancel at the end of the term.',
    'One of our four tablets does not sync any more. The other three work.',
    'The report-a-leak form fails when I attach a photo.',
    # rules-2026.12-15
    'Mon avocat me demande toutes mes factures 2023 pour une succession. Peut-on les télécharger en une fois ?',
    'One of my pupils has jury service at the crown court that week: can I move all three lessons at once?',
    'Soy abogada y necesito traducciones juradas para el juzgado. ¿Qué tarifas tienen?',
    'The Financial Ombudsman leaflet in your renewal letters has an old phone number.',
    'Our auditors are asking about the incident in 2021 when some invoices went to the wrong customers. Can you send the report?',
    'Wie verbuche ich eine Rücklastschrift von einem meiner eigenen Kunden?',
    # rules-2026.12-24
    "Honestly I'd sue you for making me this addicted to the daily quiz, haha. Love it.",
    'I was about to ask my bank to reverse it, but I would rather you refund the duplicate.',
    'Our treasurer wanted to go through the bank, but we prefer to ask you for the refund.',
    'The payment is refused at renewal, and my bank says everything is fine on their side.',
    'I read in the paper that a big ticketing site got hacked. How do you store card numbers?',
    'One of our suppliers was hacked last month; can we force all our users to change passwords?',
    'You announced maintenance this Sunday night: will the scanners work offline meanwhile?',
    'Simulacro de ciberataque el martes por la mañana, es posible que vean accesos fallidos.',
    "We're a small law firm and would like five more seats.",
    'One parent does not get the SMS codes; the other parents get them fine.',
    'Please delete my account and all data linked to it, I no longer use the app.',
    # rules-2026.12-25
    'A tenant sent us a subject access request yesterday; we want to answer well within the one-month deadline.',
    'Una voluntaria nos pide una copia de sus datos; queremos contestarle dentro de plazo.',
    "Si un socio devuelve un recibo en el banco, ¿cómo nos enteramos? No ha pasado nada, es para la asamblea.",
    'Our legal team is reviewing the data processing agreement before renewal: where is the data hosted?',
    'We are a legal advice charity: could you add a small claims case type?',
    'My laptop has been slow for a week; other people in the team are fine.',
    'The new website went down a storm at the residents evening.',
    'Power cut at the depot for two hours yesterday, everything came back fine. Should we replace the UPS batteries?',
    'Several staff got a phishing email this morning; nobody clicked. Headers attached.',
    'One of our learners gets "account restricted" when booking; the others did fine. Can you check his account?',
    'How do I close the dates over Christmas so nobody can book online?',
    'Wie ändere ich die Öffnungszeiten, ohne dass bestehende Termine gelöscht werden?',
    # rules-2026.12-26
    'My lawyer is preparing the paperwork for the sale and needs copies of all our invoices.',
    "If it's not in the next update I'm calling my lawyer. (I don't have a lawyer. Please add dark mode.)",
    'FYI the app was down for about ten minutes this morning, back up now so no worries.',
    'I cancelled within the window but was still charged. Could you refund it to my card?',
    "My payout went to my old closed account; the bank says it'll bounce back. How long does that take?",
    'Mein Sohn hat ohne mein Wissen im Spiel eingekauft. Können Sie das erstatten?',
    "Our payroll clerk doesn't get the reset e-mail. Other users get theirs.",
    'I have your auto-reply confirming receipt of my cancellation; please confirm the final invoice date.',
    # rules-2026.12-27: innocent twins of the words rules-2026.12-24 to -26 added
    'I live in Leeds and the new login page will not load on my phone.',
    'My daughter is a lawyer and she loves your app.',
    'Could you add a dispute notifications tab to the dashboard?',
    'Our attorney has a copy of the contract and says it looks fine, please go ahead.',
    "We've got a firm looking at our new office layout, can we move desks in the app?",
    'The invoices belonging to a different cost centre should be grouped separately.',
    'We want to answer the subject access request within the deadline; what data do you hold?',
    'If a customer tells their bank the parcel never arrived, what happens?',
    'Can parents of another class see our class photos? We want to make sure they cannot.',
    'Please send the newsletter to all contacts except the unsubscribed ones.',
    # rules-2026.12-28
    'Our legal team is doing the annual review of vendor contracts: where are your current terms?',
    'Our lawyer is preparing the closing file and asked for the signing certificate.',
    'Soy abogada y necesito presentar el certificado en el juzgado para el expediente de mi cliente.',
    'Reviewing your DPA: section 7 says you notify a breach without undue delay. How many hours is that?',
    "If there's an outage, how are SLA credits calculated?",
    'La semana próxima hay una prueba de penetración autorizada sobre nuestra aplicación.',
    'Bitte löschen Sie das Konto anna.richter@gmx.de und alle Daten.',
    "Bravo pour le mode hors ligne : on a continué à encaisser sans connexion pendant trois heures.",
    'El buscador de contactos no encuentra nombres con tilde.',
    'SMS to +61 numbers have failed for two days; other countries deliver fine.',
    'Yesterday the database was back up, but we have a question about the backup schedule.',
    'Please call me back now, I have a question about my invoice.',
    # rules-2026.12-29: innocent twins of rules-2026.12-28
    'Someone signed in from our Madrid office yesterday, that was our new colleague, all good.',
    'The alarm codes field should be visible to every firm we assign, can you enable that?',
    'We want to log access tokens in plain text in staging for debugging, is that supported?',
    'Die Mieter-App zeigt bei jeder Wohnung den Namen auf dem Klingelschild, das ist gewollt.',
    "I've switched supplier and cancelled the direct debit mandate with my bank; please send a final bill.",
    'He anulado en mi banco la domiciliación porque me cambio de compañía.',
    'Reported my card lost two weeks ago and the replacement has not arrived.',
    "My late father's solicitor, who is handling probate, needs a letter confirming the balance.",
    'Soy su tutora legal, tengo la sentencia del juzgado. ¿Cómo doy de baja la línea?',
    'Mon avocate demande une attestation des versements depuis 2015.',
    'With all these stories about data leaks, where are my documents stored?',
    'The plumber found a leak on the supply pipe; can the bill be adjusted?',
    'I was about to say thanks: the app tells me if a payment comes from another account.',
    # rules-2026.12-31: innocent twins of its words, and the false highs of classify_dev_44/45
    "I've sent the signed lease to my solicitor so she can keep a copy for her records.",
    'Notre avocat nous demande votre contrat de sous-traitance avant le renouvellement.',
    'Not going to sue anybody over this, but the new logo on the app is hideous. Everything else is lovely.',
    'Mit freundlichen Grüßen, Sven Richter',
    'Can Visa undo a payment if the goods never arrive? Just asking for our FAQ.',
    'I would like to undo my last change to the invoice template, how do I do that?',
    'Not a single error since we switched to the new plan, great work.',
    'Kein einziger Fehler seit dem Update, die neue Version läuft super!',
    'The export works for us and for two other firms we know, thanks for the fix.',
    'Can we store passport numbers of our guests in a custom field?',
    "Someone left their gym membership card at reception this morning, it's in the lost property box. No need to reply.",
    'The renewal letter has the wrong address on it, I moved in March. Could you update it and send a new one?',
    'Registering with my college email and it says domain not recognised? My friends at the same college got the discount.',
    'I deleted the email with my concert tickets by mistake, can you resend them please?',
    'Zwei Kollegen sehen seit heute keine Aufträge mehr, alle anderen sehen ihre Aufträge normal.',
    'Hola, simple pregunta antes de empezar: si un cliente reclama un cargo a su banco, ¿quién paga la comisión? Es solo para entenderlo bien.',
    'Question sur les rétrofacturations : si un acheteur conteste un paiement, qui paie les frais ? On veut juste comprendre le fonctionnement.',
    "One agent told me the module is included, another said it's an add-on. Which is it?",
    "I took the other driver's details after a small scrape on the rear bumper. How do I report it?",
    'A patient says her name was spelt wrong on the receipt. Where do I correct it?',
    'Our client was taken over from another firm last year; can you import her history?',
    # rules-2026.12-34: innocent twins of its words
    'The forum has 200 posts praising the new map feature, great job!',
    'Is the shopping list empty by default when I start a new week?',
    'Thanks for your automatic reply, I found the answer in the help centre.',
    'No desconozco el cargo, solo quiero saber a qué corresponde.',
    # rules-2026.12-34: classify_dev_46's false highs, reworded
    'Falsches Gericht geliefert: bestellt war Linsencurry. Bitte erstatten.',
    'My bank declined the payment because they blocked my card for a suspicious purchase elsewhere. Can you retry?',
    'The refund you sent was returned because my old card was closed. Can you pay it to my new card?',
    'I paid for coins, the receipt from Google Play is in my email but the coins never arrived.',
    'My account was banned this morning for suspicious activity, I only played normally. Please review it.',
    'Si alguna vez abro una reclamación en PayPal por error, ¿se puede cancelar?',
    # rules-2026.12-34: classify_dev_47's false highs, reworded
    'Could you provide a letter on letterhead confirming our subscription? Our bank needs it for a loan.',
    'How long do you keep data after we cancel? Is it deleted immediately or retained for a period?',
    'Our counsel would like the DPA to require notification of personal data breaches within 48 hours.',
    'A client is disputing part of an invoice with us. Can we pause the automatic reminders meanwhile?',
    'I saw the maintenance notice for Sunday night. Will the card terminals still work offline?',
    # rules-2026.12-35: innocent twins and classify_dev_48/49's false highs, reworded
    'Saw on the news that another exchange got hacked. Are you affected? Do you use the same custody provider?',
    'The migration went perfectly, not a single file out of place. Thanks to the whole team!',
    '300 spins tonight and not a single bonus round, this game is rigged.',
    "Dr Bell gets 'user not recognised' since she changed her surname; everyone else can log in.",
    "How do I report fly-tipping in the app? Someone's dumped a mattress behind the shops.",
    'Jeden Morgen sind alle Termine innerhalb von Minuten weg. Gibt es einen Trick?',
    'La farmacia estará cerrada del 12 al 25 de agosto, no habrá nadie conectado. No hace falta respuesta.',
    'Frage: Was passiert im System, wenn ein Spieler eine Lastschrift bei seiner Bank zurückgeben lässt?',
    "Question : lorsqu'un joueur conteste un dépôt auprès de sa banque, le compte est-il suspendu ?",
    'I sell a course on how to represent yourself in small claims court; the sales page cuts off the FAQ on mobile.',
    'Notre avocate prépare notre registre RGPD et demande dans quel pays sont hébergées les données.',
    'Our lawyer is reviewing our vendor list and asked whether you provide a DPA we can sign.',
    'Since last week every booking shows twice in my Google Calendar.',
    'My phone was stolen last week. How do I sign out of the app on it?',
    'Podéis cerrar todas las sesiones abiertas de mi cuenta, por favor? Cambié de móvil.',
]
PARAPHRASED_FEELING = [
    # rules-2026.12-66: thanks to pass on are no request, so a thank-you stays a thank-you
    ('positive', 'Quería agradecer a Carmen, que cuida de mi padre desde hace dos años. Es muy paciente. Por favor, hacédselo saber.'),
    # rules-2026.12-51: a chargeback the writer asks how to handle, or thanks us about, is no
    # threat; one told with a grievance still is
    ('neutral', 'I disputed the charge with my card company last week. How do I download my invoices before the account closes?'),
    ('neutral', 'Thanks for getting back to me. My bank has already reversed the direct debit, so please just close the subscription.'),
    ('negative', "I've disputed the charge with my bank. Your service is a scam and I'm done."),
    # rules-2026.12-49: pressing for haste about a problem, or data lost, is strain
    ('negative', 'The payroll export fails with an error and salaries have to go out today. Please help urgently.'),
    ('negative', 'Der Rechnungslauf bricht bei jedem Kunden ab, heute ist Frist. Bitte dringend melden.'),
    ('negative', 'El cierre de caja da error en las tres tiendas y hoy tenemos que cuadrar. Necesitamos ayuda urgente, por favor.'),
    ('negative', "Depuis la mise à jour, l'export comptable plante à chaque fois et la clôture est demain. Merci de regarder en urgence."),
    ('negative', 'Since the import ran, every customer note we had is gone, the fields are blank.'),
    ('neutral', 'Beim Import ist unsere Testumgebung abgestürzt, eilt also nicht. Gibt es ein Limit pro Datei?'),
    # rules-2026.12-41: feelings the tables missed
    ('negative', "C'est injuste, j'ai payé pour l'année entière."),
    ('negative', "Ich hab's aufgegeben, über die App zu bestellen."),
    ('negative', 'Das ist jetzt meine vierte Nachricht zu diesem Thema.'),
    ('negative', 'Estamos muy descontentos con el servicio de este mes.'),
    ('positive', 'Hats off to the developers, the new export is so smooth.'),
    ('positive', "Couldn't be happier with the switch."),
    # rules-2026.12-39: leaving, or cancelling one thing, is no grievance by itself
    ('neutral', 'Please cancel the second booking and refund it, I tapped twice by mistake.'),
    ('neutral', "Merci de résilier l'option SMS à la fin du mois, nous ne l'utilisons plus."),
    # rules-2026.12-30: praise and thanks around a problem that is over
    ('positive', 'Brilliant support as always - the broken export from Monday works again. Thanks a lot, Priya!'),
    ('positive', "Le bug d'affichage a disparu depuis la mise à jour. Excellent travail, merci !"),
    ('positive', 'Mil gracias por arreglar el error de la factura tan rápido, nos salvó la semana.'),
    # rules-2026.12-35: praise in everyday words
    ('positive', 'La nueva vista de agenda está buenísima, mis técnicos ya no me llaman cada cinco minutos.'),
    ('positive', 'The new timetable widget slaps, my whole office uses it now.'),
    ('positive', 'Die Online-Buchung lief dieses Jahr absolut reibungslos, 400 Termine in zwei Tagen.'),
    # rules-2026.12-32: disappointment, however polite, is negative; alone it is feedback
    ('negative', "Dommage que le chat ferme à 18 h, c'est souvent le soir que nous avons des questions."),
    ('negative', 'Una pena que ya no haya atención por teléfono.'),
    ('negative', 'What a pity the old dashboard is gone, I liked it.'),
    ('negative', "Honestly, at this point I don't even expect an answer."),
    ('negative', 'Oh wonderful, the invoice is wrong again.'),
    ('negative', 'Third email about this. Still nothing.'),
    ('negative', "I must say I'm rather disappointed with how this was handled."),
    ('negative', 'Not great that we found out from our customers.'),
    ('negative', 'Es ist jetzt das dritte Mal, dass ich schreibe.'),
    ('negative', 'Sinceramente, ya me da igual, sigue sin funcionar.'),
    ('negative', 'Franchement, je suis déçu du suivi.'),
    ('negative', "We've been waiting two weeks for a reply."),
    ('negative', "Well, that's the third outage this month."),
    ('positive', 'Quick question about exports. By the way, your team has been amazing this year.'),
    ('positive', 'Merci beaucoup pour votre aide rapide, tout fonctionne !'),
    ('positive', 'Vielen Dank, das hat super geklappt!'),
    ('positive', '¡Muchas gracias, todo perfecto!'),
    ('neutral', 'How do I change the language of the invoices?'),
    ('neutral', 'Please update our billing address to 5 Main Street.'),
    ('negative', 'Seriously? The same bug again after you said it was fixed.'),
    ('negative', "I guess we'll just live with it then."),
    ('negative', 'Not impressed, the new layout hides the button we use most.'),
    ('negative', "We're a bit let down by the response times lately."),
    ('negative', 'No answer since last Tuesday. Is anyone there?'),
    ('negative', 'Wieder einmal funktioniert der Export nicht. Langsam reicht es.'),
    ('negative', 'Otra vez el mismo error. Estoy cansado de escribir.'),
    ('negative', "Encore une fois la synchronisation ne marche pas, c'est pénible."),
    ('positive', 'Your onboarding call was brilliant, the team is already using it daily.'),
    ('positive', 'Just a quick one: can I add a user? Love the product btw!'),
    ('neutral', 'Can you add Peter as an admin?'),
    ('neutral', 'Our invoice address changed, new one attached.'),
    # rules-2026.12-5: waiting counted, polite sarcasm, leaving over a price rise
    ('negative', "It's only been three weeks since I asked. I'm sure you're very busy."),
    ('negative', 'Troisième relance pour la même facture.'),
    ('negative', 'Llevo dos semanas esperando una respuesta.'),
    ('negative', "We're cancelling: a 30% price increase without notice."),
    ('negative', 'Reporting used to be great, now it takes a minute to load.'),
    ('negative', 'told you in March, still the same.'),
    ('positive', 'Vielen Dank, alles funktioniert wieder.'),
    ('neutral', 'Para que lo sepáis: hemos cambiado el correo de facturación.'),
    # rules-2026.12-6: resignation, sarcasm, understatement, polite disappointment, praise later on
    ('negative', "The CSV export drops the last column again. Honestly, I've stopped expecting it to work."),
    ('negative', 'Oh good, another update that moved the button. Just what I needed on a Monday.'),
    ('negative', 'The calendar sync has been a little unreliable this week. Not the end of the world, but not great either.'),
    ('negative', "I'm writing for the fourth time about the wrong address on our invoices."),
    ('negative', 'We were a bit disappointed that the corrected invoice still shows the old VAT number.'),
    ('positive', 'Danke für die schnelle Hilfe gestern, alles läuft wieder.'),
    ('neutral', "FYI we'll be closed over Christmas, so no orders will come in from us until January."),
    ('positive', 'Works now, thanks! You can close this one.'),
    ('positive', 'Kein Handlungsbedarf, wollte nur sagen, dass die neue Suche super ist.'),
    ('positive', 'Can I export reports as PDF? By the way, your team has been fantastic since we started.'),
    ('positive', '¿Se pueden añadir campos personalizados a las fichas? Por cierto, el equipo de soporte es excelente.'),
    ('neutral', 'No need to reply, just letting you know the issue with the labels resolved itself.'),
    ('positive', 'Merci beaucoup pour votre aide, tout fonctionne parfaitement maintenant.'),
    ('positive', 'Solo quería daros las gracias, el nuevo panel nos ahorra mucho tiempo.'),
    ('negative', "Well, that's the third outage this month. I suppose we just get used to it."),
    ('negative', "Encore une fois, les rappels partent en double. On commence à avoir l'habitude."),
    ('negative', 'Schon wieder eine falsche Rechnung. Langsam verliere ich die Geduld.'),
    ('negative', 'Nos han subido la tarifa sin avisar. Una pena, la verdad, llevábamos años contentos.'),
    ('neutral', 'Just to close the loop: the refund arrived this morning. All good.'),
    ('positive', 'Perfect, that fixed it. Thanks Ana!'),
    ('negative', 'thanks for nothing. still broken.'),
    ('positive', 'The new dashboard is lovely. Only thing: the font is a bit small on laptops.'),
    ('negative', 'Je suis assez déçu du suivi : trois semaines sans nouvelles de votre part.'),
    ('negative', 'It would be nice if someone actually read my tickets before closing them.'),
    ('neutral', 'My parcel arrived with the box crushed and two mugs broken. Can you send replacements?'),
    ('neutral', 'You sent me a size 42 instead of 44. How do I exchange it?'),
    ('neutral', 'El paquete llegó abierto y falta el cargador. ¿Me lo pueden enviar?'),
    ('neutral', 'Die Lieferung kam ohne die bestellten Schrauben. Bitte nachliefern.'),
    ('neutral', "Mon colis indique 'livré' mais je n'ai rien reçu. Pouvez-vous vérifier ?"),
    ('neutral', "The booking page shows Saturday slots but we're closed on Saturdays. Patients keep booking them."),
    ('neutral', 'Do you have an API endpoint for bulk updating stock levels?'),
    ('neutral', 'Kann man die Rechnungen auch auf Englisch ausstellen?'),
    ('neutral', '¿Se puede exportar el historial de un cliente a PDF?'),
    ('neutral', "Est-il possible d'ajouter un deuxième utilisateur sur l'offre Solo ?"),
    ('positive', 'Got it working with your guide, thanks a lot Marco!'),
    ('positive', "Tout est rentré dans l'ordre, merci pour votre réactivité."),
    ('positive', 'Ya funciona todo, muchas gracias por la ayuda.'),
    ('positive', 'Läuft wieder, danke für die schnelle Hilfe!'),
    ('neutral', 'Just a thought: the new calendar colours are hard to tell apart. No reply needed.'),
    ('positive', 'Refund received, all good. Thanks.'),
    ('neutral', "I'm locked out of my own account after the password reset, can you help?"),
    ('negative', 'Wow, 45 minutes on hold to be told to clear my cache. Great use of my afternoon.'),
    ('negative', 'This is the third time the invoice shows the wrong VAT rate. Please fix it properly this time.'),
    ('negative', 'Schade, dass die Exportfunktion im neuen Tarif fehlt. Das war für uns der Hauptgrund.'),
    # rules-2026.12-8: a promise that did not hold, a question nobody reads, giving up
    ('negative', 'I was told the replacement would ship within 48 hours. That was last Monday.'),
    ('negative', 'Me dijeron que estaría resuelto en dos días. Sigo igual.'),
    ('negative', 'Is anyone actually reading these messages?'),
    ('negative', "Je me demande si quelqu'un lit les tickets ici."),
    ('negative', 'Tant pis, on fera sans cette fonction.'),
    ('negative', 'Please close my account, not worth the hassle anymore.'),
    ('negative', 'Ich frage mich langsam, wofür wir eigentlich bezahlen.'),
    ('negative', "I'm starting to regret choosing you over the others."),
    ('neutral', 'Just so you know, our billing contact changes next month. Nothing else changes.'),
    ('neutral', 'How do I turn on online booking? Our patients keep asking.'),
    ('neutral', 'Where did the export button go? It used to be top right.'),
    # rules-2026.12-9
    ('negative', 'Ich frage jetzt zum dritten Mal nach der Gutschrift.'),
    ('negative', 'Por cuarta semana consecutiva los pagos salen tarde.'),
    ('negative', 'Nos prometieron la integración hace un año y seguimos sin ella.'),
    ('negative', 'Jedes Mal werde ich vertröstet. So macht das wenig Freude.'),
    ('negative', 'Qué maravilla, tarda un minuto en abrir cada ficha. Ahora en serio: ¿lo pueden revisar?'),
    ('negative', "I emailed twice and only had an automated reply. I'd like someone to look at my refund."),
    ('positive', 'Five years with you and your system has never let us down. Cheers!'),
    ('positive', "Do you have a referral scheme? I keep recommending you to other clinics."),
    ('positive', 'cheers for the help this morning, all sorted'),
    # rules-2026.12-10: sarcasm by scare quotes and by a praise opener over a change
    ('negative', "Nice to see the new 'improved' booking page takes four steps instead of one."),
    ('negative', 'Bravo pour la nouvelle interface, il faut maintenant 5 clics au lieu de 2.'),
    ('negative', 'Super, encore une mise à jour qui déplace tous les boutons.'),
    ('negative', "Cool, so the 'free' plan took £15 on day one."),
    ('neutral', 'The card reader keeps asking for the PIN twice on contactless payments.'),
    ('neutral', '¿Basta con borrar el usuario o hay que cerrar también sus sesiones?'),
    ('neutral', "Je voudrais annuler la commande d'hier, finalement nous n'en aurons pas besoin."),
]
PARAPHRASED_ACTION = [
    # rules-2026.12-60: thanks to be passed on ask only that; a reply that quotes our answer
    # is read by its own lines (a forward is read whole: it quotes what we are asked)
    (False, 'Please pass on our thanks to Kev, he was brilliant on Saturday.'),
    (False, 'Muchas gracias a Rosa por su paciencia con mi abuela, hacédselo saber por favor.'),
    (False, 'Bitte richten Sie Frau Özdemir unseren herzlichen Dank aus, sie hat uns sehr geholfen.'),
    (False, "Merci de transmettre nos remerciements à Julien, l'installation était parfaite."),
    (False, '> ¿Puede probar a reinstalar la aplicación? El error de sincronización suele '
            'desaparecer.\n\nListo, con eso se arregló. ¡Gracias!'),
    (False, "> Bitte aktualisieren Sie das Paket ca-certificates.\n\nDas war's, jetzt verbindet "
            'der Client sauber. Danke!'),
    (True, 'Os reenvío lo que pregunta mi gestora:\n\n> ¿El programa emite facturas con el IVA '
           'desglosado y numeración correlativa?'),
    # rules-2026.12-66: "merci de nous transmettre" asks for a document, not to pass on thanks
    (True, 'Merci de nous transmettre votre attestation URSSAF à jour.'),
    (False, 'Tomás from your phone support set up our menu in twenty minutes. Please pass on my thanks.'),
    # rules-2026.12-53: praise with a wish asks for something; praise alone does not
    (True, "Honestly the best planner app I've used. One wish: let me drag tasks between weeks."),
    (True, 'Super App, wirklich toll! Ein Wunsch: eine Exportfunktion für PDF wäre klasse.'),
    (True, '¡Me encanta la aplicación! Estaría genial poder cambiar el color de las etiquetas.'),
    (False, 'Love the new dashboard, thanks to the whole team!'),
    # rules-2026.12-38: something wrong for a while is something to look at
    (True, "The tracker on van 9 hasn't reported since Tuesday."),
    (True, 'Das Licht im Treppenhaus flackert seit drei Tagen.'),
    # rules-2026.12-30: praised and thanked, the problem told as history asks for nothing
    (False, 'Brilliant support as always - the broken export from Monday works again. Thanks a lot, Priya!'),
    (False, 'El error de la impresora ya no aparece. ¡Sois geniales, mil gracias!'),
    (False, "Cheers for getting the crashed server back up on Sunday night, the shop didn't lose a single order."),
    # rules-2026.12-32: thanks said with a verb; "podéis cerrar"; "you can ignore the reminder"
    (False, 'Ich möchte mich herzlich bei Herrn Yilmaz bedanken, er hat unsere Daten gerettet.'),
    (False, 'Je tiens à remercier Julie pour sa patience au téléphone hier.'),
    (False, 'The March invoice was paid by transfer today, you can ignore the reminder.'),
    (False, 'Sinceramente, la nueva pantalla de inicio me gusta menos. Solo quería comentarlo.'),
    (False, "Honestly I've given up on the mobile dashboard, we use the desktop now. Letting you know in case anyone is tracking it."),
    (False, "Dommage que le chat ferme à 18 h, c'est souvent le soir que nous avons des questions."),
    (False, 'Una pena que ya no haya atención por teléfono.'),
    (False, 'What a pity the old dashboard is gone, I liked it.'),
    (False, 'Just wanted to say thanks, the issue is fixed on our side.'),
    (False, 'FYI our office is closed next week, nothing to do for you.'),
    (False, 'No need to reply, just keeping you in the loop.'),
    (False, 'Solved, you can close the ticket.'),
    (False, 'Danke, hat sich erledigt.'),
    (False, 'Gracias, ya está resuelto. Pueden cerrar el ticket.'),
    (False, "Merci, c'est réglé. Vous pouvez fermer le ticket."),
    (True, "Can you send me last month's invoice?"),
    (True, 'The export is broken.'),
    # rules-2026.12-6: thank-you notes, closed loops, complaints without a fault word
    (True, "The CSV export drops the last column again. Honestly, I've stopped expecting it to work."),
    (True, 'Oh good, another update that moved the button. Just what I needed on a Monday.'),
    (True, 'The calendar sync has been a little unreliable this week. Not the end of the world, but not great either.'),
    (True, "I'm writing for the fourth time about the wrong address on our invoices."),
    (True, 'We were a bit disappointed that the corrected invoice still shows the old VAT number.'),
    (False, 'Danke für die schnelle Hilfe gestern, alles läuft wieder.'),
    (False, "FYI we'll be closed over Christmas, so no orders will come in from us until January."),
    (False, 'Works now, thanks! You can close this one.'),
    (False, 'Kein Handlungsbedarf, wollte nur sagen, dass die neue Suche super ist.'),
    (True, 'Can I export reports as PDF? By the way, your team has been fantastic since we started.'),
    (True, '¿Se pueden añadir campos personalizados a las fichas? Por cierto, el equipo de soporte es excelente.'),
    (False, 'No need to reply, just letting you know the issue with the labels resolved itself.'),
    (False, 'Merci beaucoup pour votre aide, tout fonctionne parfaitement maintenant.'),
    (False, 'Solo quería daros las gracias, el nuevo panel nos ahorra mucho tiempo.'),
    (True, "Well, that's the third outage this month. I suppose we just get used to it."),
    (True, "Encore une fois, les rappels partent en double. On commence à avoir l'habitude."),
    (True, 'Schon wieder eine falsche Rechnung. Langsam verliere ich die Geduld.'),
    (True, 'Nos han subido la tarifa sin avisar. Una pena, la verdad, llevábamos años contentos.'),
    (False, 'Just to close the loop: the refund arrived this morning. All good.'),
    (False, 'Perfect, that fixed it. Thanks Ana!'),
    (True, 'thanks for nothing. still broken.'),
    (True, 'Je suis assez déçu du suivi : trois semaines sans nouvelles de votre part.'),
    (True, 'It would be nice if someone actually read my tickets before closing them.'),
    (True, 'My parcel arrived with the box crushed and two mugs broken. Can you send replacements?'),
    (True, 'You sent me a size 42 instead of 44. How do I exchange it?'),
    (True, 'El paquete llegó abierto y falta el cargador. ¿Me lo pueden enviar?'),
    (True, 'Die Lieferung kam ohne die bestellten Schrauben. Bitte nachliefern.'),
    (True, "Mon colis indique 'livré' mais je n'ai rien reçu. Pouvez-vous vérifier ?"),
    (True, "My transfer to my landlord from Friday still hasn't arrived, the app says completed."),
    (True, "The booking page shows Saturday slots but we're closed on Saturdays. Patients keep booking them."),
    (True, 'Do you have an API endpoint for bulk updating stock levels?'),
    (True, 'Kann man die Rechnungen auch auf Englisch ausstellen?'),
    (True, '¿Se puede exportar el historial de un cliente a PDF?'),
    (True, "Est-il possible d'ajouter un deuxième utilisateur sur l'offre Solo ?"),
    (False, 'Got it working with your guide, thanks a lot Marco!'),
    (False, "Tout est rentré dans l'ordre, merci pour votre réactivité."),
    (False, 'Ya funciona todo, muchas gracias por la ayuda.'),
    (False, 'Läuft wieder, danke für die schnelle Hilfe!'),
    (False, 'Just a thought: the new calendar colours are hard to tell apart. No reply needed.'),
    (False, 'Refund received, all good. Thanks.'),
    (True, "I'm locked out of my own account after the password reset, can you help?"),
    (True, "Another week, another sync failure. I've given up reporting them individually."),
    (True, 'Wow, 45 minutes on hold to be told to clear my cache. Great use of my afternoon.'),
    (True, 'This is the third time the invoice shows the wrong VAT rate. Please fix it properly this time.'),
    (True, 'Schade, dass die Exportfunktion im neuen Tarif fehlt. Das war für uns der Hauptgrund.'),
    # rules-2026.12-8: the guide: a feature request asks for something
    (True, 'Estaría bien poder asignar un color a cada técnico en el calendario.'),
    (True, 'Une idée : pouvoir joindre des photos aux bons de livraison.'),
    (True, 'Wäre toll, wenn man Vorlagen für Aufträge speichern könnte.'),
    (True, 'Would be nice to have a dark mode in the driver app.'),
]

#: rules-2026.12-6: problems told by their symptom (damaged, short, late, not arrived)
#: are medium; questions and thank-you notes are low
PARAPHRASED_URGENCY = [
    # rules-2026.12-42: something to correct, reissue or rectify names something wrong
    ('Bitte berichtigen Sie den Namen auf der Bescheinigung unserer Mitarbeiterin.', 'medium'),
    ('Could you amend the certificate so it shows the right course date?', 'medium'),
    ("Merci de rectifier le nom du salarié sur son attestation.", 'medium'),
    ('How do I correct a typo in a sent invoice?', 'low'),
    # rules-2026.12-38: something wrong for a while, told without a fault word, is a real
    # problem; how long the writer has been a customer is no duration
    ('Das Licht im Treppenhaus flackert seit drei Tagen.', 'medium'),
    ("The tracker on van 9 hasn't reported since Tuesday.", 'medium'),
    ('El lector de tarjetas de la recepción tarda un minuto en cada cobro desde el lunes.', 'medium'),
    ('Customer since 2019, just wanted to say the new calendar is lovely.', 'low'),
    ('Kunde seit 15 Jahren: gibt es einen Treuerabatt?', 'low'),
    ('My parcel arrived with the box crushed and two mugs broken. Can you send replacements?', 'medium'),
    ('You sent me a size 42 instead of 44. How do I exchange it?', 'medium'),
    ('El paquete llegó abierto y falta el cargador. ¿Me lo pueden enviar?', 'medium'),
    ('Die Lieferung kam ohne die bestellten Schrauben. Bitte nachliefern.', 'medium'),
    ("Mon colis indique 'livré' mais je n'ai rien reçu. Pouvez-vous vérifier ?", 'medium'),
    ("My transfer to my landlord from Friday still hasn't arrived, the app says completed.", 'medium'),
    ("The booking page shows Saturday slots but we're closed on Saturdays. Patients keep booking them.", 'medium'),
    ('Do you have an API endpoint for bulk updating stock levels?', 'low'),
    ('Kann man die Rechnungen auch auf Englisch ausstellen?', 'low'),
    ('¿Se puede exportar el historial de un cliente a PDF?', 'low'),
    ("Est-il possible d'ajouter un deuxième utilisateur sur l'offre Solo ?", 'low'),
    ('Got it working with your guide, thanks a lot Marco!', 'low'),
    ("Tout est rentré dans l'ordre, merci pour votre réactivité.", 'low'),
    ('Ya funciona todo, muchas gracias por la ayuda.', 'low'),
    ('Läuft wieder, danke für die schnelle Hilfe!', 'low'),
    ('Just a thought: the new calendar colours are hard to tell apart. No reply needed.', 'low'),
    ('Refund received, all good. Thanks.', 'low'),
    ("I'm locked out of my own account after the password reset, can you help?", 'medium'),
    ("Another week, another sync failure. I've given up reporting them individually.", 'medium'),
    ('Wow, 45 minutes on hold to be told to clear my cache. Great use of my afternoon.', 'medium'),
    ('This is the third time the invoice shows the wrong VAT rate. Please fix it properly this time.', 'medium'),
    ('Schade, dass die Exportfunktion im neuen Tarif fehlt. Das war für uns der Hauptgrund.', 'medium'),
    # rules-2026.12-8: one user or one template broken while the rest works is medium; so is
    # an invoice to correct or reissue
    ('Ein Kollege bekommt seit gestern keine Benachrichtigungen mehr, alle anderen schon.', 'medium'),
    ('One of our invoice templates fails to render, the other templates are fine.', 'medium'),
    ('Our June invoice is in USD but the contract says EUR. Could you correct it?', 'medium'),
    ("Nous avons reçu la facture deux fois. Pouvez-vous annuler l'autre et la rectifier ?", 'medium'),
    # rules-2026.12-10: a sharp dislike of a change is feedback, low
    ('Super, encore une mise à jour qui change tous les raccourcis. On s\'habitue à tout.', 'low'),
    # rules-2026.12-30: a deadline today is high with the fault told in plain words; a
    # "what if" question is low whatever it imagines; a thank-you that tells its problem is low
    ("Our spring sale goes live at 6pm tonight and the product pages still show last week's prices.",
     'high'),
    ('Die Meldung an die Krankenkasse muss heute bis 16 Uhr raus und die Datei enthält nur die Kopfzeile.',
     'high'),
    ('Hoy es el último día para presentar la declaración y el informe sale en blanco.', 'high'),
    ("La date limite est aujourd'hui à midi et le fichier exporté n'a que des zéros.", 'high'),
    ('Hypothetically, if the checkout broke during a sale, how fast would you respond?', 'low'),
    ('Rein hypothetisch: was passiert, wenn die Lastschrift mal fehlschlägt? Wird der Zugang gesperrt?',
     'low'),
    ('Pregunta hipotética: si un mes el banco devuelve el recibo por error, ¿se bloquea la cuenta?',
     'low'),
    ('Question théorique : si un prélèvement est rejeté, le compte est-il bloqué tout de suite ?', 'low'),
    ('Brilliant support as always - the broken export from Monday works again. Thanks a lot, Priya!',
     'low'),
    ('Der Fehler beim Import ist seit gestern weg. Tolle Arbeit, vielen Dank an Jonas!', 'low'),
    ("Cheers for getting the crashed server back up on Sunday night, the shop didn't lose a single order.",
     'low'),
    ('Mil gracias por arreglar el error de la factura tan rápido, nos salvó la semana.', 'low'),
    # one thing broken while the others work, told without a fault word, is medium
    ('Nur die Kasse 3 druckt seit Montag keine Belege, die anderen Kassen schon.', 'medium'),
    # rules-2026.12-35: "urgent" raises a fault told as a symptom or a change that broke it
    ('Dringend: seit dem letzten Update stehen alle Preise doppelt auf den Etiketten.', 'high'),
    # rules-2026.12-32: a time that matters today, with a fault, is high without the word
    # "deadline"; an appointment today is not a deadline
    ("The card reader stopped pairing after last night's update and the festival is today.", 'high'),
    ('Die SEPA-Datei wird nicht erzeugt und muss bis 12 Uhr bei der Bank sein.', 'high'),
    # rules-2026.12-32: "since the last update" tells a change that broke something
    ('Since the last update the shelf labels print across two pages and the barcode is cut in half.',
     'medium'),
    ('Depuis la dernière mise à jour, les rappels SMS partent à 3 h du matin.', 'medium'),
    # rules-2026.12-32: a remark that says it is only a remark is feedback, however it feels
    ('Sinceramente, la nueva pantalla de inicio me gusta menos. Solo quería comentarlo.', 'low'),
    ("Honestly I've given up on the mobile dashboard, we use the desktop now. Letting you know in case anyone is tracking it.", 'low'),
    # rules-2026.12-33: goods going out at nothing while the orders come in is money lost now
    ('Seit dem Update stehen die Abos zu 0 € im Shop und die Leute kaufen sie, 80 Bestellungen bisher.', 'high'),
    ('Los bonos regalo salen a 0 € en el carrito y la gente los está comprando, van 40 pedidos.', 'high'),
    ('Can we give 20 tickets for free to our volunteers? How do I set that up?', 'low'),
    ('We ran a promo last month: 300 orders at half price, it went really well, thanks!', 'low'),
    ('Could you call me today at 3pm? The invoice has an error on the second page.', 'medium'),
    ('Können Sie mich heute um 15 Uhr zurückrufen? Der Export hat einen Fehler.', 'medium'),
    ('Nos vemos hoy a las 16:00 en la demo; por cierto, el informe da un error.', 'medium'),
    ("Dommage que le chat ferme à 18 h, c'est souvent le soir que nous avons des questions.", 'low'),
    ('Una pena que ya no haya atención por teléfono.', 'low'),
    ('What a pity the old dashboard is gone, I liked it.', 'low'),
    # rules-2026.12-63: a how-to asked in a sigh is still a question; sarcasm, anger or a
    # request made again keep it a grievance
    ('Is there a student discount? The two-year plan is a bit much for me right now.', 'low'),
    ("How often should the panels be cleaned? There's a lot of bird mess on the bottom row, honestly.", 'low'),
    ('¿Cómo se pone que una clienta quiere la limpieza cada quince días? Es un lío, la verdad.', 'low'),
    ('Wie kann ich die Schriftgröße im Newsletter ändern? Leider können viele Mitglieder ihn kaum lesen.', 'low'),
    ('Great job, really: the reorder button is now three levels deep. Is there a way to move it back?', 'medium'),
    ('Third time asking: how do I get the invoice with our PO number on it?', 'medium'),
    # rules-2026.12-60: a reply that quotes our answer is as urgent as its own lines
    ('> Bitte leeren Sie einmal den Browser-Cache und versuchen Sie es erneut.\n\n'
     'Hat funktioniert, der Export läuft jetzt durch. Danke, können Sie schließen.', 'low'),
    ('> ¿Puede probar a reinstalar la aplicación? El error de sincronización suele '
     'desaparecer.\n\nListo, con eso se arregló. ¡Gracias!', 'low'),
    # rules-2026.12-58: a time still to come today or tomorrow, with a fault that blocks it, is
    # the guide's hard deadline; a time that is over, or a call set with us, is not
    ('Heute um 16 Uhr hole ich das Auto ab und die Überweisung wird mit einem Fehler abgelehnt.',
     'high'),
    ('Ce soir à 20 h on passe à la télé et la page de commande affiche une erreur.', 'high'),
    ('Hoy a las 17:00 entregamos el informe al cliente y la exportación a PDF falla con un error.',
     'high'),
    ('The auditor is here tomorrow at 9am and the report export keeps failing.', 'high'),
    ('We open the new store at 10:00 today and the card terminal keeps failing with error 12.',
     'high'),
    ('The driver came in at 9 today and the app showed him the wrong route.', 'medium'),
    ('Can you ring me tomorrow at 10? The export has an error.', 'medium'),
]


@pytest.mark.parametrize(("category", "message"), PARAPHRASED_CRITICAL)
def test_paraphrased_situations_are_critical(service, category, message):
    result = service.classify("", message)
    assert f"critical:{category}" in result.reasons, result.reasons


@pytest.mark.parametrize("message", PARAPHRASED_INNOCENT)
def test_paraphrased_innocent_tickets_are_not_high(service, message):
    assert service.classify("", message).urgency != "high"


@pytest.mark.parametrize(("sentiment", "message"), PARAPHRASED_FEELING)
def test_paraphrased_feelings(service, sentiment, message):
    assert service.classify("", message).sentiment == sentiment


@pytest.mark.parametrize(("action", "message"), PARAPHRASED_ACTION)
def test_paraphrased_non_action_markers(service, action, message):
    assert service.classify("", message).requires_action is action



@pytest.mark.parametrize(("message", "urgency"), PARAPHRASED_URGENCY)
def test_paraphrased_urgency(service, message, urgency):
    assert service.classify("", message).urgency == urgency


# --- negation, case, accents ---------------------------------------------------------


@pytest.mark.parametrize("message", [
    "Not urgent at all, but how do I rename a tag?",
    "Nicht dringend: wie ändere ich die Sprache?",
    "No es urgente, pero ¿cómo exporto los contactos?",
    "Ce n'est pas urgent : comment ajouter un administrateur ?",
])
def test_negated_urgency_is_not_high(service, message):
    result = service.classify("Question", message)
    assert result.urgency == "low", result.reasons
    assert any(r.startswith("negation:") for r in result.reasons), result.reasons


def test_not_down_is_not_an_outage(service):
    assert service.classify("Slow", "The site isn't down, but the dashboard takes 20 seconds."
                            ).urgency == "medium"
    assert service.classify("Down", "The site is down for everyone in our company."
                            ).alert_trigger == "outage"


def test_a_reversal_that_is_over_asked_as_bookkeeping_is_no_chargeback(service):
    """The guide: only a question about how to book a reversal that is over is not a
    chargeback (rules-2026.12-37). Booking an open dispute still is one."""
    over = ("Ein Kunde hatte die Kartenzahlung bei seiner Bank angefochten; das ist inzwischen "
            "abgeschlossen und zu unseren Gunsten entschieden. Auf welches Konto buche ich die "
            "Wiedergutschrift?")
    result = service.classify("Frage", over)
    assert result.urgency != "high", result.reasons
    assert "low:booked_after" in result.reasons
    still_open = ("Ein Kunde hat die Kartenzahlung bei seiner Bank angefochten, 800 € wurden von "
                  "der Auszahlung abgezogen. Auf welches Konto buche ich das?")
    assert service.classify("Frage", still_open).alert_trigger == "chargeback"


def test_an_old_subjects_question_does_not_keep_an_outage_up(service):
    """The "?" of "Re: Site down?" asks nothing of a message saying it is back; a question in
    the message itself still does (rules-2026.12-24)."""
    back = "It was down for about 20 minutes this morning, all good now. You can close it."
    assert service.classify("Re: Site down?", back).urgency != "high"
    asked = "It was down for 20 minutes, all good now. Will it happen again tonight?"
    assert service.classify("Re: Site down?", asked).alert_trigger == "outage"
    # nor does our own question quoted under the answer (rules-2026.12-36)
    quoted = "> Is the site down for everyone?\n\nIt was, for 20 minutes. All good now, close it."
    assert service.classify("Re: Site down?", quoted).urgency != "high"


@pytest.mark.parametrize(("subject", "message", "action"), [
    ("Re: export not working",
     "> We've deployed a fix, could you try again?\n\nYep, works now. You can close this one.",
     False),
    ("AW: Export",
     "> Können Sie bestätigen, dass der Export funktioniert?\n\nJa, klappt. Das Ticket kann "
     "geschlossen werden.", False),
    ("Re: export not working",
     "> We've deployed a fix, could you try again?\n\nWorks now, you can close this. "
     "Could you also send the invoice?", True),
    ("Wo ist meine Gutschrift?",
     "Ich schreibe jetzt zum dritten Mal. Jedes Mal heißt es 'wird erledigt'. Passiert ist nichts.",
     True),
])
def test_a_quoted_question_asks_nothing_of_a_closed_loop(service, subject, message, action):
    """Our own "could you try again?" quoted under "works now, close it" is no question to
    answer; a question in the writer's own lines or a fresh subject still is
    (rules-2026.12-30)."""
    assert service.classify(subject, message).requires_action is action


@pytest.mark.parametrize(("subject", "message", "high"), [
    ("Question about chargebacks", "If a buyer disputes a card payment with their bank, what "
     "happens on our side? We just want to understand it before we go live.", False),
    ("Duda sobre contracargos", "Si un cliente hace un contracargo con su tarjeta, ¿quién paga "
     "la comisión?", False),
    ("bon ben on se verra au tribunal", "Deux mois que vous bloquez mes virements. Mon avocat "
     "prépare le dossier, vous recevrez un courrier la semaine prochaine.", True),
])
def test_a_subject_names_the_topic_of_a_question(service, subject, message, high):
    """The subject "Question about chargebacks" over a body that sets the word aside ("if a
    buyer disputes ...") is a question; a subject that threatens over a body that asks
    nothing still stands (rules-2026.12-31)."""
    assert (service.classify(subject, message).urgency == "high") is high


@pytest.mark.parametrize("word", ["Rückbuchung", "RÜCKBUCHUNG", "ruckbuchung", "Rueckbuchung"])
def test_accents_and_case_are_folded(service, word):
    result = service.classify("Bank", f"Ich habe eine {word} bei meiner Bank veranlasst.")
    assert result.alert_trigger == "chargeback", result.reasons


@pytest.mark.parametrize(("text", "words"), [
    ("J'ai un problème, ça ne marche pas", ["j", "ai", "un", "probleme", "ca", "ne"]),
    ("I can't log in and it won't load", ["i", "can", "not", "log", "in", "and", "it", "will"]),
    ("That ain't right, we CAN'T pay", ["that", "is", "not", "right", "we", "can", "not"]),
])
def test_contractions_are_english_only(text, words):
    """ "can't" is "can not", but French "j'ai" and "ça" stay French (rules-2026.12-6)."""
    tokens, _ = tokenise(normalise(text))
    assert tokens[:len(words)] == words


@pytest.mark.parametrize(("subject", "message", "own"), [
    ("Re: export", "> Please clear the cache.\n\nThat worked, thanks.", "\nThat worked, thanks."),
    ("Re: export", "  > Please clear the cache.\n> Then retry.\nDone.", "Done."),
    ("Export", "The export fails with a 500.", None),  # nothing quoted
    ("Re: export", "> Please clear the cache.\n> Then retry.", None),  # nothing but quotes
    ("Fwd: complaint", "See below.\n> I'll sue if this isn't fixed.", None),  # a forward
    ("complaint", "Os reenvío lo que nos escribió una clienta:\n> No llegó nada.", None),
    ("Score", "We scored 3 > 2 on the test.", None),  # no line starts with ">"
    # rules-2026.12-67: a bank transfer is no forward ("je vous transfère" is)
    ("Re: refund", "> We sent the refund.\n\nThe bank transfer arrived, thanks.",
     "\nThe bank transfer arrived, thanks."),
    ("question", "Je vous transfère la question :\n> Le logiciel exporte-t-il le FEC ?", None),
])
def test_own_words_set_aside_the_quoted_lines_of_a_reply(subject, message, own):
    """rules-2026.12-60: a reply is judged for urgency and action by its own lines; a
    forward, or a message that is all quotes, stays whole."""
    assert own_words(subject, message) == own


def test_a_critical_situation_in_the_quoted_lines_still_counts(service):
    """The own lines of a reply decide urgency and action unless the whole exchange is
    critical: "> you may contact the Financial Ombudsman" / "Thank you, I will" is a threat."""
    result = service.classify(
        "Re: Re: Product fee not disclosed",
        "> If you remain unhappy you may contact the Financial Ombudsman Service.\n\n"
        "Thank you, I will. The referral goes in on Monday with this whole thread.")
    assert result.urgency == "high" and "critical:legal_threat" in result.reasons
    assert result.requires_action is True and result.alert_trigger is not None
    assert "quoted:own_words" not in result.reasons


@pytest.mark.parametrize(("text", "clauses"), [
    ("Loop in our lawyer and have\n> him send them something on letterhead.", 1),  # a wrap
    ("Loop in our lawyer and have\n\n> him send them something.", 2),  # a blank line ends it
    ("Loop in our lawyer.\n> Then send them something.", 2),  # a full stop ends it
    ("the export fails\nPlease fix it.", 2),  # a capital starts a new sentence
    ("les écritures ont\ndisparu de nos dossiers.", 1),
])
def test_hard_wrapped_lines_are_joined(text, clauses):
    """A mail client's hard wrap is no clause end (rules-2026.12-34); a blank line, a full
    stop or a capital still is."""
    tokens, _ = tokenise(normalise(unwrap(text)))
    assert tokens.count("|") == clauses, tokens


@pytest.mark.parametrize(("text", "clauses"), [
    ("Lastschriften vom 01.10. und 01.11. zurückzuholen.", 1),  # a date's day and month
    ("Alle Anträge, die seit dem 2. Mai gestellt wurden, sind weg.", 1),  # "2. Mai" (-28)
    ("Wir haben 12. Die anderen sind ok.", 2),
    ("Siehe Art. 15 DSGVO. Danke.", 2),
    ("We have 12 users. The others are fine.", 2),
])
def test_full_stops_that_end_no_clause(text, clauses):
    tokens, _ = tokenise(normalise(text))
    assert tokens.count("|") == clauses, tokens


def test_all_caps_is_read_and_counts_as_shouting(service):
    result = service.classify("MY LAWYER WILL HEAR ABOUT THIS",
                              "YOU DELETED MY SHOP. MY LAWYER WILL CONTACT YOU.")
    assert result.alert_trigger == "legal_threat" and result.sentiment == "negative"
    thanks = service.classify("THANK YOU", "THANK YOU SO MUCH!!! YOU SAVED MY WEEK")
    assert (thanks.urgency, thanks.sentiment) == ("low", "positive")
    assert shouting("PROD IS DOWN") and not shouting("Prod is down, API ok")


# --- how the writer feels ------------------------------------------------------------


@pytest.mark.parametrize(("message", "sentiment"), [
    ("Honestly, I'm done. The export still puts dates in US format.", "negative"),  # resignation
    ("Great job, really. You moved the export button again.", "negative"),  # sarcasm
    ("The new editor eats line breaks. Not ideal.", "negative"),  # understatement
    ("This is the third time I'm writing about the refund.", "negative"),  # repeated contact
    ("I'm a bit disappointed the renewal went through without a reminder.", "negative"),
    ("Ich bin enttäuscht, der Export ist wieder kaputt.", "negative"),
    ("Es la tercera vez que escribo por la factura.", "negative"),
    ("C'est la troisième fois que je vous écris pour cette facture.", "negative"),
    ("Can we add a second admin? Also, your product runs our whole agency now. Thank you!",
     "positive"),  # praise after a question
    ("The export fails with error 500.", "neutral"),
    ("Where do I find my API key? Thanks in advance.", "neutral"),
])
def test_sentiment(service, message, sentiment):
    assert service.classify("", message).sentiment == sentiment


@pytest.mark.parametrize(("message", "action"), [
    ("Thanks for the quick help yesterday!", False),
    ("FYI: we are onboarding 20 agents next week, no action needed.", False),
    ("Never mind, I found the setting. Sorry for the noise!", False),
    ("Got the corrected invoice, all sorted now. You can close this one.", False),
    ("Just venting, no need to answer: too many onboarding emails.", False),
    ("Ok then. I'll keep doing it manually. No need to reply.", False),
    ("Nur zur Info: unsere Rechnungsadresse bleibt gleich, kein Handlungsbedarf.", False),
    ("La importación ya ha funcionado, gracias. Pueden cerrar el ticket.", False),
    ("I am out of the office until Monday.", False),
    ("How do I add a teammate?", True),
    ("Please cancel our subscription.", True),
    ("Any plans to support Welsh in the parent portal?", True),
])
def test_requires_action(service, message, action):
    assert service.classify("", message).requires_action is action


# --- linear time, bounded input ------------------------------------------------------


def _adversarial(n: int) -> dict[str, str]:
    return {
        "capitals after a sentence": "Our app is down. " + "A" * n,
        "shouted words": "OUR APP IS DOWN " * (n // 16),
        "punctuation": "!?.,;:-" * (n // 7),
        "full stops and spaces": ". " * (n // 2),
        "negations": "not no never nicht pas " * (n // 23),
        "accents": "éàüßñç" * (n // 6),
        "newlines": "\n" * n,
        "whitespace": " \t" * (n // 2),
        "repeated words": "urgent lawyer data exposed everyone since great, " * (n // 49),
        "digits": "1234567890" * (n // 10),
        "numbers and people": "12 users " * (n // 9),
        "thanks lines": "thanks\n" * (n // 7),
        # a reply quoting our answer is read twice (rules-2026.12-60)
        "quoted lines": "> OUR APP IS DOWN\n" * (n // 17) + "Re: ok",
    }


@pytest.mark.parametrize("n", [1_000, 10_000, 100_000])
def test_adversarial_inputs_stay_fast(service, n):
    """A guard far above the expected cost (a few ms), not a benchmark: bench/classify.py."""
    for name, message in _adversarial(n).items():
        started = time.perf_counter()
        service.classify(message[:500], message)
        elapsed = time.perf_counter() - started
        assert elapsed < 1.0, f"{name} ({n} chars) took {elapsed:.2f} s"


def test_long_messages_are_read_up_to_a_bound(service):
    long = "The export fails. " + "x " * MAX_MESSAGE_CHARS + " my lawyer will contact you"
    result = service.classify("Export", long)
    assert f"truncated:{MAX_MESSAGE_CHARS}" in result.reasons
    assert result.alert_trigger is None  # the threat is past the bound
    assert not any(r.startswith("truncated") for r in service.classify("a", "b").reasons)


def test_patterns_have_no_nested_unbounded_quantifiers():
    """The shape that made the old shouting pattern quadratic: (...+)+ or (...*)* ."""
    nested = re.compile(r"\((?:[^()]|\([^()]*\))*[+*]\)[+*{]")
    for path in sorted(PACKAGE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "compile"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                pattern = node.args[0].value
                assert not nested.search(pattern), f"{path.name}: {pattern!r}"


# --- the result and the package ------------------------------------------------------


def test_reasons_and_keywords_explain_the_result(service):
    result = service.classify("Final warning", "My lawyer will contact you.")
    assert result.alert_trigger == "legal_threat"
    assert {"critical:legal_threat", "high:legal_threat"} <= set(result.reasons)
    assert "lawyer will contact" in result.keywords
    assert all(isinstance(k, str) and k == k.lower() and "!" not in k for k in result.keywords)
    situation = service.classify("Payslips", "Drivers opened their payslip and got somebody "
                                 "else's, with bank account and salary.")
    assert {"critical:privacy", "signal:exposed", "signal:sensitive"} <= set(situation.reasons)


def test_result_is_frozen_and_typed(service):
    result = service.classify("Subject", "The export fails.")
    assert isinstance(result, Classification)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.urgency = "low"  # type: ignore[misc]
    assert isinstance(result.reasons, list) and isinstance(result.keywords, list)
    assert isinstance(result.requires_action, bool)


def test_version_names_the_rule_set():
    assert re.fullmatch(r"rules-\d{4}\.\d{2}-\d+", ClassifyService.version)
    assert ClassifyService.version != "rules-2026.11-2"  # bumped: stored tickets reclassify
    assert ClassifyService().version == ClassifyService.version


def test_deterministic_and_stateless(dev_sets):
    rows = dev_sets["labelled_tickets.jsonl"][0][:80]
    first, second = ClassifyService(), ClassifyService()
    a = [first.classify(t["subject"], t["message"]) for t in rows]
    b = [second.classify(t["subject"], t["message"]) for t in reversed(rows)][::-1]
    c = [first.classify(t["subject"], t["message"]) for t in rows]
    assert a == b == c


def test_empty_and_missing_text(service):
    for subject, message in (("", ""), (None, None), ("   ", "\n\n")):
        result = service.classify(subject, message)
        assert (result.urgency, result.sentiment, result.requires_action) == ("low", "neutral", False)
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
    from actors.classify import signals
    from actors.classify import vocabulary as rules

    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
    for category in set(rules.RULES) | set(signals.SITUATIONS):
        assert source.count(f'"{category}"') >= 2, f"{category} is matched but never read"
    assert set(rules.VETO_CATEGORIES) <= set(rules.RULES) | set(signals.SITUATIONS)


def test_classifier_modules_stay_pure():
    """Standard library only, no I/O or clock: the classifier runs inline in any actor."""
    forbidden = {"asyncio", "anyio", "trio", "os", "io", "socket", "time", "random", "pathlib"}
    modules = sorted(PACKAGE.glob("*.py"))
    assert {p.name for p in modules} >= {"__init__.py", "service.py", "decide.py", "matcher.py"}
    for path in modules:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {alias.name.split(".")[0] for node in ast.walk(tree)
                 if isinstance(node, ast.Import) for alias in node.names}
        names |= {(node.module or "").split(".")[0] for node in ast.walk(tree)
                  if isinstance(node, ast.ImportFrom) and node.level == 0}
        outside = {n for n in names if n not in sys.stdlib_module_names and n != "actors"}
        assert not outside, f"{path.name} imports {outside}"
        assert not names & forbidden, f"{path.name} imports {names & forbidden}"
