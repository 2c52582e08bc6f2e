<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/table.py" line="161"/>
        <source>⚠ en retard</source>
        <translation>⚠ overdue</translation>
    </message>
    <message>
        <location filename="../../ui/table.py" line="165"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/table.py" line="166"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/table.py" line="168"/>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <location filename="../../ui/planner.py" line="47"/>
        <source>Titre du point</source>
        <translation>Item title</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="57"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="61"/>
        <source>— client —</source>
        <translation>— client —</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="65"/>
        <source>Confidentiel</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="68"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="69"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="70"/>
        <source>Retirer ce point</source>
        <translation>Remove this item</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../ui/capture_bar.py" line="54"/>
        <source>Contrat du client</source>
        <translation>Client&apos;s contract</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="55"/>
        <source>Plan d&apos;action du client</source>
        <translation>Client&apos;s action plan</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="56"/>
        <source>Type de capture</source>
        <translation>Kind of capture</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="60"/>
        <location filename="../../ui/capture_bar.py" line="126"/>
        <source>Détail (facultatif)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="62"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="63"/>
        <source>pour le</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="67"/>
        <source>Confidentiel</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="68"/>
        <source>Enregistrer ↵</source>
        <translation>Save ↵</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="70"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="104"/>
        <source>— responsable —</source>
        <translation>— owner —</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="124"/>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="129"/>
        <source>La question du client, telle que convenue</source>
        <translation>The client&apos;s question, as agreed</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="130"/>
        <source>Ce que le client va faire</source>
        <translation>What the client will do</translation>
    </message>
    <message>
        <location filename="../../ui/capture_bar.py" line="131"/>
        <source>Texte de la capture</source>
        <translation>Text of the capture</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../ui/checkin.py" line="59"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="60"/>
        <location filename="../../ui/checkin.py" line="64"/>
        <source>Pointage</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="61"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="68"/>
        <source>Présent  [P]</source>
        <translation>Present  [P]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="69"/>
        <source>Excusé  [E]</source>
        <translation>Excused  [E]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="70"/>
        <source>Absent  [X]</source>
        <translation>Absent  [X]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="75"/>
        <source>Tous présents  [Ctrl+Maj+P]</source>
        <translation>Everyone present  [Ctrl+Shift+P]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="78"/>
        <source>Part avant la fin  [D]</source>
        <translation>Leaves early  [D]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="87"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="93"/>
        <source>Actions ouvertes</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="95"/>
        <source>Aucune action ouverte : tout a été fait.</source>
        <translation>No open action: everything was done.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="97"/>
        <source>Faite  [F]</source>
        <translation>Done  [F]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="99"/>
        <source>Abandonnée  [Suppr]</source>
        <translation>Dropped  [Del]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="106"/>
        <source>← Accueil  [Échap]</source>
        <translation>← Home  [Esc]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="119"/>
        <source>POINTAGE</source>
        <translation>ATTENDANCE</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="124"/>
        <source>ACTIONS OUVERTES DES SÉANCES PRÉCÉDENTES</source>
        <translation>OPEN ACTIONS FROM EARLIER SESSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="166"/>
        <source>Séance %1 · %2</source>
        <translation>Session %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="178"/>
        <source>parti·e à %1</source>
        <translation>left at %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="180"/>
        <source>arrivé·e à %1</source>
        <translation>arrived at %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="186"/>
        <source>%1 présent·e·s</source>
        <translation>%1 present</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="188"/>
        <source>%1 non pointé·e·s</source>
        <translation>%1 not checked in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="195"/>
        <source>Retour à la séance  [Ctrl+Entrée]</source>
        <translation>Back to the session  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="197"/>
        <source>Démarrer la séance  [Ctrl+Entrée]</source>
        <translation>Start the session  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="208"/>
        <source>— à pointer</source>
        <translation>— to check in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="210"/>
        <source>✓ présent·e</source>
        <translation>✓ present</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="211"/>
        <source>✉ excusé·e</source>
        <translation>✉ excused</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="212"/>
        <source>✗ absent·e</source>
        <translation>✗ absent</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="232"/>
        <source>Choisissez d&apos;abord un membre.</source>
        <translation>Choose a member first.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin.py" line="253"/>
        <source>Choisissez d&apos;abord une action.</source>
        <translation>Choose an action first.</translation>
    </message>
</context>
<context>
    <name>CockpitPage</name>
    <message>
        <location filename="../../ui/cockpit.py" line="119"/>
        <source>Ajuster la suite…</source>
        <translation>Fit the rest…</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="133"/>
        <location filename="../../ui/cockpit.py" line="534"/>
        <source>Point suivant</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="134"/>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="135"/>
        <location filename="../../ui/cockpit.py" line="527"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="136"/>
        <location filename="../../ui/cockpit.py" line="540"/>
        <source>Fin de parole</source>
        <translation>End of turn</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="137"/>
        <location filename="../../ui/cockpit.py" line="545"/>
        <source>Tour de table</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="138"/>
        <source>Pointage</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="139"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="416"/>
        <source>%4 · phase %1/%2 · %3</source>
        <translation>%4 · phase %1/%2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="835"/>
        <source>Clore la séance</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="141"/>
        <location filename="../../ui/cockpit.py" line="747"/>
        <source>Projeter</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="140"/>
        <source>Clore</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="142"/>
        <location filename="../../ui/cockpit.py" line="750"/>
        <source>Écran noir</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="143"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="144"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="145"/>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="170"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="173"/>
        <source>Double-clic : démarrer ce point</source>
        <translation>Double click: start this item</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="177"/>
        <source>ORDRE DU JOUR</source>
        <translation>AGENDA</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="233"/>
        <source>File d&apos;attente</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="237"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="246"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="254"/>
        <source>CAPTURES DE LA SÉANCE</source>
        <translation>CAPTURES OF THE SESSION</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="268"/>
        <source>Personne n&apos;est pointé présent : F2 pour faire le pointage.</source>
        <translation>Nobody is checked in: F2 for attendance.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="341"/>
        <source>Séance %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="356"/>
        <source>FILE D&apos;ATTENTE (%1)</source>
        <translation>QUEUE (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="368"/>
        <source>● À l&apos;heure</source>
        <translation>● On time</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="370"/>
        <source>▲ En avance de %1 min</source>
        <translation>▲ %1 min ahead</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="372"/>
        <source>▼ En retard de %1 min</source>
        <translation>▼ %1 min behind</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="379"/>
        <source>Fin prévue %1</source>
        <translation>Planned end %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="382"/>
        <source>Fin estimée %1</source>
        <translation>Estimated end %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="393"/>
        <source>La séance est close.</source>
        <translation>The session is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="396"/>
        <source>Prochain point : %1</source>
        <translation>Next item: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="399"/>
        <source>Tous les points sont traités.</source>
        <translation>Every item is done.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="401"/>
        <source>Maj+N pour démarrer le point suivant</source>
        <translation>Shift+N to start the next item</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="410"/>
        <source>  (confidentiel)</source>
        <translation>  (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="424"/>
        <source>Ensuite (N) : %1</source>
        <translation>Next (N): %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="426"/>
        <source>Dernière phase : Maj+N pour passer au point suivant</source>
        <translation>Last phase: Shift+N for the next item</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="441"/>
        <source>Parole : personne</source>
        <translation>Floor: nobody</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="445"/>
        <source>Parole : %1 — %2</source>
        <translation>Floor: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="448"/>
        <source>(limite %1)</source>
        <translation>(limit %1)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="452"/>
        <source>⚠ parle hors de la règle de la phase</source>
        <translation>⚠ speaking outside the phase&apos;s rule</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="454"/>
        <source>⚠ a dépassé la limite de parole</source>
        <translation>⚠ past the speaking limit</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="461"/>
        <source>Tour de table en cours (%1 chacun) — ensuite : %2 (Espace)</source>
        <translation>Round under way (%1 each) — next: %2 (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="463"/>
        <source>fin du tour</source>
        <translation>end of the round</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="469"/>
        <source>Ajouter à la file : touche de la personne (Échap annule)</source>
        <translation>Add to the queue: the person&apos;s key (Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="506"/>
        <source>ce point</source>
        <translation>this item</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="506"/>
        <source>la séance</source>
        <translation>the session</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="508"/>
        <source>Équilibre (%1) : %2</source>
        <translation>Balance (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="517"/>
        <source>Temps de parole par rôle : %1</source>
        <translation>Speaking time by role: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="525"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="534"/>
        <source>Démarrer le point</source>
        <translation>Start the item</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="538"/>
        <source>Tour : suivant</source>
        <translation>Round: next</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="542"/>
        <source>Suivant de la file</source>
        <translation>Next in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="545"/>
        <source>Arrêter le tour</source>
        <translation>Stop the round</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="549"/>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="549"/>
        <source>Rien à annuler</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="572"/>
        <source>Cette commande n&apos;a pas pu être enregistrée ; ce qui était déjà enregistré est intact. Détails dans le journal.</source>
        <translation>This command could not be saved; what was already saved is intact. Details in the log.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="616"/>
        <source>Tuile %1</source>
        <translation>Tile %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="643"/>
        <source>Aucune personne sur la touche %1.</source>
        <translation>Nobody on key %1.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="659"/>
        <source>%1 parle hors de la règle de cette phase (c&apos;est noté, pas bloqué).</source>
        <translation>%1 speaks outside this phase&apos;s rule (noted, not blocked).</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="669"/>
        <source>Retirer de la file</source>
        <translation>Remove from the queue</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="674"/>
        <source>Ajouter à la file</source>
        <translation>Add to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="677"/>
        <source>Part avant la fin</source>
        <translation>Leaves early</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="694"/>
        <source>La file est vide : donnez la parole avec la touche d&apos;une personne.</source>
        <translation>The queue is empty: give the floor with a person&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="725"/>
        <source>Projection masquée (B pour la rétablir).</source>
        <translation>Projection blanked (B to bring it back).</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="739"/>
        <source>Temps de parole projetés.</source>
        <translation>Speaking times projected.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="741"/>
        <source>Temps de parole retirés de la projection.</source>
        <translation>Speaking times removed from the projection.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="747"/>
        <source>Fermer la projection</source>
        <translation>Close the projection</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="750"/>
        <source>Rétablir l&apos;écran</source>
        <translation>Restore the screen</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="770"/>
        <location filename="../../ui/cockpit.py" line="890"/>
        <source>Aucun point n&apos;est en cours.</source>
        <translation>No item is running.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="802"/>
        <source>Raccourcir les points restants (gagne %1 min)</source>
        <translation>Shorten the remaining items (saves %1 min)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="805"/>
        <source>Retirer : %2 (gagne %1 min)</source>
        <translation>Drop: %2 (saves %1 min)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="817"/>
        <source>Choisissez d&apos;abord une personne dans la file.</source>
        <translation>Choose someone in the queue first.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="825"/>
        <source>Annulé : %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="830"/>
        <source>Rétabli : %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="837"/>
        <source>Clore la séance maintenant ? Le point en cours et la parole s&apos;arrêtent. (Ctrl+Z annule la clôture.)</source>
        <translation>Close the session now? The running item and turn stop. (Ctrl+Z undoes the closing.)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="896"/>
        <source>Enregistré dans le point en cours.</source>
        <translation>Saved in the running item.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="905"/>
        <source>Définition révisée ; l&apos;ancienne est gardée.</source>
        <translation>Definition revised; the old one is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="921"/>
        <source>« %1 » est déjà défini dans ce réseau : Entrée pour réviser sa définition, Échap pour annuler.</source>
        <translation>“%1” is already defined in this network: Enter to revise its definition, Esc to cancel.</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="933"/>
        <source>Capture enregistrée : %1</source>
        <translation>Captured: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="945"/>
        <source>(confidentiel)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="963"/>
        <source>décision</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="964"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="965"/>
        <source>pratique</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="966"/>
        <source>terme</source>
        <translation>term</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="967"/>
        <source>apprentissage</source>
        <translation>learning</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="968"/>
        <source>idée</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="969"/>
        <source>file</source>
        <translation>queue</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="970"/>
        <source>parole</source>
        <translation>floor</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="971"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="972"/>
        <source>annuler</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../ui/cockpit.py" line="973"/>
        <source>aide</source>
        <translation>help</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="45"/>
        <source>Réseaux</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="52"/>
        <source>Aucun réseau pour l&apos;instant. Lancez « cercle --demo » pour découvrir Cercle sur un réseau de démonstration.</source>
        <translation>No network yet. Run “cercle --demo” to discover Cercle on a demo network.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="65"/>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="72"/>
        <source>RÉSEAUX</source>
        <translation>NETWORKS</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="79"/>
        <source>SÉANCES</source>
        <translation>SESSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="81"/>
        <source>Planifier une séance  [Ctrl+N]</source>
        <translation>Plan a session  [Ctrl+N]</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="83"/>
        <source>Piloter le réseau  [Ctrl+D]</source>
        <translation>Steer the network  [Ctrl+D]</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="86"/>
        <source>Modifier la séance  [F2]</source>
        <translation>Change the session  [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="87"/>
        <source>Date, lieu et ordre du jour d&apos;une séance à venir</source>
        <translation>Date, place and agenda of an upcoming session</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="89"/>
        <source>Ouvrir la séance  [Entrée]</source>
        <translation>Open the session  [Enter]</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="135"/>
        <source>Bienvenue dans Cercle</source>
        <translation>Welcome to Cercle</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/network.py" line="164"/>
        <source>Importer des membres</source>
        <translation>Import members</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="167"/>
        <source>＋ nouveau</source>
        <translation>＋ new</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="168"/>
        <source>↪ rejoint le réseau</source>
        <translation>↪ joins the network</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="169"/>
        <source>= doublon, ignoré</source>
        <translation>= duplicate, skipped</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="170"/>
        <source>✗ erreur, ignorée</source>
        <translation>✗ error, skipped</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="174"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="175"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="176"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="177"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="179"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="186"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="189"/>
        <source>Fichier lu en %1, séparateur « %2 ». %3 à importer, %4 ignorée(s).</source>
        <translation>File read as %1, separator “%2”. %3 to import, %4 skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="198"/>
        <source>Importer %1 personne(s)</source>
        <translation>Import %1 person(s)</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="202"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../ui/launcher.py" line="32"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="35"/>
        <source>Remettre cette sauvegarde en place maintenant ? (La base actuelle est gardée de côté.)</source>
        <translation>Put this backup back now? (The current database is kept aside.)</translation>
    </message>
    <message>
        <location filename="../../ui/launcher.py" line="64"/>
        <source>Cercle ne peut pas s&apos;ouvrir</source>
        <translation>Cercle cannot open</translation>
    </message>
</context>
<context>
    <name>LeanBoard</name>
    <message>
        <location filename="../../ui/lean_board.py" line="33"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="36"/>
        <source>Sujet</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="38"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="41"/>
        <source>Tableau Lean Coffee</source>
        <translation>Lean Coffee board</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="43"/>
        <source>Nouveau sujet… (Entrée)</source>
        <translation>New topic… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="46"/>
        <source>Votant</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="47"/>
        <source>+1 vote</source>
        <translation>+1 vote</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="49"/>
        <source>−1 vote</source>
        <translation>−1 vote</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="51"/>
        <source>Discuter le suivant</source>
        <translation>Discuss the next</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="53"/>
        <source>Sujet traité</source>
        <translation>Topic done</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="57"/>
        <source>pour</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="58"/>
        <source>neutre</source>
        <translation>sideways</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="59"/>
        <source>contre</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="65"/>
        <source>Vote romain</source>
        <translation>Roman vote</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="66"/>
        <source>À la fin du temps : pour, neutre, contre</source>
        <translation>At the end of the timebox: up, sideways, down</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="72"/>
        <source>TABLEAU LEAN COFFEE</source>
        <translation>LEAN COFFEE BOARD</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="89"/>
        <source>▶ en discussion · %1</source>
        <translation>▶ discussing · %1</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="91"/>
        <source>✓ traité</source>
        <translation>✓ done</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="92"/>
        <source>à discuter</source>
        <translation>to discuss</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="105"/>
        <source>Choisissez d&apos;abord un sujet du tableau.</source>
        <translation>Choose a topic of the board first.</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="128"/>
        <source>Le sujet est prolongé.</source>
        <translation>The topic is extended.</translation>
    </message>
    <message>
        <location filename="../../ui/lean_board.py" line="130"/>
        <source>Sujet traité : au suivant.</source>
        <translation>Topic done: on to the next.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window.py" line="68"/>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="102"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="201"/>
        <source>La sauvegarde automatique de fin de séance a échoué : %1</source>
        <translation>The automatic backup at the end of the session failed: %1</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/models.py" line="29"/>
        <source>○ À venir</source>
        <translation>○ Upcoming</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="30"/>
        <source>● En cours</source>
        <translation>● Running</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="31"/>
        <source>✓ Close</source>
        <translation>✓ Closed</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="75"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="76"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="77"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="78"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="79"/>
        <source>Points</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="80"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../ui/network.py" line="226"/>
        <source>← Accueil  [Échap]</source>
        <translation>← Home  [Esc]</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="228"/>
        <source>Rapport PDF pour le sponsor  [Ctrl+E]</source>
        <translation>PDF report for the sponsor  [Ctrl+E]</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="240"/>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="241"/>
        <location filename="../../ui/network.py" line="311"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="242"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="243"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="271"/>
        <source>Cercles d&apos;engagement</source>
        <translation>Engagement circles</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="272"/>
        <source>Équilibre de la parole par séance</source>
        <translation>Balance of the floor per session</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="273"/>
        <source>Répertoire : entrées cumulées</source>
        <translation>Repertoire: cumulated entries</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="275"/>
        <source>Présence sur les 6 dernières séances</source>
        <translation>Attendance over the last 6 sessions</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="296"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="298"/>
        <source>Cercle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="302"/>
        <source>Présence 3</source>
        <translation>Attendance 3</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="303"/>
        <source>Présence 6</source>
        <translation>Attendance 6</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="304"/>
        <source>Tendance</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="305"/>
        <source>Cas apportés</source>
        <translation>Cases brought</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="306"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="307"/>
        <source>Actions menées</source>
        <translation>Actions carried out</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="308"/>
        <source>Déjà client</source>
        <translation>Been client</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="313"/>
        <source>calculé</source>
        <translation>computed</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="316"/>
        <source>Fixer le cercle</source>
        <translation>Set the circle</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="318"/>
        <source>Importer un fichier CSV…</source>
        <translation>Import a CSV file…</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="321"/>
        <source>Cercle du membre choisi :</source>
        <translation>Circle of the chosen member:</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="330"/>
        <source>Cercles calculés sur les 6 dernières séances : noyau = présent à 80 % et au moins deux contributions ; actif = présent à 50 % ; occasionnel = venu au moins une fois. ✎ : fixé par l&apos;animateur.</source>
        <translation>Circles computed over the last 6 sessions: core = present 80 % of the time and at least two contributions; active = present half of the time; occasional = came at least once. ✎: set by the facilitator.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="353"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="366"/>
        <source>Enregistrer le profil  [Ctrl+S]</source>
        <translation>Save the profile  [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="373"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="374"/>
        <source>Intention commune</source>
        <translation>Common intention</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="375"/>
        <source>Règles du jeu (une par ligne)</source>
        <translation>Ground rules (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="376"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="377"/>
        <source>Étape de vie</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="378"/>
        <source>Rythme visé</source>
        <translation>Target rhythm</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="379"/>
        <source>Durée des séances</source>
        <translation>Length of sessions</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="380"/>
        <source>Autonomie ↔ alignement</source>
        <translation>Autonomy ↔ alignment</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="381"/>
        <source>Structuration faible ↔ forte</source>
        <translation>Weak ↔ strong structuring</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="383"/>
        <source>POSITION DU RÉSEAU</source>
        <translation>POSITION OF THE NETWORK</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="397"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="398"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="399"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="404"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="405"/>
        <source>Actions ouvertes</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="411"/>
        <source>SÉANCES PLANIFIÉES</source>
        <translation>PLANNED SESSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="413"/>
        <source>Séances planifiées</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="415"/>
        <source>ACTIONS OUVERTES PAR RESPONSABLE</source>
        <translation>OPEN ACTIONS BY OWNER</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="417"/>
        <source>Actions par responsable</source>
        <translation>Actions by owner</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="419"/>
        <source>PAS ENCORE CLIENT EN CODÉVELOPPEMENT</source>
        <translation>NOT YET CLIENT IN CO-DEVELOPMENT</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="442"/>
        <source>sponsor : %1</source>
        <translation>sponsor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="443"/>
        <source>%1 membres</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="444"/>
        <source>%1 séances tenues</source>
        <translation>%1 sessions held</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="455"/>
        <source>Tout le monde l&apos;a été.</source>
        <translation>Everyone has been.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="469"/>
        <source>Membres engagés (noyau + actifs)</source>
        <translation>Engaged members (core + active)</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="471"/>
        <source>✓ au moins un tiers</source>
        <translation>✓ at least a third</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="471"/>
        <source>⚠ moins d&apos;un tiers</source>
        <translation>⚠ less than a third</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="478"/>
        <source>Rythme des séances</source>
        <translation>Rhythm of sessions</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="479"/>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="480"/>
        <source>visé : %1 j</source>
        <translation>target: %1 d</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="487"/>
        <source>Équilibre de la parole</source>
        <translation>Balance of the floor</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="489"/>
        <source>moyenne des 6 dernières séances (1 = partagé)</source>
        <translation>mean of the last 6 sessions (1 = shared)</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="494"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="495"/>
        <source>%1 / %2 à l&apos;heure</source>
        <translation>%1 / %2 on time</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="525"/>
        <source>%1 (cas : %2 · captures : %3 · actions menées : %4)</source>
        <translation>%1 (cases: %2 · captures: %3 · actions carried out: %4)</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="498"/>
        <source>%1 en retard · %2 en cours · %3 abandonnées</source>
        <translation>%1 late · %2 under way · %3 dropped</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="507"/>
        <source>Prochaine séance</source>
        <translation>Next session</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="509"/>
        <source>à planifier</source>
        <translation>to be planned</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="516"/>
        <source>✓ Aucun signal d&apos;alerte.</source>
        <translation>✓ No warning sign.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="533"/>
        <source>Ceux qui portent le réseau : %1</source>
        <translation>Who carries the network: %1</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="537"/>
        <source>%1 membre(s) partagé(s) entre %2 et %3</source>
        <translation>%1 member(s) shared between %2 and %3</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="545"/>
        <source>⚠ « %1 » est défini différemment selon les réseaux</source>
        <translation>⚠ “%1” is defined differently across networks</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="558"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="580"/>
        <source>Cercles d&apos;engagement — noyau + actifs : %1, seuil du tiers : %2</source>
        <translation>Engagement circles — core + active: %1, one-third line: %2</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="596"/>
        <source>séance</source>
        <translation>session</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="627"/>
        <source>équilibre</source>
        <translation>balance</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="640"/>
        <source>présence</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="678"/>
        <source>⚠ Très autonome : risque de devenir un groupe d&apos;intérêt ou de pression.</source>
        <translation>⚠ Very autonomous: risk of becoming an interest or pressure group.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="682"/>
        <source>⚠ Très aligné : risque d&apos;instrumentalisation comme relais du changement.</source>
        <translation>⚠ Strongly aligned: risk of being used as a relay of change.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="709"/>
        <source>Profil enregistré.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="715"/>
        <source>Choisissez d&apos;abord un membre.</source>
        <translation>Choose a member first.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="723"/>
        <source>Importer des membres</source>
        <translation>Import members</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="736"/>
        <source>Impossible de lire %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="749"/>
        <source>Import annulé : rien n&apos;a été écrit.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="752"/>
        <source>%1 personne(s) ajoutée(s).</source>
        <translation>%1 person(s) added.</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="759"/>
        <source>sante-du-reseau.pdf</source>
        <translation>network-health.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="761"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/network.py" line="788"/>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <location filename="../../ui/models.py" line="57"/>
        <source>1 membre</source>
        <translation>1 member</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="59"/>
        <source>%1 membres</source>
        <translation>%1 members</translation>
    </message>
</context>
<context>
    <name>ParticipantTile</name>
    <message>
        <location filename="../../ui/widgets.py" line="155"/>
        <source>● A LA PAROLE</source>
        <translation>● HAS THE FLOOR</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="156"/>
        <source>file n° %1</source>
        <translation>queue no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="157"/>
        <source>○ pas encore parlé</source>
        <translation>○ not spoken yet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="158"/>
        <source>▲ plus de 2× sa part</source>
        <translation>▲ over 2× their share</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../ui/planner.py" line="124"/>
        <location filename="../../ui/planner.py" line="247"/>
        <source>Planifier une séance</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="137"/>
        <source>ex. Cas de Sofia et Lean Coffee</source>
        <translation>e.g. Sofia&apos;s case and Lean Coffee</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="139"/>
        <source>ex. Salle Lumière</source>
        <translation>e.g. Lumière room</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="143"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="144"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="145"/>
        <source>Durée</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="146"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="147"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="148"/>
        <source>Animateur</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="149"/>
        <source>Secrétaire</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="152"/>
        <source>Ajouter un point  [Ctrl+Maj+A]</source>
        <translation>Add an item  [Ctrl+Shift+A]</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="155"/>
        <source>Copier cet ordre du jour</source>
        <translation>Copy this agenda</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="176"/>
        <source>← Annuler  [Échap]</source>
        <translation>← Cancel  [Esc]</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="178"/>
        <source>Enregistrer la séance  [Ctrl+S]</source>
        <translation>Save the session  [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="193"/>
        <source>ORDRE DU JOUR</source>
        <translation>AGENDA</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="235"/>
        <source>Séance %1 du %2</source>
        <translation>Session %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="239"/>
        <source>— animateur —</source>
        <translation>— facilitator —</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="240"/>
        <source>— secrétaire —</source>
        <translation>— scribe —</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="252"/>
        <source>Modifier la séance %1</source>
        <translation>Change session %1</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="310"/>
        <source>Aucune séance passée à copier.</source>
        <translation>No past session to copy.</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="334"/>
        <source>Total prévu : %1 min sur %2 min</source>
        <translation>Planned: %1 min of %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="337"/>
        <source>⚠ dépasse de %1 min</source>
        <translation>⚠ %1 min too long</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="339"/>
        <source>· reste %1 min</source>
        <translation>· %1 min left</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="351"/>
        <source>Ajoutez au moins un point à l&apos;ordre du jour.</source>
        <translation>Add at least one item to the agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/planner.py" line="357"/>
        <source>Le point %1 n&apos;a pas de titre.</source>
        <translation>Item %1 has no title.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/projector.py" line="107"/>
        <source>Cercle — projection</source>
        <translation>Cercle — projection</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="223"/>
        <source>Phase %1/%2</source>
        <translation>Phase %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="230"/>
        <source>Sujet : %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="244"/>
        <source>❚❚ EN PAUSE</source>
        <translation>❚❚ PAUSED</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="250"/>
        <source>Parole : %1</source>
        <translation>Floor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="253"/>
        <source>Parole : —</source>
        <translation>Floor: —</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="259"/>
        <source>Ensuite : %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="268"/>
        <source>Équilibre de la parole %1</source>
        <translation>Balance of the floor %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="277"/>
        <source>Dernière décision : %1</source>
        <translation>Latest decision: %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="290"/>
        <source>Merci à toutes et à tous</source>
        <translation>Thank you all</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="292"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="294"/>
        <source>Bienvenue — séance %1</source>
        <translation>Welcome — session %1</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="304"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/projector.py" line="317"/>
        <source>Prochain point : %1</source>
        <translation>Next item: %1</translation>
    </message>
</context>
<context>
    <name>RepertoirePage</name>
    <message>
        <location filename="../../ui/repertoire.py" line="94"/>
        <source>Rechercher dans le répertoire… (Ctrl+F)</source>
        <translation>Search the repertoire… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="97"/>
        <source>Tous les types</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="101"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="106"/>
        <source>étiquette</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="115"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="117"/>
        <source>Entrée</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="120"/>
        <location filename="../../ui/repertoire.py" line="152"/>
        <location filename="../../ui/repertoire.py" line="162"/>
        <location filename="../../ui/repertoire.py" line="197"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="122"/>
        <location filename="../../ui/repertoire.py" line="199"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="127"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="143"/>
        <source>Enregistrer  [Ctrl+S]</source>
        <translation>Save  [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="150"/>
        <source>Version du</source>
        <translation>Version of</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="151"/>
        <location filename="../../ui/repertoire.py" line="159"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="155"/>
        <source>Versions précédentes</source>
        <translation>Previous versions</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="156"/>
        <source>Revenir à cette version</source>
        <translation>Go back to this version</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="160"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="161"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="169"/>
        <source>ENTRÉE</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="173"/>
        <source>VERSIONS PRÉCÉDENTES</source>
        <translation>PREVIOUS VERSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="192"/>
        <source>En retard seulement</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="193"/>
        <source>Y compris les actions closes</source>
        <translation>Closed actions too</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="204"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="205"/>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="207"/>
        <source>Abandonnée</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="209"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="212"/>
        <source>Responsable :</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="225"/>
        <source>Entrées</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="226"/>
        <source>Actions à suivre</source>
        <translation>Actions to follow</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="228"/>
        <source>← Retour  [Échap]</source>
        <translation>← Back  [Esc]</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="230"/>
        <source>Répertoire partagé</source>
        <translation>Shared repertoire</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="265"/>
        <source>Tous les réseaux</source>
        <translation>All networks</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="273"/>
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="302"/>
        <source>%1 résultat(s)</source>
        <translation>%1 result(s)</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="304"/>
        <source>Les dernières entrées (%1)</source>
        <translation>The latest entries (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="331"/>
        <location filename="../../ui/repertoire.py" line="357"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="340"/>
        <source>séance %1 du %2</source>
        <translation>session %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="345"/>
        <source>par %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="347"/>
        <source>confidentiel</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="350"/>
        <source>responsable %1, échéance %2</source>
        <translation>owner %1, due %2</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="357"/>
        <source>Restaurer l&apos;entrée</source>
        <translation>Restore the entry</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="375"/>
        <source>Enregistré ; la version précédente est gardée.</source>
        <translation>Saved; the previous version is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="388"/>
        <source>Choisissez d&apos;abord une version.</source>
        <translation>Choose a version first.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="395"/>
        <source>Version restaurée ; la précédente est gardée.</source>
        <translation>Version restored; the previous one is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="411"/>
        <source>Entrée restaurée.</source>
        <translation>Entry restored.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="413"/>
        <source>Entrée supprimée (elle reste récupérable).</source>
        <translation>Entry deleted (it can still be restored).</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="424"/>
        <source>ouverte</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="425"/>
        <source>faite</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="426"/>
        <source>abandonnée</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire.py" line="441"/>
        <source>Choisissez d&apos;abord une action.</source>
        <translation>Choose an action first.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shortcuts.py" line="77"/>
        <source>Parole</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="78"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="79"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="80"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="81"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="87"/>
        <source>Donner la parole à la personne de la tuile</source>
        <translation>Give the floor to the person on the tile</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="94"/>
        <source>Fin de parole, ou suivant de la file (en tour de table : suivant)</source>
        <translation>End of turn, or next in the queue (in a round: next)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="102"/>
        <source>Ajouter à la file (puis la touche de la personne)</source>
        <translation>Add to the queue (then the person&apos;s key)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="105"/>
        <source>Suivant de la file</source>
        <translation>Next in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="109"/>
        <source>File : équilibrée ou premier arrivé</source>
        <translation>Queue: balanced or first come</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="115"/>
        <source>Tour de table : démarrer / arrêter</source>
        <translation>Round: start / stop</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="118"/>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="120"/>
        <source>Phase précédente</source>
        <translation>Previous phase</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="125"/>
        <source>Point suivant (démarre le premier)</source>
        <translation>Next item (starts the first)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="129"/>
        <source>Pause / reprise du point</source>
        <translation>Pause / resume the item</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="132"/>
        <source>Pointage : arrivées et départs</source>
        <translation>Attendance: arrivals and departures</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="134"/>
        <source>Clore la séance</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="136"/>
        <source>Capturer une décision</source>
        <translation>Capture a decision</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="139"/>
        <source>Capturer une action</source>
        <translation>Capture an action</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="144"/>
        <source>Capturer une bonne pratique</source>
        <translation>Capture a good practice</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="147"/>
        <source>Capturer un terme</source>
        <translation>Capture a term</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="148"/>
        <source>Capturer un outil</source>
        <translation>Capture a tool</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="152"/>
        <source>Capturer un apprentissage</source>
        <translation>Capture a learning</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="155"/>
        <source>Capturer une idée</source>
        <translation>Capture an idea</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="157"/>
        <source>Capturer un rituel</source>
        <translation>Capture a ritual</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="160"/>
        <source>Capturer un critère</source>
        <translation>Capture a criterion</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="165"/>
        <source>Capturer ce que la phase attend</source>
        <translation>Capture what the phase expects</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="171"/>
        <source>Projection : ouvrir / fermer</source>
        <translation>Projection: open / close</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="175"/>
        <source>Écran noir sur la projection</source>
        <translation>Blank the projection</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="180"/>
        <source>Projection : thème sombre ou clair</source>
        <translation>Projection: dark or light theme</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="186"/>
        <source>Projection : montrer ou cacher les temps de parole</source>
        <translation>Projection: show or hide speaking times</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="189"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="191"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="196"/>
        <source>Fermer la capture, annuler l&apos;ajout à la file, sinon fermer la projection</source>
        <translation>Close the capture, cancel adding to the queue, else close the projection</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="201"/>
        <source>Aide : les raccourcis</source>
        <translation>Help: the shortcuts</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/window.py" line="40"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/window.py" line="55"/>
        <source>Les touches simples ne s&apos;appliquent pas pendant la saisie d&apos;un texte.</source>
        <translation>Single keys do not apply while typing a text.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/summary.py" line="50"/>
        <source>Point</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="51"/>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="52"/>
        <source>Réel</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="54"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="67"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="74"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="75"/>
        <source>Temps</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="76"/>
        <source>Part</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="83"/>
        <source>TEMPS PAR POINT</source>
        <translation>TIME PER ITEM</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="85"/>
        <source>Temps par point</source>
        <translation>Time per item</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="87"/>
        <source>ÉQUILIBRE DE LA PAROLE</source>
        <translation>BALANCE OF THE FLOOR</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="89"/>
        <source>Parole</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="92"/>
        <source>DÉCISIONS ET AUTRES CAPTURES</source>
        <translation>DECISIONS AND OTHER CAPTURES</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="94"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="96"/>
        <source>ACTIONS</source>
        <translation>ACTIONS</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="98"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="100"/>
        <source>Exporter le compte rendu (PDF)  [Ctrl+E]</source>
        <translation>Export the minutes (PDF)  [Ctrl+E]</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="103"/>
        <source>avec les temps de parole</source>
        <translation>with speaking times</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="104"/>
        <source>avec les contenus confidentiels</source>
        <translation>with confidential content</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="108"/>
        <source>Export…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="111"/>
        <source>← Accueil  [Échap]</source>
        <translation>← Home  [Esc]</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="142"/>
        <source>Séance %1 close · %2</source>
        <translation>Session %1 closed · %2</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="148"/>
        <source>durée %1</source>
        <translation>length %1</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="162"/>
        <source>Indice d&apos;équilibre %1 · %2 tours · part équitable %3 %</source>
        <translation>Equality index %1 · %2 turns · fair share %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="170"/>
        <source>(confidentiel)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="183"/>
        <source>compte-rendu-seance-%1.pdf</source>
        <translation>minutes-session-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="187"/>
        <source>Enregistrer le compte rendu</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/summary.py" line="216"/>
        <source>Compte rendu enregistré : %1</source>
        <translation>Minutes saved: %1</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../../ui/widgets.py" line="240"/>
        <source>aucun point en cours</source>
        <translation>no item running</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="246"/>
        <source>%1 · prévu %2</source>
        <translation>%1 · planned %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="250"/>
        <source>restant sur %2</source>
        <translation>left of %2</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="253"/>
        <source>❚❚ EN PAUSE</source>
        <translation>❚❚ PAUSED</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/words.py" line="18"/>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="19"/>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="20"/>
        <source>animateur</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="21"/>
        <source>secrétaire</source>
        <translation>scribe</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="22"/>
        <source>gardien du temps</source>
        <translation>timekeeper</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="23"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="42"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="43"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="44"/>
        <source>Bonne pratique</source>
        <translation>Good practice</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="45"/>
        <source>Terme</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="46"/>
        <source>Outil</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="47"/>
        <source>Rituel</source>
        <translation>Ritual</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="48"/>
        <source>Critère</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="49"/>
        <source>Apprentissage</source>
        <translation>Learning</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="50"/>
        <source>Idée</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="68"/>
        <source>⚠ Derniers 20 %</source>
        <translation>⚠ Last 20 %</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="69"/>
        <source>⚠ Dépassement</source>
        <translation>⚠ Overrun</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="75"/>
        <source>équilibrée ⇄</source>
        <translation>balanced ⇄</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="76"/>
        <source>premier arrivé</source>
        <translation>first come</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="94"/>
        <source>ouverture de la séance</source>
        <translation>opening the session</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="95"/>
        <source>clôture de la séance</source>
        <translation>closing the session</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="96"/>
        <source>ordre de la file</source>
        <translation>queue order</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="97"/>
        <source>limite de parole</source>
        <translation>speaking limit</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="98"/>
        <source>statistiques projetées</source>
        <translation>projected statistics</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="99"/>
        <source>pointage</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="100"/>
        <source>départ</source>
        <translation>departure</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="101"/>
        <source>ajout d&apos;un point</source>
        <translation>adding an item</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="102"/>
        <source>modification d&apos;un point</source>
        <translation>editing an item</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="103"/>
        <source>déplacement d&apos;un point</source>
        <translation>moving an item</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="104"/>
        <source>retrait d&apos;un point</source>
        <translation>removing an item</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="105"/>
        <source>point sauté</source>
        <translation>skipped item</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="106"/>
        <source>rôle</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="107"/>
        <source>ajustement de l&apos;ordre du jour</source>
        <translation>fitting the agenda</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="108"/>
        <source>début du point</source>
        <translation>start of the item</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="109"/>
        <source>fin du point</source>
        <translation>end of the item</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="110"/>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="111"/>
        <source>reprise</source>
        <translation>resume</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="112"/>
        <source>phase suivante</source>
        <translation>next phase</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="113"/>
        <source>phase précédente</source>
        <translation>previous phase</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="114"/>
        <source>prise de parole</source>
        <translation>floor given</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="115"/>
        <source>reprise de la parole</source>
        <translation>floor taken back</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="116"/>
        <source>ajout à la file</source>
        <translation>added to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="117"/>
        <source>retrait de la file</source>
        <translation>removed from the queue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="118"/>
        <source>suivant de la file</source>
        <translation>next in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="119"/>
        <source>tour de table</source>
        <translation>round</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="120"/>
        <source>tour de table : suivant</source>
        <translation>round: next</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="121"/>
        <source>fin du tour de table</source>
        <translation>end of the round</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="122"/>
        <source>sujet proposé</source>
        <translation>topic proposed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="123"/>
        <source>vote</source>
        <translation>vote</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="124"/>
        <source>vote retiré</source>
        <translation>vote withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="125"/>
        <source>sujet en discussion</source>
        <translation>topic discussed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="126"/>
        <source>vote romain</source>
        <translation>roman vote</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="127"/>
        <source>sujet traité</source>
        <translation>topic done</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="128"/>
        <source>capture</source>
        <translation>capture</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="129"/>
        <source>statut d&apos;une action</source>
        <translation>action status</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="130"/>
        <source>contrat</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="131"/>
        <source>plan d&apos;action</source>
        <translation>action plan</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="132"/>
        <source>correction d&apos;un tour</source>
        <translation>turn corrected</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="133"/>
        <source>suppression d&apos;un tour</source>
        <translation>turn deleted</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="140"/>
        <source>proposé</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="141"/>
        <source>adopté</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="142"/>
        <source>révisé</source>
        <translation>revised</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="143"/>
        <source>retiré</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="149"/>
        <source>noyau</source>
        <translation>core</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="150"/>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="151"/>
        <source>occasionnel</source>
        <translation>occasional</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="152"/>
        <source>périphérique</source>
        <translation>peripheral</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="153"/>
        <source>ponctuel</source>
        <translation>transactional</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="159"/>
        <source>potentiel</source>
        <translation>potential</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="160"/>
        <source>en constitution</source>
        <translation>coalescing</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="161"/>
        <source>en maturation</source>
        <translation>maturing</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="162"/>
        <source>bien établi</source>
        <translation>stewardship</translation>
    </message>
    <message>
        <location filename="../../ui/words.py" line="163"/>
        <source>en transformation</source>
        <translation>transformation</translation>
    </message>
</context>
</TS>
