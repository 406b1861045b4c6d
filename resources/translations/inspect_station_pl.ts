<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
    <context>
        <name>App</name>
        <message>
            <source>Inspect Station cannot start</source>
            <translation>Nie można uruchomić Inspect Station</translation>
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
            <translation>nieoczekiwany zwrot</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>nadano</translation>
        </message>
        <message>
            <source>received</source>
            <translation>przyjęto</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded</source>
            <translation>brak zapisanego oświadczenia o odstąpieniu</translation>
        </message>
        <message>
            <source>unexpected</source>
            <translation>nieoczekiwany</translation>
        </message>
        <message>
            <source>{day} ({because})</source>
            <translation>{day} ({because})</translation>
        </message>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · graded by {operator} at {bench}</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; · {rma} · {description} · {money} · ocenione przez: {operator}, stanowisko {bench}</translation>
        </message>
        <message>
            <source>Grade {grade} given, the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>Nadano klasę {grade}, lista kontrolna wskazała {computed_grade}: „{override_reason}”</translation>
        </message>
        <message>
            <source>no photo</source>
            <translation>brak zdjęcia</translation>
        </message>
        <message>
            <source>Deduction: {label} −{percent} % ({amount}): {handling} · photos {photos}</source>
            <translation>Potrącenie: {label} −{percent} % ({amount}): {handling} · zdjęcia {photos}</translation>
        </message>
        <message>
            <source>Deduction refused: {label} −{percent} %: the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>Potrącenie odrzucone: {label} −{percent} %: konsumenta nie poinformowano o prawie odstąpienia od umowy (art. 14 ust. 2)</translation>
        </message>
        <message>
            <source>Waits because: </source>
            <translation>Czeka, ponieważ: </translation>
        </message>
        <message>
            <source>The refund {withheld}</source>
            <translation>Zwrot pieniędzy {withheld}</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsScreen</name>
        <message>
            <source>Open the unit [Enter]</source>
            <translation>Otwórz sztukę [Enter]</translation>
        </message>
        <message>
            <source>[A]  Approve</source>
            <translation>[A]  Zatwierdź</translation>
        </message>
        <message>
            <source>[C]  Change…</source>
            <translation>[C]  Zmień…</translation>
        </message>
        <message>
            <source> · ↑/↓ and Enter open a unit · A approve · C change · F5 reload</source>
            <translation> · ↑/↓ i Enter otwierają sztukę · A zatwierdź · C zmień · F5 odśwież</translation>
        </message>
        <message>
            <source>The approval queue is for supervisors: approving or changing a refund, exchange or warranty recommendation needs the supervisor role ({name} is signed in as {label}).</source>
            <translation>Kolejka zatwierdzeń jest dla kierowników zmiany: zatwierdzenie lub zmiana rekomendacji zwrotu pieniędzy, wymiany lub gwarancji wymaga roli kierownika zmiany ({name} jest zalogowany jako {label}).</translation>
        </message>
        <message>
            <source>Approvals · refund, exchange and warranty recommendations waiting, the refund due soonest first</source>
            <translation>Zatwierdzenia · rekomendacje zwrotu pieniędzy, wymiany i gwarancji, najpierw najwcześniej wymagalne zwroty</translation>
        </message>
        <message>
            <source> · ⚠ waiting over {hours:g} h (approval_flag_hours) or refund due within {warn} h</source>
            <translation> · ⚠ czeka ponad {hours:g} h (approval_flag_hours) lub zwrot pieniędzy wymagalny w ciągu {warn} h</translation>
        </message>
        <message>
            <source>{rows:,} of {total:,}</source>
            <translation>{rows:,} z {total:,}</translation>
        </message>
        <message>
            <source>{shown} recommendation(s) waiting</source>
            <translation>Oczekujące rekomendacje: {shown}</translation>
        </message>
        <message>
            <source>, {flagged} flagged ⚠.</source>
            <translation>, oznaczone: {flagged} ⚠.</translation>
        </message>
        <message>
            <source>{done} Nothing waits for approval.</source>
            <translation>{done} Nic nie czeka na zatwierdzenie.</translation>
        </message>
        <message>
            <source>Photo {n}</source>
            <translation>Zdjęcie {n}</translation>
        </message>
        <message>
            <source>{caption} · SHA-256 {sha}</source>
            <translation>{caption} · SHA-256 {sha}</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>zatwierdzić</translation>
        </message>
        <message>
            <source>full</source>
            <translation>pełny</translation>
        </message>
        <message>
            <source>partial</source>
            <translation>częściowy</translation>
        </message>
        <message>
            <source>Approve this refund?</source>
            <translation>Zatwierdzić ten zwrot pieniędzy?</translation>
        </message>
        <message>
            <source>Approve {outcome} refund of {money} for {lpn}{description}?

Enter approves it; Esc goes back to the queue.</source>
            <translation>Zatwierdzić {outcome} zwrot pieniędzy {money} dla {lpn}{description}?

Enter zatwierdza; Esc wraca do kolejki.</translation>
        </message>
        <message>
            <source>Approve {money}</source>
            <translation>Zatwierdź {money}</translation>
        </message>
        <message>
            <source>{lpn} not approved.</source>
            <translation>{lpn} nie zatwierdzono.</translation>
        </message>
        <message>
            <source>Approving {lpn}…</source>
            <translation>Zatwierdzanie {lpn}…</translation>
        </message>
        <message>
            <source>change</source>
            <translation>zmienić</translation>
        </message>
        <message>
            <source>Changing the recommendation for {lpn}…</source>
            <translation>Zmiana rekomendacji dla {lpn}…</translation>
        </message>
        <message>
            <source>Only a supervisor may {what} a recommendation; {name} is signed in as {label}.</source>
            <translation>Tylko kierownik zmiany może {what} rekomendację; {name} jest zalogowany jako {label}.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a recommendation.</source>
            <translation>Nic nie zaznaczono: ↑/↓, aby wybrać rekomendację.</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Zatwierdzono</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Zmieniono</translation>
        </message>
        <message>
            <source>{verb}: {lpn}, {outcome_text}, released.</source>
            <translation>{verb}: {lpn}, {outcome_text}, zwolniono.</translation>
        </message>
        <message>
            <source>{error} The queue below is as it is now.</source>
            <translation>{error} Kolejka poniżej pokazuje stan bieżący.</translation>
        </message>
        <message>
            <source>That unit has no refund recommendation to decide.</source>
            <translation>Ta sztuka nie ma rekomendacji zwrotu pieniędzy do rozstrzygnięcia.</translation>
        </message>
        <message>
            <source> by {decided_by}</source>
            <translation> przez {decided_by}</translation>
        </message>
        <message>
            <source>{lpn} does not wait: it was {status}{by}.</source>
            <translation>{lpn} nie czeka: stan {status}{by}.</translation>
        </message>
    </context>
    <context>
        <name>Assessing</name>
        <message>
            <source>This unit is not in the parcel: it gets no grade.</source>
            <translation>Tej sztuki nie ma w paczce: nie dostaje klasy.</translation>
        </message>
        <message>
            <source>Override the checklist's grade</source>
            <translation>Korekta klasy z listy kontrolnej</translation>
        </message>
        <message>
            <source>The checklist says {computed}. Why grade {code}?</source>
            <translation>Lista kontrolna wskazuje {computed}. Dlaczego klasa {code}?</translation>
        </message>
        <message>
            <source>Grade {grade} → {route}. F10 confirms and prints.</source>
            <translation>Klasa {grade} → {route}. F10 zatwierdza i drukuje.</translation>
        </message>
        <message>
            <source>Not in the parcel: F10 records it (no label).</source>
            <translation>Brak w paczce: F10 zapisuje to (bez etykiety).</translation>
        </message>
    </context>
    <context>
        <name>AttachDialog</name>
        <message>
            <source>Attach {lpn} to an expected return</source>
            <translation>Przypisz {lpn} do oczekiwanego zwrotu</translation>
        </message>
        <message>
            <source>Scan or type RMA, order, tracking number, e-mail…</source>
            <translation>Zeskanuj lub wpisz RMA, zamówienie, numer przesyłki, e-mail…</translation>
        </message>
        <message>
            <source>Note for the audit trail (optional)</source>
            <translation>Notatka do dziennika audytu (opcjonalnie)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notatka</translation>
        </message>
        <message>
            <source>Scan the RMA slip, or type a reference and press Enter.</source>
            <translation>Zeskanuj kartę RMA lub wpisz numer i naciśnij Enter.</translation>
        </message>
        <message>
            <source>Looking up {code}…</source>
            <translation>Wyszukiwanie {code}…</translation>
        </message>
        <message>
            <source>{rma} · {order_number} · {skus} · {units_received}/{units_expected} received · {status}</source>
            <translation>{rma} · {order_number} · {skus} · przyjęto {units_received}/{units_expected} · {status}</translation>
        </message>
        <message>
            <source>↑/↓ to choose, Enter attaches.</source>
            <translation>↑/↓ wybór, Enter przypisuje.</translation>
        </message>
        <message>
            <source>No expected return matches; try another reference.</source>
            <translation>Żaden oczekiwany zwrot nie pasuje; spróbuj innego numeru.</translation>
        </message>
    </context>
    <context>
        <name>BenchScreen</name>
        <message>
            <source>Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN, e-mail</source>
            <translation>Zeskanuj dowolny kod lub naciśnij F3 i wpisz: RMA, zamówienie, numer przesyłki, EAN, LPN, e-mail</translation>
        </message>
        <message>
            <source>[U]  Receive as unexpected return</source>
            <translation>[U]  Przyjmij jako nieoczekiwany zwrot</translation>
        </message>
        <message>
            <source>F3 code · Space photo · Ctrl+1–9 shot · O file · G photos · 1–9 defects · S sealed · A–D, X grade · W wrong item · ↑↓ M missing · E empty box · N notes · F10 confirm · Ctrl+Del cancel · F2 history</source>
            <translation>F3 kod · Spacja zdjęcie · Ctrl+1–9 ujęcie · O plik · G zdjęcia · 1–9 wady · S zapakowany · A–D, X klasa · W niewłaściwy artykuł · ↑↓ M brak · E pusty karton · N notatki · F10 zatwierdź · Ctrl+Del anuluj · F2 historia</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Zeskanuj paczkę, aby zacząć.</translation>
        </message>
        <message>
            <source>{error} Scan the parcel again to see where it stands.</source>
            <translation>{error} Zeskanuj paczkę ponownie, aby zobaczyć jej stan.</translation>
        </message>
        <message>
            <source>unexpected return</source>
            <translation>nieoczekiwany zwrot</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Wznowiono</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Otwarto</translation>
        </message>
        <message>
            <source> and {count} more</source>
            <translation> i jeszcze {count}</translation>
        </message>
        <message>
            <source>{verb} {lpn}. Label printed but never scanned: {labels}{more}. Stick it on its item and scan it (the desk lists them under Labels).</source>
            <translation>{verb} {lpn}. Etykieta wydrukowana, ale nigdy niezeskanowana: {labels}{more}. Naklej ją na artykuł i zeskanuj (pulpit kierownika pokazuje je w zakładce Etykiety).</translation>
        </message>
        <message>
            <source>{verb} {lpn} ({what}). Take photos, then grade.</source>
            <translation>{verb}: {lpn} ({what}). Zrób zdjęcia, potem oceń.</translation>
        </message>
        <message>
            <source>Scan a parcel before grading.</source>
            <translation>Przed oceną zeskanuj paczkę.</translation>
        </message>
        <message>
            <source>Nothing to confirm: scan a parcel.</source>
            <translation>Nic do zatwierdzenia: zeskanuj paczkę.</translation>
        </message>
        <message>
            <source>Choose a grade first (A, B, C, D or X).</source>
            <translation>Najpierw wybierz klasę (A, B, C, D lub X).</translation>
        </message>
        <message>
            <source>Photos missing</source>
            <translation>Brak zdjęć</translation>
        </message>
        <message>
            <source>Finish without {names}? Say why, or Esc to take them:</source>
            <translation>Zakończyć bez: {names}? Podaj powód lub naciśnij Esc, aby je zrobić:</translation>
        </message>
        <message>
            <source>No such part on this item</source>
            <translation>Ten artykuł nie ma takiej części</translation>
        </message>
        <message>
            <source>Label missing or cut out</source>
            <translation>Brak etykiety lub wycięta</translation>
        </message>
        <message>
            <source>Camera out of order</source>
            <translation>Kamera nie działa</translation>
        </message>
        <message>
            <source>Photos missing: {names}. Take them, or say why not.</source>
            <translation>Brak zdjęć: {names}. Zrób je lub podaj powód.</translation>
        </message>
        <message>
            <source>{lpn} recorded as not in the parcel; no label.</source>
            <translation>{lpn} zapisano jako brak w paczce; bez etykiety.</translation>
        </message>
        <message>
            <source>{lpn} → {route} ({rule_explanation}). Printing label…</source>
            <translation>{lpn} → {route} ({rule_explanation}). Drukowanie etykiety…</translation>
        </message>
        <message>
            <source>{lpn} cancelled.</source>
            <translation>Anulowano {lpn}.</translation>
        </message>
        <message>
            <source>Cancelling {lpn} needs a {label}: they scan their badge here.</source>
            <translation>Anulowanie {lpn} wymaga roli: {label} — ta osoba skanuje tutaj swój identyfikator.</translation>
        </message>
        <message>
            <source>Cancel this unit</source>
            <translation>Anuluj tę sztukę</translation>
        </message>
        <message>
            <source>Why is {lpn} cancelled?</source>
            <translation>Dlaczego anulować {lpn}?</translation>
        </message>
        <message>
            <source>Wrong parcel scanned</source>
            <translation>Zeskanowano niewłaściwą paczkę</translation>
        </message>
        <message>
            <source>Scanned twice</source>
            <translation>Zeskanowano dwa razy</translation>
        </message>
        <message>
            <source>Parcel taken elsewhere</source>
            <translation>Paczkę zabrano gdzie indziej</translation>
        </message>
    </context>
    <context>
        <name>Camera</name>
        <message>
            <source>camera off</source>
            <translation>kamera wyłączona</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <source>Starting camera…</source>
            <translation>Uruchamianie kamery…</translation>
        </message>
        <message>
            <source>{text}
Photos can still be added from a file: [O]</source>
            <translation>{text}
Zdjęcia można nadal dodać z pliku: [O]</translation>
        </message>
    </context>
    <context>
        <name>ChangeDialog</name>
        <message>
            <source>Change the recommendation for {lpn}</source>
            <translation>Zmień rekomendację dla {lpn}</translation>
        </message>
        <message>
            <source>no price</source>
            <translation>brak ceny</translation>
        </message>
        <message>
            <source>{return_type} of {item} ({price}). The station recommends: {outcome}</source>
            <translation>{return_type}: {item} ({price}). Stanowisko rekomenduje: {outcome}</translation>
        </message>
        <message>
            <source>amount to refund, at most {price}</source>
            <translation>kwota do zwrotu, najwyżej {price}</translation>
        </message>
        <message>
            <source>why (required): kept with the unit and in the audit trail</source>
            <translation>powód (wymagany): zapisywany przy sztuce i w dzienniku audytu</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Wynik</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Zwrot pieniędzy</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Powód</translation>
        </message>
        <message>
            <source>Change (Ctrl+Enter)</source>
            <translation>Zmień (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Say why the recommendation is changed: the reason is required.</source>
            <translation>Podaj, dlaczego rekomendacja się zmienia: powód jest wymagany.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Waiting</source>
            <translation>Czeka</translation>
        </message>
        <message>
            <source>Licence plate</source>
            <translation>Numer LPN</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Zwrot</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasa</translation>
        </message>
        <message>
            <source>Waits because</source>
            <translation>Czeka, ponieważ</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Rekomendacja</translation>
        </message>
        <message>
            <source>Refund due</source>
            <translation>Termin zwrotu</translation>
        </message>
        <message>
            <source>Withheld until</source>
            <translation>Wstrzymanie do</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Koniec</translation>
        </message>
        <message>
            <source>LPN</source>
            <translation>LPN</translation>
        </message>
        <message>
            <source>Bench</source>
            <translation>Stanowisko</translation>
        </message>
        <message>
            <source>Grader</source>
            <translation>Oceniający</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Kierunek</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
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
            <translation>Powód</translation>
        </message>
        <message>
            <source>Overrides</source>
            <translation>Kor.</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Zdj.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Przyjęto</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <source>Scanned</source>
            <translation>Zeskanowano</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>Odczytano jako</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Sztuka</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Wydrukowano</translation>
        </message>
        <message>
            <source>Goes to</source>
            <translation>Kierunek</translation>
        </message>
        <message>
            <source>Worker</source>
            <translation>Pracownik</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Wrong PINs</source>
            <translation>Błędne PIN-y</translation>
        </message>
        <message>
            <source>Last signed in</source>
            <translation>Ostatnie logowanie</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>in quarantine as {in_quarantine}</source>
            <translation>w kwarantannie jako {in_quarantine}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsScreen</name>
        <message>
            <source>Conflicts · units finished offline that did not fit, oldest first · D note, Enter dismiss · F5 reload · F7 quarantine · F1 bench</source>
            <translation>Konflikty · sztuki zakończone offline, które nie pasowały, najstarsze najpierw · D notatka, Enter zamknij · F5 odśwież · F7 kwarantanna · F1 stanowisko</translation>
        </message>
        <message>
            <source>What was done (attached, relabelled, …), then Enter</source>
            <translation>Co zrobiono (przypisano, ponownie oznaczono…), potem Enter</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notatka</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>The conflicts of offline benches are for a supervisor.</source>
            <translation>Konflikty stanowisk offline są dla kierownika zmiany.</translation>
        </message>
        <message>
            <source>{rows} conflict(s) from benches that worked offline.</source>
            <translation>Konflikty stanowisk pracujących offline: {rows}.</translation>
        </message>
        <message>
            <source>{done} No conflicts.</source>
            <translation>{done} Brak konfliktów.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose an entry.</source>
            <translation>Nic nie zaznaczono: ↑/↓, aby wybrać wpis.</translation>
        </message>
    </context>
    <context>
        <name>CreateReturnDialog</name>
        <message>
            <source>New expected return for {lpn}</source>
            <translation>Nowy oczekiwany zwrot dla {lpn}</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Numer zamówienia</translation>
        </message>
        <message>
            <source>Customer e-mail</source>
            <translation>E-mail klienta</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>EAN / UPC</source>
            <translation>EAN / UPC</translation>
        </message>
        <message>
            <source>Serial number</source>
            <translation>Numer seryjny</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Opis</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategoria</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Cena jednostkowa</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>The parcel holds</source>
            <translation>Paczka zawiera</translation>
        </message>
        <message>
            <source>The withdrawal</source>
            <translation>Odstąpienie od umowy</translation>
        </message>
        <message>
            <source>Order number and SKU are needed; Enter saves.</source>
            <translation>Potrzebne są numer zamówienia i SKU; Enter zapisuje.</translation>
        </message>
        <message>
            <source>Unit price {unit_price!r} is not a number.</source>
            <translation>Cena jednostkowa {unit_price!r} nie jest liczbą.</translation>
        </message>
    </context>
    <context>
        <name>DashboardScreen</name>
        <message>
            <source>units</source>
            <translation>sztuki</translation>
        </message>
        <message>
            <source>units/h</source>
            <translation>szt./h</translation>
        </message>
        <message>
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <source>overrides</source>
            <translation>korekty</translation>
        </message>
        <message>
            <source>drift</source>
            <translation>odchylenie</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>cały dzień</translation>
        </message>
        <message>
            <source>{name} shift</source>
            <translation>zmiana {name}</translation>
        </message>
        <message>
            <source>Da&amp;y</source>
            <translation>&amp;Dzień</translation>
        </message>
        <message>
            <source>&amp;Shift</source>
            <translation>&amp;Zmiana</translation>
        </message>
        <message>
            <source>Daily &amp;report PDF… (Ctrl+R)</source>
            <translation>&amp;Raport dzienny PDF… (Ctrl+R)</translation>
        </message>
        <message>
            <source>Dashboard · Alt+Y day · Alt+S shift · F5 reload</source>
            <translation>Panel · Alt+D dzień · Alt+Z zmiana · F5 odśwież</translation>
        </message>
        <message>
            <source> · Ctrl+R daily report</source>
            <translation> · Ctrl+R raport dzienny</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>{label} · {units} units · {units_per_hour} per hour · median {seconds}, p90 {seconds2} per unit · overrides {override_rate} · recovered {money} of {money2} · cost {money3} per unit · {total} returns waiting</source>
            <translation>{label} · {units} szt. · {units_per_hour} na godzinę · mediana {seconds}, p90 {seconds2} na sztukę · korekty {override_rate} · odzyskano {money} z {money2} · koszt {money3} na sztukę · oczekujące zwroty: {total}</translation>
        </message>
        <message>
            <source>Throughput</source>
            <translation>Wydajność</translation>
        </message>
        <message>
            <source>Grade mix per grader (⚠ drifting)</source>
            <translation>Rozkład klas według oceniających (⚠ odchylenie)</translation>
        </message>
        <message>
            <source>Routes: recovered value and cost</source>
            <translation>Kierunki: odzyskana wartość i koszt</translation>
        </message>
        <message>
            <source>route</source>
            <translation>kierunek</translation>
        </message>
        <message>
            <source>labels</source>
            <translation>etykiety</translation>
        </message>
        <message>
            <source>value</source>
            <translation>wartość</translation>
        </message>
        <message>
            <source>recovered</source>
            <translation>odzyskano</translation>
        </message>
        <message>
            <source>cost/unit</source>
            <translation>koszt/szt.</translation>
        </message>
        <message>
            <source>Returns waiting now</source>
            <translation>Zwroty oczekujące teraz</translation>
        </message>
        <message>
            <source>waiting for</source>
            <translation>czeka od</translation>
        </message>
        <message>
            <source>returns</source>
            <translation>zwroty</translation>
        </message>
        <message>
            <source>Stated reason against what was found: share of units per grade, share with no defect ticked, the defects found most</source>
            <translation>Deklarowany powód a ustalenia: udział sztuk według klas, udział bez zaznaczonej wady, najczęstsze wady</translation>
        </message>
        <message>
            <source>category</source>
            <translation>kategoria</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>deklarowany powód</translation>
        </message>
        <message>
            <source>no defect</source>
            <translation>brak wad</translation>
        </message>
        <message>
            <source>defects found (units)</source>
            <translation>stwierdzone wady (sztuki)</translation>
        </message>
        <message>
            <source>Most returned products</source>
            <translation>Najczęściej zwracane produkty</translation>
        </message>
        <message>
            <source>top reasons</source>
            <translation>główne powody</translation>
        </message>
        <message>
            <source>defects found</source>
            <translation>stwierdzone wady</translation>
        </message>
        <message>
            <source>The daily report needs a supervisor.</source>
            <translation>Raport dzienny wymaga kierownika zmiany.</translation>
        </message>
        <message>
            <source>Daily report</source>
            <translation>Raport dzienny</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the daily report to {target}…</source>
            <translation>Zapisywanie raportu dziennego do {target}…</translation>
        </message>
        <message>
            <source>Daily report written to {path}</source>
            <translation>Raport dzienny zapisano do {path}</translation>
        </message>
    </context>
    <context>
        <name>DeskScreen</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historia</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etykiety</translation>
        </message>
    </context>
    <context>
        <name>DetailText</name>
        <message>
            <source>Full refund {money}</source>
            <translation>Pełny zwrot pieniędzy {money}</translation>
        </message>
        <message>
            <source>Partial refund {money} (−{percent} %)</source>
            <translation>Częściowy zwrot pieniędzy {money} (−{percent} %)</translation>
        </message>
        <message>
            <source>Refuse the refund</source>
            <translation>Odmów zwrotu pieniędzy</translation>
        </message>
        <message>
            <source>Approve the exchange</source>
            <translation>Zatwierdź wymianę</translation>
        </message>
        <message>
            <source>Warranty: repair</source>
            <translation>Gwarancja: naprawa</translation>
        </message>
        <message>
            <source>Warranty: replace</source>
            <translation>Gwarancja: wymiana</translation>
        </message>
        <message>
            <source>Warranty: reject</source>
            <translation>Gwarancja: odrzucenie</translation>
        </message>
        <message>
            <source> + delivery {money}</source>
            <translation> + koszt dostawy {money}</translation>
        </message>
        <message>
            <source>Exchange refused → {words}{words2}</source>
            <translation>Wymiana odrzucona → {words}{words2}</translation>
        </message>
        <message>
            <source>not recorded (finished before the station kept receipts)</source>
            <translation>nie zapisano (zakończono, zanim stanowisko zapisywało przyjęcia)</translation>
        </message>
        <message>
            <source>{missing_items} other unit(s) of the return not in the parcel</source>
            <translation>Pozostałe sztuki zwrotu nieobecne w paczce: {missing_items}</translation>
        </message>
        <message>
            <source>SKU: </source>
            <translation>SKU: </translation>
        </message>
        <message>
            <source>— (nothing on the bench to grade)</source>
            <translation>— (nic do oceny na stanowisku)</translation>
        </message>
        <message>
            <source> · graded {grade_before} at the bench, changed by a supervisor</source>
            <translation> · na stanowisku oceniono na {grade_before}, zmienione przez kierownika zmiany</translation>
        </message>
        <message>
            <source>{text} · factory sealed</source>
            <translation>{text} · fabrycznie zapakowany</translation>
        </message>
        <message>
            <source>{text} · given by key, no defect ticked</source>
            <translation>{text} · nadane klawiszem, nie zaznaczono wad</translation>
        </message>
        <message>
            <source>{text} · the checklist said {computed_grade}: “{override_reason}”</source>
            <translation>{text} · lista kontrolna wskazała {computed_grade}: „{override_reason}”</translation>
        </message>
        <message>
            <source>{text} · as the checklist says</source>
            <translation>{text} · zgodnie z listą kontrolną</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nie zapisano</translation>
        </message>
        <message>
            <source>none ticked</source>
            <translation>nic nie zaznaczono</translation>
        </message>
        <message>
            <source>{label} ({severity}, caps {caps})</source>
            <translation>{label} ({severity}, maks. {caps})</translation>
        </message>
        <message>
            <source>{label} (not in the checklist any more)</source>
            <translation>{label} (już nie ma na liście kontrolnej)</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · pojemnik {tote}</translation>
        </message>
        <message>
            <source>{route} — rule {rule_id}: {rule_explanation} (rules {version}){tote}</source>
            <translation>{route} — reguła {rule_id}: {rule_explanation} (reguły {version}){tote}</translation>
        </message>
        <message>
            <source>{photos} photo(s)</source>
            <translation>Zdjęcia: {photos}</translation>
        </message>
        <message>
            <source> · finished without {shots_missing}: “{reason}”</source>
            <translation> · zakończono bez: {shots_missing}: „{reason}”</translation>
        </message>
        <message>
            <source>kept: no connector</source>
            <translation>zachowano: brak konektora</translation>
        </message>
        <message>
            <source>delivered {when}</source>
            <translation>doręczono {when}</translation>
        </message>
        <message>
            <source>delivered</source>
            <translation>doręczono</translation>
        </message>
        <message>
            <source>next try {when} · {last_error}</source>
            <translation>następna próba {when} · {last_error}</translation>
        </message>
        <message>
            <source>waits its turn (the events before it go first)</source>
            <translation>czeka na swoją kolej (wcześniejsze zdarzenia idą najpierw)</translation>
        </message>
        <message>
            <source>pending for {age:.0f} h, waits for a supervisor ({why})</source>
            <translation>oczekuje od {age:.0f} h na kierownika zmiany ({why})</translation>
        </message>
        <message>
            <source>released (no approval needed)</source>
            <translation>zwolniono (zatwierdzenie niepotrzebne)</translation>
        </message>
        <message>
            <source>{status} by {decided_by} {when}{note}</source>
            <translation>{status} przez {decided_by} {when}{note}</translation>
        </message>
        <message>
            <source>none (unexpected return, or finished before the station recommended outcomes)</source>
            <translation>brak (nieoczekiwany zwrot lub zakończono, zanim stanowisko rekomendowało wyniki)</translation>
        </message>
        <message>
            <source>no withdrawal notice recorded · {withheld}</source>
            <translation>brak zapisanego oświadczenia o odstąpieniu · {withheld}</translation>
        </message>
        <message>
            <source>withdrawal button</source>
            <translation>przycisk odstąpienia</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>e-mail</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>list</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>telefon</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>NO: no deduction allowed</source>
            <translation>NIE: potrącenie niedozwolone</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>nieznane</translation>
        </message>
        <message>
            <source>nothing recorded</source>
            <translation>nic nie zapisano</translation>
        </message>
        <message>
            <source>notice {when}</source>
            <translation>oświadczenie {when}</translation>
        </message>
        <message>
            <source>by {channel}</source>
            <translation>kanał: {channel}</translation>
        </message>
        <message>
            <source>ack {acknowledgement}</source>
            <translation>potwierdzenie {acknowledgement}</translation>
        </message>
        <message>
            <source>informed of the right: {informed}</source>
            <translation>poinformowany o prawie odstąpienia: {informed}</translation>
        </message>
        <message>
            <source>sent {when} ({proof})</source>
            <translation>nadano {when} ({proof})</translation>
        </message>
        <message>
            <source>sent {when}</source>
            <translation>nadano {when}</translation>
        </message>
        <message>
            <source>delivery paid {paid}, cheapest standard {cheapest}</source>
            <translation>zapłacony koszt dostawy {paid}, najtańsza dostawa standardowa {cheapest}</translation>
        </message>
        <message>
            <source>delivery paid {paid}</source>
            <translation>zapłacony koszt dostawy {paid}</translation>
        </message>
        <message>
            <source>use or handling</source>
            <translation>użytkowanie lub obsługa</translation>
        </message>
        <message>
            <source>product fault</source>
            <translation>wada produktu</translation>
        </message>
        <message>
            <source>damage in transit</source>
            <translation>uszkodzenie w transporcie</translation>
        </message>
        <message>
            <source>facts</source>
            <translation>fakty</translation>
        </message>
        <message>
            <source>not recorded: finished before assessments were kept</source>
            <translation>nie zapisano: zakończono, zanim zapisywano oceny</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>lista kontrolna</translation>
        </message>
        <message>
            <source>return type</source>
            <translation>rodzaj zwrotu</translation>
        </message>
        <message>
            <source>stated reason</source>
            <translation>deklarowany powód</translation>
        </message>
        <message>
            <source>days since delivery</source>
            <translation>dni od doręczenia</translation>
        </message>
        <message>
            <source>units missing from the parcel</source>
            <translation>sztuki brakujące w paczce</translation>
        </message>
        <message>
            <source>SKU flags</source>
            <translation>oznaczenia SKU</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>rules version</source>
            <translation>wersja reguł</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>odrzucone</translation>
        </message>
        <message>
            <source>the consumer was not informed of the right of withdrawal (art. 14(2))</source>
            <translation>konsumenta nie poinformowano o prawie odstąpienia od umowy (art. 14 ust. 2)</translation>
        </message>
        <message>
            <source>no deduction</source>
            <translation>brak potrąceń</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>any</source>
            <translation>wszystkie</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>tak</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>SKU or EAN</source>
            <translation>SKU lub EAN</translation>
        </message>
        <message>
            <source>LPN, RMA, order or tracking number</source>
            <translation>LPN, RMA, zamówienie lub numer przesyłki</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Od</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Do</translation>
        </message>
        <message>
            <source>&amp;Bench</source>
            <translation>&amp;Stanowisko</translation>
        </message>
        <message>
            <source>G&amp;rader</source>
            <translation>Oce&amp;niający</translation>
        </message>
        <message>
            <source>Gr&amp;ade</source>
            <translation>&amp;Klasa</translation>
        </message>
        <message>
            <source>R&amp;oute</source>
            <translation>K&amp;ierunek</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>K&amp;ategoria</translation>
        </message>
        <message>
            <source>S&amp;KU/EAN</source>
            <translation>SK&amp;U/EAN</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Powód</translation>
        </message>
        <message>
            <source>O&amp;verridden</source>
            <translation>Skory&amp;gowano</translation>
        </message>
        <message>
            <source>Fi&amp;nd</source>
            <translation>&amp;Wyszukaj</translation>
        </message>
    </context>
    <context>
        <name>FirstRunScreen</name>
        <message>
            <source>Welcome · {bench}</source>
            <translation>Witamy · {bench}</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Powtórz PIN</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>No one can sign in yet. Make the first administrator: name, badge (scan it), a PIN of 4 to 12 digits twice. Enter moves on.</source>
            <translation>Nikt nie może się jeszcze zalogować. Utwórz pierwszego administratora: imię i nazwisko, identyfikator (zeskanuj go), dwa razy PIN z 4 do 12 cyfr. Enter przechodzi dalej.</translation>
        </message>
        <message>
            <source>The two PINs differ; type the PIN twice again.</source>
            <translation>Oba PIN-y się różnią; wpisz PIN jeszcze raz dwukrotnie.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Zapisywanie…</translation>
        </message>
    </context>
    <context>
        <name>GalleryDialog</name>
        <message>
            <source>Photos</source>
            <translation>Zdjęcia</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Zdjęcie</translation>
        </message>
        <message>
            <source>Shot</source>
            <translation>Ujęcie</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Wykonano</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Obraz</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Jakość</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Pomiary</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Kod</translation>
        </message>
        <message>
            <source>{title}:</source>
            <translation>{title}:</translation>
        </message>
        <message>
            <source>{index} of {count}</source>
            <translation>{index} z {count}</translation>
        </message>
        <message>
            <source>{operator} at {bench}</source>
            <translation>{operator}, stanowisko {bench}</translation>
        </message>
        <message>
            <source>{width}×{height}, {size_bytes:.0f} KB, </source>
            <translation>{width}×{height}, {size_bytes:.0f} KB, </translation>
        </message>
        <message>
            <source>file {original_name}</source>
            <translation>plik {original_name}</translation>
        </message>
        <message>
            <source>← → step  ·  + − zoom  ·  0 fit  ·  1 actual pixels  ·  drag to pan  ·  Esc close</source>
            <translation>← → przewijaj  ·  + − powiększ  ·  0 dopasuj  ·  1 rzeczywiste piksele  ·  przeciągnij, aby przesunąć  ·  Esc zamknij</translation>
        </message>
        <message>
            <source>Photos of {lpn}</source>
            <translation>Zdjęcia {lpn}</translation>
        </message>
        <message>
            <source>{count} photo(s)</source>
            <translation>Zdjęcia: {count}</translation>
        </message>
        <message>
            <source>
Finished without {names}: “{reason}”</source>
            <translation>
Zakończono bez: {names}: „{reason}”</translation>
        </message>
        <message>
            <source>This unit has no photos.</source>
            <translation>Ta sztuka nie ma zdjęć.</translation>
        </message>
        <message>
            <source>Purged on {when} under the retention rule; the record remains.</source>
            <translation>Usunięto {when} zgodnie z zasadą przechowywania; wpis pozostaje.</translation>
        </message>
        <message>
            <source>The file is missing from the photo store.</source>
            <translation>Brak pliku w magazynie zdjęć.</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nie zmierzono</translation>
        </message>
        <message>
            <source>good</source>
            <translation>dobra</translation>
        </message>
        <message>
            <source>kept despite: </source>
            <translation>zachowano mimo: </translation>
        </message>
        <message>
            <source>none seen</source>
            <translation>nie wykryto</translation>
        </message>
    </context>
    <context>
        <name>GradePanel</name>
        <message>
            <source>NOT IN PARCEL</source>
            <translation>BRAK W PACZCE</translation>
        </message>
        <message>
            <source>The unit is recorded as missing: no label, refund refused.</source>
            <translation>Sztuka zostaje zapisana jako brakująca: bez etykiety, zwrot pieniędzy odrzucony.</translation>
        </message>
        <message>
            <source>EMPTY BOX</source>
            <translation>PUSTY KARTON</translation>
        </message>
        <message>
            <source>Every unit still expected is recorded as not in the parcel.</source>
            <translation>Każda wciąż oczekiwana sztuka zostaje zapisana jako brak w paczce.</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasa</translation>
        </message>
        <message>
            <source>Notes  [N]</source>
            <translation>Notatki  [N]</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>What you saw (optional). Esc returns to the bench.</source>
            <translation>Co widzisz (opcjonalnie). Esc wraca do stanowiska.</translation>
        </message>
        <message>
            <source>[F10]  Confirm and print label</source>
            <translation>[F10]  Zatwierdź i drukuj etykietę</translation>
        </message>
        <message>
            <source>Grade · {name} checklist, worst first</source>
            <translation>Klasa · lista kontrolna {name}, najpoważniejsze najpierw</translation>
        </message>
        <message>
            <source>, −{deduct:g} % refund</source>
            <translation>, −{deduct:g} % zwrotu</translation>
        </message>
        <message>
            <source>{severity}, caused by {cause}{deduct}</source>
            <translation>{severity}, przyczyna: {cause}{deduct}</translation>
        </message>
        <message>
            <source>[{sealed_key}]  Factory sealed  → {sealed_grade}</source>
            <translation>[{sealed_key}]  Fabrycznie zapakowany  → {sealed_grade}</translation>
        </message>
        <message>
            <source>Confirm and print label</source>
            <translation>Zatwierdź i drukuj etykietę</translation>
        </message>
        <message>
            <source>Confirm: no label</source>
            <translation>Zatwierdź: bez etykiety</translation>
        </message>
        <message>
            <source>Waits for supervisor approval: </source>
            <translation>Czeka na zatwierdzenie kierownika zmiany: </translation>
        </message>
        <message>
            <source>Tick the defects you see, or press the grade.</source>
            <translation>Zaznacz widoczne wady lub naciśnij klasę.</translation>
        </message>
        <message>
            <source> · tote {tote}</source>
            <translation> · pojemnik {tote}</translation>
        </message>
        <message>
            <source>{explanation}
Rule “{rule_id}”: {why}{tote}</source>
            <translation>{explanation}
Reguła „{rule_id}”: {why}{tote}</translation>
        </message>
        <message>
            <source>scan its own code</source>
            <translation>zeskanuj jego własny kod</translation>
        </message>
        <message>
            <source>Wrong item [W]: {what} · </source>
            <translation>Niewłaściwy artykuł [W]: {what} · </translation>
        </message>
        <message>
            <source>{wrong}No grade yet: tick defects [1–9], [S] sealed, or press a grade</source>
            <translation>{wrong}Brak klasy: zaznacz wady [1–9], [S] zapakowany lub naciśnij klasę</translation>
        </message>
        <message>
            <source>reason needed</source>
            <translation>wymagany powód</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name}, overriding the checklist's {grade2}: {reason}</source>
            <translation>{wrong}Klasa {grade} · {name}, korekta listy kontrolnej ({grade2}): {reason}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} — {explain}</source>
            <translation>{wrong}Klasa {grade} · {name} — {explain}</translation>
        </message>
        <message>
            <source>{wrong}Grade {grade} · {name} (by key)</source>
            <translation>{wrong}Klasa {grade} · {name} (klawiszem)</translation>
        </message>
        <message>
            <source>{fallback}Diminished value (CRD art. 14(2)), shown in the photos: {named}</source>
            <translation>{fallback}Zmniejszenie wartości (dyrektywa o prawach konsumentów, art. 14 ust. 2), widoczne na zdjęciach: {named}</translation>
        </message>
    </context>
    <context>
        <name>HealthLamp</name>
        <message>
            <source>Database unreachable since {since:%H:%M}</source>
            <translation>Baza danych nieosiągalna od {since:%H:%M}</translation>
        </message>
        <message>
            <source>Database slow{late}</source>
            <translation>Baza danych wolna{late}</translation>
        </message>
        <message>
            <source>Database: {where}</source>
            <translation>Baza danych: {where}</translation>
        </message>
        <message>
            <source> · {waiting} to send</source>
            <translation> · do wysłania: {waiting}</translation>
        </message>
        <message>
            <source> · sending stopped</source>
            <translation> · wysyłanie wstrzymane</translation>
        </message>
        <message>
            <source> · {waiting} unit(s) finished here wait to be sent</source>
            <translation> · sztuki zakończone tutaj czekające na wysłanie: {waiting}</translation>
        </message>
        <message>
            <source>The database on {host} answers again: {waiting} unit(s) finished here are being sent.</source>
            <translation>Baza danych na {host} znów odpowiada: trwa wysyłanie sztuk zakończonych tutaj: {waiting}.</translation>
        </message>
        <message>
            <source>The database on {host} answers again.</source>
            <translation>Baza danych na {host} znów odpowiada.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>unexpected</source>
            <translation>nieoczekiwany</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>empty box</source>
            <translation>pusty karton</translation>
        </message>
        <message>
            <source>no label</source>
            <translation>bez etykiety</translation>
        </message>
        <message>
            <source>{route} (wrong item)</source>
            <translation>{route} (niewłaściwy artykuł)</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>&amp;Export… (Ctrl+E)</source>
            <translation>&amp;Eksportuj… (Ctrl+E)</translation>
        </message>
        <message>
            <source>History · Alt+letter: a filter · Ctrl+F find · ↑/↓ and Enter open a unit · </source>
            <translation>Historia · Alt+litera: filtr · Ctrl+F szukaj · ↑/↓ i Enter otwierają sztukę · </translation>
        </message>
        <message>
            <source>Ctrl+E export · </source>
            <translation>Ctrl+E eksportuj · </translation>
        </message>
        <message>
            <source>Ctrl+Backspace clear</source>
            <translation>Ctrl+Backspace wyczyść</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>{rows:,} unit(s)</source>
            <translation>Sztuki: {rows:,}</translation>
        </message>
        <message>
            <source>{rows:,} units shown, more as you scroll · counting…</source>
            <translation>Wyświetlono sztuk: {rows:,}, więcej po przewinięciu · liczenie…</translation>
        </message>
        <message>
            <source>over {count_cap:,}</source>
            <translation>ponad {count_cap:,}</translation>
        </message>
        <message>
            <source>{rowcount:,} of {total} units shown, more as you scroll</source>
            <translation>Wyświetlono {rowcount:,} z {total} sztuk, więcej po przewinięciu</translation>
        </message>
        <message>
            <source>Exporting history needs a supervisor.</source>
            <translation>Eksport historii wymaga kierownika zmiany.</translation>
        </message>
        <message>
            <source>Export history</source>
            <translation>Eksportuj historię</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting to {name}…</source>
            <translation>Eksport do {name}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anuluj</translation>
        </message>
        <message>
            <source>{rows:,} rows exported to {path} in {seconds:.1f} s</source>
            <translation>Wyeksportowano wierszy: {rows:,} do {path} w {seconds:.1f} s</translation>
        </message>
    </context>
    <context>
        <name>InspectionDialog</name>
        <message>
            <source>&amp;Override grade or route… (Ctrl+O)</source>
            <translation>&amp;Koryguj klasę lub kierunek… (Ctrl+O)</translation>
        </message>
        <message>
            <source>[L]  Label…</source>
            <translation>[L]  Etykieta…</translation>
        </message>
        <message>
            <source>Photos full size  [Enter on a photo]</source>
            <translation>Zdjęcia w pełnym rozmiarze  [Enter na zdjęciu]</translation>
        </message>
        <message>
            <source>&amp;Evidence PDF… (Ctrl+D)</source>
            <translation>&amp;Dokument dowodowy PDF… (Ctrl+D)</translation>
        </message>
        <message>
            <source>Unit {lpn}</source>
            <translation>Sztuka {lpn}</translation>
        </message>
        <message>
            <source>, {total_seconds:.0f} s scan to label</source>
            <translation>, {total_seconds:.0f} s od skanu do etykiety</translation>
        </message>
        <message>
            <source> · {count} override(s)</source>
            <translation> · korekty: {count}</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Zwrot</translation>
        </message>
        <message>
            <source>{rma} · order {order_number} · tracking {tracking_number} · {return_type} · stated reason: {reason}</source>
            <translation>{rma} · zamówienie {order_number} · przesyłka {tracking_number} · {return_type} · deklarowany powód: {reason}</translation>
        </message>
        <message>
            <source>unexpected return (no expected return matched)</source>
            <translation>nieoczekiwany zwrot (żaden oczekiwany zwrot nie pasował)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <source>Withdrawal</source>
            <translation>Odstąpienie</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Kto</translation>
        </message>
        <message>
            <source>{operator} at {bench}, finished {when}{seconds}</source>
            <translation>{operator}, stanowisko {bench}, zakończono {when}{seconds}</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Etykiety</translation>
        </message>
        <message>
            <source>{count} printed or queued, {reprints} after the first</source>
            <translation>wydrukowano lub w kolejce: {count}, po pierwszej: {reprints}</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notatki</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Przyjęcie</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Klasa</translation>
        </message>
        <message>
            <source>Defects</source>
            <translation>Wady</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Kierunek</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Zwrot pieniędzy</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Zdjęcia</translation>
        </message>
        <message>
            <source>{width}×{height}
SHA-256 {sha256}</source>
            <translation>{width}×{height}
SHA-256 {sha256}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>otwarta</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>zakończona</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>anulowana</translation>
        </message>
        <message>
            <source>The evidence document needs a supervisor.</source>
            <translation>Dokument dowodowy wymaga kierownika zmiany.</translation>
        </message>
        <message>
            <source>Evidence PDF</source>
            <translation>Dokument dowodowy PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Writing the evidence to {target}…</source>
            <translation>Zapisywanie dokumentu dowodowego do {target}…</translation>
        </message>
        <message>
            <source>Evidence written to {path}</source>
            <translation>Dokument dowodowy zapisano: {path}</translation>
        </message>
        <message>
            <source>Overriding a grade or route needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Korekta klasy lub kierunku wymaga kierownika zmiany; {name} jest zalogowany jako {label}.</translation>
        </message>
        <message>
            <source>Overriding {lpn}…</source>
            <translation>Korygowanie {lpn}…</translation>
        </message>
        <message>
            <source> The {words}.</source>
            <translation> {words}.</translation>
        </message>
        <message>
            <source>Overridden: grade {grade}, route {route}. New label queued at {print_bench}.{followed}</source>
            <translation>Skorygowano: klasa {grade}, kierunek {route}. Nowa etykieta w kolejce na stanowisku {print_bench}.{followed}</translation>
        </message>
    </context>
    <context>
        <name>JobStates</name>
        <message>
            <source>waiting for the printer</source>
            <translation>czeka na drukarkę</translation>
        </message>
        <message>
            <source>being sent</source>
            <translation>wysyłanie</translation>
        </message>
        <message>
            <source>printed (not yet scanned)</source>
            <translation>wydrukowano (jeszcze nie zeskanowano)</translation>
        </message>
        <message>
            <source>did it print? (not known)</source>
            <translation>wydrukowano? (nie wiadomo)</translation>
        </message>
        <message>
            <source>printed and scanned</source>
            <translation>wydrukowano i zeskanowano</translation>
        </message>
        <message>
            <source>could not be made</source>
            <translation>nie udało się utworzyć</translation>
        </message>
    </context>
    <context>
        <name>LabelDesk</name>
        <message>
            <source>The label for {lpn} could not be made: {detail}. The inspection is saved; ask a supervisor to reprint it.</source>
            <translation>Nie udało się utworzyć etykiety dla {lpn}: {detail}. Kontrola jest zapisana; poproś kierownika zmiany o ponowny wydruk.</translation>
        </message>
        <message>
            <source>The printer connection broke while the label for {lpn} was sent: did it print? Answer Y or N.</source>
            <translation>Połączenie z drukarką zerwało się podczas wysyłania etykiety dla {lpn}: czy się wydrukowała? Odpowiedz Y lub N.</translation>
        </message>
        <message>
            <source>Label for {lpn} is queued, not printed: {detail}. The inspection is saved; the label prints when the printer is back.</source>
            <translation>Etykieta dla {lpn} czeka w kolejce, nie wydrukowano: {detail}. Kontrola jest zapisana; etykieta wydrukuje się, gdy drukarka wróci.</translation>
        </message>
        <message>
            <source>Label for {lpn} printed (F4 shows it). Stick it on and scan it, then the next parcel.</source>
            <translation>Wydrukowano etykietę dla {lpn} (F4 ją pokazuje). Naklej ją i zeskanuj, potem następna paczka.</translation>
        </message>
        <message>
            <source>{waiting} label(s) waiting · {text}</source>
            <translation>Etykiety w oczekiwaniu: {waiting} · {text}</translation>
        </message>
        <message>
            <source>{unknown_count} to answer · {text}</source>
            <translation>Do odpowiedzi: {unknown_count} · {text}</translation>
        </message>
        <message>
            <source>Printing the label for {lpn} again…</source>
            <translation>Ponowne drukowanie etykiety dla {lpn}…</translation>
        </message>
        <message>
            <source>No label printed at this bench since the start.</source>
            <translation>Od uruchomienia na tym stanowisku nie wydrukowano żadnej etykiety.</translation>
        </message>
        <message>
            <source>Printer settings need the admin role; {operator} is signed in as {label}.</source>
            <translation>Ustawienia drukarek wymagają roli administratora; {operator} jest zalogowany jako {label}.</translation>
        </message>
    </context>
    <context>
        <name>LabelDialogs</name>
        <message>
            <source>label</source>
            <translation>etykieta</translation>
        </message>
        <message>
            <source>reprint ({reason})</source>
            <translation>ponowny wydruk ({reason})</translation>
        </message>
        <message>
            <source> by {requested_by}</source>
            <translation> przez {requested_by}</translation>
        </message>
    </context>
    <context>
        <name>LabelPreviewDialog</name>
        <message>
            <source>Label {lpn}</source>
            <translation>Etykieta {lpn}</translation>
        </message>
        <message>
            <source>{printer}
{stock} at {dpi} dpi, as it prints</source>
            <translation>{printer}
{stock} w {dpi} dpi, tak jak zostanie wydrukowana</translation>
        </message>
        <message>
            <source>no label yet</source>
            <translation>jeszcze brak etykiety</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Wydrukowano&lt;/b&gt;</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>bez limitu</translation>
        </message>
        <message>
            <source>{left} reprint(s) left for you</source>
            <translation>pozostało ponownych wydruków: {left}</translation>
        </message>
        <message>
            <source>Reprints so far: {reprints_used} · {limit}</source>
            <translation>Dotychczasowe ponowne wydruki: {reprints_used} · {limit}</translation>
        </message>
        <message>
            <source>Why print it again? (torn, smudged, lost …)</source>
            <translation>Dlaczego drukować ponownie? (podarta, rozmazana, zgubiona…)</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Powód:</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Kopie:</translation>
        </message>
        <message>
            <source>Reprint  [Alt+R]</source>
            <translation>Drukuj ponownie  [Alt+R]</translation>
        </message>
        <message>
            <source>Office printer…  [Alt+P]</source>
            <translation>Drukarka biurowa…  [Alt+P]</translation>
        </message>
        <message>
            <source>[Esc]  Close</source>
            <translation>[Esc]  Zamknij</translation>
        </message>
        <message>
            <source>Type the reason first: every reprint is recorded with it.</source>
            <translation>Najpierw wpisz powód: każdy ponowny wydruk jest z nim zapisywany.</translation>
        </message>
        <message>
            <source>Reprint queued for {lpn}.</source>
            <translation>Ponowny wydruk dla {lpn} w kolejce.</translation>
        </message>
        <message>
            <source>Print the label {lpn}</source>
            <translation>Drukuj etykietę {lpn}</translation>
        </message>
        <message>
            <source>system printer</source>
            <translation>drukarka systemowa</translation>
        </message>
        <message>
            <source>{name} refused the label; nothing was printed.</source>
            <translation>{name} odrzuciła etykietę; nic nie wydrukowano.</translation>
        </message>
    </context>
    <context>
        <name>LabelsScreen</name>
        <message>
            <source>Labels printed and never scanned on their item · F5 reload</source>
            <translation>Etykiety wydrukowane i nigdy niezeskanowane na artykule · F5 odśwież</translation>
        </message>
        <message>
            <source>printed?</source>
            <translation>wydrukowano?</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>wydrukowano</translation>
        </message>
        <message>
            <source>{count} label(s) not scanned yet: find each on its printer or item and scan it.</source>
            <translation>Niezeskanowane etykiety: {count}. Znajdź każdą przy drukarce lub na artykule i zeskanuj ją.</translation>
        </message>
        <message>
            <source>Every printed label was scanned on its item.</source>
            <translation>Każda wydrukowana etykieta została zeskanowana na swoim artykule.</translation>
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
            <translation>Kwa&amp;rantanna</translation>
        </message>
        <message>
            <source>A&amp;pprovals</source>
            <translation>&amp;Zatwierdzenia</translation>
        </message>
        <message>
            <source>C&amp;onflicts</source>
            <translation>K&amp;onflikty</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Nikt nie jest zalogowany</translation>
        </message>
        <message>
            <source> · F8 users · F11 approvals</source>
            <translation> · F8 użytkownicy · F11 zatwierdzenia</translation>
        </message>
        <message>
            <source>Locked · {name}</source>
            <translation>Zablokowano · {name}</translation>
        </message>
        <message>
            <source>Locked. Scan your badge to carry on.</source>
            <translation>Zablokowano. Zeskanuj identyfikator, aby kontynuować.</translation>
        </message>
        <message>
            <source>Locked after {minutes} minute(s) without activity. Scan your badge to carry on.</source>
            <translation>Zablokowano po {minutes} min bez aktywności. Zeskanuj identyfikator, aby kontynuować.</translation>
        </message>
        <message>
            <source>Internal error: {value}</source>
            <translation>Błąd wewnętrzny: {value}</translation>
        </message>
        <message>
            <source>Carry on with {lpn}.</source>
            <translation>Kontynuuj z {lpn}.</translation>
        </message>
        <message>
            <source>Scan a parcel to start.</source>
            <translation>Zeskanuj paczkę, aby zacząć.</translation>
        </message>
        <message>
            <source>{name} signed in as {label}. {carry_on}</source>
            <translation>{name} zalogowany jako {label}. {carry_on}</translation>
        </message>
        <message>
            <source>Switching operator.</source>
            <translation>Zmiana operatora.</translation>
        </message>
        <message>
            <source>The users screen needs a supervisor; {name} is signed in as {label}.</source>
            <translation>Ekran użytkowników wymaga kierownika zmiany; {name} jest zalogowany jako {label}.</translation>
        </message>
        <message>
            <source>Outcomes on their way to the shops</source>
            <translation>Wyniki w drodze do sklepów</translation>
        </message>
        <message>
            <source>; a supervisor retries or skips the dead letters (inspect-station outbox list)</source>
            <translation>; kierownik zmiany ponawia lub pomija niedoręczone zdarzenia (inspect-station outbox list)</translation>
        </message>
    </context>
    <context>
        <name>Outcomes</name>
        <message>
            <source>full refund</source>
            <translation>pełny zwrot pieniędzy</translation>
        </message>
        <message>
            <source>partial refund of the amount below</source>
            <translation>częściowy zwrot kwoty poniżej</translation>
        </message>
        <message>
            <source>refuse the refund</source>
            <translation>odmowa zwrotu pieniędzy</translation>
        </message>
        <message>
            <source>approve the exchange: send the replacement</source>
            <translation>zatwierdź wymianę: wyślij zamiennik</translation>
        </message>
        <message>
            <source>warranty: repair</source>
            <translation>gwarancja: naprawa</translation>
        </message>
        <message>
            <source>warranty: replace</source>
            <translation>gwarancja: wymiana</translation>
        </message>
        <message>
            <source>warranty: reject the claim</source>
            <translation>gwarancja: odrzuć roszczenie</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <source>as the rules decide</source>
            <translation>zgodnie z regułami</translation>
        </message>
        <message>
            <source>Override {lpn}</source>
            <translation>Korekta {lpn}</translation>
        </message>
        <message>
            <source>Now: grade {grade}, route {route}. Graded by {operator}.</source>
            <translation>Teraz: klasa {grade}, kierunek {route}. Ocenił(a): {operator}.</translation>
        </message>
        <message>
            <source>why (required): what the photos or the item show</source>
            <translation>powód (wymagany): co pokazują zdjęcia lub artykuł</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Klasa</translation>
        </message>
        <message>
            <source>&amp;Route</source>
            <translation>K&amp;ierunek</translation>
        </message>
        <message>
            <source>Rea&amp;son</source>
            <translation>&amp;Powód</translation>
        </message>
        <message>
            <source>Print the new label &amp;here ({here})</source>
            <translation>Drukuj nową etykietę &amp;tutaj ({here})</translation>
        </message>
        <message>
            <source>&amp;Queue it at the unit's bench ({bench})</source>
            <translation>&amp;Dodaj do kolejki stanowiska sztuki ({bench})</translation>
        </message>
        <message>
            <source>A new grade is routed again by the active rules on the unit's recorded facts, and its refund recommendation follows the new grade: one waiting for approval is released as your decision; one a supervisor changed by hand is kept.</source>
            <translation>Nowa klasa jest ponownie kierowana przez aktywne reguły na podstawie zapisanych faktów sztuki, a rekomendacja zwrotu pieniędzy podąża za nową klasą: rekomendacja czekająca na zatwierdzenie zostaje zwolniona jako Twoja decyzja; rekomendacja zmieniona ręcznie przez kierownika zmiany pozostaje.</translation>
        </message>
        <message>
            <source>Override (Ctrl+Enter)</source>
            <translation>Koryguj (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Say why: the reason is required.</source>
            <translation>Podaj powód: powód jest wymagany.</translation>
        </message>
        <message>
            <source>Choose a new grade or a new route.</source>
            <translation>Wybierz nową klasę lub nowy kierunek.</translation>
        </message>
    </context>
    <context>
        <name>ParcelPanel</name>
        <message>
            <source>unknown</source>
            <translation>nieznana</translation>
        </message>
        <message>
            <source>Parcel</source>
            <translation>Paczka</translation>
        </message>
        <message>
            <source>RMA</source>
            <translation>RMA</translation>
        </message>
        <message>
            <source>Return type</source>
            <translation>Rodzaj zwrotu</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Zamówienie</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Przesyłka</translation>
        </message>
        <message>
            <source>Stated reason</source>
            <translation>Deklarowany powód</translation>
        </message>
        <message>
            <source>Delivered</source>
            <translation>Doręczono</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wartość</translation>
        </message>
        <message>
            <source>This unit</source>
            <translation>Ta sztuka</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Zwrot pieniędzy</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Artykuł</translation>
        </message>
        <message>
            <source>Here</source>
            <translation>Tutaj</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Brak</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Ilość</translation>
        </message>
        <message>
            <source>↑/↓ choose a line · M marks a unit of it missing · E empty box</source>
            <translation>↑/↓ wybierz pozycję · M oznacza sztukę jako brakującą · E pusty karton</translation>
        </message>
        <message>
            <source>Scan a parcel</source>
            <translation>Zeskanuj paczkę</translation>
        </message>
        <message>
            <source>unknown item</source>
            <translation>nieznany artykuł</translation>
        </message>
        <message>
            <source>Unexpected return · held in quarantine</source>
            <translation>Nieoczekiwany zwrot · w kwarantannie</translation>
        </message>
        <message>
            <source>{code} (scanned)</source>
            <translation>{code} (zeskanowano)</translation>
        </message>
        <message>
            <source>— (no return known)</source>
            <translation>— (brak znanego zwrotu)</translation>
        </message>
        <message>
            <source>{delivered_on} · {days} days ago</source>
            <translation>{delivered_on} · {days} dni temu</translation>
        </message>
        <message>
            <source>{total} · {units_expected} unit(s)</source>
            <translation>{total} · sztuki: {units_expected}</translation>
        </message>
    </context>
    <context>
        <name>PhotoFlow</name>
        <message>
            <source> (extra)</source>
            <translation> (dodatkowe)</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name} of “{label}”: the deduction needs a photo of its defect</source>
            <translation>Następne zdjęcie: [Ctrl+{number}] {name} wady „{label}”: potrącenie wymaga zdjęcia swojej wady</translation>
        </message>
        <message>
            <source>Next photo: [Ctrl+{number}] {name}{extra} — {hint}</source>
            <translation>Następne zdjęcie: [Ctrl+{number}] {name}{extra} — {hint}</translation>
        </message>
        <message>
            <source>No shot type {number}: use Ctrl+1–{choices}.</source>
            <translation>Brak rodzaju ujęcia {number}: użyj Ctrl+1–{choices}.</translation>
        </message>
        <message>
            <source>Next photo: {name}.</source>
            <translation>Następne zdjęcie: {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel before taking photos.</source>
            <translation>Przed zrobieniem zdjęć zeskanuj paczkę.</translation>
        </message>
        <message>
            <source>Camera unavailable: add photos from a file with O.</source>
            <translation>Kamera niedostępna: dodaj zdjęcia z pliku klawiszem O.</translation>
        </message>
        <message>
            <source>Scan a parcel before adding photos.</source>
            <translation>Przed dodaniem zdjęć zeskanuj paczkę.</translation>
        </message>
        <message>
            <source>Add a photo from a file</source>
            <translation>Dodaj zdjęcie z pliku</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png)</source>
            <translation>Obrazy (*.jpg *.jpeg *.png)</translation>
        </message>
        <message>
            <source>Dropped. Adjust the item or the light, then take {name} again.</source>
            <translation>Odrzucono. Popraw artykuł lub światło, potem zrób ponownie: {name}.</translation>
        </message>
        <message>
            <source>Scan a parcel to see its photos.</source>
            <translation>Zeskanuj paczkę, aby zobaczyć jej zdjęcia.</translation>
        </message>
        <message>
            <source>Photo not saved: {error} The unit stays open; photos taken so far are kept.</source>
            <translation>Nie zapisano zdjęcia: {error} Sztuka pozostaje otwarta; dotychczasowe zdjęcia są zachowane.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> i </translation>
        </message>
        <message>
            <source>{name} looks {problems}. Retake it?</source>
            <translation>{name}: {problems}. Powtórzyć?</translation>
        </message>
        <message>
            <source>{name} looks poor: retake (R, or Space for a new photo) or keep it (K)?</source>
            <translation>{name} — słaba jakość: powtórzyć (R lub Spacja dla nowego zdjęcia) czy zachować (K)?</translation>
        </message>
        <message>
            <source>That picture of {name} is already saved.</source>
            <translation>To zdjęcie ({name}) jest już zapisane.</translation>
        </message>
        <message>
            <source>{name} saved ({width}×{height})</source>
            <translation>Zapisano: {name} ({width}×{height})</translation>
        </message>
        <message>
            <source> · {code_format} {code_text} seen</source>
            <translation> · wykryto {code_format} {code_text}</translation>
        </message>
        <message>
            <source> · kept despite: </source>
            <translation> · zachowano mimo: </translation>
        </message>
        <message>
            <source>{text}. Still needed: {missing}.</source>
            <translation>{text}. Jeszcze potrzebne: {missing}.</translation>
        </message>
        <message>
            <source>{text}. All required photos taken.</source>
            <translation>{text}. Wykonano wszystkie wymagane zdjęcia.</translation>
        </message>
    </context>
    <context>
        <name>PhotoPanel</name>
        <message>
            <source>Camera · [Ctrl+1–9] shot, in this order · [O] file · [G] full size</source>
            <translation>Kamera · [Ctrl+1–9] ujęcie, w tej kolejności · [O] plik · [G] pełny rozmiar</translation>
        </message>
        <message>
            <source>[Space] / [{pedal_key}]  Take photo</source>
            <translation>[Space] / [{pedal_key}]  Zrób zdjęcie</translation>
        </message>
        <message>
            <source>{width}×{height} · {size_bytes:.0f} KB · {source}</source>
            <translation>{width}×{height} · {size_bytes:.0f} KB · {source}</translation>
        </message>
        <message>
            <source>{operator} at {bench}, {when}</source>
            <translation>{operator}, stanowisko {bench}, {when}</translation>
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
            <translation>Czy etykieta się wydrukowała?</translation>
        </message>
        <message>
            <source>Did the label for &lt;b&gt;{lpn}&lt;/b&gt; print?</source>
            <translation>Czy etykieta dla &lt;b&gt;{lpn}&lt;/b&gt; się wydrukowała?</translation>
        </message>
        <message>
            <source>{last_error}

The station does not print it again by itself, so that no unit gets two labels. Look at the printer, then answer — or scan the label if it is there.</source>
            <translation>{last_error}

Stanowisko nie drukuje jej ponownie samo, aby żadna sztuka nie dostała dwóch etykiet. Sprawdź drukarkę i odpowiedz — albo zeskanuj etykietę, jeśli jest.</translation>
        </message>
        <message>
            <source>The printer connection broke while it was being sent.</source>
            <translation>Połączenie z drukarką zerwało się podczas wysyłania.</translation>
        </message>
        <message>
            <source>[Y]  Yes, it printed</source>
            <translation>[Y]  Tak, wydrukowała się</translation>
        </message>
        <message>
            <source>[N]  No — print it again</source>
            <translation>[N]  Nie — drukuj ponownie</translation>
        </message>
    </context>
    <context>
        <name>PrinterSettingsDialog</name>
        <message>
            <source>Printers</source>
            <translation>Drukarki</translation>
        </message>
        <message>
            <source>Copies of each routing label:</source>
            <translation>Kopie każdej etykiety kierunku:</translation>
        </message>
        <message>
            <source>Reprints per unit an operator may make:</source>
            <translation>Ponowne wydruki na sztukę dozwolone operatorowi:</translation>
        </message>
        <message>
            <source>printer name or IP address</source>
            <translation>nazwa drukarki lub adres IP</translation>
        </message>
        <message>
            <source>CUPS queue (lpstat -p lists them)</source>
            <translation>kolejka CUPS (lpstat -p je wyświetla)</translation>
        </message>
        <message>
            <source>as the station ({label_stock})</source>
            <translation>jak stanowisko ({label_stock})</translation>
        </message>
        <message>
            <source>as the station ({label_dpi})</source>
            <translation>jak stanowisko ({label_dpi})</translation>
        </message>
        <message>
            <source>colour printer: the destination band in its colour</source>
            <translation>drukarka kolorowa: pasek kierunku w jego kolorze</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nazwa:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Rodzaj:</translation>
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
            <translation>Kolejka CUPS:</translation>
        </message>
        <message>
            <source>Sends:</source>
            <translation>Wysyła:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Label stock:</source>
            <translation>Format etykiety:</translation>
        </message>
        <message>
            <source>Resolution (dpi):</source>
            <translation>Rozdzielczość (dpi):</translation>
        </message>
        <message>
            <source>Time-out:</source>
            <translation>Limit czasu:</translation>
        </message>
        <message>
            <source>[Ctrl+N]  Add printer</source>
            <translation>[Ctrl+N]  Dodaj drukarkę</translation>
        </message>
        <message>
            <source>[Del]  Remove</source>
            <translation>[Del]  Usuń</translation>
        </message>
        <message>
            <source>[Ctrl+U]  Use for routing labels</source>
            <translation>[Ctrl+U]  Używaj do etykiet kierunku</translation>
        </message>
        <message>
            <source>[F5]  Check</source>
            <translation>[F5]  Sprawdź</translation>
        </message>
        <message>
            <source>[Ctrl+T]  Print test label</source>
            <translation>[Ctrl+T]  Drukuj etykietę testową</translation>
        </message>
        <message>
            <source>[Ctrl+S]  Save</source>
            <translation>[Ctrl+S]  Zapisz</translation>
        </message>
        <message>
            <source>[Esc]  Cancel</source>
            <translation>[Esc]  Anuluj</translation>
        </message>
        <message>
            <source>  ★ routing labels</source>
            <translation>  ★ etykiety kierunku</translation>
        </message>
        <message>
            <source>The labels folder is built in and stays.</source>
            <translation>Folder etykiet jest wbudowany i pozostaje.</translation>
        </message>
        <message>
            <source>Routing labels will print on {label_printer} once saved.</source>
            <translation>Po zapisaniu etykiety kierunku będą drukowane na {label_printer}.</translation>
        </message>
        <message>
            <source>Asking {name}…</source>
            <translation>Odpytywanie {name}…</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>gotowa</translation>
        </message>
        <message>
            <source>Printing a test label on {name}…</source>
            <translation>Drukowanie etykiety testowej na {name}…</translation>
        </message>
        <message>
            <source>Test label sent to {name}: {where}</source>
            <translation>Wysłano etykietę testową do {name}: {where}</translation>
        </message>
    </context>
    <context>
        <name>QualityPrompt</name>
        <message>
            <source>[R] Retake</source>
            <translation>[R] Powtórz</translation>
        </message>
        <message>
            <source>[K] Keep anyway</source>
            <translation>[K] Zachowaj mimo to</translation>
        </message>
    </context>
    <context>
        <name>QuarantineModel</name>
        <message>
            <source>graded {grade} → {route}</source>
            <translation>oceniono {grade} → {route}</translation>
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
            <translation>Wczytywanie…</translation>
        </message>
        <message>
            <source>Quarantine · unexpected returns, oldest first · </source>
            <translation>Kwarantanna · nieoczekiwane zwroty, najstarsze najpierw · </translation>
        </message>
        <message>
            <source>Enter attach to a return · Ctrl+N new return from the contents · </source>
            <translation>Enter przypisz do zwrotu · Ctrl+N nowy zwrot z zawartości · </translation>
        </message>
        <message>
            <source>a supervisor places them · </source>
            <translation>kierownik zmiany je przypisuje · </translation>
        </message>
        <message>
            <source>F5 reload · F1 bench</source>
            <translation>F5 odśwież · F1 stanowisko</translation>
        </message>
        <message>
            <source>Placing a parcel from quarantine needs a supervisor.</source>
            <translation>Przypisanie paczki z kwarantanny wymaga kierownika zmiany.</translation>
        </message>
        <message>
            <source>{rows} unexpected return(s) waiting to be placed.</source>
            <translation>Nieoczekiwane zwroty czekające na przypisanie: {rows}.</translation>
        </message>
        <message>
            <source>{done} Nothing else in quarantine.</source>
            <translation>{done} Nic więcej w kwarantannie.</translation>
        </message>
        <message>
            <source>Nothing in quarantine.</source>
            <translation>Nic w kwarantannie.</translation>
        </message>
        <message>
            <source>Nothing selected: ↑/↓ to choose a parcel.</source>
            <translation>Nic nie zaznaczono: ↑/↓, aby wybrać paczkę.</translation>
        </message>
        <message>
            <source>attached to</source>
            <translation>przypisano do</translation>
        </message>
        <message>
            <source>placed on the new return</source>
            <translation>przypisano do nowego zwrotu</translation>
        </message>
    </context>
    <context>
        <name>ReturnChooser</name>
        <message>
            <source>Which return is this?</source>
            <translation>Który to zwrot?</translation>
        </message>
        <message>
            <source>{candidates} open returns match {matched}. ↑/↓ and Enter:</source>
            <translation>Otwarte zwroty pasujące do {matched}: {candidates}. ↑/↓ i Enter:</translation>
        </message>
        <message>
            <source>this product</source>
            <translation>ten produkt</translation>
        </message>
        <message>
            <source>{days_since_delivery} days ago</source>
            <translation>{days_since_delivery} dni temu</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>brak daty</translation>
        </message>
        <message>
            <source>{customer} · {items}
    {rma} · order {order_number} · delivered {delivered} · {total_value:.2f} · {reason}</source>
            <translation>{customer} · {items}
    {rma} · zamówienie {order_number} · dostarczono {delivered} · {total_value:.2f} · {reason}</translation>
        </message>
    </context>
    <context>
        <name>ScanFlow</name>
        <message>
            <source>Still looking up the last code: scan again in a moment.</source>
            <translation>Ostatni kod jest jeszcze wyszukiwany: zeskanuj ponownie za chwilę.</translation>
        </message>
        <message>
            <source>the code</source>
            <translation>kod</translation>
        </message>
        <message>
            <source>Looking up {shown}…</source>
            <translation>Wyszukiwanie {shown}…</translation>
        </message>
        <message>
            <source>Carry on with {open_unit}.</source>
            <translation>Kontynuuj z {open_unit}.</translation>
        </message>
        <message>
            <source>Scan the next parcel.</source>
            <translation>Zeskanuj następną paczkę.</translation>
        </message>
        <message>
            <source>Label for {lpn} confirmed. {then}</source>
            <translation>Potwierdzono etykietę dla {lpn}. {then}</translation>
        </message>
        <message>
            <source>{lpn} was inspected at {bench} by {operator}: grade {grade} → {route}.</source>
            <translation>{lpn} sprawdzono na stanowisku {bench}, osoba: {operator}: klasa {grade} → {route}.</translation>
        </message>
        <message>
            <source>No expected return for {code}. Press U to receive it as an unexpected return, or scan another code.</source>
            <translation>Brak oczekiwanego zwrotu dla {code}. Naciśnij U, aby przyjąć go jako nieoczekiwany zwrot, lub zeskanuj inny kod.</translation>
        </message>
        <message>
            <source>{code} is in {count} open returns: choose one.</source>
            <translation>{code} występuje w otwartych zwrotach ({count}): wybierz jeden.</translation>
        </message>
        <message>
            <source>this code</source>
            <translation>ten kod</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <source>the field “{name}”</source>
            <translation>pole „{name}”</translation>
        </message>
        <message>
            <source>a text field</source>
            <translation>pole tekstowe</translation>
        </message>
        <message>
            <source>Scan refused: {problem}</source>
            <translation>Skan odrzucony: {problem}</translation>
        </message>
        <message>
            <source>A scan cannot go into this dialog: close it first, then scan.</source>
            <translation>Skan nie może trafić do tego okna: najpierw je zamknij, potem skanuj.</translation>
        </message>
        <message>
            <source>A scan cannot go into {field}: nothing was typed. Leave the field (Esc), then scan.</source>
            <translation>Skan nie może trafić do: {field}; niczego nie wpisano. Opuść pole (Esc), potem skanuj.</translation>
        </message>
        <message>
            <source>This field cannot take a scan.</source>
            <translation>To pole nie przyjmuje skanów.</translation>
        </message>
        <message>
            <source>Sign in first (scan your badge), then scan the parcel.</source>
            <translation>Najpierw zaloguj się (zeskanuj identyfikator), potem zeskanuj paczkę.</translation>
        </message>
        <message>
            <source>That code</source>
            <translation>Ten kod</translation>
        </message>
        <message>
            <source>{code} is not a badge known at this station: scan your badge.</source>
            <translation>{code} nie jest identyfikatorem znanym na tym stanowisku: zeskanuj swój identyfikator.</translation>
        </message>
    </context>
    <context>
        <name>ScanSources</name>
        <message>
            <source>prefix {key}</source>
            <translation>prefiks {key}</translation>
        </message>
        <message>
            <source>AIM prefix</source>
            <translation>prefiks AIM</translation>
        </message>
        <message>
            <source>timing</source>
            <translation>pomiar czasu</translation>
        </message>
        <message>
            <source>keyboard ({mode})</source>
            <translation>klawiatura ({mode})</translation>
        </message>
        <message>
            <source>camera (outline)</source>
            <translation>kamera (obrys)</translation>
        </message>
        <message>
            <source>camera</source>
            <translation>kamera</translation>
        </message>
    </context>
    <context>
        <name>SerialScanner</name>
        <message>
            <source>serial scanner {port_name}: off</source>
            <translation>skaner szeregowy {port_name}: wyłączony</translation>
        </message>
        <message>
            <source>serial scanner {port_name}</source>
            <translation>skaner szeregowy {port_name}</translation>
        </message>
        <message>
            <source>serial scanner {port_name}: {why}; retrying</source>
            <translation>skaner szeregowy {port_name}: {why}; ponawianie</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent over {max_line:,} bytes without a line end; set its suffix to CR or LF.</source>
            <translation>Skaner szeregowy na {port_name} wysłał ponad {max_line:,} bajtów bez końca wiersza; ustaw jego sufiks na CR lub LF.</translation>
        </message>
        <message>
            <source>The serial scanner on {port_name} sent bytes that are not text; check its baud rate (the station uses {baudrate}).</source>
            <translation>Skaner szeregowy na {port_name} wysłał bajty, które nie są tekstem; sprawdź prędkość transmisji (stanowisko używa {baudrate}).</translation>
        </message>
    </context>
    <context>
        <name>ShotBar</name>
        <message>
            <source>No photos required for this unit.</source>
            <translation>Ta sztuka nie wymaga zdjęć.</translation>
        </message>
        <message>
            <source>{required_count2} of {required_count} required photos · missing: {missing}</source>
            <translation>{required_count2} z {required_count} wymaganych zdjęć · brakuje: {missing}</translation>
        </message>
        <message>
            <source>All {required_count} required photos taken.</source>
            <translation>Wykonano wszystkie wymagane zdjęcia ({required_count}).</translation>
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <source>scan your badge, or type its code</source>
            <translation>zeskanuj identyfikator lub wpisz jego kod</translation>
        </message>
        <message>
            <source>PIN, then Enter</source>
            <translation>PIN, potem Enter</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Enter moves on · Esc starts again</source>
            <translation>Enter dalej · Esc od nowa</translation>
        </message>
        <message>
            <source>Inspect Station · {bench}</source>
            <translation>Inspect Station · {bench}</translation>
        </message>
        <message>
            <source>Scan your badge to sign in.</source>
            <translation>Zeskanuj identyfikator, aby się zalogować.</translation>
        </message>
        <message>
            <source>Locked · {bench}</source>
            <translation>Zablokowano · {bench}</translation>
        </message>
        <message>
            <source>Badge {badge}: type your PIN, then Enter.</source>
            <translation>Identyfikator {badge}: wpisz PIN, potem Enter.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Sprawdzanie…</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message>
            <source>Bench {bench}</source>
            <translation>Stanowisko {bench}</translation>
        </message>
        <message>
            <source>Operator {operator}</source>
            <translation>Operator {operator}</translation>
        </message>
        <message>
            <source>Camera: starting…</source>
            <translation>Kamera: uruchamianie…</translation>
        </message>
        <message>
            <source>Printer: —</source>
            <translation>Drukarka: —</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Baza danych: {database}</translation>
        </message>
        <message>
            <source>Scan: keyboard</source>
            <translation>Skan: klawiatura</translation>
        </message>
        <message>
            <source>Shop: —</source>
            <translation>Sklep: —</translation>
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
            <translation>Drukarka: {text}</translation>
        </message>
        <message>
            <source>Scan: {text}</source>
            <translation>Skan: {text}</translation>
        </message>
    </context>
    <context>
        <name>UnitTabs</name>
        <message>
            <source>◀ this unit</source>
            <translation>◀ ta sztuka</translation>
        </message>
        <message>
            <source>defect ticked</source>
            <translation>zaznaczona wada</translation>
        </message>
        <message>
            <source>severity</source>
            <translation>waga</translation>
        </message>
        <message>
            <source>caps</source>
            <translation>maks.</translation>
        </message>
        <message>
            <source>cause</source>
            <translation>przyczyna</translation>
        </message>
        <message>
            <source>deduct</source>
            <translation>potrącenie</translation>
        </message>
        <message>
            <source>the route was decided on</source>
            <translation>podstawa kierunku</translation>
        </message>
        <message>
            <source>&amp;Grading ({defects} defect(s))</source>
            <translation>&amp;Ocena (wady: {defects})</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Wynik</translation>
        </message>
        <message>
            <source>none</source>
            <translation>brak</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Powód</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stan</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Termin</translation>
        </message>
        <message>
            <source>Photos behind it</source>
            <translation>Zdjęcia uzasadniające</translation>
        </message>
        <message>
            <source>deduction</source>
            <translation>potrącenie</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>kwota</translation>
        </message>
        <message>
            <source>handling beyond testing</source>
            <translation>obchodzenie się ponad sprawdzenie</translation>
        </message>
        <message>
            <source>photos</source>
            <translation>zdjęcia</translation>
        </message>
        <message>
            <source>&amp;Refund</source>
            <translation>&amp;Zwrot pieniędzy</translation>
        </message>
        <message>
            <source>line</source>
            <translation>wiersz</translation>
        </message>
        <message>
            <source>description</source>
            <translation>opis</translation>
        </message>
        <message>
            <source>qty</source>
            <translation>ilość</translation>
        </message>
        <message>
            <source>price</source>
            <translation>cena</translation>
        </message>
        <message>
            <source>received</source>
            <translation>przyjęto</translation>
        </message>
        <message>
            <source>&amp;Lines ({lines})</source>
            <translation>&amp;Pozycje ({lines})</translation>
        </message>
        <message>
            <source>first label</source>
            <translation>pierwsza etykieta</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>w kolejce</translation>
        </message>
        <message>
            <source>bench</source>
            <translation>stanowisko</translation>
        </message>
        <message>
            <source>printer</source>
            <translation>drukarka</translation>
        </message>
        <message>
            <source>state</source>
            <translation>stan</translation>
        </message>
        <message>
            <source>tries</source>
            <translation>próby</translation>
        </message>
        <message>
            <source>why</source>
            <translation>powód</translation>
        </message>
        <message>
            <source>sent to / problem</source>
            <translation>wysłano do / problem</translation>
        </message>
        <message>
            <source>L&amp;abels ({jobs})</source>
            <translation>E&amp;tykiety ({jobs})</translation>
        </message>
        <message>
            <source>when</source>
            <translation>kiedy</translation>
        </message>
        <message>
            <source>who</source>
            <translation>kto</translation>
        </message>
        <message>
            <source>what</source>
            <translation>co</translation>
        </message>
        <message>
            <source>&amp;Timeline ({events})</source>
            <translation>Oś &amp;czasu ({events})</translation>
        </message>
        <message>
            <source>written</source>
            <translation>zapisano</translation>
        </message>
        <message>
            <source>event</source>
            <translation>zdarzenie</translation>
        </message>
        <message>
            <source>to</source>
            <translation>do</translation>
        </message>
        <message>
            <source>the receiver's answer</source>
            <translation>odpowiedź odbiorcy</translation>
        </message>
        <message>
            <source>S&amp;hop ({waiting} waiting)</source>
            <translation>&amp;Sklep (oczekujące: {waiting})</translation>
        </message>
        <message>
            <source>S&amp;hop ({shop_count})</source>
            <translation>&amp;Sklep ({shop_count})</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New PIN for {name}</source>
            <translation>Nowy PIN dla {name}</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>Dodaj użytkownika</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Imię i nazwisko</translation>
        </message>
        <message>
            <source>Badge</source>
            <translation>Identyfikator</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rola</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>PIN again</source>
            <translation>Powtórz PIN</translation>
        </message>
        <message>
            <source>The two PINs differ.</source>
            <translation>Oba PIN-y się różnią.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Users</source>
            <translation>Użytkownicy</translation>
        </message>
        <message>
            <source>Insert add · Ctrl+D disable/enable · Ctrl+R new PIN · </source>
            <translation>Insert dodaj · Ctrl+D wyłącz/włącz · Ctrl+R nowy PIN · </translation>
        </message>
        <message>
            <source>↑/↓ choose · {admin}Ctrl+U unlock · F5 refresh · F1 bench</source>
            <translation>↑/↓ wybierz · {admin}Ctrl+U odblokuj · F5 odśwież · F1 stanowisko</translation>
        </message>
        <message>
            <source>{rows} users, {locked} badge(s) locked.</source>
            <translation>Użytkownicy: {rows}, zablokowane identyfikatory: {locked}.</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>wyłączony</translation>
        </message>
        <message>
            <source>LOCKED</source>
            <translation>ZABLOKOWANY</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktywny</translation>
        </message>
        <message>
            <source>{name} added.</source>
            <translation>Dodano: {name}.</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} ma nowy PIN.</translation>
        </message>
        <message>
            <source>{name} enabled.</source>
            <translation>Włączono: {name}.</translation>
        </message>
        <message>
            <source>{name} disabled.</source>
            <translation>Wyłączono: {name}.</translation>
        </message>
        <message>
            <source>{name} unlocked.</source>
            <translation>Odblokowano: {name}.</translation>
        </message>
    </context>
    <context>
        <name>WedgeScanner</name>
        <message>
            <source>{text!r} is not a key Qt knows (e.g. F13, Tools, Ctrl+Shift+F12)</source>
            <translation>{text!r} nie jest klawiszem znanym Qt (np. F13, Tools, Ctrl+Shift+F12)</translation>
        </message>
    </context>
    <context>
        <name>WithdrawalForm</name>
        <message>
            <source>Withdrawal button</source>
            <translation>Przycisk odstąpienia</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Carrier's first scan</source>
            <translation>Pierwszy skan przewoźnika</translation>
        </message>
        <message>
            <source>Drop-off receipt</source>
            <translation>Potwierdzenie nadania</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Nieznane</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Tak</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nie</translation>
        </message>
        <message>
            <source>YYYY-MM-DD HH:MM</source>
            <translation>RRRR-MM-DD GG:MM</translation>
        </message>
        <message>
            <source>An IANA time zone (Europe/Berlin) or an offset (+01:00)</source>
            <translation>Strefa czasowa IANA (Europe/Warsaw) lub przesunięcie (+01:00)</translation>
        </message>
        <message>
            <source>Notice received</source>
            <translation>Oświadczenie otrzymano</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Strefa czasowa</translation>
        </message>
        <message>
            <source>Notice channel</source>
            <translation>Kanał oświadczenia</translation>
        </message>
        <message>
            <source>Acknowledgement id</source>
            <translation>ID potwierdzenia</translation>
        </message>
        <message>
            <source>Proof of sending</source>
            <translation>Dowód nadania</translation>
        </message>
        <message>
            <source>Proof by</source>
            <translation>Dowód przez</translation>
        </message>
        <message>
            <source>Informed of the right</source>
            <translation>Poinformowany o prawie</translation>
        </message>
        <message>
            <source>Delivery paid</source>
            <translation>Zapłacony koszt dostawy</translation>
        </message>
        <message>
            <source>Cheapest standard delivery</source>
            <translation>Najtańsza dostawa standardowa</translation>
        </message>
    </context>
    <context>
        <name>WrongItemFlow</name>
        <message>
            <source>The camera sees product code {code}, not this unit's {expected}: is it the wrong item? W records it as what came back.</source>
            <translation>Kamera widzi kod produktu {code}, a nie kod tej sztuki ({expected}): czy to niewłaściwy artykuł? W zapisuje go jako to, co wróciło.</translation>
        </message>
        <message>
            <source>Wrong item: scan the item's own code (EAN, UPC, GTIN or DataMatrix) to record what came back, then grade it.</source>
            <translation>Niewłaściwy artykuł: zeskanuj własny kod artykułu (EAN, UPC, GTIN lub DataMatrix), aby zapisać, co wróciło, a potem go oceń.</translation>
        </message>
        <message>
            <source>Wrong item recorded: {item}. Now grade it.</source>
            <translation>Zapisano niewłaściwy artykuł: {item}. Teraz go oceń.</translation>
        </message>
        <message>
            <source>code</source>
            <translation>kod</translation>
        </message>
    </context>
    <context>
        <name>_PlaceDialog</name>
        <message>
            <source>&lt;b&gt;{lpn}&lt;/b&gt; — scanned {scanned_code!s} at {bench} ({reading})</source>
            <translation>&lt;b&gt;{lpn}&lt;/b&gt; — zeskanowano {scanned_code!s} na stanowisku {bench} ({reading})</translation>
        </message>
    </context>
    <context>
        <name>_Worker</name>
        <message>
            <source>Camera back: {describe}</source>
            <translation>Kamera znów działa: {describe}</translation>
        </message>
        <message>
            <source>Camera lost: {problem}</source>
            <translation>Kamera utracona: {problem}</translation>
        </message>
        <message>
            <source>retrying in {left} s</source>
            <translation>ponowna próba za {left} s</translation>
        </message>
        <message>
            <source>retrying now</source>
            <translation>ponowna próba teraz</translation>
        </message>
    </context>
</TS>
