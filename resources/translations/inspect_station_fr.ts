<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>App</name>
        <message>
            <source>Inspect Station cannot start</source>
            <translation>Inspect Station ne peut pas démarrer</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsModel</name>
        <message>
            <source>{grade} (checklist {computed_grade})</source>
            <translation>{grade} (liste : {computed_grade})</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>retour inattendu</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>expédié</translation>
        </message>
        <message>
            <source>received</source>
            <translation>reçu</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded</source>
            <translation>aucune notification de rétractation enregistrée</translation>
        </message>
        <message>
            <source>unexpected</source>
            <translation>inattendu</translation>
        </message>
        <message>
            <source>{day} ({because})</source>
            <translation>{day} ({because})</translation>
        </message>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · graded by {operator} at {bench}</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · classé par {operator} au poste {bench}</translation>
        </message>
        <message>
            <source>Grade {grade} given, the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>Grade {grade} attribué, la liste de contrôle indiquait {computed_grade} : « {override_reason} »</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>pas de photo</translation>
        </message>
        <message>
            <source>Deduction: {label} −{percent} % ({amount}): {handling} · photos {photos}</source>
            <translation>Déduction : {label} −{percent} % ({amount}) : {handling} · photos {photos}</translation>
        </message>
        <message>
            <source>Deduction refused: {label} −{percent} %: the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>Déduction refusée : {label} −{percent} % : le consommateur n'a pas été informé du droit de rétractation (art. 14, par. 2)</translation>
        </message>
        <message>
            <source>Waits because: </source>
            <translation>En attente car : </translation>
        </message>
        <message>
            <source>The refund {withheld}</source>
            <translation>Le remboursement {withheld}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsScreen</name>
        <message>
            <source>Open the unit [Enter]</source>
            <translation>Ouvrir l'article [Entrée]</translation>
        </message>
        <message>
            <source>[A]  Approve</source>
            <translation>[A]  Approuver</translation>
        </message>
        <message>
            <source>[C]  Change…</source>
            <translation>[C]  Modifier…</translation>
        </message>
        <message>
            <source> · ↑/↓ and Enter open a unit · A approve · C change · F5 reload</source>
            <translation> · ↑/↓ et Entrée ouvrent un article · A approuver · C modifier · F5 actualiser</translation>
        </message>
        <message>
            <source>The approval queue is for supervisors: approving or changing a refund, exchange or warranty recommendation needs the supervisor role ({name} is signed in as {label}).</source>
            <translation>La file d'approbation est réservée aux superviseurs : approuver ou modifier une recommandation de remboursement, d'échange ou de garantie exige le rôle superviseur ({name} est connecté en tant que {label}).</translation>
        </message>
        <message>
            <source>Approvals · refund, exchange and warranty recommendations waiting, the refund due soonest first</source>
            <translation>Approbations · recommandations de remboursement, d'échange et de garantie en attente, l'échéance la plus proche d'abord</translation>
        </message>
        <message>
            <source> · ⚠ waiting over {hours:g} h (approval_flag_hours) or refund due within {warn} h</source>
            <translation> · ⚠ en attente depuis plus de {hours:g} h (approval_flag_hours) ou remboursement dû dans {warn} h</translation>
        </message>
        <message>
            <source>{rows:,} of {total:,}</source>
            <translation>{rows:,} sur {total:,}</translation>
        </message>
        <message>
            <source>{shown} recommendation(s) waiting</source>
            <translation>{shown} recommandation(s) en attente</translation>
        </message>
        <message>
            <source>, {flagged} flagged ⚠.</source>
            <translation>, {flagged} signalée(s) ⚠.</translation>
        </message>
        <message>
            <source>{done} Nothing waits for approval.</source>
            <translation>{done} Rien n'attend d'approbation.</translation>
        </message>
        <message>
            <source>Photo {n}</source>
            <translation>Photo {n}</translation>
        </message>
        <message>
            <source>{caption} · SHA-256 {sha}</source>
            <translation>{caption} · SHA-256 {sha}</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>approuver</translation>
        </message>
        <message>
            <source>full</source>
            <translation>intégral</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>partiel</translation>
        </message>
        <message>
            <source>Approve this refund?</source>
            <translation>Approuver ce remboursement ?</translation>
        </message>
        <message>
            <source>Approve {outcome} refund of {money} for {lpn}{description}?

Enter approves it; Esc goes back to the queue.</source>
            <translation>Approuver le remboursement {outcome} de {money} pour {lpn}{description} ?

Entrée l'approuve ; Échap revient à la file.</translation>
        </message>
        <message>
            <source>Approve {money}</source>
            <translation>Approuver {money}</translation>
        </message>
        <message>
            <source>{lpn} not approved.</source>
            <translation>{lpn} non approuvé.</translation>
        </message>
        <message>
            <source>Approving {lpn}…</source>
            <translation>Approbation de {lpn}…</translation>
        </message>
        <message>
            <source>change</source>
            <translation>modifier</translation>
        </message>
        <message>
            <source>Changing the recommendation for {lpn}…</source>
            <translation>Modification de la recommandation pour {lpn}…</translation>
        </message>
        <message>
            <source>Only a supervisor may {what} a recommendation; {name} is signed in as {label}.</source>
            <translation>Seul un superviseur peut {what} une recommandation ; {name} est connecté en tant que {label}.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a recommendation.</source>
            <translation>Rien de sélectionné : ↑/↓ pour choisir une recommandation.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approuvée</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modifiée</translation>
        </message>
        <message>
            <source>{verb}: {lpn}, {outcome_text}, released.</source>
            <translation>{verb} : {lpn}, {outcome_text}, libérée.</translation>
        </message>
        <message>
            <source>{error} The queue below is as it is now.</source>
            <translation>{error} La file ci-dessous est à jour.</translation>
        </message>
        <message>
            <source>That unit has no refund recommendation to decide.</source>
            <translation>Cet article n'a pas de recommandation de remboursement à trancher.</translation>
        </message>
        <message>
            <source> by {decided_by}</source>
            <translation> par {decided_by}</translation>
        </message>
        <message>
            <source>{lpn} does not wait: it was {status}{by}.</source>
            <translation>{lpn} n'est pas en attente : {status}{by}.</translation>
        </message>
    </context>
    <context>
        <name>Assessing</name>
        <message>
            <source>This unit is not in the parcel: it gets no grade.</source>
            <translation>Cet article n'est pas dans le colis : il ne reçoit pas de grade.</translation>
        </message>
        <message>
            <source>Override the checklist's grade</source>
            <translation>Corriger le grade de la liste de contrôle</translation>
        </message>
        <message>
            <source>The checklist says {computed}. Why grade {code}?</source>
            <translation>La liste de contrôle indique {computed}. Pourquoi le grade {code} ?</translation>
        </message>
        <message>
            <source>Grade {grade} → {route}. F10 confirms and prints.</source>
            <translation>Grade {grade} → {route}. F10 confirme et imprime.</translation>
        </message>
        <message>
            <source>Not in the parcel: F10 records it (no label).</source>
            <translation>Absent du colis : F10 l'enregistre (sans étiquette).</translation>
        </message>
    </context>
    <context>
        <name>AttachDialog</name>
        <message>
            <source>Attach {lpn} to an expected return</source>
            <translation>Rattacher {lpn} à un retour attendu</translation>
        </message>
        <message>
            <source>Scan or type RMA, order, tracking number, e-mail…</source>
            <translation>Scannez ou saisissez RMA, commande, numéro de suivi, e-mail…</translation>
        </message>
        <message>
            <source>Note for the audit trail (optional)</source>
            <translation>Note pour la piste d'audit (facultatif)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Scan the RMA slip, or type a reference and press Enter.</source>
            <translation>Scannez le bon RMA, ou saisissez une référence et appuyez sur Entrée.</translation>
        </message>
        <message>
            <source>Looking up {code}…</source>
            <translation>Recherche de {code}…</translation>
        </message>
        <message>
            <source>{rma} · {order_number} · {skus} · {units_received}/{units_expected} received · {status}</source>
            <translation>{rma} · {order_number} · {skus} · {units_received}/{units_expected} reçus · {status}</translation>
        </message>
        <message>
            <source>↑/↓ to choose, Enter attaches.</source>
            <translation>↑/↓ pour choisir, Entrée rattache.</translation>
        </message>
        <message>
            <source>No expected return matches; try another reference.</source>
            <translation>Aucun retour attendu ne correspond ; essayez une autre référence.</translation>
        </message>
    </context>
    <context>
        <name>BenchScreen</name>
        <message>
            <source>Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN, e-mail</source>
            <translation>Scannez n'importe quoi, ou appuyez sur F3 et saisissez : RMA, commande, numéro de suivi, EAN, LPN, e-mail</translation>
        </message>
        <message>
            <source>[U]  Receive as unexpected return</source>
            <translation>[U]  Recevoir comme retour inattendu</translation>
        </message>
        <message>
            <source>F3 code · Space photo · Ctrl+1–9 shot · O file · G photos · 1–9 defects · S sealed · A–D, X grade · W wrong item · ↑↓ M missing · E empty box · N notes · F10 confirm · Ctrl+Del cancel · F2 history</source>
            <translation>F3 code · Espace photo · Ctrl+1–9 vue · O fichier · G photos · 1–9 défauts · S scellé · A–D, X grade · W mauvais article · ↑↓ M manquant · E carton vide · N notes · F10 confirmer · Ctrl+Suppr annuler · F2 historique</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Scannez un colis pour commencer.</translation>
        </message>
        <message>
            <source>{error} Scan the parcel again to see where it stands.</source>
            <translation>{error} Scannez de nouveau le colis pour voir où il en est.</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>retour inattendu</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Reprise de</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ouverture de</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> et {count} de plus</translation>
        </message>
        <message>
            <source>{verb} {lpn}. Label printed but never scanned: {labels}{more}. Stick it on its item and scan it (the desk lists them under Labels).</source>
            <translation>{verb} {lpn}. Étiquette imprimée mais jamais scannée : {labels}{more}. Collez-la sur son article et scannez-la (le bureau les liste sous Étiquettes).</translation>
        </message>
        <message>
            <source>{verb} {lpn} ({what}). Take photos, then grade.</source>
            <translation>{verb} {lpn} ({what}). Prenez les photos, puis classez.</translation>
        </message>
        <message>
            <source>Scan a parcel before grading.</source>
            <translation>Scannez un colis avant de classer.</translation>
        </message>
        <message>
            <source>Nothing to confirm: scan a parcel.</source>
            <translation>Rien à confirmer : scannez un colis.</translation>
        </message>
        <message>
            <source>Choose a grade first (A, B, C, D or X).</source>
            <translation>Choisissez d'abord un grade (A, B, C, D ou X).</translation>
        </message>
        <message>
            <source>Photos missing</source>
            <translation>Photos manquantes</translation>
        </message>
        <message>
            <source>Finish without {names}? Say why, or Esc to take them:</source>
            <translation>Terminer sans {names} ? Dites pourquoi, ou Échap pour les prendre :</translation>
        </message>
        <message>
            <source>No such part on this item</source>
            <translation>Cette partie n'existe pas sur cet article</translation>
        </message>
        <message>
            <source>Label missing or cut out</source>
            <translation>Étiquette absente ou découpée</translation>
        </message>
        <message>
            <source>Camera out of order</source>
            <translation>Caméra hors service</translation>
        </message>
        <message>
            <source>Photos missing: {names}. Take them, or say why not.</source>
            <translation>Photos manquantes : {names}. Prenez-les, ou dites pourquoi.</translation>
        </message>
        <message>
            <source>{lpn} recorded as not in the parcel; no label.</source>
            <translation>{lpn} enregistré comme absent du colis ; pas d'étiquette.</translation>
        </message>
        <message>
            <source>{lpn} → {route} ({rule_explanation}). Printing label…</source>
            <translation>{lpn} → {route} ({rule_explanation}). Impression de l'étiquette…</translation>
        </message>
        <message>
            <source>{lpn} cancelled.</source>
            <translation>{lpn} annulé.</translation>
        </message>
        <message>
            <source>Cancelling {lpn} needs a {label}: they scan their badge here.</source>
            <translation>Annuler {lpn} exige un {label} : il scanne son badge ici.</translation>
        </message>
        <message>
            <source>Cancel this unit</source>
            <translation>Annuler cet article</translation>
        </message>
        <message>
            <source>Why is {lpn} cancelled?</source>
            <translation>Pourquoi annuler {lpn} ?</translation>
        </message>
        <message>
            <source>Wrong parcel scanned</source>
            <translation>Mauvais colis scanné</translation>
        </message>
        <message>
            <source>Scanned twice</source>
            <translation>Scanné deux fois</translation>
        </message>
        <message>
            <source>Parcel taken elsewhere</source>
            <translation>Colis pris ailleurs</translation>
        </message>
    </context>
    <context>
        <name>Camera</name>
        <message>
            <source>camera off</source>
            <translation>caméra éteinte</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Starting camera…</source>
            <translation>Démarrage de la caméra…</translation>
        </message>
        <message>
            <source>{text}
Photos can still be added from a file: [O]</source>
            <translation>{text}
On peut toujours ajouter des photos depuis un fichier : [O]</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Change the recommendation for {lpn}</source>
            <translation>Modifier la recommandation pour {lpn}</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>pas de prix</translation>
        </message>
        <message>
            <source>{return_type} of {item} ({price}). The station recommends: {outcome}</source>
            <translation>{return_type} de {item} ({price}). La station recommande : {outcome}</translation>
        </message>
        <message>
            <source>amount to refund, at most {price}</source>
            <translation>montant à rembourser, au plus {price}</translation>
        </message>
        <message>
            <source>why (required): kept with the unit and in the audit trail</source>
            <translation>motif (obligatoire) : conservé avec l'article et dans la piste d'audit</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Résultat</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Remboursement</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>Change (Ctrl+Enter)</source>
            <translation>Modifier (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Say why the recommendation is changed: the reason is required.</source>
            <translation>Dites pourquoi la recommandation change : le motif est obligatoire.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Waiting</source>
            <translation>Attente</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>N° LPN</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Waits because</source>
            <translation>En attente car</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Refund due</source>
            <translation>Remboursement dû</translation>
        </message>
        <message>
            <source>Withheld until</source>
            <translation>Retenu jusqu'au</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Grader</source>
            <translation>Contrôleur</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
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
            <translation>Motif</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Scanné</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Lu comme</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Imprimée</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Destination</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Wrong PINs</source>
            <translation>PIN erronés</translation>
        </message>
        <message>
            <source>Last signed in</source>
            <translation>Dernière connexion</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>in quarantine as {in_quarantine}</source>
            <translation>en quarantaine sous {in_quarantine}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsScreen</name>
        <message>
            <source>Conflicts · units finished offline that did not fit, oldest first · D note, Enter dismiss · F5 reload · F7 quarantine · F1 bench</source>
            <translation>Conflits · articles terminés hors ligne qui ne concordaient pas, les plus anciens d'abord · D note, Entrée classer · F5 actualiser · F7 quarantaine · F1 poste</translation>
        </message>
        <message>
            <source>What was done (attached, relabelled, …), then Enter</source>
            <translation>Ce qui a été fait (rattaché, réétiqueté…), puis Entrée</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>The conflicts of offline benches are for a supervisor.</source>
            <translation>Les conflits des postes hors ligne sont pour un superviseur.</translation>
        </message>
        <message>
            <source>{rows} conflict(s) from benches that worked offline.</source>
            <translation>{rows} conflit(s) de postes qui ont travaillé hors ligne.</translation>
        </message>
        <message>
            <source>{done} No conflicts.</source>
            <translation>{done} Aucun conflit.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose an entry.</source>
            <translation>Rien de sélectionné : ↑/↓ pour choisir une entrée.</translation>
        </message>
    </context>
    <context>
        <name>CreateReturnDialog</name>
        <message>
            <source>New expected return for {lpn}</source>
            <translation>Nouveau retour attendu pour {lpn}</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Numéro de commande</translation>
        </message>
        <message>
            <source>Customer e-mail</source>
            <translation>E-mail du client</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>EAN / UPC</source>
            <translation>EAN / UPC</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numéro de série</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Prix unitaire</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>The parcel holds</source>
            <translation>Le colis contient</translation>
        </message>
        <message>
            <source>The withdrawal</source>
            <translation>La rétractation</translation>
        </message>
        <message>
            <source>Order number and SKU are needed; Enter saves.</source>
            <translation>Le numéro de commande et le SKU sont nécessaires ; Entrée enregistre.</translation>
        </message>
        <message>
            <source>Unit price {unit_price!r} is not a number.</source>
            <translation>Le prix unitaire {unit_price!r} n'est pas un nombre.</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>units</source>
            <translation>articles</translation>
        </message>
        <message>
            <source>units/h</source>
            <translation>art./h</translation>
        </message>
        <message>
            <source>median</source>
            <translation>médiane</translation>
        </message>
        <message>
            <source>overrides</source>
            <translation>corrections</translation>
        </message>
        <message>
            <source>drift</source>
            <translation>écart</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>toute la journée</translation>
        </message>
        <message>
            <source>{name} shift</source>
            <translation>équipe {name}</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>&amp;Jour</translation>
        </message>
        <message>
            <source>&amp;Shift</source>
            <translation>É&amp;quipe</translation>
        </message>
        <message>
            <source>Daily &amp;report PDF… (Ctrl+R)</source>
            <translation>&amp;Rapport journalier PDF… (Ctrl+R)</translation>
        </message>
        <message>
            <source>Dashboard · Alt+Y day · Alt+S shift · F5 reload</source>
            <translation>Tableau de bord · Alt+J jour · Alt+Q équipe · F5 actualiser</translation>
        </message>
        <message>
            <source> · Ctrl+R daily report</source>
            <translation> · Ctrl+R rapport journalier</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>{label} · {units} units · {units_per_hour} per hour · median {seconds}, p90 {seconds2} per unit · overrides {override_rate} · recovered {money} of {money2} · cost {money3} per unit · {total} returns waiting</source>
            <translation>{label} · {units} articles · {units_per_hour} par heure · médiane {seconds}, p90 {seconds2} par article · corrections {override_rate} · récupéré {money} sur {money2} · coût {money3} par article · {total} retours en attente</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Débit</translation>
        </message>
        <message>
            <source>Grade mix per grader (⚠ drifting)</source>
            <translation>Répartition des grades par contrôleur (⚠ écart)</translation>
        </message>
        <message>
            <source>Routes: recovered value and cost</source>
            <translation>Orientations : valeur récupérée et coût</translation>
        </message>
        <message>
            <source>route</source>
            <translation>orientation</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>étiquettes</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation>récupéré</translation>
        </message>
        <message>
            <source>cost/unit</source>
            <translation>coût/art.</translation>
        </message>
        <message>
            <source>Returns waiting now</source>
            <translation>Retours en attente maintenant</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>en attente depuis</translation>
        </message>
        <message>
            <source>returns</source>
            <translation>retours</translation>
        </message>
        <message>
            <source>Stated reason against what was found: share of units per grade, share with no defect ticked, the defects found most</source>
            <translation>Motif déclaré face au constat : part des articles par grade, part sans défaut coché, défauts les plus fréquents</translation>
        </message>
        <message>
            <source>category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>motif déclaré</translation>
        </message>
        <message>
            <source>no defect</source>
            <translation>aucun défaut</translation>
        </message>
        <message>
            <source>defects found (units)</source>
            <translation>défauts constatés (articles)</translation>
        </message>
        <message>
            <source>Most returned products</source>
            <translation>Produits les plus retournés</translation>
        </message>
        <message>
            <source>top reasons</source>
            <translation>motifs principaux</translation>
        </message>
        <message>
            <source>defects found</source>
            <translation>défauts constatés</translation>
        </message>
        <message>
            <source>The daily report needs a supervisor.</source>
            <translation>Le rapport journalier exige un superviseur.</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>Rapport journalier</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the daily report to {target}…</source>
            <translation>Écriture du rapport journalier dans {target}…</translation>
        </message>
        <message>
            <source>Daily report written to {path}</source>
            <translation>Rapport journalier écrit dans {path}</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Tableau de bord</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>Étiq&amp;uettes</translation>
        </message>
    </context>
    <context>
        <name>DetailText</name>
        <message>
            <source>Full refund {money}</source>
            <translation>Remboursement intégral {money}</translation>
        </message>
        <message>
            <source>Partial refund {money} (−{percent} %)</source>
            <translation>Remboursement partiel {money} (−{percent} %)</translation>
        </message>
        <message>
            <source>Refuse the refund</source>
            <translation>Refuser le remboursement</translation>
        </message>
        <message>
            <source>Approve the exchange</source>
            <translation>Approuver l'échange</translation>
        </message>
        <message>
            <source>Warranty: repair</source>
            <translation>Garantie : réparer</translation>
        </message>
        <message>
            <source>Warranty: replace</source>
            <translation>Garantie : remplacer</translation>
        </message>
        <message>
            <source>Warranty: reject</source>
            <translation>Garantie : rejeter</translation>
        </message>
        <message>
            <source> + delivery {money}</source>
            <translation> + livraison {money}</translation>
        </message>
        <message>
            <source>Exchange refused → {words}{words2}</source>
            <translation>Échange refusé → {words}{words2}</translation>
        </message>
        <message>
            <source>not recorded (finished before the station kept receipts)</source>
            <translation>non enregistré (terminé avant que la station n'enregistre les réceptions)</translation>
        </message>
        <message>
            <source>{missing_items} other unit(s) of the return not in the parcel</source>
            <translation>{missing_items} autre(s) article(s) du retour absent(s) du colis</translation>
        </message>
        <message>
            <source>SKU: </source>
            <translation>SKU : </translation>
        </message>
        <message>
            <source>— (nothing on the bench to grade)</source>
            <translation>— (rien à classer au poste)</translation>
        </message>
        <message>
            <source> · graded {grade_before} at the bench, changed by a supervisor</source>
            <translation> · classé {grade_before} au poste, modifié par un superviseur</translation>
        </message>
        <message>
            <source>{text} · factory sealed</source>
            <translation>{text} · scellé d'usine</translation>
        </message>
        <message>
            <source>{text} · given by key, no defect ticked</source>
            <translation>{text} · attribué au clavier, aucun défaut coché</translation>
        </message>
        <message>
            <source>{text} · the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>{text} · la liste de contrôle indiquait {computed_grade} : « {override_reason} »</translation>
        </message>
        <message>
            <source>{text} · as the checklist says</source>
            <translation>{text} · selon la liste de contrôle</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non enregistré</translation>
        </message>
        <message>
            <source>none ticked</source>
            <translation>aucun coché</translation>
        </message>
        <message>
            <source>{label} ({severity}, caps {caps})</source>
            <translation>{label} ({severity}, plafond {caps})</translation>
        </message>
        <message>
            <source>{label} (not in the checklist any more)</source>
            <translation>{label} (plus dans la liste de contrôle)</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · bac {tote}</translation>
        </message>
        <message>
            <source>{route} — rule {rule_id}: {rule_explanation} (rules {version}){tote}</source>
            <translation>{route} — règle {rule_id} : {rule_explanation} (règles {version}){tote}</translation>
        </message>
        <message>
            <source>{photos} photo(s)</source>
            <translation>{photos} photo(s)</translation>
        </message>
        <message>
            <source> · finished without {shots_missing}: “{reason}”</source>
            <translation> · terminé sans {shots_missing} : « {reason} »</translation>
        </message>
        <message>
            <source>kept: no connector</source>
            <translation>conservé : aucun connecteur</translation>
        </message>
        <message>
            <source>delivered {when}</source>
            <translation>livrée le {when}</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>livrée</translation>
        </message>
        <message>
            <source>next try {when} · {last_error}</source>
            <translation>prochain essai {when} · {last_error}</translation>
        </message>
        <message>
            <source>waits its turn (the events before it go first)</source>
            <translation>attend son tour (les événements précédents passent d'abord)</translation>
        </message>
        <message>
            <source>pending for {age:.0f} h, waits for a supervisor ({why})</source>
            <translation>en attente depuis {age:.0f} h, attend un superviseur ({why})</translation>
        </message>
        <message>
            <source>released (no approval needed)</source>
            <translation>libérée (aucune approbation nécessaire)</translation>
        </message>
        <message>
            <source>{status} by {decided_by} {when}{note}</source>
            <translation>{status} par {decided_by} {when}{note}</translation>
        </message>
        <message>
            <source>none (unexpected return, or finished before the station recommended outcomes)</source>
            <translation>aucune (retour inattendu, ou terminé avant que la station ne recommande des résultats)</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded · {withheld}</source>
            <translation>aucune notification de rétractation enregistrée · {withheld}</translation>
        </message>
        <message>
            <source>withdrawal button</source>
            <translation>bouton de rétractation</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>lettre</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>NO: no deduction allowed</source>
            <translation>NON : aucune déduction permise</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>nothing recorded</source>
            <translation>rien d'enregistré</translation>
        </message>
        <message>
            <source>notice {when}</source>
            <translation>notification {when}</translation>
        </message>
        <message>
            <source>by {channel}</source>
            <translation>par {channel}</translation>
        </message>
        <message>
            <source>ack {acknowledgement}</source>
            <translation>accusé {acknowledgement}</translation>
        </message>
        <message>
            <source>informed of the right: {informed}</source>
            <translation>informé du droit : {informed}</translation>
        </message>
        <message>
            <source>sent {when} ({proof})</source>
            <translation>expédié {when} ({proof})</translation>
        </message>
        <message>
            <source>sent {when}</source>
            <translation>expédié {when}</translation>
        </message>
        <message>
            <source>delivery paid {paid}, cheapest standard {cheapest}</source>
            <translation>livraison payée {paid}, livraison standard la moins chère {cheapest}</translation>
        </message>
        <message>
            <source>delivery paid {paid}</source>
            <translation>livraison payée {paid}</translation>
        </message>
        <message>
            <source>use or handling</source>
            <translation>usage ou manipulation</translation>
        </message>
        <message>
            <source>product fault</source>
            <translation>défaut du produit</translation>
        </message>
        <message>
            <source>damage in transit</source>
            <translation>dommage de transport</translation>
        </message>
        <message>
            <source>facts</source>
            <translation>faits</translation>
        </message>
        <message>
            <source>not recorded: finished before assessments were kept</source>
            <translation>non enregistré : terminé avant que les évaluations soient conservées</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>liste de contrôle</translation>
        </message>
        <message>
            <source>return type</source>
            <translation>type de retour</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>motif déclaré</translation>
        </message>
        <message>
            <source>days since delivery</source>
            <translation>jours depuis la livraison</translation>
        </message>
        <message>
            <source>units missing from the parcel</source>
            <translation>articles absents du colis</translation>
        </message>
        <message>
            <source>SKU flags</source>
            <translation>indicateurs SKU</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>rules version</source>
            <translation>version des règles</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>refusée</translation>
        </message>
        <message>
            <source>the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>le consommateur n'a pas été informé du droit de rétractation (art. 14, par. 2)</translation>
        </message>
        <message>
            <source>no deduction</source>
            <translation>aucune déduction</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>any</source>
            <translation>tous</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>SKU or EAN</source>
            <translation>SKU ou EAN</translation>
        </message>
        <message>
            <source>LPN, RMA, order or tracking number</source>
            <translation>LPN, RMA, commande ou numéro de suivi</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Du</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Au</translation>
        </message>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Poste</translation>
        </message>
        <message>
            <source>G&amp;rader</source>
            <translation>&amp;Contrôleur</translation>
        </message>
        <message>
            <source>Gr&amp;ade</source>
            <translation>&amp;Grade</translation>
        </message>
        <message>
            <source>R&amp;oute</source>
            <translation>&amp;Orientation</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>Ca&amp;tégorie</translation>
        </message>
        <message>
            <source>S&amp;KU/EAN</source>
            <translation>S&amp;KU/EAN</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>O&amp;verridden</source>
            <translation>Co&amp;rrigé</translation>
        </message>
        <message>
            <source>Fi&amp;nd</source>
            <translation>Trou&amp;ver</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Welcome · {bench}</source>
            <translation>Bienvenue · {bench}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN à nouveau</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>No one can sign in yet. Make the first administrator: name, badge (scan it), a PIN of 4 to 12 digits twice. Enter moves on.</source>
            <translation>Personne ne peut encore se connecter. Créez le premier administrateur : nom, badge (scannez-le), deux fois un PIN de 4 à 12 chiffres. Entrée passe à la suite.</translation>
        </message>
        <message>
            <source>The two PINs differ; type the PIN twice again.</source>
            <translation>Les deux PIN diffèrent ; saisissez de nouveau le PIN deux fois.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Shot</source>
            <translation>Vue</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Qualité</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Mesures</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>{title}:</source>
            <translation>{title} :</translation>
        </message>
        <message>
            <source>{index} of {count}</source>
            <translation>{index} sur {count}</translation>
        </message>
        <message>
            <source>{operator} at {bench}</source>
            <translation>{operator} au poste {bench}</translation>
        </message>
        <message>
            <source>{width}×{height}, {size_bytes:.0f} KB, </source>
            <translation>{width}×{height}, {size_bytes:.0f} Ko, </translation>
        </message>
        <message>
            <source>file {original_name}</source>
            <translation>fichier {original_name}</translation>
        </message>
        <message>
            <source>← → step  ·  + − zoom  ·  0 fit  ·  1 actual pixels  ·  drag to pan  ·  Esc close</source>
            <translation>← → défiler  ·  + − zoom  ·  0 ajuster  ·  1 pixels réels  ·  glisser pour déplacer  ·  Échap fermer</translation>
        </message>
        <message>
            <source>Photos of {lpn}</source>
            <translation>Photos de {lpn}</translation>
        </message>
        <message>
            <source>{count} photo(s)</source>
            <translation>{count} photo(s)</translation>
        </message>
        <message>
            <source>
Finished without {names}: “{reason}”</source>
            <translation>
Terminé sans {names} : « {reason} »</translation>
        </message>
        <message>
            <source>This unit has no photos.</source>
            <translation>Cet article n'a pas de photos.</translation>
        </message>
        <message>
            <source>Purged on {when} under the retention rule; the record remains.</source>
            <translation>Supprimée le {when} selon la règle de conservation ; l'enregistrement reste.</translation>
        </message>
        <message>
            <source>The file is missing from the photo store.</source>
            <translation>Le fichier manque dans le stock de photos.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>non mesurée</translation>
        </message>
        <message>
            <source>good</source>
            <translation>bonne</translation>
        </message>
        <message>
            <source>kept despite: </source>
            <translation>conservée malgré : </translation>
        </message>
        <message>
            <source>none seen</source>
            <translation>aucun vu</translation>
        </message>
    </context>
    <context>
        <name>GradePanel</name>
        <message>
            <source>NOT IN PARCEL</source>
            <translation>ABSENT DU COLIS</translation>
        </message>
        <message>
            <source>The unit is recorded as missing: no label, refund refused.</source>
            <translation>L'article est enregistré comme manquant : pas d'étiquette, remboursement refusé.</translation>
        </message>
        <message>
            <source>EMPTY BOX</source>
            <translation>CARTON VIDE</translation>
        </message>
        <message>
            <source>Every unit still expected is recorded as not in the parcel.</source>
            <translation>Chaque article encore attendu est enregistré comme absent du colis.</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Notes  [N]</source>
            <translation>Notes  [N]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>What you saw (optional). Esc returns to the bench.</source>
            <translation>Ce que vous avez vu (facultatif). Échap revient au poste.</translation>
        </message>
        <message>
            <source>[F10]  Confirm and print label</source>
            <translation>[F10]  Confirmer et imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Grade · {name} checklist, worst first</source>
            <translation>Grade · liste de contrôle {name}, le plus grave d'abord</translation>
        </message>
        <message>
            <source>, −{deduct:g} % refund</source>
            <translation>, −{deduct:g} % du remboursement</translation>
        </message>
        <message>
            <source>{severity}, caused by {cause}{deduct}</source>
            <translation>{severity}, causé par {cause}{deduct}</translation>
        </message>
        <message>
            <source>[{sealed_key}]  Factory sealed  → {sealed_grade}</source>
            <translation>[{sealed_key}]  Scellé d'usine  → {sealed_grade}</translation>
        </message>
        <message>
            <source>Confirm and print label</source>
            <translation>Confirmer et imprimer l'étiquette</translation>
        </message>
        <message>
            <source>Confirm: no label</source>
            <translation>Confirmer : pas d'étiquette</translation>
        </message>
        <message>
            <source>Waits for supervisor approval: </source>
            <translation>Attend l'approbation d'un superviseur : </translation>
        </message>
        <message>
            <source>Tick the defects you see, or press the grade.</source>
            <translation>Cochez les défauts constatés, ou appuyez sur le grade.</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · bac {tote}</translation>
        </message>
        <message>
            <source>{explanation}
Rule “{rule_id}”: {why}{tote}</source>
            <translation>{explanation}
Règle « {rule_id} » : {why}{tote}</translation>
        </message>
        <message>
            <source>scan its own code</source>
            <translation>scannez son propre code</translation>
        </message>
        <message>
            <source>Wrong item [W]: {what} · </source>
            <translation>Mauvais article [W] : {what} · </translation>
        </message>
        <message>
            <source>{wrong}No grade yet: tick defects [1–9], [S] sealed, or press a grade</source>
            <translation>{wrong}Pas encore de grade : cochez les défauts [1–9], [S] scellé, ou appuyez sur un grade</translation>
        </message>
        <message>
            <source>reason needed</source>
            <translation>motif nécessaire</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name}, overriding the checklist's {grade2}: {reason}</source>
            <translation>{wrong}Grade {grade} · {name}, corrige la liste de contrôle ({grade2}) : {reason}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} — {explain}</source>
            <translation>{wrong}Grade {grade} · {name} — {explain}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} (by key)</source>
            <translation>{wrong}Grade {grade} · {name} (au clavier)</translation>
        </message>
        <message>
            <source>{fallback}Diminished value (CRD art. 14(2)), shown in the photos: {named}</source>
            <translation>{fallback}Dépréciation (directive 2011/83/UE, art. 14, par. 2), visible sur les photos : {named}</translation>
        </message>
    </context>
    <context>
        <name>HealthLamp</name>
        <message>
            <source>Database unreachable since {since:%H:%M}</source>
            <translation>Base de données injoignable depuis {since:%H:%M}</translation>
        </message>
        <message>
            <source>Database slow{late}</source>
            <translation>Base de données lente{late}</translation>
        </message>
        <message>
            <source>Database: {where}</source>
            <translation>Base de données : {where}</translation>
        </message>
        <message>
            <source> · {waiting} to send</source>
            <translation> · {waiting} à envoyer</translation>
        </message>
        <message>
            <source> · sending stopped</source>
            <translation> · envoi arrêté</translation>
        </message>
        <message>
            <source> · {waiting} unit(s) finished here wait to be sent</source>
            <translation> · {waiting} article(s) terminé(s) ici en attente d'envoi</translation>
        </message>
        <message>
            <source>The database on {host} answers again: {waiting} unit(s) finished here are being sent.</source>
            <translation>La base de données sur {host} répond de nouveau : {waiting} article(s) terminé(s) ici sont en cours d'envoi.</translation>
        </message>
        <message>
            <source>The database on {host} answers again.</source>
            <translation>La base de données sur {host} répond de nouveau.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>unexpected</source>
            <translation>inattendu</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>empty box</source>
            <translation>carton vide</translation>
        </message>
        <message>
            <source>no label</source>
            <translation>pas d'étiquette</translation>
        </message>
        <message>
            <source>{route} (wrong item)</source>
            <translation>{route} (mauvais article)</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>&amp;Export… (Ctrl+E)</source>
            <translation>&amp;Exporter… (Ctrl+E)</translation>
        </message>
        <message>
            <source>History · Alt+letter: a filter · Ctrl+F find · ↑/↓ and Enter open a unit · </source>
            <translation>Historique · Alt+lettre : un filtre · Ctrl+F chercher · ↑/↓ et Entrée ouvrent un article · </translation>
        </message>
        <message>
            <source>Ctrl+E export · </source>
            <translation>Ctrl+E exporter · </translation>
        </message>
        <message>
            <source>Ctrl+Backspace clear</source>
            <translation>Ctrl+Retour arrière effacer</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>{rows:,} unit(s)</source>
            <translation>{rows:,} article(s)</translation>
        </message>
        <message>
            <source>{rows:,} units shown, more as you scroll · counting…</source>
            <translation>{rows:,} articles affichés, d'autres en défilant · comptage…</translation>
        </message>
        <message>
            <source>over {count_cap:,}</source>
            <translation>plus de {count_cap:,}</translation>
        </message>
        <message>
            <source>{rowcount:,} of {total} units shown, more as you scroll</source>
            <translation>{rowcount:,} articles sur {total} affichés, d'autres en défilant</translation>
        </message>
        <message>
            <source>Exporting history needs a supervisor.</source>
            <translation>L'export de l'historique exige un superviseur.</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>Exporter l'historique</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {name}…</source>
            <translation>Export vers {name}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{rows:,} rows exported to {path} in {seconds:.1f} s</source>
            <translation>{rows:,} lignes exportées vers {path} en {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <source>&amp;Override grade or route… (Ctrl+O)</source>
            <translation>&amp;Corriger le grade ou l'orientation… (Ctrl+O)</translation>
        </message>
        <message>
            <source>[L]  Label…</source>
            <translation>[L]  Étiquette…</translation>
        </message>
        <message>
            <source>Photos full size  [Enter on a photo]</source>
            <translation>Photos en taille réelle  [Entrée sur une photo]</translation>
        </message>
        <message>
            <source>&amp;Evidence PDF… (Ctrl+D)</source>
            <translation>&amp;Justificatif PDF… (Ctrl+D)</translation>
        </message>
        <message>
            <source>Unit {lpn}</source>
            <translation>Article {lpn}</translation>
        </message>
        <message>
            <source>, {total_seconds:.0f} s scan to label</source>
            <translation>, {total_seconds:.0f} s du scan à l'étiquette</translation>
        </message>
        <message>
            <source> · {count} override(s)</source>
            <translation> · {count} correction(s)</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>{rma} · order {order_number} · tracking {tracking_number} · {return_type} · stated reason: {reason}</source>
            <translation>{rma} · commande {order_number} · suivi {tracking_number} · {return_type} · motif déclaré : {reason}</translation>
        </message>
        <message>
            <source>unexpected return (no expected return matched)</source>
            <translation>retour inattendu (aucun retour attendu ne correspondait)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>Rétractation</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>{operator} at {bench}, finished {when}{seconds}</source>
            <translation>{operator} au poste {bench}, terminé {when}{seconds}</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>{count} printed or queued, {reprints} after the first</source>
            <translation>{count} imprimée(s) ou en file, {reprints} après la première</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Réception</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Défauts</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Orientation</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>{width}×{height}
SHA-256 {sha256}</source>
            <translation>{width}×{height}
SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouverte</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminée</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>annulée</translation>
        </message>
        <message>
            <source>The evidence document needs a supervisor.</source>
            <translation>Le justificatif nécessite un superviseur.</translation>
        </message>
        <message>
            <source>Evidence PDF</source>
            <translation>Justificatif PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the evidence to {target}…</source>
            <translation>Écriture du justificatif dans {target}…</translation>
        </message>
        <message>
            <source>Evidence written to {path}</source>
            <translation>Justificatif écrit dans {path}</translation>
        </message>
        <message>
            <source>Overriding a grade or route needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Corriger un grade ou une orientation exige un superviseur ; {name} est connecté en tant que {label}.</translation>
        </message>
        <message>
            <source>Overriding {lpn}…</source>
            <translation>Correction de {lpn}…</translation>
        </message>
        <message>
            <source> The {words}.</source>
            <translation> {words}.</translation>
        </message>
        <message>
            <source>Overridden: grade {grade}, route {route}. New label queued at {print_bench}.{followed}</source>
            <translation>Corrigé : grade {grade}, orientation {route}. Nouvelle étiquette en file au poste {print_bench}.{followed}</translation>
        </message>
    </context>
    <context>
        <name>JobStates</name>
        <message>
            <source>waiting for the printer</source>
            <translation>attend l'imprimante</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>en cours d'envoi</translation>
        </message>
        <message>
            <source>printed (not yet scanned)</source>
            <translation>imprimée (pas encore scannée)</translation>
        </message>
        <message>
            <source>did it print? (not known)</source>
            <translation>imprimée ? (inconnu)</translation>
        </message>
        <message>
            <source>printed and scanned</source>
            <translation>imprimée et scannée</translation>
        </message>
        <message>
            <source>could not be made</source>
            <translation>n'a pas pu être créée</translation>
        </message>
    </context>
    <context>
        <name>LabelDesk</name>
        <message>
            <source>The label for {lpn} could not be made: {detail}. The inspection is saved; ask a supervisor to reprint it.</source>
            <translation>L'étiquette de {lpn} n'a pas pu être créée : {detail}. L'inspection est enregistrée ; demandez une réimpression à un superviseur.</translation>
        </message>
        <message>
            <source>The printer connection broke while the label for {lpn} was sent: did it print? Answer Y or N.</source>
            <translation>La connexion à l'imprimante a été coupée pendant l'envoi de l'étiquette de {lpn} : a-t-elle été imprimée ? Répondez Y ou N.</translation>
        </message>
        <message>
            <source>Label for {lpn} is queued, not printed: {detail}. The inspection is saved; the label prints when the printer is back.</source>
            <translation>L'étiquette de {lpn} est en file, pas imprimée : {detail}. L'inspection est enregistrée ; l'étiquette s'imprimera au retour de l'imprimante.</translation>
        </message>
        <message>
            <source>Label for {lpn} printed (F4 shows it). Stick it on and scan it, then the next parcel.</source>
            <translation>Étiquette de {lpn} imprimée (F4 l'affiche). Collez-la et scannez-la, puis le colis suivant.</translation>
        </message>
        <message>
            <source>{waiting} label(s) waiting · {text}</source>
            <translation>{waiting} étiquette(s) en attente · {text}</translation>
        </message>
        <message>
            <source>{unknown_count} to answer · {text}</source>
            <translation>{unknown_count} à répondre · {text}</translation>
        </message>
        <message>
            <source>Printing the label for {lpn} again…</source>
            <translation>Nouvelle impression de l'étiquette de {lpn}…</translation>
        </message>
        <message>
            <source>No label printed at this bench since the start.</source>
            <translation>Aucune étiquette imprimée à ce poste depuis le démarrage.</translation>
        </message>
        <message>
            <source>Printer settings need the admin role; {operator} is signed in as {label}.</source>
            <translation>Les réglages d'imprimante exigent le rôle administrateur ; {operator} est connecté en tant que {label}.</translation>
        </message>
    </context>
    <context>
        <name>LabelDialogs</name>
        <message>
            <source>label</source>
            <translation>étiquette</translation>
        </message>
        <message>
            <source>reprint ({reason})</source>
            <translation>réimpression ({reason})</translation>
        </message>
        <message>
            <source> by {requested_by}</source>
            <translation> par {requested_by}</translation>
        </message>
    </context>
    <context>
        <name>LabelPreviewDialog</name>
        <message>
            <source>Label {lpn}</source>
            <translation>Étiquette {lpn}</translation>
        </message>
        <message>
            <source>{printer}
{stock} at {dpi} dpi, as it prints</source>
            <translation>{printer}
{stock} à {dpi} dpi, tel qu'imprimé</translation>
        </message>
        <message>
            <source>no label yet</source>
            <translation>pas encore d'étiquette</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Imprimées&lt;/b&gt;</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sans limite</translation>
        </message>
        <message>
            <source>{left} reprint(s) left for you</source>
            <translation>{left} réimpression(s) restante(s) pour vous</translation>
        </message>
        <message>
            <source>Reprints so far: {reprints_used} · {limit}</source>
            <translation>Réimpressions jusqu'ici : {reprints_used} · {limit}</translation>
        </message>
        <message>
            <source>Why print it again? (torn, smudged, lost …)</source>
            <translation>Pourquoi réimprimer ? (déchirée, tachée, perdue…)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motif :</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies :</translation>
        </message>
        <message>
            <source>Reprint  [Alt+R]</source>
            <translation>Réimprimer  [Alt+R]</translation>
        </message>
        <message>
            <source>Office printer…  [Alt+P]</source>
            <translation>Imprimante de bureau…  [Alt+P]</translation>
        </message>
        <message>
            <source>[Esc]  Close</source>
            <translation>[Esc]  Fermer</translation>
        </message>
        <message>
            <source>Type the reason first: every reprint is recorded with it.</source>
            <translation>Saisissez d'abord le motif : chaque réimpression est enregistrée avec lui.</translation>
        </message>
        <message>
            <source>Reprint queued for {lpn}.</source>
            <translation>Réimpression de {lpn} en file.</translation>
        </message>
        <message>
            <source>Print the label {lpn}</source>
            <translation>Imprimer l'étiquette {lpn}</translation>
        </message>
        <message>
            <source>system printer</source>
            <translation>imprimante système</translation>
        </message>
        <message>
            <source>{name} refused the label; nothing was printed.</source>
            <translation>{name} a refusé l'étiquette ; rien n'a été imprimé.</translation>
        </message>
    </context>
    <context>
        <name>LabelsScreen</name>
        <message>
            <source>Labels printed and never scanned on their item · F5 reload</source>
            <translation>Étiquettes imprimées et jamais scannées sur leur article · F5 recharger</translation>
        </message>
        <message>
            <source>printed?</source>
            <translation>imprimée ?</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>imprimée</translation>
        </message>
        <message>
            <source>{count} label(s) not scanned yet: find each on its printer or item and scan it.</source>
            <translation>{count} étiquette(s) pas encore scannée(s) : retrouvez chacune sur son imprimante ou son article et scannez-la.</translation>
        </message>
        <message>
            <source>Every printed label was scanned on its item.</source>
            <translation>Chaque étiquette imprimée a été scannée sur son article.</translation>
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
            <translation>&amp;Quarantaine</translation>
        </message>
        <message>
            <source>A&amp;pprovals</source>
            <translation>Approbatio&amp;ns</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>C&amp;onflits</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Personne n'est connecté</translation>
        </message>
        <message>
            <source> · F8 users · F11 approvals</source>
            <translation> · F8 utilisateurs · F11 approbations</translation>
        </message>
        <message>
            <source>Locked · {name}</source>
            <translation>Verrouillé · {name}</translation>
        </message>
        <message>
            <source>Locked. Scan your badge to carry on.</source>
            <translation>Verrouillé. Scannez votre badge pour continuer.</translation>
        </message>
        <message>
            <source>Locked after {minutes} minute(s) without activity. Scan your badge to carry on.</source>
            <translation>Verrouillé après {minutes} minute(s) d'inactivité. Scannez votre badge pour continuer.</translation>
        </message>
        <message>
            <source>Internal error: {value}</source>
            <translation>Erreur interne : {value}</translation>
        </message>
        <message>
            <source>Carry on with {lpn}.</source>
            <translation>Continuez avec {lpn}.</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Scannez un colis pour commencer.</translation>
        </message>
        <message>
            <source>{name} signed in as {label}. {carry_on}</source>
            <translation>{name} connecté en tant que {label}. {carry_on}</translation>
        </message>
        <message>
            <source>Switching operator.</source>
            <translation>Changement d'opérateur.</translation>
        </message>
        <message>
            <source>The users screen needs a supervisor; {name} is signed in as {label}.</source>
            <translation>L'écran des utilisateurs exige un superviseur ; {name} est connecté en tant que {label}.</translation>
        </message>
        <message>
            <source>Outcomes on their way to the shops</source>
            <translation>Résultats en route vers les boutiques</translation>
        </message>
        <message>
            <source>; a supervisor retries or skips the dead letters (inspect-station outbox list)</source>
            <translation> ; un superviseur relance ou écarte les lettres mortes (inspect-station outbox list)</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>full refund</source>
            <translation>remboursement intégral</translation>
        </message>
        <message>
            <source>partial refund of the amount below</source>
            <translation>remboursement partiel du montant ci-dessous</translation>
        </message>
        <message>
            <source>refuse the refund</source>
            <translation>refuser le remboursement</translation>
        </message>
        <message>
            <source>approve the exchange: send the replacement</source>
            <translation>approuver l'échange : envoyer le remplacement</translation>
        </message>
        <message>
            <source>warranty: repair</source>
            <translation>garantie : réparer</translation>
        </message>
        <message>
            <source>warranty: replace</source>
            <translation>garantie : remplacer</translation>
        </message>
        <message>
            <source>warranty: reject the claim</source>
            <translation>garantie : rejeter la demande</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>as the rules decide</source>
            <translation>selon les règles</translation>
        </message>
        <message>
            <source>Override {lpn}</source>
            <translation>Corriger {lpn}</translation>
        </message>
        <message>
            <source>Now: grade {grade}, route {route}. Graded by {operator}.</source>
            <translation>Actuellement : grade {grade}, orientation {route}. Classé par {operator}.</translation>
        </message>
        <message>
            <source>why (required): what the photos or the item show</source>
            <translation>motif (obligatoire) : ce que montrent les photos ou l'article</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Grade</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>&amp;Orientation</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Motif</translation>
        </message>
        <message>
            <source>Print the new label &amp;here ({here})</source>
            <translation>Imprimer la nouvelle étiquette &amp;ici ({here})</translation>
        </message>
        <message>
            <source>&amp;Queue it at the unit's bench ({bench})</source>
            <translation>&amp;Mettre en file au poste de l'article ({bench})</translation>
        </message>
        <message>
            <source>A new grade is routed again by the active rules on the unit's recorded facts, and its refund recommendation follows the new grade: one waiting for approval is released as your decision; one a supervisor changed by hand is kept.</source>
            <translation>Un nouveau grade est réorienté par les règles actives d'après les faits enregistrés de l'article, et sa recommandation de remboursement suit le nouveau grade : une recommandation en attente d'approbation est libérée comme votre décision ; une recommandation modifiée à la main par un superviseur est conservée.</translation>
        </message>
        <message>
            <source>Override (Ctrl+Enter)</source>
            <translation>Corriger (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Say why: the reason is required.</source>
            <translation>Dites pourquoi : le motif est obligatoire.</translation>
        </message>
        <message>
            <source>Choose a new grade or a new route.</source>
            <translation>Choisissez un nouveau grade ou une nouvelle orientation.</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Colis</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Type de retour</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Stated reason</source>
            <translation>Motif déclaré</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Livré</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>This unit</source>
            <translation>Cet article</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Ici</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Manque</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>↑/↓ choose a line · M marks a unit of it missing · E empty box</source>
            <translation>↑/↓ choisir une ligne · M marque un article manquant · E carton vide</translation>
        </message>
        <message>
            <source>Scan a parcel</source>
            <translation>Scannez un colis</translation>
        </message>
        <message>
            <source>unknown item</source>
            <translation>article inconnu</translation>
        </message>
        <message>
            <source>Unexpected return · held in quarantine</source>
            <translation>Retour inattendu · en quarantaine</translation>
        </message>
        <message>
            <source>{code} (scanned)</source>
            <translation>{code} (scanné)</translation>
        </message>
        <message>
            <source>— (no return known)</source>
            <translation>— (aucun retour connu)</translation>
        </message>
        <message>
            <source>{delivered_on} · {days} days ago</source>
            <translation>{delivered_on} · il y a {days} jours</translation>
        </message>
        <message>
            <source>{total} · {units_expected} unit(s)</source>
            <translation>{total} · {units_expected} article(s)</translation>
        </message>
    </context>
    <context>
        <name>PhotoFlow</name>
        <message>
            <source> (extra)</source>
            <translation> (supplémentaire)</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name} of “{label}”: the deduction needs a photo of its defect</source>
            <translation>Photo suivante : [Ctrl+{number}] {name} de « {label} » : la déduction exige une photo de son défaut</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name}{extra} — {hint}</source>
            <translation>Photo suivante : [Ctrl+{number}] {name}{extra} — {hint}</translation>
        </message>
        <message>
            <source>No shot type {number}: use Ctrl+1–{choices}.</source>
            <translation>Pas de type de vue {number} : utilisez Ctrl+1–{choices}.</translation>
        </message>
        <message>
            <source>Next photo: {name}.</source>
            <translation>Photo suivante : {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel before taking photos.</source>
            <translation>Scannez un colis avant de prendre des photos.</translation>
        </message>
        <message>
            <source>Camera unavailable: add photos from a file with O.</source>
            <translation>Caméra indisponible : ajoutez des photos depuis un fichier avec O.</translation>
        </message>
        <message>
            <source>Scan a parcel before adding photos.</source>
            <translation>Scannez un colis avant d'ajouter des photos.</translation>
        </message>
        <message>
            <source>Add a photo from a file</source>
            <translation>Ajouter une photo depuis un fichier</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png)</source>
            <translation>Images (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Dropped. Adjust the item or the light, then take {name} again.</source>
            <translation>Écartée. Ajustez l'article ou la lumière, puis reprenez {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel to see its photos.</source>
            <translation>Scannez un colis pour voir ses photos.</translation>
        </message>
        <message>
            <source>Photo not saved: {error} The unit stays open; photos taken so far are kept.</source>
            <translation>Photo non enregistrée : {error} L'article reste ouvert ; les photos déjà prises sont conservées.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <source>{name} looks {problems}. Retake it?</source>
            <translation>{name} est {problems}. La reprendre ?</translation>
        </message>
        <message>
            <source>{name} looks poor: retake (R, or Space for a new photo) or keep it (K)?</source>
            <translation>{name} est de mauvaise qualité : reprendre (R, ou Espace pour une nouvelle photo) ou conserver (K) ?</translation>
        </message>
        <message>
            <source>That picture of {name} is already saved.</source>
            <translation>Cette image de {name} est déjà enregistrée.</translation>
        </message>
        <message>
            <source>{name} saved ({width}×{height})</source>
            <translation>{name} enregistrée ({width}×{height})</translation>
        </message>
        <message>
            <source> · {code_format} {code_text} seen</source>
            <translation> · {code_format} {code_text} vu</translation>
        </message>
        <message>
            <source> · kept despite: </source>
            <translation> · conservée malgré : </translation>
        </message>
        <message>
            <source>{text}. Still needed: {missing}.</source>
            <translation>{text}. Encore nécessaires : {missing}.</translation>
        </message>
        <message>
            <source>{text}. All required photos taken.</source>
            <translation>{text}. Toutes les photos requises sont prises.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Camera · [Ctrl+1–9] shot, in this order · [O] file · [G] full size</source>
            <translation>Caméra · [Ctrl+1–9] vue, dans cet ordre · [O] fichier · [G] taille réelle</translation>
        </message>
        <message>
            <source>[Space] / [{pedal_key}]  Take photo</source>
            <translation>[Space] / [{pedal_key}]  Prendre la photo</translation>
        </message>
        <message>
            <source>{width}×{height} · {size_bytes:.0f} KB · {source}</source>
            <translation>{width}×{height} · {size_bytes:.0f} Ko · {source}</translation>
        </message>
        <message>
            <source>{operator} at {bench}, {when}</source>
            <translation>{operator} au poste {bench}, {when}</translation>
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
            <translation>L'étiquette a-t-elle été imprimée ?</translation>
        </message>
        <message>
            <source>Did the label for &lt;b&gt;{lpn}&lt;/b&gt; print?</source>
            <translation>L'étiquette de &lt;b&gt;{lpn}&lt;/b&gt; a-t-elle été imprimée ?</translation>
        </message>
        <message>
            <source>{last_error}

The station does not print it again by itself, so that no unit gets two labels. Look at the printer, then answer — or scan the label if it is there.</source>
            <translation>{last_error}

La station ne la réimprime pas d'elle-même, pour qu'aucun article n'ait deux étiquettes. Regardez l'imprimante, puis répondez — ou scannez l'étiquette si elle est là.</translation>
        </message>
        <message>
            <source>The printer connection broke while it was being sent.</source>
            <translation>La connexion à l'imprimante a été coupée pendant l'envoi.</translation>
        </message>
        <message>
            <source>[Y]  Yes, it printed</source>
            <translation>[Y]  Oui, imprimée</translation>
        </message>
        <message>
            <source>[N]  No — print it again</source>
            <translation>[N]  Non — la réimprimer</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsDialog</name>
        <message>
            <source>Printers</source>
            <translation>Imprimantes</translation>
        </message>
        <message>
            <source>Copies of each routing label:</source>
            <translation>Copies de chaque étiquette d'orientation :</translation>
        </message>
        <message>
            <source>Reprints per unit an operator may make:</source>
            <translation>Réimpressions par article permises à un opérateur :</translation>
        </message>
        <message>
            <source>printer name or IP address</source>
            <translation>nom ou adresse IP de l'imprimante</translation>
        </message>
        <message>
            <source>CUPS queue (lpstat -p lists them)</source>
            <translation>file CUPS (lpstat -p les liste)</translation>
        </message>
        <message>
            <source>as the station ({label_stock})</source>
            <translation>comme la station ({label_stock})</translation>
        </message>
        <message>
            <source>as the station ({label_dpi})</source>
            <translation>comme la station ({label_dpi})</translation>
        </message>
        <message>
            <source>colour printer: the destination band in its colour</source>
            <translation>imprimante couleur : le bandeau de destination dans sa couleur</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nom :</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Hôte :</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port :</translation>
        </message>
        <message>
            <source>CUPS queue:</source>
            <translation>File CUPS :</translation>
        </message>
        <message>
            <source>Sends:</source>
            <translation>Envoie :</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <source>Label stock:</source>
            <translation>Support d'étiquette :</translation>
        </message>
        <message>
            <source>Resolution (dpi):</source>
            <translation>Résolution (dpi) :</translation>
        </message>
        <message>
            <source>Time-out:</source>
            <translation>Délai :</translation>
        </message>
        <message>
            <source>[Ctrl+N]  Add printer</source>
            <translation>[Ctrl+N]  Ajouter une imprimante</translation>
        </message>
        <message>
            <source>[Del]  Remove</source>
            <translation>[Del]  Supprimer</translation>
        </message>
        <message>
            <source>[Ctrl+U]  Use for routing labels</source>
            <translation>[Ctrl+U]  Utiliser pour les étiquettes d'orientation</translation>
        </message>
        <message>
            <source>[F5]  Check</source>
            <translation>[F5]  Vérifier</translation>
        </message>
        <message>
            <source>[Ctrl+T]  Print test label</source>
            <translation>[Ctrl+T]  Imprimer une étiquette de test</translation>
        </message>
        <message>
            <source>[Ctrl+S]  Save</source>
            <translation>[Ctrl+S]  Enregistrer</translation>
        </message>
        <message>
            <source>[Esc]  Cancel</source>
            <translation>[Esc]  Annuler</translation>
        </message>
        <message>
            <source>  ★ routing labels</source>
            <translation>  ★ étiquettes d'orientation</translation>
        </message>
        <message>
            <source>The labels folder is built in and stays.</source>
            <translation>Le dossier d'étiquettes est intégré et reste.</translation>
        </message>
        <message>
            <source>Routing labels will print on {label_printer} once saved.</source>
            <translation>Les étiquettes d'orientation s'imprimeront sur {label_printer} une fois enregistré.</translation>
        </message>
        <message>
            <source>Asking {name}…</source>
            <translation>Interrogation de {name}…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>prête</translation>
        </message>
        <message>
            <source>Printing a test label on {name}…</source>
            <translation>Impression d'une étiquette de test sur {name}…</translation>
        </message>
        <message>
            <source>Test label sent to {name}: {where}</source>
            <translation>Étiquette de test envoyée à {name} : {where}</translation>
        </message>
    </context>
    <context>
        <name>QualityPrompt</name>
        <message>
            <source>[R] Retake</source>
            <translation>[R] Reprendre</translation>
        </message>
        <message>
            <source>[K] Keep anyway</source>
            <translation>[K] Conserver quand même</translation>
        </message>
    </context>
    <context>
        <name>QuarantineModel</name>
        <message>
            <source>graded {grade} → {route}</source>
            <translation>classé {grade} → {route}</translation>
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
            <translation>Chargement…</translation>
        </message>
        <message>
            <source>Quarantine · unexpected returns, oldest first · </source>
            <translation>Quarantaine · retours inattendus, les plus anciens d'abord · </translation>
        </message>
        <message>
            <source>Enter attach to a return · Ctrl+N new return from the contents · </source>
            <translation>Entrée rattacher à un retour · Ctrl+N nouveau retour d'après le contenu · </translation>
        </message>
        <message>
            <source>a supervisor places them · </source>
            <translation>un superviseur les place · </translation>
        </message>
        <message>
            <source>F5 reload · F1 bench</source>
            <translation>F5 actualiser · F1 poste</translation>
        </message>
        <message>
            <source>Placing a parcel from quarantine needs a supervisor.</source>
            <translation>Placer un colis de la quarantaine exige un superviseur.</translation>
        </message>
        <message>
            <source>{rows} unexpected return(s) waiting to be placed.</source>
            <translation>{rows} retour(s) inattendu(s) en attente de placement.</translation>
        </message>
        <message>
            <source>{done} Nothing else in quarantine.</source>
            <translation>{done} Plus rien en quarantaine.</translation>
        </message>
        <message>
            <source>Nothing in quarantine.</source>
            <translation>Rien en quarantaine.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a parcel.</source>
            <translation>Rien de sélectionné : ↑/↓ pour choisir un colis.</translation>
        </message>
        <message>
            <source>attached to</source>
            <translation>rattaché à</translation>
        </message>
        <message>
            <source>placed on the new return</source>
            <translation>placé sur le nouveau retour</translation>
        </message>
    </context>
    <context>
        <name>ReturnChooser</name>
        <message>
            <source>Which return is this?</source>
            <translation>De quel retour s'agit-il ?</translation>
        </message>
        <message>
            <source>{candidates} open returns match {matched}. ↑/↓ and Enter:</source>
            <translation>{candidates} retours ouverts correspondent à {matched}. ↑/↓ et Entrée :</translation>
        </message>
        <message>
            <source>this product</source>
            <translation>ce produit</translation>
        </message>
        <message>
            <source>{days_since_delivery} days ago</source>
            <translation>il y a {days_since_delivery} jours</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>pas de date</translation>
        </message>
        <message>
            <source>{customer} · {items}
    {rma} · order {order_number} · delivered {delivered} · {total_value:.2f} · {reason}</source>
            <translation>{customer} · {items}
    {rma} · commande {order_number} · livré {delivered} · {total_value:.2f} · {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScanFlow</name>
        <message>
            <source>Still looking up the last code: scan again in a moment.</source>
            <translation>Le dernier code est encore en recherche : scannez de nouveau dans un instant.</translation>
        </message>
        <message>
            <source>the code</source>
            <translation>le code</translation>
        </message>
        <message>
            <source>Looking up {shown}…</source>
            <translation>Recherche de {shown}…</translation>
        </message>
        <message>
            <source>Carry on with {open_unit}.</source>
            <translation>Continuez avec {open_unit}.</translation>
        </message>
        <message>
            <source>Scan the next parcel.</source>
            <translation>Scannez le colis suivant.</translation>
        </message>
        <message>
            <source>Label for {lpn} confirmed. {then}</source>
            <translation>Étiquette de {lpn} confirmée. {then}</translation>
        </message>
        <message>
            <source>{lpn} was inspected at {bench} by {operator}: grade {grade} → {route}.</source>
            <translation>{lpn} a été inspecté au poste {bench} par {operator} : grade {grade} → {route}.</translation>
        </message>
        <message>
            <source>No expected return for {code}. Press U to receive it as an unexpected return, or scan another code.</source>
            <translation>Aucun retour attendu pour {code}. Appuyez sur U pour le recevoir comme retour inattendu, ou scannez un autre code.</translation>
        </message>
        <message>
            <source>{code} is in {count} open returns: choose one.</source>
            <translation>{code} figure dans {count} retours ouverts : choisissez-en un.</translation>
        </message>
        <message>
            <source>this code</source>
            <translation>ce code</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <source>the field “{name}”</source>
            <translation>le champ « {name} »</translation>
        </message>
        <message>
            <source>a text field</source>
            <translation>un champ de texte</translation>
        </message>
        <message>
            <source>Scan refused: {problem}</source>
            <translation>Scan refusé : {problem}</translation>
        </message>
        <message>
            <source>A scan cannot go into this dialog: close it first, then scan.</source>
            <translation>Un scan ne peut pas aller dans cette boîte de dialogue : fermez-la d'abord, puis scannez.</translation>
        </message>
        <message>
            <source>A scan cannot go into {field}: nothing was typed. Leave the field (Esc), then scan.</source>
            <translation>Un scan ne peut pas aller dans {field} : rien n'a été saisi. Quittez le champ (Échap), puis scannez.</translation>
        </message>
        <message>
            <source>This field cannot take a scan.</source>
            <translation>Ce champ ne peut pas recevoir de scan.</translation>
        </message>
        <message>
            <source>Sign in first (scan your badge), then scan the parcel.</source>
            <translation>Connectez-vous d'abord (scannez votre badge), puis scannez le colis.</translation>
        </message>
        <message>
            <source>That code</source>
            <translation>Ce code</translation>
        </message>
        <message>
            <source>{code} is not a badge known at this station: scan your badge.</source>
            <translation>{code} n'est pas un badge connu de cette station : scannez votre badge.</translation>
        </message>
    </context>
    <context>
        <name>ScanSources</name>
        <message>
            <source>prefix {key}</source>
            <translation>préfixe {key}</translation>
        </message>
        <message>
            <source>AIM prefix</source>
            <translation>préfixe AIM</translation>
        </message>
        <message>
            <source>timing</source>
            <translation>chronométrage</translation>
        </message>
        <message>
            <source>keyboard ({mode})</source>
            <translation>clavier ({mode})</translation>
        </message>
        <message>
            <source>camera (outline)</source>
            <translation>caméra (contour)</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>caméra</translation>
        </message>
    </context>
    <context>
        <name>SerialScanner</name>
        <message>
            <source>serial scanner {port_name}: off</source>
            <translation>scanner série {port_name} : éteint</translation>
        </message>
        <message>
            <source>serial scanner {port_name}</source>
            <translation>scanner série {port_name}</translation>
        </message>
        <message>
            <source>serial scanner {port_name}: {why}; retrying</source>
            <translation>scanner série {port_name} : {why} ; nouvel essai</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent over {max_line:,} bytes without a line end; set its suffix to CR or LF.</source>
            <translation>Le scanner série sur {port_name} a envoyé plus de {max_line:,} octets sans fin de ligne ; réglez son suffixe sur CR ou LF.</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent bytes that are not text; check its baud rate (the station uses {baudrate}).</source>
            <translation>Le scanner série sur {port_name} a envoyé des octets qui ne sont pas du texte ; vérifiez son débit en bauds (la station utilise {baudrate}).</translation>
        </message>
    </context>
    <context>
        <name>ShotBar</name>
        <message>
            <source>No photos required for this unit.</source>
            <translation>Aucune photo requise pour cet article.</translation>
        </message>
        <message>
            <source>{required_count2} of {required_count} required photos · missing: {missing}</source>
            <translation>{required_count2} sur {required_count} photos requises · manquent : {missing}</translation>
        </message>
        <message>
            <source>All {required_count} required photos taken.</source>
            <translation>Les {required_count} photos requises sont prises.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>scan your badge, or type its code</source>
            <translation>scannez votre badge, ou saisissez son code</translation>
        </message>
        <message>
            <source>PIN, then Enter</source>
            <translation>PIN, puis Entrée</translation>
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
            <translation>Entrée passe à la suite · Échap recommence</translation>
        </message>
        <message>
            <source>Inspect Station · {bench}</source>
            <translation>Inspect Station · {bench}</translation>
        </message>
        <message>
            <source>Scan your badge to sign in.</source>
            <translation>Scannez votre badge pour vous connecter.</translation>
        </message>
        <message>
            <source>Locked · {bench}</source>
            <translation>Verrouillé · {bench}</translation>
        </message>
        <message>
            <source>Badge {badge}: type your PIN, then Enter.</source>
            <translation>Badge {badge} : saisissez votre PIN, puis Entrée.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Bench {bench}</source>
            <translation>Poste {bench}</translation>
        </message>
        <message>
            <source>Operator {operator}</source>
            <translation>Opérateur {operator}</translation>
        </message>
        <message>
            <source>Camera: starting…</source>
            <translation>Caméra : démarrage…</translation>
        </message>
        <message>
            <source>Printer: —</source>
            <translation>Imprimante : —</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Base de données : {database}</translation>
        </message>
        <message>
            <source>Scan: keyboard</source>
            <translation>Scan : clavier</translation>
        </message>
        <message>
            <source>Shop: —</source>
            <translation>Boutique : —</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Caméra</translation>
        </message>
        <message>
            <source>Camera: {text}</source>
            <translation>Caméra : {text}</translation>
        </message>
        <message>
            <source>Printer: {text}</source>
            <translation>Imprimante : {text}</translation>
        </message>
        <message>
            <source>Scan: {text}</source>
            <translation>Scan : {text}</translation>
        </message>
    </context>
    <context>
        <name>UnitTabs</name>
        <message>
            <source>◀ this unit</source>
            <translation>◀ cet article</translation>
        </message>
        <message>
            <source>defect ticked</source>
            <translation>défaut coché</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>gravité</translation>
        </message>
        <message>
            <source>caps</source>
            <translation>plafond</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>cause</translation>
        </message>
        <message>
            <source>deduct</source>
            <translation>déduction</translation>
        </message>
        <message>
            <source>the route was decided on</source>
            <translation>base de l'orientation</translation>
        </message>
        <message>
            <source>&amp;Grading ({defects} defect(s))</source>
            <translation>É&amp;valuation ({defects} défaut(s))</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Photos behind it</source>
            <translation>Photos à l'appui</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>déduction</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <source>handling beyond testing</source>
            <translation>manipulation au-delà de l'essai</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Remboursement</translation>
        </message>
        <message>
            <source>line</source>
            <translation>ligne</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>qty</source>
            <translation>qté</translation>
        </message>
        <message>
            <source>price</source>
            <translation>prix</translation>
        </message>
        <message>
            <source>received</source>
            <translation>reçu</translation>
        </message>
        <message>
            <source>&amp;Lines ({lines})</source>
            <translation>&amp;Lignes ({lines})</translation>
        </message>
        <message>
            <source>first label</source>
            <translation>première étiquette</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en file</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>poste</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>imprimante</translation>
        </message>
        <message>
            <source>state</source>
            <translation>état</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>essais</translation>
        </message>
        <message>
            <source>why</source>
            <translation>motif</translation>
        </message>
        <message>
            <source>sent to / problem</source>
            <translation>envoyé à / problème</translation>
        </message>
        <message>
            <source>L&amp;abels ({jobs})</source>
            <translation>Éti&amp;quettes ({jobs})</translation>
        </message>
        <message>
            <source>when</source>
            <translation>quand</translation>
        </message>
        <message>
            <source>who</source>
            <translation>qui</translation>
        </message>
        <message>
            <source>what</source>
            <translation>quoi</translation>
        </message>
        <message>
            <source>&amp;Timeline ({events})</source>
            <translation>C&amp;hronologie ({events})</translation>
        </message>
        <message>
            <source>written</source>
            <translation>écrit</translation>
        </message>
        <message>
            <source>event</source>
            <translation>événement</translation>
        </message>
        <message>
            <source>to</source>
            <translation>vers</translation>
        </message>
        <message>
            <source>the receiver's answer</source>
            <translation>la réponse du destinataire</translation>
        </message>
        <message>
            <source>S&amp;hop ({waiting} waiting)</source>
            <translation>&amp;Boutique ({waiting} en attente)</translation>
        </message>
        <message>
            <source>S&amp;hop ({shop_count})</source>
            <translation>&amp;Boutique ({shop_count})</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New PIN for {name}</source>
            <translation>Nouveau PIN pour {name}</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Ajouter un utilisateur</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>PIN à nouveau</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Les deux PIN diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Utilisateurs</translation>
        </message>
        <message>
            <source>Insert add · Ctrl+D disable/enable · Ctrl+R new PIN · </source>
            <translation>Inser ajouter · Ctrl+D désactiver/activer · Ctrl+R nouveau PIN · </translation>
        </message>
        <message>
            <source>↑/↓ choose · {admin}Ctrl+U unlock · F5 refresh · F1 bench</source>
            <translation>↑/↓ choisir · {admin}Ctrl+U déverrouiller · F5 actualiser · F1 poste</translation>
        </message>
        <message>
            <source>{rows} users, {locked} badge(s) locked.</source>
            <translation>{rows} utilisateurs, {locked} badge(s) verrouillé(s).</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>LOCKED</source>
            <translation>VERROUILLÉ</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>{name} added.</source>
            <translation>{name} ajouté.</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} a un nouveau PIN.</translation>
        </message>
        <message>
            <source>{name} enabled.</source>
            <translation>{name} activé.</translation>
        </message>
        <message>
            <source>{name} disabled.</source>
            <translation>{name} désactivé.</translation>
        </message>
        <message>
            <source>{name} unlocked.</source>
            <translation>{name} déverrouillé.</translation>
        </message>
    </context>
    <context>
        <name>WedgeScanner</name>
        <message>
            <source>{text!r} is not a key Qt knows (e.g. F13, Tools, Ctrl+Shift+F12)</source>
            <translation>{text!r} n'est pas une touche que Qt connaît (p. ex. F13, Tools, Ctrl+Shift+F12)</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalForm</name>
        <message>
            <source>Withdrawal button</source>
            <translation>Bouton de rétractation</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Lettre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Carrier's first scan</source>
            <translation>Premier scan du transporteur</translation>
        </message>
        <message>
            <source>Drop-off receipt</source>
            <translation>Reçu de dépôt</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM</source>
            <translation>AAAA-MM-JJ HH:MM</translation>
        </message>
        <message>
            <source>An IANA time zone (Europe/Berlin) or an offset (+01:00)</source>
            <translation>Un fuseau horaire IANA (Europe/Paris) ou un décalage (+01:00)</translation>
        </message>
        <message>
            <source>Notice received</source>
            <translation>Notification reçue</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Notice channel</source>
            <translation>Canal de notification</translation>
        </message>
        <message>
            <source>Acknowledgement id</source>
            <translation>ID d'accusé</translation>
        </message>
        <message>
            <source>Proof of sending</source>
            <translation>Preuve d'expédition</translation>
        </message>
        <message>
            <source>Proof by</source>
            <translation>Preuve par</translation>
        </message>
        <message>
            <source>Informed of the right</source>
            <translation>Informé du droit</translation>
        </message>
        <message>
            <source>Delivery paid</source>
            <translation>Livraison payée</translation>
        </message>
        <message>
            <source>Cheapest standard delivery</source>
            <translation>Livraison standard la moins chère</translation>
        </message>
    </context>
    <context>
        <name>WrongItemFlow</name>
        <message>
            <source>The camera sees product code {code}, not this unit's {expected}: is it the wrong item? W records it as what came back.</source>
            <translation>La caméra voit le code produit {code}, pas celui de cet article ({expected}) : est-ce le mauvais article ? W l'enregistre comme ce qui est revenu.</translation>
        </message>
        <message>
            <source>Wrong item: scan the item's own code (EAN, UPC, GTIN or DataMatrix) to record what came back, then grade it.</source>
            <translation>Mauvais article : scannez le propre code de l'article (EAN, UPC, GTIN ou DataMatrix) pour enregistrer ce qui est revenu, puis classez-le.</translation>
        </message>
        <message>
            <source>Wrong item recorded: {item}. Now grade it.</source>
            <translation>Mauvais article enregistré : {item}. Classez-le maintenant.</translation>
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
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; — {scanned_code!s} scanné au poste {bench} ({reading})</translation>
        </message>
    </context>
    <context>
        <name>_Worker</name>
        <message>
            <source>Camera back: {describe}</source>
            <translation>Caméra de retour : {describe}</translation>
        </message>
        <message>
            <source>Camera lost: {problem}</source>
            <translation>Caméra perdue : {problem}</translation>
        </message>
        <message>
            <source>retrying in {left} s</source>
            <translation>nouvel essai dans {left} s</translation>
        </message>
        <message>
            <source>retrying now</source>
            <translation>nouvel essai maintenant</translation>
        </message>
    </context>
</TS>
