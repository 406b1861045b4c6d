<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>App</name>
        <message>
            <source>Inspect Station cannot start</source>
            <translation>Inspect Station no puede iniciarse</translation>
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
            <translation>devolución imprevista</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>received</source>
            <translation>recibido</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded</source>
            <translation>no consta comunicación de desistimiento</translation>
        </message>
        <message>
            <source>unexpected</source>
            <translation>imprevista</translation>
        </message>
        <message>
            <source>{day} ({because})</source>
            <translation>{day} ({because})</translation>
        </message>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · graded by {operator} at {bench}</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · evaluado por {operator} en {bench}</translation>
        </message>
        <message>
            <source>Grade {grade} given, the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>Grado {grade} asignado, la lista de control indicaba {computed_grade}: «{override_reason}»</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>sin foto</translation>
        </message>
        <message>
            <source>Deduction: {label} −{percent} % ({amount}): {handling} · photos {photos}</source>
            <translation>Deducción: {label} −{percent} % ({amount}): {handling} · fotos {photos}</translation>
        </message>
        <message>
            <source>Deduction refused: {label} −{percent} %: the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>Deducción rechazada: {label} −{percent} %: no se informó al consumidor del derecho de desistimiento (art. 14, apdo. 2)</translation>
        </message>
        <message>
            <source>Waits because: </source>
            <translation>En espera porque: </translation>
        </message>
        <message>
            <source>The refund {withheld}</source>
            <translation>El reembolso {withheld}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsScreen</name>
        <message>
            <source>Open the unit [Enter]</source>
            <translation>Abrir la unidad [Intro]</translation>
        </message>
        <message>
            <source>[A]  Approve</source>
            <translation>[A]  Aprobar</translation>
        </message>
        <message>
            <source>[C]  Change…</source>
            <translation>[C]  Cambiar…</translation>
        </message>
        <message>
            <source> · ↑/↓ and Enter open a unit · A approve · C change · F5 reload</source>
            <translation> · ↑/↓ e Intro abren una unidad · A aprobar · C cambiar · F5 recargar</translation>
        </message>
        <message>
            <source>The approval queue is for supervisors: approving or changing a refund, exchange or warranty recommendation needs the supervisor role ({name} is signed in as {label}).</source>
            <translation>La cola de aprobaciones es para supervisores: aprobar o cambiar una recomendación de reembolso, cambio o garantía requiere el rol de supervisor ({name} ha iniciado sesión como {label}).</translation>
        </message>
        <message>
            <source>Approvals · refund, exchange and warranty recommendations waiting, the refund due soonest first</source>
            <translation>Aprobaciones · recomendaciones de reembolso, cambio y garantía pendientes, primero el reembolso que vence antes</translation>
        </message>
        <message>
            <source> · ⚠ waiting over {hours:g} h (approval_flag_hours) or refund due within {warn} h</source>
            <translation> · ⚠ esperando más de {hours:g} h (approval_flag_hours) o reembolso que vence en {warn} h</translation>
        </message>
        <message>
            <source>{rows:,} of {total:,}</source>
            <translation>{rows:,} de {total:,}</translation>
        </message>
        <message>
            <source>{shown} recommendation(s) waiting</source>
            <translation>{shown} recomendación(es) en espera</translation>
        </message>
        <message>
            <source>, {flagged} flagged ⚠.</source>
            <translation>, {flagged} marcada(s) ⚠.</translation>
        </message>
        <message>
            <source>{done} Nothing waits for approval.</source>
            <translation>{done} Nada espera aprobación.</translation>
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
            <translation>aprobar</translation>
        </message>
        <message>
            <source>full</source>
            <translation>total</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>parcial</translation>
        </message>
        <message>
            <source>Approve this refund?</source>
            <translation>¿Aprobar este reembolso?</translation>
        </message>
        <message>
            <source>Approve {outcome} refund of {money} for {lpn}{description}?

Enter approves it; Esc goes back to the queue.</source>
            <translation>¿Aprobar el reembolso {outcome} de {money} para {lpn}{description}?

Intro lo aprueba; Esc vuelve a la cola.</translation>
        </message>
        <message>
            <source>Approve {money}</source>
            <translation>Aprobar {money}</translation>
        </message>
        <message>
            <source>{lpn} not approved.</source>
            <translation>{lpn} no aprobado.</translation>
        </message>
        <message>
            <source>Approving {lpn}…</source>
            <translation>Aprobando {lpn}…</translation>
        </message>
        <message>
            <source>change</source>
            <translation>cambiar</translation>
        </message>
        <message>
            <source>Changing the recommendation for {lpn}…</source>
            <translation>Cambiando la recomendación de {lpn}…</translation>
        </message>
        <message>
            <source>Only a supervisor may {what} a recommendation; {name} is signed in as {label}.</source>
            <translation>Solo un supervisor puede {what} una recomendación; {name} ha iniciado sesión como {label}.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a recommendation.</source>
            <translation>Nada seleccionado: ↑/↓ para elegir una recomendación.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobada</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Cambiada</translation>
        </message>
        <message>
            <source>{verb}: {lpn}, {outcome_text}, released.</source>
            <translation>{verb}: {lpn}, {outcome_text}, liberada.</translation>
        </message>
        <message>
            <source>{error} The queue below is as it is now.</source>
            <translation>{error} La cola de abajo está al día.</translation>
        </message>
        <message>
            <source>That unit has no refund recommendation to decide.</source>
            <translation>Esta unidad no tiene recomendación de reembolso que decidir.</translation>
        </message>
        <message>
            <source> by {decided_by}</source>
            <translation> por {decided_by}</translation>
        </message>
        <message>
            <source>{lpn} does not wait: it was {status}{by}.</source>
            <translation>{lpn} no está en espera: {status}{by}.</translation>
        </message>
    </context>
    <context>
        <name>Assessing</name>
        <message>
            <source>This unit is not in the parcel: it gets no grade.</source>
            <translation>Esta unidad no está en el paquete: no recibe grado.</translation>
        </message>
        <message>
            <source>Override the checklist's grade</source>
            <translation>Corregir el grado de la lista de control</translation>
        </message>
        <message>
            <source>The checklist says {computed}. Why grade {code}?</source>
            <translation>La lista de control indica {computed}. ¿Por qué grado {code}?</translation>
        </message>
        <message>
            <source>Grade {grade} → {route}. F10 confirms and prints.</source>
            <translation>Grado {grade} → {route}. F10 confirma e imprime.</translation>
        </message>
        <message>
            <source>Not in the parcel: F10 records it (no label).</source>
            <translation>No está en el paquete: F10 lo registra (sin etiqueta).</translation>
        </message>
    </context>
    <context>
        <name>AttachDialog</name>
        <message>
            <source>Attach {lpn} to an expected return</source>
            <translation>Asignar {lpn} a una devolución prevista</translation>
        </message>
        <message>
            <source>Scan or type RMA, order, tracking number, e-mail…</source>
            <translation>Escanee o escriba RMA, pedido, número de seguimiento, e-mail…</translation>
        </message>
        <message>
            <source>Note for the audit trail (optional)</source>
            <translation>Nota para el registro de auditoría (opcional)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Scan the RMA slip, or type a reference and press Enter.</source>
            <translation>Escanee el albarán RMA, o escriba una referencia y pulse Intro.</translation>
        </message>
        <message>
            <source>Looking up {code}…</source>
            <translation>Buscando {code}…</translation>
        </message>
        <message>
            <source>{rma} · {order_number} · {skus} · {units_received}/{units_expected} received · {status}</source>
            <translation>{rma} · {order_number} · {skus} · {units_received}/{units_expected} recibidas · {status}</translation>
        </message>
        <message>
            <source>↑/↓ to choose, Enter attaches.</source>
            <translation>↑/↓ para elegir, Intro asigna.</translation>
        </message>
        <message>
            <source>No expected return matches; try another reference.</source>
            <translation>Ninguna devolución prevista coincide; pruebe otra referencia.</translation>
        </message>
    </context>
    <context>
        <name>BenchScreen</name>
        <message>
            <source>Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN, e-mail</source>
            <translation>Escanee cualquier código, o pulse F3 y escriba: RMA, pedido, número de seguimiento, EAN, LPN, e-mail</translation>
        </message>
        <message>
            <source>[U]  Receive as unexpected return</source>
            <translation>[U]  Recibir como devolución imprevista</translation>
        </message>
        <message>
            <source>F3 code · Space photo · Ctrl+1–9 shot · O file · G photos · 1–9 defects · S sealed · A–D, X grade · W wrong item · ↑↓ M missing · E empty box · N notes · F10 confirm · Ctrl+Del cancel · F2 history</source>
            <translation>F3 código · Espacio foto · Ctrl+1–9 toma · O archivo · G fotos · 1–9 defectos · S precintado · A–D, X grado · W artículo equivocado · ↑↓ M falta · E caja vacía · N notas · F10 confirmar · Ctrl+Supr cancelar · F2 historial</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Escanee un paquete para empezar.</translation>
        </message>
        <message>
            <source>{error} Scan the parcel again to see where it stands.</source>
            <translation>{error} Escanee el paquete de nuevo para ver en qué punto está.</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>devolución imprevista</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Reanudada</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> y {count} más</translation>
        </message>
        <message>
            <source>{verb} {lpn}. Label printed but never scanned: {labels}{more}. Stick it on its item and scan it (the desk lists them under Labels).</source>
            <translation>{verb} {lpn}. Etiqueta impresa pero nunca escaneada: {labels}{more}. Péguela en su artículo y escanéela (el escritorio las lista en Etiquetas).</translation>
        </message>
        <message>
            <source>{verb} {lpn} ({what}). Take photos, then grade.</source>
            <translation>{verb}: {lpn} ({what}). Haga las fotos y luego evalúe.</translation>
        </message>
        <message>
            <source>Scan a parcel before grading.</source>
            <translation>Escanee un paquete antes de evaluar.</translation>
        </message>
        <message>
            <source>Nothing to confirm: scan a parcel.</source>
            <translation>Nada que confirmar: escanee un paquete.</translation>
        </message>
        <message>
            <source>Choose a grade first (A, B, C, D or X).</source>
            <translation>Elija primero un grado (A, B, C, D o X).</translation>
        </message>
        <message>
            <source>Photos missing</source>
            <translation>Faltan fotos</translation>
        </message>
        <message>
            <source>Finish without {names}? Say why, or Esc to take them:</source>
            <translation>¿Terminar sin {names}? Indique por qué, o Esc para hacerlas:</translation>
        </message>
        <message>
            <source>No such part on this item</source>
            <translation>Este artículo no tiene esa parte</translation>
        </message>
        <message>
            <source>Label missing or cut out</source>
            <translation>Etiqueta ausente o recortada</translation>
        </message>
        <message>
            <source>Camera out of order</source>
            <translation>Cámara fuera de servicio</translation>
        </message>
        <message>
            <source>Photos missing: {names}. Take them, or say why not.</source>
            <translation>Faltan fotos: {names}. Hágalas o indique por qué no.</translation>
        </message>
        <message>
            <source>{lpn} recorded as not in the parcel; no label.</source>
            <translation>{lpn} registrada como ausente del paquete; sin etiqueta.</translation>
        </message>
        <message>
            <source>{lpn} → {route} ({rule_explanation}). Printing label…</source>
            <translation>{lpn} → {route} ({rule_explanation}). Imprimiendo etiqueta…</translation>
        </message>
        <message>
            <source>{lpn} cancelled.</source>
            <translation>{lpn} cancelada.</translation>
        </message>
        <message>
            <source>Cancelling {lpn} needs a {label}: they scan their badge here.</source>
            <translation>Cancelar {lpn} requiere un {label}: que escanee aquí su tarjeta.</translation>
        </message>
        <message>
            <source>Cancel this unit</source>
            <translation>Cancelar esta unidad</translation>
        </message>
        <message>
            <source>Why is {lpn} cancelled?</source>
            <translation>¿Por qué se cancela {lpn}?</translation>
        </message>
        <message>
            <source>Wrong parcel scanned</source>
            <translation>Paquete equivocado escaneado</translation>
        </message>
        <message>
            <source>Scanned twice</source>
            <translation>Escaneado dos veces</translation>
        </message>
        <message>
            <source>Parcel taken elsewhere</source>
            <translation>Paquete llevado a otro puesto</translation>
        </message>
    </context>
    <context>
        <name>Camera</name>
        <message>
            <source>camera off</source>
            <translation>cámara apagada</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Starting camera…</source>
            <translation>Iniciando la cámara…</translation>
        </message>
        <message>
            <source>{text}
Photos can still be added from a file: [O]</source>
            <translation>{text}
Todavía se pueden añadir fotos desde un archivo: [O]</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Change the recommendation for {lpn}</source>
            <translation>Cambiar la recomendación de {lpn}</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>sin precio</translation>
        </message>
        <message>
            <source>{return_type} of {item} ({price}). The station recommends: {outcome}</source>
            <translation>{return_type} de {item} ({price}). La estación recomienda: {outcome}</translation>
        </message>
        <message>
            <source>amount to refund, at most {price}</source>
            <translation>importe a reembolsar, como máximo {price}</translation>
        </message>
        <message>
            <source>why (required): kept with the unit and in the audit trail</source>
            <translation>motivo (obligatorio): se guarda con la unidad y en el registro de auditoría</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Resultado</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Reembolso</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>Change (Ctrl+Enter)</source>
            <translation>Cambiar (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Say why the recommendation is changed: the reason is required.</source>
            <translation>Indique por qué cambia la recomendación: el motivo es obligatorio.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Waiting</source>
            <translation>Espera</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Matrícula</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Devolución</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>Waits because</source>
            <translation>En espera porque</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Refund due</source>
            <translation>Reembolso vence</translation>
        </message>
        <message>
            <source>Withheld until</source>
            <translation>Retenible hasta</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Terminada</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Grader</source>
            <translation>Evaluador</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
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
            <translation>Correcciones</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operario</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Escaneado</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Leído como</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Impresa</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Operario</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Wrong PINs</source>
            <translation>PIN erróneos</translation>
        </message>
        <message>
            <source>Last signed in</source>
            <translation>Último inicio de sesión</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>in quarantine as {in_quarantine}</source>
            <translation>en cuarentena como {in_quarantine}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsScreen</name>
        <message>
            <source>Conflicts · units finished offline that did not fit, oldest first · D note, Enter dismiss · F5 reload · F7 quarantine · F1 bench</source>
            <translation>Conflictos · unidades terminadas sin conexión que no encajaron, las más antiguas primero · D nota, Intro resolver · F5 recargar · F7 cuarentena · F1 puesto</translation>
        </message>
        <message>
            <source>What was done (attached, relabelled, …), then Enter</source>
            <translation>Lo que se hizo (asignado, reetiquetado…), luego Intro</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>The conflicts of offline benches are for a supervisor.</source>
            <translation>Los conflictos de los puestos sin conexión son para un supervisor.</translation>
        </message>
        <message>
            <source>{rows} conflict(s) from benches that worked offline.</source>
            <translation>{rows} conflicto(s) de puestos que trabajaron sin conexión.</translation>
        </message>
        <message>
            <source>{done} No conflicts.</source>
            <translation>{done} Sin conflictos.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose an entry.</source>
            <translation>Nada seleccionado: ↑/↓ para elegir una entrada.</translation>
        </message>
    </context>
    <context>
        <name>CreateReturnDialog</name>
        <message>
            <source>New expected return for {lpn}</source>
            <translation>Nueva devolución prevista para {lpn}</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Número de pedido</translation>
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
            <translation>Número de serie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>The parcel holds</source>
            <translation>El paquete contiene</translation>
        </message>
        <message>
            <source>The withdrawal</source>
            <translation>El desistimiento</translation>
        </message>
        <message>
            <source>Order number and SKU are needed; Enter saves.</source>
            <translation>Se necesitan el número de pedido y el SKU; Intro guarda.</translation>
        </message>
        <message>
            <source>Unit price {unit_price!r} is not a number.</source>
            <translation>El precio unitario {unit_price!r} no es un número.</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>units</source>
            <translation>unidades</translation>
        </message>
        <message>
            <source>units/h</source>
            <translation>unid./h</translation>
        </message>
        <message>
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <source>overrides</source>
            <translation>correcciones</translation>
        </message>
        <message>
            <source>drift</source>
            <translation>desviación</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>todo el día</translation>
        </message>
        <message>
            <source>{name} shift</source>
            <translation>turno {name}</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>Dí&amp;a</translation>
        </message>
        <message>
            <source>&amp;Shift</source>
            <translation>&amp;Turno</translation>
        </message>
        <message>
            <source>Daily &amp;report PDF… (Ctrl+R)</source>
            <translation>&amp;Informe diario PDF… (Ctrl+R)</translation>
        </message>
        <message>
            <source>Dashboard · Alt+Y day · Alt+S shift · F5 reload</source>
            <translation>Panel · Alt+A día · Alt+T turno · F5 recargar</translation>
        </message>
        <message>
            <source> · Ctrl+R daily report</source>
            <translation> · Ctrl+R informe diario</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>{label} · {units} units · {units_per_hour} per hour · median {seconds}, p90 {seconds2} per unit · overrides {override_rate} · recovered {money} of {money2} · cost {money3} per unit · {total} returns waiting</source>
            <translation>{label} · {units} unidades · {units_per_hour} por hora · mediana {seconds}, p90 {seconds2} por unidad · correcciones {override_rate} · recuperado {money} de {money2} · coste {money3} por unidad · {total} devoluciones en espera</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Rendimiento</translation>
        </message>
        <message>
            <source>Grade mix per grader (⚠ drifting)</source>
            <translation>Reparto de grados por evaluador (⚠ desviación)</translation>
        </message>
        <message>
            <source>Routes: recovered value and cost</source>
            <translation>Destinos: valor recuperado y coste</translation>
        </message>
        <message>
            <source>route</source>
            <translation>destino</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation>recuperado</translation>
        </message>
        <message>
            <source>cost/unit</source>
            <translation>coste/unid.</translation>
        </message>
        <message>
            <source>Returns waiting now</source>
            <translation>Devoluciones en espera ahora</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>en espera desde</translation>
        </message>
        <message>
            <source>returns</source>
            <translation>devoluciones</translation>
        </message>
        <message>
            <source>Stated reason against what was found: share of units per grade, share with no defect ticked, the defects found most</source>
            <translation>Motivo declarado frente a lo encontrado: proporción de unidades por grado, proporción sin defecto marcado, defectos más frecuentes</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoría</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>motivo declarado</translation>
        </message>
        <message>
            <source>no defect</source>
            <translation>sin defecto</translation>
        </message>
        <message>
            <source>defects found (units)</source>
            <translation>defectos encontrados (unidades)</translation>
        </message>
        <message>
            <source>Most returned products</source>
            <translation>Productos más devueltos</translation>
        </message>
        <message>
            <source>top reasons</source>
            <translation>motivos principales</translation>
        </message>
        <message>
            <source>defects found</source>
            <translation>defectos encontrados</translation>
        </message>
        <message>
            <source>The daily report needs a supervisor.</source>
            <translation>El informe diario requiere un supervisor.</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>Informe diario</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the daily report to {target}…</source>
            <translation>Escribiendo el informe diario en {target}…</translation>
        </message>
        <message>
            <source>Daily report written to {path}</source>
            <translation>Informe diario escrito en {path}</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etiquetas</translation>
        </message>
    </context>
    <context>
        <name>DetailText</name>
        <message>
            <source>Full refund {money}</source>
            <translation>Reembolso completo {money}</translation>
        </message>
        <message>
            <source>Partial refund {money} (−{percent} %)</source>
            <translation>Reembolso parcial {money} (−{percent} %)</translation>
        </message>
        <message>
            <source>Refuse the refund</source>
            <translation>Rechazar el reembolso</translation>
        </message>
        <message>
            <source>Approve the exchange</source>
            <translation>Aprobar el cambio</translation>
        </message>
        <message>
            <source>Warranty: repair</source>
            <translation>Garantía: reparar</translation>
        </message>
        <message>
            <source>Warranty: replace</source>
            <translation>Garantía: sustituir</translation>
        </message>
        <message>
            <source>Warranty: reject</source>
            <translation>Garantía: rechazar</translation>
        </message>
        <message>
            <source> + delivery {money}</source>
            <translation> + envío {money}</translation>
        </message>
        <message>
            <source>Exchange refused → {words}{words2}</source>
            <translation>Cambio rechazado → {words}{words2}</translation>
        </message>
        <message>
            <source>not recorded (finished before the station kept receipts)</source>
            <translation>no registrado (terminado antes de que la estación registrara las recepciones)</translation>
        </message>
        <message>
            <source>{missing_items} other unit(s) of the return not in the parcel</source>
            <translation>{missing_items} unidad(es) más de la devolución no está(n) en el paquete</translation>
        </message>
        <message>
            <source>SKU: </source>
            <translation>SKU: </translation>
        </message>
        <message>
            <source>— (nothing on the bench to grade)</source>
            <translation>— (nada que evaluar en el puesto)</translation>
        </message>
        <message>
            <source> · graded {grade_before} at the bench, changed by a supervisor</source>
            <translation> · evaluado {grade_before} en el puesto, cambiado por un supervisor</translation>
        </message>
        <message>
            <source>{text} · factory sealed</source>
            <translation>{text} · precintado de fábrica</translation>
        </message>
        <message>
            <source>{text} · given by key, no defect ticked</source>
            <translation>{text} · asignado con tecla, ningún defecto marcado</translation>
        </message>
        <message>
            <source>{text} · the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>{text} · la lista de control indicaba {computed_grade}: «{override_reason}»</translation>
        </message>
        <message>
            <source>{text} · as the checklist says</source>
            <translation>{text} · según la lista de control</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <source>none ticked</source>
            <translation>ninguno marcado</translation>
        </message>
        <message>
            <source>{label} ({severity}, caps {caps})</source>
            <translation>{label} ({severity}, tope {caps})</translation>
        </message>
        <message>
            <source>{label} (not in the checklist any more)</source>
            <translation>{label} (ya no está en la lista de control)</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · cubeta {tote}</translation>
        </message>
        <message>
            <source>{route} — rule {rule_id}: {rule_explanation} (rules {version}){tote}</source>
            <translation>{route} — regla {rule_id}: {rule_explanation} (reglas {version}){tote}</translation>
        </message>
        <message>
            <source>{photos} photo(s)</source>
            <translation>{photos} foto(s)</translation>
        </message>
        <message>
            <source> · finished without {shots_missing}: “{reason}”</source>
            <translation> · terminada sin {shots_missing}: «{reason}»</translation>
        </message>
        <message>
            <source>kept: no connector</source>
            <translation>conservado: sin conector</translation>
        </message>
        <message>
            <source>delivered {when}</source>
            <translation>entregada {when}</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>entregada</translation>
        </message>
        <message>
            <source>next try {when} · {last_error}</source>
            <translation>próximo intento {when} · {last_error}</translation>
        </message>
        <message>
            <source>waits its turn (the events before it go first)</source>
            <translation>espera su turno (los eventos anteriores van primero)</translation>
        </message>
        <message>
            <source>pending for {age:.0f} h, waits for a supervisor ({why})</source>
            <translation>pendiente desde hace {age:.0f} h, espera a un supervisor ({why})</translation>
        </message>
        <message>
            <source>released (no approval needed)</source>
            <translation>liberada (no necesita aprobación)</translation>
        </message>
        <message>
            <source>{status} by {decided_by} {when}{note}</source>
            <translation>{status} por {decided_by} {when}{note}</translation>
        </message>
        <message>
            <source>none (unexpected return, or finished before the station recommended outcomes)</source>
            <translation>ninguna (devolución imprevista, o terminada antes de que la estación recomendara resultados)</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded · {withheld}</source>
            <translation>no consta comunicación de desistimiento · {withheld}</translation>
        </message>
        <message>
            <source>withdrawal button</source>
            <translation>botón de desistimiento</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>carta</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>NO: no deduction allowed</source>
            <translation>NO: no se permite deducción</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>nothing recorded</source>
            <translation>nada registrado</translation>
        </message>
        <message>
            <source>notice {when}</source>
            <translation>comunicación {when}</translation>
        </message>
        <message>
            <source>by {channel}</source>
            <translation>por {channel}</translation>
        </message>
        <message>
            <source>ack {acknowledgement}</source>
            <translation>acuse {acknowledgement}</translation>
        </message>
        <message>
            <source>informed of the right: {informed}</source>
            <translation>informado del derecho: {informed}</translation>
        </message>
        <message>
            <source>sent {when} ({proof})</source>
            <translation>enviado {when} ({proof})</translation>
        </message>
        <message>
            <source>sent {when}</source>
            <translation>enviado {when}</translation>
        </message>
        <message>
            <source>delivery paid {paid}, cheapest standard {cheapest}</source>
            <translation>envío pagado {paid}, envío estándar más barato {cheapest}</translation>
        </message>
        <message>
            <source>delivery paid {paid}</source>
            <translation>envío pagado {paid}</translation>
        </message>
        <message>
            <source>use or handling</source>
            <translation>uso o manipulación</translation>
        </message>
        <message>
            <source>product fault</source>
            <translation>fallo del producto</translation>
        </message>
        <message>
            <source>damage in transit</source>
            <translation>daño en el transporte</translation>
        </message>
        <message>
            <source>facts</source>
            <translation>hechos</translation>
        </message>
        <message>
            <source>not recorded: finished before assessments were kept</source>
            <translation>no registrado: terminado antes de que se guardaran las evaluaciones</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>lista de control</translation>
        </message>
        <message>
            <source>return type</source>
            <translation>tipo de devolución</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>motivo declarado</translation>
        </message>
        <message>
            <source>days since delivery</source>
            <translation>días desde la entrega</translation>
        </message>
        <message>
            <source>units missing from the parcel</source>
            <translation>unidades que faltan en el paquete</translation>
        </message>
        <message>
            <source>SKU flags</source>
            <translation>indicadores del SKU</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>rules version</source>
            <translation>versión de reglas</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rechazada</translation>
        </message>
        <message>
            <source>the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>no se informó al consumidor del derecho de desistimiento (art. 14, apdo. 2)</translation>
        </message>
        <message>
            <source>no deduction</source>
            <translation>sin deducción</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>any</source>
            <translation>todos</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
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
            <translation>LPN, RMA, pedido o número de seguimiento</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>H&amp;asta</translation>
        </message>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Puesto</translation>
        </message>
        <message>
            <source>G&amp;rader</source>
            <translation>&amp;Evaluador</translation>
        </message>
        <message>
            <source>Gr&amp;ade</source>
            <translation>&amp;Grado</translation>
        </message>
        <message>
            <source>R&amp;oute</source>
            <translation>Des&amp;tino</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Categoría</translation>
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
            <translation>Co&amp;rregido</translation>
        </message>
        <message>
            <source>Fi&amp;nd</source>
            <translation>&amp;Buscar</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Welcome · {bench}</source>
            <translation>Bienvenido · {bench}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Repita el PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>No one can sign in yet. Make the first administrator: name, badge (scan it), a PIN of 4 to 12 digits twice. Enter moves on.</source>
            <translation>Aún no puede iniciar sesión nadie. Cree el primer administrador: nombre, tarjeta (escanéela), dos veces un PIN de 4 a 12 cifras. Intro avanza.</translation>
        </message>
        <message>
            <source>The two PINs differ; type the PIN twice again.</source>
            <translation>Los dos PIN no coinciden; escriba de nuevo el PIN dos veces.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
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
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Foto</translation>
        </message>
        <message>
            <source>Shot</source>
            <translation>Toma</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Tomada</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Imagen</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Calidad</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Medidas</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <source>{title}:</source>
            <translation>{title}:</translation>
        </message>
        <message>
            <source>{index} of {count}</source>
            <translation>{index} de {count}</translation>
        </message>
        <message>
            <source>{operator} at {bench}</source>
            <translation>{operator} en {bench}</translation>
        </message>
        <message>
            <source>{width}×{height}, {size_bytes:.0f} KB, </source>
            <translation>{width}×{height}, {size_bytes:.0f} KB, </translation>
        </message>
        <message>
            <source>file {original_name}</source>
            <translation>archivo {original_name}</translation>
        </message>
        <message>
            <source>← → step  ·  + − zoom  ·  0 fit  ·  1 actual pixels  ·  drag to pan  ·  Esc close</source>
            <translation>← → pasar  ·  + − zoom  ·  0 ajustar  ·  1 píxeles reales  ·  arrastrar para mover  ·  Esc cerrar</translation>
        </message>
        <message>
            <source>Photos of {lpn}</source>
            <translation>Fotos de {lpn}</translation>
        </message>
        <message>
            <source>{count} photo(s)</source>
            <translation>{count} foto(s)</translation>
        </message>
        <message>
            <source>
Finished without {names}: “{reason}”</source>
            <translation>
Terminada sin {names}: «{reason}»</translation>
        </message>
        <message>
            <source>This unit has no photos.</source>
            <translation>Esta unidad no tiene fotos.</translation>
        </message>
        <message>
            <source>Purged on {when} under the retention rule; the record remains.</source>
            <translation>Eliminada el {when} según la regla de conservación; el registro se mantiene.</translation>
        </message>
        <message>
            <source>The file is missing from the photo store.</source>
            <translation>Falta el archivo en el almacén de fotos.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>no medida</translation>
        </message>
        <message>
            <source>good</source>
            <translation>buena</translation>
        </message>
        <message>
            <source>kept despite: </source>
            <translation>conservada pese a: </translation>
        </message>
        <message>
            <source>none seen</source>
            <translation>ninguno visto</translation>
        </message>
    </context>
    <context>
        <name>GradePanel</name>
        <message>
            <source>NOT IN PARCEL</source>
            <translation>NO ESTÁ EN EL PAQUETE</translation>
        </message>
        <message>
            <source>The unit is recorded as missing: no label, refund refused.</source>
            <translation>La unidad se registra como ausente: sin etiqueta, reembolso rechazado.</translation>
        </message>
        <message>
            <source>EMPTY BOX</source>
            <translation>CAJA VACÍA</translation>
        </message>
        <message>
            <source>Every unit still expected is recorded as not in the parcel.</source>
            <translation>Cada unidad aún prevista se registra como ausente del paquete.</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>Notes  [N]</source>
            <translation>Notas  [N]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>What you saw (optional). Esc returns to the bench.</source>
            <translation>Lo que vio (opcional). Esc vuelve al puesto.</translation>
        </message>
        <message>
            <source>[F10]  Confirm and print label</source>
            <translation>[F10]  Confirmar e imprimir etiqueta</translation>
        </message>
        <message>
            <source>Grade · {name} checklist, worst first</source>
            <translation>Grado · lista de control {name}, lo más grave primero</translation>
        </message>
        <message>
            <source>, −{deduct:g} % refund</source>
            <translation>, −{deduct:g} % de reembolso</translation>
        </message>
        <message>
            <source>{severity}, caused by {cause}{deduct}</source>
            <translation>{severity}, causado por {cause}{deduct}</translation>
        </message>
        <message>
            <source>[{sealed_key}]  Factory sealed  → {sealed_grade}</source>
            <translation>[{sealed_key}]  Precintado de fábrica  → {sealed_grade}</translation>
        </message>
        <message>
            <source>Confirm and print label</source>
            <translation>Confirmar e imprimir etiqueta</translation>
        </message>
        <message>
            <source>Confirm: no label</source>
            <translation>Confirmar: sin etiqueta</translation>
        </message>
        <message>
            <source>Waits for supervisor approval: </source>
            <translation>Espera la aprobación de un supervisor: </translation>
        </message>
        <message>
            <source>Tick the defects you see, or press the grade.</source>
            <translation>Marque los defectos que vea, o pulse el grado.</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · cubeta {tote}</translation>
        </message>
        <message>
            <source>{explanation}
Rule “{rule_id}”: {why}{tote}</source>
            <translation>{explanation}
Regla «{rule_id}»: {why}{tote}</translation>
        </message>
        <message>
            <source>scan its own code</source>
            <translation>escanee su propio código</translation>
        </message>
        <message>
            <source>Wrong item [W]: {what} · </source>
            <translation>Artículo equivocado [W]: {what} · </translation>
        </message>
        <message>
            <source>{wrong}No grade yet: tick defects [1–9], [S] sealed, or press a grade</source>
            <translation>{wrong}Aún sin grado: marque defectos [1–9], [S] precintado, o pulse un grado</translation>
        </message>
        <message>
            <source>reason needed</source>
            <translation>motivo necesario</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name}, overriding the checklist's {grade2}: {reason}</source>
            <translation>{wrong}Grado {grade} · {name}, corrige la lista de control ({grade2}): {reason}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} — {explain}</source>
            <translation>{wrong}Grado {grade} · {name} — {explain}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} (by key)</source>
            <translation>{wrong}Grado {grade} · {name} (con tecla)</translation>
        </message>
        <message>
            <source>{fallback}Diminished value (CRD art. 14(2)), shown in the photos: {named}</source>
            <translation>{fallback}Depreciación (Directiva de derechos de los consumidores, art. 14, ap. 2), visible en las fotos: {named}</translation>
        </message>
    </context>
    <context>
        <name>HealthLamp</name>
        <message>
            <source>Database unreachable since {since:%H:%M}</source>
            <translation>Base de datos inaccesible desde las {since:%H:%M}</translation>
        </message>
        <message>
            <source>Database slow{late}</source>
            <translation>Base de datos lenta{late}</translation>
        </message>
        <message>
            <source>Database: {where}</source>
            <translation>Base de datos: {where}</translation>
        </message>
        <message>
            <source> · {waiting} to send</source>
            <translation> · {waiting} por enviar</translation>
        </message>
        <message>
            <source> · sending stopped</source>
            <translation> · envío detenido</translation>
        </message>
        <message>
            <source> · {waiting} unit(s) finished here wait to be sent</source>
            <translation> · {waiting} unidad(es) terminada(s) aquí a la espera de envío</translation>
        </message>
        <message>
            <source>The database on {host} answers again: {waiting} unit(s) finished here are being sent.</source>
            <translation>La base de datos en {host} vuelve a responder: se están enviando {waiting} unidad(es) terminada(s) aquí.</translation>
        </message>
        <message>
            <source>The database on {host} answers again.</source>
            <translation>La base de datos en {host} vuelve a responder.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>unexpected</source>
            <translation>imprevista</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>empty box</source>
            <translation>caja vacía</translation>
        </message>
        <message>
            <source>no label</source>
            <translation>sin etiqueta</translation>
        </message>
        <message>
            <source>{route} (wrong item)</source>
            <translation>{route} (artículo equivocado)</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>&amp;Export… (Ctrl+E)</source>
            <translation>E&amp;xportar… (Ctrl+E)</translation>
        </message>
        <message>
            <source>History · Alt+letter: a filter · Ctrl+F find · ↑/↓ and Enter open a unit · </source>
            <translation>Historial · Alt+letra: un filtro · Ctrl+F buscar · ↑/↓ e Intro abren una unidad · </translation>
        </message>
        <message>
            <source>Ctrl+E export · </source>
            <translation>Ctrl+E exportar · </translation>
        </message>
        <message>
            <source>Ctrl+Backspace clear</source>
            <translation>Ctrl+Retroceso borrar</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>{rows:,} unit(s)</source>
            <translation>{rows:,} unidad(es)</translation>
        </message>
        <message>
            <source>{rows:,} units shown, more as you scroll · counting…</source>
            <translation>{rows:,} unidades mostradas, más al desplazarse · contando…</translation>
        </message>
        <message>
            <source>over {count_cap:,}</source>
            <translation>más de {count_cap:,}</translation>
        </message>
        <message>
            <source>{rowcount:,} of {total} units shown, more as you scroll</source>
            <translation>{rowcount:,} de {total} unidades mostradas, más al desplazarse</translation>
        </message>
        <message>
            <source>Exporting history needs a supervisor.</source>
            <translation>Exportar el historial requiere un supervisor.</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>Exportar historial</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {name}…</source>
            <translation>Exportando a {name}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{rows:,} rows exported to {path} in {seconds:.1f} s</source>
            <translation>{rows:,} filas exportadas a {path} en {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <source>&amp;Override grade or route… (Ctrl+O)</source>
            <translation>&amp;Corregir grado o destino… (Ctrl+O)</translation>
        </message>
        <message>
            <source>[L]  Label…</source>
            <translation>[L]  Etiqueta…</translation>
        </message>
        <message>
            <source>Photos full size  [Enter on a photo]</source>
            <translation>Fotos a tamaño completo  [Intro en una foto]</translation>
        </message>
        <message>
            <source>&amp;Evidence PDF… (Ctrl+D)</source>
            <translation>&amp;Documento probatorio PDF… (Ctrl+D)</translation>
        </message>
        <message>
            <source>Unit {lpn}</source>
            <translation>Unidad {lpn}</translation>
        </message>
        <message>
            <source>, {total_seconds:.0f} s scan to label</source>
            <translation>, {total_seconds:.0f} s del escaneo a la etiqueta</translation>
        </message>
        <message>
            <source> · {count} override(s)</source>
            <translation> · {count} corrección(es)</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Devolución</translation>
        </message>
        <message>
            <source>{rma} · order {order_number} · tracking {tracking_number} · {return_type} · stated reason: {reason}</source>
            <translation>{rma} · pedido {order_number} · seguimiento {tracking_number} · {return_type} · motivo declarado: {reason}</translation>
        </message>
        <message>
            <source>unexpected return (no expected return matched)</source>
            <translation>devolución imprevista (ninguna devolución prevista coincidía)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>Desistimiento</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>{operator} at {bench}, finished {when}{seconds}</source>
            <translation>{operator} en {bench}, terminada {when}{seconds}</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <source>{count} printed or queued, {reprints} after the first</source>
            <translation>{count} impresa(s) o en cola, {reprints} después de la primera</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Recepción</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Defectos</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Plazo</translation>
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
            <translation>abierta</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>terminada</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelada</translation>
        </message>
        <message>
            <source>The evidence document needs a supervisor.</source>
            <translation>El documento probatorio requiere un supervisor.</translation>
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
            <translation>Escribiendo el documento probatorio en {target}…</translation>
        </message>
        <message>
            <source>Evidence written to {path}</source>
            <translation>Documento probatorio escrito en {path}</translation>
        </message>
        <message>
            <source>Overriding a grade or route needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Corregir un grado o un destino requiere un supervisor; {name} ha iniciado sesión como {label}.</translation>
        </message>
        <message>
            <source>Overriding {lpn}…</source>
            <translation>Corrigiendo {lpn}…</translation>
        </message>
        <message>
            <source> The {words}.</source>
            <translation> {words}.</translation>
        </message>
        <message>
            <source>Overridden: grade {grade}, route {route}. New label queued at {print_bench}.{followed}</source>
            <translation>Corregido: grado {grade}, destino {route}. Nueva etiqueta en cola en {print_bench}.{followed}</translation>
        </message>
    </context>
    <context>
        <name>JobStates</name>
        <message>
            <source>waiting for the printer</source>
            <translation>espera la impresora</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>enviándose</translation>
        </message>
        <message>
            <source>printed (not yet scanned)</source>
            <translation>impresa (aún sin escanear)</translation>
        </message>
        <message>
            <source>did it print? (not known)</source>
            <translation>¿impresa? (no se sabe)</translation>
        </message>
        <message>
            <source>printed and scanned</source>
            <translation>impresa y escaneada</translation>
        </message>
        <message>
            <source>could not be made</source>
            <translation>no se pudo generar</translation>
        </message>
    </context>
    <context>
        <name>LabelDesk</name>
        <message>
            <source>The label for {lpn} could not be made: {detail}. The inspection is saved; ask a supervisor to reprint it.</source>
            <translation>No se pudo generar la etiqueta de {lpn}: {detail}. La inspección está guardada; pida a un supervisor que la reimprima.</translation>
        </message>
        <message>
            <source>The printer connection broke while the label for {lpn} was sent: did it print? Answer Y or N.</source>
            <translation>La conexión con la impresora se cortó mientras se enviaba la etiqueta de {lpn}: ¿se imprimió? Responda Y o N.</translation>
        </message>
        <message>
            <source>Label for {lpn} is queued, not printed: {detail}. The inspection is saved; the label prints when the printer is back.</source>
            <translation>La etiqueta de {lpn} está en cola, sin imprimir: {detail}. La inspección está guardada; la etiqueta se imprimirá cuando vuelva la impresora.</translation>
        </message>
        <message>
            <source>Label for {lpn} printed (F4 shows it). Stick it on and scan it, then the next parcel.</source>
            <translation>Etiqueta de {lpn} impresa (F4 la muestra). Péguela y escanéela; después, el siguiente paquete.</translation>
        </message>
        <message>
            <source>{waiting} label(s) waiting · {text}</source>
            <translation>{waiting} etiqueta(s) en espera · {text}</translation>
        </message>
        <message>
            <source>{unknown_count} to answer · {text}</source>
            <translation>{unknown_count} por responder · {text}</translation>
        </message>
        <message>
            <source>Printing the label for {lpn} again…</source>
            <translation>Imprimiendo de nuevo la etiqueta de {lpn}…</translation>
        </message>
        <message>
            <source>No label printed at this bench since the start.</source>
            <translation>No se ha impreso ninguna etiqueta en este puesto desde el inicio.</translation>
        </message>
        <message>
            <source>Printer settings need the admin role; {operator} is signed in as {label}.</source>
            <translation>La configuración de impresoras requiere el rol de administrador; {operator} ha iniciado sesión como {label}.</translation>
        </message>
    </context>
    <context>
        <name>LabelDialogs</name>
        <message>
            <source>label</source>
            <translation>etiqueta</translation>
        </message>
        <message>
            <source>reprint ({reason})</source>
            <translation>reimpresión ({reason})</translation>
        </message>
        <message>
            <source> by {requested_by}</source>
            <translation> por {requested_by}</translation>
        </message>
    </context>
    <context>
        <name>LabelPreviewDialog</name>
        <message>
            <source>Label {lpn}</source>
            <translation>Etiqueta {lpn}</translation>
        </message>
        <message>
            <source>{printer}
{stock} at {dpi} dpi, as it prints</source>
            <translation>{printer}
{stock} a {dpi} dpi, tal como se imprime</translation>
        </message>
        <message>
            <source>no label yet</source>
            <translation>aún sin etiqueta</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Impresas&lt;/b&gt;</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <source>{left} reprint(s) left for you</source>
            <translation>le quedan {left} reimpresión(es)</translation>
        </message>
        <message>
            <source>Reprints so far: {reprints_used} · {limit}</source>
            <translation>Reimpresiones hasta ahora: {reprints_used} · {limit}</translation>
        </message>
        <message>
            <source>Why print it again? (torn, smudged, lost …)</source>
            <translation>¿Por qué reimprimir? (rota, borrosa, perdida…)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copias:</translation>
        </message>
        <message>
            <source>Reprint  [Alt+R]</source>
            <translation>Reimprimir  [Alt+R]</translation>
        </message>
        <message>
            <source>Office printer…  [Alt+P]</source>
            <translation>Impresora de oficina…  [Alt+P]</translation>
        </message>
        <message>
            <source>[Esc]  Close</source>
            <translation>[Esc]  Cerrar</translation>
        </message>
        <message>
            <source>Type the reason first: every reprint is recorded with it.</source>
            <translation>Escriba primero el motivo: cada reimpresión se registra con él.</translation>
        </message>
        <message>
            <source>Reprint queued for {lpn}.</source>
            <translation>Reimpresión de {lpn} en cola.</translation>
        </message>
        <message>
            <source>Print the label {lpn}</source>
            <translation>Imprimir la etiqueta {lpn}</translation>
        </message>
        <message>
            <source>system printer</source>
            <translation>impresora del sistema</translation>
        </message>
        <message>
            <source>{name} refused the label; nothing was printed.</source>
            <translation>{name} rechazó la etiqueta; no se imprimió nada.</translation>
        </message>
    </context>
    <context>
        <name>LabelsScreen</name>
        <message>
            <source>Labels printed and never scanned on their item · F5 reload</source>
            <translation>Etiquetas impresas y nunca escaneadas en su artículo · F5 recargar</translation>
        </message>
        <message>
            <source>printed?</source>
            <translation>¿impresa?</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>impresa</translation>
        </message>
        <message>
            <source>{count} label(s) not scanned yet: find each on its printer or item and scan it.</source>
            <translation>{count} etiqueta(s) aún sin escanear: busque cada una en su impresora o artículo y escanéela.</translation>
        </message>
        <message>
            <source>Every printed label was scanned on its item.</source>
            <translation>Todas las etiquetas impresas se escanearon en su artículo.</translation>
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
            <translation>C&amp;uarentena</translation>
        </message>
        <message>
            <source>A&amp;pprovals</source>
            <translation>Aprobac&amp;iones</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>C&amp;onflictos</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Nadie ha iniciado sesión</translation>
        </message>
        <message>
            <source> · F8 users · F11 approvals</source>
            <translation> · F8 usuarios · F11 aprobaciones</translation>
        </message>
        <message>
            <source>Locked · {name}</source>
            <translation>Bloqueado · {name}</translation>
        </message>
        <message>
            <source>Locked. Scan your badge to carry on.</source>
            <translation>Bloqueado. Escanee su tarjeta para continuar.</translation>
        </message>
        <message>
            <source>Locked after {minutes} minute(s) without activity. Scan your badge to carry on.</source>
            <translation>Bloqueado tras {minutes} minuto(s) sin actividad. Escanee su tarjeta para continuar.</translation>
        </message>
        <message>
            <source>Internal error: {value}</source>
            <translation>Error interno: {value}</translation>
        </message>
        <message>
            <source>Carry on with {lpn}.</source>
            <translation>Continúe con {lpn}.</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Escanee un paquete para empezar.</translation>
        </message>
        <message>
            <source>{name} signed in as {label}. {carry_on}</source>
            <translation>{name} ha iniciado sesión como {label}. {carry_on}</translation>
        </message>
        <message>
            <source>Switching operator.</source>
            <translation>Cambio de operario.</translation>
        </message>
        <message>
            <source>The users screen needs a supervisor; {name} is signed in as {label}.</source>
            <translation>La pantalla de usuarios requiere un supervisor; {name} ha iniciado sesión como {label}.</translation>
        </message>
        <message>
            <source>Outcomes on their way to the shops</source>
            <translation>Resultados en camino a las tiendas</translation>
        </message>
        <message>
            <source>; a supervisor retries or skips the dead letters (inspect-station outbox list)</source>
            <translation>; un supervisor reintenta u omite los mensajes fallidos (inspect-station outbox list)</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>full refund</source>
            <translation>reembolso completo</translation>
        </message>
        <message>
            <source>partial refund of the amount below</source>
            <translation>reembolso parcial del importe de abajo</translation>
        </message>
        <message>
            <source>refuse the refund</source>
            <translation>rechazar el reembolso</translation>
        </message>
        <message>
            <source>approve the exchange: send the replacement</source>
            <translation>aprobar el cambio: enviar el reemplazo</translation>
        </message>
        <message>
            <source>warranty: repair</source>
            <translation>garantía: reparar</translation>
        </message>
        <message>
            <source>warranty: replace</source>
            <translation>garantía: sustituir</translation>
        </message>
        <message>
            <source>warranty: reject the claim</source>
            <translation>garantía: rechazar la reclamación</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>as the rules decide</source>
            <translation>según decidan las reglas</translation>
        </message>
        <message>
            <source>Override {lpn}</source>
            <translation>Corregir {lpn}</translation>
        </message>
        <message>
            <source>Now: grade {grade}, route {route}. Graded by {operator}.</source>
            <translation>Ahora: grado {grade}, destino {route}. Evaluado por {operator}.</translation>
        </message>
        <message>
            <source>why (required): what the photos or the item show</source>
            <translation>motivo (obligatorio): lo que muestran las fotos o el artículo</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Grado</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>&amp;Destino</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>Print the new label &amp;here ({here})</source>
            <translation>Imprimir la nueva etiqueta a&amp;quí ({here})</translation>
        </message>
        <message>
            <source>&amp;Queue it at the unit's bench ({bench})</source>
            <translation>&amp;Poner en cola en el puesto de la unidad ({bench})</translation>
        </message>
        <message>
            <source>A new grade is routed again by the active rules on the unit's recorded facts, and its refund recommendation follows the new grade: one waiting for approval is released as your decision; one a supervisor changed by hand is kept.</source>
            <translation>Un grado nuevo se vuelve a dirigir con las reglas activas según los hechos registrados de la unidad, y su recomendación de reembolso sigue al nuevo grado: una que espera aprobación se libera como su decisión; una que un supervisor cambió a mano se mantiene.</translation>
        </message>
        <message>
            <source>Override (Ctrl+Enter)</source>
            <translation>Corregir (Ctrl+Intro)</translation>
        </message>
        <message>
            <source>Say why: the reason is required.</source>
            <translation>Indique por qué: el motivo es obligatorio.</translation>
        </message>
        <message>
            <source>Choose a new grade or a new route.</source>
            <translation>Elija un grado nuevo o un destino nuevo.</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Tipo de devolución</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Stated reason</source>
            <translation>Motivo declarado</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Entregado</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>This unit</source>
            <translation>Esta unidad</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Reembolso</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artículo</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Aquí</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Cant.</translation>
        </message>
        <message>
            <source>↑/↓ choose a line · M marks a unit of it missing · E empty box</source>
            <translation>↑/↓ elegir una línea · M marca una unidad como ausente · E caja vacía</translation>
        </message>
        <message>
            <source>Scan a parcel</source>
            <translation>Escanee un paquete</translation>
        </message>
        <message>
            <source>unknown item</source>
            <translation>artículo desconocido</translation>
        </message>
        <message>
            <source>Unexpected return · held in quarantine</source>
            <translation>Devolución imprevista · en cuarentena</translation>
        </message>
        <message>
            <source>{code} (scanned)</source>
            <translation>{code} (escaneado)</translation>
        </message>
        <message>
            <source>— (no return known)</source>
            <translation>— (ninguna devolución conocida)</translation>
        </message>
        <message>
            <source>{delivered_on} · {days} days ago</source>
            <translation>{delivered_on} · hace {days} días</translation>
        </message>
        <message>
            <source>{total} · {units_expected} unit(s)</source>
            <translation>{total} · {units_expected} unidad(es)</translation>
        </message>
    </context>
    <context>
        <name>PhotoFlow</name>
        <message>
            <source> (extra)</source>
            <translation> (adicional)</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name} of “{label}”: the deduction needs a photo of its defect</source>
            <translation>Siguiente foto: [Ctrl+{number}] {name} de «{label}»: la deducción necesita una foto de su defecto</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name}{extra} — {hint}</source>
            <translation>Siguiente foto: [Ctrl+{number}] {name}{extra} — {hint}</translation>
        </message>
        <message>
            <source>No shot type {number}: use Ctrl+1–{choices}.</source>
            <translation>No hay tipo de toma {number}: use Ctrl+1–{choices}.</translation>
        </message>
        <message>
            <source>Next photo: {name}.</source>
            <translation>Siguiente foto: {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel before taking photos.</source>
            <translation>Escanee un paquete antes de hacer fotos.</translation>
        </message>
        <message>
            <source>Camera unavailable: add photos from a file with O.</source>
            <translation>Cámara no disponible: añada fotos desde un archivo con O.</translation>
        </message>
        <message>
            <source>Scan a parcel before adding photos.</source>
            <translation>Escanee un paquete antes de añadir fotos.</translation>
        </message>
        <message>
            <source>Add a photo from a file</source>
            <translation>Añadir una foto desde un archivo</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png)</source>
            <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Dropped. Adjust the item or the light, then take {name} again.</source>
            <translation>Descartada. Ajuste el artículo o la luz y vuelva a hacer {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel to see its photos.</source>
            <translation>Escanee un paquete para ver sus fotos.</translation>
        </message>
        <message>
            <source>Photo not saved: {error} The unit stays open; photos taken so far are kept.</source>
            <translation>Foto no guardada: {error} La unidad sigue abierta; las fotos hechas hasta ahora se conservan.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>{name} looks {problems}. Retake it?</source>
            <translation>{name} está {problems}. ¿Repetirla?</translation>
        </message>
        <message>
            <source>{name} looks poor: retake (R, or Space for a new photo) or keep it (K)?</source>
            <translation>{name} es de mala calidad: ¿repetir (R, o Espacio para una foto nueva) o conservar (K)?</translation>
        </message>
        <message>
            <source>That picture of {name} is already saved.</source>
            <translation>Esa imagen de {name} ya está guardada.</translation>
        </message>
        <message>
            <source>{name} saved ({width}×{height})</source>
            <translation>{name} guardada ({width}×{height})</translation>
        </message>
        <message>
            <source> · {code_format} {code_text} seen</source>
            <translation> · {code_format} {code_text} detectado</translation>
        </message>
        <message>
            <source> · kept despite: </source>
            <translation> · conservada pese a: </translation>
        </message>
        <message>
            <source>{text}. Still needed: {missing}.</source>
            <translation>{text}. Aún faltan: {missing}.</translation>
        </message>
        <message>
            <source>{text}. All required photos taken.</source>
            <translation>{text}. Todas las fotos necesarias hechas.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Camera · [Ctrl+1–9] shot, in this order · [O] file · [G] full size</source>
            <translation>Cámara · [Ctrl+1–9] toma, en este orden · [O] archivo · [G] tamaño completo</translation>
        </message>
        <message>
            <source>[Space] / [{pedal_key}]  Take photo</source>
            <translation>[Space] / [{pedal_key}]  Hacer foto</translation>
        </message>
        <message>
            <source>{width}×{height} · {size_bytes:.0f} KB · {source}</source>
            <translation>{width}×{height} · {size_bytes:.0f} KB · {source}</translation>
        </message>
        <message>
            <source>{operator} at {bench}, {when}</source>
            <translation>{operator} en {bench}, {when}</translation>
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
            <translation>¿Se imprimió la etiqueta?</translation>
        </message>
        <message>
            <source>Did the label for &lt;b&gt;{lpn}&lt;/b&gt; print?</source>
            <translation>¿Se imprimió la etiqueta de &lt;b&gt;{lpn}&lt;/b&gt;?</translation>
        </message>
        <message>
            <source>{last_error}

The station does not print it again by itself, so that no unit gets two labels. Look at the printer, then answer — or scan the label if it is there.</source>
            <translation>{last_error}

La estación no la vuelve a imprimir por sí sola, para que ninguna unidad tenga dos etiquetas. Mire la impresora y responda — o escanee la etiqueta si está ahí.</translation>
        </message>
        <message>
            <source>The printer connection broke while it was being sent.</source>
            <translation>La conexión con la impresora se cortó durante el envío.</translation>
        </message>
        <message>
            <source>[Y]  Yes, it printed</source>
            <translation>[Y]  Sí, se imprimió</translation>
        </message>
        <message>
            <source>[N]  No — print it again</source>
            <translation>[N]  No — imprimirla de nuevo</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsDialog</name>
        <message>
            <source>Printers</source>
            <translation>Impresoras</translation>
        </message>
        <message>
            <source>Copies of each routing label:</source>
            <translation>Copias de cada etiqueta de destino:</translation>
        </message>
        <message>
            <source>Reprints per unit an operator may make:</source>
            <translation>Reimpresiones por unidad que puede hacer un operario:</translation>
        </message>
        <message>
            <source>printer name or IP address</source>
            <translation>nombre o dirección IP de la impresora</translation>
        </message>
        <message>
            <source>CUPS queue (lpstat -p lists them)</source>
            <translation>cola de CUPS (lpstat -p las lista)</translation>
        </message>
        <message>
            <source>as the station ({label_stock})</source>
            <translation>como la estación ({label_stock})</translation>
        </message>
        <message>
            <source>as the station ({label_dpi})</source>
            <translation>como la estación ({label_dpi})</translation>
        </message>
        <message>
            <source>colour printer: the destination band in its colour</source>
            <translation>impresora a color: la banda de destino en su color</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
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
            <translation>Puerto:</translation>
        </message>
        <message>
            <source>CUPS queue:</source>
            <translation>Cola de CUPS:</translation>
        </message>
        <message>
            <source>Sends:</source>
            <translation>Envía:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Carpeta:</translation>
        </message>
        <message>
            <source>Label stock:</source>
            <translation>Formato de etiqueta:</translation>
        </message>
        <message>
            <source>Resolution (dpi):</source>
            <translation>Resolución (dpi):</translation>
        </message>
        <message>
            <source>Time-out:</source>
            <translation>Tiempo de espera:</translation>
        </message>
        <message>
            <source>[Ctrl+N]  Add printer</source>
            <translation>[Ctrl+N]  Añadir impresora</translation>
        </message>
        <message>
            <source>[Del]  Remove</source>
            <translation>[Del]  Quitar</translation>
        </message>
        <message>
            <source>[Ctrl+U]  Use for routing labels</source>
            <translation>[Ctrl+U]  Usar para etiquetas de destino</translation>
        </message>
        <message>
            <source>[F5]  Check</source>
            <translation>[F5]  Comprobar</translation>
        </message>
        <message>
            <source>[Ctrl+T]  Print test label</source>
            <translation>[Ctrl+T]  Imprimir etiqueta de prueba</translation>
        </message>
        <message>
            <source>[Ctrl+S]  Save</source>
            <translation>[Ctrl+S]  Guardar</translation>
        </message>
        <message>
            <source>[Esc]  Cancel</source>
            <translation>[Esc]  Cancelar</translation>
        </message>
        <message>
            <source>  ★ routing labels</source>
            <translation>  ★ etiquetas de destino</translation>
        </message>
        <message>
            <source>The labels folder is built in and stays.</source>
            <translation>La carpeta de etiquetas es fija y se queda.</translation>
        </message>
        <message>
            <source>Routing labels will print on {label_printer} once saved.</source>
            <translation>Las etiquetas de destino se imprimirán en {label_printer} al guardar.</translation>
        </message>
        <message>
            <source>Asking {name}…</source>
            <translation>Consultando {name}…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>lista</translation>
        </message>
        <message>
            <source>Printing a test label on {name}…</source>
            <translation>Imprimiendo una etiqueta de prueba en {name}…</translation>
        </message>
        <message>
            <source>Test label sent to {name}: {where}</source>
            <translation>Etiqueta de prueba enviada a {name}: {where}</translation>
        </message>
    </context>
    <context>
        <name>QualityPrompt</name>
        <message>
            <source>[R] Retake</source>
            <translation>[R] Repetir</translation>
        </message>
        <message>
            <source>[K] Keep anyway</source>
            <translation>[K] Conservar igualmente</translation>
        </message>
    </context>
    <context>
        <name>QuarantineModel</name>
        <message>
            <source>graded {grade} → {route}</source>
            <translation>evaluado {grade} → {route}</translation>
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
            <translation>Cargando…</translation>
        </message>
        <message>
            <source>Quarantine · unexpected returns, oldest first · </source>
            <translation>Cuarentena · devoluciones imprevistas, las más antiguas primero · </translation>
        </message>
        <message>
            <source>Enter attach to a return · Ctrl+N new return from the contents · </source>
            <translation>Intro asignar a una devolución · Ctrl+N nueva devolución según el contenido · </translation>
        </message>
        <message>
            <source>a supervisor places them · </source>
            <translation>un supervisor las asigna · </translation>
        </message>
        <message>
            <source>F5 reload · F1 bench</source>
            <translation>F5 recargar · F1 puesto</translation>
        </message>
        <message>
            <source>Placing a parcel from quarantine needs a supervisor.</source>
            <translation>Asignar un paquete de la cuarentena requiere un supervisor.</translation>
        </message>
        <message>
            <source>{rows} unexpected return(s) waiting to be placed.</source>
            <translation>{rows} devolución(es) imprevista(s) a la espera de asignación.</translation>
        </message>
        <message>
            <source>{done} Nothing else in quarantine.</source>
            <translation>{done} No queda nada más en cuarentena.</translation>
        </message>
        <message>
            <source>Nothing in quarantine.</source>
            <translation>Nada en cuarentena.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a parcel.</source>
            <translation>Nada seleccionado: ↑/↓ para elegir un paquete.</translation>
        </message>
        <message>
            <source>attached to</source>
            <translation>asignado a</translation>
        </message>
        <message>
            <source>placed on the new return</source>
            <translation>asignado a la nueva devolución</translation>
        </message>
    </context>
    <context>
        <name>ReturnChooser</name>
        <message>
            <source>Which return is this?</source>
            <translation>¿Qué devolución es esta?</translation>
        </message>
        <message>
            <source>{candidates} open returns match {matched}. ↑/↓ and Enter:</source>
            <translation>{candidates} devoluciones abiertas coinciden con {matched}. ↑/↓ e Intro:</translation>
        </message>
        <message>
            <source>this product</source>
            <translation>este producto</translation>
        </message>
        <message>
            <source>{days_since_delivery} days ago</source>
            <translation>hace {days_since_delivery} días</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>{customer} · {items}
    {rma} · order {order_number} · delivered {delivered} · {total_value:.2f} · {reason}</source>
            <translation>{customer} · {items}
    {rma} · pedido {order_number} · entregado {delivered} · {total_value:.2f} · {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScanFlow</name>
        <message>
            <source>Still looking up the last code: scan again in a moment.</source>
            <translation>Aún se está buscando el último código: vuelva a escanear en un momento.</translation>
        </message>
        <message>
            <source>the code</source>
            <translation>el código</translation>
        </message>
        <message>
            <source>Looking up {shown}…</source>
            <translation>Buscando {shown}…</translation>
        </message>
        <message>
            <source>Carry on with {open_unit}.</source>
            <translation>Continúe con {open_unit}.</translation>
        </message>
        <message>
            <source>Scan the next parcel.</source>
            <translation>Escanee el siguiente paquete.</translation>
        </message>
        <message>
            <source>Label for {lpn} confirmed. {then}</source>
            <translation>Etiqueta de {lpn} confirmada. {then}</translation>
        </message>
        <message>
            <source>{lpn} was inspected at {bench} by {operator}: grade {grade} → {route}.</source>
            <translation>{lpn} fue inspeccionada en {bench} por {operator}: grado {grade} → {route}.</translation>
        </message>
        <message>
            <source>No expected return for {code}. Press U to receive it as an unexpected return, or scan another code.</source>
            <translation>No hay devolución prevista para {code}. Pulse U para recibirla como devolución imprevista, o escanee otro código.</translation>
        </message>
        <message>
            <source>{code} is in {count} open returns: choose one.</source>
            <translation>{code} está en {count} devoluciones abiertas: elija una.</translation>
        </message>
        <message>
            <source>this code</source>
            <translation>este código</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <source>the field “{name}”</source>
            <translation>el campo «{name}»</translation>
        </message>
        <message>
            <source>a text field</source>
            <translation>un campo de texto</translation>
        </message>
        <message>
            <source>Scan refused: {problem}</source>
            <translation>Escaneo rechazado: {problem}</translation>
        </message>
        <message>
            <source>A scan cannot go into this dialog: close it first, then scan.</source>
            <translation>Un escaneo no puede ir a este diálogo: ciérrelo primero y después escanee.</translation>
        </message>
        <message>
            <source>A scan cannot go into {field}: nothing was typed. Leave the field (Esc), then scan.</source>
            <translation>Un escaneo no puede ir a {field}: no se escribió nada. Salga del campo (Esc) y después escanee.</translation>
        </message>
        <message>
            <source>This field cannot take a scan.</source>
            <translation>Este campo no admite escaneos.</translation>
        </message>
        <message>
            <source>Sign in first (scan your badge), then scan the parcel.</source>
            <translation>Inicie sesión primero (escanee su tarjeta) y después escanee el paquete.</translation>
        </message>
        <message>
            <source>That code</source>
            <translation>Ese código</translation>
        </message>
        <message>
            <source>{code} is not a badge known at this station: scan your badge.</source>
            <translation>{code} no es una tarjeta conocida en esta estación: escanee su tarjeta.</translation>
        </message>
    </context>
    <context>
        <name>ScanSources</name>
        <message>
            <source>prefix {key}</source>
            <translation>prefijo {key}</translation>
        </message>
        <message>
            <source>AIM prefix</source>
            <translation>prefijo AIM</translation>
        </message>
        <message>
            <source>timing</source>
            <translation>temporización</translation>
        </message>
        <message>
            <source>keyboard ({mode})</source>
            <translation>teclado ({mode})</translation>
        </message>
        <message>
            <source>camera (outline)</source>
            <translation>cámara (contorno)</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>cámara</translation>
        </message>
    </context>
    <context>
        <name>SerialScanner</name>
        <message>
            <source>serial scanner {port_name}: off</source>
            <translation>escáner serie {port_name}: apagado</translation>
        </message>
        <message>
            <source>serial scanner {port_name}</source>
            <translation>escáner serie {port_name}</translation>
        </message>
        <message>
            <source>serial scanner {port_name}: {why}; retrying</source>
            <translation>escáner serie {port_name}: {why}; reintentando</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent over {max_line:,} bytes without a line end; set its suffix to CR or LF.</source>
            <translation>El escáner serie en {port_name} envió más de {max_line:,} bytes sin fin de línea; configure su sufijo como CR o LF.</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent bytes that are not text; check its baud rate (the station uses {baudrate}).</source>
            <translation>El escáner serie en {port_name} envió bytes que no son texto; compruebe su velocidad en baudios (la estación usa {baudrate}).</translation>
        </message>
    </context>
    <context>
        <name>ShotBar</name>
        <message>
            <source>No photos required for this unit.</source>
            <translation>Esta unidad no necesita fotos.</translation>
        </message>
        <message>
            <source>{required_count2} of {required_count} required photos · missing: {missing}</source>
            <translation>{required_count2} de {required_count} fotos necesarias · faltan: {missing}</translation>
        </message>
        <message>
            <source>All {required_count} required photos taken.</source>
            <translation>Hechas las {required_count} fotos necesarias.</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>scan your badge, or type its code</source>
            <translation>escanee su tarjeta, o escriba su código</translation>
        </message>
        <message>
            <source>PIN, then Enter</source>
            <translation>PIN y luego Intro</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Enter moves on · Esc starts again</source>
            <translation>Intro avanza · Esc vuelve a empezar</translation>
        </message>
        <message>
            <source>Inspect Station · {bench}</source>
            <translation>Inspect Station · {bench}</translation>
        </message>
        <message>
            <source>Scan your badge to sign in.</source>
            <translation>Escanee su tarjeta para iniciar sesión.</translation>
        </message>
        <message>
            <source>Locked · {bench}</source>
            <translation>Bloqueado · {bench}</translation>
        </message>
        <message>
            <source>Badge {badge}: type your PIN, then Enter.</source>
            <translation>Tarjeta {badge}: escriba su PIN y pulse Intro.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Bench {bench}</source>
            <translation>Puesto {bench}</translation>
        </message>
        <message>
            <source>Operator {operator}</source>
            <translation>Operario {operator}</translation>
        </message>
        <message>
            <source>Camera: starting…</source>
            <translation>Cámara: iniciando…</translation>
        </message>
        <message>
            <source>Printer: —</source>
            <translation>Impresora: —</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Base de datos: {database}</translation>
        </message>
        <message>
            <source>Scan: keyboard</source>
            <translation>Escaneo: teclado</translation>
        </message>
        <message>
            <source>Shop: —</source>
            <translation>Tienda: —</translation>
        </message>
        <message>
            <source>Camera</source>
            <translation>Cámara</translation>
        </message>
        <message>
            <source>Camera: {text}</source>
            <translation>Cámara: {text}</translation>
        </message>
        <message>
            <source>Printer: {text}</source>
            <translation>Impresora: {text}</translation>
        </message>
        <message>
            <source>Scan: {text}</source>
            <translation>Escaneo: {text}</translation>
        </message>
    </context>
    <context>
        <name>UnitTabs</name>
        <message>
            <source>◀ this unit</source>
            <translation>◀ esta unidad</translation>
        </message>
        <message>
            <source>defect ticked</source>
            <translation>defecto marcado</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>gravedad</translation>
        </message>
        <message>
            <source>caps</source>
            <translation>tope</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>causa</translation>
        </message>
        <message>
            <source>deduct</source>
            <translation>deducción</translation>
        </message>
        <message>
            <source>the route was decided on</source>
            <translation>base del destino</translation>
        </message>
        <message>
            <source>&amp;Grading ({defects} defect(s))</source>
            <translation>E&amp;valuación ({defects} defecto(s))</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Photos behind it</source>
            <translation>Fotos de respaldo</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>deducción</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>importe</translation>
        </message>
        <message>
            <source>handling beyond testing</source>
            <translation>manipulación más allá de la prueba</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>fotos</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Reembolso</translation>
        </message>
        <message>
            <source>line</source>
            <translation>línea</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>qty</source>
            <translation>cant.</translation>
        </message>
        <message>
            <source>price</source>
            <translation>precio</translation>
        </message>
        <message>
            <source>received</source>
            <translation>recibido</translation>
        </message>
        <message>
            <source>&amp;Lines ({lines})</source>
            <translation>&amp;Líneas ({lines})</translation>
        </message>
        <message>
            <source>first label</source>
            <translation>primera etiqueta</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en cola</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>puesto</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>impresora</translation>
        </message>
        <message>
            <source>state</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>intentos</translation>
        </message>
        <message>
            <source>why</source>
            <translation>motivo</translation>
        </message>
        <message>
            <source>sent to / problem</source>
            <translation>enviado a / problema</translation>
        </message>
        <message>
            <source>L&amp;abels ({jobs})</source>
            <translation>E&amp;tiquetas ({jobs})</translation>
        </message>
        <message>
            <source>when</source>
            <translation>cuándo</translation>
        </message>
        <message>
            <source>who</source>
            <translation>quién</translation>
        </message>
        <message>
            <source>what</source>
            <translation>qué</translation>
        </message>
        <message>
            <source>&amp;Timeline ({events})</source>
            <translation>Cro&amp;nología ({events})</translation>
        </message>
        <message>
            <source>written</source>
            <translation>escrito</translation>
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
            <translation>la respuesta del receptor</translation>
        </message>
        <message>
            <source>S&amp;hop ({waiting} waiting)</source>
            <translation>Ti&amp;enda ({waiting} en espera)</translation>
        </message>
        <message>
            <source>S&amp;hop ({shop_count})</source>
            <translation>Ti&amp;enda ({shop_count})</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New PIN for {name}</source>
            <translation>Nuevo PIN para {name}</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Añadir un usuario</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Tarjeta</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Repita el PIN</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Los dos PIN no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Usuarios</translation>
        </message>
        <message>
            <source>Insert add · Ctrl+D disable/enable · Ctrl+R new PIN · </source>
            <translation>Insert añadir · Ctrl+D desactivar/activar · Ctrl+R nuevo PIN · </translation>
        </message>
        <message>
            <source>↑/↓ choose · {admin}Ctrl+U unlock · F5 refresh · F1 bench</source>
            <translation>↑/↓ elegir · {admin}Ctrl+U desbloquear · F5 actualizar · F1 puesto</translation>
        </message>
        <message>
            <source>{rows} users, {locked} badge(s) locked.</source>
            <translation>{rows} usuarios, {locked} tarjeta(s) bloqueada(s).</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>LOCKED</source>
            <translation>BLOQUEADO</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <source>{name} added.</source>
            <translation>{name} añadido.</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} tiene un PIN nuevo.</translation>
        </message>
        <message>
            <source>{name} enabled.</source>
            <translation>{name} activado.</translation>
        </message>
        <message>
            <source>{name} disabled.</source>
            <translation>{name} desactivado.</translation>
        </message>
        <message>
            <source>{name} unlocked.</source>
            <translation>{name} desbloqueado.</translation>
        </message>
    </context>
    <context>
        <name>WedgeScanner</name>
        <message>
            <source>{text!r} is not a key Qt knows (e.g. F13, Tools, Ctrl+Shift+F12)</source>
            <translation>{text!r} no es una tecla que Qt conozca (p. ej. F13, Tools, Ctrl+Shift+F12)</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalForm</name>
        <message>
            <source>Withdrawal button</source>
            <translation>Botón de desistimiento</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Carrier's first scan</source>
            <translation>Primer escaneo del transportista</translation>
        </message>
        <message>
            <source>Drop-off receipt</source>
            <translation>Resguardo de entrega</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM</source>
            <translation>AAAA-MM-DD HH:MM</translation>
        </message>
        <message>
            <source>An IANA time zone (Europe/Berlin) or an offset (+01:00)</source>
            <translation>Una zona horaria IANA (Europe/Madrid) o un desfase (+01:00)</translation>
        </message>
        <message>
            <source>Notice received</source>
            <translation>Comunicación recibida</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Notice channel</source>
            <translation>Canal de la comunicación</translation>
        </message>
        <message>
            <source>Acknowledgement id</source>
            <translation>ID de acuse</translation>
        </message>
        <message>
            <source>Proof of sending</source>
            <translation>Prueba de envío</translation>
        </message>
        <message>
            <source>Proof by</source>
            <translation>Prueba mediante</translation>
        </message>
        <message>
            <source>Informed of the right</source>
            <translation>Informado del derecho</translation>
        </message>
        <message>
            <source>Delivery paid</source>
            <translation>Envío pagado</translation>
        </message>
        <message>
            <source>Cheapest standard delivery</source>
            <translation>Envío estándar más barato</translation>
        </message>
    </context>
    <context>
        <name>WrongItemFlow</name>
        <message>
            <source>The camera sees product code {code}, not this unit's {expected}: is it the wrong item? W records it as what came back.</source>
            <translation>La cámara ve el código de producto {code}, no el de esta unidad ({expected}): ¿es el artículo equivocado? W lo registra como lo que volvió.</translation>
        </message>
        <message>
            <source>Wrong item: scan the item's own code (EAN, UPC, GTIN or DataMatrix) to record what came back, then grade it.</source>
            <translation>Artículo equivocado: escanee el propio código del artículo (EAN, UPC, GTIN o DataMatrix) para registrar lo que volvió y después evalúelo.</translation>
        </message>
        <message>
            <source>Wrong item recorded: {item}. Now grade it.</source>
            <translation>Artículo equivocado registrado: {item}. Ahora evalúelo.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>código</translation>
        </message>
    </context>
    <context>
        <name>_PlaceDialog</name>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; — scanned {scanned_code!s} at {bench} ({reading})</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; — {scanned_code!s} escaneado en {bench} ({reading})</translation>
        </message>
    </context>
    <context>
        <name>_Worker</name>
        <message>
            <source>Camera back: {describe}</source>
            <translation>Cámara recuperada: {describe}</translation>
        </message>
        <message>
            <source>Camera lost: {problem}</source>
            <translation>Cámara perdida: {problem}</translation>
        </message>
        <message>
            <source>retrying in {left} s</source>
            <translation>reintento en {left} s</translation>
        </message>
        <message>
            <source>retrying now</source>
            <translation>reintentando ahora</translation>
        </message>
    </context>
</TS>
