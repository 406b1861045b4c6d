<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <source>Inspect Station cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsModel</name>
    <message>
        <source>{grade} (checklist {computed_grade})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · graded by {operator} at {bench}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {grade} given, the checklist said {computed_grade}: “{override_reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction: {label} −{percent} % ({sign}{amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits because: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:{colour}&quot;&gt;Refund due {due_on:%d %b %Y}&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <source>Open the unit [Enter]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[A]  Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[C]  Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ↑/↓ and Enter open a unit · A approve · C change · F5 reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals · refund, exchange and warranty recommendations waiting, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · ⚠ waiting over {hours:g} h (approval_flag_hours) or refund nearly due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval queue is for supervisors: approving or changing a refund, exchange or warranty recommendation needs the supervisor role ({name} is signed in as {label}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the oldest {rows:,} of {total:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} recommendation(s) waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {flagged} flagged ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} Nothing waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving {lpn}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the recommendation for {lpn}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may {what} a recommendation; {name} is signed in as {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected: ↑/↓ to choose a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb}: {lpn}, {outcome_text}, released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} The queue below is as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That unit has no refund recommendation to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {decided_by}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lpn} does not wait: it was {status}{by}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessing</name>
    <message>
        <source>This unit is not in the parcel: it gets no grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the checklist&apos;s grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist says {computed}. Why grade {code}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade {grade} → {route}. F10 confirms and prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the parcel: F10 records it (no label).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach {lpn} to an expected return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type RMA, order, tracking number, e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the audit trail (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the RMA slip, or type a reference and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up {code}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma} · {order_number} · {skus} · {units_received}/{units_expected} received · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ to choose, Enter attaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected return matches; try another reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchScreen</name>
    <message>
        <source>Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[U]  Receive as unexpected return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F3 code · Space photo · Ctrl+1–9 shot · O file · G photos · 1–9 defects · S sealed · A–D, X grade · W wrong item · ↑↓ M missing · E empty box · N notes · F10 confirm · Ctrl+Del cancel · F2 history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Scan the parcel again to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verb} {lpn} ({what}). Take photos, then grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel before grading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to confirm: scan a parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a grade first (A, B, C, D or X).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish without {names}? Say why, or Esc to take them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such part on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label missing or cut out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos missing: {names}. Take them, or say why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lpn} recorded as not in the parcel; no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lpn} → {route} ({rule_explanation}). Printing label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lpn} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling {lpn} needs a {label}: they scan their badge here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {lpn} cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong parcel scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel taken elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>camera off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Starting camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}
Photos can still be added from a file: [O]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change the recommendation for {lpn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{return_type} of {item} ({price}). The station recommends: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount to refund, at most {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (required): kept with the unit and in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the recommendation is changed: the reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateReturnDialog</name>
    <message>
        <source>New expected return for {lpn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAN / UPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number and SKU are needed; Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price {unit_price!r} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;report PDF… (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard · Alt+Y day · Alt+S shift · F5 reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Ctrl+R daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} · {units:,} units · {units_per_hour:.1f} per hour · median {seconds}, p90 {seconds2} per unit · overrides {override_rate:.1%} · recovered {money} of {money2} · cost {money3} per unit · {total:,} returns waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade mix per grader (⚠ drifting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routes: recovered value and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost/unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated reason against what was found: share of units per grade, share with no defect ticked, the defects found most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no defect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defects found (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most returned products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defects found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily report needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the daily report to {target}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily report written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailText</name>
    <message>
        <source>Full refund {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial refund {money} (−{percent} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty: repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty: replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty: reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange refused → {words}{words2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded (finished before the station kept receipts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing_items} other unit(s) of the return not in the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (nothing on the bench to grade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · graded {grade_before} at the bench, changed by a supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · factory sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · given by key, no defect ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · the checklist said {computed_grade}: “{override_reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} · as the checklist says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({severity}, caps {caps})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} (not in the checklist any more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · tote {tote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{route} — rule {rule_id}: {rule_explanation} (rules {version}){tote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{photos} photo(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · finished without {shots_missing}: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending for {age:.0f} h, waits for a supervisor ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released (no approval needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} by {decided_by} {when}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unexpected return, or finished before the station recommended outcomes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · refund due {due_on:%d %b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use or handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded: finished before assessments were kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days since delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units missing from the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deduction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU or EAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LPN, RMA, order or tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;rader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gr&amp;ade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;KU/EAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome · {bench}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one can sign in yet. Make the first administrator: name, badge (scan it), a PIN of 4 to 12 digits twice. Enter moves on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ; type the PIN twice again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryDialog</name>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} at {bench}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}×{height}, {size_bytes:.0f} KB, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file {original_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → step  ·  + − zoom  ·  0 fit  ·  1 actual pixels  ·  drag to pan  ·  Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of {lpn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} photo(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Finished without {names}: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit has no photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged on {when} under the retention rule; the record remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing from the photo store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept despite: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradePanel</name>
    <message>
        <source>NOT IN PARCEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit is recorded as missing: no label, refund refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMPTY BOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every unit still expected is recorded as not in the parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes  [N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw (optional). Esc returns to the bench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[F10]  Confirm and print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade · {name} checklist, worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, −{deduct:g} % refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{severity}, caused by {cause}{deduct}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{sealed_key}]  Factory sealed  → {sealed_grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and print label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm: no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for supervisor approval: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the defects you see, or press the grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · tote {tote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explanation}
Rule “{rule_id}”: {why}{tote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong item [W] · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong}No grade yet: tick defects [1–9], [S] sealed, or press a grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong}Grade {grade} · {name}, overriding the checklist&apos;s {grade2}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong}Grade {grade} · {name} — {explain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wrong}Grade {grade} · {name} (by key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fallback}Diminished value (CRD art. 14(2)), shown in the photos: {named}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>unexpected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryScreen</name>
    <message>
        <source>&amp;Export… (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History · Alt+letter: a filter · Ctrl+F find · ↑/↓ and Enter open a unit · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E export · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Backspace clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} units shown, more as you scroll · counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over {count_cap:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rowcount:,} of {total} units shown, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting history needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} rows exported to {path} in {seconds:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>&amp;Override grade or route… (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[L]  Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos full size  [Enter on a photo]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {lpn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {total_seconds:.0f} s scan to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {count} override(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma} · order {order_number} · tracking {tracking_number} · {return_type} · stated reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected return (no expected return matched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} at {bench}, finished {when}{seconds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} printed or queued, {reprints} after the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}×{height}
SHA-256 {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defect ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the route was decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grading ({defects} defect(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lines ({lines})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to / problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;abels ({jobs})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline ({events})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding a grade or route needs a supervisor; {name} is signed in as {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overriding {lpn}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden: grade {grade}, route {route}. New label queued at {print_bench}.{followed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStates</name>
    <message>
        <source>waiting for the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed (not yet scanned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did it print? (not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed and scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelDesk</name>
    <message>
        <source>The label for {lpn} could not be made: {detail}. The inspection is saved; ask a supervisor to reprint it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer connection broke while the label for {lpn} was sent: did it print? Answer Y or N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for {lpn} is queued, not printed: {detail}. The inspection is saved; the label prints when the printer is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for {lpn} printed (F4 shows it). Stick it on and scan it, then the next parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} label(s) waiting · {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unknown_count} to answer · {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the label for {lpn} again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label printed at this bench since the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer settings need the admin role; {operator} is signed in as {label}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelDialogs</name>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reprint ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by {requested_by}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <source>Label {lpn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{printer}
{stock} at {dpi} dpi, as it prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no label yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Printed&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} reprint(s) left for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprints so far: {reprints_used} · {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why print it again? (torn, smudged, lost …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint  [Alt+R]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office printer…  [Alt+P]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Esc]  Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reason first: every reprint is recorded with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint queued for {lpn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label {lpn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} refused the label; nothing was printed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspect Station — {bench}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprovals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · F8 users · F11 approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Scan your badge to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after {minutes} minute(s) without activity. Scan your badge to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with {lpn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} signed in as {label}. {carry_on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users screen needs a supervisor; {name} is signed in as {label}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>full refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial refund of the amount below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve the exchange: send the replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranty: repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranty: replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warranty: reject the claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>as the rules decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override {lpn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: grade {grade}, route {route}. Graded by {operator}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (required): what the photos or the item show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new label &amp;here ({here})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue it at the unit&apos;s bench ({bench})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new grade is routed again by the active rules on the unit&apos;s recorded facts, and its refund recommendation follows the new grade: one waiting for approval is released as your decision; one a supervisor changed by hand is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new grade or a new route.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParcelPanel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stated reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ choose a line · M marks a unit of it missing · E empty box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned {scanned_code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{delivered_on:%d %b %Y} · {days} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} · {units_expected} unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFlow</name>
    <message>
        <source> (extra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next photo: [Ctrl+{number}] {name}{extra} — {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shot type {number}: use Ctrl+1–{choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next photo: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel before taking photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera unavailable: add photos from a file with O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel before adding photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a photo from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped. Adjust the item or the light, then take {name} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a parcel to see its photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not saved: {error} The unit stays open; photos taken so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks {problems}. Retake it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks poor: retake (R, or Space for a new photo) or keep it (K)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That picture of {name} is already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved ({width}×{height})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {code_format} {code_text} seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · kept despite: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}. Still needed: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}. All required photos taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPanel</name>
    <message>
        <source>Camera · [Ctrl+1–9] shot, in this order · [O] file · [G] full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Space] / [{pedal_key}]  Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width}×{height} · {size_bytes:.0f} KB · {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{operator} at {bench}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintQuestion</name>
    <message>
        <source>Did the label print?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the label for &lt;b&gt;{lpn}&lt;/b&gt; print?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{last_error}

The station does not print it again by itself, so that no unit gets two labels. Look at the printer, then answer — or scan the label if it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer connection broke while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Y]  Yes, it printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[N]  No — print it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of each routing label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprints per unit an operator may make:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS queue (lpstat -p lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the station ({label_stock})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the station ({label_dpi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour printer: the destination band in its colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUPS queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution (dpi):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Ctrl+N]  Add printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Del]  Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Ctrl+U]  Use for routing labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[F5]  Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Ctrl+T]  Print test label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Ctrl+S]  Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Esc]  Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ★ routing labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels folder is built in and stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing labels will print on {label_printer} once saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a test label on {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test label sent to {name}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPrompt</name>
    <message>
        <source>[R] Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[K] Keep anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineModel</name>
    <message>
        <source>graded {grade} → {route}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineScreen</name>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarantine · unexpected returns, oldest first · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter attach to a return · Ctrl+N new return from the contents · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a supervisor places them · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 reload · F1 bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placing a parcel from quarantine needs a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} unexpected return(s) waiting to be placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} Nothing else in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in quarantine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected: ↑/↓ to choose a parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placed on the new return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnChooser</name>
    <message>
        <source>Which return is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{candidates} open returns match {matched}. ↑/↓ and Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days_since_delivery} days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rma} · {order_number} · {skus} · delivered {delivered} · {total_value:.2f} · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanFlow</name>
    <message>
        <source>Still looking up the last code: scan again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up {shown}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with {open_unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the next parcel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label for {lpn} confirmed. {then}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{lpn} was inspected at {bench} by {operator}: grade {grade} → {route}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected return for {code}. Press U to receive it as an unexpected return, or scan another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is in {count} open returns: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanSources</name>
    <message>
        <source>keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera (outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialScanner</name>
    <message>
        <source>serial scanner {port_name}: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial scanner {port_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial scanner {port_name}: {why}; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial scanner on {port_name} sent over {max_line:,} bytes without a line end; set its suffix to CR or LF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial scanner on {port_name} sent bytes that are not text; check its baud rate (the station uses {baudrate}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShotBar</name>
    <message>
        <source>No photos required for this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{required_count2} of {required_count} required photos · missing: {missing}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {required_count} required photos taken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>scan your badge, or type its code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter moves on · Esc starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect Station · {bench}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan your badge to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked · {bench}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge {badge}: type your PIN, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationStatusBar</name>
    <message>
        <source>Bench {bench}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator {operator}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersScreen</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert add · Ctrl+D disable/enable · Ctrl+R new PIN · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ choose · {admin}Ctrl+U unlock · F5 refresh · F1 bench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} users, {locked} badge(s) locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PlaceDialog</name>
    <message>
        <source>&lt;b&gt;{lpn}&lt;/b&gt; — scanned {scanned_code!s} at {bench} ({reading})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Worker</name>
    <message>
        <source>Camera back: {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera lost: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying in {left} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
