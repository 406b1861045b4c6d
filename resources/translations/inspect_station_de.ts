<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>App</name>
        <message>
            <source>Inspect Station cannot start</source>
            <translation>Inspect Station kann nicht starten</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsModel</name>
        <message>
            <source>{grade} (checklist {computed_grade})</source>
            <translation>{grade} (Prüfliste {computed_grade})</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>unerwartete Retoure</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>versandt</translation>
        </message>
        <message>
            <source>received</source>
            <translation>erhalten</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded</source>
            <translation>keine Widerrufserklärung erfasst</translation>
        </message>
        <message>
            <source>unexpected</source>
            <translation>unerwartet</translation>
        </message>
        <message>
            <source>{day} ({because})</source>
            <translation>{day} ({because})</translation>
        </message>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · graded by {operator} at {bench}</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · bewertet von {operator} an {bench}</translation>
        </message>
        <message>
            <source>Grade {grade} given, the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>Klasse {grade} vergeben, die Prüfliste ergab {computed_grade}: „{override_reason}“</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>kein Foto</translation>
        </message>
        <message>
            <source>Deduction: {label} −{percent} % ({amount}): {handling} · photos {photos}</source>
            <translation>Abzug: {label} −{percent} % ({amount}): {handling} · Fotos {photos}</translation>
        </message>
        <message>
            <source>Deduction refused: {label} −{percent} %: the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>Abzug abgelehnt: {label} −{percent} %: der Verbraucher wurde nicht über das Widerrufsrecht belehrt (Art. 14 Abs. 2)</translation>
        </message>
        <message>
            <source>Waits because: </source>
            <translation>Wartet, weil: </translation>
        </message>
        <message>
            <source>The refund {withheld}</source>
            <translation>Die Erstattung {withheld}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsScreen</name>
        <message>
            <source>Open the unit [Enter]</source>
            <translation>Einheit öffnen [Enter]</translation>
        </message>
        <message>
            <source>[A]  Approve</source>
            <translation>[A]  Freigeben</translation>
        </message>
        <message>
            <source>[C]  Change…</source>
            <translation>[C]  Ändern…</translation>
        </message>
        <message>
            <source> · ↑/↓ and Enter open a unit · A approve · C change · F5 reload</source>
            <translation> · ↑/↓ und Enter öffnen eine Einheit · A freigeben · C ändern · F5 neu laden</translation>
        </message>
        <message>
            <source>The approval queue is for supervisors: approving or changing a refund, exchange or warranty recommendation needs the supervisor role ({name} is signed in as {label}).</source>
            <translation>Die Freigabeliste ist für Teamleiter: Eine Empfehlung zu Erstattung, Umtausch oder Garantie freizugeben oder zu ändern, erfordert die Rolle Teamleiter ({name} ist angemeldet als {label}).</translation>
        </message>
        <message>
            <source>Approvals · refund, exchange and warranty recommendations waiting, the refund due soonest first</source>
            <translation>Freigaben · Empfehlungen zu Erstattung, Umtausch und Garantie, die am frühesten fällige Erstattung zuerst</translation>
        </message>
        <message>
            <source> · ⚠ waiting over {hours:g} h (approval_flag_hours) or refund due within {warn} h</source>
            <translation> · ⚠ wartet über {hours:g} h (approval_flag_hours) oder Erstattung fällig in {warn} h</translation>
        </message>
        <message>
            <source>{rows:,} of {total:,}</source>
            <translation>{rows:,} von {total:,}</translation>
        </message>
        <message>
            <source>{shown} recommendation(s) waiting</source>
            <translation>{shown} Empfehlung(en) warten</translation>
        </message>
        <message>
            <source>, {flagged} flagged ⚠.</source>
            <translation>, {flagged} markiert ⚠.</translation>
        </message>
        <message>
            <source>{done} Nothing waits for approval.</source>
            <translation>{done} Nichts wartet auf Freigabe.</translation>
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
            <translation>freigeben</translation>
        </message>
        <message>
            <source>full</source>
            <translation>volle</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>teilweise</translation>
        </message>
        <message>
            <source>Approve this refund?</source>
            <translation>Diese Erstattung freigeben?</translation>
        </message>
        <message>
            <source>Approve {outcome} refund of {money} for {lpn}{description}?

Enter approves it; Esc goes back to the queue.</source>
            <translation>{outcome} Erstattung von {money} für {lpn}{description} freigeben?

Enter gibt sie frei; Esc führt zurück zur Liste.</translation>
        </message>
        <message>
            <source>Approve {money}</source>
            <translation>{money} freigeben</translation>
        </message>
        <message>
            <source>{lpn} not approved.</source>
            <translation>{lpn} nicht freigegeben.</translation>
        </message>
        <message>
            <source>Approving {lpn}…</source>
            <translation>{lpn} wird freigegeben…</translation>
        </message>
        <message>
            <source>change</source>
            <translation>ändern</translation>
        </message>
        <message>
            <source>Changing the recommendation for {lpn}…</source>
            <translation>Empfehlung für {lpn} wird geändert…</translation>
        </message>
        <message>
            <source>Only a supervisor may {what} a recommendation; {name} is signed in as {label}.</source>
            <translation>Nur ein Teamleiter darf eine Empfehlung {what}; {name} ist angemeldet als {label}.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a recommendation.</source>
            <translation>Nichts ausgewählt: ↑/↓ wählt eine Empfehlung.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Freigegeben</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Geändert</translation>
        </message>
        <message>
            <source>{verb}: {lpn}, {outcome_text}, released.</source>
            <translation>{verb}: {lpn}, {outcome_text}, freigegeben.</translation>
        </message>
        <message>
            <source>{error} The queue below is as it is now.</source>
            <translation>{error} Die Liste unten zeigt den aktuellen Stand.</translation>
        </message>
        <message>
            <source>That unit has no refund recommendation to decide.</source>
            <translation>Diese Einheit hat keine Erstattungsempfehlung zu entscheiden.</translation>
        </message>
        <message>
            <source> by {decided_by}</source>
            <translation> von {decided_by}</translation>
        </message>
        <message>
            <source>{lpn} does not wait: it was {status}{by}.</source>
            <translation>{lpn} wartet nicht: Status {status}{by}.</translation>
        </message>
    </context>
    <context>
        <name>Assessing</name>
        <message>
            <source>This unit is not in the parcel: it gets no grade.</source>
            <translation>Diese Einheit ist nicht im Paket: Sie erhält keine Klasse.</translation>
        </message>
        <message>
            <source>Override the checklist's grade</source>
            <translation>Klasse der Prüfliste korrigieren</translation>
        </message>
        <message>
            <source>The checklist says {computed}. Why grade {code}?</source>
            <translation>Die Prüfliste ergibt {computed}. Warum Klasse {code}?</translation>
        </message>
        <message>
            <source>Grade {grade} → {route}. F10 confirms and prints.</source>
            <translation>Klasse {grade} → {route}. F10 bestätigt und druckt.</translation>
        </message>
        <message>
            <source>Not in the parcel: F10 records it (no label).</source>
            <translation>Nicht im Paket: F10 erfasst es (kein Etikett).</translation>
        </message>
    </context>
    <context>
        <name>AttachDialog</name>
        <message>
            <source>Attach {lpn} to an expected return</source>
            <translation>{lpn} einer erwarteten Retoure zuordnen</translation>
        </message>
        <message>
            <source>Scan or type RMA, order, tracking number, e-mail…</source>
            <translation>RMA, Bestellung, Sendungsnummer, E-Mail scannen oder eingeben…</translation>
        </message>
        <message>
            <source>Note for the audit trail (optional)</source>
            <translation>Notiz für das Prüfprotokoll (optional)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Scan the RMA slip, or type a reference and press Enter.</source>
            <translation>RMA-Schein scannen oder eine Referenz eingeben und Enter drücken.</translation>
        </message>
        <message>
            <source>Looking up {code}…</source>
            <translation>Suche {code}…</translation>
        </message>
        <message>
            <source>{rma} · {order_number} · {skus} · {units_received}/{units_expected} received · {status}</source>
            <translation>{rma} · {order_number} · {skus} · {units_received}/{units_expected} erhalten · {status}</translation>
        </message>
        <message>
            <source>↑/↓ to choose, Enter attaches.</source>
            <translation>↑/↓ wählt, Enter ordnet zu.</translation>
        </message>
        <message>
            <source>No expected return matches; try another reference.</source>
            <translation>Keine erwartete Retoure passt; andere Referenz versuchen.</translation>
        </message>
    </context>
    <context>
        <name>BenchScreen</name>
        <message>
            <source>Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN, e-mail</source>
            <translation>Beliebigen Code scannen, oder F3 drücken und eingeben: RMA, Bestellung, Sendungsnummer, EAN, LPN, E-Mail</translation>
        </message>
        <message>
            <source>[U]  Receive as unexpected return</source>
            <translation>[U]  Als unerwartete Retoure annehmen</translation>
        </message>
        <message>
            <source>F3 code · Space photo · Ctrl+1–9 shot · O file · G photos · 1–9 defects · S sealed · A–D, X grade · W wrong item · ↑↓ M missing · E empty box · N notes · F10 confirm · Ctrl+Del cancel · F2 history</source>
            <translation>F3 Code · Leertaste Foto · Strg+1–9 Aufnahme · O Datei · G Fotos · 1–9 Mängel · S versiegelt · A–D, X Klasse · W falscher Artikel · ↑↓ M fehlt · E leerer Karton · N Notiz · F10 bestätigen · Strg+Entf abbrechen · F2 Verlauf</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Paket scannen, um zu beginnen.</translation>
        </message>
        <message>
            <source>{error} Scan the parcel again to see where it stands.</source>
            <translation>{error} Paket erneut scannen, um den aktuellen Stand zu sehen.</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>unerwartete Retoure</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Fortgesetzt</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Geöffnet</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> und {count} weitere</translation>
        </message>
        <message>
            <source>{verb} {lpn}. Label printed but never scanned: {labels}{more}. Stick it on its item and scan it (the desk lists them under Labels).</source>
            <translation>{verb} {lpn}. Etikett gedruckt, aber nie gescannt: {labels}{more}. Auf den Artikel kleben und scannen (der Leitstand listet sie unter Etiketten).</translation>
        </message>
        <message>
            <source>{verb} {lpn} ({what}). Take photos, then grade.</source>
            <translation>{verb}: {lpn} ({what}). Fotos aufnehmen, dann bewerten.</translation>
        </message>
        <message>
            <source>Scan a parcel before grading.</source>
            <translation>Vor dem Bewerten ein Paket scannen.</translation>
        </message>
        <message>
            <source>Nothing to confirm: scan a parcel.</source>
            <translation>Nichts zu bestätigen: ein Paket scannen.</translation>
        </message>
        <message>
            <source>Choose a grade first (A, B, C, D or X).</source>
            <translation>Zuerst eine Klasse wählen (A, B, C, D oder X).</translation>
        </message>
        <message>
            <source>Photos missing</source>
            <translation>Fotos fehlen</translation>
        </message>
        <message>
            <source>Finish without {names}? Say why, or Esc to take them:</source>
            <translation>Ohne {names} abschließen? Grund angeben, oder Esc, um sie aufzunehmen:</translation>
        </message>
        <message>
            <source>No such part on this item</source>
            <translation>Dieses Teil gibt es an diesem Artikel nicht</translation>
        </message>
        <message>
            <source>Label missing or cut out</source>
            <translation>Etikett fehlt oder herausgeschnitten</translation>
        </message>
        <message>
            <source>Camera out of order</source>
            <translation>Kamera außer Betrieb</translation>
        </message>
        <message>
            <source>Photos missing: {names}. Take them, or say why not.</source>
            <translation>Fotos fehlen: {names}. Aufnehmen oder Grund angeben.</translation>
        </message>
        <message>
            <source>{lpn} recorded as not in the parcel; no label.</source>
            <translation>{lpn} als nicht im Paket erfasst; kein Etikett.</translation>
        </message>
        <message>
            <source>{lpn} → {route} ({rule_explanation}). Printing label…</source>
            <translation>{lpn} → {route} ({rule_explanation}). Etikett wird gedruckt…</translation>
        </message>
        <message>
            <source>{lpn} cancelled.</source>
            <translation>{lpn} abgebrochen.</translation>
        </message>
        <message>
            <source>Cancelling {lpn} needs a {label}: they scan their badge here.</source>
            <translation>Abbruch von {lpn} erfordert einen {label}: Er scannt hier seinen Ausweis.</translation>
        </message>
        <message>
            <source>Cancel this unit</source>
            <translation>Diese Einheit abbrechen</translation>
        </message>
        <message>
            <source>Why is {lpn} cancelled?</source>
            <translation>Warum wird {lpn} abgebrochen?</translation>
        </message>
        <message>
            <source>Wrong parcel scanned</source>
            <translation>Falsches Paket gescannt</translation>
        </message>
        <message>
            <source>Scanned twice</source>
            <translation>Doppelt gescannt</translation>
        </message>
        <message>
            <source>Parcel taken elsewhere</source>
            <translation>Paket anderswo bearbeitet</translation>
        </message>
    </context>
    <context>
        <name>Camera</name>
        <message>
            <source>camera off</source>
            <translation>Kamera aus</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Starting camera…</source>
            <translation>Kamera startet…</translation>
        </message>
        <message>
            <source>{text}
Photos can still be added from a file: [O]</source>
            <translation>{text}
Fotos können weiterhin aus einer Datei hinzugefügt werden: [O]</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Change the recommendation for {lpn}</source>
            <translation>Empfehlung für {lpn} ändern</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>kein Preis</translation>
        </message>
        <message>
            <source>{return_type} of {item} ({price}). The station recommends: {outcome}</source>
            <translation>{return_type} von {item} ({price}). Die Station empfiehlt: {outcome}</translation>
        </message>
        <message>
            <source>amount to refund, at most {price}</source>
            <translation>zu erstattender Betrag, höchstens {price}</translation>
        </message>
        <message>
            <source>why (required): kept with the unit and in the audit trail</source>
            <translation>Grund (Pflicht): wird bei der Einheit und im Prüfprotokoll gespeichert</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Ergebnis</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>E&amp;rstattung</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>Change (Ctrl+Enter)</source>
            <translation>Ändern (Strg+Enter)</translation>
        </message>
        <message>
            <source>Say why the recommendation is changed: the reason is required.</source>
            <translation>Grund der Änderung angeben: Der Grund ist Pflicht.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Waiting</source>
            <translation>Wartet</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Kennnummer</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retoure</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Waits because</source>
            <translation>Wartet, weil</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Refund due</source>
            <translation>Erstattung fällig</translation>
        </message>
        <message>
            <source>Withheld until</source>
            <translation>Zurückhaltbar bis</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Prüfplatz</translation>
        </message>
        <message>
            <source>Grader</source>
            <translation>Prüfer</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
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
            <translation>Grund</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Korr.</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Eingegangen</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Bediener</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Gescannt</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Gelesen als</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Einheit</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Ausweis</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Gedruckt</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Bediener</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Wrong PINs</source>
            <translation>Falsche PINs</translation>
        </message>
        <message>
            <source>Last signed in</source>
            <translation>Zuletzt angemeldet</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>in quarantine as {in_quarantine}</source>
            <translation>in Quarantäne als {in_quarantine}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsScreen</name>
        <message>
            <source>Conflicts · units finished offline that did not fit, oldest first · D note, Enter dismiss · F5 reload · F7 quarantine · F1 bench</source>
            <translation>Konflikte · offline abgeschlossene Einheiten, die nicht passten, älteste zuerst · D Notiz, Enter erledigen · F5 neu laden · F7 Quarantäne · F1 Prüfplatz</translation>
        </message>
        <message>
            <source>What was done (attached, relabelled, …), then Enter</source>
            <translation>Was getan wurde (zugeordnet, neu etikettiert, …), dann Enter</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Lädt…</translation>
        </message>
        <message>
            <source>The conflicts of offline benches are for a supervisor.</source>
            <translation>Die Konflikte von Offline-Prüfplätzen sind für einen Teamleiter.</translation>
        </message>
        <message>
            <source>{rows} conflict(s) from benches that worked offline.</source>
            <translation>{rows} Konflikt(e) von Prüfplätzen, die offline arbeiteten.</translation>
        </message>
        <message>
            <source>{done} No conflicts.</source>
            <translation>{done} Keine Konflikte.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose an entry.</source>
            <translation>Nichts ausgewählt: ↑/↓ wählt einen Eintrag.</translation>
        </message>
    </context>
    <context>
        <name>CreateReturnDialog</name>
        <message>
            <source>New expected return for {lpn}</source>
            <translation>Neue erwartete Retoure für {lpn}</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Bestellnummer</translation>
        </message>
        <message>
            <source>Customer e-mail</source>
            <translation>Kunden-E-Mail</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>EAN / UPC</source>
            <translation>EAN / UPC</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Seriennummer</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stückpreis</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>The parcel holds</source>
            <translation>Das Paket enthält</translation>
        </message>
        <message>
            <source>The withdrawal</source>
            <translation>Der Widerruf</translation>
        </message>
        <message>
            <source>Order number and SKU are needed; Enter saves.</source>
            <translation>Bestellnummer und SKU sind nötig; Enter speichert.</translation>
        </message>
        <message>
            <source>Unit price {unit_price!r} is not a number.</source>
            <translation>Stückpreis {unit_price!r} ist keine Zahl.</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>units</source>
            <translation>Einheiten</translation>
        </message>
        <message>
            <source>units/h</source>
            <translation>Einh./h</translation>
        </message>
        <message>
            <source>median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>overrides</source>
            <translation>Korrekturen</translation>
        </message>
        <message>
            <source>drift</source>
            <translation>Abweichung</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>ganzer Tag</translation>
        </message>
        <message>
            <source>{name} shift</source>
            <translation>Schicht {name}</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>Ta&amp;g</translation>
        </message>
        <message>
            <source>&amp;Shift</source>
            <translation>&amp;Schicht</translation>
        </message>
        <message>
            <source>Daily &amp;report PDF… (Ctrl+R)</source>
            <translation>Tages&amp;bericht PDF… (Strg+R)</translation>
        </message>
        <message>
            <source>Dashboard · Alt+Y day · Alt+S shift · F5 reload</source>
            <translation>Übersicht · Alt+G Tag · Alt+S Schicht · F5 neu laden</translation>
        </message>
        <message>
            <source> · Ctrl+R daily report</source>
            <translation> · Strg+R Tagesbericht</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Lädt…</translation>
        </message>
        <message>
            <source>{label} · {units} units · {units_per_hour} per hour · median {seconds}, p90 {seconds2} per unit · overrides {override_rate} · recovered {money} of {money2} · cost {money3} per unit · {total} returns waiting</source>
            <translation>{label} · {units} Einheiten · {units_per_hour} pro Stunde · Median {seconds}, p90 {seconds2} pro Einheit · Korrekturen {override_rate} · zurückgewonnen {money} von {money2} · Kosten {money3} pro Einheit · {total} Retouren warten</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Durchsatz</translation>
        </message>
        <message>
            <source>Grade mix per grader (⚠ drifting)</source>
            <translation>Klassenverteilung je Prüfer (⚠ abweichend)</translation>
        </message>
        <message>
            <source>Routes: recovered value and cost</source>
            <translation>Routen: zurückgewonnener Wert und Kosten</translation>
        </message>
        <message>
            <source>route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>Etiketten</translation>
        </message>
        <message>
            <source>value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation>zurückgewonnen</translation>
        </message>
        <message>
            <source>cost/unit</source>
            <translation>Kosten/Einh.</translation>
        </message>
        <message>
            <source>Returns waiting now</source>
            <translation>Jetzt wartende Retouren</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>wartet seit</translation>
        </message>
        <message>
            <source>returns</source>
            <translation>Retouren</translation>
        </message>
        <message>
            <source>Stated reason against what was found: share of units per grade, share with no defect ticked, the defects found most</source>
            <translation>Angegebener Grund gegen Befund: Anteil der Einheiten je Klasse, Anteil ohne angekreuzten Mangel, die häufigsten Mängel</translation>
        </message>
        <message>
            <source>category</source>
            <translation>Kategorie</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>angegebener Grund</translation>
        </message>
        <message>
            <source>no defect</source>
            <translation>kein Mangel</translation>
        </message>
        <message>
            <source>defects found (units)</source>
            <translation>gefundene Mängel (Einheiten)</translation>
        </message>
        <message>
            <source>Most returned products</source>
            <translation>Am häufigsten retournierte Produkte</translation>
        </message>
        <message>
            <source>top reasons</source>
            <translation>häufigste Gründe</translation>
        </message>
        <message>
            <source>defects found</source>
            <translation>gefundene Mängel</translation>
        </message>
        <message>
            <source>The daily report needs a supervisor.</source>
            <translation>Der Tagesbericht erfordert einen Teamleiter.</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>Tagesbericht</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the daily report to {target}…</source>
            <translation>Tagesbericht wird nach {target} geschrieben…</translation>
        </message>
        <message>
            <source>Daily report written to {path}</source>
            <translation>Tagesbericht geschrieben nach {path}</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>Übersich&amp;t</translation>
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
            <translation>Volle Erstattung {money}</translation>
        </message>
        <message>
            <source>Partial refund {money} (−{percent} %)</source>
            <translation>Teilerstattung {money} (−{percent} %)</translation>
        </message>
        <message>
            <source>Refuse the refund</source>
            <translation>Erstattung ablehnen</translation>
        </message>
        <message>
            <source>Approve the exchange</source>
            <translation>Umtausch freigeben</translation>
        </message>
        <message>
            <source>Warranty: repair</source>
            <translation>Garantie: reparieren</translation>
        </message>
        <message>
            <source>Warranty: replace</source>
            <translation>Garantie: ersetzen</translation>
        </message>
        <message>
            <source>Warranty: reject</source>
            <translation>Garantie: ablehnen</translation>
        </message>
        <message>
            <source> + delivery {money}</source>
            <translation> + Lieferkosten {money}</translation>
        </message>
        <message>
            <source>Exchange refused → {words}{words2}</source>
            <translation>Umtausch abgelehnt → {words}{words2}</translation>
        </message>
        <message>
            <source>not recorded (finished before the station kept receipts)</source>
            <translation>nicht erfasst (abgeschlossen, bevor die Station den Eingang festhielt)</translation>
        </message>
        <message>
            <source>{missing_items} other unit(s) of the return not in the parcel</source>
            <translation>{missing_items} weitere Einheit(en) der Retoure nicht im Paket</translation>
        </message>
        <message>
            <source>SKU: </source>
            <translation>SKU: </translation>
        </message>
        <message>
            <source>— (nothing on the bench to grade)</source>
            <translation>— (nichts am Prüfplatz zu bewerten)</translation>
        </message>
        <message>
            <source> · graded {grade_before} at the bench, changed by a supervisor</source>
            <translation> · am Prüfplatz mit {grade_before} bewertet, von einem Teamleiter geändert</translation>
        </message>
        <message>
            <source>{text} · factory sealed</source>
            <translation>{text} · originalverpackt</translation>
        </message>
        <message>
            <source>{text} · given by key, no defect ticked</source>
            <translation>{text} · per Taste vergeben, kein Mangel angekreuzt</translation>
        </message>
        <message>
            <source>{text} · the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>{text} · die Prüfliste ergab {computed_grade}: „{override_reason}“</translation>
        </message>
        <message>
            <source>{text} · as the checklist says</source>
            <translation>{text} · wie die Prüfliste ergibt</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht erfasst</translation>
        </message>
        <message>
            <source>none ticked</source>
            <translation>keiner angekreuzt</translation>
        </message>
        <message>
            <source>{label} ({severity}, caps {caps})</source>
            <translation>{label} ({severity}, begrenzt auf {caps})</translation>
        </message>
        <message>
            <source>{label} (not in the checklist any more)</source>
            <translation>{label} (nicht mehr in der Prüfliste)</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · Behälter {tote}</translation>
        </message>
        <message>
            <source>{route} — rule {rule_id}: {rule_explanation} (rules {version}){tote}</source>
            <translation>{route} — Regel {rule_id}: {rule_explanation} (Regeln {version}){tote}</translation>
        </message>
        <message>
            <source>{photos} photo(s)</source>
            <translation>{photos} Foto(s)</translation>
        </message>
        <message>
            <source> · finished without {shots_missing}: “{reason}”</source>
            <translation> · ohne {shots_missing} abgeschlossen: „{reason}“</translation>
        </message>
        <message>
            <source>kept: no connector</source>
            <translation>behalten: kein Konnektor</translation>
        </message>
        <message>
            <source>delivered {when}</source>
            <translation>zugestellt {when}</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>zugestellt</translation>
        </message>
        <message>
            <source>next try {when} · {last_error}</source>
            <translation>nächster Versuch {when} · {last_error}</translation>
        </message>
        <message>
            <source>waits its turn (the events before it go first)</source>
            <translation>wartet, bis es dran ist (die Ereignisse davor gehen zuerst)</translation>
        </message>
        <message>
            <source>pending for {age:.0f} h, waits for a supervisor ({why})</source>
            <translation>offen seit {age:.0f} h, wartet auf einen Teamleiter ({why})</translation>
        </message>
        <message>
            <source>released (no approval needed)</source>
            <translation>freigegeben (keine Freigabe nötig)</translation>
        </message>
        <message>
            <source>{status} by {decided_by} {when}{note}</source>
            <translation>{status} von {decided_by} {when}{note}</translation>
        </message>
        <message>
            <source>none (unexpected return, or finished before the station recommended outcomes)</source>
            <translation>keine (unerwartete Retoure, oder abgeschlossen, bevor die Station Ergebnisse empfahl)</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded · {withheld}</source>
            <translation>keine Widerrufserklärung erfasst · {withheld}</translation>
        </message>
        <message>
            <source>withdrawal button</source>
            <translation>Widerrufsbutton</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>NO: no deduction allowed</source>
            <translation>NEIN: kein Abzug zulässig</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>nothing recorded</source>
            <translation>nichts erfasst</translation>
        </message>
        <message>
            <source>notice {when}</source>
            <translation>Widerruf {when}</translation>
        </message>
        <message>
            <source>by {channel}</source>
            <translation>per {channel}</translation>
        </message>
        <message>
            <source>ack {acknowledgement}</source>
            <translation>Bestätigung {acknowledgement}</translation>
        </message>
        <message>
            <source>informed of the right: {informed}</source>
            <translation>über das Widerrufsrecht belehrt: {informed}</translation>
        </message>
        <message>
            <source>sent {when} ({proof})</source>
            <translation>versandt {when} ({proof})</translation>
        </message>
        <message>
            <source>sent {when}</source>
            <translation>versandt {when}</translation>
        </message>
        <message>
            <source>delivery paid {paid}, cheapest standard {cheapest}</source>
            <translation>Lieferkosten bezahlt {paid}, günstigste Standardlieferung {cheapest}</translation>
        </message>
        <message>
            <source>delivery paid {paid}</source>
            <translation>Lieferkosten bezahlt {paid}</translation>
        </message>
        <message>
            <source>use or handling</source>
            <translation>Gebrauch oder Handhabung</translation>
        </message>
        <message>
            <source>product fault</source>
            <translation>Produktfehler</translation>
        </message>
        <message>
            <source>damage in transit</source>
            <translation>Transportschaden</translation>
        </message>
        <message>
            <source>facts</source>
            <translation>Fakten</translation>
        </message>
        <message>
            <source>not recorded: finished before assessments were kept</source>
            <translation>nicht erfasst: abgeschlossen, bevor Bewertungen gespeichert wurden</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>Prüfliste</translation>
        </message>
        <message>
            <source>return type</source>
            <translation>Retourenart</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>angegebener Grund</translation>
        </message>
        <message>
            <source>days since delivery</source>
            <translation>Tage seit Zustellung</translation>
        </message>
        <message>
            <source>units missing from the parcel</source>
            <translation>im Paket fehlende Einheiten</translation>
        </message>
        <message>
            <source>SKU flags</source>
            <translation>SKU-Merkmale</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>rules version</source>
            <translation>Regelversion</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>der Verbraucher wurde nicht über das Widerrufsrecht belehrt (Art. 14 Abs. 2)</translation>
        </message>
        <message>
            <source>no deduction</source>
            <translation>kein Abzug</translation>
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
            <translation>nein</translation>
        </message>
        <message>
            <source>SKU or EAN</source>
            <translation>SKU oder EAN</translation>
        </message>
        <message>
            <source>LPN, RMA, order or tracking number</source>
            <translation>LPN, RMA, Bestellung oder Sendungsnummer</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>Vo&amp;n</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Prüfplatz</translation>
        </message>
        <message>
            <source>G&amp;rader</source>
            <translation>Prü&amp;fer</translation>
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
            <translation>K&amp;ategorie</translation>
        </message>
        <message>
            <source>S&amp;KU/EAN</source>
            <translation>SK&amp;U/EAN</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>O&amp;verridden</source>
            <translation>Korr&amp;igiert</translation>
        </message>
        <message>
            <source>Fi&amp;nd</source>
            <translation>&amp;Suchen</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Welcome · {bench}</source>
            <translation>Willkommen · {bench}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Ausweis</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>No one can sign in yet. Make the first administrator: name, badge (scan it), a PIN of 4 to 12 digits twice. Enter moves on.</source>
            <translation>Noch kann sich niemand anmelden. Ersten Administrator anlegen: Name, Ausweis (scannen), zweimal eine PIN mit 4 bis 12 Ziffern. Enter geht weiter.</translation>
        </message>
        <message>
            <source>The two PINs differ; type the PIN twice again.</source>
            <translation>Die beiden PINs unterscheiden sich; PIN noch einmal zweimal eingeben.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Lädt…</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Shot</source>
            <translation>Aufnahme</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Aufgenommen</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Bild</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualität</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Messwerte</translation>
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
            <translation>{index} von {count}</translation>
        </message>
        <message>
            <source>{operator} at {bench}</source>
            <translation>{operator} an {bench}</translation>
        </message>
        <message>
            <source>{width}×{height}, {size_bytes:.0f} KB, </source>
            <translation>{width}×{height}, {size_bytes:.0f} KB, </translation>
        </message>
        <message>
            <source>file {original_name}</source>
            <translation>Datei {original_name}</translation>
        </message>
        <message>
            <source>← → step  ·  + − zoom  ·  0 fit  ·  1 actual pixels  ·  drag to pan  ·  Esc close</source>
            <translation>← → blättern  ·  + − zoomen  ·  0 einpassen  ·  1 Originalpixel  ·  ziehen zum Verschieben  ·  Esc schließen</translation>
        </message>
        <message>
            <source>Photos of {lpn}</source>
            <translation>Fotos von {lpn}</translation>
        </message>
        <message>
            <source>{count} photo(s)</source>
            <translation>{count} Foto(s)</translation>
        </message>
        <message>
            <source>
Finished without {names}: “{reason}”</source>
            <translation>
Ohne {names} abgeschlossen: „{reason}“</translation>
        </message>
        <message>
            <source>This unit has no photos.</source>
            <translation>Diese Einheit hat keine Fotos.</translation>
        </message>
        <message>
            <source>Purged on {when} under the retention rule; the record remains.</source>
            <translation>Am {when} nach der Aufbewahrungsregel gelöscht; der Datensatz bleibt.</translation>
        </message>
        <message>
            <source>The file is missing from the photo store.</source>
            <translation>Die Datei fehlt im Fotospeicher.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <source>kept despite: </source>
            <translation>behalten trotz: </translation>
        </message>
        <message>
            <source>none seen</source>
            <translation>keiner erkannt</translation>
        </message>
    </context>
    <context>
        <name>GradePanel</name>
        <message>
            <source>NOT IN PARCEL</source>
            <translation>NICHT IM PAKET</translation>
        </message>
        <message>
            <source>The unit is recorded as missing: no label, refund refused.</source>
            <translation>Die Einheit wird als fehlend erfasst: kein Etikett, Erstattung abgelehnt.</translation>
        </message>
        <message>
            <source>EMPTY BOX</source>
            <translation>LEERER KARTON</translation>
        </message>
        <message>
            <source>Every unit still expected is recorded as not in the parcel.</source>
            <translation>Jede noch erwartete Einheit wird als nicht im Paket erfasst.</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Notes  [N]</source>
            <translation>Notizen  [N]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>What you saw (optional). Esc returns to the bench.</source>
            <translation>Was Sie gesehen haben (optional). Esc kehrt zum Prüfplatz zurück.</translation>
        </message>
        <message>
            <source>[F10]  Confirm and print label</source>
            <translation>[F10]  Bestätigen und Etikett drucken</translation>
        </message>
        <message>
            <source>Grade · {name} checklist, worst first</source>
            <translation>Klasse · Prüfliste {name}, schwerste zuerst</translation>
        </message>
        <message>
            <source>, −{deduct:g} % refund</source>
            <translation>, −{deduct:g} % Erstattung</translation>
        </message>
        <message>
            <source>{severity}, caused by {cause}{deduct}</source>
            <translation>{severity}, verursacht durch {cause}{deduct}</translation>
        </message>
        <message>
            <source>[{sealed_key}]  Factory sealed  → {sealed_grade}</source>
            <translation>[{sealed_key}]  Originalverpackt  → {sealed_grade}</translation>
        </message>
        <message>
            <source>Confirm and print label</source>
            <translation>Bestätigen und Etikett drucken</translation>
        </message>
        <message>
            <source>Confirm: no label</source>
            <translation>Bestätigen: kein Etikett</translation>
        </message>
        <message>
            <source>Waits for supervisor approval: </source>
            <translation>Wartet auf Freigabe durch Teamleiter: </translation>
        </message>
        <message>
            <source>Tick the defects you see, or press the grade.</source>
            <translation>Gefundene Mängel ankreuzen oder die Klasse drücken.</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · Behälter {tote}</translation>
        </message>
        <message>
            <source>{explanation}
Rule “{rule_id}”: {why}{tote}</source>
            <translation>{explanation}
Regel „{rule_id}“: {why}{tote}</translation>
        </message>
        <message>
            <source>scan its own code</source>
            <translation>seinen eigenen Code scannen</translation>
        </message>
        <message>
            <source>Wrong item [W]: {what} · </source>
            <translation>Falscher Artikel [W]: {what} · </translation>
        </message>
        <message>
            <source>{wrong}No grade yet: tick defects [1–9], [S] sealed, or press a grade</source>
            <translation>{wrong}Noch keine Klasse: Mängel ankreuzen [1–9], [S] versiegelt, oder eine Klasse drücken</translation>
        </message>
        <message>
            <source>reason needed</source>
            <translation>Grund nötig</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name}, overriding the checklist's {grade2}: {reason}</source>
            <translation>{wrong}Klasse {grade} · {name}, korrigiert die Prüfliste ({grade2}): {reason}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} — {explain}</source>
            <translation>{wrong}Klasse {grade} · {name} — {explain}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} (by key)</source>
            <translation>{wrong}Klasse {grade} · {name} (per Taste)</translation>
        </message>
        <message>
            <source>{fallback}Diminished value (CRD art. 14(2)), shown in the photos: {named}</source>
            <translation>{fallback}Wertminderung (VRRL Art. 14 Abs. 2), auf den Fotos zu sehen: {named}</translation>
        </message>
    </context>
    <context>
        <name>HealthLamp</name>
        <message>
            <source>Database unreachable since {since:%H:%M}</source>
            <translation>Datenbank nicht erreichbar seit {since:%H:%M}</translation>
        </message>
        <message>
            <source>Database slow{late}</source>
            <translation>Datenbank langsam{late}</translation>
        </message>
        <message>
            <source>Database: {where}</source>
            <translation>Datenbank: {where}</translation>
        </message>
        <message>
            <source> · {waiting} to send</source>
            <translation> · {waiting} zu senden</translation>
        </message>
        <message>
            <source> · sending stopped</source>
            <translation> · Senden angehalten</translation>
        </message>
        <message>
            <source> · {waiting} unit(s) finished here wait to be sent</source>
            <translation> · {waiting} hier abgeschlossene Einheit(en) warten auf das Senden</translation>
        </message>
        <message>
            <source>The database on {host} answers again: {waiting} unit(s) finished here are being sent.</source>
            <translation>Die Datenbank auf {host} antwortet wieder: {waiting} hier abgeschlossene Einheit(en) werden gesendet.</translation>
        </message>
        <message>
            <source>The database on {host} answers again.</source>
            <translation>Die Datenbank auf {host} antwortet wieder.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>unexpected</source>
            <translation>unerwartet</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>empty box</source>
            <translation>leerer Karton</translation>
        </message>
        <message>
            <source>no label</source>
            <translation>kein Etikett</translation>
        </message>
        <message>
            <source>{route} (wrong item)</source>
            <translation>{route} (falscher Artikel)</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>&amp;Export… (Ctrl+E)</source>
            <translation>E&amp;xportieren… (Strg+E)</translation>
        </message>
        <message>
            <source>History · Alt+letter: a filter · Ctrl+F find · ↑/↓ and Enter open a unit · </source>
            <translation>Verlauf · Alt+Buchstabe: ein Filter · Strg+F suchen · ↑/↓ und Enter öffnen eine Einheit · </translation>
        </message>
        <message>
            <source>Ctrl+E export · </source>
            <translation>Strg+E exportieren · </translation>
        </message>
        <message>
            <source>Ctrl+Backspace clear</source>
            <translation>Strg+Rücktaste leeren</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Lädt…</translation>
        </message>
        <message>
            <source>{rows:,} unit(s)</source>
            <translation>{rows:,} Einheit(en)</translation>
        </message>
        <message>
            <source>{rows:,} units shown, more as you scroll · counting…</source>
            <translation>{rows:,} Einheiten angezeigt, mehr beim Scrollen · wird gezählt…</translation>
        </message>
        <message>
            <source>over {count_cap:,}</source>
            <translation>über {count_cap:,}</translation>
        </message>
        <message>
            <source>{rowcount:,} of {total} units shown, more as you scroll</source>
            <translation>{rowcount:,} von {total} Einheiten angezeigt, mehr beim Scrollen</translation>
        </message>
        <message>
            <source>Exporting history needs a supervisor.</source>
            <translation>Verlauf exportieren erfordert einen Teamleiter.</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>Verlauf exportieren</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {name}…</source>
            <translation>Export nach {name}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{rows:,} rows exported to {path} in {seconds:.1f} s</source>
            <translation>{rows:,} Zeilen nach {path} exportiert in {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <source>&amp;Override grade or route… (Ctrl+O)</source>
            <translation>Klasse oder Route &amp;korrigieren… (Strg+O)</translation>
        </message>
        <message>
            <source>[L]  Label…</source>
            <translation>[L]  Etikett…</translation>
        </message>
        <message>
            <source>Photos full size  [Enter on a photo]</source>
            <translation>Fotos in voller Größe  [Enter auf einem Foto]</translation>
        </message>
        <message>
            <source>&amp;Evidence PDF… (Ctrl+D)</source>
            <translation>&amp;Nachweis-PDF… (Strg+D)</translation>
        </message>
        <message>
            <source>Unit {lpn}</source>
            <translation>Einheit {lpn}</translation>
        </message>
        <message>
            <source>, {total_seconds:.0f} s scan to label</source>
            <translation>, {total_seconds:.0f} s vom Scan zum Etikett</translation>
        </message>
        <message>
            <source> · {count} override(s)</source>
            <translation> · {count} Korrektur(en)</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retoure</translation>
        </message>
        <message>
            <source>{rma} · order {order_number} · tracking {tracking_number} · {return_type} · stated reason: {reason}</source>
            <translation>{rma} · Bestellung {order_number} · Sendung {tracking_number} · {return_type} · angegebener Grund: {reason}</translation>
        </message>
        <message>
            <source>unexpected return (no expected return matched)</source>
            <translation>unerwartete Retoure (keine erwartete Retoure passte)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>Widerruf</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>{operator} at {bench}, finished {when}{seconds}</source>
            <translation>{operator} an {bench}, abgeschlossen {when}{seconds}</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etiketten</translation>
        </message>
        <message>
            <source>{count} printed or queued, {reprints} after the first</source>
            <translation>{count} gedruckt oder in der Warteschlange, {reprints} nach dem ersten</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Eingang</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Mängel</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Erstattung</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>{width}×{height}
SHA-256 {sha256}</source>
            <translation>{width}×{height}
SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>storniert</translation>
        </message>
        <message>
            <source>The evidence document needs a supervisor.</source>
            <translation>Das Nachweisdokument braucht einen Teamleiter.</translation>
        </message>
        <message>
            <source>Evidence PDF</source>
            <translation>Nachweis-PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the evidence to {target}…</source>
            <translation>Nachweis wird nach {target} geschrieben…</translation>
        </message>
        <message>
            <source>Evidence written to {path}</source>
            <translation>Nachweis geschrieben: {path}</translation>
        </message>
        <message>
            <source>Overriding a grade or route needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Eine Klasse oder Route zu korrigieren erfordert einen Teamleiter; {name} ist angemeldet als {label}.</translation>
        </message>
        <message>
            <source>Overriding {lpn}…</source>
            <translation>{lpn} wird korrigiert…</translation>
        </message>
        <message>
            <source> The {words}.</source>
            <translation> {words}.</translation>
        </message>
        <message>
            <source>Overridden: grade {grade}, route {route}. New label queued at {print_bench}.{followed}</source>
            <translation>Korrigiert: Klasse {grade}, Route {route}. Neues Etikett eingereiht an {print_bench}.{followed}</translation>
        </message>
    </context>
    <context>
        <name>JobStates</name>
        <message>
            <source>waiting for the printer</source>
            <translation>wartet auf den Drucker</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>wird gesendet</translation>
        </message>
        <message>
            <source>printed (not yet scanned)</source>
            <translation>gedruckt (noch nicht gescannt)</translation>
        </message>
        <message>
            <source>did it print? (not known)</source>
            <translation>gedruckt? (unbekannt)</translation>
        </message>
        <message>
            <source>printed and scanned</source>
            <translation>gedruckt und gescannt</translation>
        </message>
        <message>
            <source>could not be made</source>
            <translation>konnte nicht erstellt werden</translation>
        </message>
    </context>
    <context>
        <name>LabelDesk</name>
        <message>
            <source>The label for {lpn} could not be made: {detail}. The inspection is saved; ask a supervisor to reprint it.</source>
            <translation>Das Etikett für {lpn} konnte nicht erstellt werden: {detail}. Die Prüfung ist gespeichert; einen Teamleiter um einen Nachdruck bitten.</translation>
        </message>
        <message>
            <source>The printer connection broke while the label for {lpn} was sent: did it print? Answer Y or N.</source>
            <translation>Die Druckerverbindung brach ab, während das Etikett für {lpn} gesendet wurde: Wurde es gedruckt? Mit Y oder N antworten.</translation>
        </message>
        <message>
            <source>Label for {lpn} is queued, not printed: {detail}. The inspection is saved; the label prints when the printer is back.</source>
            <translation>Etikett für {lpn} ist eingereiht, nicht gedruckt: {detail}. Die Prüfung ist gespeichert; das Etikett druckt, sobald der Drucker wieder da ist.</translation>
        </message>
        <message>
            <source>Label for {lpn} printed (F4 shows it). Stick it on and scan it, then the next parcel.</source>
            <translation>Etikett für {lpn} gedruckt (F4 zeigt es). Aufkleben und scannen, dann das nächste Paket.</translation>
        </message>
        <message>
            <source>{waiting} label(s) waiting · {text}</source>
            <translation>{waiting} Etikett(en) warten · {text}</translation>
        </message>
        <message>
            <source>{unknown_count} to answer · {text}</source>
            <translation>{unknown_count} zu beantworten · {text}</translation>
        </message>
        <message>
            <source>Printing the label for {lpn} again…</source>
            <translation>Etikett für {lpn} wird erneut gedruckt…</translation>
        </message>
        <message>
            <source>No label printed at this bench since the start.</source>
            <translation>Seit dem Start wurde an diesem Prüfplatz kein Etikett gedruckt.</translation>
        </message>
        <message>
            <source>Printer settings need the admin role; {operator} is signed in as {label}.</source>
            <translation>Druckereinstellungen erfordern die Rolle Administrator; {operator} ist angemeldet als {label}.</translation>
        </message>
    </context>
    <context>
        <name>LabelDialogs</name>
        <message>
            <source>label</source>
            <translation>Etikett</translation>
        </message>
        <message>
            <source>reprint ({reason})</source>
            <translation>Nachdruck ({reason})</translation>
        </message>
        <message>
            <source> by {requested_by}</source>
            <translation> von {requested_by}</translation>
        </message>
    </context>
    <context>
        <name>LabelPreviewDialog</name>
        <message>
            <source>Label {lpn}</source>
            <translation>Etikett {lpn}</translation>
        </message>
        <message>
            <source>{printer}
{stock} at {dpi} dpi, as it prints</source>
            <translation>{printer}
{stock} mit {dpi} dpi, wie gedruckt</translation>
        </message>
        <message>
            <source>no label yet</source>
            <translation>noch kein Etikett</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Gedruckt&lt;/b&gt;</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>keine Grenze</translation>
        </message>
        <message>
            <source>{left} reprint(s) left for you</source>
            <translation>noch {left} Nachdruck(e) für Sie</translation>
        </message>
        <message>
            <source>Reprints so far: {reprints_used} · {limit}</source>
            <translation>Bisherige Nachdrucke: {reprints_used} · {limit}</translation>
        </message>
        <message>
            <source>Why print it again? (torn, smudged, lost …)</source>
            <translation>Warum erneut drucken? (zerrissen, verschmiert, verloren …)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Grund:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Kopien:</translation>
        </message>
        <message>
            <source>Reprint  [Alt+R]</source>
            <translation>Nachdrucken  [Alt+R]</translation>
        </message>
        <message>
            <source>Office printer…  [Alt+P]</source>
            <translation>Bürodrucker…  [Alt+P]</translation>
        </message>
        <message>
            <source>[Esc]  Close</source>
            <translation>[Esc]  Schließen</translation>
        </message>
        <message>
            <source>Type the reason first: every reprint is recorded with it.</source>
            <translation>Zuerst den Grund eingeben: Jeder Nachdruck wird mit ihm erfasst.</translation>
        </message>
        <message>
            <source>Reprint queued for {lpn}.</source>
            <translation>Nachdruck für {lpn} eingereiht.</translation>
        </message>
        <message>
            <source>Print the label {lpn}</source>
            <translation>Etikett {lpn} drucken</translation>
        </message>
        <message>
            <source>system printer</source>
            <translation>Systemdrucker</translation>
        </message>
        <message>
            <source>{name} refused the label; nothing was printed.</source>
            <translation>{name} hat das Etikett abgelehnt; nichts wurde gedruckt.</translation>
        </message>
    </context>
    <context>
        <name>LabelsScreen</name>
        <message>
            <source>Labels printed and never scanned on their item · F5 reload</source>
            <translation>Gedruckte, nie auf dem Artikel gescannte Etiketten · F5 neu laden</translation>
        </message>
        <message>
            <source>printed?</source>
            <translation>gedruckt?</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>gedruckt</translation>
        </message>
        <message>
            <source>{count} label(s) not scanned yet: find each on its printer or item and scan it.</source>
            <translation>{count} Etikett(en) noch nicht gescannt: jedes am Drucker oder Artikel suchen und scannen.</translation>
        </message>
        <message>
            <source>Every printed label was scanned on its item.</source>
            <translation>Jedes gedruckte Etikett wurde auf seinem Artikel gescannt.</translation>
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
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
            <translation>&amp;Quarantäne</translation>
        </message>
        <message>
            <source>A&amp;pprovals</source>
            <translation>Fr&amp;eigaben</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>K&amp;onflikte</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Niemand angemeldet</translation>
        </message>
        <message>
            <source> · F8 users · F11 approvals</source>
            <translation> · F8 Benutzer · F11 Freigaben</translation>
        </message>
        <message>
            <source>Locked · {name}</source>
            <translation>Gesperrt · {name}</translation>
        </message>
        <message>
            <source>Locked. Scan your badge to carry on.</source>
            <translation>Gesperrt. Ausweis scannen, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Locked after {minutes} minute(s) without activity. Scan your badge to carry on.</source>
            <translation>Nach {minutes} Minute(n) ohne Aktivität gesperrt. Ausweis scannen, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Internal error: {value}</source>
            <translation>Interner Fehler: {value}</translation>
        </message>
        <message>
            <source>Carry on with {lpn}.</source>
            <translation>Weiter mit {lpn}.</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Paket scannen, um zu beginnen.</translation>
        </message>
        <message>
            <source>{name} signed in as {label}. {carry_on}</source>
            <translation>{name} angemeldet als {label}. {carry_on}</translation>
        </message>
        <message>
            <source>Switching operator.</source>
            <translation>Bedienerwechsel.</translation>
        </message>
        <message>
            <source>The users screen needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Die Benutzerübersicht erfordert einen Teamleiter; {name} ist angemeldet als {label}.</translation>
        </message>
        <message>
            <source>Outcomes on their way to the shops</source>
            <translation>Ergebnisse auf dem Weg zu den Shops</translation>
        </message>
        <message>
            <source>; a supervisor retries or skips the dead letters (inspect-station outbox list)</source>
            <translation>; ein Teamleiter sendet die unzustellbaren Ereignisse erneut oder überspringt sie (inspect-station outbox list)</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>full refund</source>
            <translation>volle Erstattung</translation>
        </message>
        <message>
            <source>partial refund of the amount below</source>
            <translation>Teilerstattung des unten stehenden Betrags</translation>
        </message>
        <message>
            <source>refuse the refund</source>
            <translation>Erstattung ablehnen</translation>
        </message>
        <message>
            <source>approve the exchange: send the replacement</source>
            <translation>Umtausch freigeben: Ersatz senden</translation>
        </message>
        <message>
            <source>warranty: repair</source>
            <translation>Garantie: reparieren</translation>
        </message>
        <message>
            <source>warranty: replace</source>
            <translation>Garantie: ersetzen</translation>
        </message>
        <message>
            <source>warranty: reject the claim</source>
            <translation>Garantie: Anspruch ablehnen</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>as the rules decide</source>
            <translation>wie die Regeln entscheiden</translation>
        </message>
        <message>
            <source>Override {lpn}</source>
            <translation>{lpn} korrigieren</translation>
        </message>
        <message>
            <source>Now: grade {grade}, route {route}. Graded by {operator}.</source>
            <translation>Jetzt: Klasse {grade}, Route {route}. Bewertet von {operator}.</translation>
        </message>
        <message>
            <source>why (required): what the photos or the item show</source>
            <translation>Grund (Pflicht): was die Fotos oder der Artikel zeigen</translation>
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
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <source>Print the new label &amp;here ({here})</source>
            <translation>Neues Etikett &amp;hier drucken ({here})</translation>
        </message>
        <message>
            <source>&amp;Queue it at the unit's bench ({bench})</source>
            <translation>Am Prüfplatz der Einheit &amp;einreihen ({bench})</translation>
        </message>
        <message>
            <source>A new grade is routed again by the active rules on the unit's recorded facts, and its refund recommendation follows the new grade: one waiting for approval is released as your decision; one a supervisor changed by hand is kept.</source>
            <translation>Eine neue Klasse wird nach den aktiven Regeln anhand der erfassten Fakten der Einheit neu geroutet, und ihre Erstattungsempfehlung folgt der neuen Klasse: Eine wartende Freigabe gilt als Ihre Entscheidung; eine von einem Teamleiter von Hand geänderte bleibt bestehen.</translation>
        </message>
        <message>
            <source>Override (Ctrl+Enter)</source>
            <translation>Korrigieren (Strg+Enter)</translation>
        </message>
        <message>
            <source>Say why: the reason is required.</source>
            <translation>Grund angeben: Der Grund ist Pflicht.</translation>
        </message>
        <message>
            <source>Choose a new grade or a new route.</source>
            <translation>Eine neue Klasse oder eine neue Route wählen.</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Paket</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Retourenart</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Sendung</translation>
        </message>
        <message>
            <source>Stated reason</source>
            <translation>Angegebener Grund</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Zugestellt</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>This unit</source>
            <translation>Diese Einheit</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Erstattung</translation>
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
            <translation>Fehlt</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>↑/↓ choose a line · M marks a unit of it missing · E empty box</source>
            <translation>↑/↓ Zeile wählen · M markiert eine Einheit davon als fehlend · E leerer Karton</translation>
        </message>
        <message>
            <source>Scan a parcel</source>
            <translation>Paket scannen</translation>
        </message>
        <message>
            <source>unknown item</source>
            <translation>unbekannter Artikel</translation>
        </message>
        <message>
            <source>Unexpected return · held in quarantine</source>
            <translation>Unerwartete Retoure · in Quarantäne</translation>
        </message>
        <message>
            <source>{code} (scanned)</source>
            <translation>{code} (gescannt)</translation>
        </message>
        <message>
            <source>— (no return known)</source>
            <translation>— (keine Retoure bekannt)</translation>
        </message>
        <message>
            <source>{delivered_on} · {days} days ago</source>
            <translation>{delivered_on} · vor {days} Tagen</translation>
        </message>
        <message>
            <source>{total} · {units_expected} unit(s)</source>
            <translation>{total} · {units_expected} Einheit(en)</translation>
        </message>
    </context>
    <context>
        <name>PhotoFlow</name>
        <message>
            <source> (extra)</source>
            <translation> (zusätzlich)</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name} of “{label}”: the deduction needs a photo of its defect</source>
            <translation>Nächstes Foto: [Ctrl+{number}] {name} von „{label}“: der Abzug braucht ein Foto seines Mangels</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name}{extra} — {hint}</source>
            <translation>Nächstes Foto: [Ctrl+{number}] {name}{extra} — {hint}</translation>
        </message>
        <message>
            <source>No shot type {number}: use Ctrl+1–{choices}.</source>
            <translation>Keine Aufnahmeart {number}: Strg+1–{choices} verwenden.</translation>
        </message>
        <message>
            <source>Next photo: {name}.</source>
            <translation>Nächstes Foto: {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel before taking photos.</source>
            <translation>Vor dem Fotografieren ein Paket scannen.</translation>
        </message>
        <message>
            <source>Camera unavailable: add photos from a file with O.</source>
            <translation>Kamera nicht verfügbar: Fotos mit O aus einer Datei hinzufügen.</translation>
        </message>
        <message>
            <source>Scan a parcel before adding photos.</source>
            <translation>Vor dem Hinzufügen von Fotos ein Paket scannen.</translation>
        </message>
        <message>
            <source>Add a photo from a file</source>
            <translation>Foto aus einer Datei hinzufügen</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png)</source>
            <translation>Bilder (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Dropped. Adjust the item or the light, then take {name} again.</source>
            <translation>Verworfen. Artikel oder Licht anpassen, dann {name} erneut aufnehmen.</translation>
        </message>
        <message>
            <source>Scan a parcel to see its photos.</source>
            <translation>Paket scannen, um seine Fotos zu sehen.</translation>
        </message>
        <message>
            <source>Photo not saved: {error} The unit stays open; photos taken so far are kept.</source>
            <translation>Foto nicht gespeichert: {error} Die Einheit bleibt offen; bisherige Fotos bleiben erhalten.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <source>{name} looks {problems}. Retake it?</source>
            <translation>{name} ist {problems}. Neu aufnehmen?</translation>
        </message>
        <message>
            <source>{name} looks poor: retake (R, or Space for a new photo) or keep it (K)?</source>
            <translation>{name} ist schlecht: neu aufnehmen (R, oder Leertaste für ein neues Foto) oder behalten (K)?</translation>
        </message>
        <message>
            <source>That picture of {name} is already saved.</source>
            <translation>Dieses Bild von {name} ist schon gespeichert.</translation>
        </message>
        <message>
            <source>{name} saved ({width}×{height})</source>
            <translation>{name} gespeichert ({width}×{height})</translation>
        </message>
        <message>
            <source> · {code_format} {code_text} seen</source>
            <translation> · {code_format} {code_text} erkannt</translation>
        </message>
        <message>
            <source> · kept despite: </source>
            <translation> · behalten trotz: </translation>
        </message>
        <message>
            <source>{text}. Still needed: {missing}.</source>
            <translation>{text}. Noch nötig: {missing}.</translation>
        </message>
        <message>
            <source>{text}. All required photos taken.</source>
            <translation>{text}. Alle nötigen Fotos aufgenommen.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Camera · [Ctrl+1–9] shot, in this order · [O] file · [G] full size</source>
            <translation>Kamera · [Ctrl+1–9] Aufnahme, in dieser Reihenfolge · [O] Datei · [G] volle Größe</translation>
        </message>
        <message>
            <source>[Space] / [{pedal_key}]  Take photo</source>
            <translation>[Space] / [{pedal_key}]  Foto aufnehmen</translation>
        </message>
        <message>
            <source>{width}×{height} · {size_bytes:.0f} KB · {source}</source>
            <translation>{width}×{height} · {size_bytes:.0f} KB · {source}</translation>
        </message>
        <message>
            <source>{operator} at {bench}, {when}</source>
            <translation>{operator} an {bench}, {when}</translation>
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
            <translation>Wurde das Etikett gedruckt?</translation>
        </message>
        <message>
            <source>Did the label for &lt;b&gt;{lpn}&lt;/b&gt; print?</source>
            <translation>Wurde das Etikett für &lt;b&gt;{lpn}&lt;/b&gt; gedruckt?</translation>
        </message>
        <message>
            <source>{last_error}

The station does not print it again by itself, so that no unit gets two labels. Look at the printer, then answer — or scan the label if it is there.</source>
            <translation>{last_error}

Die Station druckt es nicht von selbst erneut, damit keine Einheit zwei Etiketten bekommt. Am Drucker nachsehen, dann antworten — oder das Etikett scannen, falls es da ist.</translation>
        </message>
        <message>
            <source>The printer connection broke while it was being sent.</source>
            <translation>Die Druckerverbindung brach beim Senden ab.</translation>
        </message>
        <message>
            <source>[Y]  Yes, it printed</source>
            <translation>[Y]  Ja, gedruckt</translation>
        </message>
        <message>
            <source>[N]  No — print it again</source>
            <translation>[N]  Nein — erneut drucken</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsDialog</name>
        <message>
            <source>Printers</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>Copies of each routing label:</source>
            <translation>Kopien je Routing-Etikett:</translation>
        </message>
        <message>
            <source>Reprints per unit an operator may make:</source>
            <translation>Nachdrucke pro Einheit, die ein Bediener machen darf:</translation>
        </message>
        <message>
            <source>printer name or IP address</source>
            <translation>Druckername oder IP-Adresse</translation>
        </message>
        <message>
            <source>CUPS queue (lpstat -p lists them)</source>
            <translation>CUPS-Warteschlange (lpstat -p listet sie)</translation>
        </message>
        <message>
            <source>as the station ({label_stock})</source>
            <translation>wie die Station ({label_stock})</translation>
        </message>
        <message>
            <source>as the station ({label_dpi})</source>
            <translation>wie die Station ({label_dpi})</translation>
        </message>
        <message>
            <source>colour printer: the destination band in its colour</source>
            <translation>Farbdrucker: das Zielband in seiner Farbe</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>CUPS queue:</source>
            <translation>CUPS-Warteschlange:</translation>
        </message>
        <message>
            <source>Sends:</source>
            <translation>Sendet:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Ordner:</translation>
        </message>
        <message>
            <source>Label stock:</source>
            <translation>Etikettenformat:</translation>
        </message>
        <message>
            <source>Resolution (dpi):</source>
            <translation>Auflösung (dpi):</translation>
        </message>
        <message>
            <source>Time-out:</source>
            <translation>Zeitlimit:</translation>
        </message>
        <message>
            <source>[Ctrl+N]  Add printer</source>
            <translation>[Ctrl+N]  Drucker hinzufügen</translation>
        </message>
        <message>
            <source>[Del]  Remove</source>
            <translation>[Del]  Entfernen</translation>
        </message>
        <message>
            <source>[Ctrl+U]  Use for routing labels</source>
            <translation>[Ctrl+U]  Für Routing-Etiketten verwenden</translation>
        </message>
        <message>
            <source>[F5]  Check</source>
            <translation>[F5]  Prüfen</translation>
        </message>
        <message>
            <source>[Ctrl+T]  Print test label</source>
            <translation>[Ctrl+T]  Testetikett drucken</translation>
        </message>
        <message>
            <source>[Ctrl+S]  Save</source>
            <translation>[Ctrl+S]  Speichern</translation>
        </message>
        <message>
            <source>[Esc]  Cancel</source>
            <translation>[Esc]  Abbrechen</translation>
        </message>
        <message>
            <source>  ★ routing labels</source>
            <translation>  ★ Routing-Etiketten</translation>
        </message>
        <message>
            <source>The labels folder is built in and stays.</source>
            <translation>Der Etikettenordner ist eingebaut und bleibt.</translation>
        </message>
        <message>
            <source>Routing labels will print on {label_printer} once saved.</source>
            <translation>Routing-Etiketten werden nach dem Speichern auf {label_printer} gedruckt.</translation>
        </message>
        <message>
            <source>Asking {name}…</source>
            <translation>Frage {name} ab…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>Printing a test label on {name}…</source>
            <translation>Testetikett wird auf {name} gedruckt…</translation>
        </message>
        <message>
            <source>Test label sent to {name}: {where}</source>
            <translation>Testetikett an {name} gesendet: {where}</translation>
        </message>
    </context>
    <context>
        <name>QualityPrompt</name>
        <message>
            <source>[R] Retake</source>
            <translation>[R] Neu aufnehmen</translation>
        </message>
        <message>
            <source>[K] Keep anyway</source>
            <translation>[K] Trotzdem behalten</translation>
        </message>
    </context>
    <context>
        <name>QuarantineModel</name>
        <message>
            <source>graded {grade} → {route}</source>
            <translation>bewertet {grade} → {route}</translation>
        </message>
    </context>
    <context>
        <name>QuarantineScreen</name>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Lädt…</translation>
        </message>
        <message>
            <source>Quarantine · unexpected returns, oldest first · </source>
            <translation>Quarantäne · unerwartete Retouren, älteste zuerst · </translation>
        </message>
        <message>
            <source>Enter attach to a return · Ctrl+N new return from the contents · </source>
            <translation>Enter einer Retoure zuordnen · Strg+N neue Retoure aus dem Inhalt · </translation>
        </message>
        <message>
            <source>a supervisor places them · </source>
            <translation>ein Teamleiter ordnet sie zu · </translation>
        </message>
        <message>
            <source>F5 reload · F1 bench</source>
            <translation>F5 neu laden · F1 Prüfplatz</translation>
        </message>
        <message>
            <source>Placing a parcel from quarantine needs a supervisor.</source>
            <translation>Ein Paket aus der Quarantäne zuzuordnen erfordert einen Teamleiter.</translation>
        </message>
        <message>
            <source>{rows} unexpected return(s) waiting to be placed.</source>
            <translation>{rows} unerwartete Retoure(n) warten auf Zuordnung.</translation>
        </message>
        <message>
            <source>{done} Nothing else in quarantine.</source>
            <translation>{done} Sonst nichts in Quarantäne.</translation>
        </message>
        <message>
            <source>Nothing in quarantine.</source>
            <translation>Nichts in Quarantäne.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a parcel.</source>
            <translation>Nichts ausgewählt: ↑/↓ wählt ein Paket.</translation>
        </message>
        <message>
            <source>attached to</source>
            <translation>zugeordnet zu</translation>
        </message>
        <message>
            <source>placed on the new return</source>
            <translation>der neuen Retoure zugeordnet</translation>
        </message>
    </context>
    <context>
        <name>ReturnChooser</name>
        <message>
            <source>Which return is this?</source>
            <translation>Welche Retoure ist das?</translation>
        </message>
        <message>
            <source>{candidates} open returns match {matched}. ↑/↓ and Enter:</source>
            <translation>{candidates} offene Retouren passen zu {matched}. ↑/↓ und Enter:</translation>
        </message>
        <message>
            <source>this product</source>
            <translation>dieses Produkt</translation>
        </message>
        <message>
            <source>{days_since_delivery} days ago</source>
            <translation>vor {days_since_delivery} Tagen</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>kein Datum</translation>
        </message>
        <message>
            <source>{customer} · {items}
    {rma} · order {order_number} · delivered {delivered} · {total_value:.2f} · {reason}</source>
            <translation>{customer} · {items}
    {rma} · Bestellung {order_number} · geliefert {delivered} · {total_value:.2f} · {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScanFlow</name>
        <message>
            <source>Still looking up the last code: scan again in a moment.</source>
            <translation>Der letzte Code wird noch gesucht: gleich erneut scannen.</translation>
        </message>
        <message>
            <source>the code</source>
            <translation>den Code</translation>
        </message>
        <message>
            <source>Looking up {shown}…</source>
            <translation>Suche {shown}…</translation>
        </message>
        <message>
            <source>Carry on with {open_unit}.</source>
            <translation>Weiter mit {open_unit}.</translation>
        </message>
        <message>
            <source>Scan the next parcel.</source>
            <translation>Nächstes Paket scannen.</translation>
        </message>
        <message>
            <source>Label for {lpn} confirmed. {then}</source>
            <translation>Etikett für {lpn} bestätigt. {then}</translation>
        </message>
        <message>
            <source>{lpn} was inspected at {bench} by {operator}: grade {grade} → {route}.</source>
            <translation>{lpn} wurde an {bench} von {operator} geprüft: Klasse {grade} → {route}.</translation>
        </message>
        <message>
            <source>No expected return for {code}. Press U to receive it as an unexpected return, or scan another code.</source>
            <translation>Keine erwartete Retoure für {code}. U drücken, um sie als unerwartete Retoure anzunehmen, oder einen anderen Code scannen.</translation>
        </message>
        <message>
            <source>{code} is in {count} open returns: choose one.</source>
            <translation>{code} steht in {count} offenen Retouren: eine wählen.</translation>
        </message>
        <message>
            <source>this code</source>
            <translation>dieser Code</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <source>the field “{name}”</source>
            <translation>das Feld „{name}“</translation>
        </message>
        <message>
            <source>a text field</source>
            <translation>ein Textfeld</translation>
        </message>
        <message>
            <source>Scan refused: {problem}</source>
            <translation>Scan abgelehnt: {problem}</translation>
        </message>
        <message>
            <source>A scan cannot go into this dialog: close it first, then scan.</source>
            <translation>Ein Scan kann nicht in diesen Dialog gehen: erst schließen, dann scannen.</translation>
        </message>
        <message>
            <source>A scan cannot go into {field}: nothing was typed. Leave the field (Esc), then scan.</source>
            <translation>Ein Scan kann nicht in {field} gehen: es wurde nichts eingegeben. Das Feld verlassen (Esc), dann scannen.</translation>
        </message>
        <message>
            <source>This field cannot take a scan.</source>
            <translation>Dieses Feld nimmt keinen Scan an.</translation>
        </message>
        <message>
            <source>Sign in first (scan your badge), then scan the parcel.</source>
            <translation>Erst anmelden (Ausweis scannen), dann das Paket scannen.</translation>
        </message>
        <message>
            <source>That code</source>
            <translation>Dieser Code</translation>
        </message>
        <message>
            <source>{code} is not a badge known at this station: scan your badge.</source>
            <translation>{code} ist an dieser Station kein bekannter Ausweis: Ihren Ausweis scannen.</translation>
        </message>
    </context>
    <context>
        <name>ScanSources</name>
        <message>
            <source>prefix {key}</source>
            <translation>Präfix {key}</translation>
        </message>
        <message>
            <source>AIM prefix</source>
            <translation>AIM-Präfix</translation>
        </message>
        <message>
            <source>timing</source>
            <translation>Zeitmessung</translation>
        </message>
        <message>
            <source>keyboard ({mode})</source>
            <translation>Tastatur ({mode})</translation>
        </message>
        <message>
            <source>camera (outline)</source>
            <translation>Kamera (Umriss)</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>Kamera</translation>
        </message>
    </context>
    <context>
        <name>SerialScanner</name>
        <message>
            <source>serial scanner {port_name}: off</source>
            <translation>serieller Scanner {port_name}: aus</translation>
        </message>
        <message>
            <source>serial scanner {port_name}</source>
            <translation>serieller Scanner {port_name}</translation>
        </message>
        <message>
            <source>serial scanner {port_name}: {why}; retrying</source>
            <translation>serieller Scanner {port_name}: {why}; neuer Versuch</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent over {max_line:,} bytes without a line end; set its suffix to CR or LF.</source>
            <translation>Der serielle Scanner an {port_name} sendete über {max_line:,} Bytes ohne Zeilenende; sein Suffix auf CR oder LF stellen.</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent bytes that are not text; check its baud rate (the station uses {baudrate}).</source>
            <translation>Der serielle Scanner an {port_name} sendete Bytes, die kein Text sind; seine Baudrate prüfen (die Station nutzt {baudrate}).</translation>
        </message>
    </context>
    <context>
        <name>ShotBar</name>
        <message>
            <source>No photos required for this unit.</source>
            <translation>Für diese Einheit sind keine Fotos nötig.</translation>
        </message>
        <message>
            <source>{required_count2} of {required_count} required photos · missing: {missing}</source>
            <translation>{required_count2} von {required_count} nötigen Fotos · fehlen: {missing}</translation>
        </message>
        <message>
            <source>All {required_count} required photos taken.</source>
            <translation>Alle {required_count} nötigen Fotos aufgenommen.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>scan your badge, or type its code</source>
            <translation>Ausweis scannen oder seinen Code eingeben</translation>
        </message>
        <message>
            <source>PIN, then Enter</source>
            <translation>PIN, dann Enter</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Ausweis</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Enter moves on · Esc starts again</source>
            <translation>Enter geht weiter · Esc beginnt neu</translation>
        </message>
        <message>
            <source>Inspect Station · {bench}</source>
            <translation>Inspect Station · {bench}</translation>
        </message>
        <message>
            <source>Scan your badge to sign in.</source>
            <translation>Ausweis scannen, um sich anzumelden.</translation>
        </message>
        <message>
            <source>Locked · {bench}</source>
            <translation>Gesperrt · {bench}</translation>
        </message>
        <message>
            <source>Badge {badge}: type your PIN, then Enter.</source>
            <translation>Ausweis {badge}: PIN eingeben, dann Enter.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Wird geprüft…</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Bench {bench}</source>
            <translation>Prüfplatz {bench}</translation>
        </message>
        <message>
            <source>Operator {operator}</source>
            <translation>Bediener {operator}</translation>
        </message>
        <message>
            <source>Camera: starting…</source>
            <translation>Kamera: startet…</translation>
        </message>
        <message>
            <source>Printer: —</source>
            <translation>Drucker: —</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Datenbank: {database}</translation>
        </message>
        <message>
            <source>Scan: keyboard</source>
            <translation>Scan: Tastatur</translation>
        </message>
        <message>
            <source>Shop: —</source>
            <translation>Shop: —</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <source>Camera: {text}</source>
            <translation>Kamera: {text}</translation>
        </message>
        <message>
            <source>Printer: {text}</source>
            <translation>Drucker: {text}</translation>
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
            <translation>◀ diese Einheit</translation>
        </message>
        <message>
            <source>defect ticked</source>
            <translation>angekreuzter Mangel</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>Schwere</translation>
        </message>
        <message>
            <source>caps</source>
            <translation>begrenzt auf</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>Ursache</translation>
        </message>
        <message>
            <source>deduct</source>
            <translation>Abzug</translation>
        </message>
        <message>
            <source>the route was decided on</source>
            <translation>Grundlage der Route</translation>
        </message>
        <message>
            <source>&amp;Grading ({defects} defect(s))</source>
            <translation>&amp;Bewertung ({defects} Mangel/Mängel)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Photos behind it</source>
            <translation>Zugrunde liegende Fotos</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>Abzug</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>Betrag</translation>
        </message>
        <message>
            <source>handling beyond testing</source>
            <translation>Umgang über die Prüfung hinaus</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>E&amp;rstattung</translation>
        </message>
        <message>
            <source>line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>qty</source>
            <translation>Menge</translation>
        </message>
        <message>
            <source>price</source>
            <translation>Preis</translation>
        </message>
        <message>
            <source>received</source>
            <translation>erhalten</translation>
        </message>
        <message>
            <source>&amp;Lines ({lines})</source>
            <translation>&amp;Zeilen ({lines})</translation>
        </message>
        <message>
            <source>first label</source>
            <translation>erstes Etikett</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>eingereiht</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>Prüfplatz</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>Drucker</translation>
        </message>
        <message>
            <source>state</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>sent to / problem</source>
            <translation>gesendet an / Problem</translation>
        </message>
        <message>
            <source>L&amp;abels ({jobs})</source>
            <translation>&amp;Etiketten ({jobs})</translation>
        </message>
        <message>
            <source>when</source>
            <translation>wann</translation>
        </message>
        <message>
            <source>who</source>
            <translation>wer</translation>
        </message>
        <message>
            <source>what</source>
            <translation>was</translation>
        </message>
        <message>
            <source>&amp;Timeline ({events})</source>
            <translation>Zeit&amp;leiste ({events})</translation>
        </message>
        <message>
            <source>written</source>
            <translation>geschrieben</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>to</source>
            <translation>an</translation>
        </message>
        <message>
            <source>the receiver's answer</source>
            <translation>die Antwort des Empfängers</translation>
        </message>
        <message>
            <source>S&amp;hop ({waiting} waiting)</source>
            <translation>S&amp;hop ({waiting} wartend)</translation>
        </message>
        <message>
            <source>S&amp;hop ({shop_count})</source>
            <translation>S&amp;hop ({shop_count})</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New PIN for {name}</source>
            <translation>Neue PIN für {name}</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Benutzer anlegen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Ausweis</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Die beiden PINs unterscheiden sich.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Benutzer</translation>
        </message>
        <message>
            <source>Insert add · Ctrl+D disable/enable · Ctrl+R new PIN · </source>
            <translation>Einfg anlegen · Strg+D sperren/freigeben · Strg+R neue PIN · </translation>
        </message>
        <message>
            <source>↑/↓ choose · {admin}Ctrl+U unlock · F5 refresh · F1 bench</source>
            <translation>↑/↓ wählen · {admin}Strg+U entsperren · F5 aktualisieren · F1 Prüfplatz</translation>
        </message>
        <message>
            <source>{rows} users, {locked} badge(s) locked.</source>
            <translation>{rows} Benutzer, {locked} Ausweis(e) gesperrt.</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>LOCKED</source>
            <translation>GESPERRT</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>{name} added.</source>
            <translation>{name} angelegt.</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} hat eine neue PIN.</translation>
        </message>
        <message>
            <source>{name} enabled.</source>
            <translation>{name} aktiviert.</translation>
        </message>
        <message>
            <source>{name} disabled.</source>
            <translation>{name} deaktiviert.</translation>
        </message>
        <message>
            <source>{name} unlocked.</source>
            <translation>{name} entsperrt.</translation>
        </message>
    </context>
    <context>
        <name>WedgeScanner</name>
        <message>
            <source>{text!r} is not a key Qt knows (e.g. F13, Tools, Ctrl+Shift+F12)</source>
            <translation>{text!r} ist keine Taste, die Qt kennt (z. B. F13, Tools, Ctrl+Shift+F12)</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalForm</name>
        <message>
            <source>Withdrawal button</source>
            <translation>Widerrufsbutton</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Brief</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Carrier's first scan</source>
            <translation>Erster Scan des Versanddienstleisters</translation>
        </message>
        <message>
            <source>Drop-off receipt</source>
            <translation>Einlieferungsbeleg</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM</source>
            <translation>JJJJ-MM-TT HH:MM</translation>
        </message>
        <message>
            <source>An IANA time zone (Europe/Berlin) or an offset (+01:00)</source>
            <translation>Eine IANA-Zeitzone (Europe/Berlin) oder ein Versatz (+01:00)</translation>
        </message>
        <message>
            <source>Notice received</source>
            <translation>Widerruf eingegangen</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Notice channel</source>
            <translation>Widerruf per</translation>
        </message>
        <message>
            <source>Acknowledgement id</source>
            <translation>Bestätigungs-ID</translation>
        </message>
        <message>
            <source>Proof of sending</source>
            <translation>Versandnachweis</translation>
        </message>
        <message>
            <source>Proof by</source>
            <translation>Nachweis durch</translation>
        </message>
        <message>
            <source>Informed of the right</source>
            <translation>Über Widerrufsrecht belehrt</translation>
        </message>
        <message>
            <source>Delivery paid</source>
            <translation>Lieferkosten bezahlt</translation>
        </message>
        <message>
            <source>Cheapest standard delivery</source>
            <translation>Günstigste Standardlieferung</translation>
        </message>
    </context>
    <context>
        <name>WrongItemFlow</name>
        <message>
            <source>The camera sees product code {code}, not this unit's {expected}: is it the wrong item? W records it as what came back.</source>
            <translation>Die Kamera sieht den Produktcode {code}, nicht den dieser Einheit ({expected}): ist es der falsche Artikel? W erfasst ihn als das, was zurückkam.</translation>
        </message>
        <message>
            <source>Wrong item: scan the item's own code (EAN, UPC, GTIN or DataMatrix) to record what came back, then grade it.</source>
            <translation>Falscher Artikel: den eigenen Code des Artikels scannen (EAN, UPC, GTIN oder DataMatrix), um zu erfassen, was zurückkam, dann bewerten.</translation>
        </message>
        <message>
            <source>Wrong item recorded: {item}. Now grade it.</source>
            <translation>Falscher Artikel erfasst: {item}. Jetzt bewerten.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>Code</translation>
        </message>
    </context>
    <context>
        <name>_PlaceDialog</name>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; — scanned {scanned_code!s} at {bench} ({reading})</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; — {scanned_code!s} gescannt an {bench} ({reading})</translation>
        </message>
    </context>
    <context>
        <name>_Worker</name>
        <message>
            <source>Camera back: {describe}</source>
            <translation>Kamera wieder da: {describe}</translation>
        </message>
        <message>
            <source>Camera lost: {problem}</source>
            <translation>Kamera verloren: {problem}</translation>
        </message>
        <message>
            <source>retrying in {left} s</source>
            <translation>neuer Versuch in {left} s</translation>
        </message>
        <message>
            <source>retrying now</source>
            <translation>neuer Versuch jetzt</translation>
        </message>
    </context>
</TS>
