<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/home.py" line="27"/>
        <source>Cercle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="38"/>
        <source>Réseaux</source>
        <translation>Networks</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="45"/>
        <source>Aucun réseau pour l&apos;instant. Lancez « cercle --demo » pour découvrir Cercle sur un réseau de démonstration.</source>
        <translation>No network yet. Run &quot;cercle --demo&quot; to discover Cercle on a demo network.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="58"/>
        <source>Séances</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="64"/>
        <source>RÉSEAUX</source>
        <translation>NETWORKS</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="70"/>
        <source>SÉANCES</source>
        <translation>SESSIONS</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="82"/>
        <source>Base de données : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="98"/>
        <source>Bienvenue dans Cercle</source>
        <translation>Welcome to Cercle</translation>
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
</TS>
