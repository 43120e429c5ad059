"""Situation signals: what a ticket describes, not which words it happens to use.

The phrase tables in :mod:`actors.classify.vocabulary` recognise named things ("GDPR",
"chargeback", "my lawyer"). These tables recognise the parts of a situation, so that
the decision in :mod:`actors.classify.decide` can compose them:

- what is affected: sensitive data (``sig_sensitive``), production flows (``sig_core``);
- what happened to it: exposed to the wrong party (``sig_exposed``), an intruder
  (``sig_intruder``), someone who left and still gets in (``sig_former`` +
  ``sig_still_access``), a failure (``outage_failure``);
- how widely: ``outage_scope`` (every, all, nobody, the whole team) and ``sig_count``
  (a number of people or places: "38 technicians", "5 locations");
- for how long: ``sig_duration`` (since 3am, for two hours, all morning);
- what it costs: ``sig_halt`` (work stopped, orders piling up, sales lost);
- what the writer feels: ``sig_resigned``, ``sarcasm``, ``sig_understate``, ``repeat``,
  ``sig_disappointed``;
- whether anything is asked: ``sig_closing`` (no need to reply, you can close this).

Same pattern language as the vocabulary; categories here that share a name with a
vocabulary category extend it (:func:`merged`).
"""

from __future__ import annotations

_PEOPLE = ("users/agents/employees/staff/technicians/techs/drivers/customers/clients/patients/"
           "families/parents/students/members/colleagues/people/guests/stores/shops/locations/"
           "sites/clinics/branches/offices/depots/warehouses/restaurants/schools/machines/"
           "devices/phones/tablets/terminals/accounts/teams/regions/countries/workers/nurses/"
           "doctors/teachers/pharmacies/hotels/franchisees/outlets/venues/sellers/merchants/"
           "tenants/workspaces/nutzer/benutzer/mitarbeiter/mitarbeitenden/kunden/filialen/"
           "standorte/kollegen/praxen/geschafte/usuarios/empleados/clientes/tiendas/sucursales/"
           "tecnicos/agentes/oficinas/locales/utilisateurs/salaries/magasins/agences/boutiques/"
           "techniciens/employes/collaborateurs/succursales/restaurants/monteure/monteuren/techniker/"
           "fahrer/praxen/practices/practitioners/appointments/termine/citas/rendez_vous/"
           "sedes/centros/centres/sites_web/websites/shops/clients_finaux/end_users/moviles/"
           "telefonos/tabletas/handys/telefone/portables/ordinateurs/computers/pcs/laptops/"
           "kassen/cajas/caisses/tills/registers/scanners/handhelds/printers/drucker/"
           "impresoras/imprimantes/repartidores/livreurs/zusteller/couriers/riders/conductores/"
           "chauffeurs/cashiers/kassierer/cajeros/caissiers/lager/almacenes/entrepots/terminaux/"
           "terminales/therapists/therapeuten/terapeutas/therapeutes/fleet/flotte/flota/"
           "trucks/vans/camiones/camions/lkw/kolleg*/mitarbeit*/angestellt*/"
           "aussendienst*/leute/personas/personnes/gyms/studios/salons/clubs/campuses/"
           "vendeurs/vendedores/verkaufer/vendors/suppliers/proveedores/fournisseurs/"
           "lieferanten/affiliates/freelancers/contractors/tournees/rutas/touren/routes/"
           "rounds/"
           "telephones/smartphones/appareils/postes/standorten/mitarbeitern/nutzern/"
           "benutzern/geschaften/lagern/schulen/escuelas/ecoles/alumnos/eleves/schuler/"
           "pupils/kids/children/ninos/enfants/kinder")
_NUMBER_WORDS = ("three/four/five/six/seven/eight/nine/ten/eleven/twelve/fifteen/twenty/thirty/"
                 "forty/fifty/hundred/hundreds/dozens/thousands/drei/vier/funf/sechs/zehn/"
                 "zwanzig/hunderte/dutzende/tres/cuatro/cinco/seis/diez/veinte/cientos/docenas/"
                 "trois/quatre/cinq/dix/vingt/cent/centaines/dizaines")
_TIME = ("montag/dienstag/mittwoch/donnerstag/freitag/samstag/sonntag/lunes/martes/miercoles/"
         "jueves/viernes/sabado/domingo/lundi/mardi/mercredi/jeudi/vendredi/samedi/dimanche/"
         "morning/afternoon/evening/night/yesterday/today/weekend/monday/tuesday/wednesday/"
         "thursday/friday/saturday/sunday/lunch/lunchtime/noon/midnight/update/maintenance/"
         "deploy/deployment/release/upgrade/migration/am/pm/utc/cet/cest/est/pst/gmt/hours/"
         "hour/days/minutes/heute/gestern/morgen/fruh/wochenende/wartung/manana/ayer/hoy/"
         "mediodia/actualizacion/mantenimiento/matin/hier/soir/nuit/midi/maintenance/"
         "mise_a_jour/heures/jours/stunden/tagen/horas/dias")
_MONTHS = ("january/february/march/april/may/june/july/august/september/october/november/"
           "december/januar/februar/marz/mai/juni/juli/oktober/dezember/enero/febrero/marzo/"
           "abril/mayo/junio/julio/agosto/septiembre/octubre/noviembre/diciembre/janvier/fevrier/"
           "mars/avril/juin/juillet/aout/septembre/octobre/novembre/decembre/spring/summer/"
           "autumn/winter/last_week/last_month/last_year")
_SENSITIVE = ("personal/names/name/address/addresses/phone/phone_number*/email_address*/emails/"
              "grades/medical/diagnos*/health/test_results/results/payslip*/salary/salaries/"
              "bank_account*/bank_details/iban/card_number*/card_details/card_data/passport*/"
              "visa_scans/id_cards/photos/pictures/images/order_history/customer_list/"
              "client_list/customer_records/client_records/customer_data/records/contacts/"
              "reservations/bookings/allergies/invoices/tickets/attachments/conversations/"
              "messages/documents/files/data/information/info/details/password*/credential*/"
              "api_key*/api_token*/api_secret/token*/secret*/2fa/login_details/pii/database/"
              "transactions/donnees/datos/daten/adresse*/telefonnummer*/direcciones/telefonos/"
              "nombres/noms/factures/facturas/rechnungen/gehalt*/nomina*/fiche*_de_paie/"
              "cle_api/clave_api/api_schlussel/listado_de_pacientes/alergias/"
              "fichier*/kundennamen/customer_names/client_names/nombres_de_clientes/"
              "noms_des_clients/kundenliste/kundendaten/lista_de_clientes/liste_de_clients/fotos/passwort*/"
              "contrasena*/mot*_de_passe/unterlagen/dossiers/expedientes/notas/notes/"
              "contract/contracts/vertrag/vertrage/contrato/contratos/contrat/contrats/fiche*/"
              "coordonnees/kontaktdaten/datos_de_contacto/"
              "invoice/pdf/pdfs/document/file/record/report/reports/rechnung/factura/facture/"
              "confirmation*/receipt/receipts/belege/recibos/recus/conversation/nominas/"
              "hr_files/personnel_files/personalakten/kontoauszug*/bank_statements/statements/"
              "extractos/releves/"
              "historial/historique/verlauf/route_list/pedidos/bestellungen/commandes/orders/"
              "direccion/telefono/telefonos/telephone*/compte_rendu/comptes_rendus/"
              "examen/examens/noten/fiches_sante/informes_medicos/gesundheitsdaten/befund*/laborbefund*/labor*/resultados/"
              "resultats/analyses/krankenakte*/historia_clinica/dossier_medical/"
              "bestellhistorie/historial_de_pedidos/historique_de_commandes/stammkunden/"
              "adressen/kontodaten/bankverbindung/datos_bancarios/coordonnees_bancaires/"
              "recipients/empfanger/destinatarios/destinataires/email_addresses/supplier_list/"
              "lieferantenliste/lista_de_proveedores/liste_de_fournisseurs/"
              "mailing_list/member_list/mitgliederliste/"
              "dates_of_birth/birth_dates/geburtsdaten/fechas_de_nacimiento/"
              "dates_de_naissance/salary_page")

SITUATIONS: dict[str, tuple[str, ...]] = {
    # ------------------------------------------------------------ what is affected
    "sig_sensitive": (_SENSITIVE,
                      "list/lists/liste/listado/lista ~3 customers/clients/kunden/clientes/"
                      "patients/pacientes/members/contacts/kontakte/contactos/users/"
                      "suppliers/donors/students/employees"),
    "sig_core": (
        "checkout/payment/payments/login/logins/sign_in/signin/orders/order/webhook*/sync*/"
        "synchroni*/api/booking*/reservation*/transfer*/payout*/labels/label/scanner*/"
        "dispatch/prescription*/calls/phones/telephony/emails/inbox/kasse/bestellung*/"
        "zahlung*/anmeldung/buchung*/pedidos/pagos/reservas/cobros/commandes/paiements/"
        "connexion/caisse/pos/till/tills/kitchen/invoicing/billing_run/payroll",
    ),
    # a core flow that is one person's door: locked out alone is not an outage
    "sig_login": ("login/logins/sign_in/signin/anmeldung/anmelden/connexion/log_in",),
    # ------------------------------------------------------------ what happened to it
    "sig_exposed": (
        "anderen/andere/anderer/fremde/fremden/fremder/otro/otra/otros/otras/autre/autres/"
        "ajena/ajenas/ajeno/ajenos ~2 person/personen/kunde*/firma/firmen/patient*/mandant*/"
        "kolleg*/mitarbeit*/"
        "nutzer*/praxis/unternehmen*/persona*/cliente*/empresa*/usuario*/personne*/"
        "client/clients/entreprise*/utilisateur*/societe*/familie*/famil*/gaste/gasten/guests/huespedes/"
        "invites/restaurant*/praxen/clinica*/cabinet*/kinder/kindern/ninos/ninas/enfants/"
        "eleves/schuler/alumnos/children/students/eltern/padres/parents/tienda*/shop*/store*/"
        "magasin*/laden/geschaft*/boutique*/negocio*/comercio*/cuenta*/compte*/konto*/"
        "account*/sucursal*/filiale*/agence*",
        "nothing_to_do_with/nichts_zu_tun/nada_que_ver/rien_a_voir/never_heard_of",
        "quelqu_un_d_autre/alguien_mas/jemand_anderes/jemand_anders/otra_persona/"
        "une_autre_personne/einer_anderen_person/d_autres_patients/otros_pacientes/"
        "anderer_patienten/datos_ajenos/fremde_daten/donnees_d_autres",
        "someone/somebody/anyone/anybody/another/other/others/other_people/a_stranger/"
        "strangers/a_different/different ~2 else/else_s/s/customer*/client*/user*/people/"
        "patient*/parent*/child*/children/famil*/compan*/company_s/restaurant*/practice*/"
        "business*/account*/nurser*/tenant*/organi*/shop*/store*/school*/clinic*/student*/"
        "member*/employee*/driver*/guest*",
        "wrong/falschen/falsche/equivocad*/mauvais/mauvaise ~2 patient*/customer*/client*/"
        "recipient*/person/people/user*/address*/account*/email*/kunde*/empfanger*/"
        "destinatari*/destinataire*/company/firm",
        "not_ours/are_not_ours/is_not_ours/not_our_data/not_mine/are_not_them/not_them/"
        "nicht_unsere/no_son_nuestros/ne_sont_pas_les_notres",
        "public/publicly/publique*/publico*/publica*/offentlich* ~3 link*/url*/page*/forum*/"
        "repo/repos/repositor*/github/gitlab/bucket*/"
        "accessible/visible/available/indexed/searchable/listed",
        "indexed/indexiert/indexados/indexes/google/bing/search_engine*/suchmaschine*/"
        "buscador*/moteur*_de_recherche",
        "anyone/anybody/jeder/cualquiera/n_importe_qui ~3 with/mit/con/avec ~2 link/url/"
        "address/enlace/lien",
        "without ~1 logging_in/login/signing_in/authentication/a_password",
        "plain_text/plaintext/klartext/texto_plano/en_clair",
        "competitor*/konkurrent*/wettbewerber*/mitbewerber*/competidor*/competencia/"
        "concurrent*/konkurrenz/rival/rivals/rival_s/rivale*",
        "leak*/leaked/exposed/exposing/publicly_visible/dark_web/paste_site/pastebin/"
        "scammer*/fraudster*/betruger*/estafador*/escroc*/arnaqueur*/spammer*/phisher*/"
        "company_called/firma_namens/empresa_llamada/societe_appelee/company_named/"
        "business_called/"
        "stranger/strangers/a_stranger/un_inconnu/una_persona_desconocida/ein_fremder/"
        "eine_fremde/jemand_fremdes",
        "all_recipients/every_recipient/recipients/empfanger/destinatarios/destinataires ~3 "
        "visible_in/in_the_cc/cc_line/"
        "visible/exposed/shown/in_cc/in_the_to/in_to/sichtbar/visibles/en_copie",
        "circul*/kursier*/publie*/publicad*/veroffentlicht/posted/published/shared/"
        "appeared/showed_up/turned_up/found ~3 en_ligne/reseaux/redes/sociales/online/"
        "forum*/internet/social_media/twitter/facebook/linkedin/reddit/telegram/publicly/"
        "web/website/competitor*",
        "anyone/anybody/jeder/cualquiera/n_importe_qui/everyone ~3 who/that/can/could ~3 "
        "guess*/see/view/open/download/access/read/reach*",
        "link/links/url/urls/enlace/enlaces/lien/liens/folder ~3 public/publicly/offentlich*/"
        "publico/publica/publique/open_to_anyone/open_to_everyone",
        "previous/prior/vorherige*/anterior*/precedent* ~1 visitor*/customer*/user*/caller*/"
        "person*/patient*/client*/besucher*/kunde*/cliente*/visiteur*",
        "on_the_internet/im_internet/en_internet/sur_internet/publicly_available/"
        "accessible_publiquement/publicamente_accesible/offentlich_zuganglich/ficha_publica/"
        "fiche_publique/public_profile/public_page",
        "reachable/accessible/visible/visibles/open/abrufbar/sichtbar/accesibles/downloadable/"
        "viewable/readable/descargables/telechargeables/herunterladbar ~3 without/"
        "sans/sin/ohne/publicly/by_anyone/to_anyone/to_everyone/para_cualquiera/"
        "fur_jeden/a_tous/for_anyone",
        "sans_connexion/sin_iniciar_sesion/ohne_anmeldung/without_login/without_logging/"
        "lien_public/enlace_publico/offentlichen_link/public_link/public_url",
        "meant/intended/addressed/destined ~1 for ~2 another/other/someone/a_different/"
        "somebody/him/her/them",
        # someone inside the customer who should not see it: "she is not an admin"
        "is_not_an_admin/isn_t_an_admin/not_an_admin/s_not_an_admin/ist_kein_admin/"
        "no_es_administrador/no_es_admin/n_est_pas_admin/supposed_to_be_owner_only/"
        "nobody_changed_her_role/nobody_changed_his_role/nobody_changed_their_role",
        "got/received/sees/see/saw/seeing/shows/showed/showing/opened/lists/contains/"
        "erhalten/recibio/recibieron/recu/voit/vemos/sehen ~3 somebody_else_s/someone_else_s/"
        "other_people_s/each_other_s/another_company_s",
        "cc_d/cced/copied/forwarded/sent ~3 unknown/stranger/don_t_know/do_not_know/"
        "not_know/unfamiliar/external",
    ),
    # "which only exists in your system": whoever else knows it got it from here
    "sig_only_here": (
        "only ~4 exists/exist/visible/stored/lives/live/kept/in_your_system/in_our_account/"
        "on_your_platform/you_have/we_have",
        "the_only_place/only_place/nur_bei_ihnen/liegen_nur/nur_in_ihrem/solo_ustedes/"
        "solo_en_su/solo_existe*/que_chez_vous/uniquement_chez_vous/n_existe_que",
        "nowhere_else/nirgendwo_sonst/nirgends_sonst/en_ningun_otro_sitio/"
        "en_ningun_otro_lugar/nulle_part_ailleurs/exactly_one_place/"
        "only_one_place/un_solo_sitio/solo_estan_en/nur_bei_euch",
    ),
    "sig_intruder": (
        "someone/somebody/alguien/jemand/quelqu_un/a_stranger/a_third_party ~2 got_into/"
        "is_using/using/logged_into/logged_in_to/is_in/broke_into/has_access_to/accessed/"
        "entro_en/esta_usando/usa/benutzt/nutzt/utilise/est_entre_dans/s_est_connecte_a ~2 "
        "my/our/mi/mon/notre/mein/meinem/unser/unserem/nuestra ~1 account/cuenta/compte/konto/"
        "mailbox/inbox/workspace",
        "new/unexpected/unknown ~1 sign_in/signin/login/log_in/device ~4 email/emails/"
        "notification*/alert*/mail/mails ~3 overnight/at_night/last_night/while_i/while_we",
        "reset*/code/codes/otp/verification/2fa ~4 never_asked_for/did_not_ask_for/"
        "never_requested/did_not_request/not_requested/nie_angefordert/no_he_pedido/"
        "pas_demande*",
        "active_session*/sesion_activa/sesiones_activas/session_active/sessions_actives/"
        "aktive_sitzung* ~3 on/en/sur/in/auf ~2 my/our/mi/mon/notre/meinem/unserem ~1 account/"
        "cuenta/compte/konto ~3 from/desde/depuis/von/aus",
        "account/accounts/konto/cuenta/compte/iban ~2 i/we/nobody ~1 do_not_know/don_t_know/"
        "do_not_recogni*/don_t_recogni*/kenne*_nicht/no_conozco/ne_connais_pas",
        "i/we ~1 did_not/never/didn_t ~1 create/created/make/made/send/sent/authori* $",
        "took_over/taken_over/taking_over/taken_control ~2 my/our/the/his/her ~1 account*/"
        "admin*/login*/email*/profile*/mailbox*/workspace*",
        "konto/account/cuenta/compte/zugang ~3 ubernommen/gekapert/secuestrad*/usurpe*/"
        "pirate*/taken_over/hijacked/compromised/gehackt/hackead*",
        "hijack*/hacked/hacker*/account_takeover/gehackt/"
        "hackeado/hackeada/pirate/piratee/compromised/kompromittiert/comprometid*",
        "2fa/two_factor/mfa/zwei_faktor ~3 turned_off/switched_off/disabled/removed/"
        "deactivated/deaktiviert/desactivad*/desactive*",
        "device/devices/browser/gerat/dispositivo/appareil ~3 never_seen/we_ve_never_seen/"
        "we_have_never_seen/nobody_recognises/unknown/unbekannt*/desconocido/inconnu",
        "logging_in_as/logged_in_as/signed_in_as/logs_in_as/impersonat*/jemand_fremdes/"
        "ein_fremder/eine_fremde/alguien_desconocido/un_inconnu/quelqu_un_d_inconnu/"
        "someone_we_don_t_know/someone_we_do_not_know/unknown_person/unknown_people",
        "changed/reset/modified/geandert/cambiad*/modifie*/logins/login/logged_in/logged_into/"
        "logged_onto/signed_into/log_ins/sign_ins/access/"
        "accessed/anmeldungen/inicios/"
        "accesos/acceso/connexions/connexion/zugriffe/zugriff/anmeldung/sesiones ~4 "
        "from/desde/aus/von/depuis/de ~3 countr*/ip/ips/location*/vietnam/russia/china/"
        "brazil/romania/nigeria/abroad/unknown/unrecognised/unrecognized/strange/"
        "suspicious/rusia/russland/russie/chine/brasil/bresil/brasilien/rumanien/rumania/"
        "roumanie/ausland/extranjero/etranger/ukraine/india/indonesia/desconocid*/"
        "unbekannt*/inconnu*",
        "without_our_permission/without_permission/without_authorisation/"
        "without_authorization/ohne_unsere_erlaubnis/ohne_erlaubnis/sin_nuestro_permiso/"
        "sin_permiso/sin_autorizacion/sans_notre_autorisation/sans_autorisation",
        "someone/somebody/alguien/jemand/quelqu_un ~3 changed/cambiado/cambio/geandert/"
        "modifie/reset ~4 email/password/correo/contrasena/passwort/mot_de_passe/bank*/"
        "admin*/e_mail/phone/telefono/iban",
        "it_wasn_t_us/it_was_not_us/wasn_t_us/was_not_us/wasn_t_me/was_not_me/"
        "not_one_of_us/waren_nicht_wir/no_fuimos_nosotros/ce_n_etait_pas_nous/"
        "don_t_recogni*/do_not_recogni*/did_not_recogni*/not_recogni*/unrecogni*/"
        "never_requested/did_not_request/none_of_us/nobody_on_our/no_one_on_our/"
        "nobody_here/nobody_in_our_team/we_did_not_create/we_never_created/"
        "nadie_del_equipo/nadie_de_nosotros/niemand_aus_dem_team/niemand_bei_uns/"
        "personne_de_l_equipe/personne_chez_nous/"
        "not_created_by_us/we_did_not_send/we_never_sent/not_sent_by_us/nicht_von_uns/"
        "no_lo_enviamos/no_los_enviamos/pas_envoye_par_nous/"
        "suspicious_login*/suspicious_activity/unknown_admin/someone_else_is_logged_in/"
        "jemand_anderes_ist_eingeloggt/"
        "unknown_user/unknown_device/unauthori*_access/unbefugt*/no_autorizad*/"
        "non_autorise*/niemand_von_uns/nadie_de_nosotros/personne_chez_nous",
    ),
    "sig_former": (
        "former/ex/ehemalig*/antiguo/antigua/ancien/ancienne ~1 employee*/colleague*/staff/"
        "member*/contractor*/freelancer*/manager*/dispatcher*/admin*/user*/worker*/partner*/"
        "associe*/socio*/mitarbeiter*/kolleg*/disponent*/empleado*/trabajador*/employe*/salarie*/"
        "collaborat*/agent*/driver*/technician*",
        "mis_fin_au_contrat/ended_our_contract/ended_the_contract/terminated_the_contract/"
        "vertrag_beendet/rescindimos/finalizamos_el_contrato",
        "ancien/ancienne/former/ex/ehemalig*/antiguo/antigua ~1 prestataire*/proveedor*/"
        "dienstleister*/comercial/vendedor*/commercial/stagiaire/intern/praktikant*",
        "accounts/account/users/user/access/logins/zugange/cuentas/comptes ~2 were/was/have/"
        "has/wurden/wurde/fueron/ont_ete/ete [been] deleted/removed/deactivated/disabled/"
        "revoked/suspended/geloscht/deaktiviert/gesperrt/eliminad*/desactivad*/supprime*/"
        "desactive*",
        "employee*/colleague*/staff_member/mitarbeiter*/empleado*/employe*/manager*/"
        "contractor*/freelancer*/intern ~2 who/that/der/die/que/qui ~2 quit/left/resigned/"
        "was_fired/was_let_go/retired/gekundigt/ging/se_fue/renuncio/parti/partie",
        "ex_employee*/exemployee*/exempleado*/exmitarbeiter*/excolaborador*/extrabajador*/"
        "ex_collaborat*/ex_salarie*/ex_employe*",
        "despedimos/despedi/despidio/despedido/despedida/licencie/licencie*/renvoye*",
        "left/leaving/quit ~2 the_company/the_team/the_firm/us/our_company/the_business",
        "we/wir/nous/nosotros [have/ve/had/just/already/haben/hatten/avons/hemos] "
        "removed/fired/let_go/dismissed/offboarded/terminated/"
        "deactivated/entlassen/despedimos/licencie*/gekundigt/entfernt",
        "let_go/fired/dismissed/terminated/offboarded/laid_off/entlassen*/gekundigt*/"
        "getrennt/despedid*/licencie*/renvoye*",
        "removed/deactivated/disabled/revoked/blocked/deleted/locked/gesperrt/deaktiviert/"
        "entfernt/desactivad*/eliminad*/bloquead*/desactive*/supprime*/bloque* ~3 his/her/"
        "their/him/seinen/ihren/su/sus/son/sa/ses ~1 access/account/user/login/zugang/"
        "konto/acceso/cuenta/acces/compte",
        "removed/deactivated/disabled/revoked ~1 him/her/them/his_access/her_access/"
        "their_access",
        "access_removed/access_revoked/removed_access/removed_his/removed_her",
    ),
    "sig_overdue": (
        "deadline/frist/plazo/delai/the_law/legal_deadline/gesetzliche/plazo_legal/delai_legal/no_reply/"
        "no_answer/no_response/keine_antwort/sin_respuesta/aucune_reponse/still_waiting/"
        "weeks_ago/months_ago/seit_zwei/seit_drei/hace_dos/hace_tres/depuis_deux/"
        "still_get/still_receive/immer_noch/sigo/toujours",
        "# ~1 days/weeks/months/wochen/monate*/semanas/meses/semaines/mois ~1 ago/later/now/"
        "offen/open/sin/sans/without",
        "it_is_now/today_is/nous_sommes_le/hoy/bis_heute",
    ),
    "sig_billing_anomaly": (
        "went_up/goes_up/gone_up/going_up/higher_than/more_than_usual/more_than_last/"
        "higher/hoher/mas_alto/mas_alta/plus_eleve*/did_not_expect/not_expect*/unexpected/"
        "full_price/old_price/still_uses/still_shows/not_on_my_card/nothing_on_my_card/"
        "never_received_the_refund/where_is_my_refund/sin_reembolso/kein_geld/"
        "price_increase/price_rise/price_hike/preiserhohung/augmentation/subida_de_precio/"
        "aumento_de_precio/hausse_de_prix/hausse_des_prix/ohne_vorankundigung/sin_previo_aviso/"
        "sin_avisar/sans_prevenir/sans_preavis/without_notice/without_warning/nobody_told_us/"
        "no_one_told_us",
        "# ~1 percent/higher/more/hoher/mehr/mas/plus",
    ),
    "sig_access_event": (
        "using/with/mit/con/avec ~3 old/alten/alte/antiguo/antigua/ancien/ancienne ~1 login/"
        "account/password/credentials/access/zugang/konto/cuenta/acceso/compte/acces",
        "logged_in/logging_in/signed_in/log_in/connecte/s_est_connecte/angemeldet/"
        "eingeloggt/inicio_sesion/inicio_de_sesion/accedio/exported/exporte/exportiert/"
        "exporto/descargo/downloaded/telecharge/heruntergeladen",
    ),
    "sig_still_access": (
        "recoit/recoivent/a/ont/peut/peuvent/accede/accedent/erhalt/erhalten/hat/haben/kann/"
        "konnen/connecte/connectent toujours/encore/weiterhin/immer_noch/noch_immer/trotzdem",
        "still/weiterhin/immer_noch/noch_immer/sigue/siguen/siga/sigan/todavia/aun/toujours/encore/"
        "trotzdem/dennoch/anyway/nevertheless/aun_asi/quand_meme/malgre_tout ~3 "
        "log*/access*/active/receiv*/get*/approv*/sign*/use/using/see/seeing/has/have/can/"
        "export*/download*/open*/zugriff*/zugang/einlogg*/anmeld*/angemeldet/eingeloggt/acces/"
        "tiene_acceso/hat_zugriff/hat_zugang/work/works/working/valid/funktionier*/"
        "funciona*/fonctionne*/"
        "acced*/entra*/recib*/connect*/recoi*/a_acces/aktiv/sees/reads/replies/reply",
    ),
    "outage_failure": (
        "fallan/falla/fallando/fallaron/echouent/echoue*/scheitern/nicht_gefunden/not_found/"
        "no_encontrado/introuvable/no_availability/keine_verfugbarkeit/sin_disponibilidad/"
        "frozen/froze/figee*/fige/gele/gelee*/delayed/delays/verzogert/verspatet/"
        "retrasad*/retraso*/retarde*/going_out_late/arrive_late/arriving_late/"
        "impossible/imposible/unmoglich/refusent/rechazan/rechaza/lehnen_ab/lehnt_ab/"
        "refuses/refused/refusing/denied/denies/connection_refused/decline/declines/"
        "declining/no_longer/ya_no/nicht_mehr/ne_plus/"
        "grey_page/gray_page/gray_screen/session_expired/logged_out/kicked_out/hangt/"
        "haengt/hangen/hangt_sich/eingefroren/congelad*/fige*/"
        "won_t_load/will_not_load/not_being_sent/not_going_out/haven_t_gone_out/"
        "have_not_gone_out/not_gone_out/stopped_pulling/stopped_sending/stopped_syncing/"
        "stopped_importing/not_pulling/bloque/bloquee/bloquees/bloques/bloqueado/bloqueada/"
        "bloqueados/blockiert/gesperrt/laedt_nicht/ladt_nicht/se_cierra/se_cuelga/"
        "se_ferme/ne_charge/no_carga/ne_s_ouvre/queued/in_the_queue/"
        "white_screen/blank_screen/blank_page/white_page/grey_screen/spinner/spins/hangs/"
        "hanging/times_out/timing_out/timed_out/timeouts/504/gateway/service_unavailable/"
        "rejecting/rejects/rejected/declined/invalid_session/unknown_error/unexpected_error/"
        "something_went_wrong/went_wrong/all_zeros/zero_results/0_results/returns_nothing/"
        "nothing_arrives/nothing_arrived/never_arrive*/never_made_it/never_sees/never_see/"
        "not_arriving/not_reaching/stopped/stopped_working/stops/silent/stuck/dead/"
        "closes_the_second/closes_immediately/crash*/freez*/not_updating/not_syncing/"
        "not_moved/haven_t_moved/have_not_moved/has_not_moved/empty/failing/fails/failed/"
        "cannot/can_not/unable/"
        "errores/erreurs/tiempo_de_espera/sin_conexion/no_podemos/no_pueden/ne_pouvons/"
        "ne_peuvent/konnen_nicht/kann_nicht/keine_verbindung/hors_ligne/"
        "keinen_einzigen/keine_einzige/kein_einziges/ni_un_solo/ni_una_sola/pas_un_seul/"
        "pas_une_seule/not_a_single/not_one_single/shows_zero/show_zero/zero_items/no_jobs/"
        "ninguna_ha_salido/ninguno_ha_salido/no_se_esta_enviando/no_se_envia*/no_llegan/"
        "n_est_envoye/ne_sont_plus_envoye*/werden_keine/has_not_run/have_not_run/not_run/"
        "sits_in/stays/standing_still/halted/idle/fehl/schlagen_fehl/schlagt_fehl/"
        "schliesst_sich/sturzt_ab/absturz*/sturzt/ausfall/se_cierra/plante/se_ferme",
        "see/get/gets/shows/show/sehen/ven/voient ~2 grey/gray/white/blank/empty/leere/weisse/"
        "blanca/blanche ~1 page/screen/seite/pantalla/ecran",
        "kommt/kommen/komme ~4 ins/in_das/rein/herein ~1 system/konto/portal/programm",
        "lauft/laeuft/funktioniert/geht/klappt/synchronisiert/ladt/laedt ~3 nicht",
        "keine/kein/keinen ~3 mehr",
        "shows/returns/gives/show/return/zeigt/muestra/affiche ~2 no/keine/ningun/aucun/aucune "
        "availability/results/data/orders/rooms/slots/appointments/verfugbarkeit/ergebnisse/"
        "disponibilidad/resultados/disponibilite/resultats",
        "none_of/ninguno_de/ninguna_de/aucun_de/aucune_de/keiner_der/keine_der ~4 receive*/"
        "get/gets/getting/reciben/recibe/recoivent/recoit/bekommen/erhalten/can",
        "nicht ~1 nutzbar/erreichbar/verfugbar/benutzbar/zuganglich/aufrufbar",
        "show/shows/showing/displays/display/zeigen/zeigt/muestra*/affiche* ~3 undefined/null/"
        "nan/gibberish/garbage/nothing/blank/leer/vacio/vide/nichts/nada/rien",
        "shows/showing/displays/display/zeigt/muestra/affiche ~2 maintenance/wartung/"
        "mantenimiento/an_error/error/errors/offline/fehler/erreur",
        "not/never/no ~2 produced/generated/created/calculated/printed/loaded/updated/"
        "erstellt/generiert/generado/genere",
        "not_been_able/have_not_been_able/has_not_been_able/haven_t_been_able/"
        "hasn_t_been_able/no_han_podido/no_ha_podido/n_ont_pas_pu/n_a_pas_pu/konnten_nicht/"
        "konnte_nicht/sin_que_se/sans_que",
        "not/pas/no/nicht ~2 effectue*/realizad*/durchgefuhrt/ausgezahlt/pagad*/paye*/verse*/"
        "executed/paid_out/happen/happens/happened/ran/run/triggered",
        "not/never/no ~4 being/getting/been/be ~1 routed/forwarded/processed/created/saved/"
        "imported/delivered/sent/synced",
        "no/zero/0/keine/ningun/aucun ~1 order/new/new_order/incoming ~1 webhooks/webhook/"
        "orders/notifications/emails/calls/messages/syncs/events/bestellungen/pedidos/"
        "commandes",
        "keine/kein/no/aucun/aucune ~3 bestellung*/auftrage/zahlung*/daten/pedidos/pagos/"
        "commandes/paiements/orders/payments/kartenzahlungen/pedido/ticket*/factur* ~3 "
        "mehr/llegan/llega/arrivent/arrive/kommen/more/annehmen/angenommen",
        "ladt/laedt/geht/startet/offnet/funktioniert/klappt ~4 bei_keinem/bei_niemandem/"
        "fur_niemanden/bei_keiner",
        "none/ninguno/ninguna/aucun/aucune/keine ~1 of/de ~4 being/are/is/se/sont/werden ~1 "
        "sent/delivered/processed/synced/enviad*/envoye*/gesendet",
        "ne/n ~1 recev*/recoi*/arriv*/part*/fonctionn*/march*/charg*/repond*/peut/peuvent ~1 "
        "plus/pas",
        "nichts/nada/rien ~2 wurde/ist/se_ha/n_a ~1 verschickt/versendet/gedruckt/"
        "angekommen/enviado/llegado/envoye/arrive",
        "not/never/no ~1 received/receiving/arriving/reaching/loading/load/updating/"
        "syncing/settled/working/open*/confirm*/book*/work*/respond*/connect*/deliver*/"
        "print*/send*/sent/processed",
    ),
    "outage_scope": (
        "every/any/each/not_a_single/no_single/kein_einziger/keine_einzige/ni_un_solo/"
        "ni_una_sola/pas_un_seul/pas_une_seule [single] user/device/phone/customer/agent/"
        "store/shop/location/site/branch/account/visitor/employee/technician/driver/client/"
        "member/office/terminal/machine/tablet/computer/depot/warehouse/clinic/practice/"
        "school/restaurant/region/hotel/property/mitarbeiter/kunde/nutzer/cliente/"
        "usuario/empleado/utilisateur/employe/agent/magasin/tienda/filiale",
        "every/all/any/alle/allen/todos/todas/tous/toutes/cada/chaque/jede/jeder/jeden/"
        "samtliche*/ningun/ninguna/aucun/aucune/keinem/keiner ~3 " + _PEOPLE,
        "customers/clients/users/visitors/guests/patients/parents/students/agents/drivers/"
        "staff/employees/shoppers/buyers/kunden/nutzer/gaste/clientes/usuarios/pacientes/"
        "utilisateurs/visiteurs ~2 can_not/cannot/could_not/are_unable/unable/can_no_longer/"
        "no_pueden/ne_peuvent/n_arrivent/konnen_nicht/konnen_keine/get/see/are_getting",
        "whole/entire/complete/all_of/all/every/gesamte*/ganze*/komplette*/toda/todo/toute/tout ~3 "
        "shop/store/business/system/operation*/versand/lager/betrieb/logistik/empresa/"
        "tienda/negocio/almacen/entreprise/boutique/entrepot/aussendienst/vertrieb/"
        "belegschaft/equipo/plantilla/equipe/personnel/staff/department/abteilung/"
        "departamento/service/field_team/field_force/flota/flotte/fleet",
        "samtliche*/saemtliche*/jede/jeder/jeden/jedes/cada/chaque/tous_les/toutes_les/"
        "todos_los/todas_las/all/all_the/alle/every ~2 "
        + _PEOPLE + "/zahlungen/bestellungen/anfragen/auftrage/pagos/pedidos/paiements/"
        "commandes/requetes/payments/orders/requests",
        "whole/entire/complete/all_of ~2 region/country/shop/store/warehouse/agency/school/"
        "clinic/practice/fleet/network/chain/depot/team/company/org*/organisation/"
        "organization/floor/office/site/branch/account/workspace",
        "every_one_of/each_of/all_of/none_of/not_one_of/not_a_single/every_single/"
        "every_branch/every_location/every_store/every_site/every_account/every_phone/"
        "every_device/every_user/every_agent/every_customer/every_request/every_page/"
        "every_endpoint/every_attempt/every_query/every_transfer/every_payment/every_order/"
        "every_report/every_click/every_call/every_sku/every_scanner/every_handheld/"
        "both_our/both_of_our",
        "eu/us/uk/emea/apac/asia/europe/america region/regions/customers/users/office/offices",
        "germany/france/spain/italy/austria/switzerland/netherlands/belgium/portugal/poland/"
        "ireland/canada/mexico/brazil/australia/deutschland/frankreich/spanien/osterreich/"
        "schweiz/espana/francia/alemania/italia/allemagne/espagne/italie/europe/europa/"
        "asia/emea/apac/latam/nordics/scandinavia/benelux",
    ),
    "sig_count": (
        "# queued/stuck/pending/waiting/blocked/unprocessed/offen/wartend/pendientes/"
        "en_attente/bloques",
        "# ~2 are/sind/estan/sont/have_been/wurden/bleiben ~1 stuck/queued/waiting/pending/"
        "blocked/failing/offline/haengen/hangen/atascad*/bloque*",
        "# ~2 " + _PEOPLE,
        _NUMBER_WORDS + " ~2 " + _PEOPLE,
        "all/alle/todas/todos/tous/toutes ~1 two/three/four/five/six/seven/eight/nine/ten/"
        "# ~2 " + _PEOPLE,
    ),
    "sig_duration": (
        "second/third/fourth/fifth/2nd/3rd/4th/zweite*/dritte*/vierte*/segundo/tercer/"
        "tercero/cuarto/deuxieme/troisieme/quatrieme ~1 day/days/morning/night/week/dia/"
        "manana/semana/tag/vormittag/morgen/nacht/woche/jour/matin/matinee/semaine/nuit",
        "day/days/tag/tage/dia/dias/jour/jours ~1 running/in_a_row/in_folge/seguido/seguidos/"
        "de_suite/consecutifs/consecutivos",
        "#/two/three/four/five/several/zwei/drei/dos/tres/deux/trois ~1 days/hours/weeks/tagen/"
        "stunden/wochen/dias/horas/semanas/jours/heures/semaines ~1 ago/now/already",
        "since $",
        "by/um #/two/three/several [more] hours/hour/stunden/horas/heures/days/tage/dias/jours",
        "since/seit/desde/depuis ~3 " + _TIME,
        "since/seit/desde/depuis #",
        "for/fur/durante/pendant/in/en [the_last/over/more_than/about/almost/nearly/seit] "
        "#/two/three/four/five/six/seven/eight/nine/ten/twelve/several/many/zwei/drei/dos/"
        "tres/deux/trois/plusieurs/mehreren/varias [more/full/whole] hours/hour/days/stunden/"
        "tagen/horas/dias/heures/jours",
        "lleva/llevan/llevamos/llevo ~2 #/dos/tres/cuatro/varias/muchas ~1 horas/dias/"
        "minutos/semanas",

        "all_morning/all_day/all_afternoon/all_night/the_whole_morning/the_whole_day/"
        "the_whole_afternoon/the_entire_day/den_ganzen_tag/toda_la_manana/todo_el_dia/"
        "toute_la_matinee/toute_la_journee/hours_now/for_hours/seit_stunden/desde_hace_horas/"
        "depuis_des_heures",
        "still/weiterhin/sigue/toujours ~2 down/broken/failing/not/nothing/empty/stuck/"
        "kaputt/caido/en_panne",
    ),
    "sig_fine": (
        "everything_works/everything_is_working/works_for_us/working_for_us/all_fine_here/"
        "everything_looks_normal/looks_normal_for_us/fine_on_our_side/bei_uns_geht_alles/"
        "aqui_funciona/chez_nous_tout_fonctionne",
    ),
    "sig_still_failing": (
        "immer_noch/noch_immer/still/toujours/sigue ~2 nicht/not/pas/sin/no ~1 nutzbar/"
        "erreichbar/usable/reachable/working/accessible/funciona/fonctionne",
        "still/weiterhin/immer_noch/noch_immer/sigue/siguen/toujours ~3 500/502/503/504/"
        "offline/timing_out/not_loading/not_working/ausgefallen/caida/bloque/"
        "error/errors/fehler/down/nicht_erreichbar/unreachable/offline/failing/broken/"
        "kaputt/caido/caida/en_panne/blank/empty/stuck/dead/hangs",
    ),
    "sig_after_maintenance": (
        "maintenance/wartung/wartungsfenster/mantenimiento/maintenance_window ~5 ended/"
        "finished/over/should_have/supposed/beendet/vorbei/termino/terminado/terminee/finie",
        "since/seit/desde/depuis/after/nach/despues/apres ~2 wartungsfenster/maintenance*/"
        "the_maintenance/der_wartung/dem_wartungsfenster/el_mantenimiento/la_maintenance/"
        "wartung/mantenimiento",
    ),
    "sig_halt": (
        "standing_in/stand_in/waiting_in/stehen_im/stehen_auf/esperando_en/attendent/"
        "attendent_dans",
        "standing_still/stand_still/standstill/halted/at_a_standstill/sitting_idle/idle/"
        "working_blind/can_not_work/cannot_work/unable_to_work/nicht_arbeiten/"
        "no_podemos_trabajer/no_podemos_trabajar/ne_pouvons_pas_travailler/stillstand/"
        "piling_up/pile_up/piles_up/waiting_in/paper/by_phone/by_hand/lost_sales/"
        "losing_sales/losing_money/losing_revenue/lost_revenue/lost_the_whole/"
        "nothing_can_be/nothing_has_been/nobody_gets_paid/not_been_picked/phones_ringing/"
        "has_not_stopped_ringing/phoning_us/calling_us/been_calling/customers_standing/"
        "dead_in_the_water/sent_to_empty/off_a_laptop/effectively/perdiendo/perdemos/"
        "perdons/verlieren/per_telefon/por_telefono/par_telephone/from_memory/"
        "s_accumulent/accumul*/se_acumulan/stapeln_sich/piling/"
        "stehen_rum/"
        "auf_papier/en_papel/sur_papier/steht_still/stehen_still/steht/stillstand/"
        "paralizad*/paralyse*/a_l_arret/parado/parada",
        "# ~2 orders/parcels/shipments/bookings/patients/customers/bestellungen/pakete/"
        "pedidos/paquetes/commandes/colis ~3 waiting/stuck/pending/without/unprocessed/"
        "warten/offen/bezahlt/sin/en_attente/bloquee*/bloqueados",
        "production/prod/produktion/produccion ~2 halted/stopped/down/standing/parada/"
        "steht/arretee",
    ),
    "sig_reopened": (
        "reopen*/reopening/wiedereroffnet/wieder_geoffnet/reabierto/reabro/rouvert/"
        "marked_it_solved/marked_as_solved/marked_it_as_solved/als_gelost_markiert/"
        "not_fixed/nicht_behoben/no_resuelto/no_esta_resuelto/pas_resolu/n_est_pas_resolu",
        "it_has_not/it_hasn_t/it_is_not/it_isn_t/it_did_not/it_didn_t/no_lo_esta/"
        "ist_es_nicht/ce_n_est_pas_le_cas/not_resolved/not_solved/isn_t_resolved/"
        "is_not_resolved/is_not_a_fix/not_a_fix $",
    ),
    "sig_limited": (
        "only_me/only_mine/only_on_my/only_for_me/only_one/just_me/just_one/one_user/"
        "one_of_our_users/one_customer/one_sku/one_category/rest_of_team_fine/"
        "rest_of_the_team/everyone_else/everybody_else/everything_else/other_users/"
        "others_are_fine/other_pages_are_fine/colleagues_get/colleagues_are_fine/"
        "works_for_others/single_bookings_work/los_demas/las_demas/les_autres/die_anderen/"
        "alle_anderen/nur_bei_mir/solo_a_mi/seulement_moi",
        "others/the_others/other_ones/the_rest/los_demas/las_demas/les_autres/die_anderen/"
        "other_stores/other_sites/other_users/other_feeds ~3 fine/ok/okay/work/works/working/"
        "funcionan/funciona/bien/marchent/fonctionnent/funktionieren/laufen/normal*",
    ),
    "sig_hypothetical": (
        "hypothetical*/hypothetisch*/hipotetic*/hypothetique*/no_real_case/not_a_real_case/"
        "no_es_un_caso_real/pas_de_cas_reel/kein_konkreter_fall/kein_echter_fall/"
        "nothing_has_happened/nothing_happened/general_question/pregunta_general/"
        "question_generale/allgemeine_frage/it_was_a_joke/was_a_joke/just_kidding/"
        "only_joking/was_joking/war_ein_witz/era_una_broma/c_etait_une_blague/not_an_incident/"
        "not_a_real_incident/kein_vorfall/kein_sicherheitsvorfall/no_es_un_incidente/"
        "pas_un_incident/ce_n_est_pas_un_incident",
    ),
    "sig_deadline": (
        "deadline/cutoff/cut_off/frist/stichtag/plazo/fecha_limite/echeance/date_limite ~4 "
        "today/tonight/heute/hoy/aujourd_hui/ce_soir/# ~1 pm/am/uhr",
        "by/before/until/bis/antes/avant ~2 #_pm/#_am/# ~1 today/tonight/heute/hoy/"
        "aujourd_hui",
        "leaves/leave/departs/depart/goes_out/closes/runs/starts/opens ~3 in_#_hours/"
        "in_#_minutes/in_two_hours/in_three_hours/in_an_hour/tonight/today_at",
        "launch/launches/launching/go/goes/going/live/event/opens ~2 in_an_hour/in_#_hours/"
        "in_#_minutes/in_two_hours/in_three_hours/tonight/tomorrow_morning",
        "runs/run/closes/close/is_due/due/ends/expires/expire ~2 today/tonight/heute/hoy/"
        "aujourd_hui/manana/demain/morgen/tomorrow",
        "nobody_gets_paid/won_t_get_paid/will_not_get_paid/miss_the_deadline/"
        "miss_the_cutoff/we_miss_it",
    ),
    "sig_cosmetic": (
        "blurry/pixelated/overlaps/overlapping/tooltip/contrast/hard_to_read/misspelt/"
        "misspelled/misaligned/alignment/layout_bug/font/fonts/emoji/colour/color/"
        "cosmetic/small_thing/minor_thing/harmless/just_flagging/purely_visual/"
        "looks_odd/looks_weird/not_a_big_deal/no_big_deal/kosmetisch/cosmetico/"
        "cosmetique/detail/kleinigkeit/petit_detail",
    ),
    "sig_their_dispute": (
        "customer/customers/buyer/buyers/cardholder/client/guest/kunde/cliente/acheteur ~4 "
        "opened/filed/disputed/disputes/claims/claimed/initiated/raised/has_disputed/"
        "hat/abrio/a_ouvert/ha_abierto/reversed/contested/a_conteste/returned/recalled",
        "of_ours/unserer_kunden/nuestros_clientes/nos_clients/un_cliente/einer_unserer ~4 "
        "reversed/contested/conteste/returned/disputed/zuruck*/devuelto/hat/a/ha",
        "un_client/une_cliente/a_customer/ein_kunde/un_cliente/a_buyer ~3 opposition/"
        "a_fait_opposition/reversed/disputed/contested/returned",
        "nos_ha_devuelto_un_cliente/que_nos_ha_devuelto/our_customer_s_bank/their_bank/"
        "sa_banque/su_banco/seiner_bank/ihrer_bank",
        "notification_of_dispute/chargeback_notification/chargeback_notice/"
        "a_payment_has_been_disputed/dispute_notification",
    ),
    # ------------------------------------------------------------ what the writer will do
    "legal_threat": (
        # a law firm that now holds the case or will write, however it is named
        "now_with/is_now_with/now_sits_with/is_with/passed_on_to/handed_over_to/forwarded_to ~4 "
        "partners/llp/law_firm/law_office/solicitors/attorneys/kanzlei/anwaltskanzlei/bufete/"
        "despacho/cabinet_d_avocats/avocats/abogados/rechtsanwalte/law",
        "post/brief/schreiben/letter/courrier/carta/escrito/correspondence ~4 von/from/de/d ~2 "
        "einer/einem/a/un/una/une ~1 kanzlei/anwaltskanzlei/law_firm/despacho/bufete/"
        "cabinet/solicitor*/lawyer*/anwalt*/abogad*/avocat*",
        "kanzlei/anwaltskanzlei/despacho/bufete/law_firm/cabinet_d_avocats ~3 escribira/"
        "escribiran/schreibt/schreiben/will_write/ecrira/contactara/kontaktiert/in_touch",
        "escribira/escribiran/ecrira/ecriront/contactara/schreibt ~2 un/una/une/eine/a ~1 "
        "despacho/bufete/kanzlei/cabinet/law_firm/abogad*/avocat*/anwalt*",
        "en_manos_de_quien_sabe/entre_les_mains_d/in_die_hande_eines/faire_valoir_mes_droits/"
        "faire_valoir_nos_droits/hacer_valer_mis_derechos/hacer_valer_nuestros_derechos/"
        "meine_rechte_durchsetzen/unsere_rechte_durchsetzen/enforce_my_rights/enforce_our_rights/"
        "assert_my_rights/charges_by_the_hour/bills_by_the_hour/cobra_por_horas/"
        "factura_por_horas/facture_a_l_heure/on_headed_paper/on_letterhead/mit_kostennote/"
        "kostennote/reclamacion_de_cantidad/proceso_monitorio/juicio_monitorio/"
        "injonction_de_payer",
        # a consumer office, however it is named
        "consumer ~1 affairs/board/council/office/ombudsman/rights_office/agency/authority/"
        "watchdog/tribunal ~6 opened/file/complaint/case/investigat*/asked_me/involved/"
        "contacted/looking_into/has_my/have_my",
        "consumer_affairs_office/consumer_protection_office/consumer_board/consumer_ombudsman/"
        "consumer_watchdog/consumer_rights_office/consumer_tribunal",
        "to/for/contacted/contacting/reported/reporting/complain*/report ~3 the/a ~1 consumer ~1 "
        "affairs/board/council/office/ombudsman/rights_office/agency/authority/watchdog/"
        "tribunal",
        "oficina_del_consumidor/oficina_municipal_del_consumidor/defensa_del_consumidor/"
        "junta_arbitral/association_de_consommateurs/service_de_la_consommation/"
        "schlichtungsstelle/verbraucherschutzamt",
        # counsel weighing what the contract gives: "reviewing what remedies the agreement gives"
        "counsel/lawyer*/attorney*/solicitor*/legal/anwalt*/abogad*/avocat* ~2 reviewing/"
        "assessing/examining/weighing/considering/looking_at/pruft/prufen/revisando/examine/"
        "etudie ~3 remed*/recourse/damages/compensation/schadensersatz*/indemnizacion/"
        "dommages/penalt*/options",
        # a lawyer who now holds the case, or will write: "my lawyer has the whole chain"
        "lawyer*/attorney*/solicitor*/anwalt*/avocat*/abogad* ~3 has/hat/a/tiene/now_has ~2 "
        "whole/entire/all/everything/tout/toute/alles/ganze*/todo/toda/dossier/file/case",
        "lawyer*/attorney*/solicitor*/anwalt*/avocat*/abogad* ~8 draft*/write_to_you/"
        "schreibt_euch/schreibt_ihnen/vous_ecrira/os_escribira/les_escribira/de_ses_nouvelles/"
        "hear_from_him/hear_from_her/hear_from_them",
        # a lawyer in the family, brought up in a complaint
        "schwager/cunado/beau_frere/brother_in_law/sister_in_law/bruder/hermano/frere/"
        "brother/sister/wife/husband/frau/femme/mari/friend/amigo/freund/ami ~3 anwalt*/"
        "abogad*/avocat*/lawyer*/solicitor*/attorney*",
        "an_die_kanzlei/rechtsschutzversicherung/que_choisir/association_de_consommateurs/"
        "verbraucherzentrale/reclamation_formelle/formal_complaint/service_juridique_prepare",
        # a complaint lodged with a regulator or consumer office, however it is named
        "beschwerde/reclamacion/plainte/complaint/queja/denuncia ~3 beim/bei/aupres/ante/en/"
        "with/to ~6 landesbeauftragt*/datenschutz*/consumidor*/consommat*/verbraucher*/"
        "regulator/ombudsman/authority/autorite*/behorde*/autoridad*",
        "ll/will/would/shall/going_to/gonna/i_ll/we_ll sue",
        "sue ~2 if/unless/over/for/simple",
        "plainte/queja/reclamacion/beschwerde/complaint/denuncia ~4 aupres/ante/bei/with/to/"
        "en ~3 cnil/ico/aepd/datenschutzbehord*/authority/autorite/regulator/ombudsman/"
        "verbraucherzentrale/consumo/omic/dgccrf/bafin/information_commissioner*",
        "ombudsman/ombudsperson/ombudsmann/defensor_del_cliente/mediateur/mediator/"
        "schlichtungsstelle/arbitration/arbitrator",
        "letter_before_action/letter_before_claim/issue_proceedings/legal_proceedings/"
        "court_date/county_court/small_claims/judge/juez/richter/juge/tribunal/arbitraje",
        "attorney*/lawyer*/solicitor* ~6 write/writing/letter/contact/send/take/agreed",
        "going/goes/gone/passing/handing/forwarding/sending/send/forward/hand/pass/escalat* "
        "~3 to/an/a ~1 my/our/mi/mon/meinen/meine/unseren/unsere/notre/nuestro/nuestros ~1 "
        "lawyer*/attorney*/solicitor*/anwalt*/abogad*/avocat*/legal_team/legal_department/"
        "rechtsabteilung",
        "hearing/hear ~2 from ~1 our/my/mi/mon/meinem/unserer/unserem ~1 legal/lawyer*/"
        "attorney*/solicitor*/legal_team/legal_department/rechtsabteilung/anwalt*",
        "fall/case/caso/affaire/sache/matter ~4 anwalt*/lawyer*/attorney*/abogad*/avocat*/"
        "solicitor*",
        "ubergeb*/gebe/weitergeb*/ubertrag*/einschalt*/hand*/pass*/turn*/remet*/pasar*/"
        "transmet*/envoie/confie*/entrego/paso ~4 "
        "anwalt*/rechtsanwalt*/abogad*/avocat*/lawyer*/attorney*/solicitor*",
        "refer*/report*/escalat*/complain*/complaint ~6 regulator/authority/commission/"
        "ombudsman/watchdog/fca/ofcom/ofgem/bafin/aufsicht*/consumidor*/consommat*/"
        "financial_ombudsman",
    ),
    "how_to": (
        "how/como/comment/wie ~3 record/mark/log/book/enter/note/registro/registrar/anoto/"
        "apunto/buche/buchen/erfasse/erfassen/indiquer/noter/enregistrer/saisir/l_indiquer/"
        "le_note/la_note",
    ),
    # a copy of one's own data asked for: an access request in plain words
    "gdpr_request": (
        "copie/copy/copia/kopie/export/auskunft ~2 de/of/meiner/uber/a/all/toutes ~1 mes/my/mis/"
        "meine/meiner/nos/our/todos ~1 donnees/data/datos/daten/informations/information/"
        "personal_data/donnees_personnelles/datos_personales",
    ),
    "cancellation": (
        "we_ll_leave/we_will_leave/otherwise_we_leave/find_something_else/look_elsewhere/"
        "go_elsewhere/we_ll_downgrade/we_will_downgrade",
    ),
    # ------------------------------------------------------------ money reversed
    "chargeback": (
        # the card issuer or bank asked to take the money back, in any words
        "bank*/banco/banque/visa/mastercard/amex/paypal/tarjeta/issuer/card_company ~6 "
        "retroced*/retrotra*/devolviera/devuelva/devuelvan/devolver_el_cargo/anulen/annule/"
        "rembourse/zuruckbuch*/zuruckhol*/zuruckzieh*/pull*/claw*/take_back/taken_back/"
        "took_back/money_back/reverse*/recall*/tramitando/started_the_process",
        "bank*/banco/banque/visa/mastercard/amex/paypal/issuer ~1 took/take/has_taken/taken/"
        "pulled/got ~3 back/zuruck",
        "got/asked/told/had/pedi/pedimos/demande/gebeten ~2 visa/mastercard/amex/paypal/"
        "bank/banco/banque/card_company/issuer ~3 pull*/claw*/take*/reverse*/return*/"
        "money_back/devolv*/retroced*/anul*/rembours*/zuruck*",
        "llamado/llame/llamamos/contacte/contactado/appele/angerufen/called/phoned ~3 "
        "banco/banque/bank ~6 retroced*/devuelv*/devolv*/anul*/rembours*/reverse*/annul*/"
        "zuruck*/money_back/dispute*/stop*",
        "direct_debit/sepa_debit/sepa_direct_debit/debit/lastschrift/domiciliacion/recibo/"
        "prelevement ~4 returned/came_back/bounced/recalled/reversed/rejected/stopped/"
        "cancelled/revoked/zuruckgegeben/zuruckgebucht/zuruckgegangen/devuelto/devuelta/"
        "rechazad*/rejete*/retourne*/annule",
        "returned/recalled/reversed/rejected/refused/bounced/stopped/blocked ~3 "
        "direct_debit/debit/debits/lastschrift/prelevement/recibo/domiciliacion",
        "bank*/banco/banque/issuer ~4 not ~1 to ~1 honour/honor/pay/process/accept",
        "abbuchung*/lastschrift*/einzug ~5 widerrufen/widersprochen/zuruck*/storniert/"
        "gestoppt/gesperrt",
        "devuelto/devuelta/devolvio/devolvieron/rechazado/rechazo/rejete*/retourne* ~3 "
        "recibo*/domiciliacion/adeudo*/prelevement*/lastschrift*",
        "devolucion_de_recibo/recibo_devuelto/rejet_de_prelevement/impaye*",
        "devolucion/retrocesion/anulacion ~2 del/de ~1 recibo/cargo/cobro/adeudo/pago",
        "rucklastschrift*/ruecklastschrift*/zuruckgebucht/zurueckgebucht/rueckbuchung*/"
        "zuruckgeholt/zuruckgefordert",
        "lastschrift* ~6 zuruck*/widerspr*/widerruf*/storn*/geplatzt",
        "paypal/klarna ~4 konflikt/fall/reclamo/reclamacion/litige/disputa/case",
        "caso/case/fall/litige/claim/dispute ~2 paypal/klarna",
        "kreditkarten*/card_company/credit_card_company/carte_bancaire/tarjeta ~4 "
        "reklamation/claim/dispute/reclamacion/contestation/eingereicht",
        "credited_me_back/credited_us_back/credited_back/step_in/stepped_in/gutgeschrieben",
        "payment_returned/returned_payment/returned_debit/payment_was_returned/"
        "payment_reversal/reversed_payment",
        "returned/reversed/recalled/clawed_back/pulled_back/pulled/taken_back ~3 by/from ~2 "
        "your/our/my/the ~1 bank*",
        "bank*/card_provider/card_issuer/issuer/visa/mastercard/amex/paypal/stripe ~6 "
        "investigation/investigating/dispute*/claim/case/pulled/clawed/returned/refund_the/"
        "reverse*/recall*/stop_it/stop_the/block*",
        "contacted/asked/told/called/wrote_to/went_to ~2 my/our/mi/mon/meine/unsere ~1 bank*/"
        "banco/banque/card_company/issuer ~6 money_back/my_money/get_back/reverse/dispute/"
        "chargeback/claw/recover",
        "told/asked/instructed/requested ~2 bank*/issuer/card_company ~3 stop/return/reverse/"
        "refund/recall/block/cancel/pull",
        "raised/opened/filed/lost/won/lodged/abierto/abrimos/abri/ouvert/eroffnet/eingereicht "
        "~2 dispute*/claim/chargeback*/case/disputa/reclamacion/litige/konflikt/reklamation",
        "kauferschutz*/kaeuferschutz*/buyer_protection/proteccion_al_comprador/"
        "protection_des_achats",
        "asked/told/instructed/requested/pedi/demande/gebeten ~2 amex/visa/mastercard/paypal/"
        "american_express/card_provider/credit_card_company/issuer ~3 cancel/stop/reverse/"
        "refund/return/block/anular/cancelar/annuler/stornieren",
        "disputed/disputing ~4 charge*/payment*/transaction*/renewal/invoice*",
        "dispute ~4 card/bank/provider/processor/issuer/paypal",
    ),
    "bank_party": ("card_provider/payment_provider/card_processor/processor",),
    # ------------------------------------------------------------ how the writer feels
    "sig_resigned": (
        "i_m_done/i_am_done/we_re_done/we_are_done/done_with/give_up/giving_up/gave_up/"
        "i_give_up/what_s_the_point/what_is_the_point/why_i_bother/why_do_i_bother/"
        "why_bother/so_tired/tired_of/sick_and_tired/at_this_point/whatever/i_guess/"
        "i_suppose/supongo/je_suppose/ich_schatze/ich_nehme_an/en_fin/not_even_surprised/as_usual/as_always/same_as_always/here_we_go_again/"
        "running_out_of_patience/losing_patience/lost_patience/out_of_patience/"
        "rather_not_go_there/last_chance/last_straw/enough_is_enough/honestly/"
        "ich_gebe_auf/mir_reicht/es_reicht/keine_lust_mehr/me_rindo/estoy_harto/"
        "estoy_harta/ya_no_se/j_abandonne/j_en_ai_assez/ras_le_bol/lassitude/sigh/ugh",
        "losing/lost ~2 trust/faith/confidence/patience",
        "figure_it_out_myself/"
        "like_usual/wie_immer/como_siempre/comme_d_habitude/comme_toujours/cansado/cansada/"
        "cansados/ya_ni_se_para_que/perdre_patience/perder_la_paciencia/geduld_verlieren/"
        "reicht_s/reichts/je_vous_laisse_imaginer/you_can_imagine/sin_palabras/speechless/"
        "no_words/langsam_reicht",
        "why ~2 is/does/do/did/has/have/are ~2 nothing/never/always/still/again",
        "hmm/hmmm/pff/pfff/seufz",
    ),
    # unmistakable sarcasm: negative whatever the ticket is about
    "sig_sarcasm": (
        "si_claro/ja_klar/yeah_right/oui_bien_sur/na_toll/na_super/ganz_toll/"
        "i_m_sure_you_re_very_busy/i_am_sure_you_are_very_busy/"
        "no_rush_of_course/klappt_s_ja/for_comparison",
        "funny_thing/funny_how/amazing_how/wonderful_how/brilliant_how/interesting_how/"
        "how_convenient/consider_us_even/what_a_surprise/surprise_surprise/"
        "thanks_so_much_for_nothing/so_much_for/is_how_it_works/how_it_works_now/"
        "certainly_creative/muy_original/tres_original/sehr_kreativ",
        "great/fantastic/brilliant/wonderful/perfect/lovely/good/nice ~1 job/work/service "
        "really/guys/as_always/again",
    ),
    # sarcasm when the ticket is about a problem ("apparently it works now")
    "sarcasm": ("apparently/supposedly/so_called/angeblich/supuestamente/soi_disant",),
    "sig_understate": (
        "not_ideal/not_great/not_good/not_ok/not_okay/not_fine/not_amused/not_impressed/"
        "not_acceptable/less_than_ideal/far_from_ideal/hardly_ideal/not_the_best/"
        "not_very_helpful/not_helpful/no_fun/not_fun/isn_t_great/painful/annoying/"
        "frustrating/a_bit_much/a_problem_for_us/nicht_ideal/nicht_gut/nicht_toll/"
        "nicht_optimal/suboptimal/no_es_ideal/nada_ideal/no_es_bueno/pas_ideal/pas_top/"
        "pas_genial/pas_terrible/pas_bon/bof/no_es_lo_ideal/pas_l_ideal/nervt/es_nervt/"
        "extranados/extranadas/not_realistic/isn_t_realistic/is_not_realistic/"
        "like_to_know_why/want_to_know_why/explain_why/wissen_warum/saber_por_que/"
        "savoir_pourquoi/hard_to_justify/can_not_justify/too_long/too_slow/too_expensive/"
        "too_complicated/too_many/way_too/zu_teuer/zu_langsam/zu_kompliziert/demasiado/"
        "trop_cher/trop_long/trop_complique",
        "not_a_fix/is_not_a_fix/not_a_solution/is_not_a_solution/keine_losung/"
        "no_es_una_solucion/pas_une_solution/not_normal/no_me_parece_normal/pas_normal/"
        "nicht_normal/makes_no_sense/no_tiene_sentido/n_a_aucun_sens/ergibt_keinen_sinn/"
        "macht_keinen_sinn",
    ),
    "repeat": (
        # waiting, counted: "it's only been five weeks", "de eso hace 6 dias"
        "only_been/de_eso_hace/hace_ya/ya_van/ya_son/bis_heute ~2 #/two/three/four/five/six/"
        "several/dos/tres/diez/varios/zwei/drei/nichts/keine/kein ~1 days/weeks/months/dias/"
        "semanas/meses/wochen/tage/tagen/monate*/nichts/antwort",
        "fait ~1 #/deux/trois/quatre/plusieurs ~1 jours/semaines/mois/fois ~2 que/j",
        "llevo/llevamos ~3 esperando",
        "warte/warten/wait/waiting/esperando/espero/attends/attendons ~4 seit/since/desde/"
        "depuis/for ~2 #/two/three/zwei/drei/dos/tres/deux/trois/several/weeks/days/wochen/"
        "tagen/semanas/dias/semaines/jours",
        "told/reported/mentioned/said/wrote ~3 in/on/back_in/since/last ~1 " + _MONTHS,
        "told_in/was_told_in/dicho_en/gesagt_im ~1 " + _MONTHS,
        "second/third/fourth/fifth/dritte*/zweite*/vierte*/tercer*/segund*/cuarta/troisieme/"
        "deuxieme/quatrieme ~1 relance/relances/screenshot/captura/reminder/recordatorio/"
        "rappel/erinnerung/nachfrage/email/mail/message/correo/mensaje/request/solicitud/"
        "demande/anfrage/tag/day/dia/jour",
        "keep/keeps/seguir/weiter ~1 replying/writing/asking/chasing/mandando/escribiendo/"
        "schreiben/fragen",
        "otra_vez/schon_wieder $",
        "c_etait_pareil/same_as_last/same_thing_last/encore_et_toujours/toujours_le_meme",
        "second_time/2nd_time/third_time/3rd_time/fourth_time/4th_time/fifth_time/"
        "second_email/third_email/second_month/third_month/months_running/in_a_row/"
        "weeks_running/keeps_happening/every_time/every_month/yet_again/reported_in/"
        "already_reported/reported_this/reported_it/written_about/wrote_about/"
        "i_ve_written/i_have_written/we_ve_written/we_have_written/sent_three/sent_two/"
        "sent_four/sent_several/still_nothing/still_no/still_not/still_the/still_waiting/"
        "still_isn_t/ignored/no_reply/no_answer/no_response/nobody_answered/"
        "nobody_replied/nobody_responded/no_one_answered/zweite_mal/dritte_mal/"
        "schon_wieder/erneut/immer_noch/segunda_vez/tercera_vez/otra_vez/de_nuevo/"
        "sigo_esperando/seconde_fois/deuxieme_fois/troisieme_fois/encore_une_fois/"
        "toujours_pas/toujours_rien/toujours_aucune",
        "# ~1 weeks/months/days ~1 ago/later/now/and_no/without/passed",
        "two/three/four/five/several/many/multiple/# ~1 times/emails/mails/calls/tickets/"
        "messages/reminders",
        "it_s_been/it_has_been/that_was ~3 weeks/months/days/ago",
        "written/wrote/emailed/called/asked/chased/contacted ~2 twice/three_times/"
        "four_times/several_times/repeatedly/multiple_times/again",
    ),
    # disappointment said outright: negative whatever the ticket is about
    "sig_letdown": (
        "never_worked_properly/never_did_what/never_really_worked/never_lived_up/"
        "no_termino_de_encajar/nie_richtig_funktioniert/not_felt_heard/have_not_felt_heard/"
        "used_to_be_great/used_to_be_better/used_to_be_good/string_of/me_parece_increible/"
        "parece_increible/es_increible_que/c_est_incroyable/kaum_zu_glauben/hard_to_believe/"
        "letdown*/"
        "disappoint*/let_down/expected_better/expected_more/hoped_for_better/enttauscht/"
        "decepcionad*/decu/decue/decus/decevant*/unzufrieden/insatisfait*/insatisfech*",
    ),
    # regret in passing: negative when the ticket is about a problem
    "sig_disappointed": (
        "used_to_work/used_to_be/funcionaba_antes/hat_fruher/que_pena/"
        "had_hoped/a_shame/such_a_shame/shame_that/sad_to/saddened/regret/regrettable/sadly/"
        "unfortunately/surprised_that/surprising_that/concerned/worrying/worried/"
        "alarming/unsettling/uncomfortable/embarrassing/embarrassed/not_amused/"
        "enttauscht/bedauerlich/schade/leider/decepcionad*/lastima/lamentablemente/decu/"
        "decue/decevant/dommage/malheureusement/helas",
    ),
    "sig_harm": (
        "losing/lost/lose ~3 sales/money/revenue/customers/clients/orders/business/"
        "bookings/deals/income",
        "given_away/gave_away/for_free",
    ),
    # ------------------------------------------------------------ innocent contexts
    # "do you offer a crash course?", "can this be stopped?"
    "veto_bug": (
        "crash_course*/crashkurs*/curso_intensivo/cours_intensif",
        "can/could/should/will ~2 be ~1 stopped/prevented",
    ),
    # retention questions, one merged record, a third party who lost their copy
    "veto_data_loss": (
        "before/until/bevor/antes/avant ~2 they/it/sie/se/ils/elles ~2 re/are/is/get/gets/"
        "werden/sont ~1 purged/deleted/removed/gone/erased/geloscht/borrad*/supprime*",
        "merged/merge/merging/fusionne*/fusione/zusammengefuhrt ~2 two/2/zwei/dos/deux/"
        "duplicate* ~10 gone/lost/disappeared/vanished/missing/verschwunden/weg/perdid*/"
        "disparu*/desaparecid*",
        "accountant*/bookkeeper*/steuerberater*/buchhalter*/contable/contador*/gestor*/"
        "comptable/auditor*/colleague/kollege/kollegin/companero/collegue/predecessor/"
        "vorganger* ~2 lost/verloren/perdio/perdu/deleted/geloscht/borro/supprime",
    ),
    # a lawyer reading the contract before it is signed
    "veto_legal": (
        "lawyer*/attorney*/solicitor*/anwalt*/abogad*/avocat*/counsel/legal_team ~3 reviewing/"
        "review*/checking/going_through/pruft/revisando/examine ~6 before/prior_to/vor/antes/"
        "avant ~3 sign*/unterschr*/firm*/renew*",
    ),
    # ------------------------------------------------------------ nothing to do
    "sig_closing": (
        "no_need_to_reply/no_need_to_respond/no_need_for_a_reply/no_reply_needed/"
        "no_response_needed/no_reply_necessary/no_need_to_answer/no_necesito_respuesta/"
        "no_hace_falta_respuesta/brauche_keine_antwort/keine_antwort_notig/"
        "pas_besoin_de_reponse/thought_you_d_like_to_know/thought_you_would_like_to_know/"
        "just_venting/nothing_needed/no_questions/not_asking_for/"
        "just_noting/just_wanted_to_say/just_wanted_to_let/just_letting_you_know/"
        "just_so_you_know/for_the_record/closing_the_loop/close_the_loop/you_can_close/"
        "feel_free_to_close/can_be_closed/close_this/all_sorted/sorted_now/all_good_now/"
        "no_action_needed/no_action_required/nothing_to_do_on_your_side/"
        "no_further_action/keine_antwort_notig/keine_ruckmeldung_notig/kein_handlungsbedarf/"
        "nur_zur_info/no_hace_falta_responder/no_es_necesario_responder/sin_necesidad_de/"
        "pas_besoin_de_repondre/inutile_de_repondre/pour_information/pour_info/"
        "simplement_pour/ticket_kann_geschlossen/puede_cerrar/pouvez_fermer",
    ),
}


def merged(*tables: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """One table: categories of the same name keep the patterns of each."""
    out: dict[str, tuple[str, ...]] = {}
    for table in tables:
        for category, patterns in table.items():
            out[category] = out.get(category, ()) + tuple(patterns)
    return out
