<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/shell/about.py" line="53"/>
        <source>À propos de Cercle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="66"/>
        <source>Cercle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="71"/>
        <source>L&apos;instrument de l&apos;animateur de réseaux apprenants : communautés de pratique, groupes de codéveloppement, retours d&apos;expérience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="90"/>
        <source>celles de l&apos;administrateur du serveur (pg_dump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="94"/>
        <source>Dossier des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="95"/>
        <source>Base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="96"/>
        <source>Sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="99"/>
        <source>Logiciel libre sous licence %1 : vous pouvez l&apos;utiliser, l&apos;étudier, le modifier et le redistribuer aux mêmes conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="104"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="107"/>
        <source>Composants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="110"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/about.py" line="112"/>
        <source>Ouvrir le dossier des données</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/kit/table.py" line="164"/>
        <source>⚠ en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/table.py" line="169"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/table.py" line="173"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/table.py" line="175"/>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsBoard</name>
    <message>
        <location filename="../../ui/session/actions_board.py" line="42"/>
        <source>Cercle — actions à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="68"/>
        <source>%1 · séance %2 du %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="74"/>
        <source>Actions à revoir (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="76"/>
        <source>Aucune action ouverte : tout a été fait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="84"/>
        <source>en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="96"/>
        <source>… et %1 autres : voir la liste imprimée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="34"/>
        <source>En retard seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="35"/>
        <source>Y compris les actions closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="39"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="41"/>
        <source>Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="46"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="47"/>
        <source>Faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="49"/>
        <source>Abandonnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="51"/>
        <source>Rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="54"/>
        <source>Responsable :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="72"/>
        <source>Tout le monde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/actions_tab.py" line="93"/>
        <source>Choisissez d&apos;abord une action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../ui/session/agenda_panel.py" line="56"/>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/agenda_panel.py" line="59"/>
        <source>Double-clic : démarrer ce point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/agenda_panel.py" line="61"/>
        <source>ORDRE DU JOUR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaRow</name>
    <message>
        <location filename="../../ui/home/planner.py" line="47"/>
        <source>Titre du point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="57"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="61"/>
        <source>— client —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="65"/>
        <source>Confidentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="68"/>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="69"/>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="70"/>
        <source>Retirer ce point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudibleCue</name>
    <message>
        <location filename="../../ui/session/sound.py" line="116"/>
        <source>Le son n&apos;est pas disponible sur ce poste (bibliothèque audio absente).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sound.py" line="123"/>
        <source>Signal sonore activé : à 80 % et à la fin de chaque phase et de chaque point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sound.py" line="127"/>
        <source>Signal sonore coupé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BottomLines</name>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="37"/>
        <source>ce point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="37"/>
        <source>la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="39"/>
        <source>Équilibre (%1) : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="45"/>
        <source>Équilibre : sans objet, une seule personne a la parole ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="51"/>
        <source>Temps de parole par rôle : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="57"/>
        <source>décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="58"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="59"/>
        <source>pratique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="60"/>
        <source>terme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="61"/>
        <source>apprentissage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="62"/>
        <source>idée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="63"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="64"/>
        <source>parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="65"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="66"/>
        <source>annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/bottom_lines.py" line="67"/>
        <source>aide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="56"/>
        <source>Contrat du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="57"/>
        <source>Plan d&apos;action du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="58"/>
        <source>Type de capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="62"/>
        <location filename="../../ui/session/capture_bar.py" line="135"/>
        <source>Détail (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="64"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="65"/>
        <source>pour le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="69"/>
        <location filename="../../ui/session/capture_bar.py" line="116"/>
        <source>Confidentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="70"/>
        <source>Enregistrer ↵</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="72"/>
        <source>Annuler (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="106"/>
        <source>— responsable —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="114"/>
        <source>Confidentiel : reste dans la salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="133"/>
        <source>Définition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="138"/>
        <source>La question du client, telle que convenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="139"/>
        <source>Ce que le client va faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_bar.py" line="140"/>
        <source>Texte de la capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureDesk</name>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="68"/>
        <source>Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="103"/>
        <source>Aucun point n&apos;est en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="109"/>
        <source>Enregistré dans le point en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="118"/>
        <source>Définition révisée ; l&apos;ancienne est gardée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="142"/>
        <source>« %1 » est déjà défini dans ce réseau : Entrée pour réviser sa définition, Échap pour annuler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="150"/>
        <source>Capture enregistrée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/capture_desk.py" line="162"/>
        <source>(confidentiel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseChoice</name>
    <message>
        <location filename="../../ui/session/case_choice.py" line="42"/>
        <source>peut attendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="42"/>
        <source>bientôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="42"/>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="45"/>
        <source>Cas proposé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="46"/>
        <location filename="../../ui/session/case_choice.py" line="60"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="47"/>
        <source>Urgence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="49"/>
        <source>Voix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="55"/>
        <source>Cas proposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="58"/>
        <source>Un cas à proposer (titre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="65"/>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="73"/>
        <source>+1 voix  [+]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="75"/>
        <source>−1  [−]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="77"/>
        <source>Choisir ce cas  [Ctrl+K]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="87"/>
        <source>CAS PROPOSÉS POUR LE CODÉVELOPPEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="106"/>
        <source>— client —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="119"/>
        <source>Pas de point de codéveloppement à cette séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="121"/>
        <source>Aucun cas en attente : proposez-en un ci-dessous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="124"/>
        <source>Le cas choisi devient le point « %1 », avec son client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="166"/>
        <location filename="../../ui/session/case_choice.py" line="184"/>
        <source>Choisissez d&apos;abord un cas proposé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="188"/>
        <source>Pas de point de codéveloppement à cette séance : ajoutez-en un (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_choice.py" line="199"/>
        <source>Cas choisi : %1. Les autres attendent la prochaine séance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../ui/session/case_panel.py" line="34"/>
        <source>LE CAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="41"/>
        <source>apprentissages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="42"/>
        <source>contrat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="43"/>
        <source>plan d&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="82"/>
        <source>pas encore (touche C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="83"/>
        <location filename="../../ui/session/case_panel.py" line="116"/>
        <source>Contrat : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="84"/>
        <location filename="../../ui/session/case_panel.py" line="117"/>
        <source>Plan d&apos;action : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="92"/>
        <source>Fin du cas : que le client partage-t-il avec le groupe ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="94"/>
        <source>Cas confidentiel. Le client partage avec le groupe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="111"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="113"/>
        <source>Retour sur le cas de la séance %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="121"/>
        <source>Actions ouvertes : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/case_panel.py" line="125"/>
        <source>Déjà un retour en séance %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../ui/session/checkin.py" line="66"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="67"/>
        <location filename="../../ui/session/checkin.py" line="72"/>
        <source>Pointage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="68"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="69"/>
        <source>Touche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="98"/>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="100"/>
        <source>n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="108"/>
        <source>Actions ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="110"/>
        <source>Aucune action ouverte : tout a été fait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="123"/>
        <source>Pour la salle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="76"/>
        <source>Présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="77"/>
        <source>Excusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="78"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="83"/>
        <source>Tous présents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="89"/>
        <source>Part avant la fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="112"/>
        <source>Faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="114"/>
        <source>Abandonnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="125"/>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="126"/>
        <source>Projeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="133"/>
        <source>← Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="146"/>
        <source>POINTAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="152"/>
        <source>ACTIONS OUVERTES DES SÉANCES PRÉCÉDENTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="205"/>
        <source>Séance %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="207"/>
        <source>Séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="221"/>
        <source>parti·e à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="223"/>
        <source>arrivé·e à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="231"/>
        <source>%1 présent·e·s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="233"/>
        <source>%1 non pointé·e·s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="244"/>
        <source>Retour à la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="246"/>
        <source>Démarrer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="253"/>
        <source>[confidentielle] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="262"/>
        <source>— à pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="279"/>
        <source>Choisissez d&apos;abord un membre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/checkin.py" line="309"/>
        <source>Choisissez d&apos;abord une action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CockpitKeys</name>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="63"/>
        <source>Tuile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="69"/>
        <source>Point suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="70"/>
        <source>Phase suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="71"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="72"/>
        <source>Fin de parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="73"/>
        <source>Tour de table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="74"/>
        <source>Pointage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="75"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="76"/>
        <source>Clore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="77"/>
        <source>Projeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="78"/>
        <source>Écran noir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="79"/>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="80"/>
        <source>Suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="81"/>
        <source>Ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="106"/>
        <source>Annuler : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit_keys.py" line="106"/>
        <source>Rien à annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CockpitPage</name>
    <message>
        <location filename="../../ui/session/cockpit.py" line="198"/>
        <source>CAPTURES DE LA SÉANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="214"/>
        <source>Personne n&apos;est pointé présent : F2 pour faire le pointage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="313"/>
        <source>Séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="450"/>
        <source>Annulé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="455"/>
        <source>Rétabli : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="460"/>
        <source>Clore la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/cockpit.py" line="462"/>
        <source>Clore la séance maintenant ? Le point en cours et la parole s&apos;arrêtent. (Ctrl+Z annule la clôture.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <location filename="../../ui/shell/command_runner.py" line="54"/>
        <source>Cette commande n&apos;a pas pu être enregistrée ; ce qui était déjà enregistré est intact. Détails dans le journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../ui/kit/controls.py" line="33"/>
        <source>Reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="35"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="37"/>
        <location filename="../../ui/kit/controls.py" line="41"/>
        <location filename="../../ui/kit/controls.py" line="101"/>
        <source>Aucun point n&apos;est en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="43"/>
        <source>Ce point n&apos;a qu&apos;une phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="45"/>
        <source>C&apos;est la dernière phase : Maj+N termine le point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="51"/>
        <source>Phase suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="56"/>
        <location filename="../../ui/kit/controls.py" line="77"/>
        <source>Point suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="58"/>
        <location filename="../../ui/kit/controls.py" line="106"/>
        <source>La séance est close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="62"/>
        <location filename="../../ui/kit/controls.py" line="70"/>
        <source>Démarrer le point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="64"/>
        <source>Tous les points sont traités : Ctrl+Maj+W clôt la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="74"/>
        <source>Terminer le point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="80"/>
        <source>Tour : suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="82"/>
        <source>Fin de parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="85"/>
        <source>Suivant de la file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="87"/>
        <source>Personne ne parle et la file est vide : la touche d&apos;une personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="92"/>
        <source>Suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="94"/>
        <source>La file est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="97"/>
        <source>Arrêter le tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="99"/>
        <source>Tour de table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="104"/>
        <source>Clore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="108"/>
        <source>La séance n&apos;a pas commencé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="119"/>
        <source>● À l&apos;heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="121"/>
        <source>▲ En avance de %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="125"/>
        <source>▼ En retard de %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="132"/>
        <source>commencée avec %1 min de retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/controls.py" line="134"/>
        <source>début attendu depuis %1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CursorMap</name>
    <message>
        <location filename="../../ui/steering/cursor_map.py" line="50"/>
        <source>autonomie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/cursor_map.py" line="55"/>
        <source>alignement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/cursor_map.py" line="61"/>
        <source>souple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/cursor_map.py" line="64"/>
        <source>structuré</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../../ui/steering/charts.py" line="52"/>
        <source>Cercles d&apos;engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="54"/>
        <source>Équilibre de la parole par séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="56"/>
        <source>Répertoire : entrées cumulées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="58"/>
        <source>Présence sur les 6 dernières séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="60"/>
        <source>ROTI moyen par séance (1 à 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="84"/>
        <source>ROTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="95"/>
        <source>membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="117"/>
        <source>Cercles d&apos;engagement — noyau + actifs : %1, seuil du tiers : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="135"/>
        <source>séance n°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="173"/>
        <source>équilibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/charts.py" line="191"/>
        <source>présence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoProgress</name>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="91"/>
        <source>Cercle — démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="96"/>
        <source>Préparation de la démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="103"/>
        <source>Cercle crée un réseau fictif, ses membres et six séances passées. Cela ne se fait qu&apos;une fois et prend quelques secondes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="111"/>
        <source>Les membres du réseau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="118"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="130"/>
        <source>Ouverture de la fenêtre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="132"/>
        <source>La prochaine séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="135"/>
        <source>Séance passée %1 sur %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/demo_progress.py" line="141"/>
        <source>La démonstration n&apos;a pas pu être créée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueActions</name>
    <message>
        <location filename="../../ui/session/actions_board.py" line="150"/>
        <source>actions-seance-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="164"/>
        <source>Liste des actions ouverte pour l&apos;imprimer : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/actions_board.py" line="166"/>
        <source>Liste des actions enregistrée (aucun lecteur PDF ne s&apos;est ouvert) : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementTab</name>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="48"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="50"/>
        <source>Cercle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="54"/>
        <source>Présence 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="55"/>
        <source>Présence 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="56"/>
        <source>Tendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="57"/>
        <source>Cas apportés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="58"/>
        <source>Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="59"/>
        <source>Actions menées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="60"/>
        <source>Déjà client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="63"/>
        <source>Membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="65"/>
        <source>calculé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="68"/>
        <source>Fixer le cercle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="71"/>
        <source>Cercle du membre choisi :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="79"/>
        <source>Cercles calculés sur les 6 dernières séances : noyau = présent à 80 % et au moins deux contributions ; actif = présent à 50 % ; occasionnel = venu au moins une fois. ✎ : fixé par l&apos;animateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/engagement_tab.py" line="92"/>
        <source>Choisissez d&apos;abord un membre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <location filename="../../ui/home/exchange.py" line="58"/>
        <source>Exporter ce réseau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="61"/>
        <source>Exporter avec les contenus confidentiels (vers vos propres postes)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="65"/>
        <source>Importer / fusionner un réseau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="69"/>
        <location filename="../../ui/home/exchange.py" line="182"/>
        <source>Publier sur le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="71"/>
        <location filename="../../ui/home/exchange.py" line="201"/>
        <source>Mettre à jour depuis le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="72"/>
        <source>Serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="79"/>
        <source>Réseau Cercle (*.cercle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="80"/>
        <source>Base Cercle (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="81"/>
        <source>Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="93"/>
        <source>Exporter ce réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="116"/>
        <source>Export en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="123"/>
        <source>Réseau exporté avec ses contenus confidentiels : %1. Ne le confiez à personne d&apos;autre que vous-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="127"/>
        <source>Réseau exporté : %1 (les contenus confidentiels restent sur ce poste).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="136"/>
        <location filename="../../ui/home/exchange.py" line="157"/>
        <source>Importer / fusionner un réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="156"/>
        <source>Fichier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="180"/>
        <source>Serveur : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="199"/>
        <source>Serveur : %1 · vous : %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorKeys</name>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="33"/>
        <source>Aucune personne présente sur la touche %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="51"/>
        <source>%1 parle hors de la règle de cette phase (c&apos;est noté, pas bloqué).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="63"/>
        <source>Retirer de la file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="67"/>
        <source>Ajouter à la file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_keys.py" line="69"/>
        <source>Part avant la fin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="89"/>
        <source>La séance est close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="92"/>
        <source>Prochain point : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="95"/>
        <source>Tous les points sont traités.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="97"/>
        <source>Maj+N pour démarrer le point suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="106"/>
        <source>  (confidentiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="112"/>
        <source>%4 · phase %1/%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="120"/>
        <source>Ensuite (N) : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="122"/>
        <source>Dernière phase : Maj+N pour passer au point suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="137"/>
        <source>Parole : personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="141"/>
        <source>Parole : %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="144"/>
        <source>(limite %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="148"/>
        <source>⚠ parle hors de la règle de la phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="150"/>
        <source>⚠ a dépassé la limite de parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="157"/>
        <source>Tour de table en cours (%1 chacun) — ensuite : %2 (Espace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="159"/>
        <source>fin du tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/floor_panel.py" line="165"/>
        <source>Ajouter à la file : touche de la personne (Échap annule)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthTab</name>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="64"/>
        <location filename="../../ui/steering/health_tab.py" line="89"/>
        <source>Membres engagés (noyau + actifs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="91"/>
        <source>aucun membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="93"/>
        <source>✓ au moins un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="95"/>
        <source>⚠ moins d&apos;un tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="65"/>
        <location filename="../../ui/steering/health_tab.py" line="101"/>
        <source>Rythme des séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="102"/>
        <source>%1 j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="103"/>
        <source>visé : %1 j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="66"/>
        <location filename="../../ui/steering/health_tab.py" line="108"/>
        <source>Équilibre de la parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="110"/>
        <source>moyenne des 6 dernières séances (1 = partagé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="68"/>
        <location filename="../../ui/steering/health_tab.py" line="115"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="116"/>
        <source>%1 / %2 à l&apos;heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="117"/>
        <source>%1 en retard · %2 en cours · %3 abandonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="67"/>
        <location filename="../../ui/steering/health_tab.py" line="131"/>
        <source>ROTI de la dernière séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="133"/>
        <source>à faire en fin de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="135"/>
        <source>4–5 : %1 % · réponses : %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="69"/>
        <location filename="../../ui/steering/health_tab.py" line="143"/>
        <source>Prochaine séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="62"/>
        <source>lecture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="76"/>
        <source>Lecture de l&apos;historique du réseau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="145"/>
        <source>à planifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="152"/>
        <source>✓ Aucun signal d&apos;alerte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="159"/>
        <source>%1 (cas : %2 · captures : %3 · actions menées : %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="167"/>
        <source>Ceux qui portent le réseau : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/health_tab.py" line="170"/>
        <source>%n membre(s) partagé(s) entre %2 et %3</source>
        <translation>
            <numerusform>%n membre partagé entre %2 et %3</numerusform>
            <numerusform>%n membres partagés entre %2 et %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/health_tab.py" line="177"/>
        <source>⚠ « %1 » est défini différemment selon les réseaux</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home/page.py" line="83"/>
        <source>Réseaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="101"/>
        <source>Séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="112"/>
        <source>Ramener un réseau archivé sur l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="120"/>
        <source>RÉSEAUX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="140"/>
        <source>SÉANCES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="149"/>
        <source>Date, lieu et ordre du jour d&apos;une séance à venir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="109"/>
        <source>+ Nouveau réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="115"/>
        <source>Vue d&apos;ensemble des réseaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="118"/>
        <source>Tous les réseaux côte à côte, pour le sponsor et la direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="129"/>
        <source>Échanger ce réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="131"/>
        <source>Exporter, importer et fusionner, publier sur le serveur, mettre à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="142"/>
        <source>Planifier une séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="143"/>
        <source>Piloter le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="146"/>
        <source>Modifier la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="152"/>
        <source>Ouvrir la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="163"/>
        <source>Aucune séance pour l&apos;instant : Ctrl+N planifie la première. Les membres s&apos;ajoutent dans Piloter le réseau (Ctrl+D), onglet Membres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="250"/>
        <source>Ramener « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/home/page.py" line="252"/>
        <source>Réseaux archivés (%n)</source>
        <translation>
            <numerusform>Réseau archivé (%n)</numerusform>
            <numerusform>Réseaux archivés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/home/page.py" line="261"/>
        <source>Bienvenue dans Cercle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="53"/>
        <source>Importer des membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="56"/>
        <source>+ nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="57"/>
        <source>↪ rejoint le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="58"/>
        <source>= doublon, ignoré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="59"/>
        <source>✗ erreur, ignorée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="63"/>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="64"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="65"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="66"/>
        <source>Unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="68"/>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="75"/>
        <source>Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="80"/>
        <source>Fichier lu : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="82"/>
        <source>Fichier lu en %1, séparateur « %2 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="86"/>
        <source>%n ligne(s) à importer</source>
        <translation>
            <numerusform>%n ligne à importer</numerusform>
            <numerusform>%n lignes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="87"/>
        <source>%n ignorée(s)</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="92"/>
        <source>Importer %n personne(s)</source>
        <translation>
            <numerusform>Importer %n personne</numerusform>
            <numerusform>Importer %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="97"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <location filename="../../ui/kit/job_strip.py" line="28"/>
        <location filename="../../ui/kit/job_strip.py" line="45"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/job_strip.py" line="29"/>
        <source>Arrêter : rien n&apos;est modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/job_strip.py" line="55"/>
        <source>Arrêt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <location filename="../../ui/kit/jobs.py" line="205"/>
        <source>Le fichier %1 n&apos;a pas pu être utilisé : %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/jobs.py" line="209"/>
        <source>Opération impossible : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/jobs.py" line="212"/>
        <source>Une erreur inattendue a interrompu l&apos;opération ; ce qui était enregistré est intact. Détails dans le journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../ui/shell/launcher.py" line="33"/>
        <source>Base de données endommagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/launcher.py" line="36"/>
        <source>Remettre cette sauvegarde en place maintenant ? (La base actuelle est gardée de côté.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/launcher.py" line="65"/>
        <source>Cercle ne peut pas s&apos;ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeanBoard</name>
    <message>
        <location filename="../../ui/session/lean_board.py" line="44"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="47"/>
        <source>Sujet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="49"/>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="52"/>
        <source>Tableau Lean Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="54"/>
        <source>Nouveau sujet… (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="57"/>
        <source>Votant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="58"/>
        <source>+1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="60"/>
        <source>−1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="62"/>
        <source>Discuter le suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="64"/>
        <source>Sujet traité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="68"/>
        <source>pour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="69"/>
        <source>neutre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="70"/>
        <source>contre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="76"/>
        <source>Vote romain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="77"/>
        <source>À la fin du temps : pour, neutre, contre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="83"/>
        <source>TABLEAU LEAN COFFEE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="100"/>
        <source>▶ en discussion · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="102"/>
        <source>✓ traité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="103"/>
        <source>à discuter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="116"/>
        <source>Choisissez d&apos;abord un sujet du tableau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="139"/>
        <source>Le sujet est prolongé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/lean_board.py" line="141"/>
        <source>Sujet traité : au suivant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/window.py" line="70"/>
        <source>Cercle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="172"/>
        <source>Base de données : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="93"/>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="98"/>
        <source>Langue :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="103"/>
        <source>À propos de Cercle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="184"/>
        <source>Cercle finit de s&apos;ouvrir : votre demande suit dans un instant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="319"/>
        <source>Réseau créé. Ajoutez ses membres : un nom, Entrée, le suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="331"/>
        <source>« %1 » est archivé : « Réseaux archivés » le ramène.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="338"/>
        <source>« %1 » est supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="340"/>
        <source>« %1 » est supprimé. Sauvegarde faite avant : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="379"/>
        <source>Séance %1 enregistrée : %2 à %3 (Entrée pour l&apos;ouvrir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="412"/>
        <source>Séance ouverte ailleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/window.py" line="451"/>
        <source>La sauvegarde automatique de fin de séance a échoué : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../../ui/home/home_models.py" line="70"/>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="71"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="72"/>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="73"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="74"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="75"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="119"/>
        <source>Nom et prénom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="120"/>
        <location filename="../../ui/steering/members_panel.py" line="147"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="122"/>
        <location filename="../../ui/steering/members_panel.py" line="148"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="124"/>
        <location filename="../../ui/steering/members_panel.py" line="149"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="128"/>
        <location filename="../../ui/steering/members_panel.py" line="296"/>
        <source>Ajouter  [Entrée]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="131"/>
        <source>Annuler  [Échap]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="146"/>
        <source>Touche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="150"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="151"/>
        <source>Depuis le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="153"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="155"/>
        <source>parti·e le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="157"/>
        <source>membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="163"/>
        <source>Membres du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="167"/>
        <source>Modifier  [F2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="169"/>
        <location filename="../../ui/steering/members_panel.py" line="241"/>
        <source>Quitte le réseau  [Suppr]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="171"/>
        <source>Coller d&apos;un tableur  [Ctrl+Maj+V]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="173"/>
        <source>Importer un fichier…  [Ctrl+I]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="188"/>
        <source>Chaque personne garde la touche reçue à son arrivée (1…9, 0, puis Alt+1…) : elle ne bouge pas quand d&apos;autres arrivent ou partent. Qui quitte le réseau garde son historique et peut revenir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="224"/>
        <source>%n membre(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="226"/>
        <source>%n parti(s)</source>
        <translation>
            <numerusform>%n parti·e</numerusform>
            <numerusform>%n parti·e·s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="239"/>
        <source>Revient dans le réseau  [Suppr]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="261"/>
        <source>Modifications enregistrées : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="267"/>
        <source>%1 fait partie du réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="279"/>
        <location filename="../../ui/steering/members_panel.py" line="303"/>
        <source>Choisissez d&apos;abord une personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="286"/>
        <source>Enregistrer  [Entrée]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="314"/>
        <source>%1 a quitté le réseau : son historique est gardé ; Suppr la fait revenir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="324"/>
        <source>%1 revient dans le réseau (touche %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="346"/>
        <source>Le presse-papiers est vide : copiez d&apos;abord des lignes d&apos;un tableur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="354"/>
        <source>Importer des membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="356"/>
        <source>Tableurs (*.csv *.txt *.xlsx);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/members_panel.py" line="387"/>
        <source>Import annulé : rien n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/members_panel.py" line="392"/>
        <source>%n personne(s) ajoutée(s).</source>
        <translation>
            <numerusform>%n personne ajoutée.</numerusform>
            <numerusform>%n personnes ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="61"/>
        <source>Lecture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="70"/>
        <source>Sorte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="71"/>
        <source>Ajoutés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="72"/>
        <source>Mis à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="73"/>
        <source>Identiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="74"/>
        <source>Mis de côté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="87"/>
        <source>Mis de côté et remarques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="92"/>
        <source>Une fusion ajoute et complète ; elle ne supprime rien, ne touche pas une séance en cours, et la refaire ne change rien.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="99"/>
        <source>Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="103"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="131"/>
        <source>Fusion en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="161"/>
        <location filename="../../ui/home/merge_dialog.py" line="190"/>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/merge_dialog.py" line="186"/>
        <source>Il n&apos;y a rien de nouveau à fusionner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../../ui/home/network_form.py" line="61"/>
        <source>Créer un réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="65"/>
        <source>Par exemple : Groupe de codéveloppement managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="73"/>
        <source>Ce que le groupe veut faire ensemble : partager, progresser, innover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="77"/>
        <source>Direction Qualité, RH, Stratégie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="80"/>
        <source>Vous, et qui anime avec vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="84"/>
        <source> jours entre deux séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="89"/>
        <source> min par séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="96"/>
        <source>autonomie du groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="96"/>
        <source>alignement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="108"/>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="109"/>
        <source>Structuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="97"/>
        <source>forte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="97"/>
        <source>faible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="101"/>
        <source>Nom *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="102"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="103"/>
        <source>Intention commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="104"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="105"/>
        <source>Pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="106"/>
        <source>Animateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="107"/>
        <source>Rythme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="118"/>
        <source>Créer le réseau  [Ctrl+Entrée]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="122"/>
        <source>Annuler  [Échap]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/network_form.py" line="132"/>
        <source>Seul le nom est requis : tout se complète plus tard dans l&apos;onglet Profil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../ui/steering/network.py" line="65"/>
        <source>← Accueil  [Échap]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="67"/>
        <source>Rapport PDF pour le sponsor  [Ctrl+E]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="88"/>
        <source>Santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="89"/>
        <source>Membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="90"/>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="91"/>
        <source>Profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="92"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="149"/>
        <source>Lecture de l&apos;historique du réseau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="217"/>
        <source>sponsor : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="252"/>
        <source>Profil enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="280"/>
        <source>Supprimer le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="282"/>
        <source>Supprimer « %1 » et tout ce qu&apos;il contient ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="286"/>
        <source>Seront perdus : %1, %2 et %3 (comptes rendus, temps de parole, répertoire). Une sauvegarde de toute la base est faite avant. Pour seulement le mettre de côté, archivez-le plutôt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/network.py" line="290"/>
        <source>%n séance(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/network.py" line="218"/>
        <location filename="../../ui/steering/network.py" line="291"/>
        <source>%n membre(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/network.py" line="219"/>
        <source>%n séance(s) tenue(s)</source>
        <translation>
            <numerusform>%n séance tenue</numerusform>
            <numerusform>%n séances tenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/network.py" line="292"/>
        <source>%n entrée(s) du répertoire</source>
        <translation>
            <numerusform>%n entrée du répertoire</numerusform>
            <numerusform>%n entrées du répertoire</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="294"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="295"/>
        <source>Garder le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="317"/>
        <source>sante-du-reseau.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="319"/>
        <source>Enregistrer le rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/network.py" line="345"/>
        <source>Rapport enregistré : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <location filename="../../ui/home/home_models.py" line="51"/>
        <source>1 membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/home_models.py" line="53"/>
        <source>%1 membres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../ui/steering/organisation.py" line="67"/>
        <source>Vue d&apos;ensemble des réseaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="70"/>
        <source>← Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="73"/>
        <source>Rapport transversal PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="77"/>
        <source>Tous les réseaux côte à côte, pour le sponsor : rien de confidentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="87"/>
        <source>Sponsor :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="91"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="104"/>
        <source>Les réseaux côte à côte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="113"/>
        <location filename="../../ui/steering/organisation.py" line="114"/>
        <location filename="../../ui/steering/organisation.py" line="127"/>
        <location filename="../../ui/steering/organisation.py" line="191"/>
        <source>Réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="115"/>
        <source>Membres en commun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="120"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="121"/>
        <source>Ses réseaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="126"/>
        <source>Terme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="128"/>
        <source>Définition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="133"/>
        <source>Réseau archivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="135"/>
        <source>Archivé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="138"/>
        <location filename="../../ui/steering/organisation.py" line="193"/>
        <source>Séances tenues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="140"/>
        <source>Dernière séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="146"/>
        <source>À regarder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="149"/>
        <source>Réseaux qui partagent des membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="152"/>
        <source>Membres de plusieurs réseaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="154"/>
        <source>Membres partagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="156"/>
        <location filename="../../ui/steering/organisation.py" line="157"/>
        <source>Termes définis différemment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="160"/>
        <location filename="../../ui/steering/organisation.py" line="161"/>
        <source>Réseaux archivés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="188"/>
        <source>%1 j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="192"/>
        <source>Engagés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="195"/>
        <source>Rythme (visé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="200"/>
        <source>Équilibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="205"/>
        <source>ROTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="210"/>
        <source>Actions à l&apos;heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="215"/>
        <source>Prochaine séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="217"/>
        <source>à planifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="220"/>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="235"/>
        <location filename="../../ui/steering/organisation.py" line="248"/>
        <location filename="../../ui/steering/organisation.py" line="250"/>
        <source>✓ Aucun signal d&apos;alerte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="262"/>
        <source>Lecture des réseaux…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/organisation.py" line="294"/>
        <source>%n réseau(x) actif(s)</source>
        <translation>
            <numerusform>%n réseau actif</numerusform>
            <numerusform>%n réseaux actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/steering/organisation.py" line="295"/>
        <source>%n avec un signal d&apos;alerte</source>
        <translation>
            <numerusform>%n avec un signal d&apos;alerte</numerusform>
            <numerusform>%n avec un signal d&apos;alerte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="296"/>
        <source>au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="305"/>
        <source>Aucun réseau actif : créez un réseau depuis l&apos;accueil (Ctrl+Maj+N), ou fusionnez ceux des animateurs, pour les comparer ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="312"/>
        <source>Un seul réseau dans cette base : la vue d&apos;ensemble compare plusieurs réseaux (une base d&apos;organisation, ou des réseaux fusionnés).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="321"/>
        <source>Tous les sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="341"/>
        <source>À regarder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="342"/>
        <source>Membres partagés (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="343"/>
        <source>Termes définis différemment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="344"/>
        <source>Réseaux archivés (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="356"/>
        <source>pilotage-transversal.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="358"/>
        <source>Enregistrer le rapport transversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/organisation.py" line="383"/>
        <source>Rapport enregistré : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outlook</name>
    <message>
        <location filename="../../ui/session/outlook.py" line="23"/>
        <source>le contrat de consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="25"/>
        <source>le plan d&apos;action du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="36"/>
        <source>POUR LA SALLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="58"/>
        <source>À capturer dans cette phase (C) : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="67"/>
        <source>Point suivant : %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/outlook.py" line="72"/>
        <source>C&apos;est le dernier point de l&apos;ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTile</name>
    <message>
        <location filename="../../ui/kit/widgets.py" line="156"/>
        <source>● A LA PAROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="157"/>
        <source>file n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="158"/>
        <source>○ pas encore parlé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="159"/>
        <source>▲ plus de 2× sa part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../ui/home/planner.py" line="124"/>
        <location filename="../../ui/home/planner.py" line="234"/>
        <source>Planifier une séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="134"/>
        <source>ex. Cas de Sofia et Lean Coffee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="136"/>
        <source>ex. Salle Lumière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="140"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="141"/>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="142"/>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="143"/>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="144"/>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="145"/>
        <source>Animateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="146"/>
        <source>Secrétaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="152"/>
        <source>Copier cet ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="149"/>
        <source>Ajouter un point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="173"/>
        <source>← Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="175"/>
        <source>Enregistrer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="190"/>
        <source>ORDRE DU JOUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="258"/>
        <source>Séance %1 du %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="226"/>
        <source>— animateur —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="227"/>
        <source>— secrétaire —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="238"/>
        <source>Modifier la séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="306"/>
        <source>Aucune séance passée à copier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="330"/>
        <source>Total prévu : %1 min sur %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="333"/>
        <source>⚠ dépasse de %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="335"/>
        <source>· reste %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="347"/>
        <source>Ajoutez au moins un point à l&apos;ordre du jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/planner.py" line="353"/>
        <source>Le point %1 n&apos;a pas de titre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="56"/>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="69"/>
        <source>Enregistrer le profil  [Ctrl+S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="76"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="77"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="78"/>
        <source>Intention commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="79"/>
        <source>Règles du jeu (une par ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="80"/>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="81"/>
        <source>Pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="82"/>
        <source>Animateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="83"/>
        <source>Étape de vie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="84"/>
        <source>Rythme visé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="85"/>
        <source>Durée des séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="86"/>
        <source>Autonomie ↔ alignement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="87"/>
        <source>Structuration faible ↔ forte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="89"/>
        <source>POSITION DU RÉSEAU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="93"/>
        <source>Archiver ce réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="95"/>
        <source>Hors de l&apos;accueil, son historique gardé ; il se ramène depuis l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="98"/>
        <source>Supprimer ce réseau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="131"/>
        <source>⚠ Très autonome : risque de devenir un groupe d&apos;intérêt ou de pression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/profile_tab.py" line="135"/>
        <source>⚠ Très aligné : risque d&apos;instrumentalisation comme relais du changement.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="23"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="24"/>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="25"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="30"/>
        <source>Responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="31"/>
        <source>Actions ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="37"/>
        <source>SÉANCES PLANIFIÉES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="39"/>
        <source>Séances planifiées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="41"/>
        <source>ACTIONS OUVERTES PAR RESPONSABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="43"/>
        <source>Actions par responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="45"/>
        <source>PAS ENCORE CLIENT EN CODÉVELOPPEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="53"/>
        <source>Plusieurs formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/steering/programme_tab.py" line="59"/>
        <source>Tout le monde l&apos;a été.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorKeys</name>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="50"/>
        <source>Projection masquée (B pour la rétablir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="64"/>
        <source>Temps de parole projetés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="66"/>
        <source>Temps de parole retirés de la projection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="72"/>
        <source>Fermer la projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="72"/>
        <source>Projeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="75"/>
        <source>Rétablir l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector_keys.py" line="75"/>
        <source>Écran noir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/session/projector.py" line="54"/>
        <source>Cercle — projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="186"/>
        <source>Phase %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="193"/>
        <source>Sujet : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="199"/>
        <source>Rappel, partagé par le client : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="175"/>
        <source>❚❚ EN PAUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="205"/>
        <source>Parole : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="208"/>
        <source>Parole : —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="214"/>
        <source>Ensuite : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="223"/>
        <source>Équilibre de la parole %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="236"/>
        <source>Dernière décision : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="245"/>
        <source>Nous commençons dans un instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="248"/>
        <source>Début à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="249"/>
        <source>Début dans %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="259"/>
        <source>Merci à toutes et à tous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="261"/>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="263"/>
        <source>Bienvenue — séance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="277"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/projector.py" line="289"/>
        <source>Prochain point : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/session/queue_panel.py" line="52"/>
        <source>File d&apos;attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/queue_panel.py" line="55"/>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/queue_panel.py" line="62"/>
        <source>FILE D&apos;ATTENTE (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/queue_panel.py" line="69"/>
        <source>Choisissez d&apos;abord une personne dans la file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepertoirePage</name>
    <message>
        <location filename="../../ui/repertoire/page.py" line="59"/>
        <source>Rechercher dans le répertoire… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="62"/>
        <source>Tous les types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="66"/>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="71"/>
        <source>étiquette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="104"/>
        <location filename="../../ui/repertoire/page.py" line="114"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="80"/>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="102"/>
        <source>Version du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="103"/>
        <location filename="../../ui/repertoire/page.py" line="111"/>
        <source>Texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="107"/>
        <source>Versions précédentes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="108"/>
        <source>Revenir à cette version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="112"/>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="113"/>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="121"/>
        <source>ENTRÉE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="125"/>
        <source>VERSIONS PRÉCÉDENTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="148"/>
        <source>Entrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="149"/>
        <source>Actions à suivre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="95"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="150"/>
        <source>← Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="152"/>
        <source>Répertoire partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="186"/>
        <source>Tous les réseaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/repertoire/page.py" line="220"/>
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="223"/>
        <source>Les dernières entrées (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="243"/>
        <source>Aucune entrée ne correspond à « %1 ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="245"/>
        <source>Aucune entrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="248"/>
        <source>Le répertoire est encore vide : les décisions, actions, bonnes pratiques et termes capturés en séance viendront ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="252"/>
        <source>Essayez sans les filtres choisis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="253"/>
        <source>Essayez un autre mot, ou son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="295"/>
        <location filename="../../ui/repertoire/page.py" line="322"/>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="305"/>
        <source>séance %1 du %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="310"/>
        <source>par %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="312"/>
        <location filename="../../ui/repertoire/result_rows.py" line="83"/>
        <source>confidentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="315"/>
        <source>responsable %1, échéance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="322"/>
        <source>Restaurer l&apos;entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="341"/>
        <source>Enregistré ; la version précédente est gardée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="351"/>
        <source>Choisissez d&apos;abord une version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="357"/>
        <source>Version restaurée ; la précédente est gardée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="368"/>
        <source>Entrée restaurée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/repertoire/page.py" line="370"/>
        <source>Entrée supprimée (elle reste récupérable).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RitualRound</name>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="53"/>
        <source>Météo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="53"/>
        <source>ROTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="55"/>
        <source>Météo : l&apos;humeur de chacun, de 1 (orage) à 5 (grand soleil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="58"/>
        <source>ROTI : ce temps valait-il la peine ? 1 temps perdu · 3 utile · 5 excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="65"/>
        <source>1 à 5 : la note de la personne en surbrillance · 0 ou Espace : passe · M : un mot · ↑ ↓ : se déplacer · Retour arrière : corriger · Entrée : terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="72"/>
        <source>Un mot (Entrée pour garder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="171"/>
        <source>%1 / %2 ont répondu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/ritual_round.py" line="176"/>
        <source>moyenne %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="29"/>
        <source>Ajuster la suite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="42"/>
        <source>Fin prévue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="44"/>
        <source>(créneau jusqu&apos;à %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="49"/>
        <source>Fin estimée %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="62"/>
        <source>Raccourcir les points restants (gagne %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/schedule_view.py" line="65"/>
        <source>Retirer : %2 (gagne %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendingBar</name>
    <message>
        <location filename="../../ui/session/sending.py" line="48"/>
        <source>Préparer l&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="51"/>
        <source>Un message aux membres présents, excusés et absents, avec le compte rendu et l&apos;invitation à la prochaine séance, ouvert dans votre messagerie. Rien n&apos;est envoyé sans vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="58"/>
        <source>Enregistrer le message sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="59"/>
        <source>Copier le compte rendu (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="61"/>
        <source>Prochaine séance (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="62"/>
        <source>Programme du réseau (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="64"/>
        <source>Actions ouvertes (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="65"/>
        <source>Toutes les actions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="67"/>
        <source>Autres exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="170"/>
        <source>Message prêt pour %1 membre(s), ouvert dans votre messagerie : relisez-le puis envoyez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="175"/>
        <source>Message prêt pour %1 membre(s), mais aucune messagerie ne s&apos;est ouverte : il est enregistré dans %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="182"/>
        <source>Aucun membre n&apos;a d&apos;adresse e-mail dans Cercle : ajoutez les destinataires dans votre messagerie, ou importez les adresses depuis la page du réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="186"/>
        <source>Sans adresse e-mail : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="203"/>
        <source>Compte rendu copié (Markdown) : collez-le dans votre intranet ou votre messagerie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="210"/>
        <source>Enregistré : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="225"/>
        <source>envoi-seance-%1.eml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="226"/>
        <source>Enregistrer le message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="226"/>
        <source>Message (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="232"/>
        <source>programme.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="234"/>
        <source>seance-%1.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="236"/>
        <source>Enregistrer l&apos;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="236"/>
        <source>Calendrier (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="241"/>
        <source>actions.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="242"/>
        <source>Enregistrer les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/sending.py" line="242"/>
        <source>Tableur (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/home/exchange.py" line="237"/>
        <source>Serveur de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="242"/>
        <source>votre nom ou votre courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="245"/>
        <source>Le mot de passe n&apos;est jamais gardé par Cercle : mettez-le dans ~/.pgpass. « Mettre à jour » ramène les réseaux dont vous êtes l&apos;animateur ou l&apos;animatrice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="261"/>
        <source>Adresse du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/exchange.py" line="262"/>
        <source>Vous êtes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="62"/>
        <source>Parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="63"/>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="64"/>
        <source>Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="65"/>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="66"/>
        <source>Général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="72"/>
        <source>Donner la parole à la personne de la tuile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="79"/>
        <source>Fin de parole, ou suivant de la file (en tour de table : suivant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="87"/>
        <source>Ajouter à la file (puis la touche de la personne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="90"/>
        <source>Suivant de la file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="94"/>
        <source>File : équilibrée ou premier arrivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="100"/>
        <source>Tour de table : démarrer / arrêter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="103"/>
        <source>Phase suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="105"/>
        <source>Phase précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="110"/>
        <source>Point suivant (démarre le premier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="114"/>
        <source>Pause / reprise du point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="117"/>
        <source>Pointage : arrivées et départs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="122"/>
        <source>Météo : un tour, une touche de 1 à 5 par personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="128"/>
        <source>ROTI : un tour, une touche de 1 à 5 par personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="131"/>
        <source>Clore la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="133"/>
        <source>Capturer une décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="136"/>
        <source>Capturer une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="141"/>
        <source>Capturer une bonne pratique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="144"/>
        <source>Capturer un terme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="145"/>
        <source>Capturer un outil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="149"/>
        <source>Capturer un apprentissage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="152"/>
        <source>Capturer une idée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="154"/>
        <source>Capturer un rituel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="157"/>
        <source>Capturer un critère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="162"/>
        <source>Capturer ce que la phase attend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="168"/>
        <source>Projection : ouvrir / fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="172"/>
        <source>Écran noir sur la projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="177"/>
        <source>Projection : thème sombre ou clair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="183"/>
        <source>Projection : montrer ou cacher les temps de parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="189"/>
        <source>Signal sonore à 80 % et à la fin : activer / couper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="192"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="194"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="199"/>
        <source>Fermer la capture, annuler l&apos;ajout à la file, sinon fermer la projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="204"/>
        <source>Aide : les raccourcis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="208"/>
        <source>À propos : version, dossier des données, sauvegardes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="216"/>
        <location filename="../../ui/shell/shortcuts.py" line="310"/>
        <location filename="../../ui/shell/shortcuts.py" line="323"/>
        <location filename="../../ui/shell/shortcuts.py" line="355"/>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="217"/>
        <source>Préparer une séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="218"/>
        <source>Pointage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="219"/>
        <source>Synthèse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="220"/>
        <source>Répertoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="221"/>
        <location filename="../../ui/shell/shortcuts.py" line="239"/>
        <source>Vue d&apos;ensemble des réseaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="224"/>
        <source>Ouvrir la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="226"/>
        <source>Planifier une séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="228"/>
        <source>Modifier la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="229"/>
        <source>Piloter le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="233"/>
        <source>Nouveau réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="245"/>
        <source>Exporter ce réseau (fichier .cercle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="251"/>
        <source>Importer / fusionner un réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="257"/>
        <source>Ajouter un point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="263"/>
        <source>Enregistrer la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="269"/>
        <source>Abandonner la préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="272"/>
        <source>Présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="273"/>
        <source>Excusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="274"/>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="275"/>
        <source>Part avant la fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="279"/>
        <source>Tous présents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="285"/>
        <source>Aller aux actions ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="288"/>
        <source>Action faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="290"/>
        <source>Action abandonnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="295"/>
        <source>Démarrer la séance, ou y revenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="301"/>
        <source>Imprimer les actions à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="307"/>
        <source>Projeter les actions à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="314"/>
        <source>Exporter le compte rendu (PDF, Markdown, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="320"/>
        <source>Préparer l&apos;envoi aux membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="327"/>
        <source>Ouvrir le répertoire (partout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="333"/>
        <source>Enregistrer l&apos;entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="339"/>
        <source>Retour où l&apos;on était</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="345"/>
        <source>Ouvrir la santé du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/shortcuts.py" line="351"/>
        <source>Rapport transversal PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shell/help.py" line="54"/>
        <source>Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/help.py" line="75"/>
        <source>Les touches simples ne s&apos;appliquent pas pendant la saisie d&apos;un texte. Les touches d&apos;une page ne valent que sur cette page ; F1 et Ctrl+F partout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/session/summary.py" line="55"/>
        <source>Point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="56"/>
        <source>Prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="57"/>
        <source>Réel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="59"/>
        <source>Écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="72"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="80"/>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="81"/>
        <source>Temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="82"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="89"/>
        <source>TEMPS PAR POINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="91"/>
        <source>Temps par point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="93"/>
        <source>ÉQUILIBRE DE LA PAROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="95"/>
        <source>Parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="98"/>
        <source>DÉCISIONS ET AUTRES CAPTURES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="100"/>
        <source>Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="102"/>
        <source>ACTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="104"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="107"/>
        <source>Exporter le compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="123"/>
        <source>← Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="109"/>
        <source>En PDF, en Markdown (.md) ou en Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="111"/>
        <source>avec les temps de parole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="113"/>
        <source>dossier complet, avec les contenus confidentiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="118"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="130"/>
        <source>Publier sur le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="133"/>
        <source>Fusionner ce réseau dans la base de l&apos;organisation (sans les contenus confidentiels), avec un aperçu d&apos;abord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="179"/>
        <source>Séance %1 close · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="185"/>
        <source>durée %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="201"/>
        <source>Indice d&apos;équilibre %1 · %2 tours · part équitable %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="214"/>
        <source>%1 — contrat : %2 · plan : %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="223"/>
        <source>Météo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="223"/>
        <source>ROTI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="228"/>
        <source>%1 — moyenne %2 · %3 · %4 / %5 ont répondu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="239"/>
        <location filename="../../ui/session/summary.py" line="243"/>
        <source>(confidentiel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="256"/>
        <source>compte-rendu-seance-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="260"/>
        <source>Enregistrer le compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/session/summary.py" line="296"/>
        <source>Compte rendu enregistré : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <location filename="../../ui/kit/widgets.py" line="241"/>
        <source>aucun point en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="247"/>
        <source>%1 · prévu %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="251"/>
        <source>restant sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/widgets.py" line="254"/>
        <source>❚❚ EN PAUSE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpkeepPanel</name>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="32"/>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="34"/>
        <source>Une copie complète de la base, dans le dossier des sauvegardes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="39"/>
        <source>Vérifier la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="41"/>
        <source>Lit toute la base sans rien y écrire, et dit si quelque chose est abîmé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="72"/>
        <source>Copie de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="84"/>
        <source>Vérification de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="107"/>
        <source>Sauvegarde faite : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="114"/>
        <source>La base est saine : aucune anomalie trouvée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/upkeep.py" line="117"/>
        <source>%n anomalie(s) trouvée(s). La première : %1</source>
        <translation>
            <numerusform>%n anomalie trouvée. La première : %1</numerusform>
            <numerusform>%n anomalies trouvées. La première : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/upkeep.py" line="129"/>
        <source>Arrêté : rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../../ui/home/welcome.py" line="18"/>
        <source>Commencez par créer votre réseau : son nom suffit, le reste se complète plus tard. Ajoutez ensuite ses membres, planifiez la première séance, et menez-la depuis ce même ordinateur branché au vidéoprojecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/welcome.py" line="25"/>
        <source>Créer mon réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/welcome.py" line="28"/>
        <source>Importer un réseau reçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/welcome.py" line="30"/>
        <source>Un fichier .cercle exporté par un autre poste, ou une base Cercle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/welcome.py" line="34"/>
        <source>Pour découvrir Cercle sur un réseau d&apos;exemple, sans toucher à vos données : cercle --demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../ui/kit/words.py" line="14"/>
        <source>n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/kit/words.py" line="19"/>
        <source>« %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
