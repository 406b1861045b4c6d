<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
    <context>
        <name>App</name>
        <message>
            <source>Inspect Station cannot start</source>
            <translation>Inspect Station non può avviarsi</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsModel</name>
        <message>
            <source>{grade} (checklist {computed_grade})</source>
            <translation>{grade} (lista: {computed_grade})</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>reso imprevisto</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>spedito</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ricevuto</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded</source>
            <translation>nessuna comunicazione di recesso registrata</translation>
        </message>
        <message>
            <source>unexpected</source>
            <translation>imprevisto</translation>
        </message>
        <message>
            <source>{day} ({because})</source>
            <translation>{day} ({because})</translation>
        </message>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · graded by {operator} at {bench}</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · valutato da {operator} su {bench}</translation>
        </message>
        <message>
            <source>Grade {grade} given, the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>Grado {grade} assegnato, la lista di controllo indicava {computed_grade}: «{override_reason}»</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>nessuna foto</translation>
        </message>
        <message>
            <source>Deduction: {label} −{percent} % ({amount}): {handling} · photos {photos}</source>
            <translation>Detrazione: {label} −{percent} % ({amount}): {handling} · foto {photos}</translation>
        </message>
        <message>
            <source>Deduction refused: {label} −{percent} %: the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>Detrazione rifiutata: {label} −{percent} %: il consumatore non è stato informato del diritto di recesso (art. 14, par. 2)</translation>
        </message>
        <message>
            <source>Waits because: </source>
            <translation>In attesa perché: </translation>
        </message>
        <message>
            <source>The refund {withheld}</source>
            <translation>Il rimborso {withheld}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsScreen</name>
        <message>
            <source>Open the unit [Enter]</source>
            <translation>Apri il pezzo [Invio]</translation>
        </message>
        <message>
            <source>[A]  Approve</source>
            <translation>[A]  Approva</translation>
        </message>
        <message>
            <source>[C]  Change…</source>
            <translation>[C]  Modifica…</translation>
        </message>
        <message>
            <source> · ↑/↓ and Enter open a unit · A approve · C change · F5 reload</source>
            <translation> · ↑/↓ e Invio aprono un pezzo · A approva · C modifica · F5 ricarica</translation>
        </message>
        <message>
            <source>The approval queue is for supervisors: approving or changing a refund, exchange or warranty recommendation needs the supervisor role ({name} is signed in as {label}).</source>
            <translation>La coda delle approvazioni è per i supervisori: approvare o modificare una raccomandazione di rimborso, cambio o garanzia richiede il ruolo di supervisore ({name} ha effettuato l'accesso come {label}).</translation>
        </message>
        <message>
            <source>Approvals · refund, exchange and warranty recommendations waiting, the refund due soonest first</source>
            <translation>Approvazioni · raccomandazioni di rimborso, cambio e garanzia in attesa, prima il rimborso in scadenza più vicina</translation>
        </message>
        <message>
            <source> · ⚠ waiting over {hours:g} h (approval_flag_hours) or refund due within {warn} h</source>
            <translation> · ⚠ in attesa da oltre {hours:g} h (approval_flag_hours) o rimborso in scadenza entro {warn} h</translation>
        </message>
        <message>
            <source>{rows:,} of {total:,}</source>
            <translation>{rows:,} di {total:,}</translation>
        </message>
        <message>
            <source>{shown} recommendation(s) waiting</source>
            <translation>{shown} raccomandazione/i in attesa</translation>
        </message>
        <message>
            <source>, {flagged} flagged ⚠.</source>
            <translation>, {flagged} segnalata/e ⚠.</translation>
        </message>
        <message>
            <source>{done} Nothing waits for approval.</source>
            <translation>{done} Niente in attesa di approvazione.</translation>
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
            <translation>approvare</translation>
        </message>
        <message>
            <source>full</source>
            <translation>totale</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>parziale</translation>
        </message>
        <message>
            <source>Approve this refund?</source>
            <translation>Approvare questo rimborso?</translation>
        </message>
        <message>
            <source>Approve {outcome} refund of {money} for {lpn}{description}?

Enter approves it; Esc goes back to the queue.</source>
            <translation>Approvare il rimborso {outcome} di {money} per {lpn}{description}?

Invio lo approva; Esc torna alla coda.</translation>
        </message>
        <message>
            <source>Approve {money}</source>
            <translation>Approva {money}</translation>
        </message>
        <message>
            <source>{lpn} not approved.</source>
            <translation>{lpn} non approvato.</translation>
        </message>
        <message>
            <source>Approving {lpn}…</source>
            <translation>Approvazione di {lpn}…</translation>
        </message>
        <message>
            <source>change</source>
            <translation>modificare</translation>
        </message>
        <message>
            <source>Changing the recommendation for {lpn}…</source>
            <translation>Modifica della raccomandazione per {lpn}…</translation>
        </message>
        <message>
            <source>Only a supervisor may {what} a recommendation; {name} is signed in as {label}.</source>
            <translation>Solo un supervisore può {what} una raccomandazione; {name} ha effettuato l'accesso come {label}.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a recommendation.</source>
            <translation>Nessuna selezione: ↑/↓ per scegliere una raccomandazione.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approvata</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modificata</translation>
        </message>
        <message>
            <source>{verb}: {lpn}, {outcome_text}, released.</source>
            <translation>{verb}: {lpn}, {outcome_text}, rilasciata.</translation>
        </message>
        <message>
            <source>{error} The queue below is as it is now.</source>
            <translation>{error} La coda qui sotto è aggiornata.</translation>
        </message>
        <message>
            <source>That unit has no refund recommendation to decide.</source>
            <translation>Questo pezzo non ha una raccomandazione di rimborso da decidere.</translation>
        </message>
        <message>
            <source> by {decided_by}</source>
            <translation> da {decided_by}</translation>
        </message>
        <message>
            <source>{lpn} does not wait: it was {status}{by}.</source>
            <translation>{lpn} non è in attesa: {status}{by}.</translation>
        </message>
    </context>
    <context>
        <name>Assessing</name>
        <message>
            <source>This unit is not in the parcel: it gets no grade.</source>
            <translation>Questo pezzo non è nel pacco: non riceve un grado.</translation>
        </message>
        <message>
            <source>Override the checklist's grade</source>
            <translation>Correggi il grado della lista di controllo</translation>
        </message>
        <message>
            <source>The checklist says {computed}. Why grade {code}?</source>
            <translation>La lista di controllo indica {computed}. Perché grado {code}?</translation>
        </message>
        <message>
            <source>Grade {grade} → {route}. F10 confirms and prints.</source>
            <translation>Grado {grade} → {route}. F10 conferma e stampa.</translation>
        </message>
        <message>
            <source>Not in the parcel: F10 records it (no label).</source>
            <translation>Non nel pacco: F10 lo registra (nessuna etichetta).</translation>
        </message>
    </context>
    <context>
        <name>AttachDialog</name>
        <message>
            <source>Attach {lpn} to an expected return</source>
            <translation>Associa {lpn} a un reso previsto</translation>
        </message>
        <message>
            <source>Scan or type RMA, order, tracking number, e-mail…</source>
            <translation>Scansiona o digita RMA, ordine, numero di tracciamento, e-mail…</translation>
        </message>
        <message>
            <source>Note for the audit trail (optional)</source>
            <translation>Nota per il registro di controllo (facoltativa)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Scan the RMA slip, or type a reference and press Enter.</source>
            <translation>Scansiona il modulo RMA, o digita un riferimento e premi Invio.</translation>
        </message>
        <message>
            <source>Looking up {code}…</source>
            <translation>Ricerca di {code}…</translation>
        </message>
        <message>
            <source>{rma} · {order_number} · {skus} · {units_received}/{units_expected} received · {status}</source>
            <translation>{rma} · {order_number} · {skus} · {units_received}/{units_expected} ricevuti · {status}</translation>
        </message>
        <message>
            <source>↑/↓ to choose, Enter attaches.</source>
            <translation>↑/↓ per scegliere, Invio associa.</translation>
        </message>
        <message>
            <source>No expected return matches; try another reference.</source>
            <translation>Nessun reso previsto corrisponde; prova un altro riferimento.</translation>
        </message>
    </context>
    <context>
        <name>BenchScreen</name>
        <message>
            <source>Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN, e-mail</source>
            <translation>Scansiona qualsiasi codice, o premi F3 e digita: RMA, ordine, numero di tracciamento, EAN, LPN, e-mail</translation>
        </message>
        <message>
            <source>[U]  Receive as unexpected return</source>
            <translation>[U]  Ricevi come reso imprevisto</translation>
        </message>
        <message>
            <source>F3 code · Space photo · Ctrl+1–9 shot · O file · G photos · 1–9 defects · S sealed · A–D, X grade · W wrong item · ↑↓ M missing · E empty box · N notes · F10 confirm · Ctrl+Del cancel · F2 history</source>
            <translation>F3 codice · Spazio foto · Ctrl+1–9 scatto · O file · G foto · 1–9 difetti · S sigillato · A–D, X grado · W articolo sbagliato · ↑↓ M mancante · E scatola vuota · N note · F10 conferma · Ctrl+Canc annulla · F2 cronologia</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Scansiona un pacco per iniziare.</translation>
        </message>
        <message>
            <source>{error} Scan the parcel again to see where it stands.</source>
            <translation>{error} Scansiona di nuovo il pacco per vedere a che punto è.</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>reso imprevisto</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Ripreso</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Aperto</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> e altre {count}</translation>
        </message>
        <message>
            <source>{verb} {lpn}. Label printed but never scanned: {labels}{more}. Stick it on its item and scan it (the desk lists them under Labels).</source>
            <translation>{verb} {lpn}. Etichetta stampata ma mai scansionata: {labels}{more}. Attaccala sul suo articolo e scansionala (la scrivania le elenca in Etichette).</translation>
        </message>
        <message>
            <source>{verb} {lpn} ({what}). Take photos, then grade.</source>
            <translation>{verb}: {lpn} ({what}). Scatta le foto, poi valuta.</translation>
        </message>
        <message>
            <source>Scan a parcel before grading.</source>
            <translation>Scansiona un pacco prima di valutare.</translation>
        </message>
        <message>
            <source>Nothing to confirm: scan a parcel.</source>
            <translation>Niente da confermare: scansiona un pacco.</translation>
        </message>
        <message>
            <source>Choose a grade first (A, B, C, D or X).</source>
            <translation>Scegli prima un grado (A, B, C, D o X).</translation>
        </message>
        <message>
            <source>Photos missing</source>
            <translation>Foto mancanti</translation>
        </message>
        <message>
            <source>Finish without {names}? Say why, or Esc to take them:</source>
            <translation>Terminare senza {names}? Indica il motivo, o Esc per scattarle:</translation>
        </message>
        <message>
            <source>No such part on this item</source>
            <translation>Questo articolo non ha questa parte</translation>
        </message>
        <message>
            <source>Label missing or cut out</source>
            <translation>Etichetta mancante o ritagliata</translation>
        </message>
        <message>
            <source>Camera out of order</source>
            <translation>Fotocamera fuori servizio</translation>
        </message>
        <message>
            <source>Photos missing: {names}. Take them, or say why not.</source>
            <translation>Foto mancanti: {names}. Scattale o indica il motivo.</translation>
        </message>
        <message>
            <source>{lpn} recorded as not in the parcel; no label.</source>
            <translation>{lpn} registrato come assente dal pacco; nessuna etichetta.</translation>
        </message>
        <message>
            <source>{lpn} → {route} ({rule_explanation}). Printing label…</source>
            <translation>{lpn} → {route} ({rule_explanation}). Stampa dell'etichetta…</translation>
        </message>
        <message>
            <source>{lpn} cancelled.</source>
            <translation>{lpn} annullato.</translation>
        </message>
        <message>
            <source>Cancelling {lpn} needs a {label}: they scan their badge here.</source>
            <translation>Annullare {lpn} richiede un {label}: scansiona qui il suo badge.</translation>
        </message>
        <message>
            <source>Cancel this unit</source>
            <translation>Annulla questo pezzo</translation>
        </message>
        <message>
            <source>Why is {lpn} cancelled?</source>
            <translation>Perché {lpn} viene annullato?</translation>
        </message>
        <message>
            <source>Wrong parcel scanned</source>
            <translation>Pacco sbagliato scansionato</translation>
        </message>
        <message>
            <source>Scanned twice</source>
            <translation>Scansionato due volte</translation>
        </message>
        <message>
            <source>Parcel taken elsewhere</source>
            <translation>Pacco preso altrove</translation>
        </message>
    </context>
    <context>
        <name>Camera</name>
        <message>
            <source>camera off</source>
            <translation>fotocamera spenta</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Starting camera…</source>
            <translation>Avvio della fotocamera…</translation>
        </message>
        <message>
            <source>{text}
Photos can still be added from a file: [O]</source>
            <translation>{text}
Le foto si possono ancora aggiungere da un file: [O]</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Change the recommendation for {lpn}</source>
            <translation>Modifica la raccomandazione per {lpn}</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>nessun prezzo</translation>
        </message>
        <message>
            <source>{return_type} of {item} ({price}). The station recommends: {outcome}</source>
            <translation>{return_type} di {item} ({price}). La stazione raccomanda: {outcome}</translation>
        </message>
        <message>
            <source>amount to refund, at most {price}</source>
            <translation>importo da rimborsare, al massimo {price}</translation>
        </message>
        <message>
            <source>why (required): kept with the unit and in the audit trail</source>
            <translation>motivo (obbligatorio): conservato con il pezzo e nel registro di controllo</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Esito</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Rimborso</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>Change (Ctrl+Enter)</source>
            <translation>Modifica (Ctrl+Invio)</translation>
        </message>
        <message>
            <source>Say why the recommendation is changed: the reason is required.</source>
            <translation>Indica perché la raccomandazione cambia: il motivo è obbligatorio.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Waiting</source>
            <translation>Attesa</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Codice LPN</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Reso</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>Waits because</source>
            <translation>In attesa perché</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Raccomandazione</translation>
        </message>
        <message>
            <source>Refund due</source>
            <translation>Rimborso dovuto</translation>
        </message>
        <message>
            <source>Withheld until</source>
            <translation>Trattenibile fino al</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminato</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Postazione</translation>
        </message>
        <message>
            <source>Grader</source>
            <translation>Valutatore</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Destinazione</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
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
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Correzioni</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ricevuto</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Scansionato</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Letto come</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Pezzo</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Stampata</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Destinazione</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Operatore</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Wrong PINs</source>
            <translation>PIN errati</translation>
        </message>
        <message>
            <source>Last signed in</source>
            <translation>Ultimo accesso</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>in quarantine as {in_quarantine}</source>
            <translation>in quarantena come {in_quarantine}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsScreen</name>
        <message>
            <source>Conflicts · units finished offline that did not fit, oldest first · D note, Enter dismiss · F5 reload · F7 quarantine · F1 bench</source>
            <translation>Conflitti · pezzi terminati offline che non quadravano, i più vecchi prima · D nota, Invio archivia · F5 ricarica · F7 quarantena · F1 postazione</translation>
        </message>
        <message>
            <source>What was done (attached, relabelled, …), then Enter</source>
            <translation>Cosa è stato fatto (associato, rietichettato…), poi Invio</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>The conflicts of offline benches are for a supervisor.</source>
            <translation>I conflitti delle postazioni offline sono per un supervisore.</translation>
        </message>
        <message>
            <source>{rows} conflict(s) from benches that worked offline.</source>
            <translation>{rows} conflitto/i da postazioni che hanno lavorato offline.</translation>
        </message>
        <message>
            <source>{done} No conflicts.</source>
            <translation>{done} Nessun conflitto.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose an entry.</source>
            <translation>Nessuna selezione: ↑/↓ per scegliere una voce.</translation>
        </message>
    </context>
    <context>
        <name>CreateReturnDialog</name>
        <message>
            <source>New expected return for {lpn}</source>
            <translation>Nuovo reso previsto per {lpn}</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Numero d'ordine</translation>
        </message>
        <message>
            <source>Customer e-mail</source>
            <translation>E-mail del cliente</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>EAN / UPC</source>
            <translation>EAN / UPC</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numero di serie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrizione</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoria</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prezzo unitario</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantità</translation>
        </message>
        <message>
            <source>The parcel holds</source>
            <translation>Il pacco contiene</translation>
        </message>
        <message>
            <source>The withdrawal</source>
            <translation>Il recesso</translation>
        </message>
        <message>
            <source>Order number and SKU are needed; Enter saves.</source>
            <translation>Servono il numero d'ordine e lo SKU; Invio salva.</translation>
        </message>
        <message>
            <source>Unit price {unit_price!r} is not a number.</source>
            <translation>Il prezzo unitario {unit_price!r} non è un numero.</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>units</source>
            <translation>pezzi</translation>
        </message>
        <message>
            <source>units/h</source>
            <translation>pezzi/h</translation>
        </message>
        <message>
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <source>overrides</source>
            <translation>correzioni</translation>
        </message>
        <message>
            <source>drift</source>
            <translation>scostamento</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>tutto il giorno</translation>
        </message>
        <message>
            <source>{name} shift</source>
            <translation>turno {name}</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>&amp;Giorno</translation>
        </message>
        <message>
            <source>&amp;Shift</source>
            <translation>&amp;Turno</translation>
        </message>
        <message>
            <source>Daily &amp;report PDF… (Ctrl+R)</source>
            <translation>&amp;Rapporto giornaliero PDF… (Ctrl+R)</translation>
        </message>
        <message>
            <source>Dashboard · Alt+Y day · Alt+S shift · F5 reload</source>
            <translation>Cruscotto · Alt+G giorno · Alt+T turno · F5 ricarica</translation>
        </message>
        <message>
            <source> · Ctrl+R daily report</source>
            <translation> · Ctrl+R rapporto giornaliero</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>{label} · {units} units · {units_per_hour} per hour · median {seconds}, p90 {seconds2} per unit · overrides {override_rate} · recovered {money} of {money2} · cost {money3} per unit · {total} returns waiting</source>
            <translation>{label} · {units} pezzi · {units_per_hour} all'ora · mediana {seconds}, p90 {seconds2} per pezzo · correzioni {override_rate} · recuperati {money} su {money2} · costo {money3} per pezzo · {total} resi in attesa</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Produttività</translation>
        </message>
        <message>
            <source>Grade mix per grader (⚠ drifting)</source>
            <translation>Distribuzione dei gradi per valutatore (⚠ scostamento)</translation>
        </message>
        <message>
            <source>Routes: recovered value and cost</source>
            <translation>Destinazioni: valore recuperato e costo</translation>
        </message>
        <message>
            <source>route</source>
            <translation>destinazione</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>etichette</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valore</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation>recuperato</translation>
        </message>
        <message>
            <source>cost/unit</source>
            <translation>costo/pezzo</translation>
        </message>
        <message>
            <source>Returns waiting now</source>
            <translation>Resi in attesa ora</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>in attesa da</translation>
        </message>
        <message>
            <source>returns</source>
            <translation>resi</translation>
        </message>
        <message>
            <source>Stated reason against what was found: share of units per grade, share with no defect ticked, the defects found most</source>
            <translation>Motivo dichiarato rispetto a quanto trovato: quota di pezzi per grado, quota senza difetti spuntati, difetti più frequenti</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoria</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>motivo dichiarato</translation>
        </message>
        <message>
            <source>no defect</source>
            <translation>nessun difetto</translation>
        </message>
        <message>
            <source>defects found (units)</source>
            <translation>difetti trovati (pezzi)</translation>
        </message>
        <message>
            <source>Most returned products</source>
            <translation>Prodotti più resi</translation>
        </message>
        <message>
            <source>top reasons</source>
            <translation>motivi principali</translation>
        </message>
        <message>
            <source>defects found</source>
            <translation>difetti trovati</translation>
        </message>
        <message>
            <source>The daily report needs a supervisor.</source>
            <translation>Il rapporto giornaliero richiede un supervisore.</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>Rapporto giornaliero</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the daily report to {target}…</source>
            <translation>Scrittura del rapporto giornaliero in {target}…</translation>
        </message>
        <message>
            <source>Daily report written to {path}</source>
            <translation>Rapporto giornaliero scritto in {path}</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Cronologia</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>Cr&amp;uscotto</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etichette</translation>
        </message>
    </context>
    <context>
        <name>DetailText</name>
        <message>
            <source>Full refund {money}</source>
            <translation>Rimborso completo {money}</translation>
        </message>
        <message>
            <source>Partial refund {money} (−{percent} %)</source>
            <translation>Rimborso parziale {money} (−{percent} %)</translation>
        </message>
        <message>
            <source>Refuse the refund</source>
            <translation>Rifiuta il rimborso</translation>
        </message>
        <message>
            <source>Approve the exchange</source>
            <translation>Approva il cambio</translation>
        </message>
        <message>
            <source>Warranty: repair</source>
            <translation>Garanzia: riparare</translation>
        </message>
        <message>
            <source>Warranty: replace</source>
            <translation>Garanzia: sostituire</translation>
        </message>
        <message>
            <source>Warranty: reject</source>
            <translation>Garanzia: respingere</translation>
        </message>
        <message>
            <source> + delivery {money}</source>
            <translation> + spedizione {money}</translation>
        </message>
        <message>
            <source>Exchange refused → {words}{words2}</source>
            <translation>Cambio rifiutato → {words}{words2}</translation>
        </message>
        <message>
            <source>not recorded (finished before the station kept receipts)</source>
            <translation>non registrato (terminato prima che la stazione registrasse i ricevimenti)</translation>
        </message>
        <message>
            <source>{missing_items} other unit(s) of the return not in the parcel</source>
            <translation>{missing_items} altro/i pezzo/i del reso non nel pacco</translation>
        </message>
        <message>
            <source>SKU: </source>
            <translation>SKU: </translation>
        </message>
        <message>
            <source>— (nothing on the bench to grade)</source>
            <translation>— (niente da valutare sulla postazione)</translation>
        </message>
        <message>
            <source> · graded {grade_before} at the bench, changed by a supervisor</source>
            <translation> · valutato {grade_before} sulla postazione, modificato da un supervisore</translation>
        </message>
        <message>
            <source>{text} · factory sealed</source>
            <translation>{text} · sigillato in fabbrica</translation>
        </message>
        <message>
            <source>{text} · given by key, no defect ticked</source>
            <translation>{text} · assegnato da tasto, nessun difetto spuntato</translation>
        </message>
        <message>
            <source>{text} · the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>{text} · la lista di controllo indicava {computed_grade}: «{override_reason}»</translation>
        </message>
        <message>
            <source>{text} · as the checklist says</source>
            <translation>{text} · come indica la lista di controllo</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non registrato</translation>
        </message>
        <message>
            <source>none ticked</source>
            <translation>nessuno spuntato</translation>
        </message>
        <message>
            <source>{label} ({severity}, caps {caps})</source>
            <translation>{label} ({severity}, massimo {caps})</translation>
        </message>
        <message>
            <source>{label} (not in the checklist any more)</source>
            <translation>{label} (non più nella lista di controllo)</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · cassetta {tote}</translation>
        </message>
        <message>
            <source>{route} — rule {rule_id}: {rule_explanation} (rules {version}){tote}</source>
            <translation>{route} — regola {rule_id}: {rule_explanation} (regole {version}){tote}</translation>
        </message>
        <message>
            <source>{photos} photo(s)</source>
            <translation>{photos} foto</translation>
        </message>
        <message>
            <source> · finished without {shots_missing}: “{reason}”</source>
            <translation> · terminato senza {shots_missing}: «{reason}»</translation>
        </message>
        <message>
            <source>kept: no connector</source>
            <translation>conservato: nessun connettore</translation>
        </message>
        <message>
            <source>delivered {when}</source>
            <translation>consegnata {when}</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>consegnata</translation>
        </message>
        <message>
            <source>next try {when} · {last_error}</source>
            <translation>prossimo tentativo {when} · {last_error}</translation>
        </message>
        <message>
            <source>waits its turn (the events before it go first)</source>
            <translation>attende il suo turno (gli eventi precedenti vanno prima)</translation>
        </message>
        <message>
            <source>pending for {age:.0f} h, waits for a supervisor ({why})</source>
            <translation>in sospeso da {age:.0f} h, attende un supervisore ({why})</translation>
        </message>
        <message>
            <source>released (no approval needed)</source>
            <translation>rilasciata (nessuna approvazione necessaria)</translation>
        </message>
        <message>
            <source>{status} by {decided_by} {when}{note}</source>
            <translation>{status} da {decided_by} {when}{note}</translation>
        </message>
        <message>
            <source>none (unexpected return, or finished before the station recommended outcomes)</source>
            <translation>nessuna (reso imprevisto, o terminato prima che la stazione raccomandasse esiti)</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded · {withheld}</source>
            <translation>nessuna comunicazione di recesso registrata · {withheld}</translation>
        </message>
        <message>
            <source>withdrawal button</source>
            <translation>pulsante di recesso</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>lettera</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefono</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>NO: no deduction allowed</source>
            <translation>NO: nessuna detrazione ammessa</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>non noto</translation>
        </message>
        <message>
            <source>nothing recorded</source>
            <translation>nulla di registrato</translation>
        </message>
        <message>
            <source>notice {when}</source>
            <translation>comunicazione {when}</translation>
        </message>
        <message>
            <source>by {channel}</source>
            <translation>tramite {channel}</translation>
        </message>
        <message>
            <source>ack {acknowledgement}</source>
            <translation>conferma {acknowledgement}</translation>
        </message>
        <message>
            <source>informed of the right: {informed}</source>
            <translation>informato del diritto: {informed}</translation>
        </message>
        <message>
            <source>sent {when} ({proof})</source>
            <translation>spedito {when} ({proof})</translation>
        </message>
        <message>
            <source>sent {when}</source>
            <translation>spedito {when}</translation>
        </message>
        <message>
            <source>delivery paid {paid}, cheapest standard {cheapest}</source>
            <translation>spedizione pagata {paid}, consegna standard più economica {cheapest}</translation>
        </message>
        <message>
            <source>delivery paid {paid}</source>
            <translation>spedizione pagata {paid}</translation>
        </message>
        <message>
            <source>use or handling</source>
            <translation>uso o manipolazione</translation>
        </message>
        <message>
            <source>product fault</source>
            <translation>difetto del prodotto</translation>
        </message>
        <message>
            <source>damage in transit</source>
            <translation>danno da trasporto</translation>
        </message>
        <message>
            <source>facts</source>
            <translation>fatti</translation>
        </message>
        <message>
            <source>not recorded: finished before assessments were kept</source>
            <translation>non registrato: terminato prima che le valutazioni venissero conservate</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>lista di controllo</translation>
        </message>
        <message>
            <source>return type</source>
            <translation>tipo di reso</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>motivo dichiarato</translation>
        </message>
        <message>
            <source>days since delivery</source>
            <translation>giorni dalla consegna</translation>
        </message>
        <message>
            <source>units missing from the parcel</source>
            <translation>pezzi mancanti dal pacco</translation>
        </message>
        <message>
            <source>SKU flags</source>
            <translation>indicatori SKU</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>rules version</source>
            <translation>versione delle regole</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rifiutata</translation>
        </message>
        <message>
            <source>the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>il consumatore non è stato informato del diritto di recesso (art. 14, par. 2)</translation>
        </message>
        <message>
            <source>no deduction</source>
            <translation>nessuna detrazione</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>any</source>
            <translation>tutti</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sì</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>SKU or EAN</source>
            <translation>SKU o EAN</translation>
        </message>
        <message>
            <source>LPN, RMA, order or tracking number</source>
            <translation>LPN, RMA, ordine o numero di tracciamento</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;A</translation>
        </message>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Postazione</translation>
        </message>
        <message>
            <source>G&amp;rader</source>
            <translation>&amp;Valutatore</translation>
        </message>
        <message>
            <source>Gr&amp;ade</source>
            <translation>&amp;Grado</translation>
        </message>
        <message>
            <source>R&amp;oute</source>
            <translation>Des&amp;tinazione</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>Categor&amp;ia</translation>
        </message>
        <message>
            <source>S&amp;KU/EAN</source>
            <translation>S&amp;KU/EAN</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>O&amp;verridden</source>
            <translation>Co&amp;rretto</translation>
        </message>
        <message>
            <source>Fi&amp;nd</source>
            <translation>C&amp;erca</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Welcome · {bench}</source>
            <translation>Benvenuto · {bench}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Il tuo nome</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Ripeti il PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>No one can sign in yet. Make the first administrator: name, badge (scan it), a PIN of 4 to 12 digits twice. Enter moves on.</source>
            <translation>Nessuno può ancora accedere. Crea il primo amministratore: nome, badge (scansionalo), due volte un PIN da 4 a 12 cifre. Invio prosegue.</translation>
        </message>
        <message>
            <source>The two PINs differ; type the PIN twice again.</source>
            <translation>I due PIN sono diversi; digita di nuovo il PIN due volte.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Salvataggio…</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Shot</source>
            <translation>Scatto</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Scattata</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Da</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Immagine</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualità</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Misure</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Codice</translation>
        </message>
        <message>
            <source>{title}:</source>
            <translation>{title}:</translation>
        </message>
        <message>
            <source>{index} of {count}</source>
            <translation>{index} di {count}</translation>
        </message>
        <message>
            <source>{operator} at {bench}</source>
            <translation>{operator} su {bench}</translation>
        </message>
        <message>
            <source>{width}×{height}, {size_bytes:.0f} KB, </source>
            <translation>{width}×{height}, {size_bytes:.0f} KB, </translation>
        </message>
        <message>
            <source>file {original_name}</source>
            <translation>file {original_name}</translation>
        </message>
        <message>
            <source>← → step  ·  + − zoom  ·  0 fit  ·  1 actual pixels  ·  drag to pan  ·  Esc close</source>
            <translation>← → scorri  ·  + − zoom  ·  0 adatta  ·  1 pixel reali  ·  trascina per spostare  ·  Esc chiudi</translation>
        </message>
        <message>
            <source>Photos of {lpn}</source>
            <translation>Foto di {lpn}</translation>
        </message>
        <message>
            <source>{count} photo(s)</source>
            <translation>{count} foto</translation>
        </message>
        <message>
            <source>
Finished without {names}: “{reason}”</source>
            <translation>
Terminato senza {names}: «{reason}»</translation>
        </message>
        <message>
            <source>This unit has no photos.</source>
            <translation>Questo pezzo non ha foto.</translation>
        </message>
        <message>
            <source>Purged on {when} under the retention rule; the record remains.</source>
            <translation>Eliminata il {when} secondo la regola di conservazione; il record resta.</translation>
        </message>
        <message>
            <source>The file is missing from the photo store.</source>
            <translation>Il file manca nell'archivio foto.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>non misurata</translation>
        </message>
        <message>
            <source>good</source>
            <translation>buona</translation>
        </message>
        <message>
            <source>kept despite: </source>
            <translation>conservata nonostante: </translation>
        </message>
        <message>
            <source>none seen</source>
            <translation>nessuno visto</translation>
        </message>
    </context>
    <context>
        <name>GradePanel</name>
        <message>
            <source>NOT IN PARCEL</source>
            <translation>NON NEL PACCO</translation>
        </message>
        <message>
            <source>The unit is recorded as missing: no label, refund refused.</source>
            <translation>Il pezzo è registrato come mancante: nessuna etichetta, rimborso rifiutato.</translation>
        </message>
        <message>
            <source>EMPTY BOX</source>
            <translation>SCATOLA VUOTA</translation>
        </message>
        <message>
            <source>Every unit still expected is recorded as not in the parcel.</source>
            <translation>Ogni pezzo ancora previsto è registrato come assente dal pacco.</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>Notes  [N]</source>
            <translation>Note  [N]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>What you saw (optional). Esc returns to the bench.</source>
            <translation>Cosa hai visto (facoltativo). Esc torna alla postazione.</translation>
        </message>
        <message>
            <source>[F10]  Confirm and print label</source>
            <translation>[F10]  Conferma e stampa l'etichetta</translation>
        </message>
        <message>
            <source>Grade · {name} checklist, worst first</source>
            <translation>Grado · lista di controllo {name}, il più grave prima</translation>
        </message>
        <message>
            <source>, −{deduct:g} % refund</source>
            <translation>, −{deduct:g} % di rimborso</translation>
        </message>
        <message>
            <source>{severity}, caused by {cause}{deduct}</source>
            <translation>{severity}, causato da {cause}{deduct}</translation>
        </message>
        <message>
            <source>[{sealed_key}]  Factory sealed  → {sealed_grade}</source>
            <translation>[{sealed_key}]  Sigillato in fabbrica  → {sealed_grade}</translation>
        </message>
        <message>
            <source>Confirm and print label</source>
            <translation>Conferma e stampa l'etichetta</translation>
        </message>
        <message>
            <source>Confirm: no label</source>
            <translation>Conferma: nessuna etichetta</translation>
        </message>
        <message>
            <source>Waits for supervisor approval: </source>
            <translation>Attende l'approvazione di un supervisore: </translation>
        </message>
        <message>
            <source>Tick the defects you see, or press the grade.</source>
            <translation>Spunta i difetti che vedi, o premi il grado.</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · cassetta {tote}</translation>
        </message>
        <message>
            <source>{explanation}
Rule “{rule_id}”: {why}{tote}</source>
            <translation>{explanation}
Regola «{rule_id}»: {why}{tote}</translation>
        </message>
        <message>
            <source>scan its own code</source>
            <translation>scansiona il suo codice</translation>
        </message>
        <message>
            <source>Wrong item [W]: {what} · </source>
            <translation>Articolo sbagliato [W]: {what} · </translation>
        </message>
        <message>
            <source>{wrong}No grade yet: tick defects [1–9], [S] sealed, or press a grade</source>
            <translation>{wrong}Nessun grado ancora: spunta i difetti [1–9], [S] sigillato, o premi un grado</translation>
        </message>
        <message>
            <source>reason needed</source>
            <translation>motivo necessario</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name}, overriding the checklist's {grade2}: {reason}</source>
            <translation>{wrong}Grado {grade} · {name}, corregge la lista di controllo ({grade2}): {reason}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} — {explain}</source>
            <translation>{wrong}Grado {grade} · {name} — {explain}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} (by key)</source>
            <translation>{wrong}Grado {grade} · {name} (da tasto)</translation>
        </message>
        <message>
            <source>{fallback}Diminished value (CRD art. 14(2)), shown in the photos: {named}</source>
            <translation>{fallback}Deprezzamento (direttiva sui diritti dei consumatori, art. 14, par. 2), visibile nelle foto: {named}</translation>
        </message>
    </context>
    <context>
        <name>HealthLamp</name>
        <message>
            <source>Database unreachable since {since:%H:%M}</source>
            <translation>Database non raggiungibile dalle {since:%H:%M}</translation>
        </message>
        <message>
            <source>Database slow{late}</source>
            <translation>Database lento{late}</translation>
        </message>
        <message>
            <source>Database: {where}</source>
            <translation>Database: {where}</translation>
        </message>
        <message>
            <source> · {waiting} to send</source>
            <translation> · {waiting} da inviare</translation>
        </message>
        <message>
            <source> · sending stopped</source>
            <translation> · invio fermato</translation>
        </message>
        <message>
            <source> · {waiting} unit(s) finished here wait to be sent</source>
            <translation> · {waiting} pezzo/i terminato/i qui in attesa di invio</translation>
        </message>
        <message>
            <source>The database on {host} answers again: {waiting} unit(s) finished here are being sent.</source>
            <translation>Il database su {host} risponde di nuovo: {waiting} pezzo/i terminato/i qui in invio.</translation>
        </message>
        <message>
            <source>The database on {host} answers again.</source>
            <translation>Il database su {host} risponde di nuovo.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>unexpected</source>
            <translation>imprevisto</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>mancante</translation>
        </message>
        <message>
            <source>empty box</source>
            <translation>scatola vuota</translation>
        </message>
        <message>
            <source>no label</source>
            <translation>nessuna etichetta</translation>
        </message>
        <message>
            <source>{route} (wrong item)</source>
            <translation>{route} (articolo sbagliato)</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>&amp;Export… (Ctrl+E)</source>
            <translation>Esp&amp;orta… (Ctrl+E)</translation>
        </message>
        <message>
            <source>History · Alt+letter: a filter · Ctrl+F find · ↑/↓ and Enter open a unit · </source>
            <translation>Cronologia · Alt+lettera: un filtro · Ctrl+F cerca · ↑/↓ e Invio aprono un pezzo · </translation>
        </message>
        <message>
            <source>Ctrl+E export · </source>
            <translation>Ctrl+E esporta · </translation>
        </message>
        <message>
            <source>Ctrl+Backspace clear</source>
            <translation>Ctrl+Backspace cancella</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>{rows:,} unit(s)</source>
            <translation>{rows:,} pezzo/i</translation>
        </message>
        <message>
            <source>{rows:,} units shown, more as you scroll · counting…</source>
            <translation>{rows:,} pezzi mostrati, altri scorrendo · conteggio…</translation>
        </message>
        <message>
            <source>over {count_cap:,}</source>
            <translation>oltre {count_cap:,}</translation>
        </message>
        <message>
            <source>{rowcount:,} of {total} units shown, more as you scroll</source>
            <translation>{rowcount:,} di {total} pezzi mostrati, altri scorrendo</translation>
        </message>
        <message>
            <source>Exporting history needs a supervisor.</source>
            <translation>L'esportazione della cronologia richiede un supervisore.</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>Esporta cronologia</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {name}…</source>
            <translation>Esportazione in {name}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annulla</translation>
        </message>
        <message>
            <source>{rows:,} rows exported to {path} in {seconds:.1f} s</source>
            <translation>{rows:,} righe esportate in {path} in {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <source>&amp;Override grade or route… (Ctrl+O)</source>
            <translation>&amp;Correggi grado o destinazione… (Ctrl+O)</translation>
        </message>
        <message>
            <source>[L]  Label…</source>
            <translation>[L]  Etichetta…</translation>
        </message>
        <message>
            <source>Photos full size  [Enter on a photo]</source>
            <translation>Foto a grandezza piena  [Invio su una foto]</translation>
        </message>
        <message>
            <source>&amp;Evidence PDF… (Ctrl+D)</source>
            <translation>&amp;Documento probatorio PDF… (Ctrl+D)</translation>
        </message>
        <message>
            <source>Unit {lpn}</source>
            <translation>Pezzo {lpn}</translation>
        </message>
        <message>
            <source>, {total_seconds:.0f} s scan to label</source>
            <translation>, {total_seconds:.0f} s dalla scansione all'etichetta</translation>
        </message>
        <message>
            <source> · {count} override(s)</source>
            <translation> · {count} correzione/i</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Reso</translation>
        </message>
        <message>
            <source>{rma} · order {order_number} · tracking {tracking_number} · {return_type} · stated reason: {reason}</source>
            <translation>{rma} · ordine {order_number} · tracciamento {tracking_number} · {return_type} · motivo dichiarato: {reason}</translation>
        </message>
        <message>
            <source>unexpected return (no expected return matched)</source>
            <translation>reso imprevisto (nessun reso previsto corrispondeva)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>Recesso</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Chi</translation>
        </message>
        <message>
            <source>{operator} at {bench}, finished {when}{seconds}</source>
            <translation>{operator} su {bench}, terminato {when}{seconds}</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etichette</translation>
        </message>
        <message>
            <source>{count} printed or queued, {reprints} after the first</source>
            <translation>{count} stampata/e o in coda, {reprints} dopo la prima</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Ricevimento</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Difetti</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Destinazione</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Rimborso</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>{width}×{height}
SHA-256 {sha256}</source>
            <translation>{width}×{height}
SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>aperta</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminata</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annullata</translation>
        </message>
        <message>
            <source>The evidence document needs a supervisor.</source>
            <translation>Il documento probatorio richiede un supervisore.</translation>
        </message>
        <message>
            <source>Evidence PDF</source>
            <translation>Documento probatorio PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the evidence to {target}…</source>
            <translation>Scrittura del documento probatorio in {target}…</translation>
        </message>
        <message>
            <source>Evidence written to {path}</source>
            <translation>Documento probatorio scritto in {path}</translation>
        </message>
        <message>
            <source>Overriding a grade or route needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Correggere un grado o una destinazione richiede un supervisore; {name} ha effettuato l'accesso come {label}.</translation>
        </message>
        <message>
            <source>Overriding {lpn}…</source>
            <translation>Correzione di {lpn}…</translation>
        </message>
        <message>
            <source> The {words}.</source>
            <translation> {words}.</translation>
        </message>
        <message>
            <source>Overridden: grade {grade}, route {route}. New label queued at {print_bench}.{followed}</source>
            <translation>Corretto: grado {grade}, destinazione {route}. Nuova etichetta in coda su {print_bench}.{followed}</translation>
        </message>
    </context>
    <context>
        <name>JobStates</name>
        <message>
            <source>waiting for the printer</source>
            <translation>attende la stampante</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>in invio</translation>
        </message>
        <message>
            <source>printed (not yet scanned)</source>
            <translation>stampata (non ancora scansionata)</translation>
        </message>
        <message>
            <source>did it print? (not known)</source>
            <translation>stampata? (non noto)</translation>
        </message>
        <message>
            <source>printed and scanned</source>
            <translation>stampata e scansionata</translation>
        </message>
        <message>
            <source>could not be made</source>
            <translation>non è stato possibile crearla</translation>
        </message>
    </context>
    <context>
        <name>LabelDesk</name>
        <message>
            <source>The label for {lpn} could not be made: {detail}. The inspection is saved; ask a supervisor to reprint it.</source>
            <translation>Non è stato possibile creare l'etichetta di {lpn}: {detail}. L'ispezione è salvata; chiedi a un supervisore di ristamparla.</translation>
        </message>
        <message>
            <source>The printer connection broke while the label for {lpn} was sent: did it print? Answer Y or N.</source>
            <translation>La connessione alla stampante si è interrotta durante l'invio dell'etichetta di {lpn}: è stata stampata? Rispondi Y o N.</translation>
        </message>
        <message>
            <source>Label for {lpn} is queued, not printed: {detail}. The inspection is saved; the label prints when the printer is back.</source>
            <translation>L'etichetta di {lpn} è in coda, non stampata: {detail}. L'ispezione è salvata; l'etichetta verrà stampata quando la stampante tornerà disponibile.</translation>
        </message>
        <message>
            <source>Label for {lpn} printed (F4 shows it). Stick it on and scan it, then the next parcel.</source>
            <translation>Etichetta di {lpn} stampata (F4 la mostra). Attaccala e scansionala, poi il prossimo pacco.</translation>
        </message>
        <message>
            <source>{waiting} label(s) waiting · {text}</source>
            <translation>{waiting} etichetta/e in attesa · {text}</translation>
        </message>
        <message>
            <source>{unknown_count} to answer · {text}</source>
            <translation>{unknown_count} da rispondere · {text}</translation>
        </message>
        <message>
            <source>Printing the label for {lpn} again…</source>
            <translation>Nuova stampa dell'etichetta di {lpn}…</translation>
        </message>
        <message>
            <source>No label printed at this bench since the start.</source>
            <translation>Nessuna etichetta stampata su questa postazione dall'avvio.</translation>
        </message>
        <message>
            <source>Printer settings need the admin role; {operator} is signed in as {label}.</source>
            <translation>Le impostazioni della stampante richiedono il ruolo di amministratore; {operator} ha effettuato l'accesso come {label}.</translation>
        </message>
    </context>
    <context>
        <name>LabelDialogs</name>
        <message>
            <source>label</source>
            <translation>etichetta</translation>
        </message>
        <message>
            <source>reprint ({reason})</source>
            <translation>ristampa ({reason})</translation>
        </message>
        <message>
            <source> by {requested_by}</source>
            <translation> da {requested_by}</translation>
        </message>
    </context>
    <context>
        <name>LabelPreviewDialog</name>
        <message>
            <source>Label {lpn}</source>
            <translation>Etichetta {lpn}</translation>
        </message>
        <message>
            <source>{printer}
{stock} at {dpi} dpi, as it prints</source>
            <translation>{printer}
{stock} a {dpi} dpi, come viene stampata</translation>
        </message>
        <message>
            <source>no label yet</source>
            <translation>nessuna etichetta ancora</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Stampate&lt;/b&gt;</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>nessun limite</translation>
        </message>
        <message>
            <source>{left} reprint(s) left for you</source>
            <translation>ti restano {left} ristampa/e</translation>
        </message>
        <message>
            <source>Reprints so far: {reprints_used} · {limit}</source>
            <translation>Ristampe finora: {reprints_used} · {limit}</translation>
        </message>
        <message>
            <source>Why print it again? (torn, smudged, lost …)</source>
            <translation>Perché ristampare? (strappata, sbavata, persa…)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copie:</translation>
        </message>
        <message>
            <source>Reprint  [Alt+R]</source>
            <translation>Ristampa  [Alt+R]</translation>
        </message>
        <message>
            <source>Office printer…  [Alt+P]</source>
            <translation>Stampante d'ufficio…  [Alt+P]</translation>
        </message>
        <message>
            <source>[Esc]  Close</source>
            <translation>[Esc]  Chiudi</translation>
        </message>
        <message>
            <source>Type the reason first: every reprint is recorded with it.</source>
            <translation>Digita prima il motivo: ogni ristampa viene registrata con esso.</translation>
        </message>
        <message>
            <source>Reprint queued for {lpn}.</source>
            <translation>Ristampa di {lpn} in coda.</translation>
        </message>
        <message>
            <source>Print the label {lpn}</source>
            <translation>Stampa l'etichetta {lpn}</translation>
        </message>
        <message>
            <source>system printer</source>
            <translation>stampante di sistema</translation>
        </message>
        <message>
            <source>{name} refused the label; nothing was printed.</source>
            <translation>{name} ha rifiutato l'etichetta; non è stato stampato nulla.</translation>
        </message>
    </context>
    <context>
        <name>LabelsScreen</name>
        <message>
            <source>Labels printed and never scanned on their item · F5 reload</source>
            <translation>Etichette stampate e mai scansionate sul loro articolo · F5 ricarica</translation>
        </message>
        <message>
            <source>printed?</source>
            <translation>stampata?</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>stampata</translation>
        </message>
        <message>
            <source>{count} label(s) not scanned yet: find each on its printer or item and scan it.</source>
            <translation>{count} etichetta/e non ancora scansionata/e: trova ciascuna sulla stampante o sull'articolo e scansionala.</translation>
        </message>
        <message>
            <source>Every printed label was scanned on its item.</source>
            <translation>Ogni etichetta stampata è stata scansionata sul suo articolo.</translation>
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
            <translation>&amp;Quarantena</translation>
        </message>
        <message>
            <source>A&amp;pprovals</source>
            <translation>Approva&amp;zioni</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>C&amp;onflitti</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Nessuno ha effettuato l'accesso</translation>
        </message>
        <message>
            <source> · F8 users · F11 approvals</source>
            <translation> · F8 utenti · F11 approvazioni</translation>
        </message>
        <message>
            <source>Locked · {name}</source>
            <translation>Bloccato · {name}</translation>
        </message>
        <message>
            <source>Locked. Scan your badge to carry on.</source>
            <translation>Bloccato. Scansiona il tuo badge per continuare.</translation>
        </message>
        <message>
            <source>Locked after {minutes} minute(s) without activity. Scan your badge to carry on.</source>
            <translation>Bloccato dopo {minutes} minuto/i di inattività. Scansiona il tuo badge per continuare.</translation>
        </message>
        <message>
            <source>Internal error: {value}</source>
            <translation>Errore interno: {value}</translation>
        </message>
        <message>
            <source>Carry on with {lpn}.</source>
            <translation>Continua con {lpn}.</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Scansiona un pacco per iniziare.</translation>
        </message>
        <message>
            <source>{name} signed in as {label}. {carry_on}</source>
            <translation>{name} ha effettuato l'accesso come {label}. {carry_on}</translation>
        </message>
        <message>
            <source>Switching operator.</source>
            <translation>Cambio di operatore.</translation>
        </message>
        <message>
            <source>The users screen needs a supervisor; {name} is signed in as {label}.</source>
            <translation>La schermata utenti richiede un supervisore; {name} ha effettuato l'accesso come {label}.</translation>
        </message>
        <message>
            <source>Outcomes on their way to the shops</source>
            <translation>Esiti in viaggio verso i negozi</translation>
        </message>
        <message>
            <source>; a supervisor retries or skips the dead letters (inspect-station outbox list)</source>
            <translation>; un supervisore ritenta o salta i messaggi non recapitati (inspect-station outbox list)</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>full refund</source>
            <translation>rimborso completo</translation>
        </message>
        <message>
            <source>partial refund of the amount below</source>
            <translation>rimborso parziale dell'importo qui sotto</translation>
        </message>
        <message>
            <source>refuse the refund</source>
            <translation>rifiuta il rimborso</translation>
        </message>
        <message>
            <source>approve the exchange: send the replacement</source>
            <translation>approva il cambio: invia la sostituzione</translation>
        </message>
        <message>
            <source>warranty: repair</source>
            <translation>garanzia: riparare</translation>
        </message>
        <message>
            <source>warranty: replace</source>
            <translation>garanzia: sostituire</translation>
        </message>
        <message>
            <source>warranty: reject the claim</source>
            <translation>garanzia: respingere la richiesta</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>as the rules decide</source>
            <translation>come decidono le regole</translation>
        </message>
        <message>
            <source>Override {lpn}</source>
            <translation>Correggi {lpn}</translation>
        </message>
        <message>
            <source>Now: grade {grade}, route {route}. Graded by {operator}.</source>
            <translation>Ora: grado {grade}, destinazione {route}. Valutato da {operator}.</translation>
        </message>
        <message>
            <source>why (required): what the photos or the item show</source>
            <translation>motivo (obbligatorio): cosa mostrano le foto o l'articolo</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Grado</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>&amp;Destinazione</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>Print the new label &amp;here ({here})</source>
            <translation>Stampa la nuova etichetta &amp;qui ({here})</translation>
        </message>
        <message>
            <source>&amp;Queue it at the unit's bench ({bench})</source>
            <translation>&amp;Metti in coda alla postazione del pezzo ({bench})</translation>
        </message>
        <message>
            <source>A new grade is routed again by the active rules on the unit's recorded facts, and its refund recommendation follows the new grade: one waiting for approval is released as your decision; one a supervisor changed by hand is kept.</source>
            <translation>Un nuovo grado viene reindirizzato dalle regole attive in base ai fatti registrati del pezzo, e la sua raccomandazione di rimborso segue il nuovo grado: una in attesa di approvazione viene rilasciata come tua decisione; una modificata a mano da un supervisore resta.</translation>
        </message>
        <message>
            <source>Override (Ctrl+Enter)</source>
            <translation>Correggi (Ctrl+Invio)</translation>
        </message>
        <message>
            <source>Say why: the reason is required.</source>
            <translation>Indica il motivo: è obbligatorio.</translation>
        </message>
        <message>
            <source>Choose a new grade or a new route.</source>
            <translation>Scegli un nuovo grado o una nuova destinazione.</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <source>unknown</source>
            <translation>sconosciuto</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Pacco</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Tipo di reso</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Ordine</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracciamento</translation>
        </message>
        <message>
            <source>Stated reason</source>
            <translation>Motivo dichiarato</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Consegnato</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valore</translation>
        </message>
        <message>
            <source>This unit</source>
            <translation>Questo pezzo</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Rimborso</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Articolo</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manca</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Q.tà</translation>
        </message>
        <message>
            <source>↑/↓ choose a line · M marks a unit of it missing · E empty box</source>
            <translation>↑/↓ scegli una riga · M segna un pezzo come mancante · E scatola vuota</translation>
        </message>
        <message>
            <source>Scan a parcel</source>
            <translation>Scansiona un pacco</translation>
        </message>
        <message>
            <source>unknown item</source>
            <translation>articolo sconosciuto</translation>
        </message>
        <message>
            <source>Unexpected return · held in quarantine</source>
            <translation>Reso imprevisto · in quarantena</translation>
        </message>
        <message>
            <source>{code} (scanned)</source>
            <translation>{code} (scansionato)</translation>
        </message>
        <message>
            <source>— (no return known)</source>
            <translation>— (nessun reso noto)</translation>
        </message>
        <message>
            <source>{delivered_on} · {days} days ago</source>
            <translation>{delivered_on} · {days} giorni fa</translation>
        </message>
        <message>
            <source>{total} · {units_expected} unit(s)</source>
            <translation>{total} · {units_expected} pezzo/i</translation>
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
            <translation>Prossima foto: [Ctrl+{number}] {name} di «{label}»: la detrazione richiede una foto del suo difetto</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name}{extra} — {hint}</source>
            <translation>Foto successiva: [Ctrl+{number}] {name}{extra} — {hint}</translation>
        </message>
        <message>
            <source>No shot type {number}: use Ctrl+1–{choices}.</source>
            <translation>Nessun tipo di scatto {number}: usa Ctrl+1–{choices}.</translation>
        </message>
        <message>
            <source>Next photo: {name}.</source>
            <translation>Foto successiva: {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel before taking photos.</source>
            <translation>Scansiona un pacco prima di scattare foto.</translation>
        </message>
        <message>
            <source>Camera unavailable: add photos from a file with O.</source>
            <translation>Fotocamera non disponibile: aggiungi foto da un file con O.</translation>
        </message>
        <message>
            <source>Scan a parcel before adding photos.</source>
            <translation>Scansiona un pacco prima di aggiungere foto.</translation>
        </message>
        <message>
            <source>Add a photo from a file</source>
            <translation>Aggiungi una foto da un file</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png)</source>
            <translation>Immagini (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Dropped. Adjust the item or the light, then take {name} again.</source>
            <translation>Scartata. Sistema l'articolo o la luce, poi scatta di nuovo {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel to see its photos.</source>
            <translation>Scansiona un pacco per vederne le foto.</translation>
        </message>
        <message>
            <source>Photo not saved: {error} The unit stays open; photos taken so far are kept.</source>
            <translation>Foto non salvata: {error} Il pezzo resta aperto; le foto scattate finora sono conservate.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> e </translation>
        </message>
        <message>
            <source>{name} looks {problems}. Retake it?</source>
            <translation>{name} è {problems}. Rifarla?</translation>
        </message>
        <message>
            <source>{name} looks poor: retake (R, or Space for a new photo) or keep it (K)?</source>
            <translation>{name} è di scarsa qualità: rifare (R, o Spazio per una nuova foto) o tenere (K)?</translation>
        </message>
        <message>
            <source>That picture of {name} is already saved.</source>
            <translation>Questa immagine di {name} è già salvata.</translation>
        </message>
        <message>
            <source>{name} saved ({width}×{height})</source>
            <translation>{name} salvata ({width}×{height})</translation>
        </message>
        <message>
            <source> · {code_format} {code_text} seen</source>
            <translation> · {code_format} {code_text} rilevato</translation>
        </message>
        <message>
            <source> · kept despite: </source>
            <translation> · conservata nonostante: </translation>
        </message>
        <message>
            <source>{text}. Still needed: {missing}.</source>
            <translation>{text}. Ancora necessarie: {missing}.</translation>
        </message>
        <message>
            <source>{text}. All required photos taken.</source>
            <translation>{text}. Tutte le foto richieste scattate.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Camera · [Ctrl+1–9] shot, in this order · [O] file · [G] full size</source>
            <translation>Fotocamera · [Ctrl+1–9] scatto, in quest'ordine · [O] file · [G] grandezza piena</translation>
        </message>
        <message>
            <source>[Space] / [{pedal_key}]  Take photo</source>
            <translation>[Space] / [{pedal_key}]  Scatta foto</translation>
        </message>
        <message>
            <source>{width}×{height} · {size_bytes:.0f} KB · {source}</source>
            <translation>{width}×{height} · {size_bytes:.0f} KB · {source}</translation>
        </message>
        <message>
            <source>{operator} at {bench}, {when}</source>
            <translation>{operator} su {bench}, {when}</translation>
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
            <translation>L'etichetta è stata stampata?</translation>
        </message>
        <message>
            <source>Did the label for &lt;b&gt;{lpn}&lt;/b&gt; print?</source>
            <translation>L'etichetta di &lt;b&gt;{lpn}&lt;/b&gt; è stata stampata?</translation>
        </message>
        <message>
            <source>{last_error}

The station does not print it again by itself, so that no unit gets two labels. Look at the printer, then answer — or scan the label if it is there.</source>
            <translation>{last_error}

La stazione non la ristampa da sola, così nessun pezzo riceve due etichette. Controlla la stampante, poi rispondi — o scansiona l'etichetta se c'è.</translation>
        </message>
        <message>
            <source>The printer connection broke while it was being sent.</source>
            <translation>La connessione alla stampante si è interrotta durante l'invio.</translation>
        </message>
        <message>
            <source>[Y]  Yes, it printed</source>
            <translation>[Y]  Sì, stampata</translation>
        </message>
        <message>
            <source>[N]  No — print it again</source>
            <translation>[N]  No — ristampala</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsDialog</name>
        <message>
            <source>Printers</source>
            <translation>Stampanti</translation>
        </message>
        <message>
            <source>Copies of each routing label:</source>
            <translation>Copie di ogni etichetta di destinazione:</translation>
        </message>
        <message>
            <source>Reprints per unit an operator may make:</source>
            <translation>Ristampe per pezzo consentite a un operatore:</translation>
        </message>
        <message>
            <source>printer name or IP address</source>
            <translation>nome o indirizzo IP della stampante</translation>
        </message>
        <message>
            <source>CUPS queue (lpstat -p lists them)</source>
            <translation>coda CUPS (lpstat -p le elenca)</translation>
        </message>
        <message>
            <source>as the station ({label_stock})</source>
            <translation>come la stazione ({label_stock})</translation>
        </message>
        <message>
            <source>as the station ({label_dpi})</source>
            <translation>come la stazione ({label_dpi})</translation>
        </message>
        <message>
            <source>colour printer: the destination band in its colour</source>
            <translation>stampante a colori: la banda di destinazione nel suo colore</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nome:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Porta:</translation>
        </message>
        <message>
            <source>CUPS queue:</source>
            <translation>Coda CUPS:</translation>
        </message>
        <message>
            <source>Sends:</source>
            <translation>Invia:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Cartella:</translation>
        </message>
        <message>
            <source>Label stock:</source>
            <translation>Formato etichetta:</translation>
        </message>
        <message>
            <source>Resolution (dpi):</source>
            <translation>Risoluzione (dpi):</translation>
        </message>
        <message>
            <source>Time-out:</source>
            <translation>Timeout:</translation>
        </message>
        <message>
            <source>[Ctrl+N]  Add printer</source>
            <translation>[Ctrl+N]  Aggiungi stampante</translation>
        </message>
        <message>
            <source>[Del]  Remove</source>
            <translation>[Del]  Rimuovi</translation>
        </message>
        <message>
            <source>[Ctrl+U]  Use for routing labels</source>
            <translation>[Ctrl+U]  Usa per le etichette di destinazione</translation>
        </message>
        <message>
            <source>[F5]  Check</source>
            <translation>[F5]  Verifica</translation>
        </message>
        <message>
            <source>[Ctrl+T]  Print test label</source>
            <translation>[Ctrl+T]  Stampa etichetta di prova</translation>
        </message>
        <message>
            <source>[Ctrl+S]  Save</source>
            <translation>[Ctrl+S]  Salva</translation>
        </message>
        <message>
            <source>[Esc]  Cancel</source>
            <translation>[Esc]  Annulla</translation>
        </message>
        <message>
            <source>  ★ routing labels</source>
            <translation>  ★ etichette di destinazione</translation>
        </message>
        <message>
            <source>The labels folder is built in and stays.</source>
            <translation>La cartella delle etichette è integrata e resta.</translation>
        </message>
        <message>
            <source>Routing labels will print on {label_printer} once saved.</source>
            <translation>Le etichette di destinazione verranno stampate su {label_printer} dopo il salvataggio.</translation>
        </message>
        <message>
            <source>Asking {name}…</source>
            <translation>Interrogazione di {name}…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>pronta</translation>
        </message>
        <message>
            <source>Printing a test label on {name}…</source>
            <translation>Stampa di un'etichetta di prova su {name}…</translation>
        </message>
        <message>
            <source>Test label sent to {name}: {where}</source>
            <translation>Etichetta di prova inviata a {name}: {where}</translation>
        </message>
    </context>
    <context>
        <name>QualityPrompt</name>
        <message>
            <source>[R] Retake</source>
            <translation>[R] Rifai</translation>
        </message>
        <message>
            <source>[K] Keep anyway</source>
            <translation>[K] Tieni comunque</translation>
        </message>
    </context>
    <context>
        <name>QuarantineModel</name>
        <message>
            <source>graded {grade} → {route}</source>
            <translation>valutato {grade} → {route}</translation>
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
            <translation>Caricamento…</translation>
        </message>
        <message>
            <source>Quarantine · unexpected returns, oldest first · </source>
            <translation>Quarantena · resi imprevisti, i più vecchi prima · </translation>
        </message>
        <message>
            <source>Enter attach to a return · Ctrl+N new return from the contents · </source>
            <translation>Invio associa a un reso · Ctrl+N nuovo reso dal contenuto · </translation>
        </message>
        <message>
            <source>a supervisor places them · </source>
            <translation>un supervisore li colloca · </translation>
        </message>
        <message>
            <source>F5 reload · F1 bench</source>
            <translation>F5 ricarica · F1 postazione</translation>
        </message>
        <message>
            <source>Placing a parcel from quarantine needs a supervisor.</source>
            <translation>Collocare un pacco dalla quarantena richiede un supervisore.</translation>
        </message>
        <message>
            <source>{rows} unexpected return(s) waiting to be placed.</source>
            <translation>{rows} reso/i imprevisto/i in attesa di collocazione.</translation>
        </message>
        <message>
            <source>{done} Nothing else in quarantine.</source>
            <translation>{done} Nient'altro in quarantena.</translation>
        </message>
        <message>
            <source>Nothing in quarantine.</source>
            <translation>Niente in quarantena.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a parcel.</source>
            <translation>Nessuna selezione: ↑/↓ per scegliere un pacco.</translation>
        </message>
        <message>
            <source>attached to</source>
            <translation>associato a</translation>
        </message>
        <message>
            <source>placed on the new return</source>
            <translation>collocato sul nuovo reso</translation>
        </message>
    </context>
    <context>
        <name>ReturnChooser</name>
        <message>
            <source>Which return is this?</source>
            <translation>Quale reso è questo?</translation>
        </message>
        <message>
            <source>{candidates} open returns match {matched}. ↑/↓ and Enter:</source>
            <translation>{candidates} resi aperti corrispondono a {matched}. ↑/↓ e Invio:</translation>
        </message>
        <message>
            <source>this product</source>
            <translation>questo prodotto</translation>
        </message>
        <message>
            <source>{days_since_delivery} days ago</source>
            <translation>{days_since_delivery} giorni fa</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>nessuna data</translation>
        </message>
        <message>
            <source>{customer} · {items}
    {rma} · order {order_number} · delivered {delivered} · {total_value:.2f} · {reason}</source>
            <translation>{customer} · {items}
    {rma} · ordine {order_number} · consegnato {delivered} · {total_value:.2f} · {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScanFlow</name>
        <message>
            <source>Still looking up the last code: scan again in a moment.</source>
            <translation>L'ultimo codice è ancora in ricerca: scansiona di nuovo tra un attimo.</translation>
        </message>
        <message>
            <source>the code</source>
            <translation>il codice</translation>
        </message>
        <message>
            <source>Looking up {shown}…</source>
            <translation>Ricerca di {shown}…</translation>
        </message>
        <message>
            <source>Carry on with {open_unit}.</source>
            <translation>Continua con {open_unit}.</translation>
        </message>
        <message>
            <source>Scan the next parcel.</source>
            <translation>Scansiona il pacco successivo.</translation>
        </message>
        <message>
            <source>Label for {lpn} confirmed. {then}</source>
            <translation>Etichetta di {lpn} confermata. {then}</translation>
        </message>
        <message>
            <source>{lpn} was inspected at {bench} by {operator}: grade {grade} → {route}.</source>
            <translation>{lpn} è stato ispezionato su {bench} da {operator}: grado {grade} → {route}.</translation>
        </message>
        <message>
            <source>No expected return for {code}. Press U to receive it as an unexpected return, or scan another code.</source>
            <translation>Nessun reso previsto per {code}. Premi U per riceverlo come reso imprevisto, o scansiona un altro codice.</translation>
        </message>
        <message>
            <source>{code} is in {count} open returns: choose one.</source>
            <translation>{code} è in {count} resi aperti: scegline uno.</translation>
        </message>
        <message>
            <source>this code</source>
            <translation>questo codice</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <source>the field “{name}”</source>
            <translation>il campo «{name}»</translation>
        </message>
        <message>
            <source>a text field</source>
            <translation>un campo di testo</translation>
        </message>
        <message>
            <source>Scan refused: {problem}</source>
            <translation>Scansione rifiutata: {problem}</translation>
        </message>
        <message>
            <source>A scan cannot go into this dialog: close it first, then scan.</source>
            <translation>Una scansione non può andare in questa finestra di dialogo: chiudila prima, poi scansiona.</translation>
        </message>
        <message>
            <source>A scan cannot go into {field}: nothing was typed. Leave the field (Esc), then scan.</source>
            <translation>Una scansione non può andare in {field}: non è stato digitato nulla. Esci dal campo (Esc), poi scansiona.</translation>
        </message>
        <message>
            <source>This field cannot take a scan.</source>
            <translation>Questo campo non accetta scansioni.</translation>
        </message>
        <message>
            <source>Sign in first (scan your badge), then scan the parcel.</source>
            <translation>Accedi prima (scansiona il badge), poi scansiona il pacco.</translation>
        </message>
        <message>
            <source>That code</source>
            <translation>Quel codice</translation>
        </message>
        <message>
            <source>{code} is not a badge known at this station: scan your badge.</source>
            <translation>{code} non è un badge noto a questa stazione: scansiona il tuo badge.</translation>
        </message>
    </context>
    <context>
        <name>ScanSources</name>
        <message>
            <source>prefix {key}</source>
            <translation>prefisso {key}</translation>
        </message>
        <message>
            <source>AIM prefix</source>
            <translation>prefisso AIM</translation>
        </message>
        <message>
            <source>timing</source>
            <translation>temporizzazione</translation>
        </message>
        <message>
            <source>keyboard ({mode})</source>
            <translation>tastiera ({mode})</translation>
        </message>
        <message>
            <source>camera (outline)</source>
            <translation>fotocamera (contorno)</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>fotocamera</translation>
        </message>
    </context>
    <context>
        <name>SerialScanner</name>
        <message>
            <source>serial scanner {port_name}: off</source>
            <translation>scanner seriale {port_name}: spento</translation>
        </message>
        <message>
            <source>serial scanner {port_name}</source>
            <translation>scanner seriale {port_name}</translation>
        </message>
        <message>
            <source>serial scanner {port_name}: {why}; retrying</source>
            <translation>scanner seriale {port_name}: {why}; nuovo tentativo</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent over {max_line:,} bytes without a line end; set its suffix to CR or LF.</source>
            <translation>Lo scanner seriale su {port_name} ha inviato oltre {max_line:,} byte senza fine riga; imposta il suffisso su CR o LF.</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent bytes that are not text; check its baud rate (the station uses {baudrate}).</source>
            <translation>Lo scanner seriale su {port_name} ha inviato byte che non sono testo; controlla il baud rate (la stazione usa {baudrate}).</translation>
        </message>
    </context>
    <context>
        <name>ShotBar</name>
        <message>
            <source>No photos required for this unit.</source>
            <translation>Nessuna foto richiesta per questo pezzo.</translation>
        </message>
        <message>
            <source>{required_count2} of {required_count} required photos · missing: {missing}</source>
            <translation>{required_count2} di {required_count} foto richieste · mancano: {missing}</translation>
        </message>
        <message>
            <source>All {required_count} required photos taken.</source>
            <translation>Scattate tutte le {required_count} foto richieste.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>scan your badge, or type its code</source>
            <translation>scansiona il badge, o digita il suo codice</translation>
        </message>
        <message>
            <source>PIN, then Enter</source>
            <translation>PIN, poi Invio</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Enter moves on · Esc starts again</source>
            <translation>Invio prosegue · Esc ricomincia</translation>
        </message>
        <message>
            <source>Inspect Station · {bench}</source>
            <translation>Inspect Station · {bench}</translation>
        </message>
        <message>
            <source>Scan your badge to sign in.</source>
            <translation>Scansiona il badge per accedere.</translation>
        </message>
        <message>
            <source>Locked · {bench}</source>
            <translation>Bloccato · {bench}</translation>
        </message>
        <message>
            <source>Badge {badge}: type your PIN, then Enter.</source>
            <translation>Badge {badge}: digita il PIN, poi Invio.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Verifica…</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Bench {bench}</source>
            <translation>Postazione {bench}</translation>
        </message>
        <message>
            <source>Operator {operator}</source>
            <translation>Operatore {operator}</translation>
        </message>
        <message>
            <source>Camera: starting…</source>
            <translation>Fotocamera: avvio…</translation>
        </message>
        <message>
            <source>Printer: —</source>
            <translation>Stampante: —</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Database: {database}</translation>
        </message>
        <message>
            <source>Scan: keyboard</source>
            <translation>Scansione: tastiera</translation>
        </message>
        <message>
            <source>Shop: —</source>
            <translation>Negozio: —</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Fotocamera</translation>
        </message>
        <message>
            <source>Camera: {text}</source>
            <translation>Fotocamera: {text}</translation>
        </message>
        <message>
            <source>Printer: {text}</source>
            <translation>Stampante: {text}</translation>
        </message>
        <message>
            <source>Scan: {text}</source>
            <translation>Scansione: {text}</translation>
        </message>
    </context>
    <context>
        <name>UnitTabs</name>
        <message>
            <source>◀ this unit</source>
            <translation>◀ questo pezzo</translation>
        </message>
        <message>
            <source>defect ticked</source>
            <translation>difetto spuntato</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>gravità</translation>
        </message>
        <message>
            <source>caps</source>
            <translation>massimo</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>causa</translation>
        </message>
        <message>
            <source>deduct</source>
            <translation>detrazione</translation>
        </message>
        <message>
            <source>the route was decided on</source>
            <translation>base della destinazione</translation>
        </message>
        <message>
            <source>&amp;Grading ({defects} defect(s))</source>
            <translation>&amp;Valutazione ({defects} difetto/i)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Esito</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nessuno</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stato</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Scadenza</translation>
        </message>
        <message>
            <source>Photos behind it</source>
            <translation>Foto a supporto</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>detrazione</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>importo</translation>
        </message>
        <message>
            <source>handling beyond testing</source>
            <translation>manipolazione oltre la prova</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>foto</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Rimborso</translation>
        </message>
        <message>
            <source>line</source>
            <translation>riga</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descrizione</translation>
        </message>
        <message>
            <source>qty</source>
            <translation>q.tà</translation>
        </message>
        <message>
            <source>price</source>
            <translation>prezzo</translation>
        </message>
        <message>
            <source>received</source>
            <translation>ricevuto</translation>
        </message>
        <message>
            <source>&amp;Lines ({lines})</source>
            <translation>Ri&amp;ghe ({lines})</translation>
        </message>
        <message>
            <source>first label</source>
            <translation>prima etichetta</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>in coda</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>postazione</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>stampante</translation>
        </message>
        <message>
            <source>state</source>
            <translation>stato</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>tentativi</translation>
        </message>
        <message>
            <source>why</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>sent to / problem</source>
            <translation>inviato a / problema</translation>
        </message>
        <message>
            <source>L&amp;abels ({jobs})</source>
            <translation>E&amp;tichette ({jobs})</translation>
        </message>
        <message>
            <source>when</source>
            <translation>quando</translation>
        </message>
        <message>
            <source>who</source>
            <translation>chi</translation>
        </message>
        <message>
            <source>what</source>
            <translation>cosa</translation>
        </message>
        <message>
            <source>&amp;Timeline ({events})</source>
            <translation>Cro&amp;nologia ({events})</translation>
        </message>
        <message>
            <source>written</source>
            <translation>scritto</translation>
        </message>
        <message>
            <source>event</source>
            <translation>evento</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>the receiver's answer</source>
            <translation>la risposta del destinatario</translation>
        </message>
        <message>
            <source>S&amp;hop ({waiting} waiting)</source>
            <translation>Neg&amp;ozio ({waiting} in attesa)</translation>
        </message>
        <message>
            <source>S&amp;hop ({shop_count})</source>
            <translation>Neg&amp;ozio ({shop_count})</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New PIN for {name}</source>
            <translation>Nuovo PIN per {name}</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Aggiungi un utente</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Ruolo</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Ripeti il PIN</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>I due PIN sono diversi.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Utenti</translation>
        </message>
        <message>
            <source>Insert add · Ctrl+D disable/enable · Ctrl+R new PIN · </source>
            <translation>Ins aggiungi · Ctrl+D disattiva/attiva · Ctrl+R nuovo PIN · </translation>
        </message>
        <message>
            <source>↑/↓ choose · {admin}Ctrl+U unlock · F5 refresh · F1 bench</source>
            <translation>↑/↓ scegli · {admin}Ctrl+U sblocca · F5 aggiorna · F1 postazione</translation>
        </message>
        <message>
            <source>{rows} users, {locked} badge(s) locked.</source>
            <translation>{rows} utenti, {locked} badge bloccato/i.</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disattivato</translation>
        </message>
        <message>
            <source>LOCKED</source>
            <translation>BLOCCATO</translation>
        </message>
        <message>
            <source>active</source>
            <translation>attivo</translation>
        </message>
        <message>
            <source>{name} added.</source>
            <translation>{name} aggiunto.</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} ha un nuovo PIN.</translation>
        </message>
        <message>
            <source>{name} enabled.</source>
            <translation>{name} attivato.</translation>
        </message>
        <message>
            <source>{name} disabled.</source>
            <translation>{name} disattivato.</translation>
        </message>
        <message>
            <source>{name} unlocked.</source>
            <translation>{name} sbloccato.</translation>
        </message>
    </context>
    <context>
        <name>WedgeScanner</name>
        <message>
            <source>{text!r} is not a key Qt knows (e.g. F13, Tools, Ctrl+Shift+F12)</source>
            <translation>{text!r} non è un tasto che Qt conosce (ad es. F13, Tools, Ctrl+Shift+F12)</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalForm</name>
        <message>
            <source>Withdrawal button</source>
            <translation>Pulsante di recesso</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettera</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefono</translation>
        </message>
        <message>
            <source>Carrier's first scan</source>
            <translation>Prima scansione del corriere</translation>
        </message>
        <message>
            <source>Drop-off receipt</source>
            <translation>Ricevuta di consegna al corriere</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Non noto</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sì</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM</source>
            <translation>AAAA-MM-GG HH:MM</translation>
        </message>
        <message>
            <source>An IANA time zone (Europe/Berlin) or an offset (+01:00)</source>
            <translation>Un fuso orario IANA (Europe/Rome) o uno scostamento (+01:00)</translation>
        </message>
        <message>
            <source>Notice received</source>
            <translation>Comunicazione ricevuta</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuso orario</translation>
        </message>
        <message>
            <source>Notice channel</source>
            <translation>Canale della comunicazione</translation>
        </message>
        <message>
            <source>Acknowledgement id</source>
            <translation>ID conferma</translation>
        </message>
        <message>
            <source>Proof of sending</source>
            <translation>Prova di spedizione</translation>
        </message>
        <message>
            <source>Proof by</source>
            <translation>Prova tramite</translation>
        </message>
        <message>
            <source>Informed of the right</source>
            <translation>Informato del diritto</translation>
        </message>
        <message>
            <source>Delivery paid</source>
            <translation>Spedizione pagata</translation>
        </message>
        <message>
            <source>Cheapest standard delivery</source>
            <translation>Consegna standard più economica</translation>
        </message>
    </context>
    <context>
        <name>WrongItemFlow</name>
        <message>
            <source>The camera sees product code {code}, not this unit's {expected}: is it the wrong item? W records it as what came back.</source>
            <translation>La fotocamera vede il codice prodotto {code}, non quello di questo pezzo ({expected}): è l'articolo sbagliato? W lo registra come ciò che è tornato.</translation>
        </message>
        <message>
            <source>Wrong item: scan the item's own code (EAN, UPC, GTIN or DataMatrix) to record what came back, then grade it.</source>
            <translation>Articolo sbagliato: scansiona il codice proprio dell'articolo (EAN, UPC, GTIN o DataMatrix) per registrare ciò che è tornato, poi valutalo.</translation>
        </message>
        <message>
            <source>Wrong item recorded: {item}. Now grade it.</source>
            <translation>Articolo sbagliato registrato: {item}. Ora valutalo.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>codice</translation>
        </message>
    </context>
    <context>
        <name>_PlaceDialog</name>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; — scanned {scanned_code!s} at {bench} ({reading})</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; — {scanned_code!s} scansionato su {bench} ({reading})</translation>
        </message>
    </context>
    <context>
        <name>_Worker</name>
        <message>
            <source>Camera back: {describe}</source>
            <translation>Fotocamera di nuovo attiva: {describe}</translation>
        </message>
        <message>
            <source>Camera lost: {problem}</source>
            <translation>Fotocamera persa: {problem}</translation>
        </message>
        <message>
            <source>retrying in {left} s</source>
            <translation>nuovo tentativo tra {left} s</translation>
        </message>
        <message>
            <source>retrying now</source>
            <translation>nuovo tentativo ora</translation>
        </message>
    </context>
</TS>
