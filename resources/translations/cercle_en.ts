<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>À propos de Cercle</source>
        <translation>About Cercle</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="66"/>
        <source>Cercle %1</source>
        <translation>Cercle %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="71"/>
        <source>L&apos;instrument de l&apos;animateur de réseaux apprenants : communautés de pratique, groupes de codéveloppement, retours d&apos;expérience.</source>
        <translation>The facilitator&apos;s instrument for learning networks: communities of practice, co-development groups, experience reviews.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="90"/>
        <source>celles de l&apos;administrateur du serveur (pg_dump)</source>
        <translation>the server administrator&apos;s (pg_dump)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="94"/>
        <source>Dossier des données</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="95"/>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="96"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="99"/>
        <source>Logiciel libre sous licence %1 : vous pouvez l&apos;utiliser, l&apos;étudier, le modifier et le redistribuer aux mêmes conditions.</source>
        <translation>Free software under the %1 licence: you may use, study, change and share it on the same terms.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="104"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="107"/>
        <source>Composants</source>
        <translation>Components</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="110"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="112"/>
        <source>Ouvrir le dossier des données</source>
        <translation>Open the data folder</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/kit/table.py" line="164"/>
        <source>⚠ en retard</source>
        <translation>⚠ overdue</translation>
    </message>
    <message>
        <location filename="../../ui/kit/table.py" line="169"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/kit/table.py" line="173"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/kit/table.py" line="175"/>
        <source>Échéance</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>ActionsBoard</name>
    <message>
        <location filename="../../ui/session/actions_board.py" line="42"/>
        <source>Cercle — actions à revoir</source>
        <translation>Cercle — actions to review</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="68"/>
        <source>%1 · séance %2 du %3</source>
        <translation>%1 · session %2 of %3</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="74"/>
        <source>Actions à revoir (%1)</source>
        <translation>Actions to review (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="76"/>
        <source>Aucune action ouverte : tout a été fait.</source>
        <translation>No open action: everything was done.</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="84"/>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="96"/>
        <source>… et %1 autres : voir la liste imprimée.</source>
        <translation>… and %1 more: see the printed list.</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="34"/>
        <source>En retard seulement</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="35"/>
        <source>Y compris les actions closes</source>
        <translation>Closed actions too</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="39"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="41"/>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="46"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="47"/>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="49"/>
        <source>Abandonnée</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="51"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="54"/>
        <source>Responsable :</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="72"/>
        <source>Tout le monde</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="93"/>
        <source>Choisissez d&apos;abord une action.</source>
        <translation>Choose an action first.</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/session/agenda_panel.py" line="56"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/session/agenda_panel.py" line="59"/>
        <source>Double-clic : démarrer ce point</source>
        <translation>Double click: start this item</translation>
    </message>
    <message>
        <location filename="../../ui/session/agenda_panel.py" line="61"/>
        <source>ORDRE DU JOUR</source>
        <translation>AGENDA</translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <location filename="../../ui/home/planner.py" line="47"/>
        <source>Titre du point</source>
        <translation>Item title</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="57"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="61"/>
        <source>— client —</source>
        <translation>— client —</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="65"/>
        <source>Confidentiel</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="68"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="69"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="70"/>
        <source>Retirer ce point</source>
        <translation>Remove this item</translation>
    </message>
</context>
<context>
    <name>AudibleCue</name>
    <message>
        <location filename="../../ui/session/sound.py" line="116"/>
        <source>Le son n&apos;est pas disponible sur ce poste (bibliothèque audio absente).</source>
        <translation>Sound is not available on this computer (no audio library).</translation>
    </message>
    <message>
        <location filename="../../ui/session/sound.py" line="123"/>
        <source>Signal sonore activé : à 80 % et à la fin de chaque phase et de chaque point.</source>
        <translation>Audible cue on: at 80 % and at the end of every phase and every item.</translation>
    </message>
    <message>
        <location filename="../../ui/session/sound.py" line="127"/>
        <source>Signal sonore coupé.</source>
        <translation>Audible cue off.</translation>
    </message>
</context>
<context>
    <name>BottomLines</name>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="37"/>
        <source>ce point</source>
        <translation>this item</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="37"/>
        <source>la séance</source>
        <translation>the session</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="39"/>
        <source>Équilibre (%1) : %2</source>
        <translation>Balance (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="45"/>
        <source>Équilibre : sans objet, une seule personne a la parole ici</source>
        <translation>Balance: not applicable, only one person has the floor here</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="51"/>
        <source>Temps de parole par rôle : %1</source>
        <translation>Speaking time by role: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="57"/>
        <source>décision</source>
        <translation>decision</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="58"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="59"/>
        <source>pratique</source>
        <translation>practice</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="60"/>
        <source>terme</source>
        <translation>term</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="61"/>
        <source>apprentissage</source>
        <translation>learning</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="62"/>
        <source>idée</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="63"/>
        <source>file</source>
        <translation>queue</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="64"/>
        <source>parole</source>
        <translation>floor</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="65"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="66"/>
        <source>annuler</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="67"/>
        <source>aide</source>
        <translation>help</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="56"/>
        <source>Contrat du client</source>
        <translation>Client&apos;s contract</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="57"/>
        <source>Plan d&apos;action du client</source>
        <translation>Client&apos;s action plan</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="58"/>
        <source>Type de capture</source>
        <translation>Kind of capture</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="62"/>
        <location filename="../../ui/session/capture_bar.py" line="135"/>
        <source>Détail (facultatif)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="64"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="65"/>
        <source>pour le</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="69"/>
        <location filename="../../ui/session/capture_bar.py" line="116"/>
        <source>Confidentiel</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="70"/>
        <source>Enregistrer ↵</source>
        <translation>Save ↵</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="72"/>
        <source>Annuler (Échap)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="106"/>
        <source>— responsable —</source>
        <translation>— owner —</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="114"/>
        <source>Confidentiel : reste dans la salle</source>
        <translation>Confidential: stays in the room</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="133"/>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="138"/>
        <source>La question du client, telle que convenue</source>
        <translation>The client&apos;s question, as agreed</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="139"/>
        <source>Ce que le client va faire</source>
        <translation>What the client will do</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="140"/>
        <source>Texte de la capture</source>
        <translation>Text of the capture</translation>
    </message>
</context>
<context>
    <name>CaptureDesk</name>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="68"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="103"/>
        <source>Aucun point n&apos;est en cours.</source>
        <translation>No item is running.</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="109"/>
        <source>Enregistré dans le point en cours.</source>
        <translation>Saved in the running item.</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="118"/>
        <source>Définition révisée ; l&apos;ancienne est gardée.</source>
        <translation>Definition revised; the old one is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="142"/>
        <source>« %1 » est déjà défini dans ce réseau : Entrée pour réviser sa définition, Échap pour annuler.</source>
        <translation>“%1” is already defined in this network: Enter to revise its definition, Esc to cancel.</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="150"/>
        <source>Capture enregistrée : %1</source>
        <translation>Captured: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="162"/>
        <source>(confidentiel)</source>
        <translation>(confidential)</translation>
    </message>
</context>
<context>
    <name>CaseChoice</name>
    <message>
        <location filename="../../ui/session/case_choice.py" line="42"/>
        <source>peut attendre</source>
        <translation>can wait</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="42"/>
        <source>bientôt</source>
        <translation>soon</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="42"/>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="45"/>
        <source>Cas proposé</source>
        <translation>Proposed case</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="46"/>
        <location filename="../../ui/session/case_choice.py" line="60"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="47"/>
        <source>Urgence</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="49"/>
        <source>Voix</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="55"/>
        <source>Cas proposés</source>
        <translation>Proposed cases</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="58"/>
        <source>Un cas à proposer (titre)</source>
        <translation>A case to propose (title)</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="65"/>
        <source>Proposer</source>
        <translation>Propose</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="73"/>
        <source>+1 voix  [+]</source>
        <translation>+1 vote  [+]</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="75"/>
        <source>−1  [−]</source>
        <translation>−1  [−]</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="77"/>
        <source>Choisir ce cas  [Ctrl+K]</source>
        <translation>Choose this case  [Ctrl+K]</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="87"/>
        <source>CAS PROPOSÉS POUR LE CODÉVELOPPEMENT</source>
        <translation>CASES PROPOSED FOR CO-DEVELOPMENT</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="106"/>
        <source>— client —</source>
        <translation>— client —</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="119"/>
        <source>Pas de point de codéveloppement à cette séance.</source>
        <translation>No co-development item in this session.</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="121"/>
        <source>Aucun cas en attente : proposez-en un ci-dessous.</source>
        <translation>No case waiting: propose one below.</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="124"/>
        <source>Le cas choisi devient le point « %1 », avec son client.</source>
        <translation>The chosen case becomes the item “%1”, with its client.</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="166"/>
        <location filename="../../ui/session/case_choice.py" line="184"/>
        <source>Choisissez d&apos;abord un cas proposé.</source>
        <translation>Choose a proposed case first.</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="188"/>
        <source>Pas de point de codéveloppement à cette séance : ajoutez-en un (F2).</source>
        <translation>No co-development item in this session: add one (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="199"/>
        <source>Cas choisi : %1. Les autres attendent la prochaine séance.</source>
        <translation>Case chosen: %1. The others wait for the next session.</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../ui/session/case_panel.py" line="34"/>
        <source>LE CAS</source>
        <translation>THE CASE</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="41"/>
        <source>apprentissages</source>
        <translation>learnings</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="42"/>
        <source>contrat</source>
        <translation>contract</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="43"/>
        <source>plan d&apos;action</source>
        <translation>action plan</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="82"/>
        <source>pas encore (touche C)</source>
        <translation>not yet (key C)</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="83"/>
        <location filename="../../ui/session/case_panel.py" line="116"/>
        <source>Contrat : %1</source>
        <translation>Contract: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="84"/>
        <location filename="../../ui/session/case_panel.py" line="117"/>
        <source>Plan d&apos;action : %1</source>
        <translation>Action plan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="92"/>
        <source>Fin du cas : que le client partage-t-il avec le groupe ?</source>
        <translation>End of the case: what does the client share with the group?</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="94"/>
        <source>Cas confidentiel. Le client partage avec le groupe :</source>
        <translation>Confidential case. The client shares with the group:</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="111"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="113"/>
        <source>Retour sur le cas de la séance %1 (%2)</source>
        <translation>Report-back on the case of session %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="121"/>
        <source>Actions ouvertes : %1</source>
        <translation>Open actions: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="125"/>
        <source>Déjà un retour en séance %1</source>
        <translation>Already reported back in session %1</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../ui/session/checkin.py" line="66"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="67"/>
        <location filename="../../ui/session/checkin.py" line="72"/>
        <source>Pointage</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="68"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="69"/>
        <source>Touche</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="98"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="100"/>
        <source>n° %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="108"/>
        <source>Actions ouvertes</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="110"/>
        <source>Aucune action ouverte : tout a été fait.</source>
        <translation>No open action: everything was done.</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="123"/>
        <source>Pour la salle :</source>
        <translation>For the room:</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="76"/>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="77"/>
        <source>Excusé</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="78"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="83"/>
        <source>Tous présents</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="89"/>
        <source>Part avant la fin</source>
        <translation>Leaves early</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="112"/>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="114"/>
        <source>Abandonnée</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="125"/>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="126"/>
        <source>Projeter</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="133"/>
        <source>← Accueil</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="146"/>
        <source>POINTAGE</source>
        <translation>ATTENDANCE</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="152"/>
        <source>ACTIONS OUVERTES DES SÉANCES PRÉCÉDENTES</source>
        <translation>OPEN ACTIONS FROM EARLIER SESSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="205"/>
        <source>Séance %1 · %2</source>
        <translation>Session %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="207"/>
        <source>Séance %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="221"/>
        <source>parti·e à %1</source>
        <translation>left at %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="223"/>
        <source>arrivé·e à %1</source>
        <translation>arrived at %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="231"/>
        <source>%1 présent·e·s</source>
        <translation>%1 present</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="233"/>
        <source>%1 non pointé·e·s</source>
        <translation>%1 not checked in</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="244"/>
        <source>Retour à la séance</source>
        <translation>Back to the session</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="246"/>
        <source>Démarrer la séance</source>
        <translation>Start the session</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="253"/>
        <source>[confidentielle] %1</source>
        <translation>[confidential] %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="262"/>
        <source>— à pointer</source>
        <translation>— to check in</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="279"/>
        <source>Choisissez d&apos;abord un membre.</source>
        <translation>Choose a member first.</translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="309"/>
        <source>Choisissez d&apos;abord une action.</source>
        <translation>Choose an action first.</translation>
    </message>
</context>
<context>
    <name>CockpitKeys</name>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="63"/>
        <source>Tuile %1</source>
        <translation>Tile %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="69"/>
        <source>Point suivant</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="70"/>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="71"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="72"/>
        <source>Fin de parole</source>
        <translation>End of turn</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="73"/>
        <source>Tour de table</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="74"/>
        <source>Pointage</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="75"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="76"/>
        <source>Clore</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="77"/>
        <source>Projeter</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="78"/>
        <source>Écran noir</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="79"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="80"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="81"/>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="106"/>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="106"/>
        <source>Rien à annuler</source>
        <translation>Nothing to undo</translation>
    </message>
</context>
<context>
    <name>CockpitPage</name>
    <message>
        <location filename="../../ui/session/cockpit.py" line="460"/>
        <source>Clore la séance</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="198"/>
        <source>CAPTURES DE LA SÉANCE</source>
        <translation>CAPTURES OF THE SESSION</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="214"/>
        <source>Personne n&apos;est pointé présent : F2 pour faire le pointage.</source>
        <translation>Nobody is checked in: F2 for attendance.</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="313"/>
        <source>Séance %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="450"/>
        <source>Annulé : %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="455"/>
        <source>Rétabli : %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="462"/>
        <source>Clore la séance maintenant ? Le point en cours et la parole s&apos;arrêtent. (Ctrl+Z annule la clôture.)</source>
        <translation>Close the session now? The running item and turn stop. (Ctrl+Z undoes the closing.)</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../../ui/shell/command_runner.py" line="54"/>
        <source>Cette commande n&apos;a pas pu être enregistrée ; ce qui était déjà enregistré est intact. Détails dans le journal.</source>
        <translation>This command could not be saved; what was already saved is intact. Details in the log.</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../ui/kit/controls.py" line="33"/>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="35"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="37"/>
        <location filename="../../ui/kit/controls.py" line="41"/>
        <location filename="../../ui/kit/controls.py" line="101"/>
        <source>Aucun point n&apos;est en cours.</source>
        <translation>No item is running.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="43"/>
        <source>Ce point n&apos;a qu&apos;une phase.</source>
        <translation>This item has a single phase.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="45"/>
        <source>C&apos;est la dernière phase : Maj+N termine le point.</source>
        <translation>This is the last phase: Shift+N ends the item.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="51"/>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="56"/>
        <location filename="../../ui/kit/controls.py" line="77"/>
        <source>Point suivant</source>
        <translation>Next item</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="58"/>
        <location filename="../../ui/kit/controls.py" line="106"/>
        <source>La séance est close.</source>
        <translation>The session is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="62"/>
        <location filename="../../ui/kit/controls.py" line="70"/>
        <source>Démarrer le point</source>
        <translation>Start the item</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="64"/>
        <source>Tous les points sont traités : Ctrl+Maj+W clôt la séance.</source>
        <translation>Every item is done: Ctrl+Shift+W closes the session.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="74"/>
        <source>Terminer le point</source>
        <translation>End the item</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="80"/>
        <source>Tour : suivant</source>
        <translation>Round: next</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="82"/>
        <source>Fin de parole</source>
        <translation>End of turn</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="85"/>
        <source>Suivant de la file</source>
        <translation>Next in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="87"/>
        <source>Personne ne parle et la file est vide : la touche d&apos;une personne.</source>
        <translation>Nobody speaks and the queue is empty: press a person&apos;s key.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="92"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="94"/>
        <source>La file est vide.</source>
        <translation>The queue is empty.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="97"/>
        <source>Arrêter le tour</source>
        <translation>Stop the round</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="99"/>
        <source>Tour de table</source>
        <translation>Round</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="104"/>
        <source>Clore</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="108"/>
        <source>La séance n&apos;a pas commencé.</source>
        <translation>The session has not started.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="119"/>
        <source>● À l&apos;heure</source>
        <translation>● On time</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="121"/>
        <source>▲ En avance de %1 min</source>
        <translation>▲ %1 min ahead</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="125"/>
        <source>▼ En retard de %1 min</source>
        <translation>▼ %1 min behind</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="132"/>
        <source>commencée avec %1 min de retard</source>
        <translation>started %1 min late</translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="134"/>
        <source>début attendu depuis %1 min</source>
        <translation>due to start %1 min ago</translation>
    </message>
</context>
<context>
    <name>CursorMap</name>
    <message>
        <location filename="../../ui/steering/cursor_map.py" line="50"/>
        <source>autonomie</source>
        <translation>autonomy</translation>
    </message>
    <message>
        <location filename="../../ui/steering/cursor_map.py" line="55"/>
        <source>alignement</source>
        <translation>alignment</translation>
    </message>
    <message>
        <location filename="../../ui/steering/cursor_map.py" line="61"/>
        <source>souple</source>
        <translation>loose</translation>
    </message>
    <message>
        <location filename="../../ui/steering/cursor_map.py" line="64"/>
        <source>structuré</source>
        <translation>structured</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/steering/charts.py" line="52"/>
        <source>Cercles d&apos;engagement</source>
        <translation>Engagement circles</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="54"/>
        <source>Équilibre de la parole par séance</source>
        <translation>Balance of the floor per session</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="56"/>
        <source>Répertoire : entrées cumulées</source>
        <translation>Repertoire: cumulated entries</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="58"/>
        <source>Présence sur les 6 dernières séances</source>
        <translation>Attendance over the last 6 sessions</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="60"/>
        <source>ROTI moyen par séance (1 à 5)</source>
        <translation>Mean ROTI per session (1 to 5)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="84"/>
        <source>ROTI</source>
        <translation>ROTI</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="95"/>
        <source>membres</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="117"/>
        <source>Cercles d&apos;engagement — noyau + actifs : %1, seuil du tiers : %2</source>
        <translation>Engagement circles — core + active: %1, one-third line: %2</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="135"/>
        <source>séance n°</source>
        <translation>session no.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="173"/>
        <source>équilibre</source>
        <translation>balance</translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="191"/>
        <source>présence</source>
        <translation>attendance</translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="91"/>
        <source>Cercle — démonstration</source>
        <translation>Cercle — demo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="96"/>
        <source>Préparation de la démonstration…</source>
        <translation>Preparing the demo…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="103"/>
        <source>Cercle crée un réseau fictif, ses membres et six séances passées. Cela ne se fait qu&apos;une fois et prend quelques secondes.</source>
        <translation>Cercle is creating a fictional network, its members and six past sessions. This happens only once and takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="111"/>
        <source>Les membres du réseau…</source>
        <translation>The network&apos;s members…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="118"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="130"/>
        <source>Ouverture de la fenêtre…</source>
        <translation>Opening the window…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="132"/>
        <source>La prochaine séance…</source>
        <translation>The next session…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="135"/>
        <source>Séance passée %1 sur %2…</source>
        <translation>Past session %1 of %2…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="141"/>
        <source>La démonstration n&apos;a pas pu être créée.</source>
        <translation>The demo could not be created.</translation>
    </message>
</context>
<context>
    <name>DueActions</name>
    <message>
        <location filename="../../ui/session/actions_board.py" line="150"/>
        <source>actions-seance-%1.pdf</source>
        <translation>actions-session-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="164"/>
        <source>Liste des actions ouverte pour l&apos;imprimer : %1</source>
        <translation>List of actions opened for printing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="166"/>
        <source>Liste des actions enregistrée (aucun lecteur PDF ne s&apos;est ouvert) : %1</source>
        <translation>List of actions saved (no PDF viewer opened): %1</translation>
    </message>
</context>
<context>
    <name>EngagementTab</name>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="48"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="50"/>
        <source>Cercle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="54"/>
        <source>Présence 3</source>
        <translation>Attendance 3</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="55"/>
        <source>Présence 6</source>
        <translation>Attendance 6</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="56"/>
        <source>Tendance</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="57"/>
        <source>Cas apportés</source>
        <translation>Cases brought</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="58"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="59"/>
        <source>Actions menées</source>
        <translation>Actions carried out</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="60"/>
        <source>Déjà client</source>
        <translation>Been client</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="63"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="65"/>
        <source>calculé</source>
        <translation>computed</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="68"/>
        <source>Fixer le cercle</source>
        <translation>Set the circle</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="71"/>
        <source>Cercle du membre choisi :</source>
        <translation>Circle of the chosen member:</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="79"/>
        <source>Cercles calculés sur les 6 dernières séances : noyau = présent à 80 % et au moins deux contributions ; actif = présent à 50 % ; occasionnel = venu au moins une fois. ✎ : fixé par l&apos;animateur.</source>
        <translation>Circles computed over the last 6 sessions: core = present 80 % of the time and at least two contributions; active = present half of the time; occasional = came at least once. ✎: set by the facilitator.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="92"/>
        <source>Choisissez d&apos;abord un membre.</source>
        <translation>Choose a member first.</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../ui/home/exchange.py" line="58"/>
        <source>Exporter ce réseau…</source>
        <translation>Export this network…</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="61"/>
        <source>Exporter avec les contenus confidentiels (vers vos propres postes)…</source>
        <translation>Export with the confidential content (to your own computers)…</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="65"/>
        <source>Importer / fusionner un réseau…</source>
        <translation>Import / merge a network…</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="69"/>
        <location filename="../../ui/home/exchange.py" line="182"/>
        <source>Publier sur le serveur</source>
        <translation>Publish to the server</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="71"/>
        <location filename="../../ui/home/exchange.py" line="201"/>
        <source>Mettre à jour depuis le serveur</source>
        <translation>Update from the server</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="72"/>
        <source>Serveur…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="79"/>
        <source>Réseau Cercle (*.cercle)</source>
        <translation>Cercle network (*.cercle)</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="80"/>
        <source>Base Cercle (*.sqlite3)</source>
        <translation>Cercle database (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="81"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="93"/>
        <source>Exporter ce réseau</source>
        <translation>Export this network</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="116"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="123"/>
        <source>Réseau exporté avec ses contenus confidentiels : %1. Ne le confiez à personne d&apos;autre que vous-même.</source>
        <translation>Network exported with its confidential content: %1. Hand it to nobody but yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="127"/>
        <source>Réseau exporté : %1 (les contenus confidentiels restent sur ce poste).</source>
        <translation>Network exported: %1 (the confidential content stays on this computer).</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="136"/>
        <location filename="../../ui/home/exchange.py" line="157"/>
        <source>Importer / fusionner un réseau</source>
        <translation>Import / merge a network</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="156"/>
        <source>Fichier : %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="180"/>
        <source>Serveur : %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="199"/>
        <source>Serveur : %1 · vous : %2</source>
        <translation>Server: %1 · you: %2</translation>
    </message>
</context>
<context>
    <name>FloorKeys</name>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="33"/>
        <source>Aucune personne présente sur la touche %1.</source>
        <translation>Nobody present on key %1.</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="51"/>
        <source>%1 parle hors de la règle de cette phase (c&apos;est noté, pas bloqué).</source>
        <translation>%1 speaks outside this phase&apos;s rule (noted, not blocked).</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="63"/>
        <source>Retirer de la file</source>
        <translation>Remove from the queue</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="67"/>
        <source>Ajouter à la file</source>
        <translation>Add to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="69"/>
        <source>Part avant la fin</source>
        <translation>Leaves early</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="89"/>
        <source>La séance est close.</source>
        <translation>The session is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="92"/>
        <source>Prochain point : %1</source>
        <translation>Next item: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="95"/>
        <source>Tous les points sont traités.</source>
        <translation>Every item is done.</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="97"/>
        <source>Maj+N pour démarrer le point suivant</source>
        <translation>Shift+N to start the next item</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="106"/>
        <source>  (confidentiel)</source>
        <translation>  (confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="112"/>
        <source>%4 · phase %1/%2 · %3</source>
        <translation>%4 · phase %1/%2 · %3</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="120"/>
        <source>Ensuite (N) : %1</source>
        <translation>Next (N): %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="122"/>
        <source>Dernière phase : Maj+N pour passer au point suivant</source>
        <translation>Last phase: Shift+N for the next item</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="137"/>
        <source>Parole : personne</source>
        <translation>Floor: nobody</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="141"/>
        <source>Parole : %1 — %2</source>
        <translation>Floor: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="144"/>
        <source>(limite %1)</source>
        <translation>(limit %1)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="148"/>
        <source>⚠ parle hors de la règle de la phase</source>
        <translation>⚠ speaking outside the phase&apos;s rule</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="150"/>
        <source>⚠ a dépassé la limite de parole</source>
        <translation>⚠ past the speaking limit</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="157"/>
        <source>Tour de table en cours (%1 chacun) — ensuite : %2 (Espace)</source>
        <translation>Round under way (%1 each) — next: %2 (Space)</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="159"/>
        <source>fin du tour</source>
        <translation>end of the round</translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="165"/>
        <source>Ajouter à la file : touche de la personne (Échap annule)</source>
        <translation>Add to the queue: the person&apos;s key (Esc cancels)</translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="64"/>
        <location filename="../../ui/steering/health_tab.py" line="89"/>
        <source>Membres engagés (noyau + actifs)</source>
        <translation>Engaged members (core + active)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="91"/>
        <source>aucun membre</source>
        <translation>no members</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="93"/>
        <source>✓ au moins un tiers</source>
        <translation>✓ at least a third</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="95"/>
        <source>⚠ moins d&apos;un tiers</source>
        <translation>⚠ less than a third</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="65"/>
        <location filename="../../ui/steering/health_tab.py" line="101"/>
        <source>Rythme des séances</source>
        <translation>Rhythm of sessions</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="102"/>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="103"/>
        <source>visé : %1 j</source>
        <translation>target: %1 d</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="66"/>
        <location filename="../../ui/steering/health_tab.py" line="108"/>
        <source>Équilibre de la parole</source>
        <translation>Balance of the floor</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="110"/>
        <source>moyenne des 6 dernières séances (1 = partagé)</source>
        <translation>mean of the last 6 sessions (1 = shared)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="68"/>
        <location filename="../../ui/steering/health_tab.py" line="115"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="116"/>
        <source>%1 / %2 à l&apos;heure</source>
        <translation>%1 / %2 on time</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="117"/>
        <source>%1 en retard · %2 en cours · %3 abandonnées</source>
        <translation>%1 late · %2 under way · %3 dropped</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="67"/>
        <location filename="../../ui/steering/health_tab.py" line="131"/>
        <source>ROTI de la dernière séance</source>
        <translation>ROTI of the last session</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="133"/>
        <source>à faire en fin de séance</source>
        <translation>to do at the end of a session</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="135"/>
        <source>4–5 : %1 % · réponses : %2 %</source>
        <translation>4–5: %1 % · answered: %2 %</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="69"/>
        <location filename="../../ui/steering/health_tab.py" line="143"/>
        <source>Prochaine séance</source>
        <translation>Next session</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="62"/>
        <source>lecture…</source>
        <translation>reading…</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="76"/>
        <source>Lecture de l&apos;historique du réseau…</source>
        <translation>Reading the network&apos;s history…</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="145"/>
        <source>à planifier</source>
        <translation>to be planned</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="152"/>
        <source>✓ Aucun signal d&apos;alerte.</source>
        <translation>✓ No warning sign.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="159"/>
        <source>%1 (cas : %2 · captures : %3 · actions menées : %4)</source>
        <translation>%1 (cases: %2 · captures: %3 · actions carried out: %4)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="167"/>
        <source>Ceux qui portent le réseau : %1</source>
        <translation>Who carries the network: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/health_tab.py" line="170"/>
        <source>%n membre(s) partagé(s) entre %2 et %3</source>
        <translation>
            <numerusform>%n member shared between %2 and %3</numerusform>
            <numerusform>%n members shared between %2 and %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="177"/>
        <source>⚠ « %1 » est défini différemment selon les réseaux</source>
        <translation>⚠ “%1” is defined differently across networks</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home/page.py" line="83"/>
        <source>Réseaux</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="101"/>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="112"/>
        <source>Ramener un réseau archivé sur l&apos;accueil</source>
        <translation>Bring an archived network back to the home page</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="120"/>
        <source>RÉSEAUX</source>
        <translation>NETWORKS</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="140"/>
        <source>SÉANCES</source>
        <translation>SESSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="149"/>
        <source>Date, lieu et ordre du jour d&apos;une séance à venir</source>
        <translation>Date, place and agenda of an upcoming session</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="109"/>
        <source>+ Nouveau réseau</source>
        <translation>+ New network</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="115"/>
        <source>Vue d&apos;ensemble des réseaux</source>
        <translation>Overview of the networks</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="118"/>
        <source>Tous les réseaux côte à côte, pour le sponsor et la direction</source>
        <translation>Every network side by side, for the sponsor and the management</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="129"/>
        <source>Échanger ce réseau</source>
        <translation>Exchange this network</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="131"/>
        <source>Exporter, importer et fusionner, publier sur le serveur, mettre à jour</source>
        <translation>Export, import and merge, publish to the server, update</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="142"/>
        <source>Planifier une séance</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="143"/>
        <source>Piloter le réseau</source>
        <translation>Steer the network</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="146"/>
        <source>Modifier la séance</source>
        <translation>Change the session</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="152"/>
        <source>Ouvrir la séance</source>
        <translation>Open the session</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="163"/>
        <source>Aucune séance pour l&apos;instant : Ctrl+N planifie la première. Les membres s&apos;ajoutent dans Piloter le réseau (Ctrl+D), onglet Membres.</source>
        <translation>No session yet: Ctrl+N plans the first one. Members are added in Steer the network (Ctrl+D), Members tab.</translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="250"/>
        <source>Ramener « %1 »</source>
        <translation>Bring back &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home/page.py" line="252"/>
        <source>Réseaux archivés (%n)</source>
        <translation>
            <numerusform>Archived network (%n)</numerusform>
            <numerusform>Archived networks (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="261"/>
        <source>Bienvenue dans Cercle</source>
        <translation>Welcome to Cercle</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="53"/>
        <source>Importer des membres</source>
        <translation>Import members</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="56"/>
        <source>+ nouveau</source>
        <translation>+ new</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="57"/>
        <source>↪ rejoint le réseau</source>
        <translation>↪ joins the network</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="58"/>
        <source>= doublon, ignoré</source>
        <translation>= duplicate, skipped</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="59"/>
        <source>✗ erreur, ignorée</source>
        <translation>✗ error, skipped</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="63"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="64"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="65"/>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="66"/>
        <source>Unité</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="68"/>
        <source>Résultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="75"/>
        <source>Aperçu</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="80"/>
        <source>Fichier lu : %1.</source>
        <translation>File read: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="82"/>
        <source>Fichier lu en %1, séparateur « %2 ».</source>
        <translation>File read as %1, separator &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="86"/>
        <source>%n ligne(s) à importer</source>
        <translation>
            <numerusform>%n row to import</numerusform>
            <numerusform>%n rows to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="87"/>
        <source>%n ignorée(s)</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="92"/>
        <source>Importer %n personne(s)</source>
        <translation>
            <numerusform>Import %n person</numerusform>
            <numerusform>Import %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="97"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <location filename="../../ui/kit/job_strip.py" line="28"/>
        <location filename="../../ui/kit/job_strip.py" line="45"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/kit/job_strip.py" line="29"/>
        <source>Arrêter : rien n&apos;est modifié.</source>
        <translation>Stop: nothing is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/job_strip.py" line="55"/>
        <source>Arrêt…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../ui/kit/jobs.py" line="205"/>
        <source>Le fichier %1 n&apos;a pas pu être utilisé : %2.</source>
        <translation>The file %1 could not be used: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/jobs.py" line="209"/>
        <source>Opération impossible : %1.</source>
        <translation>This could not be done: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/kit/jobs.py" line="212"/>
        <source>Une erreur inattendue a interrompu l&apos;opération ; ce qui était enregistré est intact. Détails dans le journal.</source>
        <translation>An unexpected error interrupted the operation; what was saved is intact. Details in the log.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../ui/shell/launcher.py" line="33"/>
        <source>Base de données endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/launcher.py" line="36"/>
        <source>Remettre cette sauvegarde en place maintenant ? (La base actuelle est gardée de côté.)</source>
        <translation>Put this backup back now? (The current database is kept aside.)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/launcher.py" line="65"/>
        <source>Cercle ne peut pas s&apos;ouvrir</source>
        <translation>Cercle cannot open</translation>
    </message>
</context>
<context>
    <name>LeanBoard</name>
    <message>
        <location filename="../../ui/session/lean_board.py" line="44"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="47"/>
        <source>Sujet</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="49"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="52"/>
        <source>Tableau Lean Coffee</source>
        <translation>Lean Coffee board</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="54"/>
        <source>Nouveau sujet… (Entrée)</source>
        <translation>New topic… (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="57"/>
        <source>Votant</source>
        <translation>Voter</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="58"/>
        <source>+1 vote</source>
        <translation>+1 vote</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="60"/>
        <source>−1 vote</source>
        <translation>−1 vote</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="62"/>
        <source>Discuter le suivant</source>
        <translation>Discuss the next</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="64"/>
        <source>Sujet traité</source>
        <translation>Topic done</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="68"/>
        <source>pour</source>
        <translation>up</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="69"/>
        <source>neutre</source>
        <translation>sideways</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="70"/>
        <source>contre</source>
        <translation>down</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="76"/>
        <source>Vote romain</source>
        <translation>Roman vote</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="77"/>
        <source>À la fin du temps : pour, neutre, contre</source>
        <translation>At the end of the timebox: up, sideways, down</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="83"/>
        <source>TABLEAU LEAN COFFEE</source>
        <translation>LEAN COFFEE BOARD</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="100"/>
        <source>▶ en discussion · %1</source>
        <translation>▶ discussing · %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="102"/>
        <source>✓ traité</source>
        <translation>✓ done</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="103"/>
        <source>à discuter</source>
        <translation>to discuss</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="116"/>
        <source>Choisissez d&apos;abord un sujet du tableau.</source>
        <translation>Choose a topic of the board first.</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="139"/>
        <source>Le sujet est prolongé.</source>
        <translation>The topic is extended.</translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="141"/>
        <source>Sujet traité : au suivant.</source>
        <translation>Topic done: on to the next.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/window.py" line="70"/>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="172"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="93"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="98"/>
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="103"/>
        <source>À propos de Cercle (%1)</source>
        <translation>About Cercle (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="184"/>
        <source>Cercle finit de s&apos;ouvrir : votre demande suit dans un instant…</source>
        <translation>Cercle is finishing opening: what you asked for follows in a moment…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="319"/>
        <source>Réseau créé. Ajoutez ses membres : un nom, Entrée, le suivant.</source>
        <translation>Network created. Add its members: a name, Enter, the next one.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="331"/>
        <source>« %1 » est archivé : « Réseaux archivés » le ramène.</source>
        <translation>&quot;%1&quot; is archived: &quot;Archived networks&quot; brings it back.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="338"/>
        <source>« %1 » est supprimé.</source>
        <translation>&quot;%1&quot; is deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="340"/>
        <source>« %1 » est supprimé. Sauvegarde faite avant : %2</source>
        <translation>&quot;%1&quot; is deleted. Backup taken before: %2</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="379"/>
        <source>Séance %1 enregistrée : %2 à %3 (Entrée pour l&apos;ouvrir).</source>
        <translation>Session %1 saved: %2 at %3 (Enter opens it).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="412"/>
        <source>Séance ouverte ailleurs</source>
        <translation>Session open elsewhere</translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="451"/>
        <source>La sauvegarde automatique de fin de séance a échoué : %1</source>
        <translation>The automatic backup at the end of the session failed: %1</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/home/home_models.py" line="70"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="71"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="72"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="73"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="74"/>
        <source>Points</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="75"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="119"/>
        <source>Nom et prénom *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="120"/>
        <location filename="../../ui/steering/members_panel.py" line="147"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="122"/>
        <location filename="../../ui/steering/members_panel.py" line="148"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="124"/>
        <location filename="../../ui/steering/members_panel.py" line="149"/>
        <source>Service</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="128"/>
        <location filename="../../ui/steering/members_panel.py" line="296"/>
        <source>Ajouter  [Entrée]</source>
        <translation>Add  [Enter]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="131"/>
        <source>Annuler  [Échap]</source>
        <translation>Cancel  [Esc]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="146"/>
        <source>Touche</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="150"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="151"/>
        <source>Depuis le</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="153"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="155"/>
        <source>parti·e le %1</source>
        <translation>left on %1</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="157"/>
        <source>membre</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="163"/>
        <source>Membres du réseau</source>
        <translation>Members of the network</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="167"/>
        <source>Modifier  [F2]</source>
        <translation>Edit  [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="169"/>
        <location filename="../../ui/steering/members_panel.py" line="241"/>
        <source>Quitte le réseau  [Suppr]</source>
        <translation>Leaves the network  [Del]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="171"/>
        <source>Coller d&apos;un tableur  [Ctrl+Maj+V]</source>
        <translation>Paste from a spreadsheet  [Ctrl+Shift+V]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="173"/>
        <source>Importer un fichier…  [Ctrl+I]</source>
        <translation>Import a file…  [Ctrl+I]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="188"/>
        <source>Chaque personne garde la touche reçue à son arrivée (1…9, 0, puis Alt+1…) : elle ne bouge pas quand d&apos;autres arrivent ou partent. Qui quitte le réseau garde son historique et peut revenir.</source>
        <translation>Each person keeps the key given when they joined (1…9, 0, then Alt+1…): it does not move when others join or leave. Whoever leaves the network keeps their history and can come back.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="224"/>
        <source>%n membre(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="226"/>
        <source>%n parti(s)</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="239"/>
        <source>Revient dans le réseau  [Suppr]</source>
        <translation>Comes back to the network  [Del]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="261"/>
        <source>Modifications enregistrées : %1.</source>
        <translation>Changes saved: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="267"/>
        <source>%1 fait partie du réseau.</source>
        <translation>%1 is now part of the network.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="279"/>
        <location filename="../../ui/steering/members_panel.py" line="303"/>
        <source>Choisissez d&apos;abord une personne.</source>
        <translation>Choose a person first.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="286"/>
        <source>Enregistrer  [Entrée]</source>
        <translation>Save  [Enter]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="314"/>
        <source>%1 a quitté le réseau : son historique est gardé ; Suppr la fait revenir.</source>
        <translation>%1 left the network: their history is kept; Del brings them back.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="324"/>
        <source>%1 revient dans le réseau (touche %2).</source>
        <translation>%1 comes back to the network (key %2).</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="346"/>
        <source>Le presse-papiers est vide : copiez d&apos;abord des lignes d&apos;un tableur.</source>
        <translation>The clipboard is empty: copy rows from a spreadsheet first.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="354"/>
        <source>Importer des membres</source>
        <translation>Import members</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="356"/>
        <source>Tableurs (*.csv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="387"/>
        <source>Import annulé : rien n&apos;a été écrit.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="392"/>
        <source>%n personne(s) ajoutée(s).</source>
        <translation>
            <numerusform>%n person added.</numerusform>
            <numerusform>%n people added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="61"/>
        <source>Lecture…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="70"/>
        <source>Sorte</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="71"/>
        <source>Ajoutés</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="72"/>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="73"/>
        <source>Identiques</source>
        <translation>Identical</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="74"/>
        <source>Mis de côté</source>
        <translation>Kept aside</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="87"/>
        <source>Mis de côté et remarques</source>
        <translation>Kept aside and remarks</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="92"/>
        <source>Une fusion ajoute et complète ; elle ne supprime rien, ne touche pas une séance en cours, et la refaire ne change rien.</source>
        <translation>A merge adds and completes; it deletes nothing, never touches a running session, and doing it again changes nothing.</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="99"/>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="103"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="131"/>
        <source>Fusion en cours…</source>
        <translation>Merging…</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="161"/>
        <location filename="../../ui/home/merge_dialog.py" line="190"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="186"/>
        <source>Il n&apos;y a rien de nouveau à fusionner.</source>
        <translation>There is nothing new to merge.</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../ui/home/network_form.py" line="61"/>
        <source>Créer un réseau</source>
        <translation>Create a network</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="65"/>
        <source>Par exemple : Groupe de codéveloppement managers</source>
        <translation>For example: Managers&apos; co-development group</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="73"/>
        <source>Ce que le groupe veut faire ensemble : partager, progresser, innover…</source>
        <translation>What the group wants to do together: share, improve, innovate…</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="77"/>
        <source>Direction Qualité, RH, Stratégie…</source>
        <translation>Quality, HR, Strategy department…</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="80"/>
        <source>Vous, et qui anime avec vous</source>
        <translation>You, and whoever facilitates with you</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="84"/>
        <source> jours entre deux séances</source>
        <translation> days between sessions</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="89"/>
        <source> min par séance</source>
        <translation> min per session</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="96"/>
        <source>autonomie du groupe</source>
        <translation>group autonomy</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="96"/>
        <source>alignement</source>
        <translation>alignment</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="97"/>
        <source>faible</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="97"/>
        <source>forte</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="101"/>
        <source>Nom *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="102"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="103"/>
        <source>Intention commune</source>
        <translation>Common intention</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="104"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="105"/>
        <source>Pilote</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="106"/>
        <source>Animateurs</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="107"/>
        <source>Rythme</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="108"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="109"/>
        <source>Structuration</source>
        <translation>Structuring</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="118"/>
        <source>Créer le réseau  [Ctrl+Entrée]</source>
        <translation>Create the network  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="122"/>
        <source>Annuler  [Échap]</source>
        <translation>Cancel  [Esc]</translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="132"/>
        <source>Seul le nom est requis : tout se complète plus tard dans l&apos;onglet Profil.</source>
        <translation>Only the name is required: everything can be completed later on the Profile tab.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../ui/steering/network.py" line="65"/>
        <source>← Accueil  [Échap]</source>
        <translation>← Home  [Esc]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="67"/>
        <source>Rapport PDF pour le sponsor  [Ctrl+E]</source>
        <translation>PDF report for the sponsor  [Ctrl+E]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="88"/>
        <source>Santé</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="89"/>
        <source>Membres</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="90"/>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="91"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="92"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="149"/>
        <source>Lecture de l&apos;historique du réseau…</source>
        <translation>Reading the network&apos;s history…</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="217"/>
        <source>sponsor : %1</source>
        <translation>sponsor: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/network.py" line="218"/>
        <location filename="../../ui/steering/network.py" line="291"/>
        <source>%n membre(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/network.py" line="219"/>
        <source>%n séance(s) tenue(s)</source>
        <translation>
            <numerusform>%n session held</numerusform>
            <numerusform>%n sessions held</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="252"/>
        <source>Profil enregistré.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="280"/>
        <source>Supprimer le réseau</source>
        <translation>Delete the network</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="282"/>
        <source>Supprimer « %1 » et tout ce qu&apos;il contient ?</source>
        <translation>Delete &quot;%1&quot; and all it holds?</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="286"/>
        <source>Seront perdus : %1, %2 et %3 (comptes rendus, temps de parole, répertoire). Une sauvegarde de toute la base est faite avant. Pour seulement le mettre de côté, archivez-le plutôt.</source>
        <translation>Lost: %1, %2 and %3 (minutes, speaking times, repertoire). A backup of the whole database is taken first. To only set it aside, archive it instead.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/network.py" line="290"/>
        <source>%n séance(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/network.py" line="292"/>
        <source>%n entrée(s) du répertoire</source>
        <translation>
            <numerusform>%n repertoire entry</numerusform>
            <numerusform>%n repertoire entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="294"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="295"/>
        <source>Garder le réseau</source>
        <translation>Keep the network</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="317"/>
        <source>sante-du-reseau.pdf</source>
        <translation>network-health.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="319"/>
        <source>Enregistrer le rapport</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="345"/>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <location filename="../../ui/home/home_models.py" line="51"/>
        <source>1 membre</source>
        <translation>1 member</translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="53"/>
        <source>%1 membres</source>
        <translation>%1 members</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/steering/organisation.py" line="67"/>
        <source>Vue d&apos;ensemble des réseaux</source>
        <translation>Overview of the networks</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="70"/>
        <source>← Accueil</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="73"/>
        <source>Rapport transversal PDF</source>
        <translation>Transversal report PDF</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="77"/>
        <source>Tous les réseaux côte à côte, pour le sponsor : rien de confidentiel</source>
        <translation>Every network side by side, for the sponsor: nothing confidential</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="87"/>
        <source>Sponsor :</source>
        <translation>Sponsor:</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="91"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="104"/>
        <source>Les réseaux côte à côte</source>
        <translation>The networks side by side</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="113"/>
        <location filename="../../ui/steering/organisation.py" line="114"/>
        <location filename="../../ui/steering/organisation.py" line="127"/>
        <location filename="../../ui/steering/organisation.py" line="191"/>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="115"/>
        <source>Membres en commun</source>
        <translation>Members in common</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="120"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="121"/>
        <source>Ses réseaux</source>
        <translation>Their networks</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="126"/>
        <source>Terme</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="128"/>
        <source>Définition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="133"/>
        <source>Réseau archivé</source>
        <translation>Archived network</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="135"/>
        <source>Archivé le</source>
        <translation>Archived on</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="138"/>
        <location filename="../../ui/steering/organisation.py" line="193"/>
        <source>Séances tenues</source>
        <translation>Sessions held</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="140"/>
        <source>Dernière séance</source>
        <translation>Last session</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="146"/>
        <source>À regarder</source>
        <translation>To look at</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="149"/>
        <source>Réseaux qui partagent des membres</source>
        <translation>Networks sharing members</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="152"/>
        <source>Membres de plusieurs réseaux</source>
        <translation>Members of several networks</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="154"/>
        <source>Membres partagés</source>
        <translation>Shared members</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="156"/>
        <location filename="../../ui/steering/organisation.py" line="157"/>
        <source>Termes définis différemment</source>
        <translation>Terms defined differently</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="160"/>
        <location filename="../../ui/steering/organisation.py" line="161"/>
        <source>Réseaux archivés</source>
        <translation>Archived networks</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="188"/>
        <source>%1 j</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="192"/>
        <source>Engagés</source>
        <translation>Engaged</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="195"/>
        <source>Rythme (visé)</source>
        <translation>Rhythm (target)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="200"/>
        <source>Équilibre</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="205"/>
        <source>ROTI</source>
        <translation>ROTI</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="210"/>
        <source>Actions à l&apos;heure</source>
        <translation>Actions on time</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="215"/>
        <source>Prochaine séance</source>
        <translation>Next session</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="217"/>
        <source>à planifier</source>
        <translation>to be planned</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="220"/>
        <source>Alertes</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="235"/>
        <location filename="../../ui/steering/organisation.py" line="248"/>
        <location filename="../../ui/steering/organisation.py" line="250"/>
        <source>✓ Aucun signal d&apos;alerte.</source>
        <translation>✓ No warning.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="262"/>
        <source>Lecture des réseaux…</source>
        <translation>Reading the networks…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/organisation.py" line="294"/>
        <source>%n réseau(x) actif(s)</source>
        <translation>
            <numerusform>%n active network</numerusform>
            <numerusform>%n active networks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/organisation.py" line="295"/>
        <source>%n avec un signal d&apos;alerte</source>
        <translation>
            <numerusform>%n with a warning</numerusform>
            <numerusform>%n with a warning</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="296"/>
        <source>au %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="305"/>
        <source>Aucun réseau actif : créez un réseau depuis l&apos;accueil (Ctrl+Maj+N), ou fusionnez ceux des animateurs, pour les comparer ici.</source>
        <translation>No active network: create one from home (Ctrl+Shift+N), or merge the facilitators&apos; networks, to compare them here.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="312"/>
        <source>Un seul réseau dans cette base : la vue d&apos;ensemble compare plusieurs réseaux (une base d&apos;organisation, ou des réseaux fusionnés).</source>
        <translation>A single network in this database: the overview compares several networks (an organisation&apos;s database, or merged networks).</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="321"/>
        <source>Tous les sponsors</source>
        <translation>Every sponsor</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="341"/>
        <source>À regarder (%1)</source>
        <translation>To look at (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="342"/>
        <source>Membres partagés (%1)</source>
        <translation>Shared members (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="343"/>
        <source>Termes définis différemment (%1)</source>
        <translation>Terms defined differently (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="344"/>
        <source>Réseaux archivés (%1)</source>
        <translation>Archived networks (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="356"/>
        <source>pilotage-transversal.pdf</source>
        <translation>steering-across-networks.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="358"/>
        <source>Enregistrer le rapport transversal</source>
        <translation>Save the transversal report</translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="383"/>
        <source>Rapport enregistré : %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>Outlook</name>
    <message>
        <location filename="../../ui/session/outlook.py" line="23"/>
        <source>le contrat de consultation</source>
        <translation>the consultation contract</translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="25"/>
        <source>le plan d&apos;action du client</source>
        <translation>the client&apos;s action plan</translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="36"/>
        <source>POUR LA SALLE</source>
        <translation>FOR THE ROOM</translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="58"/>
        <source>À capturer dans cette phase (C) : %1</source>
        <translation>To capture in this phase (C): %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="67"/>
        <source>Point suivant : %1 · %2</source>
        <translation>Next item: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="72"/>
        <source>C&apos;est le dernier point de l&apos;ordre du jour.</source>
        <translation>This is the last item of the agenda.</translation>
    </message>
</context>
<context>
    <name>ParticipantTile</name>
    <message>
        <location filename="../../ui/kit/widgets.py" line="156"/>
        <source>● A LA PAROLE</source>
        <translation>● HAS THE FLOOR</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="157"/>
        <source>file n° %1</source>
        <translation>queue no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="158"/>
        <source>○ pas encore parlé</source>
        <translation>○ not spoken yet</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="159"/>
        <source>▲ plus de 2× sa part</source>
        <translation>▲ over 2× their share</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../ui/home/planner.py" line="124"/>
        <location filename="../../ui/home/planner.py" line="234"/>
        <source>Planifier une séance</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="134"/>
        <source>ex. Cas de Sofia et Lean Coffee</source>
        <translation>e.g. Sofia&apos;s case and Lean Coffee</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="136"/>
        <source>ex. Salle Lumière</source>
        <translation>e.g. Lumière room</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="140"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="141"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="142"/>
        <source>Durée</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="143"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="144"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="145"/>
        <source>Animateur</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="146"/>
        <source>Secrétaire</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="152"/>
        <source>Copier cet ordre du jour</source>
        <translation>Copy this agenda</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="149"/>
        <source>Ajouter un point</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="173"/>
        <source>← Annuler</source>
        <translation>← Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="175"/>
        <source>Enregistrer la séance</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="190"/>
        <source>ORDRE DU JOUR</source>
        <translation>AGENDA</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="258"/>
        <source>Séance %1 du %2</source>
        <translation>Session %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="226"/>
        <source>— animateur —</source>
        <translation>— facilitator —</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="227"/>
        <source>— secrétaire —</source>
        <translation>— scribe —</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="238"/>
        <source>Modifier la séance %1</source>
        <translation>Change session %1</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="306"/>
        <source>Aucune séance passée à copier.</source>
        <translation>No past session to copy.</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="330"/>
        <source>Total prévu : %1 min sur %2 min</source>
        <translation>Planned: %1 min of %2 min</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="333"/>
        <source>⚠ dépasse de %1 min</source>
        <translation>⚠ %1 min too long</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="335"/>
        <source>· reste %1 min</source>
        <translation>· %1 min left</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="347"/>
        <source>Ajoutez au moins un point à l&apos;ordre du jour.</source>
        <translation>Add at least one item to the agenda.</translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="353"/>
        <source>Le point %1 n&apos;a pas de titre.</source>
        <translation>Item %1 has no title.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="56"/>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="69"/>
        <source>Enregistrer le profil  [Ctrl+S]</source>
        <translation>Save the profile  [Ctrl+S]</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="76"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="77"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="78"/>
        <source>Intention commune</source>
        <translation>Common intention</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="79"/>
        <source>Règles du jeu (une par ligne)</source>
        <translation>Ground rules (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="80"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="81"/>
        <source>Pilote</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="82"/>
        <source>Animateurs</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="83"/>
        <source>Étape de vie</source>
        <translation>Lifecycle stage</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="84"/>
        <source>Rythme visé</source>
        <translation>Target rhythm</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="85"/>
        <source>Durée des séances</source>
        <translation>Length of sessions</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="86"/>
        <source>Autonomie ↔ alignement</source>
        <translation>Autonomy ↔ alignment</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="87"/>
        <source>Structuration faible ↔ forte</source>
        <translation>Weak ↔ strong structuring</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="89"/>
        <source>POSITION DU RÉSEAU</source>
        <translation>POSITION OF THE NETWORK</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="93"/>
        <source>Archiver ce réseau</source>
        <translation>Archive this network</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="95"/>
        <source>Hors de l&apos;accueil, son historique gardé ; il se ramène depuis l&apos;accueil.</source>
        <translation>Off the home page, its history kept; it can be brought back from the home page.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="98"/>
        <source>Supprimer ce réseau…</source>
        <translation>Delete this network…</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="131"/>
        <source>⚠ Très autonome : risque de devenir un groupe d&apos;intérêt ou de pression.</source>
        <translation>⚠ Very autonomous: risk of becoming an interest or pressure group.</translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="135"/>
        <source>⚠ Très aligné : risque d&apos;instrumentalisation comme relais du changement.</source>
        <translation>⚠ Strongly aligned: risk of being used as a relay of change.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="23"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="24"/>
        <source>Séance</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="25"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="30"/>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="31"/>
        <source>Actions ouvertes</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="37"/>
        <source>SÉANCES PLANIFIÉES</source>
        <translation>PLANNED SESSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="39"/>
        <source>Séances planifiées</source>
        <translation>Planned sessions</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="41"/>
        <source>ACTIONS OUVERTES PAR RESPONSABLE</source>
        <translation>OPEN ACTIONS BY OWNER</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="43"/>
        <source>Actions par responsable</source>
        <translation>Actions by owner</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="45"/>
        <source>PAS ENCORE CLIENT EN CODÉVELOPPEMENT</source>
        <translation>NOT YET CLIENT IN CO-DEVELOPMENT</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="53"/>
        <source>Plusieurs formats</source>
        <translation>Several formats</translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="59"/>
        <source>Tout le monde l&apos;a été.</source>
        <translation>Everyone has been.</translation>
    </message>
</context>
<context>
    <name>ProjectorKeys</name>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="50"/>
        <source>Projection masquée (B pour la rétablir).</source>
        <translation>Projection blanked (B to bring it back).</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="64"/>
        <source>Temps de parole projetés.</source>
        <translation>Speaking times projected.</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="66"/>
        <source>Temps de parole retirés de la projection.</source>
        <translation>Speaking times removed from the projection.</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="72"/>
        <source>Fermer la projection</source>
        <translation>Close the projection</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="72"/>
        <source>Projeter</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="75"/>
        <source>Rétablir l&apos;écran</source>
        <translation>Restore the screen</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="75"/>
        <source>Écran noir</source>
        <translation>Blank screen</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/session/projector.py" line="54"/>
        <source>Cercle — projection</source>
        <translation>Cercle — projection</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="186"/>
        <source>Phase %1/%2</source>
        <translation>Phase %1/%2</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="193"/>
        <source>Sujet : %1</source>
        <translation>Topic: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="199"/>
        <source>Rappel, partagé par le client : %1</source>
        <translation>Reminder, shared by the client: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="175"/>
        <source>❚❚ EN PAUSE</source>
        <translation>❚❚ PAUSED</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="205"/>
        <source>Parole : %1</source>
        <translation>Floor: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="208"/>
        <source>Parole : —</source>
        <translation>Floor: —</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="214"/>
        <source>Ensuite : %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="223"/>
        <source>Équilibre de la parole %1</source>
        <translation>Balance of the floor %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="236"/>
        <source>Dernière décision : %1</source>
        <translation>Latest decision: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="245"/>
        <source>Nous commençons dans un instant</source>
        <translation>We start in a moment</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="248"/>
        <source>Début à %1</source>
        <translation>Starts at %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="249"/>
        <source>Début dans %1 min</source>
        <translation>Starts in %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="259"/>
        <source>Merci à toutes et à tous</source>
        <translation>Thank you all</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="261"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="263"/>
        <source>Bienvenue — séance %1</source>
        <translation>Welcome — session %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="277"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="289"/>
        <source>Prochain point : %1</source>
        <translation>Next item: %1</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/session/queue_panel.py" line="52"/>
        <source>File d&apos;attente</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/session/queue_panel.py" line="55"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/session/queue_panel.py" line="62"/>
        <source>FILE D&apos;ATTENTE (%1)</source>
        <translation>QUEUE (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/session/queue_panel.py" line="69"/>
        <source>Choisissez d&apos;abord une personne dans la file.</source>
        <translation>Choose someone in the queue first.</translation>
    </message>
</context>
<context>
    <name>RepertoirePage</name>
    <message>
        <location filename="../../ui/repertoire/page.py" line="59"/>
        <source>Rechercher dans le répertoire… (Ctrl+F)</source>
        <translation>Search the repertoire… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="62"/>
        <source>Tous les types</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="66"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="71"/>
        <source>étiquette</source>
        <translation>tag</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="104"/>
        <location filename="../../ui/repertoire/page.py" line="114"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="80"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="102"/>
        <source>Version du</source>
        <translation>Version of</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="103"/>
        <location filename="../../ui/repertoire/page.py" line="111"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="107"/>
        <source>Versions précédentes</source>
        <translation>Previous versions</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="108"/>
        <source>Revenir à cette version</source>
        <translation>Go back to this version</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="112"/>
        <source>Détail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="113"/>
        <source>Étiquettes</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="121"/>
        <source>ENTRÉE</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="125"/>
        <source>VERSIONS PRÉCÉDENTES</source>
        <translation>PREVIOUS VERSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="148"/>
        <source>Entrées</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="149"/>
        <source>Actions à suivre</source>
        <translation>Actions to follow</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="95"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="150"/>
        <source>← Retour</source>
        <translation>← Back</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="152"/>
        <source>Répertoire partagé</source>
        <translation>Shared repertoire</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="186"/>
        <source>Tous les réseaux</source>
        <translation>All networks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/repertoire/page.py" line="220"/>
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="223"/>
        <source>Les dernières entrées (%1)</source>
        <translation>The latest entries (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="243"/>
        <source>Aucune entrée ne correspond à « %1 ».</source>
        <translation>No entry matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="245"/>
        <source>Aucune entrée.</source>
        <translation>No entry.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="248"/>
        <source>Le répertoire est encore vide : les décisions, actions, bonnes pratiques et termes capturés en séance viendront ici.</source>
        <translation>The repertoire is still empty: the decisions, actions, good practices and terms captured in sessions will come here.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="252"/>
        <source>Essayez sans les filtres choisis.</source>
        <translation>Try without the chosen filters.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="253"/>
        <source>Essayez un autre mot, ou son début.</source>
        <translation>Try another word, or its beginning.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="295"/>
        <location filename="../../ui/repertoire/page.py" line="322"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="305"/>
        <source>séance %1 du %2</source>
        <translation>session %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="310"/>
        <source>par %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="312"/>
        <location filename="../../ui/repertoire/result_rows.py" line="83"/>
        <source>confidentiel</source>
        <translation>confidential</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="315"/>
        <source>responsable %1, échéance %2</source>
        <translation>owner %1, due %2</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="322"/>
        <source>Restaurer l&apos;entrée</source>
        <translation>Restore the entry</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="341"/>
        <source>Enregistré ; la version précédente est gardée.</source>
        <translation>Saved; the previous version is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="351"/>
        <source>Choisissez d&apos;abord une version.</source>
        <translation>Choose a version first.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="357"/>
        <source>Version restaurée ; la précédente est gardée.</source>
        <translation>Version restored; the previous one is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="368"/>
        <source>Entrée restaurée.</source>
        <translation>Entry restored.</translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="370"/>
        <source>Entrée supprimée (elle reste récupérable).</source>
        <translation>Entry deleted (it can still be restored).</translation>
    </message>
</context>
<context>
    <name>RitualRound</name>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="53"/>
        <source>Météo</source>
        <translation>Weather</translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="53"/>
        <source>ROTI</source>
        <translation>ROTI</translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="55"/>
        <source>Météo : l&apos;humeur de chacun, de 1 (orage) à 5 (grand soleil)</source>
        <translation>Weather: everyone&apos;s mood, from 1 (storm) to 5 (bright sunshine)</translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="58"/>
        <source>ROTI : ce temps valait-il la peine ? 1 temps perdu · 3 utile · 5 excellent</source>
        <translation>ROTI: was this time worth it? 1 wasted · 3 useful · 5 excellent</translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="65"/>
        <source>1 à 5 : la note de la personne en surbrillance · 0 ou Espace : passe · M : un mot · ↑ ↓ : se déplacer · Retour arrière : corriger · Entrée : terminer</source>
        <translation>1 to 5: the highlighted person&apos;s score · 0 or Space: passes · M: a word · ↑ ↓: move · Backspace: correct · Enter: finish</translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="72"/>
        <source>Un mot (Entrée pour garder)</source>
        <translation>One word (Enter keeps it)</translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="171"/>
        <source>%1 / %2 ont répondu</source>
        <translation>%1 / %2 answered</translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="176"/>
        <source>moyenne %1</source>
        <translation>mean %1</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="29"/>
        <source>Ajuster la suite…</source>
        <translation>Fit the rest…</translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="42"/>
        <source>Fin prévue %1</source>
        <translation>Planned end %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="44"/>
        <source>(créneau jusqu&apos;à %1)</source>
        <translation>(slot until %1)</translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="49"/>
        <source>Fin estimée %1</source>
        <translation>Estimated end %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="62"/>
        <source>Raccourcir les points restants (gagne %1 min)</source>
        <translation>Shorten the remaining items (saves %1 min)</translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="65"/>
        <source>Retirer : %2 (gagne %1 min)</source>
        <translation>Drop: %2 (saves %1 min)</translation>
    </message>
</context>
<context>
    <name>SendingBar</name>
    <message>
        <location filename="../../ui/session/sending.py" line="48"/>
        <source>Préparer l&apos;envoi</source>
        <translation>Prepare the message</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="51"/>
        <source>Un message aux membres présents, excusés et absents, avec le compte rendu et l&apos;invitation à la prochaine séance, ouvert dans votre messagerie. Rien n&apos;est envoyé sans vous.</source>
        <translation>A message to the members present, excused and absent, with the minutes and the invitation to the next session, opened in your mail program. Nothing is sent without you.</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="58"/>
        <source>Enregistrer le message sous…</source>
        <translation>Save the message as…</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="59"/>
        <source>Copier le compte rendu (Markdown)</source>
        <translation>Copy the minutes (Markdown)</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="61"/>
        <source>Prochaine séance (.ics)…</source>
        <translation>Next session (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="62"/>
        <source>Programme du réseau (.ics)…</source>
        <translation>Network&apos;s programme (.ics)…</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="64"/>
        <source>Actions ouvertes (CSV)…</source>
        <translation>Open actions (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="65"/>
        <source>Toutes les actions (CSV)…</source>
        <translation>All actions (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="67"/>
        <source>Autres exports</source>
        <translation>Other exports</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="170"/>
        <source>Message prêt pour %1 membre(s), ouvert dans votre messagerie : relisez-le puis envoyez-le.</source>
        <translation>Message ready for %1 member(s), opened in your mail program: read it over, then send it.</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="175"/>
        <source>Message prêt pour %1 membre(s), mais aucune messagerie ne s&apos;est ouverte : il est enregistré dans %2.</source>
        <translation>Message ready for %1 member(s), but no mail program opened: it is saved as %2.</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="182"/>
        <source>Aucun membre n&apos;a d&apos;adresse e-mail dans Cercle : ajoutez les destinataires dans votre messagerie, ou importez les adresses depuis la page du réseau.</source>
        <translation>No member has an e-mail address in Cercle: add the recipients in your mail program, or import the addresses from the network&apos;s page.</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="186"/>
        <source>Sans adresse e-mail : %1.</source>
        <translation>No e-mail address: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="203"/>
        <source>Compte rendu copié (Markdown) : collez-le dans votre intranet ou votre messagerie.</source>
        <translation>Minutes copied (Markdown): paste them into your intranet or your chat.</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="210"/>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="225"/>
        <source>envoi-seance-%1.eml</source>
        <translation>mail-session-%1.eml</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="226"/>
        <source>Enregistrer le message</source>
        <translation>Save the message</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="226"/>
        <source>Message (*.eml)</source>
        <translation>Message (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="232"/>
        <source>programme.ics</source>
        <translation>programme.ics</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="234"/>
        <source>seance-%1.ics</source>
        <translation>session-%1.ics</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="236"/>
        <source>Enregistrer l&apos;invitation</source>
        <translation>Save the invitation</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="236"/>
        <source>Calendrier (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="241"/>
        <source>actions.csv</source>
        <translation>actions.csv</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="242"/>
        <source>Enregistrer les actions</source>
        <translation>Save the actions</translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="242"/>
        <source>Tableur (*.csv)</source>
        <translation>Spreadsheet (*.csv)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/home/exchange.py" line="237"/>
        <source>Serveur de l&apos;organisation</source>
        <translation>The organisation&apos;s server</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="242"/>
        <source>votre nom ou votre courriel</source>
        <translation>your name or your e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="245"/>
        <source>Le mot de passe n&apos;est jamais gardé par Cercle : mettez-le dans ~/.pgpass. « Mettre à jour » ramène les réseaux dont vous êtes l&apos;animateur ou l&apos;animatrice.</source>
        <translation>Cercle never keeps the password: put it in ~/.pgpass. “Update” brings the networks you facilitate.</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="261"/>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="262"/>
        <source>Vous êtes</source>
        <translation>You are</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="62"/>
        <source>Parole</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="63"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="64"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="65"/>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="66"/>
        <source>Général</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="72"/>
        <source>Donner la parole à la personne de la tuile</source>
        <translation>Give the floor to the person on the tile</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="79"/>
        <source>Fin de parole, ou suivant de la file (en tour de table : suivant)</source>
        <translation>End of turn, or next in the queue (in a round: next)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="87"/>
        <source>Ajouter à la file (puis la touche de la personne)</source>
        <translation>Add to the queue (then the person&apos;s key)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="90"/>
        <source>Suivant de la file</source>
        <translation>Next in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="94"/>
        <source>File : équilibrée ou premier arrivé</source>
        <translation>Queue: balanced or first come</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="100"/>
        <source>Tour de table : démarrer / arrêter</source>
        <translation>Round: start / stop</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="103"/>
        <source>Phase suivante</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="105"/>
        <source>Phase précédente</source>
        <translation>Previous phase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="110"/>
        <source>Point suivant (démarre le premier)</source>
        <translation>Next item (starts the first)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="114"/>
        <source>Pause / reprise du point</source>
        <translation>Pause / resume the item</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="117"/>
        <source>Pointage : arrivées et départs</source>
        <translation>Attendance: arrivals and departures</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="122"/>
        <source>Météo : un tour, une touche de 1 à 5 par personne</source>
        <translation>Weather: a round, one key 1 to 5 per person</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="128"/>
        <source>ROTI : un tour, une touche de 1 à 5 par personne</source>
        <translation>ROTI: a round, one key 1 to 5 per person</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="131"/>
        <source>Clore la séance</source>
        <translation>Close the session</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="133"/>
        <source>Capturer une décision</source>
        <translation>Capture a decision</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="136"/>
        <source>Capturer une action</source>
        <translation>Capture an action</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="141"/>
        <source>Capturer une bonne pratique</source>
        <translation>Capture a good practice</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="144"/>
        <source>Capturer un terme</source>
        <translation>Capture a term</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="145"/>
        <source>Capturer un outil</source>
        <translation>Capture a tool</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="149"/>
        <source>Capturer un apprentissage</source>
        <translation>Capture a learning</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="152"/>
        <source>Capturer une idée</source>
        <translation>Capture an idea</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="154"/>
        <source>Capturer un rituel</source>
        <translation>Capture a ritual</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="157"/>
        <source>Capturer un critère</source>
        <translation>Capture a criterion</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="162"/>
        <source>Capturer ce que la phase attend</source>
        <translation>Capture what the phase expects</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="168"/>
        <source>Projection : ouvrir / fermer</source>
        <translation>Projection: open / close</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="172"/>
        <source>Écran noir sur la projection</source>
        <translation>Blank the projection</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="177"/>
        <source>Projection : thème sombre ou clair</source>
        <translation>Projection: dark or light theme</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="183"/>
        <source>Projection : montrer ou cacher les temps de parole</source>
        <translation>Projection: show or hide speaking times</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="189"/>
        <source>Signal sonore à 80 % et à la fin : activer / couper</source>
        <translation>Audible cue at 80 % and at the end: on / off</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="192"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="194"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="199"/>
        <source>Fermer la capture, annuler l&apos;ajout à la file, sinon fermer la projection</source>
        <translation>Close the capture, cancel adding to the queue, else close the projection</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="204"/>
        <source>Aide : les raccourcis</source>
        <translation>Help: the shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="208"/>
        <source>À propos : version, dossier des données, sauvegardes</source>
        <translation>About: version, data folder, backups</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="216"/>
        <location filename="../../ui/shell/shortcuts.py" line="310"/>
        <location filename="../../ui/shell/shortcuts.py" line="323"/>
        <location filename="../../ui/shell/shortcuts.py" line="355"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="217"/>
        <source>Préparer une séance</source>
        <translation>Planning a session</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="218"/>
        <source>Pointage</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="219"/>
        <source>Synthèse</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="220"/>
        <source>Répertoire</source>
        <translation>Repertoire</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="221"/>
        <location filename="../../ui/shell/shortcuts.py" line="239"/>
        <source>Vue d&apos;ensemble des réseaux</source>
        <translation>Overview of the networks</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="224"/>
        <source>Ouvrir la séance</source>
        <translation>Open the session</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="226"/>
        <source>Planifier une séance</source>
        <translation>Plan a session</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="228"/>
        <source>Modifier la séance</source>
        <translation>Change the session</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="229"/>
        <source>Piloter le réseau</source>
        <translation>Steer the network</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="233"/>
        <source>Nouveau réseau</source>
        <translation>New network</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="245"/>
        <source>Exporter ce réseau (fichier .cercle)</source>
        <translation>Export this network (.cercle file)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="251"/>
        <source>Importer / fusionner un réseau</source>
        <translation>Import / merge a network</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="257"/>
        <source>Ajouter un point</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="263"/>
        <source>Enregistrer la séance</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="269"/>
        <source>Abandonner la préparation</source>
        <translation>Leave without saving</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="272"/>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="273"/>
        <source>Excusé</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="274"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="275"/>
        <source>Part avant la fin</source>
        <translation>Leaves early</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="279"/>
        <source>Tous présents</source>
        <translation>Everyone present</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="285"/>
        <source>Aller aux actions ouvertes</source>
        <translation>Go to the open actions</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="288"/>
        <source>Action faite</source>
        <translation>Action done</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="290"/>
        <source>Action abandonnée</source>
        <translation>Action dropped</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="295"/>
        <source>Démarrer la séance, ou y revenir</source>
        <translation>Start the session, or go back to it</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="301"/>
        <source>Imprimer les actions à revoir</source>
        <translation>Print the actions to review</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="307"/>
        <source>Projeter les actions à revoir</source>
        <translation>Project the actions to review</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="314"/>
        <source>Exporter le compte rendu (PDF, Markdown, Word)</source>
        <translation>Export the minutes (PDF, Markdown, Word)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="320"/>
        <source>Préparer l&apos;envoi aux membres</source>
        <translation>Prepare the message to the members</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="327"/>
        <source>Ouvrir le répertoire (partout)</source>
        <translation>Open the repertoire (anywhere)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="333"/>
        <source>Enregistrer l&apos;entrée</source>
        <translation>Save the entry</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="339"/>
        <source>Retour où l&apos;on était</source>
        <translation>Back to where you were</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="345"/>
        <source>Ouvrir la santé du réseau</source>
        <translation>Open the network&apos;s health</translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="351"/>
        <source>Rapport transversal PDF</source>
        <translation>Transversal report PDF</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shell/help.py" line="54"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="75"/>
        <source>Les touches simples ne s&apos;appliquent pas pendant la saisie d&apos;un texte. Les touches d&apos;une page ne valent que sur cette page ; F1 et Ctrl+F partout.</source>
        <translation>Single keys do not apply while you type a text. A page&apos;s keys work on that page only; F1 and Ctrl+F everywhere.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/session/summary.py" line="55"/>
        <source>Point</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="56"/>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="57"/>
        <source>Réel</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="59"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="72"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="80"/>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="81"/>
        <source>Temps</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="82"/>
        <source>Part</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="89"/>
        <source>TEMPS PAR POINT</source>
        <translation>TIME PER ITEM</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="91"/>
        <source>Temps par point</source>
        <translation>Time per item</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="93"/>
        <source>ÉQUILIBRE DE LA PAROLE</source>
        <translation>BALANCE OF THE FLOOR</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="95"/>
        <source>Parole</source>
        <translation>Floor</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="98"/>
        <source>DÉCISIONS ET AUTRES CAPTURES</source>
        <translation>DECISIONS AND OTHER CAPTURES</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="100"/>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="102"/>
        <source>ACTIONS</source>
        <translation>ACTIONS</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="104"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="107"/>
        <source>Exporter le compte rendu</source>
        <translation>Export the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="123"/>
        <source>← Accueil</source>
        <translation>← Home</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="109"/>
        <source>En PDF, en Markdown (.md) ou en Word (.docx)</source>
        <translation>As PDF, Markdown (.md) or Word (.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="111"/>
        <source>avec les temps de parole</source>
        <translation>with speaking times</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="113"/>
        <source>dossier complet, avec les contenus confidentiels</source>
        <translation>full record, with the confidential content</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="118"/>
        <source>Export…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="130"/>
        <source>Publier sur le serveur</source>
        <translation>Publish to the server</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="133"/>
        <source>Fusionner ce réseau dans la base de l&apos;organisation (sans les contenus confidentiels), avec un aperçu d&apos;abord</source>
        <translation>Merge this network into the organisation&apos;s database (without the confidential content), with a preview first</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="179"/>
        <source>Séance %1 close · %2</source>
        <translation>Session %1 closed · %2</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="185"/>
        <source>durée %1</source>
        <translation>length %1</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="201"/>
        <source>Indice d&apos;équilibre %1 · %2 tours · part équitable %3 %</source>
        <translation>Equality index %1 · %2 turns · fair share %3 %</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="214"/>
        <source>%1 — contrat : %2 · plan : %3</source>
        <translation>%1 — contract: %2 · plan: %3</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="223"/>
        <source>Météo</source>
        <translation>Weather</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="223"/>
        <source>ROTI</source>
        <translation>ROTI</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="228"/>
        <source>%1 — moyenne %2 · %3 · %4 / %5 ont répondu</source>
        <translation>%1 — mean %2 · %3 · %4 / %5 answered</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="239"/>
        <location filename="../../ui/session/summary.py" line="243"/>
        <source>(confidentiel)</source>
        <translation>(confidential)</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="256"/>
        <source>compte-rendu-seance-%1.pdf</source>
        <translation>minutes-session-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="260"/>
        <source>Enregistrer le compte rendu</source>
        <translation>Save the minutes</translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="296"/>
        <source>Compte rendu enregistré : %1</source>
        <translation>Minutes saved: %1</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../../ui/kit/widgets.py" line="241"/>
        <source>aucun point en cours</source>
        <translation>no item running</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="247"/>
        <source>%1 · prévu %2</source>
        <translation>%1 · planned %2</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="251"/>
        <source>restant sur %2</source>
        <translation>left of %2</translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="254"/>
        <source>❚❚ EN PAUSE</source>
        <translation>❚❚ PAUSED</translation>
    </message>
</context>
<context>
    <name>UpkeepPanel</name>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="32"/>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="34"/>
        <source>Une copie complète de la base, dans le dossier des sauvegardes.</source>
        <translation>A complete copy of the database, in the backups folder.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="39"/>
        <source>Vérifier la base</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="41"/>
        <source>Lit toute la base sans rien y écrire, et dit si quelque chose est abîmé.</source>
        <translation>Reads the whole database without writing to it, and tells whether anything is damaged.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="72"/>
        <source>Copie de la base…</source>
        <translation>Copying the database…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="84"/>
        <source>Vérification de la base…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="107"/>
        <source>Sauvegarde faite : %1</source>
        <translation>Backup made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="114"/>
        <source>La base est saine : aucune anomalie trouvée.</source>
        <translation>The database is sound: no problem found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/upkeep.py" line="117"/>
        <source>%n anomalie(s) trouvée(s). La première : %1</source>
        <translation>
            <numerusform>%n problem found. The first: %1</numerusform>
            <numerusform>%n problems found. The first: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="129"/>
        <source>Arrêté : rien n&apos;a été modifié.</source>
        <translation>Stopped: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/home/welcome.py" line="18"/>
        <source>Commencez par créer votre réseau : son nom suffit, le reste se complète plus tard. Ajoutez ensuite ses membres, planifiez la première séance, et menez-la depuis ce même ordinateur branché au vidéoprojecteur.</source>
        <translation>Start by creating your network: its name is enough, the rest can be completed later. Then add its members, plan the first session, and run it from this same laptop plugged into the projector.</translation>
    </message>
    <message>
        <location filename="../../ui/home/welcome.py" line="25"/>
        <source>Créer mon réseau</source>
        <translation>Create my network</translation>
    </message>
    <message>
        <location filename="../../ui/home/welcome.py" line="28"/>
        <source>Importer un réseau reçu…</source>
        <translation>Import a network you received…</translation>
    </message>
    <message>
        <location filename="../../ui/home/welcome.py" line="30"/>
        <source>Un fichier .cercle exporté par un autre poste, ou une base Cercle</source>
        <translation>A .cercle file exported by another computer, or a Cercle database</translation>
    </message>
    <message>
        <location filename="../../ui/home/welcome.py" line="34"/>
        <source>Pour découvrir Cercle sur un réseau d&apos;exemple, sans toucher à vos données : cercle --demo</source>
        <translation>To discover Cercle on an example network, without touching your data: cercle --demo</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/kit/words.py" line="14"/>
        <source>n° %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="19"/>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
</context>
</TS>
