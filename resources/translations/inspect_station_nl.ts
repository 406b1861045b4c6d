<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>App</name>
        <message>
            <source>Inspect Station cannot start</source>
            <translation>Inspect Station kan niet starten</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsModel</name>
        <message>
            <source>{grade} (checklist {computed_grade})</source>
            <translation>{grade} (checklist {computed_grade})</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>onverwachte retour</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>verzonden</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ontvangen</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded</source>
            <translation>geen herroepingsverklaring vastgelegd</translation>
        </message>
        <message>
            <source>unexpected</source>
            <translation>onverwacht</translation>
        </message>
        <message>
            <source>{day} ({because})</source>
            <translation>{day} ({because})</translation>
        </message>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · graded by {operator} at {bench}</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · beoordeeld door {operator} op {bench}</translation>
        </message>
        <message>
            <source>Grade {grade} given, the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>Klasse {grade} gegeven, de checklist gaf {computed_grade}: ‘{override_reason}’</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>geen foto</translation>
        </message>
        <message>
            <source>Deduction: {label} −{percent} % ({amount}): {handling} · photos {photos}</source>
            <translation>Aftrek: {label} −{percent} % ({amount}): {handling} · foto's {photos}</translation>
        </message>
        <message>
            <source>Deduction refused: {label} −{percent} %: the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>Aftrek geweigerd: {label} −{percent} %: de consument is niet over het herroepingsrecht geïnformeerd (art. 14, lid 2)</translation>
        </message>
        <message>
            <source>Waits because: </source>
            <translation>Wacht omdat: </translation>
        </message>
        <message>
            <source>The refund {withheld}</source>
            <translation>De terugbetaling {withheld}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsScreen</name>
        <message>
            <source>Open the unit [Enter]</source>
            <translation>Stuk openen [Enter]</translation>
        </message>
        <message>
            <source>[A]  Approve</source>
            <translation>[A]  Goedkeuren</translation>
        </message>
        <message>
            <source>[C]  Change…</source>
            <translation>[C]  Wijzigen…</translation>
        </message>
        <message>
            <source> · ↑/↓ and Enter open a unit · A approve · C change · F5 reload</source>
            <translation> · ↑/↓ en Enter openen een stuk · A goedkeuren · C wijzigen · F5 herladen</translation>
        </message>
        <message>
            <source>The approval queue is for supervisors: approving or changing a refund, exchange or warranty recommendation needs the supervisor role ({name} is signed in as {label}).</source>
            <translation>De goedkeuringslijst is voor teamleiders: een advies voor terugbetaling, omruiling of garantie goedkeuren of wijzigen vraagt de rol teamleider ({name} is aangemeld als {label}).</translation>
        </message>
        <message>
            <source>Approvals · refund, exchange and warranty recommendations waiting, the refund due soonest first</source>
            <translation>Goedkeuringen · adviezen voor terugbetaling, omruiling en garantie die wachten, de vroegst verschuldigde terugbetaling eerst</translation>
        </message>
        <message>
            <source> · ⚠ waiting over {hours:g} h (approval_flag_hours) or refund due within {warn} h</source>
            <translation> · ⚠ wacht langer dan {hours:g} u (approval_flag_hours) of terugbetaling verschuldigd binnen {warn} u</translation>
        </message>
        <message>
            <source>{rows:,} of {total:,}</source>
            <translation>{rows:,} van {total:,}</translation>
        </message>
        <message>
            <source>{shown} recommendation(s) waiting</source>
            <translation>{shown} advies/adviezen wachten</translation>
        </message>
        <message>
            <source>, {flagged} flagged ⚠.</source>
            <translation>, {flagged} gemarkeerd ⚠.</translation>
        </message>
        <message>
            <source>{done} Nothing waits for approval.</source>
            <translation>{done} Er wacht niets op goedkeuring.</translation>
        </message>
        <message>
            <source>Photo {n}</source>
            <translation>Foto {n}</translation>
        </message>
        <message>
            <source>{caption} · SHA-256 {sha}</source>
            <translation>{caption} · SHA-256 {sha}</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>goedkeuren</translation>
        </message>
        <message>
            <source>full</source>
            <translation>volledige</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>gedeeltelijke</translation>
        </message>
        <message>
            <source>Approve this refund?</source>
            <translation>Deze terugbetaling goedkeuren?</translation>
        </message>
        <message>
            <source>Approve {outcome} refund of {money} for {lpn}{description}?

Enter approves it; Esc goes back to the queue.</source>
            <translation>{outcome} terugbetaling van {money} voor {lpn}{description} goedkeuren?

Enter keurt goed; Esc gaat terug naar de wachtrij.</translation>
        </message>
        <message>
            <source>Approve {money}</source>
            <translation>{money} goedkeuren</translation>
        </message>
        <message>
            <source>{lpn} not approved.</source>
            <translation>{lpn} niet goedgekeurd.</translation>
        </message>
        <message>
            <source>Approving {lpn}…</source>
            <translation>{lpn} wordt goedgekeurd…</translation>
        </message>
        <message>
            <source>change</source>
            <translation>wijzigen</translation>
        </message>
        <message>
            <source>Changing the recommendation for {lpn}…</source>
            <translation>Advies voor {lpn} wordt gewijzigd…</translation>
        </message>
        <message>
            <source>Only a supervisor may {what} a recommendation; {name} is signed in as {label}.</source>
            <translation>Alleen een teamleider mag een advies {what}; {name} is aangemeld als {label}.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a recommendation.</source>
            <translation>Niets geselecteerd: ↑/↓ om een advies te kiezen.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Goedgekeurd</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>{verb}: {lpn}, {outcome_text}, released.</source>
            <translation>{verb}: {lpn}, {outcome_text}, vrijgegeven.</translation>
        </message>
        <message>
            <source>{error} The queue below is as it is now.</source>
            <translation>{error} De lijst hieronder is de huidige stand.</translation>
        </message>
        <message>
            <source>That unit has no refund recommendation to decide.</source>
            <translation>Dit stuk heeft geen terugbetalingsadvies om over te beslissen.</translation>
        </message>
        <message>
            <source> by {decided_by}</source>
            <translation> door {decided_by}</translation>
        </message>
        <message>
            <source>{lpn} does not wait: it was {status}{by}.</source>
            <translation>{lpn} wacht niet: status {status}{by}.</translation>
        </message>
    </context>
    <context>
        <name>Assessing</name>
        <message>
            <source>This unit is not in the parcel: it gets no grade.</source>
            <translation>Dit stuk zit niet in het pakket: het krijgt geen klasse.</translation>
        </message>
        <message>
            <source>Override the checklist's grade</source>
            <translation>Klasse van de checklist corrigeren</translation>
        </message>
        <message>
            <source>The checklist says {computed}. Why grade {code}?</source>
            <translation>De checklist geeft {computed}. Waarom klasse {code}?</translation>
        </message>
        <message>
            <source>Grade {grade} → {route}. F10 confirms and prints.</source>
            <translation>Klasse {grade} → {route}. F10 bevestigt en drukt af.</translation>
        </message>
        <message>
            <source>Not in the parcel: F10 records it (no label).</source>
            <translation>Niet in het pakket: F10 legt het vast (geen etiket).</translation>
        </message>
    </context>
    <context>
        <name>AttachDialog</name>
        <message>
            <source>Attach {lpn} to an expected return</source>
            <translation>{lpn} koppelen aan een verwachte retour</translation>
        </message>
        <message>
            <source>Scan or type RMA, order, tracking number, e-mail…</source>
            <translation>Scan of typ RMA, bestelling, trackingnummer, e-mail…</translation>
        </message>
        <message>
            <source>Note for the audit trail (optional)</source>
            <translation>Notitie voor het auditspoor (optioneel)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Scan the RMA slip, or type a reference and press Enter.</source>
            <translation>Scan de RMA-bon, of typ een referentie en druk op Enter.</translation>
        </message>
        <message>
            <source>Looking up {code}…</source>
            <translation>{code} opzoeken…</translation>
        </message>
        <message>
            <source>{rma} · {order_number} · {skus} · {units_received}/{units_expected} received · {status}</source>
            <translation>{rma} · {order_number} · {skus} · {units_received}/{units_expected} ontvangen · {status}</translation>
        </message>
        <message>
            <source>↑/↓ to choose, Enter attaches.</source>
            <translation>↑/↓ om te kiezen, Enter koppelt.</translation>
        </message>
        <message>
            <source>No expected return matches; try another reference.</source>
            <translation>Geen verwachte retour past; probeer een andere referentie.</translation>
        </message>
    </context>
    <context>
        <name>BenchScreen</name>
        <message>
            <source>Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN, e-mail</source>
            <translation>Scan iets, of druk op F3 en typ: RMA, bestelling, trackingnummer, EAN, LPN, e-mail</translation>
        </message>
        <message>
            <source>[U]  Receive as unexpected return</source>
            <translation>[U]  Ontvangen als onverwachte retour</translation>
        </message>
        <message>
            <source>F3 code · Space photo · Ctrl+1–9 shot · O file · G photos · 1–9 defects · S sealed · A–D, X grade · W wrong item · ↑↓ M missing · E empty box · N notes · F10 confirm · Ctrl+Del cancel · F2 history</source>
            <translation>F3 code · Spatie foto · Ctrl+1–9 opname · O bestand · G foto's · 1–9 defecten · S verzegeld · A–D, X klasse · W verkeerd artikel · ↑↓ M ontbreekt · E lege doos · N notities · F10 bevestigen · Ctrl+Del annuleren · F2 geschiedenis</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Scan een pakket om te beginnen.</translation>
        </message>
        <message>
            <source>{error} Scan the parcel again to see where it stands.</source>
            <translation>{error} Scan het pakket opnieuw om te zien hoe het ervoor staat.</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>onverwachte retour</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Hervat</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geopend</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> en nog {count}</translation>
        </message>
        <message>
            <source>{verb} {lpn}. Label printed but never scanned: {labels}{more}. Stick it on its item and scan it (the desk lists them under Labels).</source>
            <translation>{verb} {lpn}. Etiket afgedrukt maar nooit gescand: {labels}{more}. Plak het op het artikel en scan het (het bureau toont ze onder Etiketten).</translation>
        </message>
        <message>
            <source>{verb} {lpn} ({what}). Take photos, then grade.</source>
            <translation>{verb}: {lpn} ({what}). Maak foto's en beoordeel dan.</translation>
        </message>
        <message>
            <source>Scan a parcel before grading.</source>
            <translation>Scan een pakket voordat u beoordeelt.</translation>
        </message>
        <message>
            <source>Nothing to confirm: scan a parcel.</source>
            <translation>Niets te bevestigen: scan een pakket.</translation>
        </message>
        <message>
            <source>Choose a grade first (A, B, C, D or X).</source>
            <translation>Kies eerst een klasse (A, B, C, D of X).</translation>
        </message>
        <message>
            <source>Photos missing</source>
            <translation>Foto's ontbreken</translation>
        </message>
        <message>
            <source>Finish without {names}? Say why, or Esc to take them:</source>
            <translation>Afronden zonder {names}? Zeg waarom, of Esc om ze te maken:</translation>
        </message>
        <message>
            <source>No such part on this item</source>
            <translation>Dit onderdeel bestaat niet op dit artikel</translation>
        </message>
        <message>
            <source>Label missing or cut out</source>
            <translation>Etiket ontbreekt of is uitgeknipt</translation>
        </message>
        <message>
            <source>Camera out of order</source>
            <translation>Camera defect</translation>
        </message>
        <message>
            <source>Photos missing: {names}. Take them, or say why not.</source>
            <translation>Foto's ontbreken: {names}. Maak ze, of zeg waarom niet.</translation>
        </message>
        <message>
            <source>{lpn} recorded as not in the parcel; no label.</source>
            <translation>{lpn} vastgelegd als niet in het pakket; geen etiket.</translation>
        </message>
        <message>
            <source>{lpn} → {route} ({rule_explanation}). Printing label…</source>
            <translation>{lpn} → {route} ({rule_explanation}). Etiket wordt afgedrukt…</translation>
        </message>
        <message>
            <source>{lpn} cancelled.</source>
            <translation>{lpn} geannuleerd.</translation>
        </message>
        <message>
            <source>Cancelling {lpn} needs a {label}: they scan their badge here.</source>
            <translation>{lpn} annuleren vraagt een {label}: die scant hier zijn pas.</translation>
        </message>
        <message>
            <source>Cancel this unit</source>
            <translation>Dit stuk annuleren</translation>
        </message>
        <message>
            <source>Why is {lpn} cancelled?</source>
            <translation>Waarom wordt {lpn} geannuleerd?</translation>
        </message>
        <message>
            <source>Wrong parcel scanned</source>
            <translation>Verkeerd pakket gescand</translation>
        </message>
        <message>
            <source>Scanned twice</source>
            <translation>Twee keer gescand</translation>
        </message>
        <message>
            <source>Parcel taken elsewhere</source>
            <translation>Pakket elders verwerkt</translation>
        </message>
    </context>
    <context>
        <name>Camera</name>
        <message>
            <source>camera off</source>
            <translation>camera uit</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Starting camera…</source>
            <translation>Camera start…</translation>
        </message>
        <message>
            <source>{text}
Photos can still be added from a file: [O]</source>
            <translation>{text}
Foto's kunnen nog uit een bestand worden toegevoegd: [O]</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Change the recommendation for {lpn}</source>
            <translation>Advies voor {lpn} wijzigen</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>geen prijs</translation>
        </message>
        <message>
            <source>{return_type} of {item} ({price}). The station recommends: {outcome}</source>
            <translation>{return_type} van {item} ({price}). Het station adviseert: {outcome}</translation>
        </message>
        <message>
            <source>amount to refund, at most {price}</source>
            <translation>terug te betalen bedrag, hoogstens {price}</translation>
        </message>
        <message>
            <source>why (required): kept with the unit and in the audit trail</source>
            <translation>reden (verplicht): bewaard bij het stuk en in het auditspoor</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Uitkomst</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Terugbetaling</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>Re&amp;den</translation>
        </message>
        <message>
            <source>Change (Ctrl+Enter)</source>
            <translation>Wijzigen (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Say why the recommendation is changed: the reason is required.</source>
            <translation>Zeg waarom het advies wijzigt: de reden is verplicht.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Waiting</source>
            <translation>Wacht</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>LPN-nummer</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Waits because</source>
            <translation>Wacht omdat</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Advies</translation>
        </message>
        <message>
            <source>Refund due</source>
            <translation>Terugbetaling uiterlijk</translation>
        </message>
        <message>
            <source>Withheld until</source>
            <translation>Inhouden tot</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Werkplek</translation>
        </message>
        <message>
            <source>Grader</source>
            <translation>Beoordelaar</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Correcties</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto's</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Gescand</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Gelezen als</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Stuk</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Pas</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Afgedrukt</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Naar</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Wrong PINs</source>
            <translation>Foute pincodes</translation>
        </message>
        <message>
            <source>Last signed in</source>
            <translation>Laatst aangemeld</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>in quarantine as {in_quarantine}</source>
            <translation>in quarantaine als {in_quarantine}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsScreen</name>
        <message>
            <source>Conflicts · units finished offline that did not fit, oldest first · D note, Enter dismiss · F5 reload · F7 quarantine · F1 bench</source>
            <translation>Conflicten · offline afgeronde stuks die niet pasten, oudste eerst · D notitie, Enter afhandelen · F5 herladen · F7 quarantaine · F1 werkplek</translation>
        </message>
        <message>
            <source>What was done (attached, relabelled, …), then Enter</source>
            <translation>Wat er is gedaan (gekoppeld, opnieuw geëtiketteerd, …), dan Enter</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>The conflicts of offline benches are for a supervisor.</source>
            <translation>De conflicten van offline werkplekken zijn voor een teamleider.</translation>
        </message>
        <message>
            <source>{rows} conflict(s) from benches that worked offline.</source>
            <translation>{rows} conflict(en) van werkplekken die offline werkten.</translation>
        </message>
        <message>
            <source>{done} No conflicts.</source>
            <translation>{done} Geen conflicten.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose an entry.</source>
            <translation>Niets geselecteerd: ↑/↓ om een item te kiezen.</translation>
        </message>
    </context>
    <context>
        <name>CreateReturnDialog</name>
        <message>
            <source>New expected return for {lpn}</source>
            <translation>Nieuwe verwachte retour voor {lpn}</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Bestelnummer</translation>
        </message>
        <message>
            <source>Customer e-mail</source>
            <translation>E-mail van de klant</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>EAN / UPC</source>
            <translation>EAN / UPC</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Serienummer</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stukprijs</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>The parcel holds</source>
            <translation>Het pakket bevat</translation>
        </message>
        <message>
            <source>The withdrawal</source>
            <translation>De herroeping</translation>
        </message>
        <message>
            <source>Order number and SKU are needed; Enter saves.</source>
            <translation>Bestelnummer en SKU zijn nodig; Enter slaat op.</translation>
        </message>
        <message>
            <source>Unit price {unit_price!r} is not a number.</source>
            <translation>Stukprijs {unit_price!r} is geen getal.</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>units</source>
            <translation>stuks</translation>
        </message>
        <message>
            <source>units/h</source>
            <translation>stuks/u</translation>
        </message>
        <message>
            <source>median</source>
            <translation>mediaan</translation>
        </message>
        <message>
            <source>overrides</source>
            <translation>correcties</translation>
        </message>
        <message>
            <source>drift</source>
            <translation>afwijking</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>hele dag</translation>
        </message>
        <message>
            <source>{name} shift</source>
            <translation>ploeg {name}</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>Da&amp;g</translation>
        </message>
        <message>
            <source>&amp;Shift</source>
            <translation>&amp;Ploeg</translation>
        </message>
        <message>
            <source>Daily &amp;report PDF… (Ctrl+R)</source>
            <translation>Dag&amp;rapport pdf… (Ctrl+R)</translation>
        </message>
        <message>
            <source>Dashboard · Alt+Y day · Alt+S shift · F5 reload</source>
            <translation>Dashboard · Alt+G dag · Alt+P ploeg · F5 herladen</translation>
        </message>
        <message>
            <source> · Ctrl+R daily report</source>
            <translation> · Ctrl+R dagrapport</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>{label} · {units} units · {units_per_hour} per hour · median {seconds}, p90 {seconds2} per unit · overrides {override_rate} · recovered {money} of {money2} · cost {money3} per unit · {total} returns waiting</source>
            <translation>{label} · {units} stuks · {units_per_hour} per uur · mediaan {seconds}, p90 {seconds2} per stuk · correcties {override_rate} · teruggewonnen {money} van {money2} · kosten {money3} per stuk · {total} retouren wachten</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Doorvoer</translation>
        </message>
        <message>
            <source>Grade mix per grader (⚠ drifting)</source>
            <translation>Klasseverdeling per beoordelaar (⚠ afwijkend)</translation>
        </message>
        <message>
            <source>Routes: recovered value and cost</source>
            <translation>Routes: teruggewonnen waarde en kosten</translation>
        </message>
        <message>
            <source>route</source>
            <translation>route</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>etiketten</translation>
        </message>
        <message>
            <source>value</source>
            <translation>waarde</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation>teruggewonnen</translation>
        </message>
        <message>
            <source>cost/unit</source>
            <translation>kosten/stuk</translation>
        </message>
        <message>
            <source>Returns waiting now</source>
            <translation>Retouren die nu wachten</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>wacht sinds</translation>
        </message>
        <message>
            <source>returns</source>
            <translation>retouren</translation>
        </message>
        <message>
            <source>Stated reason against what was found: share of units per grade, share with no defect ticked, the defects found most</source>
            <translation>Opgegeven reden tegenover bevinding: aandeel stuks per klasse, aandeel zonder aangevinkt defect, meest gevonden defecten</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categorie</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>opgegeven reden</translation>
        </message>
        <message>
            <source>no defect</source>
            <translation>geen defect</translation>
        </message>
        <message>
            <source>defects found (units)</source>
            <translation>gevonden defecten (stuks)</translation>
        </message>
        <message>
            <source>Most returned products</source>
            <translation>Meest geretourneerde producten</translation>
        </message>
        <message>
            <source>top reasons</source>
            <translation>belangrijkste redenen</translation>
        </message>
        <message>
            <source>defects found</source>
            <translation>gevonden defecten</translation>
        </message>
        <message>
            <source>The daily report needs a supervisor.</source>
            <translation>Het dagrapport vraagt een teamleider.</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>Dagrapport</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the daily report to {target}…</source>
            <translation>Dagrapport wordt geschreven naar {target}…</translation>
        </message>
        <message>
            <source>Daily report written to {path}</source>
            <translation>Dagrapport geschreven naar {path}</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Geschiedenis</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Dashboard</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>Eti&amp;ketten</translation>
        </message>
    </context>
    <context>
        <name>DetailText</name>
        <message>
            <source>Full refund {money}</source>
            <translation>Volledige terugbetaling {money}</translation>
        </message>
        <message>
            <source>Partial refund {money} (−{percent} %)</source>
            <translation>Gedeeltelijke terugbetaling {money} (−{percent} %)</translation>
        </message>
        <message>
            <source>Refuse the refund</source>
            <translation>Terugbetaling weigeren</translation>
        </message>
        <message>
            <source>Approve the exchange</source>
            <translation>Omruiling goedkeuren</translation>
        </message>
        <message>
            <source>Warranty: repair</source>
            <translation>Garantie: repareren</translation>
        </message>
        <message>
            <source>Warranty: replace</source>
            <translation>Garantie: vervangen</translation>
        </message>
        <message>
            <source>Warranty: reject</source>
            <translation>Garantie: afwijzen</translation>
        </message>
        <message>
            <source> + delivery {money}</source>
            <translation> + verzendkosten {money}</translation>
        </message>
        <message>
            <source>Exchange refused → {words}{words2}</source>
            <translation>Omruiling geweigerd → {words}{words2}</translation>
        </message>
        <message>
            <source>not recorded (finished before the station kept receipts)</source>
            <translation>niet vastgelegd (afgerond voordat het station ontvangsten bijhield)</translation>
        </message>
        <message>
            <source>{missing_items} other unit(s) of the return not in the parcel</source>
            <translation>{missing_items} ander(e) stuk(s) van de retour niet in het pakket</translation>
        </message>
        <message>
            <source>SKU: </source>
            <translation>SKU: </translation>
        </message>
        <message>
            <source>— (nothing on the bench to grade)</source>
            <translation>— (niets op de werkplek te beoordelen)</translation>
        </message>
        <message>
            <source> · graded {grade_before} at the bench, changed by a supervisor</source>
            <translation> · op de werkplek beoordeeld als {grade_before}, gewijzigd door een teamleider</translation>
        </message>
        <message>
            <source>{text} · factory sealed</source>
            <translation>{text} · fabrieksverzegeld</translation>
        </message>
        <message>
            <source>{text} · given by key, no defect ticked</source>
            <translation>{text} · met toets gegeven, geen defect aangevinkt</translation>
        </message>
        <message>
            <source>{text} · the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>{text} · de checklist gaf {computed_grade}: ‘{override_reason}’</translation>
        </message>
        <message>
            <source>{text} · as the checklist says</source>
            <translation>{text} · zoals de checklist aangeeft</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>niet vastgelegd</translation>
        </message>
        <message>
            <source>none ticked</source>
            <translation>geen aangevinkt</translation>
        </message>
        <message>
            <source>{label} ({severity}, caps {caps})</source>
            <translation>{label} ({severity}, maximaal {caps})</translation>
        </message>
        <message>
            <source>{label} (not in the checklist any more)</source>
            <translation>{label} (niet meer in de checklist)</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · bak {tote}</translation>
        </message>
        <message>
            <source>{route} — rule {rule_id}: {rule_explanation} (rules {version}){tote}</source>
            <translation>{route} — regel {rule_id}: {rule_explanation} (regels {version}){tote}</translation>
        </message>
        <message>
            <source>{photos} photo(s)</source>
            <translation>{photos} foto('s)</translation>
        </message>
        <message>
            <source> · finished without {shots_missing}: “{reason}”</source>
            <translation> · afgerond zonder {shots_missing}: ‘{reason}’</translation>
        </message>
        <message>
            <source>kept: no connector</source>
            <translation>bewaard: geen connector</translation>
        </message>
        <message>
            <source>delivered {when}</source>
            <translation>afgeleverd {when}</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>afgeleverd</translation>
        </message>
        <message>
            <source>next try {when} · {last_error}</source>
            <translation>volgende poging {when} · {last_error}</translation>
        </message>
        <message>
            <source>waits its turn (the events before it go first)</source>
            <translation>wacht op zijn beurt (de gebeurtenissen ervoor gaan eerst)</translation>
        </message>
        <message>
            <source>pending for {age:.0f} h, waits for a supervisor ({why})</source>
            <translation>open sinds {age:.0f} u, wacht op een teamleider ({why})</translation>
        </message>
        <message>
            <source>released (no approval needed)</source>
            <translation>vrijgegeven (geen goedkeuring nodig)</translation>
        </message>
        <message>
            <source>{status} by {decided_by} {when}{note}</source>
            <translation>{status} door {decided_by} {when}{note}</translation>
        </message>
        <message>
            <source>none (unexpected return, or finished before the station recommended outcomes)</source>
            <translation>geen (onverwachte retour, of afgerond voordat het station uitkomsten adviseerde)</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded · {withheld}</source>
            <translation>geen herroepingsverklaring vastgelegd · {withheld}</translation>
        </message>
        <message>
            <source>withdrawal button</source>
            <translation>herroepingsknop</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>brief</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefoon</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>NO: no deduction allowed</source>
            <translation>NEE: geen aftrek toegestaan</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>nothing recorded</source>
            <translation>niets vastgelegd</translation>
        </message>
        <message>
            <source>notice {when}</source>
            <translation>verklaring {when}</translation>
        </message>
        <message>
            <source>by {channel}</source>
            <translation>via {channel}</translation>
        </message>
        <message>
            <source>ack {acknowledgement}</source>
            <translation>bevestiging {acknowledgement}</translation>
        </message>
        <message>
            <source>informed of the right: {informed}</source>
            <translation>geïnformeerd over het recht: {informed}</translation>
        </message>
        <message>
            <source>sent {when} ({proof})</source>
            <translation>verzonden {when} ({proof})</translation>
        </message>
        <message>
            <source>sent {when}</source>
            <translation>verzonden {when}</translation>
        </message>
        <message>
            <source>delivery paid {paid}, cheapest standard {cheapest}</source>
            <translation>verzendkosten betaald {paid}, goedkoopste standaardlevering {cheapest}</translation>
        </message>
        <message>
            <source>delivery paid {paid}</source>
            <translation>verzendkosten betaald {paid}</translation>
        </message>
        <message>
            <source>use or handling</source>
            <translation>gebruik of behandeling</translation>
        </message>
        <message>
            <source>product fault</source>
            <translation>productfout</translation>
        </message>
        <message>
            <source>damage in transit</source>
            <translation>transportschade</translation>
        </message>
        <message>
            <source>facts</source>
            <translation>feiten</translation>
        </message>
        <message>
            <source>not recorded: finished before assessments were kept</source>
            <translation>niet vastgelegd: afgerond voordat beoordelingen werden bewaard</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>checklist</translation>
        </message>
        <message>
            <source>return type</source>
            <translation>soort retour</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>opgegeven reden</translation>
        </message>
        <message>
            <source>days since delivery</source>
            <translation>dagen sinds levering</translation>
        </message>
        <message>
            <source>units missing from the parcel</source>
            <translation>stuks die in het pakket ontbreken</translation>
        </message>
        <message>
            <source>SKU flags</source>
            <translation>SKU-kenmerken</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>rules version</source>
            <translation>regelversie</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>geweigerd</translation>
        </message>
        <message>
            <source>the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>de consument is niet over het herroepingsrecht geïnformeerd (art. 14, lid 2)</translation>
        </message>
        <message>
            <source>no deduction</source>
            <translation>geen aftrek</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>any</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>SKU or EAN</source>
            <translation>SKU of EAN</translation>
        </message>
        <message>
            <source>LPN, RMA, order or tracking number</source>
            <translation>LPN, RMA, bestelling of trackingnummer</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Tot</translation>
        </message>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Werkplek</translation>
        </message>
        <message>
            <source>G&amp;rader</source>
            <translation>&amp;Beoordelaar</translation>
        </message>
        <message>
            <source>Gr&amp;ade</source>
            <translation>&amp;Klasse</translation>
        </message>
        <message>
            <source>R&amp;oute</source>
            <translation>R&amp;oute</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Categorie</translation>
        </message>
        <message>
            <source>S&amp;KU/EAN</source>
            <translation>SK&amp;U/EAN</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>O&amp;verridden</source>
            <translation>Gecorr&amp;igeerd</translation>
        </message>
        <message>
            <source>Fi&amp;nd</source>
            <translation>&amp;Zoeken</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Welcome · {bench}</source>
            <translation>Welkom · {bench}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Uw naam</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Pas</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Pincode opnieuw</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>No one can sign in yet. Make the first administrator: name, badge (scan it), a PIN of 4 to 12 digits twice. Enter moves on.</source>
            <translation>Nog niemand kan zich aanmelden. Maak de eerste beheerder: naam, pas (scan hem), twee keer een pincode van 4 tot 12 cijfers. Enter gaat verder.</translation>
        </message>
        <message>
            <source>The two PINs differ; type the PIN twice again.</source>
            <translation>De twee pincodes verschillen; typ de pincode opnieuw twee keer.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Opslaan…</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <source>Photos</source>
            <translation>Foto's</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Shot</source>
            <translation>Opname</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Beeld</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Kwaliteit</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Meetwaarden</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>{title}:</source>
            <translation>{title}:</translation>
        </message>
        <message>
            <source>{index} of {count}</source>
            <translation>{index} van {count}</translation>
        </message>
        <message>
            <source>{operator} at {bench}</source>
            <translation>{operator} op {bench}</translation>
        </message>
        <message>
            <source>{width}×{height}, {size_bytes:.0f} KB, </source>
            <translation>{width}×{height}, {size_bytes:.0f} KB, </translation>
        </message>
        <message>
            <source>file {original_name}</source>
            <translation>bestand {original_name}</translation>
        </message>
        <message>
            <source>← → step  ·  + − zoom  ·  0 fit  ·  1 actual pixels  ·  drag to pan  ·  Esc close</source>
            <translation>← → bladeren  ·  + − zoomen  ·  0 passend  ·  1 ware pixels  ·  slepen om te schuiven  ·  Esc sluiten</translation>
        </message>
        <message>
            <source>Photos of {lpn}</source>
            <translation>Foto's van {lpn}</translation>
        </message>
        <message>
            <source>{count} photo(s)</source>
            <translation>{count} foto('s)</translation>
        </message>
        <message>
            <source>
Finished without {names}: “{reason}”</source>
            <translation>
Afgerond zonder {names}: ‘{reason}’</translation>
        </message>
        <message>
            <source>This unit has no photos.</source>
            <translation>Dit stuk heeft geen foto's.</translation>
        </message>
        <message>
            <source>Purged on {when} under the retention rule; the record remains.</source>
            <translation>Op {when} verwijderd volgens de bewaarregel; het record blijft.</translation>
        </message>
        <message>
            <source>The file is missing from the photo store.</source>
            <translation>Het bestand ontbreekt in de fotoopslag.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>niet gemeten</translation>
        </message>
        <message>
            <source>good</source>
            <translation>goed</translation>
        </message>
        <message>
            <source>kept despite: </source>
            <translation>bewaard ondanks: </translation>
        </message>
        <message>
            <source>none seen</source>
            <translation>geen gezien</translation>
        </message>
    </context>
    <context>
        <name>GradePanel</name>
        <message>
            <source>NOT IN PARCEL</source>
            <translation>NIET IN PAKKET</translation>
        </message>
        <message>
            <source>The unit is recorded as missing: no label, refund refused.</source>
            <translation>Het stuk wordt als ontbrekend vastgelegd: geen etiket, terugbetaling geweigerd.</translation>
        </message>
        <message>
            <source>EMPTY BOX</source>
            <translation>LEGE DOOS</translation>
        </message>
        <message>
            <source>Every unit still expected is recorded as not in the parcel.</source>
            <translation>Elk nog verwacht stuk wordt vastgelegd als niet in het pakket.</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Notes  [N]</source>
            <translation>Notities  [N]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>What you saw (optional). Esc returns to the bench.</source>
            <translation>Wat u zag (optioneel). Esc gaat terug naar de werkplek.</translation>
        </message>
        <message>
            <source>[F10]  Confirm and print label</source>
            <translation>[F10]  Bevestigen en etiket afdrukken</translation>
        </message>
        <message>
            <source>Grade · {name} checklist, worst first</source>
            <translation>Klasse · checklist {name}, ernstigste eerst</translation>
        </message>
        <message>
            <source>, −{deduct:g} % refund</source>
            <translation>, −{deduct:g} % terugbetaling</translation>
        </message>
        <message>
            <source>{severity}, caused by {cause}{deduct}</source>
            <translation>{severity}, veroorzaakt door {cause}{deduct}</translation>
        </message>
        <message>
            <source>[{sealed_key}]  Factory sealed  → {sealed_grade}</source>
            <translation>[{sealed_key}]  Fabrieksverzegeld  → {sealed_grade}</translation>
        </message>
        <message>
            <source>Confirm and print label</source>
            <translation>Bevestigen en etiket afdrukken</translation>
        </message>
        <message>
            <source>Confirm: no label</source>
            <translation>Bevestigen: geen etiket</translation>
        </message>
        <message>
            <source>Waits for supervisor approval: </source>
            <translation>Wacht op goedkeuring door teamleider: </translation>
        </message>
        <message>
            <source>Tick the defects you see, or press the grade.</source>
            <translation>Vink de defecten aan die u ziet, of druk op de klasse.</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · bak {tote}</translation>
        </message>
        <message>
            <source>{explanation}
Rule “{rule_id}”: {why}{tote}</source>
            <translation>{explanation}
Regel ‘{rule_id}’: {why}{tote}</translation>
        </message>
        <message>
            <source>scan its own code</source>
            <translation>scan zijn eigen code</translation>
        </message>
        <message>
            <source>Wrong item [W]: {what} · </source>
            <translation>Verkeerd artikel [W]: {what} · </translation>
        </message>
        <message>
            <source>{wrong}No grade yet: tick defects [1–9], [S] sealed, or press a grade</source>
            <translation>{wrong}Nog geen klasse: vink defecten aan [1–9], [S] verzegeld, of druk op een klasse</translation>
        </message>
        <message>
            <source>reason needed</source>
            <translation>reden nodig</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name}, overriding the checklist's {grade2}: {reason}</source>
            <translation>{wrong}Klasse {grade} · {name}, corrigeert de checklist ({grade2}): {reason}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} — {explain}</source>
            <translation>{wrong}Klasse {grade} · {name} — {explain}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} (by key)</source>
            <translation>{wrong}Klasse {grade} · {name} (met toets)</translation>
        </message>
        <message>
            <source>{fallback}Diminished value (CRD art. 14(2)), shown in the photos: {named}</source>
            <translation>{fallback}Waardevermindering (richtlijn consumentenrechten art. 14, lid 2), te zien op de foto's: {named}</translation>
        </message>
    </context>
    <context>
        <name>HealthLamp</name>
        <message>
            <source>Database unreachable since {since:%H:%M}</source>
            <translation>Database onbereikbaar sinds {since:%H:%M}</translation>
        </message>
        <message>
            <source>Database slow{late}</source>
            <translation>Database traag{late}</translation>
        </message>
        <message>
            <source>Database: {where}</source>
            <translation>Database: {where}</translation>
        </message>
        <message>
            <source> · {waiting} to send</source>
            <translation> · {waiting} te verzenden</translation>
        </message>
        <message>
            <source> · sending stopped</source>
            <translation> · verzenden gestopt</translation>
        </message>
        <message>
            <source> · {waiting} unit(s) finished here wait to be sent</source>
            <translation> · {waiting} hier afgeronde stuk(s) wachten op verzending</translation>
        </message>
        <message>
            <source>The database on {host} answers again: {waiting} unit(s) finished here are being sent.</source>
            <translation>De database op {host} antwoordt weer: {waiting} hier afgeronde stuk(s) worden verzonden.</translation>
        </message>
        <message>
            <source>The database on {host} answers again.</source>
            <translation>De database op {host} antwoordt weer.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>unexpected</source>
            <translation>onverwacht</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>ontbreekt</translation>
        </message>
        <message>
            <source>empty box</source>
            <translation>lege doos</translation>
        </message>
        <message>
            <source>no label</source>
            <translation>geen etiket</translation>
        </message>
        <message>
            <source>{route} (wrong item)</source>
            <translation>{route} (verkeerd artikel)</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>&amp;Export… (Ctrl+E)</source>
            <translation>E&amp;xporteren… (Ctrl+E)</translation>
        </message>
        <message>
            <source>History · Alt+letter: a filter · Ctrl+F find · ↑/↓ and Enter open a unit · </source>
            <translation>Geschiedenis · Alt+letter: een filter · Ctrl+F zoeken · ↑/↓ en Enter openen een stuk · </translation>
        </message>
        <message>
            <source>Ctrl+E export · </source>
            <translation>Ctrl+E exporteren · </translation>
        </message>
        <message>
            <source>Ctrl+Backspace clear</source>
            <translation>Ctrl+Backspace wissen</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>{rows:,} unit(s)</source>
            <translation>{rows:,} stuk(s)</translation>
        </message>
        <message>
            <source>{rows:,} units shown, more as you scroll · counting…</source>
            <translation>{rows:,} stuks getoond, meer bij scrollen · tellen…</translation>
        </message>
        <message>
            <source>over {count_cap:,}</source>
            <translation>meer dan {count_cap:,}</translation>
        </message>
        <message>
            <source>{rowcount:,} of {total} units shown, more as you scroll</source>
            <translation>{rowcount:,} van {total} stuks getoond, meer bij scrollen</translation>
        </message>
        <message>
            <source>Exporting history needs a supervisor.</source>
            <translation>Geschiedenis exporteren vraagt een teamleider.</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>Geschiedenis exporteren</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {name}…</source>
            <translation>Exporteren naar {name}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>{rows:,} rows exported to {path} in {seconds:.1f} s</source>
            <translation>{rows:,} regels geëxporteerd naar {path} in {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <source>&amp;Override grade or route… (Ctrl+O)</source>
            <translation>Klasse of route &amp;corrigeren… (Ctrl+O)</translation>
        </message>
        <message>
            <source>[L]  Label…</source>
            <translation>[L]  Etiket…</translation>
        </message>
        <message>
            <source>Photos full size  [Enter on a photo]</source>
            <translation>Foto's op volle grootte  [Enter op een foto]</translation>
        </message>
        <message>
            <source>&amp;Evidence PDF… (Ctrl+D)</source>
            <translation>Bewijs-&amp;PDF… (Ctrl+D)</translation>
        </message>
        <message>
            <source>Unit {lpn}</source>
            <translation>Stuk {lpn}</translation>
        </message>
        <message>
            <source>, {total_seconds:.0f} s scan to label</source>
            <translation>, {total_seconds:.0f} s van scan tot etiket</translation>
        </message>
        <message>
            <source> · {count} override(s)</source>
            <translation> · {count} correctie(s)</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>{rma} · order {order_number} · tracking {tracking_number} · {return_type} · stated reason: {reason}</source>
            <translation>{rma} · bestelling {order_number} · tracking {tracking_number} · {return_type} · opgegeven reden: {reason}</translation>
        </message>
        <message>
            <source>unexpected return (no expected return matched)</source>
            <translation>onverwachte retour (geen verwachte retour paste)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>Herroeping</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>{operator} at {bench}, finished {when}{seconds}</source>
            <translation>{operator} op {bench}, afgerond {when}{seconds}</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etiketten</translation>
        </message>
        <message>
            <source>{count} printed or queued, {reprints} after the first</source>
            <translation>{count} afgedrukt of in de wachtrij, {reprints} na de eerste</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Ontvangst</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Defecten</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Terugbetaling</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Termijn</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto's</translation>
        </message>
        <message>
            <source>{width}×{height}
SHA-256 {sha256}</source>
            <translation>{width}×{height}
SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>afgerond</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>geannuleerd</translation>
        </message>
        <message>
            <source>The evidence document needs a supervisor.</source>
            <translation>Het bewijsstuk vraagt een teamleider.</translation>
        </message>
        <message>
            <source>Evidence PDF</source>
            <translation>Bewijs-PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the evidence to {target}…</source>
            <translation>Bewijsstuk wordt geschreven naar {target}…</translation>
        </message>
        <message>
            <source>Evidence written to {path}</source>
            <translation>Bewijsstuk geschreven naar {path}</translation>
        </message>
        <message>
            <source>Overriding a grade or route needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Een klasse of route corrigeren vraagt een teamleider; {name} is aangemeld als {label}.</translation>
        </message>
        <message>
            <source>Overriding {lpn}…</source>
            <translation>{lpn} wordt gecorrigeerd…</translation>
        </message>
        <message>
            <source> The {words}.</source>
            <translation> {words}.</translation>
        </message>
        <message>
            <source>Overridden: grade {grade}, route {route}. New label queued at {print_bench}.{followed}</source>
            <translation>Gecorrigeerd: klasse {grade}, route {route}. Nieuw etiket in de wachtrij op {print_bench}.{followed}</translation>
        </message>
    </context>
    <context>
        <name>JobStates</name>
        <message>
            <source>waiting for the printer</source>
            <translation>wacht op de printer</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>wordt verzonden</translation>
        </message>
        <message>
            <source>printed (not yet scanned)</source>
            <translation>afgedrukt (nog niet gescand)</translation>
        </message>
        <message>
            <source>did it print? (not known)</source>
            <translation>afgedrukt? (onbekend)</translation>
        </message>
        <message>
            <source>printed and scanned</source>
            <translation>afgedrukt en gescand</translation>
        </message>
        <message>
            <source>could not be made</source>
            <translation>kon niet worden gemaakt</translation>
        </message>
    </context>
    <context>
        <name>LabelDesk</name>
        <message>
            <source>The label for {lpn} could not be made: {detail}. The inspection is saved; ask a supervisor to reprint it.</source>
            <translation>Het etiket voor {lpn} kon niet worden gemaakt: {detail}. De inspectie is opgeslagen; vraag een teamleider om een herafdruk.</translation>
        </message>
        <message>
            <source>The printer connection broke while the label for {lpn} was sent: did it print? Answer Y or N.</source>
            <translation>De printerverbinding viel weg terwijl het etiket voor {lpn} werd verzonden: is het afgedrukt? Antwoord Y of N.</translation>
        </message>
        <message>
            <source>Label for {lpn} is queued, not printed: {detail}. The inspection is saved; the label prints when the printer is back.</source>
            <translation>Etiket voor {lpn} staat in de wachtrij, niet afgedrukt: {detail}. De inspectie is opgeslagen; het etiket wordt afgedrukt zodra de printer terug is.</translation>
        </message>
        <message>
            <source>Label for {lpn} printed (F4 shows it). Stick it on and scan it, then the next parcel.</source>
            <translation>Etiket voor {lpn} afgedrukt (F4 toont het). Plak het op en scan het, dan het volgende pakket.</translation>
        </message>
        <message>
            <source>{waiting} label(s) waiting · {text}</source>
            <translation>{waiting} etiket(ten) wachten · {text}</translation>
        </message>
        <message>
            <source>{unknown_count} to answer · {text}</source>
            <translation>{unknown_count} te beantwoorden · {text}</translation>
        </message>
        <message>
            <source>Printing the label for {lpn} again…</source>
            <translation>Etiket voor {lpn} wordt opnieuw afgedrukt…</translation>
        </message>
        <message>
            <source>No label printed at this bench since the start.</source>
            <translation>Sinds de start is op deze werkplek geen etiket afgedrukt.</translation>
        </message>
        <message>
            <source>Printer settings need the admin role; {operator} is signed in as {label}.</source>
            <translation>Printerinstellingen vragen de rol beheerder; {operator} is aangemeld als {label}.</translation>
        </message>
    </context>
    <context>
        <name>LabelDialogs</name>
        <message>
            <source>label</source>
            <translation>etiket</translation>
        </message>
        <message>
            <source>reprint ({reason})</source>
            <translation>herafdruk ({reason})</translation>
        </message>
        <message>
            <source> by {requested_by}</source>
            <translation> door {requested_by}</translation>
        </message>
    </context>
    <context>
        <name>LabelPreviewDialog</name>
        <message>
            <source>Label {lpn}</source>
            <translation>Etiket {lpn}</translation>
        </message>
        <message>
            <source>{printer}
{stock} at {dpi} dpi, as it prints</source>
            <translation>{printer}
{stock} op {dpi} dpi, zoals afgedrukt</translation>
        </message>
        <message>
            <source>no label yet</source>
            <translation>nog geen etiket</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Afgedrukt&lt;/b&gt;</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>geen limiet</translation>
        </message>
        <message>
            <source>{left} reprint(s) left for you</source>
            <translation>nog {left} herafdruk(ken) voor u</translation>
        </message>
        <message>
            <source>Reprints so far: {reprints_used} · {limit}</source>
            <translation>Herafdrukken tot nu toe: {reprints_used} · {limit}</translation>
        </message>
        <message>
            <source>Why print it again? (torn, smudged, lost …)</source>
            <translation>Waarom opnieuw afdrukken? (gescheurd, besmeurd, kwijt …)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reden:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Kopieën:</translation>
        </message>
        <message>
            <source>Reprint  [Alt+R]</source>
            <translation>Opnieuw afdrukken  [Alt+R]</translation>
        </message>
        <message>
            <source>Office printer…  [Alt+P]</source>
            <translation>Kantoorprinter…  [Alt+P]</translation>
        </message>
        <message>
            <source>[Esc]  Close</source>
            <translation>[Esc]  Sluiten</translation>
        </message>
        <message>
            <source>Type the reason first: every reprint is recorded with it.</source>
            <translation>Typ eerst de reden: elke herafdruk wordt ermee vastgelegd.</translation>
        </message>
        <message>
            <source>Reprint queued for {lpn}.</source>
            <translation>Herafdruk voor {lpn} in de wachtrij.</translation>
        </message>
        <message>
            <source>Print the label {lpn}</source>
            <translation>Etiket {lpn} afdrukken</translation>
        </message>
        <message>
            <source>system printer</source>
            <translation>systeemprinter</translation>
        </message>
        <message>
            <source>{name} refused the label; nothing was printed.</source>
            <translation>{name} weigerde het etiket; er is niets afgedrukt.</translation>
        </message>
    </context>
    <context>
        <name>LabelsScreen</name>
        <message>
            <source>Labels printed and never scanned on their item · F5 reload</source>
            <translation>Etiketten afgedrukt en nooit gescand op hun artikel · F5 herladen</translation>
        </message>
        <message>
            <source>printed?</source>
            <translation>afgedrukt?</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>afgedrukt</translation>
        </message>
        <message>
            <source>{count} label(s) not scanned yet: find each on its printer or item and scan it.</source>
            <translation>{count} etiket(ten) nog niet gescand: zoek elk etiket bij de printer of op het artikel en scan het.</translation>
        </message>
        <message>
            <source>Every printed label was scanned on its item.</source>
            <translation>Elk afgedrukt etiket is op zijn artikel gescand.</translation>
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} u {minutes:02d} min</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Inspect Station — {bench}</source>
            <translation>Inspect Station — {bench}</translation>
        </message>
        <message>
            <source>&amp;Quarantine</source>
            <translation>&amp;Quarantaine</translation>
        </message>
        <message>
            <source>A&amp;pprovals</source>
            <translation>Goedk&amp;euringen</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>C&amp;onflicten</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Niemand aangemeld</translation>
        </message>
        <message>
            <source> · F8 users · F11 approvals</source>
            <translation> · F8 gebruikers · F11 goedkeuringen</translation>
        </message>
        <message>
            <source>Locked · {name}</source>
            <translation>Vergrendeld · {name}</translation>
        </message>
        <message>
            <source>Locked. Scan your badge to carry on.</source>
            <translation>Vergrendeld. Scan uw pas om verder te gaan.</translation>
        </message>
        <message>
            <source>Locked after {minutes} minute(s) without activity. Scan your badge to carry on.</source>
            <translation>Vergrendeld na {minutes} minuut/minuten zonder activiteit. Scan uw pas om verder te gaan.</translation>
        </message>
        <message>
            <source>Internal error: {value}</source>
            <translation>Interne fout: {value}</translation>
        </message>
        <message>
            <source>Carry on with {lpn}.</source>
            <translation>Ga verder met {lpn}.</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Scan een pakket om te beginnen.</translation>
        </message>
        <message>
            <source>{name} signed in as {label}. {carry_on}</source>
            <translation>{name} aangemeld als {label}. {carry_on}</translation>
        </message>
        <message>
            <source>Switching operator.</source>
            <translation>Wissel van medewerker.</translation>
        </message>
        <message>
            <source>The users screen needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Het gebruikersscherm vraagt een teamleider; {name} is aangemeld als {label}.</translation>
        </message>
        <message>
            <source>Outcomes on their way to the shops</source>
            <translation>Uitkomsten onderweg naar de webshops</translation>
        </message>
        <message>
            <source>; a supervisor retries or skips the dead letters (inspect-station outbox list)</source>
            <translation>; een teamleider probeert de onbestelbare berichten opnieuw of slaat ze over (inspect-station outbox list)</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>full refund</source>
            <translation>volledige terugbetaling</translation>
        </message>
        <message>
            <source>partial refund of the amount below</source>
            <translation>gedeeltelijke terugbetaling van het bedrag hieronder</translation>
        </message>
        <message>
            <source>refuse the refund</source>
            <translation>terugbetaling weigeren</translation>
        </message>
        <message>
            <source>approve the exchange: send the replacement</source>
            <translation>omruiling goedkeuren: vervanging sturen</translation>
        </message>
        <message>
            <source>warranty: repair</source>
            <translation>garantie: repareren</translation>
        </message>
        <message>
            <source>warranty: replace</source>
            <translation>garantie: vervangen</translation>
        </message>
        <message>
            <source>warranty: reject the claim</source>
            <translation>garantie: claim afwijzen</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>as the rules decide</source>
            <translation>zoals de regels bepalen</translation>
        </message>
        <message>
            <source>Override {lpn}</source>
            <translation>{lpn} corrigeren</translation>
        </message>
        <message>
            <source>Now: grade {grade}, route {route}. Graded by {operator}.</source>
            <translation>Nu: klasse {grade}, route {route}. Beoordeeld door {operator}.</translation>
        </message>
        <message>
            <source>why (required): what the photos or the item show</source>
            <translation>reden (verplicht): wat de foto's of het artikel laten zien</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Klasse</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>&amp;Route</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>Print the new label &amp;here ({here})</source>
            <translation>Nieuw etiket &amp;hier afdrukken ({here})</translation>
        </message>
        <message>
            <source>&amp;Queue it at the unit's bench ({bench})</source>
            <translation>In de &amp;wachtrij van de werkplek van het stuk ({bench})</translation>
        </message>
        <message>
            <source>A new grade is routed again by the active rules on the unit's recorded facts, and its refund recommendation follows the new grade: one waiting for approval is released as your decision; one a supervisor changed by hand is kept.</source>
            <translation>Een nieuwe klasse wordt opnieuw gerouteerd door de actieve regels op basis van de vastgelegde feiten van het stuk, en het terugbetalingsadvies volgt de nieuwe klasse: een advies dat op goedkeuring wacht, wordt vrijgegeven als uw beslissing; een advies dat een teamleider met de hand wijzigde, blijft staan.</translation>
        </message>
        <message>
            <source>Override (Ctrl+Enter)</source>
            <translation>Corrigeren (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Say why: the reason is required.</source>
            <translation>Zeg waarom: de reden is verplicht.</translation>
        </message>
        <message>
            <source>Choose a new grade or a new route.</source>
            <translation>Kies een nieuwe klasse of een nieuwe route.</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Pakket</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Soort retour</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestelling</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <source>Stated reason</source>
            <translation>Opgegeven reden</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Geleverd</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <source>This unit</source>
            <translation>Dit stuk</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Terugbetaling</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Hier</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Ontbreekt</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>↑/↓ choose a line · M marks a unit of it missing · E empty box</source>
            <translation>↑/↓ kies een regel · M markeert een stuk ervan als ontbrekend · E lege doos</translation>
        </message>
        <message>
            <source>Scan a parcel</source>
            <translation>Scan een pakket</translation>
        </message>
        <message>
            <source>unknown item</source>
            <translation>onbekend artikel</translation>
        </message>
        <message>
            <source>Unexpected return · held in quarantine</source>
            <translation>Onverwachte retour · in quarantaine</translation>
        </message>
        <message>
            <source>{code} (scanned)</source>
            <translation>{code} (gescand)</translation>
        </message>
        <message>
            <source>— (no return known)</source>
            <translation>— (geen retour bekend)</translation>
        </message>
        <message>
            <source>{delivered_on} · {days} days ago</source>
            <translation>{delivered_on} · {days} dagen geleden</translation>
        </message>
        <message>
            <source>{total} · {units_expected} unit(s)</source>
            <translation>{total} · {units_expected} stuk(s)</translation>
        </message>
    </context>
    <context>
        <name>PhotoFlow</name>
        <message>
            <source> (extra)</source>
            <translation> (extra)</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name} of “{label}”: the deduction needs a photo of its defect</source>
            <translation>Volgende foto: [Ctrl+{number}] {name} van ‘{label}’: de aftrek vraagt een foto van het defect</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name}{extra} — {hint}</source>
            <translation>Volgende foto: [Ctrl+{number}] {name}{extra} — {hint}</translation>
        </message>
        <message>
            <source>No shot type {number}: use Ctrl+1–{choices}.</source>
            <translation>Geen opnamesoort {number}: gebruik Ctrl+1–{choices}.</translation>
        </message>
        <message>
            <source>Next photo: {name}.</source>
            <translation>Volgende foto: {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel before taking photos.</source>
            <translation>Scan een pakket voordat u foto's maakt.</translation>
        </message>
        <message>
            <source>Camera unavailable: add photos from a file with O.</source>
            <translation>Camera niet beschikbaar: voeg foto's uit een bestand toe met O.</translation>
        </message>
        <message>
            <source>Scan a parcel before adding photos.</source>
            <translation>Scan een pakket voordat u foto's toevoegt.</translation>
        </message>
        <message>
            <source>Add a photo from a file</source>
            <translation>Foto uit een bestand toevoegen</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png)</source>
            <translation>Afbeeldingen (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Dropped. Adjust the item or the light, then take {name} again.</source>
            <translation>Verworpen. Pas het artikel of het licht aan en maak {name} opnieuw.</translation>
        </message>
        <message>
            <source>Scan a parcel to see its photos.</source>
            <translation>Scan een pakket om de foto's te zien.</translation>
        </message>
        <message>
            <source>Photo not saved: {error} The unit stays open; photos taken so far are kept.</source>
            <translation>Foto niet opgeslagen: {error} Het stuk blijft open; de foto's tot nu toe blijven bewaard.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> en </translation>
        </message>
        <message>
            <source>{name} looks {problems}. Retake it?</source>
            <translation>{name} is {problems}. Opnieuw maken?</translation>
        </message>
        <message>
            <source>{name} looks poor: retake (R, or Space for a new photo) or keep it (K)?</source>
            <translation>{name} is slecht: opnieuw maken (R, of Spatie voor een nieuwe foto) of bewaren (K)?</translation>
        </message>
        <message>
            <source>That picture of {name} is already saved.</source>
            <translation>Deze afbeelding van {name} is al opgeslagen.</translation>
        </message>
        <message>
            <source>{name} saved ({width}×{height})</source>
            <translation>{name} opgeslagen ({width}×{height})</translation>
        </message>
        <message>
            <source> · {code_format} {code_text} seen</source>
            <translation> · {code_format} {code_text} gezien</translation>
        </message>
        <message>
            <source> · kept despite: </source>
            <translation> · bewaard ondanks: </translation>
        </message>
        <message>
            <source>{text}. Still needed: {missing}.</source>
            <translation>{text}. Nog nodig: {missing}.</translation>
        </message>
        <message>
            <source>{text}. All required photos taken.</source>
            <translation>{text}. Alle vereiste foto's gemaakt.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Camera · [Ctrl+1–9] shot, in this order · [O] file · [G] full size</source>
            <translation>Camera · [Ctrl+1–9] opname, in deze volgorde · [O] bestand · [G] volle grootte</translation>
        </message>
        <message>
            <source>[Space] / [{pedal_key}]  Take photo</source>
            <translation>[Space] / [{pedal_key}]  Foto maken</translation>
        </message>
        <message>
            <source>{width}×{height} · {size_bytes:.0f} KB · {source}</source>
            <translation>{width}×{height} · {size_bytes:.0f} KB · {source}</translation>
        </message>
        <message>
            <source>{operator} at {bench}, {when}</source>
            <translation>{operator} op {bench}, {when}</translation>
        </message>
        <message>
            <source>SHA-256 {sha256}</source>
            <translation>SHA-256 {sha256}</translation>
        </message>
    </context>
    <context>
        <name>PrintQuestion</name>
        <message>
            <source>Did the label print?</source>
            <translation>Is het etiket afgedrukt?</translation>
        </message>
        <message>
            <source>Did the label for &lt;b&gt;{lpn}&lt;/b&gt; print?</source>
            <translation>Is het etiket voor &lt;b&gt;{lpn}&lt;/b&gt; afgedrukt?</translation>
        </message>
        <message>
            <source>{last_error}

The station does not print it again by itself, so that no unit gets two labels. Look at the printer, then answer — or scan the label if it is there.</source>
            <translation>{last_error}

Het station drukt het niet vanzelf opnieuw af, zodat geen stuk twee etiketten krijgt. Kijk bij de printer en antwoord dan — of scan het etiket als het er is.</translation>
        </message>
        <message>
            <source>The printer connection broke while it was being sent.</source>
            <translation>De printerverbinding viel weg tijdens het verzenden.</translation>
        </message>
        <message>
            <source>[Y]  Yes, it printed</source>
            <translation>[Y]  Ja, afgedrukt</translation>
        </message>
        <message>
            <source>[N]  No — print it again</source>
            <translation>[N]  Nee — opnieuw afdrukken</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsDialog</name>
        <message>
            <source>Printers</source>
            <translation>Printers</translation>
        </message>
        <message>
            <source>Copies of each routing label:</source>
            <translation>Kopieën van elk routeringsetiket:</translation>
        </message>
        <message>
            <source>Reprints per unit an operator may make:</source>
            <translation>Herafdrukken per stuk die een medewerker mag maken:</translation>
        </message>
        <message>
            <source>printer name or IP address</source>
            <translation>printernaam of IP-adres</translation>
        </message>
        <message>
            <source>CUPS queue (lpstat -p lists them)</source>
            <translation>CUPS-wachtrij (lpstat -p toont ze)</translation>
        </message>
        <message>
            <source>as the station ({label_stock})</source>
            <translation>zoals het station ({label_stock})</translation>
        </message>
        <message>
            <source>as the station ({label_dpi})</source>
            <translation>zoals het station ({label_dpi})</translation>
        </message>
        <message>
            <source>colour printer: the destination band in its colour</source>
            <translation>kleurenprinter: de bestemmingsband in zijn kleur</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Naam:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Soort:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Poort:</translation>
        </message>
        <message>
            <source>CUPS queue:</source>
            <translation>CUPS-wachtrij:</translation>
        </message>
        <message>
            <source>Sends:</source>
            <translation>Verstuurt:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Map:</translation>
        </message>
        <message>
            <source>Label stock:</source>
            <translation>Etiketformaat:</translation>
        </message>
        <message>
            <source>Resolution (dpi):</source>
            <translation>Resolutie (dpi):</translation>
        </message>
        <message>
            <source>Time-out:</source>
            <translation>Time-out:</translation>
        </message>
        <message>
            <source>[Ctrl+N]  Add printer</source>
            <translation>[Ctrl+N]  Printer toevoegen</translation>
        </message>
        <message>
            <source>[Del]  Remove</source>
            <translation>[Del]  Verwijderen</translation>
        </message>
        <message>
            <source>[Ctrl+U]  Use for routing labels</source>
            <translation>[Ctrl+U]  Gebruiken voor routeringsetiketten</translation>
        </message>
        <message>
            <source>[F5]  Check</source>
            <translation>[F5]  Controleren</translation>
        </message>
        <message>
            <source>[Ctrl+T]  Print test label</source>
            <translation>[Ctrl+T]  Testetiket afdrukken</translation>
        </message>
        <message>
            <source>[Ctrl+S]  Save</source>
            <translation>[Ctrl+S]  Opslaan</translation>
        </message>
        <message>
            <source>[Esc]  Cancel</source>
            <translation>[Esc]  Annuleren</translation>
        </message>
        <message>
            <source>  ★ routing labels</source>
            <translation>  ★ routeringsetiketten</translation>
        </message>
        <message>
            <source>The labels folder is built in and stays.</source>
            <translation>De etikettenmap is ingebouwd en blijft.</translation>
        </message>
        <message>
            <source>Routing labels will print on {label_printer} once saved.</source>
            <translation>Routeringsetiketten worden na het opslaan afgedrukt op {label_printer}.</translation>
        </message>
        <message>
            <source>Asking {name}…</source>
            <translation>{name} bevragen…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>gereed</translation>
        </message>
        <message>
            <source>Printing a test label on {name}…</source>
            <translation>Testetiket wordt afgedrukt op {name}…</translation>
        </message>
        <message>
            <source>Test label sent to {name}: {where}</source>
            <translation>Testetiket verzonden naar {name}: {where}</translation>
        </message>
    </context>
    <context>
        <name>QualityPrompt</name>
        <message>
            <source>[R] Retake</source>
            <translation>[R] Opnieuw</translation>
        </message>
        <message>
            <source>[K] Keep anyway</source>
            <translation>[K] Toch bewaren</translation>
        </message>
    </context>
    <context>
        <name>QuarantineModel</name>
        <message>
            <source>graded {grade} → {route}</source>
            <translation>beoordeeld {grade} → {route}</translation>
        </message>
    </context>
    <context>
        <name>QuarantineScreen</name>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} u {minutes:02d} min</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>Quarantine · unexpected returns, oldest first · </source>
            <translation>Quarantaine · onverwachte retouren, oudste eerst · </translation>
        </message>
        <message>
            <source>Enter attach to a return · Ctrl+N new return from the contents · </source>
            <translation>Enter koppelen aan een retour · Ctrl+N nieuwe retour uit de inhoud · </translation>
        </message>
        <message>
            <source>a supervisor places them · </source>
            <translation>een teamleider plaatst ze · </translation>
        </message>
        <message>
            <source>F5 reload · F1 bench</source>
            <translation>F5 herladen · F1 werkplek</translation>
        </message>
        <message>
            <source>Placing a parcel from quarantine needs a supervisor.</source>
            <translation>Een pakket uit quarantaine plaatsen vraagt een teamleider.</translation>
        </message>
        <message>
            <source>{rows} unexpected return(s) waiting to be placed.</source>
            <translation>{rows} onverwachte retour(en) wachten op plaatsing.</translation>
        </message>
        <message>
            <source>{done} Nothing else in quarantine.</source>
            <translation>{done} Verder niets in quarantaine.</translation>
        </message>
        <message>
            <source>Nothing in quarantine.</source>
            <translation>Niets in quarantaine.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a parcel.</source>
            <translation>Niets geselecteerd: ↑/↓ om een pakket te kiezen.</translation>
        </message>
        <message>
            <source>attached to</source>
            <translation>gekoppeld aan</translation>
        </message>
        <message>
            <source>placed on the new return</source>
            <translation>geplaatst op de nieuwe retour</translation>
        </message>
    </context>
    <context>
        <name>ReturnChooser</name>
        <message>
            <source>Which return is this?</source>
            <translation>Welke retour is dit?</translation>
        </message>
        <message>
            <source>{candidates} open returns match {matched}. ↑/↓ and Enter:</source>
            <translation>{candidates} open retouren passen bij {matched}. ↑/↓ en Enter:</translation>
        </message>
        <message>
            <source>this product</source>
            <translation>dit product</translation>
        </message>
        <message>
            <source>{days_since_delivery} days ago</source>
            <translation>{days_since_delivery} dagen geleden</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>geen datum</translation>
        </message>
        <message>
            <source>{customer} · {items}
    {rma} · order {order_number} · delivered {delivered} · {total_value:.2f} · {reason}</source>
            <translation>{customer} · {items}
    {rma} · bestelling {order_number} · geleverd {delivered} · {total_value:.2f} · {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScanFlow</name>
        <message>
            <source>Still looking up the last code: scan again in a moment.</source>
            <translation>De vorige code wordt nog opgezocht: scan zo meteen opnieuw.</translation>
        </message>
        <message>
            <source>the code</source>
            <translation>de code</translation>
        </message>
        <message>
            <source>Looking up {shown}…</source>
            <translation>{shown} opzoeken…</translation>
        </message>
        <message>
            <source>Carry on with {open_unit}.</source>
            <translation>Ga verder met {open_unit}.</translation>
        </message>
        <message>
            <source>Scan the next parcel.</source>
            <translation>Scan het volgende pakket.</translation>
        </message>
        <message>
            <source>Label for {lpn} confirmed. {then}</source>
            <translation>Etiket voor {lpn} bevestigd. {then}</translation>
        </message>
        <message>
            <source>{lpn} was inspected at {bench} by {operator}: grade {grade} → {route}.</source>
            <translation>{lpn} is op {bench} geïnspecteerd door {operator}: klasse {grade} → {route}.</translation>
        </message>
        <message>
            <source>No expected return for {code}. Press U to receive it as an unexpected return, or scan another code.</source>
            <translation>Geen verwachte retour voor {code}. Druk op U om het als onverwachte retour te ontvangen, of scan een andere code.</translation>
        </message>
        <message>
            <source>{code} is in {count} open returns: choose one.</source>
            <translation>{code} staat in {count} open retouren: kies er een.</translation>
        </message>
        <message>
            <source>this code</source>
            <translation>deze code</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <source>the field “{name}”</source>
            <translation>het veld ‘{name}’</translation>
        </message>
        <message>
            <source>a text field</source>
            <translation>een tekstveld</translation>
        </message>
        <message>
            <source>Scan refused: {problem}</source>
            <translation>Scan geweigerd: {problem}</translation>
        </message>
        <message>
            <source>A scan cannot go into this dialog: close it first, then scan.</source>
            <translation>Een scan kan niet in dit dialoogvenster: sluit het eerst en scan dan.</translation>
        </message>
        <message>
            <source>A scan cannot go into {field}: nothing was typed. Leave the field (Esc), then scan.</source>
            <translation>Een scan kan niet in {field}: er is niets getypt. Verlaat het veld (Esc) en scan dan.</translation>
        </message>
        <message>
            <source>This field cannot take a scan.</source>
            <translation>Dit veld kan geen scan opnemen.</translation>
        </message>
        <message>
            <source>Sign in first (scan your badge), then scan the parcel.</source>
            <translation>Meld u eerst aan (scan uw pas) en scan dan het pakket.</translation>
        </message>
        <message>
            <source>That code</source>
            <translation>Die code</translation>
        </message>
        <message>
            <source>{code} is not a badge known at this station: scan your badge.</source>
            <translation>{code} is geen pas die dit station kent: scan uw pas.</translation>
        </message>
    </context>
    <context>
        <name>ScanSources</name>
        <message>
            <source>prefix {key}</source>
            <translation>prefix {key}</translation>
        </message>
        <message>
            <source>AIM prefix</source>
            <translation>AIM-prefix</translation>
        </message>
        <message>
            <source>timing</source>
            <translation>timing</translation>
        </message>
        <message>
            <source>keyboard ({mode})</source>
            <translation>toetsenbord ({mode})</translation>
        </message>
        <message>
            <source>camera (outline)</source>
            <translation>camera (omlijning)</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>camera</translation>
        </message>
    </context>
    <context>
        <name>SerialScanner</name>
        <message>
            <source>serial scanner {port_name}: off</source>
            <translation>seriële scanner {port_name}: uit</translation>
        </message>
        <message>
            <source>serial scanner {port_name}</source>
            <translation>seriële scanner {port_name}</translation>
        </message>
        <message>
            <source>serial scanner {port_name}: {why}; retrying</source>
            <translation>seriële scanner {port_name}: {why}; opnieuw proberen</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent over {max_line:,} bytes without a line end; set its suffix to CR or LF.</source>
            <translation>De seriële scanner op {port_name} stuurde meer dan {max_line:,} bytes zonder regeleinde; stel het achtervoegsel in op CR of LF.</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent bytes that are not text; check its baud rate (the station uses {baudrate}).</source>
            <translation>De seriële scanner op {port_name} stuurde bytes die geen tekst zijn; controleer de baudrate (het station gebruikt {baudrate}).</translation>
        </message>
    </context>
    <context>
        <name>ShotBar</name>
        <message>
            <source>No photos required for this unit.</source>
            <translation>Voor dit stuk zijn geen foto's nodig.</translation>
        </message>
        <message>
            <source>{required_count2} of {required_count} required photos · missing: {missing}</source>
            <translation>{required_count2} van {required_count} vereiste foto's · ontbreken: {missing}</translation>
        </message>
        <message>
            <source>All {required_count} required photos taken.</source>
            <translation>Alle {required_count} vereiste foto's gemaakt.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>scan your badge, or type its code</source>
            <translation>scan uw pas, of typ de code</translation>
        </message>
        <message>
            <source>PIN, then Enter</source>
            <translation>Pincode, dan Enter</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Pas</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>Enter moves on · Esc starts again</source>
            <translation>Enter gaat verder · Esc begint opnieuw</translation>
        </message>
        <message>
            <source>Inspect Station · {bench}</source>
            <translation>Inspect Station · {bench}</translation>
        </message>
        <message>
            <source>Scan your badge to sign in.</source>
            <translation>Scan uw pas om aan te melden.</translation>
        </message>
        <message>
            <source>Locked · {bench}</source>
            <translation>Vergrendeld · {bench}</translation>
        </message>
        <message>
            <source>Badge {badge}: type your PIN, then Enter.</source>
            <translation>Pas {badge}: typ uw pincode, dan Enter.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Controleren…</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Bench {bench}</source>
            <translation>Werkplek {bench}</translation>
        </message>
        <message>
            <source>Operator {operator}</source>
            <translation>Medewerker {operator}</translation>
        </message>
        <message>
            <source>Camera: starting…</source>
            <translation>Camera: starten…</translation>
        </message>
        <message>
            <source>Printer: —</source>
            <translation>Printer: —</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Database: {database}</translation>
        </message>
        <message>
            <source>Scan: keyboard</source>
            <translation>Scan: toetsenbord</translation>
        </message>
        <message>
            <source>Shop: —</source>
            <translation>Webshop: —</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <source>Camera: {text}</source>
            <translation>Camera: {text}</translation>
        </message>
        <message>
            <source>Printer: {text}</source>
            <translation>Printer: {text}</translation>
        </message>
        <message>
            <source>Scan: {text}</source>
            <translation>Scan: {text}</translation>
        </message>
    </context>
    <context>
        <name>UnitTabs</name>
        <message>
            <source>◀ this unit</source>
            <translation>◀ dit stuk</translation>
        </message>
        <message>
            <source>defect ticked</source>
            <translation>aangevinkt defect</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>ernst</translation>
        </message>
        <message>
            <source>caps</source>
            <translation>maximaal</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>oorzaak</translation>
        </message>
        <message>
            <source>deduct</source>
            <translation>aftrek</translation>
        </message>
        <message>
            <source>the route was decided on</source>
            <translation>basis van de route</translation>
        </message>
        <message>
            <source>&amp;Grading ({defects} defect(s))</source>
            <translation>&amp;Beoordeling ({defects} defect(en))</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitkomst</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Termijn</translation>
        </message>
        <message>
            <source>Photos behind it</source>
            <translation>Onderliggende foto's</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>aftrek</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>bedrag</translation>
        </message>
        <message>
            <source>handling beyond testing</source>
            <translation>gebruik verder dan uitproberen</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>foto's</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Terugbetaling</translation>
        </message>
        <message>
            <source>line</source>
            <translation>regel</translation>
        </message>
        <message>
            <source>description</source>
            <translation>omschrijving</translation>
        </message>
        <message>
            <source>qty</source>
            <translation>aantal</translation>
        </message>
        <message>
            <source>price</source>
            <translation>prijs</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ontvangen</translation>
        </message>
        <message>
            <source>&amp;Lines ({lines})</source>
            <translation>&amp;Regels ({lines})</translation>
        </message>
        <message>
            <source>first label</source>
            <translation>eerste etiket</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>in wachtrij</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>werkplek</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>printer</translation>
        </message>
        <message>
            <source>state</source>
            <translation>status</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>pogingen</translation>
        </message>
        <message>
            <source>why</source>
            <translation>reden</translation>
        </message>
        <message>
            <source>sent to / problem</source>
            <translation>verzonden naar / probleem</translation>
        </message>
        <message>
            <source>L&amp;abels ({jobs})</source>
            <translation>Eti&amp;ketten ({jobs})</translation>
        </message>
        <message>
            <source>when</source>
            <translation>wanneer</translation>
        </message>
        <message>
            <source>who</source>
            <translation>wie</translation>
        </message>
        <message>
            <source>what</source>
            <translation>wat</translation>
        </message>
        <message>
            <source>&amp;Timeline ({events})</source>
            <translation>T&amp;ijdlijn ({events})</translation>
        </message>
        <message>
            <source>written</source>
            <translation>geschreven</translation>
        </message>
        <message>
            <source>event</source>
            <translation>gebeurtenis</translation>
        </message>
        <message>
            <source>to</source>
            <translation>naar</translation>
        </message>
        <message>
            <source>the receiver's answer</source>
            <translation>het antwoord van de ontvanger</translation>
        </message>
        <message>
            <source>S&amp;hop ({waiting} waiting)</source>
            <translation>&amp;Webshop ({waiting} wachtend)</translation>
        </message>
        <message>
            <source>S&amp;hop ({shop_count})</source>
            <translation>&amp;Webshop ({shop_count})</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New PIN for {name}</source>
            <translation>Nieuwe pincode voor {name}</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Gebruiker toevoegen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Pas</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Pincode opnieuw</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>De twee pincodes verschillen.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Gebruikers</translation>
        </message>
        <message>
            <source>Insert add · Ctrl+D disable/enable · Ctrl+R new PIN · </source>
            <translation>Insert toevoegen · Ctrl+D uitschakelen/inschakelen · Ctrl+R nieuwe pincode · </translation>
        </message>
        <message>
            <source>↑/↓ choose · {admin}Ctrl+U unlock · F5 refresh · F1 bench</source>
            <translation>↑/↓ kiezen · {admin}Ctrl+U ontgrendelen · F5 vernieuwen · F1 werkplek</translation>
        </message>
        <message>
            <source>{rows} users, {locked} badge(s) locked.</source>
            <translation>{rows} gebruikers, {locked} pas(sen) vergrendeld.</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>uitgeschakeld</translation>
        </message>
        <message>
            <source>LOCKED</source>
            <translation>VERGRENDELD</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actief</translation>
        </message>
        <message>
            <source>{name} added.</source>
            <translation>{name} toegevoegd.</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} heeft een nieuwe pincode.</translation>
        </message>
        <message>
            <source>{name} enabled.</source>
            <translation>{name} ingeschakeld.</translation>
        </message>
        <message>
            <source>{name} disabled.</source>
            <translation>{name} uitgeschakeld.</translation>
        </message>
        <message>
            <source>{name} unlocked.</source>
            <translation>{name} ontgrendeld.</translation>
        </message>
    </context>
    <context>
        <name>WedgeScanner</name>
        <message>
            <source>{text!r} is not a key Qt knows (e.g. F13, Tools, Ctrl+Shift+F12)</source>
            <translation>{text!r} is geen toets die Qt kent (bijv. F13, Tools, Ctrl+Shift+F12)</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalForm</name>
        <message>
            <source>Withdrawal button</source>
            <translation>Herroepingsknop</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Carrier's first scan</source>
            <translation>Eerste scan van de vervoerder</translation>
        </message>
        <message>
            <source>Drop-off receipt</source>
            <translation>Afgiftebewijs</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM</source>
            <translation>JJJJ-MM-DD UU:MM</translation>
        </message>
        <message>
            <source>An IANA time zone (Europe/Berlin) or an offset (+01:00)</source>
            <translation>Een IANA-tijdzone (Europe/Amsterdam) of een verschuiving (+01:00)</translation>
        </message>
        <message>
            <source>Notice received</source>
            <translation>Verklaring ontvangen</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Tijdzone</translation>
        </message>
        <message>
            <source>Notice channel</source>
            <translation>Kanaal van de verklaring</translation>
        </message>
        <message>
            <source>Acknowledgement id</source>
            <translation>Bevestigings-ID</translation>
        </message>
        <message>
            <source>Proof of sending</source>
            <translation>Verzendbewijs</translation>
        </message>
        <message>
            <source>Proof by</source>
            <translation>Bewijs via</translation>
        </message>
        <message>
            <source>Informed of the right</source>
            <translation>Geïnformeerd over het recht</translation>
        </message>
        <message>
            <source>Delivery paid</source>
            <translation>Verzendkosten betaald</translation>
        </message>
        <message>
            <source>Cheapest standard delivery</source>
            <translation>Goedkoopste standaardlevering</translation>
        </message>
    </context>
    <context>
        <name>WrongItemFlow</name>
        <message>
            <source>The camera sees product code {code}, not this unit's {expected}: is it the wrong item? W records it as what came back.</source>
            <translation>De camera ziet productcode {code}, niet die van dit stuk ({expected}): is het het verkeerde artikel? W legt het vast als wat er terugkwam.</translation>
        </message>
        <message>
            <source>Wrong item: scan the item's own code (EAN, UPC, GTIN or DataMatrix) to record what came back, then grade it.</source>
            <translation>Verkeerd artikel: scan de eigen code van het artikel (EAN, UPC, GTIN of DataMatrix) om vast te leggen wat er terugkwam, en beoordeel het dan.</translation>
        </message>
        <message>
            <source>Wrong item recorded: {item}. Now grade it.</source>
            <translation>Verkeerd artikel vastgelegd: {item}. Beoordeel het nu.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>code</translation>
        </message>
    </context>
    <context>
        <name>_PlaceDialog</name>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; — scanned {scanned_code!s} at {bench} ({reading})</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; — {scanned_code!s} gescand op {bench} ({reading})</translation>
        </message>
    </context>
    <context>
        <name>_Worker</name>
        <message>
            <source>Camera back: {describe}</source>
            <translation>Camera terug: {describe}</translation>
        </message>
        <message>
            <source>Camera lost: {problem}</source>
            <translation>Camera kwijt: {problem}</translation>
        </message>
        <message>
            <source>retrying in {left} s</source>
            <translation>opnieuw over {left} s</translation>
        </message>
        <message>
            <source>retrying now</source>
            <translation>nu opnieuw</translation>
        </message>
    </context>
</TS>
